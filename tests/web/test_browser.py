"""The web app in a real headless Chromium (Selenium), served by waitress on 127.0.0.1."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def _by_css(driver, selector: str) -> list:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def test_feed_page_shows_postings(browser, live_url) -> None:  # type: ignore[no-untyped-def]
    browser.get(f"{live_url}/?ui=en")
    assert browser.title == "Gigs — vagigs"
    postings = _by_css(browser, "li.posting")
    assert len(postings) == 20
    assert all(p.find_element("css selector", "h2 a").text for p in postings)
    assert _by_css(browser, ".total")[0].text.endswith("gigs")


def test_choosing_a_filter_and_submitting_narrows_the_list(browser, live_url) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(f"{live_url}/?ui=en")
    before = int(_by_css(browser, ".total")[0].text.split()[0])
    Select(_by_css(browser, 'select[name="lang"]')[0]).select_by_value("fa")
    _by_css(browser, 'form.filters button[type="submit"]')[0].click()
    WebDriverWait(browser, 10).until(ec.url_contains("lang=fa"))
    after = int(_by_css(browser, ".total")[0].text.split()[0])
    languages = {p.get_attribute("data-language") for p in _by_css(browser, "li.posting")}
    assert 0 < after < before and languages == {"fa"}
    search = _by_css(browser, 'input[name="q"]')[0]
    search.send_keys("kotiba")
    Select(_by_css(browser, 'select[name="lang"]')[0]).select_by_value("")
    search.submit()
    WebDriverWait(browser, 10).until(ec.url_contains("q=kotiba"))
    assert [h.text for h in _by_css(browser, "li.posting h2")] == ["Офис-менежер / котиба"]


def test_persian_ui_is_right_to_left(browser, live_url) -> None:  # type: ignore[no-untyped-def]
    browser.get(f"{live_url}/?ui=fa")
    html = _by_css(browser, "html")[0]
    assert html.get_attribute("lang") == "fa" and html.get_attribute("dir") == "rtl"
    assert browser.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    # the filter form starts at the right edge: its first field is right of its last
    fields = _by_css(browser, "form.filters label")
    assert fields[0].location["x"] > fields[-1].location["x"]
    browser.save_screenshot("/tmp/vagigs_feed_fa_test.png")


def test_hostile_posting_script_does_not_run(browser, live_url, web_store) -> None:  # type: ignore[no-untyped-def]
    from tests.web.conftest import HOSTILE_TITLE

    pid = web_store["ids"]["hostile"]
    for path in ("/?ui=en", f"/postings/{pid}?ui=en"):
        browser.get(live_url + path)
        assert browser.execute_script("return window.pwned === undefined")
        assert browser.title != "PWNED" and not browser.title.startswith("PWNED")
        assert not _by_css(browser, "main script, main img, main svg, main iframe")
    assert _by_css(browser, "h1")[0].text == HOSTILE_TITLE  # shown, as text
    assert not _by_css(browser, "a.apply")


def test_detail_page_shows_reasons(browser, live_url, web_store) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{live_url}/?ui=en&scams=1")
    link = next(a for a in _by_css(browser, "li.posting.verdict-likely_scam h2 a"))
    link.click()
    WebDriverWait(browser, 10).until(ec.url_contains("/postings/"))
    assert browser.current_url.startswith(f"{live_url}/postings/{web_store['ids']['scam']}")
    assert _by_css(browser, ".legitimacy .badge")[0].text == "Likely scam"
    reasons = [li.text for li in _by_css(browser, ".legitimacy ul.reasons li")]
    assert reasons and "asks for a fee before work" in reasons[0] and "registration fee of $20" in reasons[0]


def test_trends_page_renders_tables(browser, live_url) -> None:  # type: ignore[no-untyped-def]
    browser.get(f"{live_url}/trends?ui=en")
    tables = _by_css(browser, "table")
    assert len(tables) == 7
    assert all(t.is_displayed() and t.size["height"] > 20 for t in tables)
    assert _by_css(browser, "table.weekly[data-by=tag] tbody tr")
    note = _by_css(browser, "#pay-period-note")[0]
    assert note.is_displayed() and "counted as monthly" in note.text
    assert {td.text for td in _by_css(browser, "table.pay td[data-period]")} >= {"month", "year"}


@pytest.mark.parametrize("ui", ["en", "fa"])
def test_weekly_tables_open_at_the_newest_week_with_their_labels_in_view(browser, live_url, ui) -> None:  # type: ignore[no-untyped-def]
    """Twelve weeks do not fit a narrow window: the table scrolls, and opens where an analyst looks first —
    the newest week and the total — with the row labels kept in view, in either reading direction."""
    visible = ("const box = arguments[0].getBoundingClientRect(), r = arguments[1].getBoundingClientRect();"
               "return r.left >= box.left - 1 && r.right <= box.right + 1;")
    browser.set_window_size(800, 1000)
    try:
        browser.get(f"{live_url}/trends?ui={ui}")
        for scroller in _by_css(browser, "section.trend .scroll"):
            heads = scroller.find_elements("css selector", "thead th")
            assert len(heads) == 14  # the label, twelve weeks, the total
            assert browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth + 50", scroller)
            newest, total = heads[-2], heads[-1]
            assert newest.text == max(h.text for h in heads[1:-1])
            for cell in (newest, total, heads[0], scroller.find_element("css selector", "tbody th")):
                assert browser.execute_script(visible, scroller, cell), cell.text
            assert not browser.execute_script(visible, scroller, heads[1])  # the oldest week is a scroll away
    finally:
        browser.set_window_size(1200, 1000)


def test_a_seeker_pastes_a_post_and_reads_the_verdict_in_persian(browser, live_url) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{live_url}/?ui=fa")
    next(a for a in _by_css(browser, "nav.main-nav a") if a.text == "بررسی آگهی").click()
    WebDriverWait(browser, 10).until(ec.url_contains("/check"))
    assert _by_css(browser, "html")[0].get_attribute("dir") == "rtl"
    text = _by_css(browser, 'form.check textarea[name="text"]')[0]
    text.send_keys("تایپ در خانه\nکار در منزل با درآمد میلیونی. هزینه ثبت‌نام ۱۰۰ هزار تومان کارت به کارت کنید.")
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", text) == "rtl"  # dir=auto
    _by_css(browser, 'form.check button[type="submit"]')[0].click()
    WebDriverWait(browser, 10).until(lambda d: _by_css(d, "section.check-result"))
    result = _by_css(browser, "section.check-result")[0]
    assert "verdict-likely_scam" in result.get_attribute("class")
    assert result.location["y"] < browser.execute_script("return window.innerHeight") / 2  # seen without scrolling
    assert result.find_element("css selector", ".badge").text == "احتمال کلاهبرداری"
    reasons = [li.text for li in result.find_elements("css selector", "ul.reasons li")]
    assert any(r.startswith("پیش از شروع کار پول می‌خواهد") and "هزینه ثبت‌نام" in r for r in reasons), reasons
    assert "تایپ در خانه" in _by_css(browser, "textarea")[0].get_attribute("value")  # kept for another try
    browser.save_screenshot("/tmp/vagigs_check_fa_test.png")
