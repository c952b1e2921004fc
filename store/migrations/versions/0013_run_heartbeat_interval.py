"""crawl_runs.heartbeat_seconds: the interval each crawl beats at

Whether a ``running`` row belongs to a dead crawl was judged by the looker's
own ``VAGIGS_RUN_HEARTBEAT_SECONDS`` (5 beats of silence): a crawl node set to
beat every 10 minutes was shown ``lost`` by ``vagigs runs`` and ``vagigs
health`` at the default minute, and closed as ``failed`` by the scheduler or
the next crawl of its source while it still worked. The recorder now writes
the crawl's own interval on its row (``store.queries.start_run``), and
``store.queries.run_is_lost`` reads it. Rows written before this revision keep
NULL and are judged as before.

Revision ID: 0013_run_heartbeat_interval
Revises: 0012_posting_regions
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_run_heartbeat_interval"
down_revision = "0012_posting_regions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("heartbeat_seconds", sa.Float(), nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and (bind.dialect.server_version_info or (0,)) < (3, 35):
        # no ALTER TABLE ... DROP COLUMN before SQLite 3.35: batch mode copies the table (which SQLite refuses,
        # foreign keys being on, while postings point at the runs)
        with op.batch_alter_table("crawl_runs") as batch:
            batch.drop_column("heartbeat_seconds")
    else:  # in place: a copy of crawl_runs would have to drop the table the postings' crawl_run_id points at
        op.drop_column("crawl_runs", "heartbeat_seconds")
