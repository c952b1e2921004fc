"""Migration 0019 (postings.source_id and employment_type as text) upgrades a store holding postings in place: on
PostgreSQL no rewrite of the table nor of its unique index (varchar to text is binary-coercible), and the long values
PostgreSQL had refused are taken; it downgrades to the varchar columns. SQLite, which enforces no length, is left
as it is. On a store of its own (the session's shared one stays at the head)."""
from __future__ import annotations

from alembic import command
from sqlalchemy import text

from store import db
from tests.helpers import alembic_to

BEFORE = "0018_search_words_underscore"
REVISION = "0019_long_source_fields"
PAGE = "https://jobs.example.com/" + "virtual-assistant-" * 20 + "x"
TYPES = "FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM"


def _files(url: str) -> tuple[int, int]:
    with db.engine(url).connect() as conn:
        return tuple(conn.execute(text(  # type: ignore[return-value]
            "SELECT pg_relation_filenode('postings'), pg_relation_filenode('uq_postings_source_source_id')")).one())


def _insert(url: str, source_id: str, employment_type: str) -> None:
    with db.engine(url).begin() as conn:
        conn.execute(text("INSERT INTO postings (source, source_id, title, employment_type) VALUES ('jsonld', :s, 'VA', "
                          ":e)"), {"s": source_id, "e": employment_type})


def _rows(url: str) -> list[tuple[str, str]]:
    with db.engine(url).connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT source_id, employment_type FROM postings ORDER BY id"))]


def test_long_source_fields_upgrade_in_place_and_downgrade(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    _insert(url, "1", "FULL_TIME")  # a posting from before
    postgres = db.engine(url).dialect.name == "postgresql"
    before = _files(url) if postgres else None

    alembic_to(url, command.upgrade, REVISION)
    if postgres:
        assert _files(url) == before  # neither the table nor its unique index rewritten
    _insert(url, PAGE, TYPES)
    assert _rows(url) == [("1", "FULL_TIME"), (PAGE, TYPES)]

    if postgres:  # a source id varchar(255) cannot hold stays from the downgrade's way
        with db.engine(url).begin() as conn:
            conn.execute(text("DELETE FROM postings WHERE source_id = :s"), {"s": PAGE})
        _insert(url, "2", TYPES)
    alembic_to(url, command.downgrade, BEFORE)
    if postgres:
        assert _rows(url) == [("1", "FULL_TIME"), ("2", TYPES[:32])]
    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url)
