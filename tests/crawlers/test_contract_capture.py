"""``python -m tests.crawlers.contract DIR [SOURCE …]`` holds a capture of one's own to the promises the shipped
snapshot is held to (only the shipped snapshot could be, through ``test_all_sources_replay``)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawlers import sources
from tests.helpers import FIXTURES, ROOT, make_snapshot


def _capture(tmp_path: Path, drop_url_of_first: bool) -> Path:
    data = json.loads((FIXTURES / "remotive" / "remotive_api_2026-07.json").read_text(encoding="utf-8"))
    data["jobs"] = data["jobs"][:2]
    if drop_url_of_first:
        data["jobs"][0]["url"] = "/remote-jobs/no-host"
    body = tmp_path / "jobs.json"
    body.write_text(json.dumps(data), encoding="utf-8")
    json_type = {"Content-Type": "application/json; charset=utf-8"}
    return make_snapshot(tmp_path / "capture", [{"url": url, "file": body, "headers": json_type}
                                                for url in sources.get("remotive").start_urls])


def _check(capture: Path, *names: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tests.crawlers.contract", str(capture), *names], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


@pytest.mark.long
def test_a_capture_that_keeps_the_promises_passes(tmp_path: Path) -> None:
    proc = _check(_capture(tmp_path, drop_url_of_first=False), "remotive")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-2:] == ["remotive: 2 item(s)", "every item keeps its promises"]


def test_a_source_that_yields_nothing_ends_on_the_failure(tmp_path: Path) -> None:
    """Its last line had said "every item keeps its promises" while the check exited 1."""
    proc = _check(_capture(tmp_path, drop_url_of_first=False), "remotive", "jobicy")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-3:] == ["jobicy: 0 item(s) — none yielded", "every item yielded keeps its "
                                             "promises", "no items from: jobicy"]


def test_a_broken_promise_or_a_source_that_yields_nothing_fails_naming_it(tmp_path: Path) -> None:
    proc = _check(_capture(tmp_path, drop_url_of_first=True), "remotive", "jobicy")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert "jobicy: 0 item(s) — none yielded" in lines  # not in the capture
    assert lines[-1] == "no items from: jobicy"
    assert any(line.startswith("remotive ") and "url '/remote-jobs/no-host' is no link to its original" in line
               for line in lines), lines
