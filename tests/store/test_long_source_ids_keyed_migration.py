"""Migration 0020 gives a source id over 512 characters, which a SQLite store from before 0019 kept whole, the key
the pipeline has looked it up by since (``store.models.source_id_key``): a re-crawl of the posting had stored it a
second time. Where the key already names another posting (re-crawled since), the long row is left, not merged."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from store import db
from store.models import source_id_key
from tests.helpers import alembic_to

BEFORE = "0019_long_source_fields"
LONG = "https://jobs.example.com/" + "virtual-assistant-" * 34 + "x"  # 638 characters
OTHER = LONG + "-again"


def _insert(url: str, source_id: str) -> None:
    with db.engine(url).begin() as conn:
        conn.execute(text("INSERT INTO postings (source, source_id, title) VALUES ('jsonld', :s, 'VA')"),
                     {"s": source_id})


def _source_ids(url: str) -> list[str]:
    with db.engine(url).connect() as conn:
        return list(conn.scalars(text("SELECT source_id FROM postings ORDER BY id")))


def test_a_long_source_id_kept_whole_is_given_its_key(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    alembic_to(url, command.upgrade, BEFORE)
    _insert(url, "1")
    _insert(url, LONG)  # kept whole before 0019
    _insert(url, OTHER)
    _insert(url, source_id_key(OTHER))  # ... and stored again by a crawl since: left for the operator
    assert len(LONG) > 600

    db.migrate(url)
    assert _source_ids(url) == ["1", source_id_key(LONG), OTHER, source_id_key(OTHER)]
    assert len(source_id_key(LONG)) == 512 and not db.pending_migrations(url)
