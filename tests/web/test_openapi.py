"""The JSON API's OpenAPI document (``/api/openapi.json``) against the API itself.

Schemathesis generates requests from the document (property-based, through the WSGI app, on the shared test
store) and checks every answer: never a server error, only the statuses and content types the document names,
bodies valid against its schemas, anything the document allows accepted, a 405 naming the allowed methods. Left
out: its check that every request the document does *not* allow is refused. The API takes what the feed page's
form sends too (an empty value is no filter, spaces around a value are dropped, a country code in any case),
leniency a JSON Schema of query strings cannot state; what it must refuse is tested here by hand.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import jsonschema_rs
import pytest
import schemathesis
from hypothesis import HealthCheck, assume, given, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

from store.queries import PUBLIC_FIELDS
from tests.helpers import damaged_store, small_store


def test_the_api_answers_as_its_document_says(app) -> None:  # type: ignore[no-untyped-def]
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 5
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=60, deadline=None, database=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
        def answers(case) -> None:  # type: ignore[no-untyped-def]
            # ``page`` with ``offset`` is a 400 by design ("either page or offset"), which a query's schema cannot say
            assume(not (case.query and "page" in case.query and "offset" in case.query))
            # a ``cursor`` is a next link's, opaque: any other is a 400 (tests/web/test_api_cursor.py)
            assume(not (case.query and "cursor" in case.query))
            # schemathesis' WSGI transport asks for gzip as requests does but reads the body undecoded; compression
            # has its own tests (tests/web/test_compression.py)
            case.call_and_validate(headers={"Accept-Encoding": "identity"}, excluded_checks=[negative_data_rejection])

        answers()


def test_the_document_describes_every_field_a_posting_has(client, web_store) -> None:  # type: ignore[no-untyped-def]
    doc = client.get("/api/openapi.json").get_json()
    posting = doc["components"]["schemas"]["Posting"]
    assert list(posting["properties"]) == [*PUBLIC_FIELDS, "also_posted_on", "legitimacy_verdict_text", "tag_labels"] \
        == posting["required"]
    assert posting["additionalProperties"] is False  # a field added to the API and not here fails the fuzzing above
    served = client.get(f"/api/postings/{web_store['ids']['original']}").get_json()
    assert list(served) == list(posting["properties"])
    tags = next(p for p in doc["paths"]["/api/postings"]["get"]["parameters"] if p["name"] == "tag")
    assert "customer_support" in tags["schema"]["items"]["enum"]



def test_the_document_names_every_pay_period_the_reader_gives(client) -> None:  # type: ignore[no-untyped-def]
    """It had left out "project", which the pay reader gives ("$500 per project")."""
    from pipeline.pay import PERIODS

    said = client.get("/api/openapi.json").get_json()["components"]["schemas"]["Posting"]["properties"][
        "salary_period"]["description"]
    assert [p for p in PERIODS if not re.search(rf"\b{p}\b", said)] == []

def test_a_post_is_judged_exactly_when_the_document_allows_it(client) -> None:  # type: ignore[no-untyped-def]
    """The document's "a visible character" against the cleaning's own idea of empty text, on every character of
    the first 12,544 and the last 512 of the Basic Multilingual Plane, and a few beyond."""
    from web.check import TextProblem, judge

    doc = client.get("/api/openapi.json").get_json()
    body = doc["paths"]["/api/check"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    visible = re.compile(body["properties"]["text"]["pattern"])
    for cp in (*range(0x3100), *range(0xfe00, 0x10000), 0x1F600, 0xE0001):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            judge(chr(cp) * 3)
            judged = True
        except TextProblem:
            judged = False
        assert judged is bool(visible.search(chr(cp) * 3)), hex(cp)
    for ch in ("\x90", "\u200b", "x", "ی"):  # and the API answers as the cleaning does
        status = client.post("/api/check", json={"text": ch * 3}).status_code
        assert status == (200 if visible.search(ch * 3) else 400), repr(ch)


def test_what_the_api_refuses(client) -> None:  # type: ignore[no-untyped-def]
    """The refusals the fuzzing leaves out, each with its reason."""
    for query, parameter in (("lang=qz", "lang"), ("open_to=ZZ", "open_to"), ("since=soon", "since"),
                             ("limit=0", "limit"), ("page=1&offset=0", "page"), ("q=a%01b", "q")):
        answer = client.get(f"/api/postings?{query}")
        assert answer.status_code == 400 and answer.get_json()["parameter"] == parameter, query
    for body in ({"text": "Data entry, remote", "pay": 500}, {"text": "Data entry", "company": ["Acme"]},
                 {"text": "Data entry", "location": True}):
        answer = client.post("/api/check", json=body)
        assert answer.status_code == 400 and "must be a string or null" in answer.get_json()["message"], body
    assert client.post("/api/check", json={"text": "Data entry, remote", "pay": None}).status_code == 200


def test_a_method_an_address_does_not_take_is_a_405_naming_the_others(client) -> None:  # type: ignore[no-untyped-def]
    for method, path, allowed in (("delete", "/api/postings", {"GET", "HEAD", "OPTIONS"}),
                                  ("get", "/api/check", {"POST", "OPTIONS"}),
                                  ("put", "/check", {"GET", "HEAD", "POST", "OPTIONS"})):
        answer = getattr(client, method)(path)
        assert answer.status_code == 405, path
        assert set(answer.headers["Allow"].replace(" ", "").split(",")) == allowed, path
    assert client.delete("/api/postings").is_json and not client.put("/check?ui=en").is_json  # each in its form


def test_health_says_whether_the_store_answers(client, caplog) -> None:  # type: ignore[no-untyped-def]
    from web.app import create_app

    ok = client.get("/api/health")
    assert ok.status_code == 200 and ok.get_json() == {"status": "ok"} and "no-store" in ok.headers["Cache-Control"]
    gone = create_app("postgresql+psycopg://vagigs:secret@127.0.0.1:1/vagigs").test_client()  # nothing listens there
    answer = gone.get("/api/health")
    assert answer.status_code == 503 and answer.get_json()["status"] == "unavailable"
    assert "127.0.0.1" not in answer.get_data(as_text=True)  # the cause is for the log, not the world
    logged = [r for r in caplog.records if "cannot be read" in r.getMessage()]
    assert logged and "secret" not in logged[0].getMessage() and logged[0].exc_info


def test_the_answers_with_words_take_a_language_for_them(client) -> None:  # type: ignore[no-untyped-def]
    """``ui`` changes the answers that have words (the postings' verdicts, reasons and tasks; the check's), and the
    document offers it there, with the languages it takes: it had named it for ``/api/check`` alone, while every
    address took it and ``/api/postings`` ignored it. The trends hold codes and figures: ``ui`` changes nothing."""
    from web.i18n import UI_LANGUAGES

    doc = client.get("/api/openapi.json").get_json()
    takes_ui = {path: p["schema"] for path, methods in doc["paths"].items() for op in methods.values()
                for p in op.get("parameters", []) if p["name"] == "ui"}
    assert sorted(takes_ui) == ["/api/check", "/api/postings", "/api/postings/{posting_id}"]
    assert all(schema == {"type": "string", "enum": list(UI_LANGUAGES)} for schema in takes_ui.values())
    assert client.get("/api/postings?ui=fa&limit=3").data != client.get("/api/postings?ui=en&limit=3").data
    assert client.get("/api/trends?ui=fa").data == client.get("/api/trends?ui=en").data


def _answers_as_documented(doc: dict, path: str, method: str, answer) -> None:  # type: ignore[no-untyped-def]
    """``answer``'s status is one the document gives the operation, and its JSON body is valid against that
    response's schema (its ``$ref``s resolved in the document)."""
    pointer = f"/paths/{path.replace('/', '~1')}/{method}/responses/{answer.status_code}"
    response = doc["paths"][path][method]["responses"].get(str(answer.status_code))
    assert response is not None, f"{method.upper()} {path}: {answer.status_code} is not in the document"
    if "$ref" in response:
        pointer = response["$ref"].removeprefix("#")
        response = doc["components"]["responses"][pointer.rsplit("/", 1)[1]]
    assert "application/json" in response["content"] and answer.is_json
    schema = {**doc, "$ref": f"#{pointer}/content/application~1json/schema"}
    errors = [e.message for e in jsonschema_rs.Draft202012Validator(schema).iter_errors(answer.get_json())]
    assert errors == [], (method, path, answer.get_json())


def _ask_each_operation(client, doc: dict) -> dict:  # type: ignore[no-untyped-def]
    asked = {("/api/postings", "get"): lambda: client.get("/api/postings?limit=2"),
             ("/api/postings/{posting_id}", "get"): lambda: client.get("/api/postings/1"),
             ("/api/check", "post"): lambda: client.post("/api/check", json={"text": "Data entry from home"}),
             ("/api/health", "get"): lambda: client.get("/api/health"),
             ("/api/trends", "get"): lambda: client.get("/api/trends")}
    assert set(asked) == {(path, method) for path, methods in doc["paths"].items() for method in methods}
    return {operation: ask() for operation, ask in asked.items()}


@pytest.fixture
def every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("web.store_file.EVERY", 0.0)


def test_every_address_answers_a_store_moved_aside_as_its_document_says(tmp_path: Path, every_request) -> None:  # type: ignore[no-untyped-def]
    """A 503 from each: the document had given ``/api/postings``, ``/api/trends`` and the others only 200, 304 and
    400, and ``/api/health``'s status only as "unavailable"."""
    from web.app import create_app

    url, _ = small_store(tmp_path / "store.db", {"source": "remoteok", "source_id": "1"})
    client = create_app(url).test_client()
    doc = client.get("/api/openapi.json").get_json()
    os.replace(tmp_path / "store.db", tmp_path / "aside.db")
    answers = _ask_each_operation(client, doc)
    for (path, method), answer in answers.items():
        assert answer.status_code == 503 and answer.headers["Access-Control-Allow-Origin"] == "*", path
        _answers_as_documented(doc, path, method, answer)
    assert answers["/api/health", "get"].get_json()["status"] == "gone"
    assert answers["/api/postings", "get"].get_json()["error"] == "service_unavailable"


def test_every_address_answers_a_damaged_store_as_its_document_says(tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A store whose pages cannot be read is a 503, as ``/api/health`` says it (``unreadable``): the API had
    answered 500, an error of its own."""
    from web.app import create_app

    doc = create_app(small_store(tmp_path / "good.db")[0]).test_client().get("/api/openapi.json").get_json()
    answers = _ask_each_operation(create_app(damaged_store(tmp_path)[0]).test_client(), doc)
    for (path, method), answer in answers.items():
        _answers_as_documented(doc, path, method, answer)
    assert {path for (path, _), answer in answers.items() if answer.status_code == 503} >= {
        "/api/postings", "/api/postings/{posting_id}", "/api/trends", "/api/health"}
    assert answers["/api/health", "get"].get_json()["status"] == "unreadable"
    assert answers["/api/trends", "get"].get_json() == {"error": "service_unavailable",
                                                        "message": "the store cannot be read"}


def test_a_check_past_the_body_limit_is_refused_as_the_document_says(client) -> None:  # type: ignore[no-untyped-def]
    """The document gave the 413 no body; it is the API's JSON error, which ``vagigs serve`` sends too
    (tests/web/test_server.py)."""
    doc = client.get("/api/openapi.json").get_json()
    answer = client.post("/api/check", data=b"x" * (client.application.config["MAX_CONTENT_LENGTH"] + 1),
                         content_type="application/json")
    assert answer.status_code == 413
    _answers_as_documented(doc, "/api/check", "post", answer)
