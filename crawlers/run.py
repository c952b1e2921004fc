"""Run spiders in this process: live, recording, or replaying a snapshot over 127.0.0.1.

``vagigs crawl`` and the scheduler's local mode call ``run_crawl``; Scrapyd
nodes run the same spiders with ``scrapy crawl`` and the same settings.

``VAGIGS_REPLAY_BASE`` set, however the crawl was started (``vagigs crawl --set``,
``scrapy crawl -s``, a Scrapyd job's ``setting=``), makes it a replay: ``ReplayAddon``
applies ``REPLAY_SETTINGS`` (the replay download handlers, no delay, no retries), and
refuses to start a crawl whose downloads would still go to the live sites.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import BaseSettings, Settings
from scrapy.utils.project import get_project_settings

from crawlers import sources
from replay.server import ReplayServer

log = logging.getLogger(__name__)


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    settings = get_project_settings()
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def replay_settings(base_url: str) -> dict[str, str]:
    """The settings that make a crawl in another process (``scrapy crawl -s``, Scrapyd's
    ``setting=``) replay from the server at ``base_url``, as strings (dicts as JSON). ``VAGIGS_REPLAY_BASE``
    alone does (``ReplayAddon``); the others say so to a node whose code predates it."""
    import json

    out = {"VAGIGS_REPLAY_BASE": base_url}
    for key, value in project_settings().getdict("REPLAY_SETTINGS").items():
        out[key] = json.dumps(value) if isinstance(value, dict) else str(value)
    return out


class ReplayAddon:
    """A Scrapy add-on (``ADDONS``): a crawl given ``VAGIGS_REPLAY_BASE`` replays, whoever started it.

    Only ``vagigs crawl --replay`` and ``vagigs schedule`` used to add the replay download handlers, so
    ``vagigs crawl --set VAGIGS_REPLAY_BASE=…`` and ``scrapy crawl -s VAGIGS_REPLAY_BASE=…`` crawled the live
    sites, spending their daily caps, and recorded the runs as replays. ``REPLAY_SETTINGS`` go in at ``spider``
    priority, over the registry's per-source delays, under what the command line gives; should the command line
    send http or https downloads elsewhere all the same, the crawl is refused (``LiveDuringReplay``)."""

    def update_settings(self, settings: BaseSettings) -> None:
        base = settings.get("VAGIGS_REPLAY_BASE")
        if not base:
            return
        for key, value in settings.getdict("REPLAY_SETTINGS").items():
            settings.set(key, value, priority="spider")
        live = live_schemes(settings)
        if live:
            raise LiveDuringReplay(f"VAGIGS_REPLAY_BASE={base} is set, yet DOWNLOAD_HANDLERS sends "
                                   f"{' and '.join(live)} downloads to the live sites; not crawling (leave "
                                   f"DOWNLOAD_HANDLERS out of the settings given, or unset VAGIGS_REPLAY_BASE)")


class LiveDuringReplay(RuntimeError):
    """A crawl told to replay (``VAGIGS_REPLAY_BASE``) whose downloads would go to the live sites."""


def live_schemes(settings: BaseSettings) -> list[str]:
    """The web schemes (``http``, ``https``) whose download handler is not the replay one."""
    from scrapy.utils.misc import load_object

    from crawlers.handlers import ReplayDownloadHandler

    handlers = settings.getwithbase("DOWNLOAD_HANDLERS")
    out = []
    for scheme in ("http", "https"):
        handler = handlers.get(scheme)
        cls = load_object(handler) if isinstance(handler, str) else handler
        if not (isinstance(cls, type) and issubclass(cls, ReplayDownloadHandler)):
            out.append(scheme)
    return out


class CrawlRuns(list):
    """The ids of the crawl runs ``run_crawl`` opened, and ``not_recorded``: the sources whose run the store could
    not record, its start (no row: the crawl fetched nothing) or its end (its row still ``running``), on a full
    disk, and those no spider crawls (``no_spider``: a registry entry whose spider is missing or named otherwise);
    a caller that judges the crawl by the rows should fail it for them."""

    def __init__(self, run_ids: list[int], not_recorded: list[str], no_spider: Sequence[str] = ()):
        super().__init__(run_ids)
        self.not_recorded = not_recorded
        self.no_spider = list(no_spider)


def spider_names(settings: BaseSettings | None = None) -> set[str]:
    """The names of the spiders the project's ``SPIDER_MODULES`` hold."""
    from scrapy.spiderloader import get_spider_loader

    return set(get_spider_loader(settings or project_settings()).list())


def no_spider(name: str, spiders: set[str]) -> str:
    """What a crawl says of a registry entry no spider is named after (a spider not written yet, or named
    otherwise): it had stopped every crawl with Scrapy's ``KeyError: 'Spider not found'``."""
    orphans = sorted(spiders - set(sources.SOURCES))
    hint = f" (spiders with no entry: {', '.join(orphans)})" if orphans else ""
    return (f"source {name} is registered in crawlers/sources.py but no spider is named {name}{hint}; "
            f"not crawled")


def run_crawl(
    names: Sequence[str] = (),
    *,
    replay_dir: Path | None = None,
    record_dir: Path | None = None,
    database_url: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> CrawlRuns:
    """Crawl ``names`` (all sources when empty) and return the crawl run ids (``CrawlRuns``: with the sources whose
    run the store could not record)."""
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
        settings.set("VAGIGS_REPLAY_BASE", server.base_url, priority="cmdline")  # the rest: ReplayAddon
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    process = CrawlerProcess(settings)  # installs the root log handler (LOG_INSTALL_ROOT_HANDLER)
    spiders = set(process.spider_loader.list())
    missing = [n for n in names if n not in spiders]
    for name in missing:
        log.error("%s", no_spider(name, spiders))
    crawlers = []
    try:
        for name in (n for n in names if n in spiders):
            crawler = process.create_crawler(name)
            crawlers.append(crawler)
            process.crawl(crawler)
        process.start()
    finally:
        if server is not None:
            server.stop()
    not_recorded = []
    for crawler in crawlers:  # said again as the crawl's last word: the summary printed next reads the store
        said = _not_recorded(crawler)
        if said:
            log.error("%s", said)
            not_recorded.append(crawler.spidercls.name)
    for name in missing:  # said again at the end, where the summary is read
        log.error("%s", no_spider(name, spiders))
    return CrawlRuns([c.stats.get_value("vagigs/crawl_run_id") for c in crawlers
                      if c.stats and c.stats.get_value("vagigs/crawl_run_id") is not None], not_recorded, missing)


def _not_recorded(crawler: Crawler) -> str | None:
    """How ``crawler``'s run ended when the store could not record it (a full disk), else ``None``. ``vagigs
    crawl``'s summary reads the store, which shows such a run ``running`` (or ``lost``, once the recorder has tried
    its end long enough) with nothing counted (its end refused), or not at all (its start refused)."""
    from crawlers.extensions import RUN_NOT_RECORDED_KEY, outcome, report_from_stats

    stats = crawler.stats.get_stats() if crawler.stats else {}
    why = stats.get(RUN_NOT_RECORDED_KEY)
    if not why:
        return None
    name = getattr(crawler.spidercls, "name", "?")
    run_id = stats.get("vagigs/crawl_run_id")
    if run_id is None:
        return f"crawl of {name} not started: the store could not record its run ({why})"
    return (f"run {run_id} {name}: {outcome(report_from_stats(stats, stats.get('finish_reason')))}; NOT recorded: "
            f"the store refused its end ({why}), its row left 'running', to be shown lost")


def lost_after(overrides: dict[str, str] | None = None) -> timedelta:
    """How long a running crawl may stay silent before it counts as lost: ``LOST_AFTER_BEATS`` heartbeats of
    ``VAGIGS_RUN_HEARTBEAT_SECONDS`` as the project's settings (and ``overrides``) give it, 5 minutes by default."""
    from crawlers.extensions import heartbeat_seconds
    from store import queries

    return queries.lost_after(heartbeat_seconds(project_settings(overrides)))
