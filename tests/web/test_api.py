"""The JSON API: the same postings and fields as ``vagigs feed --format json`` (run in this process:
``tests.helpers.vagigs_here``), filters, paging with a total, and a 400 with a JSON error for every bad parameter."""
from __future__ import annotations

import json

import pytest

from store.queries import PUBLIC_FIELDS
from tests.helpers import feed_ids, small_store, vagigs_here


def test_api_is_the_cli_feed(client, web_store) -> None:  # type: ignore[no-untyped-def]
    env = {"VAGIGS_DATABASE_URL": web_store["url"]}
    cli = json.loads(vagigs_here("feed", "--format", "json", "--limit", "200", "--lang", "en", env=env).stdout)
    api = client.get("/api/postings?limit=200&lang=en").get_json()
    assert api["total"] == len(cli) and api["limit"] == 200 and api["offset"] == 0
    assert api["postings"] == cli
    assert list(api["postings"][0]) == list(PUBLIC_FIELDS) + ["also_posted_on", "legitimacy_verdict_text", "tag_labels"]
    cli_persian = json.loads(vagigs_here("feed", "--format", "json", "--lang", "en", "--ui", "fa", env=env).stdout)
    assert client.get("/api/postings?limit=50&lang=en&ui=fa").get_json()["postings"] == cli_persian != cli
    cli_search = json.loads(vagigs_here("feed", "--format", "json", "--search", "kotiba", env=env).stdout)
    assert client.get("/api/postings?q=kotiba").get_json()["postings"] == cli_search != []
    cli_uzbek = json.loads(vagigs_here("feed", "--format", "json", "--search", "кунгирок", env=env).stdout)  # қўнғироқ
    assert client.get("/api/postings?q=кунгирок").get_json()["postings"] == cli_uzbek != []


def test_api_filters_and_paging(client, web_store) -> None:  # type: ignore[no-untyped-def]
    everything = client.get("/api/postings?limit=200").get_json()
    total = everything["total"]
    assert total == len(everything["postings"])
    pages = [client.get(f"/api/postings?limit=7&offset={o}").get_json() for o in range(0, total, 7)]
    assert [p["id"] for page in pages for p in page["postings"]] == [p["id"] for p in everything["postings"]]
    assert {page["total"] for page in pages} == {total}
    both = client.get("/api/postings?lang=fa&lang=uz&limit=200").get_json()["postings"]
    assert both and {p["language"] for p in both} == {"fa", "uz"}
    # every listing of the 2022 We Work Remotely capture has closed: shown only when asked for
    assert client.get("/api/postings?source=weworkremotely").get_json()["total"] == 0
    wwr = client.get("/api/postings?source=weworkremotely&tag=customer_support&expired=1").get_json()["postings"]
    assert wwr and all(p["source"] == "weworkremotely" and "customer_support" in p["tags"] for p in wwr)
    assert all(p["expires_at"] < "2023" for p in wwr)
    strict = client.get("/api/postings?min_legitimacy=60&limit=200").get_json()
    assert 0 < strict["total"] < total and web_store["ids"]["hostile"] not in [p["id"] for p in strict["postings"]]
    scams = client.get("/api/postings?scams=true&limit=200").get_json()
    assert scams["total"] == total + 1
    assert [p["legitimacy_verdict"] for p in scams["postings"] if p["id"] == web_store["ids"]["scam"]] == ["likely_scam"]
    assert client.get("/api/postings?offset=100000").get_json() == {"total": total, "limit": 50, "offset": 100000,
                                                                    "next": None, "postings": []}


def test_api_pages_follow_next_and_count_pages_as_the_feed_does(client) -> None:  # type: ignore[no-untyped-def]
    everything = client.get("/api/postings?limit=200&lang=en&lang=uz").get_json()
    assert everything["next"] is None and everything["total"] > 7
    seen, url = [], "/api/postings?limit=7&lang=en&lang=uz"
    while url:
        body = client.get(url).get_json()
        assert body["total"] == everything["total"] and len(body["postings"]) <= 7
        seen += [p["id"] for p in body["postings"]]
        url = body["next"]
    assert seen == [p["id"] for p in everything["postings"]]
    second = client.get("/api/postings?limit=7&lang=en&lang=uz&page=2").get_json()
    assert second["offset"] == 7 and [p["id"] for p in second["postings"]] == seen[7:14]
    assert "lang=en&lang=uz" in second["next"] and "cursor=" in second["next"]  # a page's next is a cursor's too
    third = client.get(second["next"]).get_json()
    assert third["offset"] == 14 and [p["id"] for p in third["postings"]] == seen[14:21]
    both = client.get("/api/postings?page=2&offset=7")
    assert both.status_code == 400 and both.get_json()["parameter"] == "page"


def test_api_one_posting(client, web_store) -> None:  # type: ignore[no-untyped-def]
    ids = web_store["ids"]
    original = client.get(f"/api/postings/{ids['original']}").get_json()
    assert original["also_posted_on"] == [{"source": "jsonld", "url": "https://board.example/jobs/repost-1"}]
    repost = client.get(f"/api/postings/{ids['repost']}").get_json()  # not in the feed, still reachable
    assert repost["is_representative"] is False and repost["also_posted_on"][0]["source"] == "remoteok"
    response = client.get(f"/api/postings/{ids['scam']}")
    assert response.status_code == 200 and response.get_json()["legitimacy_reasons"][0]["code"] == "upfront_fee"
    for missing in ("999999", "99999999999999999999999", "x"):
        response = client.get(f"/api/postings/{missing}")
        assert response.status_code == 404 and response.get_json()["error"] == "not_found"
    assert client.get("/api/postings/999999").get_json()["message"] == "no posting 999999 in this store"


@pytest.mark.parametrize("query, parameter", [
    ("limit=0", "limit"), ("limit=201", "limit"), ("limit=ten", "limit"), ("limit=-1", "limit"),
    ("offset=-5", "offset"), ("offset=1e3", "offset"), ("limit=1&limit=2", "limit"), ("page=0", "page"),
    ("since=tomorrow", "since"), ("since=2025-13-45", "since"), ("tag=astrology", "tag"),
    ("since=0001-01-01T00:00:00%2B05:00", "since"), ("since=9999-12-31T23:59:59-05:00", "since"),  # beyond year 1–9999 in UTC
    ("lang=english", "lang"), ("lang=%3Cscript%3E", "lang"), ("lang=qz", "lang"), ("lang=eng", "lang"),
    ("lang=xx", "lang"), ("lang=zzp", "lang"), ("lang=tlh", "lang"),  # CLD2's own codes: no posting's language
    ("source=Remote%20OK", "source"), ("source=remote_ok", "source"), ("source=nope", "source"),
    ("q=" + "x" * 201, "q"), ("q=a%00b", "q"), ("scams=perhaps", "scams"), ("min_legitimacy=101", "min_legitimacy"),
])
def test_bad_parameters_are_400_json(client, query, parameter) -> None:  # type: ignore[no-untyped-def]
    paths = ("/api/postings",) if parameter in ("limit", "offset", "page") else ("/api/postings", "/feed.rss", "/feed.atom")
    for path in paths:
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, query)
        body = response.get_json()
        assert body["error"] == "bad_parameter" and body["parameter"] == parameter


@pytest.mark.parametrize("lang", ["ja", "he", "und"])
def test_a_language_no_gig_is_written_in_is_an_empty_answer(client, lang: str) -> None:  # type: ignore[no-untyped-def]
    """A language the language stage names (Japanese, Hebrew, none it could tell) is a filter, however few gigs
    the store holds in it; only what names no language is refused (above)."""
    api = client.get(f"/api/postings?lang={lang}")
    assert api.status_code == 200 and api.get_json()["total"] == 0
    for path in ("/feed.rss", "/feed.atom", "/"):
        assert client.get(f"{path}?lang={lang}").status_code == 200, path


def test_api_errors_are_json(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.get_json()["error"] == "not_found"
    response = client.post("/api/postings")
    assert response.status_code == 405 and response.get_json()["error"] == "method_not_allowed"
    assert client.get("/api/trends?weeks=0").status_code == 400


def test_web_app_on_sqlite_and_postgresql(store_url: str) -> None:
    """The routes over a store filled by ``upsert_posting``, on each dialect."""
    from datetime import datetime, timezone

    from pipeline.textnorm import search_text
    from store import db, queries, search
    from web.app import create_app

    when = datetime(2025, 3, 3, 12, tzinfo=timezone.utc)
    with db.sessions(store_url).begin() as s:
        for sid, lang, tags in (("1", "uz", ["data_entry"]), ("2", "fa", ["customer_support"]), ("3", "en", [])):
            queries.upsert_posting(s, dict(source="telegram", source_id=sid, title=f"Yordamchi {sid}", language=lang,
                                           tags=tags, posted_at=when, va_relevant=True, legitimacy_verdict="ok",
                                           salary_max=500, salary_period="month", salary_currency="USD"))
    search.fill(db.sessions(store_url), search_text)  # what ``vagigs migrate`` does (create_app too, on SQLite)
    client = create_app(store_url).test_client()
    body = client.get("/api/postings?q=Ёрдамчи&tag=data_entry").get_json()
    assert body["total"] == 1 and body["postings"][0]["language"] == "uz"
    assert client.get("/api/postings?limit=2&offset=2").get_json()["postings"][0]["source_id"] == "1"
    trends = client.get("/api/trends").get_json()
    assert trends["weeks"] == ["2025-W10"] and len(trends["median_pay"]) == 2
    for url in ("/?lang=fa", "/trends", "/feed.rss", "/feed.atom", "/postings/1"):
        assert client.get(url).status_code == 200, url


def test_any_language_the_detector_can_store_is_a_filter(client) -> None:  # type: ignore[no-untyped-def]
    """Every language the language stage can store (``pipeline.language.codes``: each CLD2 detects, by our code,
    "zh", "he"; "und" when it cannot tell) is a filter even when no posting has it; CLD2's other codes (a script
    alone, "xx"; its joke languages; languages it names but never detects) are refused, as any other."""
    import pycld2

    from pipeline.language import _CLD2_TO_OURS, codes

    cld2 = {_CLD2_TO_OURS.get(code, code).split("-")[0] for _, code in pycld2.LANGUAGES} | {"und"}
    assert {"pt", "zh", "he", "uz", "fa", "en", "ru", "und"} <= codes() <= cld2 and len(codes()) > 150
    for code in sorted(cld2):
        response = client.get(f"/api/postings?lang={code}&limit=1")
        assert response.status_code == (200 if code in codes() else 400), code
    assert {"xx", "xxx", "zzb", "zze", "zzh", "zzp", "tlh"} <= cld2 - codes()  # (and those CLD2 names but never gives)


def test_another_sites_page_may_read_the_api_and_feeds(client) -> None:  # type: ignore[no-untyped-def]
    """CORS: the public, read-only answers carry ``Access-Control-Allow-Origin: *`` (nothing reads cookies or keys),
    and a browser's preflight for a JSON ``POST /api/check`` is answered; the HTML pages stay same-origin."""
    origin = {"Origin": "https://gigs.example.org"}
    for path in ("/api/postings", "/api/trends?weeks=2", "/api/health", "/api/openapi.json", "/feed.rss", "/feed.atom"):
        answer = client.get(path, headers=origin)
        assert answer.status_code == 200 and answer.headers["Access-Control-Allow-Origin"] == "*", path
        assert "ETag" in answer.headers.get("Access-Control-Expose-Headers", ""), path
    preflight = client.options("/api/check", headers={**origin, "Access-Control-Request-Method": "POST",
                                                      "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200 and preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert preflight.headers["Access-Control-Allow-Headers"].lower() == "content-type, if-none-match"
    # a page polling the feed or the API sends back the ETag it read
    preflight = client.options("/api/postings", headers={**origin, "Access-Control-Request-Method": "GET",
                                                         "Access-Control-Request-Headers": "if-none-match"})
    assert "if-none-match" in preflight.headers["Access-Control-Allow-Headers"].lower()
    posted = client.post("/api/check", json={"text": "Virtual assistant, remote"}, headers=origin)
    assert posted.headers["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/postings?lang=qz", headers=origin).headers["Access-Control-Allow-Origin"] == "*"  # errors
    for page in ("/?ui=en", "/trends", "/check"):
        assert "Access-Control-Allow-Origin" not in client.get(page, headers=origin).headers, page


@pytest.mark.parametrize(("path", "unknown"), [
    ("/api/postings?tags=data_entry", "tags"), ("/api/postings?language=fa&limit=1", "language"),
    ("/api/trends?source=telegram", "source"), ("/api/postings/1?expand=1", "expand"),
])
def test_a_parameter_the_api_does_not_take_is_a_400_naming_those_it_does(client, path, unknown) -> None:  # type: ignore[no-untyped-def]
    """"tags=" for "tag=" had answered with the whole feed, as if no filter had been asked."""
    from web.openapi import query_names

    response = client.get(path)
    assert response.status_code == 400, path
    body = response.get_json()
    assert body["parameter"] == unknown and "it takes" in body["message"]
    route = path.split("?")[0].replace("/1", "/{posting_id}")
    assert all(name in body["message"] for name in query_names(route))


def test_the_api_takes_every_parameter_its_document_names_and_ui(client) -> None:  # type: ignore[no-untyped-def]
    from web.openapi import query_names

    names = query_names("/api/postings")
    assert {"tag", "lang", "q", "limit", "offset", "page", "ui"} <= names
    assert client.get("/api/postings?ui=fa&tag=data_entry&lang=en&q=data&limit=3&remote=0").status_code == 200
    assert client.get("/api/trends?weeks=2&ui=uz").status_code == 200
    assert client.get("/?utm_source=newsletter").status_code == 200  # the pages take what shared links carry


def test_a_language_code_in_any_case_is_the_same_filter(client) -> None:  # type: ignore[no-untyped-def]
    """As ``vagigs feed --lang EN`` takes it."""
    lower, upper = (client.get(f"/api/postings?lang={code}").get_json() for code in ("en", "EN"))
    assert upper["total"] == lower["total"] > 0 and upper["postings"] == lower["postings"]
    assert "lang=en" in client.get("/api/postings?lang=EN&limit=1").get_json()["next"]


def test_only_the_allowed_hosts_are_answered(web_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``VAGIGS_ALLOWED_HOSTS``: a forged Host cannot name another site in the feed's links."""
    from web.app import create_app

    monkeypatch.setenv("VAGIGS_ALLOWED_HOSTS", "gigs.example.org")
    client = create_app(web_store["url"]).test_client()
    for path in ("/feed.atom", "/api/postings", "/", "/postings/1"):
        refused = client.get(path, headers={"Host": "evil.example"})
        assert refused.status_code == 400 and b"host name" in refused.data, path
    answered = client.get("/feed.atom", headers={"Host": "gigs.example.org"})
    assert answered.status_code == 200 and b"http://gigs.example.org/feed.atom" in answered.data
    monkeypatch.delenv("VAGIGS_ALLOWED_HOSTS")
    assert create_app(web_store["url"]).test_client().get("/feed.atom", headers={"Host": "any.example"}).status_code == 200


def test_postings_speak_the_language_asked_as_the_check_does(client, web_store) -> None:  # type: ignore[no-untyped-def]
    """``ui`` (else Accept-Language) gives a posting's words as ``POST /api/check`` gives a pasted post's: each
    reason's ``text``, the verdict's (``legitimacy_verdict_text``) and the tasks' (``tag_labels``). It had been
    taken and ignored: reasons stayed English."""
    from web import i18n

    scam = web_store["ids"]["scam"]
    checked = client.post("/api/check?ui=fa", json={"text": "Data entry from home\nPay a registration fee of $20 "
                                                            "first. Send your card number to start."}).get_json()
    fee = next(r["text"] for r in checked["legitimacy"]["reasons"] if r["code"] == "upfront_fee")
    for query, headers in (("&ui=fa", {}), ("", {"Accept-Language": "fa"})):
        listed = client.get(f"/api/postings?scams=1&limit=200{query}", headers=headers).get_json()["postings"]
        one = client.get(f"/api/postings/{scam}?{query}", headers=headers).get_json()
        assert next(p for p in listed if p["id"] == scam) == one
        assert [r["text"] for r in one["legitimacy_reasons"]] == [fee]
        assert one["legitimacy_verdict_text"] == checked["legitimacy"]["verdict_text"] == "احتمال کلاهبرداری"
        assert one["tag_labels"] == {"data_entry": i18n.tag_label("fa", "data_entry")} == {
            t["tag"]: t["label"] for t in checked["tags"] if t["tag"] == "data_entry"}
    uzbek = client.get(f"/api/postings/{scam}?ui=uz").get_json()
    assert uzbek["legitimacy_verdict_text"] == "Firibgarlik ehtimoli"


def test_a_client_that_names_no_language_reads_what_it_read_before(client, web_store) -> None:  # type: ignore[no-untyped-def]
    """The stored fields, in their order, the reasons' stored English text (which says more than the general
    words: the typical pay, a card's brand); the words in English after them."""
    from store import db, queries
    from store.models import Posting
    from tests.web.conftest import SCAM

    one = client.get(f"/api/postings/{web_store['ids']['scam']}").get_json()
    with db.sessions(web_store["url"])() as s:
        stored = queries.posting_as_dict(s.get(Posting, web_store["ids"]["scam"]))
    assert {k: one[k] for k in PUBLIC_FIELDS} == stored and list(one)[:len(PUBLIC_FIELDS)] == list(PUBLIC_FIELDS)
    assert one["legitimacy_reasons"] == SCAM["legitimacy_reasons"]
    assert one["legitimacy_verdict_text"] == "Likely scam" and one["tag_labels"] == {"data_entry": "Data entry"}
    assert client.get(f"/api/postings/{web_store['ids']['scam']}?ui=").get_json() == one  # empty: not given


@pytest.mark.parametrize("path", ["/api/postings", "/api/postings/1", "/api/trends", "/api/health"])
@pytest.mark.parametrize("ui", ["xx", "de", "FA", "fa&ui=uz"])
def test_a_language_the_api_does_not_speak_is_a_400(client, path: str, ui: str) -> None:  # type: ignore[no-untyped-def]
    """As any other bad parameter of the API: "ui=xx" had answered in English as if nothing were wrong."""
    response = client.get(f"{path}?ui={ui}")
    assert response.status_code == 400 and response.get_json()["parameter"] == "ui", (path, ui)
    posted = client.post(f"/api/check?ui={ui}", json={"text": "Virtual assistant, remote"})
    assert posted.status_code == 400 and posted.get_json()["parameter"] == "ui"
    assert client.get(f"/?ui={ui}").status_code == 200  # a page takes any: it answers in the reader's language


def test_next_keeps_the_language_asked(client) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/api/postings?lang=fa&ui=uz&limit=2").get_json()
    assert "ui=uz" in first["next"] and "lang=fa" in first["next"]
    following = client.get(first["next"]).get_json()
    assert {p["legitimacy_verdict_text"] for p in following["postings"]} == {"Ishonchli ko'rinadi"}
    by_header = client.get("/api/postings?lang=fa&limit=2", headers={"Accept-Language": "uz"}).get_json()
    assert "ui=" not in by_header["next"]  # the header goes with the next request as with this one


@pytest.mark.parametrize("query", ["-", "_", "%", "«»"])
def test_a_search_of_no_word_finds_nothing_on_the_page_and_the_api(client, query: str) -> None:  # type: ignore
    """One way everywhere (and in ``vagigs feed``): "-" had been the whole feed, "_" nothing."""
    assert client.get("/api/postings", query_string={"q": query}).get_json()["total"] == 0
    page = client.get("/", query_string={"q": query, "ui": "en"})
    assert page.status_code == 200 and "No gigs match these filters." in page.get_data(as_text=True)


def test_a_search_word_finds_the_postings_of_its_stem(client) -> None:  # type: ignore[no-untyped-def]
    def ids(query: str) -> list[int]:
        return [p["id"] for p in client.get("/api/postings", query_string={"q": query, "limit": 200})
                .get_json()["postings"]]

    assert ids("assistants") == ids("assistant") != [] and ids('"assistants"') != ids("assistants")
    assert set(ids("scheduling")) > set(ids('"scheduling"')) != set()  # and "schedule", "scheduled"


@pytest.fixture
def store(tmp_path) -> dict:  # type: ignore[no-untyped-def]
    """Gigs in one inflection of a word, which the shared web store has not got."""
    url, ids = small_store(tmp_path / "web.db",
                           {"source": "telegram", "source_id": "ru", "title": "Оператор ввода данных",
                            "description": "Ввод данных в таблицы.", "language": "ru"},
                           {"source": "telegram", "source_id": "en", "title": "Assistant to schedule calls"})
    return {"url": url, **ids}


def test_a_search_word_finds_another_inflection_on_the_page_and_the_api(own_client, store) -> None:  # type: ignore
    """«данных» is «данные»: Snowball's stem «дан» is too short to look for, the word's «данн» is not; "scheduling"
    is "schedule"."""
    def ids(query: str) -> list[int]:
        return [p["id"] for p in own_client.get("/api/postings", query_string={"q": query}).get_json()["postings"]]

    assert ids("данные") == ids("ввод данные") == [store["ru"]] and ids('"данные"') == []
    assert feed_ids(own_client, "/?ui=en&q=данные") == {store["ru"]}
    assert ids("scheduling") == [store["en"]] and ids('"scheduling"') == ids("accounting") == []  # "schedul"
    assert feed_ids(own_client, "/?ui=en&q=scheduling+calls") == {store["en"]}


def test_a_search_word_of_two_letters_finds_that_word_on_the_page_and_the_api(tmp_path) -> None:  # type: ignore
    """"VA" had found every posting saying "valid", "various" or "value" too."""
    from web.app import create_app

    url, gigs = small_store(tmp_path / "short.db",
                            {"source": "telegram", "source_id": "va", "title": "Virtual assistant (VA)"},
                            {"source": "telegram", "source_id": "valid", "title": "Data entry of various values"})
    client = create_app(url).test_client()
    api = client.get("/api/postings", query_string={"q": "VA"}).get_json()
    assert [p["id"] for p in api["postings"]] == [gigs["va"]] and api["total"] == 1
    assert feed_ids(client, "/?ui=en&q=va") == {gigs["va"]}
    assert feed_ids(client, "/?ui=en&q=val") == {gigs["valid"]}
