"""``postings.changed_at`` (migration 0023): set by the database when a write changes what a seeker reads of a
posting (its words and facts, its links, its verdict), whoever writes it (a crawl's upsert, a re-curation); left as
it was by a re-crawl that changes none of them, a score or reasons under the same verdict, a cluster or a
delisting. On SQLite and PostgreSQL, and kept across a migration down and up again."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, text, update

from pipeline.dedupe import cluster
from store import db, dedupe_queries, queries
from store.models import Posting
from tests.helpers import VA_GIG, alembic_to, columns

BEFORE = "0022_trigger_search_path"
REVISION = "0023_posting_changed_at"
GIG = {**VA_GIG, "source": "remotive", "source_id": "2090942", "title": "Customer Operations", "company": "Clerky",
       "url": "https://remotive.com/remote-jobs/2090942", "salary_raw": "$12K", "salary_min": 12000.0,
       "allowed_regions": ["Worldwide"], "legitimacy_reasons": [{"code": "pay_unstated", "weight": 5}]}


def _store(at: str, **changes: Any) -> int:
    with db.sessions(at).begin() as s:
        return queries.upsert_posting(s, {**GIG, **changes}).id


def _changed_at(url: str, pid: int) -> datetime | None:
    with db.sessions(url)() as s:
        return s.scalar(select(Posting.changed_at).where(Posting.id == pid))


def _write(url: str, pid: int, **values: Any) -> None:
    with db.sessions(url).begin() as s:
        s.execute(update(Posting).where(Posting.id == pid).values(**values))


def _later() -> None:
    time.sleep(0.01)  # a new transaction, a later clock: PostgreSQL's now() is the transaction's start


def test_a_change_a_seeker_reads_sets_it_and_nothing_else_does(store_url: str) -> None:
    url = store_url
    stored_at = datetime.now(timezone.utc)
    pid = _store(url)
    assert _changed_at(url, pid) is None  # as first stored
    _store(url, last_seen_at=datetime.now(timezone.utc), fetched_at=datetime.now(timezone.utc))  # re-crawled as it was
    _write(url, pid, legitimacy_score=80, legitimacy_reasons=[{"code": "pay_unstated", "weight": 9}],
           tags=["customer_support", "email_management"], delisted_at=datetime.now(timezone.utc))
    with db.sessions(url).begin() as s:
        dedupe_queries.set_clusters(s, [(pid, pid, None, True)])
    assert _changed_at(url, pid) is None

    _later()
    _store(url, title="Customer Operations & Writing Specialist")
    retitled = _changed_at(url, pid)
    assert retitled is not None and stored_at < retitled <= datetime.now(timezone.utc)
    assert retitled.tzinfo is not None  # read as the store's other times are: UTC
    _later()
    _store(url, title="Customer Operations & Writing Specialist", last_seen_at=datetime.now(timezone.utc))
    assert _changed_at(url, pid) == retitled  # the same again: no change

    for change in ({"salary_min": 15000.0}, {"company": "Clerky, Inc."}, {"description": "Answer emails and chats."},
                   {"allowed_regions": ["US"]}, {"expires_at": datetime(2027, 1, 1, tzinfo=timezone.utc)}):
        before = _changed_at(url, pid)
        _later()
        _store(url, title="Customer Operations & Writing Specialist", **change)
        assert _changed_at(url, pid) > before, change
    before = _changed_at(url, pid)
    _later()
    _write(url, pid, legitimacy_verdict="likely_scam")  # as ``vagigs reassess`` writes a new verdict
    assert _changed_at(url, pid) > before


def test_an_orm_write_reads_the_time_the_database_set(store_url: str) -> None:
    pid = _store(store_url)
    with db.sessions(store_url).begin() as s:
        posting = s.get(Posting, pid)
        posting.legitimacy_verdict = "caution"
        s.flush()
        assert posting.changed_at is not None  # read again after the write, not the None it held


def test_clustering_a_crawl_changes_nothing(store_url: str) -> None:
    first = _store(store_url)
    repost = _store(store_url, source_id="9990001", url="https://remotive.com/remote-jobs/9990001")
    cluster.update(store_url)
    cluster.rebuild(store_url)
    assert [_changed_at(store_url, pid) for pid in (first, repost)] == [None, None]


def test_the_migration_adds_it_to_a_store_with_postings_and_takes_it_away_again(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    with db.engine(url).begin() as conn:  # a posting stored before this version
        conn.execute(text("INSERT INTO postings (source, source_id, title) VALUES ('hh', 'old', 'Operator')"))
    with db.sessions(url)() as s:  # read through the model, which reads it without the column not there yet
        assert [p.title for p in queries.feed(s, queries.FeedFilter(curated=False))] == ["Operator"]
    alembic_to(url, command.upgrade, REVISION)
    assert "changed_at" in columns(url, "postings")
    with db.engine(url).begin() as conn:
        assert conn.execute(text("SELECT changed_at FROM postings")).scalar() is None
        conn.execute(text("UPDATE postings SET title = 'Call-centre operator'"))
        assert conn.execute(text("SELECT changed_at FROM postings")).scalar() is not None

    alembic_to(url, command.downgrade, BEFORE)
    assert "changed_at" not in columns(url, "postings")
    with db.engine(url).begin() as conn:  # no trigger left to write a column that is gone
        conn.execute(text("UPDATE postings SET title = 'Operator'"))
    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url)


@pytest.mark.parametrize("field", ["title", "legitimacy_verdict"])
def test_the_public_form_shows_it(store_url: str, field: str) -> None:
    pid = _store(store_url)
    _write(store_url, pid, **{field: "caution"})
    with db.sessions(store_url)() as s:
        shown = queries.posting_as_dict(s.get(Posting, pid, options=queries.AS_SHOWN))
    assert datetime.fromisoformat(shown["changed_at"]) > datetime.now(timezone.utc) - timedelta(minutes=5)
