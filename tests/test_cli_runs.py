"""``vagigs runs`` shows the fields a run left out of postings it kept (``crawl_runs.field_dropped``) on a line of
their own under the run, and nothing more for a run that lost none. In this process (click's runner), on SQLite
and PostgreSQL."""
from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import update

from cli import main
from store import db, queries
from store.models import CrawlRun


def _runs(url: str, *args: str) -> list[str]:
    result = CliRunner().invoke(main, ["runs", *args], env={"VAGIGS_DATABASE_URL": url}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


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
