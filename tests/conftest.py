"""Shared fixtures: a private VAGIGS_HOME per test, SQLite and real PostgreSQL stores.

PostgreSQL tests use ``VAGIGS_TEST_POSTGRES_URL`` (default: the local server at
127.0.0.1:5432 as ``postgres``), create a throw-away database per test session
and drop it afterwards. They are skipped when no server answers — unless
``VAGIGS_REQUIRE_SERVICES=1`` (set by ``.ci/run``), when absence is a failure.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.helpers import sqlite_copy

PG_ADMIN_URL = os.environ.get(
    "VAGIGS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
REQUIRE_SERVICES = os.environ.get("VAGIGS_REQUIRE_SERVICES") == "1"


@pytest.fixture(autouse=True)
def vagigs_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "vagigs-home"
    monkeypatch.setenv("VAGIGS_HOME", str(home))
    monkeypatch.delenv("VAGIGS_DATABASE_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite store ``vagigs migrate`` made, for ``sqlite_url`` to copy."""
    from store import db

    path = tmp_path_factory.mktemp("migrated") / "store.db"
    db.migrate(f"sqlite:///{path}")
    db.engine(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, migrated_sqlite: Path) -> str:
    """An empty store, migrated: a copy of ``migrated_sqlite`` (1 ms, where walking the migrations up took 45 ms
    before each of some 340 tests), readable by its owner alone as the store ``vagigs`` makes."""
    url = sqlite_copy(f"sqlite:///{migrated_sqlite}", tmp_path / "store.db")
    (tmp_path / "store.db").chmod(0o600)
    return url


def _postgres_available() -> bool:
    try:
        with create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3}).connect():
            return True
    except Exception:  # noqa: BLE001
        return False


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session; its URL."""
    if not _postgres_available():
        if REQUIRE_SERVICES:
            pytest.fail(f"PostgreSQL is required (VAGIGS_REQUIRE_SERVICES=1) but {PG_ADMIN_URL} does not answer")
        pytest.skip("no PostgreSQL server answers")
    name = f"vagigs_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    from store import db

    db.engine.cache_clear()
    with admin.connect() as conn:
        conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()"
        ), {"n": name})
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """The session's PostgreSQL database, migrated and emptied before each test."""
    from store import db
    from store.schema import metadata

    db.migrate(postgres_server)
    with db.engine(postgres_server).begin() as conn:
        tables = ", ".join(f'"{t.name}"' for t in reversed(metadata.sorted_tables))
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield postgres_server


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest) -> str:
    """Run a store test on the embedded default and on real PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="session")
def legitimacy_dev():  # type: ignore[no-untyped-def]
    """``pipeline.legitimacy.train.Dev.load()`` once per test session (12 s: every dev posting cleaned and read by
    the rules): the training and evaluation tests only read it."""
    from pipeline.legitimacy.train import Dev

    return Dev.load()
