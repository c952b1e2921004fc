"""Upserts, clusters and feed filters, on SQLite and on a real PostgreSQL."""
from datetime import datetime, timedelta, timezone

from pipeline.textnorm import search_text, search_words
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
