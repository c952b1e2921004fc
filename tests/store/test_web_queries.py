"""The web app's reads beside the feed: RSS/Atom's page without its total (``feed_items``) and the Source select's
values (``stored_sources``), on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from pipeline.textnorm import search_text, search_words
from store import db, dedupe_queries, queries, search, web_queries
from store.models import Posting
from tests.helpers import VA_GIG, statements

NOW = datetime(2026, 1, 15, tzinfo=timezone.utc)
# name: (source, days before NOW it was posted, language, closed a day ago). "closed" is the representative of a
# cluster whose other posting, "open", still takes applications: the feed shows "open" in its place.
POSTINGS = {
    "newest": ("remotive", 1, "en", False),
    "closed": ("jsonld", 2, "en", True),
    "hh-a": ("hh", 3, "ru", False),
    "wwr": ("weworkremotely", 4, "en", False),
    "hh-b": ("hh", 5, "ru", False),
    "open": ("remoteok", 6, "en", False),
    "remote_ok": ("remote_ok", 7, "en", False),
    "old-fa": ("telegram", 30, "fa", False),  # the only Persian gig, far down the feed's order
}


def _fill(url: str) -> dict[str, int]:
    with db.sessions(url).begin() as s:
        ids = {name: queries.upsert_posting(s, {
            **VA_GIG, "source": source, "source_id": name, "language": language, "title": f"{name} support gig",
            "url": f"https://{source}.example/{name}", "posted_at": NOW - timedelta(days=days),
            "expires_at": NOW - timedelta(days=1) if closed else None}).id
            for name, (source, days, language, closed) in POSTINGS.items()}
        dedupe_queries.set_clusters(s, [(ids["open"], ids["closed"], "exact", False)])
    search.fill(db.sessions(url), search_text)
    return ids


def _counts(seen: list[str]) -> int:
    return sum("count(" in sql.lower() for sql in seen)


def _reads_rows(seen: list[str]) -> bool:
    """Whether a statement read whole postings (a page does; a probe or a count does not)."""
    return any("postings.description" in sql for sql in seen)


FILTERS = {
    "feed": {}, "en": {"languages": ["en"]}, "remoteok": {"sources": ["remoteok"]}, "fa": {"languages": ["fa"]},
    "support": {"search_terms": search_words("support")}, "expired": {"include_expired": True},
    "second page": {"limit": 2, "offset": 2}, "nothing": {"languages": ["xx"]},
    "word found nowhere": {"search_terms": search_words("zzqx")},
}


@pytest.mark.parametrize("first_walk", [2, web_queries.FIRST_WALK])
def test_feed_items_are_the_feed_pages_postings(store_url: str, monkeypatch: pytest.MonkeyPatch,
                                                first_walk: int) -> None:
    """Whatever the probe finds among the newest postings (2: the Persian gig is beyond them), the items are the
    page's, the stand-in for the closed gig included."""
    ids = _fill(store_url)
    monkeypatch.setattr(web_queries, "FIRST_WALK", first_walk)
    with db.sessions(store_url)() as s:
        for name, kw in FILTERS.items():
            f = queries.FeedFilter(now=NOW, **{"limit": 50, **kw})
            assert web_queries.feed_items(s, f) == web_queries.feed_page(s, f)[0], name
        shown = [p["id"] for p in web_queries.feed_items(s, queries.FeedFilter(now=NOW))]
        assert ids["open"] in shown and ids["closed"] not in shown
        open_card = next(p for p in web_queries.feed_items(s, queries.FeedFilter(now=NOW)) if p["id"] == ids["open"])
        assert open_card["also_posted_on"] == [{"source": "jsonld", "url": "https://jsonld.example/closed"}]


def test_feed_items_count_only_when_no_match_is_among_the_newest(store_url: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """No count for a first page with a match among the ``FIRST_WALK`` newest postings; a count when there is none
    there, so a filter that matches nothing reads no page (no walk of the whole feed's order for it)."""
    _fill(store_url)
    monkeypatch.setattr(web_queries, "FIRST_WALK", 2)
    with db.sessions(store_url)() as s:
        def run(**kw: object) -> tuple[list[dict], list[str]]:
            with statements(store_url) as seen:
                items = web_queries.feed_items(s, queries.FeedFilter(now=NOW, **kw))  # type: ignore[arg-type]
            return items, seen

        for kw in ({}, {"languages": ["en"]}, {"search_terms": search_words("support")}, {"include_expired": True}):
            items, seen = run(**kw)
            assert items and _counts(seen) == 0 and _reads_rows(seen), kw
        items, seen = run(languages=["fa"])  # only beyond the newest two: counted, then read
        assert [p["source_id"] for p in items] == ["old-fa"] and _counts(seen) == 1 and _reads_rows(seen)
        for kw in ({"languages": ["xx"]}, {"sources": ["nosuch"]}, {"search_terms": search_words("zzqx")}):
            items, seen = run(**kw)
            assert items == [] and _counts(seen) == 1 and not _reads_rows(seen), kw
        items, seen = run(limit=2, offset=2)  # a later page counts first, as feed_page does
        assert len(items) == 2 and _counts(seen) == 1
        items, seen = run(offset=100)
        assert items == [] and not _reads_rows(seen)


def test_stored_sources_are_the_distinct_sources_sorted(store_url: str) -> None:
    with db.sessions(store_url)() as s:
        assert web_queries.stored_sources(s) == []
    _fill(store_url)
    with db.sessions(store_url)() as s:
        distinct = sorted(s.scalars(select(Posting.source).distinct()))
        assert web_queries.stored_sources(s) == distinct == [
            "hh", "jsonld", "remote_ok", "remoteok", "remotive", "telegram", "weworkremotely"]


def test_stored_sources_search_the_unique_index_not_every_row(store_url: str) -> None:
    """A look-up in (source, source_id) per source ("loose index scan"), not a scan of every posting."""
    _fill(store_url)
    engine = db.engine(store_url)
    sql = str(web_queries.stored_sources_query().compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            plan = [str(r[3]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]
            on_postings = [step for step in plan if " postings " in f"{step} "]
            assert on_postings and all(step.startswith("SEARCH postings USING COVERING INDEX")
                                       for step in on_postings), plan  # a search each time, never a SCAN
            assert any(step.endswith("(source>?)") for step in on_postings), plan
        else:
            conn.execute(text("SET enable_seqscan = off"))  # tiny tables: make the planner show it can
            # ANALYZE: PostgreSQL 15 shows the recursive step's subquery (a SubPlan in a target list) only so
            plan = " ".join(r[0] for r in conn.execute(text(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}")))
            assert "Index Only Scan using uq_postings_source_source_id" in plan, plan
            assert "(source > " in plan and "Parallel" not in plan and "Unique" not in plan, plan


@pytest.mark.parametrize("read", ["feed_page", "feed_walk"])
def test_the_total_and_the_page_are_one_state_of_the_store(store_url: str, read: str) -> None:
    """A crawl that stores a gig between the count and the page's read (here, at once after the count) is in neither:
    read in separate snapshots, the total had said 8 over a page of 9, and the API no next page."""
    from sqlalchemy import event

    _fill(store_url)
    stored: list[int] = []

    def crawl(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "count(" in statement.lower() and not stored:
            with db.sessions(store_url).begin() as s:
                stored.append(queries.upsert_posting(s, {**VA_GIG, "source": "remotive", "source_id": "mid-read",
                                                         "title": "mid-read support gig", "posted_at": NOW}).id)

    f = queries.FeedFilter(limit=50, now=NOW)
    engine = db.engine(store_url)
    event.listen(engine, "after_cursor_execute", crawl)
    try:
        with db.sessions(store_url)() as session:
            page, total = getattr(web_queries, read)(session, f)[:2]
    finally:
        event.remove(engine, "after_cursor_execute", crawl)
    assert stored and stored[0] not in [p["id"] for p in page]
    assert total == len(page) == 7  # eight stored, "closed" shown by "open"
    with db.sessions(store_url)() as session:  # the next read sees it
        assert getattr(web_queries, read)(session, f)[1] == 8
