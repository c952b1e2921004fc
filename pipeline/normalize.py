"""Normalize: one clean, comparable shape for every source's raw fields.

Pure functions: ``html_to_text`` and ``sanitize_html`` (hostile HTML in,
plain text and safe HTML out), ``canonical_url`` (tracking parameters gone),
``parse_datetime`` (any source's date to aware UTC), ``parse_salary`` (raw kept,
numbers parsed only when unambiguous), and ``normalize`` which applies them to
an item. An item without an identity or without any text raises ``Invalid``.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import ftfy
import lxml.html
import nh3
from dateutil import parser as dateparser
from w3lib.url import canonicalize_url

from crawlers.items import PostingItem
from pipeline.textnorm import digits_to_ascii, strip_invisible


class Invalid(ValueError):
    """The item cannot become a posting; ``reason`` is the drop reason."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


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


def repair_text(text: str) -> str:
    """Undo double-encoded UTF-8 ("â€™" for "’") and literal "\\n" escapes some APIs send."""
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_encoding(text)
    return _LITERAL_NEWLINE.sub("\n", text)


def sanitize_html(raw: str | None) -> str | None:
    """Only formatting survives: no scripts, styles, event handlers, images or iframes."""
    if not raw:
        return None
    raw = repair_text(raw)
    cleaned = nh3.clean(
        raw,
        tags=SAFE_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="nofollow noopener noreferrer",
        clean_content_tags={"script", "style", "iframe", "object", "noscript", "template"},
    )
    return cleaned.strip() or None


def html_to_text(raw: str | None) -> str | None:
    """Readable plain text: block elements become line breaks, entities decoded."""
    if not raw:
        return None
    if "<" not in raw:
        return _tidy(html.unescape(repair_text(raw)))
    return safe_html_to_text(sanitize_html(raw))


def safe_html_to_text(safe: str | None) -> str | None:
    """Plain text of HTML that ``sanitize_html`` already cleaned."""
    if not safe:
        return None
    root = lxml.html.fragment_fromstring(safe, create_parent="div")
    parts: list[str] = []

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag in _BLOCK:
            parts.append("\n")
        if tag == "li":
            parts.append("\n- ")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return _tidy("".join(parts))


def _tidy(text: str) -> str | None:
    text = strip_invisible(text.replace("\xa0", " ").replace("\r", ""))
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return out or None


def clean_inline(text: str | None) -> str | None:
    """A one-line field (title, company, location): entities, tags and runs of space gone."""
    if text is None:
        return None
    text = html.unescape(re.sub(r"<[^>]+>", " ", repair_text(text)))
    text = re.sub(r"\s+", " ", strip_invisible(text.replace("\xa0", " "))).strip()
    return text or None


# ------------------------------------------------------------------ URLs

_TRACKING = re.compile(r"^(utm_|_ref$|_t$|ref$|refid$|source$|fbclid$|gclid$|mc_|yclid$|igshid$)")


def canonical_url(url: str | None) -> str | None:
    """Lower-cased host, sorted query, no fragment, no tracking parameters."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    rebuilt = urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, urlencode(query), ""))
    return canonicalize_url(rebuilt, keep_fragments=False)


# ------------------------------------------------------------------ dates

def parse_datetime(raw: str | int | float | None, *, default_tz: timezone = timezone.utc) -> datetime | None:
    """Epoch seconds, ISO 8601 (with or without zone, ``+0300``), RFC 822 → aware UTC.

    A date without a zone is taken as UTC (Remotive, Jobicy publish UTC without saying so).
    Anything unparseable gives ``None``; the raw text stays in ``posted_at_raw``.
    """
    if raw is None or raw == "":
        return None
    if isinstance(raw, (int, float)) or (isinstance(raw, str) and raw.strip().isdigit()):
        value = float(raw)
        if value > 1e11:  # milliseconds
            value /= 1000
        return datetime.fromtimestamp(value, tz=timezone.utc)
    text = digits_to_ascii(str(raw)).strip()
    dt: datetime | None = None
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            try:
                dt = dateparser.parse(text)
            except (ValueError, OverflowError):
                return None
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=default_tz)
    return dt.astimezone(timezone.utc)


# ------------------------------------------------------------------ pay

@dataclass(frozen=True)
class Salary:
    minimum: float | None = None
    maximum: float | None = None
    currency: str | None = None
    period: str | None = None


_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_CURRENCY_CODES = {"usd", "eur", "gbp", "cad", "aud", "uzs", "rub", "irr"}
_PERIODS = [
    (re.compile(r"(/|\bper\s+|\ba\s+)(hr|hour)\b|\bhourly\b", re.I), "hour"),
    (re.compile(r"(/|\bper\s+|\ba\s+)(day)\b|\bdaily\b", re.I), "day"),
    (re.compile(r"(/|\bper\s+|\ba\s+)(mo|month)\b|\bmonthly\b", re.I), "month"),
    (re.compile(r"(/|\bper\s+|\ba\s+)(yr|year|annum)\b|\bannual(ly)?\b|\byearly\b", re.I), "year"),
]
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)*)\s*([kK])?")


def _amount(number: str, thousands: str | None) -> float | None:
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", number):
        number = number.replace(",", "")
    elif re.fullmatch(r"\d+,\d{1,2}", number) and thousands:
        number = number.replace(",", ".")
    elif "," in number:
        return None
    try:
        value = float(number)
    except ValueError:
        return None
    return value * 1000 if thousands else value


def parse_salary(raw: str | None) -> Salary:
    """Parse "$18 - $22/hr", "300 USD per month", "$60k-$80k" — or give up honestly.

    Only a text naming a currency and one or two amounts is parsed; anything
    else (no currency, three numbers, commission talk) stays unparsed.
    """
    if not raw:
        return Salary()
    text = digits_to_ascii(raw)
    currency = None
    for symbol, code in _CURRENCY_SYMBOLS.items():
        if symbol in text:
            currency = code
            break
    if currency is None:
        codes = {c for c in _CURRENCY_CODES if re.search(rf"\b{c}\b", text, re.I)}
        if len(codes) == 1:
            currency = codes.pop().upper()
    if currency is None:
        return Salary()
    amounts = [a for a in (_amount(n, k) for n, k in _AMOUNT.findall(text)) if a is not None and a > 0]
    if not amounts or len(amounts) > 2:
        return Salary(currency=currency)
    period = next((p for rx, p in _PERIODS if rx.search(text)), None)
    low, high = (amounts[0], amounts[-1])
    if high < low:
        return Salary(currency=currency, period=period)
    return Salary(low, high, currency, period)


# ------------------------------------------------------------------ the stage

def normalize(item: PostingItem, *, now: datetime | None = None) -> PostingItem:
    """Apply every normalisation to ``item`` in place and return it."""
    if not item.source or not item.source_id:
        raise Invalid("missing_id", "item has no source or source id")
    item.title = clean_inline(item.title)
    item.company = clean_inline(item.company)
    item.location = clean_inline(item.location)
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
    item.apply_url = canonical_url(item.apply_url)
    if item.posted_at is None:
        item.posted_at = parse_datetime(item.posted_at_raw)
    item.fetched_at = item.fetched_at or now or datetime.now(timezone.utc)
    if item.salary_raw and item.salary_min is None and item.salary_max is None:
        salary = parse_salary(item.salary_raw)
        item.salary_min, item.salary_max = salary.minimum, salary.maximum
        item.salary_currency = item.salary_currency or salary.currency
        item.salary_period = item.salary_period or salary.period
    if item.remote and not item.remote_scope:
        item.remote_scope = "remote"
    return item
