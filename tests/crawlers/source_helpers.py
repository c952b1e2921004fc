"""Helpers for spider unit tests that need a store (incremental paging) or a second callback."""
from __future__ import annotations

from typing import Any

from scrapy.http import Request, TextResponse
from scrapy.utils.test import get_crawler

from crawlers.items import PostingItem


def make_spider(spider_cls, database_url: str = "sqlite://", settings: dict[str, Any] | None = None):  # type: ignore[no-untyped-def]
    crawler = get_crawler(spider_cls, {"VAGIGS_DATABASE_URL": database_url, **(settings or {})})
    spider = spider_cls.from_crawler(crawler)
    crawler.spider = spider
    crawler.stats.open_spider()
    return spider


def response(url: str, body: bytes, *, status: int = 200, content_type: str = "application/json",
             meta: dict[str, Any] | None = None) -> TextResponse:
    request = Request(url, meta=meta or {})
    return TextResponse(url=url, body=body, status=status, encoding="utf-8",
                        headers={"Content-Type": content_type}, request=request)


def split(results: list[Any]) -> tuple[list[PostingItem], list[Request]]:
    items = [r for r in results if isinstance(r, PostingItem)]
    requests = [r for r in results if isinstance(r, Request)]
    assert len(items) + len(requests) == len(results)
    return items, requests


def store_known(database_url: str, source: str, ids: list[str]) -> None:
    """Put minimal postings with these ids in the store, as an earlier crawl would have."""
    from store import db, queries

    with db.sessions(database_url).begin() as session:
        for sid in ids:
            queries.upsert_posting(session, {"source": source, "source_id": sid, "title": f"stored {sid}"})


def stats(spider) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return spider.crawler.stats.get_stats()
