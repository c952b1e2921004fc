"""Field helpers shared by spiders: nested objects, text and pay bounds read safely (one odd field costs that field,
not the posting), applicant regions, and pay text from structured numbers."""
from __future__ import annotations

import html
import math
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


#: A pay bound at or past this is no pay: ``pipeline.pay.PAY_MAX``, which normalize leaves such a bound out at
#: (``not_a_number``). The spiders may not import the pipeline, so it is repeated here (a test keeps the two equal).
PAY_MAX = 1e15


def number(value: Any) -> float | None:
    """A pay bound: a number above zero, or text that is one; else ``None`` (0 is how Remote OK, Jobicy and
    Himalayas say "not stated"; an object, a flag or "50k" is no bound, and the raw record keeps it).

    A number too large for a float (an integer of hundreds of digits, "1e400") comes back as infinity, and one
    past ``PAY_MAX`` as it is: normalize leaves either out and counts it (``not_a_number``), as it does a bound
    of 1e30. The first had raised ``OverflowError`` and cost the posting, then been left out with no word."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        bound = float(value)
    except OverflowError:
        return math.inf if not isinstance(value, int) or value > 0 else None
    except (TypeError, ValueError):
        return None
    return bound if bound > 0 else None


def _shown(bound: float | None) -> float | None:
    return bound if bound is not None and bound < PAY_MAX else None


def split_regions(text: Any) -> list[str] | None:
    """``"USA, Canada, European timezones"`` → ``["USA", "Canada", "European timezones"]``.

    ``None`` when the source says nothing or says "Worldwide": no restriction; and when it says it in a form that is
    neither text nor a list (the location field, passed on as it came, is then judged by the normalize stage).
    Markup is read as the normalize stage reads the location, before the split: ``<p>Uzbekistan</p>`` is
    Uzbekistan, where its "/" had made two regions of it.
    """
    if not text or not isinstance(text, (str, list)):
        return None
    parts = [_as_text(p) for p in text if isinstance(p, str)] if isinstance(text, list) else \
        re.split(r"\s*[,;/|]\s*", _as_text(text))
    out = [p.strip() for p in parts if p.strip()]
    if not out or all(p.lower() in _ANYWHERE for p in out):
        return None
    return out


def _as_text(markup: str) -> str:
    """Tags as spaces and entities as their characters, as ``pipeline.normalize.clean_inline`` reads a place."""
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def _num(value: float) -> str:
    return f"{value:,.0f}".replace(",", "") if float(value).is_integer() else f"{value:g}"


def pay_text(low: float | None, high: float | None, currency: str | None, unit: str | None = None) -> str | None:
    """A readable pay range for ``salary_raw`` when the source gives pay only as structured numbers; one bound
    alone says which it is ("from 160000 RUR", "up to 210000 RUR"), as ``pipeline.pay`` reads it back.

    A bound at or past ``PAY_MAX`` (or infinite) is left out of the text: normalize leaves that bound out of the
    posting and counts it, and the text had shown it anyway ("from 1000000000000000052504760255204…", 301 digits).
    """
    low, high = _shown(low), _shown(high)
    if low is None and high is None:
        return None
    if low is not None and high is not None:
        span = _num(low) if low == high else f"{_num(low)}-{_num(high)}"
    else:
        span = f"from {_num(low)}" if low is not None else f"up to {_num(high)}"  # type: ignore[arg-type]
    text = f"{span} {currency or ''}".strip()
    return f"{text}/{unit}" if unit else text
