"""Analysts' reports and the store context the legitimacy stage needs.

``scam_rates(session, by)`` — postings, ``likely_scam`` and ``caution`` counts
and the scam rate per source, tag, ISO week (of ``posted_at``, else
``first_seen_at``) or warning sign (the code of a legitimacy reason). Only one
posting per duplicate cluster counts.

``market_pay(session)`` — the typical (median) upper pay per (tag, period,
currency) over stored postings, for the "pay far above market" rule;
``companies_with_text(session, text_hash)`` — distinct company names a
posting text (``postings.text_hash``, set by the dedupe stage) was already stored under. Both are plain reads; the legitimacy
stage gets their results passed in and never touches the store.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta, timezone
from statistics import median

from sqlalchemy import Integer, Text, bindparam, case, cast, func, select
from sqlalchemy.orm import Session

from store.models import Posting, PostingTag
from store.queries import NEWEST, NOT_LIKELY_SCAM, REPRESENTATIVE, pay_period_known
from store.trends import every_week, iso_week, utc_day

BY = ("source", "tag", "week", "reason")
# a stored reason list with at least one reason: JSON text of neither ``[]`` nor ``null``, on SQLite and PostgreSQL
_NO_REASONS = ("[]", "null")
_BATCH = 2000  # rows read at a time where a report reads each posting's reasons


def _row(key: str, value: object, postings: int, scams: int, caution: int) -> dict:
    """A week with no postings has no scam rate (``None``), not a rate of 0."""
    return {key: value, "postings": postings, "likely_scam": scams, "caution": caution,
            "scam_rate": round(scams / postings, 4) if postings else None}


def scam_rates(session: Session, by: str, *, since: datetime | None = None) -> list[dict]:
    """One row per source / tag / week / reason: {by: value, postings, likely_scam, caution, scam_rate}. ``since``:
    only postings posted (else first seen) since then. By reason, a row counts the postings that give that reason,
    whatever their verdict (a soft sign alone, pay bait, leaves a posting ``ok``), most postings first: its scam
    rate is the share of them judged ``likely_scam``.

    By week, the database counts per UTC day (``store.trends.utc_day``) and the days fold into ISO weeks here, as
    ``store.trends.postings_per_week`` does: a few hundred rows, not one per posting (reading 100,000 postings to
    take each one's ISO week in Python took 320–350 ms on PostgreSQL at 200,000 postings). Every week from the
    oldest (or ``since``'s) to the newest is a row, as in the volume tables (``store.trends.weeks_of``): a week with no postings
    counts 0, with no scam rate (``None``); it had been left out."""
    if by not in BY:
        raise ValueError(f"by must be one of {BY}, not {by!r}")
    if by == "reason":
        return _by_reason(session, since)
    scam = func.sum(case((Posting.legitimacy_verdict == "likely_scam", 1), else_=0)).cast(Integer)
    caution = func.sum(case((Posting.legitimacy_verdict == "caution", 1), else_=0)).cast(Integer)
    key = {"source": Posting.source, "tag": PostingTag.tag, "week": utc_day(session).label("day")}[by]
    stmt = select(key, func.count(Posting.id), scam, caution).where(REPRESENTATIVE)
    if since is not None:
        stmt = stmt.where(NEWEST >= since)
    if by == "tag":
        stmt = stmt.join(PostingTag, PostingTag.posting_id == Posting.id)
    rows = session.execute(stmt.group_by(key).order_by(key))
    if by != "week":
        return [_row(by, v, int(n), int(s or 0), int(c or 0)) for v, n, s, c in rows]
    weeks: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for day, n, s, c in rows:
        week = weeks[iso_week(day)]
        week[0] += int(n)
        week[1] += int(s or 0)
        week[2] += int(c or 0)
    return [_row("week", w, *weeks[w]) for w in every_week(weeks, since=since)]


def _by_reason(session: Session, since: datetime | None) -> list[dict]:
    """``scam_rates`` by reason: the stored reasons of the postings that have any, their codes counted here, since
    the two databases unpack a JSON list with different functions; read ``_BATCH`` rows at a time (a server-side
    cursor on PostgreSQL), as every reason list of a 600,000-posting store had taken 229 MB at once."""
    stmt = select(Posting.legitimacy_reasons, Posting.legitimacy_verdict).where(
        REPRESENTATIVE, cast(Posting.legitimacy_reasons, Text).not_in(_NO_REASONS))
    if since is not None:
        stmt = stmt.where(NEWEST >= since)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for reasons, verdict in session.execute(stmt.execution_options(yield_per=_BATCH)):
        for code in {r.get("code") for r in reasons or () if isinstance(r, dict) and r.get("code")}:
            row = counts[code]
            row[0] += 1
            row[1] += verdict == "likely_scam"
            row[2] += verdict == "caution"
    return [_row("reason", code, *counts[code]) for code in sorted(counts, key=lambda c: (-counts[c][0], c))]


def market_pay(session: Session, *, min_postings: int = 5, since: datetime | None = None,
               monthly_currencies: frozenset[str] = frozenset()) -> dict[tuple[str, str, str], float]:
    """Median upper pay per (tag, salary period, currency) with at least ``min_postings`` postings.

    Postings already judged ``likely_scam`` do not set the market. ``since``: only postings posted (else first
    seen) since then — pay moves (inflation in Uzbekistan and Iran), so old offers are no market for new ones.
    ``monthly_currencies``: currencies whose pay with no period stated counts as monthly (the caller's
    convention, ``pipeline.pay.MONTHLY_BY_CONVENTION``); other pay with no period is left out.
    """
    pay = func.coalesce(Posting.salary_max, Posting.salary_min)
    stmt = (select(PostingTag.tag, Posting.salary_period, Posting.salary_currency, pay)
            .join(PostingTag, PostingTag.posting_id == Posting.id)
            .where(REPRESENTATIVE, pay.is_not(None), pay_period_known(monthly_currencies),
                   Posting.salary_currency.is_not(None),
                   NOT_LIKELY_SCAM))
    if since is not None:
        stmt = stmt.where(NEWEST >= since)
    values: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for tag, period, currency, amount in session.execute(stmt):
        values[(tag, period or "month", currency)].append(float(amount))
    return {k: median(v) for k, v in values.items() if len(v) >= min_postings}


MARKET_PAY_DAYS = 365  # the market's window by default: pay moves with inflation (so'm, toman)


def recent_market_pay(session: Session, *, days: int = MARKET_PAY_DAYS,
                      monthly_currencies: frozenset[str] = frozenset()) -> dict[tuple[str, str, str], float]:
    """``market_pay`` over the postings of the last ``days`` days (0: all of them)."""
    since = datetime.now(timezone.utc) - timedelta(days=days) if days > 0 else None
    return market_pay(session, since=since, monthly_currencies=monthly_currencies)


_COMPANIES_WITH_TEXT = (select(Posting.company)
                        .where(Posting.text_hash == bindparam("text_hash"), Posting.company.is_not(None))
                        .distinct().limit(bindparam("limit")))  # built once: it is asked once per crawled posting


def companies_with_text(session: Session, text_hash: str, *, limit: int = 500) -> set[str]:
    """Distinct company names (case-folded) stored for postings with this ``text_hash`` (one indexed lookup)."""
    found = session.scalars(_COMPANIES_WITH_TEXT, {"text_hash": text_hash, "limit": limit})
    return {company.strip().casefold() for company in found if company.strip()}
