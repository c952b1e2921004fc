"""``vagigs feed`` shows the newest 50 gigs unless told otherwise, and says so on standard error when that leaves
some out, in every format, so a JSON or CSV export on standard output stays the data alone. In this process
(click's runner), on a small store of 53 gigs."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import main
from tests.helpers import small_store


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    gigs = [{"source": "telegram", "source_id": str(i), "title": f"Virtual assistant {i}"} for i in range(53)]
    return small_store(tmp_path_factory.mktemp("feed") / "v.db", *gigs)[0]


def _feed(url: str, *args: str) -> Result:
    result = CliRunner().invoke(main, ["feed", *args], env={"VAGIGS_DATABASE_URL": url}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_the_default_limit_says_how_many_it_left_out(url: str) -> None:
    table = _feed(url)
    assert table.stdout.splitlines()[-1] == "(50 postings)"
    assert table.stderr == "the newest 50 of 53 postings; --limit 53 shows them all\n"

    as_json = _feed(url, "--format", "json")
    assert len(json.loads(as_json.stdout)) == 50  # the notice is not in the JSON …
    assert as_json.stderr == table.stderr

    as_csv = _feed(url, "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(as_csv.stdout)))) == 50  # … nor in the CSV
    assert as_csv.stderr == table.stderr


@pytest.mark.parametrize("args", [("--limit", "53"), ("--limit", "50"), ("--limit", "3"), ("--all",),
                                  ("--search", "assistant 7")])
def test_a_limit_given_or_a_feed_that_fits_says_nothing_more(url: str, args: tuple[str, ...]) -> None:
    assert _feed(url, *args, "--format", "json").stderr == ""
