"""Migration 0006 (crawl_runs.heartbeat_at) upgrades a store holding runs and postings, and downgrades it again,
on SQLite and on a real PostgreSQL database of its own (the session's shared one stays at the head)."""
from __future__ import annotations

from datetime import timedelta

from alembic import command
from sqlalchemy import text

from store import db, queries
from store.models import CrawlRun
from tests.helpers import alembic_to, columns

BEFORE = "0005_posting_search"
REVISION = "0006_run_heartbeat"


def test_heartbeat_column_upgrades_and_downgrades_with_runs_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    started = queries.utcnow() - timedelta(hours=3)
    with db.engine(url).begin() as conn:  # a run killed before this version, and a posting it stored
        conn.execute(CrawlRun.__table__.insert().values(
            id=1, source="remoteok", started_at=started, status="running", replay=False, requests=1,
            items_scraped=1, items_stored=1, items_new=1))
        conn.execute(text("INSERT INTO postings (source, source_id, crawl_run_id) VALUES ('remoteok', '1', 1)"))
    assert "heartbeat_at" not in columns(url, "crawl_runs")

    alembic_to(url, command.upgrade, REVISION)
    assert "heartbeat_at" in columns(url, "crawl_runs")
    alembic_to(url, command.upgrade, "heads")  # the model's queries read the newest columns too
    with db.sessions(url)() as s:
        [run] = queries.recent_runs(s)
        assert run.heartbeat_at is None and run.started_at == started
        assert queries.run_is_lost(run, queries.utcnow(), queries.lost_after())  # its start stands in
    with db.sessions(url).begin() as s:
        assert [r.id for r in queries.mark_lost_runs(s, queries.lost_after())] == [1]

    alembic_to(url, command.downgrade, BEFORE)
    assert "heartbeat_at" not in columns(url, "crawl_runs")
    with db.engine(url).connect() as conn:  # the rows survive, the posting still points at its run
        assert conn.execute(text("SELECT id, status, finish_reason FROM crawl_runs")).all() == [(1, "failed", "lost")]
        assert conn.execute(text("SELECT crawl_run_id FROM postings")).all() == [(1,)]

    alembic_to(url, command.upgrade, "heads")
    assert "heartbeat_at" in columns(url, "crawl_runs") and not db.pending_migrations(url)
