"""Walking ``/api/postings`` by its ``next`` links while crawls store postings: each posting the feed held at the
first page is seen once, in the feed's order (newest first, then by id among postings of one time), and one stored
mid-walk is not pushed onto a page already read. ``offset`` still counts from the newest. A small store of its own
(the shared web store is read-only)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from store import db, queries
from store.models import Posting

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def _store(url: str, name: str, posted_at: datetime | None, **extra) -> int:  # type: ignore[no-untyped-def]
    with db.sessions(url).begin() as s:
        return queries.upsert_posting(s, dict(
            source="remotive", source_id=name, title=f"{name} support gig", description="Answer customer emails.",
            language="en", tags=["customer_support"], va_relevant=True, legitimacy_score=90,
            legitimacy_verdict="ok", posted_at=posted_at, **extra)).id


@pytest.fixture
def store(tmp_path: Path) -> dict:
    """Twelve gigs: three pairs posted at the same second (ties the ids order), the rest an hour apart."""
    url = f"sqlite:///{tmp_path / 'web.db'}"
    db.migrate(url)
    when = [T0 + timedelta(hours=h // 2 if h < 6 else h) for h in range(12)]
    ids = [_store(url, f"gig-{i}", at) for i, at in enumerate(when)]
    return {"url": url, "ids": ids}


def _walk(client, url: str, between=lambda n: None) -> list[int]:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    while url:
        body = client.get(url).get_json()
        seen += [p["id"] for p in body["postings"]]
        between(len(seen))
        url = body["next"]
    return seen


def test_a_walk_of_next_links_sees_each_posting_once_while_a_crawl_stores(own_client, store) -> None:  # type: ignore[no-untyped-def]
    before = [p["id"] for p in own_client.get("/api/postings?limit=200").get_json()["postings"]]
    assert sorted(before) == sorted(store["ids"]) and len(before) == 12
    stored: list[int] = []

    def crawl(n: int) -> None:  # after each page: a newer gig, and one posted before the page's last (a backlog)
        stored.append(_store(store["url"], f"new-{n}", T0 + timedelta(days=30 + n)))
        stored.append(_store(store["url"], f"old-{n}", T0 - timedelta(days=n)))

    seen = _walk(own_client, "/api/postings?limit=5", crawl)
    assert [i for i in seen if i in before] == before  # each once, in order; by offset, the 5th came again
    assert not set(seen) & {i for i in stored[::2]}  # newer than the walk's first page: left for the next walk
    assert len(seen) == len(set(seen))


def test_a_walk_goes_on_after_a_posting_it_passed_leaves_the_feed(own_client, store) -> None:  # type: ignore[no-untyped-def]
    before = [p["id"] for p in own_client.get("/api/postings?limit=200").get_json()["postings"]]

    def delist(n: int) -> None:  # the page's first posting leaves: by offset, the next page's first was skipped
        if n == 5:
            with db.sessions(store["url"]).begin() as s:
                s.get(Posting, before[0]).delisted_at = T0
    assert _walk(own_client, "/api/postings?limit=5", delist) == before


def test_ties_are_ordered_by_id_and_offsets_still_count_from_the_newest(own_client, store) -> None:  # type: ignore[no-untyped-def]
    ids = store["ids"]
    walked = _walk(own_client, "/api/postings?limit=1")
    assert walked == [*ids[6:][::-1], ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]]
    third = own_client.get("/api/postings?limit=5&offset=5").get_json()
    assert third["offset"] == 5 and [p["id"] for p in third["postings"]] == walked[5:10]
    following = own_client.get(third["next"]).get_json()
    assert following["offset"] == 10 and [p["id"] for p in following["postings"]] == walked[10:]
    assert following["next"] is None and following["total"] == 12


@pytest.mark.parametrize("query", ["cursor=zzz", "cursor=", "cursor=MjAyNnwx", "cursor=a&cursor=b",
                                   "cursor=MjAyNi0xMS0wMlQwOTowMDowMCswMDowMHwxfDU&offset=5",
                                   "cursor=MjAyNi0xMS0wMlQwOTowMDowMCswMDowMHwxfDU&page=2"])
def test_a_cursor_not_given_by_a_next_link_is_a_400(own_client, store, query: str) -> None:  # type: ignore[no-untyped-def]
    response = own_client.get(f"/api/postings?{query}")
    if query == "cursor=":  # empty, as every parameter: not given
        assert response.status_code == 200
        return
    assert response.status_code == 400 and response.get_json()["parameter"] == "cursor"
