"""Market trends for analysts: postings per ISO week by tag, language or source, the
VA gigs each week open to applicants living in given countries, and the median
published pay by tag, pay period and currency.

Like ``store.reports.scam_rates`` only one posting per duplicate cluster counts, and
a posting's week is the ISO week of ``posted_at`` (else ``first_seen_at``), in UTC.
The database groups by day (portable SQL on SQLite and PostgreSQL); days fold into
ISO weeks here, so the rows moved are days × values, not postings.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from statistics import median

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from store.models import EXCLUDED, Posting, PostingTag
from store.queries import NEWEST, NOT_LIKELY_SCAM, REMOTE, REPRESENTATIVE, VA_RELEVANT, pay_period_known

WEEKLY_BY = ("tag", "language", "source")
UNKNOWN = "unknown"
#: The weeks /trends and the weekly reports show unless asked: the last 12 up to the newest posting's. Every week
#: from the oldest posting's had been 2,561 rows of ``vagigs report volume --by language``, almost all zeros.
DEFAULT_WEEKS = 12
#: A median of fewer postings than this is marked as such on /trends: of one to four postings it is one posting's
#: pay or the mean of two, and a posting more or fewer can move it to another's; it reads a few employers' offers,
#: not a market's pay. From five on two postings stand either side of the middle one.
FEW_POSTINGS = 5


def iso_week(day: date | datetime | str | None) -> str:
    """``2025-W10`` for a day (a date, datetime or ``YYYY-MM-DD`` text); ``unknown`` for none."""
    if day is None:
        return UNKNOWN
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def utc_day(session: Session) -> ColumnElement[date | str]:
    """The UTC day of a posting's ``posted_at`` (else ``first_seen_at``), in SQL: a date on PostgreSQL (whatever
    the connection's time zone), ``YYYY-MM-DD`` text on SQLite (which stores UTC); ``iso_week`` reads either. What the
    weekly reads group by, here and in ``store.reports.scam_rates``."""
    newest = func.coalesce(Posting.posted_at, Posting.first_seen_at)
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("UTC", newest))
    return func.date(newest)


def postings_per_week(session: Session, by: str, *, since: datetime | None = None) -> list[dict]:
    """Rows ``{"week", by, "postings"}``, by week then value; an untagged posting counts
    under no tag, a posting without a language under ``unknown``. ``since``: only postings
    posted (else first seen) since then."""
    if by not in WEEKLY_BY:
        raise ValueError(f"by must be one of {WEEKLY_BY}, not {by!r}")
    day = utc_day(session).label("day")
    col = {"tag": PostingTag.tag, "language": Posting.language, "source": Posting.source}[by]
    stmt = select(day, col, func.count(Posting.id)).where(REPRESENTATIVE)
    if since is not None:
        stmt = stmt.where(NEWEST >= since)
    if by == "tag":
        stmt = stmt.join(PostingTag, PostingTag.posting_id == Posting.id)
    stmt = stmt.group_by(day, col)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for d, value, n in session.execute(stmt):
        counts[(iso_week(d), value or UNKNOWN)] += int(n)
    return [{"week": w, by: v, "postings": counts[(w, v)]} for w, v in sorted(counts)]


def postings_per_week_filled(session: Session, by: str, *, since: datetime | None = None) -> list[dict]:
    """``postings_per_week`` with a row for every week and every value counted in any of them, 0 where that week
    had none: the weeks of ``every_week`` (from ``since``'s week, else the oldest posting's, to the newest
    posting's), each value in every one. Left out, a quiet week read as no week at all: a chart of the rows drew a
    line straight over it and a spreadsheet's pivot summed its gap as nothing. Rows of the ``unknown`` week (no
    date at all) stay as counted."""
    rows = postings_per_week(session, by, since=since)
    counts = {(r["week"], r[by]): r["postings"] for r in rows}
    values = sorted({r[by] for r in rows})
    weeks = every_week({r["week"] for r in rows}, posting_weeks(session, since), since=since)
    return [{"week": w, by: v, "postings": counts.get((w, v), 0)}
            for w in weeks for v in values if w != UNKNOWN or (w, v) in counts]


def open_to_labels(allowed_regions: Sequence[str] | None, labels: Collection[str]) -> bool:
    """Whether a posting whose ``allowed_regions`` are these is open to an applicant who may apply under ``labels``
    (``pipeline.remote.open_to``'s, as the caller gives them; a set, as each entry is looked up in it): it names
    one of them, or no region at all (``None`` — SQL NULL or JSON null — or an empty list: no limit stated, so
    none known).

    The Python twin of ``store.queries.open_to_any``, which asks the same in SQL (of ``posting_regions``, the
    lists' entries one a row); ``tests/store/test_reach.py`` holds the two to the same answers. It is here for reads
    that group postings by their region list first and then ask once per distinct list, not per posting. An entry
    ``not <label>`` (``EXCLUDED``) with ``<label>`` among ``labels`` closes the posting to the applicant."""
    if not allowed_regions:
        return True
    if any(region.startswith(EXCLUDED) and region[len(EXCLUDED):] in labels for region in allowed_regions):
        return False
    return any(region in labels for region in allowed_regions)


def reach_per_week(session: Session, countries: Mapping[str, Sequence[str]], *,
                   since: datetime | None = None) -> list[dict]:
    """How many of each week's VA gigs a seeker living in each of ``countries`` could take from there: rows
    ``{"week", "gigs", "remote", "open_to_<CC>"…, "share_<CC>"…}``. ``gigs``: VA-relevant postings, one per
    duplicate cluster, likely scams left out (what the curated feed could offer, closed or not: this is
    history); ``remote``: those done fully remotely; ``open_to_<CC>``: the remote ones whose applicant limit
    names one of ``countries[CC]`` or none (``open_to_labels``, the twin of ``store.queries.open_to_any``; the
    labels are ``pipeline.remote.open_to``'s, given by the caller), and their share of ``gigs``.

    The database counts the gigs per (UTC day, remote or not, region list) — a few thousand groups even at
    200,000 postings, as boards name few distinct lists — and the open-to test runs here once per group. Asked
    in SQL inside the aggregate it was one ``LIKE`` per label on every posting's JSON text: with two dozen labels
    each for Uzbekistan and Iran, 300–420 ms on PostgreSQL at 200,000 postings (now about 110 ms, the scan).

    Every week the volume tables count is a row (``weeks_of``: from the oldest posting's week, or ``since``'s, to the
    newest's), a week with postings but no VA gig too: its counts 0 and its shares ``None``, as a share of no gigs
    is none. A quiet week had been left out, so the table closed up over it."""
    day = utc_day(session).label("day")
    remote = REMOTE.label("remote")
    stmt = (select(day, remote, Posting.allowed_regions, func.count(Posting.id))
            .where(REPRESENTATIVE, VA_RELEVANT, NOT_LIKELY_SCAM))
    if since is not None:
        stmt = stmt.where(NEWEST >= since)
    stmt = stmt.group_by(day, remote, Posting.allowed_regions)
    label_sets = [frozenset(labels) for labels in countries.values()]
    weeks: dict[str, list[int]] = defaultdict(lambda: [0] * (2 + len(countries)))
    for d, is_remote, regions, n in session.execute(stmt):
        week = weeks[iso_week(d)]
        week[0] += n
        if is_remote:
            week[1] += n
            for i, labels in enumerate(label_sets, start=2):
                if open_to_labels(regions, labels):
                    week[i] += n
    rows = []
    for w in every_week(weeks, posting_weeks(session, since), since=since):
        gigs, remote_n, *open_n = weeks[w]
        row: dict = {"week": w, "gigs": gigs, "remote": remote_n}
        row.update({f"open_to_{c}": n for c, n in zip(countries, open_n)})
        row.update({f"share_{c}": round(n / gigs, 3) if gigs else None for c, n in zip(countries, open_n)})
        rows.append(row)
    return rows


def posting_weeks(session: Session, since: datetime | None = None) -> list[str]:
    """The ISO weeks of the oldest and the newest posting (one per duplicate cluster; since ``since``), or none: the
    ends of the span ``weeks_of`` gives the volume tables. Two ends of the feed's index (``ix_postings_newest``)."""
    stmt = select(func.min(NEWEST), func.max(NEWEST)).where(REPRESENTATIVE)
    if since is not None:
        stmt = stmt.where(NEWEST >= since)
    return [iso_week(end) for end in session.execute(stmt).one() if end is not None]


@dataclass(frozen=True)
class Window:
    """The weeks a trends table shows, oldest first, and the Monday (00:00 UTC) its postings are counted from: the
    first week's, or ``None`` for every posting."""

    weeks: list[str]
    start: datetime | None


def window(counted: Collection[str], last: int | None = None, since: datetime | None = None) -> Window:
    """The weeks of ``counted`` (ISO weeks with postings, ``unknown`` ignored) that the last ``last`` weeks up to the
    newest one and the weeks from ``since``'s cover (its Monday 00:00 UTC, quiet weeks too), the later start when both;
    every week from the oldest when neither. One reading for /trends (from the weeks its tables count) and the weekly
    reports (from the oldest and newest posting's), so that the two show the same weeks of the same store."""
    rows = [{"week": w} for w in counted]
    weeks = weeks_of(rows, last)
    start = None
    if since is not None:
        start = week_start(iso_week(since))
        first = iso_week(start)
        from_since = every_week({w for w in counted if w != UNKNOWN and w >= first}, since=start)
        latest = set(weeks)
        weeks = [w for w in from_since if w in latest] if last else from_since
    if last or since is not None:
        start = week_start(weeks[0]) if weeks else start
    return Window(weeks, start)


def every_week(counted: Collection[str], ends: Iterable[str] = (), *, since: datetime | None = None) -> list[str]:
    """Every ISO week from the oldest to the newest of ``counted`` and ``ends`` (``weeks_of``), a week with nothing
    counted included, then ``unknown`` if it was counted. ``since`` (a report's, its week's Monday): the weeks start
    at its week, as /trends counts its last weeks, quiet ones too; from the oldest posting since then, a report
    ``--since 12w`` had shown its last three weeks. Nothing counted since then, no week."""
    known = [w for w in (*counted, *ends) if w != UNKNOWN]
    if since is not None and known:
        known.append(iso_week(since))
    weeks = weeks_of([{"week": w} for w in known])
    return [*weeks, UNKNOWN] if UNKNOWN in counted else weeks


def median_pay(session: Session, *, monthly_currencies: frozenset[str] = frozenset(),
               since: datetime | None = None) -> list[dict]:
    """Median published pay per (tag, pay period, currency): ``{"tag", "period", "currency", "postings", "median_min",
    "median_max", "n_min", "n_max"}``. Each median is over the postings that state that bound (``n_min``, ``n_max`` of
    them, so that a median minimum above the median maximum reads as what it is: medians of different postings), to the
    cent: "from 20,000,000" counts in the median minimum alone, "up to 8,000,000" in the median maximum alone (``None``
    when no posting states it; a single amount states both). Counted as its other bound, a posting's floor had read as a
    ceiling. Postings judged ``likely_scam`` (pay bait) are left out. ``monthly_currencies``: currencies whose pay with
    no period stated counts as monthly (the caller's convention, ``pipeline.pay.MONTHLY_BY_CONVENTION``: hh.uz, Jobinja
    and Uzbek Telegram posts quote a month's pay without saying so); other pay with no period is left out."""
    stated = or_(Posting.salary_min.is_not(None), Posting.salary_max.is_not(None))
    stmt = (select(PostingTag.tag, Posting.salary_period, Posting.salary_currency, Posting.salary_min,
                   Posting.salary_max)
            .join(PostingTag, PostingTag.posting_id == Posting.id)
            .where(REPRESENTATIVE, NOT_LIKELY_SCAM, stated, pay_period_known(monthly_currencies),
                   Posting.salary_currency.is_not(None)))
    if since is not None:
        stmt = stmt.where(NEWEST >= since)
    values: dict[tuple[str, str, str], list[tuple[float | None, float | None]]] = defaultdict(list)
    for tag, period, currency, lo, hi in session.execute(stmt):
        values[(tag, period or "month", currency)].append((lo, hi))
    return [{"tag": t, "period": p, "currency": c, "postings": len(v),
             "median_min": _median(lo for lo, _ in v), "median_max": _median(hi for _, hi in v),
             "n_min": sum(lo is not None for lo, _ in v), "n_max": sum(hi is not None for _, hi in v)}
            for (t, p, c), v in sorted(values.items())]


def _median(values: Iterable[float | None]) -> float | None:
    """To the cent: the mean of two middle amounts in binary had read 170827.22999999998 in a CSV."""
    stated = [float(v) for v in values if v is not None]
    return round(median(stated), 2) if stated else None


def weeks_of(rows: list[dict], last: int | None = None) -> list[str]:
    """Every ISO week from the oldest to the newest of ``postings_per_week`` rows, oldest first, weeks with no
    postings included (a quiet week is a figure too, not a gap to close up); ``last`` keeps the newest few
    calendar weeks, ending at the newest week with postings."""
    seen = {r["week"] for r in rows if r["week"] != UNKNOWN}
    if not seen:
        return []
    newest = _monday(max(seen))
    oldest = _monday(min(seen))
    if last:
        oldest = max(oldest, newest - timedelta(weeks=last - 1))
    return [iso_week(oldest + timedelta(weeks=i)) for i in range((newest - oldest).days // 7 + 1)]


def week_start(week: str) -> datetime:
    """Monday 00:00 UTC of an ISO week ("2025-W10"): where a span of ``weeks_of`` starts, as a ``since``."""
    return datetime.combine(_monday(week), time(0), tzinfo=timezone.utc)


def _monday(week: str) -> date:
    year, number = week.split("-W")
    return date.fromisocalendar(int(year), int(number), 1)
