"""A parameter a page does not take is still ignored (links shared with tracking parameters come back), but one
whose name is close to a parameter the page takes ("tags" for "tag") is named on the page with the address it
meant, in the reader's language. And the trends page and its API take the same ``since``."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from lxml import html

from web.params import close_parameter

FEED = frozenset({"lang", "tag", "source", "q", "since", "scams", "delisted", "expired", "min_legitimacy", "remote",
                  "open_to", "page", "ui"})


@pytest.mark.parametrize("given,meant", [
    ("tags", "tag"), ("Tag", "tag"), ("language", "lang"), ("languages", "lang"), ("query", "q"),
    ("search", "q"), ("sources", "source"), ("open-to", "open_to"), ("opento", "open_to"), ("scam", "scams"),
    ("sinec", "since"), ("min-legitimacy", "min_legitimacy"), ("remotee", "remote"),
])
def test_a_name_close_to_a_parameter_the_page_takes_is_taken_for_it(given: str, meant: str) -> None:
    assert close_parameter(given, FEED) == meant


@pytest.mark.parametrize("given", ["utm_source", "utm_campaign", "fbclid", "gclid", "ref", "s", "v", "x", "lan",
                                   "weeks", "tagged_by_me"])
def test_a_tracking_tag_or_a_far_name_is_no_parameter_meant(given: str) -> None:
    assert close_parameter(given, FEED) is None


def _hints(client, address: str) -> list:  # type: ignore[no-untyped-def]
    answer = client.get(address)
    assert answer.status_code == 200
    return html.fromstring(answer.data).cssselect("p.did-you-mean")


@pytest.mark.parametrize("ui,words", [("en", "tags is not read here: did you mean tag=data_entry?"),
                                      ("uz", "tags bu yerda o'qilmaydi: tag=data_entry demoqchimisiz?"),
                                      ("fa", "tags اینجا خوانده نمی‌شود؛ منظورتان tag=data_entry بود؟")])
def test_the_feed_page_names_a_mistyped_filter_with_the_address_it_meant(client, ui: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """``/?tags=data_entry`` had shown every gig, titled "Gigs", with no word of the typo."""
    [hint] = _hints(client, f"/?ui={ui}&tags=data_entry&utm_source=newsletter")
    assert " ".join(hint.text_content().split()) == words
    [link] = hint.cssselect("a")
    assert link.get("href") == f"/?tag=data_entry&ui={ui}"  # the tracking tag is left out, as the language links do
    assert client.get(link.get("href")).status_code == 200
    assert [c.text for c in hint.cssselect("code")] == ["tags", "tag=data_entry"]


def test_the_feed_page_with_only_tracking_tags_has_no_hint(client) -> None:  # type: ignore[no-untyped-def]
    assert _hints(client, "/?ui=en&utm_source=x&fbclid=y") == []
    assert _hints(client, "/?ui=en&tag=data_entry") == []


def test_each_mistyped_filter_gets_its_hint_and_a_search_word_stays_as_typed(client) -> None:  # type: ignore[no-untyped-def]
    hints = _hints(client, "/?ui=en&language=fa&search=data+entry")
    assert [" ".join(h.text_content().split()) for h in hints] == [
        "language is not read here: did you mean lang=fa?", "search is not read here: did you mean q=data entry?"]
    assert hints[1].cssselect("a")[0].get("href") == "/?q=data+entry&ui=en"


def test_a_hint_reads_no_blank_value_as_the_language_links_read_none(client) -> None:  # type: ignore[no-untyped-def]
    """The feed's form sends every field, chosen or not: a mistyped name given only empty or blank values is no hint,
    and the address a hint names carries none of the page's empty or blank parameters."""
    assert _hints(client, "/?ui=en&tags=&search=%20%20") == []
    [hint] = _hints(client, "/?ui=en&tags=%20&tags=data_entry&q=%20&lang=&source=&lang=fa")
    assert hint.cssselect("a")[0].get("href") == "/?lang=fa&tag=data_entry&ui=en"
    switch = html.fromstring(client.get("/?ui=en&tags=%20&q=%20&lang=&lang=fa").data).cssselect("nav.ui-switch a")
    assert {a.get("href") for a in switch} == {"/?lang=fa&ui=uz", "/?lang=fa&ui=fa"}


def test_the_trends_page_names_a_mistyped_weeks(client) -> None:  # type: ignore[no-untyped-def]
    [hint] = _hints(client, "/trends?ui=en&week=4")
    assert " ".join(hint.text_content().split()) == "week is not read here: did you mean weeks=4?"
    assert hint.cssselect("a")[0].get("href") == "/trends?weeks=4&ui=en"


def _monday(week: str) -> date:
    return date.fromisocalendar(int(week[:4]), int(week[6:]), 1)


def test_trends_page_and_api_take_the_same_since(client) -> None:  # type: ignore[no-untyped-def]
    """``/trends?since=30d`` had been ignored (the page's 12 weeks) while ``/api/trends?since=30d`` was a 400: both
    now read it as the feed does, from the Monday of its week, as ``vagigs report --since``."""
    every = client.get("/api/trends").get_json()["weeks"]
    third = every[-3]
    since = (_monday(third) + timedelta(days=3)).isoformat()  # a Thursday: its week counts whole
    api = client.get(f"/api/trends?since={since}").get_json()
    assert api["weeks"] == every[-3:]
    page = html.fromstring(client.get(f"/trends?ui=en&since={since}").data)
    assert [t.get("datetime") for t in page.cssselect("table.weekly[data-by=source] thead time")] == every[-3:]
    assert page.cssselect("a[href^='/api/trends']")[0].get("href") == f"/api/trends?since={since}"
    assert client.get("/api/trends?since=30d").status_code == 200
    assert client.get("/trends?since=30d").status_code == 200


def test_trends_since_and_weeks_together_start_at_the_later(client) -> None:  # type: ignore[no-untyped-def]
    """Both bounds apply, as the feed's filters combine, on the page and in the API alike."""
    every = client.get("/api/trends").get_json()["weeks"]
    since = (_monday(every[-3]) + timedelta(days=3)).isoformat()
    assert client.get(f"/api/trends?since={since}&weeks=2").get_json()["weeks"] == every[-2:]
    assert client.get(f"/api/trends?since={since}&weeks=5").get_json()["weeks"] == every[-3:]
    page = html.fromstring(client.get(f"/trends?ui=en&since={since}&weeks=2").data)
    assert [t.get("datetime") for t in page.cssselect("table.weekly[data-by=source] thead time")] == every[-2:]


def test_trends_page_and_api_refuse_the_same_since(client) -> None:  # type: ignore[no-untyped-def]
    api = client.get("/api/trends?since=abc")
    assert api.status_code == 400 and api.get_json()["parameter"] == "since"
    page = client.get("/trends?ui=fa&since=abc")
    assert page.status_code == 400
    reason = html.fromstring(page.data).cssselect("p.parameter")[0].text_content()
    assert reason.startswith("since") and "شمسی" in reason  # in the reader's words, as the feed's


def test_the_api_document_gives_trends_since(client) -> None:  # type: ignore[no-untyped-def]
    params = client.get("/api/openapi.json").get_json()["paths"]["/api/trends"]["get"]["parameters"]
    assert {p["name"] for p in params} == {"weeks", "since"}


@pytest.mark.browser
def test_a_persian_reader_sees_the_hint_above_the_gigs(browser, live_url) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(f"{live_url}/?ui=fa&tags=data_entry")
    hint = browser.find_element(By.CSS_SELECTOR, "p.did-you-mean")
    first = browser.find_element(By.CSS_SELECTOR, "li.posting")
    assert hint.is_displayed() and hint.location["y"] < first.location["y"]
    assert "منظورتان" in hint.text and "tag=data_entry" in hint.text
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", hint) == "rtl"
    hint.find_element(By.CSS_SELECTOR, "a").click()
    assert "tag=data_entry" in browser.current_url
    assert not browser.find_elements(By.CSS_SELECTOR, "p.did-you-mean")
