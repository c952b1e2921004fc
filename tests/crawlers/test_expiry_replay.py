"""A gig whose closing date has passed leaves the feed: real crawls through the ``vagigs`` command, replaying a real
We Work Remotely RSS capture (2022-11-08, every item with its ``<expires_at>``) over 127.0.0.1, then the same
capture with one listing extended by its poster (the source's new closing date wins), one closing date that is no
date and one before its posting date (both left out with a warning; the postings kept). The registry's two other
category feeds answer with an empty channel.

Detail-page sources skip the pages of stored postings, so their closing dates would stay as first read: the second
test crawls the schema.org pages of the shipped snapshot twice more and shows a closed posting its sitemap still
lists, and a page whose sitemap ``<lastmod>`` is later than our fetch, read again (and only those, only then)."""
from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, make_snapshot, vagigs

CAPTURE = FIXTURES / "weworkremotely" / "wwr_remote-customer-support-jobs.rss"  # real, 27 items
WWR = "https://weworkremotely.com/categories/{}.rss"
FEEDS = ["remote-customer-support-jobs", "all-other-remote-jobs", "remote-management-and-finance-jobs"]
EMPTY = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
RSS = {"Content-Type": "application/rss+xml"}


def _snapshot(directory: Path, body: Path) -> Path:
    return make_snapshot(directory, [{"url": WWR.format(FEEDS[0]), "file": str(body), "headers": RSS}]
                         + [{"url": WWR.format(name), "text": EMPTY, "headers": RSS} for name in FEEDS[1:]])


def _feed(env: dict[str, str], *flags: str, source: str = "weworkremotely") -> dict[str, dict]:
    out = vagigs("feed", "--source", source, "--limit", "1000", "--format", "json", *flags, env=env).stdout
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


@pytest.mark.long
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


JSONLD = FIXTURES / "jsonld"  # reconstructed schema.org pages and sitemap (their PROVENANCE.md), as in the snapshot
SITEMAP = "https://careers.example.com/sitemap.xml"
ADMIN = "https://careers.example.com/jobs/remote-administrative-assistant-2291"  # JSON-LD, with validThrough
CLIENT = "https://careers.example.com/jobs/client-manager-remote-2304"  # microdata, no closing date
PAGE = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/xml; charset=utf-8"}


def _board(directory: Path, *, admin_closes: datetime, client_lastmod: str | None, client_max: str) -> Path:
    """The board's sitemap (no ``<lastmod>`` for ADMIN) and two pages: ADMIN closing at ``admin_closes``, CLIENT
    paying up to ``client_max``."""
    sitemap = (JSONLD / "sitemap.xml").read_text(encoding="utf-8")
    sitemap = re.sub(r"(2291</loc>)<lastmod>[^<]*</lastmod>", r"\1", sitemap)
    sitemap = re.sub(r"(2304</loc>)<lastmod>[^<]*</lastmod>",
                     rf"\1<lastmod>{client_lastmod}</lastmod>" if client_lastmod else r"\1", sitemap)
    admin = (JSONLD / "posting_jsonld.html").read_text(encoding="utf-8")
    admin, n = re.subn(r'"validThrough": "[^"]*"', f'"validThrough": "{admin_closes.isoformat()}"', admin)
    client = (JSONLD / "posting_microdata.html").read_text(encoding="utf-8")
    client = client.replace('"maxValue" content="8000000"', f'"maxValue" content="{client_max}"')
    assert n == 1 and "<lastmod>" not in sitemap.split("2291</loc>")[1][:20] and client_max in client
    return make_snapshot(directory, [{"url": SITEMAP, "text": sitemap, "headers": XML},
                                     {"url": ADMIN, "text": admin, "headers": PAGE},
                                     {"url": CLIENT, "text": client, "headers": PAGE}])


def _jsonld_run(db_file: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db_file) as conn:
        return conn.execute("SELECT requests, items_stored, items_new FROM crawl_runs WHERE source = 'jsonld' "
                            "ORDER BY id DESC LIMIT 1").fetchone()


@pytest.mark.long
def test_a_closed_posting_still_listed_is_read_again_and_its_extension_brings_it_back(tmp_path: Path) -> None:
    from datetime import timedelta

    db_file = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db_file}", "VAGIGS_HOME": str(tmp_path / "home")}
    crawl = ("crawl", "jsonld", "--set", f"VAGIGS_JSONLD_URLS={SITEMAP}", "--replay")
    now = datetime.now(timezone.utc).replace(microsecond=0)

    # a month ago: both pages read; ADMIN said it closes yesterday
    first = _board(tmp_path / "first", admin_closes=now - timedelta(days=1), client_lastmod="2026-11-21",
                   client_max="8000000")
    out = vagigs(*crawl, str(first), env=env)
    assert "jsonld: finished" in out.stdout and _jsonld_run(db_file) == (4, 2, 2)  # robots.txt, sitemap, 2 pages
    month_ago = (now - timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(db_file) as conn:  # the first crawl ran a month ago
        conn.execute("UPDATE postings SET fetched_at = ?", (month_ago,))
    assert ADMIN not in _feed(env, source="jsonld") and ADMIN in _feed(env, "--include-expired", source="jsonld")
    assert _feed(env, source="jsonld")[CLIENT]["salary_max"] == 8000000

    # now: the sitemap still lists ADMIN, whose poster extended it; CLIENT's lastmod says it changed since
    extended = now + timedelta(days=60)
    second = _board(tmp_path / "second", admin_closes=extended,
                    client_lastmod=(now - timedelta(days=1)).isoformat(), client_max="9000000")
    out = vagigs(*crawl, str(second), env=env)
    assert "jsonld: finished" in out.stdout and "dropped: none" in out.stdout
    assert "'vagigs/refetched/closed_but_listed': 1" in out.stderr and "'vagigs/refetched/changed': 1" in out.stderr
    assert _jsonld_run(db_file) == (4, 2, 0)  # both pages read again, stored over the old rows, none new
    feed = _feed(env, source="jsonld")
    assert ADMIN in feed and datetime.fromisoformat(feed[ADMIN]["expires_at"]) == extended
    assert feed[CLIENT]["salary_max"] == 9000000  # the edit is stored
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT count(*) FROM postings WHERE source = 'jsonld'").fetchone() == (2,)

    # once read, neither is asked for again: their fetch is newer than the lastmod, and ADMIN is open
    out = vagigs(*crawl, str(second), env=env)
    assert "vagigs/refetched" not in out.stderr and "'vagigs/skipped/known_detail': 2" in out.stderr
    assert _jsonld_run(db_file) == (2, 0, 0)  # robots.txt and the sitemap
