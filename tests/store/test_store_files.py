"""The SQLite store's files are readable by their owner alone, a store put back from a copy any user may read too:
its mode had been set only when vagigs created it, so a store restored from a 0644 copy stayed 0644, and so were
the -wal and -shm SQLite then made beside it (it gives them the store's mode)."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from store import db
from tests.helpers import small_store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def restored(tmp_path: Path) -> tuple[str, Path]:
    """A store put back from a copy readable by every user (``cp -p``, an archive, a umask of 022), no process
    holding it."""
    path = tmp_path / "store.db"
    url, _ = small_store(path, {"source": "remoteok", "source_id": "1", "url": "https://remoteok.com/1"})
    db.engine(url).dispose()
    db.engine.cache_clear()
    os.chmod(path, 0o644)
    assert not Path(f"{path}-wal").exists()
    return url, path


def test_a_store_readable_by_others_is_made_owner_only_when_opened(restored: tuple[str, Path]) -> None:
    url, path = restored
    umask = os.umask(0o022)
    try:
        with db.engine(url).connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM postings").all()
            files = [p for p in db.store_files(path) if p.exists()]
            assert Path(f"{path}-wal") in files
            assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    finally:
        os.umask(umask)
        db.engine(url).dispose()


def _health(url: str) -> dict:
    result = CliRunner().invoke(main, ["health", "--format", "json"], env={"VAGIGS_DATABASE_URL": url})
    return json.loads(result.stdout)


def test_health_warns_of_a_store_another_user_owns_that_others_may_read(restored: tuple[str, Path],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """vagigs never changes another user's file: it says so instead (and of the -wal and -shm SQLite makes with the
    store's mode)."""
    url, path = restored
    monkeypatch.setattr("store.db.os.getuid", lambda: path.stat().st_uid + 1)
    report = _health(url)
    assert _mode(path) == 0o644
    assert report["store"] == [{"code": "readable_by_others", "level": "warning", "message": (
        f"{path} (mode 644), {path}-wal (mode 644), {path}-shm (mode 644): other users may read the store (every posting, the runs' errors); its owner can "
        "`chmod 600` it")}]
    assert report["level"] in ("warning", "critical")


def test_health_says_nothing_of_an_owner_only_store(restored: tuple[str, Path]) -> None:
    url, path = restored
    assert "store" not in _health(url)
    assert _mode(path) == 0o600
