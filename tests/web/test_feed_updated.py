"""An Atom entry's ``<updated>`` is its posting's last significant change (RFC 4287), the feed's its newest entry's:
a re-crawl that changed the title, company or pay, or a new verdict, moves them, while ``<published>`` stays the
posting's date. Both had said the posting's date whatever changed, so a reader kept the entry as first read. A
feed whose answer changed has a new ETag, one that did not keeps its 304. A store of its own (the shared web store
is read-only)."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import update

from store import db, queries
from store.models import Posting
from tests.helpers import VA_GIG, small_store, statements
from web.params import API_LIMIT, PAGE_SIZE

ATOM = "{http://www.w3.org/2005/Atom}"
POSTED = VA_GIG["posted_at"]
GIG = dict(source="remotive", source_id="2090942", title="Customer Operations", company="Clerky", salary_raw="$12K",
           url="https://remotive.com/remote-jobs/2090942")
OTHER = dict(source="remotive", source_id="2091047", title="Bookkeeping assistant", company="Ledgerly",
             url="https://remotive.com/remote-jobs/2091047", posted_at=POSTED - timedelta(days=3))


@pytest.fixture
def store(tmp_path: Path) -> dict:
    url, ids = small_store(tmp_path / "web.db", GIG, OTHER)
    return {"url": url, "gig": ids[GIG["source_id"]], "other": ids[OTHER["source_id"]]}


def _atom(client) -> tuple[etree._Element, str]:  # type: ignore[no-untyped-def]
    response = client.get("/feed.atom")
    assert response.status_code == 200
    return etree.fromstring(response.data), response.headers["ETag"]


def _times(feed: etree._Element, pid: int) -> tuple[datetime, datetime]:
    """An entry's (published, updated)."""
    entry = next(e for e in feed.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}id").endswith(f"/postings/{pid}"))
    return (datetime.fromisoformat(entry.findtext(f"{ATOM}published")),
            datetime.fromisoformat(entry.findtext(f"{ATOM}updated")))


def _recrawl(url: str, **changes: Any) -> None:
    time.sleep(0.01)
    with db.sessions(url).begin() as s:
        queries.upsert_posting(s, {**VA_GIG, **GIG, **changes})


@pytest.mark.parametrize("change", [{"title": "Customer Operations & Writing Specialist"}, {"company": "Clerky, Inc."},
                                    {"salary_raw": "$15K", "salary_min": 15000.0, "salary_currency": "USD"},
                                    {"legitimacy_verdict": "caution"}])
def test_an_entry_is_updated_when_its_posting_changes(own_client, store, change: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    feed, etag = _atom(own_client)
    assert _times(feed, store["gig"]) == (POSTED, POSTED)
    assert datetime.fromisoformat(feed.findtext(f"{ATOM}updated")) == POSTED

    _recrawl(store["url"])  # the same posting again: nothing changed, not even the answer
    assert own_client.get("/feed.atom", headers={"If-None-Match": etag}).status_code == 304

    before = datetime.now(timezone.utc)
    _recrawl(store["url"], **change)
    feed, new_etag = _atom(own_client)
    published, updated = _times(feed, store["gig"])
    assert published == POSTED and before - timedelta(seconds=1) < updated <= datetime.now(timezone.utc)
    assert datetime.fromisoformat(feed.findtext(f"{ATOM}updated")) == updated  # the feed's: its newest change
    assert _times(feed, store["other"]) == (OTHER["posted_at"],) * 2
    assert new_etag != etag and own_client.get("/feed.atom", headers={"If-None-Match": etag}).status_code == 200
    assert own_client.get("/feed.atom", headers={"If-None-Match": new_etag}).status_code == 304


def test_a_new_verdict_from_a_reassessment_updates_the_entry(own_client, store) -> None:  # type: ignore[no-untyped-def]
    """``vagigs reassess`` writes the verdict itself (no crawl): a gig it now finds doubtful is shown updated."""
    with db.sessions(store["url"]).begin() as s:
        s.execute(update(Posting).where(Posting.id == store["gig"]).values(legitimacy_verdict="caution",
                                                                           legitimacy_score=55))
    feed, _ = _atom(own_client)
    published, updated = _times(feed, store["gig"])
    assert published == POSTED < updated
    rss = etree.fromstring(own_client.get("/feed.rss").data)
    assert rss.findtext("channel/lastBuildDate")  # RSS's channel, built as of the same change



@pytest.fixture
def full_store(tmp_path: Path) -> dict:
    """A page's worth of remote gigs and more, and an older one from another source."""
    gigs = [dict(source="remotive", source_id=str(2091100 + n), title=f"Virtual Assistant ({n})",
                 url=f"https://remotive.com/remote-jobs/{2091100 + n}", posted_at=POSTED - timedelta(hours=n))
            for n in range(API_LIMIT + 5)]
    hh = dict(source="hh", source_id="110203344", title="Удалённый ассистент руководителя", language="ru",
              url="https://hh.ru/vacancy/110203344", posted_at=POSTED - timedelta(days=30))
    url, ids = small_store(tmp_path / "full.db", *gigs, hh)
    return {"url": url, "hh": ids[hh["source_id"]]}


def _changed_at_reads(seen: list[str]) -> list[str]:
    """The statements that read ``changed_at``, each asserted to read it with the posting's row."""
    reads = [sql for sql in seen if "postings.changed_at" in sql]
    assert all("postings.title" in sql for sql in reads), reads
    return reads


@pytest.mark.parametrize(("path", "shown"), [("/feed.atom", API_LIMIT), ("/feed.rss", API_LIMIT),
                                             ("/api/postings", API_LIMIT), ("/", PAGE_SIZE)])
def test_a_full_page_reads_when_its_postings_changed_with_them(full_store, path: str, shown: int) -> None:  # type: ignore[no-untyped-def]
    """A posting is read without ``changed_at`` (a deferred column); the pages that show it read it with the
    postings' rows, so a page of 50 runs as many queries as a page of one, not one more per posting."""
    from web.app import create_app

    client = create_app(full_store["url"]).test_client()
    ran = {}
    for query in ("?source=hh", ""):
        client.get(path + query)  # the app's first answer indexes the store for search and reads its sources once
        with statements(full_store["url"]) as seen:
            response = client.get(path + query)
        assert response.status_code == 200
        ran[query] = seen
    assert response.data.count(b"Virtual Assistant (") >= shown
    assert len(ran[""]) == len(ran["?source=hh"])
    assert len(_changed_at_reads(ran[""])) == 1


def test_a_posting_reads_when_it_changed_with_its_row(full_store) -> None:  # type: ignore[no-untyped-def]
    from web.app import create_app

    client = create_app(full_store["url"]).test_client()
    client.get("/api/health")
    with statements(full_store["url"]) as seen:
        shown = client.get(f"/api/postings/{full_store['hh']}").get_json()
    assert "changed_at" in shown and len(_changed_at_reads(seen)) == 1
