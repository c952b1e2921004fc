"""The crawl's log shows a source's control characters as escapes: an escape sequence in an exception's words or a
value quoted in an error (set the terminal's title, its clipboard, a disguised link) had reached its stderr raw,
where only a record's id was escaped (``store.models.source_id_key``)."""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils import log as scrapy_log
from scrapy.utils.log import get_scrapy_root_handler, install_scrapy_root_handler
from scrapy.utils.misc import load_object

from crawlers.logs import escaped
from crawlers.run import project_settings
from crawlers.spiders.remoteok import RemoteOKSpider
from tests.helpers import make_snapshot, vagigs

SNAPSHOT = Path(__file__).resolve().parents[2] / "replay" / "snapshot"
HOSTILE = "\x1b]0;X\x07\x1b]52;c;cm0gLXJm\x07\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ \x9b2J \u202egnp.exe"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


@pytest.fixture
def crawl_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log file of a crawl's root handler, set up as a crawl sets it up: Scrapy installs the handler, the
    crawler's extensions are built, the crawler installs the handler anew, then its spider opens."""
    path = tmp_path / "crawl.log"
    # Scrapy's handler sets the root logger to NOTSET, and a crawler made later in this process re-installs a handler
    # it knows of: both are put back, or the next in-process crawl's tests would read every library's INFO records
    root_level = logging.root.level
    monkeypatch.setattr(scrapy_log, "_scrapy_root_handler", None)
    settings = project_settings({"LOG_FILE": str(path), "LOG_LEVEL": "DEBUG"})
    install_scrapy_root_handler(settings)
    crawler = Crawler(RemoteOKSpider, settings)
    extensions = [load_object(name) for name in crawler.settings.getwithbase("EXTENSIONS")]
    for extension in (e for e in extensions if e.__module__ == "crawlers.logs"):
        extension.from_crawler(crawler)
    install_scrapy_root_handler(crawler.settings)
    crawler.signals.send_catch_log(signals.spider_opened, spider=None)
    try:
        yield path
    finally:
        handler = get_scrapy_root_handler()
        if handler is not None:
            logging.root.removeHandler(handler)
            handler.close()
        logging.root.setLevel(root_level)


def test_a_message_and_its_traceback_reach_the_log_escaped(crawl_log: Path) -> None:
    log = logging.getLogger("crawlers.spiders.remoteok")
    log.error("%s: record skipped: %s", "remoteok", f"ValueError: {HOSTILE}")
    try:
        raise ValueError(f"title {HOSTILE}")
    except ValueError:
        log.exception("remoteok: failed on %s", HOSTILE)
    text = crawl_log.read_text(encoding="utf-8")
    assert not any(ch in text for ch in RAW), text
    assert "record skipped: ValueError: \\x1b]0;X\\x07\\x1b]52;c;cm0gLXJm\\x07" in text
    assert "ValueError: title \\x1b]0;X\\x07" in text and "\\u202egnp.exe" in text
    assert "Traceback (most recent call last):\n" in text


def test_tabs_and_line_breaks_stay() -> None:
    assert escaped("a\tb\nc\r\nd") == "a\tb\nc\r\nd"
    assert escaped("a\rb\x00\x7f\x85\u2066") == "a\\x0db\\x00\\x7f\\x85\\u2066"
    assert escaped(escaped(HOSTILE)) == escaped(HOSTILE)


def test_a_crawl_of_hostile_records_writes_no_control_to_stderr(tmp_path: Path) -> None:
    records = json.loads((SNAPSHOT / "remoteok.com" / "api.json").read_text(encoding="utf-8"))
    records[5]["position"] = f"Assistant {HOSTILE}"
    records[6]["date"] = HOSTILE
    records[7]["salary_min"] = HOSTILE
    records[8]["description"] = {HOSTILE: HOSTILE}
    (tmp_path / "api.json").write_text(json.dumps(records), encoding="utf-8")
    snapshot = make_snapshot(tmp_path / "snap", [{"url": "https://remoteok.com/api", "file": str(tmp_path / "api.json"),
                                                  "headers": {"Content-Type": "application/json"}}])
    crawl = vagigs("crawl", "remoteok", "--replay", str(snapshot), check=False,
                   env={"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home"),
                        "VAGIGS_LOG_LEVEL": "DEBUG"})
    assert "Assistant" in crawl.stderr
    assert not any(ch in crawl.stderr + crawl.stdout for ch in RAW)
