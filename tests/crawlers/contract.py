"""What every spider promises of each posting it yields, and a pipeline stage that records what they yield.

The README promises "the source and the original link kept on every posting": a spider's item names its source and
its id there, links to its original page (an http or https address with a host) and has a title or a description.
``RecordItems`` (before any curation stage: ``ITEM_PIPELINES`` at 50) writes each item as its spider yielded it to
the JSON lines file of the Scrapy setting ``CONTRACT_ITEMS_FILE`` (a test's own: no ``VAGIGS_`` name, which
``--set`` checks against vagigs's settings), so a test can hold every spider's output to ``broken_promises``.
"""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler

from crawlers import settings
from crawlers.items import PostingItem

#: the project's stages, with the recorder before the first: ``--set ITEM_PIPELINES=<this>``
PIPELINES = json.dumps({**settings.ITEM_PIPELINES, f"{__name__}.RecordItems": 50})


def broken_promises(item: dict[str, Any], spider: str) -> list[str]:
    """What ``item`` (as its spider ``spider`` yielded it) lacks of what every posting promises; ``[]`` for none."""
    broken = []
    if item.get("source") != spider:
        broken.append(f"source {item.get('source')!r}, not {spider!r}")
    if not str(item.get("source_id") or "").strip():
        broken.append("no source_id")
    url = item.get("url")
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        broken.append(f"url {url!r} is no link to its original")
    if not any(isinstance(item.get(f), str) and item[f].strip() for f in ("title", "description", "description_html")):
        broken.append("neither title nor description")
    return broken


class RecordItems:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.path = crawler.settings.get("CONTRACT_ITEMS_FILE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RecordItems":
        return cls(crawler)

    def process_item(self, item: PostingItem) -> PostingItem:
        if self.path:
            spider = self.crawler.spider.name if self.crawler.spider else "?"
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"spider": spider, "item": item.as_dict()}, default=str) + "\n")
        return item
