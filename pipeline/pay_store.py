"""Read the pay text of stored postings again, as ``pipeline.normalize`` reads it today (``vagigs migrate --pay``).

A posting's pay is read from its pay text (``salary_raw``) when a crawl stores it. After an upgrade that reads
more forms ("۱۲،۵ میلیون تومان", a currency code after the amount, a Russian range), the postings stored before it
show their pay text but count as stating no pay until their source sends them again, and one no longer listed
never is sent again, though the trends' pay figures and the scam judge's market pay still read the store.

Only postings with a pay text and neither bound are read, and only what is unknown is written (a bound, the
currency, the period, gross or net, negotiable): a bound a source gave is never replaced, and a posting whose
pay text still reads as no pay stays as it was. A posting's pay is what a seeker reads, so the database moves its
``changed_at`` (migration 0023) where any of it is found.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from crawlers.items import PostingItem
from pipeline.normalize import read_pay
from store.models import Posting

log = logging.getLogger(__name__)

BATCH = 2_000
#: The pay fields a reading may fill, and in this order read from the store
FIELDS = ("salary_min", "salary_max", "salary_currency", "salary_period", "salary_gross", "salary_negotiable")


def reread_pay(sessions: sessionmaker[Session], *, batch: int = BATCH,
               progress: Callable[[int], object] | None = None) -> tuple[int, int]:
    """Read again the pay text of every stored posting that states no pay bound; write what is now read where the
    store knew nothing. Returns ``(read, found)``: how many were read, and how many now state a bound. One
    transaction a batch, walked by id, so a store of millions is never held in memory and an interrupted pass keeps
    what it wrote."""
    read = found = 0
    last_id = 0
    while True:
        with sessions() as session:
            rows = session.execute(
                select(Posting.id, Posting.source, Posting.source_id, Posting.salary_raw,
                       *(getattr(Posting, f) for f in FIELDS))
                .where(Posting.id > last_id, Posting.salary_raw.is_not(None), Posting.salary_min.is_(None),
                       Posting.salary_max.is_(None))
                .order_by(Posting.id).limit(batch)).all()
            if not rows:
                return read, found
            changes = []
            for row in rows:
                stored = dict(zip(FIELDS, row[4:]))
                item = PostingItem(source=row.source, source_id=row.source_id, salary_raw=row.salary_raw, **stored)
                try:
                    read_pay(item)
                except Exception:  # noqa: BLE001 - one unreadable pay text stays as stored; the pass goes on
                    log.exception("pay of %s/%s (%.80r) not read again; left as stored", row.source, row.source_id,
                                  row.salary_raw)
                    continue
                filled = {f: getattr(item, f) for f in FIELDS if stored[f] is None and getattr(item, f) is not None}
                if filled:
                    changes.append({"id": row.id, **filled})
                    found += item.salary_min is not None or item.salary_max is not None
            if changes:
                session.execute(update(Posting), changes)  # ORM bulk update by primary key, as remote_store's
                session.commit()
        read += len(rows)
        last_id = rows[-1].id
        if progress is not None:
            progress(read)
