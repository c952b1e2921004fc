"""``vagigs backup DEST``: a copy of the store that holds every committed crawl, readable by its owner alone.

The SQLite store runs in WAL mode, and while a process holds it open (``vagigs serve``) its file need not catch up
with its -wal: a ``cp`` of the file after a crawl had lacked whole runs (13 of 15), and one during a crawl every
posting."""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from tests.helpers import small_store, vagigs


def _postings(path: Path) -> int:
    """How many postings the SQLite file at ``path`` holds, opened alone (-1: it holds no postings table)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM postings").fetchone()[0]
    except sqlite3.DatabaseError:
        return -1
    finally:
        connection.close()


def _held_store(tmp_path: Path, n: int = 12) -> tuple[str, Path]:
    """A store whose newest writes are in its -wal only: this process still holds it open, as ``serve`` does."""
    path = tmp_path / "store.db"
    url, _ = small_store(path, *({"source": "remoteok", "source_id": str(i), "title": f"Assistant {i}",
                                  "url": f"https://remoteok.com/{i}"} for i in range(n)))
    assert Path(f"{path}-wal").stat().st_size > 0
    return url, path


def _backup(url: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["backup", *args], env={"VAGIGS_DATABASE_URL": url})


def test_a_backup_holds_what_the_wal_holds_where_a_copy_of_the_file_does_not(tmp_path: Path) -> None:
    url, path = _held_store(tmp_path)
    copied = tmp_path / "cp.db"
    shutil.copyfile(path, copied)
    assert _postings(copied) != 12  # the README's old advice

    result = _backup(url, str(tmp_path / "backup.db"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"backed up the store at {url} to {tmp_path / 'backup.db'} (")
    assert _postings(tmp_path / "backup.db") == 12
    assert not Path(f"{tmp_path / 'backup.db'}-wal").exists()  # one file, whole on its own


def test_a_backup_is_readable_by_its_owner_alone(tmp_path: Path) -> None:
    url, _ = _held_store(tmp_path, 1)
    old = os.umask(0o022)
    try:
        assert _backup(url, str(tmp_path / "backup.db")).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "backup.db").stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_an_existing_file_is_replaced_only_with_force(tmp_path: Path) -> None:
    url, _ = _held_store(tmp_path, 3)
    dest = tmp_path / "backup.db"
    dest.write_text("yesterday's backup")
    refused = _backup(url, str(dest))
    assert refused.exit_code == 1
    assert refused.output == (f"Error: no backup of the store at {url}: {dest} exists: name another file, or give "
                              "--force to replace it\n")
    assert dest.read_text() == "yesterday's backup"
    assert _backup(url, str(dest), "--force").exit_code == 0
    assert _postings(dest) == 3
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_the_store_itself_is_no_destination(tmp_path: Path, suffix: str) -> None:
    url, path = _held_store(tmp_path, 2)
    result = _backup(url, f"{path}{suffix}", "--force")
    assert result.exit_code == 1
    assert "is the store itself" in result.output
    assert _postings(path) == 2


def test_the_readme_restore_steps_bring_back_the_backup_and_not_the_stale_wal(tmp_path: Path) -> None:
    """Put over a store whose -wal is left beside it, a copy had the stale WAL applied to it by SQLite; the steps
    remove it first."""
    url, path = _held_store(tmp_path, 5)
    assert _backup(url, str(tmp_path / "backup.db")).exit_code == 0
    small_store(path, *({"source": "remoteok", "source_id": f"later-{i}", "url": f"https://remoteok.com/l{i}"}
                        for i in range(4)))
    from store import db

    db.engine(url).dispose()  # every vagigs process stopped
    for left in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        left.unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "backup.db", path)
    env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}
    vagigs("migrate", env=env)
    assert subprocess.run(["sqlite3", str(path), "PRAGMA integrity_check"], capture_output=True,
                          text=True).stdout == "ok\n"
    assert _postings(path) == 5


def test_a_damaged_store_gives_no_backup_that_passes_for_good(tmp_path: Path) -> None:
    url, path = _held_store(tmp_path, 40)
    from store import db

    db.engine(url).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    with open(path, "r+b") as f:  # a page in the middle of the postings' table and indexes overwritten
        f.seek(4096 * (pages // 2))
        f.write(os.urandom(4096))
    result = _backup(url, str(tmp_path / "backup.db"))
    assert result.exit_code == 1, result.output
    assert "the store is damaged (SQLite's quick_check of the copy: " in result.output and len(result.output.splitlines()) == 1
    assert not (tmp_path / "backup.db").exists()


@pytest.mark.postgres
def test_a_postgresql_store_is_backed_up_with_pg_dump(postgres_url: str, tmp_path: Path) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("no pg_dump on PATH")
    dest = tmp_path / "store.dump"
    result = _backup(postgres_url, str(dest))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    listed = subprocess.run(["pg_restore", "--list", str(dest)], capture_output=True, text=True, check=True).stdout
    assert "TABLE public postings" in listed


def test_without_pg_dump_the_command_to_run_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    url = "postgresql+psycopg://vagigs:secret@db.example:5433/vagigs"
    result = _backup(url, str(tmp_path / "store.dump"))
    assert result.exit_code == 1
    assert (f"pg_dump is not on PATH: install PostgreSQL's client (the server's version or newer) and run "
            f"`pg_dump --format=custom --file={tmp_path / 'store.dump'} "
            f"--dbname=postgresql://vagigs@db.example:5433/vagigs`") in result.output
    assert "secret" not in result.output
    assert not (tmp_path / "store.dump").exists()
