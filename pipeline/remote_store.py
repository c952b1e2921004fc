"""Read the locations of stored remote postings that name no region again, as ``allowed_regions`` reads today.

A posting's regions are read when a crawl stores it. After an upgrade that reads more places (a city as its
country: ``pipeline.places``), the postings stored before it say "no limit stated" until their source sends them
again, and one no longer listed never is sent again, though the trends still count it. ``vagigs migrate
--regions`` reads them again.

Only remote postings that name no region are read, and only their ``location``: a list a source gave of its own
(Himalayas' ``locationRestrictions``) is not in ``location``, so what is known stays as it was and nothing known
is lost. The database's triggers keep the ``posting_regions`` index and ``no_region_limit`` in step (migrations
0012 and 0014).
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from pipeline.remote import allowed_regions
from store.models import Posting

BATCH = 2_000


def reread_regions(sessions: sessionmaker[Session], *, batch: int = BATCH,
                   progress: Callable[[int], object] | None = None) -> tuple[int, int]:
    """Read again every stored remote posting whose regions are unknown; write the regions now found. Returns
    ``(read, found)``: how many were read, and how many now name a region. One transaction a batch, walked by id,
    so a store of millions is never held in memory and an interrupted pass keeps what it wrote."""
    read = found = 0
    last_id = 0
    while True:
        with sessions() as session:
            rows = session.execute(
                select(Posting.id, Posting.location)
                .where(Posting.id > last_id, Posting.remote_scope == "remote", Posting.no_region_limit.is_(True),
                       Posting.location.is_not(None))
                .order_by(Posting.id).limit(batch)).all()
            if not rows:
                return read, found
            changes = [{"id": pid, "allowed_regions": regions}
                       for pid, location in rows if (regions := allowed_regions(location))]
            if changes:
                session.execute(update(Posting), changes)  # ORM bulk update by primary key
                session.commit()
        read += len(rows)
        found += len(changes)
        last_id = rows[-1].id
        if progress is not None:
            progress(read)
