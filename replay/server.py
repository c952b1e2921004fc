"""A small threaded HTTP server that answers with a recorded snapshot.

It honours ``If-None-Match`` / ``If-Modified-Since`` against the recorded
``ETag`` / ``Last-Modified`` (answering 304), and an entry's ``delay`` lets a
test play a source that times out.
"""
from __future__ import annotations

import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from replay import NO_RECORDING, NO_RECORDING_HEADER, snapshot_format

log = logging.getLogger(__name__)


class ReplayServer:
    def __init__(self, directory: Path, host: str = "127.0.0.1", port: int = 0):
        self.directory = Path(directory)
        self.entries = snapshot_format.load(self.directory)
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            # HTTP/1.1 keep-alive with a Content-Length on every answer: under HTTP/1.0 the
            # server closes after each answer, and a client that had pooled the connection
            # can race that close (seen as ConnectionDone on POSTs).
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                server._answer(self, send_body=True)

            def do_HEAD(self) -> None:  # noqa: N802
                server._answer(self, send_body=False)

            def do_POST(self) -> None:  # noqa: N802
                # consume the body, or its bytes corrupt the next request on a kept-alive connection
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                server._answer(self, send_body=True)

            def log_message(self, fmt: str, *args: object) -> None:
                log.debug("replay: " + fmt, *args)

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def _answer(self, handler: BaseHTTPRequestHandler, send_body: bool) -> None:
        url = snapshot_format.from_replay_path(handler.path)
        self.requests.append(url)
        entry = self.entries.get(snapshot_format.key(url))
        if entry is None:
            handler.send_response(404)
            handler.send_header(NO_RECORDING_HEADER, NO_RECORDING)
            handler.send_header("Content-Type", "text/plain")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        if entry.delay:
            time.sleep(entry.delay)
        headers = {k.lower(): v for k, v in entry.headers.items()}
        etag, modified = headers.get("etag"), headers.get("last-modified")
        if (etag and handler.headers.get("If-None-Match") == etag) or (
            modified and handler.headers.get("If-Modified-Since") == modified
        ):
            handler.send_response(304)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        body = snapshot_format.body_path(self.directory, entry.body).read_bytes()
        handler.send_response(entry.status)
        for name, value in entry.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "content-encoding"):
                handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if send_body:
            try:
                handler.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    def start(self) -> "ReplayServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "ReplayServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:  # pragma: no cover - manual use
    import argparse

    parser = argparse.ArgumentParser(description="Serve a recorded snapshot on 127.0.0.1")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    server = ReplayServer(args.directory, port=args.port)
    print(f"serving {args.directory} at {server.base_url}")
    server.httpd.serve_forever()


if __name__ == "__main__":  # pragma: no cover
    main()
