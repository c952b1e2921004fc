"""Merge the stage branches (dedupe index, politeness crawl state) into one head.

Stages added their tables on branches from 0001 while they were built side by
side; this empty revision joins them so `alembic upgrade head` and new
revisions have a single parent again.

Revision ID: 0002_merge
Revises: dedupe_version_index, politeness_crawl_state
"""
from __future__ import annotations

revision = "0002_merge"
down_revision = ("dedupe_version_index", "politeness_crawl_state")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
