"""Store reads and writes of the dedupe stage: the key index, clusters and "also posted on".

Like ``store.queries`` these take an open ``Session`` (or connection) and leave
committing to the caller.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import bindparam, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from store import db
from store.dedupe_models import DedupeIndexed, DedupeKey
from store.models import Posting

CHUNK = 500  # bound parameters per IN (...) query, safe on SQLite and PostgreSQL

DEDUPE_COLUMNS = (
    Posting.id, Posting.source, Posting.url, Posting.apply_url, Posting.title, Posting.company,
    Posting.description, Posting.location, Posting.salary_raw, Posting.salary_min, Posting.salary_max,
    Posting.posted_at, Posting.content_hash, Posting.first_seen_at, Posting.cluster_id,
    Posting.cluster_reason, Posting.is_representative,
)


def _chunks(seq: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(seq), size):
        yield seq[start:start + size]


# built once: a statement built per call cost more than running it (the crawl and ``vagigs reassess`` ask per posting)
_ROWS = select(*DEDUPE_COLUMNS).where(Posting.id.in_(bindparam("ids", expanding=True)))
_COMPANIES = select(Posting.id, Posting.company).where(Posting.id.in_(bindparam("ids", expanding=True)))


def posting_rows(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The fields dedupe reads, for these posting ids (in no particular order)."""
    out: list[dict[str, Any]] = []
    for part in _chunks(list(ids)):
        out.extend(dict(r._mapping) for r in session.execute(_ROWS, {"ids": list(part)}))
    return out


def company_names(session: Session, ids: Sequence[int]) -> dict[int, str | None]:
    """The company name of each of these postings (those that exist)."""
    out: dict[int, str | None] = {}
    for part in _chunks(list(ids)):
        out.update((pid, company) for pid, company in session.execute(_COMPANIES, {"ids": list(part)}))
    return out


def stream_postings(session: Session, batch: int = 5000) -> Iterator[list[dict[str, Any]]]:
    """Every posting, earliest seen first, in batches (keyset pagination: flat memory)."""
    order = (func.coalesce(Posting.first_seen_at, datetime(1970, 1, 1, tzinfo=timezone.utc)), Posting.id)
    ids = [r[0] for r in session.execute(select(Posting.id).order_by(*order))]
    for part in _chunks(ids, batch):
        rows = {r["id"]: r for r in posting_rows(session, part)}
        yield [rows[i] for i in part if i in rows]


STALE = 0  # the version of a mark whose posting was taken out of the index (``forget``)
WATER_SLACK = 1000  # ids this far below the highest indexed one are re-checked (out-of-order commits)


def unindexed_ids(session: Session, version: int) -> list[int]:
    """Postings the index lacks (or holds under another key scheme), earliest seen first.

    Costs what the new postings cost, not what the store holds: new postings are the
    ones above the highest indexed id (less ``WATER_SLACK``, for rows another
    transaction committed late; ``vagigs dedupe --rebuild`` catches anything older), and
    taken-out or old-scheme postings keep a mark with another version, found through
    ``ix_dedupe_indexed_version``. Every lookup here is an index range."""
    top = session.scalar(select(func.max(DedupeIndexed.posting_id)))
    new = (
        select(Posting.id, Posting.first_seen_at)
        .outerjoin(DedupeIndexed, DedupeIndexed.posting_id == Posting.id)
        .where(DedupeIndexed.posting_id.is_(None))
    )
    if top is not None:
        new = new.where(Posting.id > top - WATER_SLACK)
    stale = (
        select(Posting.id, Posting.first_seen_at)
        .join(DedupeIndexed, DedupeIndexed.posting_id == Posting.id)
        .where(or_(DedupeIndexed.version < version, DedupeIndexed.version > version))
    )
    found = {pid: seen for q in (new, stale) for pid, seen in session.execute(q)}
    floor = datetime(1970, 1, 1)
    return sorted(found, key=lambda pid: ((found[pid] or floor).replace(tzinfo=None), pid))


def stored_by(session: Session, runs: Collection[int]) -> set[int]:
    """The postings last stored by these crawl runs."""
    if not runs:
        return set()
    return set(session.scalars(select(Posting.id).where(Posting.crawl_run_id.in_(list(runs)))))


KEY_CAP = 200  # postings fetched per key at most: a key more common than this is boilerplate


def lookup_keys(session: Session, keys: Iterable[int], cap: int = KEY_CAP) -> dict[int, list[int]]:
    """Indexed postings by key, for the keys given: for a key shared by more than ``cap``
    postings (a template's or a boilerplate paragraph's band), only the ``cap`` newest
    (highest id). Such a key says little about which of its thousands of postings is the
    same gig, and fetching them all made every lookup cost what the store holds; a real
    duplicate shares its other, rarer keys with its original too.

    One index seek per key with ``LIMIT``: on SQLite a plain query per key through the
    DB-API cursor (in-process, so seven times faster than a window function over every
    row of the keys), on PostgreSQL one ``LATERAL`` join per chunk of keys."""
    found: dict[int, list[int]] = defaultdict(list)
    unique = sorted(set(keys))
    if not unique:
        return found
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        cur = conn.connection.driver_connection.cursor()
        try:
            for key in unique:
                rows = cur.execute("SELECT posting_id FROM dedupe_keys WHERE key = ? ORDER BY posting_id DESC LIMIT ?",
                                   (key, cap)).fetchall()
                if rows:
                    found[key] = [pid for (pid,) in rows]
        finally:
            cur.close()
        return found
    stmt = text("SELECT k.key, d.posting_id FROM unnest(CAST(:keys AS bigint[])) AS k(key) CROSS JOIN LATERAL "
                "(SELECT posting_id FROM dedupe_keys WHERE key = k.key ORDER BY posting_id DESC LIMIT :cap) AS d")
    for part in _chunks(unique, 5000):  # PostgreSQL, the other store vagigs supports
        for key, pid in conn.execute(stmt, {"keys": list(part), "cap": cap}):
            found[key].append(pid)
    return found


def digests(session: Session, posting_ids: Iterable[int]) -> dict[int, tuple[int, int, int, int]]:
    """The field digest of indexed postings (zeros where an old index row has none)."""
    out = {}
    for part in _chunks(sorted(set(posting_ids))):
        stmt = select(DedupeIndexed.posting_id, DedupeIndexed.company_mask, DedupeIndexed.place_mask,
                      DedupeIndexed.pay_hash, DedupeIndexed.page_hash).where(DedupeIndexed.posting_id.in_(part))
        for pid, *d in session.execute(stmt):
            out[pid] = tuple(v or 0 for v in d)
    return out


def forget(session: Session, posting_ids: Sequence[int], keys: Iterable[int] | None = None) -> None:
    """Take postings out of the index (their text changed, or they are re-indexed): their keys
    go, their mark stays with version ``STALE`` so ``unindexed_ids`` finds them by index.

    Given the ``keys`` they were indexed under (one posting's, recomputed from its stored
    text), the keys are deleted by primary key; without, by ``posting_id``, which the
    ``(key, posting_id)`` primary key cannot serve: a scan of the whole key table, kept
    for a change of key scheme. A key left behind only offers a candidate that ``verify``
    then judges on the posting's current text."""
    ids = list(posting_ids)
    if keys is not None:
        wanted = sorted(set(keys))
        for part in _chunks(wanted):
            session.execute(delete(DedupeKey).where(DedupeKey.key.in_(part), DedupeKey.posting_id.in_(ids)))
    else:
        for part in _chunks(ids):
            session.execute(delete(DedupeKey).where(DedupeKey.posting_id.in_(part)))
    for part in _chunks(ids):
        session.execute(update(DedupeIndexed).where(DedupeIndexed.posting_id.in_(part)).values(version=STALE))


def other_scheme(session: Session, posting_ids: Sequence[int], version: int) -> list[int]:
    """Of these postings, those indexed under another key scheme (whose keys are still there)."""
    out: list[int] = []
    for part in _chunks(list(posting_ids)):
        out.extend(session.scalars(select(DedupeIndexed.posting_id).where(
            DedupeIndexed.posting_id.in_(part), DedupeIndexed.version != version, DedupeIndexed.version != STALE)))
    return out


def add_to_index(session: Session, keys: Iterable[tuple[int, int]], posting_ids: Sequence[int],
                 version: int, digests: Sequence[Sequence[int]] | None = None) -> None:
    """Insert (key, posting_id) rows and mark the postings indexed, with their field digests."""
    digests = digests or [(None, None, None, None)] * len(posting_ids)
    pairs = sorted({(int(k), int(p)) for k, p in keys})
    conn = session.connection()
    if conn.dialect.name == "sqlite":  # the DB-API cursor: several times faster for many small rows
        stamp = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        cur = conn.connection.driver_connection.cursor()
        try:
            cur.executemany("INSERT OR IGNORE INTO dedupe_keys (key, posting_id) VALUES (?, ?)", pairs)
            cur.executemany(
                "INSERT INTO dedupe_indexed (posting_id, version, indexed_at, company_mask, place_mask,"
                " pay_hash, page_hash) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (posting_id) DO UPDATE SET"
                " version = excluded.version, indexed_at = excluded.indexed_at, company_mask = excluded.company_mask,"
                " place_mask = excluded.place_mask, pay_hash = excluded.pay_hash, page_hash = excluded.page_hash"
                " WHERE dedupe_indexed.version != excluded.version",
                [(int(p), version, stamp, *d) for p, d in zip(posting_ids, digests)])
        finally:
            cur.close()
        return
    rows = [{"key": k, "posting_id": p} for k, p in pairs]
    dialect_insert = db.insert_for(conn.dialect)
    # another process may index the same posting at the same time: the first one wins
    for part in _chunks(rows, 20_000):
        conn.execute(dialect_insert(DedupeKey).on_conflict_do_nothing(), part)
    now = datetime.now(timezone.utc)
    marks = [{"posting_id": int(p), "version": version, "indexed_at": now, "company_mask": d[0],
              "place_mask": d[1], "pay_hash": d[2], "page_hash": d[3]} for p, d in zip(posting_ids, digests)]
    for part in _chunks(marks, 20_000):  # a taken-out (stale) mark is renewed
        stmt = dialect_insert(DedupeIndexed)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[DedupeIndexed.posting_id],
            set_={c: stmt.excluded[c] for c in ("version", "indexed_at", "company_mask", "place_mask", "pay_hash",
                                                 "page_hash")},
            where=DedupeIndexed.version != stmt.excluded.version), part)


def clear_index(session: Session) -> None:
    session.execute(delete(DedupeKey))
    session.execute(delete(DedupeIndexed))


def members(session: Session, cluster_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """The postings of each cluster."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for part in _chunks(sorted(set(cluster_ids))):
        for r in session.execute(select(*DEDUPE_COLUMNS).where(Posting.cluster_id.in_(part))):
            out[r.cluster_id].append(dict(r._mapping))
    return out


def set_clusters(session: Session, assignments: Sequence[tuple[int, int, str | None, bool]]) -> None:
    """Write ``(posting_id, cluster_id, cluster_reason, is_representative)`` rows."""
    stmt = (
        update(Posting.__table__)
        .where(Posting.__table__.c.id == bindparam("pid"))
        .values(cluster_id=bindparam("cid"), cluster_reason=bindparam("reason"),
                is_representative=bindparam("rep"))
    )
    conn = session.connection()
    rows = [{"pid": p, "cid": c, "reason": r, "rep": rep} for p, c, r, rep in assignments]
    for part in _chunks(rows, 20_000):
        conn.execute(stmt, part)


def also_posted_on(session: Session, postings: Sequence[Any]) -> dict[int, list[dict[str, str | None]]]:
    """For each posting (ORM object or dict with id and cluster_id): the other members of its
    cluster as ``{source, url}``, one per source and URL, earliest seen first."""
    by_cluster: dict[int, list[int]] = defaultdict(list)
    for p in postings:
        pid, cid = (p["id"], p["cluster_id"]) if isinstance(p, dict) else (p.id, p.cluster_id)
        if cid is not None:
            by_cluster[cid].append(pid)
    out: dict[int, list[dict[str, str | None]]] = {pid: [] for ids in by_cluster.values() for pid in ids}
    for part in _chunks(sorted(by_cluster)):
        stmt = (select(Posting.id, Posting.cluster_id, Posting.source, Posting.url)
                .where(Posting.cluster_id.in_(part)).order_by(Posting.first_seen_at, Posting.id))
        for r in session.execute(stmt):
            for pid in by_cluster[r.cluster_id]:
                if r.id == pid:
                    continue
                link = {"source": r.source, "url": r.url}
                if link not in out[pid]:
                    out[pid].append(link)
    return out


def count_clusters(session: Session) -> tuple[int, int]:
    """(postings, clusters with more than one posting)."""
    total = int(session.scalar(select(func.count()).select_from(Posting)) or 0)
    multi = session.execute(
        select(func.count()).select_from(
            select(Posting.cluster_id).where(Posting.cluster_id.is_not(None))
            .group_by(Posting.cluster_id).having(func.count() > 1).subquery()
        )
    ).scalar()
    return total, int(multi or 0)


def bulk_index(session: Session, keys: Any, key_posting_ids: Any, posting_ids: Any, version: int,
               digests: Any) -> None:
    """Write a whole index at once: ``keys[i]`` belongs to ``key_posting_ids[i]`` (numpy arrays or
    sequences, sorted by key for fast B-tree appends). Goes through the DB-API cursor directly
    (``COPY`` on PostgreSQL): a million postings carry twenty-odd million keys."""
    conn = session.connection()
    raw = conn.connection.driver_connection
    now = datetime.now(timezone.utc)
    key_rows = zip(map(int, keys), map(int, key_posting_ids))
    if conn.dialect.name == "postgresql":
        with raw.cursor() as cur:
            with cur.copy("COPY dedupe_keys (key, posting_id) FROM STDIN") as copy:
                for row in key_rows:
                    copy.write_row(row)
            with cur.copy("COPY dedupe_indexed (posting_id, version, indexed_at, company_mask, place_mask,"
                          " pay_hash, page_hash) FROM STDIN") as copy:
                for p, d in zip(posting_ids, digests):
                    copy.write_row((int(p), version, now, *map(int, d)))
        return
    cur = raw.cursor()
    try:
        cur.executemany("INSERT OR IGNORE INTO dedupe_keys (key, posting_id) VALUES (?, ?)", key_rows)
        stamp = now.replace(tzinfo=None).isoformat(sep=" ")
        cur.executemany("INSERT INTO dedupe_indexed (posting_id, version, indexed_at, company_mask, place_mask,"
                        " pay_hash, page_hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        ((int(p), version, stamp, *map(int, d)) for p, d in zip(posting_ids, digests)))
    finally:
        cur.close()
