"""Query parameters → ``store.queries.FeedFilter``, strictly: anything malformed is a
``BadParameter`` (400), never a 500 from deeper down."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from crawlers.sources import SOURCES
from pipeline.remote import country_code, open_to
from pipeline.textnorm import search_words
from store.queries import FeedFilter
from web.i18n import known_language, taxonomy_labels

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
#: What a flag (``scams=``, ``remote=``…) takes besides nothing (false), each true value before its false one, in
#: any case; the API's description lists them
FLAG_VALUES = ("1", "0", "true", "false", "on", "off", "yes", "no")
_TRUE = set(FLAG_VALUES[0::2])
_FALSE = {"", *FLAG_VALUES[1::2]}


class BadParameter(ValueError):
    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


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
            search_terms=search_words(self.search),
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


def _values(args: Mapping, name: str) -> tuple[str, ...]:
    getlist = getattr(args, "getlist", None)
    raw = getlist(name) if getlist else ([args[name]] if name in args else [])
    return tuple(dict.fromkeys(v.strip() for v in raw if v.strip()))


def _one(args: Mapping, name: str) -> str:
    values = _values(args, name)
    if len(values) > 1:
        raise BadParameter(name, "give it once")
    return values[0] if values else ""


def parse_since(value: str) -> datetime | None:
    """``7d``, ``12h``, ``2w`` back from now, or an ISO date; empty means no bound."""
    if not value:
        return None
    span = _SPAN.match(value)
    try:
        if span:
            unit = {"d": "days", "h": "hours", "w": "weeks"}[span.group(2)]
            return datetime.now(timezone.utc) - timedelta(**{unit: int(span.group(1))})
        parsed = datetime.fromisoformat(value)
        # in UTC here, as the store compares it: "0001-01-01T00:00+05:00" is before year 1 there
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    except (ValueError, OverflowError):
        raise BadParameter("since", "a span like 7d, 30d, 12h, 2w of at most 4 digits (9999d) or an ISO date "
                                    "from year 1 to 9999") from None


def flag(args: Mapping, name: str) -> bool:
    value = _one(args, name).lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise BadParameter(name, "1 or 0")


def integer(args: Mapping, name: str, default: int | None, low: int, high: int) -> int | None:
    value = _one(args, name)
    if not value:
        return default
    if not re.fullmatch(r"\d{1,9}", value):
        raise BadParameter(name, f"a whole number from {low} to {high}")
    number = int(value)
    if not low <= number <= high:
        raise BadParameter(name, f"a whole number from {low} to {high}")
    return number


def feed_args(args: Mapping) -> FeedArgs:
    languages = tuple(dict.fromkeys(lang.lower() for lang in _values(args, "lang")))  # "EN", as the CLI takes it
    for lang in languages:
        if not known_language(lang):  # "qz" would silently match nothing
            raise BadParameter("lang", "a language code such as uz, fa, en, ru")
    tags = _values(args, "tag")
    known = taxonomy_labels()
    for tag in tags:
        if tag not in known:
            raise BadParameter("tag", f"one of {', '.join(known)}")
    sources = _values(args, "source")
    for source in sources:
        if source not in SOURCES:  # "remote_ok" would silently match nothing
            raise BadParameter("source", f"one of {', '.join(sorted(SOURCES))}")
    search = " ".join(_one(args, "q").split())
    if len(search) > MAX_SEARCH:
        raise BadParameter("q", f"at most {MAX_SEARCH} characters")
    if any(ord(ch) < 32 for ch in search):
        raise BadParameter("q", "no control characters")
    since = _one(args, "since")
    parse_since(since)
    country = _one(args, "open_to")
    if country:
        try:
            country = country_code(country)
        except ValueError:
            raise BadParameter("open_to", "a two-letter country code such as UZ or IR") from None
    return FeedArgs(languages=languages, tags=tags, sources=sources, search=search, since=since,
                    include_scams=flag(args, "scams"), include_delisted=flag(args, "delisted"),
                    include_expired=flag(args, "expired"), remote_only=flag(args, "remote"), open_to=country,
                    min_legitimacy=integer(args, "min_legitimacy", None, 0, 100))
