"""Migration 0016 (the version of the folding stamped on each posting's search words) upgrades a store holding
postings and their words, which keep NULL (no version recorded) and stay found; downgrades without the stamp, the
SQLite trigger again re-indexing on any update. On a store of its own (the session's shared one stays at the head)."""
from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from pipeline.textnorm import search_text, search_version, search_words
from store import db, queries, search
from store.search_models import PostingSearch
from tests.helpers import alembic_to, columns

BEFORE = "0015_curated_with"
REVISION = "0016_search_folded_with"
POSTINGS = {"1": ("Virtual Assistant", "Acme", "Inbox and calendar, e-commerce."), "2": ("دستیار اداری", None, None)}


def _found(url: str, query: str) -> list[str]:
    with db.sessions(url)() as s:
        f = queries.FeedFilter(search_terms=search_words(query), curated=False)
        return sorted(p.source_id for p in queries.feed(s, f))


def _trigger(url: str) -> str:
    with db.engine(url).connect() as conn:
        return conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'posting_search_au'")).scalar_one()


def test_search_stamp_upgrades_and_downgrades_with_postings_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    with db.engine(url).begin() as conn:  # postings and their folded words, written before this version
        for sid, (title, company, description) in POSTINGS.items():
            pid = conn.execute(text("INSERT INTO postings (source, source_id, title) VALUES ('telegram', :s, :t) "
                                    "RETURNING id"), {"s": sid, "t": title}).scalar_one()
            conn.execute(text("INSERT INTO posting_search (posting_id, folded) VALUES (:p, :f)"),
                         {"p": pid, "f": search_text(title, company, description)})
    sqlite = db.engine(url).dialect.name == "sqlite"

    alembic_to(url, command.upgrade, REVISION)
    assert "folded_with" in columns(url, "posting_search")
    assert "ix_posting_search_folded_with" in {i["name"] for i in inspect(db.engine(url)).get_indexes("posting_search")}
    if sqlite:
        assert "AFTER UPDATE OF folded ON posting_search" in _trigger(url)
    with db.sessions(url)() as s:
        assert search.versions(s) == {None: 2}
    assert _found(url, "assist") == _found(url, "ecommerce") == ["1"] and _found(url, "دستیار") == ["2"]
    assert search.refold(db.sessions(url), search_text, version=search_version()) == 2
    with db.sessions(url).begin() as s:
        assert search.versions(s) == {search_version(): 2}
        s.execute(PostingSearch.__table__.update().values(folded="bookkeeping"))  # new words are still indexed
    assert _found(url, "bookkeep") == ["1", "2"] and _found(url, "assist") == []

    alembic_to(url, command.downgrade, BEFORE)
    assert "folded_with" not in columns(url, "posting_search")
    if sqlite:
        assert "AFTER UPDATE ON posting_search" in _trigger(url)
    with db.engine(url).begin() as conn:
        conn.execute(text("UPDATE posting_search SET folded = 'virtual assistant'"))
    assert _found(url, "assist") == ["1", "2"]

    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url)
