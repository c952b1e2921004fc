"""Thin Scrapy item pipelines around the stages; each one only calls its stage.

A stage that refuses an item raises ``DropItem`` with a reason; the reason is
counted under ``vagigs/dropped/<reason>`` and ends up in the crawl run record.
"""
from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawlers.extensions import count_drop, record_error
from crawlers.items import PostingItem
from pipeline import dedupe, language, legitimacy, normalize, tags
from store import db, queries

log = logging.getLogger(__name__)


class _Stage:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler):  # type: ignore[no-untyped-def]
        return cls(crawler)

    def drop(self, item: PostingItem, reason: str, message: str) -> DropItem:
        count_drop(self.crawler, reason)
        record_error(self.crawler, f"{reason}: {item.source}/{item.source_id}: {message}")
        return DropItem(f"{reason}: {message}")


class NormalizePipeline(_Stage):
    def process_item(self, item: PostingItem) -> PostingItem:
        try:
            return normalize.normalize(item)
        except normalize.Invalid as exc:
            raise self.drop(item, exc.reason, str(exc)) from exc


class DedupePipeline(_Stage):
    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.sessions = db.sessions(crawler.settings.get("VAGIGS_DATABASE_URL"))

    def process_item(self, item: PostingItem) -> PostingItem:
        item.content_hash = dedupe.content_hash(item.title, item.company, item.description)
        with self.sessions() as session:
            twin = queries.find_exact_duplicate(
                session, url=item.url, content_hash=item.content_hash,
                source=item.source, source_id=item.source_id,
            )
        if twin is not None:
            item.cluster_id = twin.cluster_id or twin.id
            item.cluster_reason = "exact"
            item.is_representative = False
        return item


class LanguagePipeline(_Stage):
    def process_item(self, item: PostingItem) -> PostingItem:
        found = language.detect("\n".join(filter(None, [item.title, item.description])))
        item.language = found.lang
        item.language_script = found.script
        item.language_confidence = found.confidence
        item.languages_other = found.others
        return item


class LegitimacyPipeline(_Stage):
    def process_item(self, item: PostingItem) -> PostingItem:
        result = legitimacy.assess(item)
        item.legitimacy_score = result.score
        item.legitimacy_verdict = result.verdict
        item.legitimacy_reasons = [r.as_dict() for r in result.reasons]
        return item


class TagsPipeline(_Stage):
    def process_item(self, item: PostingItem) -> PostingItem:
        result = tags.tag(item)
        item.tags = result.tags
        item.tag_scores = {t: {"score": s, "evidence": result.evidence.get(t)} for t, s in result.scores.items()}
        item.va_relevance = result.va_relevance
        item.va_relevant = result.va_relevant
        return item


class StorePipeline(_Stage):
    """Upserts each posting on (source, source id), one transaction per item."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.sessions = db.sessions(crawler.settings.get("VAGIGS_DATABASE_URL"))

    def process_item(self, item: PostingItem) -> PostingItem:
        spider = self.crawler.spider
        item.crawl_run_id = getattr(spider, "crawl_run_id", None)
        try:
            with self.sessions.begin() as session:
                result = queries.upsert_posting(session, item.as_dict())
        except Exception as exc:  # noqa: BLE001 - the crawl goes on; the item is counted
            log.exception("store failed for %s/%s", item.source, item.source_id)
            raise self.drop(item, "store_error", repr(exc)) from exc
        self.crawler.stats.inc_value("vagigs/stored")
        if result.created:
            self.crawler.stats.inc_value("vagigs/new")
        item.cluster_id = item.cluster_id or result.cluster_id
        return item
