"""``trends.reach_per_week``: of each week's VA gigs (one per duplicate cluster, no likely scams), how many are
remote and how many a seeker living in Uzbekistan or Iran could take from there. Location strings as boards write
them ("USA Only", "Anywhere" are real ones; the samples hold no posting open to the CIS or EMEA, so those are
written alike), read by ``pipeline.remote.allowed_regions``; on SQLite and on a real PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import update

from pipeline.remote import allowed_regions, open_to
from store import db, queries, trends
from store.models import Posting

WEEK_10 = datetime(2025, 3, 4, tzinfo=timezone.utc)   # 2025-W10
WEEK_11 = datetime(2025, 3, 11, tzinfo=timezone.utc)  # 2025-W11
COUNTRIES = {"UZ": sorted(open_to("UZ")), "IR": sorted(open_to("IR"))}


def _posting(source_id: str, posted_at: datetime, scope: str | None, location: str | None = None,
             **extra) -> dict:  # type: ignore[no-untyped-def]
    return {**dict(source="jobicy", source_id=source_id, title=source_id, posted_at=posted_at, va_relevant=True,
                   legitimacy_verdict="ok", remote_scope=scope, location=location,
                   allowed_regions=allowed_regions(location) if scope == "remote" else None), **extra}


def test_reach_counts_the_gigs_open_to_each_country(store_url: str) -> None:
    with db.sessions(store_url).begin() as s:
        for p in (_posting("usa", WEEK_10, "remote", "USA Only"),
                  _posting("emea", WEEK_10, "remote", "EMEA"),
                  _posting("world", WEEK_10, "remote", "Anywhere"),
                  _posting("office", WEEK_10, "onsite", "Tashkent"),
                  _posting("not-va", WEEK_10, "remote", "Anywhere", va_relevant=False),
                  _posting("scam", WEEK_10, "remote", "Anywhere", legitimacy_verdict="likely_scam"),
                  _posting("repost", WEEK_10, "remote", "Anywhere"),
                  _posting("cis", WEEK_11, "remote", "CIS"),
                  _posting("unsaid", WEEK_11, "remote", None)):
            queries.upsert_posting(s, p)
        s.execute(update(Posting).where(Posting.source_id == "repost").values(is_representative=False))
    with db.sessions(store_url)() as s:
        rows = trends.reach_per_week(s, COUNTRIES)
        since = trends.reach_per_week(s, COUNTRIES, since=WEEK_11)
    assert rows == [
        {"week": "2025-W10", "gigs": 4, "remote": 3, "open_to_UZ": 1, "open_to_IR": 2,
         "share_UZ": 0.25, "share_IR": 0.5},
        {"week": "2025-W11", "gigs": 2, "remote": 2, "open_to_UZ": 2, "open_to_IR": 1,
         "share_UZ": 1.0, "share_IR": 0.5},
    ]
    assert since == rows[1:]
