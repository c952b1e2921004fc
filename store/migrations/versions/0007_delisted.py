"""postings.delisted_at: postings their source stopped listing

A source whose every run lists all its current postings
(``crawlers.sources.Source.lists_all_current``) shows, by leaving a posting out
of a clean, complete run, that the gig is gone (filled or closed). The
crawl-run recorder then sets the posting's ``delisted_at``
(``store.queries.mark_delisted``, counted in the run's ``vagigs/delisted``
stat and log line); the curated feed leaves such postings out. Seen or stored again, a posting's
``delisted_at`` is NULL again. Rows written before this revision keep NULL:
nothing is hidden by the upgrade itself. ``ix_postings_curation`` gains the
column and ``cluster_id`` (a delisted posting stays in the feed while another of
its cluster is listed), so the feed's counts still read that index, not the rows.

Revision ID: 0007_delisted
Revises: 0006_run_heartbeat
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_delisted"
down_revision = "0006_run_heartbeat"
branch_labels = None
depends_on = None


CURATION = ["is_representative", "va_relevant", "legitimacy_verdict", "language", "source", "posted_at",
            "first_seen_at"]


def upgrade() -> None:
    with op.batch_alter_table("postings") as batch:
        batch.add_column(sa.Column("delisted_at", sa.DateTime(timezone=True), nullable=True))
    op.drop_index("ix_postings_curation", table_name="postings")
    op.create_index("ix_postings_curation", "postings", [*CURATION, "delisted_at", "cluster_id"])


def downgrade() -> None:
    op.drop_index("ix_postings_curation", table_name="postings")
    op.create_index("ix_postings_curation", "postings", CURATION)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and (bind.dialect.server_version_info or (0,)) < (3, 35):
        # no ALTER TABLE ... DROP COLUMN before SQLite 3.35: batch mode copies the table
        with op.batch_alter_table("postings") as batch:
            batch.drop_column("delisted_at")
    else:  # in place: a copy of postings would have to drop the table posting_tags' foreign key points at
        op.drop_column("postings", "delisted_at")
