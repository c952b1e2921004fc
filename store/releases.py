"""Which version of each curating stage is newer, as the store met them (``stage_releases``, migration 0024).

A posting's stamps (``tags_version``, ``legitimacy_version``, ``posting_search.folded_with``) are fingerprints:
they tell two versions apart, not which came later. Every writer that stamps postings records its stages'
versions here before it writes (``record``), so the store keeps the order it met them in. A scheduler's
re-curation asks ``later`` and leaves alone the postings a release it met after its own curated: a scheduler of
the old release left running through an upgrade had curated every posting back to its own stamps, and the new
one forward again, every few hours. The ``vagigs retag --stale`` and ``vagigs reassess --stale`` an operator
runs still re-curate every posting of another version: going back to an older release is done on purpose.

A version never recorded (met before migration 0024, or written by a release without it) counts as older than
every recorded one. A release first met after a newer one (a crawl node given an old checkout after the
upgrade) counts as the newer of the two, and the scheduler names it, and where it was met, in its log.
"""
from __future__ import annotations

import socket
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import ColumnElement, inspect, select
from sqlalchemy.orm import Session

from store import db
from store.models import Posting, StageRelease
from store.search_models import PostingSearch

#: The stamp each curating stage writes on the postings it curates (what ``later`` looks for)
STAMPS: dict[str, ColumnElement] = {"tags": Posting.tags_version, "legitimacy": Posting.legitimacy_version,
                                    "search": PostingSearch.folded_with}


@dataclass(frozen=True)
class Release:
    """A version of ``stage`` as the store first met it (``first_seen``, by the process on ``host``)."""

    stage: str
    version: str
    first_seen: datetime
    host: str | None

    def __str__(self) -> str:
        where = f" on {self.host}" if self.host else ""
        return f"{self.stage} {self.version}, first met {self.first_seen:%Y-%m-%d %H:%M} UTC{where}"


def record(session: Session, versions: Mapping[str, str]) -> None:
    """Record each ``stage → version`` the store has not met yet (stages without a stamp in ``STAMPS`` are
    skipped), in the caller's transaction: one statement each, safe when two processes record the same one at
    once (the first keeps its place)."""
    insert = db.insert_for(session.get_bind().dialect)
    now, host = datetime.now(timezone.utc), socket.gethostname()
    known = {(stage, version) for stage, version in session.execute(
        select(StageRelease.stage, StageRelease.version).where(StageRelease.stage.in_(list(versions))))}
    for stage, version in versions.items():
        if stage in STAMPS and (stage, version) not in known:
            session.execute(insert(StageRelease).values(stage=stage, version=version, first_seen=now, host=host)
                            .on_conflict_do_nothing(index_elements=["stage", "version"]))


def kept(session: Session) -> bool:
    """Whether the store keeps the order (migration 0024): a store not yet migrated to it has met no release."""
    return inspect(session.connection()).has_table(StageRelease.__tablename__)


def later(session: Session, stage: str, version: str) -> list[Release]:
    """The releases of ``stage`` the store met after ``version``, newest first, whose stamps some posting still
    carries; none when ``version`` itself was never recorded (the caller records before it asks)."""
    mine = session.scalar(select(StageRelease.id).where(StageRelease.stage == stage,
                                                        StageRelease.version == version))
    if mine is None:
        return []
    column = STAMPS[stage]
    out = []
    for release in session.scalars(select(StageRelease).where(StageRelease.stage == stage, StageRelease.id > mine)
                                   .order_by(StageRelease.id.desc())):
        if session.scalar(select(column).where(column == release.version).limit(1)) is not None:
            out.append(Release(stage, release.version, release.first_seen, release.host))
    return out
