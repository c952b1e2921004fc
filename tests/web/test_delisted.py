"""Postings their source no longer lists: left out of the web feed, the API and RSS/Atom unless ``delisted=1`` asks
for them, and their own page says since when, in English, Uzbek and Persian. A small store of its own (the shared
web store is read-only)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import html

from store import db, queries
from tests.helpers import feed_ids, small_store
from web import i18n

DELISTED_ON = datetime(2026, 1, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path: Path) -> dict:
    url, ids = small_store(
        tmp_path / "web.db",
        dict(source="remoteok", source_id="gone", title="Filled support gig",
             url="https://remoteok.com/remote-jobs/gone", last_seen_at=DELISTED_ON - timedelta(days=1)),
        dict(source="remoteok", source_id="live", title="Open support gig",
             url="https://remoteok.com/remote-jobs/live"))
    with db.sessions(url).begin() as s:
        assert queries.mark_delisted(s, "remoteok", DELISTED_ON - timedelta(hours=1), now=DELISTED_ON) == 1
    return {"url": url, **ids}


def test_feed_page_hides_delisted_unless_asked(own_client, store) -> None:  # type: ignore[no-untyped-def]
    assert feed_ids(own_client, "/?ui=en") == {store["live"]}
    assert feed_ids(own_client, "/?ui=en&delisted=1") == {store["live"], store["gone"]}
    doc = html.fromstring(own_client.get("/?ui=en&delisted=1").data)
    [card] = doc.cssselect(f'li.posting[data-id="{store["gone"]}"]')
    assert card.cssselect("p.delisted")[0].text_content().strip() == "No longer listed by Remote OK since 2026-01-02"
    [live] = doc.cssselect(f'li.posting[data-id="{store["live"]}"]')
    assert not live.cssselect("p.delisted")
    assert own_client.get("/?delisted=maybe").status_code == 400
    for url, checked in (("/?ui=fa", False), ("/?ui=fa&delisted=1", True)):  # the filter form's checkbox
        box = html.fromstring(own_client.get(url).data).cssselect('input[type=checkbox][name="delisted"]')[0]
        assert (box.get("checked") is not None) == checked
        assert box.getparent().text_content().strip() == "نمایش آگهی‌هایی که دیگر فهرست نمی‌شوند"


def test_api_and_syndication_feeds_hide_delisted_unless_asked(own_client, store) -> None:  # type: ignore[no-untyped-def]
    default = own_client.get("/api/postings").get_json()
    assert default["total"] == 1 and [p["id"] for p in default["postings"]] == [store["live"]]
    assert default["postings"][0]["delisted_at"] is None
    both = own_client.get("/api/postings?delisted=1").get_json()
    assert both["total"] == 2
    gone = next(p for p in both["postings"] if p["id"] == store["gone"])
    assert datetime.fromisoformat(gone["delisted_at"]) == DELISTED_ON
    assert list(gone) == list(queries.PUBLIC_FIELDS) + ["also_posted_on", "legitimacy_verdict_text", "tag_labels"]
    assert own_client.get(f"/api/postings/{store['gone']}").get_json()["delisted_at"] == gone["delisted_at"]
    for path in ("/feed.rss", "/feed.atom"):
        assert b"Filled support gig" not in own_client.get(path).data
        assert b"Filled support gig" in own_client.get(f"{path}?delisted=1").data
        assert b"Open support gig" in own_client.get(path).data


@pytest.mark.parametrize(("ui", "line"), [
    ("en", "No longer listed by Remote OK since 2026-01-02"),
    ("uz", "Remote OK ro'yxatida 2026-01-02 dan beri yo'q"),
    ("fa", "در Remote OK از ۱۴۰۴/۱۰/۱۲ دیگر فهرست نشده است"),
])
def test_posting_page_says_since_when_it_is_no_longer_listed(own_client, store, ui: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert i18n.format_date(ui, DELISTED_ON) in line
    doc = html.fromstring(own_client.get(f"/postings/{store['gone']}?ui={ui}").data)
    assert [p.text_content().strip() for p in doc.cssselect("article p.delisted")] == [line]
    live = html.fromstring(own_client.get(f"/postings/{store['live']}?ui={ui}").data)
    assert not live.cssselect("p.delisted")


def test_every_ui_language_has_the_delisted_line() -> None:
    for ui in i18n.UI_LANGUAGES:
        text = i18n.MESSAGES[ui]["delisted"]
        assert "{source}" in text and "{date}" in text


def test_a_gig_its_source_has_not_shown_for_a_week_says_so(tmp_path: Path) -> None:
    """Before it is taken as delisted (``VAGIGS_UNSEEN_DAYS``), a gig not seen for a week or more says since when, in
    the reader's language; one seen six days ago, or already delisted, does not."""
    now = queries.utcnow()
    url, ids = small_store(
        tmp_path / "unseen.db",
        dict(source="remoteok", source_id="quiet", title="Quiet gig", last_seen_at=now - timedelta(days=12)),
        dict(source="remoteok", source_id="recent", title="Recent gig", last_seen_at=now - timedelta(days=6)),
        dict(source="remoteok", source_id="gone", title="Gone gig", last_seen_at=now - timedelta(days=40)))
    with db.sessions(url).begin() as s:
        assert queries.mark_unseen(s, "remoteok", now - timedelta(days=30)) == 1
    from web.app import create_app

    app = create_app(url).test_client()
    doc = html.fromstring(app.get("/?ui=en&delisted=1").data)
    notes = {li.get("data-id"): [p.text_content().strip() for p in li.cssselect("p.unseen")]
             for li in doc.cssselect("li.posting")}
    since = (now - timedelta(days=12)).date().isoformat()
    assert notes == {str(ids["quiet"]): [f"Not seen on Remote OK since {since}: the gig may be filled"],
                     str(ids["recent"]): [], str(ids["gone"]): []}
    page = html.fromstring(app.get(f"/postings/{ids['quiet']}?ui=fa").data)
    [note] = page.cssselect("p.unseen")
    assert "Remote OK" in note.text_content() and "دیده نشده است" in note.text_content()
    assert "ko'rinmagan" in html.fromstring(app.get("/?ui=uz").data).cssselect("p.unseen")[0].text_content()
