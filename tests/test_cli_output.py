"""Output the command cannot write, input it cannot read, and a terminal that cannot show every script: one line
on standard error and a non-zero exit, never a traceback. JSON and CSV are data, written as UTF-8 whatever the
locale (as sqlite-utils and Datasette write them); the text table follows the terminal, "?" for what it cannot show.
Through the real command, on a store of two Persian gigs."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from tests.helpers import ROOT, small_store

TITLE = "دستیار مجازی"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("output")
    url, _ = small_store(tmp / "v.db", *({"source": "telegram", "source_id": str(i), "title": f"{TITLE} {i}",
                                          "language": "fa"} for i in range(2)))
    return {**os.environ, "VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp / "home")}


def _vagigs(*args: str, env: dict[str, str], **how) -> subprocess.CompletedProcess[bytes]:  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, env=env, timeout=120, **how)


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_a_full_disk_is_one_error_line(env: dict[str, str], fmt: str) -> None:
    """(``> /dev/full``: every write fails with ENOSPC, as on a full disk.) It had ended in an OSError traceback."""
    with open("/dev/full", "wb") as full:
        proc = _vagigs("feed", "--format", fmt, env=env, stdout=full, stderr=subprocess.PIPE)
    assert proc.returncode == 1
    assert proc.stderr.decode() == "Error: cannot write the output: No space left on device\n"


def test_check_with_standard_input_closed_is_a_usage_error(env: dict[str, str]) -> None:
    """(``vagigs check <&-``.) It had ended in click's RuntimeError traceback."""
    proc = _vagigs("check", env=env, capture_output=True, preexec_fn=lambda: os.close(0))
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines()[-1] == ("Error: Invalid value for '[FILE]': standard input is closed: "
                                                     "give a FILE, or pipe the post in")


def test_json_and_csv_are_utf8_whatever_the_locale(env: dict[str, str]) -> None:
    """A Persian gig had ended ``PYTHONIOENCODING=latin-1 vagigs feed --format csv`` in UnicodeEncodeError."""
    latin1 = {**env, "PYTHONIOENCODING": "latin-1"}
    as_csv = _vagigs("feed", "--format", "csv", env=latin1, capture_output=True, check=True)
    assert {r["title"] for r in csv.DictReader(io.StringIO(as_csv.stdout.decode("utf-8")))} == {
        f"{TITLE} 0", f"{TITLE} 1"}
    as_json = _vagigs("feed", "--format", "json", env=latin1, capture_output=True, check=True)
    assert {p["title"] for p in json.loads(as_json.stdout.decode("utf-8"))} == {f"{TITLE} 0", f"{TITLE} 1"}
    table = _vagigs("feed", env=latin1, capture_output=True, check=True)
    assert table.stdout.decode("latin-1").splitlines()[-1] == "(2 postings)"
    assert "?" * len("دستیار") in table.stdout.decode("latin-1")
