"""Checking one pasted job post: the web's check page and API, and ``vagigs check``.

A seeker who got a job offer on Telegram pastes it; the curation stages judge it
as they judge crawled postings (``pipeline.check``) and nothing is stored. The
stages take a ``crawlers.items.PostingItem``, a plain dataclass, and the text is
split by the Telegram spider's plain-text splitter: Scrapy itself is never
imported here.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from crawlers.pasted import posting_from_text
from pipeline.check import Checked, check
from pipeline.normalize import Invalid
from pipeline.pay import MONTHLY_BY_CONVENTION
from store import reports
from web.i18n import language_name, message, reason_text, remote_text, tag_label

MAX_TEXT = 20_000  # characters of pasted text: a long posting is 10,000


class TextProblem(ValueError):
    """The pasted text cannot be judged; ``key`` names the message that says why."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def judge(text: str, *, title: str | None = None, company: str | None = None, pay: str | None = None,
          location: str | None = None, market_pay: Callable[[], dict] | None = None) -> Checked:
    """``text`` (first line the title unless ``title`` is given) through the stages. With ``pay``, the pay is
    compared with what ``market_pay()`` returns (asked only then): the store's market, as in a crawl.
    ``location`` is the posting's place as its board gives it: the text model reads it, as in a crawl."""
    if len(text) > MAX_TEXT:
        raise TextProblem("check_too_long")
    given = {k: v.strip() for k, v in {"company": company, "salary_raw": pay, "location": location}.items()
             if v and v.strip()}
    market = market_pay() if "salary_raw" in given and market_pay is not None else {}
    try:
        return check(posting_from_text(text, title=title, **given), market)
    except Invalid:
        raise TextProblem("check_empty") from None


def store_market(session: Session) -> dict:
    """The store's market of the last year (``store.reports.recent_market_pay``), as a crawl reads it."""
    return reports.recent_market_pay(session, monthly_currencies=MONTHLY_BY_CONVENTION)


def as_dict(result: Checked, ui: str) -> dict[str, Any]:
    """The verdict, reasons, language, pay and tasks, with texts and labels in the ``ui`` language."""
    a, t, p = result.legitimacy, result.tags, result.posting
    return {
        "title": p.title, "company": p.company, "location": p.location,
        "pay": {"min": p.salary_min, "max": p.salary_max, "currency": p.salary_currency, "period": p.salary_period}
        if (p.salary_min or p.salary_max) else None,
        "language": {"code": result.language.lang, "name": language_name(ui, result.language.lang),
                     "confidence": result.language.confidence},
        "legitimacy": {"verdict": a.verdict, "verdict_text": message(ui, f"verdict_{a.verdict}"), "score": a.score,
                       "reasons": [{**d, "text": reason_text(ui, d)[0]} for d in (r.as_dict() for r in a.reasons)]},
        "remote": {"scope": p.remote_scope, "regions": p.allowed_regions,
                   "text": remote_text(ui, p.remote_scope, p.allowed_regions)} if p.remote_scope else None,
        "va_relevant": t.va_relevant, "va_relevance": t.va_relevance,
        "tags": [{"tag": tag, "label": tag_label(ui, tag), "score": t.scores.get(tag), "evidence": t.evidence.get(tag)}
                 for tag in t.tags],
        "taxonomy_version": t.taxonomy_version,
    }


def page_posting(result: Checked) -> dict[str, Any]:
    """The fields the page's macros read from a stored posting (``legitimacy_*``, ``tags``, ``language``, the
    parsed pay)."""
    a, t, p = result.legitimacy, result.tags, result.posting
    return {"legitimacy_verdict": a.verdict, "legitimacy_score": a.score,
            "legitimacy_reasons": [r.as_dict() for r in a.reasons], "tags": t.tags,
            "tag_scores": {tag: {"evidence": t.evidence.get(tag)} for tag in t.tags},
            "va_relevant": t.va_relevant, "language": result.language.lang,
            "remote_scope": p.remote_scope, "allowed_regions": p.allowed_regions,
            "salary_min": p.salary_min, "salary_max": p.salary_max, "salary_currency": p.salary_currency,
            "salary_period": p.salary_period, "salary_negotiable": p.salary_negotiable}
