"""Walking ``/api/postings`` by its ``next`` links while crawls store postings: each posting the feed held at the
first page is seen once, in the feed's order (newest first, then by id among postings of one time), and one stored
mid-walk is not pushed onto a page already read. ``offset`` still counts from the newest. A small store of its own
(the shared web store is read-only)."""
from __future__ import annotations

import json
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from replay import SHIPPED_SNAPSHOT
from store import db, queries
from store.models import Posting
from tests.helpers import sqlite_copy, vagigs

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


# ---------------------------------------------------------------- a re-crawl that re-dates stored postings

REDATED = {"1093768": "2026-12-05T12:00:00+00:00",  # bumped past every other gig: a walk had skipped it
           "1095650": "2024-06-01T00:00:00+00:00"}  # moved back behind the pages read: a walk had shown it twice


def _redated_snapshot(tmp_path: Path) -> Path:
    """The shipped snapshot, its Remote OK answer newer (a later ``Last-Modified``: no 304) and two jobs re-dated."""
    snap = tmp_path / "snap2"
    shutil.copytree(SHIPPED_SNAPSHOT, snap)
    answer = snap / "remoteok.com" / "api.json"
    jobs = json.loads(answer.read_text(encoding="utf-8"))
    for job in jobs[1:]:
        job["date"] = REDATED.get(str(job.get("id")), job["date"])
    answer.write_text(json.dumps(jobs), encoding="utf-8")
    manifest = snap / "manifest.jsonl"
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    for entry in entries:
        if entry["url"] == "https://remoteok.com/api":
            entry["headers"]["Last-Modified"] = "Sat, 05 Dec 2026 12:00:00 GMT"
    manifest.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return snap


def _forms_of_the_feed(client, url: str) -> dict[str, list]:  # type: ignore[no-untyped-def]
    """The order of the feed in each form a seeker reads it: the API, the pages, RSS, Atom and ``vagigs feed``."""
    from click.testing import CliRunner

    from cli import main

    pages, page = [], 1
    while (answer := client.get(f"/?page={page}")).status_code == 200:
        pages += list(dict.fromkeys(re.findall(r'href="/postings/(\d+)', answer.get_data(as_text=True))))
        page += 1
    exported = CliRunner().invoke(main, ["feed", "--limit", "200", "--format", "json"],
                                  env={"VAGIGS_DATABASE_URL": url}, catch_exceptions=False)
    return {"api": [p["id"] for p in client.get("/api/postings?limit=200").get_json()["postings"]],
            "pages": pages,
            "rss": re.findall(r"<guid[^>]*>([^<]+)</guid>", client.get("/feed.rss").get_data(as_text=True)),
            "atom": re.findall(r"<id>([^<]+/postings/\d+)</id>", client.get("/feed.atom").get_data(as_text=True)),
            "vagigs feed": [p["id"] for p in json.loads(exported.stdout)]}


def test_a_walk_sees_each_posting_once_when_a_crawl_re_dates_stored_ones(web_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's walks: ``limit=5``, two next links followed, then Remote OK crawled again with job 1093768
    re-dated to after every gig (it was never returned); ``limit=10``, three pages read, with job 1095650 moved back
    behind them (it was returned twice). Each gig keeps its place in every form of the feed."""
    from web.app import create_app

    url = sqlite_copy(web_store["url"], tmp_path / "walk.db")
    client = create_app(url).test_client()
    with db.sessions(url)() as s:
        moved = {job: s.scalars(select(Posting.id).where(Posting.source == "remoteok", Posting.source_id == job)).one()
                 for job in REDATED}
    forms = _forms_of_the_feed(client, url)
    before = forms["api"]
    walks: dict[int, list[int]] = {5: [], 10: []}
    following: dict[int, str] = {}
    for limit, pages in ((5, 3), (10, 3)):
        next_url = f"/api/postings?limit={limit}"
        for _ in range(pages):
            body = client.get(next_url).get_json()
            walks[limit] += [p["id"] for p in body["postings"]]
            next_url = body["next"]
        following[limit] = next_url
    bumped, moved_back = moved["1093768"], moved["1095650"]
    assert bumped in before and bumped not in walks[5]  # ahead of the walk when the crawl re-dates it
    assert moved_back in walks[10]  # already seen

    vagigs("crawl", "remoteok", "--replay", str(_redated_snapshot(tmp_path)),
           env={"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")})

    for limit, next_url in following.items():
        while next_url:
            body = client.get(next_url).get_json()
            walks[limit] += [p["id"] for p in body["postings"]]
            next_url = body["next"]
    assert walks == {5: before, 10: before}
    assert _forms_of_the_feed(client, url) == forms
    shown = client.get(f"/api/postings/{bumped}").get_json()
    assert shown["posted_at"] == "2025-08-06T15:28:45+00:00" and shown["last_seen_at"] > shown["first_seen_at"]
