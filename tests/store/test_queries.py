"""Upserts, clusters and feed filters, on SQLite and on a real PostgreSQL."""
from datetime import datetime, timedelta, timezone

from pipeline.textnorm import search_text
from store import db, queries, search
from store.models import Posting

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)


def _posting(source_id: str, **extra) -> dict:  # type: ignore[no-untyped-def]
    base = dict(source="remoteok", source_id=source_id, title=f"Job {source_id}", description="text",
                posted_at=T0, language="en", tags=["data_entry"], legitimacy_score=90,
                legitimacy_verdict="ok", va_relevant=True)
    base.update(extra)
    return base


def test_upsert_updates_and_keeps_first_seen(store_url: str) -> None:
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        first = queries.upsert_posting(s, _posting("1", title="Old title"))
    assert first.created
    with sessions.begin() as s:
        second = queries.upsert_posting(s, _posting("1", title="New title", last_seen_at=T0 + timedelta(days=4000)))
    assert second.id == first.id and not second.created
    with sessions() as s:
        row = s.get(Posting, first.id)
        assert row.title == "New title"
        assert row.last_seen_at == T0 + timedelta(days=4000)
        assert row.first_seen_at < row.last_seen_at
        assert row.cluster_id == row.id and row.is_representative
        assert queries.count_postings(s) == 1


def test_a_recrawl_keeps_the_posting_date_first_stored_and_so_its_place_in_the_feed(store_url: str) -> None:
    """A source that re-dates a stored posting (Remote OK bumps a job to today; a relative "3 days ago" read again a
    few hours later) had moved it in the feed's order: a walk of the API's next links skipped or repeated it. The
    date, and the text it was read from, stay as first stored; the rest of the posting is the newer crawl's."""
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        ids = [queries.upsert_posting(s, _posting(str(i), posted_at=T0 + timedelta(days=i),
                                                  posted_at_raw=f"2025-01-0{i + 1}")).id for i in range(3)]
        undated = queries.upsert_posting(s, _posting("undated", posted_at=None, posted_at_raw=None)).id
    with sessions() as s:
        before = [p.id for p in queries.feed(s, queries.FeedFilter())]
        first_seen = s.get(Posting, undated).first_seen_at
    with sessions.begin() as s:
        queries.upsert_posting(s, _posting("0", posted_at=T0 + timedelta(days=700), posted_at_raw="2026-12-01",
                                           title="Bumped"))
        queries.upsert_posting(s, _posting("2", posted_at=T0 - timedelta(days=400), posted_at_raw="2023-11-28"))
        queries.upsert_posting(s, _posting("undated", posted_at=T0, posted_at_raw="2025-01-01"))
    with sessions() as s:
        bumped, undated_row = s.get(Posting, ids[0]), s.get(Posting, undated)
        assert (bumped.title, bumped.posted_at, bumped.posted_at_raw) == ("Bumped", T0, "2025-01-01")
        assert s.get(Posting, ids[2]).posted_at == T0 + timedelta(days=2)
        assert (undated_row.posted_at, undated_row.first_seen_at) == (None, first_seen)  # placed by first_seen_at
        assert [p.id for p in queries.feed(s, queries.FeedFilter())] == before
        assert [p.id for p in queries.feed(s, queries.FeedFilter(since=T0 + timedelta(days=1)))] == \
            [i for i in before if i in (undated, ids[1], ids[2])]


def test_feed_filters(store_url: str) -> None:
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        queries.upsert_posting(s, _posting("en1", posted_at=T0 + timedelta(days=2), tags=["customer_support"]))
        queries.upsert_posting(s, _posting("fa1", language="fa", title="دستیار مجازی", posted_at=T0 + timedelta(days=1)))
        queries.upsert_posting(s, _posting("scam", legitimacy_score=10, legitimacy_verdict="likely_scam"))
        queries.upsert_posting(s, _posting("dev", va_relevant=False, tags=[]))
        queries.upsert_posting(s, _posting("uz", language="uz", title="Virtual yordamchi kerak", source="telegram"))
    search.fill(sessions, search_text)

    def ids(**kw) -> list[str]:  # type: ignore[no-untyped-def]
        with sessions() as s:
            return [p.source_id for p in queries.feed(s, queries.FeedFilter(**kw))]

    assert ids() == ["en1", "fa1", "uz"]
    assert set(ids(curated=False)) == {"en1", "fa1", "scam", "dev", "uz"}
    assert set(ids(include_scams=True)) == {"en1", "fa1", "uz", "scam"}
    assert ids(languages=["fa"]) == ["fa1"]
    assert ids(tags=["customer_support"]) == ["en1"]
    assert ids(sources=["telegram"]) == ["uz"]
    assert ids(since=T0 + timedelta(days=1)) == ["en1", "fa1"]
    assert ids(search_terms=["yordamchi"]) == ["uz"]
    assert ids(search_terms=["مجازی"]) == ["fa1"]
    assert ids(search_terms=["%"]) == ids(search_terms=["_"]) == []  # literal characters, not LIKE wildcards
    assert ids(min_legitimacy=50, curated=False, limit=None) == ["en1", "fa1", "uz", "dev"]  # same date: newest id first
    assert ids(limit=1) == ["en1"]


def test_find_exact_duplicate_ignores_itself(store_url: str) -> None:
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        a = queries.upsert_posting(s, _posting("a", content_hash="h1", url="https://x/1"))
    with sessions() as s:
        assert queries.find_exact_duplicate(s, url=None, content_hash="h1", source="remoteok", source_id="a") is None
        twin = queries.find_exact_duplicate(s, url="https://x/1", content_hash=None, source="wwr", source_id="b")
        assert twin is not None and twin.id == a.id


def test_crawl_run_lifecycle(store_url: str) -> None:
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        run = queries.start_run(s, "remoteok", replay=True)
    with sessions.begin() as s:
        queries.finish_run(s, run.id, queries.RunReport(status="failed", dropped={"malformed_response": 1},
                                                         errors=["bad"]))
    with sessions() as s:
        [r] = queries.recent_runs(s)
        assert (r.status, r.dropped, r.errors, r.replay) == ("failed", {"malformed_response": 1}, ["bad"], True)
        assert r.finished_at >= r.started_at


def test_a_run_whose_error_names_a_nul_is_still_closed(store_url: str) -> None:
    """PostgreSQL's JSON refuses NUL: a record id holding one had left its run "running" for good."""
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        run = queries.start_run(s, "remoteok")
    with sessions.begin() as s:
        queries.finish_run(s, run.id, queries.RunReport(status="finished", errors=["store_error: remoteok/880002\x00x"]))
    with sessions() as s:
        [r] = queries.recent_runs(s)
        assert (r.status, r.errors) == ("finished", ["store_error: remoteok/880002\\x00x"])


# ---------------------------------------------------------------- lost runs (heartbeats)

def _age_run(sessions, run_id: int, *,  # type: ignore[no-untyped-def]
             heartbeat_at: datetime | None, started_at: datetime) -> None:
    """Make a run look as if its process stopped beating at ``heartbeat_at`` (None: a row from before heartbeats)."""
    from sqlalchemy import update

    from store.models import CrawlRun

    with sessions.begin() as s:
        s.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(heartbeat_at=heartbeat_at,
                                                                       started_at=started_at))


def test_the_lost_rule_counts_missed_heartbeats() -> None:
    from store.models import CrawlRun

    limit = queries.lost_after(60)
    assert limit == timedelta(minutes=5) == queries.lost_after()  # five beats of the default minute
    run = CrawlRun(status="running", started_at=T0, heartbeat_at=T0 + timedelta(hours=1))
    assert queries.last_sign_of_life(run) == T0 + timedelta(hours=1)
    assert not queries.run_is_lost(run, T0 + timedelta(hours=1, minutes=5), limit)  # at the limit: still alive
    assert queries.run_is_lost(run, T0 + timedelta(hours=1, minutes=5, seconds=1), limit)
    old_row = CrawlRun(status="running", started_at=T0, heartbeat_at=None)  # written before migration 0006
    assert queries.last_sign_of_life(old_row) == T0
    assert queries.run_is_lost(old_row, T0 + timedelta(minutes=6), limit)
    for status in ("finished", "failed", "blocked", "empty", "capped"):  # only a run still "running" is lost
        assert not queries.run_is_lost(CrawlRun(status=status, started_at=T0, heartbeat_at=T0),
                                       T0 + timedelta(days=30), limit)


def test_a_run_is_judged_by_its_own_heartbeat_interval_not_the_lookers() -> None:
    """A crawl node set to beat every 10 minutes is alive after 20 silent minutes, whatever the looker's setting
    (the default minute: 5 minutes); one beating every 5 seconds is lost after 30; a row from before runs kept
    their interval (migration 0013) is judged by the looker's limit."""
    from store.models import CrawlRun

    limit = queries.lost_after()
    slow = CrawlRun(status="running", started_at=T0, heartbeat_at=T0, heartbeat_seconds=600)
    assert not queries.run_is_lost(slow, T0 + timedelta(minutes=20), limit)
    assert queries.run_is_lost(slow, T0 + timedelta(minutes=50, seconds=1), limit)
    fast = CrawlRun(status="running", started_at=T0, heartbeat_at=T0, heartbeat_seconds=5)
    assert queries.run_is_lost(fast, T0 + timedelta(seconds=30), limit)
    unknown = CrawlRun(status="running", started_at=T0, heartbeat_at=T0, heartbeat_seconds=None)
    assert not queries.run_is_lost(unknown, T0 + timedelta(minutes=5), limit)
    assert queries.run_is_lost(unknown, T0 + timedelta(minutes=5, seconds=1), limit)


def test_a_slow_beating_run_is_not_closed_by_a_looker_at_the_default(store_url: str) -> None:
    sessions = db.sessions(store_url)
    now = queries.utcnow()
    with sessions.begin() as s:
        slow = queries.start_run(s, "remoteok", heartbeat_seconds=600).id
        default = queries.start_run(s, "remoteok").id
    for run_id in (slow, default):
        _age_run(sessions, run_id, heartbeat_at=now - timedelta(minutes=20), started_at=now - timedelta(hours=1))
    with sessions.begin() as s:
        assert [r.id for r in queries.mark_lost_runs(s, queries.lost_after(), now=now)] == [default]
    with sessions() as s:
        assert {r.id: r.heartbeat_seconds for r in queries.recent_runs(s)} == {slow: 600, default: 60}


def test_a_run_beats_from_its_start_until_it_ends(store_url: str) -> None:
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        run = queries.start_run(s, "remoteok")
    assert run.heartbeat_at == run.started_at
    with sessions.begin() as s:
        assert queries.beat(s, run.id)
    with sessions() as s:
        [r] = queries.recent_runs(s)
        assert r.heartbeat_at > r.started_at
        assert not queries.run_is_lost(r, queries.utcnow(), queries.lost_after())
        beaten = r.heartbeat_at
    with sessions.begin() as s:
        queries.finish_run(s, run.id, queries.RunReport(status="finished"))
    with sessions.begin() as s:
        assert not queries.beat(s, run.id)  # an ended run beats no more
    with sessions() as s:
        [r] = queries.recent_runs(s)
        assert r.heartbeat_at == beaten and r.status == "finished"


def test_lost_runs_are_marked_failed_at_their_last_heartbeat(store_url: str) -> None:
    sessions = db.sessions(store_url)
    now = queries.utcnow()
    with sessions.begin() as s:
        killed = queries.start_run(s, "remoteok").id        # kill -9 an hour ago
        old_row = queries.start_run(s, "hh").id             # running since before heartbeats existed
        alive = queries.start_run(s, "remoteok").id         # beating
        done = queries.start_run(s, "telegram").id          # ended long ago
    _age_run(sessions, killed, heartbeat_at=now - timedelta(hours=1), started_at=now - timedelta(hours=2))
    _age_run(sessions, old_row, heartbeat_at=None, started_at=now - timedelta(days=3))
    _age_run(sessions, done, heartbeat_at=now - timedelta(days=9), started_at=now - timedelta(days=9))
    with sessions.begin() as s:
        queries.finish_run(s, done, queries.RunReport(status="finished"))

    limit = queries.lost_after()
    with sessions.begin() as s:  # one source only
        assert [r.id for r in queries.mark_lost_runs(s, limit, source="remoteok", now=now)] == [killed]
    with sessions.begin() as s:
        assert [r.id for r in queries.mark_lost_runs(s, limit, now=now)] == [old_row]
    with sessions.begin() as s:
        assert queries.mark_lost_runs(s, limit, now=now) == []  # closed once
    with sessions() as s:
        runs = {r.id: r for r in queries.recent_runs(s)}
    k, o = runs[killed], runs[old_row]
    assert (k.status, k.finish_reason, k.finished_at) == ("failed", "lost", now - timedelta(hours=1))
    assert k.errors[0].startswith("lost: no heartbeat since ") and "kill -9" in k.errors[0]
    assert (o.status, o.finish_reason, o.finished_at) == ("failed", "lost", now - timedelta(days=3))
    assert "since it started at" in o.errors[0]
    assert runs[alive].status == "running" and runs[alive].finished_at is None
    assert runs[done].status == "finished" and runs[done].finish_reason is None

    with sessions.begin() as s:  # a stalled process that comes back: its beat does not revive the row ...
        assert not queries.beat(s, killed)
    with sessions.begin() as s:  # ... and its real end, when it comes, is written over the mark
        queries.finish_run(s, killed, queries.RunReport(status="finished", finish_reason="finished"))
    with sessions() as s:
        assert {r.id: r.status for r in queries.recent_runs(s)}[killed] == "finished"
