"""free-text search: the folded words of each posting, indexed for word-start search

``posting_search`` holds each posting's title, company and description in
folded form (``store.search_models``). SQLite indexes its words with FTS5
(``unicode61``, the apostrophe kept inside words for Uzbek o' and g'), kept in
step by triggers; PostgreSQL with a ``pg_trgm`` GIN index, which answers the
word-start regular expression a search becomes there. Postings stored before
this revision get their row from ``vagigs migrate`` (and on SQLite from any
``vagigs`` command or the web app), which fold them in Python: a migration may not import the pipeline. A later
migration that rebuilds ``posting_search`` on SQLite (Alembic's batch mode
copies a table to alter it) must create the three triggers again.

Revision ID: 0005_posting_search
Revises: 0004_feed_indexes
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0005_posting_search"
down_revision = "0004_feed_indexes"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE posting_search_fts USING fts5(folded, content='posting_search', "
    "content_rowid='posting_id', tokenize=\"unicode61 remove_diacritics 0 tokenchars ''''\")",
    "CREATE TRIGGER posting_search_ai AFTER INSERT ON posting_search BEGIN "
    "INSERT INTO posting_search_fts(rowid, folded) VALUES (new.posting_id, new.folded); END",
    "CREATE TRIGGER posting_search_ad AFTER DELETE ON posting_search BEGIN "
    "INSERT INTO posting_search_fts(posting_search_fts, rowid, folded) VALUES ('delete', old.posting_id, old.folded); "
    "END",
    "CREATE TRIGGER posting_search_au AFTER UPDATE ON posting_search BEGIN "
    "INSERT INTO posting_search_fts(posting_search_fts, rowid, folded) VALUES ('delete', old.posting_id, old.folded); "
    "INSERT INTO posting_search_fts(rowid, folded) VALUES (new.posting_id, new.folded); END",
]


def upgrade() -> None:
    op.create_table(
        "posting_search",
        sa.Column("posting_id", sa.Integer(), sa.ForeignKey("postings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("posting_id"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it. Where it cannot
        # be created, search still works, by reading every row.
        savepoint = bind.begin_nested()
        try:
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            savepoint.commit()
        except sa.exc.DBAPIError as exc:
            savepoint.rollback()
            log.warning("pg_trgm not available (%s): free-text search will read every posting", exc.orig)
            return
        op.execute("CREATE INDEX ix_posting_search_trgm ON posting_search USING gin (folded gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("posting_search_ai", "posting_search_ad", "posting_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS posting_search_fts")
    op.drop_table("posting_search")
