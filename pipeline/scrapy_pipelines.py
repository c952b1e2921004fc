"""Thin Scrapy item pipelines around the stages; each one only calls its stage.

A stage that refuses an item raises ``DropItem`` with a reason; the reason is
counted under ``vagigs/dropped/<reason>`` and ends up in the crawl run record.
A field the normalize stage left out of a posting it kept (``normalize.FieldDrop``)
is counted under ``vagigs/field_dropped/<field>/<reason>``: no posting drop.
"""
from __future__ import annotations

import logging
import threading
import time

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy.exc import DBAPIError

import config
from crawlers.extensions import (
    RUN_NOT_RECORDED_KEY,
    STORE_DAMAGED,
    STORE_UNREACHABLE,
    STORE_UNWRITABLE,
    close_crawl,
    count_drop,
    count_field_drop,
    first_line,
    record_error,
    store_outage_seconds,
    store_takes_no_writes,
    store_unreachable,
)
from crawlers.items import PostingItem
from crawlers.quarantine import keep_record
from pipeline import dedupe, installed_versions, language, legitimacy, legitimacy_store, normalize, tags
from pipeline.textnorm import search_text, search_version
from store import db, queries, releases, reports, search

log = logging.getLogger(__name__)


class _Stage:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.told: set[str] = set()  # the kinds of error whose traceback this run logged

    def failed(self, message: str, exc: Exception, *args: object) -> bool:
        """Log a failure in one line with the error's (``first_line``), its traceback only the first time this run
        meets that kind of error: a store refusing every posting (a full disk) had logged two chained tracebacks
        per posting. Whether it was the first time."""
        kind = first_line(exc)
        first = kind not in self.told
        self.told.add(kind)
        log.error(f"{message}: %s", *args, kind, exc_info=first)
        return first

    @classmethod
    def from_crawler(cls, crawler: Crawler):  # type: ignore[no-untyped-def]
        return cls(crawler)

    def drop(self, item: PostingItem, reason: str, message: str, logged: bool = False) -> DropItem:
        """Count, record and keep (``keep_record``: the record as the source sent it) an item a stage refused.
        ``logged``: the stage said it in the log already (``crawlers.logs.LogFormatter`` says it no more)."""
        count_drop(self.crawler, reason)
        record_error(self.crawler, f"{reason}: {item.source}/{item.source_id}: {message}")
        keep_record(item.source or "unknown", reason, item.payload, crawler=self.crawler, source_id=item.source_id,
                    why=message)
        dropped = DropItem(f"{reason}: {message}")
        dropped.logged = logged  # type: ignore[attr-defined]
        return dropped


class OncePerRunPipeline(_Stage):
    """Drops (and counts, as ``duplicate_id``) a posting whose source id this run has already yielded: the first
    copy is kept, as the one the listing showed first; every later one, whatever it holds, is refused and logged
    with its id. Two records of one id had each been stored over the other, the last one kept, with no word."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.seen: set[tuple[str | None, str | None]] = set()

    def process_item(self, item: PostingItem) -> PostingItem:
        key = (item.source, item.source_id)
        if key in self.seen:
            log.warning("%s: source id %s came twice in this run; the first copy is kept, this one dropped",
                        item.source, item.source_id)
            raise self.drop(item, "duplicate_id", f"source id {item.source_id} already yielded in this run "
                                                  f"(the first copy is kept)")
        self.seen.add(key)
        return item


class NormalizePipeline(_Stage):
    """Drops (and counts) an item normalize refuses, one without a link to its original too
    (``normalize.require_link``); counts the fields it left out of one it kept."""

    def process_item(self, item: PostingItem) -> PostingItem:
        try:
            result = normalize.require_link(normalize.normalize_with_drops(item))
        except normalize.Invalid as exc:
            raise self.drop(item, exc.reason, str(exc)) from exc
        except Exception as exc:  # input no rule foresaw (a title that is a number, a date past year 9999): counted
            log.exception("normalize failed on %s/%s", item.source, item.source_id)
            raise self.drop(item, "normalize_error", f"{type(exc).__name__}: {exc}") from exc
        for lost in result.field_drops:
            count_field_drop(self.crawler, lost.field, lost.reason)
        return result.item


_DEDUPE_PASS = threading.Lock()
DEDUPE_BATCH = 2000  # postings a crawl's dedupe pass indexes per transaction: a shutdown waits for one at most


class DedupePipeline(_Stage):
    """Exact hash now; the cluster of an already indexed twin now; indexing after the store.

    The posting's row id exists only after ``StorePipeline``'s upsert, so this stage
    (a) sets ``content_hash`` and, when an indexed posting is the same gig, stores the
    item straight into its cluster (``dedupe.before_store``), and (b) every
    ``VAGIGS_DEDUPE_EVERY`` items and when the spider closes runs ``dedupe.update``,
    which indexes the postings stored since (clustering them against the index and
    against each other) and re-elects representatives. ``update`` runs in a thread so
    the reactor (and every other spider's downloads) never waits for it; the spider
    closes only when the last pass is done. A crawl indexes what it stored and, of a
    backlog the index lacks otherwise (a lagging index, a new key scheme), at most
    ``VAGIGS_DEDUPE_BACKLOG_PER_CRAWL`` postings over all its passes: ``vagigs dedupe``
    indexes the rest. A shutdown (Ctrl-C, SIGTERM) ends a pass between batches.
    """

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.url = crawler.settings.get("VAGIGS_DATABASE_URL")
        self.sessions = db.sessions(self.url)
        self.every = crawler.settings.getint("VAGIGS_DEDUPE_EVERY", 500)
        self.backlog = crawler.settings.getint("VAGIGS_DEDUPE_BACKLOG_PER_CRAWL", 2000)  # what is left of it
        self.left = 0  # postings the last pass left unindexed
        self.seen = 0
        self.pass_running = None  # the Deferred of a pass running in a thread

    def process_item(self, item: PostingItem) -> PostingItem:
        item.content_hash = dedupe.content_hash(item.title, item.company, item.description)
        item.text_hash = dedupe.text_hash(item.title, item.description)
        if self.seen and self.seen % self.every == 0 and self.pass_running is None:
            self._index_soon()
        self.seen += 1
        try:
            with self.sessions.begin() as session:
                found = dedupe.before_store(session, item.as_dict())
        except Exception as exc:  # noqa: BLE001 - dedupe is best effort; the posting is stored regardless
            self._dedupe_failed(exc, "dedupe lookup failed for %s/%s", item.source, item.source_id)
            return item
        if found is not None:
            cluster_id, verdict = found
            item.cluster_id = cluster_id
            item.cluster_reason = verdict.reason
            item.is_representative = False
            self.crawler.stats.inc_value(f"vagigs/dedupe/{verdict.reason.split(':')[0]}")
        return item

    async def close_spider(self, spider=None) -> None:  # type: ignore[no-untyped-def]
        from scrapy.utils.defer import maybe_deferred_to_future

        if self.pass_running is not None:  # let it finish, then one last pass
            await maybe_deferred_to_future(self.pass_running)
        stats = self.crawler.stats
        if stats.get_value(RUN_NOT_RECORDED_KEY) and stats.get_value("vagigs/crawl_run_id") is None:
            return  # the run never started (a store it cannot write, or not migrated): nothing stored, said once
        last = self._index_soon()
        if last is not None:
            await maybe_deferred_to_future(last)
        if self.left:
            log.warning("dedupe: %s postings left unindexed (beyond VAGIGS_DEDUPE_BACKLOG_PER_CRAWL=%s, or stopped); "
                        "`vagigs dedupe` indexes them, `vagigs health` counts them", f"{self.left:,}",
                        self.crawler.settings.getint("VAGIGS_DEDUPE_BACKLOG_PER_CRAWL", 2000))

    def _index_soon(self):  # type: ignore[no-untyped-def]
        from twisted.internet import reactor, threads

        if not reactor.running:  # no reactor (tests, scripts): just run it
            self._index()
            return None
        self.pass_running = threads.deferToThread(self._index)

        def done(result):  # type: ignore[no-untyped-def]
            self.pass_running = None
            return result

        return self.pass_running.addBoth(done)

    def _index(self) -> None:
        try:
            with _DEDUPE_PASS:  # one pass at a time per process: the next finds the work done
                report = dedupe.update(self.url, workers=1, batch=DEDUPE_BATCH, runs=self._runs(),
                                       backlog=max(self.backlog, 0), stop=self._shutting_down)
            self.backlog -= report.from_backlog
            self.left = report.left
            log.info("%s", report)
        except Exception as exc:  # noqa: BLE001 - the next pass (or vagigs dedupe) catches up
            self._dedupe_failed(exc, "dedupe index update failed")

    def _dedupe_failed(self, exc: Exception, message: str, *args: object) -> None:
        """Counted, and each kind of error kept on the run, which its summary and ``vagigs runs`` show: a crawl
        whose postings were stored but not clustered had read as clean."""
        self.crawler.stats.inc_value("vagigs/dedupe/errors")
        if self.failed(message, exc, *args):
            record_error(self.crawler, f"{queries.DEDUPE_FAILED} {message % args}: {first_line(exc)}; the postings it "
                                       "missed are clustered by the next crawl's pass or `vagigs dedupe`")


    def _runs(self) -> set[int]:
        run_id = getattr(self.crawler.spider, "crawl_run_id", None)
        return set() if run_id is None else {run_id}

    def _shutting_down(self) -> bool:
        """Whether the engine is stopping (a signal: Ctrl-C, SIGTERM), which a finished spider's close is not."""
        try:
            return not self.crawler.engine.running
        except RuntimeError:  # no engine (tests, scripts)
            return False


class LanguagePipeline(_Stage):
    def process_item(self, item: PostingItem) -> PostingItem:
        found = language.detect("\n".join(filter(None, [item.title, item.description])))
        item.language = found.lang
        item.language_script = found.script
        item.language_confidence = found.confidence
        item.languages_other = found.others
        return item


class LegitimacyPipeline(_Stage):
    """Passes store context in: market pay per (tag, period, currency) over the postings of the last
    ``VAGIGS_MARKET_PAY_DAYS`` days, read once per crawl, and the company names the same text was seen under
    (this crawl and the store, near-duplicates of the text included)."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.sessions = db.sessions(crawler.settings.get("VAGIGS_DATABASE_URL"))
        self.market_days = crawler.settings.getint("VAGIGS_MARKET_PAY_DAYS", reports.MARKET_PAY_DAYS)
        self.market: dict | None = None
        self.seen: dict[str, set[str]] = {}
        self.version = legitimacy.version()  # the code this crawl judges with, read once

    def context(self, item: PostingItem) -> legitimacy.Context:
        with self.sessions() as session:
            if self.market is None:
                self.market = legitimacy_store.market_pay(session, self.market_days)
            return legitimacy_store.context(session, item, self.market, self.seen)

    def process_item(self, item: PostingItem) -> PostingItem:
        try:
            context = self.context(item)
        except Exception as exc:  # noqa: BLE001 - context is a bonus; the posting is still judged on its text
            self.failed("legitimacy context failed for %s/%s", exc, item.source, item.source_id)
            context = None
        result = legitimacy.assess(item, context)
        item.legitimacy_score = result.score
        item.legitimacy_verdict = result.verdict
        item.legitimacy_reasons = [r.as_dict() for r in result.reasons]
        item.legitimacy_version = self.version
        return item


class TagsPipeline(_Stage):
    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.version = tags.version()  # the code this crawl tags with, read once

    def process_item(self, item: PostingItem) -> PostingItem:
        result = tags.tag(item)
        item.tags = result.tags
        item.tag_scores = {t: {"score": s, "evidence": result.evidence.get(t)} for t, s in result.scores.items()}
        item.va_relevance = result.va_relevance
        item.va_relevant = result.va_relevant
        item.tags_version = self.version
        return item


class StorePipeline(_Stage):
    """Upserts each posting on (source, source id), with its folded words for search, one transaction per item;
    the first one also records the versions of the stages that stamped it (``store.releases``).

    A posting the store refuses is dropped (``store_error``: counted, kept in quarantine) and the crawl goes on,
    unless the store's error says it takes no more writes (a full disk, a read-only store:
    ``crawlers.extensions.store_takes_no_writes``) or that its file is damaged (``store.db.damaged``): then the crawl
    is closed as ``store_unwritable`` or ``store_damaged``, as one whose run the store cannot record is as it opens,
    instead of fetching every page for postings all refused; so is one whose store has refused connections for
    ``VAGIGS_STORE_OUTAGE_SECONDS`` on end, as ``store_unreachable`` (``crawlers.extensions.store_unreachable``).
    A posting whose session the server ended as it was written is written again, once, on a new connection
    (``store``)."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.url = crawler.settings.get("VAGIGS_DATABASE_URL")
        self.sessions = db.sessions(self.url)
        self.unrecorded: dict[str, str] | None = installed_versions()
        self.stopping = False
        self.outage_seconds = store_outage_seconds(crawler.settings)
        self.unreachable_since: float | None = None  # the first of the refused connections since the store answered

    def process_item(self, item: PostingItem) -> PostingItem:
        spider = self.crawler.spider
        item.crawl_run_id = getattr(spider, "crawl_run_id", None)
        try:
            result = self.store(item)
        except Exception as exc:  # noqa: BLE001 - the crawl goes on; the item is counted
            self.failed("store failed for %s/%s", exc, item.source, item.source_id)
            self.refused(item.source or "unknown", exc)
            raise self.drop(item, "store_error", first_line(exc), logged=True) from exc
        self.unrecorded = None
        self.unreachable_since = None
        self.crawler.stats.inc_value("vagigs/stored")
        if result.created:
            self.crawler.stats.inc_value("vagigs/new")
        item.cluster_id = item.cluster_id or result.cluster_id
        return item

    def store(self, item: PostingItem) -> queries.UpsertResult:
        """One transaction; written again, once, on a new connection when the server ended the session it was
        written in (a restart, a failover, ``pg_terminate_backend``: SQLAlchemy's ``connection_invalidated``). The
        pool's pre-ping (``store.db.engine``) replaces a session ended while it was idle."""
        try:
            return self._store(item)
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            log.warning("store: the server ended the session storing %s/%s (%s); writing it again on a new one",
                        item.source, item.source_id, first_line(exc))
        return self._store(item)

    def _store(self, item: PostingItem) -> queries.UpsertResult:
        with self.sessions.begin() as session:
            if self.unrecorded:
                releases.record(session, self.unrecorded)
            result = queries.upsert_posting(session, item.as_dict())
            search.set_text(session, result.id, search_text(item.title, item.company, item.description),
                            search_version())
        return result

    def refused(self, source: str, exc: Exception) -> None:
        """Close the crawl when the store's error says no posting can be stored: as ``store_unwritable`` for a store
        that takes no more writes, as ``store_damaged``, with what to do, for one whose file is damaged, and as
        ``store_unreachable`` for one that has refused connections for ``VAGIGS_STORE_OUTAGE_SECONDS``."""
        if store_takes_no_writes(exc):
            self.stop_crawl(source, STORE_UNWRITABLE, f"takes no more writes ({first_line(exc)})")
        elif db.damaged(exc):
            self.stop_crawl(source, STORE_DAMAGED, f"is damaged ({first_line(exc)})",
                            db.damaged_advice(self.url or config.database_url()))
        elif store_unreachable(exc):
            self.unreachable(source, exc)
        else:  # it answered: this posting's own refusal
            self.unreachable_since = None

    def unreachable(self, source: str, exc: Exception) -> None:
        """A connection refused: the crawl is closed once the store has refused them for ``outage_seconds``, from
        the first since it last answered (a restart or a failover is over well before)."""
        now = time.monotonic()
        if self.unreachable_since is None:
            self.unreachable_since = now
        if self.outage_seconds and now - self.unreachable_since >= self.outage_seconds:
            self.stop_crawl(source, STORE_UNREACHABLE, f"has refused connections for {self.outage_seconds:g} s on "
                            f"end ({first_line(exc)})", "VAGIGS_STORE_OUTAGE_SECONDS sets how long a crawl goes on "
                            "without its store")

    def stop_crawl(self, source: str, reason: str, why: str, advice: str = "") -> None:
        """Close the crawl as ``reason``, said once; the postings already read still pass through (each refused one
        counted and kept in quarantine)."""
        if self.stopping:
            return
        self.stopping = True
        log.error("crawl of %s stopped: the store at %s %s; the postings it refused are counted as store_error and "
                  "kept in %s%s", source, config.shown_url(self.url or config.database_url()), why,
                  config.quarantine_dir(), f"; {advice}" if advice else "")
        close_crawl(self.crawler, reason)
