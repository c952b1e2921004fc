"""Values SQLite takes and PostgreSQL had refused: a long source id, a long list of employment types. Both stores
keep the posting, and look a long id up as they store it (``store.models.source_id_key``)."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import func, select

from store import db, queries
from store.models import SOURCE_ID_MAX, Posting

T0 = datetime(2026, 12, 1, tzinfo=timezone.utc)
PAGE = "https://jobs.example.com/" + "virtual-assistant-" * 20 + "x"  # a JSON-LD board's page address as its id
TYPES = "FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM"  # employmentType, joined
LONG_ID = "https://jobs.example.ir/" + "دستیار-" * 600  # 7,800 bytes: past any B-tree entry


def _stored(url: str) -> dict[str, tuple[str, str | None]]:
    with db.sessions(url)() as s:
        return {sid[:40]: (sid, kind) for sid, kind in s.execute(select(Posting.source_id, Posting.employment_type))}


def test_a_long_source_id_and_employment_type_are_stored_on_both_stores(store_url: str) -> None:
    """PostgreSQL had refused both postings (``StringDataRightTruncation``: varchar(255) and varchar(32))."""
    assert len(PAGE) == 386 and len(TYPES) > 32
    with db.sessions(store_url).begin() as s:
        queries.upsert_posting(s, dict(source="jsonld", source_id=PAGE, title="Virtual assistant",
                                       employment_type=TYPES, posted_at=T0))
    assert _stored(store_url) == {PAGE[:40]: (PAGE, TYPES)}


def test_a_source_id_past_the_bound_is_one_posting_found_by_its_id(store_url: str) -> None:
    """An id longer than ``SOURCE_ID_MAX`` is stored as its key: a re-crawl updates the same posting, and a spider
    asking by the id it read finds it and marks it seen (``known_source_times``, ``touch_last_seen``)."""
    sessions = db.sessions(store_url)
    for title in ("Virtual assistant", "Virtual assistant, remote"):
        with sessions.begin() as s:
            queries.upsert_posting(s, dict(source="jsonld", source_id=LONG_ID, title=title, posted_at=T0,
                                           fetched_at=T0))
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Posting)) == 1
        stored = s.scalar(select(Posting.source_id))
        assert len(stored) == SOURCE_ID_MAX and stored.startswith(LONG_ID[:400])
        assert queries.known_source_times(s, "jsonld", [LONG_ID, "other"]) == {LONG_ID: (T0, None)}
        assert queries.known_source_times(s, "jsonld", [stored]) == {stored: (T0, None)}
    with sessions.begin() as s:
        assert queries.touch_last_seen(s, "jsonld", [LONG_ID]) == 1
