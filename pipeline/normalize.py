"""Normalize: one clean, comparable shape for every source's raw fields.

Pure functions: ``html_to_text`` and ``sanitize_html`` (hostile HTML in,
plain text and safe HTML out), ``display_clean`` (what stored text keeps, see
below), ``canonical_url`` (tracking parameters gone), ``parse_datetime``
(``pipeline.dates``: any source's date to aware UTC), ``parse_salary``
(``pipeline.pay``: raw kept, numbers parsed only when unambiguous),
``remote_scope``/``allowed_regions`` (``pipeline.remote``), and ``normalize``
which applies them to an item. An item without an identity or without any
text raises ``Invalid``; so does, in a crawl, one without a link to its original
(``require_link``: ``missing_url``).

Some bad input costs a field, not the posting: a closing date (``expires_at``)
that cannot be read (``not_a_date``) or that falls before the posting date
(``before_posted``), a posting date given but unreadable (``posted_at``,
``not_a_date``), days after the fetch (``in_future``) or before any job board was online
(``too_old``: the source's text stays in ``posted_at_raw`` in each case), a closing date before then
(``too_old``), a link that sets the Telegram app up rather than opening a page or chat (``not_a_job_link``:
a proxy's ``t.me/proxy?server=…`` as the apply link, ``pipeline.links.telegram_action``), a yes/no field that is no flag
(``not_a_flag``), a pay bound that is no number (``not_a_number``), and a pay period
longer than any period (``too_long``: ``store.models.PERIOD_MAX``, 16 characters) or a
canonical link past ``store.models.URL_MAX`` (2,048 characters, more than PostgreSQL's
index of links takes) are left out with a logged warning. ``normalize_with_drops`` also returns each such loss as a
``FieldDrop``, so the Scrapy stage can count it per field and reason
(``vagigs/field_dropped/<field>/<reason>``): one odd posting is a log line, a
source whose dates all became unreadable after a layout change is a number an
operator sees. A field drop is not a posting drop (``Invalid``).

A source's id is kept whole up to ``store.models.SOURCE_ID_MAX`` (512) characters, a
longer one as its start and a digest of the whole (``store.models.source_id_key``): the
same posting at every crawl, on SQLite and PostgreSQL alike. Nothing is lost, so it is
no field drop.

What the *stored* text keeps (title, company, location, description) is a
decision: it is what a seeker reads, so it stays as the poster wrote it, and
only what is never meant to be seen goes.

* kept: Persian or Arabic-Indic digits, Uzbek apostrophes as typed (o' oʻ o‘),
  ZWNJ (U+200C) *between letters* — it is Persian orthography ("می‌خواهیم",
  "شبکه‌های"); dropping it glues words into misspellings — and ZWJ inside
  emoji sequences;
* repaired: Arabic letter forms in Persian text (ي ى → ی, ك → ک) — they are
  keyboard artefacts that render visibly wrong (a dotted final ي); only when the
  text is Persian (it has پ چ ژ گ ی or ک), so Arabic text is left alone;
* repaired: Arabic presentation forms ("ﻻ" → "لا", real in Jobinja descriptions);
* dropped: bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069), an override's text
  put in the order it is drawn (``pipeline.bidi``: a sentence written backwards inside one is read as shown);
* dropped: BOM, zero-width space, word joiner, soft hyphen, a ZWNJ/ZWJ not
  between two visible characters, no-break spaces (→ space), HTML entities
  (decoded), tracking pixels and other images (sanitised away).

Folding for comparison (digits to ASCII, all ZWNJ gone, one apostrophe,
Cyrillic→Latin) is ``pipeline.textnorm.fold``'s job, done by the stages that
compare text; parsing here folds its own working copies the same way.
"""
from __future__ import annotations

import html
import logging
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import ftfy
import lxml.etree
import lxml.html
import nh3
from w3lib.url import canonicalize_url

from crawlers import fees
from crawlers.items import PostingItem
from crawlers.urls import is_tracking, plain_host
from pipeline import bidi
from pipeline.dates import parse_closing_date, parse_datetime
from pipeline.links import telegram_action
from pipeline.pay import PAY_MAX, Salary, iso_currency, parse_salary
from pipeline.remote import allowed_regions, normalize_regions, remote_scope
from store.models import PERIOD_MAX, URL_MAX, source_id_key

__all__ = [
    "FieldDrop", "Invalid", "Normalized", "Salary", "canonical_url", "clean_inline", "display_clean",
    "html_to_text", "normalize", "normalize_with_drops", "parse_datetime", "parse_salary", "sanitize_html",
    "safe_html_to_text",
]


log = logging.getLogger(__name__)


class Invalid(ValueError):
    """The item cannot become a posting; ``reason`` is the drop reason."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


#: ``FieldDrop.reason`` values
NOT_A_DATE = "not_a_date"  # a value was given, and no date could be read from it
BEFORE_POSTED = "before_posted"  # a closing date before the posting date, which no source means
NOT_TEXT = "not_text"  # an optional text field (company, place, links) sent as an object, a list or a flag
IN_FUTURE = "in_future"  # a posting date later than ``FUTURE_LEEWAY`` after the fetch: no gig is posted then
TOO_OLD = "too_old"  # a posting or closing date before ``PAST_FLOOR``: a source's stand-in for "no date"
NOT_A_FLAG = "not_a_flag"  # a yes/no field (remote, gross, negotiable) sent as something else ("yes", 1, {})
NOT_A_NUMBER = "not_a_number"  # a pay bound that is no number
TOO_LONG = "too_long"  # longer than the store keeps (a pay period past ``PERIOD_MAX``, a link past ``URL_MAX``)
NOT_A_JOB_LINK = "not_a_job_link"  # a link that sets the Telegram app up (a proxy, ``pipeline.links.telegram_action``)

#: How far past the fetch a posting date may lie: clocks and zones differ by hours, not by days. A date beyond
#: (a typo's "2062", a hostile "9999-12-31") would head the newest-first feed for years and stretch the trends'
#: weeks to it.
FUTURE_LEEWAY = timedelta(days=2)
#: The earliest posting or closing date that is one: no gig was posted on a job board before the Web (the first
#: boards opened in 1992–1994). Earlier dates are what a source sends for "no date" — .NET's ``0001-01-01``
#: (JobVision), Unix's ``1970-01-01`` (an epoch of 0) — and would stretch the trends back to year 1 (105,706
#: weeks), give an RSS date no reader takes, and have no Solar Hijri date to show a Persian reader.
PAST_FLOOR = datetime(1990, 1, 1, tzinfo=timezone.utc)
_FLAGS = ("remote", "salary_gross", "salary_negotiable")
_BOUNDS = ("salary_min", "salary_max")

#: The text that is the posting: sent as something else, the posting cannot be read (``Invalid("bad_field")``).
_POSTING_TEXT = ("title", "description", "description_html")
#: Text fields a posting can do without: sent as something else, the field is left out and the posting kept.
_OPTIONAL_TEXT = ("company", "location", "employment_type", "salary_raw", "salary_currency", "salary_period")
_LINKS = ("url", "apply_url")


@dataclass(frozen=True)
class FieldDrop:
    """One field of an item left out (emptied) because its value could not be used; the posting is kept."""

    field: str  # the ``PostingItem`` field emptied: ``expires_at``, ``posted_at``, ``company``, ``url``…
    reason: str  # NOT_A_DATE, BEFORE_POSTED, NOT_TEXT, IN_FUTURE, TOO_OLD, NOT_A_FLAG, NOT_A_NUMBER, TOO_LONG or
    # NOT_A_JOB_LINK

    @property
    def key(self) -> str:
        """``<field>/<reason>``: how it is counted (``vagigs/field_dropped/<key>``)."""
        return f"{self.field}/{self.reason}"


@dataclass(frozen=True)
class Normalized:
    """What ``normalize_with_drops`` returns: the item, normalised in place, and the fields it lost on the way."""

    item: PostingItem
    field_drops: tuple[FieldDrop, ...] = ()


# ------------------------------------------------------------------ HTML

SAFE_TAGS = {
    "p", "br", "ul", "ol", "li", "b", "strong", "i", "em", "u", "a", "h1", "h2", "h3", "h4",
    "h5", "h6", "blockquote", "pre", "code", "table", "thead", "tbody", "tr", "th", "td", "hr",
    "div", "span",
}
_BLOCK = {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "blockquote", "pre", "hr", "section", "article", "header", "footer"}


_LITERAL_NEWLINE = re.compile(r"(?<=>)\\[nr]|\\[nr](?=\s|<|$)")


# UTF-8 read as Latin-1 or cp1252 leaves a lead byte (Â Ã Ð Ø Ù Û â …) before a
# continuation byte; ftfy is only worth its cost when such a pair is present.
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]")


# Control characters (but tab, newline and carriage return), C1 controls left after the repair, lone surrogates and
# the two non-characters: never text, and not allowed in XML, so one of them in one posting broke the RSS and Atom
# feeds for every subscriber. Vertical tab and form feed are line breaks of a kind, so they become a space.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAK_CONTROL = re.compile("[\x0b\x0c]")


def repair_text(text: str) -> str:
    """Undo double-encoded UTF-8 ("â€™" for "’") and literal "\\n" escapes some APIs send; drop what is never text
    (``_CONTROL``)."""
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_encoding(text)
    # here as well as where text leaves the module: nh3 cannot even encode a lone surrogate
    if not text.isprintable() and (_CONTROL.search(text) or _BREAK_CONTROL.search(text)):
        text = _BREAK_CONTROL.sub(" ", _CONTROL.sub("", text))
    return _LITERAL_NEWLINE.sub("\n", text)


_DOUBLE_ESCAPED = re.compile(r"&amp;(#?\w+);")


def _unescape(text: str) -> str:
    """Entities decoded, including the double-escaped ones feeds send ("&amp;amp;", "&amp;nbsp;")."""
    return html.unescape(_DOUBLE_ESCAPED.sub(r"&\1;", text))


# html5ever (nh3's parser) scans its stack of open elements at each block start tag, so its time grows with the
# square of the nesting depth and nothing caps it (servo/html5ever#788): 160,000 characters of "<div>" took 4 s,
# half a megabyte minutes. Browsers stop nesting at 512. Elements closed by their next sibling (an unclosed run of
# <li> or <p>) and void elements never deepen the stack.
MAX_NESTING = 256
_START_OR_END_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/<>]*+)[^<>]*+>")
_ANY_TAG = re.compile(r"<[^<>]*+>")
_NEVER_DEEPER = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "rb", "rp", "rt", "rtc", "tbody", "thead",
    "tfoot", "colgroup", "caption",
})
_CONTENT_DROPPED = ("script", "style", "iframe", "object", "noscript", "template")  # with what they hold
_CONTENT_DROPPED_START = re.compile(r"<(" + "|".join(_CONTENT_DROPPED) + r")(?![\w-])", re.IGNORECASE)
_CONTENT_DROPPED_END = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _CONTENT_DROPPED}


def _nesting_capped(raw: str) -> str:
    """``raw`` as it is, or, past ``MAX_NESTING`` open elements, with the rest of it as text: the tags there go
    (what a script, style or iframe holds goes with them), every word stays. One pass, in time linear in ``raw``."""
    if raw.count("<") <= MAX_NESTING:
        return raw
    depth = 0
    for m in _START_OR_END_TAG.finditer(raw):
        if m[2].lower() in _NEVER_DEEPER:
            continue
        if m[1]:
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > MAX_NESTING:
            log.warning("HTML nested more than %d elements deep: the rest of it is read as text", MAX_NESTING)
            return raw[:m.start()] + _as_text(raw[m.start():])
    return raw


def _as_text(fragment: str) -> str:
    kept: list[str] = []
    at = 0
    while (start := _CONTENT_DROPPED_START.search(fragment, at)) is not None:
        kept.append(fragment[at:start.start()])
        end = _CONTENT_DROPPED_END[start[1].lower()].search(fragment, start.end())
        at = end.end() if end else len(fragment)
    kept.append(fragment[at:])
    return _ANY_TAG.sub(" ", "".join(kept)).replace("<", "&lt;")


def sanitize_html(raw: str | None) -> str | None:
    """Only formatting survives: no scripts, styles, event handlers, images or iframes."""
    if not raw:
        return None
    raw = _nesting_capped(repair_text(raw))
    cleaned = nh3.clean(
        raw,
        tags=SAFE_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="nofollow noopener noreferrer",
        clean_content_tags=set(_CONTENT_DROPPED),
    )
    if not cleaned.isprintable():  # an entity ("&#1;") decoded to what is never text
        cleaned = _BREAK_CONTROL.sub(" ", _CONTROL.sub("", cleaned))
    return cleaned.strip() or None


def html_to_text(raw: str | None) -> str | None:
    """Readable plain text: block elements become line breaks, entities decoded."""
    if not raw:
        return None
    if "<" not in raw:
        return _tidy(_unescape(repair_text(raw)))
    return safe_html_to_text(sanitize_html(raw))


_FRAGMENT_PARSER = lxml.html.HTMLParser(huge_tree=True)  # a tree past libxml2's usual 255 levels, no text cut


def safe_html_to_text(safe: str | None) -> str | None:
    """Plain text of HTML that ``sanitize_html`` already cleaned."""
    if not safe:
        return None
    root = lxml.html.fragment_fromstring(safe, create_parent="div", parser=_FRAGMENT_PARSER)
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):  # no recursion: any depth
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag == "br" or tag in _BLOCK:
                parts.append("\n")
            if tag == "li":
                parts.append("\n- ")
            if el.text:
                parts.append(el.text)
        else:
            if tag in _BLOCK:
                parts.append("\n\n")
            if el.tail:
                parts.append(el.tail)
    text = _tidy("".join(parts))
    if text is None and "<" in safe:  # no tree at all: the text, tags cut
        text = _tidy(_unescape(_ANY_TAG.sub(" ", safe)))
    return text


_ALWAYS_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u2060\u00ad\u180e"), None)
_STRAY_JOINER = re.compile(r"(?<!\S)[\u200c\u200d]+|[\u200c\u200d]+(?!\S)|(?<![^\W\d_])\u200c(?![^\W\d_])")
_PERSIAN_HINT = re.compile("[پچژگیک]")
_ARABIC_FORMS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a]")
# Arabic presentation forms ("ﻻ" for "لا") come from PDF/Word copy-paste; they look
# right but match nothing, so they become the ordinary letters.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")


def display_clean(text: str) -> str:
    """Stored, readable text: what is never meant to be seen goes (see the module docstring)."""
    if not text.isprintable():
        if _CONTROL.search(text):  # decoded from an entity after ``repair_text`` ran
            text = _CONTROL.sub("", text)
        text = bidi.resolved(text)
    text = _SPACES.sub(" ", text.translate(_ALWAYS_INVISIBLE))
    if _PRESENTATION_FORMS.search(text):
        text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)
    if "\u200c" in text or "\u200d" in text:
        text = _STRAY_JOINER.sub("", text)
    if _PERSIAN_HINT.search(text):
        text = text.translate(_ARABIC_FORMS)
    return text


def _tidy(text: str) -> str | None:
    text = display_clean(text.replace("\r", ""))
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return out or None


def clean_inline(text: str | None) -> str | None:
    """A one-line field (title, company, location): entities, tags and runs of space gone."""
    if text is None:
        return None
    text = _unescape(re.sub(r"<[^>]+>", " ", repair_text(text)))
    text = re.sub(r"\s+", " ", display_clean(text)).strip()
    return text or None


# ------------------------------------------------------------------ URLs

# Tracking and navigation parameters that never change which posting a URL names
# (utm_*, ad-click ids, Jobinja ``_ref``/``_t``, hh ``from``/``hhtm*``, Telegram
# ``?single``/``?embed``, Remotive ``source=public_api``…): one list, ``crawlers.urls``,
# shared with the spiders (which may not import ``pipeline``) and ``dedupe.text.url_key``.
_UNSAFE_SCHEMES = frozenset({"javascript", "data", "vbscript", "file", "blob"})
_TELEGRAM_PREVIEW = re.compile(r"^/s/([A-Za-z0-9_]{4,})/(\d+)/?$")


def canonical_url(url: str | None) -> str | None:
    """Lower-cased host, no user part, sorted query, no fragment, no tracking parameters.

    A Telegram web-preview link to one message (``t.me/s/<channel>/<id>``) becomes
    the message's own link (``t.me/<channel>/<id>``).
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1": no URL at all
        return None
    if parts.scheme.lower() in _UNSAFE_SCHEMES:
        return None  # a link that runs code or carries a page of its own, whoever renders it
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return url
    # no user part: no job link needs one, and "https://remotive.com@evil.example/" reads as Remotive's
    host = plain_host(parts.netloc.rpartition("@")[2]).removesuffix(":443" if parts.scheme == "https" else ":80")
    path = parts.path
    if host in ("t.me", "telegram.me", "www.t.me"):
        host = "t.me"
        preview = _TELEGRAM_PREVIEW.match(path)
        if preview:
            path = f"/{preview[1]}/{preview[2]}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    rebuilt = urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))
    return canonicalize_url(rebuilt, keep_fragments=False)


# ------------------------------------------------------------------ the stage

_SCOPES = {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite", "on-site": "onsite",
           "on_site": "onsite", "office": "onsite", "telecommute": "remote"}


def normalize(item: PostingItem, *, now: datetime | None = None) -> PostingItem:
    """Apply every normalisation to ``item`` in place and return it (``normalize_with_drops`` without the
    field drops, for callers that only want the posting)."""
    return normalize_with_drops(item, now=now).item


def normalize_with_drops(item: PostingItem, *, now: datetime | None = None) -> Normalized:
    """Apply every normalisation to ``item`` in place; return it with the fields it lost (``FieldDrop``).

    The losses are returned, not counted here, so the stage stays pure (no crawler, no stats): the caller
    decides where they are counted. Raises ``Invalid`` when the item cannot become a posting at all.
    """
    drops: list[FieldDrop] = []
    _without_nul(item)
    if not item.source or not item.source_id:
        raise Invalid("missing_id", "item has no source or source id")
    item.source_id = source_id_key(str(item.source_id))
    for name in (*_POSTING_TEXT, *_OPTIONAL_TEXT, *_LINKS):
        value = getattr(item, name)
        if value is None or isinstance(value, str):
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool) and name not in _LINKS:
            setattr(item, name, str(value))  # a title sent as a number is still its text
        elif name in _POSTING_TEXT:
            raise Invalid("bad_field", f"{item.source}/{item.source_id}: {name} is {type(value).__name__}, not text")
        else:  # one odd field costs that field, not the posting
            log.warning("%s/%s: %s is %s, not text; left out", item.source, item.source_id, name,
                        type(value).__name__)
            setattr(item, name, None)
            drops.append(FieldDrop(name, NOT_TEXT))
    _flags_and_numbers(item, drops)
    item.title = clean_inline(item.title)
    item.company = clean_inline(item.company)
    item.location = clean_inline(item.location)
    item.employment_type = clean_inline(item.employment_type)
    raw_html = item.description_html
    if raw_html and "<" in raw_html:
        item.description_html = sanitize_html(raw_html)
        item.description = safe_html_to_text(item.description_html)
    else:
        item.description = html_to_text(raw_html or item.description)
        item.description_html = None
    if not item.title and not item.description:
        raise Invalid("missing_text", f"{item.source}/{item.source_id} has neither title nor description")
    item.url = canonical_url(item.url)
    _keep_if(item, "url", TOO_LONG, lambda url: len(url) <= URL_MAX, drops)
    item.apply_url = canonical_url(item.apply_url)
    for name in _LINKS:
        _keep_if(item, name, NOT_A_JOB_LINK, lambda url: not telegram_action(url), drops)
    item.fetched_at = item.fetched_at or now or datetime.now(timezone.utc)
    _dates(item, drops)
    _pay(item, drops)
    _keep_if(item, "salary_period", TOO_LONG, lambda period: len(period) <= PERIOD_MAX, drops)
    _remote(item)
    return Normalized(item, tuple(drops))


#: ``Invalid.reason`` of a crawled posting with no link to its original (``require_link``)
MISSING_URL = "missing_url"


def require_link(normalized: Normalized) -> Normalized:
    """``normalized`` as it is when its posting links to its original: an ``http`` or ``https`` address with a
    host, or one the store cannot hold (``TOO_LONG``: given, and counted as that field's drop, as before); else
    ``Invalid(MISSING_URL)``.

    The source and the original link are kept on every posting, for attribution: a spider that forgot ``url``
    had its postings stored without one, untitled ones shown as "— Brightlane" with nowhere to go, and the run
    said "dropped: none". For crawled postings (``NormalizePipeline``), not in ``normalize``: a pasted post
    (``vagigs check``) has no link.
    """
    item = normalized.item
    if FieldDrop("url", TOO_LONG) in normalized.field_drops:
        return normalized
    try:
        parts = urlsplit(item.url or "")
        linked = parts.scheme in ("http", "https") and bool(plain_host(parts.hostname or ""))
    except ValueError:
        linked = False
    if not linked:
        raise Invalid(MISSING_URL, f"{item.source}/{item.source_id} has no link to its original "
                                   f"(url {item.url!r}: no http or https address)")
    return normalized


def _without_nul(item: PostingItem) -> None:
    """NUL taken out of every text of the item, its id's too: no text a seeker reads holds one, and PostgreSQL
    refuses it in a text column (the posting, and on an id the run's own record, had been lost to it)."""
    for f in fields(item):
        value = getattr(item, f.name)
        if isinstance(value, str) and "\x00" in value:
            setattr(item, f.name, value.replace("\x00", ""))
        elif isinstance(value, list) and any(isinstance(v, str) and "\x00" in v for v in value):
            setattr(item, f.name, [v.replace("\x00", "") if isinstance(v, str) else v for v in value])


def _flags_and_numbers(item: PostingItem, drops: list[FieldDrop]) -> None:
    """A yes/no field that is no flag, or a pay bound that is no number, left out (logged, in ``drops``): the store
    would refuse the whole posting for it ("gross": "yes" had cost an hh vacancy)."""
    for name in _FLAGS:
        _keep_if(item, name, NOT_A_FLAG, lambda value: isinstance(value, bool), drops)
    for name in _BOUNDS:
        value = getattr(item, name)
        if isinstance(value, str):
            try:
                setattr(item, name, float(value.replace(",", "").strip()))
            except ValueError:
                pass
        _keep_if(item, name, NOT_A_NUMBER, _is_number, drops)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < PAY_MAX


def _keep_if(item: PostingItem, name: str, reason: str, fits, drops: list[FieldDrop]) -> None:  # type: ignore[no-untyped-def]
    value = getattr(item, name)
    if value is None or fits(value):
        return
    log.warning("%s/%s: %s %.80r is %s; left out", item.source, item.source_id, name, value, reason.replace("_", " "))
    setattr(item, name, None)
    drops.append(FieldDrop(name, reason))


def _dates(item: PostingItem, drops: list[FieldDrop]) -> None:
    given: datetime | str | None = item.posted_at  # what the source gave, to tell "unreadable" from "absent"
    if given is not None:
        item.posted_at = parse_datetime(given)  # naive → UTC, aware → UTC
    elif item.posted_at_raw not in (None, ""):
        item.posted_at_raw = given = str(item.posted_at_raw).strip()
        item.posted_at = parse_datetime(item.posted_at_raw, now=item.fetched_at) if given else None
    if given not in (None, "") and item.posted_at is None:
        log.warning("%s/%s: posting date %.80r is not a date; left out", item.source, item.source_id, given)
        drops.append(FieldDrop("posted_at", NOT_A_DATE))
    elif item.posted_at is not None and item.fetched_at and item.posted_at > item.fetched_at + FUTURE_LEEWAY:
        log.warning("%s/%s: posting date %s is after the fetch (%s); left out", item.source, item.source_id,
                    item.posted_at.isoformat(), item.fetched_at.isoformat())
        item.posted_at_raw = item.posted_at_raw or str(given)  # the source's text kept
        item.posted_at = None
        drops.append(FieldDrop("posted_at", IN_FUTURE))
    elif item.posted_at is not None and item.posted_at < PAST_FLOOR:
        log.warning("%s/%s: posting date %s is before %s; left out", item.source, item.source_id,
                    item.posted_at.isoformat(), PAST_FLOOR.year)
        item.posted_at_raw = item.posted_at_raw or str(given)
        item.posted_at = None
        drops.append(FieldDrop("posted_at", TOO_OLD))
    item.expires_at = _closing_date(item, drops)


def _closing_date(item: PostingItem, drops: list[FieldDrop]) -> datetime | None:
    """The item's ``expires_at`` as the source wrote it → aware UTC; ``None`` (logged, and added to ``drops``)
    when it is no date, one before ``PAST_FLOOR`` or one before the posting date, which no source means."""
    raw = item.expires_at
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, (str, datetime)) or (isinstance(raw, (int, float)) and not isinstance(raw, bool)):
        when = parse_closing_date(raw.strip() if isinstance(raw, str) else raw, now=item.fetched_at)
    else:
        when = None
    if when is None:
        log.warning("%s/%s: closing date %.80r is not a date; left out", item.source, item.source_id, raw)
        drops.append(FieldDrop("expires_at", NOT_A_DATE))
        return None
    if when < PAST_FLOOR:
        log.warning("%s/%s: closing date %s is before %s; left out", item.source, item.source_id, when.isoformat(),
                    PAST_FLOOR.year)
        drops.append(FieldDrop("expires_at", TOO_OLD))
        return None
    if item.posted_at is not None and when < item.posted_at:
        log.warning("%s/%s: closing date %s is before the posting date %s; left out", item.source,
                    item.source_id, when.isoformat(), item.posted_at.isoformat())
        drops.append(FieldDrop("expires_at", BEFORE_POSTED))
        return None
    return when


def _pay(item: PostingItem, drops: list[FieldDrop]) -> None:
    """Pay bounds read from the pay text when the source gave none: a bound past ``PAY_MAX`` is left out as a
    given one is. None is read when a given bound was left out: a spider writes the pay text from the bounds (a
    Remote OK ``salary_max`` of 1e30 had been refused, then stored as read back from that text).

    A currency is kept only with an amount: "USD", "so'm, kelishiladi" or "توافقی تومان" state no pay, and stored
    alone, a currency had counted such a posting as one paying in it wherever the stored fields are read (the
    public form, a CSV export). The pay text keeps what it said."""
    item.salary_currency = iso_currency(item.salary_currency)
    if item.salary_raw is not None:
        item.salary_raw = clean_inline(str(item.salary_raw))
    if not item.salary_raw and item.salary_min is None and item.salary_max is None:
        item.salary_raw = title_pay(item.title)
    if item.salary_raw:
        _read_pay_text(item, drops)
    if item.salary_min is None and item.salary_max is None:
        item.salary_currency = None


#: Where a title's sentences end ("Uyda turib ishlash! Kuniga 2 soat, oyiga 1000$ gacha"), or its parts
_TITLE_PARTS = re.compile(r"[!?;|•]+")


def title_pay(title: str | None) -> str | None:
    """The pay a title states, as written: its first part (``_TITLE_PARTS``) that ``parse_salary`` reads an amount
    in and that asks no fee (``crawlers.fees``). Read when the source gives no pay (``_pay``): a Telegram post's
    first line is its title, and "…! Kuniga 2 soat, oyiga 1000$ gacha" had shown no pay; of the 256 replayed
    postings 4 titles state pay, 2 where the source gave none, all read right."""
    for part in _TITLE_PARTS.split(title or ""):
        salary = parse_salary(part)
        if (salary.minimum is not None or salary.maximum is not None) and not fees.asks_a_fee(part):
            return part.strip()
    return None


def read_pay(item: PostingItem) -> list[FieldDrop]:
    """Read ``item``'s pay as a crawl reads it (``_pay``: its bounds, currency, period, gross and negotiable from the
    pay text where not given), in place; the fields left out. For postings a crawl stored before this version read
    their pay text (``pipeline.pay_store``)."""
    drops: list[FieldDrop] = []
    _pay(item, drops)
    return drops


def _read_pay_text(item: PostingItem, drops: list[FieldDrop]) -> None:
    salary = parse_salary(item.salary_raw)
    if item.salary_min is None and item.salary_max is None and not any(d.field in _BOUNDS for d in drops):
        if item.salary_currency is None or item.salary_currency == salary.currency:
            item.salary_min, item.salary_max = salary.minimum, salary.maximum
            for name in _BOUNDS:
                _keep_if(item, name, NOT_A_NUMBER, _is_number, drops)
    item.salary_currency = item.salary_currency or salary.currency
    item.salary_period = item.salary_period or salary.period
    if item.salary_gross is None:
        item.salary_gross = salary.gross
    if item.salary_negotiable is None:
        item.salary_negotiable = salary.negotiable


def _remote(item: PostingItem) -> None:
    scope = _SCOPES.get((item.remote_scope or "").strip().lower()) if item.remote_scope else None
    if scope is None:
        scope = remote_scope(location=item.location, employment_type=item.employment_type,
                             title=item.title, description=item.description, remote=item.remote)
    item.remote_scope = scope
    if item.remote is None and scope is not None:
        item.remote = scope == "remote"
    if item.allowed_regions:
        regions = item.allowed_regions
        # each read as the place is (tags and entities), so that "<p>Uzbekistan</p>" is Uzbekistan
        texts = [clean_inline(str(raw)) for raw in ([regions] if isinstance(regions, str) else regions)]
        item.allowed_regions = normalize_regions([text for text in texts if text])
    elif scope == "remote":
        item.allowed_regions = allowed_regions(item.location)
