"""``scrapy crawl <source>``, as Scrapy's own, that exits 1 when the run did not end well, as ``vagigs crawl`` does
(failed, lost, blocked or stopped, or not recorded by the store); Scrapy's exits 0 whatever the run's end, so cron
and CI running it saw no failure."""
from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler

from crawlers.extensions import RUN_NOT_RECORDED_KEY, run_status

#: how a run may end for ``vagigs crawl`` to exit 0
GOOD_ENDS = frozenset({"finished", "empty", "capped"})


class Command(ScrapyCrawl):
    def _create_crawler(self, spname):  # type: ignore[no-untyped-def]
        self.crawler = super()._create_crawler(spname)
        return self.crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        crawler: Crawler | None = getattr(self, "crawler", None)
        stats = crawler.stats.get_stats() if crawler is not None and crawler.stats else {}
        if stats and (stats.get(RUN_NOT_RECORDED_KEY)
                      or run_status(stats, stats.get("finish_reason")) not in GOOD_ENDS):
            self.exitcode = 1
