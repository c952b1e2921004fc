"""The ``alembic`` command, run from the project's folder as the README's downgrade path has it, works on the
store vagigs uses (``VAGIGS_DATABASE_URL``): ``alembic.ini`` had named ``sqlite:///var/dev.db`` whatever it was
set to, so ``alembic current`` read another store and ``alembic downgrade`` changed it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from store import db
from tests.helpers import ROOT, small_store


def _alembic(url: str, *args: str) -> str:
    env = {**os.environ, "VAGIGS_DATABASE_URL": url}
    proc = subprocess.run([sys.executable, "-m", "alembic", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_alembic_reads_and_downgrades_the_store_vagigs_uses(tmp_path: Path) -> None:
    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1"})
    script = ScriptDirectory.from_config(db.alembic_config(url))
    [head] = script.get_heads()
    previous = script.get_revision(head).down_revision
    assert _alembic(url, "current").split() == [head, "(head)"]
    _alembic(url, "downgrade", previous)
    assert _alembic(url, "current").split() == [previous]
    assert db.pending_migrations(url)
    db.migrate(url)
    assert not db.pending_migrations(url)
