"""indexes for the feed and trends at scale: the feed's order, and the curation flags

A page of the feed walks ``ix_postings_newest`` (newest first, then id)
instead of sorting every matching row; counts and weekly trends read
``ix_postings_curation`` instead of the rows with their descriptions. At a
million postings the feed page went from about 5 s to milliseconds (see
README, web at scale).

Revision ID: 0004_feed_indexes
Revises: 0003_text_hash
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_feed_indexes"
down_revision = "0003_text_hash"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_postings_newest", "postings",
                    [sa.text("coalesce(posted_at, first_seen_at)"), "id"])
    op.create_index("ix_postings_curation", "postings",
                    ["is_representative", "va_relevant", "legitimacy_verdict", "language", "source",
                     "posted_at", "first_seen_at"])


def downgrade() -> None:
    op.drop_index("ix_postings_curation", table_name="postings")
    op.drop_index("ix_postings_newest", table_name="postings")
