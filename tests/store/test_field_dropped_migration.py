"""Migration 0009 (crawl_runs.field_dropped) upgrades a store holding runs and postings, keeps the counts a run
writes (JSONB on PostgreSQL, JSON on SQLite), and downgrades again, on SQLite and on a real PostgreSQL database of
its own (the session's shared one stays at the head)."""
from __future__ import annotations

from datetime import timedelta

from alembic import command
from sqlalchemy import JSON, inspect, select, text, update
from sqlalchemy.dialects.postgresql import JSONB

from store import db, queries
from store.models import CrawlRun
from tests.helpers import alembic_to, columns

BEFORE = "0008_expires"
REVISION = "0009_run_field_dropped"
LOST = {"expires_at/before_posted": 2, "expires_at/not_a_date": 25}


def test_field_dropped_column_upgrades_and_downgrades_with_runs_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    long_ago = queries.utcnow() - timedelta(days=3)
    with db.engine(url).begin() as conn:  # a run and a posting it stored, written before this version
        [old_id] = conn.execute(CrawlRun.__table__.insert().values(  # no id given: PostgreSQL's sequence moves
            source="weworkremotely", started_at=long_ago, heartbeat_at=long_ago, finished_at=long_ago,
            status="finished", replay=False, requests=1, items_scraped=1, items_stored=1, items_new=1,
            dropped={}, not_modified=0)).inserted_primary_key
        conn.execute(text("INSERT INTO postings (source, source_id, crawl_run_id) VALUES ('weworkremotely', '1', :r)"),
                     {"r": old_id})
    assert "field_dropped" not in columns(url, "crawl_runs")

    alembic_to(url, command.upgrade, REVISION)
    [column] = [c for c in inspect(db.engine(url)).get_columns("crawl_runs") if c["name"] == "field_dropped"]
    assert column["nullable"]
    assert isinstance(column["type"], JSONB if db.engine(url).dialect.name == "postgresql" else JSON)
    # (the table as this version has it: the model has columns of later versions)
    runs = CrawlRun.__table__
    with db.engine(url).connect() as conn:  # the run from before keeps NULL: nothing was counted then
        assert conn.execute(select(runs.c.field_dropped, runs.c.status)).all() == [(None, "finished")]
    with db.engine(url).begin() as conn:  # a run closed by this version, as the recorder writes it
        [run_id] = conn.execute(runs.insert().values(
            source="weworkremotely", started_at=long_ago, heartbeat_at=long_ago, status="running", replay=False,
            requests=0, items_scraped=0, items_stored=0, items_new=0)).inserted_primary_key
        conn.execute(update(runs).where(runs.c.id == run_id).values(field_dropped=LOST))
    with db.engine(url).connect() as conn:
        assert conn.execute(select(runs.c.field_dropped).where(runs.c.id == run_id)).scalar_one() == LOST

    alembic_to(url, command.downgrade, BEFORE)
    assert "field_dropped" not in columns(url, "crawl_runs")
    with db.engine(url).connect() as conn:  # the rows survive, the posting still points at its run
        assert conn.execute(text("SELECT id, status FROM crawl_runs ORDER BY id")).all() == [
            (old_id, "finished"), (run_id, "running")]
        assert conn.execute(text("SELECT crawl_run_id FROM postings")).all() == [(old_id,)]

    alembic_to(url, command.upgrade, "heads")
    assert "field_dropped" in columns(url, "crawl_runs") and not db.pending_migrations(url)
    with db.sessions(url)() as s:  # the counts are not kept across a downgrade
        assert [r.field_dropped for r in queries.recent_runs(s)] == [None, None]
