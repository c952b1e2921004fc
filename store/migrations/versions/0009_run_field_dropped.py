"""crawl_runs.field_dropped: fields a run had to leave out of postings it kept

The normalize stage keeps a posting whose field it cannot read (a closing date
that is no date, or one before the posting date) and leaves that field empty;
the crawl counts each such field under ``vagigs/field_dropped/<field>/<reason>``
(``crawlers.extensions.count_field_drop``). The crawl-run recorder now writes
those counts to the run's row when it closes (``{"expires_at/not_a_date": 25}``,
NULL when nothing was lost), so ``vagigs runs`` shows them. They are no posting
drop: ``dropped``, the run's status and the source's health ignore them. Rows
written before this revision keep NULL.

Revision ID: 0009_run_field_dropped
Revises: 0008_expires
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0009_run_field_dropped"
down_revision = "0008_expires"
branch_labels = None
depends_on = None


#: as ``store.types.JSONType`` and 0001 declare JSON columns: JSONB on PostgreSQL
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("field_dropped", JSON, nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and (bind.dialect.server_version_info or (0,)) < (3, 35):
        # no ALTER TABLE ... DROP COLUMN before SQLite 3.35: batch mode copies the table (which SQLite refuses,
        # foreign keys being on, while postings point at the runs)
        with op.batch_alter_table("crawl_runs") as batch:
            batch.drop_column("field_dropped")
    else:  # in place: a copy of crawl_runs would have to drop the table the postings' crawl_run_id points at
        op.drop_column("crawl_runs", "field_dropped")
