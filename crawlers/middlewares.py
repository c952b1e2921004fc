"""Downloader middlewares of vagigs."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from replay import snapshot_format

_KEPT_HEADERS = ("Content-Type", "ETag", "Last-Modified", "Cache-Control")


class RecordMiddleware:
    """Saves every response into a snapshot folder (``vagigs crawl --record DIR``)."""

    def __init__(self, directory: Path):
        self.directory = directory

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RecordMiddleware":
        directory = crawler.settings.get("VAGIGS_RECORD_DIR")
        if not directory:
            raise NotConfigured
        return cls(Path(directory))

    def process_response(self, request: Request, response: Response, spider=None) -> Response:  # type: ignore[no-untyped-def]
        headers = {}
        for name in _KEPT_HEADERS:
            value = response.headers.get(name)
            if value is not None:
                headers[name] = value.decode("latin-1")
        entry = snapshot_format.Entry(
            url=request.url, status=response.status, headers=headers,
            body=snapshot_format.body_name(request.url),
        )
        snapshot_format.append(self.directory, entry, response.body)
        spider_name = getattr(spider, "name", "?")
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with open(self.directory / "RECORDED.txt", "a", encoding="utf-8") as fh:
            fh.write(f"{stamp}\t{spider_name}\t{response.status}\t{request.url}\n")
        return response
