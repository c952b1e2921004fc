"""The registry of sources: one entry per spider, with the settings that belong to it.

An operator reads this table (``vagigs sources``) to see what is crawled, from
where, how politely, and under which terms; spiders read their start URLs,
paging depth and options from here rather than hard-coding them.

Per source:

* ``daily_request_cap`` — the most calls a day the source asks for (Remotive: 4);
  the scheduler spreads runs so ``runs/day × start URLs`` stays under it.
* ``concurrency`` / ``download_delay`` — become the spider's
  ``CONCURRENT_REQUESTS_PER_DOMAIN`` / ``DOWNLOAD_DELAY`` (see
  ``SourceSpider.update_settings``); ``settings`` adds any other Scrapy setting.
* ``max_pages`` — how deep a paging spider may go in one run. Paging stops
  earlier as soon as a page holds only postings already stored.
* ``extra`` — per-source options (Telegram channels, JobVision keywords, …).
* ``posting_hosts`` — hosts a posting's link is on beside the homepage's and the start URLs' (hh's API, on
  ``api.hh.ru``, links to ``hh.ru``): a link elsewhere is not named as the source's (``links_to_own``).
* ``languages`` — the languages the source writes in (codes of ``LEGACY_ENCODINGS``): shown by ``vagigs
  sources``, and their legacy code pages, in this order, are how a body that is not the UTF-8 its header claims is
  read again (``crawlers.middlewares.EncodingMiddleware``).
* ``lists_all_current`` — every run of the spider sees the source's whole current
  listing: each start URL answers with every posting it lists (no paging, no
  page budget, no per-request count limit, no stop on stored postings, no detail
  page skipped), and every record becomes an item that is stored. Then a posting
  that a clean, complete run did not show is no longer listed: the run's end
  marks it delisted (``crawlers.extensions.partial_listing`` says which runs
  count; ``store.queries.mark_delisted``) and the curated feed leaves it out.
  Set only where the spider's code and the source's documented behaviour show
  it; False (never delist) otherwise — a wrong True hides live gigs. Set:
  Remotive (each category's whole list, no limit parameter). Not set: Remote OK
  and We Work Remotely (one answer each, but only the newest ~100 jobs of the
  site or feed, ``shared/research/sources.md``: an older gig pushed out of that
  window is still live, and a sticky older one inside it spoils any "as new as
  the oldest shown" rule), Working Nomads (one array, but whether it is the whole
  listing is unknown: no capture), Jobicy (``count=50`` caps the answer),
  Himalayas, hh, Telegram, Jobinja, JobVision and JSON-LD (paging within a page
  budget, stopping at stored postings, or search results).

``registry`` checks each entry as it is made (``problems``): a ``ValueError`` names the source and the field.
How to add a source: ``docs/adding_a_source.md``.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
import re
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import config
from crawlers.urls import on_own_site, plain_host


@dataclass(frozen=True)
class Source:
    name: str
    title: str
    homepage: str
    start_urls: tuple[str, ...]
    languages: tuple[str, ...] = ("en",)
    terms: str = ""
    daily_request_cap: int | None = None
    concurrency: int = 1
    download_delay: float = 1.0
    max_pages: int = 1
    lists_all_current: bool = False
    settings: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    posting_hosts: tuple[str, ...] = ()


def _hh(**query: str) -> str:
    base = {"area": "97", "host": "hh.uz", "per_page": "100", "order_by": "publication_time"}
    return "https://api.hh.ru/vacancies?" + urlencode({**base, **query})


def _jobinja(keyword: str) -> str:
    return ("https://jobinja.ir/jobs?" + urlencode({"filters[keywords][0]": keyword})
            + "&sort_by=published_at_desc")


#: Uzbek job channels named in the research note (UstozShogird post format).
TELEGRAM_CHANNELS = ("UstozShogird", "UstozShogirdSohalar")

#: The generic JSON-LD spider's boards: ONE LINE PER BOARD, either a sitemap
#: (``…sitemap….xml``, or any URL written ``sitemap:https://…``) listing posting pages,
#: or a posting/listing page itself.
#: Empty by default: we know no VA board whose structured data we could verify,
#: so an unconfigured ``jsonld`` run fetches nothing and reports ``empty``.
#: Operators add lines here or pass ``--set VAGIGS_JSONLD_URLS=url1,url2``.
JSONLD_BOARDS: tuple[str, ...] = ()


#: The legacy code page each language a source may be written in used before UTF-8: what a body that is not the
#: UTF-8 its header claims most likely is (``crawlers.middlewares.EncodingMiddleware``). A source's ``languages``
#: are codes of this table: a source in another language adds its code page here.
LEGACY_ENCODINGS = {"fa": "cp1256", "ru": "cp1251", "uz": "cp1251", "en": "cp1252"}

_NAME = re.compile(r"[a-z][a-z0-9_]*")


def problems(source: Source) -> list[str]:
    """What is wrong with a registry entry, each as ``field: why``; ``[]`` for none. A string for ``start_urls``
    (``("https://…")`` without its trailing comma) had been crawled one character at a time ("Missing scheme in
    request url: h"), and an entry with no ``daily_request_cap`` crawled with no cap."""
    found = []
    if not isinstance(source.name, str) or not _NAME.fullmatch(source.name):
        found.append(f"name: {source.name!r} is no spider name (lower-case letters, digits and _, a letter first)")
    for name in ("title", "terms"):
        if not isinstance(getattr(source, name), str) or not getattr(source, name).strip():
            found.append(f"{name}: {getattr(source, name)!r} is empty or no text")
    if not _web_address(source.homepage):
        found.append(f"homepage: {source.homepage!r} is no http(s) address with a host")
    if isinstance(source.start_urls, (tuple, list)):
        found += [f"start_urls: {url!r} is no http(s) address with a host"
                  for url in source.start_urls if not _web_address(url, sitemap=True)]
    else:
        comma = (f" (a trailing comma makes one: ({source.start_urls!r},))" if isinstance(source.start_urls, str)
                 else "")
        found.append(f"start_urls: {source.start_urls!r} is no tuple of addresses{comma}")
    if not isinstance(source.languages, (tuple, list)) or not source.languages:
        found.append(f"languages: {source.languages!r} is no tuple of language codes")
    else:
        found += [f"languages: {code!r} is none of {', '.join(sorted(LEGACY_ENCODINGS))} (a new language needs its "
                  "legacy code page in crawlers.sources.LEGACY_ENCODINGS)"
                  for code in source.languages if code not in LEGACY_ENCODINGS]
    cap = source.daily_request_cap
    if isinstance(cap, bool) or not isinstance(cap, int) or cap < 1:
        found.append(f"daily_request_cap: {cap!r} is no whole number from 1 (the most requests a day the source "
                     "asks for, or that is polite)")
    for name in ("concurrency", "max_pages"):
        value = getattr(source, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            found.append(f"{name}: {value!r} is no whole number from 1")
    delay = source.download_delay
    if isinstance(delay, bool) or not isinstance(delay, (int, float)) or not delay > 0:
        found.append(f"download_delay: {delay!r} is no number of seconds above 0")
    if not isinstance(source.lists_all_current, bool):
        found.append(f"lists_all_current: {source.lists_all_current!r} is not True or False")
    for name in ("settings", "extra"):
        if not isinstance(getattr(source, name), Mapping):
            found.append(f"{name}: {getattr(source, name)!r} is no dict")
    hosts = source.posting_hosts
    if not isinstance(hosts, tuple) or not all(isinstance(h, str) and _HOST.fullmatch(h) for h in hosts):
        found.append(f"posting_hosts: {hosts!r} is no tuple of host names (\"hh.ru\", no scheme or path)")
    return found


_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def links_to_own(source: str, url: str | None) -> bool:
    """Whether ``url`` is on a host of ``source``'s own: its homepage's, its start URLs' or one of its
    ``posting_hosts``, a subdomain of one, or the bare host of a ``www.`` one (as a redirect is judged,
    ``crawlers.urls.on_own_site``). False for a source not registered, and for a link with a user part
    (``https://remotive.com@evil.example/`` is on evil.example)."""
    entry = SOURCES.get(source)
    try:
        parts = urlsplit(url or "")
        host = plain_host(parts.hostname or "")
    except ValueError:
        return False
    if entry is None or not host or "@" in parts.netloc:
        return False
    own = {urlsplit(u.removeprefix("sitemap:")).hostname for u in (entry.homepage, *entry.start_urls)}
    return on_own_site(host, {h for h in own if h} | set(entry.posting_hosts))


def _web_address(url: Any, sitemap: bool = False) -> bool:
    if not isinstance(url, str):
        return False
    parts = urlsplit(url.removeprefix("sitemap:") if sitemap else url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def registry(entries: Iterable[Source]) -> dict[str, Source]:
    """The registry as ``SOURCES`` holds it: name → entry, in the given order. Each entry is checked
    (``problems``): a ``ValueError`` names the source and its first wrong field. Two entries of one name are an
    error (a dict built from them had kept the second alone, silently: its spider crawled with the other's
    settings). A list of start URLs or languages is kept as a tuple."""
    found: dict[str, Source] = {}
    for source in entries:
        wrong = problems(source)
        if wrong:
            raise ValueError(f"source {source.name!r} in the registry (crawlers/sources.py): {'; '.join(wrong)}")
        source = replace(source, start_urls=tuple(source.start_urls), languages=tuple(source.languages))
        if source.name in found:
            raise ValueError(f"two sources named {source.name!r} in the registry (crawlers/sources.py): "
                             f"{found[source.name].title!r} and {source.title!r}")
        found[source.name] = source
    return found


SOURCES: dict[str, Source] = registry((
    Source(
        name="remoteok",
        title="Remote OK",
        homepage="https://remoteok.com",
        start_urls=("https://remoteok.com/api",),
        terms="Link back to the job URL with a followed link and credit 'Remote OK'; no logo.",
        daily_request_cap=24,
    ),
    Source(
        name="weworkremotely",
        title="We Work Remotely",
        homepage="https://weworkremotely.com",
        start_urls=(
            "https://weworkremotely.com/categories/remote-customer-support-jobs.rss",
            "https://weworkremotely.com/categories/all-other-remote-jobs.rss",
            "https://weworkremotely.com/categories/remote-management-and-finance-jobs.rss",
        ),
        terms="No API terms published; link back to the posting.",
        daily_request_cap=72,
    ),
    Source(
        name="remotive",
        title="Remotive",
        homepage="https://remotive.com",
        start_urls=(
            "https://remotive.com/api/remote-jobs?category=customer-support",
            "https://remotive.com/api/remote-jobs?category=all-others",
        ),
        terms=("Link back to the Remotive URL and credit Remotive; no re-posting to Jooble, Google Jobs, "
               "LinkedIn; jobs delayed 24 h; at most 4 calls a day, excess is blocked."),
        daily_request_cap=4,
        download_delay=5.0,
        lists_all_current=True,  # each category's whole list (no limit parameter); no paging
    ),
    Source(
        name="jobicy",
        title="Jobicy",
        homepage="https://jobicy.com",
        start_urls=("https://jobicy.com/api/v2/remote-jobs?count=50&industry=supporting",),
        terms=("Credit Jobicy as the source; do not redistribute to other job platforms; "
               "a few calls a day, excess may be restricted."),
        daily_request_cap=4,
        download_delay=5.0,
    ),
    Source(
        name="himalayas",
        title="Himalayas",
        homepage="https://himalayas.app",
        start_urls=("https://himalayas.app/jobs/api?limit=20&offset=0",),
        terms="Keyless public API; rate limits undocumented: at most 20 a page, a pause between pages.",
        daily_request_cap=48,
        download_delay=3.0,
        max_pages=5,
        extra={"page_size": 20},
    ),
    Source(
        name="workingnomads",
        title="Working Nomads",
        homepage="https://www.workingnomads.com",
        start_urls=("https://www.workingnomads.com/api/exposed_jobs/",),
        terms="Keyless public JSON feed; link back to the posting.",
        daily_request_cap=8,
    ),
    Source(
        name="hh",
        title="hh.uz (HeadHunter)",
        homepage="https://hh.uz",
        start_urls=(
            _hh(schedule="remote"),
            _hh(text="ассистент OR помощник OR yordamchi OR assistant"),
            _hh(text="оператор OR \"менеджер по работе с клиентами\" OR operator"),
        ),
        languages=("ru", "uz", "en"),
        terms=("HeadHunter developer agreement (dev.hh.ru/admin/developer_agreement); the HH-User-Agent "
               "header is required; register an app and set VAGIGS_HH_APP_TOKEN to avoid CAPTCHA 403s."),
        daily_request_cap=48,
        download_delay=2.0,
        max_pages=3,
        posting_hosts=("hh.ru",),  # (the API's vacancy links, whatever its host=hh.uz)
    ),
    Source(
        name="telegram",
        title="Telegram channel previews",
        homepage="https://t.me",
        start_urls=tuple(f"https://t.me/s/{c}" for c in TELEGRAM_CHANNELS),
        languages=("uz", "ru", "fa", "en"),
        terms=("Public web previews of public channels only (no login); Telegram ToS apply; posts may be "
               "edited or deleted. Credit the channel and link the post."),
        daily_request_cap=96,
        download_delay=3.0,
        max_pages=3,
        extra={"channels": TELEGRAM_CHANNELS},
    ),
    Source(
        name="jobinja",
        title="Jobinja",
        homepage="https://jobinja.ir",
        start_urls=(_jobinja("دستیار"), _jobinja("پشتیبانی"), _jobinja("دورکاری")),
        languages=("fa", "en"),
        terms=("No public API; robots.txt obeyed; a stored posting's detail page is fetched again only when its "
               "stored closing date has passed while the listing still shows it (once per closing date, at most 20 "
               "a run by default, after new postings; the pages read so far carry no closing date, so none yet)."),
        daily_request_cap=300,
        download_delay=3.0,
        max_pages=3,
    ),
    Source(
        name="jobvision",
        title="JobVision",
        homepage="https://jobvision.ir",
        start_urls=("https://candidateapi.jobvision.ir/api/v1/JobPost/List",),
        languages=("fa",),
        terms="Undocumented internal list API (POST); gentle paging; link back to jobvision.ir/jobs/<id>.",
        daily_request_cap=96,  # one POST per keyword per run: 3 keywords, hourly at most
        download_delay=3.0,
        max_pages=3,
        extra={"keywords": ("دستیار", "پشتیبانی", "دورکاری"), "page_size": 30},
    ),
    Source(
        name="jsonld",
        title="schema.org JobPosting (any board)",
        homepage="https://schema.org/JobPosting",
        start_urls=JSONLD_BOARDS,
        languages=("en", "fa", "ru", "uz"),
        terms="Each configured board's own terms apply; link back to the posting page.",
        daily_request_cap=200,
        download_delay=2.0,
        max_pages=200,
    ),
))


def get(name: str) -> Source:
    try:
        return SOURCES[name]
    except KeyError:
        raise KeyError(f"unknown source {name!r}; known: {', '.join(sorted(SOURCES))}") from None


def unknown(name: str, known: Iterable[str] | None = None) -> str:
    """What vagigs says of a source name it does not know (``cli._unknown``'s words): ``unknown source 'nope'; one of
    hh, himalayas, …``."""
    return f"unknown source {name!r}; one of {', '.join(sorted(SOURCES if known is None else known))}"


def cap_overrides(raw: Mapping[str, Any]) -> dict[str, int | None]:
    """``VAGIGS_DAILY_CAPS`` read: source name → its daily request cap, ``None`` (written "none" or empty) for none.
    A ``ValueError`` names the first entry that is none: a source the registry does not know (``"remotiv"`` had
    left remotive on its default cap without a word), or a cap that is no whole number from 1 (0 had read as "no
    cap", crawling hourly; -1 likewise; 2.9 had been cut to 2)."""
    return {name: _cap(name, value) for name, value in raw.items()}


def _cap(name: str, value: Any) -> int | None:
    if name not in SOURCES:
        raise ValueError(unknown(name))
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none")):
        return None
    cap = _whole(value)
    if cap is None or cap < 1:
        off = (f"; to crawl {name} no more, turn it off: VAGIGS_SOURCES_OFF={name}" if cap == 0 else "")
        raise ValueError(f"{name}: {value!r} is no daily request cap (a whole number from 1, or \"none\" for no "
                         f"cap){off}")
    return cap


def _whole(value: Any) -> int | None:
    """``value`` as a whole number (``4``, ``"4"``, ``4.0``); None when it is none (``2.9``, ``"abc"``, ``true``)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit() and value.strip().isascii():
        return int(value)
    return None


def turned_off() -> frozenset[str]:
    """The sources ``VAGIGS_SOURCES_OFF`` turns off: the scheduler schedules none of them and ``vagigs crawl``
    without names leaves them out (a crawl that names one still runs it)."""
    return config.sources_off(SOURCES)


def daily_cap(source: Source | str, overrides: Mapping[str, int | None]) -> int | None:
    """A source's daily request cap as crawls apply it: ``overrides`` (``cap_overrides``) over its own (a source
    given by name: the registry's; ``None`` for one the registry does not know)."""
    name = source if isinstance(source, str) else source.name
    if name in overrides:
        return overrides[name]
    known = SOURCES.get(name) if isinstance(source, str) else source
    return known.daily_request_cap if known else None


def telegram_channels() -> tuple[str, ...]:
    """The channels to crawl: ``VAGIGS_TELEGRAM_CHANNELS`` when set, else the registry's list."""
    return config.telegram_channels() or tuple(get("telegram").extra["channels"])


def telegram_url(channel: str, before: int | str | None = None) -> str:
    url = f"https://t.me/s/{quote(channel)}"
    return f"{url}?before={before}" if before else url
