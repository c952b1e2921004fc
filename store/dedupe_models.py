"""The dedupe index, kept in the store so every run and every process shares it.

``dedupe_keys`` holds one row per (key, posting): the LSH band keys, the exact
content-hash key, the same-page key and the title+company key of each indexed
posting (see ``pipeline.dedupe.signature``). Looking up a new posting's keys is
one indexed ``IN`` query on any dialect. ``dedupe_indexed`` records which
postings are in the index and with which version of the key scheme, so
``vagigs dedupe`` only has to process the rest, and each one's field digest,
which rules most candidates out before their text is read. A posting taken out of
the index keeps its mark with version 0 until it is indexed again.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, PrimaryKeyConstraint
from sqlalchemy.orm import Mapped, mapped_column

import store.models  # noqa: F401  (maps the postings table its foreign key names)
from store.base import Base
from store.types import UTCDateTime


class DedupeKey(Base):
    __tablename__ = "dedupe_keys"
    __table_args__ = (
        PrimaryKeyConstraint("key", "posting_id", name="pk_dedupe_keys"),
        {"sqlite_with_rowid": False},
    )

    key: Mapped[int] = mapped_column(BigInteger)
    posting_id: Mapped[int] = mapped_column(Integer)


class DedupeIndexed(Base):
    __tablename__ = "dedupe_indexed"
    # ``unindexed_ids`` finds taken-out (version 0) and old-scheme marks by this index, not by a scan
    __table_args__ = (Index("ix_dedupe_indexed_version", "version"),)

    posting_id: Mapped[int] = mapped_column(
        ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer)
    indexed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # the field digest (``pipeline.dedupe.verify.field_digest``): rules candidates out without their text
    company_mask: Mapped[int | None] = mapped_column(BigInteger)
    place_mask: Mapped[int | None] = mapped_column(BigInteger)
    pay_hash: Mapped[int | None] = mapped_column(BigInteger)
    page_hash: Mapped[int | None] = mapped_column(BigInteger)
