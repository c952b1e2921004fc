"""``vagigs runs`` shows the fields a run left out of postings it kept (``crawl_runs.field_dropped``) on a line of
their own under the run, and nothing more for a run that lost none. In this process (click's runner), on SQLite
and PostgreSQL."""
from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import update

from cli import main
from crawlers import sources
from store import db, queries
from store.models import CrawlRun


def _runs(url: str, *args: str) -> list[str]:
    result = CliRunner().invoke(main, ["runs", *args], env={"VAGIGS_DATABASE_URL": url}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    return lines[1:] if lines and lines[0].split()[:2] == ["id", "started"] else lines  # the header row


def _finished(url: str, source: str, *, field_dropped: dict[str, int] | None = None,
              errors: list[str] | None = None) -> int:
    """A run of ``source`` closed as the recorder closes one: 27 stored, ``field_dropped`` and ``errors`` kept."""
    with db.sessions(url).begin() as s:
        run_id = queries.start_run(s, source).id
        queries.finish_run(s, run_id, queries.RunReport(
            status="finished", finish_reason="finished", requests=1, responses_by_status={"200": 1},
            items_scraped=27, items_stored=27, items_new=27, dropped={}, errors=errors or []))
        s.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(field_dropped=field_dropped))
    return run_id


def test_runs_shows_the_fields_each_run_lost_under_it(store_url: str) -> None:
    clean = _finished(store_url, "remotive")
    lossy = _finished(store_url, "weworkremotely", errors=["a page answered 500"],
                      field_dropped={"expires_at/not_a_date": 25, "expires_at/before_posted": 2})
    lines = _runs(store_url)
    assert len(lines) == 4, lines
    head, lost, error, other = lines
    assert head.split()[0] == str(lossy) and "weworkremotely" in head
    assert head.endswith("req=1 scraped=27 stored=27 new=27 dropped: -")  # no posting drop: the column as before
    assert lost == f"{'':7}fields lost: expires_at/before_posted=2, expires_at/not_a_date=25"
    assert error == f"{'':7}! a page answered 500"  # the run's errors still follow
    assert other.split()[0] == str(clean) and other.endswith("dropped: -")  # nothing lost: no line

    assert _runs(store_url, "--source", "remotive") == [other]
    assert _runs(store_url, "--source", "weworkremotely", "--limit", "1") == [head, lost, error]


def test_runs_of_several_sources(sqlite_url: str) -> None:
    """``--source`` is repeatable, as ``feed --source`` and ``health --source`` are: a second one had been dropped
    silently, the first alone shown."""
    remotive, jobicy = _finished(sqlite_url, "remotive"), _finished(sqlite_url, "jobicy")
    _finished(sqlite_url, "hh")
    shown = [line.split()[0] for line in _runs(sqlite_url, "--source", "remotive", "--source", "jobicy")]
    assert shown == [str(jobicy), str(remotive)]
    result = CliRunner().invoke(main, ["runs", "--source", "remotive", "--source", "nope"],
                                env={"VAGIGS_DATABASE_URL": sqlite_url})
    assert result.exit_code == 2 and "unknown source 'nope'" in result.stderr


def test_runs_as_json_give_every_count_and_the_status_as_shown(store_url: str) -> None:
    """``--format json``: for a dashboard or an alert, every run with all its counts, a dead process's run ``lost``
    (its stored status beside it); ``--mark-lost`` says what it closed on standard error, so the output stays JSON."""
    import json
    from datetime import timedelta

    lossy = _finished(store_url, "weworkremotely", errors=["a page answered 500"],
                      field_dropped={"expires_at/not_a_date": 25})
    now = queries.utcnow()
    with db.sessions(store_url).begin() as s:
        killed = queries.start_run(s, "remoteok").id
        s.execute(update(CrawlRun).where(CrawlRun.id == killed).values(
            started_at=now - timedelta(hours=3), heartbeat_at=now - timedelta(hours=2)))

    result = CliRunner().invoke(main, ["runs", "--format", "json"], env={"VAGIGS_DATABASE_URL": store_url},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    shown = {r["id"]: r for r in json.loads(result.stdout)}
    assert set(shown) == {lossy, killed}
    assert shown[lossy]["status"] == "finished" and "stored_status" not in shown[lossy]
    assert shown[lossy]["items_stored"] == 27 and shown[lossy]["responses_by_status"] == {"200": 1}
    assert shown[lossy]["field_dropped"] == {"expires_at/not_a_date": 25}
    assert shown[lossy]["errors"] == ["a page answered 500"]
    assert shown[killed]["status"] == "lost" and shown[killed]["stored_status"] == "running"
    assert shown[killed]["finished_at"] is None and shown[killed]["heartbeat_at"].startswith(
        (now - timedelta(hours=2)).isoformat()[:16])

    marked = CliRunner().invoke(main, ["runs", "--format", "json", "--mark-lost"],
                                env={"VAGIGS_DATABASE_URL": store_url}, catch_exceptions=False)
    assert marked.stderr.startswith(f"marked 1 lost run failed: {killed} (remoteok)")
    assert {r["id"]: r["status"] for r in json.loads(marked.stdout)}[killed] == "failed"


def test_runs_of_a_source_that_does_not_exist_is_a_usage_error(sqlite_url: str) -> None:
    """As ``vagigs feed --source`` does: a typo is named with the sources there are, not shown as no runs."""
    result = CliRunner().invoke(main, ["runs", "--source", "remotiv"], env={"VAGIGS_DATABASE_URL": sqlite_url})
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == f"Error: Invalid value for --source: {sources.unknown('remotiv')}"


def test_runs_say_their_times_are_utc(sqlite_url: str) -> None:
    """A run's start is shown in UTC, and says so, as the scheduler's log lines do: in Tashkent (UTC+5) a run started
    at 20:47 local time had been shown as a bare "2026-12-05 15:47"."""
    from datetime import datetime, timezone

    run_id = _finished(sqlite_url, "remotive")
    with db.sessions(sqlite_url).begin() as s:
        s.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(
            started_at=datetime(2026, 12, 5, 15, 47, tzinfo=timezone.utc),
            finished_at=datetime(2026, 12, 5, 15, 48, tzinfo=timezone.utc)))
    (line,) = _runs(sqlite_url)
    assert line.split()[:5] == [str(run_id), "2026-12-05", "15:47", "UTC", "remotive"]


HOSTILE = "bad_field: remoteok/\x1b]0;PWNED\x07\x1b[2J\x1b[1;31mBAD\x9b: description is dict"


def test_runs_and_health_show_a_stored_error_as_one_line_without_its_control_characters(sqlite_url: str) -> None:
    """A crawled page's escape sequence (a record's id) and libxml2's multi-line message had reached the terminal
    raw: it could clear the screen and set its title."""
    with db.sessions(sqlite_url).begin() as s:
        run_id = queries.start_run(s, "remoteok").id
        queries.finish_run(s, run_id, queries.RunReport(
            status="failed", finish_reason="finished", requests=1, responses_by_status={"200": 1}, items_scraped=0,
            items_stored=0, items_new=0, dropped={}, errors=[HOSTILE, "malformed_response: broken XML:\n  line 2"]))
    shown = "\n".join(_runs(sqlite_url))
    assert "! bad_field: remoteok/\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[1;31mBAD\\x9b: description is dict" in shown
    assert "! malformed_response: broken XML: line 2" in shown
    health = CliRunner().invoke(main, ["health", "--source", "remoteok"], env={"VAGIGS_DATABASE_URL": sqlite_url})
    assert "PWNED\\x07" in health.output
    assert not any(ch in health.output + shown for ch in "\x1b\x07\x9b")


def test_runs_starts_with_a_header_row_over_its_columns(sqlite_url: str) -> None:
    """As the reports' tables have one; JSON stays the runs alone."""
    import json

    _finished(sqlite_url, "remotive")
    result = CliRunner().invoke(main, ["runs"], env={"VAGIGS_DATABASE_URL": sqlite_url}, catch_exceptions=False)
    header, row = result.output.splitlines()
    assert header.split() == ["id", "started", "source", "status", "took", "counts"]
    for heading, value in (("source", "remotive"), ("status", "finished"), ("counts", "req=")):
        assert header.index(heading) == row.index(value), (heading, header, row)
    assert header.index("id") + 2 == row.index(row.split()[0]) + len(row.split()[0])  # ids right-aligned
    assert header.index("took") + 4 == row.index("s req=") + 1
    result = CliRunner().invoke(main, ["runs", "--format", "json"], env={"VAGIGS_DATABASE_URL": sqlite_url})
    assert [r["source"] for r in json.loads(result.output)] == ["remotive"]
