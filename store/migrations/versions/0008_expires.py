"""postings.expires_at: when the source says a posting closes

Some sources publish a closing date (We Work Remotely's RSS ``expires_at``,
schema.org ``validThrough``, JobVision's ``expireTime``); the spiders now keep
it and the normalize stage reads it as aware UTC. A re-crawl writes the
source's current closing date (a source may extend it). The curated feed
leaves out postings whose closing date has passed, as it leaves out delisted
ones. Rows written before this revision keep NULL: nothing is hidden by the
upgrade itself (their closing date comes with their next crawl).
``ix_postings_curation`` gains the column, so the feed's counts still read that
index, not the rows.

Revision ID: 0008_expires
Revises: 0007_delisted
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_expires"
down_revision = "0007_delisted"
branch_labels = None
depends_on = None


#: ``ix_postings_curation`` as 0007 left it
CURATION = ["is_representative", "va_relevant", "legitimacy_verdict", "language", "source", "posted_at",
            "first_seen_at", "delisted_at", "cluster_id"]


def upgrade() -> None:
    with op.batch_alter_table("postings") as batch:
        batch.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
    op.drop_index("ix_postings_curation", table_name="postings")
    op.create_index("ix_postings_curation", "postings", [*CURATION, "expires_at"])


def downgrade() -> None:
    op.drop_index("ix_postings_curation", table_name="postings")
    op.create_index("ix_postings_curation", "postings", CURATION)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and (bind.dialect.server_version_info or (0,)) < (3, 35):
        # no ALTER TABLE ... DROP COLUMN before SQLite 3.35: batch mode copies the table
        with op.batch_alter_table("postings") as batch:
            batch.drop_column("expires_at")
    else:  # in place: a copy of postings would have to drop the table posting_tags' foreign key points at
        op.drop_column("postings", "expires_at")
