"""``web.server``: the queue warning at most once a minute, and the access log's lines."""
from __future__ import annotations

import logging

import config
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
