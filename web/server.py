"""``vagigs serve``'s server: waitress with limits that hold under load (``config.web_server``), its queue warning at
most once a minute, an optional access log, and a stop that answers the requests already received before it exits.

waitress's own defaults had let 100 idle keep-alive connections lock every new visitor out for two minutes, spooled
a body of up to 1 GiB to disk before the app's 512 KiB limit refused it, and cancelled every queued request at
SIGTERM (their clients' connections reset)."""
from __future__ import annotations

import io
import logging
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, quote

from waitress import create_server, wasyncore
from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer
from waitress.task import ErrorTask, Task, WSGITask
from waitress.utilities import RequestEntityTooLarge
from werkzeug.wsgi import ClosingIterator

import config

#: Descriptors kept free beside the connections: the store's, the log's, the listening socket, waitress's trigger.
SPARE_FILES = 64
QUEUE_WARNING_EVERY = 60.0  # seconds between two "Task queue depth is N" warnings
ACCESS_LOG_NAMES = 20  # parameter names an access-log line shows at most
access_log = logging.getLogger("vagigs.access")


def create(app: Callable, host: str, port: int, settings: config.WebServer, *, body_limit: int) -> Any:
    """A waitress server for ``app`` on ``host:port`` (``OSError``, ``ValueError`` as ``waitress.create_server``).
    ``body_limit`` is the app's (Flask's ``MAX_CONTENT_LENGTH``): a larger body is refused as it arrives, never
    spooled to a temporary file first, and by the app (``_AppRefuses``)."""
    queue = logging.getLogger("waitress.queue")
    if not any(isinstance(f, _OncePer) for f in queue.filters):
        queue.addFilter(_OncePer(QUEUE_WARNING_EVERY))
    if settings.access_log:
        _log_to_stderr(access_log)
        app = logged(app)
    server = create_server(
        app, host=host, port=port, threads=settings.threads,
        connection_limit=min(settings.connections, _open_files() - SPARE_FILES),
        channel_timeout=settings.idle_seconds, cleanup_interval=max(1, min(30, settings.idle_seconds // 2)),
        asyncore_use_poll=True,  # select() cannot watch a descriptor past 1023: a thousand connections can
        max_request_body_size=body_limit + 1,  # (waitress refuses a body of this size; Flask takes up to its limit)
        clear_untrusted_proxy_headers=not config.proxy_hops())
    for listener in list((getattr(server, "map", None) or server._map).values()):
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = _Channel
    return server


class _AppRefuses(WSGITask):
    """A request whose body waitress refused as too large, answered by the app all the same, which refuses it in its
    own form: JSON with the CORS headers of the API's other answers, a page in the reader's language. waitress's own
    answer, plain text with no ``Access-Control-Allow-Origin``, reached a browser on another site's page as "Failed
    to fetch". The app is given the request's headers, no body, and as its length the one declared (a chunked body:
    the bytes received, already past the limit); the rest of the body is never read."""

    def get_environment(self) -> dict[str, Any]:
        environ = super().get_environment()
        environ["wsgi.input"] = io.BytesIO()
        environ["CONTENT_LENGTH"] = str(max(self.request.content_length, self.request.body_bytes_received))
        return environ

    def execute(self) -> None:
        self.set_close_on_finish()
        super().execute()


def _error_task(channel: HTTPChannel, request: Any) -> Task:
    if isinstance(request.error, RequestEntityTooLarge):
        return _AppRefuses(channel, request)
    return ErrorTask(channel, request)


class _Channel(HTTPChannel):
    error_task_class = staticmethod(_error_task)


def run(server: Any, stop_seconds: float) -> None:
    """Serve until Ctrl-C or SIGTERM (a ``KeyboardInterrupt``); then close the listening socket (a load balancer
    sees the refusal at once) and keep answering the requests already received for up to ``stop_seconds``. A second
    Ctrl-C stops at once; whatever is left then is cancelled, as waitress's own ``run`` cancels everything queued."""
    try:
        _loop(server, timeout=server.adj.asyncore_loop_timeout)
    except KeyboardInterrupt:
        pass
    wasyncore.dispatcher.close(server)  # the listening socket only: the trigger still wakes the loop for answers
    deadline = time.monotonic() + stop_seconds
    try:
        while _busy(server) and time.monotonic() < deadline:
            _loop(server, timeout=0.1, count=1)
    except KeyboardInterrupt:
        pass
    finally:
        server.task_dispatcher.shutdown(timeout=1)


def _loop(server: Any, *, timeout: float, count: int | None = None) -> None:
    wasyncore.loop(timeout=timeout, map=server._map, use_poll=True, count=count)


def _busy(server: Any) -> bool:
    """Whether a connection has a request being read, queued, answered or its answer not yet sent."""
    return any(channel.request is not None or channel.requests or channel.total_outbufs_len
               for channel in list(server.active_channels.values()))


def _open_files() -> int:
    try:
        import resource
    except ImportError:  # not on Unix
        return 1_000_000
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return soft if soft != resource.RLIM_INFINITY else 1_000_000


class _OncePer(logging.Filter):
    """One record per ``seconds``: waitress warns "Task queue depth is N" for every request queued while its threads
    are busy, thousands of lines in one burst."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds
        self.next = 0.0

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now < self.next:
            return False
        self.next = now + self.seconds
        return True


def _log_to_stderr(logger: logging.Logger) -> None:
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def logged(app: Callable) -> Callable:
    """``app`` writing one line per request to the ``vagigs.access`` log once its answer is sent: method, path with
    the names of its parameters (a search's words and a seeker's filters stay out of the log), status, duration."""

    def wsgi(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        began = time.perf_counter()
        status = ["-"]

        def start(line: str, headers: list, exc_info: Any = None) -> Any:
            status[0] = line.split(" ", 1)[0]
            return start_response(line, headers, exc_info)

        def done() -> None:
            access_log.info("%s %s %s %.1f ms", quote(environ.get("REQUEST_METHOD", "-"), safe=""),
                            request_line(environ), status[0], (time.perf_counter() - began) * 1000)

        return ClosingIterator(app(environ, start), done)

    return wsgi


def request_line(environ: dict[str, Any]) -> str:
    """The path as sent, with its parameters' names and not their values ("/?lang&q"), quoted so that no line
    break or other control character reaches the log."""
    raw = (environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")).encode("latin-1", "replace")  # (PEP 3333)
    path = quote(raw, safe="/:@!$'()*+,;=-._~")
    names = list(dict.fromkeys(name for name, _ in parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)))
    if not names:
        return path
    shown = "&".join(quote(name, safe="") for name in names[:ACCESS_LOG_NAMES])
    return f"{path}?{shown}{'&…' if len(names) > ACCESS_LOG_NAMES else ''}"
