"""Quarantine on a disk that refuses the copy (full, read-only, no permission): the drop is counted and its error
recorded on the run all the same, the failed copy is one clear error in the log and on the run, and the crawl goes
on. A truncated body had been recorded as an ``empty`` run with nothing dropped and exit status 0, its copy's
``OSError`` raised out of the callback before the drop was counted."""
from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
from pathlib import Path

import pytest
from scrapy.http import Request, TextResponse
from scrapy.utils.test import get_crawler

from crawlers.extensions import DROPPED_PREFIX, ERRORS_KEY, run_status
from crawlers.middlewares import SpiderErrorsMiddleware
from crawlers.quarantine import QUARANTINE_FAILED_KEY, keep_record
from crawlers.spiders.remoteok import RemoteOKSpider
from tests.crawlers.spider_helpers import run_callback
from tests.helpers import FIXTURES, make_snapshot, vagigs

API = "https://remoteok.com/api"
TRUNCATED = FIXTURES / "bad" / "remoteok_truncated.json"


@pytest.fixture
def full_disk(vagigs_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Quarantine's folder on a full disk: every file opened in it fails with ENOSPC. Its path."""
    folder = vagigs_home / "quarantine"
    real_open = os.open

    def open_on_a_full_disk(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).startswith(str(folder)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_on_a_full_disk)
    return folder


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_malformed_body_on_a_full_disk_is_counted_and_the_lost_copy_said(
        full_disk: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        items, stats = run_callback(RemoteOKSpider, API, TRUNCATED.read_bytes())
    assert items == []
    assert stats[DROPPED_PREFIX + "malformed_response"] == 1 and stats[QUARANTINE_FAILED_KEY] == 1
    assert run_status(stats, "finished") == "failed"  # it had been "empty", nothing dropped
    dropped, lost = stats[ERRORS_KEY]
    assert dropped.startswith(f"malformed_response: {API}: not JSON")
    assert lost.startswith(f"quarantine_failed: {full_disk}/remoteok/") and lost.endswith(
        "-malformed_response.body: disk full (ENOSPC)")
    said = [r.getMessage() for r in caplog.records if "quarantine" in r.getMessage()]
    assert said == [f"remoteok: cannot keep the malformed_response body of {API} in quarantine: {lost[19:]}; "
                    "the drop is counted, its copy is lost"]
    assert any(m.startswith(f"remoteok: dropped {API} (malformed_response): not JSON: ")
               and m.endswith("; body not kept") for m in (r.getMessage() for r in caplog.records))
    assert _files(full_disk) == []


def test_a_spider_error_on_a_full_disk_is_counted(full_disk: Path) -> None:
    crawler = get_crawler(RemoteOKSpider, {"VAGIGS_DATABASE_URL": "sqlite://"})
    crawler.spider = RemoteOKSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    response = TextResponse(API, body=b"[]", request=Request(API))
    assert SpiderErrorsMiddleware(crawler).process_spider_exception(response, RecursionError("deep")) is None
    stats = crawler.stats.get_stats()
    assert stats[DROPPED_PREFIX + "spider_error"] == 1 and stats[QUARANTINE_FAILED_KEY] == 1
    assert stats[ERRORS_KEY][0] == f"spider_error: {API}: RecursionError"
    assert stats[ERRORS_KEY][1].endswith("-spider_error.body: disk full (ENOSPC)")


def test_a_run_keeps_its_first_lost_copy_and_counts_the_rest(full_disk: Path,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    crawler = get_crawler(RemoteOKSpider)
    crawler.stats.open_spider()
    with caplog.at_level(logging.ERROR, logger="crawlers.quarantine"):
        for n in range(3):
            assert keep_record("remoteok", "store_error", {"id": n}, crawler=crawler, source_id=str(n)) is None
    assert crawler.stats.get_value(QUARANTINE_FAILED_KEY) == 3
    [kept] = crawler.stats.get_value(ERRORS_KEY)  # the drops' own errors are not crowded out of the run's 50
    assert kept.startswith("quarantine_failed: ") and kept.endswith("-store_error.record.json: disk full (ENOSPC)")
    assert [r.getMessage().split(" in quarantine")[0] for r in caplog.records] == [
        f"remoteok: cannot keep a store_error record of {n}" for n in range(3)]


def test_a_read_only_quarantine_folder_is_named(vagigs_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_mkdir = Path.mkdir

    def read_only(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.parent == vagigs_home / "quarantine":
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    crawler = get_crawler(RemoteOKSpider)
    crawler.stats.open_spider()
    assert keep_record("remoteok", "bad_field", {"id": 1}, crawler=crawler) is None
    assert crawler.stats.get_value(ERRORS_KEY) == [
        f"quarantine_failed: {vagigs_home / 'quarantine' / 'remoteok'}: read-only file system (EROFS)"]


def test_a_crawl_whose_quarantine_cannot_be_written_still_fails_the_run(tmp_path: Path) -> None:
    """End to end: quarantine's place taken by a file (as a read-only or full disk would refuse it, without root)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "quarantine").write_text("not a folder")
    db = tmp_path / "v.db"
    snap = make_snapshot(tmp_path / "snap", [{"url": API, "file": str(TRUNCATED),
                                               "headers": {"Content-Type": "application/json"}}])
    proc = vagigs("crawl", "remoteok", "--replay", str(snap), check=False,
                  env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(home)})
    assert proc.returncode == 1, proc.stdout
    assert "remoteok: failed; scraped 0, stored 0 (0 new); dropped: malformed_response=1" in proc.stdout
    assert (f"remoteok: cannot keep the malformed_response body of {API} in quarantine: {home / 'quarantine'}: "
            "a file is in the way (EEXIST)") in proc.stderr
    with sqlite3.connect(db) as conn:
        [(status, dropped, errors)] = conn.execute("SELECT status, dropped, errors FROM crawl_runs").fetchall()
    assert (status, json.loads(dropped)) == ("failed", {"malformed_response": 1})
    assert json.loads(errors)[-1] == f"quarantine_failed: {home / 'quarantine'}: a file is in the way (EEXIST)"


@pytest.fixture
def free_bytes(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A disk with ``n`` bytes left (call it with ``n``): writes beyond them fail with ENOSPC, as a full tmpfs
    answers, after taking what still fits."""
    real_write = os.write

    def fill(n: int) -> None:
        left = [n]

        def write(fd: int, data) -> int:  # type: ignore[no-untyped-def]
            if not left[0]:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            written = real_write(fd, bytes(data[:left[0]]))
            left[0] -= written
            return written

        monkeypatch.setattr(os, "write", write)

    return fill


@pytest.mark.parametrize("free", [0, 100, len(TRUNCATED.read_bytes()) + 10])  # none, part of the body, not the meta
def test_a_body_the_disk_cuts_short_leaves_no_file(vagigs_home: Path, free_bytes, free: int) -> None:  # type: ignore[no-untyped-def]
    free_bytes(free)
    items, stats = run_callback(RemoteOKSpider, API, TRUNCATED.read_bytes())
    assert stats[DROPPED_PREFIX + "malformed_response"] == 1
    suffix = ".json" if free > 100 else ".body"
    assert stats[ERRORS_KEY][-1].endswith(f"-malformed_response{suffix}: disk full (ENOSPC)")
    # a 0-byte or cut body had stayed beside the error, and a whole body without its URL when the meta failed
    assert _files(vagigs_home / "quarantine") == []


def test_a_record_the_disk_cuts_short_leaves_no_file(vagigs_home: Path, free_bytes) -> None:  # type: ignore[no-untyped-def]
    free_bytes(10)
    assert keep_record("remoteok", "record_parse_error", {"id": 1, "position": "x" * 1000}, url=API) is None
    assert _files(vagigs_home / "quarantine") == []  # a 0-byte or cut .record.json had stayed


def test_a_record_holding_half_an_emoji_is_kept_and_reads_back_as_sent(vagigs_home: Path) -> None:
    """A lone surrogate cannot be UTF-8: keeping the record had raised ``UnicodeEncodeError`` out of the spider,
    and its page's other records were lost."""
    kept = Path(keep_record("remoteok", "record_parse_error", {"id": 1, "position": "Dev \ud83d"}, url=API) or "")
    assert json.loads(kept.read_bytes())["record"] == {"id": 1, "position": "Dev \ud83d"}


def test_a_record_nested_past_what_json_follows_is_kept_as_text(vagigs_home: Path) -> None:
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    kept = Path(keep_record("remoteok", "record_parse_error", deep, url=API) or "")
    assert json.loads(kept.read_bytes())["reason"] == "record_parse_error"


def test_a_record_that_cannot_be_kept_costs_only_itself(vagigs_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever keeping a refused record raises, the page's other records are read (they had all been lost)."""
    def fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("no")

    monkeypatch.setattr("crawlers.spiders.base.keep_record", fail)
    records = json.loads((FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json").read_text(encoding="utf-8"))
    jobs = [r for r in records if r.get("id")]
    body = json.dumps([records[0], "not a record", *jobs]).encode("utf-8")
    items, stats = run_callback(RemoteOKSpider, API, body)
    assert len(items) == len(jobs)
    assert stats[DROPPED_PREFIX + "record_parse_error"] == 1
