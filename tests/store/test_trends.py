"""Trends for analysts and the web app's feed pages, on SQLite and on a real PostgreSQL."""
from datetime import datetime, timedelta, timezone

import pytest

from store import db, dedupe_queries, queries, trends, web_queries
from store.models import Posting

T0 = datetime(2025, 3, 3, 23, 30, tzinfo=timezone.utc)  # Monday of ISO week 2025-W10, late evening UTC


def _p(sid: str, **extra) -> dict:  # type: ignore[no-untyped-def]
    base = dict(source="remoteok", source_id=sid, title=f"Job {sid}", description="text", posted_at=T0,
                language="en", tags=["data_entry"], legitimacy_score=90, legitimacy_verdict="ok", va_relevant=True)
    base.update(extra)
    return base


def _fill(url: str) -> dict[str, int]:
    with db.sessions(url).begin() as s:
        ids = {sid: queries.upsert_posting(s, _p(sid, **kw)).id for sid, kw in [
            ("a", dict(salary_min=400, salary_max=600, salary_period="month", salary_currency="USD")),
            ("b", dict(salary_max=1000, salary_period="month", salary_currency="USD",
                       tags=["data_entry", "customer_support"], posted_at=T0 + timedelta(days=6))),
            ("c", dict(language="fa", source="jobinja", tags=[], posted_at=T0 + timedelta(days=7))),
            ("d", dict(language=None, source="telegram", posted_at=None)),
            ("scam", dict(salary_min=9000, salary_period="month", salary_currency="USD",
                          legitimacy_verdict="likely_scam", posted_at=T0 + timedelta(days=8))),
            ("dup", dict(source="weworkremotely", url="https://wwr.example/dup")),
        ]}
        dedupe_queries.set_clusters(s, [(ids["dup"], ids["a"], "exact", False)])
    return ids


def test_postings_per_week_by_tag_language_source(store_url: str) -> None:
    _fill(store_url)
    with db.sessions(store_url)() as s:
        d_week = trends.iso_week(s.get(queries.Posting, 4).first_seen_at)
        by_tag = trends.postings_per_week(s, "tag")
        by_lang = trends.postings_per_week(s, "language")
        by_source = trends.postings_per_week(s, "source")
    # 23:30 UTC on Monday stays in W10 on PostgreSQL whatever the server's time zone; dup is not counted
    assert {(r["week"], r["tag"]): r["postings"] for r in by_tag} == {
        ("2025-W10", "data_entry"): 2, ("2025-W10", "customer_support"): 1,
        ("2025-W11", "data_entry"): 1, (d_week, "data_entry"): 1}
    assert {(r["week"], r["language"]): r["postings"] for r in by_lang} == {
        ("2025-W10", "en"): 2, ("2025-W11", "fa"): 1, ("2025-W11", "en"): 1, (d_week, "unknown"): 1}
    assert sum(r["postings"] for r in by_source) == 5
    assert [r["week"] for r in by_source] == sorted(r["week"] for r in by_source)
    weeks = trends.weeks_of(by_source)
    assert weeks[0] == "2025-W10" and weeks[-1] == max(r["week"] for r in by_source)
    assert {r["week"] for r in by_source} <= set(weeks)
    assert trends.weeks_of(by_source, last=2) == weeks[-2:]


def test_median_pay_leaves_out_scams_and_duplicates(store_url: str) -> None:
    _fill(store_url)
    with db.sessions(store_url)() as s:
        rows = trends.median_pay(s)
    assert rows == [
        {"tag": "customer_support", "period": "month", "currency": "USD", "postings": 1,
         "median_min": None, "median_max": 1000.0, "n_min": 0, "n_max": 1},  # b says "up to 1000" only
        {"tag": "data_entry", "period": "month", "currency": "USD", "postings": 2,
         "median_min": 400.0, "median_max": 800.0, "n_min": 1, "n_max": 2},  # b: "up to 1000"
    ]


def test_a_median_of_a_bound_counts_only_the_postings_that_state_it(store_url: str) -> None:
    """Jobinja's "از ۲۰,۰۰۰,۰۰۰ تومان" (from 20,000,000) states a floor, no ceiling: counted as its own maximum it
    had shown as the "median maximum" of its task."""
    with db.sessions(store_url).begin() as s:
        for sid, low, high in [("from", 200_000_000, None), ("range", 80_000_000, 100_000_000),
                               ("upto", None, 90_000_000), ("one", 60_000_000, 60_000_000)]:
            queries.upsert_posting(s, _p(sid, source="jobinja", salary_min=low, salary_max=high,
                                         salary_period="month", salary_currency="IRR"))
    with db.sessions(store_url)() as s:
        [row] = trends.median_pay(s)
    assert row == {"tag": "data_entry", "period": "month", "currency": "IRR", "postings": 4,
                   "median_min": 80_000_000.0,  # of 200, 80 and 60 million: the "up to" states no minimum
                   "median_max": 90_000_000.0,  # of 100, 90 and 60 million: the "from" states no maximum
                   "n_min": 3, "n_max": 3}  # how many postings each median is of
    with db.sessions(store_url).begin() as s:
        s.execute(Posting.__table__.update().where(Posting.source_id != "from").values(legitimacy_verdict="likely_scam"))
    with db.sessions(store_url)() as s:
        assert trends.median_pay(s)[0]["median_max"] is None


def test_a_median_is_to_the_cent(store_url: str) -> None:
    """The mean of the two middle amounts, to the cent: 170827.21 and 170827.25 had made 170827.22999999998."""
    with db.sessions(store_url).begin() as s:
        for sid, low, high in [("a", 170827.21, 1000.1), ("b", 170827.25, 1000.2)]:
            queries.upsert_posting(s, _p(sid, source="remoteok", salary_min=low, salary_max=high,
                                         salary_period="year", salary_currency="USD"))
    with db.sessions(store_url)() as s:
        [row] = trends.median_pay(s)
    assert (row["median_min"], row["median_max"]) == (round((170827.21 + 170827.25) / 2, 2), 1000.15)
    assert [repr(row[k]) for k in ("median_min", "median_max")] == ["170827.23", "1000.15"]


def test_median_pay_counts_local_pay_with_no_period_as_monthly_when_asked(store_url: str) -> None:
    """Uzbek posts say "Maosh: 5 000 000 so'm" without "per month"; with the convention passed in they count
    as monthly pay, beside so'm pay that says "oyiga"; dollars with no period stay out either way."""
    with db.sessions(store_url).begin() as s:
        for sid, pay, period, currency in [("u1", 4_000_000, None, "UZS"), ("u2", 6_000_000, None, "UZS"),
                                           ("u3", 5_000_000, "month", "UZS"), ("d1", 500, None, "USD")]:
            queries.upsert_posting(s, _p(sid, source="telegram", salary_min=pay, salary_max=pay,
                                         salary_period=period, salary_currency=currency))
    with db.sessions(store_url)() as s:
        assert trends.median_pay(s) == [{"tag": "data_entry", "period": "month", "currency": "UZS", "postings": 1,
                                         "median_min": 5_000_000.0, "median_max": 5_000_000.0,
                                         "n_min": 1, "n_max": 1}]
        assert trends.median_pay(s, monthly_currencies=frozenset({"UZS"})) == [
            {"tag": "data_entry", "period": "month", "currency": "UZS", "postings": 3,
             "median_min": 5_000_000.0, "median_max": 5_000_000.0, "n_min": 3, "n_max": 3}]


def test_unknown_grouping_is_refused(sqlite_url: str) -> None:
    with db.sessions(sqlite_url)() as s, pytest.raises(ValueError):
        trends.postings_per_week(s, "company")


def test_feed_page_counts_and_links(store_url: str) -> None:
    ids = _fill(store_url)
    with db.sessions(store_url)() as s:
        page, total = web_queries.feed_page(s, queries.FeedFilter(limit=2, offset=1))
        assert total == 4  # a, b, c, d: the scam and the duplicate are not in the curated feed
        assert [p["source_id"] for p in page] == ["c", "b"]  # newest first; d (no date) is newest by first_seen
        assert web_queries.count_feed(s, queries.FeedFilter(include_scams=True, limit=1)) == 5
        a = web_queries.posting(s, ids["a"])
        assert a is not None and a["also_posted_on"] == [{"source": "weworkremotely", "url": "https://wwr.example/dup"}]
        assert "payload" not in a and set(queries.PUBLIC_FIELDS) <= set(a)
        assert web_queries.posting(s, 10_000) is None
        assert web_queries.stored_sources(s) == ["jobinja", "remoteok", "telegram", "weworkremotely"]


def test_weeks_run_without_gaps_from_the_oldest_to_the_newest() -> None:
    """A week with no postings is shown as a week of zeros, not closed up: analysts read the gap."""
    rows = [{"week": "2025-W10"}, {"week": "2025-W13"}, {"week": trends.UNKNOWN}]
    assert trends.weeks_of(rows) == ["2025-W10", "2025-W11", "2025-W12", "2025-W13"]
    assert trends.weeks_of(rows, last=2) == ["2025-W12", "2025-W13"]
    assert trends.weeks_of(rows, last=50) == ["2025-W10", "2025-W11", "2025-W12", "2025-W13"]
    # 2020 has 53 ISO weeks
    assert trends.weeks_of([{"week": "2020-W52"}, {"week": "2021-W01"}]) == ["2020-W52", "2020-W53", "2021-W01"]
    assert trends.weeks_of([{"week": trends.UNKNOWN}]) == []


def test_a_window_is_the_last_weeks_or_the_weeks_since_whichever_starts_later() -> None:
    """/trends and the weekly reports read their weeks here: ``last`` counts back from the newest week with postings,
    ``since`` starts at its Monday (quiet weeks too), and the first week's Monday is where the postings are counted
    from; neither asked, every week and every posting."""
    counted = {"2025-W10", "2025-W13", trends.UNKNOWN}
    assert trends.window(counted) == trends.Window(["2025-W10", "2025-W11", "2025-W12", "2025-W13"], None)
    last_two = trends.window(counted, last=2)
    assert last_two.weeks == ["2025-W12", "2025-W13"]
    assert last_two.start == datetime(2025, 3, 17, tzinfo=timezone.utc)  # Monday of 2025-W12
    thursday_of_w11 = datetime(2025, 3, 13, 15, 30, tzinfo=timezone.utc)
    since = trends.window(counted, since=thursday_of_w11)
    assert since.weeks == ["2025-W11", "2025-W12", "2025-W13"]  # W11 has no posting: it is shown, a quiet week
    assert since.start == datetime(2025, 3, 10, tzinfo=timezone.utc)
    assert trends.window(counted, last=3, since=thursday_of_w11).weeks == ["2025-W11", "2025-W12", "2025-W13"]
    assert trends.window(counted, last=1, since=thursday_of_w11).weeks == ["2025-W13"]  # the later start
    after_the_newest = datetime(2025, 6, 2, tzinfo=timezone.utc)
    assert trends.window(counted, since=after_the_newest) == trends.Window([], after_the_newest)
    assert trends.window(set(), last=12) == trends.Window([], None)


def test_trends_since_leave_out_older_postings(store_url: str) -> None:
    _fill(store_url)
    since = T0 + timedelta(days=7)  # Monday of 2025-W11
    with db.sessions(store_url)() as s:
        by_lang = trends.postings_per_week(s, "language", since=since)
        pay = trends.median_pay(s, since=since)
        d_seen = s.get(queries.Posting, 4).first_seen_at  # posted_at unknown: first seen (now) counts
    assert {(r["week"], r["language"]): r["postings"] for r in by_lang} == {
        ("2025-W11", "fa"): 1, ("2025-W11", "en"): 1, (trends.iso_week(d_seen), "unknown"): 1}  # en: the scam
    assert pay == []  # a and b (posted in W10) set it before; the scam never does
