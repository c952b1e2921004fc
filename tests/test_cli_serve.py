"""``vagigs serve`` under load, as a real server: idle connections, an oversized upload, a stop while requests wait."""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from tests.helpers import ROOT, free_port, small_store


@pytest.fixture(scope="module")
def store_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("serve")
    url, _ = small_store(tmp / "v.db", {"source": "remoteok", "source_id": "1"}, {"source": "remoteok", "source_id": "2"})
    return {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp / "home")}


def _serve(env: dict[str, str], *, host: str = "127.0.0.1", said: list[str] | None = None,
           **settings: str) -> tuple[subprocess.Popen[str], int]:
    """``vagigs serve --host HOST`` on a free port (``free_port``) with ``settings`` in its environment: the process
    and the port it listens on; ``said`` gets the lines printed before its address."""
    port = str(free_port())
    proc = subprocess.Popen([sys.executable, "-m", "cli", "serve", "--host", host, "--port", port], cwd=ROOT,
                            env={**os.environ, **env, **settings}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if f"web app on http://{host}:" in line:
            return proc, int(line.split(f"http://{host}:", 1)[1].split()[0])
        if said is not None:
            said.append(line)
    raise AssertionError(f"vagigs serve printed no address (exit {proc.wait()})")


@pytest.mark.parametrize("host,allowed,warned", [("0.0.0.0", "", True), ("0.0.0.0", "gigs.example.org", False),
                                                 ("127.0.0.1", "", False)])
def test_serving_beyond_loopback_with_any_host_answered_is_warned_of(store_env: dict[str, str], host: str,
                                                                      allowed: str, warned: bool) -> None:
    """A public address with ``VAGIGS_ALLOWED_HOSTS`` unset puts any Host a client sends into feed and canonical
    links: it had started without a word."""
    said: list[str] = []
    proc, port = _serve(store_env, host=host, said=said, VAGIGS_ALLOWED_HOSTS=allowed)
    try:
        assert _health(port, timeout=10) == (400 if allowed else 200)  # (serving: its stop handler is in place)
    finally:
        _stop(proc)
    assert [line for line in said if "VAGIGS_ALLOWED_HOSTS" in line] == (
        [f"warning: serving on {host} with VAGIGS_ALLOWED_HOSTS unset: the Host a client sends goes into feed and "
         "canonical links; set it to the public host name\n"] if warned else []), said


def _stop(proc: subprocess.Popen[str], how: int = signal.SIGTERM) -> str:
    proc.send_signal(how)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, out
    return out


def _health(port: int, timeout: float) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    conn.request("GET", "/api/health")
    return conn.getresponse().status


@pytest.mark.parametrize("idle,settings", [
    (150, {}),  # waitress's own limit, 100, had locked every new visitor out until the idle ones timed out (120 s)
    (15, {"VAGIGS_WEB_CONNECTIONS": "10", "VAGIGS_WEB_IDLE_SECONDS": "1"}),  # a full server frees idle places
])
def test_idle_connections_do_not_lock_out_a_new_visitor(store_env: dict[str, str], idle: int,
                                                        settings: dict[str, str]) -> None:
    proc, port = _serve(store_env, **settings)
    held = []
    try:
        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(idle)]
        time.sleep(0.5)
        assert _health(port, timeout=8) == 200
    finally:
        for sock in held:
            sock.close()
        _stop(proc)


def test_a_body_past_the_limit_is_refused_as_it_arrives(store_env: dict[str, str]) -> None:
    """A chunked upload larger than the app takes (512 KiB) is cut off after its first MiBs: waitress had spooled up
    to 1 GiB of it to a temporary file before the app refused it."""
    proc, port = _serve(store_env)
    sent = 0
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\n")
            chunk = b"%x\r\n" % (1 << 20) + b"a" * (1 << 20) + b"\r\n"
            try:
                for _ in range(64):
                    sock.sendall(chunk)
                    sent += 1
                    time.sleep(0.01)
            except OSError:  # reset: refused
                pass
            answer = sock.recv(100)
    finally:
        _stop(proc)
    assert sent < 16, f"{sent} MiB taken"
    assert answer.startswith(b"HTTP/1.1 413") or answer == b""


def test_a_stop_answers_the_requests_already_received(store_env: dict[str, str]) -> None:
    """SIGTERM with a dozen requests queued behind two threads: each is answered before the server exits (it had
    cancelled the queued ones, their connections reset)."""
    proc, port = _serve(store_env, VAGIGS_WEB_THREADS="2")
    answers: list[object] = []
    text = "We need a virtual assistant for email and calendar management, paid 500 USD a month. " * 40

    def ask(i: int) -> None:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            if i % 2:
                conn.request("POST", "/api/check", body=json.dumps({"text": text}),
                             headers={"Content-Type": "application/json"})
            else:
                conn.request("GET", f"/trends?weeks={i + 1}")
            response = conn.getresponse()
            response.read()
            answers.append(response.status)
        except OSError as exc:
            answers.append(type(exc).__name__)

    askers = [threading.Thread(target=ask, args=(i,)) for i in range(12)]
    for asker in askers:
        asker.start()
    time.sleep(0.3)
    out = _stop(proc)
    for asker in askers:
        asker.join()
    assert answers == [200] * 12, out
    assert "Canceling" not in out
