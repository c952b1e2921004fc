"""What every spider promises of each posting it yields, and a pipeline stage that records what they yield.

The README promises "the source and the original link kept on every posting": a spider's item names its source and
its id there, links to its original page (an http or https address with a host) and has a title or a description.
``RecordItems`` (before any curation stage: ``ITEM_PIPELINES`` at 50) writes each item as its spider yielded it to
the JSON lines file of the Scrapy setting ``CONTRACT_ITEMS_FILE`` (a test's own: no ``VAGIGS_`` name, which
``--set`` checks against vagigs's settings), so a test can hold every spider's output to ``broken_promises``.

``test_all_sources_replay`` holds the shipped snapshot to it; to hold a capture of your own (``vagigs crawl --record
DIR``) to it, run ``python -m tests.crawlers.contract DIR [SOURCE …]``: it replays DIR into a throw-away store,
prints what each spider yielded and each broken promise, and exits 1 when a promise is broken or a source yielded
nothing.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler

from crawlers import settings
from crawlers.items import PostingItem

#: the project's stages, with the recorder before the first: ``--set ITEM_PIPELINES=<this>``
PIPELINES = json.dumps({**settings.ITEM_PIPELINES, "tests.crawlers.contract.RecordItems": 50})


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


def repeated_ids(records: Iterable[dict[str, Any]]) -> list[str]:
    """The ``spider source_id`` of each id that ``records`` (``RecordItems``' lines of one crawl: a run per spider)
    hold more than once; ``[]`` for none. A source id is unique within a run: a repeat is dropped, counted as
    ``duplicate_id``."""
    counts = Counter((r["spider"], str(r["item"].get("source_id"))) for r in records)
    return sorted(f"{spider} {source_id}" for (spider, source_id), n in counts.items() if n > 1)


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


def check_capture(directory: Path, names: list[str]) -> int:
    """Replay ``directory`` for ``names`` (every registry source when empty) into a throw-away store and report each
    spider's items and broken promises; 0 when every named source yielded items and none broke a promise."""
    from crawlers.sources import SOURCES

    names = names or sorted(SOURCES)
    with tempfile.TemporaryDirectory() as tmp:
        items = Path(tmp) / "items.jsonl"
        env = {"VAGIGS_DATABASE_URL": f"sqlite:///{Path(tmp) / 'v.db'}", "VAGIGS_HOME": tmp}
        crawl = subprocess.run([sys.executable, "-m", "cli", "crawl", *names, "--replay", str(directory),
                                "--set", f"ITEM_PIPELINES={PIPELINES}", "--set", f"CONTRACT_ITEMS_FILE={items}"],
                               env={**os.environ, **env}, capture_output=True, text=True)
        print(crawl.stdout, end="")
        if crawl.returncode not in (0, 1):  # (1: a run did not finish; the counts below say which)
            print(crawl.stderr, end="", file=sys.stderr)
            return crawl.returncode
        records = [json.loads(line) for line in items.read_text(encoding="utf-8").splitlines()] if items.exists() else []
    yielded = {name: 0 for name in names}
    broken = []
    for record in records:
        yielded[record["spider"]] = yielded.get(record["spider"], 0) + 1
        broken += [f"{record['spider']} {record['item'].get('source_id')}: {why}"
                   for why in broken_promises(record["item"], record["spider"])]
    broken += [f"{repeat}: source id yielded twice in the run" for repeat in repeated_ids(records)]
    for name, count in yielded.items():
        print(f"{name}: {count} item(s)" + ("" if count else " — none yielded"))
    empty = [name for name, count in yielded.items() if not count]
    if broken:
        print("\n".join(broken))
    elif records:
        print("every item yielded keeps its promises" if empty else "every item keeps its promises")
    if empty:  # the last line says the check failed (it had ended on "every item keeps its promises", exit 1)
        print(f"no items from: {', '.join(empty)}")
    return 1 if broken or empty else 0


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        sys.exit("usage: python -m tests.crawlers.contract SNAPSHOT_DIR [SOURCE ...]")
    sys.exit(check_capture(Path(sys.argv[1]), sys.argv[2:]))
