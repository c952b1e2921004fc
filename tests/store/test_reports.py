"""Scam-rate report and the legitimacy stage's store context, on SQLite and PostgreSQL."""
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import event, select, text, update

from store import db, queries, reports, trends
from store.models import Posting
from tests.helpers import ISO_WEEK_EDGES

T0 = datetime(2025, 3, 3, tzinfo=timezone.utc)  # a Monday: ISO week 2025-W10


def _p(sid: str, **extra) -> dict:  # type: ignore[no-untyped-def]
    base = dict(source="remoteok", source_id=sid, title=f"Job {sid}", description="text", posted_at=T0,
                tags=["data_entry"], legitimacy_score=90, legitimacy_verdict="ok")
    base.update(extra)
    return base


def _fill(url: str) -> None:
    with db.sessions(url).begin() as s:
        queries.upsert_posting(s, _p("1"))
        queries.upsert_posting(s, _p("2", legitimacy_verdict="likely_scam", tags=["data_entry", "customer_support"]))
        queries.upsert_posting(s, _p("3", legitimacy_verdict="caution", posted_at=T0 + timedelta(days=7)))
        queries.upsert_posting(s, _p("4", source="telegram", legitimacy_verdict="likely_scam", tags=[]))


def test_scam_rates_by_source_tag_week(store_url: str) -> None:
    _fill(store_url)
    with db.sessions(store_url)() as s:
        by_source = reports.scam_rates(s, "source")
        by_tag = reports.scam_rates(s, "tag")
        by_week = reports.scam_rates(s, "week")
    assert by_source == [
        {"source": "remoteok", "postings": 3, "likely_scam": 1, "caution": 1, "scam_rate": 0.3333},
        {"source": "telegram", "postings": 1, "likely_scam": 1, "caution": 0, "scam_rate": 1.0},
    ]
    assert by_tag == [
        {"tag": "customer_support", "postings": 1, "likely_scam": 1, "caution": 0, "scam_rate": 1.0},
        {"tag": "data_entry", "postings": 3, "likely_scam": 1, "caution": 1, "scam_rate": 0.3333},
    ]
    assert [(r["week"], r["postings"], r["likely_scam"]) for r in by_week] == [("2025-W10", 3, 2), ("2025-W11", 1, 0)]


def test_scam_rates_rejects_unknown_grouping(sqlite_url: str) -> None:
    with db.sessions(sqlite_url)() as s, pytest.raises(ValueError):
        reports.scam_rates(s, "company")


def test_market_pay_and_companies_with_text(store_url: str) -> None:
    with db.sessions(store_url).begin() as s:
        for i, pay in enumerate([400, 500, 600, 700, 800]):
            queries.upsert_posting(s, _p(f"m{i}", salary_max=pay, salary_period="month", salary_currency="USD",
                                         company=f"Co {i % 3}", title="Same ad", description=f"Same text {i % 2}",
                                         text_hash=f"h{i % 2}"))
        queries.upsert_posting(s, _p("nameless", company=None, text_hash="h0"))
        queries.upsert_posting(s, _p("scam", salary_max=90000, salary_period="month", salary_currency="USD",
                                     legitimacy_verdict="likely_scam"))
    with db.sessions(store_url)() as s:
        assert reports.market_pay(s) == {("data_entry", "month", "USD"): 600.0}
        assert reports.market_pay(s, min_postings=6) == {}
        # posted at T0: no market since the day after, the same one since the day before
        assert reports.market_pay(s, since=T0 + timedelta(days=1)) == {}
        assert reports.market_pay(s, since=T0 - timedelta(days=1)) == {("data_entry", "month", "USD"): 600.0}
        # m0, m2, m4 share text h0 under Co 0, Co 2 and Co 1; a posting without a company adds no name
        assert reports.companies_with_text(s, "h0") == {"co 0", "co 2", "co 1"}
        assert reports.companies_with_text(s, "h1") == {"co 1", "co 0"}
        assert reports.companies_with_text(s, "unknown") == set()


def test_market_pay_counts_local_pay_with_no_period_as_monthly_when_asked(store_url: str) -> None:
    """so'm salaries with no period stated (Uzbek Telegram posts, hh.uz) are a month's pay by convention — the
    caller's (``pipeline.pay.MONTHLY_BY_CONVENTION``); dollars with no period stay out either way."""
    with db.sessions(store_url).begin() as s:
        for i, pay in enumerate([3_000_000, 4_000_000, 5_000_000, 6_000_000, 7_000_000]):
            queries.upsert_posting(s, _p(f"u{i}", salary_max=pay, salary_currency="UZS"))
            queries.upsert_posting(s, _p(f"d{i}", salary_max=100 * (i + 1), salary_currency="USD"))
        queries.upsert_posting(s, _p("day", salary_max=500_000, salary_currency="UZS", salary_period="day"))
    with db.sessions(store_url)() as s:
        assert reports.market_pay(s) == {}
        assert reports.market_pay(s, monthly_currencies=frozenset({"UZS", "IRR"})) == {
            ("data_entry", "month", "UZS"): 5_000_000.0}
        assert reports.market_pay(s, min_postings=1, monthly_currencies=frozenset({"UZS"}))[
            ("data_entry", "day", "UZS")] == 500_000.0


def test_scam_rates_since_leave_out_older_postings(store_url: str) -> None:
    _fill(store_url)
    since = T0 + timedelta(days=7)
    with db.sessions(store_url)() as s:
        assert reports.scam_rates(s, "source", since=since) == [
            {"source": "remoteok", "postings": 1, "likely_scam": 0, "caution": 1, "scam_rate": 0.0}]
        assert [r["week"] for r in reports.scam_rates(s, "week", since=since)] == ["2025-W11"]
        assert [r["tag"] for r in reports.scam_rates(s, "tag", since=since)] == ["data_entry"]


def test_scam_rates_by_week_since_start_at_its_week(store_url: str) -> None:
    """By week, the rows start at the week of ``since`` (a Monday, as ``vagigs report scams --by week --since``
    gives it), the quiet weeks before the first posting since then counted 0 with no rate, as /trends shows its
    last weeks; they had started at the first week with a posting."""
    _fill(store_url)
    with db.sessions(store_url)() as s:
        rows = reports.scam_rates(s, "week", since=T0 - timedelta(weeks=2))
        later = reports.scam_rates(s, "week", since=T0 + timedelta(weeks=5))
    assert [(r["week"], r["postings"], r["scam_rate"]) for r in rows] == [
        ("2025-W08", 0, None), ("2025-W09", 0, None), ("2025-W10", 3, 0.6667), ("2025-W11", 1, 0.0)]
    assert later == []  # nothing since: no weeks


def test_scam_rates_by_week_fold_days_as_each_posting_would(store_url: str) -> None:
    """Counted per UTC day in the store and folded into ISO weeks, the weekly scam rates are what counting one
    posting at a time from its own time (in UTC) gives, for the whole store and since a week's start."""
    verdicts = ["ok", "likely_scam", "caution", None, "ok", "likely_scam", "ok"]
    with db.sessions(store_url).begin() as s:
        for i, when in enumerate(ISO_WEEK_EDGES):
            for j in range(i + 2):  # more postings at each later time: no two weeks count alike
                queries.upsert_posting(s, _p(f"{i}-{j}", posted_at=when,
                                             legitimacy_verdict=verdicts[(i * 3 + j) % len(verdicts)]))
        s.execute(update(Posting).where(Posting.source_id.in_(["1-1", "5-0", "6-3"]))
                  .values(is_representative=False))
    since = datetime(2026, 12, 28, tzinfo=timezone.utc)  # Monday of 2026-W53
    with db.sessions(store_url)() as s:
        if s.get_bind().dialect.name == "postgresql":  # days are UTC days whatever the connection's zone
            s.execute(text("SET LOCAL TIME ZONE 'Pacific/Kiritimati'"))  # UTC+14: Sunday 23:30 UTC is Monday there
        postings = list(s.scalars(select(Posting)))
        got = {None: reports.scam_rates(s, "week"), since: reports.scam_rates(s, "week", since=since)}
    for start, rows in got.items():
        weeks: dict[str, list[int]] = {}
        for p in postings:
            when = (p.posted_at or p.first_seen_at).astimezone(timezone.utc)
            if p.is_representative is False or (start is not None and when < start):
                continue
            year, week, _ = when.isocalendar()
            n = weeks.setdefault(f"{year}-W{week:02d}", [0, 0, 0])
            n[0] += 1
            n[1] += p.legitimacy_verdict == "likely_scam"
            n[2] += p.legitimacy_verdict == "caution"
        counted = [r for r in rows if r["postings"]]
        assert counted == [{"week": w, "postings": n, "likely_scam": scams, "caution": caution,
                            "scam_rate": round(scams / n, 4)} for w, (n, scams, caution) in sorted(weeks.items())]
        assert [r["week"] for r in rows] == trends.weeks_of(counted)  # the quiet weeks between too (test below)
    assert {"2025-W10", "2025-W11", "2025-W12", "2026-W53", "2027-W01"} <= {r["week"] for r in got[None]}
    counted = [r for r in got[None] if r["postings"]]
    assert len({(r["postings"], r["likely_scam"]) for r in counted}) == len(counted)
    assert {"2025-W10", "2025-W11", "2025-W12"}.isdisjoint(r["week"] for r in got[since])


def _reason(code: str, weight: int = 60) -> dict:
    return {"code": code, "weight": weight, "text": code.replace("_", " "), "span": ""}


def test_scam_rates_by_reason_count_the_postings_that_give_each_sign(store_url: str) -> None:
    """A posting counts once under each of its reasons' codes, whatever its verdict; postings with no reasons
    (an empty list, JSON null, SQL NULL), a duplicate that is not its cluster's representative and, with
    ``since``, older ones are not read."""
    with db.sessions(store_url).begin() as s:
        queries.upsert_posting(s, _p("fee", legitimacy_verdict="likely_scam",
                                     legitimacy_reasons=[_reason("upfront_fee"), _reason("messaging_only", 15)]))
        queries.upsert_posting(s, _p("fee2", legitimacy_verdict="likely_scam", posted_at=T0 + timedelta(days=7),
                                     legitimacy_reasons=[_reason("upfront_fee"), _reason("urgency", 10)]))
        queries.upsert_posting(s, _p("bait", legitimacy_verdict="ok", legitimacy_reasons=[_reason("pay_bait", 20)]))
        queries.upsert_posting(s, _p("model", legitimacy_verdict="caution", posted_at=T0 + timedelta(days=7),
                                     legitimacy_reasons=[_reason("text_model", 12), _reason("pay_bait", 20)]))
        queries.upsert_posting(s, _p("copy", legitimacy_verdict="likely_scam",
                                     legitimacy_reasons=[_reason("identity_proxy")]))
        queries.upsert_posting(s, _p("clean", legitimacy_reasons=[]))
        queries.upsert_posting(s, _p("unjudged", legitimacy_verdict=None, legitimacy_reasons=None))
        s.execute(update(Posting).where(Posting.source_id == "copy").values(is_representative=False))
    with db.sessions(store_url)() as s:
        assert reports.scam_rates(s, "reason") == [
            {"reason": "pay_bait", "postings": 2, "likely_scam": 0, "caution": 1, "scam_rate": 0.0},
            {"reason": "upfront_fee", "postings": 2, "likely_scam": 2, "caution": 0, "scam_rate": 1.0},
            {"reason": "messaging_only", "postings": 1, "likely_scam": 1, "caution": 0, "scam_rate": 1.0},
            {"reason": "text_model", "postings": 1, "likely_scam": 0, "caution": 1, "scam_rate": 0.0},
            {"reason": "urgency", "postings": 1, "likely_scam": 1, "caution": 0, "scam_rate": 1.0},
        ]
        assert reports.scam_rates(s, "reason", since=T0 + timedelta(days=1)) == [
            {"reason": "pay_bait", "postings": 1, "likely_scam": 0, "caution": 1, "scam_rate": 0.0},
            {"reason": "text_model", "postings": 1, "likely_scam": 0, "caution": 1, "scam_rate": 0.0},
            {"reason": "upfront_fee", "postings": 1, "likely_scam": 1, "caution": 0, "scam_rate": 1.0},
            {"reason": "urgency", "postings": 1, "likely_scam": 1, "caution": 0, "scam_rate": 1.0},
        ]


def test_scam_rates_by_reason_read_the_reasons_a_batch_at_a_time(store_url: str) -> None:
    """Not every posting's reasons at once: on PostgreSQL a plain cursor held them all in memory (229 MB)."""
    with db.sessions(store_url).begin() as s:
        for i in range(3):
            queries.upsert_posting(s, _p(str(i), legitimacy_reasons=[_reason("urgency", 10)]))
    batches: list[object] = []
    with db.sessions(store_url)() as s:
        event.listen(s, "do_orm_execute", lambda state: batches.append(state.execution_options.get("yield_per")))
        assert reports.scam_rates(s, "reason")[0]["postings"] == 3
    assert batches and all(isinstance(b, int) and b > 0 for b in batches)


def test_scam_rates_by_week_give_a_week_with_no_postings_its_row(store_url: str) -> None:
    """As the weekly volume tables do (``trends.weeks_of``): a quiet week is a figure, 0 postings and no rate
    (``None``, not 0 %). The table had closed up over it, and /api/trends had 38 such rows against 320 weeks."""
    with db.sessions(store_url).begin() as s:
        queries.upsert_posting(s, _p("1", legitimacy_verdict="likely_scam"))
        queries.upsert_posting(s, _p("2", posted_at=T0 + timedelta(weeks=3)))
    with db.sessions(store_url)() as s:
        rows = reports.scam_rates(s, "week")
        since = reports.scam_rates(s, "week", since=T0 + timedelta(weeks=1))
    assert [(r["week"], r["postings"], r["scam_rate"]) for r in rows] == [
        ("2025-W10", 1, 1.0), ("2025-W11", 0, None), ("2025-W12", 0, None), ("2025-W13", 1, 0.0)]
    assert [r["week"] for r in since] == ["2025-W11", "2025-W12", "2025-W13"]  # from since's week, as /trends
