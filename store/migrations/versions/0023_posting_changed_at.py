"""postings.changed_at: when what a seeker reads of a posting last changed

A feed's Atom ``<updated>`` (RFC 4287: the last significant change of an entry) said the posting's date, whatever a
re-crawl changed of its title, company, pay or text, or a re-curation of its verdict: the store kept no time of a
change, only when a posting was first and last seen (every crawl moves the latter, changed or not). This revision
adds ``changed_at``, set by the database when an update changes one of ``CHANGES`` (the gig's words and facts, its
links and its verdict), so every writer keeps it: a crawl's upsert, ``vagigs reassess``, ``vagigs migrate
--regions``. A score or reasons that move under the same verdict, new tags, a cluster or a delisting change none of
them. NULL for a posting not changed since it was first stored, and for every posting stored before this revision:
no backfill, as a reader takes NULL for the posting's date (``web.feeds``), so the upgrade adds a nullable column
without a default and its trigger, at once whatever the store holds (0.10 s at 200,000 postings on PostgreSQL,
where an UPDATE of every row would rewrite them all).
On PostgreSQL a ``BEFORE UPDATE`` trigger sets it (``now()``, the time the writing transaction began); on SQLite,
which cannot change the row being written, an ``AFTER UPDATE`` trigger writes it, in the text form SQLAlchemy
writes a time (microseconds, UTC), as 0014's triggers keep ``no_region_limit``. A later migration that rebuilds
``postings`` on SQLite in batch mode must create the trigger again, as 0012's and 0014's.

Revision ID: 0023_posting_changed_at
Revises: 0022_trigger_search_path
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023_posting_changed_at"
down_revision = "0022_trigger_search_path"
branch_labels = None
depends_on = None

#: The columns whose change is a change of the posting to a seeker (``store.models.Posting.changed_at``)
CHANGES = ("title", "company", "description", "location", "remote_scope", "allowed_regions", "employment_type",
           "salary_raw", "salary_min", "salary_max", "salary_currency", "salary_period", "salary_gross",
           "salary_negotiable", "expires_at", "url", "apply_url", "legitimacy_verdict")
_OF = ", ".join(CHANGES)

SQLITE = [
    f"CREATE TRIGGER postings_changed_au AFTER UPDATE OF {_OF} ON postings WHEN "
    + " OR ".join(f"old.{c} IS NOT new.{c}" for c in CHANGES)
    + " BEGIN UPDATE postings SET changed_at = strftime('%Y-%m-%d %H:%M:%f000', 'now') WHERE id = new.id; END",
]
POSTGRESQL = [
    # OR REPLACE: an older backup restored with pg_restore --clean over a store at this revision leaves the function
    # (the backup holds no such thing to drop), where the postings it restores have lost the column and trigger
    "CREATE OR REPLACE FUNCTION posting_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN NEW.changed_at := now(); RETURN NEW; END $$",
    f"CREATE TRIGGER postings_changed_bu BEFORE UPDATE OF {_OF} ON postings FOR EACH ROW WHEN ("
    + " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in CHANGES)
    + ") EXECUTE FUNCTION posting_changed()",
]


def upgrade() -> None:
    # in place, also on SQLite (ALTER TABLE ADD COLUMN): a batch copy of postings would drop the triggers of 0012
    # and 0014
    op.add_column("postings", sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True))
    for statement in SQLITE if op.get_bind().dialect.name == "sqlite" else POSTGRESQL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS postings_changed_au")
    else:
        op.execute("DROP TRIGGER IF EXISTS postings_changed_bu ON postings")
        op.execute("DROP FUNCTION IF EXISTS posting_changed()")
    op.drop_column("postings", "changed_at")  # in place (SQLite 3.35 and later, as 0015's)
