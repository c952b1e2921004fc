"""End-to-end crawls: the real ``vagigs`` command replaying responses over HTTP on 127.0.0.1."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, make_snapshot, sqlite_copy, two_sources_crawl, vagigs, vagigs_here

WWR = "https://weworkremotely.com/categories/{}.rss"
WWR_FEEDS = ["remote-customer-support-jobs", "all-other-remote-jobs", "remote-management-and-finance-jobs"]
SAMPLE_WWR = FIXTURES / "weworkremotely" / "wwr_remote-customer-support-jobs.rss"
#: these tests are about the two foundation sources; tests/crawlers/test_all_sources_replay.py crawls every source
TWO = ("remoteok", "weworkremotely")


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _runs(db: Path) -> dict[str, dict]:
    out = {}
    for source, status, scraped, stored, dropped, errors in _rows(
        db, "SELECT source, status, items_scraped, items_stored, dropped, errors FROM crawl_runs ORDER BY id"
    ):
        out[source] = {"status": status, "scraped": scraped, "stored": stored,
                       "dropped": json.loads(dropped or "{}"), "errors": json.loads(errors or "[]")}
    return out


def _wwr_entries(feed_file: Path = SAMPLE_WWR) -> list[dict]:
    return [{"url": WWR.format(name), "file": str(feed_file),
             "headers": {"Content-Type": "application/rss+xml"}} for name in WWR_FEEDS[:1]] + [
        {"url": WWR.format(name), "text": '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
         "headers": {"Content-Type": "application/rss+xml"}} for name in WWR_FEEDS[1:]]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The store the shipped snapshot's two sources were crawled into, empty before, and what the crawl printed: for
    the test run (``tests.helpers.two_sources_crawl``), read only."""
    folder, crawl = two_sources_crawl(tmp_path_factory)
    return folder / "v.db", crawl.stdout


def test_shipped_snapshot_crawl_is_idempotent(crawled: tuple[Path, str], tmp_path: Path) -> None:
    db = tmp_path / "vagigs.db"
    env = {"VAGIGS_DATABASE_URL": sqlite_copy(f"sqlite:///{crawled[0]}", db)}
    first = crawled[1]
    assert "remoteok: finished" in first and "weworkremotely: finished" in first
    by_source = dict(_rows(db, "SELECT source, count(*) FROM postings GROUP BY source"))
    assert by_source == {"remoteok": 97, "weworkremotely": 116}
    # the store pipeline wrote each posting's search words (``vagigs crawl`` folded none: the store was empty)
    assert _rows(db, "SELECT count(*) FROM posting_search") == [(213,)]
    seen_before = dict(_rows(db, "SELECT id, first_seen_at || '|' || last_seen_at FROM postings"))

    vagigs("crawl", *TWO, "--replay", env=env)
    assert _rows(db, "SELECT count(*) FROM postings") == [(213,)]
    assert _rows(db, "SELECT count(*) FROM posting_search") == [(213,)]
    indexed = _rows(db, "SELECT count(*) FROM posting_search_fts WHERE folded LIKE '%support%'")
    assert indexed == _rows(db, "SELECT count(*) FROM posting_search WHERE instr(folded, 'support') > 0") != [(0,)]
    after = dict(_rows(db, "SELECT id, first_seen_at || '|' || last_seen_at FROM postings"))
    assert after.keys() == seen_before.keys()
    for pid, stamps in after.items():
        first_before, last_before = seen_before[pid].split("|")
        first_now, last_now = stamps.split("|")
        assert first_now == first_before
        assert last_now > last_before
    runs = _rows(db, "SELECT source, items_new, items_stored FROM crawl_runs ORDER BY id")
    assert runs[2:] == [("remoteok", 0, 97), ("weworkremotely", 0, 116)]


def test_feed_json_carries_every_schema_field(crawled: tuple[Path, str]) -> None:
    from store.models import CURATION_STAMPS, SCHEMA_FIELDS

    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{crawled[0]}"}
    postings = json.loads(vagigs_here("feed", "--all", "--format", "json", env=env).stdout)
    assert len(postings) == 213
    required = set(SCHEMA_FIELDS) - {"payload"} - set(CURATION_STAMPS)
    for p in postings:
        assert required <= p.keys() and not p.keys() & set(CURATION_STAMPS)  # which version curated it: health's
    aragon = next(p for p in postings if p["source_id"] == "1097929")
    assert aragon["title"] == "Engineering Lead" and aragon["company"] == "Aragon"
    assert aragon["posted_at"] == "2025-08-28T12:00:03+00:00"
    assert aragon["salary_min"] == 60000 and aragon["salary_currency"] == "USD"
    assert "cross‑functional" in aragon["description"]  # mojibake repaired
    assert aragon["payload_hash"] and len(aragon["payload_hash"]) == 64


def test_truncated_json_is_dropped_and_other_source_completes(tmp_path: Path) -> None:
    snap = make_snapshot(tmp_path / "snap", [
        {"url": "https://remoteok.com/api", "file": str(FIXTURES / "bad" / "remoteok_truncated.json"),
         "headers": {"Content-Type": "application/json"}},
        *_wwr_entries(),
    ])
    db = tmp_path / "v.db"
    home = tmp_path / "home"
    proc = vagigs("crawl", *TWO, "--replay", str(snap), check=False,
                  env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(home)})
    assert "malformed_response" in proc.stderr
    assert proc.returncode == 1  # a failed run: the crawl says so with its exit status
    runs = _runs(db)
    assert runs["remoteok"]["status"] == "failed"
    assert runs["remoteok"]["dropped"] == {"malformed_response": 1}
    assert any("not JSON" in e for e in runs["remoteok"]["errors"])
    assert runs["weworkremotely"]["status"] == "finished"
    assert runs["weworkremotely"]["stored"] == 27
    kept = list((home / "quarantine" / "remoteok").glob("*.body"))
    assert len(kept) == 1 and kept[0].read_bytes() == (FIXTURES / "bad" / "remoteok_truncated.json").read_bytes()


def test_broken_xml_and_html_error_page_are_dropped(tmp_path: Path) -> None:
    entries = [
        {"url": "https://remoteok.com/api", "file": str(FIXTURES / "bad" / "error_page_200.html"),
         "headers": {"Content-Type": "text/html"}},
        {"url": WWR.format(WWR_FEEDS[0]), "file": str(FIXTURES / "bad" / "wwr_truncated.rss"),
         "headers": {"Content-Type": "application/rss+xml"}},
        {"url": WWR.format(WWR_FEEDS[1]), "file": str(SAMPLE_WWR), "headers": {"Content-Type": "application/rss+xml"}},
    ]
    db = tmp_path / "v.db"
    vagigs("crawl", *TWO, "--replay", str(make_snapshot(tmp_path / "snap", entries)), check=False,
           env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}"})
    runs = _runs(db)
    assert runs["remoteok"]["dropped"] == {"malformed_response": 1}
    assert runs["remoteok"]["status"] == "failed"
    wwr = runs["weworkremotely"]
    assert wwr["dropped"] == {"malformed_response": 1, "no_recording": 1}  # its third feed: not in the snapshot
    assert wwr["stored"] == 27 and wwr["status"] == "finished"


def test_challenge_page_marks_source_blocked(tmp_path: Path) -> None:
    entries = [
        {"url": "https://remoteok.com/api", "file": str(FIXTURES / "bad" / "cloudflare_challenge.html"),
         "status": 403, "headers": {"Content-Type": "text/html", "Server": "cloudflare"}},
        *_wwr_entries(),
    ]
    db = tmp_path / "v.db"
    vagigs("crawl", *TWO, "--replay", str(make_snapshot(tmp_path / "snap", entries)), check=False,
           env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}"})
    runs = _runs(db)
    assert runs["remoteok"]["status"] == "blocked"
    assert runs["weworkremotely"]["status"] == "finished"


@pytest.mark.slow
def test_source_that_times_out_is_counted(tmp_path: Path) -> None:
    entries = [
        {"url": "https://remoteok.com/api", "file": str(FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json"),
         "headers": {"Content-Type": "application/json"}, "delay": 4},
        *_wwr_entries(),
    ]
    db = tmp_path / "v.db"
    vagigs("crawl", *TWO, "--replay", str(make_snapshot(tmp_path / "snap", entries)), "--set", "DOWNLOAD_TIMEOUT=1",
           check=False, env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}"})
    runs = _runs(db)
    assert runs["remoteok"]["dropped"] == {"timeout": 1}
    assert runs["remoteok"]["status"] == "failed"
    assert runs["weworkremotely"]["stored"] == 27


def test_a_body_larger_than_the_download_max_size_is_counted(tmp_path: Path) -> None:
    entries = [
        {"url": "https://remoteok.com/api", "file": str(FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json"),
         "headers": {"Content-Type": "application/json"}},
        *_wwr_entries(),
    ]
    db = tmp_path / "v.db"
    proc = vagigs("crawl", "remoteok", "--replay", str(make_snapshot(tmp_path / "snap", entries)),
                  "--set", "DOWNLOAD_MAXSIZE=10000", check=False, env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}"})
    runs = _runs(db)
    assert runs["remoteok"]["dropped"] == {"too_large": 1} and runs["remoteok"]["status"] == "failed"
    assert "larger than download max size (10000)" in proc.stderr


@pytest.mark.long
def test_what_no_parser_foresaw_is_counted_not_lost_silently(tmp_path: Path) -> None:
    """A status outside the spider's list, an exception inside a spider and an item a stage cannot read each end
    as a counted drop with its reason, the run marked failed where nothing was stored — never a run that says
    'finished' with nothing dropped."""
    records = json.loads((FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json").read_text(encoding="utf-8"))
    records[1]["position"] = {"en": "Assistant"}  # a title that is an object
    records[2]["date"], records[2]["epoch"] = "999999999 days ago", None  # a date no datetime can hold
    entries = [
        {"url": "https://remoteok.com/api", "text": json.dumps(records), "headers": {"Content-Type": "application/json"}},
        {"url": WWR.format(WWR_FEEDS[0]), "text": "Request Timeout", "status": 408},
        *_wwr_entries()[1:],
    ]
    db = tmp_path / "v.db"
    home = tmp_path / "home"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(home)}
    vagigs("crawl", *TWO, "--replay", str(make_snapshot(tmp_path / "snap", entries)), check=False, env=env)
    runs = _runs(db)
    assert runs["remoteok"]["dropped"] == {"bad_field": 1}  # the object title; the odd date is only unparsed
    assert runs["remoteok"]["stored"] == len([r for r in records if isinstance(r, dict) and r.get("id")]) - 1
    assert runs["weworkremotely"]["dropped"] == {"http_408": 1} and runs["weworkremotely"]["status"] == "failed"

    deep = [{"url": "https://remoteok.com/api", "text": "[" * 100_000 + "]" * 100_000,
             "headers": {"Content-Type": "application/json"}}, *_wwr_entries()]
    vagigs("crawl", *TWO, "--replay", str(make_snapshot(tmp_path / "deep", deep)), check=False, env=env)
    runs = _runs(db)
    assert runs["remoteok"]["dropped"] == {"spider_error": 1} and runs["remoteok"]["status"] == "failed"
    assert list((home / "quarantine" / "remoteok").glob("*-spider_error.body"))  # the body is kept


def test_records_of_the_wrong_shape_are_counted(tmp_path: Path) -> None:
    """A list, a null or a string among Remote OK's records, and two records with no id, are each a counted
    record_parse_error, not silently filtered out."""
    records = json.loads((FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json").read_text(encoding="utf-8"))
    odd = [["a list"], None, "a string", {"position": "No id 1"}, {"position": "No id 2"}]
    entries = [{"url": "https://remoteok.com/api", "text": json.dumps(records + odd),
                "headers": {"Content-Type": "application/json"}}, *_wwr_entries()]
    db = tmp_path / "v.db"
    vagigs("crawl", *TWO, "--replay", str(make_snapshot(tmp_path / "snap", entries)), check=False,
           env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path / "home")})
    remoteok = _runs(db)["remoteok"]
    assert remoteok["dropped"].get("record_parse_error") == len(odd) and remoteok["status"] == "finished"
    kept = [json.loads(p.read_text(encoding="utf-8"))
            for p in (tmp_path / "home" / "quarantine" / "remoteok").glob("*-record_parse_error.record.json")]
    assert sorted(map(json.dumps, (k["record"] for k in kept))) == sorted(map(json.dumps, odd))  # nothing lost
    assert {k["url"] for k in kept} == {"https://remoteok.com/api"}
    assert "record is not a JSON object" in {k["why"] for k in kept}


def test_a_body_in_another_encoding_than_labelled_is_read_in_its_own(tmp_path: Path) -> None:
    """Remote OK's JSON in Latin-1 under a UTF-8 header: read as the English legacy code page, not stored as
    "Caf� Assistant", and the run's errors say so."""
    records = json.loads((FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json").read_text(encoding="utf-8"))
    records = [r for r in records if "legal" in r] + [
        {**next(r for r in records if r.get("id")), "position": "Café Assistant über alles"}]
    body = tmp_path / "api.json"
    body.write_bytes(json.dumps(records, ensure_ascii=False).encode("utf-8", "ignore").decode("utf-8")
                     .encode("cp1252", "replace"))
    entries = [{"url": "https://remoteok.com/api", "file": str(body),
                "headers": {"Content-Type": "application/json; charset=utf-8"}}, *_wwr_entries()]
    db = tmp_path / "v.db"
    vagigs("crawl", *TWO, "--replay", str(make_snapshot(tmp_path / "snap", entries)), check=False,
           env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path / "home")})
    assert _rows(db, "SELECT title FROM postings WHERE source = 'remoteok'") == [("Café Assistant über alles",)]
    assert any("read as cp1252" in e for e in _runs(db)["remoteok"]["errors"])
