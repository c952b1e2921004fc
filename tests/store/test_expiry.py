"""Postings whose closing date (``expires_at``) has passed: left out of the curated feed unless asked for
(``include_expired``), kept when another posting of their duplicate cluster is still open, still counted by trends
and reports; a re-crawl writes the source's current closing date; the feed's count still reads only
``ix_postings_curation``. On SQLite and on a real PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text

from store import db, dedupe_queries, queries, reports, trends, web_queries
from store.models import Posting
from tests.helpers import query_plan

POSTED = datetime(2025, 1, 1, tzinfo=timezone.utc)
NOW = datetime(2026, 6, 1, 12, tzinfo=timezone.utc)  # the moment the tests' feeds judge closing dates at
PAST = NOW - timedelta(days=1)
FUTURE = NOW + timedelta(days=30)


def _posting(source_id: str, source: str = "weworkremotely", **extra) -> dict:  # type: ignore[no-untyped-def]
    return {**dict(source=source, source_id=source_id, title=f"Job {source_id}", description="text",
                   posted_at=POSTED, language="en", tags=["data_entry"], legitimacy_score=90,
                   legitimacy_verdict="ok", va_relevant=True), **extra}


def _store(url: str, *postings: dict) -> dict[str, int]:
    with db.sessions(url).begin() as s:
        return {p["source_id"]: queries.upsert_posting(s, p).id for p in postings}


def _shown(url: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    with db.sessions(url)() as s:
        return sorted(p.source_id for p in queries.feed(s, queries.FeedFilter(now=NOW, **kw)))


def _count(url: str, **kw) -> int:  # type: ignore[no-untyped-def]
    with db.sessions(url)() as s:
        return web_queries.count_feed(s, queries.FeedFilter(now=NOW, **kw))


def test_feed_leaves_out_expired_unless_asked_but_history_counts_them(store_url: str) -> None:
    _store(store_url, _posting("closed", expires_at=PAST), _posting("open", expires_at=FUTURE),
           _posting("undated"), _posting("closing-now", expires_at=NOW))
    assert _shown(store_url) == ["open", "undated"]  # a closing date at the very moment is past
    assert _count(store_url) == 2
    assert _shown(store_url, include_expired=True) == _shown(store_url, curated=False) \
        == ["closed", "closing-now", "open", "undated"]
    assert _count(store_url, include_expired=True) == 4
    assert _shown(store_url, include_delisted=True) == ["open", "undated"]  # the other flag does not show them
    with db.sessions(store_url)() as s:  # trends and reports are history: a gig that closed still happened
        assert sum(r["postings"] for r in trends.postings_per_week(s, "source")) == 4
        assert sum(r["postings"] for r in reports.scam_rates(s, "source")) == 4
        closed = s.scalars(select(Posting).where(Posting.source_id == "closed")).one()
        public = queries.posting_as_dict(closed)
    assert list(public) == list(queries.PUBLIC_FIELDS) and "expires_at" in public
    assert datetime.fromisoformat(public["expires_at"]) == PAST


def test_the_feed_judges_closing_dates_at_the_time_of_asking(store_url: str) -> None:
    _store(store_url, _posting("soon", expires_at=queries.utcnow() + timedelta(hours=1)),
           _posting("gone", expires_at=queries.utcnow() - timedelta(minutes=1)))
    with db.sessions(store_url)() as s:  # no ``now`` given: the clock's
        assert [p.source_id for p in queries.feed(s, queries.FeedFilter())] == ["soon"]
    assert _shown(store_url) == ["gone", "soon"]  # on 2026-06-01 neither had closed
    with db.sessions(store_url)() as s:
        later = queries.FeedFilter(now=queries.utcnow() + timedelta(hours=2))
        assert queries.feed(s, later) == []


def test_a_recrawl_writes_the_current_closing_date(store_url: str) -> None:
    """A source may extend a closing date (or drop it): the newest crawl's word is the one kept."""
    ids = _store(store_url, _posting("a", expires_at=PAST))
    assert _shown(store_url) == []
    assert _store(store_url, _posting("a", expires_at=FUTURE)) == ids  # extended: the same posting, open again
    assert _shown(store_url) == ["a"]
    _store(store_url, _posting("a", expires_at=PAST))  # brought forward
    assert _shown(store_url) == []
    _store(store_url, _posting("a"))  # no closing date any more
    assert _shown(store_url) == ["a"]
    with db.sessions(store_url).begin() as s:  # a listing showing it again without its details changes nothing
        s.execute(Posting.__table__.update().values(expires_at=PAST))
        assert queries.touch_last_seen(s, "weworkremotely", ["a"]) == 1
    assert _shown(store_url) == []


def test_a_gig_another_posting_of_its_cluster_still_offers_stays_in_the_feed(store_url: str) -> None:
    """As with delisting: a representative that closed must not hide a gig another source still takes applications
    for; the feed shows the cluster by that open posting (``test_open_stand_in``), also when asked for delisted gigs
    too, and the representative when asked for closed gigs too."""
    ids = _store(store_url, _posting("rep", expires_at=PAST), _posting("dup", "remoteok", expires_at=FUTURE),
                 _posting("other", "remotive", last_seen_at=POSTED))
    with db.sessions(store_url).begin() as s:
        dedupe_queries.set_clusters(s, [(ids["dup"], ids["rep"], "exact", False)])
    assert _shown(store_url) == ["dup", "other"] and _count(store_url) == 2

    with db.sessions(store_url).begin() as s:  # the open one is delisted: no posting of the gig is open any more
        assert queries.mark_delisted(s, "remoteok", queries.utcnow()) == 1
    assert _shown(store_url) == ["other"]
    # asked for delisted gigs too, the duplicate is open again and shown, not the closed representative
    assert _shown(store_url, include_delisted=True) == ["dup", "other"]
    assert _shown(store_url, include_expired=True) == ["other", "rep"]  # the representative counts as open
    assert _shown(store_url, include_expired=True, include_delisted=True) == ["other", "rep"]

    # one member listed but closed, another open but delisted: neither is open, the gig leaves the feed
    with db.sessions(store_url).begin() as s:
        s.execute(Posting.__table__.update().where(Posting.source_id == "rep").values(expires_at=None))
        assert queries.mark_delisted(s, "weworkremotely", queries.utcnow()) == 1
        s.execute(Posting.__table__.update().where(Posting.source_id == "dup").values(delisted_at=None,
                                                                                      expires_at=PAST))
    assert _shown(store_url) == ["other"]


def _plan(url: str, f: queries.FeedFilter) -> str:
    return query_plan(url, select(func.count(Posting.id)).where(*queries.feed_conditions(f)))


COVERING = "SCAN postings USING COVERING INDEX ix_postings_curation"


@pytest.mark.parametrize("f", [
    queries.FeedFilter(), queries.FeedFilter(include_delisted=True), queries.FeedFilter(include_expired=True),
], ids=["open", "not-expired", "listed"])
def test_the_feed_count_reads_only_the_curation_index(sqlite_url: str, f: queries.FeedFilter) -> None:
    """At a million postings a count that reads the rows (with their descriptions) takes seconds, one that reads
    ``ix_postings_curation`` a tenth of one: the open condition (``delisted_at``, ``expires_at``, and
    ``cluster_id`` for a cluster's other members) is covered by that index."""
    _store(sqlite_url, _posting("a", expires_at=FUTURE))
    assert COVERING in _plan(sqlite_url, f)


def test_without_expires_at_in_the_index_the_count_reads_the_rows(sqlite_url: str) -> None:
    """The plan test above can fail: the same index without ``expires_at`` (as 0007 built it) no longer covers
    the count."""
    _store(sqlite_url, _posting("a", expires_at=FUTURE))
    [index] = [i for i in Posting.__table__.indexes if i.name == "ix_postings_curation"]
    without = [c.name for c in index.columns if c.name != "expires_at"]
    with db.engine(sqlite_url).begin() as conn:
        conn.execute(text("DROP INDEX ix_postings_curation"))
        conn.execute(text(f"CREATE INDEX ix_postings_curation ON postings ({', '.join(without)})"))
    assert COVERING in _plan(sqlite_url, queries.FeedFilter(include_expired=True))  # what needs no closing date
    assert COVERING not in _plan(sqlite_url, queries.FeedFilter())
