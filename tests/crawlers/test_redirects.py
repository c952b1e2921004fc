"""Where a redirect or a meta refresh may take a crawl, and what a run says of one it did not follow. Start
requests (made with ``dont_filter``, which Scrapy's offsite filter lets through, as it does their redirects) had
followed one to a cloud's metadata address, a loopback port or another site; a detail page that redirected to
itself or to a page already fetched had been lost without a count."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from crawlers.redirects import refused_because
from tests.helpers import make_snapshot, vagigs

SNAPSHOT = Path(__file__).resolve().parents[2] / "replay" / "snapshot"
METADATA = "http://169.254.169.254/latest/meta-data/"
NOMADS = "https://www.workingnomads.com/api/exposed_jobs/"
TELEGRAM = "https://t.me/s/UstozShogird"
BOARD = "https://board.example"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def _crawl(tmp_path: Path, source: str, entries: list[dict], *extra: str, **env: str) -> tuple[Path, str]:
    db = tmp_path / "v.db"
    proc = vagigs("crawl", source, "--replay", str(make_snapshot(tmp_path / "snap", entries)), *extra, check=False,
                  env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path / "home"),
                       "VAGIGS_LOG_LEVEL": "DEBUG", **env})
    return db, proc.stderr


def _run(db: Path) -> tuple[str, dict, list[str], int]:
    with sqlite3.connect(db) as conn:
        [(status, dropped, errors)] = conn.execute("SELECT status, dropped, errors FROM crawl_runs").fetchall()
        [(stored,)] = conn.execute("SELECT count(*) FROM postings").fetchall()
    return status, json.loads(dropped or "{}"), json.loads(errors or "[]"), stored


def test_a_hop_is_followed_on_the_sources_hosts_only() -> None:
    own = ["jobinja.ir"]
    assert refused_because("https://jobinja.ir/jobs/2", own) is None
    assert refused_because("https://www.jobinja.ir/jobs/2", own) is None
    for url in (METADATA, "http://127.0.0.1:6379/", "http://10.0.0.5/", "http://[::1]/", "http://0.0.0.0/"):
        assert refused_because(url, own) == "a loopback, private, link-local or reserved address", url
        assert refused_because(url, []) is not None, url  # nor on a spider that names no hosts
    assert refused_because("https://evil.example/", own) == \
        "another site, not jobinja.ir; a host of the source's own goes in its spider's own_urls()"
    assert refused_because("https://notjobinja.ir/", own) is not None
    assert refused_because("ftp://jobinja.ir/x", own) == "ftp scheme"


def test_a_host_and_its_www_form_are_one_site() -> None:
    assert refused_because("https://workingnomads.com/api/", ["www.workingnomads.com"]) is None
    assert refused_because("https://www.workingnomads.com/api/", ["workingnomads.com"]) is None
    for url in ("https://api.workingnomads.com/", "https://ww.workingnomads.com/", "https://com/"):
        assert refused_because(url, ["www.workingnomads.com"]) is not None, url
    assert refused_because("https://remoteok.io/api", ["remoteok.com"]) is not None


def test_a_start_url_moved_from_www_to_its_bare_host_is_followed(tmp_path: Path) -> None:
    bare = NOMADS.replace("://www.", "://")
    body = str(SNAPSHOT / "www.workingnomads.com" / "exposed_jobs.json")
    db, _ = _crawl(tmp_path, "workingnomads", [
        {"url": NOMADS, "text": "", "status": 301, "headers": {"Location": bare}},
        {"url": bare, "file": body, "headers": {"Content-Type": "application/json"}}])
    status, dropped, errors, stored = _run(db)
    # before: "failed; dropped: redirect_refused=1", refused as another site
    assert (status, dropped, errors) == ("finished", {}, []) and stored > 0


def test_a_start_url_redirected_to_the_metadata_address_is_refused_and_counted(tmp_path: Path) -> None:
    body = str(SNAPSHOT / "www.workingnomads.com" / "exposed_jobs.json")
    db, log = _crawl(tmp_path, "workingnomads", [
        {"url": NOMADS, "text": "", "status": 302, "headers": {"Location": METADATA}},
        {"url": METADATA, "file": body, "headers": {"Content-Type": "application/json"}}])
    status, dropped, errors, stored = _run(db)
    # before: "finished; scraped 3, stored 3", the metadata address fetched
    assert (dropped, stored) == ({"redirect_refused": 1}, 0)
    assert errors == [f"redirect_refused: {NOMADS}: to {METADATA} (a loopback, private, link-local or reserved "
                      "address)"]
    assert "169.254.169.254" not in "".join(line for line in log.splitlines() if "Crawled (" in line)
    assert list((tmp_path / "home" / "quarantine").rglob("*redirect_refused*"))


@pytest.mark.long
def test_a_refresh_to_another_site_is_not_followed_and_the_page_is_read(tmp_path: Path) -> None:
    page = (SNAPSHOT / "t.me" / "UstozShogird_p1.html").read_text(encoding="utf-8")
    refreshing = page.replace("<head>", '<head><meta http-equiv="refresh" content="0; url=https://evil.example/">', 1)
    assert refreshing != page
    second = {"url": TELEGRAM + "?before=51230", "file": str(SNAPSHOT / "t.me" / "UstozShogird_p2.html"),
              "headers": HTML}
    db, log = _crawl(tmp_path, "telegram", [
        {"url": TELEGRAM, "text": refreshing, "headers": HTML},
        {"url": "https://evil.example/", "text": "<html><body>elsewhere</body></html>", "headers": HTML}, second],
        VAGIGS_TELEGRAM_CHANNELS="UstozShogird")
    plain, _ = _crawl(tmp_path / "plain", "telegram", [{"url": TELEGRAM, "text": page, "headers": HTML}, second],
                      VAGIGS_TELEGRAM_CHANNELS="UstozShogird")
    status, dropped, errors, stored = _run(db)
    # before: evil.example fetched in the page's place, its messages lost
    assert (dropped, stored) == ({"redirect_refused": 1}, _run(plain)[3])
    assert errors == [f"redirect_refused: {TELEGRAM}: to https://evil.example/ (another site, not t.me; a host of "
                      "the source's own goes in its spider's own_urls())"]
    assert "evil.example" not in "".join(line for line in log.splitlines() if "Crawled (" in line)


def test_a_refused_refresh_on_a_page_that_is_no_data_counts_once(tmp_path: Path) -> None:
    page = '<html><head><meta http-equiv="refresh" content="0; url=http://127.0.0.1:6379/"></head></html>'
    db, _ = _crawl(tmp_path, "workingnomads", [{"url": NOMADS, "text": page, "headers": HTML}])
    status, dropped, errors, stored = _run(db)
    # before: also "malformed_response=1", "HTML page where json was expected"
    assert (dropped, stored) == ({"redirect_refused": 1}, 0)
    assert errors == [f"redirect_refused: {NOMADS}: to http://127.0.0.1:6379/ (a loopback, private, link-local or "
                      "reserved address)"]


def _board(tmp_path: Path, detail: dict) -> tuple[str, dict, list[str], int]:
    page = (SNAPSHOT / "careers.example.com" / "client-manager-remote-2304.html").read_text(encoding="utf-8")
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               f"<url><loc>{BOARD}/jobs/one</loc></url><url><loc>{BOARD}/jobs/two</loc></url></urlset>")
    db, _ = _crawl(tmp_path, "jsonld", [
        {"url": f"{BOARD}/sitemap.xml", "text": sitemap, "headers": {"Content-Type": "application/xml"}},
        {"url": f"{BOARD}/jobs/one", "text": page, "headers": HTML}, {"url": f"{BOARD}/jobs/two", **detail}],
        "--set", f"VAGIGS_JSONLD_URLS=sitemap:{BOARD}/sitemap.xml")
    return _run(db)


def test_a_detail_page_redirecting_to_itself_is_a_counted_loop(tmp_path: Path) -> None:
    status, dropped, errors, stored = _board(tmp_path, {"text": "", "status": 302,
                                                        "headers": {"Location": f"{BOARD}/jobs/two"}})
    assert (dropped, stored) == ({"redirect_loop": 1}, 1)  # before: no drop, the loop seen only at DEBUG
    assert errors[0].startswith(f"redirect_loop: {BOARD}/jobs/two: to {BOARD}/jobs/two")


@pytest.mark.parametrize("target", ["sitemap.xml", "jobs/one"])
def test_a_detail_page_redirecting_to_a_page_already_fetched_is_counted(tmp_path: Path, target: str) -> None:
    """The listing (a start URL, which the duplicate filter lets by) had been read again as the detail page; another
    detail page had been refused by the duplicate filter, seen only at DEBUG."""
    status, dropped, errors, stored = _board(tmp_path, {"text": "", "status": 301,
                                                        "headers": {"Location": f"{BOARD}/{target}"}})
    assert (dropped, stored) == ({"redirect_seen": 1}, 1)  # a filled posting sent back to the listing
    assert errors == [f"redirect_seen: {BOARD}/jobs/two: to {BOARD}/{target} (a page this run already asked for)"]


def test_a_detail_page_redirecting_off_the_board_is_counted(tmp_path: Path) -> None:
    status, dropped, errors, stored = _board(tmp_path, {"text": "", "status": 301,
                                                        "headers": {"Location": "https://elsewhere.example/"}})
    assert (dropped, stored) == ({"redirect_refused": 1}, 1)
