"""Store reads the web app needs beside ``store.queries.feed``: a page of the feed with
its total, one posting, and the values the filter form offers.

The feed's conditions stay in ``store.queries.feed_query``; these only count or page it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store.dedupe_queries import also_posted_on
from store.models import Posting
from store.queries import FeedFilter, feed, feed_conditions, posting_as_dict, utcnow


def count_feed(session: Session, f: FeedFilter) -> int:
    """How many postings the filter matches, whatever its limit and offset (a plain count over the
    conditions: a subquery of whole rows would read every description)."""
    return int(session.scalar(select(func.count(Posting.id)).where(*feed_conditions(f))) or 0)


def feed_page(session: Session, f: FeedFilter) -> tuple[list[dict[str, Any]], int]:
    """One page of the feed in the public form of ``vagigs feed --format json`` (with
    ``also_posted_on``), and the total the filter matches. The rows are ``store.queries.feed``'s: a cluster whose
    representative closed is shown by an open posting of it, whose links then name the other postings."""
    f = replace(f, now=f.now or utcnow())  # the count and the page judge closing dates at one moment
    total = count_feed(session, f)
    if total <= f.offset:  # nothing to show: no walk of the feed's order looking for what is not there
        return [], total
    postings = [posting_as_dict(p) for p in feed(session, f)]
    with_links(session, postings)
    return postings, total


def with_links(session: Session, postings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``also_posted_on`` (every other source of the same gig) to each public posting."""
    links = also_posted_on(session, postings)
    for p in postings:
        p["also_posted_on"] = links.get(p["id"], [])
    return postings


def posting(session: Session, posting_id: int) -> dict[str, Any] | None:
    """One stored posting (curated or not) in the public form, with ``also_posted_on``."""
    row = session.get(Posting, posting_id)
    if row is None:
        return None
    return with_links(session, [posting_as_dict(row)])[0]


def stored_sources(session: Session) -> list[str]:
    """The sources the store holds postings of, sorted."""
    return sorted(session.scalars(select(Posting.source).distinct()))
