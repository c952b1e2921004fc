"""Feed a recorded body to a spider's callback, as Scrapy would after a download."""
from __future__ import annotations

from pathlib import Path

from scrapy.http import Request, TextResponse
from scrapy.utils.test import get_crawler


def run_callback(spider_cls, url: str, body: bytes, *, status: int = 200,  # type: ignore[no-untyped-def]
                 content_type: str = "application/json"):
    crawler = get_crawler(spider_cls, {"VAGIGS_DATABASE_URL": "sqlite://"})
    spider = spider_cls.from_crawler(crawler)
    crawler.spider = spider
    crawler.stats.open_spider()
    response = TextResponse(url=url, body=body, status=status, encoding="utf-8",
                            headers={"Content-Type": content_type}, request=Request(url))
    items = list(spider.parse(response))
    return items, crawler.stats.get_stats()


def read(path: Path) -> bytes:
    return path.read_bytes()
