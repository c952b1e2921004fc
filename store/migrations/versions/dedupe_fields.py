"""dedupe index: each indexed posting's field digest (company/place masks, pay and page hashes)

Revision ID: dedupe_fields
Revises: dedupe_index
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "dedupe_fields"
down_revision = "dedupe_index"
branch_labels = None
depends_on = None

COLUMNS = ("company_mask", "place_mask", "pay_hash", "page_hash")


def upgrade() -> None:
    with op.batch_alter_table("dedupe_indexed") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dedupe_indexed") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
