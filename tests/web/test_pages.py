"""The seekers' pages through Flask's test client: feed, filters, pagination, detail, UI languages."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from lxml import html

from tests.web.conftest import HOSTILE_TITLE
from web import i18n
from web.params import PAGE_SIZE


def _doc(client, url: str, status: int = 200, **kw):  # type: ignore[no-untyped-def]
    response = client.get(url, **kw)
    assert response.status_code == status, response.data[:500]
    return html.fromstring(response.data), response


def _postings(doc) -> list:  # type: ignore[no-untyped-def]
    return doc.cssselect("li.posting")


def _api(client, query: str = "") -> dict:  # type: ignore[no-untyped-def]
    return client.get(f"/api/postings?limit=200&{query}").get_json()


def test_feed_page_lists_the_curated_feed_newest_first(client, web_store) -> None:  # type: ignore[no-untyped-def]
    doc, response = _doc(client, "/?ui=en")
    api = _api(client)
    items = _postings(doc)
    assert len(items) == PAGE_SIZE < api["total"]
    assert [int(li.get("data-id")) for li in items] == [p["id"] for p in api["postings"][:PAGE_SIZE]]
    assert doc.cssselect(".total")[0].text_content() == f"{api['total']} gigs"
    first = items[0]  # the hostile posting is the newest; then the (hidden) scam
    assert int(first.get("data-id")) == web_store["ids"]["hostile"]
    assert web_store["ids"]["scam"] not in [p["id"] for p in api["postings"]]
    for li in items:
        assert li.cssselect("h2 a")[0].get("href").startswith("/postings/")
        assert li.cssselect(".source")[0].text and li.cssselect("time")[0].get("datetime")
        assert li.cssselect(".badge") and li.cssselect(".pay") and li.cssselect(".language")
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")


def test_each_posting_shows_pay_tags_verdict_reasons_and_other_sources(client, web_store) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(client, "/?ui=en&source=remoteok")
    original = doc.cssselect(f'li.posting[data-id="{web_store["ids"]["original"]}"]')[0]
    also = original.cssselect("p.also a")
    assert [(a.text, a.get("href")) for a in also] == [("jsonld", "https://board.example/jobs/repost-1")]
    hostile = _doc(client, "/?ui=en&lang=en&tag=data_entry")[0].cssselect(
        f'li.posting[data-id="{web_store["ids"]["hostile"]}"]')[0]
    assert hostile.cssselect(".badge")[0].text_content() == "Caution"
    assert "contact only through a messenger" in hostile.cssselect(".why")[0].text_content()
    assert [t.text for t in hostile.cssselect("li.tag")] == ["Data entry"]
    ok = doc.cssselect("li.posting.verdict-ok")[0]
    assert ok.cssselect(".badge")[0].text_content() == "Looks legitimate" and not ok.cssselect(".why")


@pytest.mark.parametrize("query, check", [
    ("lang=fa", lambda p: p["language"] == "fa"),
    ("lang=uz", lambda p: p["language"] == "uz"),
    ("tag=customer_support", lambda p: "customer_support" in p["tags"]),
    ("source=telegram", lambda p: p["source"] == "telegram"),
    ("since=7d", lambda p: p["posted_at"] >= (datetime.now(timezone.utc) - timedelta(days=7, minutes=5)).isoformat()),
])
def test_filters_narrow_the_page(client, query, check) -> None:  # type: ignore[no-untyped-def]
    everything = _api(client)["postings"]
    expected = [p["id"] for p in everything if check(p)]
    doc, _ = _doc(client, f"/?{query}&page=1")
    shown = [int(li.get("data-id")) for li in _postings(doc)]
    assert expected and shown == expected[:PAGE_SIZE]
    assert len(expected) < len(everything)
    selected = doc.cssselect(f'form.filters option[selected][value="{query.split("=")[1]}"]')
    assert selected, "the form keeps the chosen filter"


def test_search_in_latin_finds_uzbek_cyrillic(client) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(client, "/?q=kotiba")
    titles = [li.cssselect("h2")[0].text_content() for li in _postings(doc)]
    assert titles == ["Офис-менежер / котиба"]
    assert doc.cssselect('input[name="q"]')[0].get("value") == "kotiba"


def test_likely_scams_only_on_request_with_their_reasons(client, web_store) -> None:  # type: ignore[no-untyped-def]
    scam = str(web_store["ids"]["scam"])
    assert not _doc(client, "/")[0].cssselect(f'li.posting[data-id="{scam}"]')
    doc, _ = _doc(client, "/?scams=1&ui=en")
    [li] = doc.cssselect(f'li.posting[data-id="{scam}"]')
    assert li.cssselect(".badge")[0].text_content() == "Likely scam"
    assert "asks for a fee before work" in li.cssselect(".why")[0].text_content()
    assert "registration fee of $20" in li.cssselect(".why q")[0].text_content()
    assert doc.cssselect('input[name="scams"][checked]')


def test_pagination_walks_the_whole_feed(client) -> None:  # type: ignore[no-untyped-def]
    total = _api(client)["total"]
    seen: list[str] = []
    url: str | None = "/?ui=en&lang=en"
    while url:
        doc, _ = _doc(client, url)
        seen += [li.get("data-id") for li in _postings(doc)]
        nxt = doc.cssselect('a[rel="next"]')
        url = nxt[0].get("href") if nxt else None
        if url:
            assert "lang=en" in url and "ui=en" in url
    assert len(seen) == len(set(seen)) == _api(client, "lang=en")["total"] < total
    doc, _ = _doc(client, "/?page=999")
    assert doc.cssselect(".empty") and not _postings(doc)


def test_detail_page_shows_what_a_seeker_needs(client, web_store) -> None:  # type: ignore[no-untyped-def]
    pid = web_store["ids"]["original"]
    p = client.get(f"/api/postings/{pid}").get_json()
    doc, _ = _doc(client, f"/postings/{pid}?ui=en")
    assert doc.cssselect("h1")[0].text_content() == p["title"]
    assert doc.cssselect("a.apply")[0].get("href") == (p["apply_url"] or p["url"])
    assert doc.cssselect("a.original")[0].get("href") == p["url"]
    assert doc.cssselect(".legitimacy .badge")[0].text_content() == "Looks legitimate"
    assert f"{p['legitimacy_score']}/100" in doc.cssselect(".legitimacy")[0].text_content()
    paragraphs = doc.cssselect(".description p")
    assert len(paragraphs) > 1
    assert "".join(p["description"].split())[:300] in "".join(doc.cssselect(".description")[0].text_content().split())
    evidence = doc.cssselect(".tag-evidence li")
    assert [li.get("data-tag") for li in evidence] == p["tags"]
    assert doc.cssselect("p.also a")[0].get("href") == "https://board.example/jobs/repost-1"


def test_detail_page_shows_reasons_with_spans(client, web_store) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(client, f"/postings/{web_store['ids']['scam']}?ui=en")
    reasons = doc.cssselect(".legitimacy ul.reasons li")
    assert len(reasons) == 1
    assert reasons[0].cssselect(".reason-text")[0].text == "asks for a fee before work"
    assert reasons[0].cssselect("q.span")[0].text == "registration fee of $20"
    assert "upfront_fee" in reasons[0].text_content()


def test_reasons_are_in_the_reader_language_with_the_posting_own_span(client, web_store) -> None:  # type: ignore[no-untyped-def]
    for ui, expected in (("fa", "پیش از شروع کار پول می‌خواهد"), ("uz", "ish boshlanishidan oldin to'lov so'raydi")):
        doc, _ = _doc(client, f"/postings/{web_store['ids']['scam']}?ui={ui}")
        text = doc.cssselect(".legitimacy ul.reasons li .reason-text")[0]
        assert (text.text, text.get("lang")) == (expected, ui)
        assert doc.cssselect(".legitimacy ul.reasons li q.span")[0].text == "registration fee of $20"
    doc, _ = _doc(client, f"/postings/{web_store['ids']['scam']}?ui=en")
    assert doc.cssselect(".legitimacy ul.reasons li .reason-text")[0].get("lang") == "en"


def test_every_reason_code_has_an_uzbek_and_a_persian_text() -> None:
    from pipeline.legitimacy import REASON_CODES
    from web.i18n import REASONS

    assert "asks_id_document" in REASON_CODES and "text_model" in REASON_CODES
    for ui in ("uz", "fa"):
        assert set(REASONS[ui]) == set(REASON_CODES), ui


def test_unknown_posting_is_a_404_page(client) -> None:  # type: ignore[no-untyped-def]
    for url in ("/postings/99999999", "/postings/99999999999999999999999", "/postings/abc", "/nowhere"):
        doc, _ = _doc(client, url + "?ui=uz", status=404)
        assert doc.cssselect("h1")[0].text == "Topilmadi"


def test_hostile_text_is_shown_as_text(client, web_store) -> None:  # type: ignore[no-untyped-def]
    pid = web_store["ids"]["hostile"]
    for url in ("/?ui=en", f"/postings/{pid}?ui=en"):
        raw = client.get(url).get_data(as_text=True)
        assert "<script" not in raw.lower() and "<img" not in raw and "<svg" not in raw and "<iframe" not in raw
        assert "&lt;script&gt;window.pwned=1" in raw
        doc = html.fromstring(raw)
        assert not doc.cssselect("script, img, svg, iframe, b, u")
        for element in doc.iter():
            assert not [a for a in element.attrib if a.startswith("on")]
            assert not any(v.strip().lower().startswith("javascript:") for v in element.attrib.values())
    doc, _ = _doc(client, f"/postings/{pid}?ui=en")
    assert doc.cssselect("h1")[0].text_content() == HOSTILE_TITLE
    assert not doc.cssselect("a.apply") and not doc.cssselect("a.original")  # javascript: links are not links
    texts = [p.text_content() for p in doc.cssselect(".description p")]
    assert texts == ["First paragraph <script>window.pwned=5</script>second line",
                     '<iframe src="javascript:window.pwned=6"></iframe> last paragraph']
    assert len(doc.cssselect(".description p br")) == 1


@pytest.mark.parametrize("header, ui", [("fa-IR,fa;q=0.9,en;q=0.5", "fa"), ("uz,ru;q=0.8", "uz"),
                                        ("de-DE", "en"), (None, "en")])
def test_ui_language_from_accept_language(client, header, ui) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(client, "/", headers={"Accept-Language": header} if header else {})
    assert doc.get("lang") == ui and doc.get("dir") == ("rtl" if ui == "fa" else "ltr")
    assert doc.cssselect("button[type=submit]")[0].text == i18n.message(ui, "apply")


def test_ui_parameter_wins_and_labels_follow_it(client) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(client, "/?ui=fa&tag=data_entry", headers={"Accept-Language": "en"})
    assert (doc.get("lang"), doc.get("dir")) == ("fa", "rtl")
    assert doc.cssselect('select[name="tag"] option[selected]')[0].text == "ورود اطلاعات"
    assert doc.cssselect("li.tag")[0].text == "ورود اطلاعات"
    assert re.fullmatch(r"[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2}", doc.cssselect("li.posting time")[0].text)
    doc, _ = _doc(client, "/?ui=uz&tag=data_entry")
    assert doc.cssselect('select[name="tag"] option[selected]')[0].text == "Ma'lumot kiritish"
    switch = {a.get("lang"): a.get("href") for a in doc.cssselect(".ui-switch a")}
    assert set(switch) == {"en", "fa"} and "tag=data_entry" in switch["fa"] and "ui=fa" in switch["fa"]


def test_bad_parameters_give_a_400_page(client) -> None:  # type: ignore[no-untyped-def]
    for query in ("since=yesterday", "page=0", "page=x", "tag=astrology", "lang=%3Cb%3E", "q=%00", "scams=maybe"):
        doc, _ = _doc(client, f"/?{query}", status=400)
        assert doc.cssselect("h1")[0].text == "Bad request"


def test_message_catalogues_are_complete() -> None:
    keys = set(i18n.MESSAGES["en"])
    for ui in i18n.UI_LANGUAGES:
        assert set(i18n.MESSAGES[ui]) == keys, ui
        for key, text in i18n.MESSAGES[ui].items():
            assert re.findall(r"\{\w+\}", text) == re.findall(r"\{\w+\}", i18n.MESSAGES["en"][key]), (ui, key)
    for tag in i18n.taxonomy_labels():
        assert all(i18n.tag_label(ui, tag) != tag for ui in i18n.UI_LANGUAGES)
