"""Migration 0008 (postings.expires_at) upgrades a store holding runs and postings without hiding any of them, puts
the column in ``ix_postings_curation``, and downgrades again, on SQLite and on a real PostgreSQL database of its own
(the session's shared one stays at the head)."""
from __future__ import annotations

from datetime import timedelta

from alembic import command
from sqlalchemy import text, update

from store import db, queries
from store.models import CrawlRun, Posting
from tests.helpers import alembic_to, columns, curation_index

BEFORE = "0007_delisted"
REVISION = "0008_expires"


def test_expires_column_upgrades_and_downgrades_with_postings_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    long_ago = queries.utcnow() - timedelta(days=30)
    with db.engine(url).begin() as conn:  # a run and two postings it stored, written before this version
        conn.execute(CrawlRun.__table__.insert().values(
            id=1, source="weworkremotely", started_at=long_ago, heartbeat_at=long_ago, finished_at=long_ago,
            status="finished", replay=False, requests=1, items_scraped=2, items_stored=2, items_new=2))
        conn.execute(text("INSERT INTO postings (source, source_id, crawl_run_id, last_seen_at, va_relevant, "
                          "is_representative) VALUES ('weworkremotely', '1', 1, :t, true, true), "
                          "('weworkremotely', '2', 1, :t, true, true)"), {"t": long_ago})
        conn.execute(text("INSERT INTO posting_tags (posting_id, tag) VALUES (1, 'data_entry')"))
    assert "expires_at" not in columns(url, "postings")
    assert "expires_at" not in curation_index(url)

    alembic_to(url, command.upgrade, REVISION)
    assert "expires_at" in columns(url, "postings")
    assert curation_index(url)[-3:] == ["delisted_at", "cluster_id", "expires_at"]
    with db.sessions(url)() as s:  # the upgrade itself hides nothing: no posting has a closing date yet
        assert len(queries.feed(s, queries.FeedFilter())) == 2
    with db.sessions(url).begin() as s:  # one closed yesterday (as its next crawl would say)
        s.execute(update(Posting).where(Posting.source_id == "1").values(expires_at=queries.utcnow() - timedelta(days=1)))
    with db.sessions(url)() as s:
        assert [p.source_id for p in queries.feed(s, queries.FeedFilter())] == ["2"]

    alembic_to(url, command.downgrade, BEFORE)
    assert "expires_at" not in columns(url, "postings")
    assert "expires_at" not in curation_index(url) and curation_index(url)[-2:] == ["delisted_at", "cluster_id"]
    with db.engine(url).connect() as conn:  # the rows survive, with their tags and their run
        assert conn.execute(text("SELECT source_id, crawl_run_id FROM postings ORDER BY id")).all() == [("1", 1), ("2", 1)]
        assert conn.execute(text("SELECT posting_id, tag FROM posting_tags")).all() == [(1, "data_entry")]
        assert conn.execute(text("SELECT id, status FROM crawl_runs")).all() == [(1, "finished")]

    alembic_to(url, command.upgrade, "heads")
    assert "expires_at" in columns(url, "postings") and not db.pending_migrations(url)
    with db.sessions(url)() as s:  # closing dates are not kept across a downgrade: both are open again
        assert len(queries.feed(s, queries.FeedFilter())) == 2


def test_the_model_and_the_migrated_store_index_the_same_curation_columns(store_url: str) -> None:
    [model] = [i for i in Posting.__table__.indexes if i.name == "ix_postings_curation"]
    assert curation_index(store_url) == [c.name for c in model.columns]
