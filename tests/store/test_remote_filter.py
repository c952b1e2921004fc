"""The feed's "where can I work from" filters: ``remote_only`` keeps gigs done fully remotely, ``open_to_regions``
keeps the remote gigs whose ``allowed_regions`` name one of the given labels, or name none. The labels are what
``pipeline.remote.open_to`` gives for a seeker's country, as the web app and the CLI ask. On SQLite and on a real
PostgreSQL (where the list is JSONB)."""
from __future__ import annotations

from datetime import datetime, timezone

from pipeline.remote import allowed_regions, open_to
from store import db, queries, web_queries

POSTED = datetime(2026, 5, 1, tzinfo=timezone.utc)
NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def _posting(source_id: str, scope: str | None, location: str | None = None, **extra) -> dict:  # type: ignore[no-untyped-def]
    return {**dict(source="remotive", source_id=source_id, title=f"Job {source_id}", description="text",
                   posted_at=POSTED, language="en", tags=["data_entry"], legitimacy_score=90,
                   legitimacy_verdict="ok", va_relevant=True, remote_scope=scope, location=location,
                   allowed_regions=allowed_regions(location) if scope == "remote" else None), **extra}


POSTINGS = [
    _posting("usa-only", "remote", "USA Only"),
    _posting("anywhere", "remote", "Anywhere in the World"),
    _posting("unstated", "remote", "Remote"),                  # names no place: no limit known
    _posting("emea", "remote", "EMEA"),
    _posting("central-asia", "remote", "Europe, Central Asia"),
    _posting("tehran-zone", "remote", "GMT+03:30"),
    _posting("us-zone", "remote", "USA, CST (UTC-6)"),
    _posting("not-us", "remote", "Worldwide (except US)"),
    _posting("not-iran", "remote", "Not available in Iran"),
    _posting("hybrid", "hybrid", "Tashkent"),
    _posting("office", "onsite", "Tehran"),
    _posting("unsaid", None),
]


def _shown(url: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    with db.sessions(url)() as s:
        shown = sorted(p.source_id for p in queries.feed(s, queries.FeedFilter(now=NOW, **kw)))
        assert web_queries.count_feed(s, queries.FeedFilter(now=NOW, **kw)) == len(shown)
    return shown


def _store(url: str) -> None:
    with db.sessions(url).begin() as s:
        for p in POSTINGS:
            queries.upsert_posting(s, p)


def test_remote_only_leaves_out_hybrid_on_site_and_unsaid(store_url: str) -> None:
    _store(store_url)
    assert len(_shown(store_url)) == len(POSTINGS)
    assert _shown(store_url, remote_only=True) == sorted(
        ["usa-only", "anywhere", "unstated", "emea", "central-asia", "tehran-zone", "us-zone", "not-us", "not-iran"])


def test_a_seeker_in_uzbekistan_sees_remote_gigs_open_to_them(store_url: str) -> None:
    _store(store_url)
    assert _shown(store_url, remote_only=True, open_to_regions=sorted(open_to("UZ"))) == [
        "anywhere", "central-asia", "not-iran", "not-us", "tehran-zone", "unstated"]


def test_a_seeker_in_iran_sees_other_ones(store_url: str) -> None:
    _store(store_url)
    assert _shown(store_url, remote_only=True, open_to_regions=sorted(open_to("IR"))) == [
        "anywhere", "emea", "not-us", "tehran-zone", "unstated"]  # not "Not available in Iran"


def test_open_to_alone_implies_remote(store_url: str) -> None:
    _store(store_url)
    assert _shown(store_url, open_to_regions=sorted(open_to("US"))) == [
        "anywhere", "not-iran", "unstated", "us-zone", "usa-only"]  # not "Worldwide (except US)"


def test_a_label_is_matched_whole_not_as_part_of_another(store_url: str) -> None:
    """"Asia" is not "Asia-Pacific", "UTC+3" is not "UTC+3:30"."""
    with db.sessions(store_url).begin() as s:
        queries.upsert_posting(s, _posting("apac", "remote", "APAC"))
        queries.upsert_posting(s, _posting("tehran", "remote", "GMT+03:30"))
    assert _shown(store_url, open_to_regions=["Asia", "UTC+3"]) == []
    assert _shown(store_url, open_to_regions=["Asia-Pacific"]) == ["apac"]
