"""Postings their source stopped listing: marked ``delisted_at`` when a complete, clean run of a source that lists
all its current postings did not show them, never after a failed, capped or truncated run nor for a source whose
runs see only part of its listing, and NULL again once seen; also, after any source's run that reached it, when no
run has seen them for ``VAGIGS_UNSEEN_DAYS``; left out of the curated feed, still counted by trends and reports.
On SQLite and on a real PostgreSQL; the run's end driven through the real ``CrawlRunRecorder``."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from scrapy.utils.test import get_crawler

from crawlers import sources
from crawlers.extensions import DELISTED_KEY, UNSEEN_KEY, CrawlRunRecorder, partial_listing
from crawlers.spiders.remotive import RemotiveSpider
from store import db, queries, reports, trends, web_queries
from store.models import CrawlRun, Posting
from tests.helpers import query_plan

LONG_AGO = datetime(2025, 1, 1, tzinfo=timezone.utc)
#: before the run that is about to close, but within ``VAGIGS_UNSEEN_DAYS``: only a complete listing tells it is gone
LATELY = datetime.now(timezone.utc) - timedelta(days=2)

#: the stats of a clean, complete run (what Scrapy and the vagigs pipelines count)
CLEAN = {"item_scraped_count": 1, "vagigs/stored": 1, "downloader/request_count": 1,
         "downloader/response_status_count/200": 1}


def _posting(source_id: str, source: str = "remotive", **extra) -> dict:  # type: ignore[no-untyped-def]
    return {**dict(source=source, source_id=source_id, title=f"Job {source_id}", description="text",
                   posted_at=LONG_AGO, language="en", tags=["data_entry"], legitimacy_score=90,
                   legitimacy_verdict="ok", va_relevant=True), **extra}


def _store(url: str, *postings: dict) -> None:
    with db.sessions(url).begin() as s:
        for p in postings:
            queries.upsert_posting(s, p)


def _delisted(url: str) -> dict[str, datetime | None]:
    with db.sessions(url)() as s:
        return {p.source_id: p.delisted_at for p in s.query(Posting).order_by(Posting.source_id)}


def _close_run(url: str, source: str, stats: dict, reason: str = "finished", *,
               listed: tuple[str, ...] = ("live",), settings: dict | None = None) -> CrawlRun:
    """One run of ``source``: started now, stores ``listed`` (seen by the run), closed by the recorder."""
    crawler = get_crawler(RemotiveSpider, {"VAGIGS_DATABASE_URL": url, **(settings or {})})
    crawler.stats.open_spider()
    for key, value in stats.items():
        crawler.stats.set_value(key, value)
    recorder = CrawlRunRecorder(crawler)
    with db.sessions(url).begin() as s:
        run_id = queries.start_run(s, source).id
    _store(url, *(_posting(i, source) for i in listed))
    recorder.spider_closed(SimpleNamespace(name=source, source=source, crawl_run_id=run_id), reason)
    with db.sessions(url)() as s:
        run = s.get(CrawlRun, run_id)
        s.expunge(run)
    run.recorded = run.delisted  # type: ignore[attr-defined]  # the row's counts (migration 0017)
    run.delisted = crawler.stats.get_value(DELISTED_KEY)  # type: ignore[attr-defined]  # None: no delisting tried
    run.unseen = crawler.stats.get_value(UNSEEN_KEY)  # type: ignore[attr-defined]  # None: not tried
    return run


def _old_and_live(url: str, source: str = "remotive") -> None:
    """A posting last seen two days ago (the source since stopped listing it), and one the run will list."""
    _store(url, _posting("gone", source, last_seen_at=LATELY), _posting("live", source, last_seen_at=LATELY))


# ---------------------------------------------------------------- the store function

def test_mark_delisted_marks_only_postings_not_seen_since(store_url: str) -> None:
    _store(store_url, _posting("old", last_seen_at=LONG_AGO), _posting("new"),
           _posting("other", "hh", last_seen_at=LONG_AGO))
    with db.sessions(store_url).begin() as s:
        s.execute(Posting.__table__.update().where(Posting.source_id == "new").values(last_seen_at=None))
        s.add(Posting(source="remotive", source_id="recent", last_seen_at=queries.utcnow()))
    since = queries.utcnow() - timedelta(minutes=5)
    first = datetime(2026, 1, 2, tzinfo=timezone.utc)
    with db.sessions(store_url).begin() as s:
        assert queries.mark_delisted(s, "remotive", since, now=first) == 1
    assert _delisted(store_url) == {"new": None, "old": first, "other": None, "recent": None}
    with db.sessions(store_url).begin() as s:  # already delisted: keeps the first date, is not counted again
        assert queries.mark_delisted(s, "remotive", since, now=first + timedelta(days=1)) == 0
    assert _delisted(store_url)["old"] == first


def test_seen_or_stored_again_undoes_delisting(store_url: str) -> None:
    _store(store_url, _posting("a", last_seen_at=LONG_AGO), _posting("b", last_seen_at=LONG_AGO))
    with db.sessions(store_url).begin() as s:
        assert queries.mark_delisted(s, "remotive", queries.utcnow()) == 2
    with db.sessions(store_url).begin() as s:
        assert queries.touch_last_seen(s, "remotive", ["a"]) == 1  # a listing showed it again
    _store(store_url, _posting("b", title="Job b, edited"))  # stored again
    assert _delisted(store_url) == {"a": None, "b": None}


def test_feed_leaves_out_delisted_but_history_counts_them(store_url: str) -> None:
    _store(store_url, _posting("gone", last_seen_at=LONG_AGO), _posting("live"))
    sessions = db.sessions(store_url)

    def counts() -> tuple[int, int]:
        with sessions() as s:
            weekly = sum(r["postings"] for r in trends.postings_per_week(s, "source"))
            scams = sum(r["postings"] for r in reports.scam_rates(s, "source"))
            return weekly, scams

    before = counts()
    with sessions.begin() as s:
        queries.mark_delisted(s, "remotive", queries.utcnow() - timedelta(minutes=5))

    def ids(**kw) -> list[str]:  # type: ignore[no-untyped-def]
        with sessions() as s:
            return sorted(p.source_id for p in queries.feed(s, queries.FeedFilter(**kw)))

    assert ids() == ["live"]
    assert ids(include_delisted=True) == ids(curated=False) == ["gone", "live"]
    with sessions() as s:
        assert web_queries.count_feed(s, queries.FeedFilter()) == 1
        assert web_queries.count_feed(s, queries.FeedFilter(include_delisted=True)) == 2
        gone = next(p for p in queries.feed(s, queries.FeedFilter(curated=False)) if p.source_id == "gone")
        public = queries.posting_as_dict(gone)
    assert list(public) == list(queries.PUBLIC_FIELDS)
    assert public["delisted_at"] is not None and datetime.fromisoformat(public["delisted_at"]).tzinfo
    assert counts() == before == (2, 2)  # trends and reports are history: a delisted gig still happened


# ---------------------------------------------------------------- at the end of a run

def test_registry_flags_only_sources_whose_runs_see_the_whole_listing() -> None:
    flagged = {name for name, s in sources.SOURCES.items() if s.lists_all_current}
    assert flagged == {"remotive"}
    for name in flagged:  # one request per start URL, no paging: a page budget would truncate the listing
        assert sources.get(name).max_pages == 1


def test_a_complete_finished_run_delists_what_it_did_not_see(store_url: str) -> None:
    _old_and_live(store_url)
    run = _close_run(store_url, "remotive", CLEAN)
    assert run.status == "finished" and run.delisted == 1
    marked = _delisted(store_url)
    assert marked["live"] is None and marked["gone"] is not None
    assert run.started_at <= marked["gone"]

    # the next complete run lists it again: back in the feed
    run = _close_run(store_url, "remotive", CLEAN, listed=("live", "gone"))
    assert run.delisted == 0 and _delisted(store_url) == {"gone": None, "live": None}


@pytest.mark.parametrize(("stats", "reason", "why"), [
    ({}, "finished", "empty"),  # nothing scraped: an empty answer is no proof every gig is gone
    ({**CLEAN, "vagigs/dropped/download_error": 1}, "shutdown", "stopped"),  # a signal ended it: the rest unread
    ({"vagigs/dropped/daily_cap": 1}, "finished", "capped"),
    ({**CLEAN, "vagigs/dropped/daily_cap": 1}, "finished", "daily_cap"),  # one of three feeds held back
    ({**CLEAN, "robotstxt/forbidden": 1}, "finished", "robotstxt/forbidden"),
    ({**CLEAN, "vagigs/dropped/http_404": 1, "vagigs/errors": ["http_404: …"]}, "finished", "http_404"),
    ({**CLEAN, "vagigs/dropped/record_parse_error": 1}, "finished", "record_parse_error"),
    ({**CLEAN, "vagigs/dropped/missing_text": 1, "item_dropped_count": 1}, "finished", "missing_text"),
    ({**CLEAN, "vagigs/not_modified": 1}, "finished", "vagigs/not_modified"),  # a 304: its postings unread
    ({**CLEAN, "vagigs/paging_stopped_known": 1}, "finished", "paging_stopped_known"),
    ({**CLEAN, "vagigs/errors": ["something"]}, "finished", "errors"),
    ({**CLEAN, "vagigs/blocked": 1}, "finished", "blocked"),
    (CLEAN, "closespider_timeout", "failed"),
])
def test_a_run_that_may_have_missed_postings_delists_nothing(store_url: str, stats: dict, reason: str,
                                                             why: str) -> None:
    assert why in (partial_listing(stats, reason) or "")
    _old_and_live(store_url)
    run = _close_run(store_url, "remotive", stats, reason)
    assert run.delisted is None
    assert _delisted(store_url) == {"gone": None, "live": None}


@pytest.mark.parametrize("source", ["remoteok", "weworkremotely", "workingnomads", "hh", "telegram", "jobinja", "jsonld",
                                    "himalayas", "jobicy", "jobvision"])
def test_a_source_whose_runs_see_part_of_its_listing_never_delists(store_url: str, source: str) -> None:
    _old_and_live(store_url, source)
    run = _close_run(store_url, source, CLEAN)
    assert run.status == "finished" and run.delisted is None
    assert _delisted(store_url) == {"gone": None, "live": None}


def test_a_run_delists_only_its_own_source(store_url: str) -> None:
    _old_and_live(store_url, "remotive")
    _store(store_url, _posting("wwr-old", "weworkremotely", last_seen_at=LONG_AGO))
    assert _close_run(store_url, "remotive", CLEAN).delisted == 1
    assert _delisted(store_url)["wwr-old"] is None


# ---------------------------------------------------------------- long unseen, whatever the source

def test_mark_unseen_marks_only_long_unseen_postings_whose_closing_date_has_passed(store_url: str) -> None:
    now = queries.utcnow()
    _store(store_url, _posting("ancient", last_seen_at=LONG_AGO), _posting("lately", last_seen_at=LATELY),
           _posting("open", last_seen_at=LONG_AGO, expires_at=now + timedelta(days=10)),
           _posting("closed", last_seen_at=LONG_AGO, expires_at=now - timedelta(days=10)),
           _posting("other", "hh", last_seen_at=LONG_AGO))
    with db.sessions(store_url).begin() as s:
        assert queries.mark_unseen(s, "remotive", now - timedelta(days=30), now=now) == 2
    marked = {k for k, v in _delisted(store_url).items() if v is not None}
    assert marked == {"ancient", "closed"}
    with db.sessions(store_url).begin() as s:  # already delisted: not counted again
        assert queries.mark_unseen(s, "remotive", now - timedelta(days=30)) == 0


@pytest.mark.parametrize("source", ["remoteok", "weworkremotely", "telegram", "hh", "jobinja", "remotive"])
def test_a_finished_run_of_any_source_delists_what_no_run_has_seen_for_weeks(store_url: str, source: str) -> None:
    _old_and_live(store_url, source)
    _store(store_url, _posting("ancient", source, last_seen_at=LONG_AGO))
    run = _close_run(store_url, source, CLEAN)
    marked = {k for k, v in _delisted(store_url).items() if v is not None}
    if source == "remotive":  # its complete listing has already told both are gone
        assert (run.status, run.delisted, run.unseen, marked) == ("finished", 2, 0, {"ancient", "gone"})
        assert run.recorded == {"unlisted": 2, "unseen": 0}
    else:
        assert (run.status, run.delisted, run.unseen, marked) == ("finished", None, 1, {"ancient"})
        assert run.recorded == {"unseen": 1}

    run = _close_run(store_url, source, CLEAN, listed=("live", "ancient"))  # shown again: back
    assert _delisted(store_url)["ancient"] is None


@pytest.mark.parametrize(("stats", "reason"), [
    ({}, "finished"),  # empty: nothing shows the source answered
    ({**CLEAN, "vagigs/dropped/download_error": 1}, "shutdown"),
    ({"vagigs/dropped/daily_cap": 1}, "finished"),
    ({**CLEAN, "vagigs/blocked": 1}, "finished"),
    (CLEAN, "closespider_timeout"),
    ({**CLEAN, "vagigs/not_modified": 1}, "finished"),  # an unchanged feed: what it lists went unread
])
def test_a_run_that_did_not_reach_its_source_marks_nothing_unseen(store_url: str, stats: dict, reason: str) -> None:
    _store(store_url, _posting("ancient", "remoteok", last_seen_at=LONG_AGO))
    run = _close_run(store_url, "remoteok", stats, reason)
    assert run.unseen is None and run.recorded is None and _delisted(store_url)["ancient"] is None


def test_unseen_days_zero_turns_it_off(store_url: str) -> None:
    _store(store_url, _posting("ancient", "remoteok", last_seen_at=LONG_AGO))
    run = _close_run(store_url, "remoteok", CLEAN, settings={"VAGIGS_UNSEEN_DAYS": 0})
    assert run.unseen is None and _delisted(store_url)["ancient"] is None
    assert _close_run(store_url, "remoteok", CLEAN, settings={"VAGIGS_UNSEEN_DAYS": 3650}).unseen == 0


def test_unseen_days_that_are_no_number_are_named_and_the_default_used(store_url: str,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    """``scrapy crawl -s VAGIGS_UNSEEN_DAYS=abc`` (a Scrapyd job's settings are not checked as ``vagigs crawl --set``
    is): read when the run is done, it had stopped the delisting half-way behind a run reported ``finished``."""
    _store(store_url, _posting("ancient", "remoteok", last_seen_at=LONG_AGO))
    with caplog.at_level("WARNING", logger="crawlers.extensions"):
        run = _close_run(store_url, "remoteok", CLEAN, settings={"VAGIGS_UNSEEN_DAYS": "abc"})
    assert run.unseen == 1 and run.recorded == {"unseen": 1}  # by the 30 days' default
    assert "VAGIGS_UNSEEN_DAYS='abc' is no number of days; using 30" in caplog.text


def test_a_gig_another_source_still_lists_stays_in_the_feed(store_url: str) -> None:
    """Duplicates share a cluster and the feed shows one of them: the representative's source delisting it must not
    hide a gig another source still lists."""
    from store import dedupe_queries

    _store(store_url, _posting("rep", last_seen_at=LONG_AGO), _posting("dup", "weworkremotely"))
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        rep, dup = (s.query(Posting).filter_by(source_id=i).one().id for i in ("rep", "dup"))
        dedupe_queries.set_clusters(s, [(dup, rep, "exact", False)])
        assert queries.mark_delisted(s, "remotive", queries.utcnow()) == 1

    def shown() -> list[str]:
        with sessions() as s:
            return [p.source_id for p in queries.feed(s, queries.FeedFilter())]

    assert shown() == ["dup"]  # the cluster's card, by the posting still listed (its links name remotive's)
    with sessions() as s:
        assert web_queries.count_feed(s, queries.FeedFilter()) == 1
    with sessions.begin() as s:
        assert queries.mark_delisted(s, "weworkremotely", queries.utcnow()) == 1
    assert shown() == []  # no source lists the gig any more


def test_the_feed_count_still_reads_only_the_curation_index(sqlite_url: str) -> None:
    """At a million postings a count that reads the rows (with their descriptions) takes seconds, one that reads
    ``ix_postings_curation`` a tenth of one: the still-listed condition (``delisted_at``, and ``cluster_id`` for
    a cluster's other members) is covered by that index too."""
    from sqlalchemy import func, select

    _store(sqlite_url, _posting("a"))
    stmt = select(func.count(Posting.id)).where(*queries.feed_conditions(queries.FeedFilter()))
    plan = query_plan(sqlite_url, stmt)
    assert "SCAN postings USING COVERING INDEX ix_postings_curation" in plan, plan
