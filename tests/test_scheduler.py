"""One scheduler per store, on SQLite and on PostgreSQL, across real processes."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import scheduler
from crawlers import sources
from tests.helpers import ROOT


def test_second_lock_in_the_same_process_is_refused(store_url: str) -> None:
    with scheduler.scheduler_lock(store_url):
        with pytest.raises(scheduler.AlreadyRunning):
            with scheduler.scheduler_lock(store_url):
                pass
    with scheduler.scheduler_lock(store_url):
        pass  # released: can be taken again


def _wait_for_line(proc: subprocess.Popen, needle: str, timeout: float = 60) -> str:
    seen = []
    deadline = time.time() + timeout
    assert proc.stdout is not None
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
        seen.append(line)
        if needle in line:
            return "".join(seen)
    raise AssertionError(f"{needle!r} never printed:\n{''.join(seen)}")


def test_second_scheduler_process_refuses_to_start(store_url: str, tmp_path: Path) -> None:
    env = {"VAGIGS_DATABASE_URL": store_url, "VAGIGS_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.Popen([sys.executable, "-m", "cli", "schedule"], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        _wait_for_line(first, "Scheduler started")
        second = subprocess.run([sys.executable, "-m", "cli", "schedule"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode != 0
        assert "another vagigs scheduler holds" in second.stderr
        with pytest.raises(scheduler.AlreadyRunning):
            with scheduler.scheduler_lock(store_url):
                pass
    finally:
        first.terminate()  # SIGTERM, as systemd or docker stop it
        out, _ = first.communicate(timeout=30)
    assert first.returncode == 0 and "scheduler stopped" in out, out  # stopped as by Ctrl-C, not killed
    with scheduler.scheduler_lock(store_url):  # and its lock is free for the next one
        pass


def test_one_interval_job_per_source_in_the_store(store_url: str) -> None:
    s = scheduler.build_scheduler(store_url)
    stored = sorted(job.id for job, store, *_ in s._pending_jobs if store == "default")
    assert stored == sorted(f"crawl:{n}" for n in sources.SOURCES)
    assert [job.id for job, store, *_ in s._pending_jobs if store != "default"] == ["health", "curation"]


def test_the_curation_job_runs_at_start_unless_turned_off(store_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta, timezone

    (job,) = [job for job, *_ in scheduler.build_scheduler(store_url)._pending_jobs if job.id == "curation"]
    assert job.trigger.interval == timedelta(hours=6)
    assert datetime.now(timezone.utc) - job.next_run_time < timedelta(minutes=1)  # an upgrade re-curates at once
    monkeypatch.setenv("VAGIGS_RECURATE_EVERY_HOURS", "0")
    assert "curation" not in [job.id for job, *_ in scheduler.build_scheduler(store_url)._pending_jobs]


def test_the_curation_job_re_curates_only_what_another_version_curated(store_url: str,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    from sqlalchemy import select, update

    from pipeline import installed_versions
    from pipeline.textnorm import search_text, search_words
    from store import db, queries, search
    from store.models import Posting
    from store.search_models import PostingSearch

    with db.sessions(store_url).begin() as session:
        for sid in ("1", "2", "3"):
            title = "Operator call-markaziga"
            posting = queries.upsert_posting(session, dict(source="hh", source_id=sid, title=title,
                                             description="Qo'ng'iroqlarni qabul qilish, mijozlar bilan ishlash."))
            search.set_text(session, posting.id, search_text(title, None, None))  # words of no recorded folding
    tagged, judged, refolded = scheduler.curation_job(store_url)  # stored before versions were recorded
    assert (tagged.postings, judged.postings, refolded) == (3, 3, 3)
    with db.sessions(store_url).begin() as session:
        session.execute(update(Posting).where(Posting.source_id == "2").values(tags_version="2026.11.1+0badc0de"))
        # folded by an older version, which did not index "call-markaziga" as "callmarkaziga" too
        pid = session.scalar(select(Posting.id).where(Posting.source_id == "3"))
        search.set_text(session, pid, "operator call-markaziga", "0badc0de")

    def found(word: str) -> list[str]:
        with db.sessions(store_url)() as session:
            f = queries.FeedFilter(search_terms=search_words(word), curated=False)
            return sorted(p.source_id for p in queries.feed(session, f))

    assert found("callmarkaziga") == ["1", "2"]
    with caplog.at_level("INFO", logger="vagigs.scheduler"):
        tagged, judged, refolded = scheduler.curation_job(store_url)
    assert (tagged.postings, judged.postings, refolded) == (1, 0, 1)
    assert [r.getMessage()[:31] for r in caplog.records] == ["curation: re-tagged 1 stale pos",
                                                             "curation: folded the search wor"]
    assert found("callmarkaziga") == ["1", "2", "3"]
    with db.sessions(store_url)() as session:
        stamps = set(session.execute(select(Posting.tags_version, Posting.legitimacy_version, PostingSearch.folded_with)
                                     .join(PostingSearch, PostingSearch.posting_id == Posting.id)))
    assert stamps == {tuple(installed_versions().values())}


def test_the_hourly_health_job_logs_each_unhealthy_source(store_url: str, caplog: pytest.LogCaptureFixture) -> None:
    from datetime import timedelta

    from store import db, queries
    from store.models import CrawlRun

    now = queries.utcnow()
    with db.sessions(store_url).begin() as session:
        for hours_ago in (3, 2, 1):
            session.add(CrawlRun(source="hh", started_at=now - timedelta(hours=hours_ago), status="failed",
                                 finished_at=now - timedelta(hours=hours_ago), errors=["timeout: https://api.hh.ru/"]))
        session.add(CrawlRun(source="remoteok", started_at=now, finished_at=now, status="finished", items_scraped=9))
    with caplog.at_level("INFO", logger="vagigs.scheduler"):
        results = scheduler.health_job(store_url)
    assert {h.source: h.level for h in results}["remoteok"] == "ok"
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert errors == ["health of hh: critical failing: last 3 runs failed or blocked: timeout: https://api.hh.ru/"]
    assert "never_crawled" in caplog.text and "remoteok" not in caplog.text
    assert caplog.records[-1].getMessage() == f"health: 1 ok, {len(sources.SOURCES) - 2} warning, 1 critical"


def test_the_health_job_warns_of_postings_curated_by_an_older_version(store_url: str,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    from pipeline import installed_versions
    from store import db, queries

    with db.sessions(store_url).begin() as session:
        queries.upsert_posting(session, dict(source="hh", source_id="1", title="Operator",
                                             tags_version="2026.11.1+0badc0de",
                                             legitimacy_version=installed_versions()["legitimacy"]))
    with caplog.at_level("INFO", logger="vagigs.scheduler"):
        scheduler.health_job(store_url)
    curation = [r.getMessage() for r in caplog.records if r.getMessage().startswith("curation")]
    assert curation == [f"curation of tags: warning: 1 of 1 postings by another version than the installed "
                        f"{installed_versions()['tags']} (2026.11.1+0badc0de: 1): `vagigs retag --stale` re-curates them"]


def test_interval_respects_daily_caps() -> None:
    assert scheduler.interval_hours(sources.get("remoteok")) == 1.0
    capped = sources.Source(name="x", title="x", homepage="h", start_urls=("a", "b"), daily_request_cap=4)
    assert scheduler.interval_hours(capped) == 12.0


def test_a_restart_keeps_each_stored_jobs_next_run(store_url: str) -> None:
    """Re-adding the jobs at every start used to push each crawl a full interval later: a scheduler restarted more
    often than every 12 hours never crawled a source with a 12-hour interval."""
    from datetime import datetime, timedelta, timezone

    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    first = BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(url=store_url, tablename="apscheduler_jobs")},
                                timezone="UTC")
    soon = (datetime.now(timezone.utc) + timedelta(hours=5)).replace(microsecond=0)
    first.add_job(scheduler.crawl_job, "interval", hours=12, args=["remotive"], id="crawl:remotive", next_run_time=soon,
                  replace_existing=True)
    first.start(paused=True)
    first.shutdown(wait=False)
    pending = {job.id: job for job, *_ in scheduler.build_scheduler(store_url)._pending_jobs}
    assert pending["crawl:remotive"].next_run_time == soon
