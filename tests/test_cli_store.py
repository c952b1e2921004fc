"""A store the command cannot use is one error line, never a traceback: a file that is no database, a directory, a
server that does not answer or an address that is none (``cannot open the store at …``), a store that takes no
writes for a command that writes (``cannot write to the store at …``), and, for a command that only reads, no
store at all (``no store at …``), which it does not create: ``serve`` and ``reassess --dry-run`` had made an
empty one (and its folders) at a mistyped path."""
from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT, damaged_store, small_store, vagigs

READERS = [("feed",), ("runs",), ("health",), ("report", "volume"), ("report", "scams"), ("report", "pay"),
           ("report", "reach"), ("reassess", "--dry-run"), ("serve", "--port", "0")]


def _env(tmp_path: Path, url: str) -> dict[str, str]:
    return {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}


def _refused(args: tuple[str, ...], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = vagigs(*args, env=env, check=False)
    assert proc.returncode == (3 if args == ("health",) else 1), (args, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1, proc.stderr
    return proc


@pytest.mark.parametrize("args", [*READERS, ("crawl", "remotive", "--replay"), ("migrate",), ("retag",)])
def test_a_file_that_is_no_database_is_one_error_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    """``health`` exits 3 (unknown), as its help promises for a store it cannot read; the others 1."""
    text = tmp_path / "notes.db"
    text.write_text("shopping list\n", encoding="utf-8")
    proc = _refused(args, _env(tmp_path, f"sqlite:///{text}"))
    assert proc.stderr == f"Error: cannot open the store at sqlite:///{text}: DatabaseError: " \
                          "(sqlite3.DatabaseError) file is not a database; if it is the store, it is damaged: " \
                          f"restore the last good backup (see README), or try `sqlite3 {text} .recover`\n"


@pytest.mark.parametrize("args", [("feed",), ("health",), ("crawl", "remotive", "--replay")])
def test_a_directory_is_no_store(tmp_path: Path, args: tuple[str, ...]) -> None:
    folder = tmp_path / "v.db"
    folder.mkdir()
    proc = _refused(args, _env(tmp_path, f"sqlite:///{folder}"))
    assert proc.stderr == f"Error: cannot open the store at sqlite:///{folder}: {folder} is a directory\n"


@pytest.mark.parametrize("url", ["postgresql://127.0.0.1:1/x", "notaurl"])
def test_migrate_names_a_store_it_cannot_reach_as_the_other_commands_do(tmp_path: Path, url: str) -> None:
    migrate = _refused(("migrate",), _env(tmp_path, url))
    feed = _refused(("feed",), _env(tmp_path, url))
    assert migrate.stderr == feed.stderr
    assert migrate.stderr.startswith("Error: cannot open the store at ")


@pytest.mark.parametrize("args", READERS)
def test_a_command_that_only_reads_does_not_create_a_store(tmp_path: Path, args: tuple[str, ...]) -> None:
    missing = tmp_path / "typo" / "v.db"
    proc = _refused(args, _env(tmp_path, f"sqlite:///{missing}"))
    assert proc.stderr == (f"Error: no store at {missing}: run `vagigs crawl` or `vagigs demo` first, "
                           "or set VAGIGS_DATABASE_URL\n")
    assert not (tmp_path / "typo").exists()


def test_the_commands_that_write_still_create_the_store(tmp_path: Path) -> None:
    env = _env(tmp_path, f"sqlite:///{tmp_path / 'new' / 'v.db'}")
    assert " migrated from an empty database to " in vagigs("migrate", env=env).stdout
    assert (tmp_path / "new" / "v.db").is_file()
    assert vagigs("feed", env=env).stdout == "no postings match\n"


def test_checking_a_post_needs_no_store(tmp_path: Path) -> None:
    """``vagigs check`` compares a pay with the stored postings when there are any; without a store it judges the
    post alone, and leaves no store behind."""
    env = _env(tmp_path, f"sqlite:///{tmp_path / 'none' / 'v.db'}")
    out = vagigs("check", "--pay", "500 USD per month", "--format", "json", env=env,
                 input="Virtual assistant\nAnswer e-mail and keep the calendar. Remote.\n").stdout
    assert json.loads(out)["legitimacy"]["verdict"] and not (tmp_path / "none").exists()


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Path]:
    """A store the file system will not let anyone write, root included (``chattr +i``)."""
    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1"})
    path = tmp_path / "v.db"
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)],
                                                        capture_output=True).returncode != 0:
        pytest.skip("chattr +i needs root and a file system that has it")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


WRITERS = [("crawl", "remotive", "--replay"), ("retag",), ("reassess",), ("dedupe",), ("migrate",),
           ("runs", "--mark-lost")]


@pytest.mark.parametrize("args", WRITERS)
def test_a_store_that_takes_no_writes_is_refused_before_a_command_writes(tmp_path: Path, immutable: Path,
                                                                          args: tuple[str, ...]) -> None:
    proc = _refused(args, _env(tmp_path, f"sqlite:///{immutable}"))
    assert proc.stderr == (f"Error: cannot write to the store at sqlite:///{immutable}: "
                           "attempt to write a readonly database\n")
    assert proc.stdout == ""


def test_a_store_opened_read_only_is_refused_too_and_still_read(tmp_path: Path) -> None:
    """SQLite's own read-only mode (a URI filename with ``mode=ro``), which needs no root: a crawl is refused
    before it starts, while the commands that only read go on reading."""
    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1", "title": "Virtual assistant"})
    vagigs("migrate", env=_env(tmp_path, url))  # its search words folded: nothing left to write for a reader
    env = _env(tmp_path, f"sqlite:///file:{tmp_path / 'v.db'}?mode=ro&uri=true")
    proc = _refused(("crawl", "remotive", "--replay"), env)
    assert proc.stderr.startswith("Error: cannot write to the store at ")
    assert proc.stderr.endswith(": attempt to write a readonly database\n")
    assert "Virtual assistant" in vagigs("feed", "--all", env=env).stdout
    assert not (ROOT / "file:").exists()  # (a URI filename is no folder to create where the command runs)


@pytest.mark.parametrize(("words", "advice"), [
    ("database or disk is full", "free some disk space"),
    ("disk I/O error", "is the disk full?"),
    ("unable to open database file", "sqlite:///file:<path>?mode=ro&immutable=1&uri=true"),
    ("database is locked", "another process holds its write lock"),
])
def test_a_store_that_cannot_be_opened_says_what_to_do(words: str, advice: str) -> None:
    """A full disk had read "disk I/O error" and a read-only mount "unable to open database file", with no word of
    the cause or of how to read such a copy."""
    import sqlite3

    import click
    from sqlalchemy.exc import OperationalError

    import cli

    with pytest.raises(click.ClickException) as refused:
        with cli._opening("sqlite:////srv/vagigs.db"):
            raise OperationalError("SELECT 1", {}, sqlite3.OperationalError(words))
    assert refused.value.message.startswith("cannot open the store at sqlite:////srv/vagigs.db: OperationalError: ")
    assert words in refused.value.message and advice in refused.value.message


FUTURE = "0099_future_change"


def _from_a_newer_vagigs(url: str) -> None:
    from sqlalchemy import text

    from store import db

    with db.engine(url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})


def _newer_store_refused(url: str, tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from store import db

    [head] = ScriptDirectory.from_config(db.alembic_config(url)).get_heads()
    for args in [("health",), ("feed",), ("runs",), ("migrate",), ("crawl", "remotive", "--replay"),
                 ("retag", "--stale"), ("reassess", "--stale")]:
        proc = _refused(args, _env(tmp_path, url))
        assert proc.stderr == (f"Error: the store at {url} was written by a newer vagigs (revision {FUTURE}); this "
                               f"one knows up to {head}: upgrade vagigs, or downgrade the store with the newer "
                               f"vagigs's `alembic downgrade {head}` (see README)\n"), args


@pytest.mark.long
def test_a_store_a_newer_vagigs_migrated_is_one_line_saying_so(tmp_path: Path) -> None:
    """Every command had printed Alembic's 92-line ``Can't locate revision identified by '0020_…'``."""
    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1"})
    _from_a_newer_vagigs(url)
    _newer_store_refused(url, tmp_path)


@pytest.mark.postgres
@pytest.mark.long
def test_a_postgres_store_a_newer_vagigs_migrated_is_not_called_behind(postgres_server: str, tmp_path: Path) -> None:
    """``health`` and ``feed`` had advised ``vagigs migrate``, which then printed Alembic's traceback."""
    from store import db
    from tests.helpers import own_postgres_database

    with own_postgres_database(postgres_server, "vagigs_newer") as url:
        db.migrate(url)
        _from_a_newer_vagigs(url)
        _newer_store_refused(url, tmp_path)


def _malformed(path: Path) -> str:
    """What every command says of the damaged store at ``path``, as a crawl over it does."""
    return ("DatabaseError: database disk image is malformed; the store is damaged: restore the last good backup (see "
            f"README), or try `sqlite3 {path} .recover`")


@pytest.mark.parametrize("args", [("health",), ("feed", "--all", "--format", "csv"), ("feed",), ("runs",),
                                  ("report", "volume")])
def test_a_store_that_opens_but_cannot_be_read_is_one_error_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    """``health`` had ended in a traceback and exit 1 ("warning"), though its help promises 3 for a store it
    cannot read; ``feed --format csv`` in a traceback."""
    url, path = damaged_store(tmp_path)
    proc = vagigs(*args, env=_env(tmp_path, url), check=False)
    assert proc.returncode == (3 if args == ("health",) else 1), (proc.stdout, proc.stderr)
    assert proc.stderr == f"Error: cannot read the store at {url}: {_malformed(path)}\n"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@pytest.mark.parametrize("args", [(), ("--all",)], ids=["curated", "all"])
def test_an_export_of_a_store_that_cannot_be_read_writes_no_data(tmp_path: Path, fmt: str,
                                                                 args: tuple[str, ...]) -> None:
    """The error alone: a JSON export had written "[" and a CSV one its header before the store refused the read,
    the start of an export on standard output."""
    url, path = damaged_store(tmp_path)
    proc = vagigs("feed", *args, "--format", fmt, env=_env(tmp_path, url), check=False)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == f"Error: cannot read the store at {url}: {_malformed(path)}\n"


def test_health_on_a_store_it_cannot_read_answers_a_json_monitor_unknown(tmp_path: Path) -> None:
    url, path = damaged_store(tmp_path)
    proc = vagigs("health", "--format", "json", env=_env(tmp_path, url), check=False)
    assert proc.returncode == 3
    assert json.loads(proc.stdout) == {"level": "unknown", "sources": [],
                                       "error": f"cannot read the store at {url}: {_malformed(path)}"}


@pytest.mark.postgres
def test_health_with_a_role_that_may_read_only_the_revision_is_unknown(postgres_url: str, tmp_path: Path) -> None:
    """A PostgreSQL role granted SELECT on alembic_version alone passes the check that the store is migrated,
    then was refused on the first table health read: a traceback, exit 1."""
    import uuid

    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from store import db

    role = f"vagigs_ro_{uuid.uuid4().hex[:8]}"
    with db.engine(postgres_url).begin() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        connection.execute(text(f'GRANT SELECT ON alembic_version TO "{role}"'))
    try:
        url = make_url(postgres_url).set(username=role).render_as_string(hide_password=False)
        proc = vagigs("health", env=_env(tmp_path, url), check=False)
        assert proc.returncode == 3, (proc.stdout, proc.stderr)
        assert proc.stderr.startswith(f"Error: cannot read the store at {url}: ProgrammingError: ")
        assert "permission denied" in proc.stderr and len(proc.stderr.splitlines()) == 1
    finally:
        db.engine.cache_clear()
        with db.engine(postgres_url).begin() as connection:
            connection.execute(text(f"""SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'"""))
            connection.execute(text(f'REVOKE ALL ON alembic_version FROM "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))


@pytest.mark.parametrize(("url", "advice"), [
    ("postgresql+psycopg://postgres@127.0.0.1:1/vagigs", "is a PostgreSQL server running at that host and port?"),
    ("postgres+psycopg://vagigs@db/vagigs", "VAGIGS_DATABASE_URL must read sqlite:////path/to/vagigs.db or "
                                            "postgresql+psycopg://user@host/db"),
    ("mysql://vagigs@db/vagigs", "VAGIGS_DATABASE_URL must read sqlite:////path/to/vagigs.db or "
                                 "postgresql+psycopg://user@host/db"),
    ("sqlite:/srv/vagigs.db", "VAGIGS_DATABASE_URL must read sqlite:////path/to/vagigs.db or "
                              "postgresql+psycopg://user@host/db"),
])
def test_a_mistyped_store_address_says_what_to_do(tmp_path: Path, url: str, advice: str) -> None:
    """The driver's words alone ("Connection refused", "Can't load plugin: sqlalchemy.dialects:postgres.psycopg",
    "No module named 'MySQLdb'") had said what went wrong but not what to write instead."""
    for args in (("runs",), ("crawl", "remotive", "--replay")):
        proc = _refused(args, _env(tmp_path, url))
        assert proc.stderr.startswith("Error: cannot open the store at ") and advice in proc.stderr, proc.stderr


@pytest.mark.parametrize("args", [("runs",), ("crawl", "remotive", "--replay")])
def test_a_sqlite_address_with_a_host_is_refused_as_such(tmp_path: Path, args: tuple[str, ...]) -> None:
    """``sqlite://srv/vagigs.db`` (three slashes short of an absolute path) had been read by the commands that only
    read as the file ``vagigs.db`` in the working folder ("no store at vagigs.db"), by the others as an invalid
    address."""
    proc = _refused(args, _env(tmp_path, "sqlite://srv/vagigs.db"))
    assert proc.stderr == ("Error: cannot open the store at sqlite://srv/vagigs.db: a SQLite address names a file, "
                           "not a host: write sqlite:////srv/vagigs.db for the absolute path /srv/vagigs.db\n")


@pytest.mark.postgres
def test_a_database_the_server_lacks_is_named_with_how_to_make_it(postgres_server: str, tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    missing = make_url(postgres_server).set(database="vagigs_no_such_database").render_as_string(False)
    proc = _refused(("runs",), _env(tmp_path, missing))
    assert 'database "vagigs_no_such_database" does not exist' in proc.stderr
    assert "create it (createdb), or correct its name in VAGIGS_DATABASE_URL" in proc.stderr


@pytest.mark.parametrize(("words", "advice"), [
    ('connection failed: FATAL:  password authentication failed for user "vagigs"',
     "check the user and password in VAGIGS_DATABASE_URL (or PGPASSWORD, ~/.pgpass)"),
    ('connection failed: FATAL:  role "vagigs" does not exist',
     "check the user and password in VAGIGS_DATABASE_URL (or PGPASSWORD, ~/.pgpass)"),
    ('failed to resolve host \'dbb\': [Errno -2] Name or service not known',
     "check the host name in VAGIGS_DATABASE_URL"),
    ("connection timeout expired",
     "is a PostgreSQL server running at that host and port? check them in VAGIGS_DATABASE_URL"),
])
def test_a_server_that_refuses_the_connection_says_what_to_check(words: str, advice: str) -> None:
    import click
    from sqlalchemy.exc import OperationalError

    import cli

    with pytest.raises(click.ClickException) as refused:
        with cli._opening("postgresql+psycopg://vagigs@db/vagigs"):
            raise OperationalError("connect", {}, Exception(words))
    assert refused.value.message.endswith(f"{words}; {advice}")


def test_the_advice_names_where_the_address_was_written() -> None:
    """``copy-store --to`` names its target on the command line, not in VAGIGS_DATABASE_URL."""
    import click
    from sqlalchemy.exc import OperationalError

    import cli

    with pytest.raises(click.ClickException) as refused:
        with cli._opening("postgresql+psycopg://vagigs@db/vagigs", named_by="--to"):
            raise OperationalError("connect", {}, Exception('FATAL:  database "vagigs" does not exist'))
    assert refused.value.message.endswith("; create it (createdb), or correct its name in --to")


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that takes connections and never answers: a hung server, or a wrong port a firewall holds open."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()


@pytest.mark.long
def test_a_server_that_never_answers_is_given_up_on(tmp_path: Path, silent_server: int) -> None:
    """libpq waits for ever by default: every command, `vagigs health` as a monitor's check included, had hung.
    (Long: it waits out the default 10 s; ``test_the_default_connect_timeout_is_set_unless_one_is_given`` checks the
    setting in no time.)"""
    import time

    started = time.monotonic()
    proc = _refused(("runs",), _env(tmp_path, f"postgresql+psycopg://vagigs@127.0.0.1:{silent_server}/vagigs"))
    assert time.monotonic() - started < 40
    assert "timeout expired; is a PostgreSQL server running at that host and port?" in proc.stderr


def test_a_connect_timeout_the_address_gives_is_kept(tmp_path: Path, silent_server: int) -> None:
    import time

    started = time.monotonic()
    _refused(("runs",), _env(tmp_path, f"postgresql+psycopg://vagigs@127.0.0.1:{silent_server}/vagigs"
                                       "?connect_timeout=2"))
    assert time.monotonic() - started < 9


def test_the_default_connect_timeout_is_set_unless_one_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    from store import db

    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    url = "postgresql+psycopg://vagigs@127.0.0.1/vagigs"
    assert db._connect_timeout(url) == {"connect_timeout": db.CONNECT_TIMEOUT_SECONDS}
    assert db._connect_timeout(url + "?connect_timeout=2") == {}
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "3")
    assert db._connect_timeout(url) == {}
