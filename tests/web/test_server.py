"""``web.server``: the queue warning at most once a minute, the access log's lines, and a body past the limit refused by
the app."""
from __future__ import annotations

import http.server
import json
import logging
import socket
import threading
from collections.abc import Iterator

import pytest

import config
from tests.helpers import free_port
from web import server


def test_the_queue_warning_is_written_once_a_minute(app, caplog) -> None:  # type: ignore[no-untyped-def]
    """waitress warns "Task queue depth is N" at every request queued behind busy threads: 8,103 of a load test's
    8,116 log lines."""
    made = server.create(app, "127.0.0.1", 0, config.WebServer(), body_limit=1024)
    try:
        with caplog.at_level("WARNING", logger="waitress.queue"):
            for depth in range(1, 200):
                logging.getLogger("waitress.queue").warning("Task queue depth is %d", depth)
    finally:
        made.close()
    assert [r.getMessage() for r in caplog.records if r.name == "waitress.queue"] in (
        [], ["Task queue depth is 1"])  # (none when another test's server warned within the minute)


def test_the_access_log_names_parameters_without_their_values(app, caplog) -> None:  # type: ignore[no-untyped-def]
    logged = app.test_client()
    logged.application.wsgi_app, plain = server.logged(app.wsgi_app), app.wsgi_app  # type: ignore[method-assign]
    try:
        with caplog.at_level("INFO", logger="vagigs.access"):
            logged.get("/?lang=uz&q=bosh%20ish&lang=ru").close()
            logged.get("/no/such%0Apage").close()
    finally:
        app.wsgi_app = plain  # type: ignore[method-assign]
    lines = [r.getMessage() for r in caplog.records if r.name == "vagigs.access"]
    assert len(lines) == 2
    method, path, status, ms, unit = lines[0].split(" ")
    assert (method, path, status, unit) == ("GET", "/?lang&q", "200", "ms") and float(ms) >= 0
    assert lines[1].startswith("GET /no/such%0Apage 404 ")


def test_request_line_keeps_at_most_twenty_names() -> None:
    query = "&".join(f"junk{i}=1" for i in range(20_000))
    line = server.request_line({"PATH_INFO": "/", "QUERY_STRING": query})
    assert line.endswith("junk19&…") and len(line) < 300


@pytest.fixture
def served(app) -> Iterator[int]:  # type: ignore[no-untyped-def]
    """The app under ``vagigs serve``'s waitress (``web.server.create``, its body limit the app's), on a free port."""
    made = server.create(app, "127.0.0.1", free_port(), config.WebServer(threads=2),
                         body_limit=app.config["MAX_CONTENT_LENGTH"])
    thread = threading.Thread(target=made.run, daemon=True)
    thread.start()
    yield made.effective_port
    made.close()
    thread.join(timeout=5)


def _answer(sock: socket.socket) -> tuple[str, dict[str, str], bytes]:
    raw = b""
    while chunk := sock.recv(65536):
        raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    return status, {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}, body


@pytest.mark.parametrize("chunked", [False, True])
def test_a_check_body_past_the_limit_is_refused_in_json_another_site_can_read(app, served: int, chunked: bool) -> None:  # type: ignore[no-untyped-def]
    """waitress refused it itself, in plain text with no CORS header: a browser on another site's page saw only
    "Failed to fetch". Refused as it arrives (neither read nor spooled), by the app, as its other answers."""
    limit = app.config["MAX_CONTENT_LENGTH"]
    head = (b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://other.example\r\n"
            b"Content-Type: application/json\r\n")
    with socket.create_connection(("127.0.0.1", served), timeout=10) as sock:
        if chunked:
            sock.sendall(head + b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n" % (limit + 10) + b"x" * (limit + 10))
        else:
            sock.sendall(head + b"Content-Length: %d\r\n\r\n" % (64 * limit) + b"x" * 1000)
        status, headers, body = _answer(sock)
    assert status.split()[:2] == ["HTTP/1.1", "413"]
    assert headers["access-control-allow-origin"] == "*" and headers["content-type"] == "application/json"
    assert json.loads(body)["error"] == "request_entity_too_large"


@pytest.mark.browser
def test_a_browser_on_another_site_reads_why_its_check_was_refused(browser, served: int) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's case: ``fetch`` from another site's page with a 600 KiB post."""
    page = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), _BlankPage)
    threading.Thread(target=page.serve_forever, daemon=True).start()
    try:
        browser.get(f"http://127.0.0.1:{page.server_port}/")  # type: ignore[attr-defined]
        said = browser.execute_async_script(  # type: ignore[attr-defined]
            "const done = arguments[arguments.length - 1];"
            f"fetch('http://localhost:{served}/api/check', {{method: 'POST', headers: {{'Content-Type': "
            "'application/json'}, body: JSON.stringify({text: 'x'.repeat(600 * 1024)})})"
            ".then(r => r.json().then(body => done([r.status, body.error])), e => done(String(e)));")
    finally:
        page.shutdown()
        page.server_close()
    assert said == [413, "request_entity_too_large"]


class _BlankPage(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = b"<!doctype html><title>another site</title>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass
