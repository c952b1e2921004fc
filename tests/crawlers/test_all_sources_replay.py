"""End-to-end: the real ``vagigs crawl`` replaying every source over HTTP on 127.0.0.1.

One crawl of the shipped snapshot must store English, Persian, Russian and Uzbek
(Latin and Cyrillic) postings, every spider yielding postings that keep the README's
promises (``tests.crawlers.contract``); a CAPTCHA marks hh *blocked* while the others
finish; a second crawl sends no detail-page request for a stored posting.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from crawlers import sources
from replay import SHIPPED_JSONLD_BOARD, SHIPPED_SNAPSHOT
from tests.crawlers import contract
from tests.helpers import FIXTURES, shipped_crawl, vagigs

ALL = sorted(sources.SOURCES)
FA_CHANNEL = "remote_fa_jobs_sample"
SITEMAP = SHIPPED_JSONLD_BOARD


def _rows(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def _runs(db: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for source, status, requests, scraped, new, dropped in _rows(
        db, "SELECT source, status, requests, items_scraped, items_new, dropped FROM crawl_runs ORDER BY id"
    ):
        out.setdefault(source, []).append({"status": status, "requests": requests, "scraped": scraped,
                                           "new": new, "dropped": json.loads(dropped or "{}")})
    return out


def _posting(db: Path, source: str, source_id: str) -> dict:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM postings WHERE source = ? AND source_id = ?", (source, source_id)).fetchone()
    assert row is not None, f"{source}/{source_id} not stored"
    return dict(row)


def _snapshot_with_extras(tmp_path: Path) -> Path:
    """The shipped snapshot plus the Persian sample channel (the jsonld pages are shipped already)."""
    snap = tmp_path / "snap"
    shutil.copytree(SHIPPED_SNAPSHOT, snap)
    body = "extra/fa_channel.html"
    (snap / "extra").mkdir()
    shutil.copy(FIXTURES / "telegram" / f"{FA_CHANNEL}_p1.html", snap / body)
    with open(snap / "manifest.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"url": f"https://t.me/s/{FA_CHANNEL}", "status": 200, "body": body,
                             "headers": {"Content-Type": "text/html; charset=utf-8"}}) + "\n")
    return snap


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One crawl of the shipped snapshot, every source, no operator configuration; what the spiders yielded, before
    any stage, is in ``items.jsonl`` beside the store (``contract.RecordItems``). Once for the test run: its workers
    and the web tests share it (``tests.helpers.shipped_crawl``)."""
    folder, proc = shipped_crawl(tmp_path_factory)
    for name in ALL:  # (a failed run is the tests' to name: the crawl's exit status says only that one failed)
        assert f" {name}: " in proc.stdout, proc.stdout
    return folder / "v.db"


def test_shipped_snapshot_crawls_every_source(shipped: Path) -> None:
    runs = {source: r[-1] for source, r in _runs(shipped).items()}
    assert sorted(runs) == ALL
    for name in ALL:
        assert runs[name]["status"] == "finished", (name, runs[name])  # jsonld too: the snapshot's board
        assert runs[name]["dropped"] == {}, (name, runs[name])
    counts = dict(_rows(shipped, "SELECT source, count(*) FROM postings GROUP BY source"))
    assert counts == {"remoteok": 97, "weworkremotely": 116, "remotive": 3, "jobicy": 10, "himalayas": 3,
                      "workingnomads": 3, "hh": 4, "telegram": 9, "jobinja": 6, "jobvision": 3, "jsonld": 2}


def test_every_spider_yields_postings_with_their_source_id_link_and_text(shipped: Path) -> None:
    """The README promises the source and the original link on every posting. Held to what each registered
    spider yields (not to what the store kept: normalize refuses a posting without a link, ``missing_url``), so a
    spider that forgets a field fails here by name. A spider module not in the registry would not be crawled."""
    from scrapy.spiderloader import SpiderLoader

    from crawlers.run import project_settings

    assert sorted(SpiderLoader.from_settings(project_settings()).list()) == ALL
    yielded: dict[str, int] = {}
    broken = []
    for line in (shipped.parent / "items.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        spider, item = record["spider"], record["item"]
        yielded[spider] = yielded.get(spider, 0) + 1
        broken += [f"{spider} {item.get('source_id')}: {why}" for why in contract.broken_promises(item, spider)]
    assert broken == []
    assert sorted(yielded) == ALL and sum(yielded.values()) == 256


def test_every_spider_yields_each_source_id_once_a_run(shipped: Path) -> None:
    lines = (shipped.parent / "items.jsonl").read_text(encoding="utf-8").splitlines()
    assert contract.repeated_ids(json.loads(line) for line in lines) == []


def test_shipped_snapshot_holds_english_persian_russian_and_uzbek_in_both_scripts(shipped: Path) -> None:
    found = set(_rows(shipped, "SELECT language, language_script FROM postings"))
    assert {("en", "Latn"), ("fa", "Arab"), ("ru", "Cyrl"), ("uz", "Latn"), ("uz", "Cyrl")} <= found
    # the postings that carry each language, whatever the language stage says of them
    assert _posting(shipped, "telegram", "UstozShogird/51231")["title"] == "Virtual assistent kerak"
    assert _posting(shipped, "telegram", "UstozShogird/51233")["company"] == "«Baraka Logistics» МЧЖ"
    assert _posting(shipped, "hh", "91178034")["title"] == "Оператор call-центра"
    assert _posting(shipped, "jobinja", "tmG1")["title"] == "کارشناس انتشار محصول (Data Entry)"


def test_shipped_snapshot_field_values_per_source(shipped: Path) -> None:
    p = _posting(shipped, "remotive", "2090942")
    assert p["title"] == "Customer Operations & Writing Specialist" and p["salary_raw"] == "$12K"
    p = _posting(shipped, "jobicy", "113624")
    assert p["company"] == "Confidential Company" and len(json.loads(p["allowed_regions"])) == 4  # LATAM, Canada, …
    p = _posting(shipped, "himalayas", "companies/helpwise-ops/jobs/customer-support-specialist-night-shift")
    assert p["remote_scope"] == "remote" and {"Uzbekistan", "UZ"} & set(json.loads(p["allowed_regions"]))
    p = _posting(shipped, "workingnomads", "virtual-assistant-to-the-ceo-brightlane-1451203")
    assert p["company"] == "Brightlane" and p["posted_at"].startswith("2026-11-20 19:03:22")
    p = _posting(shipped, "hh", "91178034")
    assert (p["salary_min"], p["salary_max"], p["salary_currency"], p["salary_gross"]) == (3500000, 20000000, "UZS", 1)
    p = _posting(shipped, "telegram", "UstozShogirdSohalar/8842")
    assert p["remote_scope"] == "hybrid" and p["url"] == "https://t.me/UstozShogirdSohalar/8842"
    assert "@atservice_hr" in p["description"] and "#вакансия" in p["description"]
    p = _posting(shipped, "jobinja", "tmZ6")
    assert p["remote_scope"] == "remote" and p["employment_type"] == "قرارداد دورکاری"
    assert "_ref" not in p["url"] and p["url"].startswith("https://jobinja.ir/companies/simorgh-ashena/jobs/tmZ6/")
    p = _posting(shipped, "jobvision", "1189301")
    assert p["title"] == "دستیار مدیرعامل (دورکاری)" and p["url"] == "https://jobvision.ir/jobs/1189301"


@pytest.mark.long
def test_operator_configuration_and_second_crawl_sends_no_detail_requests(tmp_path: Path) -> None:
    snap = _snapshot_with_extras(tmp_path)
    db = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path),
           "VAGIGS_TELEGRAM_CHANNELS": f"UstozShogird,UstozShogirdSohalar,@{FA_CHANNEL}"}
    names = ("telegram", "jobinja", "jsonld")
    vagigs("crawl", *names, "--replay", str(snap), "--set", f"VAGIGS_JSONLD_URLS={SITEMAP}", env=env)
    fa = _posting(db, "telegram", f"{FA_CHANNEL}/3101")
    assert fa["company"] == "آوا تجارت پارس" and fa["language"] == "fa"
    admin = _posting(db, "jsonld", "https://careers.example.com/jobs/remote-administrative-assistant-2291")
    assert admin["salary_currency"] == "USD" and admin["salary_period"] == "hour"
    client = _posting(db, "jsonld", "https://careers.example.com/jobs/client-manager-remote-2304")
    assert client["salary_currency"] == "UZS" and client["language"] == "ru"

    seen_before = dict(_rows(db, "SELECT source_id, last_seen_at FROM postings WHERE source = 'jobinja'"))
    vagigs("crawl", *names, "--replay", str(snap), "--set", f"VAGIGS_JSONLD_URLS={SITEMAP}", env=env)
    seen_after = dict(_rows(db, "SELECT source_id, last_seen_at FROM postings WHERE source = 'jobinja'"))
    # the listing showed them again: seen now, though their detail pages were not refetched
    assert seen_after.keys() == seen_before.keys()
    assert all(seen_after[k] > seen_before[k] for k in seen_before)
    runs = _runs(db)
    first, second = runs["jobinja"]
    assert second["status"] == "finished"
    # robots.txt + 3 listings + page 2 + 6 details, then robots.txt + 3 listings: no detail page, no page 2
    assert (first["requests"], first["new"]) == (11, 6)
    assert (second["requests"], second["new"], second["scraped"]) == (4, 0, 0)
    first, second = runs["jsonld"]
    assert (first["requests"], first["new"]) == (4, 2)  # robots.txt, sitemap, 2 posting pages
    assert second["requests"] == 2  # robots.txt, sitemap
    first, second = runs["telegram"]
    assert first["new"] == 11 and second["new"] == 0
    assert second["requests"] == first["requests"] - 1  # UstozShogird's older page is not fetched again


def test_hh_captcha_marks_hh_blocked_while_the_others_complete(tmp_path: Path) -> None:
    snap = tmp_path / "snap"
    shutil.copytree(SHIPPED_SNAPSHOT, snap)
    lines = []
    for line in (snap / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry["url"].startswith("https://api.hh.ru/"):
            shutil.copy(FIXTURES / "hh" / "hh_captcha_403.json", snap / entry["body"])
            entry.update(status=403, headers={"Content-Type": "application/json; charset=UTF-8"})
        lines.append(json.dumps(entry, ensure_ascii=False))
    (snap / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "v.db"
    proc = vagigs("crawl", "hh", "telegram", "jobvision", "--replay", str(snap), check=False,
                  env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path)})
    assert proc.returncode == 1 and "hh: blocked" in proc.stdout  # the operator's cron hears of it
    runs = {source: r[-1] for source, r in _runs(db).items()}
    assert runs["hh"]["status"] == "blocked" and runs["hh"]["dropped"] == {"blocked": 3}
    assert runs["hh"]["scraped"] == 0
    assert runs["telegram"]["status"] == "finished" and runs["jobvision"]["status"] == "finished"
    assert _rows(db, "SELECT count(*) FROM postings WHERE source = 'hh'") == [(0,)]
