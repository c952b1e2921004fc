"""Politeness: daily caps, conditional requests and robots.txt, through the real CLI over 127.0.0.1.

Replays leave the live caps and validators alone by default; these tests turn
``VAGIGS_POLITENESS_IN_REPLAY`` on against a throw-away store to exercise the
exact code path a live crawl takes.
"""
from __future__ import annotations

import json
import multiprocessing
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawlers import sources
from crawlers.extensions import run_status
from crawlers.middlewares import PolitenessMiddleware
from crawlers.spiders.remoteok import RemoteOKSpider
from crawlers.spiders.remotive import RemotiveSpider
from tests.helpers import FIXTURES, make_snapshot, vagigs

API = "https://remoteok.com/api"
REMOTEOK = FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json"  # real capture, 98 jobs
WWR = "https://weworkremotely.com/categories/remote-customer-support-jobs.rss"
WWR_FILE = FIXTURES / "weworkremotely" / "wwr_remote-customer-support-jobs.rss"  # real, 27 items
IN_REPLAY = ("--set", "VAGIGS_POLITENESS_IN_REPLAY=1")


def _rows(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def _last_run(db: Path, source: str) -> dict:
    row = _rows(db, "SELECT status, requests, responses_by_status, items_scraped, dropped, errors, not_modified "
                    "FROM crawl_runs WHERE source = ? ORDER BY id DESC LIMIT 1", source)[0]
    return {"status": row[0], "requests": row[1], "responses": json.loads(row[2] or "{}"),
            "scraped": row[3], "dropped": json.loads(row[4] or "{}"), "errors": json.loads(row[5] or "[]"),
            "not_modified": row[6]}


def _crawl(tmp_path: Path, snap: Path, *args: str, names: tuple[str, ...] = ("remoteok",),  # type: ignore[no-untyped-def]
           exit_code: int = 0):
    """``exit_code``: 1 where a run is meant to fail or be blocked (``vagigs crawl`` says so to cron)."""
    db = tmp_path / "v.db"
    proc = vagigs("crawl", *names, "--replay", str(snap), *args, check=False,
                  env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path / "home")})
    assert proc.returncode == exit_code, (proc.stdout, proc.stderr[-2000:])
    return db


# ------------------------------------------------------------------ daily caps, end to end

@pytest.mark.long
def test_daily_cap_holds_across_two_real_crawls_and_resets_next_day(tmp_path: Path) -> None:
    snap = make_snapshot(tmp_path / "snap", [
        {"url": API, "file": str(REMOTEOK), "headers": {"Content-Type": "application/json"}}])
    cap = ("--set", 'VAGIGS_DAILY_CAPS={"remoteok": 1}', "--set", "VAGIGS_TODAY=2026-11-23")

    # a plain replay neither counts against nor obeys the live cap
    db = _crawl(tmp_path, snap, *cap)
    assert _last_run(db, "remoteok")["status"] == "finished"
    assert _rows(db, "SELECT * FROM request_counts") == []

    db = _crawl(tmp_path, snap, *cap, *IN_REPLAY)
    first = _last_run(db, "remoteok")
    assert first["status"] == "finished" and first["scraped"] == 98 and first["dropped"] == {}, first
    assert _rows(db, "SELECT source, day, requests FROM request_counts") == [("remoteok", "2026-11-23", 1)]

    db = _crawl(tmp_path, snap, *cap, *IN_REPLAY)  # a new process: the count came from the store
    second = _last_run(db, "remoteok")
    assert second["status"] == "capped"
    assert second["dropped"] == {"daily_cap": 1}
    assert second["scraped"] == 0 and "200" not in second["responses"]  # the API call was never sent
    assert any("daily_cap" in e for e in second["errors"])
    assert _rows(db, "SELECT requests FROM request_counts") == [(1,)]

    db = _crawl(tmp_path, snap, "--set", 'VAGIGS_DAILY_CAPS={"remoteok": 1}', "--set", "VAGIGS_TODAY=2026-11-24",
                *IN_REPLAY)
    assert _last_run(db, "remoteok")["status"] == "finished"
    assert _rows(db, "SELECT day, requests FROM request_counts ORDER BY day") == [("2026-11-23", 1), ("2026-11-24", 1)]


# ------------------------------------------------------------------ conditional requests

@pytest.mark.long  # (an end-to-end run of 10-20 s: after the README's command, in CI)
def test_conditional_request_round_trip_gives_304_on_the_second_crawl(tmp_path: Path) -> None:
    headers = {"Content-Type": "application/json", "ETag": '"ro-2024-12-04"',
               "Last-Modified": "Wed, 04 Dec 2024 10:00:00 GMT"}
    snap = make_snapshot(tmp_path / "snap", [{"url": API, "file": str(REMOTEOK), "headers": headers}])

    db = _crawl(tmp_path, snap, *IN_REPLAY)
    first = _last_run(db, "remoteok")
    assert first["status"] == "finished" and first["scraped"] == 98 and first["responses"].get("200") == 1
    assert _rows(db, "SELECT url, source, etag, last_modified FROM http_validators") == [
        (API, "remoteok", '"ro-2024-12-04"', "Wed, 04 Dec 2024 10:00:00 GMT")]
    seen = dict(_rows(db, "SELECT source_id, last_seen_at FROM postings"))

    db = _crawl(tmp_path, snap, *IN_REPLAY)
    second = _last_run(db, "remoteok")
    assert second["responses"].get("304") == 1 and "200" not in second["responses"]
    assert second["not_modified"] == 1
    assert second["status"] == "finished"  # healthy: nothing changed, nothing failed
    assert second["dropped"] == {} and second["errors"] == []
    assert dict(_rows(db, "SELECT source_id, last_seen_at FROM postings")) == seen


def test_validators_are_not_kept_when_the_body_was_dropped(tmp_path: Path) -> None:
    snap = make_snapshot(tmp_path / "snap", [
        {"url": API, "file": str(FIXTURES / "bad" / "remoteok_truncated.json"),
         "headers": {"Content-Type": "application/json", "ETag": '"cut"'}}])
    db = _crawl(tmp_path, snap, *IN_REPLAY, exit_code=1)
    assert _last_run(db, "remoteok")["dropped"] == {"malformed_response": 1}
    assert _rows(db, "SELECT count(*) FROM http_validators") == [(0,)]  # next run fetches in full


# ------------------------------------------------------------------ robots.txt

def test_robots_txt_disallow_stops_the_request_and_is_counted(tmp_path: Path) -> None:
    snap = make_snapshot(tmp_path / "snap", [
        # a rule for vagigs by name: the User-Agent's product token is what robots.txt matches
        {"url": "https://remoteok.com/robots.txt", "text": "User-agent: *\nAllow: /\n\nUser-agent: vagigs\nDisallow: /api\n",
         "headers": {"Content-Type": "text/plain"}},
        {"url": API, "file": str(REMOTEOK), "headers": {"Content-Type": "application/json"}},
        {"url": "https://weworkremotely.com/robots.txt", "text": "User-agent: *\nDisallow: /admin\n",
         "headers": {"Content-Type": "text/plain"}},
        {"url": WWR, "file": str(WWR_FILE), "headers": {"Content-Type": "application/rss+xml"}},
    ])
    db = _crawl(tmp_path, snap, "--set", 'VAGIGS_DAILY_CAPS={"remoteok": 5}', *IN_REPLAY,
                names=("remoteok", "weworkremotely"), exit_code=1)
    remoteok = _last_run(db, "remoteok")
    assert remoteok["dropped"] == {"robots_txt": 1}  # not also counted as a download error
    assert remoteok["status"] == "blocked" and remoteok["scraped"] == 0
    assert remoteok["responses"] == {"200": 1}  # robots.txt only: the API was never asked
    assert _rows(db, "SELECT count(*) FROM postings WHERE source = 'remoteok'") == [(0,)]
    assert _rows(db, "SELECT requests FROM request_counts WHERE source = 'remoteok'") == []  # cost no call
    wwr = _last_run(db, "weworkremotely")
    assert wwr["status"] == "finished" and wwr["scraped"] == 27


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again on leaving: a connection there is refused


def test_a_source_that_cannot_be_reached_fails_with_its_download_error_and_spends_no_call(tmp_path: Path) -> None:
    """A live crawl whose every connection is refused (a network outage, a site down) is ``failed`` with
    ``download_error`` and exit 1. Its attempts never reached the source, so none counts against the daily cap:
    with a cap of 1, Scrapy's retries had spent it and the last retry was refused, showing the outage as
    ``capped`` (exit 0) with the download error nowhere."""
    board = f"http://127.0.0.1:{_closed_port()}/jobs.html"
    db = tmp_path / "v.db"
    proc = vagigs("crawl", "jsonld", "--set", f"VAGIGS_JSONLD_URLS={board}", "--set", 'VAGIGS_DAILY_CAPS={"jsonld": 1}',
                  "--set", "VAGIGS_TODAY=2026-11-23", "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=0",
                  env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path / "home")}, check=False)
    assert proc.returncode == 1, (proc.stdout, proc.stderr[-2000:])
    assert proc.stdout == "run 1 jsonld: failed; scraped 0, stored 0 (0 new); dropped: download_error=1\n"
    run = _last_run(db, "jsonld")
    assert run["errors"] == [f"download_error: {board}: DownloadConnectionRefusedError"]
    assert run["requests"] == 6  # robots.txt and the board, each tried 3 times (RETRY_TIMES=2)
    assert _rows(db, "SELECT requests FROM request_counts WHERE source = 'jsonld'") == [(0,)]
    # robots.txt, which could not be read either, in one line: Scrapy had logged it with 40 lines of traceback
    assert "[scrapy.downloadermiddlewares.robotstxt] ERROR: Error downloading" in proc.stderr
    assert "Traceback" not in proc.stderr and "The above exception" not in proc.stderr


def test_only_network_errors_lose_their_traceback() -> None:
    import logging
    import sys

    from scrapy.exceptions import CannotResolveHostError

    from crawlers.extensions import NetworkErrorsInOneLine

    def logged(exc: Exception) -> logging.LogRecord:
        try:
            raise exc
        except Exception:
            record = logging.LogRecord(NetworkErrorsInOneLine.LOGGER, logging.ERROR, __file__, 1, "Error downloading",
                                       None, sys.exc_info())
        assert NetworkErrorsInOneLine().filter(record)  # the line is always kept
        return record

    assert logged(CannotResolveHostError("DNS lookup failed: no results for hostname lookup: nowhere.")).exc_info is None
    assert logged(KeyError("a bug")).exc_info is not None  # a bug keeps its traceback


# ------------------------------------------------------------------ the middleware in-process

class FakeClock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _middleware(url: str, clock: FakeClock, caps: dict) -> PolitenessMiddleware:
    crawler = get_crawler(RemoteOKSpider, {"VAGIGS_DATABASE_URL": url, "VAGIGS_DAILY_CAPS": caps})
    crawler.spider = RemoteOKSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    return PolitenessMiddleware(crawler, clock=clock)


def test_cap_counts_per_utc_day_with_an_injected_clock(store_url: str) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 23, 59, tzinfo=timezone.utc))
    mw = _middleware(store_url, clock, {"remoteok": 2})
    spider = mw.crawler.spider
    mw.process_request(Request("https://remoteok.com/robots.txt"), spider)  # not counted
    mw.process_request(Request(API), spider)
    mw.process_request(Request(API + "?tag=support"), spider)
    with pytest.raises(IgnoreRequest):
        mw.process_request(Request(API), spider)
    assert mw.crawler.stats.get_value("vagigs/dropped/daily_cap") == 1
    clock.now += timedelta(minutes=2)  # 00:01 UTC: a new day
    mw.process_request(Request(API), spider)
    # a second middleware (another run, another process) sees the same counts
    other = _middleware(store_url, clock, {"remoteok": 2})
    other.process_request(Request(API), spider)
    with pytest.raises(IgnoreRequest):
        other.process_request(Request(API), spider)


def test_registry_cap_applies_when_no_override(sqlite_url: str) -> None:
    mw = _middleware(sqlite_url, FakeClock(datetime(2026, 1, 1, tzinfo=timezone.utc)), {})
    assert mw.cap_of("remoteok") == sources.get("remoteok").daily_request_cap
    assert mw.cap_of("remotive") == sources.get("remotive").daily_request_cap <= 4


def test_validators_are_sent_back_and_304_is_counted(sqlite_url: str) -> None:
    from store import crawl_state, db

    with db.sessions(sqlite_url).begin() as session:
        crawl_state.save_validator(session, API, "remoteok", '"v1"', "Wed, 04 Dec 2024 10:00:00 GMT")
    mw = _middleware(sqlite_url, FakeClock(datetime(2026, 1, 1, tzinfo=timezone.utc)), {})
    request = Request(API)
    mw.process_request(request, mw.crawler.spider)
    assert request.headers[b"If-None-Match"] == b'"v1"'
    assert request.headers[b"If-Modified-Since"] == b"Wed, 04 Dec 2024 10:00:00 GMT"
    mw.process_response(request, Response(API, status=304), mw.crawler.spider)
    assert mw.crawler.stats.get_value("vagigs/not_modified") == 1


def _take(args: tuple[str, int]) -> int:
    from store import crawl_state, db

    url, n = args
    won = 0
    for _ in range(n):
        with db.sessions(url).begin() as session:
            won += crawl_state.take_request(session, "remotive", date(2026, 11, 23), 15)
    return won


def test_cap_holds_when_processes_race_for_the_last_calls(store_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(4) as pool:
        won = pool.map(_take, [(store_url, 10)] * 4)
    assert sum(won) == 15


# ------------------------------------------------------------------ settings and run health

def test_project_settings_are_polite() -> None:
    from crawlers.run import project_settings

    settings = project_settings()
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    ua = settings.get("USER_AGENT")
    assert ua.startswith("vagigs/") and "@" in ua and "https://" in ua  # names the bot and a contact
    assert "crawlers.middlewares.PolitenessMiddleware" in settings.getdict("DOWNLOADER_MIDDLEWARES")


def test_per_source_concurrency_and_delay_come_from_the_registry() -> None:
    from crawlers.run import project_settings

    for spider_cls in (RemoteOKSpider, RemotiveSpider):
        settings = project_settings()
        spider_cls.update_settings(settings)  # what Scrapy does when it creates the crawler
        src = sources.get(spider_cls.name)
        assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == src.concurrency
        assert settings.getfloat("DOWNLOAD_DELAY") == src.download_delay
    assert sources.get("remotive").download_delay > project_settings().getfloat("DOWNLOAD_DELAY")


@pytest.mark.parametrize("stats,reason,status", [
    ({"vagigs/dropped/daily_cap": 2, "vagigs/errors": ["daily_cap: remoteok reached its cap"]}, "finished", "capped"),
    ({"robotstxt/forbidden": 1}, "finished", "blocked"),
    ({"vagigs/not_modified": 3}, "finished", "finished"),
    ({}, "finished", "empty"),
    ({"vagigs/dropped/daily_cap": 1, "vagigs/dropped/http_500": 1}, "finished", "failed"),
    ({"item_scraped_count": 5, "vagigs/dropped/daily_cap": 1}, "finished", "finished"),
    ({"item_scraped_count": 5}, "shutdown", "stopped"),  # a signal: the operator's stop, not the source's fault
    ({}, "shutdown", "stopped"),
    ({"item_scraped_count": 5}, "closespider_timeout", "failed"),
])
def test_run_status_tells_politeness_from_failure(stats: dict, reason: str, status: str) -> None:
    assert run_status(stats, reason) == status
