"""dedupe index: LSH/exact keys per posting, and which postings are indexed

Revision ID: dedupe_index
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "dedupe_index"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dedupe_keys",
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "posting_id", name="pk_dedupe_keys"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "dedupe_indexed",
        sa.Column("posting_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("indexed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["posting_id"], ["postings.id"], name=op.f("fk_dedupe_indexed_posting_id_postings"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("posting_id", name=op.f("pk_dedupe_indexed")),
    )


def downgrade() -> None:
    op.drop_table("dedupe_indexed")
    op.drop_table("dedupe_keys")
