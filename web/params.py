"""Query parameters → ``store.queries.FeedFilter``, strictly: anything malformed is a
``BadParameter`` (400), never a 500 from deeper down."""
from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from datetime import datetime, timedelta, timezone

from crawlers.sources import SOURCES
from pipeline.dates import parse_jalali
from pipeline.remote import country_code, open_to
from pipeline.search_query import search_terms
from pipeline.textnorm import digits_to_ascii
from store.queries import FeedFilter, FeedKey
from web.i18n import (format_date, known_language, list_separator, message, source_name, tag_label,
                      taxonomy_labels)

PAGE_SIZE = 20
API_LIMIT = 50
API_MAX_LIMIT = 200
MAX_SEARCH = 200
MAX_ID = 2**31 - 1  # larger posting ids exist in no store (and overflow SQLite's integer binding)
MAX_WEEKS = 5200  # ``weeks=`` of the trends: a hundred years
MAX_PAGE = 10**7
MAX_OFFSET = 10**9 - 1  # (``integer`` reads at most nine digits)
SINCE_CHOICES = ("7d", "30d")
_SPAN = re.compile(r"^(\d{1,4})([dhw])$")
#: A date ``since=`` reads itself (year, month, day, what follows: a time), "-" or "/" between its numbers, as the
#: Persian pages print a date ("۱۴۰۵/۰۹/۱۴"); any other ISO form is Python's to read
_DATE = re.compile(r"([0-9]{4})([-/])([0-9]{1,2})\2([0-9]{1,2})(.*)", re.DOTALL)
#: The years ``since=`` reads as Solar Hijri, as the dates stage reads a source's (``pipeline.dates``): 1300 AP is
#: 1921 AD, 1499 AP is 2120 AD; no posting is dated in those years AD
JALALI_YEARS = range(1300, 1500)
SINCE_PROBLEM = ("a span like 7d, 30d, 12h, 2w of at most 4 digits (9999d) or an ISO date from year 1 to 9999; "
                 "a year from 1300 to 1499 is read as Solar Hijri (1405/09/04)")
#: What a flag (``scams=``, ``remote=``…) takes besides nothing (false), each true value before its false one, in
#: any case; the API's description lists them
FLAG_VALUES = ("1", "0", "true", "false", "on", "off", "yes", "no")
_TRUE = set(FLAG_VALUES[0::2])
_FALSE = {"", *FLAG_VALUES[1::2]}


class BadParameter(ValueError):
    """A query parameter the site cannot read. ``problem`` says what it takes in English, for the API and the CLI;
    ``key`` (of the catalogue, ``web.i18n``) with ``values`` says it to a reader of the pages in their language
    (a value may be a function of the UI language: a list of names). Without a key the page shows ``problem``."""

    def __init__(self, name: str, problem: str, key: str = "", **values: object) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem
        self.key = key
        self.values = values

    def reason(self, ui: str) -> str:
        """What the parameter takes, in ``ui``'s words."""
        if not self.key:
            return self.problem
        return message(ui, self.key, **{k: v(ui) if callable(v) else v for k, v in self.values.items()})


@dataclass(frozen=True)
class FeedArgs:
    """The filters as asked (for the form and links) and the ``FeedFilter`` they make."""

    languages: tuple[str, ...]
    tags: tuple[str, ...]
    sources: tuple[str, ...]
    search: str
    since: str
    include_scams: bool
    min_legitimacy: int | None
    include_delisted: bool = False  # ``delisted=1``: also postings their source no longer lists
    include_expired: bool = False  # ``expired=1``: also postings whose closing date has passed
    remote_only: bool = False  # ``remote=1``: only gigs done fully remotely
    open_to: str = ""  # ``open_to=UZ``: only remote gigs an applicant living there may take (``pipeline.remote.open_to``)

    def feed_filter(self, *, limit: int | None, offset: int) -> FeedFilter:
        return FeedFilter(
            languages=self.languages, tags=self.tags, sources=self.sources, since=parse_since(self.since),
            search_terms=search_terms(self.search),
            min_legitimacy=self.min_legitimacy, include_scams=self.include_scams,
            include_delisted=self.include_delisted, include_expired=self.include_expired, limit=limit, offset=offset,
            remote_only=self.remote_only or bool(self.open_to),
            open_to_regions=tuple(sorted(open_to(self.open_to))) if self.open_to else (),
        )

    def query(self) -> dict[str, list[str] | str]:
        """The filters as query parameters (empty ones left out)."""
        out: dict[str, list[str] | str] = {}
        for name, values in (("lang", self.languages), ("tag", self.tags), ("source", self.sources)):
            if values:
                out[name] = list(values)
        if self.search:
            out["q"] = self.search
        if self.since:
            out["since"] = self.since
        if self.include_scams:
            out["scams"] = "1"
        if self.include_delisted:
            out["delisted"] = "1"
        if self.include_expired:
            out["expired"] = "1"
        if self.min_legitimacy is not None:
            out["min_legitimacy"] = str(self.min_legitimacy)
        if self.remote_only:
            out["remote"] = "1"
        if self.open_to:
            out["open_to"] = self.open_to
        return out


def _stored_sources() -> set[str]:
    """The sources the served store holds postings of (the feed form's choices): a source retired from the registry
    keeps its postings, and the form still offers it. Read only for a name the registry does not know."""
    from flask import current_app, has_app_context

    from store import db, web_queries

    if not has_app_context():
        return set()
    with db.sessions(current_app.config["VAGIGS_DATABASE_URL"])() as session:
        return set(web_queries.stored_sources(session))


def _values(args: Mapping, name: str) -> tuple[str, ...]:
    getlist = getattr(args, "getlist", None)
    raw = getlist(name) if getlist else ([args[name]] if name in args else [])
    return tuple(dict.fromkeys(v.strip() for v in raw if v.strip()))


def _one(args: Mapping, name: str) -> str:
    values = _values(args, name)
    if len(values) > 1:
        raise BadParameter(name, "give it once", "param_once")
    return values[0] if values else ""


def parse_since(value: str) -> datetime | None:
    """``7d``, ``12h``, ``2w`` back from now, or a date: ISO (``2026-11-25``, with a time if wanted), or Solar
    Hijri for a year in ``JALALI_YEARS`` (``1405/09/04``, as the Persian pages print it); "/" or "-" between a
    date's numbers, Persian or Arabic-Indic digits as well as ASCII ones. A date without a zone is in UTC, a
    date alone its midnight. Empty means no bound."""
    if not value:
        return None
    value = digits_to_ascii(value)
    span = _SPAN.match(value)
    try:
        if span:
            unit = {"d": "days", "h": "hours", "w": "weeks"}[span.group(2)]
            return datetime.now(timezone.utc) - timedelta(**{unit: int(span.group(1))})
        parsed = datetime.fromisoformat(_iso_date(value))
        # in UTC here, as the store compares it: "0001-01-01T00:00+05:00" is before year 1 there
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    except (ValueError, OverflowError):
        raise BadParameter("since", SINCE_PROBLEM, "param_since") from None


def since_words(value: str, ui: str) -> str:
    """A ``since=`` the feed reads as its reader says it: "Last 90 days", "So'nggi 2 hafta", "از ۱۴۰۵/۰۸/۲۹" (the day
    on the reader's clock and calendar); "" for none, and the value as given should it not read."""
    if not value:
        return ""
    if value in SINCE_CHOICES:
        return message(ui, f"last_{value}")
    span = _SPAN.match(digits_to_ascii(value))
    if span:
        n = int(span.group(1))
        return message(ui, {"d": "last_days", "h": "last_hours", "w": "last_weeks"}[span.group(2)], n=n, count=n)
    try:
        when = parse_since(value)
    except BadParameter:
        return value
    return message(ui, "since_date", date=format_date(ui, when)) if when else ""


def _iso_date(value: str) -> str:
    """``value`` with its date written as ISO writes a Gregorian one ("1405/9/4" → "2026-11-25"); as given when
    it starts with no date ``_DATE`` reads. ValueError for a day no calendar has."""
    m = _DATE.fullmatch(value)
    if not m:
        return value
    year, month, day, rest = int(m[1]), int(m[3]), int(m[4]), m[5]
    if year in JALALI_YEARS:
        gregorian = parse_jalali(f"{year}/{month}/{day}")
        if gregorian is None:
            raise ValueError(f"no Solar Hijri date: {value}")
        return gregorian.date().isoformat() + rest
    return f"{year:04d}-{month:02d}-{day:02d}{rest}"


#: Names a reader or another site writes for a parameter the pages take, by their meaning rather than a typo.
MEANT = {"tags": "tag", "language": "lang", "languages": "lang", "langs": "lang", "query": "q", "search": "q",
         "sources": "source", "week": "weeks"}


def close_parameter(name: str, known: Collection[str]) -> str | None:
    """The parameter of ``known`` that ``name``, which a page does not take, was likely meant for: the same in
    another case or with "-" for "_", a name of ``MEANT`` ("tags" for "tag", "search" for "q"), or one of four
    letters or more a typo away (a letter left out, added, changed or two swapped: "sinec", "opento"). None for
    anything else: a tracking tag ("utm_source" is five letters from "source"), a short name ("s", "ref")."""
    key = name.strip().lower().replace("-", "_")
    if key in known:
        return key
    if MEANT.get(key) in known:
        return MEANT[key]
    if len(key) < 4:
        return None
    close = [k for k in known if len(k) >= 4 and _one_typo(key, k)]
    return close[0] if len(close) == 1 else None


def _one_typo(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter left out, added or changed, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def trends_span(args: Mapping, default: int | None) -> tuple[int | None, datetime | None]:
    """What the trends (page and API alike) are asked to cover: the last ``weeks`` up to the newest posting's, and
    the weeks from ``since``'s (as the feed reads it: 30d, a date); given both, the later start. Neither,
    ``default`` weeks (None: every week)."""
    since = _one(args, "since")
    weeks = integer(args, "weeks", None, 1, MAX_WEEKS)
    if since:
        return weeks, parse_since(since)
    return (weeks if weeks is not None else default), None


def flag(args: Mapping, name: str) -> bool:
    value = _one(args, name).lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise BadParameter(name, "1 or 0", "param_flag")


def integer(args: Mapping, name: str, default: int | None, low: int, high: int) -> int | None:
    value = _one(args, name)
    if not value:
        return default
    if not re.fullmatch(r"\d{1,9}", value):
        raise _not_a_number(name, low, high)
    number = int(value)
    if not low <= number <= high:
        raise _not_a_number(name, low, high)
    return number


def cursor_token(after: FeedKey, offset: int) -> str:
    """The API's ``cursor``: where the next page starts in the feed's order (``FeedFilter.after``) and how many
    postings the walk has passed (its ``offset``), as one URL-safe word a client passes back as it is."""
    when, posting_id = after
    text = f"{when.astimezone(timezone.utc).isoformat()}|{posting_id}|{offset}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def cursor(args: Mapping, name: str = "cursor") -> tuple[FeedKey, int] | None:
    """``cursor_token``'s place and offset back, None when not given; anything else is a ``BadParameter``."""
    value = _one(args, name)
    if not value:
        return None
    problem = BadParameter(name, "the cursor of a next link, as given")
    try:
        when, posting_id, offset = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode().split("|")
        after = (datetime.fromisoformat(when), int(posting_id))
        passed = int(offset)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise problem from None
    if after[0].tzinfo is None or not 0 <= after[1] <= MAX_ID or not 0 <= passed <= MAX_OFFSET + API_MAX_LIMIT:
        raise problem
    return after, passed


def _not_a_number(name: str, low: int, high: int) -> BadParameter:
    return BadParameter(name, f"a whole number from {low} to {high}", "param_number", low=low, high=high)


def _tag_names(ui: str) -> str:
    """The tasks as the filter form names them in ``ui``, in its order, as a list in ``ui``."""
    return list_separator(ui).join(tag_label(ui, tag) for tag in taxonomy_labels())


def _source_names(ui: str, names: Iterable[str] = SOURCES) -> str:
    """The sources (``names``: the registry's) as the filter form names them in ``ui``, in its order, as a list in
    ``ui``."""
    return list_separator(ui).join(source_name(source, None, ui) for source in sorted(names))


def feed_args(args: Mapping) -> FeedArgs:
    languages = tuple(dict.fromkeys(lang.lower() for lang in _values(args, "lang")))  # "EN", as the CLI takes it
    for lang in languages:
        if not known_language(lang):  # "qz" would silently match nothing
            raise BadParameter("lang", "a language code such as uz, fa, en, ru", "param_lang")
    tags = _values(args, "tag")
    known = taxonomy_labels()
    for tag in tags:
        if tag not in known:
            raise BadParameter("tag", f"one of {', '.join(known)}", "param_tag", tags=_tag_names)
    sources = _values(args, "source")
    if any(source not in SOURCES for source in sources):  # "remote_ok" would silently match nothing
        known = SOURCES.keys() | _stored_sources()
        if any(source not in known for source in sources):
            raise BadParameter("source", f"one of {', '.join(sorted(known))}", "param_source",
                               sources=partial(_source_names, names=known))
    search = " ".join(_one(args, "q").split())
    if len(search) > MAX_SEARCH:
        raise BadParameter("q", f"at most {MAX_SEARCH} characters", "param_q_long", max=MAX_SEARCH)
    if any(ord(ch) < 32 for ch in search):
        raise BadParameter("q", "no control characters", "param_q_control")
    since = _one(args, "since")
    parse_since(since)
    country = _one(args, "open_to")
    if country:
        try:
            country = country_code(country)
        except ValueError:
            raise BadParameter("open_to", "a two-letter country code such as UZ or IR", "param_open_to") from None
    return FeedArgs(languages=languages, tags=tags, sources=sources, search=search, since=since,
                    include_scams=flag(args, "scams"), include_delisted=flag(args, "delisted"),
                    include_expired=flag(args, "expired"), remote_only=flag(args, "remote"), open_to=country,
                    min_legitimacy=integer(args, "min_legitimacy", None, 0, 100))
