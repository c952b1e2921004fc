"""free-text search on PostgreSQL: each posting's words as a tsvector, GIN-indexed, not its trigrams

On PostgreSQL a search word was a word-start regular expression answered by the
``pg_trgm`` index of 0005. Trigrams are poor at that on long texts: a posting of
3,700 characters holds the trigrams of almost any common word somewhere, so at
200,000 postings "assistant" had 63,000 candidates to recheck, each text read
out of TOAST and scanned (a feed count took 2.9 s). This revision keeps the
words themselves: ``posting_search.words`` is a generated column, the
``tsvector`` of the folded text's words (``posting_search_words(folded)``), split
as SQLite's FTS5 splits them (letters, digits, the underscore, and the
apostrophe kept inside words for Uzbek o' and g'), and its GIN index answers a
word-start search (a ``tsquery`` prefix) exactly, with no recheck (the same
count: 0.17 s). It is stored, not only indexed, because the feed also asks it
of single postings (a closed gig's open duplicate): reading a row's words is
cheap, splitting its text again is not (0.4 ms a posting). Words of 2,048 bytes
or more (no language has one) and text past 200,000 characters are left out, so
a hostile posting can neither exceed ``tsvector``'s size limits nor fail its
insert. Writers change nothing: PostgreSQL computes the column.

The trigram index is dropped; ``pg_trgm`` (an extension 0005 may have created)
is left installed. Adding the column rewrites ``posting_search`` once, splitting
every posting's text (``vagigs migrate`` to 0011: 3 min 18 s at 200,000 postings
on a busy 2-core machine).
SQLite is unchanged.

Revision ID: 0010_search_words_index
Revises: 0009_run_field_dropped
"""
from __future__ import annotations

from alembic import op

revision = "0010_search_words_index"
down_revision = "0009_run_field_dropped"
branch_labels = None
depends_on = None

WORDS = """
CREATE OR REPLACE FUNCTION posting_search_words(folded text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(w), '{}'))
  FROM regexp_split_to_table(left(folded, 200000), '[^\\w'']+') AS w
  WHERE w <> '' AND octet_length(w) < 2048
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(WORDS)
    op.execute("ALTER TABLE posting_search ADD COLUMN words tsvector "
               "GENERATED ALWAYS AS (posting_search_words(folded)) STORED")
    op.execute("CREATE INDEX ix_posting_search_words ON posting_search USING gin (words)")
    op.execute("DROP INDEX IF EXISTS ix_posting_search_trgm")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_posting_search_words")
    op.execute("ALTER TABLE posting_search DROP COLUMN IF EXISTS words")
    op.execute("DROP FUNCTION IF EXISTS posting_search_words(text)")
    has_trgm = bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").scalar()
    if has_trgm:
        op.execute("CREATE INDEX ix_posting_search_trgm ON posting_search USING gin (folded gin_trgm_ops)")
