"""Migration 0007 (postings.delisted_at) upgrades a store holding runs and postings without
hiding any of them, and downgrades it again, on SQLite and on a real PostgreSQL database of its own (the session's
shared one stays at the head)."""
from __future__ import annotations

from datetime import timedelta

from alembic import command
from sqlalchemy import text

from store import db, queries, web_queries
from store.models import CrawlRun
from tests.helpers import alembic_to, columns

BEFORE = "0006_run_heartbeat"
REVISION = "0007_delisted"


def _feed_count(url: str) -> int:
    """The curated feed's size as this revision knows it: no closing dates yet (``expires_at`` comes with 0008, so
    the feed's rows, which the model reads with it, cannot be selected here; its count can)."""
    with db.sessions(url)() as s:
        return web_queries.count_feed(s, queries.FeedFilter(include_expired=True))


def test_delisted_columns_upgrade_and_downgrade_with_postings_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    long_ago = queries.utcnow() - timedelta(days=30)
    with db.engine(url).begin() as conn:  # a run and two postings it stored, written before this version
        conn.execute(CrawlRun.__table__.insert().values(
            id=1, source="remoteok", started_at=long_ago, heartbeat_at=long_ago, finished_at=long_ago,
            status="finished", replay=False, requests=1, items_scraped=2, items_stored=2, items_new=2))
        conn.execute(text("INSERT INTO postings (source, source_id, crawl_run_id, last_seen_at, va_relevant, "
                          "is_representative) VALUES ('remoteok', '1', 1, :t, true, true), "
                          "('remoteok', '2', 1, :t, true, true)"), {"t": long_ago})
        conn.execute(text("INSERT INTO posting_tags (posting_id, tag) VALUES (1, 'data_entry')"))
    assert "delisted_at" not in columns(url, "postings")

    alembic_to(url, command.upgrade, REVISION)
    assert "delisted_at" in columns(url, "postings")
    assert _feed_count(url) == 2  # the upgrade itself hides nothing
    with db.sessions(url).begin() as s:
        assert queries.mark_delisted(s, "remoteok", queries.utcnow()) == 2
    assert _feed_count(url) == 0

    alembic_to(url, command.downgrade, BEFORE)
    assert "delisted_at" not in columns(url, "postings")
    with db.engine(url).connect() as conn:  # the rows survive, with their tags and their run
        assert conn.execute(text("SELECT source_id, crawl_run_id FROM postings ORDER BY id")).all() == [("1", 1), ("2", 1)]
        assert conn.execute(text("SELECT posting_id, tag FROM posting_tags")).all() == [(1, "data_entry")]
        assert conn.execute(text("SELECT id, status FROM crawl_runs")).all() == [(1, "finished")]

    alembic_to(url, command.upgrade, "heads")
    assert "delisted_at" in columns(url, "postings") and not db.pending_migrations(url)
    with db.sessions(url)() as s:  # delisting is not kept across a downgrade: both are listed again
        assert len(queries.feed(s, queries.FeedFilter())) == 2
