"""Migration 0006 (crawl_runs.heartbeat_at) upgrades a store holding runs and postings, and downgrades it again,
on SQLite and on a real PostgreSQL database of its own (the session's shared one stays at the head)."""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from store import db, queries
from store.models import CrawlRun

BEFORE = "0005_posting_search"
REVISION = "0006_run_heartbeat"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    server = request.getfixturevalue("postgres_server")
    admin = create_engine(make_url(server).set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = f"vagigs_heartbeat_{uuid.uuid4().hex[:8]}"
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


def _alembic(url: str, action, revision: str) -> None:  # type: ignore[no-untyped-def]
    cfg = db.alembic_config(url)
    with db.engine(url).begin() as connection:
        cfg.attributes["connection"] = connection
        action(cfg, revision)


def _columns(url: str) -> set[str]:
    return {c["name"] for c in inspect(db.engine(url)).get_columns("crawl_runs")}


def test_heartbeat_column_upgrades_and_downgrades_with_runs_in_the_store(empty_store: str) -> None:
    url = empty_store
    _alembic(url, command.upgrade, BEFORE)
    started = queries.utcnow() - timedelta(hours=3)
    with db.engine(url).begin() as conn:  # a run killed before this version, and a posting it stored
        conn.execute(CrawlRun.__table__.insert().values(
            id=1, source="remoteok", started_at=started, status="running", replay=False, requests=1,
            items_scraped=1, items_stored=1, items_new=1))
        conn.execute(text("INSERT INTO postings (source, source_id, crawl_run_id) VALUES ('remoteok', '1', 1)"))
    assert "heartbeat_at" not in _columns(url)

    _alembic(url, command.upgrade, REVISION)
    assert "heartbeat_at" in _columns(url)
    with db.sessions(url)() as s:
        [run] = queries.recent_runs(s)
        assert run.heartbeat_at is None and run.started_at == started
        assert queries.run_is_lost(run, queries.utcnow(), queries.lost_after())  # its start stands in
    with db.sessions(url).begin() as s:
        assert [r.id for r in queries.mark_lost_runs(s, queries.lost_after())] == [1]

    _alembic(url, command.downgrade, BEFORE)
    assert "heartbeat_at" not in _columns(url)
    with db.engine(url).connect() as conn:  # the rows survive, the posting still points at its run
        assert conn.execute(text("SELECT id, status, finish_reason FROM crawl_runs")).all() == [(1, "failed", "lost")]
        assert conn.execute(text("SELECT crawl_run_id FROM postings")).all() == [(1,)]

    _alembic(url, command.upgrade, "heads")
    assert "heartbeat_at" in _columns(url) and not db.pending_migrations(url)
