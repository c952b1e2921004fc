"""``VAGIGS_REPLAY_BASE`` makes any crawl a replay, and a recording names the spider of each response.

Only ``vagigs crawl --replay`` and ``vagigs schedule`` had added the replay download handlers: ``vagigs crawl --set
VAGIGS_REPLAY_BASE=…`` and ``scrapy crawl -s VAGIGS_REPLAY_BASE=…`` crawled the live sites (spending their daily
caps), their runs recorded as replays. Now a Scrapy add-on (``crawlers.run.ReplayAddon``) applies the replay
settings wherever the base is set, and refuses a crawl whose downloads would still go live."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Request

from crawlers.middlewares import RecordMiddleware
from crawlers.run import project_settings
from crawlers.spiders.telegram import TelegramSpider
from replay import SHIPPED_SNAPSHOT
from replay.server import ReplayServer
from tests.crawlers.source_helpers import make_spider
from tests.helpers import vagigs

BASE = "http://127.0.0.1:8614"
HTTP11 = "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler"


def _crawler_settings(given: dict[str, str]):  # type: ignore[no-untyped-def]
    """The settings of a telegram crawl given ``given`` on the command line, as Scrapy builds them before it starts:
    the spider's own (the registry's delay), then the add-ons'."""
    crawler = Crawler(TelegramSpider, project_settings(given))
    crawler.addons.load_settings(crawler.settings)
    return crawler.settings


def test_the_replay_base_alone_sends_every_download_to_the_replay_server() -> None:
    from crawlers.run import live_schemes

    settings = _crawler_settings({"VAGIGS_REPLAY_BASE": BASE})
    handlers = settings.getwithbase("DOWNLOAD_HANDLERS")
    assert handlers["http"] == handlers["https"] == "crawlers.handlers.ReplayDownloadHandler"
    assert handlers["file"] is None and live_schemes(settings) == []
    assert (settings.getfloat("DOWNLOAD_DELAY"), settings.getint("RETRY_TIMES")) == (0, 0)  # not telegram's delay
    assert settings.getbool("AUTOTHROTTLE_ENABLED") is False


def test_what_the_command_line_gives_wins_over_the_replay_defaults() -> None:
    """``scrapy crawl -s`` gives strings; Scrapyd's jobs from ``vagigs schedule`` give every replay setting so."""
    from crawlers.run import live_schemes, replay_settings

    settings = _crawler_settings({"VAGIGS_REPLAY_BASE": BASE, "DOWNLOAD_DELAY": "0.5"})
    assert settings.getfloat("DOWNLOAD_DELAY") == 0.5 and settings.getint("RETRY_TIMES") == 0
    assert live_schemes(_crawler_settings(replay_settings(BASE))) == []


def test_a_live_crawl_is_left_as_it_was() -> None:
    from crawlers.run import live_schemes

    settings = _crawler_settings({})
    assert live_schemes(settings) == ["http", "https"]
    assert settings.getfloat("DOWNLOAD_DELAY") > 0 and settings.getint("RETRY_TIMES") == 2


def test_a_replay_whose_downloads_would_go_live_is_refused() -> None:
    from crawlers.run import LiveDuringReplay

    with pytest.raises(LiveDuringReplay, match=f"VAGIGS_REPLAY_BASE={BASE} is set, yet DOWNLOAD_HANDLERS sends "
                                               "http and https downloads to the live sites; not crawling"):
        _crawler_settings({"VAGIGS_REPLAY_BASE": BASE, "DOWNLOAD_HANDLERS": json.dumps({"https": HTTP11})})


def test_vagigs_crawl_given_only_the_replay_base_replays(tmp_path: Path) -> None:
    """It had looked t.me up (no address offline: the run ``failed``, ``download_error``)."""
    server = ReplayServer(SHIPPED_SNAPSHOT).start()
    try:
        db = tmp_path / "v.db"
        proc = vagigs("crawl", "telegram", "--set", f"VAGIGS_REPLAY_BASE={server.base_url}",
                      env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path)})
        asked = list(server.requests)
    finally:
        server.stop()
    assert "telegram: finished; scraped 9, stored 9 (9 new); dropped: none" in proc.stdout
    assert any("UstozShogird" in path for path in asked)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT replay FROM crawl_runs").fetchall() == [(1,)]


def test_a_recording_names_the_spider_of_each_response(tmp_path: Path) -> None:
    """Scrapy 2.13 stopped passing ``spider`` to a downloader middleware: every RECORDED.txt line had said "?"."""
    spider = make_spider(TelegramSpider, settings={"VAGIGS_RECORD_DIR": str(tmp_path)})
    record = RecordMiddleware.from_crawler(spider.crawler)
    url = "https://t.me/s/UstozShogird"
    record.process_response(Request(url), HtmlResponse(url, body=b"<html></html>", headers={"Content-Type": "text/html"}))
    [line] = (tmp_path / "RECORDED.txt").read_text(encoding="utf-8").splitlines()
    assert line.split("\t")[1:] == ["telegram", "200", url]
