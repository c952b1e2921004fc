"""A feed item is its gig's, whichever posting of the gig's cluster shows it: when the representative leaves the
feed (delisted, closed) and an open duplicate stands in, RSS's ``guid`` and Atom's ``id`` stay those of the gig,
and only its link moves to the posting to open. They had become the stand-in's address, so a reader or a polling
bot posted the same gig again as new, and again when the original came back. ``vagigs dedupe --rebuild`` leaves
them as they were. A store of its own, clustered as a crawl clusters it (the shared web store is read-only)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from pipeline import dedupe
from pipeline.dedupe import cluster
from store import db, queries
from store.models import Posting
from tests.helpers import VA_GIG

ATOM = "{http://www.w3.org/2005/Atom}"
TEXT = ("Clerky is hiring a Customer Operations Specialist to answer customer emails and chats, keep the help centre "
        "up to date and log feedback in a shared spreadsheet. Fully remote, worldwide.")


def _crawl(url: str, source_id: str, **fields: Any) -> int:
    """Store a posting as a crawl does: into the cluster ``before_store`` offers, then the upsert."""
    values: dict[str, Any] = {**VA_GIG, "source": "remotive", "source_id": source_id, "title": "Customer Operations",
                              "company": "Clerky", "description": TEXT,
                              "url": f"https://remotive.com/remote-jobs/{source_id}", **fields}
    values["content_hash"] = dedupe.content_hash(values["title"], values["company"], values["description"])
    with db.sessions(url).begin() as s:
        found = dedupe.before_store(s, values)
        if found is not None:
            values.update(cluster_id=found[0], cluster_reason=found[1].reason, is_representative=False)
        return queries.upsert_posting(s, values).id


@pytest.fixture
def store(tmp_path: Path) -> dict:
    """``original`` and ``repost`` (the same job under a new id and link, listed after it), one gig; ``other``, a
    gig of its own."""
    url = f"sqlite:///{tmp_path / 'web.db'}"
    db.migrate(url)
    ids = {"original": _crawl(url, "2090942")}
    ids["repost"] = _crawl(url, "9990001", posted_at=VA_GIG["posted_at"] + timedelta(hours=1))
    ids["other"] = _crawl(url, "2091047", title="Bookkeeping assistant", company="Ledgerly",
                          description="Reconcile accounts in Xero and prepare monthly reports for our clients.")
    cluster.update(url)
    return {"url": url, **ids}


def _items(client, path: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The feed's items as id → the link a reader opens, for RSS (``guid``, ``link``) or Atom (``id``, the
    alternate link); the same for both."""
    doc = etree.fromstring(client.get(path).data)
    if path.startswith("/feed.rss"):
        return {item.findtext("guid"): item.findtext("link") for item in doc.iter("item")}
    return {entry.findtext(f"{ATOM}id"): entry.find(f"{ATOM}link[@rel='alternate']").get("href")
            for entry in doc.iter(f"{ATOM}entry")}


def _delist(url: str, source_id: str, when: datetime | None) -> None:
    with db.sessions(url).begin() as s:
        s.execute(Posting.__table__.update().where(Posting.source_id == source_id).values(delisted_at=when))


@pytest.mark.parametrize("feed", ["/feed.rss?ui=uz", "/feed.atom?ui=uz"])
def test_a_gig_keeps_its_item_id_while_a_duplicate_stands_in_for_it(own_client, store, feed: str) -> None:  # type: ignore[no-untyped-def]
    gig, other = (f"http://localhost/postings/{store[name]}" for name in ("original", "other"))
    with db.sessions(store["url"])() as s:
        assert s.get(Posting, store["repost"]).cluster_id == store["original"]  # one gig, as the crawl clustered it
    listed = _items(own_client, feed)
    assert listed == {gig: f"{gig}?ui=uz", other: f"{other}?ui=uz"}

    _delist(store["url"], "2090942", datetime(2026, 12, 6, tzinfo=timezone.utc))
    stand_in = _items(own_client, feed)
    assert stand_in == {gig: f"http://localhost/postings/{store['repost']}?ui=uz", other: f"{other}?ui=uz"}

    _delist(store["url"], "2090942", None)  # listed again
    assert _items(own_client, feed) == listed


def test_rebuilding_the_clusters_leaves_every_item_id_as_it_was(own_client, store) -> None:  # type: ignore[no-untyped-def]
    before = {feed: own_client.get(feed).data for feed in ("/feed.rss", "/feed.atom")}
    cluster.rebuild(store["url"])
    for feed, body in before.items():
        assert own_client.get(feed).data == body, feed
