"""Redirects and meta refreshes, followed only on the source's own hosts, and never lost without a count.

Scrapy's ``RedirectMiddleware`` and ``MetaRefreshMiddleware`` are replaced by subclasses that judge each hop
before it is scheduled:

* a hop to another site (a host outside the spider's ``allowed_domains``: ``crawlers.urls.on_own_site``), or to an address literal that is
  loopback, private, link-local (cloud metadata, ``169.254.169.254``) or otherwise not global, is refused: a
  ``redirect_refused`` drop, logged with where from and where to. Scrapy's offsite filter cannot do this: start
  requests are made with ``dont_filter``, which it lets through, and a redirect inherits it;
* a hop back to a URL of its own chain (a page redirecting to itself, A → B → A) is a ``redirect_loop`` drop at
  once, where Scrapy had followed a start URL's loop to its 20th hop and dropped another page's without a word
  (the scheduler's duplicate filter);
* a hop to a page this run has already fetched (a filled posting's page sending back to its listing) is a
  ``redirect_seen`` drop; so is one the scheduler's duplicate filter refuses (a page already asked for: Scrapy's
  ``request_dropped`` signal), which had been lost without a word, and a start URL's page, which that filter
  lets by, had been read again by the callback of the page redirected from.

A refused HTTP redirect has nothing to read: its response is kept in quarantine and the request ends there. A
refused meta refresh leaves the page it was on, which goes on to the spider as served, as a browser that does
not refresh shows it; if the spider cannot read it (HTML where JSON was expected), the refusal is its one count
(``refused_refresh``): it had counted a ``malformed_response`` as well.

Checked on the source's real URLs: a replay keeps them on every request and response
(``crawlers.handlers.ReplayDownloadHandler``), so the replay server's own address is never judged.
"""
from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawlers.extensions import count_drop, record_error
from crawlers.urls import on_own_site, plain_host

log = logging.getLogger(__name__)

REFUSED = "redirect_refused"
LOOP = "redirect_loop"
SEEN = "redirect_seen"

#: What to do when a host the crawler refused is the source's own (the offsite error says it too).
OWN_HOST_REMEDY = "a host of the source's own goes in its spider's own_urls()"


#: The meta key a page whose meta refresh was refused carries, the drop it was counted as: a page that then fails
#: to parse is not counted again (``refused_refresh``).
REFRESH_REFUSED = "vagigs_refresh_refused"


def refused_refresh(response: Response) -> str | None:
    """The drop a page's refused meta refresh was counted as, or ``None``: a page holding one is a refresh page,
    so one that then fails to parse (HTML where JSON was expected) is that drop, not a second one."""
    request = getattr(response, "request", None)
    return request.meta.get(REFRESH_REFUSED) if request is not None else None


class RedirectDropped(IgnoreRequest):
    """A redirect or refresh not followed, counted and logged where it was refused (the errback leaves it)."""


def refused_because(url: str, allowed_domains: Iterable[str]) -> str | None:
    """Why a hop to ``url`` is not followed, or ``None`` when it may be: only http(s), on one of
    ``allowed_domains``, a subdomain of one or the host a ``www.`` one is the form of (any host when there are
    none), and never an address literal
    outside the public internet."""
    try:
        parts = urlsplit(url)
        host = plain_host(parts.hostname or "")
    except ValueError:
        return "no valid address"
    if parts.scheme not in ("http", "https"):
        return f"{parts.scheme or 'no'} scheme"
    if not host:
        return "no host"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None and not address.is_global:
        return "a loopback, private, link-local or reserved address"
    domains = [d.lower() for d in allowed_domains if d]
    if domains and not on_own_site(host, domains):
        return f"another site, not {' or '.join(domains)}; {OWN_HOST_REMEDY}"
    return None


class _Guarded:
    """What both redirect middlewares share: each hop Scrapy would follow is judged first (module docstring)."""

    crawler: Crawler
    #: whether the page a refused hop was found on is still read (a meta refresh's page) or ends there
    keeps_page = False

    def process_response(self, request: Request, response: Response, spider=None):  # type: ignore[no-untyped-def]
        fetched = self.__dict__.setdefault("_fetched", set())
        result = super().process_response(request, response)  # type: ignore[misc]
        if not isinstance(result, Request):
            fetched.add(request.url)
            return result
        if result.url in [*request.meta.get("redirect_urls", []), request.url]:
            reason, why = LOOP, "back to a page of its own redirect chain"
        elif result.url in fetched:  # (a start URL's page among them, which the duplicate filter lets by)
            reason, why = SEEN, "a page this run already asked for"
        else:
            reason = REFUSED
            why = refused_because(result.url, getattr(self.crawler.spider, "allowed_domains", None) or ())
            if why is None:
                return result
        self._drop(reason, response, result.url, why)
        if self.keeps_page:
            request.meta[REFRESH_REFUSED] = reason
            return response
        raise RedirectDropped(f"{reason}: {request.url} to {result.url}")

    def _drop(self, reason: str, response: Response, to: str, why: str) -> None:
        from crawlers.quarantine import quarantine

        spider = self.crawler.spider
        name = getattr(spider, "name", "?")
        count_drop(self.crawler, reason)
        record_error(self.crawler, f"{reason}: {response.url}: to {to} ({why})")
        kept = "the page is read as served" if self.keeps_page else \
            f"body kept at {quarantine(name, response, reason, crawler=self.crawler) or '(not kept)'}"
        log.error("%s: %s: %s (HTTP %s) to %s not followed: %s; %s", name, reason, response.url, response.status,
                  to, why, kept)


class RedirectGuard(_Guarded, RedirectMiddleware):
    """Scrapy's HTTP 3xx redirects, judged hop by hop; it counts the hops of both kinds the scheduler's duplicate
    filter refused (module docstring)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RedirectGuard":
        mw = super().from_crawler(crawler)
        crawler.signals.connect(mw.request_dropped, signal=signals.request_dropped)
        return mw

    def request_dropped(self, request: Request, spider=None) -> None:  # type: ignore[no-untyped-def]
        """A hop the duplicate filter refused: the page it led to was asked for earlier this run, and the page
        redirected from is lost."""
        chain = request.meta.get("redirect_urls")
        if not chain:
            return
        count_drop(self.crawler, SEEN)
        record_error(self.crawler, f"{SEEN}: {chain[-1]}: to {request.url} (a page this run already asked for)")
        log.error("%s: %s: %s to %s not followed: a page this run already asked for",
                  getattr(self.crawler.spider, "name", "?"), SEEN, chain[-1], request.url)


class MetaRefreshGuard(_Guarded, MetaRefreshMiddleware):
    """Scrapy's ``<meta http-equiv="refresh">`` redirects, judged hop by hop (module docstring)."""

    keeps_page = True
