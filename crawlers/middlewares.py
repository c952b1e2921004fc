"""Middlewares of vagigs: recording, the politeness layer, and counting spider errors.

``SpiderErrorsMiddleware`` (a spider middleware) turns an exception in a spider's callback — a bug, or input no
parser foresaw (a body nested too deep for ``json``, a page ``lxml`` refuses) — into a counted, logged drop with
the response kept in quarantine, so the run record says a page was lost and the 304 logic below does not keep
validators that would hide it.

``PolitenessMiddleware`` makes every source's limits hold across runs,
processes and hosts, through the store:

* **daily call caps** — each request to a source is counted per UTC day in
  ``request_counts``; past the source's ``daily_request_cap`` (the registry, or
  the ``VAGIGS_DAILY_CAPS`` setting) the request is not sent, and is counted as
  a ``daily_cap`` drop in the run record. robots.txt fetches are not counted
  (they are Scrapy's, cached per process, and no source's terms count them);
  retries and redirects are, since they are real calls. A request that never
  reached the source (its host has no address, the connection was refused or
  could not be made: ``NOT_SENT``) is given back, so a network outage does not
  spend the day's calls on retries, nor hide its download errors behind a cap
  refused on the last retry.
* **conditional requests** — the ``ETag`` / ``Last-Modified`` a URL answered
  with are kept in ``http_validators`` and sent back as ``If-None-Match`` /
  ``If-Modified-Since``; a ``304`` is counted as ``not_modified`` and the spider
  treats it as a clean, empty page. Validators are saved only when the run ends
  cleanly (no drop that could mean the body was not fully stored), so a 304
  never hides postings the store does not have.

Replays (``VAGIGS_REPLAY_BASE`` set) neither count against nor read the live
state, unless ``VAGIGS_POLITENESS_IN_REPLAY`` is true — for tests and rehearsals
on a throw-away store. The clock is injectable (``clock=``), and the
``VAGIGS_TODAY`` setting (an ISO date) pins the counting day.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from crawlers import sources
from crawlers.extensions import DROPPED_PREFIX, OFFSITE_HOSTS_KEY, count_drop, record_error
from crawlers.redirects import OWN_HOST_REMEDY
from crawlers.urls import on_own_site, plain_host
from replay import snapshot_format

log = logging.getLogger(__name__)

_KEPT_HEADERS = ("Content-Type", "ETag", "Last-Modified", "Cache-Control")


class RecordMiddleware:
    """Saves every response into a snapshot folder (``vagigs crawl --record DIR``)."""

    def __init__(self, directory: Path, crawler: Crawler | None = None):
        self.directory = directory
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RecordMiddleware":
        directory = crawler.settings.get("VAGIGS_RECORD_DIR")
        if not directory:
            raise NotConfigured
        return cls(Path(directory), crawler)

    def process_response(self, request: Request, response: Response, spider=None) -> Response:  # type: ignore[no-untyped-def]
        headers = {}
        for name in _KEPT_HEADERS:
            value = response.headers.get(name)
            if value is not None:
                headers[name] = value.decode("latin-1")
        entry = snapshot_format.Entry(
            url=request.url, status=response.status, headers=headers,
            body=snapshot_format.body_name(request.url),
        )
        snapshot_format.append(self.directory, entry, response.body)
        # (Scrapy 2.13 stopped passing ``spider``: RECORDED.txt had named every response's spider "?")
        spider_name = getattr(spider or getattr(self.crawler, "spider", None), "name", "?")
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with open(self.directory / "RECORDED.txt", "a", encoding="utf-8") as fh:
            fh.write(f"{stamp}\t{spider_name}\t{response.status}\t{request.url}\n")
        return response


#: Drops after which a run's validators are still safe to keep: they say nothing
#: about whether a fetched body reached the store.
SAFE_DROPS = frozenset({"daily_cap", "robots_txt", "missing_id", "missing_text", "http_404", "http_410",
                        "bad_board_url"})
NOT_MODIFIED = "vagigs/not_modified"
#: ``request.meta`` key: the UTC day a request was counted on, so it is given back to that day.
COUNTED_ON = "vagigs_counted_on"
CONDITIONAL = "vagigs/conditional_requests"


def _not_sent() -> tuple[type[BaseException], ...]:
    """Download errors that mean the request never reached the source: no call was made."""
    from scrapy import exceptions
    from twisted.internet.error import ConnectError, DNSLookupError

    wrapped = (getattr(exceptions, name, None) for name in ("CannotResolveHostError", "DownloadConnectionRefusedError"))
    return (ConnectError, DNSLookupError, *(e for e in wrapped if e))  # (Scrapy 2.19 wraps Twisted's in its own)


def _is_robots(request: Request) -> bool:
    return urlsplit(request.url).path == "/robots.txt"


class PolitenessMiddleware:
    """Daily caps per source and conditional requests, kept in the store (see the module docstring)."""

    def __init__(self, crawler: Crawler, *, database_url: str | None = None,
                 clock: Callable[[], datetime] | None = None):
        from store import db

        settings = crawler.settings
        self.crawler = crawler
        self.sessions = db.sessions(database_url or settings.get("VAGIGS_DATABASE_URL"))
        replay = bool(settings.get("VAGIGS_REPLAY_BASE"))
        self.active = not replay or settings.getbool("VAGIGS_POLITENESS_IN_REPLAY")
        # a recording must hold full bodies, never 304s
        self.conditional = settings.getbool("VAGIGS_CONDITIONAL_REQUESTS", True) \
            and not settings.get("VAGIGS_RECORD_DIR")
        self.cap_overrides = sources.cap_overrides(settings.getdict("VAGIGS_DAILY_CAPS"))
        today = settings.get("VAGIGS_TODAY")
        self.fixed_day = date.fromisoformat(today) if today else None
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.pending: dict[str, tuple[str, str | None, str | None]] = {}
        self._cap_reported = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "PolitenessMiddleware":
        mw = cls(crawler)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    # ---------------------------------------------------------- helpers

    def day(self) -> date:
        return self.fixed_day or self.clock().astimezone(timezone.utc).date()

    def source_of(self, spider) -> str:  # type: ignore[no-untyped-def]
        return getattr(spider, "source", None) or getattr(spider, "name", "?")

    def cap_of(self, source: str) -> int | None:
        return sources.daily_cap(source, self.cap_overrides)

    # ---------------------------------------------------------- Scrapy hooks

    def process_request(self, request: Request, spider=None):  # type: ignore[no-untyped-def]
        if not self.active or _is_robots(request):
            return None
        spider = spider or self.crawler.spider
        source = self.source_of(spider)
        self._count_or_refuse(request, source)
        if self.conditional and request.method in ("GET", "HEAD") \
                and not request.meta.get("vagigs_unconditional") \
                and b"If-None-Match" not in request.headers and b"If-Modified-Since" not in request.headers:
            self._add_validators(request)
        return None

    def _count_or_refuse(self, request: Request, source: str) -> None:
        from store import crawl_state

        cap = self.cap_of(source)
        day = self.day()
        with self.sessions.begin() as session:
            allowed = crawl_state.take_request(session, source, day, cap)
        if allowed:
            request.meta[COUNTED_ON] = day
            return
        count_drop(self.crawler, "daily_cap")
        log.warning("%s: daily cap of %s requests reached; not sending %s", source, cap, request.url)
        if not self._cap_reported:
            self._cap_reported = True
            record_error(self.crawler, f"daily_cap: {source} reached its cap of {cap} requests "
                                       f"for {self.day().isoformat()} (UTC); later requests not sent")
        raise IgnoreRequest(f"daily cap of {cap} requests reached for {source}")

    def process_exception(self, request: Request, exception: Exception, spider=None) -> None:  # type: ignore[no-untyped-def]
        """A request that never reached the source is no call: its count is given back (before Scrapy's retry,
        which then counts as the call it is)."""
        from store import crawl_state

        day = request.meta.pop(COUNTED_ON, None)
        if day is None or not isinstance(exception, _not_sent()):
            return None
        with self.sessions.begin() as session:
            crawl_state.give_back_request(session, self.source_of(spider or self.crawler.spider), day)
        return None

    def _add_validators(self, request: Request) -> None:
        from store import crawl_state

        with self.sessions() as session:
            found = crawl_state.get_validator(session, request.url)
        if not found:
            return
        etag, modified = found
        if etag:
            request.headers[b"If-None-Match"] = etag.encode("latin-1")
        if modified:
            request.headers[b"If-Modified-Since"] = modified.encode("latin-1")
        if etag or modified:
            self.crawler.stats.inc_value(CONDITIONAL)

    def process_response(self, request: Request, response: Response, spider=None) -> Response:  # type: ignore[no-untyped-def]
        if not self.active or _is_robots(request):
            return response
        if response.status == 304:
            self.crawler.stats.inc_value(NOT_MODIFIED)
        elif response.status == 200 and self.conditional:
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            if etag or modified:
                self.pending[request.url] = (
                    self.source_of(spider or self.crawler.spider),
                    etag.decode("latin-1") if etag else None,
                    modified.decode("latin-1") if modified else None,
                )
        return response

    def spider_closed(self, spider, reason: str) -> None:  # type: ignore[no-untyped-def]
        if not self.pending:
            return
        stats = self.crawler.stats.get_stats()
        unsafe = sorted(k[len(DROPPED_PREFIX):] for k in stats
                        if k.startswith(DROPPED_PREFIX) and k[len(DROPPED_PREFIX):] not in SAFE_DROPS)
        if reason != "finished" or unsafe:
            log.info("%s: %d validators not kept (run %s, drops %s): next run fetches in full",
                     self.source_of(spider), len(self.pending), reason, unsafe or "none")
            return
        from store import crawl_state

        with self.sessions.begin() as session:
            for url, (source, etag, modified) in self.pending.items():
                crawl_state.save_validator(session, url, source, etag, modified)


class CountedOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter (the spider's ``allowed_domains``), whose refusals count into the run: an ``offsite``
    drop per link refused (``crawlers.extensions.report_from_stats``), and an ``offsite`` error per host, naming it.
    A spider whose detail pages are on another host of its source had every one of them refused with only a
    warning in the log, its runs ``empty`` and its health ok. The host a ``www.`` one is the ``www.`` form of is
    the source's own, as a redirect to it is (``crawlers.urls.on_own_site``)."""

    def should_follow(self, request: Request, spider: Spider) -> bool:
        if super().should_follow(request, spider):
            return True
        domains = [d.lower() for d in getattr(spider, "allowed_domains", None) or () if d]
        return on_own_site(plain_host(urlparse_cached(request).hostname or ""), domains)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        try:
            super().process_request(request)
        except IgnoreRequest:
            host = urlparse_cached(request).hostname or "?"
            hosts = self.crawler.stats.get_value(OFFSITE_HOSTS_KEY) or []
            if host not in hosts:
                self.crawler.stats.set_value(OFFSITE_HOSTS_KEY, [*hosts, host])
                only = ", ".join(getattr(self.crawler.spider, "allowed_domains", None) or ()) or "none"
                record_error(self.crawler, f"offsite: {request.url}: links to {host} not followed (only {only}); "
                                           f"{OWN_HOST_REMEDY}")
            raise


class _CountsIntoTheRun:
    """A middleware that counts into the run's stats, so it keeps its crawler (Scrapy's ``from_crawler``)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler):  # type: ignore[no-untyped-def]
        return cls(crawler)


class SpiderErrorsMiddleware(_CountsIntoTheRun):
    """Count an exception raised while a spider parsed a response as a ``spider_error`` drop (see the module
    docstring); Scrapy still logs its traceback."""

    def process_spider_exception(self, response: Response, exception: Exception, spider=None):  # type: ignore[no-untyped-def]
        from scrapy.spidermiddlewares.httperror import HttpError

        from crawlers.quarantine import quarantine

        if isinstance(exception, HttpError):  # an error status: the spider's errback counts it
            return None
        spider = spider or self.crawler.spider
        count_drop(self.crawler, "spider_error")
        record_error(self.crawler, f"spider_error: {response.url}: {type(exception).__name__}")
        path = quarantine(spider.name, response, "spider_error", crawler=self.crawler)
        log.error("%s: %s failed in the spider (%s: %s); %s", spider.name, response.url,
                  type(exception).__name__, str(exception)[:200], f"body kept at {path}" if path else "body not kept")
        return None


class EncodingMiddleware(_CountsIntoTheRun):
    """A body with no charset in its header or itself that reads as UTF-8 is read so (Scrapy's guess had read a
    JSON body as cp1252). A text body that is not valid in the encoding Scrapy chose (the header's, or its guess
    when neither names one) is decoded again, with the first that reads it whole of: the charset the document declares itself,
    UTF-8, and the legacy code pages of the source's languages (``sources.LEGACY_ENCODINGS``). A body that is UTF-8
    but for a few stray bytes (``mostly_utf8``) is read as UTF-8 before any code page is tried, each stray byte
    a "�": a single-byte code page reads any bytes, and read so, every "é" and "”" of such a body had become
    "Ã©" and "â€", or the whole of it "Caf√©" when Scrapy guessed the encoding. Without this, "Café" stored as
    "Caf�" and a Persian page as "���". Each re-decoding is logged and kept in the run's errors
    (``encoding_fixed``), as is a body nothing reads whole (left as Scrapy reads it, "�" for what it cannot)."""

    def process_response(self, request: Request, response: Response, spider=None):  # type: ignore[no-untyped-def]
        from scrapy.http import TextResponse
        from w3lib.encoding import html_body_declared_encoding, resolve_encoding

        if not isinstance(response, TextResponse) or not response.body:
            return response
        declared = html_body_declared_encoding(response.body)
        guessed = not declared and b"charset=" not in (response.headers.get("Content-Type") or b"").lower()
        if guessed and resolve_encoding(response.encoding) != "utf-8" and _decodes(response.body, "utf-8"):
            return response.replace(encoding="utf-8")  # the web's own, and JSON's, before Scrapy's guess
        if _decodes(response.body, response.encoding) and not (guessed and mostly_utf8(response.body)):
            return response
        spider = spider or self.crawler.spider
        try:
            languages = sources.get(spider.name).languages
        except KeyError:
            languages = ()
        encoding = _reads_whole(response, [declared, "utf-8"])
        if encoding:
            return self._read_as(spider, response, encoding, f"read as {encoding}")
        if mostly_utf8(response.body):
            bad = response.body.decode("utf-8", "replace").count("\ufffd")
            return self._read_as(spider, response, "utf-8", f"read as utf-8, {bad} stray byte(s) as \"\ufffd\"")
        encoding = _reads_whole(response, [sources.LEGACY_ENCODINGS.get(lang) for lang in languages])
        if encoding:
            return self._read_as(spider, response, encoding, f"read as {encoding}")
        return self._read_as(spider, response, response.encoding, "no encoding reads it whole; what "
                             f"{response.encoding} cannot read is \"\ufffd\"")

    def _read_as(self, spider, response: Response, encoding: str, how: str) -> Response:  # type: ignore[no-untyped-def]
        message = f"{response.url}: not {response.encoding} as labelled; {how}"
        log.warning("%s: %s", spider.name, message)
        record_error(self.crawler, f"encoding_fixed: {message}")
        self.crawler.stats.inc_value("vagigs/encoding_fixed")
        return response if encoding == response.encoding else response.replace(encoding=encoding)


def _reads_whole(response: Response, candidates: list[str | None]) -> str | None:
    """The first of ``candidates`` (names as a page or header gives them) other than the response's own encoding
    that decodes its whole body."""
    from w3lib.encoding import resolve_encoding

    labelled = resolve_encoding(response.encoding)
    for encoding in dict.fromkeys(resolve_encoding(c) for c in candidates if c and resolve_encoding(c)):
        if encoding != labelled and _decodes(response.body, encoding):
            return encoding
    return None


def mostly_utf8(body: bytes) -> bool:
    """Whether the body's bytes beyond ASCII are mostly well-formed UTF-8: more characters read than bytes that
    fail (a code page's text fails at nearly every such byte, as its letters are single bytes above 127)."""
    text = body.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    beyond_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return bad > 0 and beyond_ascii - bad > bad


class DeepHtmlMiddleware(_CountsIntoTheRun):
    """An HTML body nested deeper than ``crawlers.html_depth.MAX_DEPTH`` is flattened below that depth before any
    spider reads it (``html_depth.flatten``: the text stays, the tags go): libxml2 stops reading past about 2,000
    levels without a word, and the postings after such a message on a page were lost. Logged and kept in the run's
    errors (``deep_html``); not a drop, as nothing is lost."""

    def process_response(self, request: Request, response: Response, spider=None):  # type: ignore[no-untyped-def]
        from scrapy.http import HtmlResponse

        from crawlers.html_depth import MAX_DEPTH, flatten

        if not isinstance(response, HtmlResponse) or response.encoding.lower().startswith(("utf-16", "utf-32")):
            return response
        body, depth = flatten(response.body)
        if body is response.body:
            return response
        spider = spider or self.crawler.spider
        message = f"{response.url}: HTML nested {depth} elements deep; the tags below {MAX_DEPTH} read as text"
        log.warning("%s: %s", spider.name, message)
        record_error(self.crawler, f"deep_html: {message}")
        self.crawler.stats.inc_value("vagigs/deep_html")
        return response.replace(body=body, encoding=response.encoding)


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True
