"""``queries.feed_dicts``, which ``vagigs feed --format csv`` writes as it reads: the postings of ``queries.feed``
in the public form of ``posting_as_dict``, the same values in the same order, read a batch at a time (an export of
200,000 postings held 6.9 GB before its first line, 152 MB since). On SQLite and on a real PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from sqlalchemy import event

from store import db, dedupe_queries, queries
from store.models import Posting
from tests.helpers import VA_GIG, statements

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def _store(url: str) -> None:
    with db.sessions(url).begin() as s:
        ids = [queries.upsert_posting(s, {**VA_GIG, "source": "remoteok", "source_id": str(i),
                                          "posted_at": NOW - timedelta(days=i), "title": f"Gig {i}",
                                          "allowed_regions": [["United States"], None, []][i % 3],
                                          "remote": i % 2 == 0, "salary_min": 100.5 * i or None,
                                          "tag_scores": {"customer_support": 0.5} if i % 4 else None,
                                          "expires_at": NOW - timedelta(days=1) if i == 3 else None,
                                          "legitimacy_verdict": "likely_scam" if i == 5 else "ok"}).id
               for i in range(9)]
        dedupe_queries.set_clusters(s, [(ids[4], ids[3], "exact", False)])  # closed 3 shown by its open duplicate


@pytest.mark.parametrize("f", [
    queries.FeedFilter(curated=False, limit=None, now=NOW),  # every posting: read a batch at a time
    queries.FeedFilter(curated=False, limit=4, offset=2, now=NOW),
    queries.FeedFilter(limit=None, now=NOW),  # the curated feed, with a stand-in
    queries.FeedFilter(limit=5, offset=1, now=NOW),  # pages of 2, 2 and 1 after the first card
    queries.FeedFilter(limit=None, include_scams=True, now=NOW),
], ids=["all", "page", "curated", "curated-page", "curated-scams"])
def test_feed_dicts_are_the_feeds_postings_in_public_form(store_url: str, f: queries.FeedFilter) -> None:
    _store(store_url)
    with db.sessions(store_url)() as s:
        expected = [queries.posting_as_dict(p) for p in queries.feed(s, f)]
    with db.sessions(store_url)() as s:
        got = list(queries.feed_dicts(s, f, batch=2))
    assert got == expected and len(got) >= 4
    assert [type(v) for v in got[0].values()] == [type(v) for v in expected[0].values()]


def test_the_curated_feed_is_read_a_page_at_a_time(store_url: str) -> None:
    """Its stand-ins are looked up a page at a time, and the sources' raw records are not read: a curated export
    of 100,000 postings held 1.27 GB."""
    _store(store_url)
    loaded: list[int] = []
    payloads: list[int] = []

    def on_load(_: object, posting: Posting) -> None:
        loaded.append(posting.id)
        payloads.extend([posting.id] if "payload" in vars(posting) else [])

    with db.sessions(store_url)() as s:
        event.listen(s, "loaded_as_persistent", on_load)
        rows = queries.feed_dicts(s, queries.FeedFilter(limit=None, now=NOW), batch=2)
        next(rows)
        first_page = len(loaded)
        rest = list(rows)
    assert first_page <= 3 < len(loaded)  # two cards and a stand-in, of the seven cards and their stand-in
    assert len(rest) == 6 and payloads == []


@pytest.mark.parametrize("f", [queries.FeedFilter(limit=None, now=NOW), queries.FeedFilter(curated=False, limit=None)],
                         ids=["curated", "all"])
def test_an_export_reads_when_each_posting_changed_with_its_page(store_url: str, f: queries.FeedFilter) -> None:
    """``changed_at``, which a posting is read without (a deferred column), is read with each page's rows and
    stand-ins, not once for each posting written."""
    _store(store_url)
    with db.sessions(store_url)() as s, statements(store_url) as seen:
        written = list(queries.feed_dicts(s, f, batch=2))
    reads = [sql for sql in seen if "postings.changed_at" in sql]
    assert len(written) >= 7 and all("changed_at" in p for p in written)
    assert reads and all("postings.title" in sql for sql in reads)
