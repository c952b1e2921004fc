"""The crawl scheduler: one APScheduler 3 process that launches crawls on time.

Exactly one scheduler may run per store. APScheduler 3 cannot share a job
store between schedulers (its FAQ: duplicate or missed runs), so the scheduler
takes a store-wide lock before it starts — a PostgreSQL advisory lock held on a
dedicated connection, or an exclusive file lock beside an SQLite store — and a
second scheduler refuses to start. Jobs never run Scrapy in this process: they
launch ``vagigs crawl <source>`` as a subprocess, or, when ``VAGIGS_SCRAPYD_URLS``
names Scrapyd servers, ask the least busy one to run the spider.

The lock is watched: every ``LOCK_CHECK_SECONDS``, and before each crawl is launched, the scheduler asks whether it
still holds it. PostgreSQL drops an advisory lock with its session (a server restart or failover, an
``idle_in_transaction_session_timeout``, ``pg_terminate_backend``), and a second scheduler could then take it; so a
scheduler that finds its lock gone launches nothing more, writes nothing more to the job table, logs why, and stops
with an error (a service manager restarts it, and it waits its turn at the lock). The lock's connection holds no transaction open (autocommit): an
open one would hold back VACUUM on every table of the store for as long as the scheduler runs.

A crawl is launched only when none of its source is running (``store.queries.live_run``, or queued or running on a
Scrapyd node), as a slow crawl may outlast its interval. When no Scrapyd node answers, the crawl is tried again in
``RETRY_MINUTES``, not a whole interval later; so is one a node did not answer in time whether it took
(``MayHaveQueued``), but only once that node says it holds none and no run of it came meanwhile: it is never sent
to another node while it may be queued on one. The crawls queued on Scrapyd nodes are kept in the store
(``store.scrapyd_jobs``), so a scheduler started after a crash or a deploy watches those its predecessor queued
(``watch_job``), and launches none of them elsewhere while its node does not answer. On a store no scheduler has used yet, every source is crawled at
once, a minute apart (``FIRST_RUN_SPACING``), not an interval after the start. APScheduler moves a job's next run
on as the job comes due, before it runs: a crawl that came due and left no run in the store (its scheduler was
killed or lost its lock then, or its retry, kept in memory, went with the scheduler) is caught up when the next
scheduler starts (``CATCH_UP_AFTER``), not an interval later. A source turned off (``VAGIGS_SOURCES_OFF``) is not
scheduled, and the stored job of one turned off or retired from the registry is removed as the scheduler starts.

Every hour the scheduler also logs each source that is not healthy (``store.health``: lost, failing, stale,
silent, dropping), so an operator who only reads its log still sees a source fail or go quiet.
"""
from __future__ import annotations

import base64
import fcntl
import json
import logging
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url

import config
from crawlers import sources

if TYPE_CHECKING:
    from store.scrapyd_jobs import NodeHistory

log = logging.getLogger("vagigs.scheduler")
LOCK_KEY = 0x7A616769  # "zagi": one advisory-lock id for vagigs schedulers
HEALTH_EVERY_HOURS = 1.0
LOCK_CHECK_SECONDS = 30
RETRY_MINUTES = 10
FIRST_RUN_SPACING = timedelta(minutes=1)
#: A crawl that was due when the last scheduler stopped, and left no run in the store, is caught up this long after
#: the start: time for a crawl launched just before the restart to open its run, or show in a Scrapyd queue.
CATCH_UP_AFTER = timedelta(minutes=1)
#: A run that started this long before its due time still counts as that crawl (clocks of nodes and scheduler differ).
CLOCK_SLACK = timedelta(minutes=5)
#: How often the scheduler asks the Scrapyd nodes how the crawls it launched there are doing (``watch_job``).
WATCH_SECONDS = 60
#: A node whose crawls ended this many times in a row without recording a run is avoided for ``AVOID_FOR``.
FAILING_AFTER = 2
AVOID_FOR = timedelta(minutes=30)
#: A crawl queued on a node that does not answer is launched nowhere else for this long after it was queued (it
#: may still be pending there), but asked again every ``RETRY_MINUTES``.
HOLD_UNANSWERED = timedelta(hours=1)
NOT_ANSWERING = "the node does not answer"


class AlreadyRunning(RuntimeError):
    pass


def _already_running(held: str, process: str) -> AlreadyRunning:
    """A second scheduler refused, with what to do: ``held`` names the lock, ``process`` the holder."""
    return AlreadyRunning(f"another vagigs scheduler {held}: one runs per store; stop it first (Ctrl-C, or SIGTERM "
                          f"to {process})")


class LockLost(RuntimeError):
    pass


class MayHaveQueued(RuntimeError):
    """A Scrapyd node did not answer in time whether it took a crawl: it may have queued it."""

    def __init__(self, base: str, source: str) -> None:
        super().__init__(f"scrapyd {base} did not answer in {SCRAPYD_TIMEOUT:g} s whether it took {source}")
        self.base = base


class Lock:
    """The one-scheduler-per-store lock as held: ``held()`` says whether it still is."""

    def __init__(self, where: str, conn: Connection | None = None) -> None:
        self.where = where
        self._conn = conn  # the PostgreSQL session holding the advisory lock; None for a file lock
        self._lost = False
        self._asking = threading.Lock()  # asked from the scheduler's loop and from its jobs' threads: one connection

    def held(self) -> bool:
        """Whether this scheduler still holds the lock: a file lock lasts as long as its process; an advisory lock
        as long as its session, which the server may end (and a lock once lost stays lost)."""
        if self._conn is None or self._lost:
            return not self._lost
        from sqlalchemy.exc import SQLAlchemyError

        with self._asking:
            if self._lost:
                return False
            try:
                self._lost = not self._conn.execute(text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() "
                    "AND classid = 0 AND objid = :k AND objsubid = 1 AND granted"), {"k": LOCK_KEY}).scalar()
            except SQLAlchemyError as exc:
                log.error("the scheduler lock's connection to %s failed: %s", self.where, str(exc).splitlines()[0])
                self._lost = True
        return not self._lost


@contextmanager
def scheduler_lock(url: str) -> Iterator[Lock]:
    """Hold the one-scheduler-per-store lock for the duration of the block."""
    if url.startswith("postgresql"):
        from sqlalchemy.exc import SQLAlchemyError

        from store import db

        where = make_url(url).render_as_string()
        # autocommit: no transaction stays open on it for the scheduler's life (it would hold back VACUUM)
        conn = db.engine(url).connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": LOCK_KEY}).scalar()
            if not got:
                raise _already_running(f"holds the lock on {where}", "its process")
            try:
                yield Lock(where, conn)
            finally:
                try:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCK_KEY})
                except SQLAlchemyError:  # its session ended: the server released it already
                    log.info("the scheduler lock on %s was already released with its session", where)
        finally:
            try:
                conn.close()
            except SQLAlchemyError:
                pass
        return
    database = make_url(url).database or "memory"
    lock_path = Path(f"{database}.scheduler.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as fh:  # not "w": it would empty the holder's process id before asking for the lock
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip()
            process = f"(process {holder}) " if holder.isdigit() else ""
            raise _already_running(f"{process}holds {lock_path}", "that process") from None
        fh.truncate(0)
        fh.write(str(os.getpid()))
        fh.flush()
        try:
            yield Lock(str(lock_path))
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _scrapyd_load(base: str) -> int:
    """Jobs running and pending on the Scrapyd at ``base``; ``ValueError`` when what answers there is not a Scrapyd
    (a proxy's error page served with status 200, JSON of another shape)."""
    with _open(f"{base}/daemonstatus.json") as resp:
        status = json.load(resp)
    try:
        return int(status["running"]) + int(status["pending"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"no Scrapyd status: {str(status)[:80]}") from exc


SCRAPYD_TIMEOUT = 10.0  # seconds a Scrapyd node has to answer
_CREDENTIALS: dict[str, str] = {}  # node (as ``scrapyd_nodes`` gives it) -> its Authorization header


def scrapyd_nodes() -> list[str]:
    """The Scrapyd nodes of ``VAGIGS_SCRAPYD_URLS`` as they are logged and asked: a ``user:password@`` in a URL (a
    node whose scrapyd.conf sets ``username`` and ``password``) is taken out, kept for ``_open`` to send as HTTP
    basic authentication, and never logged. urllib alone refused such a URL (a non-numeric port)."""
    nodes = []
    for url in config.scrapyd_urls():
        parts = urllib.parse.urlsplit(url)
        if parts.username is not None:
            host = parts.hostname or ""
            netloc = (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
            url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
            pair = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            _CREDENTIALS[url] = "Basic " + base64.b64encode(pair.encode()).decode()
        nodes.append(url)
    return nodes


def _open(url: str, data: bytes | None = None, timeout: float | None = None):  # type: ignore[no-untyped-def]
    """``urlopen`` of a Scrapyd node's ``url``, with the node's credentials when ``VAGIGS_SCRAPYD_URLS`` gave some;
    ``SCRAPYD_TIMEOUT`` unless told another ``timeout``."""
    request = urllib.request.Request(url, data=data)
    for base, header in _CREDENTIALS.items():
        if url.startswith(f"{base}/"):
            request.add_header("Authorization", header)
    return urllib.request.urlopen(request, timeout=SCRAPYD_TIMEOUT if timeout is None else timeout)
SCRAPYD_PROJECT = "vagigs"  # scrapy.cfg [settings]: a Scrapyd started in the checkout serves it without an egg


def _schedule(base: str, source: str, settings: dict[str, str]) -> str:
    """Queue a crawl of ``source`` on the Scrapyd at ``base``; its job id, or ``ValueError`` when it refuses."""
    fields = [("project", SCRAPYD_PROJECT), ("spider", source),
              *(("setting", f"{k}={v}") for k, v in settings.items())]
    data = urllib.parse.urlencode(fields).encode()
    with _open(f"{base}/schedule.json", data) as resp:
        answer = json.load(resp)
    if not isinstance(answer, dict) or answer.get("status") != "ok":
        raise ValueError(f"refused: {str(answer)[:200]}")
    return str(answer.get("jobid"))


@dataclass
class Launch:
    """A crawl the scheduler queued on a Scrapyd node, watched until it ends (``watch_job``); ``id``: its row in
    the store's ``scrapyd_jobs``."""

    source: str
    base: str
    job: str
    at: datetime
    settings: dict[str, str] | None
    id: int | None = None

    @property
    def log_url(self) -> str:
        return f"{self.base}/logs/{SCRAPYD_PROJECT}/{self.source}/{self.job}.log"

    @classmethod
    def of(cls, row) -> Launch:  # type: ignore[no-untyped-def]
        return cls(row.source, row.node, row.job, row.queued_at, row.settings or None, row.id)


def _remember(launch: Launch) -> None:
    """Keep a crawl just queued in the store (``scrapyd_jobs``), where this scheduler and the next one watch it;
    only under a running scheduler (``launch_crawl`` called alone keeps nothing)."""
    from sqlalchemy.exc import SQLAlchemyError

    from store import db, scrapyd_jobs

    if not _Running.url:
        return
    try:
        with db.sessions(_Running.url).begin() as session:
            launch.id = scrapyd_jobs.record(session, launch.source, launch.base, launch.job, launch.settings,
                                            launch.at).id
    except SQLAlchemyError as exc:
        log.error("crawl of %s queued on scrapyd %s (job %s) could not be kept in the store, so it is not watched: "
                  "%s", launch.source, launch.base, launch.job, str(exc).splitlines()[0])


def launch_crawl(source: str, *, settings: dict[str, str] | None = None, extra_args: tuple[str, ...] = (),
                 avoid: Collection[str] = ()) -> str:
    """Start one crawl of ``source``; returns a description of where it runs.

    ``settings`` are Scrapy setting overrides as strings (dicts JSON-encoded), passed
    to Scrapyd as ``setting=K=V`` or to ``vagigs crawl`` as ``--set K=V``. The Scrapyd nodes of ``avoid`` (failing
    ones) are asked last, whatever their load; a crawl a running scheduler queued on a node is kept in the store
    (``_remember``)."""
    settings = settings or {}
    servers = scrapyd_nodes()
    if servers:
        loads = []
        for base in servers:
            try:
                loads.append((_scrapyd_load(base), base))
            except (OSError, ValueError) as exc:  # (a JSONDecodeError is a ValueError)
                log.error("scrapyd %s unreachable: %s", base, exc)
        if not loads:
            raise RuntimeError("no Scrapyd server answers")
        # the least busy first (a tie in the configured order), the failing ones last: a node whose every crawl
        # dies at once is always idle
        for _, base in sorted(loads, key=lambda lb: (lb[1] in avoid, lb[0])):
            try:
                job = _schedule(base, source, settings)
                _remember(Launch(source, base, job, datetime.now(timezone.utc), settings or None))
                return f"{base} job {job}"
            except TimeoutError as exc:  # it may have queued the crawl before its answer was lost: not sent again
                raise MayHaveQueued(base, source) from exc
            except (OSError, ValueError) as exc:
                log.error("scrapyd %s did not take %s: %s", base, source, exc)
        raise RuntimeError(f"no Scrapyd server took {source}")
    overrides = [f"--set={k}={v}" for k, v in settings.items()]
    proc = subprocess.Popen([sys.executable, "-m", "cli", "crawl", source, *overrides, *extra_args],
                            cwd=Path(__file__).parent)
    return f"local pid {proc.pid}"


class _Running:
    """What the jobs of the scheduler running in this process reach: its lock and the scheduler itself (a stored
    job's function must be importable by name, and its arguments go into the store). The crawls it queued on
    Scrapyd nodes are in the store (``store.scrapyd_jobs``), not here: the next scheduler watches them too."""

    lock: Lock | None = None
    scheduler: BlockingScheduler | None = None
    url: str | None = None

    @classmethod
    def forget(cls) -> None:
        cls.lock = cls.scheduler = cls.url = None


def _failing_until(session, base: str) -> tuple[int, datetime | None]:  # type: ignore[no-untyped-def]
    """The node's crawls in a row that ended without a run, and until when it is asked last (None: it is not)."""
    from store import scrapyd_jobs

    died = scrapyd_jobs.died_in_a_row(session, base)
    if len(died) < FAILING_AFTER:
        return len(died), None
    return len(died), died[0].ended_at + AVOID_FOR


def _avoided() -> set[str]:
    """The nodes asked last: ``FAILING_AFTER`` crawls in a row died there, the last less than ``AVOID_FOR`` ago."""
    from sqlalchemy.exc import SQLAlchemyError

    from store import db

    if not _Running.url:
        return set()
    now = datetime.now(timezone.utc)
    try:
        with db.sessions(_Running.url)() as session:
            return {base for base in scrapyd_nodes() if (until := _failing_until(session, base)[1]) and until > now}
    except SQLAlchemyError as exc:
        log.error("could not read the crawls queued on the Scrapyd nodes: %s", str(exc).splitlines()[0])
        return set()


def _still_locked() -> bool:
    """Whether the lock is still ours; when it is not, stop the scheduler (``run`` then raises ``LockLost``)."""
    lock = _Running.lock
    if lock is None or lock.held():
        return True
    log.critical("the scheduler lost its lock on %s (the server ended its session): launching nothing more and "
                 "stopping, as another scheduler may hold it now; start `vagigs schedule` again", lock.where)
    if _Running.scheduler is not None and _Running.scheduler.running:
        _Running.scheduler.shutdown(wait=False)
    return False


def lock_job() -> None:
    _still_locked()


class LockedScheduler(BlockingScheduler):
    """Looks at its job stores only while it holds the store's lock. APScheduler moves a due job's next run forward
    in the shared job table as it hands the job over, before the job runs: a scheduler that had lost its lock
    still did so, though its job then launched nothing, and its successor read the later time (the crawl then
    came an interval late). Now a scheduler that finds its lock gone stops before it writes anything there."""

    def _process_jobs(self):  # type: ignore[no-untyped-def]
        if not _still_locked():
            return None  # stopping: ``_still_locked`` shut it down
        return super()._process_jobs()


def _busy(source: str, settings: dict[str, str] | None) -> str | None:
    """Where a crawl of ``source`` still runs (the store's running, not lost, run, as ``run <id> (...)``; a Scrapyd
    node's queue; a node that does not answer, where it was queued less than ``HOLD_UNANSWERED`` ago and not seen
    to end, as ``... (NOT_ANSWERING)``), if one does."""
    from crawlers.run import lost_after
    from store import db, queries, scrapyd_jobs

    watched: list = []
    if _Running.url:
        limit = lost_after(settings)
        with db.sessions(_Running.url)() as session:
            run = queries.live_run(session, source, limit)
            if run is not None:
                return queries.where_running(run)
            watched = [j for j in scrapyd_jobs.watched(session) if j.source == source]
    for base in scrapyd_nodes():
        jobs = _scrapyd_jobs(base)
        if jobs is None:  # ``launch_crawl`` says which nodes do not answer
            since = datetime.now(timezone.utc) - HOLD_UNANSWERED
            held = [j for j in watched if j.node == base and j.queued_at >= since]
            if held:  # it may still be pending there: it would run twice
                return f"{base} job {held[-1].job} (queued {held[-1].queued_at:%H:%M} UTC; {NOT_ANSWERING})"
            continue
        for state in ("pending", "running"):
            for job in jobs.get(state, []) if isinstance(jobs, dict) else []:
                if isinstance(job, dict) and job.get("spider") == source:
                    return f"{base} job {job.get('id')} ({state})"
    return None


def _scrapyd_jobs(base: str) -> dict | None:
    """The vagigs jobs of the Scrapyd at ``base`` (``listjobs.json``); None when it does not answer with them (nor
    when it answers an error: a node that does not serve the project says nothing of its jobs)."""
    try:
        with _open(f"{base}/listjobs.json?project={SCRAPYD_PROJECT}") as resp:
            jobs = json.load(resp)
    except (OSError, ValueError):
        return None
    return jobs if isinstance(jobs, dict) and jobs.get("status") == "ok" else None


def _retry(source: str, settings: dict[str, str] | None, **kwargs: object) -> datetime:
    """Run ``crawl_job`` for ``source`` again in ``RETRY_MINUTES`` (in memory: a scheduler started meanwhile
    catches the crawl up by itself); when."""
    retry = datetime.now(timezone.utc) + timedelta(minutes=RETRY_MINUTES)
    if _Running.scheduler is not None:
        _Running.scheduler.add_job(crawl_job, "date", run_date=retry, args=[source],
                                   kwargs={"settings": settings, **kwargs}, id=f"retry:{source}",
                                   name=f"crawl {source} again", jobstore="memory", replace_existing=True)
    return retry


def crawl_job(source: str, settings: dict[str, str] | None = None, unsure: str | None = None,
              since: datetime | None = None, avoid: str | None = None) -> None:
    """Launch a crawl of ``source`` unless one still runs. ``unsure``: the Scrapyd node that did not answer, at
    ``since``, whether it took the crawl; it is launched again only once that node says it holds none, and no run
    of it since is in the store. ``avoid``: a node its last crawl died on, asked last.

    A crawl not launched because a run of it is still ``running`` in the store is tried again in
    ``RETRY_MINUTES``, not an interval later: that run's process may be gone (killed with its node) with its
    heartbeat not old yet, and it then counts as lost before the retry. So is one not launched because it was
    queued on a node that does not answer (``HOLD_UNANSWERED``)."""
    if not _still_locked():
        return
    if unsure and since and _Running.url and _crawled_since(_Running.url, source, since):
        log.info("crawl of %s: a run of it since %s UTC is in the store (scrapyd %s took it after all): not launched "
                 "again", source, f"{since:%H:%M}", unsure)
        return
    busy = _busy(source, settings)
    if busy:
        if busy.startswith("run ") or busy.endswith(f"{NOT_ANSWERING})"):
            retry = _retry(source, settings)
            log.warning("crawl of %s not launched: the last one still runs, %s; asking again at %s UTC", source,
                        busy, f"{retry:%H:%M}")
        else:
            log.warning("crawl of %s not launched: the last one still runs, %s", source, busy)
        return
    if unsure and _scrapyd_jobs(unsure) is None:
        retry = _retry(source, settings, unsure=unsure, since=since)
        log.error("crawl of %s not launched: scrapyd %s, which may have queued it, does not say whether it did; "
                  "asking again at %s UTC", source, unsure, f"{retry:%H:%M}")
        return
    try:
        where = launch_crawl(source, settings=settings, avoid=_avoided() | ({avoid} if avoid else set()))
    except MayHaveQueued as exc:  # sent to no other node: it would run twice
        retry = _retry(source, settings, unsure=exc.base, since=datetime.now(timezone.utc))
        log.error("crawl of %s: %s; it may have queued it, so no other node is asked: at %s UTC it is launched "
                  "again unless it runs there or has run", source, exc, f"{retry:%H:%M}")
        return
    except RuntimeError as exc:  # no Scrapyd node answers or takes it
        retry = _retry(source, settings)
        log.error("crawl of %s not launched: %s (VAGIGS_SCRAPYD_URLS=%s): start a node, or unset "
                  "VAGIGS_SCRAPYD_URLS to crawl on this machine; trying again at %s UTC", source, exc,
                  ",".join(scrapyd_nodes()), f"{retry:%H:%M}")
        return
    log.info("launched crawl of %s: %s", source, where)


def watch_job() -> None:
    """Ask each Scrapyd node how the crawls queued there (``store.scrapyd_jobs``: by this scheduler, or by one
    before it) are doing. A crawl a node took whose job ended
    (or the node no longer knows it) without leaving a run in the store died before it could record one (a broken
    egg, a store it could not write): logged with its node, job and log, launched again on another node (once at
    once, then in ``RETRY_MINUTES``), and a node where ``FAILING_AFTER`` crawls in a row died so is asked last for
    ``AVOID_FOR``: idle because every crawl dies there, it had drawn every next one. A crawl whose job ended while
    its run is still ``running`` (its process killed with its node) is closed as lost and launched again now, not
    an interval later. Each ended job is marked so in the store once, by whoever sees it end first: it is acted on
    once. Jobs on a node no longer in ``VAGIGS_SCRAPYD_URLS`` are not asked after."""
    from sqlalchemy.exc import SQLAlchemyError

    from store import db, scrapyd_jobs

    if not _still_locked() or not _Running.url:
        return
    try:
        with db.sessions(_Running.url)() as session:
            launches = [Launch.of(row) for row in scrapyd_jobs.watched(session, scrapyd_nodes())]
    except SQLAlchemyError as exc:
        log.error("could not read the crawls queued on the Scrapyd nodes: %s", str(exc).splitlines()[0])
        return
    answers: dict[str, dict | None] = {}
    for launch in launches:
        if launch.base not in answers:
            answers[launch.base] = _scrapyd_jobs(launch.base)
        jobs = answers[launch.base]
        if jobs is None or _job_state(jobs, launch.job) in ("pending", "running"):
            continue  # not answering: asked again at the next tick
        try:
            _ended(launch)
        except SQLAlchemyError as exc:
            log.error("could not read the runs of %s in the store: %s", launch.source, str(exc).splitlines()[0])


def _ended(launch: Launch) -> None:
    """A crawl's Scrapyd job ended: mark it so, with what became of its run, and act on it (unless another look
    at it marked it first)."""
    from store import db, queries, scrapyd_jobs

    assert _Running.url and launch.id is not None
    run = _run_since(_Running.url, launch.source, launch.at - CLOCK_SLACK)
    if run is None:
        with db.sessions(_Running.url).begin() as session:
            if scrapyd_jobs.end(session, launch.id, scrapyd_jobs.DIED):
                deaths, until = _failing_until(session, launch.base)
            else:
                return
        _died(launch, deaths, until)
        return
    if run.status != "running":
        with db.sessions(_Running.url).begin() as session:
            scrapyd_jobs.end(session, launch.id, "ran", run.id)
        return
    error = (f"lost: its Scrapyd job {launch.job} on {launch.base} ended without closing the run (the crawl "
             f"process was killed); log: {launch.log_url}")
    with db.sessions(_Running.url).begin() as session:
        if not scrapyd_jobs.end(session, launch.id, "lost", run.id):
            return
        closed = queries.close_as_lost(session, session.merge(run), error)
        if not closed:  # it ended by itself meanwhile
            scrapyd_jobs.set_outcome(session, launch.id, "ran")
    if closed:
        log.warning("crawl run %s of %s: its scrapyd job %s on %s ended, the run still 'running' (the process was "
                    "killed): closed as lost, and the crawl launched again (log: %s)", run.id, launch.source,
                    launch.job, launch.base, launch.log_url)
        crawl_job(launch.source, launch.settings)


def _died(launch: Launch, deaths: int, until: datetime | None) -> None:
    """A crawl queued on ``launch.base`` ended without a run (its ``deaths``-th there in a row, the node asked last
    ``until`` then): launch it again, at once unless the crawl before it died too."""
    source = launch.source
    log.warning("crawl of %s on scrapyd %s (job %s) ended without recording a run: it died as it started (log: %s)",
                source, launch.base, launch.job, launch.log_url)
    if until is not None:
        log.error("scrapyd %s is failing: its last %d crawls ended without a run (a broken egg left by "
                  "scrapyd-deploy? see its log); asked last until %s UTC", launch.base, deaths, f"{until:%H:%M}")
    if _died_before(launch):
        retry = _retry(source, launch.settings, avoid=launch.base)
        log.error("crawl of %s died again without a run: launched again at %s UTC", source, f"{retry:%H:%M}")
        return
    crawl_job(source, launch.settings, avoid=launch.base)


def _died_before(launch: Launch) -> bool:
    """Whether the crawl of the source that ended before ``launch`` died without a run too."""
    from store import db, scrapyd_jobs

    assert _Running.url
    with db.sessions(_Running.url)() as session:
        before = [j for j in scrapyd_jobs.ended(session, source=launch.source, limit=5) if j.id < launch.id]
    return bool(before) and before[0].outcome == scrapyd_jobs.DIED


def _job_state(jobs: dict, job_id: str) -> str | None:
    """The state a Scrapyd ``listjobs.json`` answer gives job ``job_id``: pending, running, finished; None when it
    names no such job (gone with a restart of the node)."""
    for state in ("pending", "running", "finished"):
        for job in jobs.get(state, []):
            if isinstance(job, dict) and str(job.get("id")) == job_id:
                return state
    return None


def _run_since(url: str, source: str, since: datetime):  # type: ignore[no-untyped-def]
    """The newest run of ``source`` started since ``since``, if any (``SQLAlchemyError`` when the store cannot
    say)."""
    from sqlalchemy import select

    from store import db
    from store.models import CrawlRun

    with db.sessions(url)() as session:
        return session.scalar(select(CrawlRun).where(CrawlRun.source == source, CrawlRun.started_at >= since)
                              .order_by(CrawlRun.id.desc()).limit(1))


#: Seconds each Scrapyd node has to answer ``vagigs health`` (asked all at once): a check, not a launch.
NODE_HEALTH_TIMEOUT = 3.0


@dataclass
class NodeProblem:
    code: str
    level: str
    message: str


@dataclass
class NodeHealth:
    """One Scrapyd node as ``vagigs health`` shows it: its ``daemonstatus.json`` (``status``: running, pending,
    finished; None and ``error`` when it does not answer), and from the store its newest job (``history.last``,
    with the run it left), its jobs still watched and its jobs in a row that died."""

    node: str
    status: dict[str, int] | None
    error: str | None
    history: NodeHistory
    asked_last_until: datetime | None
    problems: list[NodeProblem]

    @property
    def level(self) -> str:
        from store import health

        return health.worst(self.problems)  # type: ignore[arg-type]


def _node_status(base: str, timeout: float) -> tuple[dict[str, int] | None, str | None]:
    """A node's running, pending and finished jobs, or None and why it gave none."""
    try:
        with _open(f"{base}/daemonstatus.json", timeout=timeout) as resp:
            status = json.load(resp)
        return {k: int(status[k]) for k in ("running", "pending", "finished")}, None
    except TimeoutError:
        return None, f"no answer in {timeout:g} s"
    except urllib.error.URLError as exc:
        return None, str(exc.reason)
    except OSError as exc:
        return None, str(exc) or type(exc).__name__
    except (KeyError, TypeError, ValueError, AttributeError):
        return None, "what answers is not Scrapyd (no daemonstatus.json)"


def nodes_health(url: str, timeout: float = NODE_HEALTH_TIMEOUT) -> list[NodeHealth]:
    """Each node of ``VAGIGS_SCRAPYD_URLS``, asked all at once for ``timeout`` seconds at most (none: nothing
    asked). A node that does not answer is a warning, critical when none answers (no crawl can be launched); one
    whose last ``FAILING_AFTER`` crawls or more died without a run is a warning."""
    from concurrent.futures import ThreadPoolExecutor

    from store import db, health, scrapyd_jobs

    bases = scrapyd_nodes()
    if not bases:
        return []
    with ThreadPoolExecutor(len(bases)) as pool:
        answers = list(pool.map(lambda b: _node_status(b, timeout), bases))
    now = datetime.now(timezone.utc)
    found = []
    with db.sessions(url)() as session:
        for base, (status, error) in zip(bases, answers):
            history = scrapyd_jobs.node_history(session, base)
            until = _failing_until(session, base)[1]
            problems = []
            if status is None:
                down = health.CRITICAL if all(s is None for s, _ in answers) else health.WARNING
                problems.append(NodeProblem("unreachable", down, f"does not answer: {error}" + (
                    "; no node answers: no crawl can be launched" if down == health.CRITICAL else "")))
            if history.died_in_a_row >= FAILING_AFTER:
                avoided = (f"; asked last until {until:%H:%M} UTC" if until and until > now else "")
                problems.append(NodeProblem("failing", health.WARNING,
                                            f"its last {history.died_in_a_row} crawls ended without recording a run "
                                            f"(see their logs: {_log_url(history.last)}){avoided}"))
            found.append(NodeHealth(base, status, error, history, until if until and until > now else None,
                                    problems))
    return found


def _log_url(job) -> str:  # type: ignore[no-untyped-def]
    return Launch.of(job).log_url if job is not None else "-"


def start_urls(source: sources.Source) -> tuple[str, ...]:
    """The URLs a crawl of ``source`` starts from as configured: Telegram's channels (``VAGIGS_TELEGRAM_CHANNELS``
    over the registry's), the registry's for the others."""
    if source.name == "telegram":
        return tuple(sources.telegram_url(c) for c in sources.telegram_channels())
    return source.start_urls


def daily_cap(source: sources.Source, settings: Mapping[str, str] | None = None) -> int | None:
    """A source's daily request cap as crawls apply it: ``VAGIGS_DAILY_CAPS`` (the project's settings, then
    ``settings``, as ``--set`` gives them) over the registry's."""
    from crawlers.run import project_settings

    overrides = sources.cap_overrides(project_settings(dict(settings or {})).getdict("VAGIGS_DAILY_CAPS"))
    return sources.daily_cap(source, overrides)


def interval_hours(source: sources.Source, settings: Mapping[str, str] | None = None) -> float:
    """Spread a source's daily request cap (``daily_cap``) over the day, a request per start URL (``start_urls``);
    never more often than hourly."""
    cap = daily_cap(source, settings)
    cap = 24 if cap is None else cap  # (a cap is from 1 up: ``sources.cap_overrides`` refuses 0)
    per_run = max(1, len(start_urls(source)))
    return max(1.0, 24.0 / max(1, cap // per_run))


def scheduled() -> list[sources.Source]:
    """The sources the scheduler crawls: the registry's, but those ``VAGIGS_SOURCES_OFF`` turns off."""
    off = sources.turned_off()
    return [s for s in sources.SOURCES.values() if s.name not in off]


def expected_intervals(names: tuple[str, ...] | list[str] = (),
                       settings: Mapping[str, str] | None = None, url: str | None = None) -> dict[str, timedelta]:
    """How often each source (of ``names``; every source when empty) is scheduled: what its health is judged by.
    A source turned off (``VAGIGS_SOURCES_OFF``) is not: it has no health to judge.
    From ``settings`` (``VAGIGS_DAILY_CAPS``, as ``vagigs schedule --set`` gives them); with ``url``, the interval
    the store's scheduler keeps for a source in its job table wins (``scheduled_intervals``): it was set from the
    scheduler's own settings, which whoever checks the store's health may not know."""
    expected = {s.name: timedelta(hours=interval_hours(s, settings)) for s in scheduled()
                if not names or s.name in names}
    if url:
        expected.update({n: every for n, every in scheduled_intervals(url).items() if n in expected})
    return expected


def scheduled_intervals(url: str) -> dict[str, timedelta]:
    """The interval of each source's crawl job in the store's job table, as a scheduler last stored it (none when no
    scheduler ran on the store). Read only: a job that cannot be read is left out, never removed."""
    from apscheduler.triggers.interval import IntervalTrigger

    jobstore = SQLAlchemyJobStore(url=url, tablename="apscheduler_jobs")
    found = {}
    try:
        for name in sources.SOURCES:
            try:
                job = jobstore.lookup_job(f"crawl:{name}")
            except Exception as exc:  # noqa: BLE001 - no job table yet, or a job of another version: not this check's
                log.debug("no stored job for %s: %s", name, exc)
                continue
            if job is not None and isinstance(job.trigger, IntervalTrigger):
                found[name] = job.trigger.interval
    finally:
        jobstore.engine.dispose()
    return found


def health_job(url: str, settings: dict[str, str] | None = None) -> list:
    """Log each source's problems (``store.health``): critical ones as errors, the rest as warnings; and postings
    curated by another version of a stage than the installed one, as warnings. Returns the sources' health, for
    tests."""
    from crawlers.run import lost_after
    from pipeline import installed_versions
    from store import db, health

    with db.sessions(url)() as session:
        results = health.check(session, expected_intervals(settings=settings), lost_after=lost_after(settings))
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


def unready(url: str) -> str | None:
    """Why this version must not write the store at ``url`` as it is, as one line, else None: a newer vagigs
    migrated it, it lacks this version's migrations, or another process is migrating it (``store.db``)."""
    from store import db

    shown = config.shown_url(url)
    try:
        if not db.pending_migrations(url):
            return None
        running = db.migrating(url)
    except db.NewerStore as exc:
        return exc.refusal(shown)
    if running:
        return f"the store at {shown} is being migrated ({running})"
    return f"the store at {shown} is not migrated to this version of vagigs: run `vagigs migrate` once"


def curation_job(url: str) -> tuple | None:
    """Re-curate the postings another version of a stage curated: ``vagigs retag --stale``, then ``vagigs reassess
    --stale`` (the judge reads the tags, for market pay), then fold again the search words another version of
    the folding wrote (``vagigs migrate --search``). Run when the scheduler starts, so an upgrade re-curates the
    store by itself, and every ``VAGIGS_RECURATE_EVERY_HOURS``, for what crawls of the old version stored meanwhile
    (a crawl in flight at the upgrade, a Scrapyd node whose checkout was not updated: ``vagigs health`` names its
    version).
    In this process, one posting after another: no worker is forked from the scheduler's threads. Cheap when
    nothing is stale: one pass over the posting ids (and an index look-up for search). Returns both reports and
    how many postings' search words were folded again, for tests; None when the store is not at this version's
    revision (``unready``).
    A store a newer vagigs migrated is left alone, in one line naming its revision, as a crawl refuses it: a
    scheduler of the old version left running through an upgrade had taken the newer version's stamps for stale
    ones and curated every posting back to its own. A release that changed a stage but not the schema is told by
    the order the store met the versions in (``store.releases``): the postings a release met after this one's
    curated are left as they are, in one line per stage naming it and where it was first met."""
    from pipeline import installed_versions
    from pipeline.legitimacy_store import reassess_store
    from pipeline.tags.store_retag import retag_store
    from pipeline.textnorm import search_text, search_version
    from store import db, search

    why = unready(url)
    if why:
        log.error("curation: not re-curating: %s", why)
        return None
    keep = newer_releases(url, installed_versions())
    tagged = retag_store(url, stale_only=True, workers=1, keep=keep["tags"])
    judged = reassess_store(url, stale_only=True, workers=1, keep=keep["legitimacy"])
    for report in (tagged, judged):
        if report.postings:
            log.info("curation: %s", report.summary().splitlines()[0])
    refolded = search.refold(db.sessions(url), search_text, version=search_version(), keep=keep["search"])
    if refolded:
        log.info("curation: folded the search words of %d postings again", refolded)
    return tagged, judged, refolded


def newer_releases(url: str, installed: dict[str, str]) -> dict[str, list[str]]:
    """Per curating stage (``store.releases.STAMPS``), the versions of it the store met after the installed one
    that some postings carry, having recorded the installed ones: each named in an error, as this scheduler runs
    an older release than a crawl, command or scheduler that wrote the store since."""
    from store import db, releases
    from store.health import CURATION_COLUMNS

    out: dict[str, list[str]] = {}
    with db.sessions(url).begin() as session:
        releases.record(session, installed)
        for stage in releases.STAMPS:
            newer = releases.later(session, stage, installed[stage])
            out[stage] = [r.version for r in newer]
            if newer:
                log.error("curation: leaving alone the postings of a newer release than this scheduler's (%s "
                          "%s): %s; upgrade this scheduler, or, to go back to this release on purpose, run its "
                          "`%s`", stage, installed[stage], "; ".join(map(str, newer)), CURATION_COLUMNS[stage][1])
    return out


def build_scheduler(url: str, settings: dict[str, str] | None = None) -> BlockingScheduler:
    """One interval job per source in the store's job table, but for those turned off (``VAGIGS_SOURCES_OFF``);
    the stored jobs of sources turned off or gone from the registry are removed (``_drop_unscheduled``). A job
    already stored keeps its next run time, so restarting the scheduler does not push every crawl a full interval
    later (restarted more often than a source's interval, it would never crawl that source); a next run missed
    while it was down comes at once, and so does (``CATCH_UP_AFTER``) a crawl that came due an interval before its
    stored next run and left no run in the store (``_crawled_since``): its scheduler stopped as it came due, or no
    Scrapyd node took it and the retry was lost with the scheduler."""
    jobstore = SQLAlchemyJobStore(url=url, tablename="apscheduler_jobs")
    scheduler = LockedScheduler(
        # the health check keeps nothing between starts, and its arguments (the store's URL) stay out of the store
        jobstores={"default": jobstore, "memory": MemoryJobStore()},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        timezone="UTC",
    )
    now = datetime.now(timezone.utc)
    crawled = scheduled()
    _drop_unscheduled(jobstore, {s.name for s in crawled})
    for i, source in enumerate(crawled):
        job_id = f"crawl:{source.name}"
        kept = _stored_job(jobstore, job_id)
        hours = interval_hours(source, settings)
        if kept is None or kept.next_run_time is None:
            # a store no scheduler used yet: every source now, a minute apart, not an interval after the start
            first = now + i * FIRST_RUN_SPACING
        elif kept.next_run_time <= now:  # missed while no scheduler ran
            first = now
        elif kept.next_run_time > now + timedelta(hours=hours):
            # no interval of this schedule leads there: a clock that ran ahead set it, or a longer interval did
            first = now + timedelta(hours=hours)
            log.warning("crawl of %s was stored to run next at %s UTC, more than its interval (%g h) from now: "
                        "the clock of the scheduler that stored it ran ahead, or the interval was longer; next at "
                        "%s UTC", source.name, f"{kept.next_run_time:%Y-%m-%d %H:%M}", hours, f"{first:%Y-%m-%d %H:%M}")
        else:
            first = kept.next_run_time
            due = _last_due(kept)
            if (due is not None and _stored_since(kept) - CLOCK_SLACK <= due <= now
                    and not _crawled_since(url, source.name, due - CLOCK_SLACK)):
                first = now + CATCH_UP_AFTER
                log.warning("crawl of %s due at %s UTC left no run in the store (its scheduler stopped as it came "
                            "due, or no Scrapyd node took it): caught up now, not at %s UTC", source.name,
                            f"{due:%Y-%m-%d %H:%M}", f"{kept.next_run_time:%Y-%m-%d %H:%M}")
        scheduler.add_job(crawl_job, "interval", hours=hours, args=[source.name],
                          kwargs={"settings": settings} if settings else {},
                          id=job_id, name=f"crawl {source.name}", replace_existing=True, next_run_time=first)
        log.info("crawl of %s every %g h, next at %s UTC", source.name, hours, f"{first:%Y-%m-%d %H:%M}")
    scheduler.add_job(health_job, "interval", hours=HEALTH_EVERY_HOURS, args=[url, settings], id="health",
                      name="source health", jobstore="memory", replace_existing=True)
    if scrapyd_nodes():
        scheduler.add_job(watch_job, "interval", seconds=WATCH_SECONDS, id="watch", jobstore="memory",
                          name="crawls queued on Scrapyd still running or recorded", replace_existing=True)
    scheduler.add_job(lock_job, "interval", seconds=LOCK_CHECK_SECONDS, id="lock", name="scheduler lock still held",
                      jobstore="memory", replace_existing=True)
    every = config.recurate_every_hours()
    if every:
        scheduler.add_job(curation_job, "interval", hours=every, args=[url], id="curation", next_run_time=now,
                          name="re-curate stale postings", jobstore="memory", replace_existing=True)
    return scheduler


def _drop_unscheduled(jobstore: SQLAlchemyJobStore, crawled: set[str]) -> None:
    """Remove from the job table the crawl jobs of sources not in ``crawled``, a line each: a source retired from the
    registry, or turned off. Kept, the job of a retired source had launched ``vagigs crawl ishbor`` at every
    interval, each refused as an unknown source."""
    from sqlalchemy import select
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with jobstore.engine.connect() as conn:
            stored = list(conn.scalars(select(jobstore.jobs_t.c.id).where(jobstore.jobs_t.c.id.like("crawl:%"))))
    except SQLAlchemyError:  # no job table yet: no scheduler used this store
        return
    for job_id in sorted(stored):
        name = job_id.removeprefix("crawl:")
        if name in crawled:
            continue
        jobstore.remove_job(job_id)
        why = "turned off (VAGIGS_SOURCES_OFF)" if name in sources.SOURCES else "no source of that name in the registry"
        log.info("crawl of %s removed from the schedule: %s", name, why)


def _stored_job(jobstore: SQLAlchemyJobStore, job_id: str):  # type: ignore[no-untyped-def]
    """The job the store holds as ``job_id`` (None: no such job yet, or its table not made yet)."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return jobstore.lookup_job(job_id)
    except (SQLAlchemyError, LookupError):
        return None


def _last_due(job) -> datetime | None:  # type: ignore[no-untyped-def]
    """When a stored interval job last came due: an interval before its next run."""
    from apscheduler.triggers.interval import IntervalTrigger

    if job.next_run_time is None or not isinstance(job.trigger, IntervalTrigger):
        return None
    return job.next_run_time - job.trigger.interval


def _stored_since(job) -> datetime:  # type: ignore[no-untyped-def]
    """When the scheduler that stored ``job`` started: each start makes every crawl's interval trigger anew, and
    APScheduler starts a trigger an interval after it is made. A crawl due before then came due under no scheduler
    that could have used it up: a scheduler restarted before its first crawls ran keeps their spacing."""
    return job.trigger.start_date - job.trigger.interval


def _crawled_since(url: str, source: str, since: datetime) -> bool:
    """Whether a run of ``source`` started, beat or ended since ``since``: a crawl that was due then was launched
    (or was not, as one was still running). True when the store cannot say: a crawl is never launched twice."""
    from sqlalchemy import or_, select
    from sqlalchemy.exc import SQLAlchemyError

    from store import db
    from store.models import CrawlRun

    try:
        with db.sessions(url)() as session:
            return session.scalar(select(CrawlRun.id).where(
                CrawlRun.source == source,
                or_(CrawlRun.started_at >= since, CrawlRun.heartbeat_at >= since, CrawlRun.finished_at >= since),
            ).limit(1)) is not None
    except SQLAlchemyError as exc:
        log.error("could not read the runs of %s in the store: %s", source, str(exc).splitlines()[0])
        return True


def replaying(settings: dict[str, str] | None) -> dict[str, str] | None:
    """``settings`` with, when they name ``VAGIGS_REPLAY_BASE`` (a snapshot served by ``python -m replay.server DIR
    --port N``), the other settings that make a crawl replay from it (``crawlers.run.replay_settings``: no live
    request, no delay), unless given too: ``vagigs schedule --set VAGIGS_REPLAY_BASE=http://127.0.0.1:N`` is
    enough to rehearse the schedule offline."""
    base = (settings or {}).get("VAGIGS_REPLAY_BASE")
    if not base:
        return settings
    from crawlers.run import replay_settings

    return {**replay_settings(base), **(settings or {})}


def run(url: str | None = None, settings: dict[str, str] | None = None) -> None:
    """Run the scheduler until it is stopped; ``LockLost`` when it stopped because its lock was gone."""
    url = url or config.database_url()
    settings = replaying(settings)
    with scheduler_lock(url) as lock:
        log.info("scheduler for the store at %s (lock: %s)", config.shown_url(url), lock.where)
        scheduler = build_scheduler(url, settings)
        _Running.forget()
        _Running.lock, _Running.scheduler, _Running.url = lock, scheduler, url
        try:
            scheduler.start()
        finally:
            _Running.forget()
        if not lock.held():
            raise LockLost(f"the scheduler lost its lock on {lock.where}: stopped so that no crawl runs twice")
