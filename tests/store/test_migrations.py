"""The migrations build exactly what the models describe, from one head."""
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from store import db
from store.models import Base


def test_one_head() -> None:
    assert len(ScriptDirectory.from_config(db.alembic_config("sqlite://")).get_heads()) == 1


def test_migrated_store_has_every_model_table_and_column(store_url: str) -> None:
    inspector = inspect(db.engine(store_url))
    tables = set(inspector.get_table_names())
    for table in Base.metadata.sorted_tables:
        assert table.name in tables
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert {c.name for c in table.columns} <= columns, (table.name, {c.name for c in table.columns} - columns)
