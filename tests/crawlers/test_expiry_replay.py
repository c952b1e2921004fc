"""A gig whose closing date has passed leaves the feed: real crawls through the ``vagigs`` command, replaying a real
We Work Remotely RSS capture (2022-11-08, every item with its ``<expires_at>``) over 127.0.0.1, then the same
capture with one listing extended by its poster (the source's new closing date wins), one closing date that is no
date and one before its posting date (both left out with a warning; the postings kept). The registry's two other
category feeds answer with an empty channel."""
from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from tests.helpers import FIXTURES, make_snapshot, vagigs

CAPTURE = FIXTURES / "weworkremotely" / "wwr_remote-customer-support-jobs.rss"  # real, 27 items
WWR = "https://weworkremotely.com/categories/{}.rss"
FEEDS = ["remote-customer-support-jobs", "all-other-remote-jobs", "remote-management-and-finance-jobs"]
EMPTY = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
RSS = {"Content-Type": "application/rss+xml"}


def _snapshot(directory: Path, body: Path) -> Path:
    return make_snapshot(directory, [{"url": WWR.format(FEEDS[0]), "file": str(body), "headers": RSS}]
                         + [{"url": WWR.format(name), "text": EMPTY, "headers": RSS} for name in FEEDS[1:]])


def _feed(env: dict[str, str], *flags: str) -> dict[str, dict]:
    out = vagigs("feed", "--source", "weworkremotely", "--limit", "1000", "--format", "json", *flags, env=env).stdout
    return {p["source_id"]: p for p in json.loads(out)}


def _with_closing_dates(text: str, changes: dict[str, str]) -> str:
    """The capture with the ``<expires_at>`` of the items whose guid ends in each key replaced."""
    def edit(item: re.Match[str]) -> str:
        block = item[0]
        for source_id, value in changes.items():
            if f"/remote-jobs/{source_id}</guid>" in block:
                return re.sub(r"<expires_at>[^<]*</expires_at>", f"<expires_at>{value}</expires_at>", block)
        return block

    return re.sub(r"<item>.*?</item>", edit, text, flags=re.S)


def test_closed_gigs_leave_the_feed_and_a_new_closing_date_brings_one_back(tmp_path: Path) -> None:
    db_file = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db_file}", "VAGIGS_HOME": str(tmp_path / "home")}
    out = vagigs("crawl", "weworkremotely", "--replay", str(_snapshot(tmp_path / "first", CAPTURE)), env=env)
    assert "weworkremotely: finished" in out.stdout
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT count(*), count(expires_at) FROM postings").fetchone() == (27, 27)

    assert _feed(env) == {}  # every listing of the 2022 capture has closed
    closed = _feed(env, "--include-expired")
    assert closed and all(datetime.fromisoformat(p["expires_at"]) < datetime(2023, 6, 1, tzinfo=timezone.utc)
                          for p in closed.values())
    first = closed["onlinecoursehost-com-customer-support-representative-for-online-course-platform"]
    assert first["expires_at"] == "2022-12-08T10:04:39+00:00"  # RFC 822 in the feed, UTC in the store
    assert _feed(env, "--all").keys() >= closed.keys()
    extended, garbled, backwards = sorted(closed)[:3]

    capture = CAPTURE.read_text(encoding="utf-8")
    changed = tmp_path / "wwr_changed.rss"
    changed.write_text(_with_closing_dates(capture, {extended: "Fri, 31 Dec 2099 12:00:00 +0000",
                                                     garbled: "until filled",
                                                     backwards: "Sat, 01 Jan 2000 00:00:00 +0000"}), encoding="utf-8")
    out = vagigs("crawl", "weworkremotely", "--replay", str(_snapshot(tmp_path / "second", changed)), env=env)
    assert "weworkremotely: finished" in out.stdout and "dropped: none" in out.stdout  # nothing lost
    assert f"weworkremotely/{garbled}: closing date 'until filled' is not a date; left out" in out.stderr
    assert f"weworkremotely/{backwards}: closing date 2000-01-01T00:00:00+00:00 is before the posting date" in out.stderr

    now_open = _feed(env)
    assert now_open.keys() == {extended, garbled, backwards}  # the re-crawl wrote each posting's current word
    assert now_open[extended]["expires_at"] == "2099-12-31T12:00:00+00:00"
    assert now_open[garbled]["expires_at"] is None and now_open[backwards]["expires_at"] is None
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT count(*), count(expires_at) FROM postings").fetchone() == (27, 25)
