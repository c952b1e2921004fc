"""Field helpers shared by spiders: nested objects, text and pay bounds read safely (one odd field costs that field,
not the posting), applicant regions, and pay text from structured numbers."""
from __future__ import annotations

import html
import re
from typing import Any

#: Phrases that mean "anyone, anywhere": no restriction to record.
_ANYWHERE = {"worldwide", "anywhere", "global", "remote", "anywhere in the world", "all", "any"}


def obj(value: Any) -> dict[str, Any]:
    """A nested object of a record, or ``{}`` when the API sends something else there (null, a string, a list):
    one odd field costs that field, not the posting."""
    return value if isinstance(value, dict) else {}


def stripped(value: Any) -> Any:
    """A text field without its outer spaces (``None`` when nothing is left); a value of another type as it came,
    for the normalize stage to judge (it leaves out an odd optional field and counts it, and refuses a posting whose
    title or description is not text)."""
    if isinstance(value, str):
        return value.strip() or None
    return value


def unescaped(value: Any) -> Any:
    """``stripped``, with HTML entities decoded ("Marketing &amp; Sales"), for sources that escape plain fields."""
    value = stripped(value)
    return html.unescape(value) if isinstance(value, str) else value


def joined(values: list[Any]) -> str | None:
    """A list of words as one field ("FULL_TIME, CONTRACTOR"), its text items only; ``None`` when none is text."""
    return ", ".join(v.strip() for v in values if isinstance(v, str) and v.strip()) or None


def number(value: Any) -> float | None:
    """A pay bound: a finite number above zero, or text that is one; else ``None`` (0 is how Remote OK, Jobicy and
    Himalayas say "not stated"; an object, a flag, "50k" or an integer of hundreds of digits is no bound, and the raw
    record keeps it). The last had raised ``OverflowError`` and cost the posting."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        bound = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return bound if 0 < bound < float("inf") else None


def split_regions(text: Any) -> list[str] | None:
    """``"USA, Canada, European timezones"`` → ``["USA", "Canada", "European timezones"]``.

    ``None`` when the source says nothing or says "Worldwide": no restriction; and when it says it in a form that is
    neither text nor a list (the location field, passed on as it came, is then judged by the normalize stage).
    """
    if not text or not isinstance(text, (str, list)):
        return None
    parts = text if isinstance(text, list) else re.split(r"\s*[,;/|]\s*", text)
    out = [p.strip() for p in parts if isinstance(p, str) and p.strip()]
    if not out or all(p.lower() in _ANYWHERE for p in out):
        return None
    return out


def _num(value: float) -> str:
    return f"{value:,.0f}".replace(",", "") if float(value).is_integer() else f"{value:g}"


def pay_text(low: float | None, high: float | None, currency: str | None, unit: str | None = None) -> str | None:
    """A readable pay range for ``salary_raw`` when the source gives pay only as structured numbers; one bound
    alone says which it is ("from 160000 RUR", "up to 210000 RUR"), as ``pipeline.pay`` reads it back."""
    if low is None and high is None:
        return None
    if low is not None and high is not None:
        span = _num(low) if low == high else f"{_num(low)}-{_num(high)}"
    else:
        span = f"from {_num(low)}" if low is not None else f"up to {_num(high)}"  # type: ignore[arg-type]
    text = f"{span} {currency or ''}".strip()
    return f"{text}/{unit}" if unit else text
