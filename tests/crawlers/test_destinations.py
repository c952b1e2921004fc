"""What a crawled page can make the crawler fetch: only the web, on the source's own hosts. A hostile sitemap or
"next" link had made it read local files (``file:///proc/self/environ``, the HH token in it, kept in quarantine)
and call addresses inside its network (PostgreSQL's port, a cloud's metadata address)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from crawlers import settings
from crawlers.spiders.jobinja import JobinjaSpider
from replay import SHIPPED_SNAPSHOT
from tests.crawlers.source_helpers import make_spider
from tests.helpers import make_snapshot, vagigs

BOARD = "https://board.example"
HOSTILE_LOCS = ["file:///etc/hostname", "data:text/plain,ATTACKER", "http://127.0.0.1:5432/",
                "http://169.254.169.254/latest/meta-data/", "https://elsewhere.example/jobs/1", "ftp://board.example/x"]


def _sitemap(locs: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>")


def test_only_the_web_can_be_fetched_live_or_replayed() -> None:
    for handlers in (settings.DOWNLOAD_HANDLERS, settings.REPLAY_SETTINGS["DOWNLOAD_HANDLERS"]):
        assert all(handlers[scheme] is None for scheme in ("file", "data", "ftp", "s3"))


def test_a_spider_follows_links_on_its_own_hosts_only() -> None:
    assert make_spider(JobinjaSpider).allowed_domains == ["jobinja.ir"]


def test_a_hostile_sitemap_makes_the_crawler_fetch_nothing_off_the_board(tmp_path: Path) -> None:
    page = (SHIPPED_SNAPSHOT / "careers.example.com" / "client-manager-remote-2304.html").read_text(encoding="utf-8")
    own = f"{BOARD}/jobs/client-manager"
    entries = [{"url": f"{BOARD}/sitemap.xml", "text": _sitemap([own, *HOSTILE_LOCS]),
                "headers": {"Content-Type": "application/xml"}},
               {"url": own, "text": page, "headers": {"Content-Type": "text/html; charset=utf-8"}}]
    db, home = tmp_path / "v.db", tmp_path / "home"
    proc = vagigs("crawl", "jsonld", "--replay", str(make_snapshot(tmp_path / "snap", entries)),
                  "--set", f"VAGIGS_JSONLD_URLS=sitemap:{BOARD}/sitemap.xml", check=False,
                  env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(home)})
    with sqlite3.connect(db) as conn:
        [(status, dropped)] = conn.execute("SELECT status, dropped FROM crawl_runs").fetchall()
        stored = [url for (url,) in conn.execute("SELECT url FROM postings")]
    # before: the local files read (one kept in quarantine), the other addresses asked for and dropped as failed
    assert (status, json.loads(dropped or "{}"), stored) == ("finished", {"offsite": 5}, [own])
    assert not (home / "quarantine").exists()
    assert "5 link(s) in its pages to other sites not followed (only board.example)" in proc.stderr


def test_a_board_on_www_follows_links_to_its_bare_host(tmp_path: Path) -> None:
    """A sitemap on ``www.board.example`` listing pages on ``board.example``: one site, as a redirect between the
    two is (``crawlers.redirects.on_own_site``); a subdomain of the bare host stays another site."""
    page = (SHIPPED_SNAPSHOT / "careers.example.com" / "client-manager-remote-2304.html").read_text(encoding="utf-8")
    own, other = f"{BOARD}/jobs/client-manager", "https://api.board.example/jobs/1"
    www = BOARD.replace("://", "://www.")
    entries = [{"url": f"{www}/sitemap.xml", "text": _sitemap([own, other]),
                "headers": {"Content-Type": "application/xml"}},
               {"url": own, "text": page, "headers": {"Content-Type": "text/html; charset=utf-8"}}]
    db = tmp_path / "v.db"
    vagigs("crawl", "jsonld", "--replay", str(make_snapshot(tmp_path / "snap", entries)),
           "--set", f"VAGIGS_JSONLD_URLS=sitemap:{www}/sitemap.xml", check=False,
           env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path / "home")})
    with sqlite3.connect(db) as conn:
        [(status, dropped)] = conn.execute("SELECT status, dropped FROM crawl_runs").fetchall()
        stored = [url for (url,) in conn.execute("SELECT url FROM postings")]
    assert (status, json.loads(dropped or "{}"), stored) == ("finished", {"offsite": 1}, [own])


def test_what_a_crawl_keeps_on_disk_only_its_owner_may_read(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The store holds every posting and the runs' errors; quarantine the bodies a site sent. Both had been
    readable by every user of the machine (0644, folders 0755)."""
    import os
    import stat

    from crawlers.quarantine import keep_record
    from store import db

    monkeypatch.setenv("VAGIGS_HOME", str(tmp_path / "home"))
    umask = os.umask(0o022)  # the usual one
    try:
        kept = Path(keep_record("remoteok", "record_parse_error", {"id": 1}, url=BOARD) or "")
        db.migrate(f"sqlite:///{tmp_path / 'store' / 'vagigs.db'}")
    finally:
        os.umask(umask)
    for path, mode in ((kept, 0o600), (kept.parent, 0o700), (kept.parent.parent, 0o700),
                       (tmp_path / "store" / "vagigs.db", 0o600), (tmp_path / "store", 0o700)):
        assert stat.S_IMODE(path.stat().st_mode) == mode, path
