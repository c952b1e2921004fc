"""stage_releases: the versions of the curating stages in the order the store met them

Each posting is stamped with the version of the tagger and of the scam judge that curated it, and its search words
with the folding's (0015, 0008): fingerprints, which tell two versions apart but not which is newer. So a scheduler
of the old release left running through an upgrade that changed a stage but not the schema (no migration for it to
refuse, as it refuses a store a newer vagigs migrated) took the new release's stamps for stale ones at its next
re-curation and curated every posting back to its own, and the new scheduler curated them forward again. Every
writer that stamps postings now records its stages' versions here first, once each, in order (``id``); a
scheduler leaves alone a stage whose stamps are of a version recorded after its own (``store.releases``).

Versions met before this revision are not recorded: they count as older than any recorded one, which they are.
A ``stage_releases`` already there (a newer store's, left beside an older backup restored over it with
``pg_restore --clean``) is kept: what it records is still the order those versions were met in.

Revision ID: 0024_stage_releases
Revises: 0023_posting_changed_at
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0024_stage_releases"
down_revision = "0023_posting_changed_at"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("stage_releases"):
        log.info("stage_releases was already there (a newer store's, left by a restore over it): kept")
        return
    op.create_table(
        "stage_releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_releases")),
        sa.UniqueConstraint("stage", "version", name="uq_stage_releases_stage_version"),
    )


def downgrade() -> None:
    op.drop_table("stage_releases")
