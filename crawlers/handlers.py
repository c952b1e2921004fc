"""Download handler that sends every http(s) request to a replay server instead.

Enabled whenever ``VAGIGS_REPLAY_BASE`` is set (``vagigs crawl --replay`` sets it;
``crawlers.run.ReplayAddon`` points ``DOWNLOAD_HANDLERS`` here). The request and
the response keep the source's real URL, so spiders, robots.txt handling and
canonical URLs behave exactly as live; only the bytes come from 127.0.0.1.
"""
from __future__ import annotations

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import Response

from replay.snapshot_format import to_replay


class ReplayDownloadHandler(HTTP11DownloadHandler):
    def __init__(self, crawler):  # type: ignore[no-untyped-def]
        super().__init__(crawler)
        self.base: str | None = crawler.settings.get("VAGIGS_REPLAY_BASE")

    async def download_request(self, request: Request) -> Response:
        if not self.base:
            return await super().download_request(request)
        local = request.replace(url=to_replay(self.base, request.url))
        response = await super().download_request(local)
        return response.replace(url=request.url)
