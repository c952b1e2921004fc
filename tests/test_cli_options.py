"""Options a user mistypes are refused before the command does any work, as one line naming the option (exit 2):
a number too big for the store or the clock, one that is no finite number, a port that is none. In this process
(click's runner)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import main


def _vagigs(*args: str, url: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"VAGIGS_DATABASE_URL": url})


@pytest.mark.parametrize(("args", "problem"), [
    (("feed", "--limit", "99999999999999999999"), "'--limit': 99999999999999999999 is not in the range 1<=x<=1000000000"),
    (("feed", "--all", "--limit", "9223372036854775808"), "'--limit': 9223372036854775808 is not in the range"),
    (("runs", "--limit", "99999999999999999999"), "'--limit': 99999999999999999999 is not in the range"),
    (("demo", "--no-serve", "--limit", "9223372036854775808"), "'--limit': 9223372036854775808 is not in the range"),
    (("reassess", "--dry-run", "--market-days", "99999999999"), "'--market-days': 99999999999 is not in the range 0<=x<=36500"),
    (("runs", "--lost-after", "inf"), "'--lost-after': inf is not in the range 0<x<=31622400"),
    (("runs", "--lost-after", "1e14"), "'--lost-after': 100000000000000.0 is not in the range 0<x<=31622400"),
    (("runs", "--lost-after", "nan"), "'--lost-after': 'nan' is not a number."),
    (("serve", "--port", "-1"), "'--port': -1 is not in the range 0<=x<=65535"),
    (("serve", "--port", "99999"), "'--port': 99999 is not in the range 0<=x<=65535"),
    (("demo", "--port", "65536"), "'--port': 65536 is not in the range 0<=x<=65535"),
])
def test_a_number_out_of_range_is_refused_before_any_work(tmp_path: Path, args: tuple[str, ...],
                                                           problem: str) -> None:
    """Each had ended in a traceback (OverflowError from SQLite, DataError from PostgreSQL, OverflowError from the
    clock), the demo's after its whole crawl; ``serve --port 99999`` had listened on 34463."""
    store = tmp_path / "v.db"
    result = _vagigs(*args, url=f"sqlite:///{store}")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert f"Error: Invalid value for {problem}" in result.stderr
    assert not store.exists()  # refused before the store was opened, the demo's crawl before it started


def test_serve_on_a_host_that_is_none_is_one_line(sqlite_url: str) -> None:
    result = _vagigs("serve", "--host", "999.1.1.1", url=sqlite_url)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "Error: cannot listen on 999.1.1.1:8000: no such host or address here\n"
