"""Generic schema.org ``JobPosting`` spider (JSON-LD or microdata) over operator-given boards.

A board is one line: a posting page, a listing page that embeds postings, or a
sitemap (``…sitemap….xml``, index or urlset; or any URL written ``sitemap:https://…``)
whose ``<loc>`` pages are fetched.
Lines come from ``crawlers.sources.JSONLD_BOARDS`` and from the Scrapy setting
``VAGIGS_JSONLD_URLS`` (comma-separated; ``vagigs crawl jsonld --set
VAGIGS_JSONLD_URLS=https://…``). With none configured the spider fetches nothing
and the run is recorded as ``empty``. Each line is checked before anything is fetched
(``board_problem``: an ``http`` or ``https`` address with a host): a bad one is named in one
error, counted as a ``bad_board_url`` drop and left out, and the other boards are crawled; a
run whose every line was bad ends ``failed`` (``bad_jsonld_urls``), not ``empty``.

Identity is the page URL for a page with one posting (``posting_ids``: on a page
with several, each posting is its own ``url``, ``identifier`` or ``@id``, and its
position only when it has none), so a sitemap re-crawl skips pages whose postings
are already stored — unless the page is worth reading again
(``SourceSpider.refetch_reason``): its ``<lastmod>`` is later than when we last
fetched it (``fetched_at``), or its stored closing date (``validThrough``) has
passed while the sitemap still lists it and we have not read it since. Such
pages are fetched after the new ones, within the same page budget, once per run
and at most ``VAGIGS_REFETCH_LIMIT`` a run (stats ``vagigs/refetched/changed``,
``vagigs/refetched/closed_but_listed``); entries
without ``<lastmod>`` are judged on the closing date alone. Tracking
parameters (``crawlers.urls``: ``utm_*``, ``fbclid``…) are not part of it, so
``…/jobs/1?utm_source=x`` in a sitemap is the stored ``…/jobs/1``; ``from`` is kept,
since on a listing page it may be the paging offset.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime, timezone
from itertools import count
from typing import Any
from urllib.parse import quote, urlsplit

import scrapy
from scrapy.exceptions import CloseSpider
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap
from w3lib.url import canonicalize_url

from crawlers import sources
from crawlers.extensions import count_drop, record_error
from crawlers.spiders import structured
from crawlers.spiders.base import MalformedResponse, SourceSpider
from crawlers.spiders.fields import joined, number, pay_text
from crawlers.urls import OFFSET_PARAMS, strip_tracking

#: schema.org's ``unitText`` values for a salary (HOUR, DAY, WEEK, MONTH or YEAR) as the pay reader's periods
_PERIODS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
#: the drop counted for a board line that is no web address (``board_problem``)
BAD_BOARD = "bad_board_url"
#: how a run ends whose every board line was bad: ``failed``, where nothing to crawl had read as ``empty``
NO_GOOD_BOARD = "bad_jsonld_urls"


def is_sitemap(url: str) -> bool:
    if url.startswith("sitemap:"):
        return True
    path = urlsplit(url).path.lower()
    return path.endswith((".xml", ".xml.gz")) and "sitemap" in path


def board_problem(line: str) -> str | None:
    """Why a board line cannot be crawled, or ``None`` when it can: it must be an ``http`` or ``https`` address
    with a host (after any ``sitemap:`` prefix). Scrapy refused "careers.example.com/sitemap.xml" at the start
    of the run, ending it before any other board was read, and took "htps://…" as a link it does not follow."""
    try:
        parts = urlsplit(line.removeprefix("sitemap:"))
        parts.port  # noqa: B018 - "https://[::1", a port that is no number: Scrapy refuses them too
    except ValueError as exc:
        return f"not a web address ({exc})"
    if not parts.scheme:
        return "no http:// or https:// in front of it"
    if parts.scheme.lower() not in ("http", "https"):
        return f"its scheme {parts.scheme!r} is not http or https"
    if not parts.hostname:
        return "no host"
    return None


def lastmod_time(text: str | None) -> datetime | None:
    """A sitemap ``<lastmod>`` (W3C Datetime: ``2026-11-19``, ``2026-11-19T10:04:39+03:30``, ``…Z``) in aware
    UTC; ``None`` when absent or unreadable (the entry is then judged as one without it).

    A date alone counts from the start of that day, UTC: a page fetched later that day is not fetched again
    for it (an edit made after our fetch that same day waits for the next ``<lastmod>``), where counting to the
    day's end would fetch a page published that day again at every run until midnight. A time without a zone
    is read as UTC.
    """
    if not text or not text.strip():
        return None
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)


def page_id(url: str, n: int = 0) -> str:
    """The id of the page at ``url`` (``n`` = 0), or of its ``n``-th posting by position (``posting_ids``). A URL
    without tracking parameters keeps the id it always had (ids are the store's upsert key)."""
    base = canonicalize_url(strip_tracking(url, keep=OFFSET_PARAMS), keep_fragments=False)
    return base if n == 0 else f"{base}#{n + 1}"


def own_id(page_url: str, posting: dict[str, Any]) -> str | None:
    """The id a posting names itself by: its ``url``, else its ``identifier`` (``…/jobs#identifier=ORB-2291``:
    a board's own number, unique on its page, not across the web), else its ``@id``; ``None`` for none of them."""
    url = structured.link(posting.get("url"), page_url)
    if url is not None:
        return url
    number = structured.identifier(posting)
    if number is not None:
        return f"{page_id(page_url)}#identifier={quote(number, safe='')}"
    return structured.link(posting.get("@id"), page_url)


def posting_ids(page_url: str, postings: list[dict[str, Any]]) -> list[str]:
    """The ids of a page's postings, in their order (ids are the store's upsert key).

    A page with one posting is the page's URL, as it always was. On a page with several, each is its own
    (``own_id``), so a listing that gains, loses or reorders postings between runs keeps each job on its row; a
    position would give the row of the job that was there to whichever comes there next. The position is the
    last resort, for a posting that names itself by nothing, or by what one before it on the page took: the
    page's URL, then ``#2``, ``#3`` … in the order of such postings, skipping an id a posting named itself by.
    """
    if len(postings) == 1:
        return [page_id(page_url)]
    taken: set[str] = set()
    claimed: list[str | None] = []
    for posting in postings:
        sid = own_id(page_url, posting)
        if sid in taken:
            sid = None
        claimed.append(sid)
        if sid is not None:
            taken.add(sid)
    positions = (sid for sid in (page_id(page_url, n) for n in count()) if sid not in taken)
    return [sid if sid is not None else next(positions) for sid in claimed]


class JsonLdSpider(SourceSpider):
    name = "jsonld"
    expects = "html"

    def boards(self) -> list[str]:
        """Every board line configured, once each, spaces around it and empty lines left out."""
        return list(dict.fromkeys([*sources.JSONLD_BOARDS, *self.config.start_urls, *self._setting_boards()]))

    def _setting_boards(self) -> list[str]:
        extra = self.settings.getlist("VAGIGS_JSONLD_URLS") if self.settings else []
        return [line.strip() for line in extra if line.strip()]

    def own_urls(self) -> Iterable[str]:
        return self.boards()  # (a sitemap's pages are on its own host, as the sitemap protocol has them)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        boards = self.boards()
        if not boards:
            self.logger.warning("jsonld: no boards configured (crawlers.sources.JSONLD_BOARDS or "
                                "--set VAGIGS_JSONLD_URLS=…); nothing to crawl")
        requests = [r for r in map(self._board_request, boards) if r is not None]
        if boards and not requests:
            raise CloseSpider(NO_GOOD_BOARD)
        for request in requests:
            yield request

    def _board_request(self, line: str) -> scrapy.Request | None:
        """The request for the board ``line``; ``None`` for a line that cannot be crawled (``board_problem``, or an
        address Scrapy refuses all the same), named with where it was configured in the log and the run's errors,
        and counted as a ``BAD_BOARD`` drop."""
        problem = board_problem(line)
        if problem is None:
            callback = self.parse_sitemap if is_sitemap(line) else self.parse
            try:
                return scrapy.Request(line.removeprefix("sitemap:"), callback=callback, errback=self.on_error,
                                      dont_filter=True)
            except ValueError as exc:
                problem = str(exc)
        where = "VAGIGS_JSONLD_URLS" if line in self._setting_boards() else "crawlers.sources.JSONLD_BOARDS"
        self.logger.error("jsonld: board %r in %s is not crawled: %s", line, where, problem)
        count_drop(self.crawler, BAD_BOARD)
        record_error(self.crawler, f"{BAD_BOARD}: {where}: {line!r}: {problem}")
        return None

    # ------------------------------------------------------------ sitemaps

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if not self.guard(response, "xml"):
            return
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # noqa: BLE001 - lxml raises several kinds
            self.drop_response(response, "malformed_response", f"not a sitemap: {exc}")
            return
        entries = [(loc, lastmod_time(e.get("lastmod"))) for e in sitemap if (loc := self._web_loc(response, e))]
        if sitemap.type == "sitemapindex":
            for loc, _ in entries:
                yield scrapy.Request(loc, callback=self.parse_sitemap, errback=self.on_error)
            return
        ids = [page_id(loc) for loc, _ in entries]
        stored = self.stored_times(ids)
        self.mark_seen(stored.keys())
        budget = self.config.max_pages
        again: list[tuple[str, str, str]] = []
        for (loc, lastmod), loc_id in zip(entries, ids):
            if loc_id in stored:
                reason = self.refetch_reason(stored[loc_id], lastmod)
                if reason is None:
                    self.crawler.stats.inc_value("vagigs/skipped/known_detail")
                else:
                    again.append((loc, loc_id, reason))
                continue
            if not self.first_time(loc_id):  # one page listed twice (with and without utm_*…)
                continue
            if budget <= 0:
                self.crawler.stats.inc_value("vagigs/skipped/page_budget")
                continue
            budget -= 1
            yield scrapy.Request(loc, callback=self.parse, errback=self.on_error)
        # stored pages worth reading again, with what the new ones left of the budget
        for loc, loc_id, reason in again:
            if not self.first_time(loc_id):
                continue
            if budget <= 0:
                self.crawler.stats.inc_value("vagigs/skipped/page_budget")
                continue
            request = self.refetch_request(loc, reason, callback=self.parse)
            if request is not None:
                budget -= 1
                yield request

    def _web_loc(self, response: Response, entry: dict[str, Any]) -> str | None:
        """A sitemap entry's ``<loc>``, one written relative made whole; ``None`` for none, or for one Scrapy cannot
        request (``mailto:``, ``javascript:``, a port that is no number: logged, counted as ``vagigs/not_web``),
        which had raised in this callback, and every page the sitemap listed after it was lost. Other schemes and
        hosts are refused as any link is: ``allowed_domains``, no ``file:`` or ``data:`` handler."""
        loc = (entry.get("loc") or "").strip()
        if not loc:
            return None
        try:
            url = response.urljoin(loc)
            scrapy.Request(url)
        except ValueError as exc:
            self.logger.warning("%s: sitemap %s lists %r, no web address (%s); not followed", self.name,
                                response.url, loc, exc)
            self.crawler.stats.inc_value("vagigs/not_web")
            return None
        return url

    # ------------------------------------------------------------ pages

    def guard(self, response: Response, expects: str) -> bool:
        # a board page may mention a CAPTCHA (its apply form); one that carries a JobPosting is content
        if expects == "html" and response.status == 200 and b"JobPosting" in response.body:
            return True
        return super().guard(response, expects)

    def parse_records(self, response: Response) -> Iterable[Any]:
        found, errors = structured.postings(response.text, response.url)
        for error in errors:
            count_drop(self.crawler, "malformed_jsonld")
            record_error(self.crawler, f"malformed_jsonld: {response.url}: {error}")
        if not found:
            if errors:
                raise MalformedResponse("no JobPosting could be read: " + "; ".join(errors))
            self.crawler.stats.inc_value("vagigs/skipped/no_jobposting")
            self.logger.info("jsonld: no JobPosting on %s", response.url)
            return []
        records = [(response.url, sid, p) for sid, p in zip(posting_ids(response.url, found), found)]
        return self.each_record(records, self.build)

    def build(self, record: tuple[str, str, dict[str, Any]]) -> Any:
        page_url, sid, job = record
        org = job.get("hiringOrganization")
        company = org.get("name") if isinstance(org, dict) else org
        low, high, currency, period, raw = _salary(job.get("baseSalary"))
        remote = _first(job.get("jobLocationType"))
        kinds = job.get("employmentType")
        regions = _names(job.get("applicantLocationRequirements"))
        return self.new_item(
            sid, {**job, "page_url": page_url},
            url=structured.link(job.get("url"), page_url) or page_url,  # a relative href made whole
            title=_text(job.get("title")),
            company=_text(company),
            description_html=_text(job.get("description")),
            location=", ".join(_places(job.get("jobLocation"))) or None,
            remote=True if str(remote).upper() == "TELECOMMUTE" else None,
            remote_scope="remote" if str(remote).upper() == "TELECOMMUTE" else None,
            allowed_regions=regions or None,
            employment_type=joined(kinds) if isinstance(kinds, list) else _text(kinds),
            salary_min=low, salary_max=high, salary_currency=currency, salary_period=period, salary_raw=raw,
            posted_at_raw=_text(job.get("datePosted")),
            expires_at=_text(job.get("validThrough")),
        )


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any) -> Any:
    """A property's text: the first of a list, a language-tagged value's ``@value`` (``{"@value": "…",
    "@language": "uz"}``), a number as its digits; an object of another kind as it came, for the normalize stage to
    judge (it leaves out an odd optional field, and refuses a posting whose title or description is not text)."""
    value = _first(value)
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (str, int, float)):
        return str(value).strip() or None
    return value


def _plain(value: Any) -> str | None:
    """``_text`` where only text will do (a currency code, a unit): anything else is none."""
    text = _text(value)
    return text if isinstance(text, str) else None


def _names(value: Any) -> list[str]:
    out = []
    for v in value if isinstance(value, list) else [value]:
        name = v.get("name") if isinstance(v, dict) else v
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


def _places(value: Any) -> list[str]:
    out = []
    for place in value if isinstance(value, list) else [value]:
        if not isinstance(place, dict):
            continue
        address = place.get("address")
        if isinstance(address, dict):
            parts = [address.get(k) for k in ("addressLocality", "addressRegion", "addressCountry")]
            parts = [p.get("name") if isinstance(p, dict) else p for p in parts]
            text = ", ".join(p for p in parts if isinstance(p, str) and p)
        else:
            text = address if isinstance(address, str) else place.get("name")
        if text:
            out.append(text)
    return out


def _number(value: Any) -> float | None:
    """A pay bound, "50,000" as 50000 (``fields.number``: a finite amount above zero, else ``None``)."""
    return number(value.replace(",", "") if isinstance(value, str) else value)


def _salary(salary: Any) -> tuple[float | None, float | None, str | None, str | None, str | None]:
    if not isinstance(salary, dict):
        return None, None, None, None, _text(salary)
    currency = _plain(salary.get("currency"))
    value = salary.get("value")
    unit = None
    if isinstance(value, dict):
        unit = _plain(value.get("unitText"))
        low = _number(value.get("minValue", value.get("value")))
        high = _number(value.get("maxValue", value.get("value")))
    else:
        low = high = _number(value)
    if low is None and high is None:
        return None, None, None, None, None
    period = _PERIODS.get((unit or "").upper())
    raw = pay_text(low, high, currency, unit)
    return low, high, currency, period, raw
