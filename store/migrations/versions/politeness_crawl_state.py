"""politeness: per-source daily request counts, HTTP validators per URL, not_modified per run

Revision ID: politeness_crawl_state
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "politeness_crawl_state"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_counts",
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("requests", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("source", "day", name=op.f("pk_request_counts")),
    )
    op.create_table(
        "http_validators",
        sa.Column("url_hash", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("url_hash", name=op.f("pk_http_validators")),
    )
    with op.batch_alter_table("http_validators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_http_validators_source"), ["source"], unique=False)
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("not_modified", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.drop_column("not_modified")
    with op.batch_alter_table("http_validators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_http_validators_source"))
    op.drop_table("http_validators")
    op.drop_table("request_counts")
