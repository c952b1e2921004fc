"""scrapyd_jobs: the crawls the scheduler queued on Scrapyd nodes, watched until they end

The scheduler asks the Scrapyd nodes every minute how the crawls it queued there are doing: one that died as it
started is launched again on another node, one whose run its killed process left ``running`` is closed as lost
and launched again. It kept those jobs in memory, so a scheduler restarted (a crash, a deploy) watched none of
the jobs its predecessor had queued: one that died then was never closed nor launched again. Each queued job is
now a row here, watched by whichever scheduler holds the store's lock, and kept with how it ended (``ran``,
``died``, ``lost``) for ``vagigs health``'s line per node. ``crawl_runs`` could not carry it: a job that dies as
it starts, or is still pending, has no run.

An empty ``scrapyd_jobs`` already there is made anew: a newer store's, left beside an older backup restored over it
with ``pg_restore --clean`` (which drops only what the backup holds), on which every ``vagigs migrate`` had failed
with ``relation "scrapyd_jobs" already exists``. One that holds jobs is left, and the migration fails on it: they
were queued after the backup, and their ``run_id`` names runs the restored store will number again.

Revision ID: 0021_scrapyd_jobs
Revises: 0020_long_source_ids_keyed
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0021_scrapyd_jobs"
down_revision = "0020_long_source_ids_keyed"
branch_labels = None
depends_on = None

#: as ``store.types.JSONType`` and 0001 declare JSON columns: JSONB on PostgreSQL
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    if _left_empty():
        log.info("scrapyd_jobs was already there, empty (a newer store's, left by a restore over it): made anew")
        op.drop_table("scrapyd_jobs")
    op.create_table(
        "scrapyd_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("node", sa.Text(), nullable=False),
        sa.Column("job", sa.String(length=64), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settings", JSON, nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scrapyd_jobs")),
    )
    op.create_index("ix_scrapyd_jobs_node", "scrapyd_jobs", ["node", "id"])
    op.create_index("ix_scrapyd_jobs_source", "scrapyd_jobs", ["source", "id"])


def _left_empty() -> bool:
    bind = op.get_bind()
    if not sa.inspect(bind).has_table("scrapyd_jobs"):
        return False
    return bind.execute(sa.text("SELECT 1 FROM scrapyd_jobs LIMIT 1")).first() is None


def downgrade() -> None:
    op.drop_index("ix_scrapyd_jobs_source", table_name="scrapyd_jobs")
    op.drop_index("ix_scrapyd_jobs_node", table_name="scrapyd_jobs")
    op.drop_table("scrapyd_jobs")
