"""``vagigs crawl --replay``: a snapshot is checked before anything is crawled, and the JSON-LD boards it recorded
are crawled as ``vagigs demo`` crawls the shipped one, so a replay's ``jsonld`` runs find what was recorded."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from replay import SHIPPED_JSONLD_BOARD, SHIPPED_SNAPSHOT
from tests.helpers import FIXTURES, make_snapshot, vagigs, vagigs_here


def _env(tmp_path: Path) -> dict[str, str]:
    return {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home")}


def _jsonld_runs(env: dict[str, str]) -> list[tuple[str, int]]:
    runs = json.loads(vagigs_here("runs", "--source", "jsonld", "--format", "json", env=env).stdout)
    return [(r["status"], r["items_scraped"]) for r in reversed(runs)]


def test_a_corrupt_manifest_is_refused_naming_its_file_and_line(tmp_path: Path) -> None:
    snap = tmp_path / "snap"
    shutil.copytree(SHIPPED_SNAPSHOT, snap)
    manifest = snap / "manifest.jsonl"
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text("".join(lines[:-1]) + lines[-1][:40], encoding="utf-8")  # the recording was cut short
    proc = vagigs("crawl", "remotive", "--replay", str(snap), env=_env(tmp_path), check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.splitlines()[-1] == (f"Error: Invalid value for --replay: {manifest}, line {len(lines)}: "
                                            "not a JSON object (Unterminated string starting at, column 9)")
    assert not (tmp_path / "v.db").exists()


@pytest.mark.long
def test_replaying_the_shipped_snapshot_crawls_its_json_ld_board(tmp_path: Path) -> None:
    """The demo's run found the board's two postings; a plain replay finds them too, and its re-crawls see them
    still listed, so ``vagigs health`` does not take the source for one gone silent."""
    env = _env(tmp_path)
    vagigs("crawl", "jsonld", "--replay", "--set", f"VAGIGS_JSONLD_URLS={SHIPPED_JSONLD_BOARD}", env=env)
    vagigs("crawl", "remotive", "jsonld", "--replay", env=env)
    for _ in range(2):
        vagigs("crawl", "jsonld", "--replay", env=env)
    assert _jsonld_runs(env) == [("finished", 2)] + [("finished", 0)] * 3  # stored before, each seen again
    health = vagigs("health", "--source", "jsonld", env=env, check=False)
    assert health.returncode == 0, health.stdout

    other = _env(tmp_path / "other")
    vagigs("crawl", "--replay", env=other)  # every source, as demo does
    assert _jsonld_runs(other) == [("finished", 2)]


def test_any_snapshot_that_recorded_a_board_has_it_crawled(tmp_path: Path) -> None:
    """A board is recorded as its sitemap, on a host none of the registry's sources crawls."""
    sitemap = (FIXTURES / "jsonld" / "sitemap.xml").read_text(encoding="utf-8")
    page = {"Content-Type": "text/html; charset=utf-8"}
    snap = make_snapshot(tmp_path / "snap", [
        {"url": "https://jobs.example.net/sitemap_jobs.xml", "text": sitemap.replace("careers.example.com",
                                                                                    "jobs.example.net"),
         "headers": {"Content-Type": "application/xml"}},
        {"url": "https://jobs.example.net/jobs/remote-administrative-assistant-2291",
         "file": FIXTURES / "jsonld" / "posting_jsonld.html", "headers": page},
        {"url": "https://jobs.example.net/jobs/client-manager-remote-2304",
         "file": FIXTURES / "jsonld" / "posting_microdata.html", "headers": page},
    ])
    env = _env(tmp_path)
    vagigs("crawl", "jsonld", "--replay", str(snap), env=env)
    assert _jsonld_runs(env) == [("finished", 2)]
