"""Migration 0018 (PostgreSQL's search words split at the underscore, as FTS5's on SQLite) upgrades a store holding
postings and their words: the words of the rows from before are split again, so "hr" finds "@atservice_hr"; it
downgrades to 0010's words, and changes nothing on SQLite. On a store of its own (the session's shared one stays at
the head)."""
from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from store import db
from tests.helpers import alembic_to, found_by_search, store_with_search_words

BEFORE = "0017_run_delisted"
REVISION = "0018_search_words_underscore"
POSTINGS = {"1": ("Ish bor", "@atservice_hr", "#virtual_assistant, 24/7"),
            "2": ("دستیار اداری", None, "پاسخ گویی به تماس‌ها"),
            "3": ("Data entry", None, "Excel")}


def _words(url: str) -> str:
    with db.engine(url).connect() as conn:
        return conn.execute(text("SELECT words FROM posting_search ORDER BY posting_id")).scalars().first()


def test_search_words_split_at_the_underscore_after_the_upgrade(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    store_with_search_words(url, POSTINGS)  # postings and their folded words, written before this version
    postgres = db.engine(url).dialect.name == "postgresql"
    if postgres:
        assert _words(url) == "'24' '7' 'atservice_hr' 'bor' 'ish' 'virtual_assistant'"

    alembic_to(url, command.upgrade, REVISION)
    if postgres:  # split again, for the rows from before
        assert _words(url) == "'24' '7' 'assistant' 'atservice' 'bor' 'hr' 'ish' 'virtual'"
        assert "ix_posting_search_words" in {i["name"] for i in inspect(db.engine(url)).get_indexes("posting_search")}
    assert found_by_search(url, "hr") == found_by_search(url, "assistant") == found_by_search(url, "24_7") == ["1"]
    assert found_by_search(url, "پاسخگویی") == found_by_search(url, "تماسها") == ["2"]
    assert found_by_search(url, "excel data") == ["3"] and found_by_search(url, "xcel") == []

    alembic_to(url, command.downgrade, BEFORE)
    if postgres:
        assert _words(url) == "'24' '7' 'atservice_hr' 'bor' 'ish' 'virtual_assistant'"
    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url) and found_by_search(url, "hr") == ["1"]
