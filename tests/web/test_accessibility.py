"""Every page passes an axe-core audit in headless Chromium, in each interface language and on a phone.

axe-core (Deque's accessibility engine, vendored in ``tests/web/vendor``, see its PROVENANCE.md) checks what a
screen-reader or keyboard user meets: a heading to start from, named landmarks, labelled form fields, contrast,
language and direction attributes, scrolling tables a keyboard can reach. Its default rule set (WCAG 2 A and AA and
best practices) is run, and any violation fails, whatever its impact.
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).with_name("vendor") / "axe.min.js"
PHONE = (400, 900)
_RUN = """const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
   .then(r => done(r.violations.map(v => [v.impact, v.id, v.help, v.nodes.map(n => n.target.join(' '))])))
   .catch(e => done([['error', 'axe', String(e), []]]));"""


def _violations(driver) -> list[list]:  # type: ignore[no-untyped-def]
    driver.set_script_timeout(60)
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    return driver.execute_async_script(_RUN)


def _pages(ids: dict[str, int], ui: str) -> list[str]:
    return [f"/?ui={ui}", f"/?ui={ui}&scams=1&q=data", f"/postings/{ids['scam']}?ui={ui}",
            f"/postings/{ids['original']}?ui={ui}", f"/trends?ui={ui}", f"/check?ui={ui}", f"/?ui={ui}&page=999",
            f"/?ui={ui}&source=weworkremotely", f"/no-such-page?ui={ui}", f"/?ui={ui}&tags=data_entry&search=a"]


def _audit(browser, url: str) -> list[str]:  # type: ignore[no-untyped-def]
    browser.get(url)
    return [f"{url}: {impact} {rule} ({help_}) at {targets[:3]}"
            for impact, rule, help_, targets in _violations(browser)]


# (Uzbek and Persian, 13-15 s each, run after the README's command, in CI: ``long``)
@pytest.mark.parametrize("ui", [pytest.param("en"), pytest.param("uz", marks=pytest.mark.long), pytest.param("fa", marks=pytest.mark.long)])
def test_every_page_passes_the_audit(browser, live_url, web_store, ui: str) -> None:  # type: ignore[no-untyped-def]
    found = [v for path in _pages(web_store["ids"], ui) for v in _audit(browser, live_url + path)]
    assert found == []


def test_a_checked_post_and_its_verdict_pass_the_audit(browser, live_url) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    for ui in ("en", "fa"):
        browser.get(f"{live_url}/check?ui={ui}")
        browser.find_element(By.CSS_SELECTOR, 'form.check textarea[name="text"]').send_keys(
            "Kuniga 500 000 so'm daromad! Ro'yxatdan o'tish uchun 50 000 so'm to'lang, karta raqamingizni yuboring.")
        browser.find_element(By.CSS_SELECTOR, 'form.check button[type="submit"]').click()
        WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.check-result"))
        assert _violations(browser) == [], ui


def test_on_a_phone_the_pages_pass_and_wide_tables_scroll_by_keyboard(browser, live_url,  # type: ignore[no-untyped-def]
                                                                     web_store) -> None:
    """At 400 px the week-by-week tables are wider than the screen: each scroller is a named region the keyboard
    can focus (and so scroll with the arrow keys), not a box only a mouse or finger can move."""
    desktop = browser.get_window_size()
    browser.set_window_size(*PHONE)
    try:
        _phone_audit_and_keyboard_scroll(browser, live_url, web_store["ids"]["scam"])
    finally:  # the browser is the session's: later tests expect its desktop width
        browser.set_window_size(desktop["width"], desktop["height"])


def _phone_audit_and_keyboard_scroll(browser, live_url: str, scam: int) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    found = [v for ui in ("en", "fa") for path in (f"/?ui={ui}", f"/trends?ui={ui}", f"/postings/{scam}?ui={ui}")
             for v in _audit(browser, live_url + path)]
    assert found == []
    browser.get(f"{live_url}/trends?ui=en")
    scroller = browser.find_element(By.CSS_SELECTOR, "#per-week-tag .scroll")
    assert browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", scroller)
    name = browser.find_element(By.ID, scroller.get_attribute("aria-labelledby")).text
    assert scroller.get_attribute("role") == "region" and name == "Postings per week by task"
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    for _ in range(60):  # Tab through the page until the scroller has the focus
        if browser.switch_to.active_element == scroller:
            break
        browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element == scroller
    before = browser.execute_script("return arguments[0].scrollLeft", scroller)
    scroller.send_keys(Keys.ARROW_LEFT, Keys.ARROW_LEFT)  # it opens at the newest weeks: back to older ones
    WebDriverWait(browser, 5).until(  # (the keyboard scrolls smoothly: it takes a few frames)
        lambda d: d.execute_script("return arguments[0].scrollLeft", scroller) != before)
