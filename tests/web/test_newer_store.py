"""A store a newer vagigs migrated is refused when the app is created, in the line ``vagigs serve`` says: the app
created another way (a WSGI server, a script) had answered with a traceback."""
from __future__ import annotations

import pytest
from sqlalchemy import text

FUTURE = "0099_future_change"


def _from_a_newer_vagigs(url: str) -> None:
    from store import db

    with db.engine(url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})


def _refused_in_one_line(url: str) -> None:
    from alembic.script import ScriptDirectory

    import config
    from store import db
    from web.app import StoreRefused, create_app

    [head] = ScriptDirectory.from_config(db.alembic_config(url)).get_heads()
    with pytest.raises(StoreRefused) as refused:
        create_app(url)
    assert str(refused.value) == (f"the store at {config.shown_url(url)} was written by a newer vagigs (revision "
                                  f"{FUTURE}); this one knows up to {head}: upgrade vagigs, or downgrade the store "
                                  f"with the newer vagigs's `alembic downgrade {head}` (see README)")
    assert refused.value.__cause__ is None and refused.value.__suppress_context__


def test_a_sqlite_store_a_newer_vagigs_migrated_is_refused_at_creation(sqlite_url: str) -> None:
    _from_a_newer_vagigs(sqlite_url)
    _refused_in_one_line(sqlite_url)


@pytest.mark.postgres
def test_a_postgres_store_a_newer_vagigs_migrated_is_refused_at_creation(postgres_server: str) -> None:
    from store import db
    from tests.helpers import own_postgres_database

    with own_postgres_database(postgres_server, "vagigs_web_newer") as url:
        db.migrate(url)
        _from_a_newer_vagigs(url)
        _refused_in_one_line(url)


def test_a_postgres_store_out_of_reach_is_not_refused_at_creation() -> None:
    """Its health says 503 until it answers, as before."""
    from web.app import create_app

    client = create_app("postgresql+psycopg://postgres@127.0.0.1:1/nosuch").test_client()
    assert client.get("/api/health").status_code == 503
