"""One store for every web test: the shipped snapshot crawled by the real ``vagigs crawl
--replay`` (in a subprocess: a Twisted reactor cannot restart in-process) into a temporary
SQLite (``tests.helpers.shipped_crawl``, the crawl the contract tests read, copied), plus a
few postings the snapshot lacks, written by ``store.queries.upsert_posting``: a hostile one
(script in every text field), a VA-relevant likely scam, and a repost of a snapshot
posting on another source (so ``also_posted_on`` has a link to show).

The store is read-only once built; tests share it for the test run (a test that writes to it writes to a copy:
``tests.helpers.sqlite_copy``).
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.helpers import built_once, shipped_crawl, sqlite_copy

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
REQUIRE_SERVICES = os.environ.get("VAGIGS_REQUIRE_SERVICES") == "1"

HOSTILE_TITLE = "<script>window.pwned=1;document.title='PWNED'</script>Hostile VA <img src=x onerror=\"window.pwned=2\">"
HOSTILE = dict(
    source="telegram", source_id="hostile-1", url="javascript:window.pwned=3", apply_url="javascript:alert(1)",
    title=HOSTILE_TITLE, company="<b onmouseover=\"window.pwned=4\">Evil & Co</b>",
    description="First paragraph <script>window.pwned=5</script>\nsecond line\n\n"
                "<iframe src=\"javascript:window.pwned=6\"></iframe> last paragraph",
    salary_raw="<svg onload=\"window.pwned=7\">100$</svg>",
    language="en", languages_other=["ru", "uz"],
    tags=["data_entry"], tag_scores={"data_entry": {"score": 3.0, "evidence": "<u>data entry</u>"}},
    va_relevant=True, legitimacy_score=55, legitimacy_verdict="caution",
    legitimacy_reasons=[{"code": "messaging_only", "weight": 20, "text": "contact only through a messenger",
                         "span": "<script>window.pwned=8</script>write me"}],
)
SCAM = dict(
    source="telegram", source_id="scam-1", url="https://t.me/s/example/991",
    title="Data entry from home, $500 a day", company=None,
    description="Pay a registration fee of $20 first. Send your card number to start.",
    salary_raw="$500 a day", language="en", tags=["data_entry"],
    va_relevant=True, legitimacy_score=5, legitimacy_verdict="likely_scam",
    legitimacy_reasons=[{"code": "upfront_fee", "weight": 60, "text": "asks for a fee before work",
                         "span": "registration fee of $20"}],
)


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """``{"url": the store, "ids": {"hostile", "scam", "original", "repost"}}``, built once for the test run (its
    workers share it: ``tests.helpers.built_once``)."""
    folder = built_once(tmp_path_factory, "web", lambda tmp: _build_web_store(tmp_path_factory, tmp))
    return {"url": f"sqlite:///{folder / 'web.db'}", "ids": json.loads((folder / "ids.json").read_text())}


def _build_web_store(tmp_path_factory: pytest.TempPathFactory, tmp: Path) -> None:
    from store import db, dedupe_queries, queries
    from store.models import Posting

    crawled, crawl = shipped_crawl(tmp_path_factory)
    assert crawl.returncode == 0, crawl.stdout + crawl.stderr
    url = sqlite_copy(f"sqlite:///{crawled / 'v.db'}", tmp / "web.db")
    with db.sessions(url).begin() as s:
        now = datetime.now(timezone.utc)  # after the crawl: newer than its "today" postings
        ids = {"hostile": queries.upsert_posting(s, dict(HOSTILE, posted_at=now)).id,
               "scam": queries.upsert_posting(s, dict(SCAM, posted_at=now - timedelta(seconds=1))).id}
        original = s.scalars(queries.feed_query(queries.FeedFilter(sources=["remoteok"], limit=1))).one()
        repost = {k: getattr(original, k) for k in queries.SCHEMA_FIELDS if k not in ("cluster_id", "is_representative")}
        repost.update(source="jsonld", source_id="repost-1", url="https://board.example/jobs/repost-1",
                      cluster_reason="exact", tags=original.tags or [])
        ids["original"], ids["repost"] = original.id, queries.upsert_posting(s, repost).id
        dedupe_queries.set_clusters(s, [(ids["repost"], original.id, "exact", False)])
        assert s.get(Posting, ids["repost"]) is not None
    (tmp / "ids.json").write_text(json.dumps(ids))


@pytest.fixture(scope="session")
def app(web_store: dict):  # type: ignore[no-untyped-def]
    from web.app import create_app

    application = create_app(web_store["url"])
    application.config["TESTING"] = True
    return application


@pytest.fixture
def client(app):  # type: ignore[no-untyped-def]
    return app.test_client()


@pytest.fixture
def own_client(store: dict):  # type: ignore[no-untyped-def]
    """A client of the test module's own ``store`` fixture (``{"url": …}``), for tests that need postings the shared,
    read-only web store has not got (delisted, closed)."""
    from web.app import create_app

    application = create_app(store["url"])
    application.config["TESTING"] = True
    return application.test_client()


# ---------------------------------------------------------------- browser

@pytest.fixture(scope="session")
def live_url(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app served by waitress on 127.0.0.1 in a thread."""
    from waitress import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium driven by Selenium through Debian's chromedriver (never downloaded).
    Skipped without Chromium, unless ``VAGIGS_REQUIRE_SERVICES=1``, when that is a failure."""
    yield from _chromium()


@pytest.fixture(scope="module")
def browser_without_no_store_bfcache() -> Iterator[object]:
    """Chromium as Firefox and Safari treat a page sent with ``Cache-Control: no-store``: never kept in the
    back/forward cache (Chromium's experiment that keeps one there, on in its recent builds, turned off), so Back
    asks for it again."""
    yield from _chromium("--disable-features=CacheControlNoStoreEnterBackForwardCache")


def _chromium(*flags: str) -> Iterator[object]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        message = f"{CHROMIUM} and {CHROMEDRIVER} are needed (apt-get install chromium chromium-driver)"
        if REQUIRE_SERVICES:
            pytest.fail(f"Chromium is required (VAGIGS_REQUIRE_SERVICES=1): {message}")
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1200,1000", *flags):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
