"""The JSON API described in OpenAPI 3.1, served at ``/api/openapi.json``.

Built from the code it describes, so the two cannot drift: a posting's properties are the public form's fields
(``store.queries.PUBLIC_FIELDS``) typed from their columns, then its words in the answer's language
(``web.api_texts``), the ``tag`` parameter lists the taxonomy, the limits are
``web.params``'. ``tests/web/test_openapi.py`` holds the answers to the document (every field, and property-based
requests by schemathesis: no answer but 200, 400 and 404, each as described).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, Float, Integer, String, Text

from crawlers.sources import SOURCES
from store.models import Posting
from store.queries import PUBLIC_FIELDS
from store.types import UTCDateTime
from pipeline.pay import PERIODS
from pipeline.remote import country_codes
from web.i18n import UI_LANGUAGES, language_codes, taxonomy_labels
from web.check import MAX_TEXT
from web.params import API_LIMIT, API_MAX_LIMIT, FLAG_VALUES, MAX_ID, MAX_OFFSET, MAX_PAGE, MAX_SEARCH, MAX_WEEKS


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema["type"]
    return {**schema, "type": [kind, "null"]}


_STRINGS = {"type": "array", "items": {"type": "string"}}
_REASON = {
    "type": "object", "required": ["code", "weight", "text", "span"],
    "properties": {"code": {"type": "string", "description": "the rule's code, e.g. upfront_fee, text_model"},
                   "weight": {"type": "integer"},
                   "text": {"type": "string", "description": "why, in the answer's language (ui); in English the "
                                                             "stored text, which can say more (the typical pay)"},
                   "span": {"type": "string", "description": "the words of the posting that gave it (may be empty)"}},
}
#: The JSON columns' shapes (the other columns' types come from the model).
_JSON_FIELDS: dict[str, dict[str, Any]] = {
    "allowed_regions": _STRINGS,
    "languages_other": _STRINGS,
    "tags": _STRINGS,
    "tag_scores": {"type": "object", "description": "per tag: its score and the words that set it",
                   "additionalProperties": {"type": "object"}},
    "legitimacy_reasons": {"type": "array", "items": {"$ref": "#/components/schemas/Reason"}},
}
_DESCRIPTIONS = {
    "id": "the posting's id in this store (its page: /postings/{id})",
    "remote_scope": "remote, hybrid or onsite",
    "allowed_regions": "who may apply to a remote gig: country codes, regions, time zones, 'Worldwide'",
    "salary_currency": "ISO 4217",
    "salary_period": f"{', '.join(PERIODS[:-1])} or {PERIODS[-1]}, as vagigs reads pay; from Himalayas, its own "
                     "salaryPeriod as sent",
    "posted_at": "when the source said it was posted (UTC), as it said when this store first stored it: a later crawl "
                 "that finds it re-dated (a bumped or reposted gig) keeps this date, the feed's order",
    "language": "the detected language (ISO 639-1 or the detector's code)",
    "va_relevance": "0–1: how surely this is virtual-assistant work",
    "legitimacy_score": "0 (surely a scam) to 100 (no warning sign)",
    "legitimacy_verdict": "ok, caution, likely_scam or insufficient_evidence",
    "cluster_id": "the duplicate cluster: postings of the same gig share it",
    "is_representative": "the cluster's posting the feed shows",
    "delisted_at": "when the source stopped listing it (null while listed)",
    "changed_at": "when its title, company, text, place, pay, closing date, links or verdict last changed (null: "
                  "not since it was first stored)",
}


def _column_schema(name: str) -> dict[str, Any]:
    if name in _JSON_FIELDS:
        schema = dict(_JSON_FIELDS[name])
    else:
        kind = Posting.__table__.c[name].type
        if isinstance(kind, UTCDateTime):
            schema = {"type": "string", "format": "date-time"}
        elif isinstance(kind, Boolean):
            schema = {"type": "boolean"}
        elif isinstance(kind, Integer):
            schema = {"type": "integer"}
        elif isinstance(kind, Float):
            schema = {"type": "number"}
        elif isinstance(kind, (String, Text)):
            schema = {"type": "string"}
        else:  # a column type this document does not know yet: the test of the document fails on it
            raise TypeError(f"postings.{name}: no JSON type for {kind!r}")
    if name != "id":
        schema = _nullable(schema)
    if name in _DESCRIPTIONS:
        schema["description"] = _DESCRIPTIONS[name]
    return schema


def posting_schema() -> dict[str, Any]:
    props = {name: _column_schema(name) for name in PUBLIC_FIELDS}
    props["also_posted_on"] = {
        "type": "array", "description": "the same gig on other sources",
        "items": {"type": "object", "required": ["source", "url"],
                  "properties": {"source": {"type": "string"}, "url": {"type": ["string", "null"]}}}}
    props["legitimacy_verdict_text"] = {
        "type": ["string", "null"], "description": "the verdict in words, in the answer's language (ui)"}
    props["tag_labels"] = {"type": "object", "description": "each tag's name in the answer's language (ui)",
                           "additionalProperties": {"type": "string"}}
    return {"type": "object", "required": list(props), "properties": props, "additionalProperties": False}


#: A Solar Hijri date ``since=`` takes (``web.params.JALALI_YEARS``), as a pattern: the last month's 30th, of a leap
#: year only, left out
_JALALI_DATE = ("^1[34]\\d\\d([-/])(?:0[1-6]\\1(?:0[1-9]|[12]\\d|3[01])|(?:0[7-9]|1[01])\\1(?:0[1-9]|[12]\\d|30)"
                "|12\\1(?:0[1-9]|[12]\\d))$")


def _query(name: str, description: str, schema: dict[str, Any], *, many: bool = False) -> dict[str, Any]:
    param: dict[str, Any] = {"name": name, "in": "query", "required": False, "description": description}
    if many:
        param.update(schema={"type": "array", "items": schema}, style="form", explode=True)
    else:
        param["schema"] = schema
    return param


#: A character the cleaning keeps, what makes a post not empty: no space of any kind, control, soft hyphen,
#: zero-width character, word joiner, bidirectional override, embedding or isolate mark (``pipeline.bidi``), byte-order
#: mark or noncharacter (spelled out: regex engines' ``\\s`` differ).
_VISIBLE = ("[^\\u0000-\\u0020\\u007f-\\u00a0\\u00ad\\u1680\\u180e\\u2000-\\u200d\\u2028-\\u202f\\u205f"
            "\\u2060\\u2066-\\u2069\\u3000\\ufeff\\ufffe\\uffff]")
_FLAG = {"type": "string", "enum": list(FLAG_VALUES)}


def _since(then: str = "") -> dict[str, Any]:
    """``since``, as the feed and the trends read it (``web.params.parse_since``); ``then``: what it bounds there,
    when more than the postings."""
    return _query("since", "a span back from now (7d, 12h, 2w: up to 4 digits) or a date from its midnight UTC: ISO "
                           "(2026-11-25) or, for a year from 1300 to 1499, Solar Hijri (1405-09-04, as the Persian "
                           "pages write it: ۱۴۰۵/۰۹/۰۴); '/' as well as '-' between its numbers, Persian or "
                           "Arabic-Indic digits as well as ASCII ones" + (f"; {then}" if then else ""),
                  {"anyOf": [{"type": "string", "pattern": "^\\d{1,4}[dhw]$"},
                             {"type": "string", "format": "date", "not": {"pattern": "^1[34]"}},
                             {"type": "string", "pattern": _JALALI_DATE}]})


def _filters(stored_sources: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The feed's filters. Each takes what the feed page's form sends too: an empty value is no filter, and
    spaces around a value are dropped. ``stored_sources``: the sources the served store holds postings of, which
    ``source`` takes besides the registry's (``web.params.feed_args``): a retired source keeps its postings."""
    return [
        _query("lang", "language code (uz, fa, en, ru …; any case); repeatable, any of them",
               {"type": "string", "enum": sorted(language_codes())}, many=True),
        _query("tag", "task tag; repeatable, all of them", {"type": "string", "enum": list(taxonomy_labels())},
               many=True),
        _query("source", "source name (remoteok, telegram …), or that of a source retired since whose postings "
                         "the store still holds; repeatable, any of them",
               {"type": "string", "enum": sorted(SOURCES.keys() | set(stored_sources))}, many=True),
        _query("q", "words that must each start a word of the title, company or description (any case, either "
                    "Uzbek script), or their stem's (\"assistants\" finds \"assistant\", \"operatorlar\" \"operator\"; "
                    "a word in quotes only as typed); a search of no word, only signs, finds nothing; no control "
                    "characters",
               {"type": "string", "maxLength": MAX_SEARCH, "pattern": "^[^\\u0000-\\u001f]*$"}),
        _since(),
        _query("scams", "also postings judged likely scams", _FLAG),
        _query("delisted", "also postings their source no longer lists", _FLAG),
        _query("expired", "also postings whose closing date has passed", _FLAG),
        _query("remote", "only gigs done fully remotely", _FLAG),
        _query("open_to", "only remote gigs an applicant living in this country may take (ISO 3166 alpha-2, "
                          "any case)", {"type": "string", "enum": sorted(country_codes())}),
        _query("min_legitimacy", "only postings whose legitimacy score is at least this",
               {"type": "integer", "minimum": 0, "maximum": 100}),
    ]


def _ui() -> dict[str, Any]:
    return _query("ui", "the language of the answer's words (verdicts, reasons, task names); none: the "
                        "Accept-Language header's, else English", {"type": "string", "enum": list(UI_LANGUAGES)})


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _revalidated(schema: dict[str, Any], description: str) -> dict[str, dict[str, Any]]:
    """A 200 that carries an ETag, and the bodiless 304 a request whose ``If-None-Match`` names it gets while the
    answer is unchanged."""
    etag = {"ETag": {"description": "the answer's version, for If-None-Match", "schema": {"type": "string"}}}
    return {"200": {**_json(schema, description), "headers": etag},
            "304": {"description": "unchanged since the ETag given in If-None-Match", "headers": etag}}


_BAD = {"$ref": "#/components/responses/BadRequest"}
_ERROR = {"$ref": "#/components/responses/Error"}
#: The store cannot be read (``/api/health`` says why): every address that reads it, and every address while a SQLite
#: store's file is gone (``web.store_file``)
_UNAVAILABLE = {"$ref": "#/components/responses/Unavailable"}
_ERROR_BODY: dict[str, Any] = {"type": "object", "required": ["error", "message"],
                               "properties": {"error": {"type": "string"}, "message": {"type": "string"}}}
_ROWS = {"type": "array", "items": {"type": "object", "additionalProperties": {"type": ["string", "number", "null"]}}}


def spec(stored_sources: Iterable[str] = ()) -> dict[str, Any]:
    """The OpenAPI document (paths relative to the server it is served from). ``stored_sources``: the sources the
    served store holds postings of (``store.web_queries.stored_sources``), for the ``source`` filter's values."""
    postings_page = {
        "type": "object", "required": ["total", "limit", "offset", "next", "postings"],
        "properties": {
            "total": {"type": "integer", "description": "postings the filters match"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer",
                       "description": "postings before this page: as asked, or, after a cursor, how many the walk "
                                      "has passed"},
            "next": {"type": ["string", "null"],
                     "description": "the following postings' address, with the same filters and a cursor; null "
                                    "after the last. Walking the next links sees each posting the feed held at the "
                                    "first page once, whatever crawls store, re-date or delist meanwhile; gigs stored "
                                    "newer than the first page are left for the next walk"},
            "postings": {"type": "array", "items": {"$ref": "#/components/schemas/Posting"}}}}
    check_result = {
        "type": "object",
        "required": ["title", "company", "location", "pay", "language", "legitimacy", "remote", "va_relevant",
                     "va_relevance", "tags", "taxonomy_version"],
        "properties": {
            "title": {"type": ["string", "null"]}, "company": {"type": ["string", "null"]},
            "location": {"type": ["string", "null"]},
            "pay": {"type": ["object", "null"]},
            "language": {"type": "object", "required": ["code", "name", "confidence"]},
            "legitimacy": {"type": "object", "required": ["verdict", "verdict_text", "score", "reasons"],
                           "properties": {"verdict": {"type": "string"}, "verdict_text": {"type": "string"},
                                          "score": {"type": "integer", "minimum": 0, "maximum": 100},
                                          "reasons": {"type": "array",
                                                      "items": {"$ref": "#/components/schemas/Reason"}}}},
            "remote": {"type": ["object", "null"]},
            "va_relevant": {"type": "boolean"}, "va_relevance": {"type": "number"},
            "tags": {"type": "array", "items": {"type": "object", "required": ["tag", "label"]}},
            "taxonomy_version": {"type": "string"}}}
    trends = {
        "type": "object", "required": ["weeks", "postings_per_week", "median_pay", "scam_rates", "reach"],
        "properties": {
            "weeks": {"type": "array", "items": {"type": "string", "pattern": "^\\d{4}-W\\d{2}$"}},
            "postings_per_week": {"type": "object", "additionalProperties": _ROWS},
            "median_pay": _ROWS,
            "scam_rates": {"type": "object", "additionalProperties": _ROWS,
                           "description": "by source, tag, reason and week; every week a row, a week with no "
                                          "postings with scam_rate null"},
            "reach": {**_ROWS, "description": "every week a row: week, gigs, remote, open_to_<CC>, share_<CC> "
                                              "(null in a week with no VA gigs)"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "vagigs", "version": "1",
                 "description": "Virtual-assistant gigs for Uzbekistan and Iran: the curated feed, one posting, a "
                                "pasted post judged, and the market's trends. Every bad parameter is a 400 with "
                                "the reason (a parameter the address does not take too); nothing needs a key, and any "
                                "site's page may call it (CORS)."},
        "paths": {
            "/api/postings": {"get": {
                "summary": "The curated feed, newest first (the feed page's filters)",
                "description": "Newest first: by posted_at, else first_seen_at, then by id (higher first) among "
                               "postings of one time. `offset` and `page` count from the newest at each request, "
                               "so a gig stored between two requests shifts the rest by one (one seen twice); "
                               "follow `next`, whose `cursor` marks the last posting seen, to walk the feed whole.",
                "parameters": [*_filters(stored_sources),
                               _query("limit", "postings per answer",
                                      {"type": "integer", "minimum": 1, "maximum": API_MAX_LIMIT,
                                       "default": API_LIMIT}),
                               _query("offset", "postings to skip (not with page)",
                                      {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET}),
                               _query("page", "the page, counted in limits (not with offset)",
                                      {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}),
                               _query("cursor", "from a next link, as given: the postings after the last one the "
                                                "previous page showed (not with offset or page)",
                                      {"type": "string", "pattern": "^[A-Za-z0-9_-]+$"}),
                               _ui()],
                "responses": {**_revalidated(postings_page, "a page of postings"), "400": _BAD,
                              "503": _UNAVAILABLE}}},
            "/api/postings/{posting_id}": {"get": {
                "summary": "One stored posting, curated or not",
                "parameters": [{"name": "posting_id", "in": "path", "required": True,
                                "schema": {"type": "integer", "minimum": 0, "maximum": MAX_ID}}, _ui()],
                "responses": {**_revalidated({"$ref": "#/components/schemas/Posting"}, "the posting"),
                              "400": _BAD, "404": _ERROR, "503": _UNAVAILABLE}}},
            "/api/check": {"post": {
                "summary": "Judge a pasted job post: scam warning signs, language, tasks (nothing is stored)",
                "parameters": [_ui()],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["text"],
                    "properties": {"text": {"type": "string", "maxLength": MAX_TEXT, "pattern": _VISIBLE,
                                            "description": "the post (with a visible character); its first line "
                                                           "is read as the title"},
                                   "company": {"type": ["string", "null"]},
                                   "location": {"type": ["string", "null"]},
                                   "pay": {"type": ["string", "null"],
                                           "description": "the pay as the post gives it"}}}}}},
                "responses": {"200": _json(check_result, "the verdict"), "400": _BAD,
                              "413": _json({**_ERROR_BODY, "properties": {
                                  **_ERROR_BODY["properties"], "error": {"const": "request_entity_too_large"}}},
                                  "a body over 512 KiB"),
                              "503": _UNAVAILABLE}}},
            "/api/health": {"get": {
                "summary": "For an uptime monitor: does the store answer? (Crawl health: `vagigs health`.)",
                "responses": {
                    "200": _json({"type": "object", "required": ["status"],
                                  "properties": {"status": {"const": "ok"}}}, "the store answers"),
                    "503": _json({"type": "object", "required": ["status", "message"],
                                  "properties": {"status": {"enum": ["unavailable", "unreadable", "gone"]},
                                                 "message": {"type": "string"}}},
                                 "the store cannot be read: unavailable, it cannot be reached; unreadable, it "
                                 "answers but the newest postings or a table the pages join cannot be read; gone, "
                                 "the SQLite file is gone from its path, or was replaced while the old file's -wal "
                                 "stays beside it (the cause logged, not shown)")}}},
            "/api/trends": {"get": {
                "summary": "For analysts: postings per week by task, language and source; median pay; scam "
                           "rates; who can apply from Uzbekistan and Iran",
                "parameters": [_query("weeks", "the last this many weeks up to the newest posting (all if not "
                                               "given)", {"type": "integer", "minimum": 1, "maximum": MAX_WEEKS}),
                               _since("the weeks from the Monday (00:00 UTC) of its week, quiet ones too (with "
                                      "weeks, the later start)")],
                "responses": {**_revalidated(trends, "the tables"), "400": _BAD, "503": _UNAVAILABLE}}},
        },
        "components": {
            "schemas": {"Posting": posting_schema(), "Reason": _REASON},
            "responses": {
                "BadRequest": _json({**_ERROR_BODY, "properties": {**_ERROR_BODY["properties"], "parameter": {
                    "type": "string", "description": "the parameter at fault, when one is"}}},
                    "a parameter or body the API cannot take, and why"),
                "Error": _json(_ERROR_BODY, "no such thing here, and why"),
                "Unavailable": _json({**_ERROR_BODY, "properties": {**_ERROR_BODY["properties"],
                                                                    "error": {"const": "service_unavailable"}}},
                                     "the store cannot be read now (its file gone, its server down, its pages "
                                     "damaged): try again later; /api/health says which")},
        },
    }


@lru_cache(maxsize=None)
def query_names(path: str, method: str = "get") -> frozenset[str] | None:
    """The query parameters the document gives an address (``/api/postings/{posting_id}``) for ``method``, and
    ``ui``, which every address takes (the document gives it where an answer has words: the postings', the check's);
    ``None`` for an operation it does not describe."""
    operation = spec()["paths"].get(path, {}).get(method)
    if operation is None:
        return None
    return frozenset({"ui", *(p["name"] for p in operation.get("parameters", ()) if p["in"] == "query")})
