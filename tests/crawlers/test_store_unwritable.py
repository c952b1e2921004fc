"""A crawl whose store stops taking writes (a full disk: SQLite's "database or disk is full" when a commit cannot
grow the file): the run it cannot record is said plainly, once, with its cause, and the crawl command exits
non-zero. The recorder is driven with a real Scrapy crawler and a real SQLite store whose commits fail; the
command, end to end, over a store that refuses a run's row when it commits. A disk that fills after the run is
recorded closes the crawl at the first posting it refuses (``StorePipeline``), a posting refused for itself not; so
does a store whose file is damaged, as ``store_damaged``. A PostgreSQL that ends the crawl's sessions (a restart, a
failover) or takes no connection for a while does not end it; one that takes none for ``VAGIGS_STORE_OUTAGE_SECONDS``
does, as ``store_unreachable``."""
from __future__ import annotations

import importlib
import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

import pytest
from scrapy.exceptions import CloseSpider, DropItem
from scrapy.utils.test import get_crawler
from sqlalchemy import event
from twisted.internet.defer import Deferred
from sqlalchemy.exc import OperationalError

import config
from crawlers.extensions import (
    DROPPED_PREFIX,
    ERRORS_KEY,
    FIELD_DROPPED_PREFIX,
    QUARANTINE_FAILED_KEY,
    RUN_NOT_RECORDED_KEY,
    STORE_DAMAGED,
    STORE_UNREACHABLE,
    STORE_UNWRITABLE,
    CrawlRunRecorder,
    store_outage_seconds,
    store_takes_no_writes,
    store_unreachable,
)
from crawlers.items import PostingItem
from crawlers.spiders.himalayas import HimalayasSpider
from crawlers.spiders.remoteok import RemoteOKSpider
from pipeline import scrapy_pipelines
from pipeline.scrapy_pipelines import StorePipeline
from store import db, queries
from tests.helpers import FIXTURES, ROOT, built_once, make_snapshot, vagigs, vagigs_here

API = "https://remoteok.com/api"
FULL = "OperationalError: database or disk is full"
REMOTEOK = FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json"  # real capture, 98 jobs
#: a store whose commits of a trigger's work fail as a full disk's would (a deferred foreign key the trigger breaks)
NO_ROOM = """
    CREATE TABLE room (id INTEGER PRIMARY KEY);
    CREATE TABLE taken (room_id INTEGER REFERENCES room (id) DEFERRABLE INITIALLY DEFERRED);
"""


@contextmanager
def full_disk(url: str, *, room_for_postings: int | None = None) -> Iterator[None]:
    """Every commit that changed a row of the store at ``url`` fails as SQLite's does on a full disk: in WAL mode
    the commit is the write that needs room (the statements before it succeed, a commit of nothing too). With
    ``room_for_postings``, the disk fills once that many postings are stored: from then on the commits that store a
    posting fail, the others (the run's row) still succeed."""
    changed: set[int] = set()
    room = [room_for_postings]

    def note(connection, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if room[0] is not None:
            if statement.lstrip().upper().startswith("INSERT INTO POSTINGS "):
                changed.add(id(connection))
        elif cursor.rowcount > 0 and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            changed.add(id(connection))

    def refuse(connection) -> None:  # type: ignore[no-untyped-def]
        if id(connection) in changed:
            changed.discard(id(connection))
            if room[0]:
                room[0] -= 1
                return
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


def _store_refusing(tmp_path: Path, when: str) -> tuple[Path, str]:
    """A migrated SQLite store whose commit fails after the trigger event ``when`` (``AFTER INSERT ON crawl_runs``);
    its path and URL."""
    store = tmp_path / "v.db"
    url = f"sqlite:///{store}"
    db.migrate(url)
    with sqlite3.connect(store) as conn:
        conn.executescript(NO_ROOM + f"CREATE TRIGGER no_room {when} BEGIN INSERT INTO taken VALUES (1); END;")
    return store, url


def _snapshot(tmp_path: Path) -> Path:
    return make_snapshot(tmp_path / "snap", [{"url": API, "file": str(REMOTEOK),
                                               "headers": {"Content-Type": "application/json"}}])


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
    store, url = _store_refusing(tmp_path, "AFTER INSERT ON crawl_runs")
    snap = _snapshot(tmp_path)
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


def test_a_run_whose_end_the_store_never_takes_is_said_with_its_counts(sqlite_url: str,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    """After the recorder's tries (``test_run_heartbeat.py``'s), the run is said as it ended, the cause in the
    store's words, and so are the copies quarantine could not keep on the same full disk; ``crawlers.run`` is
    told (``RUN_NOT_RECORDED_KEY``), and nothing is delisted after a run the store does not know ended."""
    from twisted.internet.task import Clock

    importlib.import_module("twisted.internet.reactor")  # installed, as in a crawl: the recorder's wait is its
    recorder, spider = _recorder(sqlite_url)
    recorder.clock = Clock()
    with db.sessions(sqlite_url).begin() as session:  # (as spider_opened does, without its heartbeat's reactor)
        spider.crawl_run_id = run_id = queries.start_run(session, "remoteok").id
    stats = recorder.crawler.stats
    stats.set_value(DROPPED_PREFIX + "store_error", 226)
    stats.set_value(QUARANTINE_FAILED_KEY, 226)
    stats.set_value(ERRORS_KEY, ["store_error: hh/1: OperationalError('database or disk is full')"])
    with full_disk(sqlite_url), caplog.at_level(logging.INFO, logger="crawlers.extensions"):
        waiting = Deferred.fromCoroutine(recorder.spider_closed(spider, "finished"))  # as Scrapy awaits it
        for _ in range(30):
            recorder.clock.advance(30)
    assert waiting.called
    assert _runs(sqlite_url) == [(run_id, "running")] and stats.get_value(RUN_NOT_RECORDED_KEY) == FULL
    said = [r.getMessage() for r in caplog.records]
    assert said[0] == (f"crawl run {run_id} of remoteok: could not write its end to the store ({FULL}); trying "
                       "again for up to 300 s")
    assert said[1:] == [
        f"crawl run {run_id} of remoteok: its end could not be written to the store in 300 s ({FULL}), so the run "
        "will show as lost; it ended failed: 0 requests, 0 scraped, 0 stored (0 new), dropped store_error=226; what "
        f"it dropped is kept in {config.quarantine_dir()} (but not 226 copies the disk refused)"]


Crawled = tuple[Path, subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def end_refused(tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    """A crawl whose end the store refuses, with Python's warnings shown (``PYTHONWARNINGS=default``): its folder
    (the store ``v.db``, ``home``) and the finished command. Made once for the test run (``built_once``)."""
    folder = built_once(tmp_path_factory, "end-refused", _crawl_whose_end_is_refused)
    said = json.loads((folder / "proc.json").read_text(encoding="utf-8"))
    return folder, subprocess.CompletedProcess(said["args"], said["returncode"], said["stdout"], said["stderr"])


def _crawl_whose_end_is_refused(folder: Path) -> None:
    _, url = _store_refusing(folder, "AFTER UPDATE OF status ON crawl_runs WHEN NEW.status != 'running'")
    proc = vagigs("crawl", "remoteok", "--replay", str(_snapshot(folder)), "--set",
                  "VAGIGS_RUN_HEARTBEAT_SECONDS=0.2", check=False,  # its end tried again for 5 beats: one second
                  env={"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(folder / "home"), "PYTHONWARNINGS": "default"})
    (folder / "proc.json").write_text(json.dumps(dict(args=proc.args, returncode=proc.returncode, stdout=proc.stdout,
                                                      stderr=proc.stderr)), encoding="utf-8")


def test_a_crawl_whose_end_the_store_refuses_says_how_it_ended_and_exits_non_zero(end_refused: Crawled) -> None:
    folder, proc = end_refused
    store, home = folder / "v.db", folder / "home"
    assert proc.returncode == 1
    refused = "IntegrityError: FOREIGN KEY constraint failed"
    said = [line.split("] ERROR: ", 1)[1] for line in proc.stderr.splitlines() if "[crawlers." in line
            and "] ERROR: " in line]
    assert said == [
        f"crawl run 1 of remoteok: its end could not be written to the store in 1 s ({refused}), so the run will "
        "show as lost; it ended finished: 2 requests, 98 scraped, 98 stored (98 new), dropped nothing; what it "
        f"dropped is kept in {home / 'quarantine'}",
        # the crawl's last word, before its summary from the store
        f"run 1 remoteok: finished; scraped 98, stored 98 (98 new); dropped: none; NOT recorded: the store refused "
        f"its end ({refused}), its row left 'running', to be shown lost"]
    with sqlite3.connect(store) as conn:
        assert conn.execute("SELECT status FROM crawl_runs").fetchall() == [("running",)]
        assert conn.execute("SELECT count(*) FROM postings").fetchone() == (98,)


def test_run_crawl_names_the_sources_whose_run_the_store_did_not_record(tmp_path: Path) -> None:
    """For its caller (``vagigs crawl`` judges a crawl by the rows it reads back, and a run the store refused at
    its start has none)."""
    _, url = _store_refusing(tmp_path, "AFTER INSERT ON crawl_runs")
    script = ("from crawlers.run import run_crawl; import sys; from pathlib import Path; "
              f"runs = run_crawl(['remoteok'], replay_dir=Path(sys.argv[1]), database_url={url!r}); "
              "print(list(runs), runs.not_recorded)")
    proc = subprocess.run([sys.executable, "-c", script, str(_snapshot(tmp_path))], cwd=ROOT, capture_output=True,
                          text=True, timeout=180, env={**os.environ, "VAGIGS_HOME": str(tmp_path / "home")})
    assert proc.stdout.strip() == "[] ['remoteok']", proc.stderr


def _crawl(tmp_path: Path, url: str) -> subprocess.CompletedProcess[str]:
    return vagigs("crawl", "remoteok", "--replay", str(_snapshot(tmp_path)), check=False,
                  env={"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")})


def test_a_store_refusing_every_posting_logs_one_line_for_each(tmp_path: Path) -> None:
    """Each posting a full disk refused had logged two chained tracebacks and Scrapy's dump of the whole item,
    some 20 KB, onto that full disk: 4.6 MB for a crawl of 250."""
    _, url = _store_refusing(tmp_path, "AFTER INSERT ON postings")
    proc = _crawl(tmp_path, url)
    assert proc.returncode == 1
    refused = [line.split("] ERROR: ", 1)[1] for line in proc.stderr.splitlines() if "store failed for" in line]
    assert len(refused) == 98
    assert all(re.fullmatch(r"store failed for remoteok/\d+: IntegrityError: FOREIGN KEY constraint failed", line)
               for line in refused), refused[:3]
    assert proc.stderr.count("Traceback (most recent call last)") == 2  # the first one's, its cause chained
    assert "PostingItem(" not in proc.stderr and "Dropped" not in proc.stderr
    assert len(proc.stderr.encode()) < 60_000


def test_a_crawl_whose_dedupe_pass_failed_does_not_read_as_clean(tmp_path: Path) -> None:
    """Its postings are stored, so the run is finished, but its summary and ``vagigs runs`` name the failure: it
    had said "finished, … dropped: none" and the log alone "dedupe index update failed"."""
    _, url = _store_refusing(tmp_path, "AFTER INSERT ON dedupe_indexed")
    proc = _crawl(tmp_path, url)
    assert proc.returncode == 0, proc.stderr
    said = ("dedupe_failed: dedupe index update failed: IntegrityError: FOREIGN KEY constraint failed; the postings "
            "it missed are clustered by the next crawl's pass or `vagigs dedupe`")
    assert proc.stdout == f"run 1 remoteok: finished; scraped 98, stored 98 (98 new); dropped: none; {said}\n"
    runs = vagigs_here("runs", env={"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}).stdout
    assert runs.splitlines()[2:] == [f"{'':7}! {said}"]  # under the header row and the run's line


# ---------------------------------------------------------------- a disk that fills while the crawl stores


HIMALAYAS = "https://himalayas.app/jobs/api?limit=20&offset={offset}"
HIMALAYAS_PAGES = 5  # the registry's max_pages, of 20 postings each


def _himalayas_snapshot(tmp_path: Path) -> Path:
    """Five full pages of Himalayas' jobs API: 100 postings, as its paging asks for them."""
    pages = []
    for page in range(HIMALAYAS_PAGES):
        jobs = [{"guid": f"https://himalayas.app/companies/c{n}/jobs/virtual-assistant-{n}",
                 "title": f"Virtual Assistant {n}", "companyName": f"Company {n}",
                 "description": f"Keep the calendar of our founder {n}, answer emails and book travel. " * 3,
                 "locationRestrictions": [], "pubDate": 1763712000}
                for n in range(page * 20, page * 20 + 20)]
        pages.append({"url": HIMALAYAS.format(offset=page * 20), "headers": {"Content-Type": "application/json"},
                      "text": json.dumps({"offset": page * 20, "limit": 20, "totalCount": 100, "jobs": jobs})})
    return make_snapshot(tmp_path / "snap", pages)


def test_a_disk_that_fills_during_the_crawl_ends_it_as_store_unwritable(tmp_path: Path) -> None:
    """The reviewer's crawl: the run recorded, three postings stored, then the disk full. It went on fetching
    every page while each posting failed to store (113 of 116 dropped as store_error); now the first posting the
    full disk refuses closes the crawl, as a store that cannot record the run's start does, and says so once.
    What it refused is still counted and kept in quarantine."""
    store = tmp_path / "v.db"
    url = f"sqlite:///{store}"
    db.migrate(url)
    home = tmp_path / "home"
    script = ("from crawlers.run import run_crawl; import sys; from pathlib import Path; "
              "from tests.crawlers.test_store_unwritable import full_disk\n"
              f"with full_disk({url!r}, room_for_postings=3):\n"
              f"    runs = run_crawl(['himalayas'], replay_dir=Path(sys.argv[1]), database_url={url!r})\n"
              "print(list(runs), runs.not_recorded)")
    proc = subprocess.run([sys.executable, "-c", script, str(_himalayas_snapshot(tmp_path))], cwd=ROOT,
                          capture_output=True, text=True, timeout=180, env={**os.environ, "VAGIGS_HOME": str(home)})
    assert proc.stdout.strip() == "[1] []", proc.stderr
    stopped = [line.split("] ERROR: ", 1)[1] for line in proc.stderr.splitlines() if "crawl of himalayas" in line]
    assert stopped == [f"crawl of himalayas stopped: the store at {url} takes no more writes ({FULL}); the postings "
                       f"it refused are counted as store_error and kept in {home / 'quarantine'}"]
    assert f"Closing spider ({STORE_UNWRITABLE})" in proc.stderr
    with sqlite3.connect(store) as conn:
        status, reason, requests, stored, dropped = conn.execute(
            "SELECT status, finish_reason, requests, items_stored, dropped FROM crawl_runs").fetchone()
        assert conn.execute("SELECT count(*) FROM postings").fetchone() == (3,)
    assert (status, reason, stored) == ("failed", STORE_UNWRITABLE, 3)
    refused = json.loads(dropped)["store_error"]
    pages = requests - 1  # robots.txt's first
    assert pages < HIMALAYAS_PAGES  # it had fetched all five
    assert stored + refused == 20 * pages  # the pages fetched were read through, nothing lost:
    assert len(list((home / "quarantine" / "himalayas").glob("*-store_error.record.json"))) == refused  # kept


def _store_stage(url: str, monkeypatch: pytest.MonkeyPatch) -> tuple[StorePipeline, list[str]]:
    """The store pipeline of a Himalayas crawl over the store at ``url``, and the reasons it closed the crawl for."""
    crawler = get_crawler(HimalayasSpider, {"VAGIGS_DATABASE_URL": url})
    crawler.stats.open_spider()
    crawler.spider = HimalayasSpider.from_crawler(crawler)
    closed: list[str] = []
    monkeypatch.setattr(scrapy_pipelines, "close_crawl", lambda _crawler, reason: closed.append(reason))
    return StorePipeline.from_crawler(crawler), closed


def _posting(n: int) -> PostingItem:
    return PostingItem(source="himalayas", source_id=f"companies/c{n}/jobs/va-{n}", title=f"Virtual Assistant {n}",
                       company="Acme", description="Keep the calendar and answer emails. " * 4,
                       url=f"https://himalayas.app/companies/c{n}/jobs/va-{n}")


def test_the_first_posting_a_full_disk_refuses_closes_the_crawl_once(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    stage, closed = _store_stage(sqlite_url, monkeypatch)
    with full_disk(sqlite_url), caplog.at_level(logging.ERROR):
        for n in range(3):  # the postings already read still come through: each refused, none lost
            with pytest.raises(DropItem):
                stage.process_item(_posting(n))
    assert closed == [STORE_UNWRITABLE]
    assert stage.crawler.stats.get_value(DROPPED_PREFIX + "store_error") == 3
    assert len(list(config.quarantine_dir().glob("himalayas/*-store_error.record.json"))) == 3
    assert [r.getMessage() for r in caplog.records if "stopped" in r.getMessage()] == [
        f"crawl of himalayas stopped: the store at {sqlite_url} takes no more writes ({FULL}); the postings it refused "
        f"are counted as store_error and kept in {config.quarantine_dir()}"]


def test_a_posting_the_store_refuses_for_itself_does_not_stop_the_crawl(sqlite_url: str,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    stage, closed = _store_stage(sqlite_url, monkeypatch)
    stage.crawler.spider.crawl_run_id = 404  # no such run: its foreign key refuses this posting, not every write
    with pytest.raises(DropItem, match="IntegrityError: FOREIGN KEY constraint failed"):
        stage.process_item(_posting(1))
    stage.crawler.spider.crawl_run_id = None
    assert stage.process_item(_posting(2)).source_id == "companies/c2/jobs/va-2"
    assert closed == [] and stage.crawler.stats.get_value("vagigs/stored") == 1


def _sqlite_error(url: str, statement: str, *, max_pages: int | None = None) -> Exception:
    """The error SQLite itself gives for ``statement`` on the store at ``url``."""
    with db.engine(url).connect() as conn:
        if max_pages is not None:
            conn.exec_driver_sql(f"PRAGMA max_page_count = {max_pages}")
        with pytest.raises(Exception) as raised:
            conn.exec_driver_sql(statement)
            conn.commit()
        conn.rollback()
    return raised.value


#: a write that needs more room than a store held to its size (``PRAGMA max_page_count``) has: SQLite's own full disk
FILL = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO stage_releases "
        "(stage, version, first_seen) SELECT 'x' || i, hex(randomblob(200)), '2026-01-01' FROM n")


def test_the_store_errors_that_say_it_takes_no_more_writes(sqlite_url: str) -> None:
    """By the driver's own errors: a full disk (SQLite's, as when the file cannot grow) and a read-only store say
    it; a posting's constraint does not."""
    with db.engine(sqlite_url).connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    full = _sqlite_error(sqlite_url, FILL, max_pages=pages + 2)
    assert "database or disk is full" in str(full) and store_takes_no_writes(full)
    read_only = _sqlite_error(f"sqlite:///file:{sqlite_url.split(':///', 1)[1]}?mode=ro&uri=true",
                              "DELETE FROM stage_releases")
    assert "readonly database" in str(read_only) and store_takes_no_writes(read_only)
    refused = _sqlite_error(sqlite_url, "INSERT INTO postings (id, source, source_id, crawl_run_id) "
                                        "VALUES (1, 'x', 'y', 404)")
    assert not store_takes_no_writes(refused)


@contextmanager
def files_limited_to(size: int) -> Iterator[None]:
    """Files of this process may not grow past ``size`` bytes (``RLIMIT_FSIZE``, as ``ulimit -f``, which binds root
    too): a write past it fails with EFBIG, which SQLite says as "disk I/O error" (``SQLITE_IOERR_WRITE``)."""
    import resource
    import signal

    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # (else the signal ends the process)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, ignored)


def _read_only_folder_error(tmp_path: Path) -> Exception:
    """SQLite's error for a write to a store in a folder it may not write (its journal cannot be made): made so for a
    user whom permissions bind; root's (whom they do not) as SQLite words and numbers it."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    with sqlite3.connect(folder / "v.db") as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
    if os.geteuid() == 0:
        made = sqlite3.OperationalError("attempt to write a readonly database")
        made.sqlite_errorcode, made.sqlite_errorname = 1544, "SQLITE_READONLY_DIRECTORY"  # type: ignore[attr-defined]
        return made
    folder.chmod(0o555)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised, sqlite3.connect(folder / "v.db") as conn:
            conn.execute("INSERT INTO t VALUES (1)")
    finally:
        folder.chmod(0o755)
    return raised.value


def test_sqlite_s_other_errors_that_say_it_takes_no_more_writes(sqlite_url: str, tmp_path: Path) -> None:
    """A disk failing under the store ("disk I/O error": SQLite's SQLITE_IOERR, here a file that may not grow) had
    been read as one posting refused, the crawl going on to fetch every page for postings all refused; so had a store
    whose file can no longer be opened (its folder moved or unmounted). A folder that turned read-only was read
    right, as a read-only store; a store locked by another writer for a while takes writes again."""
    from sqlalchemy import create_engine

    with db.engine(sqlite_url).connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with files_limited_to(4096), pytest.raises(OperationalError) as failing:
            conn.exec_driver_sql(FILL)
        conn.rollback()
    assert "disk I/O error" in str(failing.value) and store_takes_no_writes(failing.value)
    gone = tmp_path / "unmounted" / "v.db"
    with pytest.raises(OperationalError) as unopened:
        create_engine(f"sqlite:///{gone}").connect()
    assert "unable to open database file" in str(unopened.value) and store_takes_no_writes(unopened.value)
    read_only = _read_only_folder_error(tmp_path)
    assert "readonly database" in str(read_only) and store_takes_no_writes(read_only)
    other = create_engine(sqlite_url, connect_args={"timeout": 0})
    with db.engine(sqlite_url).connect() as conn, other.connect() as writer:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        with pytest.raises(OperationalError) as locked:
            writer.exec_driver_sql("INSERT INTO stage_releases (stage, version, first_seen) VALUES ('x', 'y', 'z')")
        conn.rollback()
    other.dispose()
    assert "database is locked" in str(locked.value) and not store_takes_no_writes(locked.value)


@pytest.mark.parametrize(("said", "takes_none"), [("disk I/O error", True), ("unable to open database file", True),
                                                  ("attempt to write a readonly database", True),
                                                  ("database or disk is full", True), ("database is locked", False)])
def test_sqlite_s_words_say_it_from_a_driver_that_gives_no_code(said: str, takes_none: bool) -> None:
    assert store_takes_no_writes(OperationalError("INSERT", {}, Exception(said))) is takes_none


def test_postgres_s_disk_failing_under_it_says_it_takes_no_more_writes() -> None:
    """PostgreSQL's own "disk I/O error" (SQLSTATE 58030, io_error: a data file it could not write), by its code."""
    import psycopg

    failing = psycopg.errors.lookup("58030")("could not write block 7 of relation base/16384/16385: Input/output error")
    assert store_takes_no_writes(OperationalError("INSERT", {}, failing))
    deadlock = psycopg.errors.lookup("40P01")("deadlock detected")
    assert not store_takes_no_writes(OperationalError("INSERT", {}, deadlock))


def test_the_postgres_errors_that_say_it_takes_no_more_writes(postgres_url: str) -> None:
    with db.engine(postgres_url).connect() as conn:
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")  # as on a standby, or default_transaction_read_only
        with pytest.raises(Exception) as read_only:
            conn.exec_driver_sql("DELETE FROM stage_releases")
        conn.rollback()
        with pytest.raises(Exception) as refused:
            conn.exec_driver_sql("INSERT INTO crawl_runs (id) VALUES (NULL)")
        conn.rollback()
    assert store_takes_no_writes(read_only.value) and not store_takes_no_writes(refused.value)


def test_a_crawl_whose_end_is_tried_again_warns_of_nothing_deprecated(end_refused: Crawled) -> None:
    """The recorder's wait for the store (``CrawlRunRecorder.spider_closed``) had returned a Deferred, which Scrapy
    2.14+ warns of on every crawl that waits, and will stop waiting for: a coroutine is what it awaits."""
    _, proc = end_refused
    assert "its end could not be written to the store in 1 s" in proc.stderr  # it waited, and was awaited
    assert "ScrapyDeprecationWarning" not in proc.stderr, [line for line in proc.stderr.splitlines()
                                                          if "ScrapyDeprecationWarning" in line]


# ---------------------------------------------------------------- a store whose file is damaged


def _damage(url: str, *names: str) -> None:
    """Overwrite the pages of the SQLite store's tables or indexes ``names`` (as ``dbstat`` lists them; page 1, the
    file's header, for ``"header"``), as a failing disk or a copy taken mid-write leaves them."""
    path = db.sqlite_file(url)
    db.engine(url).dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        listed = conn.execute(f"SELECT pageno FROM dbstat WHERE name IN ({', '.join('?' * len(names))})", names)
        pages = [n for (n,) in listed] + ([1] if "header" in names else [])
    finally:
        conn.close()
    assert pages
    with open(path, "r+b") as f:
        for n in pages:
            f.seek(size * (n - 1))
            f.write(b"damaged!" * (size // 8))


MALFORMED = "DatabaseError: database disk image is malformed"


def test_the_first_posting_a_damaged_store_refuses_closes_the_crawl_once(
        sqlite_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """A store whose postings' pages are damaged refuses every posting: each had been read as one posting refused,
    the crawl fetching every page for postings all refused. Closed as ``store_damaged``, with what to do."""
    stage, closed = _store_stage(sqlite_url, monkeypatch)
    stage.process_item(_posting(0))
    _damage(sqlite_url, "postings", "sqlite_autoindex_postings_1")
    with caplog.at_level(logging.ERROR):
        for n in (1, 2, 3):  # the postings already read still come through: each refused, none lost
            with pytest.raises(DropItem, match=f"^store_error: {MALFORMED}$"):
                stage.process_item(_posting(n))
    assert closed == [STORE_DAMAGED]
    assert stage.crawler.stats.get_value(DROPPED_PREFIX + "store_error") == 3
    assert len(list(config.quarantine_dir().glob("himalayas/*-store_error.record.json"))) == 3
    assert [r.getMessage() for r in caplog.records if "stopped" in r.getMessage()] == [
        f"crawl of himalayas stopped: the store at {sqlite_url} is damaged ({MALFORMED}); the postings it refused are "
        f"counted as store_error and kept in {config.quarantine_dir()}; restore the last good backup (see README), or "
        f"try `sqlite3 {db.sqlite_file(sqlite_url)} .recover`"]


@pytest.mark.long
def test_a_crawl_over_a_damaged_store_ends_as_store_damaged(tmp_path: Path) -> None:
    """End to end: the run recorded, the postings' pages damaged. It had fetched all five pages, every posting
    refused; now it stops at the first, and its run says why."""
    store = tmp_path / "v.db"
    url = f"sqlite:///{store}"
    db.migrate(url)
    _damage(url, "postings", "sqlite_autoindex_postings_1")
    home = tmp_path / "home"
    script = ("from crawlers.run import run_crawl; import sys; from pathlib import Path; "
              f"runs = run_crawl(['himalayas'], replay_dir=Path(sys.argv[1]), database_url={url!r}); "
              "print(list(runs), runs.not_recorded)")
    proc = subprocess.run([sys.executable, "-c", script, str(_himalayas_snapshot(tmp_path))], cwd=ROOT,
                          capture_output=True, text=True, timeout=180, env={**os.environ, "VAGIGS_HOME": str(home)})
    assert proc.stdout.strip() == "[1] []", proc.stderr
    stopped = [line.split("] ERROR: ", 1)[1] for line in proc.stderr.splitlines() if "crawl of himalayas" in line]
    assert stopped == [f"crawl of himalayas stopped: the store at {url} is damaged ({MALFORMED}); the postings it "
                       f"refused are counted as store_error and kept in {home / 'quarantine'}; restore the last good "
                       f"backup (see README), or try `sqlite3 {store} .recover`"]
    with sqlite3.connect(store) as conn:
        status, reason, requests, dropped = conn.execute(
            "SELECT status, finish_reason, requests, dropped FROM crawl_runs").fetchone()
    assert (status, reason) == ("failed", STORE_DAMAGED)
    assert requests - 1 < HIMALAYAS_PAGES and json.loads(dropped)["store_error"] == 20 * (requests - 1)


def test_a_run_whose_end_a_damaged_store_refuses_is_said_at_once(sqlite_url: str,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    """One try, nothing waited for (the wait is for a store down for a moment: a damaged one stays so), one line with
    the run's counts and what to do; ``crawlers.run`` told (``RUN_NOT_RECORDED_KEY``)."""
    recorder, spider = _recorder(sqlite_url)
    with db.sessions(sqlite_url).begin() as session:
        spider.crawl_run_id = run_id = queries.start_run(session, "remoteok").id
    stats = recorder.crawler.stats
    stats.set_value(DROPPED_PREFIX + "store_error", 20)
    _damage(sqlite_url, "crawl_runs")
    with caplog.at_level(logging.INFO, logger="crawlers.extensions"):
        assert recorder.spider_closed(spider, STORE_DAMAGED) is None  # not a coroutine the crawl's end awaits
    assert stats.get_value(RUN_NOT_RECORDED_KEY) == MALFORMED
    assert [r.getMessage() for r in caplog.records] == [
        f"crawl run {run_id} of remoteok: its end could not be written to the store, which is damaged ({MALFORMED}), "
        "so the run will show as lost; it ended failed (store_damaged): 0 requests, 0 scraped, 0 stored (0 new), "
        f"dropped store_error=20; what it dropped is kept in {config.quarantine_dir()}; restore the last good backup "
        f"(see README), or try `sqlite3 {db.sqlite_file(sqlite_url)} .recover`"]


def test_a_run_whose_end_is_not_written_is_said_with_the_fields_its_postings_lost(
        sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """The line says all the run's end would have written: its counts, its drops, the fields left out of postings
    kept (as ``vagigs runs`` shows them), and the copies quarantine could not keep."""
    recorder, spider = _recorder(sqlite_url)
    with db.sessions(sqlite_url).begin() as session:
        spider.crawl_run_id = run_id = queries.start_run(session, "remoteok").id
    stats = recorder.crawler.stats
    stats.set_value("downloader/request_count", 4)
    stats.set_value("item_scraped_count", 30)
    stats.set_value("vagigs/stored", 27)
    stats.set_value("vagigs/new", 5)
    stats.set_value(DROPPED_PREFIX + "store_error", 3)
    stats.set_value(QUARANTINE_FAILED_KEY, 1)
    stats.set_value(FIELD_DROPPED_PREFIX + "expires_at/not_a_date", 2)
    stats.set_value(FIELD_DROPPED_PREFIX + "expires_at/before_posted", 1)
    _damage(sqlite_url, "crawl_runs")
    with caplog.at_level(logging.ERROR, logger="crawlers.extensions"):
        assert recorder.spider_closed(spider, "finished") is None
    assert [r.getMessage() for r in caplog.records] == [
        f"crawl run {run_id} of remoteok: its end could not be written to the store, which is damaged ({MALFORMED}), "
        "so the run will show as lost; it ended finished: 4 requests, 30 scraped, 27 stored (5 new), dropped "
        "store_error=3; fields lost expires_at/before_posted=1, expires_at/not_a_date=2; what it dropped is kept in "
        f"{config.quarantine_dir()} (but not 1 copies the disk refused); restore the last good backup (see README), "
        f"or try `sqlite3 {db.sqlite_file(sqlite_url)} .recover`"]


def test_a_run_whose_end_a_full_disk_refuses_is_still_tried_again(sqlite_url: str) -> None:
    """A crawl closed as ``store_unwritable``: space may be freed meanwhile, as a lock may be released."""
    recorder, spider = _recorder(sqlite_url)
    with db.sessions(sqlite_url).begin() as session:
        spider.crawl_run_id = queries.start_run(session, "remoteok").id
    with full_disk(sqlite_url):
        waiting = recorder.spider_closed(spider, STORE_UNWRITABLE)
    assert waiting is not None
    waiting.close()


@contextmanager
def store_gone_after(url: str, postings: int, outage_seconds: float = 0.0) -> Iterator[None]:
    """The crawl's store unusable once ``postings`` postings are stored, as the crawl's store stage meets it: a SQLite
    file's tables (its runs' and its postings') damaged, as a failing disk leaves them; a PostgreSQL that takes no
    more connections, the crawl kept that long (``outage_seconds``, its ``VAGIGS_STORE_OUTAGE_SECONDS``) at the
    second posting refused, so that it is closed as ``store_unreachable``. For a crawl in a process of its own."""
    stage = StorePipeline.process_item
    refused = [-1]  # the postings that met the store gone, once it is
    held: list[AbstractContextManager] = []  # (a context left unheld is closed as it is collected)

    def meeting(self: StorePipeline, item: PostingItem) -> PostingItem:
        if refused[0] < 0 and (self.crawler.stats.get_value("vagigs/stored") or 0) >= postings:
            if url.startswith("sqlite"):
                _damage(url, "crawl_runs", "postings", "sqlite_autoindex_postings_1")
            else:
                held.append(_no_connections(url))
                held[0].__enter__()  # for the rest of the process: the test lets them in again
            refused[0] = 0
        if refused[0] >= 0:
            refused[0] += 1
            if refused[0] == 2:
                time.sleep(outage_seconds)
        return stage(self, item)

    StorePipeline.process_item = meeting  # type: ignore[method-assign]
    try:
        yield
    finally:
        StorePipeline.process_item = stage  # type: ignore[method-assign]


def _crawl_until_the_store_goes(tmp_path: Path, url: str, **overrides: str) -> tuple[float, str, str]:
    """A crawl of Himalayas whose store goes once 3 postings are stored (``store_gone_after``), in a process of its
    own: how long it took, in seconds, what it printed (the runs it opened, those not recorded) and its log."""
    outage = float(overrides.get("VAGIGS_STORE_OUTAGE_SECONDS", 0))
    script = ("from crawlers.run import run_crawl; import sys; from pathlib import Path; "
              "from tests.crawlers.test_store_unwritable import store_gone_after\n"
              f"with store_gone_after({url!r}, 3, {outage!r}):\n"
              f"    runs = run_crawl(['himalayas'], replay_dir=Path(sys.argv[1]), database_url={url!r}, "
              f"overrides={overrides!r})\n"
              "print(list(runs), runs.not_recorded)")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", script, str(_himalayas_snapshot(tmp_path))], cwd=ROOT,
                          capture_output=True, text=True, timeout=150,
                          env={**os.environ, "VAGIGS_HOME": str(tmp_path / "home")})
    return time.monotonic() - started, proc.stdout, proc.stderr


def _errors(log: str, logger: str) -> list[str]:
    return [line.split("] ERROR: ", 1)[1] for line in log.splitlines() if f"[{logger}] ERROR: " in line]


def test_a_crawl_whose_store_is_damaged_as_it_runs_ends_in_seconds(tmp_path: Path) -> None:
    """The run's end is not tried again for the 5 minutes a store down for a moment is waited for: the crawl knows
    its store damaged, and the operator had waited those minutes for a crawl over. One try, one line saying the run
    could not be recorded and why; ``crawlers.run`` told, so ``vagigs crawl`` and ``scrapy crawl`` exit 1."""
    store = tmp_path / "v.db"
    url = f"sqlite:///{store}"
    db.migrate(url)
    took, printed, log = _crawl_until_the_store_goes(tmp_path, url)
    assert took < 60, log[-3000:]  # (it took 5 minutes and some seconds)
    assert printed.strip() == "[1] ['himalayas']", log[-3000:]
    assert f"Closing spider ({STORE_DAMAGED})" in log
    recorder = _errors(log, "crawlers.extensions")
    assert len(recorder) == 1, recorder
    assert recorder[0].startswith(f"crawl run 1 of himalayas: its end could not be written to the store, which is "
                                  f"damaged ({MALFORMED}), so the run will show as lost; it ended failed "
                                  f"(store_damaged): ")
    assert recorder[0].endswith(f"; restore the last good backup (see README), or try `sqlite3 {store} .recover`")
    assert "trying again" not in log
    assert _errors(log, "crawlers.run")[-1].startswith("run 1 himalayas: failed (store_damaged); ")


def test_a_store_whose_file_is_no_longer_a_database_closes_the_crawl(sqlite_url: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    stage, closed = _store_stage(sqlite_url, monkeypatch)
    _damage(sqlite_url, "header")
    with pytest.raises(DropItem, match="^store_error: DatabaseError: file is not a database$"):
        stage.process_item(_posting(1))
    assert closed == [STORE_DAMAGED]


def test_a_run_a_damaged_store_cannot_open_closes_the_crawl_at_once(sqlite_url: str,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    recorder, spider = _recorder(sqlite_url)
    _damage(sqlite_url, "crawl_runs")
    with caplog.at_level(logging.INFO, logger="crawlers.extensions"), pytest.raises(CloseSpider) as closed:
        recorder.spider_opened(spider)
    assert closed.value.reason == STORE_DAMAGED
    assert recorder.crawler.stats.get_value(RUN_NOT_RECORDED_KEY) == MALFORMED
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == [
        f"crawl of remoteok not started: the store at {sqlite_url} is damaged ({MALFORMED}); nothing fetched; restore "
        f"the last good backup (see README), or try `sqlite3 {db.sqlite_file(sqlite_url)} .recover`"]


def test_the_errors_that_say_a_store_is_damaged(sqlite_url: str) -> None:
    """By SQLite's own errors (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``), PostgreSQL's SQLSTATEs ``data_corrupted`` and
    ``index_corrupted``, and the words of a driver that gives no code; a lock, a full disk or a posting refused for
    itself is none."""
    import psycopg

    _damage(sqlite_url, "postings")
    malformed = _sqlite_error(sqlite_url, "SELECT * FROM postings")
    assert "database disk image is malformed" in str(malformed) and db.damaged(malformed)
    _damage(sqlite_url, "header")
    with pytest.raises(Exception) as not_a_database:
        db.engine(sqlite_url).connect()
    assert "file is not a database" in str(not_a_database.value) and db.damaged(not_a_database.value)
    for state, damaged in (("XX001", True), ("XX002", True), ("53100", False), ("23505", False)):
        assert db.damaged(OperationalError("INSERT", {}, psycopg.errors.lookup(state)("…"))) is damaged, state
    for words, damaged in (("database disk image is malformed", True), ("file is not a database", True),
                           ("database is locked", False), ("database or disk is full", False)):
        assert db.damaged(OperationalError("INSERT", {}, Exception(words))) is damaged, words


# ---------------------------------------------------------------- a PostgreSQL that goes away mid-crawl


def _stages(url: str, monkeypatch: pytest.MonkeyPatch, **settings: object) -> tuple[list, CrawlRunRecorder, list[str]]:
    """The pipeline stages of a Himalayas crawl over the store at ``url`` that read or write it, in the crawl's order,
    its run recorded by its recorder; the reasons the crawl was closed for."""
    crawler = get_crawler(HimalayasSpider, {"VAGIGS_DATABASE_URL": url, **settings})
    crawler.stats.open_spider()
    crawler.spider = HimalayasSpider.from_crawler(crawler)
    closed: list[str] = []
    monkeypatch.setattr(scrapy_pipelines, "close_crawl", lambda _crawler, reason: closed.append(reason))
    recorder = CrawlRunRecorder.from_crawler(crawler)
    with db.sessions(url).begin() as session:  # (as spider_opened does, without its heartbeat's reactor)
        crawler.spider.crawl_run_id = queries.start_run(session, "himalayas").id
    stages = [scrapy_pipelines.NormalizePipeline, scrapy_pipelines.DedupePipeline,
              scrapy_pipelines.LegitimacyPipeline, scrapy_pipelines.StorePipeline]
    return [stage.from_crawler(crawler) for stage in stages], recorder, closed


def _through(stages: list, item: PostingItem) -> PostingItem:
    for stage in stages:
        item = stage.process_item(item)
    return item


def _end_sessions(url: str) -> int:
    """End every session of the store at ``url``, as a server restart or ``pg_terminate_backend`` does; how many."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    store = make_url(url)
    admin = create_engine(store.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        ended = conn.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = :db"),
                             {"db": store.database}).scalar_one()
    admin.dispose()
    return ended


@pytest.mark.postgres
def test_a_crawl_goes_on_when_postgres_ends_its_sessions_between_two_postings(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    stages, recorder, closed = _stages(postgres_url, monkeypatch)
    _through(stages, _posting(1))
    assert _end_sessions(postgres_url) >= 1
    with caplog.at_level(logging.WARNING):
        _through(stages, _posting(2))
        recorder.beat(recorder.crawler.spider.crawl_run_id)
        recorder.crawler.stats.set_value("item_scraped_count", 2)  # (Scrapy's own count)
        assert recorder.spider_closed(recorder.crawler.spider, "finished") is None  # its end written at once
    stats = recorder.crawler.stats
    assert stats.get_value("vagigs/stored") == 2 and closed == []
    assert not [k for k in stats.get_stats() if k.startswith(DROPPED_PREFIX) or "error" in k or "failed" in k]
    assert [r.getMessage() for r in caplog.records] == []
    with db.engine(postgres_url).connect() as conn:
        assert conn.exec_driver_sql("SELECT status, items_stored FROM crawl_runs").fetchall() == [("finished", 2)]


@pytest.mark.postgres
def test_a_posting_whose_session_postgres_ends_as_it_is_stored_is_stored_on_a_new_one(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """A server restart or failover between the posting's statements: it had been dropped (``store_error``), its run
    counted with an error, though the next posting found the server again."""
    stages, recorder, closed = _stages(postgres_url, monkeypatch)
    _through(stages, _posting(1))
    ended: list[int] = []

    def end_sessions_once(connection, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO postings") and not ended:
            ended.append(_end_sessions(postgres_url))

    event.listen(db.engine(postgres_url), "after_cursor_execute", end_sessions_once)
    try:
        with caplog.at_level(logging.WARNING):
            _through(stages, _posting(2))
            _through(stages, _posting(3))
    finally:
        event.remove(db.engine(postgres_url), "after_cursor_execute", end_sessions_once)
    assert ended and ended[0] >= 1
    stats = recorder.crawler.stats
    assert stats.get_value("vagigs/stored") == 3 and stats.get_value("vagigs/new") == 3 and closed == []
    assert not [k for k in stats.get_stats() if k.startswith(DROPPED_PREFIX) or "error" in k]
    assert [r.getMessage() for r in caplog.records] == [
        "store: the server ended the session storing himalayas/companies/c2/jobs/va-2 (AdminShutdown: terminating "
        "connection due to administrator command); writing it again on a new one"]
    with db.engine(postgres_url).connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM postings").scalar() == 3


@contextmanager
def _no_connections(url: str) -> Iterator[None]:
    """The store at ``url`` takes no connection (its sessions ended, new ones refused: "database … is not currently
    accepting connections"), as a server down for a while."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    store = make_url(url)
    admin = create_engine(store.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'ALTER DATABASE "{store.database}" ALLOW_CONNECTIONS false')
    try:
        _end_sessions(url)
        yield
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'ALTER DATABASE "{store.database}" ALLOW_CONNECTIONS true')
        admin.dispose()


@pytest.mark.postgres
def test_a_crawl_goes_on_through_a_postgres_down_for_a_while(postgres_url: str, monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """The postings read while the server takes no connection are dropped, counted and kept in quarantine (it may
    be back in a moment: a restart), each said in one line per stage, a kind of error's traceback once; the
    legitimacy stage had logged its traceback for every posting. Once back, the crawl stores again."""
    stages, recorder, closed = _stages(postgres_url, monkeypatch)
    _through(stages, _posting(1))
    with _no_connections(postgres_url), caplog.at_level(logging.WARNING):
        for n in (2, 3, 4):
            with pytest.raises(DropItem, match="^store_error: OperationalError: connection failed: "):
                _through(stages, _posting(n))
    _through(stages, _posting(5))
    stats = recorder.crawler.stats
    assert stats.get_value("vagigs/stored") == 2 and stats.get_value(DROPPED_PREFIX + "store_error") == 3
    assert closed == []
    assert len(list(config.quarantine_dir().glob("himalayas/*-store_error.record.json"))) == 3
    said = [(r.getMessage().split(": ")[0], bool(r.exc_info)) for r in caplog.records]
    assert said == [(f"{stage} failed for himalayas/companies/c{n}/jobs/va-{n}", n == 2)
                    for n in (2, 3, 4) for stage in ("dedupe lookup", "legitimacy context", "store")]


@pytest.mark.postgres
def test_a_crawl_over_a_postgres_down_past_its_outage_setting_ends_as_store_unreachable(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Past ``VAGIGS_STORE_OUTAGE_SECONDS`` (here 0.4 s) from the first connection refused, the crawl is closed, said
    once: it had fetched every page, each posting refused. The postings already read still come through, each
    counted and kept in quarantine."""
    stages, recorder, closed = _stages(postgres_url, monkeypatch, VAGIGS_STORE_OUTAGE_SECONDS="0.4")
    _through(stages, _posting(1))
    with _no_connections(postgres_url), caplog.at_level(logging.ERROR, logger="pipeline.scrapy_pipelines"):
        for n in (2, 3):
            with pytest.raises(DropItem, match="^store_error: OperationalError: connection failed: "):
                _through(stages, _posting(n))
        assert closed == []  # a restart, a failover: the crawl goes on
        time.sleep(0.4)
        for n in (4, 5):
            with pytest.raises(DropItem, match="^store_error: OperationalError: connection failed: "):
                _through(stages, _posting(n))
    assert closed == [STORE_UNREACHABLE]
    stats = recorder.crawler.stats
    assert stats.get_value("vagigs/stored") == 1 and stats.get_value(DROPPED_PREFIX + "store_error") == 4
    assert len(list(config.quarantine_dir().glob("himalayas/*-store_error.record.json"))) == 4
    stopped = [r.getMessage() for r in caplog.records if "stopped" in r.getMessage()]
    assert len(stopped) == 1, stopped
    assert stopped[0].startswith(f"crawl of himalayas stopped: the store at {config.shown_url(postgres_url)} has "
                                 "refused connections for 0.4 s on end (OperationalError: connection failed: ")
    assert stopped[0].endswith("is not currently accepting connections); the postings it refused are counted as "
                               f"store_error and kept in {config.quarantine_dir()}; VAGIGS_STORE_OUTAGE_SECONDS sets "
                               "how long a crawl goes on without its store")


@pytest.mark.postgres
def test_a_postgres_that_answers_between_two_refused_connections_does_not_end_the_crawl(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A posting it refuses for itself, or one it stores, says the server is there: the outage counts again from
    the next connection refused."""
    stages, recorder, closed = _stages(postgres_url, monkeypatch, VAGIGS_STORE_OUTAGE_SECONDS="0.2")
    store, spider = stages[-1], recorder.crawler.spider
    run_id = spider.crawl_run_id
    for n, answered in ((1, "ForeignKeyViolation"), (3, None)):
        with _no_connections(postgres_url), pytest.raises(DropItem, match="connection failed"):
            store.process_item(_posting(n))
        time.sleep(0.25)
        spider.crawl_run_id = 404 if answered else run_id  # no such run: refused for itself, by the server
        with pytest.raises(DropItem, match=answered) if answered else nullcontext():
            store.process_item(_posting(n + 1))
        spider.crawl_run_id = run_id
        with _no_connections(postgres_url), pytest.raises(DropItem, match="connection failed"):
            store.process_item(_posting(n + 10))
    assert closed == [] and recorder.crawler.stats.get_value("vagigs/stored") == 1


@pytest.mark.postgres
@pytest.mark.long  # its end tried for 10 s
def test_a_crawl_whose_postgres_goes_away_ends_in_seconds_once_its_outage_setting_is_past(
        postgres_url: str, tmp_path: Path) -> None:
    """Closed as ``store_unreachable``, the store having refused connections for ``VAGIGS_STORE_OUTAGE_SECONDS``,
    the run's end is tried again for seconds, not for the 5 minutes of a crawl that ended well; then said in one
    line, and ``crawlers.run`` told."""
    try:
        took, printed, log = _crawl_until_the_store_goes(tmp_path, postgres_url, VAGIGS_STORE_OUTAGE_SECONDS="0.5")
    finally:
        with _no_connections(postgres_url):  # (let in again as it ends)
            pass
    assert took < 60, log[-3000:]  # (it took 5 minutes and some seconds)
    assert printed.strip() == "[1] ['himalayas']", log[-3000:]
    assert f"Closing spider ({STORE_UNREACHABLE})" in log
    recorder = _errors(log, "crawlers.extensions")
    assert len(recorder) == 1, recorder
    assert recorder[0].startswith("crawl run 1 of himalayas: its end could not be written to the store in 10 s "
                                  "(OperationalError: connection failed: "), recorder
    assert "so the run will show as lost; it ended failed (store_unreachable): " in recorder[0]
    assert _errors(log, "crawlers.run")[-1].startswith("run 1 himalayas: failed (store_unreachable); ")


def test_the_errors_that_say_a_server_store_cannot_be_reached() -> None:
    """psycopg's own error for a connection it could not make or lost (no SQLSTATE) and the server's codes for one it
    refuses or ends; not a posting's constraint, even one checked as the transaction commits, nor a conflict with
    another transaction, nor SQLite's errors (a file that cannot be opened takes no writes)."""
    import psycopg
    from sqlalchemy.exc import IntegrityError

    def error(exc: Exception, statement: str | None = "INSERT") -> OperationalError:
        kind = IntegrityError if isinstance(exc, psycopg.IntegrityError) else OperationalError
        return kind(statement, {}, exc)

    lost = psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly")
    assert store_unreachable(error(psycopg.OperationalError("connection failed: Connection refused"), None))
    assert store_unreachable(error(lost))
    for state, unreachable in (("57P01", True), ("57P03", True), ("08006", True), ("53300", True),
                               ("23503", False), ("40001", False), ("40P01", False), ("53100", False)):
        assert store_unreachable(error(psycopg.errors.lookup(state)("…"), None)) is unreachable, state
    assert not store_unreachable(error(sqlite3.OperationalError("unable to open database file"), None))
    assert not store_unreachable(OSError("connection refused"))


def test_the_outage_a_crawl_goes_on_through() -> None:
    from scrapy.settings import Settings

    assert store_outage_seconds(Settings()) == 120
    assert store_outage_seconds(Settings({"VAGIGS_STORE_OUTAGE_SECONDS": "0"})) == 0  # never
    for bad in ("2m", "-1", "inf", None):
        assert store_outage_seconds(Settings({"VAGIGS_STORE_OUTAGE_SECONDS": bad})) == 120
