"""The seekers' pages through Flask's test client: feed, filters, pagination, detail, UI languages."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from lxml import html

from tests.helpers import sqlite_copy
from tests.web.conftest import HOSTILE_TITLE
from web import app as app_module
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
    # the board by the name the rest of the site gives it, not the source's code ("jsonld")
    assert [(a.text, a.get("href")) for a in also] == [("board.example", "https://board.example/jobs/repost-1")]
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


@pytest.mark.parametrize("typed, title", [
    ("кунгирокларга", "Офис-менежер / котиба"),  # a Russian keyboard's "қўнғироқларга"
    ("qongiroqlarga", "Офис-менежер / котиба"),  # Latin without the apostrophes
    ("хужжатлар", "Офис-менежер / котиба"),  # х for ҳ
    ("malumotlarni", "Ma'lumotlarni kirituvchi (data entry) kerak"),
])
def test_search_finds_an_uzbek_word_typed_without_the_letters_the_keyboard_lacks(client, typed, title) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(client, f"/?q={typed}")
    assert [li.cssselect("h2")[0].text_content() for li in _postings(doc)] == [title]


def test_search_finds_a_persian_word_typed_without_the_madda_of_its_alef(client) -> None:  # type: ignore[no-untyped-def]
    """A phone keyboard keeps "آ" behind a long press: "اگهی" is how many type "آگهی"."""
    found = {typed: [li.get("data-id") for li in _postings(_doc(client, f"/?q={typed}&ui=fa")[0])]
             for typed in ("آگهی", "اگهی")}
    assert found["اگهی"] == found["آگهی"] != []


def test_likely_scams_only_on_request_with_their_reasons(client, web_store) -> None:  # type: ignore[no-untyped-def]
    scam = str(web_store["ids"]["scam"])
    assert not _doc(client, "/")[0].cssselect(f'li.posting[data-id="{scam}"]')
    doc, _ = _doc(client, "/?scams=1&ui=en")
    [li] = doc.cssselect(f'li.posting[data-id="{scam}"]')
    assert li.cssselect(".badge")[0].text_content() == "Likely scam"
    assert "asks for a fee before work" in li.cssselect(".why")[0].text_content()
    assert "registration fee of $20" in li.cssselect(".why q")[0].text_content()
    assert doc.cssselect('input[name="scams"][checked]')


def test_a_warned_gigs_page_says_why_before_its_apply_link(client, web_store) -> None:  # type: ignore[no-untyped-def]
    """Opened from a shared link, a likely scam's page shows its warning before the way to apply; an ordinary gig's
    page leads with the apply link."""
    def order(pid: int) -> list[str]:
        doc, _ = _doc(client, f"/postings/{pid}?ui=en")
        return [el.get("class") for el in doc.cssselect("article.detail > .actions, article.detail > .legitimacy")]

    assert order(web_store["ids"]["scam"]) == ["legitimacy", "actions"]
    assert order(web_store["ids"]["original"]) == ["actions", "legitimacy"]


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


def test_a_page_past_the_last_is_a_404_that_links_the_last_page(client) -> None:  # type: ignore[no-untyped-def]
    pages = -(-_api(client, "lang=en")["total"] // PAGE_SIZE)
    doc, _ = _doc(client, "/?lang=en&page=999&ui=en", status=404)
    assert not _postings(doc) and not doc.cssselect("nav.pager")
    [beyond] = doc.cssselect("p.empty")
    assert beyond.text_content().startswith(f"There is no page 999: the last page is {pages}.")
    assert "match" not in beyond.text_content()  # not "no gigs match these filters": they do, on other pages
    last = beyond.cssselect('a[rel="last"]')[0].get("href")
    assert "lang=en" in last and f"page={pages}" in last
    assert _postings(_doc(client, last)[0])
    doc, _ = _doc(client, "/?lang=en&page=999&ui=fa", status=404)
    assert doc.cssselect("p.empty")[0].text_content().startswith("صفحه ۹۹۹ وجود ندارد")


def test_the_count_of_gigs_is_singular_for_one(client) -> None:  # type: ignore[no-untyped-def]
    """English says "1 gig"; Uzbek and Persian nouns stay singular after any numeral."""
    for ui, one in (("en", "1 gig"), ("uz", "1 ta ish"), ("fa", "۱ آگهی")):
        assert _doc(client, f"/?q=kotiba&ui={ui}")[0].cssselect(".total")[0].text == one
    assert _doc(client, "/?ui=en")[0].cssselect(".total")[0].text.endswith(" gigs")


def _submitted(form) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """What pressing Apply sends: the form's fields as a browser sends them (empty values and the UI left out)."""
    return sorted((k, v) for k, v in form.form_values() if v and k != "ui")


@pytest.mark.parametrize("query, selected", [
    ("lang=de", {"lang": ["German"]}),  # a language the list does not offer
    ("lang=uz&lang=fa", {"lang": ["Uzbek", "Persian"]}),  # two of them: a multiple choice
    ("tag=data_entry&tag=bookkeeping", {"tag": ["Data entry", "Bookkeeping"]}),
    ("source=workingnomads", {"source": [i18n.source_name("workingnomads", ui="en")]}),  # none of its postings stored
    ("since=2025-01-01", {"since": ["Since 2025-01-01"]}),  # named in words, sent as given
])
def test_the_filter_form_keeps_every_filter_of_the_address(client, query, selected) -> None:  # type: ignore[no-untyped-def]
    doc, _ = _doc(client, f"/?{query}&ui=en")
    form = doc.cssselect("form.filters")[0]
    for name, labels in selected.items():
        select = form.cssselect(f'select[name="{name}"]')[0]
        assert [o.text for o in select.cssselect("option[selected]")] == labels
        assert (select.get("multiple") is not None) == (len(labels) > 1)
    assert _submitted(form) == sorted(tuple(pair.split("=")) for pair in query.split("&"))
    shown = [li.get("data-id") for li in _postings(doc)]
    assert [li.get("data-id") for li in _postings(_doc(client, "/?" + "&".join(
        f"{k}={v}" for k, v in _submitted(form)))[0])] == shown


def test_bad_parameter_page_is_in_the_reader_language_naming_the_filter(client) -> None:  # type: ignore[no-untyped-def]
    """The filter is named as the address writes it, left to right; what it takes is said in the reader's language
    (``tests/web/test_params.py``), no longer as an English detail."""
    for query, ui, title, lead in (
        ("tag=nosuch", "fa", "درخواست نادرست", "یکی از فیلترهای این نشانی مقداری دارد که سایت نمی‌پذیرد."),
        ("lang=english", "uz", "Noto'g'ri so'rov", "Bu manzildagi saralash shartlaridan birining qiymatini sayt qabul qilmaydi."),
    ):
        doc, _ = _doc(client, f"/?{query}&ui={ui}", status=400)
        assert doc.cssselect("h1")[0].text == title and doc.cssselect("p.lead")[0].text == lead
        [line] = doc.cssselect(".error p.parameter")
        assert line.cssselect("code")[0].text == query.split("=")[0] and line.cssselect("code")[0].get("dir") == "ltr"
        assert not doc.cssselect(".error p.technical") and not doc.cssselect('.error [lang="en"]')


@pytest.mark.parametrize("ui", ["en", "uz", "fa"])
def test_http_errors_have_a_title_and_an_explanation_in_the_reader_language(app, client, web_store, ui) -> None:  # type: ignore[no-untyped-def]
    """Not werkzeug's English "Method Not Allowed" and its paragraph, whatever the interface's language."""
    from web.app import ERROR_MESSAGES, create_app

    broken = create_app(web_store["url"])

    @broken.get("/broken")
    def _broken() -> str:
        raise RuntimeError("a bug")

    answers = {
        404: client.get(f"/nowhere?ui={ui}"),
        405: client.post(f"/?ui={ui}"),
        413: client.post(f"/check?ui={ui}", data={"text": "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)}),
        500: broken.test_client().get(f"/broken?ui={ui}"),
    }
    for code, response in answers.items():
        assert response.status_code == code
        doc = html.fromstring(response.data)
        title, text = (i18n.message(ui, key) for key in ERROR_MESSAGES[code])
        assert doc.get("lang") == ui
        assert (doc.cssselect("h1")[0].text, doc.cssselect(".error p.lead")[0].text) == (title, text), code
        if ui != "en":
            assert title != i18n.message("en", ERROR_MESSAGES[code][0])
        assert "method is not allowed" not in response.get_data(as_text=True).lower()


def test_detail_page_shows_what_a_seeker_needs(client, web_store) -> None:  # type: ignore[no-untyped-def]
    pid = web_store["ids"]["original"]
    p = client.get(f"/api/postings/{pid}").get_json()
    doc, _ = _doc(client, f"/postings/{pid}?ui=en")
    assert doc.cssselect("h1")[0].text_content() == p["title"]
    own = p["apply_url"] in (None, p["url"])  # its own address: the one link that names the source
    assert [a.get("href") for a in doc.cssselect("a.apply")] == ([] if own else [p["apply_url"]])
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
    assert reasons[0].cssselect("q.span")[0].text_content() == "registration fee of $20"
    assert reasons[0].cssselect("span.weight")[0].get("data-code") == "upfront_fee"


def test_reasons_are_in_the_reader_language_with_the_posting_own_span(client, web_store) -> None:  # type: ignore[no-untyped-def]
    for ui, expected in (("fa", "پیش از شروع کار پول می‌خواهد"), ("uz", "ish boshlanishidan oldin to'lov so'raydi")):
        doc, _ = _doc(client, f"/postings/{web_store['ids']['scam']}?ui={ui}")
        text = doc.cssselect(".legitimacy ul.reasons li .reason-text")[0]
        assert (text.text, text.get("lang")) == (expected, ui)
        assert doc.cssselect(".legitimacy ul.reasons li q.span")[0].text_content() == "registration fee of $20"
    doc, _ = _doc(client, f"/postings/{web_store['ids']['scam']}?ui=en")
    assert doc.cssselect(".legitimacy ul.reasons li .reason-text")[0].get("lang") == "en"


def test_every_reason_code_has_an_english_an_uzbek_and_a_persian_text() -> None:
    from pipeline.legitimacy import REASON_CODES
    from pipeline.legitimacy.rules import RULES
    from web.i18n import REASONS

    assert "asks_id_document" in REASON_CODES and "text_model" in REASON_CODES
    for ui in ("en", "uz", "fa"):
        assert set(REASONS[ui]) == set(REASON_CODES), ui
    assert {r.code: r.text for r in RULES} == {r.code: REASONS["en"][r.code] for r in RULES}  # what a posting shows


def test_the_text_model_reason_without_words_says_so_in_every_language() -> None:
    """A short post none of whose words pushed the model shows no quote; the Uzbek and Persian pages had shown the
    text of the reason that names them ("resembles known fake postings") with nothing after it."""
    from pipeline.legitimacy import MODEL_TEXT, MODEL_TEXT_NO_WORDS
    bare = {"code": "text_model", "weight": 21, "text": MODEL_TEXT_NO_WORDS, "span": ""}
    named = {"code": "text_model", "weight": 21, "text": MODEL_TEXT, "span": "data entry"}
    assert i18n.reason_text("en", bare) == (MODEL_TEXT_NO_WORDS, "en")
    for ui in ("uz", "fa"):
        assert i18n.reason_text(ui, bare) == (i18n.TEXT_MODEL_NO_WORDS[ui], ui)
        assert i18n.reason_text(ui, named) == (i18n.REASONS[ui]["text_model"], ui)


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


def test_the_feeds_and_api_links_carry_the_readers_language(client) -> None:  # type: ignore[no-untyped-def]
    """The RSS, Atom and JSON links under the feed keep the language the reader chose, so the API's reasons and tag
    labels come in it, as the feeds' titles do, not in the browser's language."""
    doc, _ = _doc(client, "/?ui=fa&tag=data_entry", headers={"Accept-Language": "en"})
    links = [a.get("href") for a in doc.cssselect(".formats a")]
    assert len(links) == 3 and all("ui=fa" in href and "tag=data_entry" in href for href in links), links


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


def _one_posting(client, check) -> dict:  # type: ignore[no-untyped-def]
    return next(p for p in _api(client)["postings"] if check(p))


def test_pay_with_one_bound_reads_from_or_up_to(client) -> None:  # type: ignore[no-untyped-def]
    """The snapshot's Jobinja posting says "از ۲۰,۰۰۰,۰۰۰ تومان" (from 20,000,000 toman): at least that, not that."""
    p = _one_posting(client, lambda p: p["salary_min"] and p["salary_max"] is None)
    assert p["salary_raw"].startswith("از ") and p["salary_currency"] == "IRR"
    rials = p["salary_min"]
    for ui, amount, expected in (
            ("en", f"{rials:,.0f} IRR", "from {}"), ("uz", f"{rials:,.0f} IRR".replace(",", "\u00a0"), "kamida {}"),
            ("fa", i18n.format_number("fa", rials / 10), "از {} تومان")):  # in toman, as the posting says it
        dd = _doc(client, f"/postings/{p['id']}?ui={ui}")[0].cssselect("dd.parsed-pay")[0]
        assert dd.text_content().strip() == expected.format(amount)
        assert dd.cssselect("bdi > span.amount")[0].text == amount


def test_pay_period_is_said_in_the_reader_language(client) -> None:  # type: ignore[no-untyped-def]
    p = _one_posting(client, lambda p: p["salary_period"] == "year" and p["salary_min"] != p["salary_max"])
    def amount(ui: str) -> str:  # in Persian the currency's name, after the amount
        currency = i18n._currency_name("fa", p["salary_currency"]) if ui == "fa" else p["salary_currency"]
        return f"{i18n.format_number(ui, p['salary_min'])}–{i18n.format_number(ui, p['salary_max'])} {currency}"

    for ui, expected in (("en", f"{amount('en')} per year"), ("uz", f"{amount('uz')} yiliga"),
                         ("fa", f"{amount('fa')}، سالانه")):
        dd = _doc(client, f"/postings/{p['id']}?ui={ui}")[0].cssselect("dd.parsed-pay")[0]
        assert dd.text_content().split("(")[0].strip() == expected


def test_pay_the_crawler_wrote_out_is_said_once_in_the_reader_words(client) -> None:  # type: ignore[no-untyped-def]
    """Remote OK gives pay as numbers; the crawler's "55000-75000 USD/year" is no source's words, and a Persian
    reader should not meet it beside the pay in Persian."""
    p = _one_posting(client, lambda p: p["source"] == "remoteok" and p["salary_min"] and p["salary_max"])
    assert app_module.figures_only(p["salary_raw"])
    for ui in ("en", "uz", "fa"):
        facts = _doc(client, f"/postings/{p['id']}?ui={ui}")[0].cssselect(".facts dl")[0]
        labels = [dt.text_content() for dt in facts.cssselect("dt")]
        assert i18n.message(ui, "pay") in labels and i18n.message(ui, "parsed_pay") not in labels
        assert "USD/year" not in facts.text_content()
        assert facts.cssselect("dd.parsed-pay")


@pytest.mark.parametrize(("low", "high", "currency", "unit"), [
    (55000, 75000, "USD", "year"), (160000, None, "RUR", None), (None, 9.5, "EUR", "hour"), (2500.5, 2500.5, None, None)])
def test_figures_only_knows_every_pay_text_the_crawlers_write(low, high, currency, unit) -> None:  # type: ignore[no-untyped-def]
    from crawlers.spiders.fields import pay_text

    assert app_module.figures_only(pay_text(low, high, currency, unit))


@pytest.mark.parametrize("raw", ["$55k-$75k", "3 500 000 - 4 500 000 so'm", "از ۲۰,۰۰۰,۰۰۰ تومان", "Competitive",
                                 "from 20 000 USD a month", None, ""])
def test_figures_only_leaves_a_source_own_words(raw) -> None:  # type: ignore[no-untyped-def]
    assert not app_module.figures_only(raw)


def test_pay_amounts_written_in_groups_stay_on_one_line(client) -> None:  # type: ignore[no-untyped-def]
    p = _one_posting(client, lambda p: p["salary_raw"] and p["salary_raw"].startswith("3 500 000"))
    doc, _ = _doc(client, f"/postings/{p['id']}?ui=fa")
    raw = doc.cssselect(".facts dd")[0]
    assert [s.text for s in raw.cssselect("span.amount")] == ["3 500 000", "4 500 000"]
    assert raw.text_content() == p["salary_raw"]  # the words around them unchanged
    # the card says the pay as read, in the reader's digits, the currency's name after: "۳,۵۰۰,۰۰۰–۴,۵۰۰,۰۰۰ سوم ازبکستان"
    card = _doc(client, "/?source=telegram&ui=fa")[0].cssselect(f'li.posting[data-id="{p["id"]}"] p.pay')[0]
    assert [s.text for s in card.cssselect("span.amount")] == ["۳,۵۰۰,۰۰۰", "۴,۵۰۰,۰۰۰"]
    assert card.text_content().split(":", 1)[1].strip().startswith("۳,۵۰۰,۰۰۰–۴,۵۰۰,۰۰۰ سوم ازبکستان")


def _language_line(client, pid: int, ui: str) -> str:  # type: ignore[no-untyped-def]
    doc, _ = _doc(client, f"/postings/{pid}?ui={ui}")
    dts = doc.cssselect(".facts dt")
    return next(dt.getnext() for dt in dts if dt.text == i18n.message(ui, "language")).text_content()


def test_the_script_is_named_only_where_the_language_leaves_it_open(client) -> None:  # type: ignore[no-untyped-def]
    """Uzbek is written in Latin or Cyrillic letters: the page says which, in words. Persian's or English's
    script goes without saying."""
    cyrillic = _one_posting(client, lambda p: p["language"] == "uz" and p["language_script"] == "Cyrl")
    assert _language_line(client, cyrillic["id"], "uz").startswith("O'zbekcha (kirill yozuvi)")
    assert _language_line(client, cyrillic["id"], "en").startswith("Uzbek (Cyrillic script)")
    assert _language_line(client, cyrillic["id"], "fa").startswith("ازبکی (خط سیریلیک)")
    persian = _one_posting(client, lambda p: p["language"] == "fa" and p["language_script"] == "Arab")
    assert _language_line(client, persian["id"], "en").startswith("Persian") and "(" not in _language_line(
        client, persian["id"], "en")
    for ui in ("en", "uz", "fa"):
        assert not re.search(r"\((Latn|Cyrl|Arab)\)", _language_line(client, cyrillic["id"], ui))


def test_a_duplicate_says_why_once_in_the_reader_language(client, web_store) -> None:  # type: ignore[no-untyped-def]
    pid = web_store["ids"]["repost"]  # an exact repost on jsonld of a remoteok posting
    for ui, why in (("en", "the same text as another posting of this gig"),
                    ("fa", "متن آن با آگهی دیگری از همین کار یکی است")):
        doc, _ = _doc(client, f"/postings/{pid}?ui={ui}")
        assert doc.cssselect("dd.duplicate")[0].text == why
        assert doc.cssselect("dd.duplicate")[0].getprevious().text == i18n.message(ui, "duplicate")
        assert doc.cssselect(".facts")[0].text_content().count(i18n.message(ui, "also_posted_on")) == 1
        assert "exact" not in doc.cssselect(".facts")[0].text_content()
        assert [a.text for a in doc.cssselect("p.also a")] == ["Remote OK"]  # as the card names it, not "remoteok"


def test_card_meta_isolates_each_part_for_right_to_left_reading(client) -> None:  # type: ignore[no-untyped-def]
    """In Persian a Latin source name beside a date in Persian digits would run together; each is a <bdi>."""
    doc, _ = _doc(client, "/?ui=fa")
    for meta in doc.cssselect("li.posting p.meta"):
        assert meta.cssselect("bdi.source") and meta.cssselect("bdi > time") and meta.cssselect("bdi.language")
        company = meta.cssselect(".company")
        assert not company or company[0].get("dir") == "auto"  # dir isolates as <bdi> does


def test_lists_on_the_posting_page_are_punctuated_in_the_reader_language(client) -> None:  # type: ignore[no-untyped-def]
    """Other languages and regions are lists: "Russian, Uzbek" in English, "روسی،‏ ازبکی" in Persian (CLDR's list
    comma), and the other languages have their own line, not a ";" glued to the posting's language."""
    posting = _one_posting(client, lambda p: len(p.get("languages_other") or []) >= 2)
    for ui, comma in (("en", ", "), ("uz", ", "), ("fa", "،\u200f ")):
        doc, _ = _doc(client, f"/postings/{posting['id']}?ui={ui}")
        other = doc.cssselect("dd.other-languages")[0]
        assert other.getprevious().text == i18n.message(ui, "other_languages")
        names = [i18n.language_name(ui, c) for c in posting["languages_other"]]
        assert other.text_content() == comma.join(names)
        assert ";" not in _language_line(client, posting["id"], ui)


def test_a_reason_says_how_much_it_counts_in_words_not_as_a_rule_code(client, web_store) -> None:  # type: ignore[no-untyped-def]
    """The posting page tells a seeker how strong each sign is in their language; the rule's code and weight are
    kept for tools as data attributes, not shown ("(upfront_fee, −60)" means nothing to a reader)."""
    for ui, strong in (("en", "strong sign"), ("uz", "kuchli belgi"), ("fa", "نشانهٔ قوی")):
        doc, _ = _doc(client, f"/postings/{web_store['ids']['scam']}?ui={ui}")
        weight = doc.cssselect(".legitimacy span.weight")[0]
        assert weight.text_content() == f"({strong})"
        assert weight.get("data-code") == "upfront_fee" and weight.get("data-weight") == "60"
        assert "upfront_fee" not in doc.cssselect(".legitimacy")[0].text_content()
    for ui, moderate in (("en", "moderate sign"), ("uz", "o'rtacha belgi"), ("fa", "نشانهٔ متوسط")):
        doc, _ = _doc(client, f"/postings/{web_store['ids']['hostile']}?ui={ui}")  # the fixture's weight: 20
        assert doc.cssselect(".legitimacy span.weight")[0].text_content() == f"({moderate})"  # not a bare "(sign)"


def test_a_left_to_right_place_keeps_its_row_in_a_persian_page(client) -> None:  # type: ignore[no-untyped-def]
    """"Ташкент" in a Persian page: isolated in a <bdi>, so it reads left to right while its row stays aligned
    with the others (a dir="auto" on the <dd> itself turned the whole cell left to right, to the far side)."""
    posting = _one_posting(client, lambda p: p.get("location") and not p["location"].isascii()
                           and p["language"] in ("ru", "uz"))
    doc, _ = _doc(client, f"/postings/{posting['id']}?ui=fa")
    dd = next(dt.getnext() for dt in doc.cssselect(".facts dt") if dt.text == i18n.message("fa", "location_as_posted"))
    assert dd.get("dir") is None and dd.cssselect("bdi")[0].text == posting["location"]


@pytest.mark.parametrize("ui,label", [
    ("en", "Location, as posted"), ("uz", "E'londagi joy"), ("fa", "محل (به نوشتهٔ آگهی)")])
def test_the_place_row_says_it_holds_the_sources_words(client, ui: str, label: str) -> None:  # type: ignore[no-untyped-def]
    """The place is the source's own text ("USA", "Europe, Central Asia"), shown as written; on a Persian page, by
    the next row's reading of it in Persian (who may apply: "ایالات متحده"), it had looked left untranslated."""
    posting = _one_posting(client, lambda p: p.get("location") and p.get("allowed_regions")
                           and p["location"].isascii())
    doc, _ = _doc(client, f"/postings/{posting['id']}?ui={ui}")
    rows = {dt.text: dt.getnext() for dt in doc.cssselect(".facts dt")}
    assert rows[label].cssselect("bdi")[0].text == posting["location"]
    assert rows[i18n.message(ui, "regions")].text_content() == i18n.regions_text(ui, posting["allowed_regions"])


def test_an_unreadable_share_is_not_named_among_other_languages(web_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Stores written before the language stage left CLD2's "und" out still hold it: the page does not show it."""
    from store import db
    from store.models import Posting
    from web.app import create_app

    url = sqlite_copy(web_store["url"], tmp_path / "und.db")
    with db.sessions(url).begin() as s:
        s.get(Posting, web_store["ids"]["original"]).languages_other = ["und"]
    doc, _ = _doc(create_app(url).test_client(), f"/postings/{web_store['ids']['original']}?ui=en")
    assert not doc.cssselect("dd.other-languages") and "Unknown language" not in doc.text_content()


#: HTML's "valid global date and time string": a fraction of a second has at most three digits.
# an instant, or a day a source gave as a day (a closing date)
_HTML_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?")


def test_times_are_valid_html_and_the_same_instant(client, web_store) -> None:  # type: ignore[no-untyped-def]
    """The store keeps microseconds; HTML's ``datetime`` takes milliseconds at most (the validator's error before):
    each page gives the second, in UTC."""
    from web.app import machine_time

    pages = [html.fromstring(client.get(path).data) for path in (
        "/?ui=en", "/?ui=fa&scams=1", f"/postings/{web_store['ids']['original']}?ui=uz",
        f"/postings/{web_store['ids']['hostile']}?ui=en")]
    stamps = [t.get("datetime") for doc in pages for t in doc.iter("time")]
    assert len(stamps) > 20 and all(_HTML_DATETIME.fullmatch(s) for s in stamps), stamps
    assert machine_time("2026-12-05T04:25:00.826153+00:00") == "2026-12-05T04:25:00Z"
    assert machine_time("2026-12-05T09:25:00.5+05:00") == "2026-12-05T04:25:00Z"
    assert machine_time(datetime(2026, 12, 5, 4, 25)) == "2026-12-05T04:25:00Z"  # a naive one is UTC, as stored
    assert machine_time(None) == ""


def test_a_postings_own_words_carry_its_language(client, web_store) -> None:  # type: ignore[no-untyped-def]
    """Titles and descriptions say the language the stage found (BCP 47, Uzbek with its script), whatever the
    interface's: a screen reader reads a Persian title in a Persian voice on the English page."""
    doc = html.fromstring(client.get("/?ui=en&limit=50").data)
    by_card = {li.get("data-language"): li.cssselect("h2")[0].get("lang") for li in doc.cssselect("li.posting")}
    assert by_card.get("fa") == "fa" and by_card.get("ru") == "ru" and by_card.get("en") == "en"
    assert {h.get("lang") for h in doc.cssselect('li.posting[data-language="uz"] h2')} <= {"uz-Latn", "uz-Cyrl"}
    page = html.fromstring(client.get(f"/postings/{web_store['ids']['original']}?ui=fa").data)
    assert page.get("lang") == "fa" and page.cssselect("h1")[0].get("lang") == "en"
    assert page.cssselect(".description .text")[0].get("lang") == "en"
    assert i18n.content_language("und") == i18n.content_language("zzp") == i18n.content_language(None) == ""
    assert i18n.content_language("uz", "Cyrl") == "uz-Cyrl" and i18n.content_language("fa", "Arab") == "fa"


def test_every_piece_of_a_postings_own_words_carries_its_language(client, web_store) -> None:  # type: ignore[no-untyped-def]
    """Not only the title and text: the company, the place and the pay as written, the matched task words and a
    reason's quoted span are the posting's words too (a Russian "удалённо, Узбекистан" on a Persian page had been
    read in a Persian voice)."""
    gig = next(p for p in _api(client, "lang=ru")["postings"] if p["location"] == "удалённо, Узбекистан")
    page = html.fromstring(client.get(f"/postings/{gig['id']}?ui=fa").data)
    own = {"company": page.cssselect("p.meta .company"),
           "place": [b for b in page.cssselect(".facts dd bdi") if b.text_content() == gig["location"]],
           "pay": [s for s in page.cssselect(".facts dd span[dir=auto]") if "500" in s.text_content()],
           "tasks": page.cssselect(".tag-evidence q bdi")}
    assert all(own.values()), own
    assert {k: {e.get("lang") for e in found} for k, found in own.items()} == {k: {"ru"} for k in own}
    assert all(q.get("lang") is None for q in page.cssselect(".tag-evidence q"))  # the marks are the page's
    card = next(li for li in html.fromstring(client.get("/?ui=fa&lang=ru").data).cssselect("li.posting")
                if li.get("data-id") == str(gig["id"]))
    assert card.cssselect(".company")[0].get("lang") == "ru"
    scam = html.fromstring(client.get(f"/postings/{web_store['ids']['scam']}?ui=fa").data)
    assert {b.get("lang") for b in scam.cssselect("ul.reasons q.span bdi")} == {"en"}
    checked = html.fromstring(client.post("/check?ui=fa", data={
        "text": "Assistant needed\nPay a registration fee of $20 first, then data entry from home."}).data)
    assert {b.get("lang") for b in checked.cssselect(".check-result q bdi")} == {"en"}


@pytest.mark.parametrize(("path", "title"), [
    ("/?ui=en", "Gigs — vagigs"),
    ("/?ui=en&q=zzzqqq", "“zzzqqq” — Gigs — vagigs"),
    ("/?ui=en&page=2", "Gigs, page 2 — vagigs"),
    ("/?ui=en&lang=en&q=assistant&page=2", "“assistant” — Gigs (English), page 2 — vagigs"),
    ("/?ui=uz&tag=data_entry", "Ishlar (Ma'lumot kiritish) — vagigs"),
    ("/?ui=en&source=jobinja&tag=bookkeeping&since=7d", "Gigs (Bookkeeping, Jobinja, Last 7 days) — vagigs"),
    ("/?ui=en&min_legitimacy=75", "Gigs, filtered — vagigs"),  # a filter the form does not offer
    ("/?ui=fa&q=kotiba&page=999", "«kotiba» — آگهی‌ها، صفحه ۹۹۹ — vagigs"),
    ("/?ui=en&since=90d", "Gigs (Last 90 days) — vagigs"),  # a span the form does not offer: in words, not "90d"
    ("/?ui=en&since=1w", "Gigs (Last week) — vagigs"),
    ("/?ui=en&since=12h", "Gigs (Last 12 hours) — vagigs"),
    ("/?ui=uz&since=2w", "Ishlar (So'nggi 2 hafta) — vagigs"),
    ("/?ui=fa&since=90d", "آگهی‌ها (۹۰ روز اخیر) — vagigs"),
    ("/?ui=en&since=2026-11-20", "Gigs (Since 2026-11-20) — vagigs"),
    ("/?ui=fa&since=2026-11-20", "آگهی‌ها (از ۱۴۰۵/۰۸/۲۹) — vagigs"),  # the reader's calendar and digits
    ("/?ui=fa&since=۱۴۰۵/۰۹/۰۱", "آگهی‌ها (از ۱۴۰۵/۰۹/۰۱) — vagigs"),
])
def test_a_feed_page_title_says_its_search_filters_and_page(client, path: str, title: str) -> None:  # type: ignore[no-untyped-def]
    """Every page of the feed had been "Gigs — vagigs": a screen reader, or a tab, told no search from another; then
    every filtered one "Gigs, filtered", whatever the filters."""
    response = client.get(path)
    assert html.fromstring(response.data).findtext(".//title") == title


@pytest.mark.parametrize(("ui", "since", "named"), [
    ("en", "90d", "Last 90 days"), ("uz", "12h", "So'nggi 12 soat"), ("fa", "2w", "۲ هفتهٔ اخیر"),
    ("en", "2026-11-20", "Since 2026-11-20"), ("fa", "2026-11-20", "از ۱۴۰۵/۰۸/۲۹"),
])
def test_a_since_the_form_does_not_offer_is_named_in_the_reader_words(client, ui, since, named) -> None:  # type: ignore[no-untyped-def]
    """A link or bookmark with ``since=90d`` or a date had its choice shown as typed, "90d" or "2026-11-20", in the
    form's list and on the phone's folded line, also on a Persian page of Solar Hijri dates."""
    doc, _ = _doc(client, f"/?ui={ui}&since={since}")
    [selected] = doc.cssselect('select[name="since"] option[selected]')
    assert (selected.get("value"), selected.text) == (since, named)
    assert doc.cssselect("form.filters label.fold .chosen")[0].text_content().endswith(named)


def test_the_country_list_is_in_the_readers_alphabet(client) -> None:  # type: ignore[no-untyped-def]
    """Uzbekistan and Iran first, then the rest by name; in Persian by the Persian alphabet: پاکستان and کانادا
    before ویتنام (by code point they came after it)."""
    doc, _ = _doc(client, "/?ui=fa")
    names = [o.text for o in doc.cssselect('select[name="open_to"] option')][1:]
    assert names[:2] == ["ازبکستان", "ایران"]
    rest = names[2:]
    assert rest == sorted(rest, key=lambda n: i18n.sort_key("fa", n))
    assert rest.index("پاکستان") < rest.index("کانادا") < rest.index("ویتنام") < rest.index("هند")


def test_a_card_names_its_board_and_says_its_pay_in_the_readers_words(client) -> None:  # type: ignore[no-untyped-def]
    """The source as its readers know it, and the pay as read (Remote OK's "$50k–70k"-style numbers, which the
    crawler writes as "50000-70000 USD/year" when a source gives only numbers), in Uzbek."""
    p = _one_posting(client, lambda p: p["source"] == "remoteok" and p["salary_min"] and p["salary_max"])
    doc, _ = _doc(client, f"/?ui=uz&source=remoteok&q={p['title'].split()[0]}")
    card = doc.cssselect(f'li.posting[data-id="{p["id"]}"]')[0]
    assert card.cssselect("bdi.source")[0].text == "Remote OK"
    pay = card.cssselect("p.pay")[0].text_content()
    assert i18n.format_number("uz", p["salary_min"]) in pay and "USD" in pay and "/" not in pay


def test_negotiable_pay_and_generic_sources_are_said_in_the_readers_words(client) -> None:  # type: ignore[no-untyped-def]
    """A posting whose pay is only "توافقی" (Jobinja) or "kelishiladi" (Telegram) says "negotiable" in the reader's
    language, as the posting page does; the filter names the sources that are many channels or boards by their kind."""
    p = _one_posting(client, lambda p: p["salary_negotiable"] and p["salary_min"] is None and p["salary_max"] is None
                     and p["salary_raw"] == "توافقی")
    for ui, said in (("en", "negotiable"), ("uz", "kelishiladi"), ("fa", "توافقی")):
        doc, _ = _doc(client, f"/?ui={ui}&source={p['source']}")
        [card] = doc.cssselect(f'li.posting[data-id="{p["id"]}"] p.pay')
        assert card.text_content().split(":", 1)[1].strip() == said
    doc, _ = _doc(client, "/?ui=fa")
    offered = {o.get("value"): o.text for o in doc.cssselect('select[name="source"] option')}
    assert offered["telegram"] == "کانال‌های تلگرام" and offered["remoteok"] == "Remote OK"


def test_persian_trends_count_rials_as_toman(client) -> None:  # type: ignore[no-untyped-def]
    fa = html.fromstring(client.get("/trends?ui=fa&weeks=5200").data)
    en = html.fromstring(client.get("/trends?ui=en&weeks=5200").data)

    def rials(doc) -> list[list[str]]:  # type: ignore[no-untyped-def]
        """Each rial row's currency, then its median minimum and maximum (their figures, a few postings' "*" apart)."""
        return [[td_currency.text_content(), *("".join(td.xpath("text()")) for td in
                                               td_currency.getparent().cssselect("td.median"))]
                for td_currency in doc.cssselect('table.median-pay td[data-currency="IRR"]')]

    fa_rows, en_rows = rials(fa), rials(en)
    assert fa_rows and len(fa_rows) == len(en_rows)
    for fa_row, en_row in zip(fa_rows, en_rows):
        assert fa_row[0] == "تومان" and en_row[0] == "IRR"
        for fa_cell, en_cell in zip(fa_row[1:], en_row[1:]):  # the median minimum and maximum
            assert (fa_cell == "—") == (en_cell == "—")  # (no posting states that bound)
            if en_cell != "—":
                assert int(fa_cell.replace(",", "")) * 10 == int(en_cell.replace(",", ""))  # Persian digits read too
    assert any("—" in row for row in en_rows)  # Jobinja's "from 20,000,000 toman" states no maximum


def test_trends_name_each_currency_as_the_cards_do(client) -> None:  # type: ignore[no-untyped-def]
    """The pay table names a currency in the words a card's pay uses: in Persian "دلار آمریکا", "سوم ازبکستان" and
    toman, not the codes "USD", "UZS"; so'm in Uzbek; the code where the cards write the code."""
    for ui in ("en", "uz", "fa"):
        doc = html.fromstring(client.get(f"/trends?ui={ui}&weeks=5200").data)
        named = {td.get("data-currency"): td.text_content() for td in doc.cssselect("table.median-pay td[data-currency]")}
        assert {"USD", "UZS", "IRR"} <= set(named), named
        for code, name in named.items():  # "…–… <name>" on a card, or "… <code>" inside its figures
            card = html.fromstring(str(i18n.format_pay(ui, 100_000, 200_000, code, None))).text_content()
            assert card.endswith(f" {name}"), (ui, code, name, card)
        if ui == "fa":
            assert (named["USD"], named["UZS"], named["IRR"]) == ("دلار آمریکا", "سوم ازبکستان", "تومان")
        if ui == "uz":
            assert named["UZS"] == "so'm"


@pytest.mark.parametrize(("asked", "tidy"), [
    ("/?ui=uz&lang=uz&tag=&source=&since=&q=kerak&open_to=", "/?ui=uz&lang=uz&q=kerak"),  # as the form sends it
    ("/?ui=en&q=%20%20&lang=&lang=fa&page=", "/?ui=en&lang=fa"),  # blank is empty; a list keeps its values
    ("/?utm_source=x&tag=", "/?utm_source=x"),  # a parameter the page does not read stays, as shared links bring it
    ("/?q=&ui=", "/"),
    ("/?_external=1&_scheme=javascript&_anchor=x&q=", "/?_external=1&_scheme=javascript&_anchor=x"),  # only a query
])
def test_the_form_address_is_answered_at_once_and_names_the_tidy_one(client, asked, tidy) -> None:  # type: ignore[no-untyped-def]
    """The GET form sends every field, chosen or not. Its address had been answered with a redirect to the same
    filters without the empty ones, a second round trip for every search (seconds on a phone's slow link): it is now
    answered with the page itself, the tidy address's page, which it names as its canonical address (for a bookmark
    or a search engine). Its links (language, pages, cards, feeds) carry no empty parameter."""
    response = client.get(asked)
    assert response.status_code == 200
    doc, tidy_doc = html.fromstring(response.data), html.fromstring(client.get(tidy).data)
    assert [link.get("href") for link in doc.cssselect('link[rel="canonical"]')] == [f"http://localhost{tidy}"]
    assert tidy_doc.cssselect('link[rel="canonical"]') == []
    links = [a.get("href") for a in doc.cssselect("nav.ui-switch a, nav.pager a, li.posting h2 a, link[rel=alternate]")]
    assert links == [a.get("href") for a in tidy_doc.cssselect(
        "nav.ui-switch a, nav.pager a, li.posting h2 a, link[rel=alternate]")]
    assert len(links) > 3 and not [link for link in links if re.search(r"[?&][^=&]+=(?:&|$)", link)], links


@pytest.mark.parametrize("path", ["/api/postings?lang=&q=&tag=", "/feed.rss?lang=&q=", "/feed.atom?source=&since="])
def test_the_api_and_feeds_answer_empty_parameters_as_before(client, path) -> None:  # type: ignore[no-untyped-def]
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", ["/", "/postings/{id}", "/trends", "/check"])
def test_a_parameter_named_as_a_link_builder_option_is_a_parameter_like_any(client, web_store, path) -> None:  # type: ignore[no-untyped-def]
    """"_anchor" or "_external" had been taken by Flask's link builder as its own options (a 500, or a link to
    another scheme); they are no parameter of the pages, so the language switch leaves them out."""
    path = path.format(id=web_store["ids"]["original"])
    doc, _ = _doc(client, f"{path}?_anchor=x&_external=1&_scheme=javascript&q=kar&ui=en")
    switch = {a.get("lang"): a.get("href") for a in doc.cssselect(".ui-switch a")}
    assert switch["fa"] == f"{path}?q=kar&ui=fa"


def _query(url: str) -> dict[str, list[str]]:
    from urllib.parse import parse_qs, urlsplit

    return parse_qs(urlsplit(url).query)


def test_back_from_a_gig_returns_to_the_filtered_page_it_was_opened_from(client) -> None:  # type: ignore[no-untyped-def]
    """From page 2 of a filtered feed, a gig's "back" link had led to all gigs, page 1 ("/?ui=fa"): the card's
    link now carries the feed's filters and page, and the gig page's back link returns to exactly that page."""
    filters = next(q for q in ("lang=en&remote=1&open_to=IR", "lang=en&remote=1", "remote=1", "lang=en")
                   if _api(client, q)["total"] > PAGE_SIZE)
    feed_url = f"/?ui=fa&{filters}&page=2"
    feed, _ = _doc(client, feed_url)
    card = feed.cssselect("li.posting h2 a")[0].get("href")
    assert card.startswith("/postings/") and _query(card) == _query(feed_url)
    gig, _ = _doc(client, card)
    back = gig.cssselect("article.detail a.back")[0].get("href")
    assert back.startswith("/?") and _query(back) == _query(feed_url)
    again, _ = _doc(client, back)
    assert [li.get("data-id") for li in _postings(again)] == [li.get("data-id") for li in _postings(feed)]
    pid = card.split("?")[0].rsplit("/", 1)[1]
    assert gig.cssselect('link[rel="canonical"]')[0].get("href") == f"http://localhost/postings/{pid}?ui=fa"
    first, _ = _doc(client, f"/?ui=en&{filters}")  # from the first page, no page number
    assert "page" not in _query(first.cssselect("li.posting h2 a")[0].get("href"))


@pytest.mark.parametrize("extra", [
    "lang=qz&page=0", "since=yesterday", "page=x&tag=astrology", "next=https://evil.example/&q=%00",
    "_external=1&_scheme=javascript", "return=//evil.example", "q=" + "x" * 300,
])
def test_a_gig_page_with_filters_it_cannot_read_still_answers_with_a_plain_back_link(client, web_store,  # type: ignore[no-untyped-def]
                                                                                      extra) -> None:
    """Only the feed's own filters, read as the feed reads them, go into the back link, rebuilt: anything else in
    the address is dropped, never echoed (no open redirect), and a value the feed would refuse leaves the link at
    the first page of all gigs."""
    pid = web_store["ids"]["original"]
    doc, _ = _doc(client, f"/postings/{pid}?ui=en&{extra}")
    back = doc.cssselect("article.detail a.back")[0].get("href")
    assert back == "/?ui=en" or (back.startswith("/?") and set(_query(back)) <= {"ui", "lang", "tag", "q", "page"})
    assert "evil" not in back and "javascript" not in back
    assert doc.cssselect('link[rel="canonical"]')[0].get("href") == f"http://localhost/postings/{pid}?ui=en"


@pytest.mark.parametrize("ui", ["en", "uz", "fa"])
def test_an_empty_result_offers_the_closed_gigs_that_match_and_a_way_out(client, ui) -> None:  # type: ignore[no-untyped-def]
    """The shipped snapshot's We Work Remotely gigs all closed in 2022: asked for that source, the page had only said
    "No gigs match these filters." It now says how many closed or no longer listed gigs match, links to them, and
    links to every gig (in the same interface language)."""
    doc, _ = _doc(client, f"/?ui={ui}&source=weworkremotely")
    assert _postings(doc) == []
    closed = _api(client, "source=weworkremotely&expired=1&delisted=1")["total"]
    assert closed > 0
    [more] = doc.cssselect("div.empty a.closed-matches")
    assert more.text_content() == i18n.message(ui, "closed_matches", total=closed, count=closed)
    assert _query(more.get("href")) == {"source": ["weworkremotely"], "expired": ["1"], "delisted": ["1"], "ui": [ui]}
    shown, _ = _doc(client, more.get("href"))
    assert len(_postings(shown)) == min(closed, PAGE_SIZE)
    assert doc.cssselect("div.empty a.clear-filters")[0].get("href") == f"/?ui={ui}"


def test_an_empty_result_counts_once_more_only_when_it_can_add_something(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A search that matches nothing, closed or not, offers only the way out; a page with gigs, or one already
    asking for closed and delisted gigs, costs no extra count."""
    from store import web_queries

    counted = []
    count = web_queries.count_feed
    monkeypatch.setattr(web_queries, "count_feed", lambda session, f: counted.append(f) or count(session, f))
    for url, counts in (("/?ui=en&q=zzqxv", 2), ("/?ui=en", 1), ("/?ui=en&q=zzqxv&expired=1&delisted=1", 1)):
        counted.clear()
        doc, _ = _doc(client, url)
        assert len(counted) == counts, url
        assert not doc.cssselect("a.closed-matches")
        assert [a.get("href") for a in doc.cssselect("div.empty a.clear-filters")] == (["/?ui=en"] if "q=" in url else [])


@pytest.mark.parametrize("ui", ["en", "uz", "fa"])
def test_the_task_choice_says_a_gig_must_have_every_task_chosen(client, ui) -> None:  # type: ignore[no-untyped-def]
    """Two tasks ask for gigs with both, two languages for gigs in either (``store.queries``): the page had not
    said so. The task choice's label carries a hint (so a screen reader names the list with it)."""
    doc, _ = _doc(client, f"/?ui={ui}&tag=data_entry&tag=email_management")
    [hint] = doc.cssselect("form.filters label.task .hint")
    assert hint.text_content() == i18n.message(ui, "task_hint") != i18n.message("en", "task_hint") or ui == "en"
    assert hint.getparent().cssselect('select[name="tag"]')
    both = {p["id"] for p in _api(client, "tag=data_entry&tag=email_management")["postings"]}
    each = [{p["id"] for p in _api(client, f"tag={tag}")["postings"]} for tag in ("data_entry", "email_management")]
    assert both == each[0] & each[1]  # what the hint says


def test_the_style_sheet_is_kept_a_year_at_its_versioned_address(client) -> None:  # type: ignore[no-untyped-def]
    """It had been sent ``no-cache``: asked for again with every page."""
    link = re.search(r'<link rel="stylesheet" href="([^"]+)"', client.get("/").get_data(as_text=True))
    assert link and re.fullmatch(r"/static/style\.css\?v=[0-9a-f]{12}", link[1]), link
    kept = client.get(link[1])
    assert kept.status_code == 200
    assert kept.cache_control.max_age == 365 * 24 * 3600 and kept.cache_control.immutable
    for unversioned in ("/static/style.css", "/static/style.css?v=0123456789ab"):  # (an old version's address too)
        assert client.get(unversioned).cache_control.max_age is None, unversioned


@pytest.mark.parametrize("path", ["/static/%00", "/static/a%00b", "/static/style.css%00?v=1"])
def test_a_static_name_holding_a_nul_is_not_found(client, path: str) -> None:  # type: ignore[no-untyped-def]
    """It had been a 500 and two tracebacks in the log: the 404 page's language links ask for the file's version,
    and open() refuses a NUL with a ValueError."""
    answered = client.get(path)
    assert answered.status_code == 404
    assert html.fromstring(answered.data).cssselect("a[lang]")


def test_the_language_links_carry_only_the_parameters_the_page_reads(client) -> None:  # type: ignore[no-untyped-def]
    """Every parameter had been copied into each language link: a 228 KB address of junk made a 645 KB page."""
    junk = "&".join(f"junk{i}=1" for i in range(200))
    doc = html.fromstring(client.get(f"/?lang=fa&q=kar&{junk}&utm_source=x").data)
    links = [a.get("href") for a in doc.xpath("//a[@lang][contains(@href, 'ui=')]")]
    assert links and all("junk" not in link and "utm_source" not in link for link in links), links
    assert all("lang=fa" in link and "q=kar" in link for link in links), links
    trends = html.fromstring(client.get("/trends?weeks=8&junk=1").data)
    assert all("weeks=8" in a.get("href") and "junk" not in a.get("href")
               for a in trends.xpath("//a[@lang][contains(@href, 'ui=')]"))


@pytest.mark.parametrize("ui", ["en", "uz", "fa"])
def test_the_folded_choices_are_named_on_their_line_in_the_reader_words(client, ui) -> None:  # type: ignore[no-untyped-def]
    """On a phone the choices fold behind one line (``test_browser``): it names those made, the search aside (its
    field shows it), and its box is never sent with the form."""
    plain = html.fromstring(client.get(f"/?ui={ui}&q=kotiba").data)
    [box], [line] = plain.cssselect("form.filters input.fold"), plain.cssselect("form.filters label.fold")
    assert box.get("name") is None and line.get("for") == box.get("id")
    assert line.text_content() == i18n.message(ui, "filters")
    chosen = html.fromstring(client.get(f"/?ui={ui}&lang=fa&since=7d&open_to=UZ&remote=1&q=kotiba").data)
    text = chosen.cssselect("form.filters label.fold")[0].text_content()
    named = [i18n.language_name(ui, "fa"), i18n.message(ui, "last_7d"), i18n.country_name(ui, "UZ"),
             i18n.message(ui, "remote_only")]
    assert text.startswith(i18n.message(ui, "filters")) and all(name in text for name in named), text
    assert "kotiba" not in text and i18n.message(ui, "show_scams") not in text


@pytest.mark.parametrize("accepted", [None, "gzip, br"])
def test_a_posting_page_is_kept_and_an_unchanged_one_is_a_304(client, web_store, accepted) -> None:  # type: ignore[no-untyped-def]
    """A posting's page had neither a validator nor a cache header: sent whole each time a seeker came back to it. It
    is kept and asked for again with its ETag, compressed or not. The feed's pages stay ``no-store``, so that Back
    asks for them again (``test_after_back_the_filter_form_shows_the_filters_of_the_address``)."""
    pid = web_store["ids"]["original"]
    asked = {"Accept-Encoding": accepted} if accepted else {}
    first = client.get(f"/postings/{pid}?ui=fa&lang=fa&page=2", headers=asked)
    assert first.status_code == 200 and first.headers["ETag"]
    assert first.headers["Cache-Control"] == "no-cache"
    again = client.get(f"/postings/{pid}?ui=fa&lang=fa&page=2", headers={**asked, "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == first.headers["ETag"]
    other = client.get(f"/postings/{pid}?ui=en", headers={**asked, "If-None-Match": first.headers["ETag"]})
    assert other.status_code == 200 and other.data
    feed = client.get("/?ui=fa", headers=asked)
    assert feed.headers["Cache-Control"] == "no-store" and "ETag" not in feed.headers
