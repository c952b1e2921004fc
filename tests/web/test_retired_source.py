"""A source retired from the registry still has its postings in the store, and the feed form still offers it: the
feed, its RSS and the API take it as a filter (they had answered 400 "source: one of hh, …"). A name neither the
registry nor the store knows is still a 400."""
from __future__ import annotations

from datetime import datetime, timezone

from crawlers import sources


def test_a_retired_source_with_postings_is_still_a_filter(sqlite_url: str) -> None:
    from store import db, queries
    from web.app import create_app

    with db.sessions(sqlite_url).begin() as s:
        queries.upsert_posting(s, dict(source="ishbor", source_id="1", title="Yordamchi kerak", language="uz",
                                       posted_at=datetime(2025, 3, 3, tzinfo=timezone.utc), va_relevant=True,
                                       legitimacy_verdict="ok"))
    client = create_app(sqlite_url).test_client()
    page = client.get("/?source=ishbor")
    assert page.status_code == 200 and 'value="ishbor"' in page.get_data(as_text=True)
    assert client.get("/feed.rss?source=ishbor").status_code == 200
    assert [p["source"] for p in client.get("/api/postings?source=ishbor").get_json()["postings"]] == ["ishbor"]
    refused = client.get("/api/postings?source=nosuch")
    assert refused.status_code == 400
    assert refused.get_json()["message"] == f"source: one of {', '.join(sorted([*sources.SOURCES, 'ishbor']))}"


def test_the_api_document_lists_a_retired_source_the_store_holds(sqlite_url: str) -> None:
    """The ``source`` parameter's enum had listed the registry's sources only, so a client checking its requests
    against the document refused one the API takes."""
    from store import db, queries
    from web.app import create_app

    with db.sessions(sqlite_url).begin() as s:
        queries.upsert_posting(s, dict(source="ishbor", source_id="1", title="Yordamchi kerak", language="uz",
                                       posted_at=datetime(2025, 3, 3, tzinfo=timezone.utc), va_relevant=True,
                                       legitimacy_verdict="ok"))
    client = create_app(sqlite_url).test_client()
    doc = client.get("/api/openapi.json").get_json()
    [source] = [p for p in doc["paths"]["/api/postings"]["get"]["parameters"] if p["name"] == "source"]
    assert source["schema"]["items"]["enum"] == sorted([*sources.SOURCES, "ishbor"])
    assert client.get("/api/postings?source=ishbor").status_code == 200
    assert client.get("/api/postings?source=nosuch").status_code == 400
