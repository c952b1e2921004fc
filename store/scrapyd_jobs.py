"""The crawls queued on Scrapyd nodes (``scrapyd_jobs``): recorded as the scheduler queues them, ended as it sees
them end, and read back by the next scheduler and by ``vagigs health``."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from store.models import CrawlRun, ScrapydJob
from store.queries import utcnow

#: Jobs queued longer ago than this are deleted as new ones are recorded: the table is a watch list and a short
#: history per node, not an archive (``crawl_runs`` is).
KEEP_FOR = timedelta(days=30)
DIED = "died"


def record(session: Session, source: str, node: str, job: str, settings: dict[str, str] | None,
           now: datetime | None = None) -> ScrapydJob:
    """A job just queued on ``node``, to watch; the jobs queued more than ``KEEP_FOR`` ago are deleted."""
    now = now or utcnow()
    session.execute(delete(ScrapydJob).where(ScrapydJob.queued_at < now - KEEP_FOR))
    row = ScrapydJob(source=source, node=node, job=job, queued_at=now, settings=settings or None)
    session.add(row)
    session.flush()
    return row


def watched(session: Session, nodes: Sequence[str] | None = None) -> list[ScrapydJob]:
    """The jobs not seen to end yet, oldest first (on ``nodes`` only, when given)."""
    stmt = select(ScrapydJob).where(ScrapydJob.ended_at.is_(None)).order_by(ScrapydJob.id)
    if nodes is not None:
        stmt = stmt.where(ScrapydJob.node.in_(list(nodes)))
    return list(session.scalars(stmt))


def end(session: Session, job_id: int, outcome: str, run_id: int | None = None) -> bool:
    """Mark the job ended with ``outcome``, if it was not already; whether it was not (who ends it acts on it:
    two lookers never both launch its crawl again)."""
    result = session.execute(update(ScrapydJob).where(ScrapydJob.id == job_id, ScrapydJob.ended_at.is_(None))
                             .values(ended_at=utcnow(), outcome=outcome, run_id=run_id))
    return bool(result.rowcount)


def set_outcome(session: Session, job_id: int, outcome: str) -> None:
    session.execute(update(ScrapydJob).where(ScrapydJob.id == job_id).values(outcome=outcome))


def ended(session: Session, *, node: str | None = None, source: str | None = None,
          limit: int = 20) -> list[ScrapydJob]:
    """The newest jobs seen to end, newest first, of ``node`` or ``source`` when given."""
    stmt = select(ScrapydJob).where(ScrapydJob.ended_at.is_not(None))
    if node is not None:
        stmt = stmt.where(ScrapydJob.node == node)
    if source is not None:
        stmt = stmt.where(ScrapydJob.source == source)
    return list(session.scalars(stmt.order_by(ScrapydJob.id.desc()).limit(limit)))


def died_in_a_row(session: Session, node: str, limit: int = 20) -> list[ScrapydJob]:
    """The node's newest ended jobs that died, up to the newest that did not: its failures in a row, newest first."""
    row = []
    for job in ended(session, node=node, limit=limit):
        if job.outcome != DIED:
            break
        row.append(job)
    return row


@dataclass
class NodeHistory:
    """What the store knows of one node: its newest job (and that job's run, if it left one), its jobs not seen
    to end, and its jobs in a row that died."""

    node: str
    last: ScrapydJob | None
    last_run: CrawlRun | None
    watched: int
    died_in_a_row: int


def node_history(session: Session, node: str) -> NodeHistory:
    last = session.scalar(select(ScrapydJob).where(ScrapydJob.node == node).order_by(ScrapydJob.id.desc()).limit(1))
    run = session.get(CrawlRun, last.run_id) if last is not None and last.run_id is not None else None
    open_jobs = len(watched(session, [node]))
    return NodeHistory(node, last, run, open_jobs, len(died_in_a_row(session, node)))
