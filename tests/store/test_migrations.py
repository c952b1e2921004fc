"""The migrations build exactly what the models describe, from one head."""
import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from store import db
from store.schema import metadata


def test_one_head() -> None:
    assert len(ScriptDirectory.from_config(db.alembic_config("sqlite://")).get_heads()) == 1


def test_migrated_store_has_every_model_table_and_column(store_url: str) -> None:
    inspector = inspect(db.engine(store_url))
    tables = set(inspector.get_table_names())
    for table in metadata.sorted_tables:
        assert table.name in tables
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert {c.name for c in table.columns} <= columns, (table.name, {c.name for c in table.columns} - columns)


def test_migrated_store_has_every_model_index(store_url: str) -> None:
    engine = db.engine(store_url)
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        if engine.dialect.name == "sqlite":  # SQLite's inspector skips expression indexes such as ix_postings_newest
            with engine.connect() as conn:
                names = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"),
                                         {"t": table.name}))
        else:
            names = {i["name"] for i in inspector.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= names, (table.name, {i.name for i in table.indexes} - names)


@pytest.mark.postgres
def test_two_migrations_at_once_on_a_new_database_take_turns(postgres_server: str) -> None:
    """Nodes starting together each run ``migrate``: both created the same tables, and one failed with a unique
    violation in ``pg_type``. They take turns at an advisory lock now, and the second finds nothing to do."""
    import uuid
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from store import db

    name = f"vagigs_race_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(postgres_server).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    try:
        with ThreadPoolExecutor(2) as pool:
            for result in [pool.submit(db.migrate, url) for _ in range(2)]:
                result.result()  # neither raised
        assert not db.pending_migrations(url)
    finally:
        db.engine(url).dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
