"""A crawl's heartbeat: refreshed while the spider runs, stopped when it ends, and a crawl killed hard (kill -9)
shown as lost and closed by the next run of its source. Real crawls through the ``vagigs`` command, replaying
a slow response over 127.0.0.1; the recorder itself driven with a real Scrapy crawler for what a crawl cannot
easily be made to do (a store that stops answering)."""
from __future__ import annotations

import importlib
import inspect
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler
from twisted.internet.defer import Deferred

from crawlers.extensions import HEARTBEAT_FAILED_KEY, STORE_UNREACHABLE, CrawlRunRecorder, heartbeat_seconds
from crawlers.spiders.remoteok import RemoteOKSpider
from store import db, queries
from tests.helpers import FIXTURES, ROOT, make_snapshot, vagigs

API = "https://remoteok.com/api"
REMOTEOK = FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json"  # real capture, 98 jobs
FAST_BEAT = ("--set", "VAGIGS_RUN_HEARTBEAT_SECONDS=0.2")  # lost after 5 silent beats: one second


def _snapshot(directory: Path, delay: float) -> Path:
    return make_snapshot(directory, [{"url": API, "file": str(REMOTEOK), "delay": delay,
                                      "headers": {"Content-Type": "application/json"}}])


def _stamp(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=timezone.utc)


def _runs(db_file: Path) -> list[dict]:
    with sqlite3.connect(db_file) as conn:
        rows = conn.execute("SELECT id, status, finish_reason, started_at, heartbeat_at, finished_at, errors "
                            "FROM crawl_runs ORDER BY id").fetchall()
    return [{"id": r[0], "status": r[1], "finish_reason": r[2], "started_at": _stamp(r[3]),
             "heartbeat_at": _stamp(r[4]), "finished_at": _stamp(r[5]), "errors": r[6]} for r in rows]


def _statuses(runs_output: str) -> list[str]:
    """The status column of ``vagigs runs`` (id, day, time, "UTC", source, status, ...), newest first."""
    return [line.split()[5] for line in runs_output.splitlines() if line.strip()[:1].isdigit()]


def test_a_crawl_beats_while_it_runs_and_stops_when_it_ends(tmp_path: Path) -> None:
    db_file = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db_file}", "VAGIGS_HOME": str(tmp_path / "home")}
    out = vagigs("crawl", "remoteok", "--replay", str(_snapshot(tmp_path / "snap", delay=2.5)),
                 "--set", "VAGIGS_RUN_HEARTBEAT_SECONDS=0.5", env=env).stdout
    assert "remoteok: finished" in out
    [run] = _runs(db_file)
    # the API answered after 2.5 s: the beats went on meanwhile, and none came after the end
    assert run["started_at"] + timedelta(seconds=1.5) <= run["heartbeat_at"] <= run["finished_at"], run
    assert run["status"] == "finished"
    with sqlite3.connect(db_file) as conn:  # the interval it beat at, for whoever judges its silence
        assert conn.execute("SELECT heartbeat_seconds FROM crawl_runs").fetchall() == [(0.5,)]


@pytest.mark.long
def test_a_crawl_killed_hard_is_shown_lost_and_closed_by_the_next_run(tmp_path: Path) -> None:
    db_file = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db_file}", "VAGIGS_HOME": str(tmp_path / "home")}
    slow = _snapshot(tmp_path / "slow", delay=120)  # the crawl waits on the API until it is killed
    # beating every second, it is lost after five silent seconds: time enough to look at it once still
    # ``running`` on a loaded machine (at 0.2 s, one second of a slow ``vagigs runs`` start already showed it lost)
    proc = subprocess.Popen([sys.executable, "-m", "cli", "crawl", "remoteok", "--replay", str(slow),
                             "--set", "VAGIGS_RUN_HEARTBEAT_SECONDS=1"],
                            cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:  # until the run has beaten at least once after its start
            try:
                runs = _runs(db_file) if db_file.exists() else []
            except sqlite3.OperationalError:  # the store is there, its tables not yet
                runs = []
            if runs and runs[0]["heartbeat_at"] and runs[0]["heartbeat_at"] > runs[0]["started_at"]:
                break
            assert proc.poll() is None, "the crawl ended before it could be killed"
            time.sleep(0.2)
        else:
            raise AssertionError(f"no heartbeat within 90 s: {_runs(db_file) if db_file.exists() else 'no store'}")
    finally:
        proc.send_signal(signal.SIGKILL)  # kill -9: no spider_closed, no end written
        proc.wait(timeout=30)
        killed_at = time.monotonic()
    [killed] = _runs(db_file)
    assert killed["status"] == "running" and killed["finished_at"] is None

    shown = vagigs("runs", env=env).stdout  # five of its beats have not passed: still running
    if time.monotonic() < killed_at + 4:  # its last beat was at most a second before the kill
        assert _statuses(shown) == ["running"] and "so far" in shown, shown
    else:  # a machine so loaded that ``vagigs runs`` took seconds to start: the five beats may have passed
        assert _statuses(shown) in (["running"], ["lost"]), shown
    time.sleep(1.5)
    shown = vagigs("runs", "--lost-after", "1", env=env).stdout
    assert _statuses(shown) == ["lost"] and "last beat " in shown and "so far" not in shown, shown
    assert _runs(db_file)[0]["status"] == "running"  # looking changes nothing

    # the next run of the source closes the dead one, silent for five of its own beats, before it starts
    time.sleep(max(0.0, killed_at + 5.5 - time.monotonic()))
    out = vagigs("crawl", "remoteok", "--replay", str(_snapshot(tmp_path / "fast", delay=0)), *FAST_BEAT,
                 env=env).stdout
    assert "remoteok: finished" in out
    closed, new = _runs(db_file)
    assert (closed["status"], closed["finish_reason"]) == ("failed", "lost")
    assert closed["finished_at"] == closed["heartbeat_at"] >= killed["heartbeat_at"]  # its last beat
    assert "lost: no heartbeat since" in closed["errors"]
    assert new["status"] == "finished"
    shown = vagigs("runs", env=env).stdout
    assert _statuses(shown) == ["finished", "failed"] and "! lost: no heartbeat since" in shown, shown


# ------------------------------------------------------------------ the recorder with a real crawler

def test_a_heartbeat_the_store_refuses_is_logged_and_counted_not_raised(
        sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    crawler = get_crawler(RemoteOKSpider, {"VAGIGS_DATABASE_URL": sqlite_url, "VAGIGS_RUN_HEARTBEAT_SECONDS": 0.2})
    crawler.stats.open_spider()
    recorder = CrawlRunRecorder.from_crawler(crawler)
    assert recorder.heartbeat_seconds == 0.2
    with db.sessions(sqlite_url).begin() as s:
        run = queries.start_run(s, "remoteok")
    time.sleep(0.01)
    recorder.beat(run.id)
    with db.sessions(sqlite_url)() as s:
        [row] = queries.recent_runs(s)
        assert row.heartbeat_at > row.started_at
        beaten = row.heartbeat_at

    recorder.url = "postgresql+psycopg://nobody@127.0.0.1:9/gone?connect_timeout=2"  # the store stops answering
    with caplog.at_level(logging.WARNING, logger="crawlers.extensions"):
        recorder.beat(run.id)
        recorder.beat(run.id)
    assert crawler.stats.get_value(HEARTBEAT_FAILED_KEY) == 2
    assert sum("could not write its heartbeat (the crawl goes on)" in r.getMessage() for r in caplog.records) == 2

    recorder.url = sqlite_url  # back: the next beat lands
    with db.sessions(sqlite_url).begin() as s:
        queries.finish_run(s, run.id, queries.RunReport(status="finished"))
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="crawlers.extensions"):
        recorder.beat(run.id)  # the row ended elsewhere: said once, not revived
        recorder.beat(run.id)
    assert sum("no longer 'running'" in r.getMessage() for r in caplog.records) == 1
    with db.sessions(sqlite_url)() as s:
        [row] = queries.recent_runs(s)
        assert row.status == "finished" and row.heartbeat_at == beaten


def test_the_heartbeat_interval_setting(caplog: pytest.LogCaptureFixture) -> None:
    from crawlers import settings

    assert settings.VAGIGS_RUN_HEARTBEAT_SECONDS == queries.RUN_HEARTBEAT_SECONDS == 60
    assert heartbeat_seconds(Settings({"VAGIGS_RUN_HEARTBEAT_SECONDS": "2.5"})) == 2.5  # from --set, a string
    assert heartbeat_seconds(Settings()) == 60
    with caplog.at_level(logging.WARNING, logger="crawlers.extensions"):
        for bad in ("0", "-1", "soon", "nan", "inf"):
            assert heartbeat_seconds(Settings({"VAGIGS_RUN_HEARTBEAT_SECONDS": bad})) == 60
    assert len([r for r in caplog.records if "no positive number of seconds" in r.getMessage()]) == 5


GONE = "postgresql+psycopg://nobody@127.0.0.1:9/gone?connect_timeout=2"  # a store that does not answer


def _closing_run(sqlite_url: str, heartbeat_seconds: float = 2):  # type: ignore[no-untyped-def]
    """A recorder on a real crawler whose run is open in the store, with a crawl's counts, its clock in the test's
    hands; and the spider. (The process's reactor installed, as in a crawl: the recorder's wait is awaited as the
    reactor's.)"""
    from twisted.internet.task import Clock

    importlib.import_module("twisted.internet.reactor")

    crawler = get_crawler(RemoteOKSpider, {"VAGIGS_DATABASE_URL": sqlite_url,
                                           "VAGIGS_RUN_HEARTBEAT_SECONDS": heartbeat_seconds})
    crawler.stats.open_spider()
    recorder = CrawlRunRecorder.from_crawler(crawler)
    recorder.clock = Clock()
    with db.sessions(sqlite_url).begin() as s:
        run = queries.start_run(s, "remoteok")
    spider = RemoteOKSpider()
    spider.crawl_run_id = run.id  # type: ignore[attr-defined]
    for key, value in (("downloader/request_count", 2), ("item_scraped_count", 98), ("vagigs/stored", 97),
                       ("vagigs/new", 3), ("vagigs/dropped/record_parse_error", 1)):
        crawler.stats.set_value(key, value)
    return recorder, spider, run.id


def test_a_run_end_the_store_refuses_is_written_once_it_answers_again(sqlite_url: str,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    """The store down as the crawl ends (a PostgreSQL restart, a failover): the end was written once, its error
    swallowed by Scrapy's signal dispatch, and the run shown running, then lost, its counts gone."""
    recorder, spider, run_id = _closing_run(sqlite_url)
    assert recorder.finish_patience == 10  # five beats of two seconds: as long as its silence is tolerated
    recorder.url = GONE
    with caplog.at_level(logging.INFO, logger="crawlers.extensions"):
        waiting = recorder.spider_closed(spider, "finished")
        assert inspect.iscoroutine(waiting)  # Scrapy awaits it: the process waits
        waiting = Deferred.fromCoroutine(waiting)  # here driven by the test's clock
        assert not waiting.called
        recorder.clock.advance(1)  # still down
        recorder.url = sqlite_url  # back
        recorder.clock.advance(2)
    assert waiting.called
    said = [r.getMessage() for r in caplog.records]
    assert said[0].startswith(f"crawl run {run_id} of remoteok: could not write its end to the store "
                              "(OperationalError: ") and said[0].endswith("; trying again for up to 10 s")
    assert said[1] == f"crawl run {run_id} of remoteok: its end written to the store after all"
    assert f"crawl run {run_id} of remoteok: finished, 97 stored, dropped {{'record_parse_error': 1}}" in said
    with db.sessions(sqlite_url)() as s:
        [row] = queries.recent_runs(s)
        assert (row.status, row.items_stored, row.dropped) == ("finished", 97, {"record_parse_error": 1})


def test_a_run_end_the_store_never_takes_is_logged_with_the_runs_counts(sqlite_url: str,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    recorder, spider, run_id = _closing_run(sqlite_url)
    recorder.url = GONE
    with caplog.at_level(logging.INFO, logger="crawlers.extensions"):
        waiting = Deferred.fromCoroutine(recorder.spider_closed(spider, "finished"))
        for _ in range(5):
            recorder.clock.advance(4)
    assert waiting.called
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and errors[0].startswith(
        f"crawl run {run_id} of remoteok: its end could not be written to the store in 10 s (OperationalError: ")
    assert errors[0].split("), ", 1)[1].startswith(
        "so the run will show as lost; it ended finished: 2 requests, 98 scraped, 97 stored (3 new), dropped "
        "record_parse_error=1; what it dropped is kept in ")
    with db.sessions(sqlite_url)() as s:
        [row] = queries.recent_runs(s)
        assert row.status == "running"


@pytest.mark.parametrize(("reason", "tried_for"), [(STORE_UNREACHABLE, 10), ("finished", 300)])
def test_the_end_of_a_run_closed_as_its_store_unreachable_is_tried_for_seconds(
        sqlite_url: str, caplog: pytest.LogCaptureFixture, reason: str, tried_for: int) -> None:
    """A crawl closed as ``store_unreachable`` knows its store has refused connections for
    ``VAGIGS_STORE_OUTAGE_SECONDS`` already: its end had been tried for the 5 minutes of a run's tolerated silence,
    as for a run that ended well as the store went down for a moment (a restart, a failover), which keeps them."""
    recorder, spider, run_id = _closing_run(sqlite_url, heartbeat_seconds=60)
    assert recorder.finish_patience == 300
    recorder.url = GONE
    with caplog.at_level(logging.INFO, logger="crawlers.extensions"):
        waiting = Deferred.fromCoroutine(recorder.spider_closed(spider, reason))
        seconds = 0
        while not waiting.called and seconds < 400:
            recorder.clock.advance(1)
            seconds += 1
    assert seconds == tried_for
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and errors[0].startswith(
        f"crawl run {run_id} of remoteok: its end could not be written to the store in {tried_for} s "
        "(OperationalError: "), errors


def test_a_run_closed_as_the_process_stops_is_waited_for_by_the_reactors_shutdown(sqlite_url: str) -> None:
    """A spider that never closed (a signal while the engine started) has its run closed from the reactor's
    "before shutdown" trigger, which waits only for a Deferred: the recorder's wait for the store is given as one."""
    recorder, spider, run_id = _closing_run(sqlite_url)
    recorder.url = GONE
    waiting = recorder._end_if_never_closed(spider)
    assert isinstance(waiting, Deferred) and not waiting.called
    recorder.url = sqlite_url
    recorder.clock.advance(1)
    assert waiting.called
    with db.sessions(sqlite_url)() as s:
        [row] = queries.recent_runs(s)
        assert (row.id, row.status, row.finish_reason) == (run_id, "stopped", "shutdown")
