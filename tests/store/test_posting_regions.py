"""``posting_regions``: one row per region a posting's applicants may be in, one ``NO_LIMIT`` row when it names none,
kept by the database's triggers whoever writes ``allowed_regions`` (migration 0012), and read by the feed's "open to"
filter through its index. On SQLite and on a real PostgreSQL."""
from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import delete, func, select, text, update

from pipeline.remote import open_to
from store import db, queries
from store.models import NO_LIMIT, Posting, PostingRegion
from tests.helpers import VA_GIG, alembic_to, columns, curation_index, query_plan

LONG = "x" * 201  # a source's raw text, longer than any region's name: not kept


def _regions(url: str) -> dict[str, list[str]]:
    with db.sessions(url)() as s:
        rows = s.execute(select(Posting.source_id, PostingRegion.region).join(
            PostingRegion, PostingRegion.posting_id == Posting.id).order_by(Posting.source_id, PostingRegion.region))
        out: dict[str, list[str]] = {}
        for sid, region in rows:
            out.setdefault(sid, []).append(region)
        return out


def _no_limit(url: str) -> dict[str, bool]:
    """Each posting's ``no_region_limit`` (migration 0014), which the database computes from ``allowed_regions``."""
    with db.engine(url).connect() as conn:
        return {sid: bool(v) for sid, v in conn.execute(text("SELECT source_id, no_region_limit FROM postings"))}


def _agree(url: str) -> None:
    """``no_region_limit`` says what the ``NO_LIMIT`` row says, for every posting."""
    regions = _regions(url)
    assert _no_limit(url) == {sid: regions.get(sid) == [NO_LIMIT] for sid in _no_limit(url)}


def _store_as_written(url: str, lists: dict[str, str | None]) -> None:
    """Postings whose ``allowed_regions`` are these JSON texts, written as SQL (a store at an older revision)."""
    cast = "CAST(:r AS JSONB)" if url.startswith("postgresql") else ":r"
    with db.engine(url).begin() as conn:
        for sid, regions in lists.items():
            conn.execute(text(f"INSERT INTO postings (source, source_id, allowed_regions) VALUES ('remoteok', :s, {cast})"),
                         {"s": sid, "r": regions})


def _upsert(url: str, sid: str, regions) -> None:  # type: ignore[no-untyped-def]
    with db.sessions(url).begin() as s:
        queries.upsert_posting(s, {**VA_GIG, "source": "remoteok", "source_id": sid, "remote_scope": "remote",
                                   "allowed_regions": regions})


def test_the_rows_follow_every_write_of_allowed_regions(store_url: str) -> None:
    _upsert(store_url, "a", ["United States", "Canada", "United States", LONG])
    _upsert(store_url, "b", None)
    _upsert(store_url, "c", [])
    _upsert(store_url, "d", [LONG])  # a limit, none of it kept: neither a region nor "no limit"
    assert _regions(store_url) == {"a": ["Canada", "United States"], "b": [NO_LIMIT], "c": [NO_LIMIT]}
    _agree(store_url)

    _upsert(store_url, "a", ["Worldwide"])  # a re-crawl with another list (the upsert's update)
    _upsert(store_url, "b", ["UTC+5"])
    with db.sessions(store_url).begin() as s:  # any other writer: a plain UPDATE
        s.execute(update(Posting).where(Posting.source_id == "c").values(allowed_regions=["Europe", "CIS"]))
    assert _regions(store_url) == {"a": ["Worldwide"], "b": ["UTC+5"], "c": ["CIS", "Europe"]}
    _agree(store_url)

    _upsert(store_url, "a", ["Worldwide"])  # unchanged: the same rows
    with db.sessions(store_url).begin() as s:
        s.execute(delete(Posting).where(Posting.source_id == "c"))  # gone with their posting
        s.execute(update(Posting).where(Posting.source_id == "a").values(allowed_regions=None))
    assert _regions(store_url) == {"a": [NO_LIMIT], "b": ["UTC+5"]}
    _agree(store_url)


def test_open_to_finds_the_postings_by_the_index(store_url: str) -> None:
    for sid, regions in {"none": None, "world": ["Worldwide"], "us": ["United States"], "tz": ["UTC+5"],
                         "cis": ["CIS"], "long": [LONG]}.items():
        _upsert(store_url, sid, regions)
    f = queries.FeedFilter(remote_only=True, open_to_regions=sorted(open_to("UZ")), curated=False)
    with db.sessions(store_url)() as s:
        assert sorted(p.source_id for p in queries.feed(s, f)) == ["cis", "none", "tz", "world"]
        stmt = select(func.count(Posting.id)).where(*queries.feed_conditions(queries.FeedFilter(
            remote_only=True, open_to_regions=sorted(open_to("IR")))))
    plan = query_plan(store_url, stmt)
    if store_url.startswith("sqlite"):
        assert "SEARCH posting_regions USING COVERING INDEX ix_posting_regions_region" in plan, plan
        assert "allowed_regions" not in plan, plan
    else:
        assert "on posting_regions" in plan and "allowed_regions" not in plan, plan  # (its planner's index choice
        # on a tiny table is no evidence; the benchmark's store is)


def test_the_migration_fills_the_rows_of_stored_postings_and_back(empty_store: str) -> None:
    url = empty_store
    alembic_to(url, command.upgrade, "0011_curation_covers_filters")
    lists = {"a": '["United States", "Canada", "Canada"]', "b": None, "c": "null", "d": "[]", "e": '"Europe"',
             "f": f'["{LONG}", 7, "UTC+5"]'}
    _store_as_written(url, lists)
    alembic_to(url, command.upgrade, "0012_posting_regions")
    # a bare string is no list: no region known, and not "no limit" either; a number is no region
    assert _regions(url) == {"a": ["Canada", "United States"], "b": [NO_LIMIT], "c": [NO_LIMIT], "d": [NO_LIMIT],
                             "f": ["UTC+5"]}
    _store_as_written(url, {"g": '["Asia"]'})  # the triggers are in place (as SQL: the store is at 0012)
    assert _regions(url)["g"] == ["Asia"]
    alembic_to(url, command.downgrade, "0011_curation_covers_filters")
    with db.engine(url).connect() as conn:
        assert "posting_regions" not in db.engine(url).dialect.get_table_names(conn)
        conn.execute(text("UPDATE postings SET allowed_regions = NULL"))  # no trigger left to keep the rows
        conn.commit()
    alembic_to(url, command.upgrade, "heads")  # filled again from the lists as they are now
    assert not db.pending_migrations(url) and _regions(url) == {sid: [NO_LIMIT] for sid in [*lists, "g"]}
    _agree(url)


def test_no_region_limit_is_computed_for_stored_postings_and_leaves_with_its_migration(empty_store: str) -> None:
    """Migration 0014: ``no_region_limit`` for the postings already stored, as their ``NO_LIMIT`` rows say (a bare
    string or a list of no region is no "no limit"), in ``ix_postings_curation``; and back."""
    url = empty_store
    alembic_to(url, command.upgrade, "0013_run_heartbeat_interval")
    lists = {"a": '["United States"]', "b": None, "c": "null", "d": "[]", "e": '"Europe"', "f": f'["{LONG}", 7]'}
    _store_as_written(url, lists)
    alembic_to(url, command.upgrade, "0014_no_region_limit")
    assert _no_limit(url) == {"a": False, "b": True, "c": True, "d": True, "e": False, "f": False}
    _agree(url)
    assert curation_index(url)[-1] == "no_region_limit"
    alembic_to(url, command.downgrade, "0013_run_heartbeat_interval")
    assert "no_region_limit" not in columns(url, "postings")
    assert curation_index(url)[-2:] == ["remote_scope", "legitimacy_score"]


@pytest.mark.parametrize("regions", [["a" * 5000], ["Worldwide"] * 3000])
def test_a_hostile_list_is_stored(store_url: str, regions: list[str]) -> None:
    _upsert(store_url, "h", regions)
    assert _regions(store_url).get("h", []) == sorted(set(r for r in regions if len(r) <= 200))
