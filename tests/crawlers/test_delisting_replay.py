"""A gig its source stopped listing leaves the feed: real crawls through the ``vagigs`` command, replaying a real
Remotive API capture over 127.0.0.1 (Remotive answers each category with its whole list), then the same capture
with one job object deleted (the job was filled). The registry's second category answers with the capture's
envelope and no jobs."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

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


def test_a_source_that_serves_only_its_newest_jobs_never_delists(tmp_path: Path) -> None:
    """Remote OK answers with its newest ~100 jobs: one missing from the answer may only be older, not gone (until
    no run has shown it for weeks: the next test)."""
    db_file = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db_file}", "VAGIGS_HOME": str(tmp_path / "home")}
    capture = FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json"
    jobs = json.loads(capture.read_text(encoding="utf-8"))
    fewer = tmp_path / "remoteok_fewer.json"
    fewer.write_text(json.dumps(jobs[:-5]), encoding="utf-8")
    for name, body in (("full", capture), ("fewer", fewer)):
        snap = make_snapshot(tmp_path / name, [{"url": "https://remoteok.com/api", "file": str(body),
                                                 "headers": {"Content-Type": "application/json"}}])
        out = vagigs("crawl", "remoteok", "--replay", str(snap), env=env)
        assert "remoteok: finished" in out.stdout and "marked delisted" not in out.stderr
    feed = vagigs("feed", "--all", "--source", "remoteok", "--limit", "1000", "--format", "json", env=env).stdout
    assert all(p["delisted_at"] is None for p in json.loads(feed))


def test_a_gig_no_run_has_shown_for_weeks_leaves_the_feed_after_a_finished_run(tmp_path: Path) -> None:
    """Remote OK never says a job was filled. Seven jobs left the answer; five of them no crawl has shown for 31
    days: the next finished run takes those as no longer listed, not a sixth whose closing date is still ahead
    nor the seventh, last shown 29 days ago. A failed run, or ``VAGIGS_UNSEEN_DAYS=0``, marks nothing; listed again, a job is back."""
    db_file = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db_file}", "VAGIGS_HOME": str(tmp_path / "home")}
    capture = FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json"
    jobs = json.loads(capture.read_text(encoding="utf-8"))
    fewer = tmp_path / "remoteok_fewer.json"
    fewer.write_text(json.dumps(jobs[:-7]), encoding="utf-8")
    broken = tmp_path / "remoteok_broken.json"
    broken.write_bytes(capture.read_bytes()[:3000])

    def crawl(name: str, body: Path, *flags: str, check: bool = True):  # type: ignore[no-untyped-def]
        snap = make_snapshot(tmp_path / name, [{"url": "https://remoteok.com/api", "file": str(body),
                                                 "headers": {"Content-Type": "application/json"}}])
        return vagigs("crawl", "remoteok", "--replay", str(snap), *flags, env=env, check=check)

    def delisted() -> set[str]:
        with sqlite3.connect(db_file) as conn:
            return {sid for (sid,) in conn.execute(
                "SELECT source_id FROM postings WHERE source = 'remoteok' AND delisted_at IS NOT NULL")}

    crawl("full", capture)
    gone = [str(j["id"]) for j in jobs[-5:]]
    with sqlite3.connect(db_file) as conn:
        conn.execute(f"UPDATE postings SET last_seen_at = datetime('now', '-31 days') "
                     f"WHERE source_id IN ({','.join('?' * 5)})", gone)
        conn.execute("UPDATE postings SET last_seen_at = datetime('now', '-31 days'), "
                     "expires_at = datetime('now', '+10 days') WHERE source_id = ?", (str(jobs[-6]["id"]),))
        conn.execute("UPDATE postings SET last_seen_at = datetime('now', '-29 days') WHERE source_id = ?",
                     (str(jobs[-7]["id"]),))

    assert crawl("broken", broken, check=False).returncode == 1 and delisted() == set()
    assert "taken as no longer listed" not in crawl("off", fewer, "--set", "VAGIGS_UNSEEN_DAYS=0").stderr
    assert delisted() == set()

    out = crawl("fewer", fewer)
    assert "remoteok: finished" in out.stdout
    assert "5 posting(s) no run has seen for 30 days, taken as no longer listed" in out.stderr
    assert delisted() == set(gone)  # not the one still open by its closing date, nor the one seen 29 days ago
    assert delisted().isdisjoint(_feed_of(env, "remoteok"))

    crawl("again", capture)
    assert delisted() == set()


def _feed_of(env: dict[str, str], source: str) -> set[str]:
    out = vagigs("feed", "--source", source, "--limit", "1000", "--format", "json", env=env).stdout
    return {p["source_id"] for p in json.loads(out)}
