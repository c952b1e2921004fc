"""ix_postings_curation also carries what the remote, legitimacy and task filters read

The feed counts its postings from ``ix_postings_curation`` alone (a covering,
index-only scan) while the filters asked read only its columns. The remote
filter (``remote_scope``), a legitimacy floor (``legitimacy_score``) and, on
PostgreSQL, a task (the posting's ``id``, to look up ``posting_tags``) read
columns it lacked, so each such count read the table, once for the
representatives and again for the open duplicates that may stand in for closed
ones. At 200,000 postings such a count took 295–362 ms on PostgreSQL and
548–554 ms on SQLite (see docs/benchmarks.md for the figures after).

This revision rebuilds the index with ``remote_scope`` and ``legitimacy_score``
at the end of its key, and on PostgreSQL ``id`` carried (``INCLUDE``; a SQLite
index always carries the rowid). ``allowed_regions`` ("open to people in") is
not added: it holds whatever lists a source sends, and a PostgreSQL index entry
must stay under about 2,700 bytes, so a long list would fail the posting's
insert.

Revision ID: 0011_curation_covers_filters
Revises: 0010_search_words_index
"""
from __future__ import annotations

from alembic import op

revision = "0011_curation_covers_filters"
down_revision = "0010_search_words_index"
branch_labels = None
depends_on = None

#: ``ix_postings_curation`` as 0008 left it
CURATION = ["is_representative", "va_relevant", "legitimacy_verdict", "language", "source", "posted_at",
            "first_seen_at", "delisted_at", "cluster_id", "expires_at"]


def upgrade() -> None:
    op.drop_index("ix_postings_curation", table_name="postings")
    op.create_index("ix_postings_curation", "postings", [*CURATION, "remote_scope", "legitimacy_score"],
                    postgresql_include=["id"])


def downgrade() -> None:
    op.drop_index("ix_postings_curation", table_name="postings")
    op.create_index("ix_postings_curation", "postings", CURATION)
