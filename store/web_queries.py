"""Store reads the web app needs beside ``store.queries.feed``: a page of the feed with
its total (or, for RSS and Atom, without it), one posting, and the values the filter form offers.

The feed's conditions stay in ``store.queries.feed_query``; these only count, probe or page it.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from store.db import one_snapshot
from store.dedupe_queries import also_posted_on
from store.models import Posting, PostingRegion, PostingTag
from store.search_models import PostingSearch
from store.queries import (AS_SHOWN, NEWEST, FeedFilter, FeedKey, feed, feed_conditions, feed_with_keys,
                           posting_as_dict, utcnow)

#: How many of the newest postings ``feed_items`` looks among for a match before it counts instead (see there).
FIRST_WALK = 2000


def count_feed(session: Session, f: FeedFilter) -> int:
    """How many postings the filter matches, whatever its limit and offset (a plain count over the
    conditions: a subquery of whole rows would read every description)."""
    return int(session.scalar(select(func.count(Posting.id)).where(*feed_conditions(f))) or 0)


def feed_page(session: Session, f: FeedFilter) -> tuple[list[dict[str, Any]], int]:
    """One page of the feed in the public form of ``vagigs feed --format json`` (with
    ``also_posted_on``), and the total the filter matches, both read in one snapshot of the store
    (``store.db.one_snapshot``), so that a crawl storing meanwhile cannot make them disagree. The rows are
    ``store.queries.feed``'s: a cluster whose representative closed is shown by an open posting of it, whose links
    then name the other postings."""
    f = replace(f, now=f.now or utcnow())  # the count and the page judge closing dates at one moment
    one_snapshot(session)  # and read one state of the store
    total = count_feed(session, f)
    if total <= f.offset:  # nothing to show: no walk of the feed's order looking for what is not there
        return [], total
    return _cards(session, f), total


def feed_walk(session: Session, f: FeedFilter) -> tuple[list[dict[str, Any]], int, FeedKey | None]:
    """A page of the API: ``feed_page``'s postings and total, from ``f.offset`` or after ``f.after``, and the place
    in the feed's order the next page starts after (``FeedFilter.after``), None when no posting follows (one more
    row read decides), read in one snapshot as ``feed_page`` reads. Walked so, each posting the feed held at the first page is seen once, whatever a crawl
    stores meanwhile; counted by offsets, a posting stored mid-walk had pushed one seen already onto the next
    page, and was itself never seen."""
    f = replace(f, now=f.now or utcnow())
    one_snapshot(session)
    total = count_feed(session, f)
    if total == 0 or (f.after is None and total <= f.offset):
        return [], total, None
    rows = feed_with_keys(session, replace(f, limit=f.limit + 1 if f.limit is not None else None), options=AS_SHOWN)
    following = rows[f.limit - 1][1] if f.limit is not None and len(rows) > f.limit else None
    cards = with_links(session, [posting_as_dict(card) for card, _ in rows[:f.limit]])
    return cards, total, following


def feed_items(session: Session, f: FeedFilter) -> list[dict[str, Any]]:
    """``feed_page``'s postings without its total, for RSS and Atom, which show no total: a count costs 65-360 ms
    on 200,000 postings, at every poll of a feed reader.

    The count also kept a filter that matches nothing from walking the whole of the feed's order for it (search
    words, a language or a source no gig has, a span in the future: 0.15-0.35 s on PostgreSQL and 0.8 s on SQLite
    at 200,000 postings). So a first page first looks for a match among the ``FIRST_WALK`` newest postings (one
    query that stops at the first match: a few ms, and at most that walk when there is none): found, the page is
    read at once, as ``feed_page`` would (its total would have been above 0); not found, the count decides, as in
    ``feed_page`` (0: no page at all). The probe only decides whether to count, so the items are ``feed_page``'s
    whatever it finds. A later page (``offset``) counts first, as ``feed_page`` does."""
    f = replace(f, now=f.now or utcnow())  # the probe, the count and the page judge closing dates at one moment
    if (f.offset or not _matches_among_newest(session, f)) and count_feed(session, f) <= f.offset:
        return []
    return _cards(session, f)


def newest_posting_time(session: Session) -> datetime | None:
    """The time of the store's newest posting in the feed's order (``NEWEST``: as published, else first seen), None
    in a store with none: the last entry of ``ix_postings_newest``, whatever the feed's filters."""
    return session.scalar(select(func.max(NEWEST)))


def _matches_among_newest(session: Session, f: FeedFilter) -> bool:
    """Whether one of the ``FIRST_WALK`` newest postings (all of them, in a smaller store) is in the feed ``f``
    asks for: the page's own conditions, walked in the feed's order from the newest down to the time (``NEWEST``)
    of the posting that follows them, which ``ix_postings_newest`` finds as it finds a page."""
    bound = session.scalar(select(NEWEST).order_by(NEWEST.desc(), Posting.id.desc()).offset(FIRST_WALK).limit(1))
    newest = [] if bound is None else [NEWEST >= bound]
    return bool(session.scalar(select(exists().where(*feed_conditions(f, in_feed_order=True), *newest))))


def _cards(session: Session, f: FeedFilter) -> list[dict[str, Any]]:
    """The page ``f`` asks for, as every web form of the feed shows it: ``store.queries.feed``'s rows in the public
    form, with their links."""
    return with_links(session, [posting_as_dict(p) for p in feed(session, f, options=AS_SHOWN)])


def with_links(session: Session, postings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``also_posted_on`` (every other source of the same gig) to each public posting."""
    links = also_posted_on(session, postings)
    for p in postings:
        p["also_posted_on"] = links.get(p["id"], [])
    return postings


def posting(session: Session, posting_id: int) -> dict[str, Any] | None:
    """One stored posting (curated or not) in the public form, with ``also_posted_on``."""
    row = session.get(Posting, posting_id, options=AS_SHOWN)
    if row is None:
        return None
    return with_links(session, [posting_as_dict(row)])[0]


def stored_sources_query() -> Select[tuple[str]]:
    """The distinct sources in the store, by a "loose index scan": the smallest source, then again and again the
    smallest one above the last, each one look-up in ``uq_postings_source_source_id`` (source, source_id) — a dozen
    index searches, where ``SELECT DISTINCT`` read the whole index or table (36-57 ms on 200,000 postings, on every
    feed page). The same SQL on SQLite and PostgreSQL; in the database's collation order."""
    first = select(func.min(Posting.source).label("source")).cte("sources", recursive=True)
    after = select(func.min(Posting.source)).where(Posting.source > first.c.source).scalar_subquery()
    sources = first.union_all(select(after).where(first.c.source.is_not(None)))
    return select(sources.c.source).where(sources.c.source.is_not(None))


def stored_sources(session: Session) -> list[str]:
    """The sources the store holds postings of, sorted (by Python, as before: the database's collation may order
    them otherwise)."""
    return sorted(session.scalars(stored_sources_query()))


#: How many of the newest postings ``read_one`` reads whole: the feed's first page.
READ_FOR_HEALTH = 20


def read_one(session: Session) -> None:
    """Read what the pages read first, cheaply (by index): the newest postings whole, descriptions included, as the
    feed's first page and the RSS feed do, and a row of each table they join. Raises when the store cannot be read
    (``/api/health``): reading only a posting's id, which its index holds, had answered ok for a store whose every
    page failed. (A page damaged elsewhere is met only by the request that reads it.)"""
    session.execute(select(*Posting.__table__.columns).order_by(NEWEST.desc(), Posting.id.desc())
                    .limit(READ_FOR_HEALTH)).all()
    for table in (PostingTag, PostingRegion, PostingSearch):
        session.execute(select(*table.__table__.columns).limit(1)).all()
