"""What a contributor adding a source meets: a registry entry and a spider that do not match, links to another host
of the source, ids repeated in one run, a URL the replay snapshot did not record. Each had passed in silence, or
stopped every other source's crawl with a traceback."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, make_snapshot

API = "https://api.vahub.example.org/jobs"
SPIDER = '''
import os

import scrapy

from crawlers.spiders.base import SourceSpider


class VahubSpider(SourceSpider):
    name = "vahub"
    id_key = "uid"

    def parse_records(self, response):
        jobs = self.json_jobs(response, key="data")
        if os.environ.get("VAHUB_DETAILS"):
            return [scrapy.Request(j["page"], callback=self.parse, errback=self.on_error) for j in jobs]
        return self.each_record(jobs, lambda j: self.new_item(j["uid"], j, url=j["page"], title=j["title"]))
'''
RUNNER = '''
import os
import sys

import crawlers.settings
from crawlers import sources

if os.environ.get("VAHUB_ENTRY"):
    sources.SOURCES["vahub"] = sources.Source(name="vahub", title="VA Hub", homepage="https://vahub.example.org",
                                              start_urls=("%s",))
if os.environ.get("VAHUB_SPIDER"):
    crawlers.settings.SPIDER_MODULES = [*crawlers.settings.SPIDER_MODULES, "vahubmod"]
import cli

sys.argv = ["vagigs", *sys.argv[1:]]
cli.main()
''' % API


def _job(uid: str, title: str) -> dict:
    return {"uid": uid, "title": title, "page": f"https://www.vahub.example.org/jobs/{uid}"}


def _vagigs(tmp_path: Path, *args: str, entry: bool = True, spider: bool = True,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``vagigs ARGS`` with a ``vahub`` registry entry and spider module, each only when asked."""
    (tmp_path / "vahubmod.py").write_text(SPIDER, encoding="utf-8")
    (tmp_path / "run_vagigs.py").write_text(RUNNER, encoding="utf-8")
    full = {"PYTHONPATH": f"{ROOT}:{tmp_path}", "VAGIGS_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin",
            **({"VAHUB_ENTRY": "1"} if entry else {}), **({"VAHUB_SPIDER": "1"} if spider else {}), **(env or {})}
    return subprocess.run([sys.executable, str(tmp_path / "run_vagigs.py"), *args, "--set", "LOG_LEVEL=WARNING"]
                          if args[0] == "crawl" else [sys.executable, str(tmp_path / "run_vagigs.py"), *args],
                          cwd=ROOT, env=full, capture_output=True, text=True, timeout=180)


def _runs(tmp_path: Path) -> list[dict]:
    with sqlite3.connect(tmp_path / "home" / "vagigs.db") as conn:
        rows = conn.execute("SELECT source, status, dropped, errors, items_stored FROM crawl_runs ORDER BY id")
        return [{"source": s, "status": st, "dropped": json.loads(d or "{}"), "errors": json.loads(e or "[]"),
                 "stored": n} for s, st, d, e, n in rows]


def test_an_entry_with_no_spider_is_said_and_the_other_sources_are_crawled(tmp_path: Path) -> None:
    proc = _vagigs(tmp_path, "crawl", "vahub", "remotive", "--replay", spider=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "source vahub is registered in crawlers/sources.py but no spider is named vahub" in proc.stderr
    assert " remotive: finished" in proc.stdout
    assert [r["source"] for r in _runs(tmp_path)] == ["remotive"]


def test_a_spider_with_no_entry_is_said_in_one_line(tmp_path: Path) -> None:
    proc = _vagigs(tmp_path, "crawl", "vahub", entry=False)
    assert proc.returncode == 2 and "unknown source 'vahub'; one of" in proc.stderr
    assert proc.stderr.rstrip().endswith("(add it to crawlers/sources.py)")
    assert "(add it" not in _vagigs(tmp_path, "crawl", "nosuch", entry=False).stderr  # no spider of that name
    scrapy = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "vahub", "-s",
                             "SPIDER_MODULES=crawlers.spiders,vahubmod", "-s", "LOG_LEVEL=WARNING"], cwd=ROOT,
                            env={"PYTHONPATH": f"{ROOT}:{tmp_path}", "VAGIGS_HOME": str(tmp_path / "home"),
                                 "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=180)
    assert "Traceback" not in scrapy.stderr and "KeyError" not in scrapy.stderr, scrapy.stderr
    assert "spider vahub has no entry in the registry; add it to crawlers/sources.py" in scrapy.stderr
    [run] = _runs(tmp_path)
    assert run["status"] == "failed" and run["errors"][0].startswith("no_registry_entry: spider vahub has no entry")


def test_links_to_another_host_are_counted_on_the_run_and_health_is_not_ok(tmp_path: Path) -> None:
    snap = make_snapshot(tmp_path / "snap", [{"url": API, "text": json.dumps({"data": [_job("1", "A"), _job("2", "B")]}),
                                              "headers": {"Content-Type": "application/json"}}])
    proc = _vagigs(tmp_path, "crawl", "vahub", "--replay", str(snap), env={"VAHUB_DETAILS": "1"})
    assert proc.returncode == 1
    assert "run 1 vahub: failed; scraped 0, stored 0 (0 new); dropped: offsite=2" in proc.stdout
    [run] = _runs(tmp_path)
    assert run["dropped"] == {"offsite": 2}
    assert run["errors"] == ["offsite: https://www.vahub.example.org/jobs/1: links to www.vahub.example.org not "
                             "followed (only api.vahub.example.org); a host of the source's own goes in its spider's "
                             "own_urls()"]
    health = _vagigs(tmp_path, "health", "--source", "vahub")
    assert health.returncode != 0 and " ok " not in health.stdout.splitlines()[1], health.stdout  # under the header


def test_an_id_repeated_in_one_run_keeps_the_first_copy_and_is_counted(tmp_path: Path) -> None:
    first, again = _job("7", "Assistant"), _job("7", "Assistant (edited)")
    body = {"data": [first, _job("8", "Support"), dict(first), again]}  # the same record twice: one overlap
    snap = make_snapshot(tmp_path / "snap", [{"url": API, "text": json.dumps(body),
                                              "headers": {"Content-Type": "application/json"}}])
    proc = _vagigs(tmp_path, "crawl", "vahub", "--replay", str(snap))
    assert "run 1 vahub: finished; scraped 2, stored 2 (2 new); dropped: duplicate_id=1" in proc.stdout, proc.stdout
    assert "vahub: source id 7 came twice in this run; the first copy is kept" in proc.stderr
    with sqlite3.connect(tmp_path / "home" / "vagigs.db") as conn:
        assert conn.execute("SELECT title FROM postings WHERE source_id = '7'").fetchall() == [("Assistant",)]


def test_a_url_the_snapshot_did_not_record_is_not_read_as_the_source_s_404(tmp_path: Path) -> None:
    snap = make_snapshot(tmp_path / "snap", [{"url": "https://elsewhere.example/", "text": "{}"}])
    proc = _vagigs(tmp_path, "crawl", "vahub", "--replay", str(snap))
    assert "run 1 vahub: failed; scraped 0, stored 0 (0 new); dropped: no_recording=1" in proc.stdout, proc.stdout
    [run] = _runs(tmp_path)
    assert run["errors"] == [f"no_recording: {API}: no recording of this URL in the snapshot (replay)"]
    assert not (tmp_path / "home" / "quarantine").exists()


def _scrapy_crawl(tmp_path: Path, snapshot: Path, name: str) -> subprocess.CompletedProcess[str]:
    from replay.server import ReplayServer

    with ReplayServer(snapshot) as server:
        return subprocess.run([sys.executable, "-m", "scrapy", "crawl", name, "-s", "LOG_LEVEL=WARNING",
                               "-s", f"VAGIGS_REPLAY_BASE={server.base_url}"], cwd=ROOT,
                              env={"PYTHONPATH": str(ROOT), "VAGIGS_HOME": str(tmp_path / "home"),
                                   "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=180)


@pytest.mark.long  # (an end-to-end run of 10-20 s: after the README's command, in CI)
def test_scrapy_crawl_migrates_a_fresh_embedded_store_and_exits_as_vagigs_crawl(tmp_path: Path) -> None:
    from replay import SHIPPED_SNAPSHOT

    proc = _scrapy_crawl(tmp_path, SHIPPED_SNAPSHOT, "remoteok")
    assert "no such table" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 0
    assert _runs(tmp_path)[0]["status"] == "finished"
    failing = _scrapy_crawl(tmp_path, make_snapshot(tmp_path / "snap", [{"url": API, "text": "{}"}]), "remoteok")
    assert failing.returncode == 1 and _runs(tmp_path)[1]["dropped"] == {"no_recording": 1}
