"""Copying a whole store into another database (``vagigs copy-store``): the embedded SQLite into PostgreSQL, a
server's store onto an analyst's SQLite, or one server to another, ids and all.

A dump of one dialect read by the other does not load (SQLite's booleans are integers, its times naive text), and a
new crawl into the new store loses what only the store remembers: run history, postings the sources no longer
list, delisted marks, duplicate clusters, the day's request counts, the HTTP validators. So every table is read
through SQLAlchemy, each column by its type, and written at the same schema revision, its primary keys kept (a
cluster names its postings by id), in batches (``BATCH`` rows read and written at a time, from a server-side cursor
on PostgreSQL), in one transaction: a copy that fails leaves the target as it was. The source is read in one
snapshot, so a crawl writing meanwhile leaves the copy consistent, without its writes.

What the database itself derives is left to the target's own triggers and generated columns, as every writer
leaves it: ``posting_regions`` (migration 0012's triggers on ``postings``), ``postings.no_region_limit`` (0014),
the search index of ``posting_search`` (SQLite's FTS5 table of 0005, PostgreSQL's ``words`` of 0010). Each
derived table's rows are counted after the copy, and must equal the source's.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import JSON, Column, Connection, FetchedValue, Integer, MetaData, Table, Text, bindparam, cast, func
from sqlalchemy import insert, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from store import db
from store.schema import metadata

#: Rows read and written at a time: a batch of postings, with their descriptions and raw payloads, is some 20 MB
#: (copying 200,000 postings into PostgreSQL peaked at 225 MB of memory with batches of 2,000)
BATCH = 1000

#: Tables the target's triggers fill from another copied table (named): not copied, but counted.
DERIVED = {"posting_regions": "postings"}

#: The scheduler's job table (``scheduler.build_scheduler``), which APScheduler defines and creates on its first
#: start: each source's crawl job and its next run, which ``vagigs health`` reads the intervals from.
SCHEDULER_JOBS = "apscheduler_jobs"

Progress = Callable[[str, int], object]


class TargetNotEmpty(Exception):
    """The target already holds rows: copying into it would mix two stores' ids."""

    def __init__(self, held: dict[str, int]) -> None:
        super().__init__(", ".join(f"{n:,} {table}" for table, n in held.items()))
        self.held = held


class RevisionsDiffer(Exception):
    """The source and the target are at different schema revisions (a store is copied at its own)."""


class CountsDiffer(Exception):
    """After the copy, a table of the target does not hold as many rows as the source's (the copy is rolled back)."""


def scheduler_jobs_table() -> Table:
    """APScheduler's own definition of ``SCHEDULER_JOBS`` (on a metadata of its own: it is no table of the schema)."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    return SQLAlchemyJobStore(engine=db.engine("sqlite://"), tablename=SCHEDULER_JOBS, metadata=MetaData()).jobs_t


def tables() -> list[Table]:
    """Every table of a store, parents before the tables whose foreign keys name them: the whole schema
    (``store.schema``), then the tables other code defines and creates, copied when the source has them."""
    extra = [t for t in (scheduler_jobs_table(),) if t.name not in metadata.tables]
    return [*metadata.sorted_tables, *extra]


def same_store(a: str, b: str) -> bool:
    """Whether two URLs name the same store (one SQLite file, or one database of one server)."""
    file_a, file_b = db.sqlite_file(a), db.sqlite_file(b)
    if file_a is not None or file_b is not None:
        return file_a is not None and file_b is not None and file_a.resolve() == file_b.resolve()
    ua, ub = make_url(a), make_url(b)
    return (ua.get_backend_name(), ua.host, ua.port or 5432, ua.database) == \
        (ub.get_backend_name(), ub.host, ub.port or 5432, ub.database)


def held(url: str) -> dict[str, int]:
    """The rows each table of the store at ``url`` holds, of those that hold any."""
    with db.engine(url).connect() as conn:
        present = set(inspect(conn).get_table_names())
        counts = {t.name: _count(conn, t) for t in tables() if t.name in present}
    return {name: n for name, n in counts.items() if n}


def prepare_target(source: str, target: str, *, replace: bool = False) -> None:
    """Refuse a target that is the source, or holds rows (unless ``replace``: the copy empties it); migrate it to
    the newest revision (``store.db.migrate``, which refuses a store a newer vagigs migrated), and refuse it unless
    the source is at the same revision."""
    if same_store(source, target):
        raise ValueError("the target is the store itself")
    rows = held(target)
    if rows and not replace:
        raise TargetNotEmpty(rows)
    db.migrate(target)
    at_source, at_target = _revisions(source), _revisions(target)
    if at_source != at_target:
        raise RevisionsDiffer(f"the store is at revision {', '.join(sorted(at_source)) or 'none'}, the target at "
                              f"{', '.join(sorted(at_target))}")


def copy_store(source: str, target: str, *, replace: bool = False, batch: int = BATCH,
               progress: Progress | None = None) -> dict[str, int]:
    """Copy every table of the store at ``source`` into the one at ``target`` (``prepare_target`` first); the rows
    of each table in the target, derived ones included. ``progress(table, rows so far)`` after each batch."""
    prepare_target(source, target, replace=replace)
    return copy_rows(source, target, replace=replace, batch=batch, progress=progress)


def copy_rows(source: str, target: str, *, replace: bool = False, batch: int = BATCH,
              progress: Progress | None = None) -> dict[str, int]:
    """The copy into a target ``prepare_target`` made ready: in one transaction, from one snapshot of the source."""
    with Session(db.engine(source)) as reading, db.engine(target).begin() as writing:
        db.one_snapshot(reading)
        src = reading.connection()
        present = set(inspect(src).get_table_names())
        copied = [t for t in tables() if t.name in present]
        if replace:
            _empty(writing)
        for table in copied:
            if table.name not in metadata.tables:
                table.create(writing, checkfirst=True)
            if table.name not in DERIVED:
                _copy_table(src, writing, table, batch, progress)
        _continue_sequences(writing, copied)
        counts = {t.name: _count(writing, t) for t in copied}
        for table in copied:
            expected = _count(src, table)
            if counts[table.name] != expected:
                made = f" (made by its triggers on {DERIVED[table.name]})" if table.name in DERIVED else ""
                raise CountsDiffer(f"{table.name}: {expected:,} rows in the store, {counts[table.name]:,} in the "
                                   f"copy{made}")
    if writing.dialect.name == "postgresql":
        with db.engine(target).begin() as conn:  # the planner's statistics now, not when autovacuum comes by
            conn.exec_driver_sql("ANALYZE")
    return counts


def _copy_table(src: Connection, dst: Connection, table: Table, batch: int, progress: Progress | None) -> None:
    columns = [c for c in table.columns if _written(c)]
    read = select(*(_read(c) for c in columns)).order_by(*table.primary_key.columns)
    write = insert(table).values({c.name: _bound(c, dst) for c in columns})
    done = 0
    result = src.execute(read, execution_options={"stream_results": True, "yield_per": batch})
    for rows in result.partitions():
        dst.execute(write, [{f"v_{c.name}": value for c, value in zip(columns, row)} for row in rows])
        done += len(rows)
        if progress is not None:
            progress(table.name, done)


def _written(column: Column) -> bool:
    """Whether the copy writes ``column``: not one the database computes (a generated column on PostgreSQL, kept by
    triggers on SQLite; mapped with a bare ``FetchedValue``), which the target computes in turn."""
    default = column.server_default
    return column.computed is None and (default is None or type(default) is not FetchedValue)


def _read(column: Column):  # type: ignore[no-untyped-def]
    """A JSON value as its text, so SQL NULL and JSON ``null`` (both None once parsed) stay apart, and nothing is
    parsed and serialized again; any other value by its type (SQLite's 0/1 as booleans, its text as UTC times)."""
    return cast(column, Text).label(column.name) if isinstance(column.type, JSON) else column


def _bound(column: Column, dst: Connection):  # type: ignore[no-untyped-def]
    name = f"v_{column.name}"
    if not isinstance(column.type, JSON):
        return bindparam(name, type_=column.type)
    as_text = bindparam(name, type_=Text())
    return cast(as_text, column.type) if dst.dialect.name == "postgresql" else as_text  # SQLite keeps JSON as text


def _empty(conn: Connection) -> None:
    present = set(inspect(conn).get_table_names())
    emptied = [t for t in reversed(tables()) if t.name in present]
    if not emptied:
        return
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"TRUNCATE {', '.join(_quoted(conn, t) for t in emptied)} RESTART IDENTITY CASCADE")
        return
    for table in emptied:
        conn.execute(table.delete())


def _continue_sequences(conn: Connection, copied: list[Table]) -> None:
    """Have each PostgreSQL sequence of a copied table's key give the id after the table's greatest (SQLite's
    rowids follow the greatest by themselves), so the next crawl's runs and postings collide with none copied."""
    if conn.dialect.name != "postgresql":
        return
    for table in copied:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                {"t": _quoted(conn, table), "c": keys[0].name}).scalar()
        if sequence:
            greatest = conn.execute(select(func.coalesce(func.max(keys[0]), 0))).scalar_one()
            conn.execute(text("SELECT setval(:s, :v, false)"), {"s": sequence, "v": greatest + 1})


def _count(conn: Connection, table: Table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _quoted(conn: Connection, table: Table) -> str:
    return conn.dialect.identifier_preparer.format_table(table)


def _revisions(url: str) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with db.engine(url).connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())
