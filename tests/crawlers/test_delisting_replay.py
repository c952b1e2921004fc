"""A gig its source stopped listing leaves the feed: real crawls through the ``vagigs`` command, replaying a real
Remotive API capture over 127.0.0.1 (Remotive answers each category with its whole list), then the same capture
with one job object deleted (the job was filled). The registry's second category answers with the capture's
envelope and no jobs."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from crawlers import sources
from tests.helpers import FIXTURES, make_snapshot, vagigs

REMOTIVE = FIXTURES / "remotive" / "remotive_api_2026-07.json"  # real capture, 35 jobs
FIRST, SECOND = sources.get("remotive").start_urls


def _snapshot(directory: Path, body: Path, empty: Path) -> Path:
    json_type = {"Content-Type": "application/json"}
    return make_snapshot(directory, [{"url": FIRST, "file": str(body), "headers": json_type},
                                     {"url": SECOND, "file": str(empty), "headers": json_type}])


def _feed(env: dict[str, str], *flags: str) -> dict[str, dict]:
    out = vagigs("feed", "--source", "remotive", "--limit", "1000", "--format", "json", *flags, env=env).stdout
    return {p["source_id"]: p for p in json.loads(out)}


def _runs(db_file: Path) -> list[tuple]:
    with sqlite3.connect(db_file) as conn:
        return conn.execute("SELECT status, items_stored FROM crawl_runs ORDER BY id").fetchall()


@pytest.mark.long
def test_a_job_gone_from_the_listing_is_delisted_hidden_and_back_when_listed_again(tmp_path: Path) -> None:
    db_file = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db_file}", "VAGIGS_HOME": str(tmp_path / "home")}
    capture = json.loads(REMOTIVE.read_text(encoding="utf-8"))
    empty = tmp_path / "remotive_no_jobs.json"
    empty.write_text(json.dumps({**capture, "job-count": 0, "jobs": []}), encoding="utf-8")

    vagigs("crawl", "remotive", "--replay", str(_snapshot(tmp_path / "full", REMOTIVE, empty)), env=env)
    curated = _feed(env)
    assert curated and all(p["delisted_at"] is None for p in curated.values())
    gone = sorted(curated)[0]  # a gig the curated feed shows
    total = _runs(db_file)[0][1]

    without = [j for j in capture["jobs"] if str(j.get("id")) != gone]
    assert len(without) == len(capture["jobs"]) - 1
    smaller = tmp_path / "remotive_without_one.json"
    smaller.write_text(json.dumps({**capture, "job-count": len(without), "jobs": without}), encoding="utf-8")

    # a failed run (a truncated body) proves nothing: no gig is delisted
    truncated = tmp_path / "remotive_truncated.json"
    truncated.write_bytes(REMOTIVE.read_bytes()[:5000])
    out = vagigs("crawl", "remotive", "--replay", str(_snapshot(tmp_path / "bad", truncated, empty)), env=env,
                 check=False)
    assert out.returncode == 1
    assert "no posting marked delisted: the run ended failed" in out.stderr
    assert _feed(env).keys() == curated.keys()

    out = vagigs("crawl", "remotive", "--replay", str(_snapshot(tmp_path / "less", smaller, empty)), env=env)
    assert "remotive: finished" in out.stdout
    assert _runs(db_file)[2] == ("finished", total - 1)
    assert "crawl run 3 of remotive: 1 posting(s) no longer listed, marked delisted" in out.stderr

    assert _feed(env).keys() == curated.keys() - {gone}  # hidden from the curated feed …
    everything = _feed(env, "--all")
    assert everything[gone]["delisted_at"] is not None  # … shown, with its date, by --all
    assert [sid for sid, p in everything.items() if p["delisted_at"]] == [gone]
    assert gone in _feed(env, "--include-delisted")
    table = vagigs("feed", "--all", "--source", "remotive", "--limit", "1000", env=env).stdout
    assert table.count("x no longer listed by remotive since") == 1

    # listed again: back in the feed
    out = vagigs("crawl", "remotive", "--replay", str(_snapshot(tmp_path / "again", REMOTIVE, empty)), env=env)
    assert _feed(env).keys() == curated.keys()
    assert _runs(db_file)[3] == ("finished", total)
    assert "0 posting(s) no longer listed" in out.stderr


REMOTEOK = FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json"  # real capture: the legal notice and 98 jobs


def _crawl_remoteok(tmp_path: Path, env: dict[str, str], name: str, body: Path, *flags: str,
                    check: bool = True):  # type: ignore[no-untyped-def]
    snap = make_snapshot(tmp_path / name, [{"url": "https://remoteok.com/api", "file": str(body),
                                             "headers": {"Content-Type": "application/json"}}])
    return vagigs("crawl", "remoteok", "--replay", str(snap), *flags, env=env, check=check)


def _without_last(tmp_path: Path, n: int) -> tuple[list[dict], Path]:
    """The capture's jobs, and a copy of the capture without its last ``n`` jobs."""
    jobs = json.loads(REMOTEOK.read_text(encoding="utf-8"))
    fewer = tmp_path / "remoteok_fewer.json"
    fewer.write_text(json.dumps(jobs[:-n]), encoding="utf-8")
    return jobs, fewer


@pytest.mark.long
def test_a_source_that_serves_only_its_newest_jobs_never_delists(tmp_path: Path) -> None:
    """Remote OK answers with its newest ~100 jobs: one missing from the answer may only be older, not gone (until
    no run has shown it for weeks: the next test)."""
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    _, fewer = _without_last(tmp_path, 5)
    for name, body in (("full", REMOTEOK), ("fewer", fewer)):
        out = _crawl_remoteok(tmp_path, env, name, body)
        assert "remoteok: finished" in out.stdout and "marked delisted" not in out.stderr
    feed = vagigs("feed", "--all", "--source", "remoteok", "--limit", "1000", "--format", "json", env=env).stdout
    assert all(p["delisted_at"] is None for p in json.loads(feed))


@pytest.mark.long
def test_a_gig_no_run_has_shown_for_weeks_leaves_the_feed_after_a_finished_run(tmp_path: Path) -> None:
    """Remote OK never says a job was filled. Seven jobs left the answer; five of them no crawl has shown for 31
    days: the next finished run takes those as no longer listed, not a sixth whose closing date is still ahead
    nor the seventh, last shown 29 days ago. A failed run, or ``VAGIGS_UNSEEN_DAYS=0``, marks nothing; listed
    again, a job is back."""
    db_file = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db_file}", "VAGIGS_HOME": str(tmp_path / "home")}
    jobs, fewer = _without_last(tmp_path, 7)
    broken = tmp_path / "remoteok_broken.json"
    broken.write_bytes(REMOTEOK.read_bytes()[:3000])

    def delisted() -> set[str]:
        with sqlite3.connect(db_file) as conn:
            return {sid for (sid,) in conn.execute(
                "SELECT source_id FROM postings WHERE source = 'remoteok' AND delisted_at IS NOT NULL")}

    _crawl_remoteok(tmp_path, env, "full", REMOTEOK)
    gone = [str(j["id"]) for j in jobs[-5:]]
    with sqlite3.connect(db_file) as conn:
        conn.execute(f"UPDATE postings SET last_seen_at = datetime('now', '-31 days') "
                     f"WHERE source_id IN ({','.join('?' * 5)})", gone)
        conn.execute("UPDATE postings SET last_seen_at = datetime('now', '-31 days'), "
                     "expires_at = datetime('now', '+10 days') WHERE source_id = ?", (str(jobs[-6]["id"]),))
        conn.execute("UPDATE postings SET last_seen_at = datetime('now', '-29 days') WHERE source_id = ?",
                     (str(jobs[-7]["id"]),))

    assert _crawl_remoteok(tmp_path, env, "broken", broken, check=False).returncode == 1 and delisted() == set()
    off = _crawl_remoteok(tmp_path, env, "off", fewer, "--set", "VAGIGS_UNSEEN_DAYS=0")
    assert "taken as no longer listed" not in off.stderr and delisted() == set()

    out = _crawl_remoteok(tmp_path, env, "fewer", fewer)
    assert "remoteok: finished" in out.stdout
    assert "5 posting(s) no run has seen for 30 days, taken as no longer listed" in out.stderr
    assert delisted() == set(gone)
    runs = vagigs("runs", env=env).stdout.splitlines()[1:]  # under the header row
    assert runs[0].split()[5] == "finished" and runs[1].split() == ["delisted:", "unseen=5"]  # newest run first
    assert json.loads(vagigs("runs", "--format", "json", env=env).stdout)[0]["delisted"] == {"unseen": 5}
    feed = vagigs("feed", "--source", "remoteok", "--limit", "1000", "--format", "json", env=env).stdout
    assert delisted().isdisjoint(p["source_id"] for p in json.loads(feed))

    _crawl_remoteok(tmp_path, env, "again", REMOTEOK)
    assert delisted() == set()
