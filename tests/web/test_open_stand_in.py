"""A gig whose representative posting closed (or its source no longer lists it) while another source still takes
applications: the web feed, the API and RSS/Atom show the open posting in its place, with no "Closed on" or "No
longer listed" line and the closed one under "also posted on"; asked for closed gigs too, a delisted representative
is still shown by its listed duplicate (and asked for delisted ones, a closed one by its duplicate not closed); asked
for both, they show the representative, and its own page is unchanged. A small store of its own (the shared web store is read-only)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import etree, html

from store import db, dedupe_queries, queries
from store.models import Posting
from tests.helpers import feed_ids

CLOSED_ON = datetime(2026, 1, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path: Path) -> dict:
    """``closed`` (the representative, past its closing date) and ``open`` (its duplicate on another source, posted
    earlier); ``gone`` (a representative delisted) and ``listed``; ``dead`` (closed) and ``dead-dup`` (delisted);
    ``newest``, a gig of its own posted last."""
    url = f"sqlite:///{tmp_path / 'web.db'}"
    db.migrate(url)
    base = dict(description="Answer customer emails.", language="en", tags=["customer_support"], va_relevant=True,
                legitimacy_score=90, legitimacy_verdict="ok")
    rows = (("closed", "jsonld", 10, CLOSED_ON), ("open", "remoteok", 3, None),
            ("gone", "remotive", 8, None), ("listed", "weworkremotely", 2, None),
            ("dead", "jsonld", 9, CLOSED_ON), ("dead-dup", "remotive", 9, None), ("newest", "remotive", 11, None))
    with db.sessions(url).begin() as s:
        ids = {name: queries.upsert_posting(s, dict(
            base, source=source, source_id=name, title=f"{name.capitalize()} support gig", expires_at=expires,
            url=f"https://{source}.example/jobs/{name}", posted_at=datetime(2025, 12, day, tzinfo=timezone.utc))).id
            for name, source, day, expires in rows}
        dedupe_queries.set_clusters(s, [(ids["open"], ids["closed"], "exact", False),
                                        (ids["listed"], ids["gone"], "exact", False),
                                        (ids["dead-dup"], ids["dead"], "exact", False)])
        s.execute(Posting.__table__.update().where(Posting.source_id.in_(["gone", "dead-dup"]))
                  .values(delisted_at=CLOSED_ON))
    return {"url": url, **ids}


def test_feed_page_shows_the_open_posting_in_its_place(own_client, store) -> None:  # type: ignore[no-untyped-def]
    doc = html.fromstring(own_client.get("/?ui=en").data)
    cards = doc.cssselect("li.posting")
    assert [int(li.get("data-id")) for li in cards] == [store["newest"], store["open"], store["listed"]]
    assert doc.cssselect("span.total")[0].text_content() == "3 gigs"
    for card in cards:
        assert not card.cssselect("p.expires.closed") and not card.cssselect("p.delisted")
    [card] = doc.cssselect(f'li.posting[data-id="{store["open"]}"]')
    assert card.get("data-source") == "remoteok"
    assert [a.get("href") for a in card.cssselect("p.also a")] == ["https://jsonld.example/jobs/closed"]
    [card] = doc.cssselect(f'li.posting[data-id="{store["listed"]}"]')
    assert [a.get("href") for a in card.cssselect("p.also a")] == ["https://remotive.example/jobs/gone"]


@pytest.mark.parametrize(("query", "shown"), [
    ("expired=1", ["newest", "closed", "dead", "listed"]),  # the delisted one still shown by its listed duplicate
    ("delisted=1", ["newest", "open", "dead-dup", "gone"]),  # the closed ones by their duplicates not closed
    ("expired=1&delisted=1", ["newest", "closed", "dead", "gone"]),
])
def test_asked_for_closed_or_delisted_gigs_each_flag_adds_only_its_own_kind(  # type: ignore[no-untyped-def]
        own_client, store, query: str, shown: list[str]) -> None:
    assert feed_ids(own_client, f"/?ui=en&{query}") == {store[name] for name in shown}
    api = own_client.get(f"/api/postings?{query}").get_json()
    assert [p["id"] for p in api["postings"]] == [store[name] for name in shown] and api["total"] == 4


def test_api_and_syndication_feeds_show_the_open_posting(own_client, store) -> None:  # type: ignore[no-untyped-def]
    api = own_client.get("/api/postings").get_json()
    assert api["total"] == 3
    assert [p["id"] for p in api["postings"]] == [store["newest"], store["open"], store["listed"]]
    shown = {p["source_id"]: p for p in api["postings"]}
    assert shown["open"]["expires_at"] is None and shown["listed"]["delisted_at"] is None
    assert shown["open"]["also_posted_on"] == [{"source": "jsonld", "url": "https://jsonld.example/jobs/closed"}]
    assert [p["id"] for p in own_client.get("/api/postings?limit=1&offset=1").get_json()["postings"]] == [store["open"]]
    for path in ("/feed.rss", "/feed.atom"):
        body = own_client.get(path).data
        assert b"Open support gig" in body and b"Listed support gig" in body
        assert b"Closed support gig" not in body and b"Gone support gig" not in body and b"Dead" not in body
    atom = etree.fromstring(own_client.get("/feed.atom").data)
    links = [link.get("href") for link in atom.iter("{http://www.w3.org/2005/Atom}link")
             if link.get("rel") == "related"]
    assert "https://remoteok.example/jobs/open" in links and "https://jsonld.example/jobs/closed" not in links


def test_the_closed_postings_own_page_is_unchanged(own_client, store) -> None:  # type: ignore[no-untyped-def]
    doc = html.fromstring(own_client.get(f"/postings/{store['closed']}?ui=en").data)
    assert doc.cssselect("article p.expires.closed")[0].text_content().strip() == "Closed on 2026-01-02"
    assert own_client.get(f"/api/postings/{store['closed']}").get_json()["id"] == store["closed"]
