"""Fixtures of the store tests: a store of its own for a migration test to walk up and down."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import own_postgres_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store: a SQLite file, or a PostgreSQL database of its own, dropped afterwards (the session's
    shared one stays at the head)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    with own_postgres_database(request.getfixturevalue("postgres_server"), "vagigs_migration") as url:
        yield url
