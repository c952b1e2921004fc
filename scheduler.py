"""The crawl scheduler: one APScheduler 3 process that launches crawls on time.

Exactly one scheduler may run per store. APScheduler 3 cannot share a job
store between schedulers (its FAQ: duplicate or missed runs), so the scheduler
takes a store-wide lock before it starts — a PostgreSQL advisory lock held on a
dedicated connection, or an exclusive file lock beside an SQLite store — and a
second scheduler refuses to start. Jobs never run Scrapy in this process: they
launch ``vagigs crawl <source>`` as a subprocess, or, when ``VAGIGS_SCRAPYD_URLS``
names Scrapyd servers, ask the least busy one to run the spider.

Every hour the scheduler also logs each source that is not healthy (``store.health``: lost, failing, stale,
silent, dropping), so an operator who only reads its log still sees a source fail or go quiet.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from operator import itemgetter
from pathlib import Path

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy import text
from sqlalchemy.engine import make_url

import config
from crawlers import sources

log = logging.getLogger("vagigs.scheduler")
LOCK_KEY = 0x7A616769  # "zagi": one advisory-lock id for vagigs schedulers
HEALTH_EVERY_HOURS = 1.0


class AlreadyRunning(RuntimeError):
    pass


@contextmanager
def scheduler_lock(url: str) -> Iterator[None]:
    """Hold the one-scheduler-per-store lock for the duration of the block."""
    if url.startswith("postgresql"):
        from store import db

        conn = db.engine(url).connect()
        try:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": LOCK_KEY}).scalar()
            if not got:
                raise AlreadyRunning(f"another vagigs scheduler holds the lock on {make_url(url).render_as_string()}")
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCK_KEY})
        finally:
            conn.close()
        return
    database = make_url(url).database or "memory"
    lock_path = Path(f"{database}.scheduler.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(f"another vagigs scheduler holds {lock_path}") from None
        fh.write(str(os.getpid()))
        fh.flush()
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _scrapyd_load(base: str) -> int:
    """Jobs running and pending on the Scrapyd at ``base``; ``ValueError`` when what answers there is not a Scrapyd
    (a proxy's error page served with status 200, JSON of another shape)."""
    with urllib.request.urlopen(f"{base}/daemonstatus.json", timeout=10) as resp:
        status = json.load(resp)
    try:
        return int(status["running"]) + int(status["pending"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"no Scrapyd status: {str(status)[:80]}") from exc


SCRAPYD_PROJECT = "vagigs"  # scrapy.cfg [settings]: a Scrapyd started in the checkout serves it without an egg


def _schedule(base: str, source: str, settings: dict[str, str]) -> str:
    """Queue a crawl of ``source`` on the Scrapyd at ``base``; its job id, or ``ValueError`` when it refuses."""
    fields = [("project", SCRAPYD_PROJECT), ("spider", source),
              *(("setting", f"{k}={v}") for k, v in settings.items())]
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(f"{base}/schedule.json", data=data, timeout=10) as resp:
        answer = json.load(resp)
    if not isinstance(answer, dict) or answer.get("status") != "ok":
        raise ValueError(f"refused: {str(answer)[:200]}")
    return str(answer.get("jobid"))


def launch_crawl(source: str, *, settings: dict[str, str] | None = None, extra_args: tuple[str, ...] = ()) -> str:
    """Start one crawl of ``source``; returns a description of where it runs.

    ``settings`` are Scrapy setting overrides as strings (dicts JSON-encoded), passed
    to Scrapyd as ``setting=K=V`` or to ``vagigs crawl`` as ``--set K=V``."""
    settings = settings or {}
    servers = config.scrapyd_urls()
    if servers:
        loads = []
        for base in servers:
            try:
                loads.append((_scrapyd_load(base), base))
            except (OSError, ValueError) as exc:  # (a JSONDecodeError is a ValueError)
                log.error("scrapyd %s unreachable: %s", base, exc)
        if not loads:
            raise RuntimeError("no Scrapyd server answers")
        for _, base in sorted(loads, key=itemgetter(0)):  # the least busy first; a tie in the configured order
            try:
                return f"{base} job {_schedule(base, source, settings)}"
            except TimeoutError:  # it may have queued the crawl before its answer was lost: not sent again
                raise
            except (OSError, ValueError) as exc:
                log.error("scrapyd %s did not take %s: %s", base, source, exc)
        raise RuntimeError(f"no Scrapyd server took {source}")
    overrides = [f"--set={k}={v}" for k, v in settings.items()]
    proc = subprocess.Popen([sys.executable, "-m", "cli", "crawl", source, *overrides, *extra_args],
                            cwd=Path(__file__).parent)
    return f"local pid {proc.pid}"


def crawl_job(source: str, settings: dict[str, str] | None = None) -> None:
    where = launch_crawl(source, settings=settings)
    log.info("launched crawl of %s: %s", source, where)


def interval_hours(source: sources.Source) -> float:
    """Spread a source's daily request cap over the day; never more often than hourly."""
    cap = source.daily_request_cap or 24
    per_run = max(1, len(source.start_urls))
    return max(1.0, 24.0 / max(1, cap // per_run))


def expected_intervals(names: tuple[str, ...] | list[str] = ()) -> dict[str, timedelta]:
    """How often each source (of ``names``; every source when empty) is scheduled: what its health is judged by."""
    return {s.name: timedelta(hours=interval_hours(s)) for s in sources.SOURCES.values() if not names or s.name in names}


def health_job(url: str, settings: dict[str, str] | None = None) -> list:
    """Log each source's problems (``store.health``): critical ones as errors, the rest as warnings; and postings
    curated by another version of a stage than the installed one, as warnings. Returns the sources' health, for
    tests."""
    from crawlers.extensions import heartbeat_seconds
    from crawlers.run import project_settings
    from pipeline import installed_versions
    from store import db, health, queries

    lost_after = queries.lost_after(heartbeat_seconds(project_settings(settings)))
    with db.sessions(url)() as session:
        results = health.check(session, expected_intervals(), lost_after=lost_after)
        curation = health.curation(session, installed_versions())
    for h in results:
        for p in h.problems:
            log.log(logging.ERROR if p.level == health.CRITICAL else logging.WARNING,
                    "health of %s: %s %s: %s", h.source, p.level, p.code, p.message)
    for c in curation:
        if c.level != health.OK:
            log.warning("curation of %s: %s: %s", c.stage, c.level, c.message())
    levels = [h.level for h in results]
    log.info("health: %s", ", ".join(f"{levels.count(lv)} {lv}" for lv in (health.OK, health.WARNING, health.CRITICAL)))
    return results


def curation_job(url: str) -> tuple:
    """Re-curate the postings another version of a stage curated: ``vagigs retag --stale``, then ``vagigs reassess
    --stale`` (the judge reads the tags, for market pay), then fold again the search words another version of
    the folding wrote (``vagigs migrate --search``). Run when the scheduler starts, so an upgrade re-curates the
    store by itself, and every ``VAGIGS_RECURATE_EVERY_HOURS``, for what crawls of the old version stored meanwhile
    (a crawl in flight at the upgrade, a Scrapyd node whose checkout was not updated: ``vagigs health`` names its
    version).
    In this process, one posting after another: no worker is forked from the scheduler's threads. Cheap when
    nothing is stale: one pass over the posting ids (and an index look-up for search). Returns both reports and
    how many postings' search words were folded again, for tests."""
    from pipeline.legitimacy_store import reassess_store
    from pipeline.tags.store_retag import retag_store
    from pipeline.textnorm import search_text, search_version
    from store import db, search

    tagged = retag_store(url, stale_only=True, workers=1)
    judged = reassess_store(url, stale_only=True, workers=1)
    for report in (tagged, judged):
        if report.postings:
            log.info("curation: %s", report.summary().splitlines()[0])
    refolded = search.refold(db.sessions(url), search_text, version=search_version())
    if refolded:
        log.info("curation: folded the search words of %d postings again", refolded)
    return tagged, judged, refolded


def build_scheduler(url: str, settings: dict[str, str] | None = None) -> BlockingScheduler:
    """One interval job per source in the store's job table. A job already stored keeps its next run time, so
    restarting the scheduler does not push every crawl a full interval later (restarted more often than a
    source's interval, it would never crawl that source); a next run missed while it was down comes at once."""
    jobstore = SQLAlchemyJobStore(url=url, tablename="apscheduler_jobs")
    scheduler = BlockingScheduler(
        # the health check keeps nothing between starts, and its arguments (the store's URL) stay out of the store
        jobstores={"default": jobstore, "memory": MemoryJobStore()},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        timezone="UTC",
    )
    now = datetime.now(timezone.utc)
    for source in sources.SOURCES.values():
        job_id = f"crawl:{source.name}"
        kept = _stored_next_run(jobstore, job_id)
        when = {"next_run_time": max(kept, now)} if kept else {}
        scheduler.add_job(crawl_job, "interval", hours=interval_hours(source), args=[source.name],
                          kwargs={"settings": settings} if settings else {},
                          id=job_id, name=f"crawl {source.name}", replace_existing=True, **when)
    scheduler.add_job(health_job, "interval", hours=HEALTH_EVERY_HOURS, args=[url, settings], id="health",
                      name="source health", jobstore="memory", replace_existing=True)
    every = config.recurate_every_hours()
    if every:
        scheduler.add_job(curation_job, "interval", hours=every, args=[url], id="curation", next_run_time=now,
                          name="re-curate stale postings", jobstore="memory", replace_existing=True)
    return scheduler


def _stored_next_run(jobstore: SQLAlchemyJobStore, job_id: str) -> datetime | None:
    """The next run time the store holds for ``job_id`` (None: no such job yet, or its table not made yet)."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        job = jobstore.lookup_job(job_id)
    except (SQLAlchemyError, LookupError):
        return None
    return job.next_run_time if job is not None else None


def run(url: str | None = None, settings: dict[str, str] | None = None) -> None:
    url = url or config.database_url()
    with scheduler_lock(url):
        scheduler = build_scheduler(url, settings)
        for job in scheduler.get_jobs():
            log.info("scheduled %s every %s", job.name, job.trigger)
        scheduler.start()
