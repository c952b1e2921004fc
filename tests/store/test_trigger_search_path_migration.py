"""Migration 0022_trigger_search_path: ``posting_regions_sync()`` keeps the search path it was created with, so a
dump's data restored by ``pg_restore`` (which empties the search path) into a store ``vagigs migrate`` made loads
its postings; they had all failed on ``relation "posting_regions" does not exist``."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from store import db, queries, transfer
from tests.helpers import alembic_to, own_postgres_database, vagigs

BEFORE = "0021_scrapyd_jobs"
TOOLS = ("pg_dump", "pg_restore")

pytestmark = pytest.mark.postgres


def _search_path(url: str) -> list[str] | None:
    with db.engine(url).connect() as conn:
        return conn.execute(text("SELECT proconfig FROM pg_proc WHERE proname = 'posting_regions_sync'")).scalar()


def test_the_trigger_function_keeps_its_search_path_and_loses_it_on_downgrade(postgres_server: str) -> None:
    with own_postgres_database(postgres_server, "vagigs_search_path") as url:
        db.migrate(url)
        assert _search_path(url) == ['search_path="$user", public']
        alembic_to(url, command.downgrade, BEFORE)
        assert _search_path(url) is None
        alembic_to(url, command.upgrade, "heads")
        assert _search_path(url) is not None and not db.pending_migrations(url)


def _tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        if os.environ.get("VAGIGS_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{', '.join(missing)} required (VAGIGS_REQUIRE_SERVICES=1): install postgresql-client")
        pytest.skip(f"no {', '.join(missing)}")


def _libpq(url: str) -> list[str]:
    u = make_url(url)
    return ["-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "postgres", "-d", u.database]


def _feed(url: str, home: Path, *options: str) -> str:
    return vagigs("feed", "--all", "--format", "json", *options,
                  env={"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(home)}).stdout


@pytest.mark.long
def test_a_data_only_restore_into_a_migrated_store_loads_every_table(postgres_server: str, tmp_path: Path) -> None:
    """The README's recipe: the data of every table but Alembic's and the triggers' own, restored into a database
    ``vagigs migrate`` made. It loads cleanly, and what the triggers derive (the regions of the "open to"
    filter) and the generated search words are there, as in the store dumped."""
    _tools()
    home = tmp_path / "home"
    with own_postgres_database(postgres_server, "vagigs_dumped") as dumped, \
            own_postgres_database(postgres_server, "vagigs_restored") as restored:
        env = {"VAGIGS_DATABASE_URL": dumped, "VAGIGS_HOME": str(home)}
        vagigs("migrate", env=env)
        vagigs("crawl", "remoteok", "weworkremotely", "--replay", env=env)
        dump = tmp_path / "store.dump"
        subprocess.run(["pg_dump", "-Fc", "--data-only", "--exclude-table-data=alembic_version",
                        "--exclude-table-data=posting_regions", "-f", str(dump), *_libpq(dumped)], check=True)
        vagigs("migrate", env={**env, "VAGIGS_DATABASE_URL": restored})
        proc = subprocess.run(["pg_restore", *_libpq(restored), str(dump)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        held = transfer.held(restored)
        assert held == transfer.held(dumped) and held["postings"] > 0 and held["posting_regions"] > 0
        for options in ((), ("--search", "assistant"), ("--open-to", "US"), ("--open-to", "DE")):
            shown = _feed(restored, home, *options)
            assert shown == _feed(dumped, home, *options) and shown.count('"id"') > 0, options
        with db.sessions(restored).begin() as s:  # the sequences were restored: the next id is a new one
            assert queries.upsert_posting(s, dict(source="remotive", source_id="new")).created
