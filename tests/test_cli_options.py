"""Options a user mistypes are refused before the command does any work, as one line naming the option (exit 2):
a number too big for the store or the clock, one that is no finite number, a port that is none. In this process
(click's runner)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import main
from crawlers import sources


def _vagigs(*args: str, url: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"VAGIGS_DATABASE_URL": url})


@pytest.mark.parametrize(("args", "problem"), [
    (("feed", "--limit", "99999999999999999999"), "'--limit': 99999999999999999999 is not in the range 1<=x<=1000000000"),
    (("feed", "--all", "--limit", "9223372036854775808"), "'--limit': 9223372036854775808 is not in the range"),
    (("runs", "--limit", "99999999999999999999"), "'--limit': 99999999999999999999 is not in the range"),
    (("demo", "--no-serve", "--limit", "9223372036854775808"), "'--limit': 9223372036854775808 is not in the range"),
    (("reassess", "--dry-run", "--market-days", "99999999999"), "'--market-days': 99999999999 is not in the range 0<=x<=36500"),
    (("runs", "--lost-after", "inf"), "'--lost-after': inf is not in the range 0<x<=31622400"),
    (("runs", "--lost-after", "1e14"), "'--lost-after': 100000000000000.0 is not in the range 0<x<=31622400"),
    (("runs", "--lost-after", "nan"), "'--lost-after': 'nan' is not a number."),
    (("serve", "--port", "-1"), "'--port': -1 is not in the range 0<=x<=65535"),
    (("serve", "--port", "99999"), "'--port': 99999 is not in the range 0<=x<=65535"),
    (("demo", "--port", "65536"), "'--port': 65536 is not in the range 0<=x<=65535"),
])
def test_a_number_out_of_range_is_refused_before_any_work(tmp_path: Path, args: tuple[str, ...],
                                                           problem: str) -> None:
    """Each had ended in a traceback (OverflowError from SQLite, DataError from PostgreSQL, OverflowError from the
    clock), the demo's after its whole crawl; ``serve --port 99999`` had listened on 34463."""
    store = tmp_path / "v.db"
    result = _vagigs(*args, url=f"sqlite:///{store}")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert f"Error: Invalid value for {problem}" in result.stderr
    assert not store.exists()  # refused before the store was opened, the demo's crawl before it started


def test_serve_on_a_host_that_is_none_is_one_line(sqlite_url: str) -> None:
    result = _vagigs("serve", "--host", "999.1.1.1", url=sqlite_url)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "Error: cannot listen on 999.1.1.1:8000: no such host or address here\n"


def _help(*args: str) -> str:
    result = CliRunner().invoke(main, [*args, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_help_says_what_each_option_takes_as_its_text_names_it() -> None:
    crawl = _help("crawl")
    assert "--record DIR " in crawl and "Save every live response into DIR" in crawl
    assert "Exits with status 1 when a run failed (lost included), was blocked or was stopped" in " ".join(crawl.split())
    assert "Usage: main eval language [OPTIONS] FILE" in _help("eval", "language")
    runs, demo = _help("runs"), _help("demo")
    for text, option in ((runs, "--limit"), (runs, "--source"), (demo, "--limit")):
        line = next(line for line in text.splitlines() if line.strip().startswith(option))
        assert len(line.split()) > 2, line  # the option, its type, and what it does


def test_eval_dedupe_split_is_a_choice_as_eval_tags_split_is(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "dedupe", str(pairs), "--split", "foo"])
    assert result.exit_code == 2
    assert "Invalid value for '--split': 'foo' is not one of 'dev', 'heldout'." in result.stderr


def test_health_names_an_unknown_source_as_every_command_does(sqlite_url: str) -> None:
    result = _vagigs("health", "--source", "nope", url=sqlite_url)
    feed = _vagigs("feed", "--source", "nope", url=sqlite_url)
    assert result.exit_code == 3  # unknown, as its help says
    said = sources.unknown("nope")
    assert result.stderr.startswith(f"Error: {said}\n") and f"--source: {said}\n" in feed.stderr


def test_one_posting_and_no_runs_are_said_so(tmp_path: Path) -> None:
    from tests.helpers import small_store

    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1"})
    assert _vagigs("feed", url=url).stdout.splitlines()[-1] == "(1 posting)"
    assert _vagigs("runs", url=url).stdout == "no runs\n"  # it had printed nothing
    assert _vagigs("runs", "--source", "hh", "--source", "jobicy", url=url).stdout == "no runs of hh, jobicy\n"


def test_a_lost_run_keeps_the_runs_table_in_columns(sqlite_url: str) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from store import db, queries
    from store.models import CrawlRun

    now = queries.utcnow()
    with db.sessions(sqlite_url).begin() as s:
        finished = queries.start_run(s, "remotive").id
        queries.finish_run(s, finished, queries.RunReport(
            status="finished", finish_reason="finished", requests=1, responses_by_status={"200": 1},
            items_scraped=2, items_stored=2, items_new=2, dropped={}, errors=[]))
        killed = queries.start_run(s, "remoteok").id
        s.execute(update(CrawlRun).where(CrawlRun.id == killed).values(
            started_at=now - timedelta(hours=3), heartbeat_at=now - timedelta(hours=2)))
    header, lost, done = _vagigs("runs", url=sqlite_url).stdout.splitlines()
    assert "lost" in lost and "last beat 2.0h ago" in lost
    assert lost.index("req=") == done.index("req=")  # "last beat 2.0h ago" had pushed its row's columns right
    assert header.index("counts") == done.index("req=") and header.index("status") == lost.index("lost")


def test_a_crawl_is_no_success_when_one_sources_run_could_not_be_recorded(sqlite_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The disk filled between two sources opening: the other's run finished, this one's was never recorded. The
    summary reads the store, where only the finished run is; the exit status had said all was well."""
    from sqlalchemy import update

    import crawlers.run
    from store import db, queries
    from store.models import CrawlRun

    with db.sessions(sqlite_url).begin() as session:
        run_id = queries.start_run(session, "jobicy").id
    with db.sessions(sqlite_url).begin() as session:
        session.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(
            status="finished", finish_reason="finished", finished_at=queries.utcnow()))
    monkeypatch.setattr(crawlers.run, "run_crawl", lambda *a, **k: crawlers.run.CrawlRuns([run_id], ["hh"]))
    result = _vagigs("crawl", "jobicy", "hh", url=sqlite_url)
    assert "finished" in result.stdout
    assert result.exit_code == 1, result.output


@pytest.mark.parametrize(("command", "target", "kept", "words", "advice"), [
    (("dedupe", "--rebuild"), "pipeline.dedupe.rebuild", "no cluster was changed", "database or disk is full",
     "free some disk space"),
    (("retag",), "pipeline.tags.store_retag.retag", "the postings re-tagged before it stay so", "database is locked",
     "another process holds its write lock"),
    (("reassess",), "pipeline.legitimacy_store.reassess_store", "the postings judged before it stay so",
     "database or disk is full", "free some disk space"),
])
def test_a_store_that_refuses_maintenance_midway_is_one_line_with_what_to_do(
        sqlite_url: str, monkeypatch, command: tuple[str, ...], target: str, kept: str, words: str,  # type: ignore[no-untyped-def]
        advice: str) -> None:
    """A full disk or a lock held past the timeout had ended ``dedupe --rebuild`` in a 72-line traceback."""
    import importlib
    import sqlite3

    from sqlalchemy.exc import OperationalError

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("DELETE FROM dedupe_keys", {}, sqlite3.OperationalError(words))

    module, name = target.rsplit(".", 1)
    monkeypatch.setattr(importlib.import_module(module), name, refuse)
    result = _vagigs(*command, url=sqlite_url)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: the store at ") and f"refused the work: {words}; {kept}" in line and advice in line
