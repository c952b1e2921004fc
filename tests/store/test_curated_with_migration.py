"""Migration 0015 (postings.tags_version, legitimacy_version) upgrades a store holding postings, which keep NULL:
curated by a version nobody recorded, counted as such by ``store.health.curation``; and downgrades again, keeping
the rows and 0012's and 0014's triggers, on SQLite and on a real PostgreSQL database of its own."""
from __future__ import annotations

from alembic import command
from sqlalchemy import text

from store import db, health, queries
from tests.helpers import alembic_to, columns

BEFORE = "0014_no_region_limit"
REVISION = "0015_curated_with"
STAMPS = {"tags_version", "legitimacy_version"}


def _regions(url: str) -> list[tuple[str, str]]:
    with db.engine(url).connect() as conn:
        return conn.execute(text("SELECT p.source_id, r.region FROM posting_regions r JOIN postings p "
                                 "ON p.id = r.posting_id ORDER BY p.source_id, r.region")).all()


def test_curation_stamps_upgrade_and_downgrade_with_postings_in_the_store(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, BEFORE)
    with db.engine(url).begin() as conn:  # a posting stored before this version
        conn.execute(text("INSERT INTO postings (source, source_id, title) VALUES ('hh', 'old', 'Operator')"))
    assert not STAMPS & columns(url, "postings")

    alembic_to(url, command.upgrade, REVISION)
    assert STAMPS <= columns(url, "postings")
    with db.sessions(url).begin() as s:
        queries.upsert_posting(s, dict(source="hh", source_id="new", title="Operator", allowed_regions=["Uzbekistan"],
                                       tags_version="2026.12.24+f25ce09a", legitimacy_version="9fae0809"))
    with db.sessions(url)() as s:
        tagged, judged = health.curation(s, {"tags": "2026.12.24+f25ce09a", "legitimacy": "9fae0809"})
    assert (tagged.unrecorded, tagged.older, judged.unrecorded, judged.level) == (1, 0, 1, "ok")
    assert _regions(url) == [("new", "Uzbekistan"), ("old", "")]  # 0012's triggers still keep the rows

    alembic_to(url, command.downgrade, BEFORE)
    assert not STAMPS & columns(url, "postings")
    with db.engine(url).begin() as conn:
        assert conn.execute(text("SELECT source_id FROM postings ORDER BY source_id")).scalars().all() == ["new", "old"]
        conn.execute(text("UPDATE postings SET allowed_regions = NULL WHERE source_id = 'new'"))
    assert _regions(url) == [("new", ""), ("old", "")]  # and after the downgrade too
    alembic_to(url, command.upgrade, "heads")
    assert not db.pending_migrations(url)
