"""Two processes migrating one old SQLite store at once (``vagigs migrate`` beside any other command, which migrates
the embedded store first) take turns, as they do on PostgreSQL at its advisory lock: the second had read the
store's revision before waiting for the write lock, then migrated from it again after the first had moved it on
(``CommandError: Online migration expected to match one row when updating '0009_run_field_dropped' ...; 0 found``,
a 90-line traceback). It reads the revision under the write lock now, and finds the store up to date."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from alembic import command
from sqlalchemy import text

from store import db
from tests.helpers import ROOT, alembic_to

OLD = "0009_run_field_dropped"
MIGRATE = "import sys; from store import db; print('ready', flush=True); db.migrate(sys.argv[1])"


def _revisions(url: str) -> list[str]:
    with db.engine(url).connect() as conn:
        return list(conn.scalars(text("SELECT version_num FROM alembic_version")))


def test_two_processes_migrating_an_old_store_at_once_take_turns(tmp_path: Path) -> None:
    """A third connection holds the write lock while both start, so both would read the old revision first."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    alembic_to(url, command.upgrade, OLD)
    with db.engine(url).connect() as holder:
        holder.exec_driver_sql("BEGIN IMMEDIATE")
        procs = [subprocess.Popen([sys.executable, "-c", MIGRATE, url], cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        time.sleep(1.5)  # both at the lock
        holder.rollback()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
    assert not db.pending_migrations(url) and len(_revisions(url)) == 1
