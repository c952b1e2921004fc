"""Postings whose closing date has passed: left out of the web feed, the API and RSS/Atom unless ``expired=1`` asks
for them (the feed form has a checkbox for it, in English, Uzbek and Persian); a posting's page says "Closes on" or
"Closed on" its date in the reader's language; the API carries ``expires_at``. A small store of its own (the shared
web store is read-only)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import html

from store import db, queries
from tests.helpers import feed_ids, small_store
from web import i18n

CLOSED_ON = datetime(2026, 1, 2, 9, 30, tzinfo=timezone.utc)
CLOSES_ON = datetime(2099, 3, 4, 23, 59, 59, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path: Path) -> dict:
    url, ids = small_store(tmp_path / "web.db", *(
        dict(source="jsonld", source_id=name, title=title, expires_at=expires,
             url=f"https://careers.example.com/jobs/{name}")
        for name, title, expires in (("closed", "Closed support gig", CLOSED_ON),
                                     ("open", "Open support gig", CLOSES_ON),
                                     ("undated", "Undated support gig", None))))
    return {"url": url, **ids}


def test_feed_page_hides_expired_unless_asked(own_client, store) -> None:  # type: ignore[no-untyped-def]
    assert feed_ids(own_client, "/?ui=en") == {store["open"], store["undated"]}
    assert feed_ids(own_client, "/?ui=en&expired=1") == {store["open"], store["undated"], store["closed"]}
    assert feed_ids(own_client, "/?ui=en&delisted=1") == {store["open"], store["undated"]}  # another flag
    doc = html.fromstring(own_client.get("/?ui=en&expired=1").data)
    assert doc.cssselect("span.total")[0].text_content() == "3 gigs"
    [card] = doc.cssselect(f'li.posting[data-id="{store["closed"]}"]')
    assert card.cssselect("p.expires.closed")[0].text_content().strip() == "Closed on 2026-01-02"
    [card] = doc.cssselect(f'li.posting[data-id="{store["open"]}"]')
    assert card.cssselect("p.expires.open")[0].text_content().strip() == "Closes on 2099-03-04"
    [card] = doc.cssselect(f'li.posting[data-id="{store["undated"]}"]')
    assert not card.cssselect("p.expires")
    assert own_client.get("/?expired=maybe").status_code == 400
    # the pages' links keep asking for them
    assert "expired=1" in doc.cssselect('link[type="application/rss+xml"]')[0].get("href")


@pytest.mark.parametrize(("ui", "label"), [
    ("en", "Show gigs past their closing date"),
    ("uz", "Muddati o'tganlarini ham ko'rsatish"),
    ("fa", "نمایش آگهی‌هایی که مهلتشان گذشته است"),
])
def test_the_feed_form_has_a_checkbox_for_them(own_client, ui: str, label: str) -> None:  # type: ignore[no-untyped-def]
    for query, checked in ((f"/?ui={ui}", False), (f"/?ui={ui}&expired=1", True)):
        doc = html.fromstring(own_client.get(query).data)
        [box] = doc.cssselect('form.filters input[type=checkbox][name="expired"]')
        assert (box.get("checked") is not None) == checked and box.get("value") == "1"
        assert box.getparent().text_content().strip() == label
        # next to the delisted one
        assert box.getparent().getprevious().cssselect('input[name="delisted"]')


def test_api_and_syndication_feeds_hide_expired_unless_asked(own_client, store) -> None:  # type: ignore[no-untyped-def]
    default = own_client.get("/api/postings").get_json()
    assert default["total"] == 2 and {p["id"] for p in default["postings"]} == {store["open"], store["undated"]}
    shown = {p["id"]: p for p in default["postings"]}
    assert datetime.fromisoformat(shown[store["open"]]["expires_at"]) == CLOSES_ON
    assert shown[store["undated"]]["expires_at"] is None
    both = own_client.get("/api/postings?expired=1").get_json()
    assert both["total"] == 3
    closed = next(p for p in both["postings"] if p["id"] == store["closed"])
    assert datetime.fromisoformat(closed["expires_at"]) == CLOSED_ON
    assert list(closed) == list(queries.PUBLIC_FIELDS) + ["also_posted_on", "legitimacy_verdict_text", "tag_labels"]
    assert own_client.get(f"/api/postings/{store['closed']}").get_json()["expires_at"] == closed["expires_at"]
    assert own_client.get("/api/postings?expired=2").status_code == 400
    for path in ("/feed.rss", "/feed.atom"):
        assert b"Closed support gig" not in own_client.get(path).data
        assert b"Closed support gig" in own_client.get(f"{path}?expired=1").data
        assert b"Open support gig" in own_client.get(path).data


@pytest.mark.parametrize(("ui", "closed", "closes"), [
    ("en", "Closed on 2026-01-02", "Closes on 2099-03-04"),
    ("uz", "Arizalar qabuli 2026-01-02 da tugagan", "Arizalar 2099-03-04 gacha qabul qilinadi"),
    ("fa", "مهلت ارسال درخواست در ۱۴۰۴/۱۰/۱۲ به پایان رسید", "مهلت ارسال درخواست تا ۱۴۷۷/۱۲/۱۴"),
])
def test_posting_page_says_when_it_closes_or_closed(own_client, store, ui: str, closed: str, closes: str) -> None:  # type: ignore[no-untyped-def]
    # a closing date is the day the source gave, on no reader's clock: 23:59:59 UTC is still that day in Tashkent
    assert i18n.format_date(ui, CLOSED_ON, on_readers_clock=False) in closed
    assert i18n.format_date(ui, CLOSES_ON, on_readers_clock=False) in closes
    doc = html.fromstring(own_client.get(f"/postings/{store['closed']}?ui={ui}").data)  # a closed one's page still answers
    assert [p.text_content().strip() for p in doc.cssselect("article p.expires")] == [closed]
    assert doc.cssselect("article p.expires.closed strong")
    doc = html.fromstring(own_client.get(f"/postings/{store['open']}?ui={ui}").data)
    assert [p.text_content().strip() for p in doc.cssselect("article p.expires")] == [closes]
    assert not doc.cssselect("article p.expires strong")
    doc = html.fromstring(own_client.get(f"/postings/{store['undated']}?ui={ui}").data)
    assert not doc.cssselect("p.expires")


def test_a_closing_date_passing_moves_the_line_from_closes_to_closed(own_client, store) -> None:  # type: ignore[no-untyped-def]
    """The page judges the date when it is asked for, not when the posting was stored."""
    soon = queries.utcnow() + timedelta(seconds=2)
    with db.sessions(store["url"]).begin() as s:
        pid = queries.upsert_posting(s, dict(source="jsonld", source_id="soon", title="Soon", expires_at=soon,
                                             va_relevant=True)).id

    def line() -> str:
        doc = html.fromstring(own_client.get(f"/postings/{pid}?ui=en").data)
        return doc.cssselect("article p.expires")[0].text_content().strip()

    assert line().startswith("Closes on ") and pid in feed_ids(own_client, "/")
    import time

    time.sleep(max(0.0, (soon - queries.utcnow()).total_seconds()) + 0.05)
    assert line().startswith("Closed on ") and pid not in feed_ids(own_client, "/")


def test_every_ui_language_has_the_closing_lines() -> None:
    for ui in i18n.UI_LANGUAGES:
        for key in ("closes_on", "closed_on"):
            assert "{date}" in i18n.MESSAGES[ui][key]
        assert i18n.MESSAGES[ui]["show_expired"]
    assert len({i18n.MESSAGES[ui]["closed_on"] for ui in i18n.UI_LANGUAGES}) == 3
