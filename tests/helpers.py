"""Helpers for tests that run the real ``vagigs`` command, build replay snapshots or small stores."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


def vagigs(*args: str, env: dict[str, str] | None = None, check: bool = True,
           timeout: float = 180, input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``vagigs ARGS`` in a fresh process (a Twisted reactor cannot restart in-process)."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "cli", *args], cwd=ROOT, env=full_env, capture_output=True,
        text=True, timeout=timeout, input=input,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"vagigs {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def vagigs_here(*args: str, env: dict[str, str] | None = None, check: bool = True,
                input: str | None = None) -> subprocess.CompletedProcess[str]:
    """``vagigs ARGS`` run in this process by click's runner, answering as ``vagigs`` does (exit status, standard
    output and error): for a command that starts no crawl, where what it says is tested, not the process, without
    the process's 1-2 s of start-up and imports. An exception the command lets out is raised here, where the
    process would have ended in its traceback. ``--help`` of ``vagigs`` itself names the store of this process's
    start: ``vagigs`` gives it for another."""
    from click.testing import CliRunner

    from cli import main

    result = CliRunner().invoke(main, list(args), env=env, input=input, prog_name="vagigs")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception.with_traceback(result.exc_info[2] if result.exc_info else None)
    proc = subprocess.CompletedProcess(["vagigs", *args], result.exit_code, result.stdout, result.stderr)
    if check and proc.returncode != 0:
        raise AssertionError(f"vagigs {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


_GIVEN: set[int] = set()


def free_port() -> int:
    """A TCP port free on 127.0.0.1 for a server a test starts: one of ``VAGIGS_TEST_PORTS`` (``19150-19199``) when
    set, for machines where each tester keeps to a range of ports; else any the system gives. Not one given before
    in this process while others of the range are left: a server may take a while to bind the port it was given."""
    import random
    import socket

    span = os.environ.get("VAGIGS_TEST_PORTS", "")
    first, _, last = span.partition("-")
    if not first:
        candidates = [0]
    else:
        ports = list(range(int(first), int(last or first) + 1))
        if _GIVEN >= set(ports):
            _GIVEN.difference_update(ports)
        candidates = random.sample([p for p in ports if p not in _GIVEN], k=len(set(ports) - _GIVEN))
    for port in candidates:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            _GIVEN.add(s.getsockname()[1])
            return s.getsockname()[1]
    raise RuntimeError(f"no free port in VAGIGS_TEST_PORTS={span}")


def built_once(tmp_path_factory, name: str, build: Callable[[Path], None]) -> Path:  # type: ignore[no-untyped-def]
    """The folder ``name`` that ``build`` fills once for the whole test run: the workers of ``pytest -n``
    (pytest-xdist) take turns at a lock on it, the first builds it, the others find it built (each had built its
    own: a crawl of the shipped snapshot twice). For what the tests only read, as a session fixture's would be. A
    build that failed is tried again by the next worker asking for it."""
    import fcntl
    import shutil

    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's own base folder, its workers' folders inside it
    folder = root / f"built-{name}"
    with open(root / f"built-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".built").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            (folder / ".built").touch()
    return folder


def ran_once(tmp_path_factory, name: str, args: Callable[[Path], list[str]],  # type: ignore[no-untyped-def]
             check: bool = True) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """``vagigs ARGS`` (``args(folder)``) with a store of its own (``folder / "v.db"``) and its own ``VAGIGS_HOME``
    (``folder / "home"``), run once for the whole test run (``built_once``): the folder and the finished command.
    Its store is for tests that only read it; one that writes, writes to a ``sqlite_copy``."""
    def run(folder: Path) -> None:
        proc = vagigs(*args(folder), check=check, env={"VAGIGS_DATABASE_URL": f"sqlite:///{folder / 'v.db'}",
                                                      "VAGIGS_HOME": str(folder / "home")})
        said = {"returncode": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr}
        (folder / "ran.json").write_text(json.dumps(said), encoding="utf-8")

    folder = built_once(tmp_path_factory, name, run)
    said = json.loads((folder / "ran.json").read_text(encoding="utf-8"))
    return folder, subprocess.CompletedProcess(["vagigs", *args(folder)], **said)


def shipped_crawl(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:  # type: ignore[no-untyped-def]
    """``vagigs crawl --replay``: every source of the shipped snapshot, once for the test run (``ran_once``), what
    each spider yielded before any stage recorded in ``items.jsonl`` beside the store
    (``tests.crawlers.contract.RecordItems``). Its exit status is the tests' to judge."""
    from tests.crawlers import contract

    return ran_once(tmp_path_factory, "shipped", lambda folder: [
        "crawl", "--replay", "--set", f"ITEM_PIPELINES={contract.PIPELINES}",
        "--set", f"CONTRACT_ITEMS_FILE={folder / 'items.jsonl'}"], check=False)


def two_sources_crawl(  # type: ignore[no-untyped-def]
        tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """``vagigs crawl remoteok weworkremotely --replay``, the shipped snapshot's two foundation sources, once for the
    test run (``ran_once``)."""
    return ran_once(tmp_path_factory, "two-sources", lambda folder: ["crawl", "remoteok", "weworkremotely", "--replay"])


def sqlite_copy(url: str, path: Path) -> str:
    """A copy at ``path`` of the SQLite store at ``url`` (by SQLite's online backup), for a test that writes to a
    store the others share; its URL."""
    import sqlite3

    source, target = sqlite3.connect(url.removeprefix("sqlite:///")), sqlite3.connect(path)
    with target:
        source.backup(target)
    source.close(), target.close()
    return f"sqlite:///{path}"


def make_snapshot(directory: Path, entries: list[dict]) -> Path:
    """A replay snapshot from ``{"url", "file" (a path) or "text", "status", "headers", "delay"}``."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / "manifest.jsonl", "w", encoding="utf-8") as fh:
        for i, e in enumerate(entries):
            body = f"body-{i}"
            data = Path(e["file"]).read_bytes() if "file" in e else e["text"].encode("utf-8")
            (directory / body).write_bytes(data)
            fh.write(json.dumps({
                "url": e["url"], "body": body, "status": e.get("status", 200),
                "headers": e.get("headers", {}), "delay": e.get("delay", 0.0),
            }) + "\n")
    return directory


def alembic_to(url: str, action, revision: str) -> None:  # type: ignore[no-untyped-def]
    """``action`` (``alembic.command.upgrade`` or ``downgrade``) to ``revision`` on the store at ``url``."""
    from store import db

    cfg = db.alembic_config(url)
    with db.engine(url).begin() as connection:
        cfg.attributes["connection"] = connection
        action(cfg, revision)


def run_ids_after_downgrade(url: str, revision: str, column: str) -> list[int]:
    """Downgrade the store at ``url`` to ``revision``, check ``crawl_runs`` lost ``column``, and give the ids of the
    runs it still holds; then upgrade it to the head again, with nothing left pending."""
    from alembic import command
    from sqlalchemy import text

    from store import db

    alembic_to(url, command.downgrade, revision)
    assert column not in columns(url, "crawl_runs")
    with db.engine(url).connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM crawl_runs ORDER BY id")).scalars())
    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url)
    return ids


def columns(url: str, table: str) -> set[str]:
    from sqlalchemy import inspect

    from store import db

    return {c["name"] for c in inspect(db.engine(url)).get_columns(table)}


def curation_index(url: str) -> list[str]:
    """The columns of ``ix_postings_curation`` in the store at ``url``, in key order."""
    import warnings

    from sqlalchemy import inspect
    from sqlalchemy.exc import SAWarning

    from store import db

    with warnings.catch_warnings():  # SQLite's inspector cannot read the expression index ix_postings_newest
        warnings.simplefilter("ignore", SAWarning)
        indexes = inspect(db.engine(url)).get_indexes("postings")
    [index] = [i for i in indexes if i["name"] == "ix_postings_curation"]
    return list(index["column_names"])


def feed_ids(client, url: str) -> set[int]:  # type: ignore[no-untyped-def]
    """The posting ids of the cards a web feed page shows (``client``: a Flask test client)."""
    from lxml import html

    response = client.get(url)
    assert response.status_code == 200, response.data[:300]
    return {int(li.get("data-id")) for li in html.fromstring(response.data).cssselect("li.posting")}


#: A curated VA gig as the stages would leave it: the fields a small test store's postings share.
VA_GIG = dict(description="Answer customer emails.", language="en", tags=["customer_support"], va_relevant=True,
              legitimacy_score=90, legitimacy_verdict="ok", posted_at=datetime(2025, 12, 1, tzinfo=timezone.utc))


def small_store(path: Path, *postings: dict) -> tuple[str, dict[str, int]]:
    """A migrated SQLite store at ``path`` holding ``postings`` (each ``VA_GIG`` with its own fields, a
    ``source`` and ``source_id`` at least), written by ``store.queries.upsert_posting``: its URL, and the ids by
    ``source_id``."""
    from store import db, queries

    url = f"sqlite:///{path}"
    db.migrate(url)
    with db.sessions(url).begin() as s:
        ids = {p["source_id"]: queries.upsert_posting(s, {**VA_GIG, **p}).id for p in postings}
    return url, ids


def damaged_store(tmp_path: Path) -> tuple[str, Path]:
    """A store that opens, migrated and indexed for search, whose runs and postings' descriptions (their overflow
    pages) are overwritten: every read of a run or a whole posting fails with "database disk image is malformed"."""
    import os
    import sqlite3

    from cli import _index_for_search
    from store import db

    path = tmp_path / "damaged.db"
    url, _ = small_store(path, *({"source": "remoteok", "source_id": str(i), "url": f"https://remoteok.com/{i}",
                                  "description": f"Answer customer emails {i}. " * 400} for i in range(3)))
    _index_for_search(url)
    db.engine(url).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            pages = [n for (n,) in connection.execute("SELECT pageno FROM dbstat WHERE name LIKE '%crawl_runs%' "
                                                      "OR name = 'postings' AND pagetype = 'overflow'")]
        except sqlite3.OperationalError:
            import pytest

            pytest.skip("this SQLite has no dbstat table")
    assert pages
    with open(path, "r+b") as f:
        for n in pages:
            f.seek(4096 * (n - 1))
            f.write(os.urandom(4096))
    return url, path


@contextmanager
def statements(url: str | None = None) -> Iterator[list[str]]:
    """The SQL statements run inside the block: on the store at ``url``, or on any engine (``None``)."""
    from sqlalchemy import Engine, event

    from store import db

    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    target = Engine if url is None else db.engine(url)
    event.listen(target, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(target, "before_cursor_execute", record)


#: Posting times at the edges of ISO weeks, in UTC whatever zone the source wrote: a Sunday night and the Monday
#: morning after it, on either side of midnight UTC in other zones too, and the turn of 2026 (which has 53 ISO
#: weeks: Thursday 31 December and Sunday 3 January are 2026-W53, Monday 4 January 2027-W01).
ISO_WEEK_EDGES = [
    datetime(2025, 3, 9, 23, 30, tzinfo=timezone.utc),                     # Sunday: 2025-W10
    datetime(2025, 3, 10, 0, 30, tzinfo=timezone.utc),                     # Monday: 2025-W11
    datetime(2025, 3, 10, 1, 30, tzinfo=timezone(timedelta(hours=2))),     # Sunday 23:30 UTC: 2025-W10
    datetime(2025, 3, 16, 23, 30, tzinfo=timezone(timedelta(hours=-5))),   # Monday 04:30 UTC: 2025-W12
    datetime(2026, 12, 31, 12, 0, tzinfo=timezone.utc),                    # Thursday: 2026-W53
    datetime(2027, 1, 3, 23, 30, tzinfo=timezone.utc),                     # Sunday: 2026-W53
    datetime(2027, 1, 4, 0, 30, tzinfo=timezone.utc),                      # Monday: 2027-W01
    None,                                                                  # not given: first seen (now) counts
]
ISO_WEEKS_OF_EDGES = {"2025-W10", "2025-W11", "2025-W12", "2026-W53", "2027-W01"}


def query_plan(url: str, stmt) -> str:  # type: ignore[no-untyped-def]
    """How the store at ``url`` would run ``stmt``, its plan's lines joined by " | ": SQLite's ``EXPLAIN QUERY PLAN``,
    or PostgreSQL's ``EXPLAIN`` with sequential scans off (a test's tables are tiny: the planner then shows what
    it can do with the indexes, not what it would choose for a dozen rows)."""
    from sqlalchemy import text

    from store import db

    with db.engine(url).connect() as conn:
        if conn.dialect.name == "sqlite":
            compiled = stmt.compile(conn.engine, compile_kwargs={"render_postcompile": True})
            params = tuple(compiled.params[name] for name in compiled.positiontup)
            return " | ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params))
        sql = str(stmt.compile(conn.engine, compile_kwargs={"literal_binds": True}))
        conn.execute(text("SET enable_seqscan = off"))
        return " | ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql.replace("%", "%%")))



def store_with_search_words(url: str, postings: dict[str, tuple[str, str | None, str | None]]) -> None:
    """Postings (source id → title, company, description) and their folded search words, written in SQL as a store
    of an older revision holds them (for the migration tests: the models describe the head)."""
    from sqlalchemy import text

    from pipeline.textnorm import search_text
    from store import db

    with db.engine(url).begin() as conn:
        for sid, (title, company, description) in postings.items():
            pid = conn.execute(text("INSERT INTO postings (source, source_id, title) VALUES ('telegram', :s, :t) "
                                    "RETURNING id"), {"s": sid, "t": title}).scalar_one()
            conn.execute(text("INSERT INTO posting_search (posting_id, folded) VALUES (:p, :f)"),
                         {"p": pid, "f": search_text(title, company, description)})


def found_by_search(url: str, query: str) -> list[str]:
    """The source ids of every posting (curated or not) a seeker's ``query`` finds."""
    from pipeline.textnorm import search_words
    from store import db, queries

    with db.sessions(url)() as s:
        f = queries.FeedFilter(search_terms=search_words(query), curated=False)
        return sorted(p.source_id for p in queries.feed(s, f))


@contextmanager
def own_postgres_database(server: str, prefix: str) -> Iterator[str]:
    """A PostgreSQL database of its own on ``server``'s server (empty, not migrated), its URL; dropped afterwards,
    whoever is still connected."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from store import db

    admin = create_engine(make_url(server).set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        db.engine(url).dispose()
        db.engine.cache_clear()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def table_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table ``transfer.tables()`` names and the store has, in key order, each value as its
    type reads it; a JSON value with whether it is SQL NULL, which reads as None as JSON ``null`` does."""
    from sqlalchemy import JSON, Text, cast, inspect, select

    from store import db, transfer

    out = {}
    with db.engine(url).connect() as conn:
        present = set(inspect(conn).get_table_names())
        for table in transfer.tables():
            if table.name not in present:
                continue
            columns = list(table.columns)
            nulls = [cast(c, Text).is_(None) for c in columns if isinstance(c.type, JSON)]
            stmt = select(*columns, *nulls).order_by(*table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(stmt)]
    return out


def scheduled(url: str) -> None:
    """A crawl job stored in the store's scheduler table, as ``vagigs schedule`` leaves one: every 7 hours."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    import scheduler
    from store import transfer

    s = BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(url=url, tablename=transfer.SCHEDULER_JOBS)},
                            timezone="UTC")
    s.add_job(scheduler.crawl_job, "interval", hours=7, args=["remotive"], id="crawl:remotive",
              next_run_time=datetime(2030, 1, 2, 3, 4, tzinfo=timezone.utc))
    s.start(paused=True)
    s.shutdown(wait=False)
