"""The web app reads the SQLite store at the store's path, and says so when it cannot read it.

A store deleted (``rm store.db*``, then made anew by the next crawl) or replaced (``mv backup.db store.db``) while
``serve`` ran had been served from the file it had opened until a restart, ``/api/health`` saying ok; and a store
whose pages are damaged had ``/api/health`` answer ok while every page failed."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from tests.helpers import damaged_store, small_store


def _store(path: Path, *ids: str) -> str:
    url, _ = small_store(path, *({"source": "remoteok", "source_id": i, "title": f"Assistant {i}",
                                  "url": f"https://remoteok.com/{i}"} for i in ids))
    return url


def _close(url: str) -> None:
    from store import db

    db.engine(url).dispose()


def _shown(client) -> set[str]:  # type: ignore[no-untyped-def]
    answer = client.get("/api/postings")
    assert answer.status_code == 200, answer.get_data(as_text=True)
    return {p["source_id"] for p in answer.get_json()["postings"]}


@pytest.fixture
def every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("web.store_file.EVERY", 0.0)


def test_a_store_replaced_under_the_app_is_read_from_the_new_file(tmp_path: Path, every_request, caplog) -> None:  # type: ignore[no-untyped-def]
    """Not before the old file's WAL is gone: SQLite would read the new file through it (the old postings shown
    from the restored file, or a damaged store)."""
    from web.app import create_app

    url = _store(tmp_path / "store.db", "old-1", "old-2")
    client = create_app(url).test_client()
    assert _shown(client) == {"old-1", "old-2"}
    assert (tmp_path / "store.db-wal").exists()
    _close(_store(tmp_path / "backup.db", "restored-1"))  # its writer has ended
    os.replace(tmp_path / "backup.db", tmp_path / "store.db")  # the atomic restore, the old -wal left beside it
    with caplog.at_level(logging.WARNING):
        for _ in range(2):
            assert client.get("/api/postings").status_code == 503
            health = client.get("/api/health")
            assert health.status_code == 503 and health.get_json()["status"] == "gone"
        for name in ("store.db-wal", "store.db-shm"):
            (tmp_path / name).unlink()
        assert _shown(client) == {"restored-1"}
        assert client.get("/api/health").get_json() == {"status": "ok"}
    said = [r.getMessage() for r in caplog.records if "store's file" in r.getMessage()]
    assert said == [f"the store's file {tmp_path / 'store.db'} was replaced while store.db-wal of the one opened "
                    "stays beside it: answering 503 (SQLite would read the new file through the old one's WAL); stop "
                    "every vagigs process, remove store.db-wal and store.db-shm, then start again (README)",
                    f"the store's file {tmp_path / 'store.db'} is another file than the one opened: reopened on it"]


def test_a_store_deleted_under_the_app_is_a_503_until_one_is_there_again(tmp_path: Path, every_request) -> None:  # type: ignore[no-untyped-def]
    from web.app import create_app

    url = _store(tmp_path / "store.db", "deleted-1")
    client = create_app(url).test_client()
    assert _shown(client) == {"deleted-1"}
    for name in ("store.db", "store.db-wal", "store.db-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    health = client.get("/api/health")
    assert health.status_code == 503 and health.get_json()["status"] == "gone"
    assert client.get("/api/postings").status_code == 503
    assert client.get("/").status_code == 503
    assert not (tmp_path / "store.db").exists()  # not made anew, empty, by the web app
    _close(_store(tmp_path / "store.db", "new-1"))  # the next crawl's store
    assert client.get("/api/health").status_code == 200
    assert _shown(client) == {"new-1"}


def test_the_file_is_looked_at_once_a_second_not_per_request(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from web.app import create_app

    url = _store(tmp_path / "store.db", "one")
    client = create_app(url).test_client()
    looked: list[str] = []
    real_stat = os.stat
    monkeypatch.setattr("web.store_file.os.stat", lambda p, *a, **k: looked.append(p) or real_stat(p, *a, **k))
    for _ in range(20):
        assert client.get("/api/postings").status_code == 200
    assert len(looked) <= 1


def test_health_reads_what_the_pages_read(tmp_path: Path) -> None:
    """Reading a posting's id alone (its index) had answered ok for a store whose every page failed."""
    from web.app import create_app

    url, _ = damaged_store(tmp_path)
    client = create_app(url).test_client()
    assert client.get("/api/postings").status_code == 503  # the store failed, not the app
    health = client.get("/api/health")
    assert health.status_code == 503
    assert health.get_json() == {"status": "unreadable", "message": "the store cannot be read"}
