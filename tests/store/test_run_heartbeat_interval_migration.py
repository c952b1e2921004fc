"""Migration 0013 (crawl_runs.heartbeat_seconds) upgrades a store holding runs, whose rows keep NULL and are judged
by the looker's limit as before, and downgrades again, on SQLite and on a real PostgreSQL database of its own (the
session's shared one stays at the head)."""
from __future__ import annotations

from datetime import timedelta

from alembic import command
from sqlalchemy.orm import defer

from store import db, queries
from store.models import CrawlRun
from tests.helpers import alembic_to, columns, run_ids_after_downgrade

BEFORE = "0012_posting_regions"
REVISION = "0013_run_heartbeat_interval"


def test_heartbeat_interval_upgrades_and_downgrades_with_runs_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    silent_since = queries.utcnow() - timedelta(minutes=20)
    with db.engine(url).begin() as conn:  # a running crawl written before this version, silent for 20 minutes
        [old_id] = conn.execute(CrawlRun.__table__.insert().values(
            source="remoteok", started_at=silent_since, heartbeat_at=silent_since, status="running", replay=False,
            requests=0, items_scraped=0, items_stored=0, items_new=0)).inserted_primary_key
    assert "heartbeat_seconds" not in columns(url, "crawl_runs")

    alembic_to(url, command.upgrade, REVISION)
    with db.sessions(url)() as s:
        old = s.get(CrawlRun, old_id, options=[defer(CrawlRun.delisted)])  # a later revision's column
        assert old.heartbeat_seconds is None
        assert queries.run_is_lost(old, queries.utcnow(), queries.lost_after())  # the looker's 5 minutes
        assert not queries.run_is_lost(old, queries.utcnow(), queries.lost_after(600))
    with db.sessions(url).begin() as s:
        new_id = queries.start_run(s, "remoteok", heartbeat_seconds=600).id

    assert run_ids_after_downgrade(url, BEFORE, "heartbeat_seconds") == [old_id, new_id]
