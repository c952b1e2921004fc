"""Reading a stored remote posting's location again (``pipeline.remote_store``, ``vagigs migrate --regions``), on
SQLite and on PostgreSQL: only the postings that named no region, and the "open to" index follows."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pipeline.remote_store import reread_regions
from store import db, queries
from store.models import Posting, PostingRegion
from tests.helpers import VA_GIG, small_store, vagigs

# What a crawl of an older vagigs stored: remote postings whose city it did not read (no region), one whose
# source gave its own list, an office job, and a place no version reads
STORED = (
    dict(source_id="london", location="London", remote_scope="remote", allowed_regions=None),
    dict(source_id="toronto", location="Toronto, Ontario", remote_scope="remote", allowed_regions=None),
    dict(source_id="tashkent", location="Ташкент", remote_scope="remote", allowed_regions=None),
    dict(source_id="given", location="London", remote_scope="remote", allowed_regions=["Europe"]),
    dict(source_id="office", location="Berlin", remote_scope="onsite", allowed_regions=None),
    dict(source_id="unknown", location="Chevy Chase", remote_scope="remote", allowed_regions=None),
    dict(source_id="nowhere", location=None, remote_scope="remote", allowed_regions=None),
)


def _store(url: str) -> None:
    db.migrate(url)
    with db.sessions(url).begin() as s:
        for p in STORED:
            queries.upsert_posting(s, {**VA_GIG, "source": "remoteok", **p})


def _regions(url: str) -> dict[str, list[str] | None]:
    with db.sessions(url)() as s:
        return {sid: regions for sid, regions in s.execute(select(Posting.source_id, Posting.allowed_regions))}


def test_the_remote_postings_that_named_no_region_are_read_again(store_url: str) -> None:
    _store(store_url)
    assert reread_regions(db.sessions(store_url), batch=2) == (4, 3)  # batches of two: the walk by id resumes
    assert _regions(store_url) == {"london": ["GB"], "toronto": ["CA"], "tashkent": ["UZ"], "given": ["Europe"],
                                   "office": None, "unknown": None, "nowhere": None}
    with db.sessions(store_url)() as s:  # the "open to" index follows, through the database's triggers
        london = s.scalar(select(Posting.id).where(Posting.source_id == "london"))
        assert s.scalars(select(PostingRegion.region).where(PostingRegion.posting_id == london)).all() == ["GB"]
        assert s.scalar(select(Posting.no_region_limit).where(Posting.id == london)) is False
    assert reread_regions(db.sessions(store_url)) == (1, 0)  # read again: only "Chevy Chase" is still unknown


def test_migrate_regions_reports_what_it_read(tmp_path: Path) -> None:
    url, _ = small_store(tmp_path / "v.db", *({"source": "remoteok", **p} for p in STORED))
    env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}
    out = vagigs("migrate", "--regions", env=env).stdout
    assert "4 remote postings that named no region read again: 3 now name one" in out
    assert "1 remote postings that named no region read again: 0 now name one" in vagigs(
        "migrate", "--regions", env=env).stdout
    assert _regions(url)["london"] == ["GB"]
