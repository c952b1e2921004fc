"""Field helpers shared by spiders: nested objects read safely, applicant regions, and pay text from structured
numbers."""
from __future__ import annotations

import re
from typing import Any

#: Phrases that mean "anyone, anywhere": no restriction to record.
_ANYWHERE = {"worldwide", "anywhere", "global", "remote", "anywhere in the world", "all", "any"}


def obj(value: Any) -> dict[str, Any]:
    """A nested object of a record, or ``{}`` when the API sends something else there (null, a string, a list):
    one odd field costs that field, not the posting."""
    return value if isinstance(value, dict) else {}


def split_regions(text: str | list[str] | None) -> list[str] | None:
    """``"USA, Canada, European timezones"`` → ``["USA", "Canada", "European timezones"]``.

    ``None`` when the source says nothing or says "Worldwide": no restriction.
    """
    if not text:
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
