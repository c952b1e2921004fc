"""``vagigs health`` as a monitor runs it: a source that stops giving postings is caught, with its exit code."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crawlers import sources
from tests.helpers import vagigs


@pytest.mark.long
def test_health_catches_a_source_whose_layout_changed(tmp_path: Path) -> None:
    """Remote OK answers, then three times answers only its legal notice (element 0 of the real capture):
    every run is clean and logs no error, so only health notices that postings stopped coming."""
    from replay import SHIPPED_SNAPSHOT

    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    vagigs("migrate", env=env)  # a store, nothing crawled yet
    before = vagigs("health", "--source", "remoteok", env=env, check=False)
    assert before.returncode == 1 and "never_crawled" in before.stdout

    vagigs("crawl", "remoteok", "--replay", env=env)
    ok = vagigs("health", "--source", "remoteok", env=env, check=False)
    assert ok.returncode == 0, ok.stdout
    assert ok.stdout.splitlines()[1].startswith("remoteok         ok       last run ")  # under the header row
    assert ok.stdout.rstrip().endswith("1 source: 1 ok, 0 warning, 0 critical")

    snap = tmp_path / "snap"
    shutil.copytree(SHIPPED_SNAPSHOT, snap)
    api = snap / "remoteok.com" / "api.json"
    api.write_text(json.dumps(json.loads(api.read_text(encoding="utf-8"))[:1]), encoding="utf-8")
    for _ in range(3):
        vagigs("crawl", "remoteok", "--replay", str(snap), env=env)  # clean runs: exit 0, "empty"
    silent = vagigs("health", "--format", "json", "--source", "remoteok", env=env, check=False)
    assert silent.returncode == 1
    report = json.loads(silent.stdout)
    assert report["level"] == "warning"
    (source,) = report["sources"]
    assert source["last_run"]["status"] == "empty"
    assert [p["code"] for p in source["problems"]] == ["silent"]
    assert "has the site changed its layout?" in source["problems"][0]["message"]


def test_health_that_cannot_judge_exits_3_unknown_not_critical(tmp_path: Path) -> None:
    proc = vagigs("health", "--source", "nosuch", env={"VAGIGS_HOME": str(tmp_path)}, check=False)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"Error: {sources.unknown('nosuch')}\n")  # as the other commands say it
    unreadable = {"VAGIGS_HOME": str(tmp_path), "VAGIGS_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:9/x"}
    proc = vagigs("health", env=unreadable, check=False)
    assert proc.returncode == 3 and "cannot open the store" in proc.stderr and "Traceback" not in proc.stderr


def test_health_that_cannot_judge_still_answers_a_json_monitor_in_json(tmp_path: Path) -> None:
    """A monitor that asked for JSON parses standard output whatever the check found; an empty output would be its
    own parse error, not the reason the check could not judge."""
    proc = vagigs("health", "--source", "nosuch", "--format", "json", env={"VAGIGS_HOME": str(tmp_path)}, check=False)
    report = json.loads(proc.stdout)
    assert proc.returncode == 3 and report["level"] == "unknown" and report["sources"] == []
    assert report["error"] == sources.unknown("nosuch")
    missing = {"VAGIGS_HOME": str(tmp_path), "VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'none.db'}"}
    proc = vagigs("health", "--format", "json", env=missing, check=False)
    assert proc.returncode == 3 and json.loads(proc.stdout)["error"].startswith("no store at ")


def test_health_help_names_every_problem_and_curation_line_it_may_print() -> None:
    """What an operator reads in ``--help`` is every code a source's line may carry and every stage line of the
    curation, with the command that clears it."""
    import re

    from store.health import CURATION_COLUMNS

    text = vagigs("health", "--help").stdout
    for code in ("lost", "failing", "stale", "silent", "dropping", "losing_fields", "never_crawled", "unreachable",
                 "readable_by_others"):
        assert re.search(rf"^ +{code}\b", text, re.M), code
    for stage, (_, command, _) in CURATION_COLUMNS.items():
        assert f"{stage} stage" in text, stage
        assert command in " ".join(text.split()), command


@pytest.mark.long
def test_health_counts_postings_curated_by_an_older_version_until_they_are_re_curated(tmp_path: Path) -> None:
    """A crawl stamps what it stores with the installed tagger's, judge's and search folding's versions; after an
    upgrade the postings of the old ones are a warning, with the command that re-curates them, until it has run."""
    import sqlite3

    db_path = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db_path}", "VAGIGS_HOME": str(tmp_path / "home")}
    vagigs("crawl", "remoteok", "--replay", env=env)

    def curation() -> dict[str, dict]:
        report = json.loads(vagigs("health", "--format", "json", env=env, check=False).stdout)
        return {c["stage"]: c for c in report["curation"]}

    fresh = curation()
    stored = fresh["tags"]["postings"]
    assert stored > 50 and fresh["legitimacy"]["postings"] == stored == fresh["search"]["postings"]
    assert all(c["level"] == "ok" and c["by_other_version"] == 0 == c["unrecorded"] for c in fresh.values())

    with sqlite3.connect(db_path) as conn:  # as if tagged and judged before an upgrade
        conn.execute("UPDATE postings SET tags_version = '2026.11.1+0badc0de' WHERE id % 2 = 0")
        conn.execute("UPDATE postings SET legitimacy_version = NULL WHERE id % 3 = 0")
        conn.execute("UPDATE posting_search SET folded_with = '0badc0de' WHERE posting_id % 5 = 0")
    upgraded = curation()
    assert upgraded["tags"]["level"] == "warning" and 0 < upgraded["tags"]["by_other_version"] < stored
    assert upgraded["tags"]["message"].endswith("(2026.11.1+0badc0de: "
                                                f"{upgraded['tags']['by_other_version']}): `vagigs retag --stale` re-curates them")
    assert upgraded["legitimacy"]["level"] == "ok" and upgraded["legitimacy"]["unrecorded"] > 0
    table = vagigs("health", env=env, check=False)
    assert "\ntags stage       warning  " in table.stdout and "\nlegitimacy stage ok       " in table.stdout
    folded_before = upgraded["search"]["by_other_version"]
    assert upgraded["search"]["level"] == "warning" and 0 < folded_before < stored
    assert upgraded["search"]["message"].endswith(f"(0badc0de: {folded_before}): `vagigs migrate --search` folds their "
                                                  "search words again")
    assert f"{folded_before:,} postings' search words folded again" in vagigs("migrate", "--search", env=env).stdout

    older = upgraded["tags"]["by_other_version"]
    assert f"re-tagged {older} stale postings" in vagigs("retag", "--stale", env=env).stdout
    unrecorded = upgraded["legitimacy"]["unrecorded"]
    assert f"re-judged {unrecorded} stale postings" in vagigs("reassess", "--stale", env=env).stdout
    assert all(c["level"] == "ok" and c["by_other_version"] == 0 == c["unrecorded"] for c in curation().values())


def _health(url: str, *args: str):  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from cli import main

    return CliRunner().invoke(main, ["health", "--source", "remotive", *args], env={"VAGIGS_DATABASE_URL": url})


def test_health_judges_a_source_by_the_interval_the_scheduler_keeps(sqlite_url: str) -> None:
    """The scheduler, run with ``--set VAGIGS_DAILY_CAPS={"remotive": 1}``, crawls remotive every 24 hours, and its
    hourly health job judges it so; ``vagigs health`` judged it by the registry's 12 hours: a false critical
    'stale' 36 hours after its last clean run."""
    from datetime import timedelta

    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    import scheduler
    from store import db, queries

    with db.sessions(sqlite_url).begin() as s:
        run = queries.start_run(s, "remotive")
        queries.finish_run(s, run.id, queries.RunReport(status="finished", items_scraped=9))
        run.started_at = run.heartbeat_at = queries.utcnow() - timedelta(hours=40)
        run.finished_at = run.started_at + timedelta(minutes=1)
    unscheduled = _health(sqlite_url)
    assert unscheduled.exit_code == 2 and "stale" in unscheduled.output  # 40 hours: three of its 12-hour intervals
    caps = {"VAGIGS_DAILY_CAPS": '{"remotive": 1}'}
    told = _health(sqlite_url, "--set", f"VAGIGS_DAILY_CAPS={caps['VAGIGS_DAILY_CAPS']}")
    assert told.exit_code == 0, told.output  # as the scheduler computes it: every 24 hours

    s = BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(url=sqlite_url, tablename="apscheduler_jobs")},
                            timezone="UTC")
    for job, *_ in scheduler.build_scheduler(sqlite_url, caps)._pending_jobs:  # the jobs as the scheduler keeps them
        if job.id.startswith("crawl:"):
            s.add_job(job.func, job.trigger, args=job.args, id=job.id, next_run_time=job.next_run_time)
    s.start(paused=True)
    s.shutdown(wait=False)
    scheduled = _health(sqlite_url)
    assert scheduled.exit_code == 0, scheduled.output
    assert {h.source: h.level for h in scheduler.health_job(sqlite_url, caps)}["remotive"] == "ok"  # its hourly job
    bad = _health(sqlite_url, "--set", "VAGIGS_DAILY_CAPS")
    assert bad.exit_code == 2 and "write KEY=VALUE" in bad.output  # a usage error, as for `vagigs schedule`


def test_health_says_its_run_times_are_utc(sqlite_url: str) -> None:
    """The last run's and the last clean run's starts, in UTC and saying so, as the scheduler's log lines do; they
    had been bare times an operator east of Greenwich read as local."""
    from datetime import datetime, timezone

    from store import db, queries

    with db.sessions(sqlite_url).begin() as s:
        for status, hour in (("finished", 3), ("failed", 15)):
            run = queries.start_run(s, "remotive")
            queries.finish_run(s, run.id, queries.RunReport(status=status, items_scraped=9))
            run.started_at = run.heartbeat_at = datetime(2026, 12, 5, hour, 47, tzinfo=timezone.utc)
            run.finished_at = run.started_at
    line = _health(sqlite_url).output.splitlines()[1]  # under the header row
    assert "last run 2026-12-05 15:47 UTC failed (9 scraped); last clean 2026-12-05 03:47 UTC" in line


def test_health_gives_a_node_that_does_not_answer_a_few_seconds_and_a_clear_line(sqlite_url: str) -> None:
    """A node whose port takes connections but never answers (a hung Scrapyd) holds ``vagigs health`` for
    ``NODE_HEALTH_TIMEOUT`` seconds, not the scheduler's 10 s per request; with no node configured, none is named."""
    import socket
    import time

    from click.testing import CliRunner

    import scheduler
    from cli import main
    from tests.helpers import free_port

    with socket.socket() as hung:
        hung.bind(("127.0.0.1", free_port()))
        hung.listen(8)
        node = f"http://127.0.0.1:{hung.getsockname()[1]}"
        started = time.monotonic()
        result = CliRunner().invoke(main, ["health"], env={"VAGIGS_DATABASE_URL": sqlite_url,
                                                           "VAGIGS_SCRAPYD_URLS": node})
        took = time.monotonic() - started
    assert took < scheduler.NODE_HEALTH_TIMEOUT + 5 < scheduler.SCRAPYD_TIMEOUT + 5
    lines = result.output.splitlines()
    at = lines.index(f"scrapyd {node} critical unreachable (no answer in {scheduler.NODE_HEALTH_TIMEOUT:g} s); no "
                     "crawl queued there yet")
    assert lines[at + 1] == (f"{'':17}! unreachable: does not answer: no answer in {scheduler.NODE_HEALTH_TIMEOUT:g} "
                             "s; no node answers: no crawl can be launched")
    assert result.exit_code == 2
    alone = CliRunner().invoke(main, ["health", "--format", "json"], env={"VAGIGS_DATABASE_URL": sqlite_url})
    assert "nodes" not in json.loads(alone.output)


def test_health_starts_with_a_header_row_over_its_columns(sqlite_url: str) -> None:
    """As ``vagigs runs`` and the reports' tables have one: the source, its level and its runs, each heading over its
    column; ``--format json`` stays the verdicts alone."""
    from store import db, queries

    with db.sessions(sqlite_url).begin() as s:
        run = queries.start_run(s, "remotive")
        queries.finish_run(s, run.id, queries.RunReport(status="finished", items_scraped=9))
    header, row, summary = _health(sqlite_url).output.splitlines()
    assert header.split() == ["source", "level", "runs"]
    for heading, value in (("source", "remotive"), ("level", "ok"), ("runs", "last run ")):
        assert header.index(heading) == row.index(value), (heading, header, row)
    assert summary == "1 source: 1 ok, 0 warning, 0 critical"
    assert [h["source"] for h in json.loads(_health(sqlite_url, "--format", "json").output)["sources"]] == ["remotive"]
