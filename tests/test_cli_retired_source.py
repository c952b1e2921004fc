"""A source retired from the registry keeps its postings and runs in the store, and ``vagigs feed --source`` and
``vagigs runs --source`` still take it: both had refused it as unknown. A name neither the registry nor the store
knows is still refused. In this process (click's runner), on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from cli import main
from crawlers import sources
from store import db, queries


def _retired(url: str) -> None:
    """A posting and a finished run of ``ishbor``, a source the registry no longer has."""
    with db.sessions(url).begin() as s:
        queries.upsert_posting(s, dict(source="ishbor", source_id="1", title="Yordamchi kerak", language="uz",
                                       posted_at=datetime(2025, 3, 3, tzinfo=timezone.utc), va_relevant=True,
                                       legitimacy_verdict="ok"))
        run_id = queries.start_run(s, "ishbor").id
        queries.finish_run(s, run_id, queries.RunReport(status="finished", items_scraped=1))


def _invoke(url: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), env={"VAGIGS_DATABASE_URL": url})


@pytest.mark.parametrize("command", [("feed", "--all"), ("runs",)])
def test_a_retired_source_in_the_store_is_still_a_filter(store_url: str, command: tuple[str, ...]) -> None:
    _retired(store_url)
    result = _invoke(store_url, *command, "--source", "ishbor")
    assert result.exit_code == 0, result.output
    assert "ishbor" in result.stdout


@pytest.mark.parametrize("command", [("feed",), ("runs",)])
def test_a_source_neither_registry_nor_store_knows_is_refused(store_url: str, command: tuple[str, ...]) -> None:
    _retired(store_url)
    result = _invoke(store_url, *command, "--source", "nosuch")
    assert result.exit_code == 2
    said = result.stderr.splitlines()[-1]
    assert said == f"Error: Invalid value for --source: {sources.unknown('nosuch', [*sources.SOURCES, 'ishbor'])}"


def test_a_source_known_only_by_its_runs_is_a_filter_of_runs_alone(store_url: str) -> None:
    with db.sessions(store_url).begin() as s:
        queries.start_run(s, "ishbor")
    assert _invoke(store_url, "runs", "--source", "ishbor").exit_code == 0
    assert _invoke(store_url, "feed", "--source", "ishbor").exit_code == 2
