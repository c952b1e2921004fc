"""Alembic's environment. ``store.db.migrate`` hands it a connection (``config.attributes["connection"]``); the
``alembic`` command itself (``alembic current``, ``alembic downgrade <rev>``, run from the project's folder with
``alembic.ini``) opens the store vagigs uses: ``VAGIGS_DATABASE_URL``, or the embedded default
(``config.database_url``), unless ``-x url=…`` names another."""
from __future__ import annotations

from alembic import context

import config
from store import db
from store.schema import metadata

cfg = context.config
target_metadata = metadata


def _url() -> str:
    return context.get_x_argument(as_dictionary=True).get("url") or cfg.get_main_option("sqlalchemy.url") \
        or config.database_url()


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = cfg.attributes.get("connection")
    if connection is None:
        with db.engine(_url()).begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      on_version_apply=cfg.attributes.get("on_version_apply"))
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
