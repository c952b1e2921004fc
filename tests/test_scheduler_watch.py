"""The scheduler watches the crawls it queued on Scrapyd nodes: one that died without a run, or whose run was left
'running' by a killed process, is launched again; a node where crawls keep dying is asked last."""
from __future__ import annotations

import base64
import http.server
import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest

import config
import scheduler
from store import db, queries
from tests.helpers import free_port


class FakeScrapyd:
    """A Scrapyd answering daemonstatus, schedule and listjobs; ``ends`` says how a job it takes ends at once
    ('died': finished, no run; 'running': listed as running)."""

    def __init__(self, ends: str, load: int = 0, auth: str | None = None) -> None:
        self.ends, self.load, self.taken, self.jobs = ends, load, [], {}
        node = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def handle_one_request(self) -> None:
                self.raw_requestline = self.rfile.readline(65537)
                if not self.raw_requestline or not self.parse_request():
                    return
                if auth and self.headers.get("Authorization") != auth:
                    self.send_error(401)
                    return
                getattr(self, f"do_{self.command}")()

            def do_GET(self) -> None:  # noqa: N802 - the http.server hook's name
                if self.path.startswith("/daemonstatus.json"):
                    self._json({"status": "ok", "running": node.load, "pending": 0, "finished": 0})
                    return
                listed: dict[str, list] = {"pending": [], "running": [], "finished": []}
                for job, (spider, state) in node.jobs.items():
                    listed[state].append({"id": job, "spider": spider})
                self._json({"status": "ok", **listed})

            def do_POST(self) -> None:  # noqa: N802
                fields = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
                job = f"j{len(node.jobs)}"
                node.jobs[job] = (fields["spider"][0], "finished" if node.ends == "died" else "running")
                node.taken.append(fields["spider"][0])
                self._json({"status": "ok", "jobid": job})

            def _json(self, answer: dict) -> None:
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@contextmanager
def _broken_and_healthy(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeScrapyd, FakeScrapyd]]:
    """A broken idle node (every job dies at once) and a healthy busier one, the scheduler's nodes; no scheduler."""
    broken, healthy = FakeScrapyd("died"), FakeScrapyd("running", load=1)
    monkeypatch.setattr(config, "scrapyd_urls", lambda: [broken.base, healthy.base])
    scheduler._Running.forget()
    try:
        yield broken, healthy
    finally:
        scheduler._Running.forget()
        for node in (broken, healthy):
            node.httpd.shutdown()


@pytest.fixture
def nodes(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeScrapyd, FakeScrapyd]]:
    """``_broken_and_healthy``, for a running scheduler."""
    with _broken_and_healthy(monkeypatch) as pair:
        monkeypatch.setattr(scheduler._Running, "scheduler", scheduler.build_scheduler(sqlite_url))
        monkeypatch.setattr(scheduler._Running, "url", sqlite_url)
        yield pair


def test_a_crawl_that_dies_before_its_run_is_launched_again_and_its_node_avoided(
        nodes: tuple[FakeScrapyd, FakeScrapyd], caplog: pytest.LogCaptureFixture) -> None:
    """A node whose every job dies at start (a broken egg) is always idle, so it drew every crawl, and none left a run
    or a word in the log."""
    broken, healthy = nodes
    with caplog.at_level("INFO", logger="vagigs.scheduler"):
        scheduler.crawl_job("remotive")
        assert broken.taken == ["remotive"]
        scheduler.watch_job()
        assert (f"crawl of remotive on scrapyd {broken.base} (job j0) ended without recording a run: it died as it "
                f"started (log: {broken.base}/logs/vagigs/remotive/j0.log)") in caplog.text
        assert healthy.taken == ["remotive"]  # launched again at once, on the other node
        scheduler.crawl_job("jobicy")
        scheduler.watch_job()
        assert f"scrapyd {broken.base} is failing: its last 2 crawls ended without a run" in caplog.text
        scheduler.crawl_job("weworkremotely")  # the broken node is idle, but failing: asked last
    assert broken.taken == ["remotive", "jobicy"] and healthy.taken == ["remotive", "jobicy", "weworkremotely"]
    scheduler.watch_job()  # those still run there: nothing more
    assert healthy.taken == ["remotive", "jobicy", "weworkremotely"]


def test_a_crawl_dying_twice_is_tried_again_later_not_at_once(nodes: tuple[FakeScrapyd, FakeScrapyd]) -> None:
    """A crawl dying on every node (the store down) is not sent from node to node at each tick."""
    broken, healthy = nodes
    healthy.ends = "died"
    scheduler.crawl_job("remotive")
    scheduler.watch_job()
    scheduler.watch_job()
    assert broken.taken == ["remotive"] and healthy.taken == ["remotive"]
    assert "retry:remotive" in {job.id for job, *_ in scheduler._Running.scheduler._pending_jobs}


def test_a_run_left_running_by_a_killed_job_is_closed_as_lost_and_the_crawl_launched_again(
        nodes: tuple[FakeScrapyd, FakeScrapyd], sqlite_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """kill -9 of a crawl's process: its Scrapyd job is finished, its run 'running' with a fresh heartbeat. The
    scheduler had waited a whole interval (12 h for remotive), health critical meanwhile."""
    node, other = nodes
    node.ends = "running"
    scheduler.crawl_job("remotive")
    with db.sessions(sqlite_url).begin() as s:
        run_id = queries.start_run(s, "remotive").id
    scheduler.watch_job()
    assert node.taken == ["remotive"]  # its job still running: nothing to do
    node.jobs["j0"] = ("remotive", "finished")  # killed
    with caplog.at_level("WARNING", logger="vagigs.scheduler"):
        scheduler.watch_job()
    with db.sessions(sqlite_url)() as s:
        run = s.get(queries.CrawlRun, run_id)
        assert (run.status, run.finish_reason) == ("failed", "lost") and "job j0" in run.errors[0]
    assert f"crawl run {run_id} of remotive: its scrapyd job j0 on {node.base} ended" in caplog.text
    assert node.taken == ["remotive", "remotive"] and other.taken == []  # a killed crawl says nothing against its node


def test_a_crawl_not_launched_as_its_last_run_is_still_running_is_tried_again_soon(
        nodes: tuple[FakeScrapyd, FakeScrapyd], sqlite_url: str) -> None:
    """A run whose process is gone but whose heartbeat is not old yet (its scheduler restarted since the launch)
    counts as running: the crawl is asked again in minutes, when it counts as lost, not an interval later."""
    with db.sessions(sqlite_url).begin() as s:
        queries.start_run(s, "remotive")
    scheduler.crawl_job("remotive")
    [retry] = [job for job, *_ in scheduler._Running.scheduler._pending_jobs if job.id == "retry:remotive"]
    due = retry.trigger.run_date - queries.utcnow()
    assert due <= timedelta(minutes=scheduler.RETRY_MINUTES)


def test_a_node_asking_for_a_password_is_given_the_one_in_its_url(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    """A Scrapyd reachable from other machines is protected by its scrapyd.conf's username and password:
    ``VAGIGS_SCRAPYD_URLS=http://user:password@node1:6800`` names them, and the password is never logged."""
    node = FakeScrapyd("running", auth="Basic " + base64.b64encode(b"vagigs:s:cret").decode())
    monkeypatch.setattr(config, "scrapyd_urls", lambda: [f"http://vagigs:s%3Acret@127.0.0.1:{node.httpd.server_port}"])
    monkeypatch.setattr(scheduler._Running, "url", sqlite_url)
    try:
        with caplog.at_level("INFO", logger="vagigs.scheduler"):
            scheduler.crawl_job("remotive")
            scheduler.crawl_job("remotive")  # listjobs: it runs
    finally:
        node.httpd.shutdown()
        scheduler._Running.forget()
    assert node.taken == ["remotive"]
    assert f"launched crawl of remotive: {node.base} job j0" in caplog.text and "cret" not in caplog.text
    assert f"the last one still runs, {node.base} job j0 (running)" in caplog.text


@pytest.fixture
def two_nodes(store_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeScrapyd, FakeScrapyd]]:
    """``_broken_and_healthy``, on SQLite and on PostgreSQL; no scheduler yet (``_start``)."""
    with _broken_and_healthy(monkeypatch) as pair:
        yield pair


def _start(url: str) -> None:
    """A new scheduler in this process, as after a restart: nothing kept in memory from the one before."""
    scheduler._Running.forget()
    scheduler._Running.scheduler = scheduler.build_scheduler(url)
    scheduler._Running.url = url


def test_a_restarted_scheduler_watches_the_crawls_the_one_before_queued(
        two_nodes: tuple[FakeScrapyd, FakeScrapyd], store_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """The jobs were kept in the scheduler's memory: after a restart (a crash, a deploy) a crawl that died on its
    node was never launched again, nor its node avoided."""
    broken, healthy = two_nodes
    _start(store_url)
    scheduler.crawl_job("remotive")
    assert broken.taken == ["remotive"]
    _start(store_url)  # restarted before its first look at the nodes
    with caplog.at_level("INFO", logger="vagigs.scheduler"):
        scheduler.watch_job()
    assert f"crawl of remotive on scrapyd {broken.base} (job j0) ended without recording a run" in caplog.text
    assert healthy.taken == ["remotive"]  # launched again, on the other node
    for _ in range(2):
        _start(store_url)
        scheduler.watch_job()
    assert broken.taken == ["remotive"] and healthy.taken == ["remotive"]  # once: nothing launched twice

    scheduler.crawl_job("jobicy")
    _start(store_url)
    scheduler.watch_job()  # the node's second crawl in a row that died, counted across restarts
    assert f"scrapyd {broken.base} is failing: its last 2 crawls ended without a run" in caplog.text
    _start(store_url)
    scheduler.crawl_job("weworkremotely")  # idle, but failing: asked last, by a scheduler that did not see it fail
    assert broken.taken == ["remotive", "jobicy"] and healthy.taken == ["remotive", "jobicy", "weworkremotely"]
    failing, ok = scheduler.nodes_health(store_url)  # as `vagigs health` shows the nodes
    assert [(p.code, p.level) for p in failing.problems] == [("failing", "warning")] and ok.problems == []
    assert failing.history.died_in_a_row == 2 and failing.history.last.source == "jobicy"
    assert failing.asked_last_until is not None and ok.history.last.source == "weworkremotely"


def test_a_crawl_dying_again_after_a_restart_is_tried_again_later(
        two_nodes: tuple[FakeScrapyd, FakeScrapyd], store_url: str) -> None:
    broken, healthy = two_nodes
    healthy.ends = "died"
    _start(store_url)
    scheduler.crawl_job("remotive")
    _start(store_url)
    scheduler.watch_job()  # died on the broken node: launched on the healthy one at once
    _start(store_url)
    scheduler.watch_job()  # died there too: not sent back at once
    assert broken.taken == ["remotive"] and healthy.taken == ["remotive"]
    assert "retry:remotive" in {job.id for job, *_ in scheduler._Running.scheduler._pending_jobs}


def test_a_run_a_killed_job_left_running_is_closed_once_by_the_next_scheduler(
        two_nodes: tuple[FakeScrapyd, FakeScrapyd], store_url: str) -> None:
    node, other = two_nodes
    node.ends = "running"
    _start(store_url)
    scheduler.crawl_job("remotive")
    with db.sessions(store_url).begin() as s:
        run_id = queries.start_run(s, "remotive").id
    _start(store_url)
    node.jobs["j0"] = ("remotive", "finished")  # killed while no scheduler ran
    _start(store_url)
    scheduler.watch_job()
    scheduler.watch_job()
    _start(store_url)
    scheduler.watch_job()
    with db.sessions(store_url)() as s:
        run = s.get(queries.CrawlRun, run_id)
        assert (run.status, run.finish_reason) == ("failed", "lost") and len(run.errors) == 1
    assert node.taken == ["remotive", "remotive"] and other.taken == []  # launched again once


def test_a_crawl_queued_on_a_node_that_stops_answering_is_not_launched_elsewhere(
        two_nodes: tuple[FakeScrapyd, FakeScrapyd], store_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """It may still be pending there: launched on another node, it would run twice once that node is back. The
    restarted scheduler catches the crawl up (no run of it in the store) and asks the nodes."""
    broken, healthy = two_nodes
    broken.ends = "running"
    _start(store_url)
    scheduler.crawl_job("remotive")
    broken.httpd.shutdown()
    broken.httpd.server_close()
    _start(store_url)
    with caplog.at_level("WARNING", logger="vagigs.scheduler"):
        scheduler.crawl_job("remotive")
    assert broken.taken == ["remotive"] and healthy.taken == []
    assert f"the last one still runs, {broken.base} job j0 (queued " in caplog.text
    assert "retry:remotive" in {job.id for job, *_ in scheduler._Running.scheduler._pending_jobs}
