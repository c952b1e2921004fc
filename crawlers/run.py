"""Run spiders in this process: live, recording, or replaying a snapshot over 127.0.0.1.

``vagigs crawl`` and the scheduler's local mode call ``run_crawl``; Scrapyd
nodes run the same spiders with ``scrapy crawl`` and the same settings.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from crawlers import sources
from replay.server import ReplayServer


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    settings = get_project_settings()
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def replay_settings(base_url: str) -> dict[str, str]:
    """The settings that make a crawl in another process (``scrapy crawl -s``, Scrapyd's
    ``setting=``) replay from the server at ``base_url``, as strings (dicts as JSON)."""
    import json

    out = {"VAGIGS_REPLAY_BASE": base_url}
    for key, value in project_settings().getdict("REPLAY_SETTINGS").items():
        out[key] = json.dumps(value) if isinstance(value, dict) else str(value)
    return out


def run_crawl(
    names: Sequence[str] = (),
    *,
    replay_dir: Path | None = None,
    record_dir: Path | None = None,
    database_url: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> list[int]:
    """Crawl ``names`` (all sources when empty) and return the crawl run ids."""
    names = list(names) or sorted(sources.SOURCES)
    for name in names:
        sources.get(name)
    settings = project_settings()
    if database_url:
        settings.set("VAGIGS_DATABASE_URL", database_url, priority="cmdline")
    if record_dir:
        settings.set("VAGIGS_RECORD_DIR", str(record_dir), priority="cmdline")
    server = None
    if replay_dir is not None:
        server = ReplayServer(replay_dir).start()
        settings.set("VAGIGS_REPLAY_BASE", server.base_url, priority="cmdline")
        for key, value in settings.getdict("REPLAY_SETTINGS").items():
            settings.set(key, value, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    process = CrawlerProcess(settings)  # installs the root log handler (LOG_INSTALL_ROOT_HANDLER)
    crawlers = []
    try:
        for name in names:
            crawler = process.create_crawler(name)
            crawlers.append(crawler)
            process.crawl(crawler)
        process.start()
    finally:
        if server is not None:
            server.stop()
    return [c.stats.get_value("vagigs/crawl_run_id") for c in crawlers
            if c.stats and c.stats.get_value("vagigs/crawl_run_id") is not None]


def lost_after(overrides: dict[str, str] | None = None) -> timedelta:
    """How long a running crawl may stay silent before it counts as lost: ``LOST_AFTER_BEATS`` heartbeats of
    ``VAGIGS_RUN_HEARTBEAT_SECONDS`` as the project's settings (and ``overrides``) give it, 5 minutes by default."""
    from crawlers.extensions import heartbeat_seconds
    from store import queries

    return queries.lost_after(heartbeat_seconds(project_settings(overrides)))
