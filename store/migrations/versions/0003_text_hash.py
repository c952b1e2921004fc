"""postings.text_hash: the folded title + description without the company, indexed

The legitimacy stage asks how many company names the same text was stored
under; with this column that is one indexed lookup instead of reading every
posting with the same title. Rows stored before this revision get their hash
when they are next crawled.

Revision ID: 0003_text_hash
Revises: 0002_merge
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_text_hash"
down_revision = "0002_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("postings") as batch:
        batch.add_column(sa.Column("text_hash", sa.String(64), nullable=True))
    op.create_index("ix_postings_text_hash", "postings", ["text_hash"])


def downgrade() -> None:
    op.drop_index("ix_postings_text_hash", table_name="postings")
    with op.batch_alter_table("postings") as batch:
        batch.drop_column("text_hash")
