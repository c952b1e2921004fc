"""What every vagigs spider shares: guarded parsing, blocked detection, counted drops.

A spider subclasses ``SourceSpider``, names its source, and implements
``parse_records(response)`` yielding ``PostingItem``s. The base class makes
sure that a bad response (an error status, a challenge page, HTML where JSON
was expected, a body that does not parse) is logged, counted as a drop under a
reason, quarantined on disk with its URL and headers, and never stops the crawl.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import CloseSpider, IgnoreRequest, NotSupported
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawlers import sources
from crawlers.extensions import count_drop, record_error
from crawlers.items import PostingItem
from crawlers.quarantine import keep_record, quarantine
from crawlers.redirects import RedirectDropped, refused_refresh
from replay import NO_RECORDING, NO_RECORDING_HEADER

if TYPE_CHECKING:
    from store.models import CrawlRun

BLOCKED_STATUSES = {401, 403, 429}
_CHALLENGE = re.compile(
    rb"(cf-chl|challenge-platform|just a moment\.\.\.|captcha|attention required|access denied"
    rb"|are you a robot|verify you are human)",
    re.IGNORECASE,
)


SEEN_KNOWN_KEY = "vagigs/seen_known"
#: pages of stored postings paged past because an earlier run lost a page no run has fetched since
PAGING_ON_KEY = "vagigs/paging_on_after_loss"
#: Drops that lose no page: a record no builder took, an item a stage refused or could not store (none of them is
#: stored, so a page showing it again is never "only known": paging goes on over it by itself), and a request
#: robots.txt forbade (asking again would not change the answer). Any other drop (an error status, a timeout, a
#: malformed or challenge page, the daily cap, a spider error, a reason added later) may have cost a page.
NOT_PAGE_LOSSES = frozenset({"record_parse_error", "missing_id", "missing_text", "missing_url", "bad_field",
                             "normalize_error", "store_error", "robots_txt", "duplicate_id", "offsite"})
#: the finish reason (and error) of a run of a spider the registry has no entry for (``refuse_unregistered``)
NO_REGISTRY_ENTRY = "no_registry_entry"
#: how many of a source's latest runs ``unrecovered_loss`` reads
RUNS_LOOKED_BACK = 20

#: ``vagigs/refetched/<reason>``: detail pages of stored postings requested again this run, by reason
REFETCHED_PREFIX = "vagigs/refetched/"
#: the page changed after we last fetched it (a sitemap's ``<lastmod>``)
REFETCH_CHANGED = "changed"
#: its stored closing date has passed, yet the listing or sitemap still shows it
REFETCH_CLOSED = "closed_but_listed"
#: re-fetches past the run's limit, not sent
REFETCH_LIMITED_KEY = "vagigs/skipped/refetch_limit"
#: the most detail pages of stored postings one run requests again (the ``VAGIGS_REFETCH_LIMIT`` setting)
REFETCH_LIMIT = 20

#: what the store says of a stored posting: when we last fetched its page, and when its source said it closes
StoredTimes = tuple[datetime | None, datetime | None]


class MalformedResponse(Exception):
    """The body is not what the source promises (raised by ``parse_records``)."""


def json_body(response: Response) -> Any:
    """The response parsed as JSON, or ``MalformedResponse``."""
    try:
        return json.loads(response.text)
    except (ValueError, RecursionError) as exc:  # (nested deeper than the parser goes)
        raise MalformedResponse(f"not JSON: {exc}") from exc


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def payload_fields(record: Any) -> tuple[str, str]:
    """The raw record as canonical JSON, and its SHA-256. A lone surrogate (an emoji's "\\ud83d" cut from its
    pair, which JSON's escapes allow and UTF-8 cannot hold) is U+FFFD there: the store could not write it, and the
    record had been refused for it."""
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str)
    if not text.isascii() and _LONE_SURROGATE.search(text):
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_loss(run: CrawlRun) -> str | None:
    """Why this ended run may have lost a page of its listing (its first error of that reason, as the run kept
    it: ``http_500: <url>: HTTP 500``), or ``None`` when it paged through without a loss: it ended as Scrapy's
    ``finished`` (not stopped by a signal, lost, or cut short) and dropped nothing but ``NOT_PAGE_LOSSES``."""
    lost = sorted(str(r) for r, n in (run.dropped or {}).items() if n and r not in NOT_PAGE_LOSSES)
    if lost:
        return next((e for e in run.errors or [] if e.split(":", 1)[0] in lost), f"dropped {', '.join(lost)}")
    if run.finish_reason not in (None, "finished"):
        return f"it ended {run.status} ({run.finish_reason}) before paging through"
    return None


def unrecovered_loss(runs: Iterable[CrawlRun]) -> tuple[CrawlRun, str] | None:
    """The newest of these runs of one source that lost a page (``page_loss``) no run has fetched since, with
    why; ``None`` when there is none. Runs still going are left out.

    A run that paged through without a loss fetched again what every run that had ended before it started had
    lost: a loss known when it started kept it paging past stored postings (``SourceSpider.only_known``). So the
    losses still open are those of runs that ended after the newest such run started (a crawl of the source
    that ran alongside it), or every loss when no run paged through.
    """
    ended = sorted((r for r in runs if r.status != "running"), key=lambda r: r.id, reverse=True)
    judged = [(r, page_loss(r)) for r in ended]
    complete = next((r for r, why in judged if why is None), None)
    return next(((r, why) for r, why in judged if why is not None
                 and (complete is None or (r.finished_at or r.started_at) > complete.started_at)), None)


class SourceSpider(scrapy.Spider):
    #: the kind of body the start URLs return: "json", "xml" or "html"
    expects: str = "json"
    #: the field of a JSON record that holds its source id (``json_jobs``)
    id_key: str = "id"
    #: what every page ``parse`` reads of an HTML source holds, one of them at least (its listing's container):
    #: a page with none is not the listing (an error page served with status 200) and is a ``malformed_response``
    markers: tuple[bytes, ...] = ()
    handle_httpstatus_list = [304, 400, 401, 403, 404, 410, 429, 500, 502, 503, 504]

    @property
    def source(self) -> str:
        return self.name

    @property
    def config(self) -> sources.Source:
        return sources.get(self.name)

    @classmethod
    def update_settings(cls, settings) -> None:  # type: ignore[no-untyped-def]
        """Apply the registry's per-source politeness on top of the project settings.

        Registry values go in at ``spider`` priority, so ``--set`` and replay
        overrides (``cmdline`` priority) still win.
        """
        super().update_settings(settings)
        try:
            src = sources.get(cls.name)
        except KeyError:
            return
        settings.setdict({
            "CONCURRENT_REQUESTS_PER_DOMAIN": src.concurrency,
            "DOWNLOAD_DELAY": src.download_delay,
            **src.settings,
        }, priority="spider")

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.name not in sources.SOURCES:
            self.refuse_unregistered()
        for url in self.config.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error, dont_filter=True)

    def refuse_unregistered(self) -> None:
        """Close the run of a spider the registry has no entry for (``scrapy crawl <name>`` of a spider not yet
        registered), failed with one line that says so: its start URLs, politeness and terms live there. It had
        failed on a ``KeyError`` from deep in Scrapy's start."""
        why = (f"spider {self.name} has no entry in the registry; add it to crawlers/sources.py "
               f"(start URLs, politeness, terms); nothing fetched")
        self.logger.error("%s", why)
        record_error(self.crawler, f"{NO_REGISTRY_ENTRY}: {why}")
        raise CloseSpider(NO_REGISTRY_ENTRY)

    def own_urls(self) -> Iterable[str]:
        """The addresses the source is crawled from: its registry's start URLs (a spider that starts elsewhere,
        from settings, says so)."""
        return self.config.start_urls

    @property
    def allowed_domains(self) -> list[str]:
        """Scrapy's offsite filter (``OffsiteMiddleware``): the hosts of ``own_urls`` and their subdomains. A link
        in a crawled page to anywhere else (another site, a loopback, private or cloud-metadata address) is not
        followed, so a hostile page cannot make the crawler call into the network it runs in. The run counts them
        as ``offsite`` drops, with an error naming each host; a source's pages on a host of its own beside its
        start URLs' (detail pages, say) are allowed by overriding ``own_urls``. Redirects and
        meta refreshes, of start URLs too, are judged against the same hosts (``crawlers.redirects``)."""
        if self.name not in sources.SOURCES:
            return []  # (it fetches nothing: ``refuse_unregistered``)
        return sorted({host for host in (urlsplit(u.removeprefix("sitemap:")).hostname for u in self.own_urls())
                       if host})

    # ---------------------------------------------------------- parsing

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if not self.guard(response, self.expects) or not self.holds_markers(response):
            return
        try:
            yield from self._parsing(response)
        except MalformedResponse as exc:
            self.drop_response(response, "malformed_response", str(exc))

    def _parsing(self, response: Response) -> Iterator[Any]:
        """What ``parse_records`` yields for ``response``, with ``response.url`` kept for ``reject`` while each
        step of it runs. Only then: Scrapy interleaves the output of several responses' callbacks, so a URL left
        behind between steps would name another page."""
        produced = self._on_page(response.url, lambda: iter(self.parse_records(response)))
        while True:
            try:
                value = self._on_page(response.url, lambda: next(produced))
            except StopIteration:
                return
            yield value

    def _on_page(self, url: str, step: Callable[[], Any]) -> Any:
        """``step()``, with ``url`` as the page ``reject`` names while it runs."""
        self.__dict__["_parsing_url"] = url
        try:
            return step()
        finally:
            self.__dict__.pop("_parsing_url", None)

    def parse_records(self, response: Response) -> Iterable[Any]:
        raise NotImplementedError

    def each_record(self, records: Iterable[Any], build) -> Iterator[PostingItem]:  # type: ignore[no-untyped-def]
        """Build one item per record; a record that fails is dropped, the rest go on. A JSON source's record that
        is no object is dropped as such, before its builder fails on it with a message about ``.get``."""
        for record in records:
            if self.expects == "json" and not isinstance(record, dict):
                self.reject([record], "record is not a JSON object")
                continue
            try:
                item = build(record)
            except Exception as exc:  # noqa: BLE001 - one bad record must not stop the page
                self.reject([record], f"{type(exc).__name__}: {exc}")
                continue
            if item is not None:
                yield item

    def reject(self, records: Iterable[Any], why: str) -> None:
        """Count records no builder can take (not an object, no id, or its builder failed) as ``record_parse_error``,
        each logged with the page it came from (when ``parse`` is reading one)."""
        url = self.__dict__.get("_parsing_url")
        where = f" on {url}" if url else ""
        for record in records:
            count_drop(self.crawler, "record_parse_error")
            record_error(self.crawler, f"record_parse_error: {url}: {why}" if url else f"record_parse_error: {why}")
            try:  # the drop is counted: telling it and keeping its copy must not end the page's records
                self.logger.error("%s: record skipped%s: %s (%s)", self.name, where, why, _short(record))
                keep_record(self.name, "record_parse_error", record, crawler=self.crawler, url=url, why=why)
            except Exception:  # noqa: BLE001
                self.logger.exception("%s: cannot keep a skipped record%s in quarantine", self.name, where)

    def new_item(self, source_id: Any, record: Any, **fields: Any) -> PostingItem:
        payload, digest = payload_fields(record)
        return PostingItem(
            source=self.source, source_id=str(source_id), payload=payload, payload_hash=digest,
            fetched_at=datetime.now(timezone.utc), **fields,
        )

    def known_ids(self, source_ids: list[str]) -> set[str]:
        """Which of these ids the store already holds for this source.

        Incremental crawls use it to stop paging, and to skip detail pages of
        postings already stored, once a page holds only known postings.
        """
        return set(self.stored_times(source_ids))

    def stored_times(self, source_ids: Iterable[Any]) -> dict[str, StoredTimes]:
        """``{id: (fetched_at, expires_at)}`` for the ids the store holds for this source (``known_ids``, with the
        times that tell whether a stored posting's detail page is worth fetching again: ``refetch_reason``)."""
        from sqlalchemy.exc import SQLAlchemyError

        from store import db, queries

        ids = [str(i) for i in source_ids]
        if not ids:
            return {}
        try:
            with db.sessions(self.settings.get("VAGIGS_DATABASE_URL"))() as session:
                return queries.known_source_times(session, self.source, ids)
        except SQLAlchemyError as exc:  # the crawl goes on, only less incrementally
            self.logger.warning("%s: cannot read stored ids (%s); treating all as new", self.name, exc)
            return {}

    def refetch_reason(self, stored: StoredTimes, lastmod: datetime | None = None,
                       now: datetime | None = None) -> str | None:
        """Why the detail page of a stored posting the listing shows again is worth fetching again; ``None`` to
        skip it (the listing only moves its ``last_seen_at``: ``mark_seen``).

        * ``REFETCH_CHANGED``: the source says the page changed (``lastmod``, a sitemap's ``<lastmod>``) after
          we last fetched it (``fetched_at``);
        * ``REFETCH_CLOSED``: its stored closing date has passed, yet it is still listed, and we have not read
          the page since that date: the poster may have extended it (the page says so), or it will be delisted.
          Once per closing date: a page read after that date is not fetched again for it, whatever it said,
          until a new closing date or a later ``lastmod``.

        A posting whose fetch time the store does not have gives no reason: there is nothing to compare.
        """
        fetched_at, expires_at = stored
        if fetched_at is None:
            return None
        if lastmod is not None and lastmod > fetched_at:
            return REFETCH_CHANGED
        now = now or datetime.now(timezone.utc)
        if expires_at is not None and fetched_at <= expires_at <= now:
            return REFETCH_CLOSED
        return None

    def refetch_request(self, url: str, reason: str, callback: Any, **kwargs: Any) -> scrapy.Request | None:
        """The request fetching a stored posting's detail page again (``reason``: ``refetch_reason``), counted
        under ``vagigs/refetched/<reason>``; ``None`` (counted as ``vagigs/skipped/refetch_limit``) once this run
        has asked for ``VAGIGS_REFETCH_LIMIT`` of them.

        The caller makes sure a posting is asked for once per run (``first_time``) and counts the request
        against its page budget; the daily request cap and the download delay apply as to any request. It
        goes after the run's new postings (lower priority), and unconditionally (no ``If-None-Match`` /
        ``If-Modified-Since``): a ``304`` would leave the posting's ``fetched_at`` as it was, so the same reason
        would send the request again at every run, where a full answer is stored and moves ``fetched_at``.
        """
        limit = self.settings.getint("VAGIGS_REFETCH_LIMIT", REFETCH_LIMIT)
        done = self.__dict__.get("_refetches", 0)
        if done >= limit:
            self.crawler.stats.inc_value(REFETCH_LIMITED_KEY)
            return None
        self.__dict__["_refetches"] = done + 1
        self.crawler.stats.inc_value(REFETCHED_PREFIX + reason)
        self.logger.debug("%s: fetching %s again (%s)", self.name, url, reason)
        meta = {**kwargs.pop("meta", {}), "vagigs_unconditional": True, "vagigs_refetch": reason}
        return scrapy.Request(url, callback=callback, errback=self.on_error, priority=-1, meta=meta, **kwargs)

    def mark_seen(self, source_ids: Iterable[Any]) -> None:
        """Move ``last_seen_at`` of stored postings a listing showed again without a detail fetch."""
        from sqlalchemy.exc import SQLAlchemyError

        from store import db, queries

        ids = [str(i) for i in source_ids]
        if not ids:
            return
        try:
            with db.sessions(self.settings.get("VAGIGS_DATABASE_URL")).begin() as session:
                touched = queries.touch_last_seen(session, self.source, ids)
        except SQLAlchemyError as exc:
            self.logger.warning("%s: cannot mark %d postings as seen (%s)", self.name, len(ids), exc)
            return
        self.crawler.stats.inc_value(SEEN_KNOWN_KEY, touched)

    def only_known(self, source_ids: Iterable[Any]) -> bool:
        """True when a page's postings are all stored already: the signal to stop paging.

        An empty page is not "known"; the caller stops on it for its own reason. Nor is any page while an earlier
        run's lost page has not been fetched since (``lost_page``): the pages after a page of stored postings are
        the only way back to it, so this run pages on (to the registry's ``max_pages`` or the listing's end).
        """
        ids = [str(i) for i in source_ids]
        if not ids or not set(ids) <= self.known_ids(ids):
            return False
        lost = self.lost_page()
        if lost is not None:
            self.crawler.stats.inc_value(PAGING_ON_KEY)
            self.logger.info("%s: every posting on this page is stored already, but %s; paging on", self.name, lost)
            return False
        self.crawler.stats.inc_value("vagigs/paging_stopped_known")
        self.logger.info("%s: every posting on this page is stored already; paging stops", self.name)
        return True

    def lost_page(self) -> str | None:
        """Why this run must not stop at a page of stored postings: an earlier run of the source lost a page (an
        error status, a timeout, a malformed body, the daily cap: any drop of a request) that no run has fetched
        since (``unrecovered_loss``); ``None`` when there is none. Read from the store once a run."""
        if "_lost_page" not in self.__dict__:
            self.__dict__["_lost_page"] = self._read_lost_page()
        return self.__dict__["_lost_page"]

    def _read_lost_page(self) -> str | None:
        from sqlalchemy.exc import SQLAlchemyError

        from store import db, queries

        try:
            with db.sessions(self.settings.get("VAGIGS_DATABASE_URL"))() as session:
                found = unrecovered_loss(queries.recent_runs(session, RUNS_LOOKED_BACK, source=self.source))
        except SQLAlchemyError as exc:  # a few requests more, never a page left behind
            self.logger.warning("%s: cannot read the earlier runs (%s); paging on as if one lost a page",
                                self.name, exc)
            return "the earlier runs could not be read"
        if found is None:
            return None
        run, why = found
        return f"run {run.id} lost a page ({why}) that no run has fetched since"

    def json_jobs(self, response: Response, key: str = "jobs", id_key: str | None = None) -> list[dict[str, Any]]:
        """The job records of a JSON envelope ``{key: [...]}``, but those this run has already had as they are
        (overlapping queries, repeated pages): ``id_key`` (by default the spider's ``id_key``) names the field
        holding a record's id. A record of an id already had with other content goes on, to be dropped as a
        ``duplicate_id`` (``OncePerRunPipeline``), counted; it had always been checked under ``id``, so a source
        whose ids are elsewhere kept every repeat, the last one stored over the first."""
        data = json_body(response)
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            raise MalformedResponse(f"expected an object with a '{key}' list")
        field_ = id_key or self.id_key
        # (a record that is no object goes on to the builder, which fails on it: counted, not silently left out)
        return [j for j in data[key] if not isinstance(j, dict) or not self.had_as_is(j.get(field_), j)]

    def had_as_is(self, source_id: Any, record: Any) -> bool:
        """True when this run already had the record of ``source_id`` with this very content; a record with no id
        never was (the builder counts it, each one)."""
        if source_id is None or source_id == "":
            return False
        seen = self.__dict__.setdefault("_seen_records", {})
        digest = payload_fields(record)[1]
        known = seen.setdefault(str(source_id), set())
        if digest in known:
            return True
        known.add(digest)
        return False

    def first_time(self, source_id: Any) -> bool:
        """False when this run already yielded ``source_id`` (overlapping queries, repeated pages). A record with no
        id is never "seen": the builder counts it, each one."""
        if source_id is None or source_id == "":
            return True
        seen = self.__dict__.setdefault("_seen_ids", set())
        key = str(source_id)
        if key in seen:
            return False
        seen.add(key)
        return True

    # ---------------------------------------------------------- guards

    def guard(self, response: Response, expects: str) -> bool:
        """True when the response is worth parsing; otherwise it is counted and kept."""
        if response.status == 304:  # answer to a conditional request: nothing changed, not an error
            return False
        head = response.body[:4096]
        if response.status in BLOCKED_STATUSES or (
            response.status >= 400 and _CHALLENGE.search(head)
        ):
            self.crawler.stats.set_value("vagigs/blocked", 1)
            self.drop_response(response, "blocked", f"HTTP {response.status}: access refused")
            return False
        if self.not_recorded(response):
            return False
        if response.status >= 400:
            self.drop_response(response, f"http_{response.status}", f"HTTP {response.status}")
            return False
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        looks_html = head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))
        if expects != "html" and ("text/html" in content_type or looks_html):
            if _CHALLENGE.search(head):
                self.crawler.stats.set_value("vagigs/blocked", 1)
                self.drop_response(response, "blocked", "challenge page instead of data")
            else:
                self.drop_response(response, "malformed_response",
                                   f"HTML page where {expects} was expected")
            return False
        if expects == "html" and _CHALLENGE.search(head) and b"tgme_widget" not in head:
            self.crawler.stats.set_value("vagigs/blocked", 1)
            self.drop_response(response, "blocked", "challenge page instead of the listing")
            return False
        if not response.body.strip():
            self.drop_response(response, "empty_response", "empty body")
            return False
        return True

    def not_recorded(self, response: Response) -> bool:
        """True, the response counted as a ``no_recording`` drop, when it is the replay server's 404 for a URL its
        snapshot did not record (``NO_RECORDING_HEADER``): it had read as the source's own 404, its empty body
        quarantined."""
        if response.status != 404 or response.headers.get(NO_RECORDING_HEADER) != NO_RECORDING.encode():
            return False
        count_drop(self.crawler, "no_recording")
        record_error(self.crawler, f"no_recording: {response.url}: no recording of this URL in the snapshot (replay)")
        self.logger.error("%s: dropped %s (no_recording): no recording of this URL in the snapshot (replay)",
                          self.name, response.url)
        return True

    def holds_markers(self, response: Response) -> bool:
        """True unless the page lacks every one of the source's ``markers``; such a page is counted and kept as a
        ``malformed_response``, as a JSON source's HTML page is (it had counted as an empty listing)."""
        if not self.markers or any(marker in response.body for marker in self.markers):
            return True
        names = " or ".join(m.decode("ascii") for m in self.markers)
        self.drop_response(response, "malformed_response", f"HTML page without {names}: not the listing")
        return False

    def drop_response(self, response: Response, reason: str, message: str) -> None:
        """Count the drop and record its error on the run, then keep the body in quarantine (a disk that refuses
        it costs the copy, logged and recorded, never the count). A page that cannot be read and whose meta
        refresh was refused is counted once, as the refusal (``crawlers.redirects.refused_refresh``)."""
        counted = refused_refresh(response) if reason == "malformed_response" else None
        if counted:
            message = f"{message}; counted once, as {counted}"
        else:
            count_drop(self.crawler, reason)
            record_error(self.crawler, f"{reason}: {response.url}: {message}")
        path = quarantine(self.name, response, reason, crawler=self.crawler)
        self.logger.error("%s: dropped %s (%s): %s; %s", self.name, response.url, reason, message,
                          f"body kept at {path}" if path else "body not kept")

    def on_error(self, failure: Failure) -> None:
        if failure.check(HttpError):  # a status outside ``handle_httpstatus_list`` (408, 451, 522, a bare 301 …)
            response = failure.value.response
            if not self.not_recorded(response):
                self.drop_response(response, f"http_{response.status}", f"HTTP {response.status}")
            return
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        message = failure.getErrorMessage()
        if "larger than download max size" in message or "exceeded DOWNLOAD_MAXSIZE" in message:
            reason = "too_large"  # the download, or a compressed body while decompressed (Scrapy's words)
        elif failure.check(NotSupported):  # a file:, data:, ftp: … link in a page: no download handler is enabled
            self.logger.warning("%s: %s is no web address; not followed", self.name, url)
            self.crawler.stats.inc_value("vagigs/not_web")
            return
        elif failure.check(RedirectDropped):
            return  # counted where refused
        elif failure.check(IgnoreRequest):
            if "redirect" not in str(failure.value).lower():
                return  # robots.txt, the daily cap or another site: counted where refused
            reason = "redirect_loop"  # Scrapy's RedirectMiddleware gave up (a loop, or too many hops)
        else:
            reason = "timeout" if "Timeout" in failure.type.__name__ else "download_error"
        self.logger.error("%s: %s failed: %s", self.name, url, message or failure.type.__name__)
        count_drop(self.crawler, reason)
        record_error(self.crawler, f"{reason}: {url}: {failure.type.__name__}")


def _short(record: Any) -> str:
    text = repr(record)
    return text if len(text) < 200 else text[:200] + "…"
