"""postings.no_region_limit: whether a posting names no region its applicants must be in, in the curation index

The feed's "remote, open to people in" filter matched a posting that names one of the applicant's regions, or
none, through ``posting_regions`` (0012), where "none" is a ``''`` row. Most postings name none, so every count
under the filter hashed all those rows, twice on PostgreSQL (once for the representatives, once for the open
duplicates that may stand in for closed ones): at 200,000 postings 122,000 rows and 185 ms, where the remote
filter alone took 68 ms.

This revision adds ``no_region_limit``, set by the database from ``allowed_regions`` exactly as 0012's triggers
decide on a ``''`` row (NULL, JSON ``null`` or ``[]``; a value that is no JSON list is not "no limit"), so no
writer can let it drift: on PostgreSQL a stored generated column (the table is rewritten once); on SQLite a plain
column kept by two triggers, as 0012 keeps ``posting_regions`` (SQLite adds only virtual generated columns in
place, and an index does not cover a virtual column: the count would read the table). It joins the end of
``ix_postings_curation``'s key, so the count reads it from the index and looks up only the postings limited to
one of the applicant's regions (``store.queries.open_to_any``). A later migration that rebuilds ``postings`` on
SQLite in batch mode must create these triggers again, as 0012's.

Revision ID: 0014_no_region_limit
Revises: 0013_run_heartbeat_interval
"""
from __future__ import annotations

from alembic import op

revision = "0014_no_region_limit"
down_revision = "0013_run_heartbeat_interval"
branch_labels = None
depends_on = None

#: ``ix_postings_curation`` as 0011 left it (its PostgreSQL ``INCLUDE (id)`` as well)
CURATION = ["is_representative", "va_relevant", "legitimacy_verdict", "language", "source", "posted_at",
            "first_seen_at", "delisted_at", "cluster_id", "expires_at", "remote_scope", "legitimacy_score"]

_NO_LIMIT_SQLITE = "({p}.allowed_regions IS NULL OR {p}.allowed_regions IN ('null', '[]'))"
SQLITE = [
    "ALTER TABLE postings ADD COLUMN no_region_limit BOOLEAN",
    f"UPDATE postings SET no_region_limit = {_NO_LIMIT_SQLITE.format(p='postings')}",
    "CREATE TRIGGER postings_no_limit_ai AFTER INSERT ON postings BEGIN "
    f"UPDATE postings SET no_region_limit = {_NO_LIMIT_SQLITE.format(p='new')} WHERE id = new.id; END",
    "CREATE TRIGGER postings_no_limit_au AFTER UPDATE OF allowed_regions ON postings "
    "WHEN old.allowed_regions IS NOT new.allowed_regions BEGIN "
    f"UPDATE postings SET no_region_limit = {_NO_LIMIT_SQLITE.format(p='new')} WHERE id = new.id; END",
]
POSTGRESQL = [
    "ALTER TABLE postings ADD COLUMN no_region_limit BOOLEAN GENERATED ALWAYS AS "
    "(allowed_regions IS NULL OR jsonb_typeof(allowed_regions) = 'null' OR allowed_regions = '[]'::jsonb) STORED",
]


def upgrade() -> None:
    for statement in SQLITE if op.get_bind().dialect.name == "sqlite" else POSTGRESQL:
        op.execute(statement)
    op.drop_index("ix_postings_curation", table_name="postings")
    op.create_index("ix_postings_curation", "postings", [*CURATION, "no_region_limit"], postgresql_include=["id"])


def downgrade() -> None:
    for trigger in ("postings_no_limit_ai", "postings_no_limit_au"):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_index("ix_postings_curation", table_name="postings")
    op.create_index("ix_postings_curation", "postings", CURATION, postgresql_include=["id"])
    op.execute("ALTER TABLE postings DROP COLUMN no_region_limit")
