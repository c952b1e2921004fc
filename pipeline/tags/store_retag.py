"""Re-tag every stored posting with the current taxonomy and model (``vagigs retag``).

Reads ``(id, title, description)`` in id order with keyset pagination (no
OFFSET, no long-lived cursor), tags each batch in memory, and writes each batch
in one transaction: ``tags``, ``tag_scores``, ``va_relevance`` and
``va_relevant`` on ``postings`` (one executemany UPDATE) and the batch's rows of
``posting_tags`` (one DELETE, one bulk INSERT). A posting that fails to tag is
logged and counted, keeps its old tags, and does not stop the run. A posting a
crawl stores again after it was read keeps the crawl's tags, from its newer
text (the UPDATE also matches ``last_seen_at`` as read; counted and said).
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from sqlalchemy import bindparam, delete, func, or_, select, update

from pipeline import forked_batches
from pipeline.tags import tag_text, taxonomy_version
from pipeline.tags import version as tagger_version

log = logging.getLogger(__name__)


@dataclass
class RetagReport:
    version: str
    postings: int = 0
    relevant: int = 0
    changed: int = 0
    failed: int = 0
    crawled_meanwhile: int = 0  # a crawl stored the posting again after it was read: its tags, of the newer text, stand
    stale_only: bool = False  # only postings another version tagged
    seconds: float = 0.0
    tag_counts: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        rate = self.postings / self.seconds if self.seconds else 0.0
        lines = [
            f"re-tagged {self.postings}{' stale' if self.stale_only else ''} postings with taxonomy {self.version} "
            f"in {self.seconds:.1f}s "
            f"({rate:.0f}/s)",
            f"VA-relevant: {self.relevant}; not relevant: {self.postings - self.relevant - self.failed}; "
            f"tags changed: {self.changed}; failed: {self.failed}",
        ]
        if self.crawled_meanwhile:
            lines.append(f"left as a crawl tagged them meanwhile: {self.crawled_meanwhile}")
        if self.tag_counts:
            by_count = sorted(self.tag_counts.items(), key=lambda tn: (-tn[1], tn[0]))  # ties by name, not row order
            lines.append("tags: " + ", ".join(f"{t}={n}" for t, n in by_count))
        return "\n".join(lines)


def tag_scores_of(result) -> dict:  # type: ignore[no-untyped-def]
    """The stored form of per-tag scores: ``{tag: {"score": s, "evidence": span}}``."""
    return {t: {"score": s, "evidence": result.evidence.get(t)} for t, s in result.scores.items()}


def _tag_rows(rows: list[tuple]) -> list[tuple]:
    """Tag one batch: ``(id, title, description, old tags, last seen)`` -> ``(id, result or None, old tags, last
    seen)``."""
    out = []
    for pid, title, description, old_tags, seen in rows:
        try:
            out.append((pid, tag_text(title, description), old_tags, seen))
        except Exception:  # noqa: BLE001 - one bad posting must not stop a million
            log.exception("tagging failed for posting %s", pid)
            out.append((pid, None, old_tags, seen))
    return out


def retag_store(url: str, *, batch_size: int = 2000, limit: int | None = None, workers: int = 1,
                stale_only: bool = False, progress: Callable[[int, int], None] | None = None,
                stop: Callable[[], bool] | None = None, keep: Collection[str] = ()) -> RetagReport:
    """Re-tag the store at ``url``; ``workers`` > 1 tags batches in that many forked processes
    while this process reads and writes (``forked_batches``; the database is only touched from here).
    ``stale_only``: only the postings another version of the tagger tagged (``tags_version``), or none recorded,
    but those of the versions in ``keep`` (a newer release's: ``store.releases.later``).
    ``progress``: told (postings tagged and written, postings to tag) after each batch. ``stop``: asked before each
    batch; once it says so the batches under way are written and the pass ends. Each batch is one transaction that
    stamps the version, so ``stale_only`` goes on where a stopped pass ended."""
    from store import db, queries, releases
    from store.models import Posting, PostingTag

    sessions = db.sessions(url)
    report = RetagReport(version=taxonomy_version())
    stamp = tagger_version()
    with sessions.begin() as session:
        releases.record(session, {"tags": stamp})
    report.stale_only = stale_only
    started = time.perf_counter()
    table = Posting.__table__
    seen_at = queries.seen_as_stored(db.engine(url).dialect.name)
    # a crawl that stores a posting again meanwhile tags its newer text: its tags stand (``last_seen_at`` moves with
    # every store of it)
    upd = (
        update(table)
        .where(table.c.id == bindparam("pid"), seen_at.is_not_distinct_from(bindparam("seen", type_=seen_at.type)))
        .values(tags=bindparam("t"), tag_scores=bindparam("s"), va_relevance=bindparam("r"),
                va_relevant=bindparam("v"), tags_version=stamp)
    )
    last_id = 0
    read = 0
    stale = [or_(Posting.tags_version.is_(None), Posting.tags_version.not_in([stamp, *keep]))] if stale_only else []

    def next_batch() -> list[tuple]:
        nonlocal last_id, read
        size = batch_size if limit is None else min(batch_size, limit - read)
        if size <= 0:
            return []
        with sessions() as session:
            rows = session.execute(
                select(Posting.id, Posting.title, Posting.description, Posting.tags, seen_at)
                .where(Posting.id > last_id, *stale).order_by(Posting.id).limit(size)
            ).all()
        if rows:
            last_id = rows[-1][0]
            read += len(rows)
        return [tuple(r) for r in rows]

    def write(results: list[tuple]) -> None:
        params, tag_rows, seen, moved = [], [], {}, set()
        for pid, result, old_tags, last_seen in results:
            report.postings += 1
            if result is None:
                report.failed += 1
                continue
            seen[pid] = last_seen
            params.append({"pid": pid, "seen": last_seen, "t": result.tags, "s": tag_scores_of(result),
                           "r": result.va_relevance, "v": result.va_relevant})
            tag_rows.extend({"posting_id": pid, "tag": t} for t in sorted(set(result.tags)))
            report.relevant += result.va_relevant
            report.tag_counts.update(result.tags)
            if sorted(old_tags or []) != sorted(result.tags):
                moved.add(pid)
        if params:
            with sessions.begin() as session:
                # the UPDATE first: it takes the write lock (SQLite) or the rows' locks (PostgreSQL), so the rows
                # it matched cannot change before the commit, and the check below names exactly those
                session.execute(upd, params)
                now = dict(session.execute(select(Posting.id, seen_at)
                                           .where(Posting.id.in_(list(seen)))).all())
                ids = [pid for pid, last_seen in seen.items() if now.get(pid) == last_seen]
                report.crawled_meanwhile += len(seen) - len(ids)
                session.execute(delete(PostingTag).where(PostingTag.posting_id.in_(ids)))
                kept = set(ids)
                report.changed += len(moved & kept)  # a crawl's newer tags stand on the others
                rows = [r for r in tag_rows if r["posting_id"] in kept]
                if rows:
                    session.execute(PostingTag.__table__.insert(), rows)

    total = 0
    if progress is not None:
        with sessions() as session:
            total = session.scalar(select(func.count()).select_from(Posting).where(*stale)) or 0
        total = total if limit is None else min(total, limit)
    forked_batches.run(url, next_batch, _tag_rows, write, workers=workers,
                       progress=None if progress is None else lambda done: progress(done, max(done, total)),
                       stop=stop)
    report.seconds = time.perf_counter() - started
    return report


def retag(url: str, *, batch_size: int = 2000, workers: int | None = None, retrain: bool = False,
          stale_only: bool = False, progress: Callable[[int, int], None] | None = None,
          stop: Callable[[], bool] | None = None) -> str:
    """Re-tag every stored posting with the current taxonomy; returns a readable report.

    ``workers``: processes that tag (default: every core, but only for stores
    large enough for it to pay off). ``retrain``: first retrain the relevance
    model and tag thresholds (``model.json``) on the labelled dev set, as a
    taxonomy change needs: they were fitted to the old phrases' scores. Without
    it, a model trained with another taxonomy version is named in the report. ``stale_only``: only the postings
    another version of the tagger tagged (``retag_store``).
    """
    import os

    from pipeline.tags import model as mdl

    notes = []
    if retrain:
        from pipeline.tags import train

        if not train.DEV.exists():
            raise FileNotFoundError(f"--retrain needs the labelled dev set {train.DEV} (a source checkout has it)")
        trained = train.main()
        mdl.default_model.cache_clear()
        notes.append(f"retrained the relevance model and tag thresholds on {trained['trained_on']} labelled "
                     f"postings (taxonomy {trained['taxonomy_version']}; {mdl.MODEL_PATH})")
    model = mdl.default_model()
    if model.trained and model.taxonomy_version != taxonomy_version():
        notes.append(f"note: the relevance model and tag thresholds ({mdl.MODEL_PATH.name}) were trained with taxonomy "
                     f"{model.taxonomy_version or '(unknown)'}, the taxonomy is {taxonomy_version()}: "
                     "`vagigs retag --retrain` retrains them on the labelled dev set first")

    if workers is None:
        from store import db, queries

        with db.sessions(url)() as session:
            big = queries.count_postings(session) > 20_000
        workers = min(4, os.cpu_count() or 1) if big else 1
    return "\n".join([*notes, retag_store(url, batch_size=batch_size, workers=workers, stale_only=stale_only,
                                               progress=progress, stop=stop).summary()])
