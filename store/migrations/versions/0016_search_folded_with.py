"""posting_search.folded_with: which version of search's folding wrote a posting's search words

Search reads each posting's words as ``pipeline.textnorm.search_text`` folded them when the posting was stored. An
upgrade that folds differently (a new spelling variant, a script rule) left the rows of the old folding in the
store, unseen: a seeker's words, folded the new way, missed them, and only the release notes said to run
``vagigs migrate --search``. Each writer now stamps the version of the folding (``textnorm.search_version``), so
``vagigs health`` counts the rows another version folded and the scheduler's curation job folds them again, as it
re-curates tags and verdicts. Rows written before this revision keep NULL: folded by a version nobody recorded.

The stamps are indexed with the ids, so the health check's count per version and the scheduler's look for stale
rows read the index, not every posting's text. On
SQLite the trigger that keeps the FTS5 word index in step fires only when ``folded`` changes: re-stamping a row
whose words came out the same does not re-index them.

Revision ID: 0016_search_folded_with
Revises: 0015_curated_with
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_search_folded_with"
down_revision = "0015_curated_with"
branch_labels = None
depends_on = None

INDEX = "ix_posting_search_folded_with"
_REINDEX = ("INSERT INTO posting_search_fts(posting_search_fts, rowid, folded) VALUES ('delete', old.posting_id, "
            "old.folded); INSERT INTO posting_search_fts(rowid, folded) VALUES (new.posting_id, new.folded); END")


def _update_trigger(columns: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS posting_search_au")
    op.execute(f"CREATE TRIGGER posting_search_au AFTER UPDATE {columns}ON posting_search BEGIN {_REINDEX}")


def upgrade() -> None:
    op.add_column("posting_search", sa.Column("folded_with", sa.String(64), nullable=True))  # in place, as 0015's
    op.create_index(INDEX, "posting_search", ["folded_with", "posting_id"])
    if op.get_bind().dialect.name == "sqlite":
        _update_trigger("OF folded ")


def downgrade() -> None:
    op.drop_index(INDEX, table_name="posting_search")
    op.drop_column("posting_search", "folded_with")
    if op.get_bind().dialect.name == "sqlite":
        _update_trigger("")
