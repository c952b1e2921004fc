"""Engines, sessions and migrations.

``engine(url)`` is cached per URL so every stage of one process shares a pool.
``migrate(url)`` brings any database to the newest Alembic revision; the CLI
calls it before each command on the embedded default, so a fresh machine needs
no separate setup step.
"""
from __future__ import annotations

import logging
import os
import shlex
import stat
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path
from datetime import timezone
from typing import TYPE_CHECKING, Protocol
from urllib.parse import unquote, urlsplit

from sqlalchemy import Connection, Dialect, Engine, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

import config

if TYPE_CHECKING:
    from alembic.script import Script, ScriptDirectory

MIGRATIONS = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names, or None for an in-memory store or another database. A URI filename
    (``sqlite:///file:/srv/v.db?mode=ro&uri=true``) names the file of its path."""
    parsed = make_url(url)
    database = parsed.database
    if not parsed.get_backend_name() == "sqlite" or not database:
        return None
    if parsed.query.get("uri") in ("true", "1") and database.startswith("file:"):
        if parsed.query.get("mode") == "memory":
            return None
        database = unquote(urlsplit(database).path)
    return None if database == ":memory:" else Path(database).expanduser()


def _prepare_sqlite_file(url: str) -> None:
    """The store's folder made (only its owner may enter a folder it makes), and a store not there yet created
    readable by its owner alone: it holds every crawled posting and the runs' errors. A store there already is
    made so too (``_owner_only``)."""
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            try:
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            except OSError:
                pass  # a folder it cannot write to: opening the store says so, as before
        _owner_only(path)


#: The files SQLite keeps beside a store: it makes them with the store's own mode.
SIDE_FILES = ("-wal", "-shm", "-journal")


def store_files(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES)]


def _owner_only(path: Path) -> None:
    """Take group's and others' access away from the store's files this user owns: a store put back from a 0644
    copy had stayed readable by every user of the machine, and so had the -wal and -shm SQLite then made. A file
    another user owns is left as it is (``readable_by_others`` names it to ``vagigs health``)."""
    for file in store_files(path):
        try:
            found = os.stat(file)
            if found.st_uid == os.getuid() and found.st_mode & 0o077:
                os.chmod(file, stat.S_IMODE(found.st_mode) & 0o700)
                log.info("%s was readable by other users (mode %o): made readable by its owner alone",
                            file, stat.S_IMODE(found.st_mode))
        except OSError:
            pass  # gone meanwhile, or a read-only file system: nothing to change there


def readable_by_others(url: str) -> list[tuple[Path, int]]:
    """The files of the SQLite store at ``url`` other users may read or write, with their modes."""
    path = sqlite_file(url)
    loose = []
    for file in store_files(path) if path is not None else []:
        try:
            mode = stat.S_IMODE(os.stat(file).st_mode)
        except OSError:
            continue
        if mode & 0o077:
            loose.append((file, mode))
    return loose


@lru_cache(maxsize=16)
def engine(url: str | None = None) -> Engine:
    url = url or config.database_url()
    if url.startswith("sqlite"):
        _prepare_sqlite_file(url)
        eng = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(eng, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return eng
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"options": POSTGRESQL_OPTIONS, **_connect_timeout(url)})


#: Seconds a PostgreSQL connection may take to be made. libpq waits for ever by default, so a server that takes the
#: connection and never answers (hung, or a wrong port held open) had hung every command, ``vagigs health`` too.
CONNECT_TIMEOUT_SECONDS = 10


def _connect_timeout(url: str) -> dict[str, int]:
    """``connect_timeout`` for libpq, unless the store's address or ``PGCONNECT_TIMEOUT`` gives one."""
    if "connect_timeout" in make_url(url).query or os.environ.get("PGCONNECT_TIMEOUT"):
        return {}
    return {"connect_timeout": CONNECT_TIMEOUT_SECONDS}


#: Session settings of every PostgreSQL connection. ``jit=off``: the feed's costs grow with a page's offset (each
#: closed gig met on the way has its cluster looked up), so deep pages crossed PostgreSQL's JIT thresholds and
#: compiled for longer than they ran: at 200,000 postings the 500th page took 560 ms, 75 ms without JIT, and no
#: read of the feed, trends or reports measured gained from it. (Connection options override ``ALTER DATABASE
#: ... SET jit``: to have JIT back, remove it here.)
POSTGRESQL_OPTIONS = "-c jit=off"


def insert_for(dialect: Dialect):  # type: ignore[no-untyped-def]
    """The dialect's ``insert`` construct, which has ``on_conflict_do_update`` / ``on_conflict_do_nothing``
    (PostgreSQL's, or SQLite's for the embedded store)."""
    return postgresql.insert if dialect.name == "postgresql" else sqlite.insert


def sessions(url: str | None = None) -> sessionmaker[Session]:
    return sessionmaker(engine(url), expire_on_commit=False)


def one_snapshot(session: Session) -> None:
    """Have ``session``'s reads from here to its commit or rollback see the store as it was at the first of them,
    whatever is written meanwhile: a count and the page it counts (``store.web_queries.feed_page``), which read in
    two statements had disagreed while a crawl stored (a total of 33 above a page of 34 and no next page).

    On PostgreSQL, a REPEATABLE READ, read-only transaction: each statement of a READ COMMITTED one, the default,
    has its own snapshot. Only a session that has not begun its transaction can have it; one begun keeps its level.
    On SQLite, a read transaction begun at once: Python's sqlite3 begins one only before a write, so each read ran
    in its own; in WAL mode the transaction's snapshot is taken at its first read and kept to its end."""
    if session.get_bind().dialect.name == "postgresql":
        if not session.in_transaction():
            session.connection(execution_options={"isolation_level": "REPEATABLE READ", "postgresql_readonly": True})
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")


def alembic_config(url: str | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", (url or config.database_url()).replace("%", "%%"))
    return cfg


class NewerStore(Exception):
    """The store is at a revision this code does not know: a newer vagigs migrated it. Migrating it would fail
    (Alembic cannot locate the revision), and reading it may meet columns and tables this code has never heard of."""

    def __init__(self, revisions: list[str], head: str) -> None:
        super().__init__(f"was written by a newer vagigs (revision {', '.join(revisions)}); "
                         f"this one knows up to {head}")
        self.revisions, self.head = revisions, head

    def refusal(self, shown_url: str) -> str:
        """The one line a command or the web app refuses the store at ``shown_url`` with, and what to do."""
        return (f"the store at {shown_url} {self}: upgrade vagigs, or downgrade the store with the newer vagigs's "
                f"`alembic downgrade {self.head}` (see README)")


def _behind(connection: Connection, script: ScriptDirectory) -> bool:
    """Whether the store on ``connection`` lacks a migration of ``script`` (a new, empty database included).
    Raises ``NewerStore`` for a revision ``script`` does not know."""
    return set(_revisions(connection, script)) != set(script.get_heads())


def _revisions(connection: Connection, script: ScriptDirectory) -> tuple[str, ...]:
    """The revisions the store on ``connection`` is at (none: a new, empty database). Raises ``NewerStore`` for a
    revision ``script`` does not know."""
    from alembic.runtime.migration import MigrationContext

    current = tuple(MigrationContext.configure(connection).get_current_heads())
    unknown = sorted(set(current) - {s.revision for s in script.walk_revisions()})
    if unknown:
        raise NewerStore(unknown, ", ".join(script.get_heads()))
    return current


def _script(url: str) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(url))


def pending_migrations(url: str | None = None) -> bool:
    """Whether the store at ``url`` lacks a migration this code needs (a new, empty database included). Raises
    ``NewerStore`` for a store a newer vagigs migrated: it is not behind."""
    url = url or config.database_url()
    with engine(url).connect() as connection:
        return _behind(connection, _script(url))


class LeftByNewer(Exception):
    """A migration found what it makes already there, though the store's revision is older: a newer store's tables
    left beside an older backup restored over it with ``pg_restore --clean``, which drops only what the backup
    holds. The migration's transaction is rolled back: the store stays at its revision."""

    def __init__(self, before: tuple[str, ...], revision: str, why: str) -> None:
        super().__init__(f"cannot be migrated from {', '.join(before) or 'an empty database'}: {revision} failed: "
                         f"{why}")
        self.before, self.revision = before, revision

    def refusal(self, shown_url: str) -> str:
        return (f"the store at {shown_url} {self}; it holds what a newer vagigs made though its revision is older, "
                "as an older backup restored over a newer store with `pg_restore --clean` (which drops only what the "
                "backup holds) leaves it; nothing was changed: restore the backup into an empty database instead "
                "(see README), then run `vagigs migrate`")


#: PostgreSQL's codes for an object made twice: a table or index, another object (a trigger, a constraint), a
#: column, a function.
_DUPLICATE_SQLSTATES = frozenset({"42P07", "42710", "42701", "42723"})


def _made_already(exc: DBAPIError) -> bool:
    """Whether a migration failed on something it makes being there already. PostgreSQL's message is in the
    server's language: its code is read; SQLite's is English."""
    if getattr(exc.orig, "sqlstate", None) in _DUPLICATE_SQLSTATES:
        return True
    words = str(exc.orig)
    return isinstance(exc, OperationalError) and ("already exists" in words or "duplicate column name" in words)


class MigrationProgress(Protocol):
    """What ``migrate`` tells as it goes: a big store's migration takes minutes, in one transaction."""

    def waiting(self, migrating: str) -> None:
        """Another process is migrating the store (``migrating``: which, since when): this one waits for it."""

    def begin(self, before: tuple[str, ...], pending: list[Script]) -> None:
        """The store is at ``before`` (none: an empty database) and lacks ``pending``, applied in that order."""

    def applying(self, script: Script) -> None:
        """``script``'s migration starts."""


class _Steps:
    """The revisions an upgrade applies, in Alembic's order, and the one under way, each told as it starts: Alembic
    tells only when one is done (``on_version_apply``)."""

    def __init__(self, script: ScriptDirectory, before: tuple[str, ...],
                 progress: MigrationProgress | None) -> None:
        self.pending: list[Script] = list(reversed(list(script.iterate_revisions("heads", before,
                                                                                  implicit_base=True))))
        self.done, self.progress = 0, progress
        if progress is not None:
            progress.begin(before, self.pending)
        self._tell()

    @property
    def under_way(self) -> Script | None:
        return self.pending[self.done] if self.done < len(self.pending) else None

    def applied(self, **_: object) -> None:
        self.done += 1
        self._tell()

    def _tell(self) -> None:
        if self.progress is not None and self.under_way is not None:
            self.progress.applying(self.under_way)


#: The advisory lock two ``migrate`` calls on one PostgreSQL store take in turn ("vgmg").
MIGRATE_LOCK_KEY = 0x76676D67


def heads(url: str | None = None) -> tuple[str, ...]:
    """The newest revisions this code migrates a store to."""
    return tuple(_script(url or config.database_url()).get_heads())


def migrating(url: str | None = None) -> str | None:
    """Which process is migrating the store at ``url`` now, and since when, as words for a line ("PostgreSQL
    backend 4242, since 12:03:04 UTC"); None when none is. A store lacking migrations while one runs is not to be
    migrated again, only waited for: it is one transaction, so its revision reads as the old one until it ends.
    PostgreSQL only, where the migration holds ``MIGRATE_LOCK_KEY``; on SQLite it holds the write lock, as any
    writer does."""
    with engine(url or config.database_url()).connect() as connection:
        return _migrating(connection)


def _migrating(connection: Connection) -> str | None:
    if connection.dialect.name != "postgresql":
        return None
    from sqlalchemy import text

    found = connection.execute(text(
        "SELECT l.pid, a.xact_start FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = :k AND l.objsubid = 1 "
        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND l.pid <> pg_backend_pid()"), {"k": MIGRATE_LOCK_KEY}).first()
    if found is None:
        return None
    pid, since = found
    # another role's session shows no start unless this one may read all statistics
    return f"PostgreSQL backend {pid}" + (f", since {since.astimezone(timezone.utc):%H:%M:%S} UTC" if since else "")


def migrate(url: str | None = None, progress: MigrationProgress | None = None) -> None:
    """Apply every pending migration (all branch heads) to the store at ``url``. Two at once (nodes starting
    together, ``vagigs migrate`` beside another command, which migrates the embedded store first) take turns, and
    the second finds nothing left to do: on PostgreSQL at a transaction's advisory lock (both created the same
    tables, and one failed with a unique violation in ``pg_type``); on SQLite at the write lock, taken before
    Alembic reads the store's revision (the second had read it before waiting for the lock, then migrated from
    it again: ``CommandError: Online migration expected to match one row``). A store with nothing pending is
    not locked, so a command does not wait for a long write (a retag) to read an up-to-date store. Raises
    ``NewerStore`` for a store a newer vagigs migrated, ``LeftByNewer`` for one holding what a migration makes.
    ``progress`` is told of the wait for another migration and of each revision as it starts."""
    from alembic import command

    url = url or config.database_url()
    if url.startswith("sqlite"):
        _prepare_sqlite_file(url)
    cfg = alembic_config(url)
    script = _script(url)
    with engine(url).begin() as connection:
        if connection.dialect.name == "postgresql":
            if not connection.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock({MIGRATE_LOCK_KEY})").scalar():
                other = _migrating(connection)
                if other is not None and progress is not None:
                    progress.waiting(other)
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK_KEY})")
        elif connection.dialect.name == "sqlite":
            if not _behind(connection, script):
                return
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # waits the engine's busy timeout for another's lock
        before = _revisions(connection, script)
        if set(before) == set(script.get_heads()):
            return
        steps = _Steps(script, before, progress)
        cfg.attributes.update(connection=connection, on_version_apply=steps.applied)
        try:
            command.upgrade(cfg, "heads")
        except DBAPIError as exc:
            failed = steps.under_way
            if failed is None or not _made_already(exc):
                raise
            raise LeftByNewer(before, failed.revision, str(exc.orig).splitlines()[0]) from exc


#: SQLite's primary result code for a write to a store opened read-only (``SQLITE_READONLY``; its extended codes
#: keep it in the low byte).
_SQLITE_READONLY = 8


def unwritable(url: str | None = None) -> str | None:
    """Why the store at ``url`` takes no writes, or None when it takes them: a SQLite file that is read-only (its
    mode, ``chattr +i``, a read-only mount, ``?mode=ro``), or a PostgreSQL server in read-only mode (a standby,
    ``default_transaction_read_only``). Asked before a command that writes, so such a store is refused at once
    instead of failing on every posting. Other errors are raised: the store cannot be opened at all."""
    url = url or config.database_url()
    with engine(url).connect() as connection:
        if connection.dialect.name == "postgresql":
            read_only = connection.exec_driver_sql("SHOW transaction_read_only").scalar() == "on"
            return "the server is read-only (transaction_read_only is on)" if read_only else None
        version = connection.exec_driver_sql("PRAGMA user_version").scalar()
        try:  # a write of what is there, rolled back (SQLite grants a read-only store the write lock)
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            connection.exec_driver_sql(f"PRAGMA user_version = {int(version)}")
        except OperationalError as exc:
            if getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF == _SQLITE_READONLY:
                return str(exc.orig)
            raise
        finally:
            connection.rollback()
    return None


#: SQLite's primary result codes for a file that is damaged (``SQLITE_CORRUPT``) or no database (``SQLITE_NOTADB``).
SQLITE_DAMAGED = frozenset({11, 26})
#: PostgreSQL's SQLSTATEs ``data_corrupted`` and ``index_corrupted``.
_POSTGRES_DAMAGED = frozenset({"XX001", "XX002"})
_DAMAGED_WORDS = ("database disk image is malformed", "file is not a database")


def error_says(exc: BaseException, sqlite_codes: Collection[int], postgres_states: Collection[str],
               words: Collection[str]) -> bool:
    """Whether a store's error is one of a kind: by SQLite's primary result code or PostgreSQL's SQLSTATE where the
    driver gives one, else by its message's ``words`` (lower case)."""
    driver = getattr(exc, "orig", None) or exc
    code = getattr(driver, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in sqlite_codes
    state = getattr(driver, "sqlstate", None)
    if state is not None:
        return state in postgres_states
    text = str(driver).lower()
    return any(w in text for w in words)


def damaged(exc: BaseException) -> bool:
    """Whether a store's error says its file (a table, an index) is damaged: every read or write of what is damaged
    fails the same way until it is restored or repaired."""
    return error_says(exc, SQLITE_DAMAGED, _POSTGRES_DAMAGED, _DAMAGED_WORDS)


def damaged_advice(url: str) -> str:
    """What to do with the store at ``url`` when it is ``damaged``, as every command and a crawl say it."""
    path = sqlite_file(url)
    if path is None:
        return "see the server's log: REINDEX a damaged index, or restore the last good backup (see README)"
    return f"restore the last good backup (see README), or try `sqlite3 {shlex.quote(str(path))} .recover`"
