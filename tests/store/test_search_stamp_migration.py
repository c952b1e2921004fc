"""Migration 0016 (the version of the folding stamped on each posting's search words) upgrades a store holding
postings and their words, which keep NULL (no version recorded) and stay found; downgrades without the stamp, the
SQLite trigger again re-indexing on any update. On a store of its own (the session's shared one stays at the head)."""
from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from pipeline.textnorm import search_text, search_version
from store import db, search
from store.search_models import PostingSearch
from tests.helpers import alembic_to, columns, found_by_search, store_with_search_words

BEFORE = "0015_curated_with"
REVISION = "0016_search_folded_with"
POSTINGS = {"1": ("Virtual Assistant", "Acme", "Inbox and calendar, e-commerce."), "2": ("دستیار اداری", None, None)}


def _trigger(url: str) -> str:
    with db.engine(url).connect() as conn:
        return conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'posting_search_au'")).scalar_one()


def test_search_stamp_upgrades_and_downgrades_with_postings_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    store_with_search_words(url, POSTINGS)  # postings and their folded words, written before this version
    sqlite = db.engine(url).dialect.name == "sqlite"

    alembic_to(url, command.upgrade, REVISION)
    assert "folded_with" in columns(url, "posting_search")
    assert "ix_posting_search_folded_with" in {i["name"] for i in inspect(db.engine(url)).get_indexes("posting_search")}
    if sqlite:
        assert "AFTER UPDATE OF folded ON posting_search" in _trigger(url)
    with db.sessions(url)() as s:
        assert search.versions(s) == {None: 2}
    assert found_by_search(url, "assist") == found_by_search(url, "ecommerce") == ["1"] and found_by_search(url, "دستیار") == ["2"]
    assert search.refold(db.sessions(url), search_text, version=search_version()) == 2
    with db.sessions(url).begin() as s:
        assert search.versions(s) == {search.stamp(search_version()): 2}
        s.execute(PostingSearch.__table__.update().values(folded="bookkeeping"))  # new words are still indexed
    assert found_by_search(url, "bookkeep") == ["1", "2"] and found_by_search(url, "assist") == []

    alembic_to(url, command.downgrade, BEFORE)
    assert "folded_with" not in columns(url, "posting_search")
    if sqlite:
        assert "AFTER UPDATE ON posting_search" in _trigger(url)
    with db.engine(url).begin() as conn:
        conn.execute(text("UPDATE posting_search SET folded = 'virtual assistant'"))
    assert found_by_search(url, "assist") == ["1", "2"]

    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url)
