"""A copy of the store that can be put back (``vagigs backup``).

The SQLite store runs in WAL mode: what a crawl commits sits in ``<store>-wal`` until a checkpoint, which a process
holding the store open (``vagigs serve``) can put off indefinitely, so a copy of the file alone lacks whole runs.
SQLite's online backup copies the store as one read transaction sees it, committed writes in the WAL included,
while crawls go on writing.
"""
from __future__ import annotations

import errno
import os
import shlex
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

import config
from store import db


class BackupRefused(Exception):
    """No backup was made (or none kept); the message is one line saying why and what to do."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    how: str  # what made and checked it, for the line the command prints


def backup(url: str, dest: Path, *, force: bool = False) -> Backup:
    """Copy the store at ``url`` to the file ``dest``, readable by its owner alone (0600). An existing ``dest`` is
    refused unless ``force``; the copy is written beside it and put in its place whole, so a failure never leaves
    half a backup at ``dest``."""
    source = db.sqlite_file(url)
    if make_url(url).get_backend_name() == "sqlite":
        if source is None:
            raise BackupRefused("an in-memory store has nothing to back up")
        if not source.is_file():
            raise BackupRefused(f"no store at {source}")
        _check_dest(dest, force, store=source)
        return _written(dest, force, lambda partial: _sqlite_backup(url, partial))
    _check_dest(dest, force, store=None)
    return _written(dest, force, lambda partial: _pg_dump(url, partial, dest))


def _check_dest(dest: Path, force: bool, store: Path | None) -> None:
    if dest.is_dir():
        raise BackupRefused(f"{dest} is a directory: name the backup's file")
    if not dest.parent.is_dir():
        raise BackupRefused(f"no folder {dest.parent} to write {dest.name} into")
    if store is not None:
        target = dest.resolve()
        live = store.resolve()
        if target in {live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", "-journal"))}:
            raise BackupRefused(f"{dest} is the store itself (or its journal): name another file")
    if dest.exists() and not force:
        raise BackupRefused(f"{dest} exists: name another file, or give --force to replace it")


def _written(dest: Path, force: bool, write) -> Backup:  # type: ignore[no-untyped-def]
    """``write(partial)`` fills a new 0600 file beside ``dest``, then that file becomes ``dest``."""
    partial = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        try:
            how = write(partial)
            _sync(partial)
            _put_in_place(partial, dest, force)
        finally:
            partial.unlink(missing_ok=True)
            partial.with_name(partial.name + "-journal").unlink(missing_ok=True)  # SQLite's, beside its copy
        _sync(dest.parent)
    except OSError as exc:
        raise BackupRefused(_not_written(dest.parent, exc.strerror or str(exc), exc.errno)) from exc
    return Backup(dest, dest.stat().st_size, how)


#: The errors of a disk with no room left: the file system's, and a file size limit's.
_NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _not_written(folder: Path, why: str, code: int | None) -> str:
    """Why the copy is not in ``folder`` and what to do: a full disk, or a folder that takes no files."""
    if code in _NO_ROOM or code is None:
        return (f"the copy could not be written in {folder} ({why}): is its disk full? free some space there, or "
                "name a file on another disk")
    return f"the copy could not be written in {folder} ({why}): name a file in a folder you may write to"


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _put_in_place(partial: Path, dest: Path, force: bool) -> None:
    if force:
        os.replace(partial, dest)
        return
    try:  # a link fails on a file made meanwhile, where a rename would replace it
        os.link(partial, dest)
    except FileExistsError:
        raise BackupRefused(f"{dest} exists: name another file, or give --force to replace it") from None
    except OSError:  # a file system without hard links
        if dest.exists():
            raise BackupRefused(f"{dest} exists: name another file, or give --force to replace it") from None
        os.rename(partial, dest)


#: SQLite's result codes for a copy it could not write, as the error of the file system they stand for: a full disk
#: (``SQLITE_FULL``; a write past a size limit is ``SQLITE_IOERR``, and so is one the disk refuses) or a file it may
#: not write (``SQLITE_READONLY``, ``SQLITE_CANTOPEN``). The store is only read, so they are the copy's.
_COPY_NOT_WRITTEN = {13: errno.ENOSPC, 10: None, 8: errno.EROFS, 14: errno.EACCES}


def _sqlite_backup(url: str, partial: Path) -> str:
    """SQLite's online backup of the store into ``partial``, made a file that needs no WAL beside it, then checked
    with ``PRAGMA quick_check``."""
    try:
        with db.engine(url).connect() as connection:
            copy = sqlite3.connect(partial)
            try:
                connection.connection.driver_connection.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # vagigs sets WAL again on a restored store's first open
                found = [row[0] for row in copy.execute("PRAGMA quick_check")]
            finally:
                copy.close()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in _COPY_NOT_WRITTEN:
            raise BackupRefused(_not_written(partial.parent, str(exc), _COPY_NOT_WRITTEN[code])) from exc
        if code not in db.SQLITE_DAMAGED:
            raise
        found = [str(exc)]
    if found != ["ok"]:
        # its first problem, on one line: a row of quick_check may hold several ("*** in database main ***\nPage 24:
        # btreeInitPage() returns error code 11"), and the refusal is one line of an operator's log
        first = "; ".join(line.strip() for line in found[0].splitlines() if line.strip())
        raise BackupRefused(f"the store is damaged (SQLite's quick_check of the copy: {first}), so no copy is "
                            f"kept: {db.damaged_advice(url)}")
    return "SQLite online backup; quick_check ok"


def pg_dump_command(url: str, dest: Path) -> tuple[list[str], dict[str, str]]:
    """The ``pg_dump`` command that backs up the PostgreSQL store at ``url`` into ``dest`` (its custom format, which
    ``pg_restore`` reads), and the environment it needs beyond the process's (the password, kept off the command
    line where ``ps`` shows it)."""
    parsed = make_url(url)
    env = {"PGPASSWORD": parsed.password} if parsed.password else {}
    libpq = URL.create("postgresql", username=parsed.username, host=parsed.host, port=parsed.port,
                       database=parsed.database, query=parsed.query).render_as_string(hide_password=False)
    return ["pg_dump", "--format=custom", f"--file={dest}", f"--dbname={libpq}"], env


def _pg_dump(url: str, partial: Path, dest: Path) -> str:
    command, env = pg_dump_command(url, partial)
    shown = shlex.join(pg_dump_command(url, dest)[0])
    if shutil.which("pg_dump") is None:
        raise BackupRefused(f"pg_dump is not on PATH: install PostgreSQL's client (the server's version or newer) and "
                            f"run `{shown}` (the password from PGPASSWORD or ~/.pgpass)")
    done = subprocess.run(command, env={**os.environ, **env}, capture_output=True, text=True)
    if done.returncode != 0:
        why = " ".join(done.stderr.split()) or f"exit status {done.returncode}"
        raise BackupRefused(f"pg_dump failed on the store at {config.shown_url(url)}: {why}")
    return "pg_dump --format=custom"
