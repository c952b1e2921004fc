"""``scrapy crawl <source>``, as Scrapy's own, that exits 1 when the run did not end well, as ``vagigs crawl`` does
(failed, lost, blocked or stopped, or not recorded by the store); Scrapy's exits 0 whatever the run's end, so cron
and CI running it saw no failure. A configuration the crawl cannot run with (``config.ConfigError``, raised as its
components are built: a ``VAGIGS_HOME`` that is a file) is one error line, not an unhandled error's traceback; so is
a spider the project does not have, said as ``vagigs crawl`` says an unknown source, and exiting 2 as a usage error."""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

import config
from crawlers.extensions import RUN_NOT_RECORDED_KEY, run_status

log = logging.getLogger(__name__)

#: how a run may end for ``vagigs crawl`` to exit 0
GOOD_ENDS = frozenset({"finished", "empty", "capped"})


class Command(ScrapyCrawl):
    def _create_crawler(self, spname):  # type: ignore[no-untyped-def]
        self.crawler = super()._create_crawler(spname)
        return self.crawler

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's, then the spider named checked, before the crawl's process (and its start-up log) is made."""
        super().process_options(args, opts)
        if len(args) == 1:
            _known_spider(args[0], self.settings)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            super().run(args, opts)  # Scrapy's usage error
            return
        assert self.crawler_process
        crawling = self.crawler_process.crawl(self._create_crawler(args[0]), **opts.spargs)
        _config_error_in_one_line(crawling, args[0])
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        crawler: Crawler | None = getattr(self, "crawler", None)
        stats = crawler.stats.get_stats() if crawler is not None and crawler.stats else {}
        if stats and (stats.get(RUN_NOT_RECORDED_KEY)
                      or run_status(stats, stats.get("finish_reason")) not in GOOD_ENDS):
            self.exitcode = 1


def _known_spider(name: str, settings: BaseSettings | None) -> None:
    """Exit 2 with one line naming ``name`` and the project's spiders when none is named so: Scrapy's own crawl
    command had ended in its traceback, ``KeyError: 'Spider not found: nosuch'``, some 40 lines in a Scrapyd job's
    log or a crontab's mail."""
    from scrapy.spiderloader import get_spider_loader

    known = get_spider_loader(settings).list()
    if name not in known:
        sys.stderr.write(f"scrapy crawl: unknown spider {name!r}; one of {', '.join(sorted(known))}\n")
        raise SystemExit(2)


def _config_error_in_one_line(crawling: Deferred | asyncio.Task, source: str) -> None:
    """Say the ``ConfigError`` a crawl (Scrapy's Deferred, or its asyncio task) fails with in one line; another
    failure is left to be reported as Scrapy's runner would (with its traceback)."""
    def refused(exc: config.ConfigError) -> None:
        log.error("crawl of %s not started: %s", source, exc)

    if isinstance(crawling, Deferred):
        def trapped(failure: Failure) -> None:
            failure.trap(config.ConfigError)
            refused(failure.value)

        crawling.addErrback(trapped)
        return

    def done(task: asyncio.Task) -> None:
        if task.cancelled():
            return
        exc = task.exception()  # (now retrieved: the loop says no other failure of its own accord)
        if isinstance(exc, config.ConfigError):
            refused(exc)
        elif exc is not None:
            task.get_loop().call_exception_handler({"message": "Task exception was never retrieved",
                                                    "exception": exc, "future": task})

    crawling.add_done_callback(done)
