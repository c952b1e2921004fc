"""Migration 0010 (PostgreSQL's word index for search) upgrades a store holding postings and their folded words,
finds them by the new index, and downgrades to the trigram index again (the code of this version searches a store
at its head: the CLI and the web app migrate first); on SQLite it changes nothing. On a store
of its own (the session's shared one stays at the head)."""
from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from store import db
from tests.helpers import alembic_to, columns, found_by_search, store_with_search_words

BEFORE = "0009_run_field_dropped"
REVISION = "0010_search_words_index"
POSTINGS = {"1": ("Virtual Assistant", "Acme", "Inbox and calendar, 24/7."),
            "2": ("دستیار اداری", None, "پاسخ گویی به تماس‌ها"),
            "3": ("Data entry", None, "Excel")}


def _indexes(url: str) -> set[str]:
    return {i["name"] for i in inspect(db.engine(url)).get_indexes("posting_search")}


def test_search_words_index_upgrades_and_downgrades_with_postings_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    store_with_search_words(url, POSTINGS)  # postings and their folded words, written before this version
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
    assert found_by_search(url, "assist") == found_by_search(url, "24/7") == ["1"]  # rows from before are in the new index
    assert found_by_search(url, "پاسخگویی") == found_by_search(url, "تماسها") == ["2"]
    assert found_by_search(url, "excel data") == ["3"] and found_by_search(url, "xcel") == []

    alembic_to(url, command.downgrade, BEFORE)
    assert _indexes(url) == before and "words" not in columns(url, "posting_search")
    if postgres:
        with db.engine(url).connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname = :f"),
                                {"f": "posting_search_words"}).scalar() == 0

    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url) and found_by_search(url, "24/7") == ["1"]
