"""posting_regions_sync() runs with the search path it was created with, whoever's session fires it

0012's trigger function names ``posting_regions`` without its schema, and a PL/pgSQL function looks names up in the
search path of the session that fires it. ``pg_restore`` empties that path (it schema-qualifies all it writes), so
restoring a dump's data into a store ``vagigs migrate`` made failed on every posting (``relation "posting_regions"
does not exist``, in ``public.posting_regions_sync()``) and loaded none. The function now keeps the search path
of the migration that creates it (``SET search_path FROM CURRENT``: where the migration made the tables).

It is the migrations' only function that names a table: ``posting_search_words`` (0010, 0018) calls built-in
functions alone, found in ``pg_catalog`` whatever the search path. SQLite has no search path.

Revision ID: 0022_trigger_search_path
Revises: 0021_scrapyd_jobs
"""
from __future__ import annotations

from alembic import op

revision = "0022_trigger_search_path"
down_revision = "0021_scrapyd_jobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER FUNCTION posting_regions_sync() SET search_path FROM CURRENT")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER FUNCTION posting_regions_sync() RESET search_path")
