"""dedupe index: an index on dedupe_indexed.version (incremental passes find stale marks without a scan)

Revision ID: dedupe_version_index
Revises: dedupe_fields
"""
from __future__ import annotations

from alembic import op

revision = "dedupe_version_index"
down_revision = "dedupe_fields"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_dedupe_indexed_version", "dedupe_indexed", ["version"])


def downgrade() -> None:
    op.drop_index("ix_dedupe_indexed_version", table_name="dedupe_indexed")
