"""postings.source_id over 512 characters stored as its key, as the pipeline has looked it up since 0019

Since 0019 a source id is stored and looked up as ``store.models.source_id_key``: whole up to ``SOURCE_ID_MAX``
(512) characters, a longer one as its start, "#" and a digest. A SQLite store from before kept such an id whole
(SQLite enforces no length), so re-crawling that posting looked it up by its key, found nothing and stored it a
second time. Each such row is given its key here. PostgreSQL's column was ``varchar(255)`` before 0019, so no
store there can hold one; the same statement finds none.

Nothing is merged: where the key already names another row of the source (the posting re-crawled since the
upgrade, stored a second time), the long row is left as it was, and the migration logs how many, with their ids,
to delete or keep by hand (the keyed row is the one crawls update). A downgrade leaves the keys: the ids they
stand for are not kept anywhere else, and the code before 0019 looks up an id whole, so it would store such a
posting once more at its next crawl, as it did before.

Revision ID: 0020_long_source_ids_keyed
Revises: 0019_long_source_fields
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from store.models import SOURCE_ID_MAX, source_id_key

revision = "0020_long_source_ids_keyed"
down_revision = "0019_long_source_fields"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    bind = op.get_bind()
    long_ids = bind.execute(sa.text("SELECT id, source, source_id FROM postings WHERE length(source_id) > :n"),
                            {"n": SOURCE_ID_MAX}).all()
    kept = []
    for posting_id, source, source_id in long_ids:
        key = source_id_key(source_id)
        taken = bind.execute(sa.text("SELECT id FROM postings WHERE source = :s AND source_id = :k"),
                             {"s": source, "k": key}).scalar()
        if taken is not None:
            kept.append((posting_id, taken))
            continue
        bind.execute(sa.text("UPDATE postings SET source_id = :k WHERE id = :i"), {"k": key, "i": posting_id})
    if long_ids:
        log.info("%d postings' source ids over %d characters stored as their keys", len(long_ids) - len(kept),
                 SOURCE_ID_MAX)
    if kept:
        log.warning("%d postings' long source ids left whole: their keys name another posting, stored again when "
                    "re-crawled (long id's posting, keyed posting): %s", len(kept), kept)


def downgrade() -> None:
    pass
