"""initial schema: postings, posting_tags, crawl_runs

Revision ID: 0001
Revises: 
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crawl_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('finish_reason', sa.String(length=64), nullable=True),
    sa.Column('replay', sa.Boolean(), nullable=False),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.Column('responses_by_status', JSON, nullable=True),
    sa.Column('items_scraped', sa.Integer(), nullable=False),
    sa.Column('items_stored', sa.Integer(), nullable=False),
    sa.Column('items_new', sa.Integer(), nullable=False),
    sa.Column('dropped', JSON, nullable=True),
    sa.Column('errors', JSON, nullable=True),
    sa.Column('host', sa.String(length=255), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crawl_runs'))
    )
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crawl_runs_source'), ['source'], unique=False)

    op.create_table('postings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.Column('source_id', sa.String(length=255), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('apply_url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('company', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('description_html', sa.Text(), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('remote', sa.Boolean(), nullable=True),
    sa.Column('remote_scope', sa.String(length=16), nullable=True),
    sa.Column('allowed_regions', JSON, nullable=True),
    sa.Column('employment_type', sa.String(length=32), nullable=True),
    sa.Column('salary_raw', sa.Text(), nullable=True),
    sa.Column('salary_min', sa.Float(), nullable=True),
    sa.Column('salary_max', sa.Float(), nullable=True),
    sa.Column('salary_currency', sa.String(length=3), nullable=True),
    sa.Column('salary_period', sa.String(length=16), nullable=True),
    sa.Column('salary_gross', sa.Boolean(), nullable=True),
    sa.Column('salary_negotiable', sa.Boolean(), nullable=True),
    sa.Column('posted_at_raw', sa.Text(), nullable=True),
    sa.Column('posted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('language_script', sa.String(length=8), nullable=True),
    sa.Column('language_confidence', sa.Float(), nullable=True),
    sa.Column('languages_other', JSON, nullable=True),
    sa.Column('tags', JSON, nullable=True),
    sa.Column('tag_scores', JSON, nullable=True),
    sa.Column('va_relevance', sa.Float(), nullable=True),
    sa.Column('va_relevant', sa.Boolean(), nullable=True),
    sa.Column('legitimacy_score', sa.Integer(), nullable=True),
    sa.Column('legitimacy_verdict', sa.String(length=32), nullable=True),
    sa.Column('legitimacy_reasons', JSON, nullable=True),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('cluster_reason', sa.String(length=32), nullable=True),
    sa.Column('is_representative', sa.Boolean(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('payload_hash', sa.String(length=64), nullable=True),
    sa.Column('payload', sa.Text(), nullable=True),
    sa.Column('crawl_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['crawl_run_id'], ['crawl_runs.id'], name=op.f('fk_postings_crawl_run_id_crawl_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_postings')),
    sa.UniqueConstraint('source', 'source_id', name='uq_postings_source_source_id')
    )
    with op.batch_alter_table('postings', schema=None) as batch_op:
        batch_op.create_index('ix_postings_cluster_id', ['cluster_id'], unique=False)
        batch_op.create_index('ix_postings_content_hash', ['content_hash'], unique=False)
        batch_op.create_index('ix_postings_posted_at', ['posted_at'], unique=False)
        batch_op.create_index('ix_postings_url', ['url'], unique=False)

    op.create_table('posting_tags',
    sa.Column('posting_id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['posting_id'], ['postings.id'], name=op.f('fk_posting_tags_posting_id_postings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('posting_id', 'tag', name=op.f('pk_posting_tags'))
    )
    with op.batch_alter_table('posting_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_posting_tags_tag'), ['tag'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('posting_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_posting_tags_tag'))

    op.drop_table('posting_tags')
    with op.batch_alter_table('postings', schema=None) as batch_op:
        batch_op.drop_index('ix_postings_url')
        batch_op.drop_index('ix_postings_posted_at')
        batch_op.drop_index('ix_postings_content_hash')
        batch_op.drop_index('ix_postings_cluster_id')

    op.drop_table('postings')
    with op.batch_alter_table('crawl_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crawl_runs_source'))

    op.drop_table('crawl_runs')
