"""posting_regions: the regions each posting's applicants may be in, one row each, for the "open to" filter

The feed's "remote, open to people in" filter read every remote posting's
``allowed_regions`` JSON list with one ``LIKE`` per label (548–642 ms at 200,000
postings on SQLite, 246–368 ms on PostgreSQL). ``posting_regions`` holds one row
per (posting, region) and one row with the region ``''`` for a posting that
names none (no limit stated), indexed by (region, posting), so the filter is an
index look-up, as a task's is in ``posting_tags``. Regions longer than 200
characters (a source's raw text; no applicant's country is looked up by one)
and entries that are not text are left out; a list that is no JSON list gets no
row (no region known, but not "no limit" either).

Triggers on ``postings`` keep it (after an insert, and after an update that
changes ``allowed_regions``), so every writer does, as the FTS5 triggers of 0005
keep the search index; this revision fills it for the postings already stored.
A later migration that rebuilds ``postings`` on SQLite (Alembic's batch mode
copies a table to alter it) must create the two triggers again.

Revision ID: 0012_posting_regions
Revises: 0011_curation_covers_filters
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_posting_regions"
down_revision = "0011_curation_covers_filters"
branch_labels = None
depends_on = None

REGION_MAX = 200

def _sqlite_rows(p: str, postings: str = "") -> list[str]:
    """SQLite: the statements writing the rows of posting ``p`` (``new`` in a trigger; for every stored posting,
    ``p`` with ``postings`` the FROM item naming it)."""
    array = (f"CASE WHEN json_valid({p}.allowed_regions) AND json_type({p}.allowed_regions) = 'array' "
             f"THEN {p}.allowed_regions ELSE '[]' END")
    return [
        f"INSERT OR IGNORE INTO posting_regions (posting_id, region) SELECT {p}.id, r.value "
        f"FROM {postings}json_each({array}) AS r "
        f"WHERE r.type = 'text' AND r.value <> '' AND length(r.value) <= {REGION_MAX}",
        f"INSERT OR IGNORE INTO posting_regions (posting_id, region) SELECT {p}.id, '' "
        f"{'FROM ' + postings.rstrip(', ') + ' ' if postings else ''}"
        f"WHERE {p}.allowed_regions IS NULL OR {p}.allowed_regions IN ('null', '[]')",
    ]


_NEW = "; ".join(_sqlite_rows("new")) + ";"
SQLITE = [
    f"CREATE TRIGGER postings_regions_ai AFTER INSERT ON postings BEGIN {_NEW} END",
    "CREATE TRIGGER postings_regions_au AFTER UPDATE OF allowed_regions ON postings "
    f"WHEN old.allowed_regions IS NOT new.allowed_regions BEGIN "
    f"DELETE FROM posting_regions WHERE posting_id = old.id; {_NEW} END",
    *_sqlite_rows("p", "postings AS p, "),
]

POSTGRESQL = [
    f"""
CREATE FUNCTION posting_regions_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM posting_regions WHERE posting_id = OLD.id;
  END IF;
  IF NEW.allowed_regions IS NULL OR jsonb_typeof(NEW.allowed_regions) = 'null'
     OR NEW.allowed_regions = '[]'::jsonb THEN
    INSERT INTO posting_regions (posting_id, region) VALUES (NEW.id, '');
  ELSIF jsonb_typeof(NEW.allowed_regions) = 'array' THEN
    INSERT INTO posting_regions (posting_id, region)
    SELECT DISTINCT NEW.id, r.value #>> '{{}}' FROM jsonb_array_elements(NEW.allowed_regions) AS r
    WHERE jsonb_typeof(r.value) = 'string' AND r.value #>> '{{}}' <> '' AND length(r.value #>> '{{}}') <= {REGION_MAX};
  END IF;
  RETURN NULL;
END $$
""",
    "CREATE TRIGGER postings_regions_ai AFTER INSERT ON postings FOR EACH ROW EXECUTE FUNCTION posting_regions_sync()",
    "CREATE TRIGGER postings_regions_au AFTER UPDATE OF allowed_regions ON postings FOR EACH ROW "
    "WHEN (OLD.allowed_regions IS DISTINCT FROM NEW.allowed_regions) EXECUTE FUNCTION posting_regions_sync()",
    "INSERT INTO posting_regions (posting_id, region) SELECT id, '' FROM postings "
    "WHERE allowed_regions IS NULL OR jsonb_typeof(allowed_regions) = 'null' OR allowed_regions = '[]'::jsonb",
    "INSERT INTO posting_regions (posting_id, region) SELECT DISTINCT p.id, r.value #>> '{}' FROM postings AS p "
    "CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(p.allowed_regions) = 'array' "
    "THEN p.allowed_regions ELSE '[]'::jsonb END) AS r "
    f"WHERE jsonb_typeof(r.value) = 'string' AND r.value #>> '{{}}' <> '' AND length(r.value #>> '{{}}') <= {REGION_MAX}",
]


def upgrade() -> None:
    op.create_table(
        "posting_regions",
        sa.Column("posting_id", sa.Integer(), sa.ForeignKey("postings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("region", sa.String(REGION_MAX), nullable=False),
        sa.PrimaryKeyConstraint("posting_id", "region"),
    )
    op.create_index("ix_posting_regions_region", "posting_regions", ["region", "posting_id"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in POSTGRESQL:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for trigger in ("postings_regions_ai", "postings_regions_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}" + (" ON postings" if dialect == "postgresql" else ""))
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS posting_regions_sync()")
    op.drop_index("ix_posting_regions_region", table_name="posting_regions")
    op.drop_table("posting_regions")
