"""Scrapy extension that writes one ``crawl_runs`` row per spider run.

Opened when the spider opens (status ``running``), closed from the spider's
stats when it closes: requests, responses by status, items scraped, stored and
new, drops by reason (every ``vagigs/dropped/<reason>`` stat, plus
``robots_txt`` for requests robots.txt forbade and ``offsite`` for links to other
sites not followed), ``not_modified`` (304 answers
to conditional requests) and the error messages the spider and pipelines logged.

While the spider runs, the row's ``heartbeat_at`` is refreshed every
``VAGIGS_RUN_HEARTBEAT_SECONDS`` (a looping call, as Scrapy's own LogStats and
CloseSpider extensions keep time), so a run whose process died without closing
it is seen as lost (``store.queries.run_is_lost``) instead of ``running``
forever.

When the run closes, a source whose every run lists all its current postings
(``crawlers.sources.Source.lists_all_current``) has the postings that run did
not show marked delisted (``store.queries.mark_delisted``), provided the run saw
the whole listing (``partial_listing``: finished, nothing dropped, refused,
capped, unchanged (304) or cut short). Their count is logged and kept in the
``vagigs/delisted`` stat (absent when no delisting was tried). Whatever the
source, a run that ends ``finished`` also marks delisted its postings no run
has seen for ``VAGIGS_UNSEEN_DAYS`` days whose closing date, if any, has passed
(``store.queries.mark_unseen``; stat ``vagigs/delisted_unseen``): the only way
a source that shows just its newest postings ever loses its filled gigs. The
run's row keeps both counts (``delisted``: ``{"unlisted": n, "unseen": m}``).

Fields a stage left out of a posting it kept (a closing date that is no date,
see ``pipeline.normalize.FieldDrop``) are counted under
``vagigs/field_dropped/<field>/<reason>`` (``count_field_drop``), apart from
``vagigs/dropped/``: they are no posting drop, so they change neither the run's
status, nor whether it saw the whole listing (it did: every posting was stored),
nor the drops in its row. When the run closes they are logged as one warning
per run (``field_drops``), next to Scrapy's own stats dump, and kept in the
row's ``field_dropped`` (NULL when no field was lost), which ``vagigs runs`` shows.
"""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, NoReturn

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.settings import BaseSettings
from scrapy.spiders import Spider
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from sqlalchemy import update
from sqlalchemy.exc import DBAPIError, OperationalError
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater

import config
from crawlers import sources
from store import db, queries
from store.models import CrawlRun

log = logging.getLogger(__name__)

DROPPED_PREFIX = "vagigs/dropped/"
#: A field left out of a posting that was kept: ``vagigs/field_dropped/<field>/<reason>``. Deliberately not under
#: ``DROPPED_PREFIX``, which counts postings (and requests) lost, and gates the run status and delisting.
FIELD_DROPPED_PREFIX = "vagigs/field_dropped/"
ERRORS_KEY = "vagigs/errors"


NOT_MODIFIED_KEY = "vagigs/not_modified"
#: the finish reason of a crawl closed as it opened because the store could not record its run: it fetched nothing
STORE_UNWRITABLE = "store_unwritable"
#: the finish reason of a crawl whose store's file is damaged (``store.db.damaged``), as it opened or at the first
#: posting it refused: every posting it read would have been refused too
STORE_DAMAGED = "store_damaged"
#: the finish reason of a crawl whose store refused connections for ``VAGIGS_STORE_OUTAGE_SECONDS`` on end
STORE_UNREACHABLE = "store_unreachable"
#: how long a crawl goes on while its store refuses connections (``store_outage_seconds``), by default
STORE_OUTAGE_SECONDS = 120.0
#: how long the end of a run closed as ``STORE_UNREACHABLE`` is tried again, when its first try is refused too: the
#: store has refused connections for ``VAGIGS_STORE_OUTAGE_SECONDS`` already, so seconds, not a run's tolerated silence
UNREACHABLE_END_SECONDS = 10.0
#: why the store could not record the run's start or its end (``OperationalError: database or disk is full``), when
#: it could not: ``crawlers.run`` says such a run again when the crawl ends, and names its source to its caller
RUN_NOT_RECORDED_KEY = "vagigs/run_not_recorded"
#: the hosts of the links the offsite filter refused this run (``crawlers.middlewares.CountedOffsiteMiddleware``)
OFFSITE_HOSTS_KEY = "vagigs/offsite_hosts"
#: how many copies quarantine could not keep this run (``crawlers.quarantine``; the disk refused them)
QUARANTINE_FAILED_KEY = "vagigs/quarantine_failed"


class NetworkErrorsInOneLine(logging.Filter):
    """Scrapy's robots.txt middleware logs a robots.txt it could not download with the exception's traceback
    (``exc_info=True``): for a site that cannot be reached (no address, refused, timed out) that is some 40 lines
    of Scrapy and Twisted frames per site, even at ``LOG_LEVEL=WARNING``, around the one line that says it
    ("Error downloading <GET …/robots.txt>: Connection was refused …"). This keeps that line and drops the
    traceback of such network errors; any other exception keeps its traceback. (The request itself still goes
    out, robots.txt being unknown, and its own failure is counted as ``download_error``.)"""

    LOGGER = "scrapy.downloadermiddlewares.robotstxt"

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], _network_errors()):
            record.exc_info, record.exc_text = None, None
        return True

    @classmethod
    def install(cls) -> None:
        """Once per process (each crawl's recorder asks; Scrapyd's ``scrapy crawl`` too)."""
        logger = logging.getLogger(cls.LOGGER)
        if not any(isinstance(f, cls) for f in logger.filters):
            logger.addFilter(cls())


def _network_errors() -> tuple[type[BaseException], ...]:
    """A download that failed on the network, not in code: no address, refused, cut, timed out."""
    from scrapy import exceptions
    from twisted.internet import error
    from twisted.web.client import ResponseFailed

    wrapped = (getattr(exceptions, name, None) for name in ("CannotResolveHostError", "DownloadConnectionRefusedError",
                                                           "DownloadTimeoutError", "DownloadFailedError"))
    return (error.ConnectError, error.DNSLookupError, error.TimeoutError, ResponseFailed,
            *(e for e in wrapped if e))  # (Scrapy 2.19 wraps Twisted's in its own)


def run_status(stats: dict, finish_reason: str | None) -> str:
    """``blocked``, ``stopped``, ``failed``, ``capped``, ``empty`` or ``finished`` (see ``CrawlRun``).

    Politeness outcomes are told apart from failures: a run whose every request
    was held back by the daily cap is ``capped``; one that robots.txt forbade
    entirely is ``blocked`` (the site said no); one whose every answer was
    ``304 Not Modified`` is ``finished`` — the source is healthy, nothing changed.
    """
    if stats.get("vagigs/blocked"):
        return "blocked"
    if finish_reason == "shutdown":  # a signal: Ctrl-C, a service manager's stop, Scrapyd's cancel
        return "stopped"
    if finish_reason not in (None, "finished"):
        return "failed"
    scraped = stats.get("item_scraped_count", 0)
    drops = {k[len(DROPPED_PREFIX):] for k in stats if k.startswith(DROPPED_PREFIX)}
    if stats.get("robotstxt/forbidden"):
        drops.add("robots_txt")
    if stats.get("offsite/filtered"):
        drops.add("offsite")
    errors = [e for e in stats.get(ERRORS_KEY, []) if not e.startswith("daily_cap:")]
    if scraped == 0 and drops and drops <= queries.POLICY_DROPS and not errors:
        return "capped" if "daily_cap" in drops else "blocked"
    if scraped == 0 and (errors or drops - queries.POLICY_DROPS):
        return "failed"
    if scraped == 0:
        return "finished" if stats.get(NOT_MODIFIED_KEY) or stats.get("vagigs/seen_known") else "empty"
    return "finished"


DELISTED_KEY = "vagigs/delisted"
UNSEEN_KEY = "vagigs/delisted_unseen"  # postings marked delisted because no run had seen them for VAGIGS_UNSEEN_DAYS
#: Stats that, counted at all, mean the run saw less than the whole listing: answers that were ``304 Not
#: Modified`` (their postings were not read, so not seen), paging stopped on stored postings, requests robots.txt
#: forbade, items a pipeline stage dropped, callbacks that raised.
PARTIAL_LISTING_KEYS = (NOT_MODIFIED_KEY, "vagigs/paging_stopped_known", "robotstxt/forbidden",
                        "item_dropped_count")


def partial_listing(stats: dict, finish_reason: str | None) -> str | None:
    """Why this run may not have seen every posting its source lists, or None when it saw them all.

    Only a run that ended ``finished`` (``run_status``, and Scrapy's own ``finish_reason``), with no drop of
    any reason (daily cap, robots.txt, an error status, a malformed page, a record or item refused), no error
    logged, and none of ``PARTIAL_LISTING_KEYS`` counted, saw the whole listing; anything else might have
    missed a live posting, and a posting missed must never be called delisted.
    """
    status = run_status(stats, finish_reason)
    if status != "finished" or finish_reason != "finished":
        return f"the run ended {status} ({finish_reason})"
    drops = sorted(k[len(DROPPED_PREFIX):] for k, v in stats.items() if k.startswith(DROPPED_PREFIX) and v)
    if drops:
        return f"the run dropped {', '.join(drops)}"
    if stats.get(ERRORS_KEY):
        return "the run logged errors"
    partial = [k for k in PARTIAL_LISTING_KEYS if stats.get(k)] \
        + sorted(k for k, v in stats.items() if k.startswith("spider_exceptions/") and v)
    if partial:
        return f"the run counted {', '.join(partial)}"
    return None


def lists_all_current(source: str) -> bool:
    """Whether the registry says every run of ``source`` lists all its current postings."""
    found = sources.SOURCES.get(source)
    return bool(found and found.lists_all_current)


def report_from_stats(stats: dict, finish_reason: str | None) -> queries.RunReport:
    responses = {
        key.rsplit("/", 1)[-1]: value
        for key, value in stats.items()
        if key.startswith("downloader/response_status_count/")
    }
    dropped = {k[len(DROPPED_PREFIX):]: v for k, v in stats.items() if k.startswith(DROPPED_PREFIX)}
    if stats.get("robotstxt/forbidden"):  # counted by Scrapy's RobotsTxtMiddleware
        dropped["robots_txt"] = int(stats["robotstxt/forbidden"])
    if stats.get("offsite/filtered"):  # counted by Scrapy's offsite filter; its hosts are among the errors
        dropped["offsite"] = int(stats["offsite/filtered"])
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


def outcome(report: queries.RunReport) -> str:
    """A run's end in the words of ``vagigs crawl``'s summary: ``failed; scraped 0, stored 0 (0 new); dropped:
    store_error=226``."""
    dropped = ", ".join(f"{k}={v}" for k, v in sorted(report.dropped.items())) or "none"
    why = f" ({report.finish_reason})" if report.finish_reason not in (None, "finished") else ""
    return (f"{report.status}{why}; scraped {report.items_scraped}, stored {report.items_stored} "
            f"({report.items_new} new); dropped: {dropped}")


HEARTBEAT_FAILED_KEY = "vagigs/heartbeat_failed"


def heartbeat_seconds(settings: BaseSettings) -> float:
    """``VAGIGS_RUN_HEARTBEAT_SECONDS``; a value that is no positive number is named in the log and the default
    used instead (a crawl is never stopped for it, nor left without a heartbeat)."""
    raw = settings.get("VAGIGS_RUN_HEARTBEAT_SECONDS", queries.RUN_HEARTBEAT_SECONDS)
    try:
        seconds = float(raw)
    except (TypeError, ValueError):
        seconds = 0.0
    if not seconds > 0 or seconds == float("inf"):
        log.warning("VAGIGS_RUN_HEARTBEAT_SECONDS=%r is no positive number of seconds; using %s",
                    raw, queries.RUN_HEARTBEAT_SECONDS)
        return queries.RUN_HEARTBEAT_SECONDS
    return seconds


def _setting_at_least_0(settings: BaseSettings, name: str, default: float, unit: str) -> float:
    """Setting ``name`` as a number from 0 up; a value that is no such number is named in the log (as ``scrapy crawl
    -s`` or a Scrapyd job may pass one) and ``default`` used."""
    raw = settings.get(name, default)
    try:
        value = float(raw)
    except (TypeError, ValueError):
        value = -1.0
    if not 0 <= value < float("inf"):
        log.warning("%s=%r is no number of %s; using %g", name, raw, unit, default)
        return default
    return value


def store_outage_seconds(settings: BaseSettings) -> float:
    """``VAGIGS_STORE_OUTAGE_SECONDS`` (0: never)."""
    return _setting_at_least_0(settings, "VAGIGS_STORE_OUTAGE_SECONDS", STORE_OUTAGE_SECONDS, "seconds (0 for never)")


def unseen_days(settings: BaseSettings) -> float:
    """``VAGIGS_UNSEEN_DAYS`` (0 turns the rule off). Read when the run is done: a value that is no number of days
    had stopped the delisting half-way behind a run reported ``finished``."""
    return _setting_at_least_0(settings, "VAGIGS_UNSEEN_DAYS", 30.0, "days")


@dataclass(frozen=True, slots=True)
class RunEnd:
    """A closed run's end as its row is to take it: the row (``run_id``), the report written there, the fields left
    out of postings kept (``field_drops``) and the stats both were read from (the delisting reads more of them)."""

    run_id: int
    report: queries.RunReport
    lost_fields: dict[str, int]
    stats: dict


class CrawlRunRecorder:
    """Opens the run's row when the spider opens, beats while it runs, and closes the row from the stats.

    Before opening a new run, the lost runs of the same source (still ``running``, silent for
    ``LOST_AFTER_BEATS`` heartbeats, see ``store.queries.mark_lost_runs``) are closed as ``failed`` /
    ``lost``: a new run of a source is the moment its dead predecessor is certainly over, and closing it
    there keeps the runs table true without an operator having to notice first (as Airflow's scheduler fails
    its zombie tasks by itself). ``vagigs runs --mark-lost`` does the same for every source, for one that
    will not run again soon.

    A heartbeat that cannot be written (the store down for a moment, a lock) is logged and counted
    (``vagigs/heartbeat_failed``) and never stops the crawl; the next beat tries again. The run's end is tried
    again, the process waiting, for as long as the run's silence is tolerated (``LOST_AFTER_BEATS`` beats: 5
    minutes by default); should the store still refuse it, the run's outcome and counts are logged as an error.
    A store that says it is damaged is not waited for (it stays so), and one that refuses connections as the crawl
    ends that was closed for it (``STORE_UNREACHABLE``) only for ``UNREACHABLE_END_SECONDS`` (``end_patience``).
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.url = crawler.settings.get("VAGIGS_DATABASE_URL")
        self.replay = bool(crawler.settings.get("VAGIGS_REPLAY_BASE"))
        self.heartbeat_seconds = heartbeat_seconds(crawler.settings)
        self.unseen_days = unseen_days(crawler.settings)
        self.heartbeat = None  # the looping call, while the spider runs
        self._ended_elsewhere = False
        self._closed = False
        # how long the end of a run the store refuses is tried again: as long as its silence is tolerated
        self.finish_patience = queries.lost_after(self.heartbeat_seconds).total_seconds()
        self.clock = None  # the reactor (a test's ``task.Clock``)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CrawlRunRecorder":
        """Refuses a ``VAGIGS_HOME`` that is a file (``config.ConfigError``) before the crawl opens anything, as every
        ``vagigs`` command does; the crawl command says it in one line (``crawlers.commands.crawl``)."""
        NetworkErrorsInOneLine.install()
        config.home()
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        """Open the run's row; a crawl whose run the store cannot record (a full disk, a read-only or unreachable
        store) is closed at once as ``store_unwritable`` (``store_damaged`` when its file is damaged), fetching
        nothing: every posting it read would have been refused, and its end could not be written either."""
        source = getattr(spider, "source", spider.name)
        try:
            unready = self._unready_store()
        except Exception as exc:  # noqa: BLE001 - a damaged store (_unready_store says the others)
            self._not_started(source, exc)
        if unready:
            self.crawler.stats.set_value(RUN_NOT_RECORDED_KEY, unready)
            log.error("crawl of %s not started: the store at %s %s; nothing fetched",
                      source, config.shown_url(self.url or config.database_url()), unready)
            raise CloseSpider(STORE_UNWRITABLE)
        self._close_lost_runs(source)
        try:
            with db.sessions(self.url).begin() as session:
                run = queries.start_run(session, source, replay=self.replay,
                                        heartbeat_seconds=self.heartbeat_seconds)
        except Exception as exc:  # noqa: BLE001 - said once, and the crawl closed before it fetches anything
            self._not_started(source, exc)
        # only now, the row committed: the pipeline stores postings under it (the id of a row whose commit failed
        # had made every posting fail on its foreign key)
        spider.crawl_run_id = run.id  # type: ignore[attr-defined]
        self.crawler.stats.set_value("vagigs/crawl_run_id", run.id)
        self.heartbeat = create_looping_call(self.beat, run.id)
        self.heartbeat.start(self.heartbeat_seconds, now=False)  # start_run wrote the first beat
        from twisted.internet import reactor

        reactor.addSystemEventTrigger("before", "shutdown", self._end_if_never_closed, spider)

    def _not_started(self, source: str, exc: Exception) -> NoReturn:
        """Close the crawl as it opens, its run not recorded, the store's error said once: as ``store_damaged``, with
        what to do, when the store is damaged (``store.db.damaged``), else as ``store_unwritable``."""
        why = first_line(exc)
        self.crawler.stats.set_value(RUN_NOT_RECORDED_KEY, why)
        url = self.url or config.database_url()
        if db.damaged(exc):
            log.error("crawl of %s not started: the store at %s is damaged (%s); nothing fetched; %s",
                      source, config.shown_url(url), why, db.damaged_advice(url))
            raise CloseSpider(STORE_DAMAGED) from exc
        log.error("crawl of %s not started: the store at %s cannot record its run (%s); nothing fetched",
                  source, config.shown_url(url), why)
        raise CloseSpider(STORE_UNWRITABLE) from exc

    def _unready_store(self) -> str | None:
        """Why the store cannot take this run as it is, else ``None``, having migrated it when it is the embedded
        SQLite one, as every ``vagigs`` command does: ``scrapy crawl`` on a fresh ``VAGIGS_HOME`` had failed on
        ``no such table: crawl_runs``, then on the dedupe index, with a traceback, and exited 0. A server store
        (PostgreSQL) is its operator's to migrate: one behind is refused with the command that does it, or as being
        migrated while another process migrates it. A damaged store's error is raised (``store.db.damaged``)."""
        url = self.url or config.database_url()
        try:
            if url.startswith("sqlite"):
                db.migrate(url)
            elif db.pending_migrations(url):
                running = db.migrating(url)
                if running:
                    return f"is being migrated ({running}): crawl again when it ends"
                return "is not migrated to this version of vagigs: run `vagigs migrate` once"
        except Exception as exc:  # noqa: BLE001 - said in one line; start_run would fail on it next
            if db.damaged(exc):
                raise
            return f"cannot be migrated ({first_line(exc)})"
        return None

    def _end_if_never_closed(self, spider: Spider) -> Deferred | None:
        """At the process's end, the run of a spider that opened but never closed: a SIGTERM or Ctrl-C while the
        engine was still starting (Scrapy then stops the reactor without closing the spider). Closed as the
        signal's ``shutdown``, so ``stopped``, instead of being left ``running`` until it is reaped as lost."""
        if self._closed:
            return None
        log.warning("crawl run of %s: the process is stopping before its spider could close (a signal while it "
                    "started); closing the run as stopped", spider.name)
        waiting = self.spider_closed(spider, "shutdown")
        return None if waiting is None else deferred_from_coro(waiting)  # the reactor's shutdown waits for a Deferred

    def _close_lost_runs(self, source: str) -> None:
        try:
            with db.sessions(self.url).begin() as session:
                closed = queries.mark_lost_runs(session, queries.lost_after(self.heartbeat_seconds), source=source)
        except Exception as exc:  # noqa: BLE001 - tidying up after others must not stop this crawl
            log.warning("could not close the lost runs of %s: %s: %s", source, exc.__class__.__name__, exc)
            return
        for run in closed:
            log.warning("crawl run %s of %s (host %s) was lost: no heartbeat since %s; marked failed",
                        run.id, run.source, run.host or "?", f"{queries.last_sign_of_life(run):%Y-%m-%d %H:%M:%S} UTC")

    def beat(self, run_id: int) -> None:
        """One heartbeat: logged, never raised (a raise would also stop Twisted's looping call for good)."""
        try:
            with db.sessions(self.url).begin() as session:
                running = queries.beat(session, run_id)
        except Exception as exc:  # noqa: BLE001 - a missed beat must never crash the crawl
            self.crawler.stats.inc_value(HEARTBEAT_FAILED_KEY)
            log.warning("crawl run %s: could not write its heartbeat (the crawl goes on): %s: %s",
                        run_id, exc.__class__.__name__, exc)
            return
        if not running and not self._ended_elsewhere:
            self._ended_elsewhere = True
            log.warning("crawl run %s is no longer 'running' in the store (marked lost while this process was "
                        "stalled?); its end will be written when the spider closes", run_id)

    def spider_closed(self, spider: Spider, reason: str) -> Coroutine[Any, Any, None] | None:
        """Write the run's end; when the store does not take it (down for a moment, failing over), try again for
        ``end_patience`` (as long as a silent heartbeat is tolerated, but for a store damaged or gone), the crawl's
        process waiting meanwhile (a coroutine, which Scrapy awaits: the reactor goes on); then, if it still fails,
        log what the run did."""
        self._closed = True
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        run_id = getattr(spider, "crawl_run_id", None)
        if run_id is None:
            return None
        stats = self.crawler.stats.get_stats()
        end = RunEnd(run_id, report_from_stats(stats, reason), field_drops(stats), stats)
        try:
            self._write_end(end)
        except Exception as exc:  # noqa: BLE001 - the store is down: try again, never lose the run's counts silently
            patience = self.end_patience(reason, exc)
            if not patience:
                self._not_written(spider.name, end, exc)
                return None
            return self._write_end_later(spider, end, reason, exc, patience)
        self._ended(spider, end, reason)
        return None

    def end_patience(self, reason: str, exc: Exception) -> float:
        """How long the end of a run closed as ``reason`` is tried again after the store refused it with ``exc``:
        not at all when the store says it is damaged (``store.db.damaged``: it stays so, and the operator had
        waited 5 minutes for a crawl that knew it); ``UNREACHABLE_END_SECONDS`` when the crawl was closed because
        its store refuses connections and still does; else ``finish_patience`` (a restart, a failover, a lock, a
        full disk freed meanwhile)."""
        if db.damaged(exc):
            return 0.0
        if reason == STORE_UNREACHABLE and store_unreachable(exc):
            return min(self.finish_patience, UNREACHABLE_END_SECONDS)
        return self.finish_patience

    def _write_end(self, end: RunEnd) -> None:
        with db.sessions(self.url).begin() as session:
            queries.finish_run(session, end.run_id, end.report)
            session.execute(update(CrawlRun).where(CrawlRun.id == end.run_id).values(
                not_modified=int(self.crawler.stats.get_value(NOT_MODIFIED_KEY, 0)),
                field_dropped=end.lost_fields or None))

    async def _write_end_later(self, spider: Spider, end: RunEnd, reason: str, exc: Exception,
                               patience: float) -> None:
        clock = self.clock
        if clock is None:
            from twisted.internet import reactor as clock  # type: ignore[no-redef]
        log.warning("crawl run %s of %s: could not write its end to the store (%s); trying again for up to %g s",
                    end.run_id, spider.name, first_line(exc), patience)
        deadline = clock.seconds() + patience
        wait = 1.0
        while clock.seconds() < deadline:
            await maybe_deferred_to_future(deferLater(clock, min(wait, max(0.0, deadline - clock.seconds())),
                                                      lambda: None))
            wait = min(wait * 2, 30.0)
            try:
                self._write_end(end)
            except Exception as again:  # noqa: BLE001
                exc = again
                continue
            log.info("crawl run %s of %s: its end written to the store after all", end.run_id, spider.name)
            self._ended(spider, end, reason)
            return
        self._not_written(spider.name, end, exc, patience)

    def _not_written(self, source: str, end: RunEnd, exc: Exception, patience: float = 0.0) -> None:
        """Say, in one error, that the run's end could not be written (tried for ``patience`` seconds, or once, the
        store damaged) and how the run ended, with its counts; and tell ``crawlers.run``, which says it again as the
        crawl's last word."""
        self.crawler.stats.set_value(RUN_NOT_RECORDED_KEY, first_line(exc))
        damaged = db.damaged(exc)
        tried = f" in {patience:g} s" if patience else ", which is damaged" if damaged else ""
        advice = f"; {db.damaged_advice(self.url or config.database_url())}" if damaged else ""
        report, lost_fields = end.report, end.lost_fields
        why = f" ({report.finish_reason})" if report.finish_reason not in (None, "finished") else ""
        refused = end.stats.get(QUARANTINE_FAILED_KEY)
        log.error("crawl run %s of %s: its end could not be written to the store%s (%s), so the run will show as "
                  "lost; it ended %s%s: %d requests, %d scraped, %d stored (%d new), dropped %s%s; what it dropped "
                  "is kept in %s%s%s", end.run_id, source, tried, first_line(exc), report.status, why, report.requests,
                  report.items_scraped, report.items_stored, report.items_new,
                  ", ".join(f"{k}={v}" for k, v in sorted(report.dropped.items())) or "nothing",
                  f"; fields lost {', '.join(f'{k}={n}' for k, n in sorted(lost_fields.items()))}" if lost_fields
                  else "", config.quarantine_dir(), f" (but not {refused} copies the disk refused)" if refused else "",
                  advice)

    def _ended(self, spider: Spider, end: RunEnd, reason: str) -> None:
        """What follows the run's end once it is written: its summary in the log, and the delisting."""
        run_id, report, stats = end.run_id, end.report, end.stats
        log.info("crawl run %s of %s: %s, %d stored, dropped %s",
                 run_id, spider.name, report.status, report.items_stored, report.dropped or "nothing")
        if end.lost_fields:
            log.warning("crawl run %s of %s: fields left out of postings kept: %s", run_id, spider.name,
                        ", ".join(f"{key}={n}" for key, n in sorted(end.lost_fields.items())))
        if stats.get("offsite/filtered"):
            log.warning("crawl run %s of %s: %d link(s) in its pages to other sites not followed (only %s)",
                        run_id, spider.name, stats["offsite/filtered"],
                        ", ".join(getattr(spider, "allowed_domains", None) or ()) or "its own")
        self._delist(getattr(spider, "source", spider.name), run_id, stats, reason)

    def _delist(self, source: str, run_id: int, stats: dict, reason: str) -> None:
        """Mark delisted the postings a complete listing no longer shows, and those no listing has shown for
        ``VAGIGS_UNSEEN_DAYS`` (see the module docstring)."""
        if lists_all_current(source):
            self._delist_unlisted(source, run_id, stats, reason)
        self._delist_unseen(source, run_id, stats, reason)
        counts = {kind: n for kind, key in (("unlisted", DELISTED_KEY), ("unseen", UNSEEN_KEY))
                  if (n := self.crawler.stats.get_value(key)) is not None}
        if not counts:
            return
        try:  # on the run's row too, for `vagigs runs` (migration 0017)
            with db.sessions(self.url).begin() as session:
                session.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(delisted=counts))
        except Exception as exc:  # noqa: BLE001 - the delisting stands; only its count is not on the row
            log.warning("crawl run %s of %s: could not record its delisting counts: %s: %s",
                        run_id, source, exc.__class__.__name__, exc)

    def _delist_unlisted(self, source: str, run_id: int, stats: dict, reason: str) -> None:
        """The postings a complete listing of a ``lists_all_current`` source no longer shows (``partial_listing``)."""
        why_not = partial_listing(stats, reason)
        if why_not is not None:
            log.info("crawl run %s of %s: no posting marked delisted: %s", run_id, source, why_not)
            return
        try:
            with db.sessions(self.url).begin() as session:
                started = session.get(CrawlRun, run_id).started_at
                delisted = queries.mark_delisted(session, source, started)
        except Exception as exc:  # noqa: BLE001 - the run is recorded; the next complete run tries again
            log.warning("crawl run %s of %s: could not mark delisted postings: %s: %s",
                        run_id, source, exc.__class__.__name__, exc)
            return
        self.crawler.stats.set_value(DELISTED_KEY, delisted)
        log.info("crawl run %s of %s: %d posting(s) no longer listed, marked delisted", run_id, source, delisted)

    def _delist_unseen(self, source: str, run_id: int, stats: dict, reason: str) -> None:
        """After a run that reached its source (``finished``), mark delisted the postings of that source no run
        has seen for ``VAGIGS_UNSEEN_DAYS`` days (``store.queries.mark_unseen``). A run that failed, was blocked
        or stopped proves nothing about the source, so it marks nothing; nor does one that was answered
        ``304 Not Modified``, since the unchanged answer still lists postings the run did not read."""
        days = self.unseen_days
        if days <= 0 or run_status(stats, reason) != "finished":
            return
        if stats.get(NOT_MODIFIED_KEY):  # an unchanged answer still lists what it listed: its postings went unread
            log.info("crawl run %s of %s: no long unseen posting marked delisted: %d answer(s) were 304 Not "
                     "Modified", run_id, source, stats[NOT_MODIFIED_KEY])
            return
        try:
            with db.sessions(self.url).begin() as session:
                started = session.get(CrawlRun, run_id).started_at
                unseen = queries.mark_unseen(session, source, started - timedelta(days=days))
        except Exception as exc:  # noqa: BLE001 - the run is recorded; the next finished run tries again
            log.warning("crawl run %s of %s: could not mark long unseen postings: %s: %s",
                        run_id, source, exc.__class__.__name__, exc)
            return
        self.crawler.stats.set_value(UNSEEN_KEY, unseen)
        log.info("crawl run %s of %s: %d posting(s) no run has seen for %g days, taken as no longer listed",
                 run_id, source, unseen, days)


def first_line(exc: BaseException) -> str:
    """An exception in one line: its class and the first line of its message (psycopg's run on for several), the
    driver's words for a store's error (``OperationalError: database or disk is full``)."""
    exc = getattr(exc, "orig", None) or exc  # the driver's own error, not SQLAlchemy's wrapping of it
    text = str(exc).strip()
    return f"{exc.__class__.__name__}: {text.splitlines()[0]}" if text else exc.__class__.__name__


#: What says a store takes no more writes, not that it refused one posting (a constraint, a value, a lock another
#: writer holds for a while): SQLite's primary result codes (its extended codes keep them in the low byte)
#: ``SQLITE_FULL`` (13: a full disk), ``SQLITE_READONLY`` (8: a read-only file, folder or file system),
#: ``SQLITE_IOERR`` (10: "disk I/O error", the operating system failing a read or write: a failing disk, a file that
#: may grow no more) and ``SQLITE_CANTOPEN`` (14: the store's file, or its journal, cannot be opened: its folder
#: moved or unmounted); PostgreSQL's SQLSTATEs ``disk_full``, ``read_only_sql_transaction`` and ``io_error``; and,
#: from a driver that gives no code, the words of those errors.
_SQLITE_NO_WRITES = frozenset({13, 8, 10, 14})
_POSTGRES_NO_WRITES = frozenset({"53100", "25006", "58030"})
_NO_WRITES_WORDS = ("disk is full", "readonly database", "read-only transaction", "no space left on device",
                    "disk i/o error", "unable to open database file")


def store_takes_no_writes(exc: BaseException) -> bool:
    """Whether a store's error says it takes no more writes (a full disk, a read-only store, a disk failing): every
    posting after it would be refused too."""
    return db.error_says(exc, _SQLITE_NO_WRITES, _POSTGRES_NO_WRITES, _NO_WRITES_WORDS)


#: PostgreSQL's SQLSTATEs for a server that refuses or ends connections: its connection exceptions (class 08),
#: ``too_many_connections`` and its ``admin_shutdown``, ``crash_shutdown`` and ``cannot_connect_now`` (starting up,
#: shutting down).
_POSTGRES_UNREACHABLE = frozenset({"53300", "57P01", "57P02", "57P03"})


def store_unreachable(exc: BaseException) -> bool:
    """Whether a server store's error says it could not be reached (down, refusing connections, a session cut), not
    that it refused one posting: an ``OperationalError`` the driver raised of itself, with no SQLSTATE from the server
    (psycopg's "connection failed", "server closed the connection unexpectedly"), or the server's own codes for it.
    A SQLite file that cannot be opened takes no writes instead (``store_takes_no_writes``)."""
    driver = getattr(exc, "orig", None)
    if not isinstance(exc, DBAPIError) or isinstance(driver, sqlite3.Error):
        return False
    state = getattr(driver, "sqlstate", None) or getattr(driver, "pgcode", None)
    if state is None:
        return isinstance(exc, OperationalError)
    return state.startswith("08") or state in _POSTGRES_UNREACHABLE


def close_crawl(crawler: Crawler, reason: str) -> None:
    """Close ``crawler``'s spider as ``reason`` from code no spider callback called (a pipeline), where
    ``CloseSpider`` is not heard: as Scrapy's own CloseSpider extension does."""
    closing = deferred_from_coro(crawler.engine.close_spider_async(reason=reason))
    closing.addErrback(lambda failure: log.error("could not close the spider (%s): %s", reason,
                                                 failure.getErrorMessage()))


def record_error(crawler: Crawler, message: str) -> None:
    """Keep an error message for the run record (the log has it too)."""
    errors = crawler.stats.get_value(ERRORS_KEY) or []
    errors.append(message)
    crawler.stats.set_value(ERRORS_KEY, errors)


def count_drop(crawler: Crawler, reason: str, n: int = 1) -> None:
    crawler.stats.inc_value(DROPPED_PREFIX + reason, n)


def count_field_drop(crawler: Crawler, field: str, reason: str, n: int = 1) -> None:
    """Count a field left out of a posting that was kept (``FIELD_DROPPED_PREFIX``), not a posting drop."""
    crawler.stats.inc_value(f"{FIELD_DROPPED_PREFIX}{field}/{reason}", n)


def field_drops(stats: dict) -> dict[str, int]:
    """The run's field drops by ``<field>/<reason>`` (``{"expires_at/not_a_date": 3}``), from its stats."""
    return {k[len(FIELD_DROPPED_PREFIX):]: int(v) for k, v in stats.items()
            if k.startswith(FIELD_DROPPED_PREFIX) and v}
