"""Migration 0017 (crawl_runs.delisted) upgrades a store holding runs, whose rows keep NULL (no delisting recorded),
and downgrades again, on SQLite and on a real PostgreSQL database of its own."""
from __future__ import annotations

from alembic import command
from sqlalchemy import text, update

from store import db, queries
from store.models import CrawlRun
from tests.helpers import alembic_to, columns, run_ids_after_downgrade

BEFORE = "0016_search_folded_with"
REVISION = "0017_run_delisted"


def test_run_delisted_upgrades_and_downgrades_with_runs_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    with db.engine(url).begin() as conn:  # a run written before this version
        [old_id] = conn.execute(text(
            "INSERT INTO crawl_runs (source, started_at, status, replay, requests, items_scraped, items_stored, "
            "items_new) VALUES ('remoteok', :t, 'finished', false, 1, 1, 1, 0) RETURNING id"),
            {"t": queries.utcnow()}).one()
    assert "delisted" not in columns(url, "crawl_runs")

    alembic_to(url, command.upgrade, REVISION)
    with db.sessions(url).begin() as s:
        assert s.get(CrawlRun, old_id).delisted is None
        new_id = queries.start_run(s, "remoteok").id
        s.execute(update(CrawlRun).where(CrawlRun.id == new_id).values(delisted={"unseen": 5}))
    with db.sessions(url)() as s:
        assert s.get(CrawlRun, new_id).delisted == {"unseen": 5}

    assert run_ids_after_downgrade(url, BEFORE, "delisted") == [old_id, new_id]
