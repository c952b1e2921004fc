"""crawl_runs.heartbeat_at: when a running crawl last said it was alive

The crawl-run recorder (``crawlers/extensions.py``) sets it when a run starts
and refreshes it every ``VAGIGS_RUN_HEARTBEAT_SECONDS`` while the spider runs,
so a run whose process died hard (kill -9, an OOM kill, a lost machine) can be
told from one still at work (``store.queries.run_is_lost``). Rows written
before this revision keep NULL; their ``started_at`` stands in for it.

Revision ID: 0006_run_heartbeat
Revises: 0005_posting_search
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_run_heartbeat"
down_revision = "0005_posting_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and (bind.dialect.server_version_info or (0,)) < (3, 35):
        # no ALTER TABLE ... DROP COLUMN before SQLite 3.35: batch mode copies the table (which SQLite refuses,
        # foreign keys being on, while postings point at the runs)
        with op.batch_alter_table("crawl_runs") as batch:
            batch.drop_column("heartbeat_at")
    else:  # in place: a copy of crawl_runs would have to drop the table the postings' crawl_run_id points at
        op.drop_column("crawl_runs", "heartbeat_at")
