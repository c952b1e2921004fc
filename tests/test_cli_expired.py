"""``vagigs feed`` leaves out gigs whose closing date has passed; ``--include-expired`` and ``--all`` show them, the
table saying when each closed. A small store of its own, read by the real command in this process
(``tests.helpers.vagigs_here``)."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.helpers import small_store, vagigs_here

CLOSED_ON = datetime(2026, 1, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    from store import queries

    url, _ = small_store(tmp_path / "v.db", *(
        dict(source="weworkremotely", source_id=sid, title=title, expires_at=expires)
        for sid, title, expires in (("closed", "Closed support gig", CLOSED_ON),
                                    ("open", "Open support gig", queries.utcnow() + timedelta(days=30)),
                                    ("undated", "Undated support gig", None))))
    return {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}


def _ids(env: dict[str, str], *flags: str) -> dict[str, dict]:
    out = vagigs_here("feed", "--format", "json", *flags, env=env).stdout
    return {p["source_id"]: p for p in json.loads(out)}


def test_feed_hides_expired_unless_asked(env: dict[str, str]) -> None:
    assert _ids(env).keys() == {"open", "undated"}
    shown = _ids(env, "--include-expired")
    assert shown.keys() == _ids(env, "--all").keys() == {"closed", "open", "undated"}
    assert datetime.fromisoformat(shown["closed"]["expires_at"]) == CLOSED_ON
    assert shown["undated"]["expires_at"] is None
    assert _ids(env, "--include-delisted").keys() == {"open", "undated"}  # the other flag does not show them


def test_the_table_says_when_a_shown_gig_closed(env: dict[str, str]) -> None:
    table = vagigs_here("feed", env=env).stdout
    assert "Closed support gig" not in table and "Open support gig" in table and "closed on" not in table
    table = vagigs_here("feed", "--include-expired", env=env).stdout
    lines = table.splitlines()
    at = next(i for i, line in enumerate(lines) if "Closed support gig" in line)
    assert lines[at + 1].strip() == "x closed on 2026-01-02"
    assert table.count("closed on") == 1  # an open one's closing date is not a warning


def test_csv_has_the_closing_date_column(env: dict[str, str]) -> None:
    rows = {r["source_id"]: r for r in csv.DictReader(io.StringIO(vagigs_here("feed", "--all", "--format", "csv",
                                                                            env=env).stdout))}
    assert datetime.fromisoformat(rows["closed"]["expires_at"]) == CLOSED_ON and rows["undated"]["expires_at"] == ""


def test_help_names_the_option() -> None:
    out = vagigs_here("feed", "--help").stdout
    assert "--include-expired" in out and "closing date" in out


@pytest.fixture
def cluster_env(env: dict[str, str]) -> dict[str, str]:
    """The closed gig's duplicate on another source, still open (a cluster whose representative closed)."""
    from store import db, dedupe_queries, queries
    from store.models import Posting

    with db.sessions(env["VAGIGS_DATABASE_URL"]).begin() as s:
        closed = s.query(Posting).filter_by(source_id="closed").one()
        dup = queries.upsert_posting(s, dict(
            source="remoteok", source_id="closed-dup", title="Closed support gig, reposted",
            url="https://remoteok.example/closed-dup", description="Answer customer emails.", language="en",
            tags=["customer_support"], va_relevant=True, legitimacy_score=90, legitimacy_verdict="ok",
            posted_at=datetime(2025, 11, 1, tzinfo=timezone.utc))).id
        s.execute(Posting.__table__.update().where(Posting.id == closed.id).values(url="https://wwr.example/closed"))
        dedupe_queries.set_clusters(s, [(dup, closed.id, "exact", False)])
    return env


def test_an_open_duplicate_stands_in_for_a_closed_gig(cluster_env: dict[str, str]) -> None:
    shown = _ids(cluster_env)
    assert list(shown) == ["undated", "open", "closed-dup"]  # the closed one's place (same date, lowest id)
    assert shown["closed-dup"]["also_posted_on"] == [{"source": "weworkremotely", "url": "https://wwr.example/closed"}]
    assert _ids(cluster_env, "--include-expired").keys() == {"open", "undated", "closed"}
    assert _ids(cluster_env, "--all").keys() == {"open", "undated", "closed", "closed-dup"}
    table = vagigs_here("feed", env=cluster_env).stdout
    assert "Closed support gig, reposted" in table and "closed on" not in table
    assert "+ also posted on weworkremotely: https://wwr.example/closed" in table and "(3 postings)" in table
    rows = list(csv.DictReader(io.StringIO(vagigs_here("feed", "--format", "csv", env=cluster_env).stdout)))
    assert {r["source_id"] for r in rows} == {"open", "undated", "closed-dup"}
