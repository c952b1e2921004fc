"""The order the store met each curating stage's versions in (``store.releases``)."""
from __future__ import annotations

from sqlalchemy import select

from store import db, queries, releases
from store.models import StageRelease


def recorded(url: str) -> list[tuple[str, str]]:
    with db.sessions(url)() as session:
        return [tuple(r) for r in session.execute(select(StageRelease.stage, StageRelease.version)
                                                  .order_by(StageRelease.id))]


def test_each_version_is_recorded_once_in_the_order_met(store_url: str) -> None:
    with db.sessions(store_url).begin() as session:
        releases.record(session, {"tags": "t1", "legitimacy": "j1", "dedupe": "3"})  # dedupe stamps no posting
    with db.sessions(store_url).begin() as session:
        releases.record(session, {"tags": "t2", "legitimacy": "j1"})
        releases.record(session, {"tags": "t1", "search": "s1"})
    assert recorded(store_url) == [("tags", "t1"), ("legitimacy", "j1"), ("tags", "t2"), ("search", "s1")]


def test_two_writers_recording_at_once_keep_one_row(store_url: str) -> None:
    one, two = db.sessions(store_url)(), db.sessions(store_url)()
    try:
        releases.record(one, {"tags": "t1"})
        one.commit()
        # the second had looked before the first committed: its insert meets the row and does nothing
        two.execute(db.insert_for(two.get_bind().dialect)(StageRelease)
                    .values(stage="tags", version="t1", first_seen=queries.utcnow())
                    .on_conflict_do_nothing(index_elements=["stage", "version"]))
        releases.record(two, {"tags": "t1"})
        two.commit()
    finally:
        one.close()
        two.close()
    assert recorded(store_url) == [("tags", "t1")]


def test_later_names_the_releases_met_after_a_version_that_postings_carry(store_url: str) -> None:
    with db.sessions(store_url).begin() as session:
        for version in ("t0", "t1", "t2", "t3"):
            releases.record(session, {"tags": version})
        for sid, version in (("1", "t0"), ("2", "t2"), ("3", "t1"), ("4", "unrecorded")):
            queries.upsert_posting(session, dict(source="hh", source_id=sid, title="Operator", tags_version=version))
    with db.sessions(store_url)() as session:
        assert [r.version for r in releases.later(session, "tags", "t1")] == ["t2"]  # t3 stamps no posting
        assert [r.version for r in releases.later(session, "tags", "t0")] == ["t2", "t1"]  # newest first
        assert releases.later(session, "tags", "t3") == []
        assert releases.later(session, "tags", "never recorded") == []
        [newer] = releases.later(session, "tags", "t1")
        assert str(newer).startswith("tags t2, first met 20") and " UTC on " in str(newer)
