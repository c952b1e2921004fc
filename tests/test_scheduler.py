"""One scheduler per store, on SQLite and on PostgreSQL, across real processes."""
from __future__ import annotations

import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

import scheduler
from crawlers import sources
from tests.helpers import ROOT, free_port


def test_second_lock_in_the_same_process_is_refused(store_url: str) -> None:
    with scheduler.scheduler_lock(store_url):
        with pytest.raises(scheduler.AlreadyRunning):
            with scheduler.scheduler_lock(store_url):
                pass
    with scheduler.scheduler_lock(store_url):
        pass  # released: can be taken again


def test_a_second_scheduler_names_the_one_running_and_what_to_do(tmp_path: Path) -> None:
    """The second had opened the lock file for writing, emptying the process id the first wrote there, and said
    only that another held it."""
    import os

    url = f"sqlite:///{tmp_path / 'v.db'}"
    lock = tmp_path / "v.db.scheduler.lock"
    with scheduler.scheduler_lock(url):
        with pytest.raises(scheduler.AlreadyRunning) as refused:
            with scheduler.scheduler_lock(url):
                pass
        assert lock.read_text() == str(os.getpid())
    assert str(refused.value) == (f"another vagigs scheduler (process {os.getpid()}) holds {lock}: one runs per "
                                  "store; stop it first (Ctrl-C, or SIGTERM to that process)")


@pytest.mark.postgres
def test_a_second_scheduler_on_postgresql_says_what_to_do(postgres_url: str) -> None:
    with scheduler.scheduler_lock(postgres_url):
        with pytest.raises(scheduler.AlreadyRunning) as refused:
            with scheduler.scheduler_lock(postgres_url):
                pass
    assert str(refused.value).endswith(": one runs per store; stop it first (Ctrl-C, or SIGTERM to its process)")


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


@pytest.mark.long
def test_second_scheduler_process_refuses_to_start(store_url: str, tmp_path: Path) -> None:
    env = {"VAGIGS_DATABASE_URL": store_url, "VAGIGS_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.Popen([sys.executable, "-m", "cli", "schedule"], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        _wait_for_line(first, "Scheduler started")
        second = subprocess.run([sys.executable, "-m", "cli", "schedule"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode != 0
        assert "another vagigs scheduler " in second.stderr and ": one runs per store; stop it first" in second.stderr
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
    assert [job.id for job, store, *_ in s._pending_jobs if store != "default"] == ["health", "lock", "curation"]


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
    assert stamps == {tuple(installed_versions()[stage] for stage in ("tags", "legitimacy", "search"))}


def test_the_curation_job_leaves_alone_a_store_a_newer_vagigs_migrated(store_url: str,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    """A scheduler left running through an upgrade had re-tagged and re-judged the newer version's postings back to
    its own stamps at its next re-curation, though its crawls were refused: it took a newer stamp for a stale one."""
    from sqlalchemy import select, text, update

    from pipeline.textnorm import search_text
    from store import db, queries, search
    from store.models import Posting
    from store.search_models import PostingSearch

    with db.sessions(store_url).begin() as session:
        for sid in ("1", "2"):
            posting = queries.upsert_posting(session, dict(source="hh", source_id=sid, title="Operator",
                                                           description="Qo'ng'iroqlarni qabul qilish."))
            search.set_text(session, posting.id, search_text("Operator", None, None))
    scheduler.curation_job(store_url)
    future = ("2099.01.01+future", "future-judge", "f0f0f0f0+w9")
    [head] = db.heads(store_url)
    with db.sessions(store_url).begin() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
        session.execute(update(Posting).values(tags_version=future[0], legitimacy_version=future[1]))
        session.execute(update(PostingSearch).values(folded_with=future[2]))
    try:
        with caplog.at_level("INFO", logger="vagigs.scheduler"):
            assert scheduler.curation_job(store_url) is None
    finally:  # the PostgreSQL database is the test session's
        with db.engine(store_url).begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})
    with db.sessions(store_url)() as session:
        stamps = set(session.execute(select(Posting.tags_version, Posting.legitimacy_version, PostingSearch.folded_with)
                                     .join(PostingSearch, PostingSearch.posting_id == Posting.id)))
    assert stamps == {future}
    [record] = caplog.records
    assert record.levelname == "ERROR" and record.getMessage().startswith(
        "curation: not re-curating: the store at "), record.getMessage()
    assert "was written by a newer vagigs (revision 0099_future)" in record.getMessage()


def test_the_curation_job_leaves_alone_what_a_newer_release_curated(store_url: str,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    """An upgrade that changes the tagger, the judge or the folding but not the schema: a scheduler of the old
    release left running had curated the new release's postings back to its own stamps at every re-curation (and
    the new scheduler forward again). The store's order of the versions tells the newer stamps from stale ones."""
    from sqlalchemy import select

    from pipeline import installed_versions
    from pipeline.textnorm import search_text
    from store import db, queries, releases, search
    from store.models import Posting
    from store.search_models import PostingSearch

    installed = installed_versions()
    past = {"tags": "2026.11.1+past", "legitimacy": "past-judge", "search": "past+w3"}
    future = {"tags": "2099.01.01+future", "legitimacy": "future-judge", "search": "f0f0f0f0+w9"}
    with db.sessions(store_url).begin() as session:
        releases.record(session, past)  # what ran before this release
    scheduler.curation_job(store_url)  # this release: met now
    with db.sessions(store_url).begin() as session:
        releases.record(session, future)  # a newer release's crawl, met after this one
        for sid, stamps in (("past", past), ("future", future)):
            posting = queries.upsert_posting(session, dict(
                source="hh", source_id=sid, title="Operator", description="Qo'ng'iroqlarni qabul qilish.",
                tags_version=stamps["tags"], legitimacy_version=stamps["legitimacy"]))
            search.set_text(session, posting.id, search_text("Operator", None, None))
            session.execute(PostingSearch.__table__.update().where(PostingSearch.posting_id == posting.id)
                            .values(folded_with=stamps["search"]))
    with caplog.at_level("INFO", logger="vagigs.scheduler"):
        tagged, judged, refolded = scheduler.curation_job(store_url)
    assert (tagged.postings, judged.postings, refolded) == (1, 1, 1)
    with db.sessions(store_url)() as session:
        stamps = dict((sid, (t, j, s)) for sid, t, j, s in session.execute(
            select(Posting.source_id, Posting.tags_version, Posting.legitimacy_version, PostingSearch.folded_with)
            .join(PostingSearch, PostingSearch.posting_id == Posting.id)))
    assert stamps == {"past": (installed["tags"], installed["legitimacy"], installed["search"]),
                      "future": (future["tags"], future["legitimacy"], future["search"])}
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert [e.split(" (")[0] for e in errors] == ["curation: leaving alone the postings of a newer release than "
                                                  "this scheduler's"] * 3
    assert f"(tags {installed['tags']}): tags 2099.01.01+future, first met 20" in errors[0]
    assert errors[0].endswith("run its `vagigs retag --stale`")
    assert "legitimacy future-judge" in errors[1] and "search f0f0f0f0+w9" in errors[2]
    caplog.clear()
    with db.sessions(store_url).begin() as session:
        session.execute(Posting.__table__.update().values(tags_version="2026.11.1+past"))
    with caplog.at_level("INFO", logger="vagigs.scheduler"):
        tagged, _, _ = scheduler.curation_job(store_url)
    assert tagged.postings == 2  # no posting carries the newer tagger's stamp now: nothing to leave alone
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert [e.split("(")[1].split()[0] for e in errors] == ["legitimacy", "search"]


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
    curation = [r.getMessage() for r in caplog.records if r.getMessage().startswith("curation of tags")]
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
    _ran(store_url, "remotive", soon - timedelta(hours=12))  # the crawl that was due last ran
    pending = {job.id: job for job, *_ in scheduler.build_scheduler(store_url)._pending_jobs}
    assert pending["crawl:remotive"].next_run_time == soon


def test_a_next_run_a_clock_ahead_stored_comes_within_one_interval(store_url: str, caplog) -> None:  # type: ignore[no-untyped-def]
    """A scheduler whose clock once ran two years ahead stored next runs two years away: trusted, no source would
    have been crawled until then, and only health going stale would have said so."""
    from datetime import datetime, timedelta, timezone

    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    ahead = BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(url=store_url, tablename="apscheduler_jobs")},
                                timezone="UTC")
    far = datetime.now(timezone.utc) + timedelta(days=730)
    ahead.add_job(scheduler.crawl_job, "interval", hours=12, args=["remotive"], id="crawl:remotive",
                  next_run_time=far, replace_existing=True)
    ahead.start(paused=True)
    ahead.shutdown(wait=False)
    before = datetime.now(timezone.utc)
    pending = {job.id: job for job, *_ in scheduler.build_scheduler(store_url)._pending_jobs}
    hours = scheduler.interval_hours(sources.SOURCES["remotive"], None)
    assert before < pending["crawl:remotive"].next_run_time <= datetime.now(timezone.utc) + timedelta(hours=hours)
    assert "more than its interval" in caplog.text


def _lock_sessions(url: str) -> list[tuple[int, str]]:
    """(pid, state) of the sessions holding the schedulers' advisory lock on this store's database, seen from another
    connection (``pg_locks`` shows every database's: another test's scheduler, on its own database, holds its own)."""
    from sqlalchemy import create_engine, text

    with create_engine(url).connect() as conn:
        return [tuple(row) for row in conn.execute(text(
            "SELECT a.pid, a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.classid = 0 AND l.objid = :k AND l.granted "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
            {"k": scheduler.LOCK_KEY})]


@pytest.mark.postgres
def test_the_lock_holds_no_transaction_open(postgres_url: str) -> None:
    """An open transaction on the lock's session would hold back VACUUM on every table for the scheduler's life
    (and end the session, and the lock with it, under ``idle_in_transaction_session_timeout``)."""
    with scheduler.scheduler_lock(postgres_url) as lock:
        [(_, state)] = _lock_sessions(postgres_url)
        assert state == "idle" and lock.held()
    assert _lock_sessions(postgres_url) == []


@pytest.mark.postgres
def test_a_lock_the_server_drops_stops_the_scheduler_before_it_launches(postgres_url: str, monkeypatch,  # type: ignore[no-untyped-def]
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    """A server restart, a session timeout or ``pg_terminate_backend`` ends the lock's session, and with it the lock:
    a second scheduler could take it. The first then launches nothing and stops (``run`` raises ``LockLost``)."""
    from sqlalchemy import create_engine, text

    launched: list[str] = []
    monkeypatch.setattr(scheduler, "launch_crawl", lambda source, **kw: launched.append(source) or "here")
    with scheduler.scheduler_lock(postgres_url) as lock:
        monkeypatch.setattr(scheduler._Running, "lock", lock)
        [(pid, _)] = _lock_sessions(postgres_url)
        with create_engine(postgres_url).connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        assert not lock.held()
        with scheduler.scheduler_lock(postgres_url):  # the lock is free: another scheduler could run now
            pass
        with caplog.at_level("CRITICAL", logger="vagigs.scheduler"):
            scheduler.crawl_job("remotive")
    assert launched == [] and "lost its lock" in caplog.text


def test_a_crawl_still_running_is_not_launched_again(sqlite_url: str, monkeypatch,  # type: ignore[no-untyped-def]
                                                    caplog: pytest.LogCaptureFixture) -> None:
    """A slow crawl may outlast its interval (or the scheduler restart meanwhile): a second crawl of the source would
    spend its daily cap twice. A run that is lost (no heartbeat) no longer counts."""
    from datetime import timedelta

    from store import db, queries

    launched: list[str] = []
    monkeypatch.setattr(scheduler, "launch_crawl", lambda source, **kw: launched.append(source) or "here")
    monkeypatch.setattr(scheduler._Running, "url", sqlite_url)
    db.migrate(sqlite_url)
    with db.sessions(sqlite_url).begin() as s:
        run = queries.start_run(s, "jobicy")
        run_id = run.id
    with caplog.at_level("WARNING", logger="vagigs.scheduler"):
        scheduler.crawl_job("jobicy")
        scheduler.crawl_job("remotive")  # another source's crawl is no reason
    assert launched == ["remotive"] and f"crawl of jobicy not launched: the last one still runs, run {run_id}" in caplog.text
    with db.sessions(sqlite_url).begin() as s:
        s.get(queries.CrawlRun, run_id).heartbeat_at = queries.utcnow() - timedelta(hours=1)  # its process is gone
    scheduler.crawl_job("jobicy")
    assert launched == ["remotive", "jobicy"]


def test_no_scrapyd_answering_tries_again_soon_not_an_interval_later(sqlite_url: str, monkeypatch,  # type: ignore[no-untyped-def]
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    from datetime import datetime, timedelta, timezone

    import config

    monkeypatch.setattr(config, "scrapyd_urls", lambda: ["http://127.0.0.1:9"])
    s = scheduler.build_scheduler(sqlite_url)
    monkeypatch.setattr(scheduler._Running, "scheduler", s)
    with caplog.at_level("ERROR", logger="vagigs.scheduler"):
        scheduler.crawl_job("jobicy")
    assert "crawl of jobicy not launched: no Scrapyd server answers" in caplog.text and "unset" in caplog.text
    [retry] = [job for job, *_ in s._pending_jobs if job.id == "retry:jobicy"]
    due = retry.trigger.run_date - datetime.now(timezone.utc)
    assert timedelta(minutes=scheduler.RETRY_MINUTES - 1) < due <= timedelta(minutes=scheduler.RETRY_MINUTES)


def test_intervals_follow_the_configured_caps_and_channels(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``--set VAGIGS_DAILY_CAPS`` lowers what crawls may send, and Telegram's configured channels are its start URLs:
    scheduled by the registry's instead, crawls ran into the cap."""
    remoteok, telegram = sources.get("remoteok"), sources.get("telegram")
    assert scheduler.interval_hours(remoteok, {"VAGIGS_DAILY_CAPS": '{"remoteok": 4}'}) == 6.0
    monkeypatch.delenv("VAGIGS_TELEGRAM_CHANNELS", raising=False)
    assert len(scheduler.start_urls(telegram)) == 2
    capped = {"VAGIGS_DAILY_CAPS": '{"telegram": 12}'}
    assert scheduler.interval_hours(telegram, capped) == 4.0  # 12 requests a day, 2 a run
    monkeypatch.setenv("VAGIGS_TELEGRAM_CHANNELS", "a_chan1,b_chan2,c_chan3,d_chan4")
    assert scheduler.start_urls(telegram)[-1] == "https://t.me/s/d_chan4"
    assert scheduler.interval_hours(telegram, capped) == 8.0  # 4 a run


def test_a_new_store_crawls_every_source_at_once_a_minute_apart(sqlite_url: str) -> None:
    from datetime import datetime, timedelta, timezone

    now = datetime.now(timezone.utc)
    firsts = sorted(job.next_run_time for job, store, *_ in scheduler.build_scheduler(sqlite_url)._pending_jobs
                    if store == "default")
    assert firsts[0] - now < timedelta(seconds=30)
    assert firsts[-1] - firsts[0] == (len(sources.SOURCES) - 1) * scheduler.FIRST_RUN_SPACING


def _no_stored_jobs(url: str) -> None:
    """An empty job table (the PostgreSQL store's tables are emptied between tests, but APScheduler's is not ours)."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    with engine.begin() as conn:
        if inspect(conn).has_table("apscheduler_jobs"):
            conn.execute(text("DELETE FROM apscheduler_jobs"))
    engine.dispose()


def _store_job(url: str, source: str, next_run, hours: float = 12, started=None) -> None:  # type: ignore[no-untyped-def]
    """A crawl job as a scheduler leaves it in the store's job table; that scheduler ``started`` then (by default
    an interval before the crawl last came due)."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    every = timedelta(hours=hours)
    started = started or next_run - 2 * every
    other = BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(url=url, tablename="apscheduler_jobs")},
                                timezone="UTC")
    other.add_job(scheduler.crawl_job, "interval", hours=hours, args=[source], id=f"crawl:{source}",
                  start_date=started + every, next_run_time=next_run, replace_existing=True)
    other.start(paused=True)
    other.shutdown(wait=False)


def _ran(url: str, source: str, at) -> None:  # type: ignore[no-untyped-def]
    """A finished run of ``source`` that started ``at``."""
    from store import db, queries

    with db.sessions(url).begin() as s:
        run = queries.start_run(s, source)
        run.started_at = run.heartbeat_at = at
        queries.finish_run(s, run.id, queries.RunReport(status="finished"))
        run.finished_at = at + timedelta(minutes=1)


def _stored_next_run(url: str, source: str):  # type: ignore[no-untyped-def]
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    return SQLAlchemyJobStore(url=url, tablename="apscheduler_jobs").lookup_job(f"crawl:{source}").next_run_time


def test_a_crawl_that_came_due_and_left_no_run_is_caught_up_at_the_next_start(store_url: str,
                                                                              caplog: pytest.LogCaptureFixture) -> None:
    """APScheduler moves a job's next run an interval on as it hands the job over: a crawl consumed without a launch
    (its scheduler stopped at that moment, or its retry, kept in memory, went with the scheduler) left the next
    scheduler to wait a whole interval (remotive: 12 hours). A crawl that ran, or still ran, at its due time is not
    launched again."""
    from datetime import datetime, timedelta, timezone

    from store import db, queries

    _no_stored_jobs(store_url)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    due = now - timedelta(minutes=20)
    every = {name: scheduler.interval_hours(sources.SOURCES[name]) for name in ("remotive", "jobicy", "remoteok")}
    for name, hours in every.items():  # each came due 20 minutes ago, its next run an interval later
        _store_job(store_url, name, due + timedelta(hours=hours), hours)
    with db.sessions(store_url).begin() as s:
        queries.start_run(s, "jobicy")  # launched then: its run is in the store
        slow = queries.start_run(s, "remoteok")  # still running then: not launched as the last one still ran
        slow.started_at, slow.heartbeat_at = due - timedelta(hours=1), due + timedelta(minutes=10)
    with caplog.at_level("WARNING", logger="vagigs.scheduler"):
        pending = {job.id: job for job, *_ in scheduler.build_scheduler(store_url)._pending_jobs}
    caught_up = pending["crawl:remotive"].next_run_time - datetime.now(timezone.utc)
    assert scheduler.CATCH_UP_AFTER - timedelta(seconds=30) < caught_up <= scheduler.CATCH_UP_AFTER
    for name in ("jobicy", "remoteok"):
        assert pending[f"crawl:{name}"].next_run_time == due + timedelta(hours=every[name])
    prefix = f"crawl of remotive due at {due:%Y-%m-%d %H:%M} UTC left no run in the store (its scheduler"
    assert [r.getMessage()[:len(prefix)] for r in caplog.records] == [prefix]


def test_a_scheduler_restarted_before_its_first_crawls_keeps_their_spacing(store_url: str,
                                                                             caplog: pytest.LogCaptureFixture) -> None:
    """A first scheduler spaces the crawls a minute apart; restarted before they ran, the next one had read each as
    due an interval before (when no scheduler ran), left no run, and launched them all at once with a warning each."""
    from datetime import datetime, timezone

    _no_stored_jobs(store_url)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    first = {}
    for i, source in enumerate(sources.SOURCES.values()):
        first[source.name] = now + (i + 1) * scheduler.FIRST_RUN_SPACING
        _store_job(store_url, source.name, first[source.name], scheduler.interval_hours(source), started=now)
    with caplog.at_level("WARNING", logger="vagigs.scheduler"):
        pending = {job.id: job for job, *_ in scheduler.build_scheduler(store_url)._pending_jobs}
    assert {name: pending[f"crawl:{name}"].next_run_time for name in first} == first
    assert not [r for r in caplog.records if "left no run" in r.getMessage()]


@pytest.mark.postgres
def test_a_scheduler_that_lost_its_lock_leaves_the_due_crawl_to_the_next(postgres_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The lock's session ended (``pg_terminate_backend``, a server restart) just before a crawl came due: the
    scheduler launches nothing, stops, and leaves the job's next run as it was, for the next scheduler. It had
    moved it 12 hours on as the crawl came due."""
    import threading
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import create_engine, text

    launched: list[str] = []
    monkeypatch.setattr(scheduler, "launch_crawl", lambda source, **kw: launched.append(source) or "here")
    monkeypatch.setenv("VAGIGS_RECURATE_EVERY_HOURS", "0")
    _no_stored_jobs(postgres_url)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    for name in sources.SOURCES:  # none due before an hour
        _store_job(postgres_url, name, now + timedelta(hours=13))
    due = now + timedelta(seconds=30)
    _store_job(postgres_url, "remotive", due)
    monkeypatch.setattr(scheduler, "LOCK_CHECK_SECONDS", 3600)  # the loss not seen before the crawl comes due
    _ran(postgres_url, "remotive", due - timedelta(hours=12))  # as it was due last
    stopped: list[Exception] = []

    def run() -> None:
        try:
            scheduler.run(postgres_url)
        except scheduler.LockLost as exc:
            stopped.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        deadline = time.time() + 60
        while not (scheduler._Running.scheduler and scheduler._Running.scheduler.running) and time.time() < deadline:
            time.sleep(0.05)
        [(pid, _)] = _lock_sessions(postgres_url)
        with create_engine(postgres_url).connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        scheduler._Running.scheduler.wakeup()  # type: ignore[union-attr]  # as its due time would
    finally:
        thread.join(timeout=30)
    assert not thread.is_alive() and stopped and launched == []
    assert _stored_next_run(postgres_url, "remotive") == due
    pending = {job.id: job for job, *_ in scheduler.build_scheduler(postgres_url)._pending_jobs}
    assert pending["crawl:remotive"].next_run_time == due


@pytest.mark.long
def test_a_retry_after_no_scrapyd_answered_is_not_lost_with_a_restart(sqlite_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The retry "in 10 minutes" lives in the scheduler's memory while the crawl's next run was moved an interval
    on in the store: the scheduler restarted meanwhile, the crawl waited that interval (remotive: 12 hours)."""
    import threading
    from datetime import datetime, timedelta, timezone

    import config

    monkeypatch.setattr(config, "scrapyd_urls", lambda: ["http://127.0.0.1:9"])
    monkeypatch.setenv("VAGIGS_RECURATE_EVERY_HOURS", "0")
    now = datetime.now(timezone.utc).replace(microsecond=0)
    for name in sources.SOURCES:  # none due before an hour
        _store_job(sqlite_url, name, now + timedelta(hours=13))
    _store_job(sqlite_url, "remotive", now + timedelta(seconds=1))
    _ran(sqlite_url, "remotive", now - timedelta(hours=12))  # as it was due last
    thread = threading.Thread(target=scheduler.run, args=(sqlite_url,))
    thread.start()
    try:
        deadline = time.time() + 90  # well under a second, on a machine not this loaded
        while time.time() < deadline and not (scheduler._Running.scheduler
                                              and scheduler._Running.scheduler.get_job("retry:remotive")):
            time.sleep(0.05)
        assert scheduler._Running.scheduler.get_job("retry:remotive")  # type: ignore[union-attr]
    finally:
        if scheduler._Running.scheduler is not None:
            scheduler._Running.scheduler.shutdown(wait=False)  # stopped before the retry came
        thread.join(timeout=30)
    assert _stored_next_run(sqlite_url, "remotive") > now + timedelta(hours=11)  # APScheduler moved it on
    pending = {job.id: job for job, *_ in scheduler.build_scheduler(sqlite_url)._pending_jobs}
    assert pending["crawl:remotive"].next_run_time - datetime.now(timezone.utc) <= scheduler.CATCH_UP_AFTER


def test_a_node_that_times_out_taking_a_crawl_is_asked_again_before_any_other(sqlite_url: str, monkeypatch,  # type: ignore[no-untyped-def]
                                                                               caplog: pytest.LogCaptureFixture) -> None:
    """A Scrapyd node that does not answer its ``schedule.json`` in time may have queued the crawl: it is sent to no
    other node, and tried again in 10 minutes only if that node holds none and no run of it came since. The
    timeout had ended the job with APScheduler's traceback, and no retry."""
    import http.server
    import json
    import threading
    from datetime import datetime, timezone

    import config
    from store import db, queries

    queued: list[str] = []
    answering = [True]

    class Node(http.server.BaseHTTPRequestHandler):
        """Idle; takes a crawl, queues it, and answers too late; then lists it as pending."""

        busy = 0

        def do_GET(self) -> None:  # noqa: N802 - the http.server hook's name
            if not answering[0]:
                self.send_error(502)
                return
            if self.path.startswith("/daemonstatus.json"):
                self._json({"status": "ok", "running": self.busy, "pending": 0, "finished": 0})
            else:
                self._json({"status": "ok", "running": [], "finished": [],
                            "pending": [{"id": f"job{n}", "spider": s} for n, s in enumerate(queued)]})

        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            queued.append("remotive")
            time.sleep(1.0)
            self._json({"status": "ok", "jobid": "job0"})

        def _json(self, answer: dict) -> None:
            body = json.dumps(answer).encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the scheduler stopped waiting
                pass

        def log_message(self, *args: object) -> None:
            pass

    class Busier(Node):
        busy = 1

        def do_POST(self) -> None:  # noqa: N802
            raise AssertionError("the crawl was sent to a second node")

    nodes = [http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler) for handler in (Node, Busier)]
    for httpd in nodes:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
    slow, other = (f"http://127.0.0.1:{httpd.server_port}" for httpd in nodes)
    monkeypatch.setattr(config, "scrapyd_urls", lambda: [slow, other])
    monkeypatch.setattr(scheduler, "SCRAPYD_TIMEOUT", 0.3)
    s = scheduler.build_scheduler(sqlite_url)
    monkeypatch.setattr(scheduler._Running, "scheduler", s)
    monkeypatch.setattr(scheduler._Running, "url", sqlite_url)

    def retry():  # type: ignore[no-untyped-def]
        [job] = [job for job, *_ in s._pending_jobs if job.id == "retry:remotive"]
        s._pending_jobs.clear()
        return job

    try:
        with caplog.at_level("INFO", logger="vagigs.scheduler"):
            scheduler.crawl_job("remotive")  # no exception, no traceback
            assert caplog.records[-1].getMessage().startswith(
                f"crawl of remotive: scrapyd {slow} did not answer in 0.3 s whether it took remotive; it may have "
                "queued it, so no other node is asked: at ")
            job = retry()
            assert job.kwargs["unsure"] == slow
            job.func(*job.args, **job.kwargs)  # ten minutes later: queued there
            assert caplog.records[-1].getMessage() == (
                f"crawl of remotive not launched: the last one still runs, {slow} job job0 (pending)")
            assert not s._pending_jobs
            answering[0] = False  # it stops answering: whether it holds the crawl is not known
            job.func(*job.args, **job.kwargs)
            assert caplog.records[-1].getMessage().startswith(
                f"crawl of remotive not launched: scrapyd {slow}, which may have queued it, does not say")
            job = retry()
            with db.sessions(sqlite_url).begin() as session:  # it ran the crawl after all
                queries.finish_run(session, queries.start_run(session, "remotive").id,
                                   queries.RunReport(status="finished"))
            job.func(*job.args, **job.kwargs)
            assert "a run of it since" in caplog.records[-1].getMessage() and not s._pending_jobs
    finally:
        for httpd in nodes:
            httpd.shutdown()
    assert queued == ["remotive"] and job.kwargs["since"] <= datetime.now(timezone.utc)


def test_naming_a_replay_server_is_enough_to_schedule_replays() -> None:
    from crawlers.run import replay_settings

    base = "http://127.0.0.1:8765"
    given = scheduler.replaying({"VAGIGS_REPLAY_BASE": base, "VAGIGS_JSONLD_URLS": "x", "RETRY_TIMES": "1"})
    assert given == {**replay_settings(base), "VAGIGS_JSONLD_URLS": "x", "RETRY_TIMES": "1"}
    assert "ReplayDownloadHandler" in given["DOWNLOAD_HANDLERS"]
    assert scheduler.replaying({"DOWNLOAD_DELAY": "2"}) == {"DOWNLOAD_DELAY": "2"} and scheduler.replaying(None) is None


def test_the_stored_job_of_a_retired_source_is_removed_at_start(store_url: str, caplog) -> None:  # type: ignore[no-untyped-def]
    """Kept, it launched ``vagigs crawl ishbor`` at every interval, each refused as an unknown source, and each
    logged as a job executed successfully."""
    from datetime import datetime, timedelta, timezone

    _no_stored_jobs(store_url)
    soon = datetime.now(timezone.utc) + timedelta(hours=1)
    for name in ("ishbor", "remotive"):
        _store_job(store_url, name, soon)
    with caplog.at_level("INFO", logger="vagigs.scheduler"):
        s = scheduler.build_scheduler(store_url)
    assert "crawl:ishbor" not in {job.id for job, *_ in s._pending_jobs}
    assert _stored_job_ids(store_url) == ["crawl:remotive"]
    said = [r.getMessage() for r in caplog.records if "removed" in r.getMessage()]
    assert said == ["crawl of ishbor removed from the schedule: no source of that name in the registry"]


def test_a_source_turned_off_is_not_scheduled_and_its_stored_job_removed(store_url: str, monkeypatch,  # type: ignore[no-untyped-def]
                                                                         caplog) -> None:
    """There had been no way to turn a source off; a cap of 0, tried for it, crawled it every hour."""
    from datetime import datetime, timedelta, timezone

    _no_stored_jobs(store_url)
    _store_job(store_url, "workingnomads", datetime.now(timezone.utc) + timedelta(hours=1))
    monkeypatch.setenv("VAGIGS_SOURCES_OFF", "workingnomads,jsonld")
    with caplog.at_level("INFO", logger="vagigs.scheduler"):
        s = scheduler.build_scheduler(store_url)
    crawled = sorted(job.id for job, store, *_ in s._pending_jobs if store == "default")
    assert crawled == sorted(f"crawl:{n}" for n in sources.SOURCES if n not in ("workingnomads", "jsonld"))
    assert _stored_job_ids(store_url) == []  # (the others are stored as the scheduler starts)
    said = [r.getMessage() for r in caplog.records if "removed" in r.getMessage()]
    assert said == ["crawl of workingnomads removed from the schedule: turned off (VAGIGS_SOURCES_OFF)"]
    assert set(scheduler.expected_intervals()) == set(sources.SOURCES) - {"workingnomads", "jsonld"}
    assert scheduler.expected_intervals(["workingnomads", "hh"]).keys() == {"hh"}


def test_the_hourly_health_job_leaves_a_source_turned_off_alone(store_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VAGIGS_SOURCES_OFF", "workingnomads")
    assert "workingnomads" not in {h.source for h in scheduler.health_job(store_url)}  # not "never crawled"


def _stored_job_ids(url: str) -> list[str]:
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    jobstore = SQLAlchemyJobStore(url=url, tablename="apscheduler_jobs")
    try:
        return sorted(job.id for job in jobstore.get_all_jobs())
    finally:
        jobstore.engine.dispose()
