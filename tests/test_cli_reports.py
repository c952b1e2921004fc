"""``vagigs report``'s options as a script gives them: ``--since`` as the web API reads it, and a CSV that is
well-formed when no row matches."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from tests.helpers import small_store

REPORTS = [("volume",), ("volume", "--by", "source"), ("scams",), ("scams", "--by", "reason"), ("pay",),
           ("reach", "--country", "UZ", "--country", "DE")]


@pytest.fixture
def store(tmp_path: Path) -> str:
    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1", "salary_raw": "$500 a month",
                                             "salary_min": 500, "salary_max": 500, "salary_currency": "USD",
                                             "salary_period": "month",
                                             "legitimacy_reasons": [{"code": "pay_bait", "text": "", "span": ""}]})
    return url


def _report(url: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["report", *args], env={"VAGIGS_DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("since", ["2026-11-01T00:00Z", "2026-11-01T00:00+00:00", "2026-11-01", "30d", "30D"])
def test_since_takes_what_the_web_api_takes(store: str, since: str) -> None:
    _report(store, "volume", "--since", since)


@pytest.mark.parametrize("report", REPORTS, ids=" ".join)
def test_a_csv_with_no_rows_still_has_its_header(store: str, tmp_path: Path, report: tuple[str, ...]) -> None:
    """The same columns as when rows match, as ``--format json`` gives ``[]``."""
    empty, _ = small_store(tmp_path / "empty.db")
    (header, *rows) = list(csv.reader(io.StringIO(_report(store, *report, "--format", "csv"))))
    assert rows
    assert list(csv.reader(io.StringIO(_report(empty, *report, "--format", "csv")))) == [header]
    assert _report(empty, *report, "--format", "json") == "[]\n"


def test_a_median_no_posting_states_is_an_empty_cell_in_the_table_too(tmp_path: Path) -> None:
    """As ``report pay --help`` says, and as the CSV has it: the table had printed ``None``."""
    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1", "salary_raw": "from $500 a month",
                                             "salary_min": 500, "salary_currency": "USD", "salary_period": "month"})
    header, row = _report(url, "pay").splitlines()
    assert header.split() == ["tag", "period", "currency", "postings", "median_min", "median_max", "n_min", "n_max"]
    assert row.split()[1:] == ["month", "USD", "1", "500", "1", "0"]
    assert "None" not in row


@pytest.mark.parametrize("since", ["10000d", "99999w", "0001-01-01T00:00+05:00"])
def test_a_since_out_of_range_is_refused_naming_the_limit(store: str, since: str) -> None:
    """``10000d`` is a span like 7d: the message had said only that, describing exactly what was typed. (The web's
    ``?since=`` reads the same, and the API docs give the same 4 digits.)"""
    result = CliRunner().invoke(main, ["report", "volume", "--since", since], env={"VAGIGS_DATABASE_URL": store})
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: Invalid value for --since: {since!r}: a span like 7d, 30d, 12h, 2w of at most 4 digits (9999d) or an "
        "ISO date from year 1 to 9999; a year from 1300 to 1499 is read as Solar Hijri (1405/09/04)")


def test_a_weekly_report_since_a_moment_counts_that_whole_week_as_trends_does(tmp_path: Path) -> None:
    """A week's row is the whole ISO week it is labelled with, from Monday 00:00 UTC, as /trends counts
    (``store.trends.week_start``): from Thursday, "2025-W49" had counted Friday alone ("1" of a week of 3). Scam
    rates by source are no week's: their --since stays the moment given."""
    monday = datetime(2025, 12, 1, tzinfo=timezone.utc)  # 2025-W49
    url, _ = small_store(tmp_path / "v.db", *(
        {"source": "remotive", "source_id": str(day), "posted_at": monday + timedelta(days=day)}
        for day in (0, 2, 4, 7)))
    since = ("--since", "2025-12-04", "--format", "json")  # a Thursday
    first = {"week": "2025-W49"}
    assert json.loads(_report(url, "volume", "--by", "source", *since))[0] == {**first, "source": "remotive",
                                                                              "postings": 3}
    assert json.loads(_report(url, "reach", *since))[0] == {**first, "gigs": 3, "remote": 0, "open_to_UZ": 0,
                                                           "open_to_IR": 0, "share_UZ": 0.0, "share_IR": 0.0}
    assert json.loads(_report(url, "scams", "--by", "week", *since))[0]["postings"] == 3
    assert json.loads(_report(url, "scams", "--by", "source", *since))[0]["postings"] == 2  # Friday, next Monday
    for report in ("volume", "reach", "scams"):
        assert "from the Monday (00:00 UTC) of its ISO week" in " ".join(_report(url, report, "--help").split())


def test_volume_has_a_row_for_each_value_in_every_week_quiet_ones_too(tmp_path: Path) -> None:
    """Each source counted in any week has a row in every week from the first to the last, 0 where it had none:
    a quiet week left out had read as no week at all (a chart drew its line straight over it). By --since, the
    weeks start at its week, as the other weekly reports and /trends count."""
    monday = datetime(2025, 12, 1, tzinfo=timezone.utc)  # 2025-W49
    url, _ = small_store(tmp_path / "v.db",
                         {"source": "remotive", "source_id": "1", "posted_at": monday},
                         {"source": "jobicy", "source_id": "2", "posted_at": monday + timedelta(weeks=2)})
    rows = json.loads(_report(url, "volume", "--by", "source", "--format", "json"))
    assert [(r["week"], r["source"], r["postings"]) for r in rows] == [
        ("2025-W49", "jobicy", 0), ("2025-W49", "remotive", 1),
        ("2025-W50", "jobicy", 0), ("2025-W50", "remotive", 0),
        ("2025-W51", "jobicy", 1), ("2025-W51", "remotive", 0)]
    since = json.loads(_report(url, "volume", "--by", "source", "--since", "2025-11-20", "--format", "json"))
    assert [r["week"] for r in since][:2] == ["2025-W47", "2025-W47"] and sum(r["postings"] for r in since) == 2


def _weekly_store(tmp_path: Path, weeks: int = 30) -> str:
    """A posting on the Monday of each of ``weeks`` weeks up to 2025-W49, and one more in its Wednesday."""
    newest = datetime(2025, 12, 1, tzinfo=timezone.utc)  # 2025-W49
    url, _ = small_store(tmp_path / "w.db", *(
        {"source": "remotive", "source_id": str(n), "posted_at": newest - timedelta(weeks=n)} for n in range(weeks)),
        {"source": "jobicy", "source_id": "x", "posted_at": newest + timedelta(days=2)})
    return url


@pytest.mark.parametrize("report", [("volume", "--by", "source"), ("reach",), ("scams", "--by", "week")], ids=" ".join)
def test_a_weekly_report_shows_the_last_12_weeks_as_trends_does_unless_asked(tmp_path: Path,
                                                                            report: tuple[str, ...]) -> None:
    """Every week since the oldest posting had been a row (2,561 rows from 2020-W43 in the demo store, almost all
    zeros); /trends shows the 12 weeks up to the newest posting's, and so does a weekly report now. ``--since all``
    gives every week; standard error says which weeks were shown and how to see the rest."""
    url = _weekly_store(tmp_path)
    result = CliRunner().invoke(main, ["report", *report, "--format", "json"], env={"VAGIGS_DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    weeks = sorted({r["week"] for r in json.loads(result.stdout)})
    assert weeks[0] == "2025-W38" and weeks[-1] == "2025-W49" and len(weeks) == 12
    assert "the last 12 weeks, from 2025-W38 (Monday 2025-09-15); --since all for every week from 2025-W20" in (
        result.stderr)
    every = {r["week"] for r in json.loads(_report(url, *report, "--since", "all", "--format", "json"))}
    assert len(every) == 30 and min(every) == "2025-W20"
    from store.trends import DEFAULT_WEEKS

    helped = " ".join(_report(url, *report, "--help").split())
    assert "all: every" in helped and f"the last {DEFAULT_WEEKS} weeks up to the newest posting's" in helped


def test_a_weekly_report_of_a_store_younger_than_12_weeks_says_nothing_of_a_window(tmp_path: Path) -> None:
    url = _weekly_store(tmp_path, weeks=3)
    result = CliRunner().invoke(main, ["report", "volume"], env={"VAGIGS_DATABASE_URL": url})
    assert result.exit_code == 0 and result.stderr == ""


def test_reports_that_are_no_weeks_count_every_posting_unless_asked(tmp_path: Path) -> None:
    """A row per source, task or reason stays a short table over the whole store: they keep counting every
    posting, as their help says, and take ``--since all`` too."""
    url = _weekly_store(tmp_path)
    rows = json.loads(_report(url, "scams", "--by", "source", "--format", "json"))
    assert {r["source"]: r["postings"] for r in rows} == {"remotive": 30, "jobicy": 1}
    assert json.loads(_report(url, "scams", "--by", "source", "--since", "all", "--format", "json")) == rows
    assert "every posting" in " ".join(_report(url, "pay", "--help").split())


def _pay_store(tmp_path: Path) -> str:
    """Two monthly rial postings of one task: "from 140,000,000" and "80,000,000–100,000,000"."""
    common = {"source": "jobinja", "salary_currency": "IRR", "salary_period": "month"}
    url, _ = small_store(tmp_path / "p.db",
                         {**common, "source_id": "1", "salary_min": 140_000_000},
                         {**common, "source_id": "2", "salary_max": 100_000_000},
                         {**common, "source_id": "3", "salary_min": 12_345.5, "salary_max": 12_345.5,
                          "salary_currency": "USD"})
    return url


def test_the_pay_table_writes_amounts_for_people_and_the_postings_behind_each_median(tmp_path: Path) -> None:
    """``80000000.0`` is a machine's number: the table groups thousands and leaves out a whole number's ``.0``,
    right-aligned. A median minimum above the median maximum (each over the postings that state that bound) is
    explained by the counts beside them."""
    url = _pay_store(tmp_path)
    header, *rows = _report(url, "pay").splitlines()
    assert header.split() == ["tag", "period", "currency", "postings", "median_min", "median_max", "n_min", "n_max"]
    irr = next(r for r in rows if "IRR" in r)
    usd = next(r for r in rows if "USD" in r)
    assert irr.split()[1:] == ["month", "IRR", "2", "140,000,000", "100,000,000", "1", "1"]
    assert usd.split()[4:6] == ["12,345.50", "12,345.50"]
    assert irr.index("140,000,000") + len("140,000,000") == header.index("median_min") + len("median_min")
    assert "n_min" in " ".join(_report(url, "pay", "--help").split())


def test_pay_as_csv_and_json_keeps_its_numbers_raw(tmp_path: Path) -> None:
    url = _pay_store(tmp_path)
    (header, *rows) = list(csv.reader(io.StringIO(_report(url, "pay", "--format", "csv").lstrip("\ufeff"))))
    assert header == ["tag", "period", "currency", "postings", "median_min", "median_max", "n_min", "n_max"]
    assert [r[3:] for r in rows if r[2] == "IRR"][0] == ["2", "140000000.0", "100000000.0", "1", "1"]
    irr = [r for r in json.loads(_report(url, "pay", "--format", "json")) if r["currency"] == "IRR"][0]
    assert (irr["median_min"], irr["n_min"], irr["median_max"], irr["n_max"]) == (140_000_000, 1, 100_000_000, 1)
