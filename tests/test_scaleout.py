"""Scale-out: the scheduler spreads crawls over real Scrapyd servers that all write to one PostgreSQL.

Two ``scrapyd`` processes on 127.0.0.1 serve the ``vagigs`` project straight from
``scrapy.cfg`` (no egg); the scheduler's ``launch_crawl`` picks the least busy
one for each crawl; the spiders replay the shipped snapshot over HTTP on
127.0.0.1 and store into one PostgreSQL database. Running the same crawls again
stores no second copy of any posting.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

import scheduler
from crawlers.run import replay_settings
from replay import SHIPPED_SNAPSHOT
from replay.server import ReplayServer
from store import db
from store.models import CrawlRun, Posting, ScrapydJob
from tests.helpers import ROOT, free_port

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

SOURCES = ["remoteok", "weworkremotely", "remotive", "jobicy"]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=60) as resp:
        return json.load(resp)


@pytest.fixture(autouse=True)
def patient_with_loaded_nodes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real Scrapyd processes on a loaded 2-core machine (the rest of the suite beside them) can take longer than
    the scheduler's 10 s to answer; these tests are of where crawls land, not of a node's answering time (which
    tests/test_scheduler.py covers with a node that never answers)."""
    monkeypatch.setattr(scheduler, "SCRAPYD_TIMEOUT", 60.0)


@contextmanager
def scrapyd_processes(tmp_path: Path, url: str, count: int) -> Iterator[list[str]]:
    """``count`` Scrapyd servers storing into ``url``, each in its own directory with the project's scrapy.cfg."""
    procs, urls = [], []
    try:
        for n in range(count):
            home = tmp_path / f"node{n}"
            home.mkdir(parents=True)
            shutil.copy(ROOT / "scrapy.cfg", home / "scrapy.cfg")
            port = free_port()
            (home / "scrapyd.conf").write_text(
                "[scrapyd]\nbind_address = 127.0.0.1\n"
                f"http_port = {port}\neggs_dir = {home}/eggs\nlogs_dir = {home}/logs\ndbs_dir = {home}/dbs\n"
                "items_dir =\nmax_proc = 2\npoll_interval = 0.5\n", encoding="utf-8")
            env = {**os.environ, "VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(home)}
            procs.append(subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=home, env=env,
                                          stdout=(home / "scrapyd.out").open("w"), stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}")
        deadline = time.time() + 60
        for url in urls:
            while True:
                try:
                    if _get(f"{url}/daemonstatus.json")["status"] == "ok":
                        break
                except OSError:
                    if time.time() > deadline:
                        raise
                    time.sleep(0.3)
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


@pytest.fixture
def scrapyd_nodes(tmp_path: Path, postgres_url: str) -> Iterator[list[str]]:
    """Two Scrapyd servers storing into PostgreSQL."""
    with scrapyd_processes(tmp_path, postgres_url, 2) as urls:
        yield urls


def _wait_until_idle(urls: list[str], timeout: float = 240) -> list[list[dict]]:
    deadline = time.time() + timeout
    while time.time() < deadline:
        jobs = [_get(f"{url}/listjobs.json?project=vagigs") for url in urls]
        if all(not j["pending"] and not j["running"] for j in jobs):
            return [j["finished"] for j in jobs]
        time.sleep(0.5)
    raise AssertionError(f"crawls still running after {timeout}s: {jobs}")


def _counts(url: str) -> tuple[dict[str, int], int, list[tuple[str, str, int]]]:
    with db.sessions(url)() as session:
        per_source = dict(session.execute(select(Posting.source, func.count()).group_by(Posting.source)).all())
        distinct = session.scalar(select(func.count()).select_from(
            select(Posting.source, Posting.source_id).distinct().subquery()))
        runs = [(r.source, r.status, r.items_stored or 0)
                for r in session.scalars(select(CrawlRun).order_by(CrawlRun.id))]
    return per_source, int(distinct or 0), runs


@pytest.mark.long
def test_crawls_spread_over_scrapyd_servers_into_one_postgresql(
        scrapyd_nodes: list[str], postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAGIGS_SCRAPYD_URLS", ",".join(scrapyd_nodes))
    with ReplayServer(SHIPPED_SNAPSHOT, port=free_port()) as server:
        settings = replay_settings(server.base_url)
        where = [scheduler.launch_crawl(source, settings=settings) for source in SOURCES]
        finished = _wait_until_idle(scrapyd_nodes)
        per_source, distinct, runs = _counts(postgres_url)

        # the least busy server took each crawl: both servers ran some
        assert {w.split(" job ")[0] for w in where} == set(scrapyd_nodes)
        assert all(len(f) >= 1 for f in finished) and sum(map(len, finished)) == len(SOURCES)
        # every crawl finished and stored into the one database
        assert sorted(s for s, _, _ in runs) == sorted(SOURCES)
        assert all(status == "finished" and stored > 0 for _, status, stored in runs), runs
        assert sorted(per_source) == sorted(SOURCES)
        assert sum(per_source.values()) == distinct == sum(stored for _, _, stored in runs)

        with db.sessions(postgres_url)() as session:
            first_seen = dict(session.execute(select(Posting.id, Posting.last_seen_at)).all())
        for source in SOURCES:  # the same crawls again, wherever they land
            scheduler.launch_crawl(source, settings=settings)
        _wait_until_idle(scrapyd_nodes)
        again, distinct_again, runs_again = _counts(postgres_url)

    assert again == per_source and distinct_again == distinct  # no posting stored twice
    assert len(runs_again) == 2 * len(SOURCES)
    assert all(status == "finished" for _, status, _ in runs_again[len(SOURCES):]), runs_again
    with db.sessions(postgres_url)() as session:
        seen_now = dict(session.execute(select(Posting.id, Posting.last_seen_at)).all())
    assert seen_now.keys() == first_seen.keys()
    assert all(seen_now[i] > first_seen[i] for i in first_seen)  # the second crawls saw them again


def test_a_node_that_is_down_no_scrapyd_or_refuses_is_passed_over(
        scrapyd_nodes: list[str], postgres_url: str, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A closed port, and a server answering an HTML error page with status 200 (a proxy in front of a node that
    is down), are logged and skipped; a node that refuses the crawl is logged and the next least busy one asked:
    the crawl goes to a Scrapyd that takes it."""
    import http.server
    import threading

    class ErrorPage(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server hook's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>502 Bad Gateway</body></html>")

        def log_message(self, *args: object) -> None:
            pass

    class Refusing(ErrorPage):
        """Idle by its status, but it takes no crawl (a node whose checkout lacks the spider)."""

        def do_GET(self) -> None:  # noqa: N802
            self._json({"status": "ok", "running": 0, "pending": 0, "finished": 0})

        def do_POST(self) -> None:  # noqa: N802
            self._json({"status": "error", "message": "spider 'remotive' not found"})

        def _json(self, answer: dict) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps(answer).encode())

    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), ErrorPage)
    refusing = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Refusing)
    for httpd in (proxy, refusing):
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
    closed = f"http://127.0.0.1:{free_port()}"
    page = f"http://127.0.0.1:{proxy.server_port}"
    refuses = f"http://127.0.0.1:{refusing.server_port}"
    try:
        monkeypatch.setenv("VAGIGS_SCRAPYD_URLS", ",".join([closed, page, refuses, scrapyd_nodes[0]]))
        with ReplayServer(SHIPPED_SNAPSHOT, port=free_port()) as server, \
                caplog.at_level("ERROR", logger="vagigs.scheduler"):
            where = scheduler.launch_crawl("remotive", settings=replay_settings(server.base_url))
            _wait_until_idle(scrapyd_nodes[:1])
    finally:
        proxy.shutdown()
        refusing.shutdown()
    assert where.startswith(f"{scrapyd_nodes[0]} job ")
    said = caplog.text
    assert f"scrapyd {closed} unreachable" in said and f"scrapyd {page} unreachable" in said
    assert f"scrapyd {refuses} did not take remotive" in said  # idle, so asked first; the next one took it
    assert [(s, status) for s, status, _ in _counts(postgres_url)[2]] == [("remotive", "finished")]


def _slow_snapshot(tmp_path: Path, source_host: str, delay: float) -> Path:
    """The shipped snapshot, but the answers of ``source_host`` come after ``delay`` seconds: a crawl that runs."""
    snap = tmp_path / "slow-snapshot"
    shutil.copytree(SHIPPED_SNAPSHOT, snap)
    manifest = snap / "manifest.jsonl"
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    for e in entries:
        if f"//{source_host}/" in e["url"] and "robots.txt" not in e["url"]:
            e["delay"] = delay
    manifest.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return snap


def _post(url: str, **fields: str) -> dict:
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(url, data=data, timeout=60) as resp:
        return json.load(resp)


def _jobs_of(node: str, spider: str) -> dict[str, list[str]]:
    jobs = _get(f"{node}/listjobs.json?project=vagigs")
    return {state: [j["id"] for j in jobs[state] if j["spider"] == spider]
            for state in ("pending", "running", "finished")}


def _until(what, timeout: float = 180):  # type: ignore[no-untyped-def]
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = what()
        if found:
            return found
        time.sleep(0.5)
    raise AssertionError(f"not within {timeout}s")


def _start_scheduler(url: str) -> None:
    """A new scheduler in this process, as after a restart: nothing kept in memory from the one before."""
    scheduler._Running.forget()
    scheduler._Running.scheduler = scheduler.build_scheduler(url)
    scheduler._Running.url = url


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
def test_a_job_killed_while_no_scheduler_ran_is_closed_and_launched_again_once(
        store: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scheduler queues a crawl on a real Scrapyd and stops; the crawl's process is killed (kill -9) while no
    scheduler runs, its run left 'running'; the next scheduler closes that run as lost and launches the crawl
    again, once, however often it looks or is restarted. The jobs had been in the scheduler's memory only."""
    url = request.getfixturevalue("sqlite_url" if store == "sqlite" else "postgres_url")
    with scrapyd_processes(tmp_path, url, 1) as [node], \
            ReplayServer(_slow_snapshot(tmp_path, "remotive.com", 600), port=free_port()) as server:
        monkeypatch.setenv("VAGIGS_SCRAPYD_URLS", node)
        settings = replay_settings(server.base_url)
        try:
            _start_scheduler(url)
            scheduler.crawl_job("remotive", settings)
            [first] = _until(lambda: _jobs_of(node, "remotive")["running"])

            def running_run() -> list[CrawlRun]:
                with db.sessions(url)() as session:
                    return list(session.scalars(select(CrawlRun).where(CrawlRun.status == "running")))

            [run] = _until(running_run)
            scheduler._Running.forget()  # the scheduler stops
            _post(f"{node}/cancel.json", project="vagigs", job=first, signal="KILL")
            _until(lambda: first in _jobs_of(node, "remotive")["finished"])

            _start_scheduler(url)
            scheduler.watch_job()
            [second] = _until(lambda: _jobs_of(node, "remotive")["running"])
            scheduler.watch_job()
            _start_scheduler(url)
            scheduler.watch_job()
            scheduler.crawl_job("remotive", settings)  # its crawl runs: not launched
            jobs = _jobs_of(node, "remotive")
        finally:
            scheduler._Running.forget()
            for job in _jobs_of(node, "remotive")["running"]:
                _post(f"{node}/cancel.json", project="vagigs", job=job, signal="KILL")
    assert second != first and jobs == {"pending": [], "running": [second], "finished": [first]}
    with db.sessions(url)() as session:
        closed = session.get(CrawlRun, run.id)
        kept = session.execute(select(ScrapydJob.job, ScrapydJob.outcome).order_by(ScrapydJob.id)).all()
    assert (closed.status, closed.finish_reason) == ("failed", "lost")
    assert closed.errors[0].startswith(f"lost: its Scrapyd job {first} on {node} ended without closing the run")
    assert [tuple(k) for k in kept] == [(first, "lost"), (second, None)]


@pytest.mark.long
@pytest.mark.parametrize("store", ["postgres"])  # the scale-out's store (its queries run on SQLite in test_scheduler_watch)
def test_health_has_a_line_per_node_saying_which_is_down_and_what_ran_there(
        store: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two real Scrapyd nodes each run a crawl the scheduler queued; one is then stopped. ``vagigs health`` had no
    word of the nodes: an operator could not see one down, full or failing."""
    from crawlers import sources
    from tests.helpers import vagigs

    url = request.getfixturevalue("sqlite_url" if store == "sqlite" else "postgres_url")
    crawled = ["remotive", "jobicy"]
    with scrapyd_processes(tmp_path / "up", url, 1) as [up]:
        with scrapyd_processes(tmp_path / "down", url, 1) as [down], \
                ReplayServer(SHIPPED_SNAPSHOT, port=free_port()) as server:
            monkeypatch.setenv("VAGIGS_SCRAPYD_URLS", f"{up},{down}")
            try:
                _start_scheduler(url)
                for source in crawled:  # the idle first node takes the first, the other the second
                    scheduler.crawl_job(source, replay_settings(server.base_url))
                _wait_until_idle([up, down])
                scheduler.watch_job()
            finally:
                scheduler._Running.forget()
        # the second node is stopped
        env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_SCRAPYD_URLS": f"{up},{down}",
               "VAGIGS_SOURCES_OFF": ",".join(s for s in sources.SOURCES if s not in crawled)}
        started = time.monotonic()
        proc = vagigs("health", "--format", "json", env=env, check=False)
        report = json.loads(proc.stdout)
        assert proc.returncode == 1 and report["level"] == "warning"  # the sources are ok: the node down warns
        assert all(s["level"] == "ok" for s in report["sources"])
        first, second = report["nodes"]
        assert (first["node"], first["level"], first["reachable"], first["problems"]) == (up, "ok", True, [])
        assert (first["running"], first["pending"], first["finished"]) == (0, 0, 1)
        assert first["last_job"]["source"] == "remotive" and first["last_job"]["outcome"] == "ran"
        assert first["last_job"]["run_status"] == "finished" and first["died_in_a_row"] == 0
        assert (second["node"], second["level"], second["reachable"]) == (down, "warning", False)
        assert second["running"] is None and second["error"]
        assert [p["code"] for p in second["problems"]] == ["unreachable"]
        assert second["last_job"]["source"] == "jobicy" and second["last_job"]["outcome"] == "ran"

        table = vagigs("health", env=env, check=False).stdout.splitlines()
        assert time.monotonic() - started < 60
        [up_line] = [line for line in table if line.startswith(f"scrapyd {up} ")]
        assert up_line.startswith(f"scrapyd {up} ok       running 0, pending 0; last crawl remotive (job ")
        assert up_line.endswith(": ran (finished)")
        at = table.index(next(line for line in table if line.startswith(f"scrapyd {down} ")))
        assert table[at].startswith(f"scrapyd {down} warning  unreachable (")
        assert table[at + 1].startswith(f"{'':17}! unreachable: does not answer: ")
        no_nodes = vagigs("health", "--format", "json", env={**env, "VAGIGS_SCRAPYD_URLS": ""}, check=False)
        assert no_nodes.returncode == 0 and "nodes" not in json.loads(no_nodes.stdout)
