"""search words on PostgreSQL split at the underscore, as FTS5 splits them on SQLite

0010's ``posting_search_words`` split a text's words at ``[^\\w']+``, and PostgreSQL's ``\\w`` holds the
underscore, where SQLite's FTS5 (``unicode61``: letters and digits, and the apostrophe) reads it as a gap
between words. So the same store answered differently: "hr" found "@atservice_hr" and "@silkroad_hr" on SQLite,
nothing on PostgreSQL; "assistant" found "#virtual_assistant" on SQLite only. The function now splits at
``[^[:alnum:]']+`` (``\\w`` but the underscore; ``store.search.GAP``).

The words are a stored generated column, so replacing the function alone would leave every row's words as they
were. As 0010 built them, the column and its GIN index are dropped and added again: one rewrite of
``posting_search`` that splits every text with the new function, then one build of the index (0010's own figure:
3 min 18 s at 200,000 postings on a busy 2-core machine, for the table and index together), not an UPDATE of each
row, which would leave a dead copy of every row and update the GIN index a row at a time. Search on PostgreSQL
waits for it (the table is locked while it runs). SQLite is unchanged.

Revision ID: 0018_search_words_underscore
Revises: 0017_run_delisted
"""
from __future__ import annotations

from alembic import op

revision = "0018_search_words_underscore"
down_revision = "0017_run_delisted"
branch_labels = None
depends_on = None

_WORDS = """
CREATE OR REPLACE FUNCTION posting_search_words(folded text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(w), '{}'))
  FROM regexp_split_to_table(left(folded, 200000), '%s') AS w
  WHERE w <> '' AND octet_length(w) < 2048
$$
"""
SPLIT = "[^[:alnum:]'']+"  # as store.search.GAP (the apostrophe doubled: inside an SQL string)
SPLIT_0010 = "[^\\w'']+"


def _rebuild(split: str) -> None:
    op.execute("DROP INDEX IF EXISTS ix_posting_search_words")
    op.execute("ALTER TABLE posting_search DROP COLUMN IF EXISTS words")
    op.execute(_WORDS % split)
    op.execute("ALTER TABLE posting_search ADD COLUMN words tsvector "
               "GENERATED ALWAYS AS (posting_search_words(folded)) STORED")
    op.execute("CREATE INDEX ix_posting_search_words ON posting_search USING gin (words)")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild(SPLIT)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild(SPLIT_0010)
