"""The feed's count under the remote, legitimacy and task filters reads only ``ix_postings_curation`` (migration
0011 adds ``remote_scope`` and ``legitimacy_score`` to it, and on PostgreSQL carries ``id``), as it does with no
filter: at 200,000 postings such a count read the table for 295–362 ms on PostgreSQL and 548–554 ms on SQLite.
On SQLite and on a real PostgreSQL. And every PostgreSQL connection runs without JIT (``store.db``)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from store import db, queries
from store.web_queries import count_feed as web_count
from store.models import Posting
from tests.helpers import VA_GIG, query_plan

FILTERS = {"remote": queries.FeedFilter(remote_only=True),
           # (the postings limited to one of the regions are looked up in posting_regions; the rest is the index's)
           "open to": queries.FeedFilter(remote_only=True, open_to_regions=["UZ", "Worldwide", "UTC+5"]),
           "legitimacy floor": queries.FeedFilter(min_legitimacy=80),
           "task": queries.FeedFilter(tags=["customer_support"])}
#: the index as 0008 built it: the model's, without the columns 0011 and 0014 added at the end of its key
CURATION = [c.name for c in next(i for i in Posting.__table__.indexes if i.name == "ix_postings_curation").columns
            if c.name not in ("remote_scope", "legitimacy_score", "no_region_limit")]
COVERED = {"postgresql": "Index Only Scan using ix_postings_curation on postings",
           "sqlite": "SCAN postings USING COVERING INDEX ix_postings_curation"}


def _count_plan(url: str, f: queries.FeedFilter) -> str:
    return query_plan(url, select(func.count(Posting.id)).where(*queries.feed_conditions(f)))


@pytest.fixture
def store(store_url: str) -> str:
    with db.sessions(store_url).begin() as s:
        for i, regions in enumerate((None, ["Worldwide"], ["United States"], ["UTC+5"])):
            queries.upsert_posting(s, {**VA_GIG, "source": "remoteok", "source_id": str(i), "remote_scope": "remote",
                                       "allowed_regions": regions})
    return store_url


@pytest.mark.parametrize("name", FILTERS)
def test_a_filtered_count_reads_only_the_curation_index(store: str, name: str) -> None:
    plan = _count_plan(store, FILTERS[name])
    assert COVERED[db.engine(store).dialect.name] in plan, plan
    assert " Index Scan using ix_postings_curation" not in plan and "Seq Scan on postings" not in plan, plan


def test_without_the_added_columns_the_count_reads_the_rows(store: str) -> None:
    """The plan test above can fail: the index as 0008 built it does not cover the remote and legitimacy counts
    (nor, on PostgreSQL, a task's)."""
    covered = COVERED[db.engine(store).dialect.name]
    [index] = [i for i in Posting.__table__.indexes if i.name == "ix_postings_curation"]
    with db.engine(store).begin() as conn:
        conn.execute(text("DROP INDEX ix_postings_curation"))
        conn.execute(text(f"CREATE INDEX ix_postings_curation ON postings ({', '.join(CURATION)})"))
    try:
        for name in ("remote", "open to", "legitimacy floor", *(["task"] if store.startswith("postgresql") else [])):
            assert covered not in _count_plan(store, FILTERS[name]), name
        assert covered in _count_plan(store, queries.FeedFilter())
    finally:  # the PostgreSQL database is the session's: later tests read its index
        with db.engine(store).begin() as conn:
            conn.execute(text("DROP INDEX ix_postings_curation"))
            index.create(conn)


@pytest.mark.postgres
def test_postgresql_connections_run_without_jit(postgres_url: str) -> None:
    with db.engine(postgres_url).connect() as conn:
        assert conn.execute(text("SHOW jit")).scalar() == "off"


def _curation_index(url: str) -> str:
    sql = ("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_postings_curation'" if url.startswith("postgresql")
           else "SELECT sql FROM sqlite_master WHERE name = 'ix_postings_curation'")
    with db.engine(url).connect() as conn:
        return conn.exec_driver_sql(sql).scalar_one()


def test_the_migration_rebuilds_the_index_with_postings_in_the_store_and_back(empty_store: str) -> None:
    from alembic import command

    from tests.helpers import alembic_to

    url = empty_store
    alembic_to(url, command.upgrade, "0010_search_words_index")
    with db.engine(url).begin() as conn:
        conn.execute(text("INSERT INTO postings (source, source_id, remote_scope) VALUES ('remoteok', '1', 'remote')"))
    before = _curation_index(url)
    alembic_to(url, command.upgrade, "0011_curation_covers_filters")
    after = _curation_index(url)
    assert "expires_at, remote_scope, legitimacy_score)" in after and "remote_scope" not in before
    assert ("INCLUDE (id)" in after) == url.startswith("postgresql")
    with db.sessions(url)() as s:
        assert web_count(s, queries.FeedFilter(remote_only=True, curated=False)) == 1
    alembic_to(url, command.downgrade, "0010_search_words_index")
    assert _curation_index(url) == before
    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url)
