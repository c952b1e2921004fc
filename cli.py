"""The ``vagigs`` command: one CLI for operators, seekers and analysts."""
from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

import config
from crawlers.escapes import escaped

if TYPE_CHECKING:
    from alembic.script import Script

    from replay.snapshot_format import Entry
    from store.db import MigrationProgress


class _NoStore(click.ClickException):
    """No SQLite file where the store should be, for a command that only reads it."""


def _store(url: str | None = None, *, create: bool = False, write: bool = False,
           progress: MigrationProgress | None = None) -> str:
    """The store URL, migrated first (and every posting given its search words) when it is the embedded SQLite
    default; a server store (PostgreSQL) is migrated by its operator (``vagigs migrate``), so a command on one
    that is not stops with that advice instead of a traceback per table.

    A command that only reads refuses a SQLite file that is not there, rather than leave an empty store (and its
    folders) behind a mistyped path; one that writes (``create``) makes it. ``write``: refuse a store that takes
    no writes before starting, rather than fail on every posting. A store that cannot be opened is one error line.
    A server store another process is migrating is refused as such, not as one to migrate (``progress``: told of
    the embedded store's migration, ``store.db.migrate``)."""
    from store import db

    url = url or config.database_url()
    shown = config.shown_url(url)
    with _opening(url):
        if url.startswith("sqlite"):
            _no_sqlite_host(url)
            path = db.sqlite_file(url)
            if path is not None and not create and not path.exists():
                raise _NoStore(f"no store at {path}: run `vagigs crawl` or `vagigs demo` first, "
                               "or set VAGIGS_DATABASE_URL")
            if path is not None and path.is_dir():
                raise click.ClickException(f"cannot open the store at {shown}: {path} is a directory")
            if write:  # before migrating, which would fail half-way
                _writable(url)
            db.migrate(url, progress=progress)
            _index_for_search(url)
            return url
        behind = db.pending_migrations(url)
        running = db.migrating(url) if behind else None
        if running:
            raise click.ClickException(f"the store at {shown} is being migrated ({running}): run this again when it "
                                       "ends")
        if write:
            _writable(url)
    if behind:
        raise click.ClickException(f"the store at {shown} is not migrated to this version of vagigs: "
                                   "run `vagigs migrate` once (with the same VAGIGS_DATABASE_URL)")
    return url


def _no_sqlite_host(url: str) -> None:
    """Refuse ``sqlite://srv/vagigs.db``: SQLAlchemy reads its ``srv`` as a host, which SQLite has none of, and the
    file as ``vagigs.db`` in the working folder (a reader said "no store at vagigs.db")."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.host:
        path = "/" + "/".join(p for p in (parsed.host, parsed.database) if p)
        raise click.ClickException(f"cannot open the store at {config.shown_url(url)}: a SQLite address names a "
                                   f"file, not a host: write sqlite:///{path} for the absolute path {path}")


@contextmanager
def _opening(url: str, named_by: str = "VAGIGS_DATABASE_URL") -> Iterator[None]:
    """A store that cannot be reached or read (no server, not a database, no driver for the URL) as the one line
    ``Error: cannot open the store at …: <reason>; <what to do>``, not a traceback (``named_by``: where the
    operator wrote the URL, which the advice names); a store a newer vagigs migrated as one line
    saying so (``store.db.NewerStore``), not as one to migrate, and one holding what a migration makes
    (``store.db.LeftByNewer``) as what to do."""
    from sqlalchemy.exc import SQLAlchemyError

    from store.db import LeftByNewer, NewerStore

    try:
        yield
    except (NewerStore, LeftByNewer) as exc:
        raise click.ClickException(exc.refusal(config.shown_url(url))) from exc
    except (SQLAlchemyError, OSError, ImportError) as exc:
        why = str(exc).splitlines()[0]
        advice = _damaged(url, exc) or next((f"; {a.format(url=named_by)}" for words, a in _STORE_OPENING_ADVICE
                                             if words in why.lower()), "")
        raise click.ClickException(f"cannot open the store at {config.shown_url(url)}: {exc.__class__.__name__}: "
                                   f"{why}{advice}") from exc


#: What to do when the store refuses work it had begun, by the database's own words.
_STORE_REFUSALS = (("disk is full", "free some disk space"), ("disk i/o error", "check the disk"),
                   ("locked", "another process holds its write lock (a crawl, vagigs retag, …): run this when it ends"),
                   ("readonly", "the store's file or folder takes no writes"))
_CHECK_LOGIN = "check the user and password in {url} (or PGPASSWORD, ~/.pgpass)"
_CHECK_SERVER = "is a PostgreSQL server running at that host and port? check them in {url}"
_WRITE_AN_ADDRESS = "{url} must read sqlite:////path/to/vagigs.db or postgresql+psycopg://user@host/db"
#: ... and when it cannot be opened at all: SQLite opens its file for writing and keeps its journal beside it, so a
#: full disk says "disk I/O error" and a read-only folder "unable to open database file".
_STORE_OPENING_ADVICE = (("disk is full", "free some disk space"),
                         ("disk i/o error", "is the disk full? free some space, or check the disk"),
                         ("unable to open database file", "its folder must be writable (SQLite keeps its journal "
                                                          "there); to read a read-only copy, name it as "
                                                          "sqlite:///file:<path>?mode=ro&immutable=1&uri=true"),
                         ("locked", "another process holds its write lock: run this when it ends"),
                         *((words, _CHECK_LOGIN) for words in ("password authentication failed", 'role "',
                                                                "no password supplied")),
                         ("does not exist", "create it (createdb), or correct its name in {url}"),
                         *((words, _CHECK_SERVER) for words in ("connection refused", "timeout expired",
                                                                "no route to host")),
                         *((words, "check the host name in {url}")
                           for words in ("failed to resolve host", "could not translate host name")),
                         *((words, _WRITE_AN_ADDRESS) for words in ("can't load plugin", "could not parse",
                                                                    "invalid sqlite url", "no module named")))


#: What to do when a store that opened cannot be read, by the database's own words.
_STORE_READING_ADVICE = (("permission denied", "the database role lacks a grant on the store's tables"),
                         *_STORE_REFUSALS)


def _damaged(url: str, exc: BaseException) -> str:
    """``; `` and what to do with a damaged store (``store.db.damaged``), in the words a crawl says it in; ``""`` for
    any other error. A file that is no database at all may be another file, named by mistake."""
    from store import db

    if not db.damaged(exc):
        return ""
    maybe = "if it is the store, it" if "not a database" in str(exc).lower() else "the store"
    return f"; {maybe} is damaged: {db.damaged_advice(url)}"


def _unreadable(url: str, exc: Exception) -> str:
    """The one line naming a store that opened but refused a read (a damaged file, a role without grants) and the
    database's words, not a traceback."""
    why = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    advice = _damaged(url, exc) or next((f"; {a}" for words, a in _STORE_READING_ADVICE if words in why.lower()), "")
    return f"cannot read the store at {config.shown_url(url)}: {exc.__class__.__name__}: {why}{advice}"


@contextmanager
def _refused(url: str, kept: str) -> Iterator[None]:
    """The store refusing a maintenance command's work midway (a full disk, a lock held past the timeout) as one
    line with the database's words, what was kept (``kept``) and what to do, not a traceback."""
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as exc:
        why = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        advice = next((a for words, a in _STORE_REFUSALS if words in why.lower()), "see the log")
        raise click.ClickException(f"the store at {config.shown_url(url)} refused the work: {why}; {kept}; "
                                   f"{advice}, then run it again") from exc


def _writable(url: str) -> None:
    """Refuse a store that takes no writes (``store.db.unwritable``)."""
    from store import db

    why = db.unwritable(url)
    if why:
        raise click.ClickException(f"cannot write to the store at {config.shown_url(url)}: {why}")


#: The most a count option takes (``--limit``): beyond any store, and within every database's integers (a bigger
#: one had ended in OverflowError on SQLite, DataError on PostgreSQL).
MOST = 1_000_000_000
#: The most ``--market-days`` takes: a century, beyond any store's postings.
MOST_DAYS = 36_500
#: The most ``runs --lost-after`` takes, in seconds: a year.
MOST_SECONDS = 366 * 24 * 3600
#: A TCP port; 0 picks a free one.
PORT = click.IntRange(0, 65535)


class _Seconds(click.FloatRange):
    """A positive, finite number of seconds up to ``MOST_SECONDS`` (``nan``, which compares false with every
    bound, is refused too)."""

    def __init__(self) -> None:
        super().__init__(min=0, min_open=True, max=MOST_SECONDS)

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        seconds = super().convert(value, param, ctx)
        if seconds != seconds:
            self.fail(f"{value!r} is not a number.", param, ctx)
        return seconds


#: How Scrapy reads a setting whose default is of a type (bool first: a bool is an int), and what such a value is.
_READ_AS = ((bool, "getbool", "a flag (1/0, true/false)"), (int, "getint", "a whole number"),
            (float, "getfloat", "a number"))


def _settings(overrides: tuple[str, ...]) -> dict[str, str]:
    """``--set KEY=VALUE`` options as Scrapy settings. A setting whose default (vagigs' or Scrapy's) is a flag or a
    number must be given as one, read as Scrapy reads it: Scrapy would read ``abc`` only when it needs the value,
    mid-crawl (a traceback, or a pass such as the delisting skipped behind a run reported ``finished``)."""
    bad = [o for o in overrides if "=" not in o or not o.split("=", 1)[0].strip()]
    if bad:
        raise click.BadParameter(f"{bad[0]!r}: write KEY=VALUE, e.g. DOWNLOAD_DELAY=2", param_hint="--set")
    given = {k.strip(): v for k, v in (o.split("=", 1) for o in overrides)}
    if not given:
        return given
    from scrapy.settings import BaseSettings

    from crawlers.run import project_settings

    defaults = project_settings()
    for name, value in given.items():
        if name.startswith("VAGIGS_") and name not in defaults:
            raise click.BadParameter(f"{name}={value!r}: {_no_setting(name, defaults)}", param_hint="--set")
        default = defaults.get(name)
        if name == "LOG_LEVEL":
            given[name] = _log_level(value)
            continue
        if isinstance(default, (dict, BaseSettings)):
            _json_object(name, value)
            continue
        read = next(((getter, kind) for type_, getter, kind in _READ_AS if isinstance(default, type_)), None)
        if read is None:
            continue
        try:
            getattr(BaseSettings({name: value}), read[0])(name)
        except ValueError:
            raise click.BadParameter(f"{name}={value!r}: {name} takes {read[1]}, like its default {default!r}",
                                     param_hint="--set") from None
    return given


def _no_setting(name: str, defaults: Iterable[str]) -> str:
    """Why ``--set`` refuses a ``VAGIGS_`` name no crawl reads: an environment variable (``config.ENVIRONMENT``), read
    by every command from the environment only, or no name of vagigs at all (``VAGIGS_DAILY_CAP`` had been taken
    without a word, and the crawl run on the registry's caps)."""
    import difflib

    if name in {v.name for v in config.ENVIRONMENT}:
        return f"{name} is an environment variable, not a setting: give it as one ({name}=… vagigs …)"
    near = difflib.get_close_matches(name, [k for k in defaults if k.startswith("VAGIGS_")], n=1, cutoff=0.85)
    return (f"{name} is no setting of vagigs" + (f" (did you mean {near[0]}?)" if near else "")
            + "; they are listed in crawlers/settings.py")


def _log_level(value: str) -> str:
    """``--set LOG_LEVEL=…``: a level's name as logging knows it, in any case (Scrapy hands it to logging, which
    knows only capitals: ``warning`` had stopped the crawl on a ValueError)."""
    import logging

    names = [n for n in logging.getLevelNamesMapping() if n not in ("NOTSET", "WARN", "FATAL")]
    if value.strip().upper() not in logging.getLevelNamesMapping():
        raise click.BadParameter(f"LOG_LEVEL={value!r}: LOG_LEVEL takes one of {', '.join(names)}",
                                 param_hint="--set")
    return value.strip().upper()


def _json_object(name: str, value: str) -> None:
    """``--set NAME=…`` for a setting whose default is a dict: a JSON object, read as Scrapy reads it
    (``getdict``); ``VAGIGS_DAILY_CAPS`` also as the crawl's cap middleware and the scheduler read it
    (``crawlers.sources.cap_overrides``). Scrapy reads either when a crawl starts: a Twisted traceback, and the
    scheduler dead."""
    from scrapy.settings import BaseSettings

    from crawlers.sources import cap_overrides

    caps = name == "VAGIGS_DAILY_CAPS"
    try:
        read = BaseSettings({name: value}).getdict(name)
    except (ValueError, TypeError):
        kind = ("a JSON object of sources and their daily request caps (a whole number from 1, or \"none\"), "
                "e.g. {\"remotive\": 4}") if caps else "a JSON object, e.g. {\"key\": 1}"
        raise click.BadParameter(f"{name}={value!r}: {name} takes {kind}", param_hint="--set") from None
    if caps:
        try:
            cap_overrides(read)
        except ValueError as exc:  # an unknown source, a cap that is none: named
            raise click.BadParameter(f"{name}={value!r}: {exc}", param_hint="--set") from None


def _index_for_search(url: str, everything: bool = False) -> int:
    """Fold the words of postings stored without them (before migration 0005, or by a writer that does not
    fold) into ``posting_search``; two index look-ups once the store is complete (``store.search.fill``)."""
    from pipeline.textnorm import search_text, search_version
    from store import db, search

    def progress(n: int) -> None:
        if n % 100_000 == 0:
            click.echo(f"search index: {n:,} postings folded", err=True)

    return search.fill(db.sessions(url), search_text, progress=progress, everything=everything,
                       version=search_version())


@contextmanager
def _utf8_stdout(newline: str | None = None, *, bom: bool = False) -> Iterator[Any]:
    """Standard output as UTF-8 text, whatever the locale (``PYTHONIOENCODING=latin-1``, a C locale): JSON and CSV
    are data, which a script or a spreadsheet reads as UTF-8, as sqlite-utils and Datasette write them; a Persian
    posting had ended in UnicodeEncodeError. ``newline=""`` for the csv module, which ends its own lines; ``bom``
    starts the text with a byte-order mark (see ``_csv_bom``)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text stream with no bytes under it: as it is
        if bom:
            sys.stdout.write(BOM)
        yield sys.stdout
        return
    sys.stdout.flush()
    out = io.TextIOWrapper(buffer, encoding="utf-8", newline=newline)
    if bom:
        out.write(BOM)
    try:
        yield out
        out.flush()
    finally:
        out.detach()  # (standard output stays open)


#: The UTF-8 byte-order mark a CSV starts with, unless ``--no-bom``.
BOM = "\ufeff"

#: ``--bom/--no-bom`` of every command that writes CSV. Excel opens a CSV it is given (a double click, File > Open)
#: in the system's code page unless the file starts with a byte-order mark, and showed Persian, Cyrillic and the
#: Uzbek ʻ ʼ as mojibake ("Ø¯Ø³ØªÛŒØ§Ø±"); Excel's own "CSV UTF-8" starts with one, pandas' ``read_csv`` and R's
#: ``readr`` drop it, and Python's csv module reads it with ``encoding="utf-8-sig"``. ``--no-bom`` is for a
#: pipeline that compares the first column's name byte for byte (``cut``, ``awk``, ``open(encoding="utf-8")``).
_csv_bom = click.option("--bom/--no-bom", default=True, show_default=True,
                        help="Start a CSV with the UTF-8 byte-order mark, by which Excel reads it as UTF-8 "
                             "(pandas and the utf-8-sig codec drop it); --no-bom for pipelines. JSON and tables "
                             "have none.")


def _write_json(value: Any) -> None:
    """``value`` as indented JSON, text as it is (not \\u escapes), on standard output in UTF-8."""
    with _utf8_stdout() as out:
        json.dump(value, out, ensure_ascii=False, indent=1)
        out.write("\n")


#: errno values of a write that cannot go on (a full disk, a quota, a file too large, a device gone).
_CANNOT_WRITE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE}


def _output_failed(exc: OSError) -> NoReturn:
    """Standard output cannot be written: one line on standard error, exit 1 (a closed pipe, as ``| head`` leaves,
    quietly, as a Unix tool stops). Standard output is pointed at /dev/null first, so the unwritten rest does not
    fail a second time, with a traceback, when Python flushes it at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
    if exc.errno == errno.EPIPE:
        sys.exit(1)
    raise click.ClickException(f"cannot write the output: {exc.strerror or exc}")


class _Main(click.Group):
    """The ``vagigs`` group: a command's output that cannot be written is one error line (``_output_failed``), not
    a traceback; a text table follows the terminal's encoding, with "?" for what it cannot show. A configuration
    vagigs cannot run with (``config.ConfigError``: a ``VAGIGS_HOME`` that is a file) is one error line, whatever the
    command, before it starts."""

    def invoke(self, ctx: click.Context) -> Any:
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(errors="replace")
        from sqlalchemy.exc import DatabaseError

        try:
            config.home()
            try:
                return super().invoke(ctx)
            finally:  # (an exit code, ``health``'s, too) here, not at exit, where a failure is only a traceback
                sys.stdout.flush()
        except config.ConfigError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            if exc.errno not in _CANNOT_WRITE:
                raise
            _output_failed(exc)
        except DatabaseError as exc:  # a store that opened and then refused a read: `feed` on a damaged file
            raise click.ClickException(_unreadable(config.database_url(), exc)) from exc

    @staticmethod
    def store_shown() -> str:
        """The store for ``--help``, or why there is none (the configuration's error, which a command says)."""
        try:
            return config.shown_url(config.database_url())
        except config.ConfigError as exc:
            return f"none ({exc})"


@click.group(cls=_Main, help=f"""vagigs: virtual-assistant gigs, crawled, curated and served.

\b
Store: {_Main.store_shown()}
(set VAGIGS_DATABASE_URL to use another SQLite file or PostgreSQL)""")
@click.version_option("0.1.0", prog_name="vagigs")
def main() -> None:
    pass


# ------------------------------------------------------------------ operators

@main.command()
@click.option("--search", "refold_search", is_flag=True,
              help="Also fold the search words of the postings another version of vagigs folded (after an upgrade "
                   "that changes how search reads text: `vagigs health` counts them; the scheduler does it too).")
@click.option("--regions", "reread_regions", is_flag=True,
              help="Also read again the locations of the remote postings that name no region (after an upgrade that "
                   "reads more places, such as a city as its country).")
@click.option("--pay", "reread_pay", is_flag=True,
              help="Also read again the pay text of the postings that state no pay (after an upgrade that reads "
                   "more pay forms); only what the store did not know is written.")
def migrate(refold_search: bool, reread_regions: bool, reread_pay: bool) -> None:
    """Apply pending schema migrations to the store (automatic on SQLite)."""
    from store import db

    url = config.database_url()
    told = _Migrating(config.shown_url(url))
    with _stopped(told.interrupted):
        if url.startswith("sqlite"):
            _store(url, create=True, write=True, progress=told)  # (which migrates it)
        else:
            with _opening(url):
                _writable(url)
                db.migrate(url, progress=told)
    told.ended()
    with _stopped(lambda: _kept("indexing the postings for search", "")):
        indexed = _index_for_search(url, everything=True)
    if indexed:
        click.echo(f"{indexed:,} postings indexed for search")
    if refold_search:
        with _stopped(lambda: _kept("folding the search words again", " --search")):
            click.echo(f"{_refold_search(url):,} postings' search words folded again")
    if reread_regions:
        from pipeline import remote_store

        with _stopped(lambda: _kept("reading again the remote postings' locations", " --regions")):
            read, found = remote_store.reread_regions(db.sessions(url), progress=lambda n: n % 100_000 == 0
                                                      and click.echo(f"regions: {n:,} postings", err=True))
        click.echo(f"{read:,} remote postings that named no region read again: {found:,} now name one")
    if reread_pay:
        from pipeline import pay_store

        with _stopped(lambda: _kept("reading again the pay texts", " --pay")):
            read, found = pay_store.reread_pay(db.sessions(url), progress=lambda n: n % 100_000 == 0
                                               and click.echo(f"pay: {n:,} postings", err=True))
        click.echo(f"{read:,} postings whose pay text stated no pay read again: {found:,} now state it")
    click.echo(told.outcome(db.heads(url)))


@contextmanager
def _stopped(said: Callable[[], str]) -> Iterator[None]:
    """Ctrl-C as one line saying what it stopped, what the store keeps and what to run (``said()``), exit status 1;
    click had said only "Aborted!"."""
    try:
        yield
    except KeyboardInterrupt:
        raise click.ClickException(said()) from None


def _kept(doing: str, option: str) -> str:
    """What ``vagigs migrate`` says of Ctrl-C during one of its passes that commit batch by batch."""
    return f"stopped while {doing}: the store keeps what was written; run `vagigs migrate{option}` again to go on"


class _Migrating:
    """``vagigs migrate``'s progress (``store.db.MigrationProgress``) on stderr, one line per revision as it starts,
    and what it did: a big store's migration takes minutes, and had said nothing, then the line of a store that
    had nothing to do."""

    def __init__(self, shown: str) -> None:
        import time

        self.shown, self.clock = shown, time.monotonic
        self.started = self.finished = self.clock()
        self.before: tuple[str, ...] | None = None
        self.count = self.at = 0
        self.current: str | None = None

    def waiting(self, migrating: str) -> None:
        click.echo(f"the store at {self.shown} is being migrated ({migrating}): waiting for it to end", err=True)

    def begin(self, before: tuple[str, ...], pending: list[Script]) -> None:
        self.started, self.before, self.count = self.clock(), before, len(pending)
        click.echo(f"migrating the store at {self.shown} from {_revisions(before)} to {pending[-1].revision}: "
                   f"{len(pending)} revisions", err=True)

    def applying(self, script: Script) -> None:
        self.at, self.current = self.at + 1, script.revision
        click.echo(f"applying {script.revision} ({self.at} of {self.count}, {_took(self.clock() - self.started)} "
                   f"so far): {script.doc}", err=True)

    def ended(self) -> None:
        self.finished = self.clock()

    def interrupted(self) -> str:
        """Ctrl-C during the migration: ``store.db.migrate`` applies it in one transaction, which is undone."""
        if self.current is None:
            return f"stopped before migrating: the store at {self.shown} is unchanged; run `vagigs migrate` again"
        return (f"stopped while applying {self.current}: the migration is one transaction, undone whole, so the store "
                f"at {self.shown} is as it was ({_revisions(self.before or ())}); run `vagigs migrate` again")

    def outcome(self, heads: tuple[str, ...]) -> str:
        if self.before is None:
            return f"store at {self.shown} is already up to date ({', '.join(heads)})"
        return (f"store at {self.shown} migrated from {_revisions(self.before)} to {', '.join(heads)} in "
                f"{_took(self.finished - self.started)}")


def _revisions(revisions: tuple[str, ...]) -> str:
    return ", ".join(revisions) or "an empty database"


def _took(seconds: float) -> str:
    """A time taken: "4.2 s" under a minute, else as ``_span`` says it."""
    return f"{seconds:.1f} s" if seconds < 60 else _span(seconds)


def _refold_search(url: str) -> int:
    """Fold again the search words another version folded (``store.search.refold``), having recorded this version
    of the folding (``store.releases``); how many."""
    from pipeline.textnorm import search_text, search_version
    from store import db, releases, search

    with db.sessions(url).begin() as session:
        releases.record(session, {"search": search.stamp(search_version())})
    return search.refold(db.sessions(url), search_text, version=search_version(),
                         progress=lambda n: n % 100_000 == 0 and click.echo(f"search: {n:,} postings", err=True))


@main.command()
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace DEST if it exists.")
def backup(dest: Path, force: bool) -> None:
    """Copy the store into the file DEST, readable by its owner alone, while crawls and `vagigs serve` go on.

    \b
    SQLite: SQLite's online backup, which holds what crawls committed (a copy of the file alone lacks what its
    -wal file still holds), checked with PRAGMA quick_check. PostgreSQL: pg_dump --format=custom (pg_restore
    reads it), when pg_dump is on PATH; else the command to run. The store is not migrated first. Restoring:
    see the README."""
    from store import backup as store_backup

    url = config.database_url()
    with _opening(url):
        try:
            done = store_backup.backup(url, dest, force=force)
        except store_backup.BackupRefused as exc:
            raise click.ClickException(f"no backup of the store at {config.shown_url(url)}: {exc}") from exc
    click.echo(f"backed up the store at {config.shown_url(url)} to {done.path} "
               f"({done.size / 1e6:,.1f} MB; {done.how})")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def sources(fmt: str) -> None:
    """List the sources vagigs crawls, with their politeness settings and terms: requests a day at most, seconds
    between requests, pages a crawl reads, and how often the scheduler crawls each ("off": never, as
    VAGIGS_SOURCES_OFF turns it off)."""
    from dataclasses import asdict

    import scheduler
    from crawlers.sources import SOURCES, turned_off

    off = turned_off()

    def every(s) -> float | None:  # type: ignore[no-untyped-def]
        return None if s.name in off else scheduler.interval_hours(s)

    if fmt == "json":
        _write_json([{**asdict(s), "start_urls": scheduler.start_urls(s), "daily_request_cap": scheduler.daily_cap(s),
                      "every_hours": every(s), "off": s.name in off} for s in SOURCES.values()])
        return
    titles = max(len(s.title) for s in SOURCES.values())
    langs = max(len(",".join(s.languages)) for s in SOURCES.values())
    for s in SOURCES.values():
        cap = scheduler.daily_cap(s) or "-"
        hours = every(s)
        click.echo(f"{s.name:16} {s.title:{titles}} langs={','.join(s.languages):{langs}} cap/day={cap} "
                   f"delay={s.download_delay:g}s pages={s.max_pages} every={'off' if hours is None else f'{hours:g}h'}")
        urls = scheduler.start_urls(s)
        for url in urls:
            click.echo(f"{'':16} {url}")
        if not urls and s.name == "jsonld":  # its boards are a setting, not the registry's
            click.echo(f"{'':16} no boards set: --set VAGIGS_JSONLD_URLS=… on vagigs crawl or vagigs schedule")
        if s.terms:
            click.echo(f"{'':16} terms: {s.terms}")


@main.command()
@click.argument("names", nargs=-1)
@click.option("--replay", "replay", is_flag=False, flag_value="", default=None, metavar="[DIR]",
              help="Serve a recorded snapshot over 127.0.0.1 instead of the live sites "
                   "(no DIR: the snapshot shipped with vagigs).")
@click.option("--record", "record", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Save every live response into DIR, in the form --replay reads.")
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE",
              help="Override a Scrapy setting for this run.")
@click.option("--even-if-running", is_flag=True,
              help="Crawl a source even while another crawl of it runs (the scheduler's, another node's).")
def crawl(names: tuple[str, ...], replay: str | None, record: Path | None,
          overrides: tuple[str, ...], even_if_running: bool) -> None:
    """Crawl sources (all when none named) through the curation pipeline into the store.

    A source whose last crawl still runs (its heartbeat fresh, as the scheduler judges it) is not crawled, said in
    a line, unless --even-if-running: a second crawl would spend its daily request cap twice.

    Exits with status 1 when a run failed (lost included), was blocked or was stopped, 0 when every run finished
    (its postings new or already stored), got no posting at all (empty) or reached its daily cap (capped), so cron
    and CI notice."""
    from crawlers import sources
    from crawlers.run import run_crawl
    from replay import SHIPPED_SNAPSHOT, snapshot_format

    unknown = [n for n in names if n not in sources.SOURCES]
    if unknown:
        from crawlers.run import spider_names

        hint = " (add it to crawlers/sources.py)" if unknown[0] in spider_names() else ""
        raise click.BadParameter(f"{_unknown('source', unknown, sources.SOURCES)}{hint}", param_hint="NAMES")
    names = _crawled(names)
    if not names:
        click.echo("nothing to crawl: VAGIGS_SOURCES_OFF turns every source off", err=True)
        return
    if replay and not Path(replay).is_dir():
        hint = (f" (to replay the shipped snapshot of {replay}, name the source first: vagigs crawl {replay} --replay)"
                if replay in sources.SOURCES else "")
        raise click.BadParameter(f"{replay!r} is not a snapshot directory{hint}", param_hint="--replay")
    if replay and not (Path(replay) / "manifest.jsonl").is_file():
        raise click.BadParameter(f"{replay!r} holds no manifest.jsonl: not a snapshot --record wrote",
                                 param_hint="--replay")
    extra = _settings(overrides)
    replay_dir = None if replay is None else (Path(replay) if replay else SHIPPED_SNAPSHOT)
    if replay_dir is not None:
        try:
            recorded = snapshot_format.load(replay_dir)
        except snapshot_format.ManifestError as exc:
            raise click.BadParameter(str(exc), param_hint="--replay") from None
        boards = _recorded_boards(recorded.values())
        if boards and "VAGIGS_JSONLD_URLS" not in extra and "jsonld" in names:
            extra["VAGIGS_JSONLD_URLS"] = ",".join(boards)
    url = _store(create=True, write=True)
    if not even_if_running:
        names = _not_running(url, names, extra)
        if not names:
            return
    run_ids = run_crawl(names, replay_dir=replay_dir, record_dir=record, database_url=url,
                        overrides=extra)
    # (a run the store never recorded, or a source no spider crawls, is no success)
    if not _print_runs(url, run_ids) or run_ids.not_recorded or run_ids.no_spider:
        sys.exit(1)


def _not_running(url: str, names: tuple[str, ...], overrides: dict[str, str]) -> tuple[str, ...]:
    """``names`` but the sources a crawl of which still runs (``store.queries.live_run``, as the scheduler asks),
    each said in a line."""
    from store import db, queries

    limit = _lost_after(overrides)
    kept = []
    with db.sessions(url)() as session:
        for name in names:
            run = queries.live_run(session, name, limit)
            if run is None:
                kept.append(name)
            else:
                click.echo(f"{name} not crawled: a crawl of it still runs, {queries.where_running(run)}; "
                           "--even-if-running crawls it anyway", err=True)
    return tuple(kept)


def _crawled(names: tuple[str, ...]) -> tuple[str, ...]:
    """The sources ``vagigs crawl NAMES`` crawls: those named, a source turned off (``VAGIGS_SOURCES_OFF``) too, as
    asked; with none named, every source but those turned off. Each one left out or crawled though off is said."""
    from crawlers import sources

    off = sources.turned_off()
    for name in sorted(off & set(names)):
        click.echo(f"{name} is turned off (VAGIGS_SOURCES_OFF): crawled as named", err=True)
    if names:
        return names
    for name in sorted(off):
        click.echo(f"{name} is turned off (VAGIGS_SOURCES_OFF): not crawled", err=True)
    return tuple(n for n in sorted(sources.SOURCES) if n not in off)


def _recorded_boards(recorded: Iterable[Entry]) -> list[str]:
    """The JSON-LD boards a snapshot recorded: its sitemaps on hosts no other source crawls, such as the shipped
    snapshot's careers.example.com. Boards are configured per installation (``VAGIGS_JSONLD_URLS``), not in the
    registry, so without this a replay's ``jsonld`` run would find nothing and, after runs that did, look silent to
    ``vagigs health``. A board recorded as a page rather than a sitemap cannot be told from other pages: name it
    with ``--set VAGIGS_JSONLD_URLS``."""
    from urllib.parse import urlsplit

    from crawlers.sources import SOURCES
    from crawlers.spiders.jsonld import is_sitemap

    crawled = {urlsplit(u).netloc for s in SOURCES.values() if s.name != "jsonld" for u in s.start_urls}
    return [e.url for e in recorded if is_sitemap(e.url) and urlsplit(e.url).netloc not in crawled]


def _lost_after(overrides: dict[str, str] | None = None) -> timedelta:
    """``crawlers.run.lost_after``, imported when asked (Scrapy's settings load with it)."""
    from crawlers.run import lost_after

    return lost_after(overrides)


def _run_status(r, now: datetime, lost_after: timedelta, own_interval: bool = True) -> str:  # type: ignore[no-untyped-def]
    """The status to show for a ``crawl_runs`` row: ``lost`` for a run still ``running`` whose heartbeat stopped
    (``store.queries.run_is_lost``), else the stored one."""
    from store import queries

    return "lost" if queries.run_is_lost(r, now, lost_after, own_interval=own_interval) else r.status


#: A crawl run's columns in ``vagigs runs --format json``, in this order (times as ISO 8601 UTC).
RUN_FIELDS = ("id", "source", "status", "finish_reason", "started_at", "finished_at", "heartbeat_at",
              "heartbeat_seconds", "host", "replay", "requests", "responses_by_status", "not_modified",
              "items_scraped", "items_stored", "items_new", "dropped", "field_dropped", "delisted", "errors")


def _run_as_dict(r, status: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """A ``crawl_runs`` row as JSON: its columns, with ``status`` as shown (``lost`` for a dead process's run) and
    the stored one as ``stored_status`` when they differ."""
    out: dict[str, Any] = {}
    for name in RUN_FIELDS:
        value = getattr(r, name)
        out[name] = value.isoformat(timespec="seconds") if isinstance(value, datetime) else value
    if status != r.status:
        out["status"], out["stored_status"] = status, r.status
    return out


def _print_runs(url: str, run_ids: list[int], lost_after: timedelta | None = None) -> bool:
    """Print each run's summary; whether every run ended as it should (``empty``: no posting at all; ``capped``: the
    day's request cap reached), not ``failed`` (``lost`` included), ``blocked`` or ``stopped``, nor left ``running``
    (its end could not be written: shown ``lost`` like in ``vagigs runs`` once its heartbeat is ``lost_after`` old)."""
    from store import db, queries
    from store.models import CrawlRun

    ok = bool(run_ids)
    now = queries.utcnow()
    lost_after = lost_after or _lost_after()
    with db.sessions(url)() as session:
        for run_id in run_ids:
            r = session.get(CrawlRun, run_id)
            if r is None:
                ok = False
                continue
            dropped = ", ".join(f"{k}={v}" for k, v in sorted((r.dropped or {}).items())) or "none"
            why = f" ({r.finish_reason})" if r.finish_reason not in (None, "finished") else ""
            status = _run_status(r, now, lost_after)
            unclustered = "".join(f"; {e}" for e in _dedupe_failures(r))
            click.echo(f"run {r.id} {r.source}: {status}{why}; scraped {r.items_scraped}, "
                       f"stored {r.items_stored} ({r.items_new} new); dropped: {dropped}{_one_line(unclustered)}")
            ok &= status in ("finished", "empty", "capped")
    return ok


def _dedupe_failures(r) -> list[str]:  # type: ignore[no-untyped-def]
    """The errors a run kept for dedupe passes or lookups that failed: its postings stored, not all clustered."""
    from store.queries import DEDUPE_FAILED

    return [e for e in r.errors or [] if e.startswith(DEDUPE_FAILED)]


def _age(since: datetime) -> str:
    from datetime import timezone

    seconds = (datetime.now(timezone.utc) - since).total_seconds()
    if seconds >= 3600:
        return f"{seconds / 3600:.1f}h"
    return f"{seconds / 60:.0f}m" if seconds >= 60 else f"{max(seconds, 0):.0f}s"


_LINE_BREAKS = re.compile(r"\s*[\n\r\v\f\x85\u2028\u2029]\s*|\t")


def _one_line(text: str) -> str:
    """A stored or logged message as one line of a terminal: its line breaks and tabs a space (libxml2's message
    spans lines), and every other control, bidirectional override or lone surrogate written as its escape ("\\x1b",
    ``crawlers.escapes``). What a crawled page put in one (an escape sequence in a record's id) had reached the
    terminal raw: it could clear the screen, set its title or its clipboard."""
    return text if text.isprintable() else escaped(_LINE_BREAKS.sub(" ", text))


def _counts(counts: dict[str, int]) -> str:
    """``{"b": 2, "a": 25}`` as ``a=25, b=2``: a run's counts by key, in a stable order."""
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))


@main.command()
@click.option("--limit", type=click.IntRange(1, MOST), default=20, show_default=True,
              help="Show this many runs, newest first.")
@click.option("--source", "names", multiple=True, help="Only this source's runs; repeatable (default: every source).")
@click.option("--lost-after", type=_Seconds(), default=None, metavar="SECONDS",
              help="Count a running crawl silent this long as lost  [default: 5 of its own heartbeats, "
                   "VAGIGS_RUN_HEARTBEAT_SECONDS as its crawl had it; 300]")
@click.option("--mark-lost", is_flag=True,
              help="Close the lost runs (of --source, else all) for good: status failed, finish reason lost, "
                   "finished at their last heartbeat.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="json: every run with all its counts, for a dashboard or an alert (status as shown: lost "
                   "included).")
def runs(limit: int, names: tuple[str, ...], lost_after: float | None, mark_lost: bool, fmt: str) -> None:
    """Show recent crawl runs: when each started (UTC), status, counts and drops by reason.

    \b
    A crawl refreshes its run's heartbeat every VAGIGS_RUN_HEARTBEAT_SECONDS (60; the run keeps the interval its
    crawl had). A run still "running" whose heartbeat stopped for 5 of its beats belongs to a process that died
    without closing it (kill -9, out of memory, a lost machine): it is shown as "lost", with the time since its
    last heartbeat, not as running for ever.

    \b
    Such a run is closed for good (status failed, finish reason lost, finished at its last heartbeat) by
    --mark-lost, and by the next crawl of the same source on its own, as job systems reap their dead workers'
    tasks; until then it is only shown as lost, so nothing is changed behind an operator's back by a
    read-only look.

    \b
    A run that marked postings delisted gets a line "delisted: unlisted=<n>, unseen=<m>": gone from a source's
    complete listing, or seen by no run for VAGIGS_UNSEEN_DAYS (30) days.

    \b
    A run that kept postings but had to leave a field out of some (a closing date that is no date, or before the
    posting date) gets a line "fields lost: <field>/<reason>=<count>, ...". Those postings were stored: this is
    no drop and does not change the run's status or its source's health, but a count that grows usually means
    the source changed its layout.
    """
    from store import db, queries

    _known_sources(names, "--source", runs=True)
    limit_after = timedelta(seconds=lost_after) if lost_after else _lost_after()
    url = _store(write=mark_lost)
    if mark_lost:
        with db.sessions(url).begin() as session:
            closed = queries.mark_lost_runs(session, limit_after, source=names, own_interval=lost_after is None)
        click.echo(f"marked {len(closed)} lost run{'' if len(closed) == 1 else 's'} failed"
                   + (": " + ", ".join(f"{r.id} ({r.source})" for r in closed) if closed else ""),
                   err=fmt == "json")  # (standard output is the JSON's alone)
    now = queries.utcnow()
    if fmt == "json":
        with db.sessions(url)() as session:
            shown = [_run_as_dict(r, _run_status(r, now, limit_after, own_interval=lost_after is None))
                     for r in queries.recent_runs(session, limit, names)]
        _write_json(shown)
        return
    with db.sessions(url)() as session:
        shown = []
        for r in queries.recent_runs(session, limit, names):
            status = _run_status(r, now, limit_after, own_interval=lost_after is None)
            if status == "lost":  # its process is gone: how long since it last said it was alive
                took = f"last beat {_age(queries.last_sign_of_life(r))} ago"
            elif r.finished_at:
                took = f"{(r.finished_at - r.started_at).total_seconds():.1f}s"
            else:
                took = f"{_age(r.started_at)} so far"
            shown.append((r, status, took))
        if not shown:
            click.echo("no runs" + (f" of {', '.join(names)}" if names else ""))
        width = max([8, *(len(took) for _, _, took in shown)])  # a lost run's "last beat 2.0h ago" keeps the columns
        if shown:
            click.echo(f"{'id':>5} {'started':20} {'source':16} {'status':8} {'took':>{width}} counts")
        for r, status, took in shown:
            dropped = _counts(r.dropped or {}) or "-"
            click.echo(f"{r.id:5} {r.started_at:%Y-%m-%d %H:%M} UTC {r.source:16} {status:8} {took:>{width}} "
                       f"req={r.requests} scraped={r.items_scraped} stored={r.items_stored} "
                       f"new={r.items_new} dropped: {dropped}")
            if r.field_dropped:  # postings kept with a field left out: no drop, but worth a look
                click.echo(f"{'':7}fields lost: {_counts(r.field_dropped)}")
            if any((r.delisted or {}).values()):  # gigs the run took as filled: gone from its listing, long unseen
                click.echo(f"{'':7}delisted: {_counts(r.delisted)}")
            shown_errors = (r.errors or [])[:3]
            for err in shown_errors + [e for e in _dedupe_failures(r) if e not in shown_errors]:
                click.echo(f"{'':7}! {_one_line(err)}")


@main.command()
@click.option("--source", "names", multiple=True, help="Only this source; repeatable (default: every source).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE",
              help="A setting the scheduler was given (vagigs schedule --set), e.g. VAGIGS_DAILY_CAPS: each "
                   "source's interval is then computed from it, not read from the scheduler's job table.")
def health(names: tuple[str, ...], fmt: str, overrides: tuple[str, ...]) -> None:
    """Is each source still crawled, and still giving postings? Exits 0 (ok), 1 (warning) or 2 (critical);
    3 (unknown) when it cannot judge (an unknown source, a store it cannot read).

    \b
    Judged on each source's last 20 runs (store/health.py):
      lost      critical  the newest run's process died without closing it
      failing   warning   the newest runs failed or were blocked (critical from 3 in a row)
      stale     critical  no clean run for 3 of the source's scheduled intervals
      silent    warning   3 clean runs found nothing, after earlier ones found postings:
                          the site has most likely changed its layout
      dropping  warning   the newest clean run dropped a fifth or more of what it handled
      losing_fields
                warning   the newest clean run left one field out of a fifth or more of its
                          postings: the site has most likely changed that field's layout
      never_crawled  warning
    A source's interval is the one the store's scheduler keeps in its job table (from its own --set
    VAGIGS_DAILY_CAPS); --set VAGIGS_DAILY_CAPS=... computes it instead, as the scheduler would.
    A source turned off (VAGIGS_SOURCES_OFF) is not judged.
    And, without --source, the store's curation, a line per stage:
      tags stage, legitimacy stage
                warning   postings tagged or judged by another version of the tags or scam
                          stage than the installed one (after an upgrade): `vagigs retag
                          --stale`, `vagigs reassess --stale`
      search stage
                warning   postings whose search words another version folded (after an
                          upgrade): `vagigs migrate --search`
                warning   (any stage) postings of a newer release than the installed one, which
                          the store met after it: upgrade this installation
    And, without --source, when VAGIGS_SCRAPYD_URLS names Scrapyd nodes, a line per node (each asked for
    3 s, all at once): its running and pending jobs, the last crawl the scheduler queued there and how
    it ended (ran, died: ended without a run, lost: killed), and its crawls in a row that died:
      unreachable
                warning   the node does not answer (critical when no node answers)
      failing   warning   its last 2 crawls or more died without recording a run (the scheduler
                          asks it last for 30 minutes)
    And, without --source, a line for a SQLite store whose files other users may read:
      readable_by_others
                warning   the store, its -wal or -shm is another user's file, readable by group
                          or others (vagigs makes the store's files it owns owner-only: 0600)
    The exit code follows the monitoring-plugin convention, so a cron job or monitor can run it as a check.
    """
    from sqlalchemy.exc import DatabaseError

    import scheduler
    from crawlers import sources
    from pipeline import installed_versions
    from store import db, health as source_health

    def cannot_judge(why: str) -> NoReturn:
        """Says so with 3, the monitoring plugins' "unknown", not 2 "critical"; a monitor reading JSON gets JSON."""
        click.echo(f"Error: {why}", err=True)
        if fmt == "json":
            click.echo(json.dumps({"level": "unknown", "error": why, "sources": []}, ensure_ascii=False, indent=2))
        sys.exit(source_health.UNKNOWN_EXIT)

    unknown = [n for n in names if n not in sources.SOURCES]
    if unknown:
        cannot_judge(_unknown("source", unknown, sources.SOURCES))
    for name in sorted(sources.turned_off() & set(names)):
        click.echo(f"{name} is turned off (VAGIGS_SOURCES_OFF): not judged", err=True)
    extra = _settings(overrides)
    try:
        url = _store()
    except click.ClickException as exc:
        cannot_judge(exc.message)
    try:
        # as the scheduler's hourly health job judges them: the intervals it scheduled, from its own settings
        expected = scheduler.expected_intervals(names, extra, url=None if "VAGIGS_DAILY_CAPS" in extra else url)
        with db.sessions(url)() as session:
            results = source_health.check(session, expected, lost_after=_lost_after(extra))
            curation = [] if names else source_health.curation(session, installed_versions())
    except DatabaseError as exc:  # it opened, then refused a read: a damaged file, a role without grants
        cannot_judge(_unreadable(url, exc))
    nodes = [] if names else scheduler.nodes_health(url)  # (none asked when VAGIGS_SCRAPYD_URLS names none)
    files = [] if names else _loose_store_files(url)
    worst = source_health.worst([*results, *curation, *nodes, *files])
    if fmt == "json":
        out = {"level": worst, "sources": [_health_dict(h) for h in results]}
        if not names:
            out["curation"] = [{"stage": c.stage, "level": c.level, "installed": c.current, "postings": c.postings,
                                "by_other_version": c.older, "by_newer_release": c.by_newer,
                                "unrecorded": c.unrecorded, "message": c.message()}
                               for c in curation]
        if nodes:
            out["nodes"] = [_node_dict(n) for n in nodes]
        if files:
            out["store"] = [{"code": p.code, "level": p.level, "message": p.message} for p in files]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        if results:
            click.echo(f"{'source':16} {'level':8} runs")
        for h in results:
            last = h.last_run
            seen = (f"last run {last.started_at:%Y-%m-%d %H:%M} UTC {last.status} ({last.items_scraped} scraped)"
                    if last else "no runs")
            if h.last_clean is not None and h.last_clean is not last:
                seen += f"; last clean {h.last_clean.started_at:%Y-%m-%d %H:%M} UTC"
            click.echo(f"{h.source:16} {h.level:8} {seen}")
            for p in h.problems:
                click.echo(f"{'':17}! {p.code}: {_one_line(p.message)}")
        levels = [h.level for h in results]
        click.echo(f"{len(results)} source{'' if len(results) == 1 else 's'}: "
                   + ", ".join(f"{levels.count(lv)} {lv}" for lv in ("ok", "warning", "critical")))
        for c in curation:
            click.echo(f"{c.stage + ' stage':16} {c.level:8} {c.message()}")
        for n in nodes:
            click.echo(f"scrapyd {n.node} {n.level:8} {_node_line(n)}")
            for p in n.problems:
                click.echo(f"{'':17}! {p.code}: {_one_line(p.message)}")
        for p in files:
            click.echo(f"{'store':16} {p.level:8} {p.code}: {_one_line(p.message)}")
    sys.exit(source_health.EXIT_CODES[worst])


def _loose_store_files(url: str) -> list:  # type: ignore[type-arg]
    """A warning for the SQLite store's files other users may read: vagigs makes those it owns its owner's alone
    (``store.db._owner_only``), never another user's."""
    from store import db, health as source_health

    loose = db.readable_by_others(url)
    if not loose:
        return []
    named = ", ".join(f"{path} (mode {mode:o})" for path, mode in loose)
    return [source_health.Problem(source_health.WARNING, "readable_by_others",
                                  f"{named}: other users may read the store (every posting, the runs' errors); "
                                  "its owner can `chmod 600` it")]


def _health_dict(h) -> dict:  # type: ignore[no-untyped-def]
    def when(r):  # type: ignore[no-untyped-def]
        return r.started_at.isoformat() if r is not None else None

    return {"source": h.source, "level": h.level,
            "last_run": {"id": h.last_run.id, "started_at": when(h.last_run), "status": h.last_run.status,
                         "items_scraped": h.last_run.items_scraped} if h.last_run else None,
            "last_clean_run_started_at": when(h.last_clean),
            "problems": [{"code": p.code, "level": p.level, "message": p.message} for p in h.problems]}


def _node_line(n) -> str:  # type: ignore[no-untyped-def]
    """A Scrapyd node's load (or that it does not answer) and the last crawl queued there, for ``vagigs health``."""
    line = (f"running {n.status['running']}, pending {n.status['pending']}" if n.status is not None
            else f"unreachable ({n.error})")
    last, run = n.history.last, n.history.last_run
    if last is None:
        return f"{line}; no crawl queued there yet"
    outcome = "not ended yet" if last.ended_at is None else last.outcome
    if run is not None and last.outcome == "ran":
        outcome += f" ({run.status})"
    line += f"; last crawl {last.source} (job {last.job}, queued {last.queued_at:%Y-%m-%d %H:%M} UTC): {outcome}"
    return line + (f"; {n.history.died_in_a_row} in a row died" if n.history.died_in_a_row else "")


def _node_dict(n) -> dict:  # type: ignore[no-untyped-def]
    last, run = n.history.last, n.history.last_run
    return {"node": n.node, "level": n.level, "reachable": n.status is not None, "error": n.error,
            **{k: (n.status or {}).get(k) for k in ("running", "pending", "finished")},
            "watched": n.history.watched, "died_in_a_row": n.history.died_in_a_row,
            "asked_last_until": n.asked_last_until.isoformat() if n.asked_last_until else None,
            "last_job": None if last is None else {
                "source": last.source, "job": last.job, "queued_at": last.queued_at.isoformat(),
                "ended_at": last.ended_at.isoformat() if last.ended_at else None, "outcome": last.outcome,
                "run_id": last.run_id, "run_status": run.status if run is not None else None},
            "problems": [{"code": p.code, "level": p.level, "message": p.message} for p in n.problems]}


@main.command()
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE",
              help="Override a Scrapy setting in every crawl the scheduler launches.")
def schedule(overrides: tuple[str, ...]) -> None:
    """Run the crawl scheduler (one per store; a second one refuses to start). Ctrl-C or SIGTERM (systemd, docker
    stop) stops it, releasing the store's scheduler lock. Should the store's server drop the lock (a restart, a
    session timeout), it stops with status 1 so that no crawl runs twice: let the service manager restart it."""
    import logging
    import signal

    import scheduler

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its per-connection set-up lines drown the crawls
    extra = _settings(overrides)
    url = _store(create=True, write=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a service manager's stop is the operator's Ctrl-C
    try:
        scheduler.run(url, extra)
    except (scheduler.AlreadyRunning, scheduler.LockLost) as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("scheduler stopped", err=True)  # Ctrl-C is how an operator stops it: not an error


# ------------------------------------------------------------------ seekers

def _parse_since(value: str | None) -> datetime | None:
    """``--since`` read as the web app reads ``?since=`` (``web.params.parse_since``), and a span in capitals (7D)
    too; an ISO time keeps its case, since Python reads "Z" but not "z"."""
    from web.params import BadParameter, parse_since

    text = (value or "").strip()
    try:
        return parse_since(text.lower() if text[-1:] in ("D", "H", "W") else text)
    except BadParameter as exc:
        raise click.BadParameter(f"{value!r}: {exc.problem}", param_hint="--since") from None


def _open_to_regions(country: str | None, option: str = "--open-to") -> tuple[str, ...]:
    """``--open-to`` as the region labels a remote posting may name (``pipeline.remote.open_to``)."""
    from pipeline.remote import country_code, open_to

    if country is None:
        return ()
    try:
        return tuple(sorted(open_to(country_code(country))))
    except ValueError:
        raise click.BadParameter(f"{country!r}: a two-letter country code such as UZ or IR",
                                 param_hint=option) from None


def _unknown(what: str, unknown: Sequence[str], known: Iterable[str]) -> str:
    """What every command says of a name it does not know: ``unknown source 'nope'; one of hh, himalayas, …``."""
    return f"unknown {what} {unknown[0]!r}; one of {', '.join(sorted(known))}"


def _known(values: tuple[str, ...], known: set[str], what: str, option: str) -> None:
    unknown = [v for v in values if v not in known]
    if unknown:
        raise click.BadParameter(_unknown(what, unknown, known), param_hint=option)


def _known_sources(names: tuple[str, ...], option: str, *, runs: bool = False) -> None:
    """Refuse a source neither the registry nor the store knows. A source retired from the registry keeps its
    postings (and, for ``runs``, its runs) in the store, and may still be asked for: it had been refused as
    unknown. The store is read only for a name the registry does not know."""
    from crawlers.sources import SOURCES

    if all(n in SOURCES for n in names):
        return
    _known(names, set(SOURCES) | _stored_sources(runs=runs), "source", option)


def _stored_sources(*, runs: bool = False) -> set[str]:
    """The sources the store holds postings of (by an index: ``web_queries.stored_sources``), and with ``runs`` the
    sources of its runs; none when there is no store yet."""
    from sqlalchemy import select

    from store import db, web_queries
    from store.models import CrawlRun

    try:
        url = _store()
    except _NoStore:
        return set()
    with db.sessions(url)() as session:
        found = set(web_queries.stored_sources(session))
        if runs:
            found.update(session.scalars(select(CrawlRun.source).distinct()))
    return found


@main.command()
@click.option("--lang", "langs", multiple=True, help="Language code (uz, fa, en, ...); repeatable.")
@click.option("--tag", "tags", multiple=True, help="Task tag (customer_support, data_entry, ...); repeatable, all must match.")
@click.option("--source", "sources_", multiple=True, help="Source name; repeatable.")
@click.option("--since", default=None, help="ISO date (a year 1300–1499 is read as Solar Hijri, 1405/09/01) or a span "
                                             "like 7d, 12h, 2w (at most 4 digits).")
@click.option("--search", default=None,
              help="Words that must each start a word of the title, company or description (any case, either Uzbek "
                   "script), or their stem's (\"assistants\" finds \"assistant\"; a word in quotes only as typed); "
                   "a search of no word, only signs, finds nothing.")
@click.option("--min-legitimacy", type=click.IntRange(0, 100), default=None,
              help="Only postings whose legitimacy score (0 surely a scam, 100 no warning sign) is at least this.")
@click.option("--include-scams", is_flag=True, help="Also show postings judged likely scams, with reasons.")
@click.option("--include-delisted", is_flag=True,
              help="Also show postings their source no longer lists (delisted_at set).")
@click.option("--include-expired", is_flag=True,
              help="Also show postings whose closing date (expires_at) has passed.")
@click.option("--remote", "remote_only", is_flag=True, help="Only gigs done fully remotely.")
@click.option("--open-to", "open_to", metavar="COUNTRY", default=None,
              help="Only remote gigs an applicant living in this country (UZ, IR, ...) may take: those naming it, "
                   "a region or time zone it is in, the whole world, or no limit at all.")
@click.option("--all", "show_all", is_flag=True,
              help="Every stored posting: duplicates, scams, non-VA, delisted and expired too.")
@click.option("--limit", type=click.IntRange(1, MOST), default=None,
              help="At most this many postings [default: 50; every posting with --all].")
@click.option("--ui", type=click.Choice(["en", "uz", "fa"]), default="en", show_default=True,
              help="Language of the verdicts, reasons and task names, as in the web's pages (the table and JSON; "
                   "a CSV holds the stored fields).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True, help="jsonl: one posting's JSON object a line; JSON Lines, JSON and CSV are "
                                      "written as the store is read.")
@_csv_bom
def feed(langs, tags, sources_, since, search, min_legitimacy, include_scams, include_delisted, include_expired,  # type: ignore[no-untyped-def]
         remote_only, open_to, show_all, limit, ui, fmt, bom) -> None:
    """The curated feed, newest first; postings their source no longer lists, or whose closing date has passed,
    are left out.

    \b
    JSON is what the web's API answers (/api/postings?ui=fa for --ui fa):
      vagigs feed --ui fa --include-scams
      vagigs feed --ui uz --format json
      vagigs feed --all --format jsonl > postings.jsonl
    """
    from pipeline.tags.matcher.phrases import load_taxonomy
    from pipeline.search_query import search_terms
    from store import db, queries
    from web.i18n import known_language

    langs = tuple(lang.lower() for lang in langs)
    for lang in langs:
        if not known_language(lang):
            raise click.BadParameter(f"{lang!r} is not a language code (uz, fa, en, ru, ...)", param_hint="--lang")
    _known(tags, set(load_taxonomy()["tags"]), "tag", "--tag")
    _known_sources(sources_, "--source")
    if fmt == "csv" and ui != "en":
        raise click.BadParameter("a CSV holds the stored fields, in no language; --format table or json says "
                                 "them in words", param_hint="--ui")
    regions = _open_to_regions(open_to)
    cut_at = FEED_LIMIT if limit is None and not show_all else None  # the default cuts: say so when it does
    cut_at = click.get_current_context().meta.get(_DEFAULT_CUT, cut_at)  # or that of the command invoking it (``demo``)
    f = queries.FeedFilter(
        languages=langs, tags=tags, sources=sources_, since=_parse_since(since),
        search_terms=search_terms(search), min_legitimacy=min_legitimacy,
        curated=not show_all, include_scams=include_scams, include_delisted=include_delisted,
        include_expired=include_expired, limit=limit or (None if show_all else FEED_LIMIT),
        remote_only=remote_only or bool(regions), open_to_regions=regions, now=queries.utcnow(),
    )
    url = _store()
    if fmt == "csv":  # written as read: an export of every posting need not fit in memory
        with db.sessions(url)() as session:
            rows = _first_read(queries.feed_dicts(session, f))
            with _utf8_stdout(newline="", bom=bom) as out:
                writer = csv.DictWriter(out, fieldnames=list(queries.PUBLIC_FIELDS))
                writer.writeheader()
                shown = 0
                for shown, p in enumerate(rows, 1):
                    writer.writerow({k: _csv_cell(json.dumps(v, ensure_ascii=False)
                                                  if isinstance(v, (list, dict, bool)) else v) for k, v in p.items()})
            _say_if_cut(session, f, shown, cut_at, ui)
        return
    with db.sessions(url)() as session:
        postings = _first_read(_feed_postings(session, f, ui))
        if fmt == "table":
            postings = list(postings)
            _print_table(postings, ui)
            shown = len(postings)
        else:
            shown = _write_json_stream(postings, lines=fmt == "jsonl")
        _say_if_cut(session, f, shown, cut_at, ui)


def _feed_postings(session, f, ui: str) -> Iterator[dict]:  # type: ignore[no-untyped-def]
    """The postings of the feed ``f`` asks for, as the API gives them (``also_posted_on``, words in ``ui``), read
    and completed a batch at a time (``queries.EXPORT_BATCH``)."""
    from store import queries
    from store.dedupe_queries import also_posted_on  # each one's duplicates, every source credited
    from web.api_texts import with_texts

    rows = queries.feed_dicts(session, f)
    while batch := list(islice(rows, queries.EXPORT_BATCH)):
        links = also_posted_on(session, batch)
        for p in batch:
            p["also_posted_on"] = links.get(p["id"], [])
            yield with_texts(p, ui)


def _first_read(values: Iterable[Any]) -> Iterator[Any]:
    """``values`` with the first one read now, before any output: a store that refuses an export's query is then its
    error alone, where a JSON export had written "[" and a CSV one its header (a start of data, on standard output)
    first. A failure after the first rows leaves the output cut short, JSON unclosed, and is the command's error."""
    values = iter(values)
    for first in values:
        return chain((first,), values)
    return values


def _write_json_stream(values: Iterable[Any], *, lines: bool) -> int:
    """``values`` written as they come: JSON Lines (``lines``, one compact object a line), else the JSON array
    ``_write_json`` writes of them, byte for byte. Returns how many were written."""
    count = 0
    with _utf8_stdout() as out:
        if not lines:
            out.write("[")
        for count, value in enumerate(values, 1):
            if lines:
                out.write(json.dumps(value, ensure_ascii=False) + "\n")
            else:  # (a line break in the text of a JSON value is always escaped, "\n")
                out.write(("\n " if count == 1 else ",\n ")
                          + json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n "))
        if not lines:
            out.write("\n]\n" if count else "]\n")
    return count


#: How many postings ``vagigs feed`` shows unless told (``--limit``, ``--all``).
FEED_LIMIT = 50


#: ``click.Context.meta`` key: the limit ``vagigs feed`` was given by default by the command that invoked it
_DEFAULT_CUT = "vagigs.default_cut"


def _say_if_cut(session, f, shown: int, cut_at: int | None, ui: str) -> None:  # type: ignore[no-untyped-def]
    """On standard error (standard output is the feed's alone), when the default limit left postings out: how many
    there are, and how to see them, in ``ui`` (the option to type in ASCII digits). ``--all`` is not the advice: it
    shows every stored posting, uncurated."""
    if cut_at is None or shown < cut_at:
        return
    from store.web_queries import count_feed
    from web.i18n import message

    total = count_feed(session, f)
    if total > shown:
        click.echo(message(ui, "feed_cut", shown=shown, total=total, option=f"--limit {total}"), err=True)


def _print_table(postings: list[dict], ui: str = "en") -> None:
    """A row a gig (its day, source, language, verdict, tasks, title and company), then what to know of it: that its
    source no longer lists it or it has closed, where else it is posted, and why it is in doubt. Each posting
    carries its words in ``ui`` (``web.api_texts.with_texts``). In English the verdict and tasks are their codes
    and the notes the table's own words, as scripts have read them; in Uzbek and Persian all is in the words of the
    web's pages, with the reader's dates."""
    from store import queries
    from web.i18n import format_date, list_separator, message

    words = ui != "en"
    if not postings:
        click.echo(message(ui, "no_results") if words else "no postings match")
        return
    now = queries.utcnow()
    verdicts = [(p["legitimacy_verdict_text"] if words else p["legitimacy_verdict"]) or "-" for p in postings]
    width = max(map(len, verdicts)) if words else 9  # (English: as wide as ever, "likely_scam" overflowing)
    for p, verdict in zip(postings, verdicts):
        when = format_date(ui, p["posted_at"] or p["first_seen_at"])
        tags = list_separator(ui).join(p["tag_labels"].values()) if words else ",".join(p["tags"] or [])[:28]
        tags = tags if len(tags) <= 28 else tags[:27] + "…"
        title = (p["title"] or "")[:60]
        company = (p["company"] or "")[:24]
        # (English keeps its " — " before an empty company, as scripts have read the table)
        click.echo(f"{when} {p['source']:14} {p['language'] or '-':4} {verdict:{width}} {tags:28} {title}"
                   + (f" — {company}" if company or not words else ""))
        for note in _notes(p, ui, now):
            click.echo(f"{'':11}{note}")
        for reason in (p["legitimacy_reasons"] or []) if p["legitimacy_verdict"] != "ok" else []:
            click.echo(f"{'':11}! {reason['text']}" + (f": '{reason['span']}'" if reason["span"] else ""))
    shown = len(postings)
    click.echo(f"({message(ui, 'results', total=shown, count=shown)})" if words
               else f"({shown} posting{'' if shown == 1 else 's'})")


def _notes(p: dict, ui: str, now: datetime) -> Iterator[str]:
    """``_print_table``'s notes on a gig: "x" that its source no longer lists it or it has closed, "+" each other
    source it is posted on."""
    from store import queries
    from web.i18n import format_date, message, source_name

    closed = queries.has_passed(p.get("expires_at"), now)
    if ui == "en":
        if p.get("delisted_at"):
            yield f"x no longer listed by {p['source']} since {p['delisted_at'][:10]}"
        if closed:
            yield f"x closed on {p['expires_at'][:10]}"
        for link in p.get("also_posted_on") or []:
            yield f"+ also posted on {link['source']}: {link['url'] or '-'}"
        return
    if p.get("delisted_at"):
        yield "x " + message(ui, "delisted", source=source_name(p["source"], p.get("url"), ui),
                             date=format_date(ui, p["delisted_at"]))
    if closed:
        yield "x " + message(ui, "closed_on", date=format_date(ui, p["expires_at"], on_readers_clock=False))
    for link in p.get("also_posted_on") or []:
        yield f"+ {message(ui, 'also_posted_on')}: {source_name(link['source'], link['url'], ui)} {link['url'] or '-'}"


class _Input(click.File):
    """A file to read, or ``-`` for standard input: standard input closed (``<&-``, a service with none) is a
    usage error naming it, not click's RuntimeError traceback."""

    def __init__(self) -> None:
        super().__init__("rb")

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        try:
            return super().convert(value, param, ctx)
        except RuntimeError:  # click: "Was not able to determine binary stream for sys.stdin."
            self.fail("standard input is closed: give a FILE, or pipe the post in", param, ctx)


@main.command()
@click.argument("file", type=_Input(), default="-")
@click.option("--title", default=None, help="The title; otherwise the text's first line is.")
@click.option("--company", default=None, help="The employer's name, when the post gives one.")
@click.option("--location", default=None, help="The place as the board gives it, e.g. 'USA' or 'Toshkent'.")
@click.option("--pay", "salary_raw", default=None, metavar="TEXT", help="The pay as published, e.g. '5 000 000 so'm'.")
@click.option("--ui", type=click.Choice(["en", "uz", "fa"]), default="en", show_default=True,
              help="Language of the verdict, reasons and task names.")
@click.option("--no-store", is_flag=True, help="Do not compare the pay with the postings in the store.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def check(file, title, company, location, salary_raw, ui, no_store, fmt) -> None:  # type: ignore[no-untyped-def]
    """Is a job post a scam, and is it VA work? Judge one post (FILE, or stdin) without storing it.

    \b
    Read as a Telegram channel post: the first line (or a "Lavozim:" line, or
    the line after a greeting) is the title, "Idora:", "Maosh:", "Hudud:" lines
    give company, pay and place:
      vagigs check post.txt --ui uz
      pbpaste | vagigs check --company "Acme" --format json
    """
    from store import db
    from web.check import MAX_TEXT, TextProblem, as_dict, judge, store_market
    from web.i18n import message

    raw = file.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise click.UsageError(f"{file.name} is not UTF-8 text (byte {exc.start}); convert it first, "
                               "e.g. iconv -f cp1251 -t utf-8") from None

    def market() -> dict:
        try:
            url = _store()
        except _NoStore:
            return {}  # no store yet: no stored pay to compare with
        with db.sessions(url)() as session:
            return store_market(session)

    try:
        result = judge(text, title=title, company=company, pay=salary_raw, location=location,
                       market_pay=None if no_store else market)
    except TextProblem as exc:
        raise click.UsageError(message("en", exc.key, max=MAX_TEXT)) from None
    out = as_dict(result, ui)
    if fmt == "json":
        _write_json(out)
        return
    _print_checked(out, ui)


def _print_checked(out: dict, ui: str) -> None:
    from web.i18n import format_pay, message, shows_score

    leg = out["legitimacy"]
    score = f" · {message(ui, 'score', score=leg['score'])}" if shows_score(leg["verdict"], leg["score"]) else ""
    click.echo(f"{leg['verdict_text']}{score} ({leg['verdict']})")
    for r in leg["reasons"]:
        click.echo(f"  ! {r['text']}" + (f": '{r['span']}'" if r["span"] else ""))
    lang = out["language"]
    click.echo(f"{message(ui, 'language')}: {lang['name']} ({lang['code']}, {lang['confidence']:.2f})")
    pay = out["pay"] and format_pay(ui, out["pay"]["min"], out["pay"]["max"], out["pay"]["currency"],
                                    out["pay"]["period"])
    if pay:  # as the web's check page says it: "from 5,000,000 UZS" promises at least that, not that amount
        click.echo(f"{message(ui, 'pay')}: {pay.striptags()}")
    if out["remote"]:
        click.echo(f"{message(ui, 'remote')}: {out['remote']['text']}")
    click.echo(f"{message(ui, 'va_work')}: {message(ui, 'yes' if out['va_relevant'] else 'no')} "
               f"({out['va_relevance']:.2f})")
    for tag in out["tags"]:
        evidence = f": '{tag['evidence']}'" if tag["evidence"] else ""
        click.echo(f"  {message(ui, 'tags')}: {tag['label']} ({tag['tag']}){evidence}")


@main.command()
@click.option("--limit", type=click.IntRange(1, MOST), default=20, show_default=True,
              help="Print this many of the newest gigs (`vagigs feed` shows more).")
@click.option("--port", type=PORT, default=8000, show_default=True, help="Port of the web app on 127.0.0.1.")
@click.option("--no-serve", is_flag=True, help="Only crawl and print the feed; do not serve the web app.")
def demo(limit: int, port: int, no_serve: bool) -> None:
    """The main job offline: crawl the shipped snapshot, curate, show the feed, then serve it on the web.

    A crawl run that failed is said on standard error; the feed is shown and served all the same, and the demo
    then exits with status 1."""
    import os

    ctx = click.get_current_context()
    overrides: list[str] = []  # (the snapshot's JSON-LD board is crawled as any replay's: ``_recorded_boards``)
    if not os.environ.get("VAGIGS_LOG_LEVEL"):  # the per-run summaries are printed; Scrapy's INFO lines would bury them
        overrides.append("LOG_LEVEL=WARNING")
    failed = False
    try:
        ctx.invoke(crawl, names=(), replay="", record=None, overrides=tuple(overrides))
    except SystemExit as exc:  # a run that failed is in its summary line; the rest of the demo goes on
        failed = exc.code not in (0, None)
        if failed:
            click.echo("a crawl run failed: see its line above", err=True)
    click.echo("")
    if ctx.get_parameter_source("limit") is click.core.ParameterSource.DEFAULT:
        ctx.meta[_DEFAULT_CUT] = limit  # the feed says what this default left out, as its own does
    ctx.invoke(feed, langs=(), tags=(), sources_=(), since=None, search=None, min_legitimacy=None,
               include_scams=False, show_all=False, limit=limit, fmt="table")
    if not no_serve:
        click.echo("")
        _serve(_store(create=True), "127.0.0.1", port, any_port_if_taken=True)
    if failed:  # the feed was shown and served all the same; the exit status still tells a script the job failed
        raise SystemExit(1)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=PORT, default=8000, show_default=True, help="0 picks a free port.")
def serve(host: str, port: int) -> None:
    """Serve the web app (feed pages, API, RSS/Atom, trends) with waitress until Ctrl-C."""
    _serve(_store(), host, port)  # it only reads: no empty store made at a mistyped path (the demo crawls its own)


def _loopback(host: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host.lower() == "localhost"


def _serve(url: str, host: str, port: int, any_port_if_taken: bool = False) -> None:
    import signal

    from web import server as web_server
    from web.app import create_app

    app = create_app(url)
    # Behind the proxies VAGIGS_PROXY_HOPS counts, their X-Forwarded-* headers reach the app, whose ProxyFix trusts
    # exactly that many (``web.server.create``: waitress on its own drops them all).
    settings = config.web_server()
    body_limit = app.config["MAX_CONTENT_LENGTH"]
    try:
        server = web_server.create(app, host, port, settings, body_limit=body_limit)
    except ValueError as exc:  # waitress' word for a host it cannot resolve (999.1.1.1, a typo)
        raise click.ClickException(f"cannot listen on {host}:{port}: no such host or address here") from exc
    except OSError as exc:
        if not any_port_if_taken:
            raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
        click.echo(f"port {port} is taken; serving on a free port instead")
        server = web_server.create(app, host, 0, settings, body_limit=body_limit)
    if not config.allowed_hosts() and not _loopback(host):  # (once listening: a host it cannot take is the error)
        click.echo(f"warning: serving on {host} with VAGIGS_ALLOWED_HOSTS unset: the Host a client sends goes into "
                   "feed and canonical links; set it to the public host name", err=True)
    base = f"http://{'[' + host + ']' if ':' in host else host}:{server.effective_port}"
    shown = config.shown_url(url)  # (a server's log keeps what is printed)
    click.echo(f"vagigs web app on {base} (store {shown}); Ctrl-C stops it")
    for name, path in (("feed page", "/"), ("API", "/api/postings"), ("API docs", "/api/openapi.json"),
                       ("health", "/api/health"), ("RSS", "/feed.rss"), ("Atom", "/feed.atom"), ("trends", "/trends")):
        click.echo(f"  {name:10} {base}{path}")
    sys.stdout.flush()
    # Ctrl-C, and the SIGTERM a service manager stops it with (systemd, docker stop), end it the same way; a crawl
    # before (``vagigs demo``) may have left Scrapy's handlers, which would ignore both once its reactor stopped
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        web_server.run(server, settings.stop_seconds)  # answers what it has received, then returns
    finally:
        server.close()
    click.echo("stopped")


# ------------------------------------------------------------------ curation and evaluation

class _StageEvalGroup(click.Group):
    """``vagigs eval <stage>``: each stage's evaluator is the click command ``evaluation.<stage>.command``."""

    STAGES = ("language", "dedupe", "legitimacy", "tags")

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.STAGES)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.STAGES:
            return None
        import importlib

        return importlib.import_module(f"evaluation.{name}").command


@main.group(name="eval", cls=_StageEvalGroup)
def eval_() -> None:
    """Measure a stage on labelled real data; the last line printed is metric=value."""


@main.command()
@click.option("--days", type=click.IntRange(1, MOST_DAYS), default=30, show_default=True,
              help="Remove what was quarantined more than this many days ago.")
@click.option("--dry-run", is_flag=True, help="Say what would be removed; remove nothing.")
def prune(days: int, dry_run: bool) -> None:
    """Remove old quarantined responses and records ($VAGIGS_HOME/quarantine), which nothing else removes.

    A source failing every run keeps each body it refused there: run this from cron, or after reading them."""
    from crawlers.quarantine import prune as prune_quarantine

    files, size = prune_quarantine(days, dry_run=dry_run)
    verb = "would remove" if dry_run else "removed"
    click.echo(f"{verb} {files} quarantined {'file' if files == 1 else 'files'} ({size / 1e6:.1f} MB) older than "
               f"{days} days from {config.quarantine_dir()}")


@main.command(name="copy-store")
@click.option("--to", "target", required=True, metavar="URL",
              help="The store to copy into, written as VAGIGS_DATABASE_URL is: an empty PostgreSQL database (created "
                   "by its operator; migrated here), or a SQLite file.")
@click.option("--replace", is_flag=True,
              help="Copy into a target that already holds a store, emptying it first: what it held is lost.")
def copy_store(target: str, replace: bool) -> None:
    """Copy the whole store into another database: SQLite to PostgreSQL, or back.

    Every table, ids and all: runs, delisted postings, duplicate clusters, the day's request counts, the HTTP
    validators and the scheduler's jobs come along, as a new crawl into the other database would not bring them.
    Then point VAGIGS_DATABASE_URL at the copy."""
    from sqlalchemy.exc import SQLAlchemyError

    from store import transfer

    source = _store()
    shown_target = config.shown_url(target)
    with _opening(target, named_by="--to"):
        try:
            transfer.prepare_target(source, target, replace=replace)
        except ValueError as exc:
            raise click.ClickException(f"cannot copy the store to {shown_target}: {exc}") from exc
        except transfer.TargetNotEmpty as exc:
            raise click.ClickException(f"the store at {shown_target} already holds {exc}: copy into an empty "
                                       "database, or give --replace to empty it first") from exc
        except transfer.RevisionsDiffer as exc:
            raise click.ClickException(f"cannot copy the store to {shown_target}: {exc}") from exc

    def progress(table: str, rows: int) -> None:
        if rows >= 100_000 and rows % 100_000 < transfer.BATCH:
            click.echo(f"{table}: {rows:,} rows", err=True)

    try:
        counts = transfer.copy_rows(source, target, replace=replace, progress=progress)
    except (SQLAlchemyError, transfer.CountsDiffer) as exc:
        why = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise click.ClickException(f"the copy to {shown_target} stopped: {why}; the target is left as it was "
                                   "before the copy") from exc
    for table, rows in counts.items():
        click.echo(f"{table}: {rows:,} rows" + (" (made by the target's triggers)" if table in transfer.DERIVED
                                                 else ""))
    click.echo(f"store at {config.shown_url(source)} copied to {shown_target}; "
               "set VAGIGS_DATABASE_URL to it to use it")


@main.command()
@click.option("--rebuild", is_flag=True, help="Recompute every duplicate cluster from scratch.")
def dedupe(rebuild: bool) -> None:
    """Cluster duplicate postings across sources, runs and scripts.

    Indexes the postings the index lacks, in batches, saying how far it is on stderr every 10 seconds; Ctrl-C or
    SIGTERM ends it between batches, keeping what it indexed, and running it again goes on from there."""
    from pipeline import dedupe as stage

    url = _store(create=True, write=True)
    if rebuild:
        with _refused(url, "no cluster was changed"):
            click.echo(stage.rebuild(url))
        return
    progress = _Progress("dedupe")
    with _refused(url, "the postings clustered before it stay so"), _stoppable(progress) as stop:
        click.echo(stage.update(url, stop=stop, progress=progress))
    stop.end("indexed", "the postings indexed stay so; `vagigs dedupe` goes on from there")


@main.command()
@click.option("--retrain", is_flag=True,
              help="First retrain the relevance model and tag thresholds on the labelled dev set "
                   "(tests/data/tags_dev.jsonl), as a taxonomy change needs.")
@click.option("--stale", is_flag=True, help="Only postings another version of the tagger tagged (as `vagigs health` "
                                            "counts them): resumes an interrupted run, or catches up after crawls "
                                            "that ran an older version.")
def retag(retrain: bool, stale: bool) -> None:
    """Re-tag every stored posting with the current taxonomy.

    After editing pipeline/tags/taxonomy.json, `vagigs retag --retrain` is the one command: it refits model.json to
    the new phrases, then re-tags the store."""
    from pipeline.tags import store_retag

    url = _store(create=True, write=True)
    progress = _Progress("retag")
    try:
        with _refused(url, "the postings re-tagged before it stay so (--stale goes on from there)"), \
                _stoppable(progress) as stop:
            click.echo(store_retag.retag(url, retrain=retrain, stale_only=stale, progress=progress, stop=stop))
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from exc
    stop.end("re-tagged", "the postings re-tagged stay so; `vagigs retag --stale` goes on from there")


@main.command()
@click.option("--dry-run", is_flag=True, help="Judge and report what would change; write nothing.")
@click.option("--market-days", type=click.IntRange(0, MOST_DAYS), default=None,
              help="Days of stored postings the market pay is read from (0: all); default as the crawl's "
                   "VAGIGS_MARKET_PAY_DAYS, 365.")
@click.option("--stale", is_flag=True, help="Only postings another version of the judge judged (as `vagigs health` "
                                            "counts them): resumes an interrupted run, or catches up after crawls "
                                            "that ran an older version.")
def reassess(dry_run: bool, market_days: int | None, stale: bool) -> None:
    """Re-judge every stored posting with the current scam rules and text model.

    A crawl judges a posting when it fetches it; run this after the rules or the model change, so postings no source
    lists any more are judged anew too. Prints how many changed and which verdicts moved."""
    from pipeline.legitimacy_store import reassess_store
    from store import reports

    days = reports.MARKET_PAY_DAYS if market_days is None else market_days
    url = _store(create=not dry_run, write=not dry_run)  # a dry run only reads: no store made at a mistyped path
    progress = _Progress("reassess")
    with _refused(url, "the postings judged before it stay so (--stale goes on from there)"), \
            _stoppable(progress) as stop:
        click.echo(reassess_store(url, market_days=days, dry_run=dry_run, stale_only=stale, progress=progress,
                                  stop=stop).summary())
    stop.end("judged", "nothing was written (a dry run)" if dry_run else
             "the postings re-judged stay so; `vagigs reassess --stale` goes on from there")


#: Seconds between two progress lines of ``vagigs reassess`` and ``vagigs retag``.
PROGRESS_EVERY = 10.0


class _Progress:
    """A store-wide pass's progress, told after each batch (``done`` of ``total`` postings), as a line on stderr at
    most every ``PROGRESS_EVERY`` seconds: the pass takes minutes to an hour on a big store, and had said nothing."""

    def __init__(self, label: str, every: float | None = None) -> None:
        import time

        self.label, self.every, self.clock = label, PROGRESS_EVERY if every is None else every, time.monotonic
        self.started = self.last = self.clock()
        self.done = self.total = 0

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        now = self.clock()
        if now - self.last < self.every or done >= total:
            return
        self.last = now
        rate = done / max(now - self.started, 1e-9)
        left = (total - done) / rate if rate else 0.0
        click.echo(f"{self.label}: {done:,} of {total:,} postings ({100 * done // max(total, 1)} %), {rate:,.0f}/s, "
                   f"about {_span(left)} left", err=True)


def _span(seconds: float) -> str:
    """A time left as one says it: "40 s", "12 min", "1 h 05 min"."""
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


class _Stop:
    """The stop a store-wide pass asks before each batch (``pipeline.forked_batches``): set by the first Ctrl-C or
    SIGTERM (a service manager's stop), which the forked workers do not hear; a second one stops at once."""

    def __init__(self, progress: _Progress) -> None:
        self.progress = progress
        self.asked = False

    def __call__(self) -> bool:
        return self.asked

    def heard(self, signum: int, frame: Any) -> None:
        import signal

        if self.asked:
            signal.default_int_handler(signum, frame)
        self.asked = True
        print(f"{self.progress.label}: stopping once the batches under way are written (again to stop at once)",
              file=sys.stderr, flush=True)

    def end(self, did: str, kept: str) -> None:
        """After the pass: when it was stopped, one line saying how far it got and what was kept, and status 1, as a
        stopped crawl ends."""
        if not self.asked:
            return
        p = self.progress
        of = f" of {p.total:,}" if p.total else ""
        click.echo(f"{p.label}: stopped; {did} {p.done:,}{of} postings; {kept}", err=True)
        sys.exit(1)


@contextmanager
def _stoppable(progress: _Progress) -> Iterator[_Stop]:
    """A long store-wide pass (``vagigs reassess``, ``vagigs retag``) that Ctrl-C or SIGTERM ends between two
    batches: it had printed worker tracebacks and "Aborted!", and SIGTERM had left its workers running."""
    import signal

    stop = _Stop(progress)
    before = {s: signal.signal(s, stop.heard) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    except KeyboardInterrupt:  # the second stop
        click.echo(f"{progress.label}: stopped at once; {progress.done:,} postings written", err=True)
        sys.exit(1)
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)


_EVERY = "all"  # ``--since all``: every posting, every week
_report_since = click.option(
    "--since", default=None,
    help="Only postings posted (else first seen) since: an ISO date or a span like 30d, 2w; all (the default): "
         "every posting.")
_weekly_since = click.option(
    "--since", default=None,
    help="Only postings posted (else first seen) since: an ISO date or a span like 30d, 2w, from the Monday "
         "(00:00 UTC) of its ISO week, as /trends counts, so that the first week's row is the whole week; all: "
         "every week.  [default: the last 12 weeks up to the newest posting's, as /trends shows]")


def _report_since_value(value: str | None) -> datetime | None:
    """A report's ``--since`` by no week: ``_parse_since``'s moment, None for ``all``."""
    return None if (value or "").strip().lower() == _EVERY else _parse_since(value)


def _week_since(value: str | None) -> datetime | None:
    """A weekly report's ``--since``: ``_parse_since``'s moment taken back to Monday 00:00 UTC of its ISO week
    (``store.trends.week_start``), as /trends starts its weeks. From the moment itself the first row had counted
    the days after it under the whole week's label ("2026-W47  1" of a week of 16). None for ``all``."""
    from store.trends import iso_week, week_start

    since = _report_since_value(value)
    return week_start(iso_week(since)) if since is not None else None


def _weekly_window(session, value: str | None) -> tuple[datetime | None, str]:  # type: ignore[no-untyped-def]
    """A weekly report's first Monday: ``--since``'s (``_week_since``), else that of the last
    ``store.trends.DEFAULT_WEEKS`` weeks up to the newest posting's, as /trends shows them (the help says 12: a test
    holds them together); and the line for standard error naming those weeks when older ones are left out ("" else)."""
    from store.trends import DEFAULT_WEEKS, posting_weeks, week_start, window

    if value is not None:
        return _week_since(value), ""
    ends = posting_weeks(session)
    weeks = window(ends, DEFAULT_WEEKS).weeks
    if not weeks or weeks[0] == ends[0]:  # a younger store: its every week
        return None, ""
    start, oldest = week_start(weeks[0]), ends[0]
    return start, (f"the last {DEFAULT_WEEKS} weeks, from {weeks[0]} (Monday {start:%Y-%m-%d}); "
                   f"--since all for every week from {oldest}")


@main.group()
def report() -> None:
    """Reports for analysts."""


@report.command()
@click.option("--by", type=click.Choice(["source", "tag", "week", "reason"]), default="source", show_default=True)
@click.option("--since", default=None,
              help="Only postings posted (else first seen) since: an ISO date or a span like 30d, 2w; all: every "
                   "posting (by week: every week). By week, from the Monday (00:00 UTC) of its ISO week, as /trends "
                   "counts, so that the first week's row is the whole week.  [default: every posting; by week, the "
                   "last 12 weeks up to the newest posting's, as /trends shows]")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@_csv_bom
def scams(by: str, since: str | None, fmt: str, bom: bool) -> None:
    """Scam rates by source, tag, week or warning sign: postings, likely_scam and caution counts, and the
    likely_scam share.

    By reason, each row counts the postings that give that warning sign (upfront_fee, money_mule,
    identity_proxy, text_model …), whatever their verdict, most common first."""
    from store import db, reports

    url = _store()
    note = ""
    with db.sessions(url)() as session:
        if by == "week":
            start, note = _weekly_window(session, since)
        else:
            start = _report_since_value(since)
        rows = reports.scam_rates(session, by, since=start)
    _emit_rows(rows, fmt, (by, "postings", "likely_scam", "caution", "scam_rate"), bom=bom)
    _note_to_stderr(note)


@report.command()
@click.option("--by", type=click.Choice(["tag", "language", "source"]), default="tag", show_default=True)
@_weekly_since
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@_csv_bom
def volume(by: str, since: str | None, fmt: str, bom: bool) -> None:
    """Postings per ISO week (UTC) by task tag, language or source (one per duplicate cluster).

    By tag, VA gigs, each under every tag it has; by language or source, every posting, VA gig or not. Every week
    of the span (the last 12 up to the newest posting's, unless --since) has a row for each value counted in any of
    them, 0 if none."""
    from store import db, trends

    with db.sessions(_store())() as session:
        start, note = _weekly_window(session, since)
        rows = trends.postings_per_week_filled(session, by, since=start)
    _emit_rows(rows, fmt, ("week", by, "postings"), bom=bom)
    _note_to_stderr(note)


@report.command()
@_report_since
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@_csv_bom
def pay(since: str | None, fmt: str, bom: bool) -> None:
    """Median published pay by task tag, pay period and currency (likely scams left out).

    Each median is over the postings that state that bound ("from 20,000,000" counts in median_min
    alone; empty when none does): n_min and n_max say how many, so a median_min above its median_max is a
    median of other postings. Pay in so'm, toman or roubles with no period stated counts as
    monthly, as hh.uz, Jobinja and Uzbek Telegram posts quote it. The table writes amounts for people
    (80,000,000); CSV and JSON as numbers."""
    from pipeline.pay import MONTHLY_BY_CONVENTION
    from store import db, trends

    with db.sessions(_store())() as session:
        rows = trends.median_pay(session, monthly_currencies=MONTHLY_BY_CONVENTION, since=_report_since_value(since))
    _emit_rows(rows, fmt, ("tag", "period", "currency", "postings", "median_min", "median_max", "n_min", "n_max"),
               bom=bom, amounts=("median_min", "median_max"))


@report.command()
@click.option("--country", "countries", multiple=True, metavar="CC",
              help="A country seekers live in (two letters); repeatable [default: UZ and IR].")
@_weekly_since
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@_csv_bom
def reach(countries: tuple[str, ...], since: str | None, fmt: str, bom: bool) -> None:
    """How many of each week's VA gigs a seeker living in Uzbekistan or Iran could take from there.

    Per ISO week (the last 12 up to the newest posting's, unless --since): the VA gigs (one per duplicate cluster,
    likely scams left out, closed ones too), the fully remote ones, and for each country the remote ones open to an
    applicant living there (naming it, a region or time zone it is in, the world, or no limit: as `vagigs feed
    --open-to`) with their share of the gigs."""
    from pipeline.remote import HOME_COUNTRIES, country_code
    from store import db, trends

    labels: dict[str, tuple[str, ...]] = {}
    for given in countries or HOME_COUNTRIES:
        regions = _open_to_regions(given, "--country")  # refuses what is no country code
        labels[country_code(given)] = regions
    with db.sessions(_store())() as session:
        start, note = _weekly_window(session, since)
        rows = trends.reach_per_week(session, labels, since=start)
    _emit_rows(rows, fmt, ("week", "gigs", "remote", *(f"open_to_{c}" for c in labels),
                           *(f"share_{c}" for c in labels)), bom=bom)
    _note_to_stderr(note)


def _note_to_stderr(note: str) -> None:
    """A report's ``note`` (if any) on standard error: standard output is the rows', which a script reads."""
    if note:
        click.echo(note, err=True)


#: What a spreadsheet reads as the start of a formula in a cell it opens from CSV (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """A CSV cell as a spreadsheet should show it: text that would start a formula there (a posting titled
    ``=HYPERLINK("http://…","Apply")``, which any poster may write) gets a leading apostrophe, so Excel, LibreOffice
    and Google Sheets show it as text instead of running it. Numbers are not text and pass as they are. Exact text
    is in ``--format json``."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def _amount(value: float) -> str:
    """An amount as a person reads it: thousands grouped, a whole number without ".0" (80,000,000), else to the
    cent (12,345.50)."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}"


def _emit_rows(rows: list[dict], fmt: str, columns: Sequence[str], *, bom: bool = True,
               amounts: Sequence[str] = ()) -> None:
    """``rows`` as a table, JSON or CSV (``bom``: see ``_csv_bom``). ``columns``: the rows' keys, for the header
    row of a CSV without rows, so a script reads a well-formed file then too (as it reads ``[]`` in JSON). In the
    table, the ``amounts`` columns are written for people (``_amount``) and numbers are right-aligned; CSV and
    JSON keep the numbers as they are."""
    if fmt == "json":
        _write_json(rows)
        return
    if not rows:
        click.echo("no rows", err=True)
    if fmt == "csv":
        with _utf8_stdout(newline="", bom=bom) as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else list(columns))
            writer.writeheader()
            writer.writerows({k: _csv_cell(v) for k, v in r.items()} for r in rows)
        return
    if not rows:
        return
    def cell(key: str, value: Any) -> str:  # no value is an empty cell, as in the CSV, not "None"
        if value is None:
            return ""
        return _amount(value) if key in amounts else str(value)

    def numbers(key: str) -> bool:
        return all(isinstance(r[key], (int, float)) and not isinstance(r[key], bool)
                   for r in rows if r[key] is not None)

    widths = {k: max(len(str(k)), *(len(cell(k, r[k])) for r in rows)) for k in rows[0]}
    right = {k for k in widths if numbers(k)}

    def line(texts: dict[str, str]) -> str:
        return "  ".join(t.rjust(widths[k]) if k in right else t.ljust(widths[k]) for k, t in texts.items()).rstrip()

    click.echo(line({k: str(k) for k in widths}))
    for r in rows:
        click.echo(line({k: cell(k, r[k]) for k in widths}))


if __name__ == "__main__":
    main()
