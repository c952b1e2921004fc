"""Queries of the politeness layer: daily request counts and HTTP validators.

Both are safe across processes and hosts sharing one store: a request is
counted with one conditional ``UPDATE … WHERE requests < cap`` (atomic on
SQLite and PostgreSQL alike), so two crawls racing for the last call of the
day cannot both get it.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from store import db
from store.crawl_state_models import HttpValidator, RequestCount


def _insert(session: Session):  # type: ignore[no-untyped-def]
    return db.insert_for(session.get_bind().dialect)


def take_request(session: Session, source: str, day: date, cap: int | None) -> bool:
    """Count one request to ``source`` on UTC ``day``; False (and nothing counted) when the cap is reached."""
    if cap is not None and cap <= 0:
        return False
    stmt = update(RequestCount).where(RequestCount.source == source, RequestCount.day == day)
    if cap is not None:
        stmt = stmt.where(RequestCount.requests < cap)
    # Core statements on the session's connection; whether the INSERT … ON CONFLICT
    # made the row is read from RETURNING (psycopg reports rowcount -1 for it).
    conn = session.connection()
    bump = stmt.values(requests=RequestCount.requests + 1)
    if conn.execute(bump).rowcount == 1:
        return True
    table = RequestCount.__table__
    inserted = conn.execute(
        _insert(session)(table).values(source=source, day=day, requests=1)
        .on_conflict_do_nothing(index_elements=["source", "day"]).returning(table.c.source)
    ).first()
    if inserted is not None:
        return True
    # the row exists: either it is at the cap, or another process just created it
    return conn.execute(bump).rowcount == 1


def give_back_request(session: Session, source: str, day: date) -> None:
    """Uncount one request ``take_request`` counted on ``day``: it never reached the source (no address for its
    host, the connection refused), so it was no call against the source's cap."""
    session.connection().execute(
        update(RequestCount).where(RequestCount.source == source, RequestCount.day == day, RequestCount.requests > 0)
        .values(requests=RequestCount.requests - 1))


def requests_on(session: Session, source: str, day: date) -> int:
    return session.scalar(
        select(RequestCount.requests).where(RequestCount.source == source, RequestCount.day == day)
    ) or 0


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def get_validator(session: Session, url: str) -> tuple[str | None, str | None] | None:
    row = session.get(HttpValidator, url_hash(url))
    return None if row is None else (row.etag, row.last_modified)


def save_validator(session: Session, url: str, source: str, etag: str | None,
                   last_modified: str | None) -> None:
    now = datetime.now(timezone.utc)
    values = dict(url_hash=url_hash(url), url=url, source=source, etag=etag,
                  last_modified=last_modified, updated_at=now)
    stmt = _insert(session)(HttpValidator.__table__).values(**values)
    session.connection().execute(stmt.on_conflict_do_update(
        index_elements=["url_hash"],
        set_={"etag": etag, "last_modified": last_modified, "updated_at": now, "source": source},
    ))
