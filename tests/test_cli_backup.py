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
import sys
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


def _limited_to(size: int):  # type: ignore[no-untyped-def]
    """A child process that may write no file past ``size`` bytes, as on a disk that fills up (its writes then
    fail, EFBIG, and do not kill it)."""
    import resource
    import signal

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def test_a_disk_that_fills_up_during_the_backup_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    """It had ended in SQLite's traceback ("disk I/O error", "database or disk is full") and left the copy's
    journal beside the backup's name."""
    url, path = _held_store(tmp_path, 200)
    folder = tmp_path / "backups"
    folder.mkdir()
    dest = folder / "backup.db"
    from tests.helpers import ROOT

    proc = subprocess.run([sys.executable, "-m", "cli", "backup", str(dest)], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, "VAGIGS_DATABASE_URL": url},
                          preexec_fn=_limited_to(path.stat().st_size // 2))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith(f"Error: no backup of the store at {url}: the copy could not be written in "
                                  f"{folder} (disk I/O error): is its disk full? free some space there, or name "
                                  "a file on another disk\n"), proc.stderr
    assert list(folder.iterdir()) == []


def test_a_folder_that_takes_no_files_is_named_as_the_backups_not_the_stores(tmp_path: Path) -> None:
    """A read-only folder had read "cannot open the store at …: OSError: [Errno 30] Read-only file system", though
    the store was fine."""
    url, _ = _held_store(tmp_path, 2)
    folder = tmp_path / "backups"
    folder.mkdir()
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)],
                                                        capture_output=True).returncode != 0:
        pytest.skip("chattr +i needs root and a file system that has it")
    try:
        result = _backup(url, str(folder / "backup.db"))
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert result.exit_code == 1
    assert result.output == (f"Error: no backup of the store at {url}: the copy could not be written in {folder} "
                             "(Operation not permitted): name a file in a folder you may write to\n")


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


#: The revision of a store a release before migration 0021 left: its backup lacks ``scrapyd_jobs``.
BEFORE_SCRAPYD_JOBS = "0020_long_source_ids_keyed"


def _libpq(url: str) -> str:
    """The URL libpq's tools (pg_dump, pg_restore, dropdb, createdb) read for the store at ``url``."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _server(url: str) -> list[str]:
    """``-h HOST -p PORT -U USER DBNAME`` for dropdb and createdb, which take a database's name, not a URL."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return ["-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "postgres", u.database or ""]


def _old_backup(url: str, dump: Path) -> None:
    """A store at ``BEFORE_SCRAPYD_JOBS`` holding one posting, backed up with pg_dump into ``dump``."""
    from alembic import command

    from store import db, queries
    from tests.helpers import alembic_to

    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("no pg_dump or pg_restore on PATH")
    db.migrate(url)
    with db.sessions(url).begin() as session:
        queries.upsert_posting(session, dict(source="remotive", source_id="kept", title="Virtual assistant"))
    alembic_to(url, command.downgrade, BEFORE_SCRAPYD_JOBS)
    subprocess.run(["pg_dump", "-Fc", "-f", str(dump), _libpq(url)], check=True)


def _revision(url: str) -> str:
    from sqlalchemy import text

    from store import db

    with db.engine(url).connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()


def _restored_over_newer(url: str, dump: Path, env: dict[str, str], jobs: int = 0) -> None:
    """``vagigs migrate`` with this version (which makes ``scrapyd_jobs``), ``jobs`` crawls queued in it, then the
    old backup restored over the store with ``pg_restore --clean``, which drops only what the backup holds."""
    from sqlalchemy import text

    from store import db

    vagigs("migrate", env=env)
    with db.engine(url).begin() as conn:
        for i in range(jobs):
            conn.execute(text("INSERT INTO scrapyd_jobs (source, node, job, queued_at) "
                              "VALUES ('remotive', 'http://node:6800', :j, now())"), {"j": f"job{i}"})
    db.engine(url).dispose()
    subprocess.run(["pg_restore", "--clean", "--if-exists", f"--dbname={_libpq(url)}", str(dump)],
                   check=True, capture_output=True)
    assert _revision(url) == BEFORE_SCRAPYD_JOBS


@pytest.mark.postgres
def test_an_old_backup_restored_over_a_newer_store_migrates(postgres_server: str, tmp_path: Path) -> None:
    """A 0020 backup restored with ``pg_restore --clean`` over the store ``vagigs migrate`` had taken to 0021 left
    its (empty) ``scrapyd_jobs``, and every later migrate failed on ``relation "scrapyd_jobs" already exists``."""
    from store import db, transfer
    from tests.helpers import columns, own_postgres_database

    with own_postgres_database(postgres_server, "vagigs_restored") as url:
        env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}
        _old_backup(url, tmp_path / "old.dump")
        _restored_over_newer(url, tmp_path / "old.dump", env)
        vagigs("migrate", env=env)
        assert not db.pending_migrations(url)
        assert transfer.held(url)["postings"] == 1 and "scrapyd_jobs" not in transfer.held(url)  # made, empty
        assert "outcome" in columns(url, "scrapyd_jobs")


@pytest.mark.postgres
def test_a_newer_stores_rows_left_beside_an_old_backup_are_named_with_what_to_do(postgres_server: str,
                                                                                 tmp_path: Path) -> None:
    """Crawls queued after the backup are not the backup's: they are not taken for it, and ``vagigs migrate`` says
    in one line what happened and how to restore instead of Alembic's ``DuplicateTable`` traceback; the store
    stays at its revision. Restored into an empty database, as the README says, the backup migrates."""
    from store import db, transfer
    from tests.helpers import columns, own_postgres_database

    with own_postgres_database(postgres_server, "vagigs_restored") as url:
        env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}
        _old_backup(url, tmp_path / "old.dump")
        _restored_over_newer(url, tmp_path / "old.dump", env, jobs=2)
        proc = vagigs("migrate", env=env, check=False)
        *told, line = proc.stderr.strip().splitlines()  # what it was applying, then why it stopped
        assert proc.returncode == 1 and told[-1].startswith("applying 0021_scrapyd_jobs (1 of "), proc.stderr
        assert line.startswith(f"Error: the store at {url} cannot be migrated from {BEFORE_SCRAPYD_JOBS}: "
                               "0021_scrapyd_jobs failed: "), line
        assert 'relation "scrapyd_jobs" already exists' in line and "pg_restore --clean" in line
        assert "into an empty database" in line and "Traceback" not in proc.stderr
        assert _revision(url) == BEFORE_SCRAPYD_JOBS
        db.engine(url).dispose()
        server = _server(url)
        subprocess.run(["dropdb", *server], check=True)
        subprocess.run(["createdb", *server], check=True)
        subprocess.run(["pg_restore", f"--dbname={_libpq(url)}", str(tmp_path / "old.dump")], check=True)
        vagigs("migrate", env=env)
        assert not db.pending_migrations(url)
        assert transfer.held(url)["postings"] == 1 and "scrapyd_jobs" not in transfer.held(url)  # made, empty
        assert "outcome" in columns(url, "scrapyd_jobs")
