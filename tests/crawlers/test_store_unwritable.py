"""A crawl whose store stops taking writes (a full disk: SQLite's "database or disk is full" when a commit cannot
grow the file): the run it cannot record is said plainly, once, with its cause, and the crawl command exits
non-zero. The recorder is driven with a real Scrapy crawler and a real SQLite store whose commits fail; the
command, end to end, over a store that refuses a run's row when it commits."""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from scrapy.exceptions import CloseSpider
from scrapy.utils.test import get_crawler
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from crawlers.extensions import RUN_NOT_RECORDED_KEY, STORE_UNWRITABLE, CrawlRunRecorder
from crawlers.spiders.remoteok import RemoteOKSpider
from store import db
from tests.helpers import FIXTURES, make_snapshot, vagigs

API = "https://remoteok.com/api"
FULL = "OperationalError: database or disk is full"


@contextmanager
def full_disk(url: str) -> Iterator[None]:
    """Every commit that changed a row of the store at ``url`` fails as SQLite's does on a full disk: in WAL mode
    the commit is the write that needs room (the statements before it succeed, a commit of nothing too)."""
    changed: set[int] = set()

    def note(connection, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if cursor.rowcount > 0 and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            changed.add(id(connection))

    def refuse(connection) -> None:  # type: ignore[no-untyped-def]
        if id(connection) in changed:
            changed.discard(id(connection))
            raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))

    engine = db.engine(url)
    event.listen(engine, "after_cursor_execute", note)
    event.listen(engine, "commit", refuse)
    try:
        yield
    finally:
        event.remove(engine, "commit", refuse)
        event.remove(engine, "after_cursor_execute", note)


def _recorder(url: str) -> tuple[CrawlRunRecorder, RemoteOKSpider]:
    crawler = get_crawler(RemoteOKSpider, {"VAGIGS_DATABASE_URL": url})
    crawler.stats.open_spider()
    crawler.spider = RemoteOKSpider.from_crawler(crawler)
    return CrawlRunRecorder.from_crawler(crawler), crawler.spider


def _runs(url: str) -> list[tuple]:
    with db.engine(url).connect() as conn:
        return conn.exec_driver_sql("SELECT id, status FROM crawl_runs").fetchall()


def test_a_run_the_store_cannot_open_closes_the_crawl_at_once(sqlite_url: str,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    recorder, spider = _recorder(sqlite_url)
    with full_disk(sqlite_url), caplog.at_level(logging.INFO, logger="crawlers.extensions"), \
            pytest.raises(CloseSpider) as closed:
        recorder.spider_opened(spider)
    assert closed.value.reason == STORE_UNWRITABLE  # Scrapy closes the spider before it fetches anything
    # before: the id of the row whose commit failed was kept, and every posting then failed on its foreign key
    assert getattr(spider, "crawl_run_id", None) is None and _runs(sqlite_url) == []
    stats = recorder.crawler.stats
    assert stats.get_value("vagigs/crawl_run_id") is None and stats.get_value(RUN_NOT_RECORDED_KEY) == FULL
    assert recorder.heartbeat is None
    assert [r.getMessage() for r in caplog.records] == [
        f"crawl of remoteok not started: the store at {sqlite_url} cannot record its run ({FULL}); nothing fetched"]
    recorder.spider_closed(spider, STORE_UNWRITABLE)  # the close that follows writes nothing, and says no more
    assert _runs(sqlite_url) == [] and len(caplog.records) == 1


def test_a_crawl_whose_run_the_store_refuses_fetches_nothing_and_exits_non_zero(tmp_path: Path) -> None:
    """End to end, the row refused at its commit as on a full disk (here by a deferred foreign key a trigger
    breaks: no root, no tmpfs). Before, the crawl fetched every source and stored nothing, each posting failing
    with 'FOREIGN KEY constraint failed'."""
    store = tmp_path / "v.db"
    url = f"sqlite:///{store}"
    db.migrate(url)
    with sqlite3.connect(store) as conn:
        conn.executescript("""
            CREATE TABLE room (id INTEGER PRIMARY KEY);
            CREATE TABLE taken (room_id INTEGER REFERENCES room (id) DEFERRABLE INITIALLY DEFERRED);
            CREATE TRIGGER no_room AFTER INSERT ON crawl_runs BEGIN INSERT INTO taken VALUES (1); END;
        """)
    snap = make_snapshot(tmp_path / "snap", [{"url": API, "file": str(FIXTURES / "remoteok" /
                                                                    "remoteok_api_2024-12-04.json"),
                                               "headers": {"Content-Type": "application/json"}}])
    proc = vagigs("crawl", "remoteok", "--replay", str(snap), check=False,
                  env={"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")})
    assert proc.returncode == 1, proc.stdout
    assert proc.stdout == ""  # no run to show
    assert (f"crawl of remoteok not started: the store at {url} cannot record its run (IntegrityError: FOREIGN "
            "KEY constraint failed); nothing fetched") in proc.stderr
    assert f"Closing spider ({STORE_UNWRITABLE})" in proc.stderr
    assert "downloader/request_count" not in proc.stderr and "store failed" not in proc.stderr  # nothing fetched
    with sqlite3.connect(store) as conn:
        assert conn.execute("SELECT count(*) FROM crawl_runs").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM postings").fetchone() == (0,)
