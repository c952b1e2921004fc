"""Migration 0010 (PostgreSQL's word index for search) upgrades a store holding postings and their folded words,
finds them by the new index, and downgrades to the trigram index again (the code of this version searches a store
at its head: the CLI and the web app migrate first); on SQLite it changes nothing. On a store
of its own (the session's shared one stays at the head)."""
from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from pipeline.textnorm import search_text, search_words
from store import db, queries
from tests.helpers import alembic_to, columns

BEFORE = "0009_run_field_dropped"
REVISION = "0010_search_words_index"
POSTINGS = {"1": ("Virtual Assistant", "Acme", "Inbox and calendar, 24/7."),
            "2": ("دستیار اداری", None, "پاسخ گویی به تماس‌ها"),
            "3": ("Data entry", None, "Excel")}


def _indexes(url: str) -> set[str]:
    return {i["name"] for i in inspect(db.engine(url)).get_indexes("posting_search")}


def _found(url: str, query: str) -> list[str]:
    with db.sessions(url)() as s:
        f = queries.FeedFilter(search_terms=search_words(query), curated=False)
        return sorted(p.source_id for p in queries.feed(s, f))


def test_search_words_index_upgrades_and_downgrades_with_postings_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    with db.engine(url).begin() as conn:  # postings and their folded words, written before this version
        for sid, (title, company, description) in POSTINGS.items():
            pid = conn.execute(text("INSERT INTO postings (source, source_id, title) VALUES ('telegram', :s, :t) "
                                    "RETURNING id"), {"s": sid, "t": title}).scalar_one()
            conn.execute(text("INSERT INTO posting_search (posting_id, folded) VALUES (:p, :f)"),
                         {"p": pid, "f": search_text(title, company, description)})
    postgres = db.engine(url).dialect.name == "postgresql"
    before = _indexes(url)
    assert ("ix_posting_search_trgm" in before) == postgres

    alembic_to(url, command.upgrade, REVISION)
    if postgres:
        assert "ix_posting_search_words" in _indexes(url) and "ix_posting_search_trgm" not in _indexes(url)
        with db.engine(url).connect() as conn:  # computed by PostgreSQL for the rows from before, apostrophe kept
            assert conn.execute(text("SELECT words FROM posting_search ORDER BY posting_id")).scalars().first() \
                == "'24' '7' 'acme' 'and' 'assistant' 'calendar' 'inbox' 'virtual'"
    else:
        assert _indexes(url) == before
    assert _found(url, "assist") == _found(url, "24/7") == ["1"]  # rows from before are in the new index
    assert _found(url, "پاسخگویی") == _found(url, "تماسها") == ["2"]
    assert _found(url, "excel data") == ["3"] and _found(url, "xcel") == []

    alembic_to(url, command.downgrade, BEFORE)
    assert _indexes(url) == before and "words" not in columns(url, "posting_search")
    if postgres:
        with db.engine(url).connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname = :f"),
                                {"f": "posting_search_words"}).scalar() == 0

    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url) and _found(url, "24/7") == ["1"]
