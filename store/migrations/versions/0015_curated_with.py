"""postings.tags_version and postings.legitimacy_version: which tagger and which scam judge curated a posting

A crawl tags and judges a posting when it fetches it, and ``vagigs retag`` / ``vagigs reassess`` redo the whole
store; after an upgrade the store holds postings curated by the old code beside the new, and nothing told them
apart. Each writer now stamps the version of the stage that ran (``pipeline.tags.version``,
``pipeline.legitimacy.version``), and ``vagigs health`` counts the postings curated by another. Rows written before
this revision keep NULL: curated by a version nobody recorded.

Revision ID: 0015_curated_with
Revises: 0014_no_region_limit
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_curated_with"
down_revision = "0014_no_region_limit"
branch_labels = None
depends_on = None

COLUMNS = ("tags_version", "legitimacy_version")


def upgrade() -> None:
    # in place, also on SQLite (ALTER TABLE ADD COLUMN): a batch copy of postings would drop 0012's and 0014's
    # triggers
    for name in COLUMNS:
        op.add_column("postings", sa.Column(name, sa.String(64), nullable=True))


def downgrade() -> None:
    for name in COLUMNS:  # in place (SQLite 3.35 and later, as 0013's)
        op.drop_column("postings", name)
