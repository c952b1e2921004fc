"""Copying a store into another database (``store.transfer``), on SQLite stores: every table, ids kept, JSON nulls
as they were, a target holding a store refused. Into and out of PostgreSQL, after a real crawl:
``tests/test_cli_copy_store.py``."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from store import crawl_state, db, dedupe_queries, queries, releases, scrapyd_jobs, transfer
from store.models import Posting
from store.schema import metadata
from tests.helpers import scheduled, small_store, table_rows

#: Tables of a store no copy writes: Alembic's own (the target is migrated), and those a database derives from
#: copied rows (SQLite's FTS5 index of ``posting_search`` and its shadow tables, migration 0005).
NOT_COPIED = ("alembic_version", "posting_search_fts")


def filled(tmp_path: Path) -> str:
    """A SQLite store with a row in every table: two postings in one cluster, one delisted, one limited to a
    region; a run, a day's request count, an HTTP validator, a crawl queued on a Scrapyd node, a stage's release, a
    scheduled job; JSON columns both SQL NULL and JSON ``null``."""
    url, ids = small_store(tmp_path / "source.db",
                           dict(source="remoteok", source_id="a", title="Virtual assistant", remote=True,
                                allowed_regions=["US", "not CA"]),
                           dict(source="jsonld", source_id="b", title="Virtual assistant", allowed_regions=None))
    with db.sessions(url).begin() as s:
        run = queries.start_run(s, "remoteok")
        s.get(Posting, ids["a"]).crawl_run_id = run.id
        s.get(Posting, ids["b"]).delisted_at = datetime(2025, 12, 2, tzinfo=timezone.utc)
        dedupe_queries.set_clusters(s, [(ids["b"], ids["a"], "exact", False), (ids["a"], ids["a"], None, True)])
        dedupe_queries.add_to_index(s, [(2**62 + 1, ids["a"]), (-5, ids["b"])], [ids["a"], ids["b"]], 3)
        crawl_state.take_request(s, "remoteok", date(2025, 12, 1), cap=None)
        crawl_state.save_validator(s, "https://remoteok.com/api", "remoteok", '"etag-1"', None)
        scrapyd_jobs.record(s, "remoteok", "http://10.0.0.11:6800", "job-1", {"DOWNLOAD_DELAY": "2"})
        releases.record(s, {"tags": "2026.12.31+0badc0de"})
    with db.engine(url).begin() as conn:
        conn.execute(text("UPDATE postings SET tags = NULL WHERE source_id = 'a'"))  # SQL NULL; b's is JSON null
        conn.execute(text("UPDATE postings SET tag_scores = 'null' WHERE source_id = 'b'"))
        conn.execute(text("INSERT INTO posting_search (posting_id, folded) SELECT id, lower(title) FROM postings"))
    scheduled(url)
    return url


def test_every_table_of_the_schema_and_of_a_store_is_copied(tmp_path: Path) -> None:
    """No table is forgotten: the schema's (``store.schema.metadata``, which a new model joins), and any other a
    store holds (the scheduler's jobs, which APScheduler creates) but Alembic's and SQLite's derived FTS index."""
    names = [t.name for t in transfer.tables()]
    assert set(metadata.tables) <= set(names) and len(names) == len(set(names))
    url = filled(tmp_path)
    with db.engine(url).connect() as conn:
        present = set(inspect(conn).get_table_names())
    assert {t for t in present if not t.startswith(NOT_COPIED)} == set(names)
    rows = table_rows(url)
    assert all(rows[name] for name in names), {n: len(r) for n, r in rows.items()}  # a row in each, to copy


def test_a_copy_holds_every_row_of_every_table_with_its_ids(tmp_path: Path) -> None:
    source = filled(tmp_path)
    target = f"sqlite:///{tmp_path / 'copy.db'}"
    counts = transfer.copy_store(source, target)
    before = table_rows(source)
    assert table_rows(target) == before
    assert counts == {name: len(rows) for name, rows in before.items()}
    with db.engine(target).connect() as conn:  # the derived search index, made by the target's triggers
        assert conn.execute(text("SELECT rowid FROM posting_search_fts WHERE posting_search_fts MATCH 'virtual' "
                                 "ORDER BY rowid")).scalars().all() == [1, 2]
    with db.sessions(target).begin() as s:  # the next posting comes after the copied ones
        assert queries.upsert_posting(s, dict(source="remoteok", source_id="c", title="Next")).id == 3


def test_a_copy_reads_and_writes_in_batches(tmp_path: Path) -> None:
    url, _ = small_store(tmp_path / "source.db", *(dict(source="remoteok", source_id=str(i)) for i in range(7)))
    seen: list[tuple[str, int]] = []
    transfer.copy_store(url, f"sqlite:///{tmp_path / 'copy.db'}", batch=3,
                        progress=lambda table, rows: seen.append((table, rows)))
    assert [rows for table, rows in seen if table == "postings"] == [3, 6, 7]


def test_a_target_holding_a_store_is_refused_unless_replaced(tmp_path: Path) -> None:
    source = filled(tmp_path)
    target, _ = small_store(tmp_path / "other.db", dict(source="remotive", source_id="x"))
    with pytest.raises(transfer.TargetNotEmpty) as refused:
        transfer.copy_store(source, target)
    assert refused.value.held["postings"] == 1
    assert [r[1] for r in table_rows(target)["postings"]] == ["remotive"]  # untouched
    transfer.copy_store(source, target, replace=True)
    assert table_rows(target) == table_rows(source)


def test_the_store_itself_is_refused(tmp_path: Path) -> None:
    url, _ = small_store(tmp_path / "source.db")
    with pytest.raises(ValueError):
        transfer.copy_store(url, f"sqlite:///{tmp_path}/../{tmp_path.name}/source.db")


def test_a_failed_copy_leaves_the_target_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = filled(tmp_path)
    target = f"sqlite:///{tmp_path / 'copy.db'}"

    def fail(table: str, rows: int) -> None:
        if table == "posting_tags":
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        transfer.copy_store(source, target, progress=fail)
    assert transfer.held(target) == {}
    assert not db.pending_migrations(target)
