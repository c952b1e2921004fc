"""A page an earlier run lost is fetched again: paging does not stop at a page of stored postings while a run of
the source lost a page (an error status, a timeout, a malformed body, the daily cap …) that no run has fetched
since (``SourceSpider.only_known``, ``crawlers.spiders.base.unrecovered_loss``).

The four paging spiders that stop on stored postings are crawled against a real store (SQLite and PostgreSQL);
``test_telegram_replay_fetches_again_the_page_a_run_lost`` runs the reviewer's three ``vagigs crawl --replay``
runs end to end.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable

import pytest
from scrapy.http import Request

from crawlers.spiders.base import PAGING_ON_KEY, page_loss, unrecovered_loss
from crawlers.spiders.hh import HHSpider
from crawlers.spiders.himalayas import HimalayasSpider
from crawlers.spiders.jobvision import JobVisionSpider
from crawlers.spiders.remoteok import RemoteOKSpider
from crawlers.spiders.telegram import TelegramSpider
from tests.crawlers.source_helpers import make_spider, response, split, stats, store_known
from tests.helpers import FIXTURES, make_snapshot, vagigs

TG_URL = "https://t.me/s/UstozShogird"
TG_PAGE_2 = "https://t.me/s/UstozShogird?before=51230"
LOST = {"http_500": 1}
LOST_ERRORS = [f"http_500: {TG_PAGE_2}: HTTP 500"]


# ---------------------------------------------------------------- each paging spider, on a real store


@dataclass
class FirstPage:
    """A first page of a paging source whose postings are all stored, and how its next page is asked for."""

    spider: type
    url: str
    body: bytes
    ids: list[str]
    is_next: Callable[[Request], bool]
    content_type: str = "application/json"
    meta: dict[str, Any] | None = None


def _telegram() -> FirstPage:
    return FirstPage(TelegramSpider, TG_URL, (FIXTURES / "telegram" / "UstozShogird_p1.html").read_bytes(),
                     [f"UstozShogird/{i}" for i in (51231, 51232, 51233, 51234)],
                     lambda r: r.url == TG_PAGE_2, "text/html; charset=utf-8", {"channel": "UstozShogird", "page": 1})


def _hh() -> FirstPage:
    raw = json.loads((FIXTURES / "hh" / "hh_vacancies_area97_page0.json").read_text(encoding="utf-8"))
    raw.update({"pages": 2, "page": 0})
    return FirstPage(HHSpider, "https://api.hh.ru/vacancies?area=97&host=hh.uz&per_page=100&text=x",
                     json.dumps(raw).encode(), [v["id"] for v in raw["items"]],
                     lambda r: "page=1" in r.url, meta={"page": 0})


def _himalayas() -> FirstPage:
    jobs = [{"guid": f"https://himalayas.app/companies/c{i}/jobs/va-{i}", "title": f"VA {i}", "companyName": f"C{i}",
             "locationRestrictions": [], "pubDate": 1763712000} for i in range(20)]
    body = json.dumps({"offset": 0, "limit": 20, "totalCount": 45, "jobs": jobs}).encode()
    return FirstPage(HimalayasSpider, "https://himalayas.app/jobs/api?limit=20&offset=0", body,
                     [f"companies/c{i}/jobs/va-{i}" for i in range(20)], lambda r: "offset=20" in r.url)


def _jobvision() -> FirstPage:
    posts = [{"id": 100 + i, "title": f"کارشناس {i}", "company": {"nameFa": "شرکت"}} for i in range(30)]
    body = json.dumps({"data": {"jobPostCount": 200, "jobPosts": posts}}, ensure_ascii=False).encode()
    return FirstPage(JobVisionSpider, "https://candidateapi.jobvision.ir/api/v1/JobPost/List", body,
                     [str(100 + i) for i in range(30)], lambda r: json.loads(r.body)["requestedPage"] == 2,
                     meta={"keyword": "دستیار", "page": 1, "size": 30})


PAGES = {"telegram": _telegram, "hh": _hh, "himalayas": _himalayas, "jobvision": _jobvision}


_STATUS = {"finished": "finished", "shutdown": "stopped", "lost": "failed"}  # as ``run_status`` and the reaper


def _record_run(url: str, source: str, *, finish_reason: str = "finished", dropped: dict[str, int] | None = None,
                errors: list[str] | None = None) -> int:
    """A run of ``source`` that ended as told, as ``crawlers.extensions.CrawlRunRecorder`` writes it."""
    from store import db, queries

    with db.sessions(url).begin() as session:
        run = queries.start_run(session, source)
        queries.finish_run(session, run.id, queries.RunReport(
            status=_STATUS[finish_reason], finish_reason=finish_reason,
            dropped=dropped or {}, errors=errors or []))
        return run.id


def _crawl_first_page(url: str, page: FirstPage):  # type: ignore[no-untyped-def]
    spider = make_spider(page.spider, url)
    resp = response(page.url, page.body, content_type=page.content_type, meta=page.meta)
    items, requests = split(list(spider.parse(resp)))
    assert len(items) == len(page.ids)  # stored or not, the page's postings are refreshed
    return spider, requests


@pytest.mark.parametrize("source", sorted(PAGES))
def test_a_run_that_lost_a_page_keeps_the_next_run_paging_until_one_pages_through(
        store_url: str, source: str, caplog: pytest.LogCaptureFixture) -> None:
    page = PAGES[source]()
    store_known(store_url, source, page.ids)
    lost = _record_run(store_url, source, dropped=LOST, errors=LOST_ERRORS)

    caplog.set_level(logging.INFO)
    spider, requests = _crawl_first_page(store_url, page)
    assert len(requests) == 1 and page.is_next(requests[0])  # the page after the stored one: the lost one
    assert stats(spider)[PAGING_ON_KEY] == 1 and "vagigs/paging_stopped_known" not in stats(spider)
    assert (f"{source}: every posting on this page is stored already, but run {lost} lost a page "
            f"({LOST_ERRORS[0]}) that no run has fetched since; paging on") in caplog.messages

    _record_run(store_url, source)  # that run paged through without a loss: the next one stops again
    spider, requests = _crawl_first_page(store_url, page)
    assert requests == [] and stats(spider)["vagigs/paging_stopped_known"] == 1
    assert PAGING_ON_KEY not in stats(spider)


@pytest.mark.parametrize(("dropped", "finish_reason", "pages_on"), [
    ({"timeout": 1}, "finished", True),
    ({"malformed_response": 1}, "finished", True),
    ({"daily_cap": 3}, "finished", True),  # the cap held the next page back: it was never fetched
    ({"blocked": 1}, "finished", True),
    ({}, "shutdown", True),  # Ctrl-C or SIGTERM before it paged through
    ({}, "lost", True),  # killed hard
    # a posting dropped on its own is not stored, so no page showing it is "only known"; robots.txt says no again
    ({"record_parse_error": 2, "bad_field": 1, "robots_txt": 1}, "finished", False),
    ({}, "finished", False),
])
def test_which_runs_lost_a_page(sqlite_url: str, dropped: dict[str, int], finish_reason: str, pages_on: bool) -> None:
    page = _telegram()
    store_known(sqlite_url, "telegram", page.ids)
    _record_run(sqlite_url, "telegram", finish_reason=finish_reason, dropped=dropped)
    _, requests = _crawl_first_page(sqlite_url, page)
    assert bool(requests) is pages_on


def test_a_loss_of_another_source_or_a_run_still_going_stops_no_paging_of_its_own(store_url: str) -> None:
    from store import db, queries

    page = _telegram()
    store_known(store_url, "telegram", page.ids)
    _record_run(store_url, "hh", dropped=LOST, errors=LOST_ERRORS)
    with db.sessions(store_url).begin() as session:
        queries.start_run(session, "telegram")  # this crawl's own row, running
    spider, requests = _crawl_first_page(store_url, page)
    assert requests == [] and stats(spider)["vagigs/paging_stopped_known"] == 1


# ---------------------------------------------------------------- which runs' losses are still open


def _run(run_id: int, start: int, end: int | None, *, dropped: dict[str, int] | None = None,
         finish_reason: str | None = "finished", errors: list[str] | None = None) -> Any:
    t0 = datetime(2026, 12, 1, tzinfo=timezone.utc)
    return SimpleNamespace(
        id=run_id, started_at=t0 + timedelta(minutes=start),
        finished_at=None if end is None else t0 + timedelta(minutes=end),
        status="running" if end is None else _STATUS[finish_reason or "finished"],
        finish_reason=None if end is None else finish_reason,
        dropped=dropped, errors=errors)


def test_page_loss_names_the_page_from_the_runs_errors() -> None:
    assert page_loss(_run(1, 0, 1, dropped=LOST, errors=["record_parse_error: x: y", *LOST_ERRORS])) \
        == LOST_ERRORS[0]
    assert page_loss(_run(1, 0, 1, dropped={"timeout": 2, "http_503": 0})) == "dropped timeout"
    assert page_loss(_run(1, 0, 1, finish_reason="shutdown")) == "it ended stopped (shutdown) before paging through"
    assert page_loss(_run(1, 0, 1, dropped={"normalize_error": 1, "missing_text": 1})) is None


def test_only_losses_after_the_newest_complete_run_started_are_open() -> None:
    lost, complete, running = _run(1, 0, 5, dropped=LOST), _run(2, 10, 15), _run(3, 20, None)
    assert unrecovered_loss([]) is None
    assert unrecovered_loss([lost]) == (lost, "dropped http_500")
    assert unrecovered_loss([lost, complete, running]) is None  # run 2 paged on past run 1's loss
    later = _run(4, 30, 35, finish_reason="shutdown")
    assert unrecovered_loss([lost, complete, later]) == (later, "it ended stopped (shutdown) before paging through")
    # a crawl of the source that ran alongside the complete one and ended after it started: still open
    alongside = _run(1, 0, 12, dropped=LOST)
    assert unrecovered_loss([alongside, complete]) == (alongside, "dropped http_500")
    # the newest of several open losses is named
    newer = _run(5, 40, 45, dropped={"timeout": 1})
    assert unrecovered_loss([lost, newer])[0] is newer


# ---------------------------------------------------------------- records skipped


def test_a_skipped_record_names_its_page_and_says_plainly_what_it_is(caplog: pytest.LogCaptureFixture) -> None:
    spider = make_spider(RemoteOKSpider)
    body = json.dumps([{"legal": "x"}, "a string record", {"position": "no id"}, {"id": "7", "position": "VA"}])
    items, _ = split(list(spider.parse(response("https://remoteok.com/api", body.encode()))))
    assert [i.source_id for i in items] == ["7"] and stats(spider)["vagigs/dropped/record_parse_error"] == 2
    assert "remoteok: record skipped on https://remoteok.com/api: record is not a JSON object ('a string record')" \
        in caplog.messages
    assert ("remoteok: record skipped on https://remoteok.com/api: ValueError: job without id "
            "({'position': 'no id'})") in caplog.messages
    assert stats(spider)["vagigs/errors"] == [
        "record_parse_error: https://remoteok.com/api: record is not a JSON object",
        "record_parse_error: https://remoteok.com/api: ValueError: job without id"]


def test_interleaved_pages_each_name_their_own_url(caplog: pytest.LogCaptureFixture) -> None:
    """Scrapy interleaves the output of several responses' callbacks: each rejection names the page it is on."""
    spider = make_spider(RemoteOKSpider)

    def page(letter: str):  # type: ignore[no-untyped-def]
        body = json.dumps([{"id": letter, "position": "VA"}, f"bad {letter}"]).encode()
        return spider.parse(response(f"https://remoteok.com/api?{letter}", body))

    first, second = page("a"), page("b")
    assert next(first).source_id == "a" and next(second).source_id == "b"
    assert list(second) == [] and list(first) == []
    skipped = [m for m in caplog.messages if "record skipped" in m]
    assert skipped == ["remoteok: record skipped on https://remoteok.com/api?b: record is not a JSON object ('bad b')",
                       "remoteok: record skipped on https://remoteok.com/api?a: record is not a JSON object ('bad a')"]
    assert "_parsing_url" not in spider.__dict__


# ---------------------------------------------------------------- end to end


def _telegram_snapshot(directory: Path, page_2_status: int) -> Path:
    html = {"Content-Type": "text/html; charset=utf-8"}
    tg = FIXTURES / "telegram"
    return make_snapshot(directory, [
        {"url": TG_URL, "file": str(tg / "UstozShogird_p1.html"), "headers": html},
        {"url": TG_PAGE_2, "file": str(tg / "UstozShogird_p2.html"), "headers": html, "status": page_2_status},
        {"url": "https://t.me/s/UstozShogirdSohalar", "file": str(tg / "UstozShogirdSohalar_p1.html"),
         "headers": html},
    ])


@pytest.mark.long
def test_telegram_replay_fetches_again_the_page_a_run_lost(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path),
           "VAGIGS_TELEGRAM_CHANNELS": "UstozShogird,UstozShogirdSohalar"}
    failing, served = _telegram_snapshot(tmp_path / "failing", 500), _telegram_snapshot(tmp_path / "served", 200)

    def stored() -> set[str]:
        with sqlite3.connect(db) as conn:
            return {sid for (sid,) in conn.execute("SELECT source_id FROM postings WHERE source = 'telegram'")}

    vagigs("crawl", "telegram", "--replay", str(failing), check=False, env=env)
    assert len(stored()) == 7 and not {"UstozShogird/51228", "UstozShogird/51229"} & stored()
    second = vagigs("crawl", "telegram", "--replay", str(served), env=env)
    assert {"UstozShogird/51228", "UstozShogird/51229"} <= stored()
    assert f"but run 1 lost a page (http_500: {TG_PAGE_2}: HTTP 500) that no run has fetched since; paging on" \
        in second.stderr
    third = vagigs("crawl", "telegram", "--replay", str(served), env=env)
    assert "paging on" not in third.stderr and "paging stops" in third.stderr

    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT status, requests, items_new, dropped FROM crawl_runs ORDER BY id").fetchall()
    (_, first_requests, first_new, first_dropped), (status, requests, new, dropped), (_, third_requests, *_) = runs
    assert json.loads(first_dropped) == {"http_500": 1} and first_new == 7
    assert (status, new, json.loads(dropped or "{}")) == ("finished", 2, {})
    assert requests == first_requests and third_requests == requests - 1  # run 3 stops at the stored page again
