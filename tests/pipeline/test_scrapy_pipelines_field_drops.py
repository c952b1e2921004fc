"""Fields the normalize stage leaves out of a posting it keeps are counted in the crawl's stats
(``vagigs/field_dropped/<field>/<reason>``), logged once per run when it closes, and never count as a posting
drop: the run's status, its drops and its delisting are those of a run that lost nothing. The counts are kept on
the run's row (``crawl_runs.field_dropped``) for ``vagigs runs``, and ``vagigs health`` warns of them
(``losing_fields``), not of a dropping run.

The postings are the real We Work Remotely capture, its ``<expires_at>`` rewritten as a layout change would
leave it."""
from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from scrapy.utils.test import get_crawler

from crawlers.extensions import (
    DELISTED_KEY,
    DROPPED_PREFIX,
    CrawlRunRecorder,
    field_drops,
    partial_listing,
    report_from_stats,
    run_status,
)
from crawlers.items import PostingItem
from crawlers.spiders.remotive import RemotiveSpider
from crawlers.spiders.weworkremotely import WeWorkRemotelySpider
from pipeline.scrapy_pipelines import NormalizePipeline
from store import db, health, queries
from store.models import CrawlRun, Posting
from tests.crawlers.spider_helpers import run_callback
from tests.helpers import FIXTURES

FEED = FIXTURES / "weworkremotely" / "wwr_remote-customer-support-jobs.rss"
URL = "https://weworkremotely.com/categories/remote-customer-support-jobs.rss"
NOT_A_DATE = "vagigs/field_dropped/expires_at/not_a_date"
BEFORE_POSTED = "vagigs/field_dropped/expires_at/before_posted"


def _wwr_items(expires_at: str | None = None) -> list[PostingItem]:
    """The 27 postings of the real feed; with ``expires_at``, every closing date replaced by that text."""
    body = FEED.read_text(encoding="utf-8")
    if expires_at is not None:
        body = re.sub(r"<expires_at>[^<]*</expires_at>", f"<expires_at>{expires_at}</expires_at>", body)
    items, _ = run_callback(WeWorkRemotelySpider, URL, body.encode(), content_type="application/rss+xml")
    assert len(items) == 27
    return items


def _normalize_all(items: list[PostingItem]) -> tuple[list[PostingItem], dict]:
    crawler = get_crawler(WeWorkRemotelySpider, {"VAGIGS_DATABASE_URL": "sqlite://"})
    crawler.stats.open_spider()
    stage = NormalizePipeline.from_crawler(crawler)
    return [stage.process_item(i) for i in items], crawler.stats.get_stats()


def test_the_real_feed_loses_no_field() -> None:
    kept, stats = _normalize_all(_wwr_items())
    assert all(i.expires_at is not None for i in kept)
    assert field_drops(stats) == {}


def test_closing_dates_a_layout_change_made_unreadable_are_counted_per_field_and_reason() -> None:
    kept, stats = _normalize_all(_wwr_items("Until filled"))
    assert len(kept) == 27 and all(i.expires_at is None and i.title for i in kept)  # every posting kept
    assert stats[NOT_A_DATE] == 27 and BEFORE_POSTED not in stats
    assert field_drops(stats) == {"expires_at/not_a_date": 27}
    assert not [k for k in stats if k.startswith(DROPPED_PREFIX)]  # no posting drop
    assert "vagigs/errors" not in stats  # nor a run error


def test_a_closing_date_before_the_posting_date_is_counted_under_its_own_reason() -> None:
    items = _wwr_items()
    items[0].expires_at = "Mon, 07 Nov 2022 10:04:39 +0000"  # a day before its pubDate (8 Nov 2022)
    items[1].expires_at = "asap"
    kept, stats = _normalize_all(items)
    assert kept[0].expires_at is None and kept[1].expires_at is None and kept[2].expires_at is not None
    assert field_drops(stats) == {"expires_at/before_posted": 1, "expires_at/not_a_date": 1}


def test_a_refused_item_is_still_a_posting_drop_not_a_field_drop() -> None:
    from scrapy.exceptions import DropItem

    crawler = get_crawler(WeWorkRemotelySpider, {"VAGIGS_DATABASE_URL": "sqlite://"})
    crawler.stats.open_spider()
    with pytest.raises(DropItem):
        NormalizePipeline(crawler).process_item(PostingItem(source="weworkremotely", source_id="x",
                                                            expires_at="soon"))
    stats = crawler.stats.get_stats()
    assert stats[DROPPED_PREFIX + "missing_text"] == 1 and field_drops(stats) == {}


# ---------------------------------------------------------------- the run: not a drop, still delists

CLEAN = {"item_scraped_count": 27, "vagigs/stored": 27, "downloader/request_count": 1,
         "downloader/response_status_count/200": 1}
LOST_DATES = {**CLEAN, NOT_A_DATE: 25, BEFORE_POSTED: 2}


def test_field_drops_leave_the_run_status_drops_and_completeness_alone() -> None:
    assert run_status(LOST_DATES, "finished") == "finished"
    assert partial_listing(LOST_DATES, "finished") is None  # the run saw the whole listing
    assert report_from_stats(LOST_DATES, "finished").dropped == {}


def test_a_run_that_lost_closing_dates_is_logged_still_delists_and_is_not_dropping(
        sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """Remotive lists all its current postings: a complete run with closing dates lost still marks the posting
    it no longer lists delisted, its row shows no drop, and ``vagigs health`` says it loses fields, not postings."""
    long_ago = datetime(2025, 1, 1, tzinfo=timezone.utc)
    sessions = db.sessions(sqlite_url)
    with sessions.begin() as s:
        run_id = queries.start_run(s, "remotive").id
        queries.upsert_posting(s, {"source": "remotive", "source_id": "gone", "title": "Assistant",
                                   "last_seen_at": long_ago})
        queries.upsert_posting(s, {"source": "remotive", "source_id": "live", "title": "Assistant"})
    crawler = get_crawler(RemotiveSpider, {"VAGIGS_DATABASE_URL": sqlite_url})
    crawler.stats.open_spider()
    for key, value in LOST_DATES.items():
        crawler.stats.set_value(key, value)
    with caplog.at_level(logging.WARNING, logger="crawlers.extensions"):
        CrawlRunRecorder(crawler).spider_closed(
            SimpleNamespace(name="remotive", source="remotive", crawl_run_id=run_id), "finished")
    [warning] = [r.getMessage() for r in caplog.records if "fields left out" in r.getMessage()]
    assert f"crawl run {run_id} of remotive" in warning
    assert "expires_at/before_posted=2, expires_at/not_a_date=25" in warning
    assert crawler.stats.get_value(DELISTED_KEY) == 1
    with sessions() as s:
        run = s.get(CrawlRun, run_id)
        assert (run.status, run.dropped, run.errors) == ("finished", {}, [])
        assert run.field_dropped == {"expires_at/before_posted": 2, "expires_at/not_a_date": 25}
        assert s.get(Posting, s.query(Posting.id).filter_by(source_id="gone").scalar()).delisted_at is not None
        verdict = health.judge("remotive", [run], now=queries.utcnow(), expected_every=timedelta(days=1),
                               lost_after=queries.lost_after())
    assert [(p.code, p.level) for p in verdict.problems] == [("losing_fields", "warning")]


def test_a_run_that_lost_no_field_stores_none(sqlite_url: str) -> None:
    """A clean run's row keeps NULL, not ``{}``: "nothing lost" reads the same as on runs from before 0009."""
    with db.sessions(sqlite_url).begin() as s:
        run_id = queries.start_run(s, "weworkremotely").id
    crawler = get_crawler(WeWorkRemotelySpider, {"VAGIGS_DATABASE_URL": sqlite_url})
    crawler.stats.open_spider()
    for key, value in {**CLEAN, NOT_A_DATE: 0}.items():  # a stat at 0 counts nothing lost
        crawler.stats.set_value(key, value)
    CrawlRunRecorder(crawler).spider_closed(
        SimpleNamespace(name="weworkremotely", source="weworkremotely", crawl_run_id=run_id), "finished")
    with db.sessions(sqlite_url)() as s:
        run = s.get(CrawlRun, run_id)
        assert (run.status, run.field_dropped) == ("finished", None)


def test_an_item_a_stage_refuses_is_kept_in_quarantine_as_the_source_sent_it(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A drop never loses data: the record of an item dropped for a title that is no text is on disk."""
    import json

    from scrapy.exceptions import DropItem

    from crawlers.spiders.base import payload_fields

    monkeypatch.setenv("VAGIGS_HOME", str(tmp_path))
    crawler = get_crawler(RemotiveSpider)
    record = {"id": 77, "title": {"en": "Virtual assistant"}, "description": "Inbox work"}
    payload, digest = payload_fields(record)
    item = PostingItem(source="remotive", source_id="77", title=record["title"], description="Inbox work",
                       payload=payload, payload_hash=digest)
    with pytest.raises(DropItem):
        NormalizePipeline(crawler).process_item(item)
    [kept] = (tmp_path / "quarantine" / "remotive").glob("*-bad_field.record.json")
    kept = json.loads(kept.read_text(encoding="utf-8"))
    assert kept["record"] == record and kept["source_id"] == "77" and "title is dict" in kept["why"]
