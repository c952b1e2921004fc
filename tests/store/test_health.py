"""Source health, as an operator's check reads it: one verdict per source from its recent runs."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import count

import pytest
from sqlalchemy import text

from store import db, health
from store.models import CrawlRun

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)
EVERY = timedelta(hours=6)
LOST_AFTER = timedelta(minutes=5)
_ids = count(1000, -1)


def run(status: str, hours_ago: float, *, scraped: int = 0, dropped: dict | None = None,
        errors: list[str] | None = None, source: str = "remoteok", heartbeat_ago: float | None = None,
        field_dropped: dict | None = None, requests: int = 1) -> CrawlRun:
    started = NOW - timedelta(hours=hours_ago)
    return CrawlRun(id=next(_ids), source=source, started_at=started, status=status, replay=False,
                    finished_at=None if status == "running" else started + timedelta(minutes=1),
                    heartbeat_at=(NOW - timedelta(hours=heartbeat_ago)) if heartbeat_ago is not None else started,
                    items_scraped=scraped, items_stored=scraped, items_new=0, requests=requests,
                    dropped=dropped, errors=errors, field_dropped=field_dropped)


def judge(*runs: CrawlRun) -> health.SourceHealth:
    return health.judge("remoteok", list(runs), now=NOW, expected_every=EVERY, lost_after=LOST_AFTER)


def codes(h: health.SourceHealth) -> list[tuple[str, str]]:
    return [(p.code, p.level) for p in h.problems]


def test_a_source_crawled_on_time_that_finds_postings_is_ok():
    h = judge(run("finished", 1, scraped=40), run("finished", 7, scraped=38))
    assert h.level == "ok" and h.problems == []
    assert h.last_clean is h.last_run


def test_a_source_never_crawled_is_a_warning():
    assert codes(judge()) == [("never_crawled", "warning")]


def test_one_failed_run_is_a_warning_that_quotes_its_error():
    h = judge(run("failed", 1, errors=["timeout: https://remoteok.com/api: took longer than 180 s"]),
              run("finished", 7, scraped=40))
    assert codes(h) == [("failing", "warning")]
    assert "last 1 run failed: timeout: https://remoteok.com/api" in h.problems[0].message


def test_three_failed_or_blocked_runs_in_a_row_are_critical():
    h = judge(run("blocked", 1), run("failed", 2), run("blocked", 3), run("finished", 4, scraped=40))
    assert codes(h) == [("failing", "critical")]
    assert h.problems[0].message.startswith("last 3 runs failed or blocked")


def test_a_run_stopped_by_a_signal_says_nothing_about_the_source():
    """Ctrl-C, a service manager's stop or Scrapyd's cancel (``stopped``): no failure, and no clean run either."""
    assert judge(run("stopped", 1, scraped=12), run("finished", 7, scraped=40)).level == "ok"
    h = judge(run("stopped", 1), run("failed", 2), run("blocked", 3), run("finished", 4, scraped=40))
    assert codes(h) == [("failing", "warning")]  # the two before it still count, and it breaks no streak
    assert h.problems[0].message.startswith("last 2 runs failed or blocked")
    assert codes(judge(run("stopped", 1), run("stopped", 7), run("finished", 19, scraped=40))) == [
        ("stale", "critical")]


def test_a_run_still_going_is_not_judged_yet_but_a_lost_one_is_critical():
    going = judge(run("running", 0.01, heartbeat_ago=0.01), run("finished", 6, scraped=40))
    assert going.level == "ok"
    lost = judge(run("running", 2, heartbeat_ago=1.5), run("finished", 8, scraped=40))
    assert codes(lost) == [("lost", "critical")]
    assert "no heartbeat for 1 h" in lost.problems[0].message


def test_no_clean_run_for_three_intervals_is_stale():
    assert judge(run("finished", 17, scraped=40)).level == "ok"  # under 3 × 6 h
    h = judge(run("finished", 19, scraped=40))
    assert codes(h) == [("stale", "critical")]
    assert h.problems[0].message == "no clean run for 18 h (expected every 6 h)"


def test_capped_runs_do_not_refresh_a_source_but_are_not_failures():
    h = judge(run("capped", 1), run("capped", 7), run("capped", 13), run("finished", 20, scraped=40))
    assert codes(h) == [("stale", "critical")]
    assert codes(judge(run("capped", 1))) == [("stale", "critical")]


def test_a_source_that_suddenly_finds_nothing_is_silent():
    """Three clean, empty runs after one that found postings: the layout most likely changed, and no error
    says so."""
    h = judge(run("empty", 1), run("empty", 7), run("empty", 13), run("finished", 19, scraped=40))
    assert codes(h) == [("silent", "warning")]
    assert "after 40 postings in run" in h.problems[0].message


def test_a_source_whose_runs_asked_it_but_never_found_a_posting_is_not_ok():
    """A new spider that fetches its source but reads nothing of it had been ok, run after empty run."""
    h = judge(run("empty", 1), run("empty", 7))
    assert codes(h) == [("silent", "warning")]
    assert "no run has found a posting yet (2 empty runs" in h.problems[0].message
    assert codes(judge(run("empty", 1), run("failed", 7, scraped=3))) == []  # it found some once


def test_empty_runs_are_not_silent_when_the_source_never_had_postings_or_only_two_were_empty():
    assert judge(*(run("empty", h, requests=0) for h in (1, 7, 13))).level == "ok"  # an unconfigured board
    assert judge(run("empty", 1), run("empty", 7), run("finished", 13, scraped=40)).level == "ok"
    assert judge(run("finished", 1), run("finished", 7), run("finished", 13), run("finished", 19, scraped=40)
                 ).level == "ok"  # finished with nothing new: 304s or postings already stored


def test_a_run_that_drops_a_fifth_of_what_it_handled_is_a_warning():
    h = judge(run("finished", 1, scraped=30, dropped={"malformed_json": 6, "timeout": 2, "daily_cap": 50}))
    assert codes(h) == [("dropping", "warning")]
    assert h.problems[0].message.endswith("dropped 8 beside 30 scraped (malformed_json 6, timeout 2)")
    assert judge(run("finished", 1, scraped=40, dropped={"malformed_json": 6})).level == "ok"
    assert judge(run("finished", 1, scraped=40, dropped={"daily_cap": 90})).level == "ok"


def test_a_page_dropped_in_each_of_the_last_three_runs_is_a_warning():
    """One of We Work Remotely's three feeds broken on every run: 27 gigs lost each time, one drop beside 89
    scraped, under the fifth that makes a run "dropping", and health had said ok."""
    feed = "https://weworkremotely.com/categories/remote-customer-support-jobs.rss"

    def wwr(hours_ago: float, url: str = feed, reason: str = "malformed_response") -> CrawlRun:
        return run("finished", hours_ago, scraped=89, dropped={reason: 1},
                   errors=[f"{reason}: {url}: broken XML: Invalid bytes in character encoding, line 15"])

    h = judge(wwr(1), wwr(7), wwr(13))
    assert codes(h) == [("page_failing", "warning")]
    assert h.problems[0].message == f"dropped in each of its last 3 runs: malformed_response: {feed}: broken XML: " \
                                    "Invalid bytes in character encoding, line 15"
    assert judge(wwr(1), wwr(7)).level == "ok"  # twice may be a bad hour
    assert judge(wwr(1), run("finished", 7, scraped=116), wwr(13)).level == "ok"  # read in between
    assert judge(wwr(1), wwr(7, feed + "?x"), wwr(13)).level == "ok"  # other pages each time
    assert judge(wwr(1, reason="daily_cap"), wwr(7, reason="daily_cap"), wwr(13, reason="daily_cap")).level == "ok"


def test_a_run_that_loses_one_field_of_a_fifth_of_its_postings_is_a_warning():
    """The postings are stored, so nothing is dropping; but a layout change that makes every closing date
    unreadable would otherwise go unseen (``crawl_runs.field_dropped``, shown by ``vagigs runs``)."""
    h = judge(run("finished", 1, scraped=27,
                  field_dropped={"expires_at/not_a_date": 25, "expires_at/before_posted": 1,
                                 "posted_at/not_a_date": 2}))
    assert codes(h) == [("losing_fields", "warning")]
    assert h.problems[0].message.endswith("left out expires_at of 26 of 27 postings (before_posted 1, not_a_date 25)")
    assert judge(run("finished", 1, scraped=27, field_dropped={"expires_at/not_a_date": 5})).level == "ok"
    assert judge(run("finished", 1, scraped=0, field_dropped={"expires_at/not_a_date": 5})).level == "ok"
    assert judge(run("finished", 1, scraped=30), run("finished", 7, scraped=27, field_dropped={
        "expires_at/not_a_date": 25})).level == "ok"  # the newest clean run read them again


def test_the_worst_problem_sets_the_level_and_the_exit_code():
    h = judge(run("failed", 1), run("finished", 30, scraped=40))
    assert codes(h) == [("failing", "warning"), ("stale", "critical")]
    assert h.level == "critical"
    assert health.worst([judge(run("finished", 1, scraped=5)), h]) == "critical"
    assert health.EXIT_CODES[health.worst([])] == 0


def test_check_reads_each_sources_recent_runs_from_the_store(store_url):
    with db.sessions(store_url).begin() as session:
        for r in (run("finished", 30, scraped=40), run("finished", 1, scraped=40),
                  run("failed", 2, source="hh"), run("failed", 1, source="hh"), run("failed", 0.5, source="hh")):
            r.id = None
            session.add(r)
    with db.sessions(store_url)() as session:
        result = health.check(session, {"remoteok": EVERY, "hh": EVERY, "jobicy": EVERY}, now=NOW,
                              lost_after=LOST_AFTER)
    assert [(h.source, h.level) for h in result] == [("remoteok", "ok"), ("hh", "critical"), ("jobicy", "warning")]
    assert result[0].last_run.started_at == NOW - timedelta(hours=1)
    assert codes(result[1]) == [("failing", "critical")]  # never clean: the failures say why, not "stale" too


@pytest.mark.parametrize("seconds, text", [(59, "59 s"), (60, "1 min"), (7200, "2 h"), (3 * 86400 + 5, "3 d")])
def test_ages_are_read_in_the_largest_whole_unit(seconds, text):
    assert health._ago(timedelta(seconds=seconds)) == text


def test_postings_curated_by_another_version_are_a_warning_that_names_the_command(store_url):
    from store import queries

    with db.sessions(store_url).begin() as session:
        for sid, tagged, judged in (("1", "2026.11.1+aaaaaaaa", "old"), ("2", "2026.11.1+aaaaaaaa", "new"),
                                    ("3", "2026.12.24+bbbbbbbb", "new"), ("4", None, None)):
            queries.upsert_posting(session, dict(source="hh", source_id=sid, title="Operator", tags_version=tagged,
                                                 legitimacy_version=judged))
    with db.sessions(store_url)() as session:
        tagged, judged = health.curation(session, {"tags": "2026.12.24+bbbbbbbb", "legitimacy": "new"})
    assert (tagged.stage, tagged.postings, tagged.older, tagged.unrecorded) == ("tags", 4, 2, 1)
    assert tagged.level == "warning"
    assert tagged.message() == ("2 of 4 postings by another version than the installed 2026.12.24+bbbbbbbb "
                                "(2026.11.1+aaaaaaaa: 2); 1 stored before versions were recorded: "
                                "`vagigs retag --stale` re-curates them")
    assert (judged.older, judged.level) == (1, "warning") and "`vagigs reassess --stale`" in judged.message()
    assert health.worst([judge(run("finished", 1, scraped=5)), tagged]) == "warning"

    with db.sessions(store_url)() as session:
        (judged,) = health.curation(session, {"legitimacy": "old"})
    assert judged.older == 2


def test_postings_of_a_newer_release_are_named_as_such_not_as_stale(store_url):
    """Health run from an installation older than one that wrote the store: its stage's command would curate the
    newer release's postings back to this one (``store.releases``)."""
    from store import queries, releases

    with db.sessions(store_url).begin() as session:
        releases.record(session, {"tags": "2026.11.1+aaaaaaaa"})
        releases.record(session, {"tags": "2026.12.24+bbbbbbbb"})
        releases.record(session, {"tags": "2026.12.39+cccccccc"})
        for sid, tagged in (("1", "2026.11.1+aaaaaaaa"), ("2", "2026.12.39+cccccccc"), ("3", "2026.12.39+cccccccc"),
                            ("4", "2026.12.24+bbbbbbbb")):
            queries.upsert_posting(session, dict(source="hh", source_id=sid, title="Operator", tags_version=tagged))
    with db.sessions(store_url)() as session:
        (tagged,) = health.curation(session, {"tags": "2026.12.24+bbbbbbbb"})
        (newest,) = health.curation(session, {"tags": "2026.12.39+cccccccc"})
    assert (tagged.older, tagged.by_newer, tagged.level) == (1, 2, "warning")
    message = tagged.message()
    assert message.startswith("1 of 4 postings by another version than the installed 2026.12.24+bbbbbbbb "
                              "(2026.11.1+aaaaaaaa: 1): `vagigs retag --stale` re-curates them; 2 of 4 postings by a "
                              "newer release than the installed 2026.12.24+bbbbbbbb (tags 2026.12.39+cccccccc, first "
                              "met 20"), message
    assert message.endswith(": 2): this installation is older than one that wrote the store, upgrade it")
    assert (newest.older, newest.by_newer) == (2, 0)  # from the newest, the others are the stale ones


def test_a_store_curated_by_the_installed_versions_or_by_unrecorded_ones_is_ok(store_url):
    from store import queries

    with db.sessions(store_url).begin() as session:
        queries.upsert_posting(session, dict(source="hh", source_id="1", title="Operator", tags_version="v1"))
        queries.upsert_posting(session, dict(source="hh", source_id="2", title="Operator"))
    with db.sessions(store_url)() as session:
        (tagged,) = health.curation(session, {"tags": "v1"})
    assert (tagged.level, tagged.older, tagged.unrecorded) == ("ok", 0, 1)
    with db.sessions(store_url).begin() as session:
        session.execute(text("UPDATE postings SET tags_version = 'v1'"))
    with db.sessions(store_url)() as session:
        (tagged,) = health.curation(session, {"tags": "v1"})
    assert tagged.message() == "all 2 postings by the installed version v1"


def test_postings_the_dedupe_index_lacks_are_a_warning_that_names_vagigs_dedupe(store_url):
    from pipeline import dedupe, installed_versions
    from store import queries

    with db.sessions(store_url).begin() as session:
        for sid in ("1", "2", "3"):
            queries.upsert_posting(session, dict(source="hh", source_id=sid, title=f"Operator {sid}"))
    installed = {"dedupe": installed_versions()["dedupe"]}
    with db.sessions(store_url)() as session:
        (lagging,) = health.curation(session, installed)
    assert (lagging.level, lagging.older, lagging.postings) == ("warning", 3, 3)
    assert lagging.message().endswith("(not indexed: 3): `vagigs dedupe` indexes them")
    dedupe.update(store_url)
    with db.sessions(store_url)() as session:
        (indexed,) = health.curation(session, installed)
    assert (indexed.level, indexed.older) == ("ok", 0)
