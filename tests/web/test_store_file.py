"""``/api/health`` reads what the pages read: a store whose pages are damaged had it answer ok while every page
failed."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import damaged_store


def test_health_reads_what_the_pages_read(tmp_path: Path) -> None:
    """Reading a posting's id alone (its index) had answered ok for a store whose every page failed."""
    from web.app import create_app

    url, _ = damaged_store(tmp_path)
    client = create_app(url).test_client()
    assert client.get("/api/postings").status_code == 500
    health = client.get("/api/health")
    assert health.status_code == 503
    assert health.get_json() == {"status": "unreadable", "message": "the store cannot be read"}
