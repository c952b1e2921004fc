"""End-to-end ``jsonld`` crawls: the real ``vagigs crawl jsonld --replay`` of one board page, into a store."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from replay import SHIPPED_JSONLD_BOARD, SHIPPED_SNAPSHOT
from tests.helpers import make_snapshot, vagigs, vagigs_here

HTML = {"Content-Type": "text/html; charset=utf-8"}
JOBS = "https://careers.example.com/jobs"
ASSISTANT = f"{JOBS}/remote-administrative-assistant-2291"
CLIENT_MANAGER = f"{JOBS}/client-manager-remote-2304"


def _crawl(tmp_path: Path, name: str, url: str, page: str) -> None:
    """Crawl ``url`` as the one board, served ``page``, into the store under ``tmp_path``."""
    snap = make_snapshot(tmp_path / name, [{"url": url, "text": page, "headers": HTML}])
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    vagigs("crawl", "jsonld", "--replay", str(snap), "--set", f"VAGIGS_JSONLD_URLS={url}", env=env)


def _stored(tmp_path: Path) -> dict[str, str]:
    with sqlite3.connect(tmp_path / "v.db") as conn:
        return dict(conn.execute("SELECT source_id, title FROM postings WHERE source = 'jsonld'").fetchall())


def _json_ld(posting: dict) -> str:  # type: ignore[type-arg]
    return f'<script type="application/ld+json">{json.dumps(posting, ensure_ascii=False)}</script>'


def _posting(title: str, url: str) -> dict:  # type: ignore[type-arg]
    return {"@context": "https://schema.org", "@type": "JobPosting", "title": title, "url": url,
            "description": f"<p>{title}: answer customers by email.</p>", "datePosted": "2026-11-20",
            "hiringOrganization": {"@type": "Organization", "name": "Orbit Logistics"}}


def test_a_page_with_json_ld_and_microdata_stores_both_postings(tmp_path: Path) -> None:
    """The shipped microdata page with a JSON-LD posting of another job added: only that one was stored, under
    the page's id, and the page's own posting was lost without a word."""
    page = (SHIPPED_SNAPSHOT / "careers.example.com" / "client-manager-remote-2304.html").read_text(encoding="utf-8")
    added = _json_ld(_posting("Remote Administrative Assistant", ASSISTANT))
    _crawl(tmp_path, "snap", CLIENT_MANAGER, page.replace("</head>", added + "\n</head>"))
    assert _stored(tmp_path) == {CLIENT_MANAGER: "Менеджер по работе с клиентами (удалённо)",
                                 ASSISTANT: "Remote Administrative Assistant"}


@pytest.mark.long
def test_a_listing_whose_postings_come_and_go_keeps_one_row_a_job(tmp_path: Path) -> None:
    """[A, B], then [C, A, B], then [A, B]: by position, C took A's row, A took B's, and two rows said Bravo."""
    jobs = {x: _posting(f"Customer Support {x}", f"{JOBS}/customer-support-{x.lower()}")
            for x in ("Alpha", "Bravo", "Charlie")}
    for run, names in enumerate([("Alpha", "Bravo"), ("Charlie", "Alpha", "Bravo"), ("Alpha", "Bravo")]):
        listing = {"@context": "https://schema.org", "@type": "ItemList",
                   "itemListElement": [jobs[name] for name in names]}
        _crawl(tmp_path, f"run{run}", JOBS, f"<html><head>{_json_ld(listing)}</head><body></body></html>")
    assert _stored(tmp_path) == {f"{JOBS}/customer-support-{x.lower()}": f"Customer Support {x}"
                                 for x in ("Alpha", "Bravo", "Charlie")}


def test_a_bad_board_url_costs_that_board_and_a_run_of_only_bad_ones_fails(tmp_path: Path) -> None:
    """``VAGIGS_JSONLD_URLS`` with a line missing its scheme had ended the run at its start (``start_error``, a
    traceback), and one with a mistyped scheme alone had read as ``empty``, exit 0."""
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    mixed = vagigs("crawl", "jsonld", "--replay", "--set",
                   f"VAGIGS_JSONLD_URLS={SHIPPED_JSONLD_BOARD},careers.example.com/sitemap.xml", env=env)
    assert "jsonld: finished; scraped 2, stored 2 (2 new); dropped: bad_board_url=1" in mixed.stdout
    assert "board 'careers.example.com/sitemap.xml' in VAGIGS_JSONLD_URLS is not crawled" in mixed.stderr
    assert "Traceback" not in mixed.stderr
    typo = vagigs("crawl", "jsonld", "--replay", "--set", "VAGIGS_JSONLD_URLS=htps://jobs.example.org/sitemap.xml",
                  env=env, check=False)
    assert typo.returncode == 1
    assert "jsonld: failed (bad_jsonld_urls); scraped 0, stored 0 (0 new); dropped: bad_board_url=1" in typo.stdout
    runs = vagigs_here("runs", env=env).stdout
    assert "! bad_board_url: VAGIGS_JSONLD_URLS: 'htps://jobs.example.org/sitemap.xml': its scheme 'htps'" in runs
