"""crawl_runs.delisted: how many postings each run marked delisted, and why

A run marks delisted the postings its complete listing no longer shows (a
``lists_all_current`` source) and, after any finished run, those no run has seen
for ``VAGIGS_UNSEEN_DAYS`` days (``crawlers.extensions``). The counts were only in
the run's log and stats, so an operator reading ``vagigs runs`` could not see a
source retiring its gigs. The row now keeps them: ``{"unlisted": n, "unseen": m}``,
a key per kind of delisting the run tried. NULL when it tried none, and on the
rows written before this revision.

Revision ID: 0017_run_delisted
Revises: 0016_search_folded_with
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0017_run_delisted"
down_revision = "0016_search_folded_with"
branch_labels = None
depends_on = None

#: as ``store.types.JSONType`` and 0001 declare JSON columns: JSONB on PostgreSQL
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("delisted", JSON, nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and (bind.dialect.server_version_info or (0,)) < (3, 35):
        with op.batch_alter_table("crawl_runs") as batch:  # no DROP COLUMN before SQLite 3.35 (see 0013)
            batch.drop_column("delisted")
    else:
        op.drop_column("crawl_runs", "delisted")
