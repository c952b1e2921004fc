"""The ``vagigs`` command as a user types it, against one replayed crawl."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import vagigs


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("cli")
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp / 'v.db'}", "VAGIGS_HOME": str(tmp / "home")}
    vagigs("crawl", "remoteok", "weworkremotely", "--replay", env=env)  # all eleven: tests/crawlers/test_all_sources_replay.py
    return env


def _stored(env: dict[str, str]) -> int:
    with sqlite3.connect(env["VAGIGS_DATABASE_URL"].removeprefix("sqlite:///")) as conn:
        return conn.execute("SELECT count(*) FROM postings").fetchone()[0]


def test_help_names_the_store(tmp_path: Path) -> None:
    out = vagigs("--help", env={"VAGIGS_DATABASE_URL": "sqlite:////srv/x.db"}).stdout
    assert "Store: sqlite:////srv/x.db" in out
    for command in ("crawl", "feed", "runs", "sources", "schedule", "migrate", "demo"):
        assert command in out


def test_default_store_lives_in_vagigs_home(tmp_path: Path) -> None:
    out = vagigs("--help", env={"VAGIGS_HOME": str(tmp_path / "h")}).stdout
    assert f"sqlite:///{tmp_path / 'h' / 'vagigs.db'}" in out


def test_feed_json_is_newest_first_and_curated(crawled: dict[str, str]) -> None:
    curated = json.loads(vagigs("feed", "--format", "json", "--limit", "500", env=crawled).stdout)
    everything = json.loads(vagigs("feed", "--all", "--format", "json", env=crawled).stdout)
    assert 0 < len(curated) < len(everything) == _stored(crawled) > 200
    dates = [p["posted_at"] for p in curated]
    assert dates == sorted(dates, reverse=True)
    assert all(p["va_relevant"] and p["legitimacy_verdict"] != "likely_scam" for p in curated)


def test_feed_filters_from_the_command_line(crawled: dict[str, str]) -> None:
    def ids(*args: str) -> list[dict]:
        return json.loads(vagigs("feed", "--format", "json", "--limit", "500", *args, env=crawled).stdout)

    wwr = ids("--source", "weworkremotely")
    assert wwr and {p["source"] for p in wwr} == {"weworkremotely"}
    support = ids("--tag", "customer_support")
    assert support and all("customer_support" in p["tags"] for p in support)
    found = ids("--search", "OnlineCourseHost")
    assert [p["company"] for p in found] == ["OnlineCourseHost.com"]
    assert ids("--since", "2025-08-27") == [p for p in ids() if p["posted_at"] >= "2025-08-27"]
    assert len(ids("--limit", "3")) == 3


def test_feed_csv_has_the_public_columns(crawled: dict[str, str]) -> None:
    out = vagigs("feed", "--all", "--format", "csv", env=crawled).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == _stored(crawled)
    assert {"source", "source_id", "url", "title", "tags", "legitimacy_reasons", "cluster_id"} <= rows[0].keys()
    assert "payload" not in rows[0]
    json.loads(rows[0]["tags"])


def test_runs_lists_the_crawl(crawled: dict[str, str]) -> None:
    out = vagigs("runs", env=crawled).stdout
    assert "remoteok" in out and "weworkremotely" in out and "finished" in out


def test_table_feed_shows_postings(crawled: dict[str, str]) -> None:
    out = vagigs("feed", "--limit", "5", env=crawled).stdout
    assert out.strip().endswith("(5 postings)")
