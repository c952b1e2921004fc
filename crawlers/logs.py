"""The crawl's log as text a terminal shows and does not obey: every control character but tab and line break,
and every bidirectional override, written as its escape ("\\x1b").

A source's text reaches the log in messages no one escaped at the call (an exception's words, a value quoted in an
error): an escape sequence there would set an operator's terminal title (OSC 0), its clipboard (OSC 52) or a
disguised link (OSC 8) when the crawl's stderr or log file is read. ``EscapedLog`` (``EXTENSIONS``) puts
``EscapeControls`` on the root log handler Scrapy installs, so ``vagigs crawl``, the scheduler's crawls and
``scrapy crawl`` on a Scrapyd node all log through it.
"""
from __future__ import annotations

import logging
import traceback

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.logformatter import LogFormatter as ScrapyLogFormatter

from crawlers.escapes import escaped


class EscapeControls(logging.Filter):
    """Escapes a record's message, traceback and stack as ``escaped`` does, before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - arguments that do not fit the message: the handler reports it
            return True
        safe = escaped(message)
        if safe != message:
            record.msg, record.args = safe, None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = escaped(record.exc_text)
        if record.stack_info:
            record.stack_info = escaped(record.stack_info)
        return True


def install(**_signal: object) -> None:
    """Put one ``EscapeControls`` on each handler of the root logger."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, EscapeControls) for f in handler.filters):
            handler.addFilter(EscapeControls())


class EscapedLog:
    """A Scrapy extension (``EXTENSIONS``): puts ``EscapeControls`` on the root log handler when the spider opens.
    Each crawler installs that handler anew as it starts, after its extensions are built, so it is put there at
    ``spider_opened``, which every crawler sends after its own reinstall."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EscapedLog:
        crawler.signals.connect(install, signal=signals.spider_opened)
        install()
        return cls()


class LogFormatter(ScrapyLogFormatter):
    """Scrapy's log lines (``LOG_FORMATTER``), but a dropped posting's in one line naming its source and id, where
    Scrapy's names the whole item below the reason: its description and every field, some 20 KB a posting, which a
    store refusing each posting on a full disk had written for every one. A drop its stage logged already
    (``DropItem.logged``) is not said again."""

    def dropped(self, item, exception, response, spider):  # type: ignore[no-untyped-def]
        said = super().dropped(item, exception, response, spider)
        if getattr(exception, "logged", False):
            return None
        source, source_id = getattr(item, "source", None), getattr(item, "source_id", None)
        if said is None or source is None:
            return said
        return {**said, "msg": "Dropped %(posting)s: %(exception)s",
                "args": {"posting": f"{source}/{source_id}", "exception": exception}}
