"""postings.source_id and postings.employment_type as text: PostgreSQL takes the postings SQLite took

Both were ``varchar`` (255 and 32 characters). SQLite does not enforce a length, PostgreSQL refuses the row, so a
posting stored on SQLite was lost on PostgreSQL: a JSON-LD board whose id is the page's address (386 characters:
``StringDataRightTruncation``), an ``employmentType`` listing seven kinds (68 characters). Both are ``text`` now.
A source id is kept whole up to ``store.models.SOURCE_ID_MAX`` (512) characters and a longer one as a stable prefix
and digest (``store.models.source_id_key``), so no entry of ``uq_postings_source_source_id`` can outgrow
PostgreSQL's B-tree limit (about 2,700 bytes) on either store; employment types are in no index.

``varchar`` to ``text`` is binary-coercible on PostgreSQL: the table is not rewritten and its indexes are not
rebuilt (a catalogue change, in milliseconds at any size). SQLite enforces no length: nothing to do there.
Downgrading cuts employment types to 32 characters and fails on a source id longer than 255 (it could not be
stored there).

Revision ID: 0019_long_source_fields
Revises: 0018_search_words_underscore
"""
from __future__ import annotations

from alembic import op

revision = "0019_long_source_fields"
down_revision = "0018_search_words_underscore"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE postings ALTER COLUMN source_id TYPE text, ALTER COLUMN employment_type TYPE text")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE postings ALTER COLUMN source_id TYPE varchar(255), "
                   "ALTER COLUMN employment_type TYPE varchar(32) USING left(employment_type, 32)")
