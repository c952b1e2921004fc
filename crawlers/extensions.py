"""Scrapy extension that writes one ``crawl_runs`` row per spider run.

Opened when the spider opens (status ``running``), closed from the spider's
stats when it closes: requests, responses by status, items scraped, stored and
new, drops by reason (every ``vagigs/dropped/<reason>`` stat, plus
``robots_txt`` for requests robots.txt forbade), ``not_modified`` (304 answers
to conditional requests) and the error messages the spider and pipelines logged.
"""
from __future__ import annotations

import logging

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.spiders import Spider
from sqlalchemy import update

from store import db, queries
from store.models import CrawlRun

log = logging.getLogger(__name__)

DROPPED_PREFIX = "vagigs/dropped/"
ERRORS_KEY = "vagigs/errors"


#: Drops that mean "we chose not to (or may not) ask", not that the source failed.
POLICY_DROPS = frozenset({"daily_cap", "robots_txt"})
NOT_MODIFIED_KEY = "vagigs/not_modified"


def run_status(stats: dict, finish_reason: str | None) -> str:
    """``blocked``, ``failed``, ``capped``, ``empty`` or ``finished`` (see ``CrawlRun``).

    Politeness outcomes are told apart from failures: a run whose every request
    was held back by the daily cap is ``capped``; one that robots.txt forbade
    entirely is ``blocked`` (the site said no); one whose every answer was
    ``304 Not Modified`` is ``finished`` — the source is healthy, nothing changed.
    """
    if stats.get("vagigs/blocked"):
        return "blocked"
    if finish_reason not in (None, "finished"):
        return "failed"
    scraped = stats.get("item_scraped_count", 0)
    drops = {k[len(DROPPED_PREFIX):] for k in stats if k.startswith(DROPPED_PREFIX)}
    if stats.get("robotstxt/forbidden"):
        drops.add("robots_txt")
    errors = [e for e in stats.get(ERRORS_KEY, []) if not e.startswith("daily_cap:")]
    if scraped == 0 and drops and drops <= POLICY_DROPS and not errors:
        return "capped" if "daily_cap" in drops else "blocked"
    if scraped == 0 and (errors or drops - POLICY_DROPS):
        return "failed"
    if scraped == 0:
        return "finished" if stats.get(NOT_MODIFIED_KEY) or stats.get("vagigs/seen_known") else "empty"
    return "finished"


def report_from_stats(stats: dict, finish_reason: str | None) -> queries.RunReport:
    responses = {
        key.rsplit("/", 1)[-1]: value
        for key, value in stats.items()
        if key.startswith("downloader/response_status_count/")
    }
    dropped = {k[len(DROPPED_PREFIX):]: v for k, v in stats.items() if k.startswith(DROPPED_PREFIX)}
    if stats.get("robotstxt/forbidden"):  # counted by Scrapy's RobotsTxtMiddleware
        dropped["robots_txt"] = int(stats["robotstxt/forbidden"])
    return queries.RunReport(
        status=run_status(stats, finish_reason),
        finish_reason=finish_reason,
        requests=int(stats.get("downloader/request_count", 0)),
        responses_by_status=responses,
        items_scraped=int(stats.get("item_scraped_count", 0)),
        items_stored=int(stats.get("vagigs/stored", 0)),
        items_new=int(stats.get("vagigs/new", 0)),
        dropped=dropped,
        errors=list(stats.get(ERRORS_KEY, [])),
    )


class CrawlRunRecorder:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.url = crawler.settings.get("VAGIGS_DATABASE_URL")
        self.replay = bool(crawler.settings.get("VAGIGS_REPLAY_BASE"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CrawlRunRecorder":
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        with db.sessions(self.url).begin() as session:
            run = queries.start_run(session, getattr(spider, "source", spider.name), replay=self.replay)
            spider.crawl_run_id = run.id  # type: ignore[attr-defined]
        self.crawler.stats.set_value("vagigs/crawl_run_id", run.id)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        run_id = getattr(spider, "crawl_run_id", None)
        if run_id is None:
            return
        report = report_from_stats(self.crawler.stats.get_stats(), reason)
        with db.sessions(self.url).begin() as session:
            queries.finish_run(session, run_id, report)
            session.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(
                not_modified=int(self.crawler.stats.get_value(NOT_MODIFIED_KEY, 0))))
        log.info("crawl run %s of %s: %s, %d stored, dropped %s",
                 run_id, spider.name, report.status, report.items_stored, report.dropped or "nothing")


def record_error(crawler: Crawler, message: str) -> None:
    """Keep an error message for the run record (the log has it too)."""
    errors = crawler.stats.get_value(ERRORS_KEY) or []
    errors.append(message)
    crawler.stats.set_value(ERRORS_KEY, errors)


def count_drop(crawler: Crawler, reason: str, n: int = 1) -> None:
    crawler.stats.inc_value(DROPPED_PREFIX + reason, n)
