import json

import pytest

from crawlers.spiders import structured
from crawlers.spiders.jsonld import JsonLdSpider, is_sitemap, page_id
from replay import SHIPPED_SNAPSHOT
from tests.crawlers.source_helpers import make_spider, response, split, stats, store_known
from tests.helpers import FIXTURES

J = FIXTURES / "jsonld"
HTML = "text/html; charset=utf-8"
PAGE1 = "https://careers.example.com/jobs/remote-administrative-assistant-2291"
PAGE2 = "https://careers.example.com/jobs/client-manager-remote-2304"


def _page(url: str, name: str):  # type: ignore[no-untyped-def]
    spider = make_spider(JsonLdSpider)
    items, _ = split(list(spider.parse(response(url, (J / name).read_bytes(), content_type=HTML))))
    return spider, items


def test_json_ld_posting_field_values() -> None:
    _, [item] = _page(PAGE1, "posting_jsonld.html")
    assert item.source_id == PAGE1 and item.url == PAGE1
    assert item.title == "Remote Administrative Assistant" and item.company == "Orbit Logistics"
    assert (item.remote, item.remote_scope) == (True, "remote")
    assert item.allowed_regions == ["Uzbekistan", "Kazakhstan"]
    assert (item.salary_min, item.salary_max, item.salary_currency, item.salary_period) == (6, 9, "USD", "hour")
    assert item.employment_type == "PART_TIME, CONTRACTOR" and item.posted_at_raw == "2026-11-19"
    assert item.expires_at == "2026-12-19T00:00"  # validThrough, as published
    assert "<strong>remote administrative assistant</strong>" in item.description_html
    assert json.loads(item.payload)["identifier"]["value"] == "ORB-2291"


def test_microdata_posting_field_values() -> None:
    _, [item] = _page(PAGE2, "posting_microdata.html")
    assert item.title == "Менеджер по работе с клиентами (удалённо)" and item.company == "Orbit Logistics"
    assert item.location == "Ташкент, UZ" and item.remote_scope == "remote"
    assert (item.salary_min, item.salary_max, item.salary_currency, item.salary_period) == (6e6, 8e6, "UZS", "month")
    assert item.salary_raw == "6000000-8000000 UZS/MONTH"
    assert "amoCRM" in item.description_html and item.posted_at_raw == "2026-11-21"
    assert item.expires_at is None  # no validThrough on this page


def test_a_posting_url_given_relative_is_stored_whole() -> None:
    """A board's JSON-LD or microdata may give ``url`` as "/jobs/77": stored as is, it was no link to follow."""
    page = ('<html><body><script type="application/ld+json">{"@context": "https://schema.org", "@type": '
            '"JobPosting", "title": "Virtual assistant", "url": "/jobs/77?utm_source=feed", "description": "Inbox"}'
            '</script></body></html>')
    spider = make_spider(JsonLdSpider)
    [item], _ = split(list(spider.parse(response("https://board.example/careers/", page.encode(), content_type=HTML))))
    assert item.url == "https://board.example/jobs/77"


def test_language_tagged_values_are_read_and_odd_ones_passed_on_to_be_judged() -> None:
    """JSON-LD may tag a value with its language (``{"@value": …, "@language": "uz"}``) or give a list of them; a
    property of another shape (a type list of objects, a salary of "NaN") costs that property, not the posting."""
    from pipeline.normalize import NOT_TEXT, FieldDrop, normalize_with_drops

    posting = {"@context": "https://schema.org", "@type": "JobPosting",
               "title": [{"@value": "Virtual assistent", "@language": "uz"}, {"@value": "VA", "@language": "en"}],
               "description": {"@value": "Elektron pochta va kalendarni yuritish.", "@language": "uz"},
               "hiringOrganization": {"name": {"@id": "#org"}}, "employmentType": [{"@id": "x"}, "PART_TIME"],
               "baseSalary": {"currency": {"code": "USD"}, "value": {"minValue": "NaN", "maxValue": "1,200",
                                                                     "unitText": ["MONTH"]}}}
    page = f'<script type="application/ld+json">{json.dumps(posting)}</script>'.encode()
    spider = make_spider(JsonLdSpider)
    [item], _ = split(list(spider.parse(response(PAGE1, page, content_type=HTML))))
    assert item.title == "Virtual assistent" and item.employment_type == "PART_TIME"
    assert (item.salary_min, item.salary_max, item.salary_currency) == (None, 1200.0, None)
    result = normalize_with_drops(item)
    assert result.item.description == "Elektron pochta va kalendarni yuritish." and result.item.company is None
    assert FieldDrop("company", NOT_TEXT) in result.field_drops


@pytest.mark.parametrize("unit,period", [("HOUR", "hour"), ("DAY", "day"), ("WEEK", "week"), ("MONTH", "month"),
                                         ("YEAR", "year"), ("week", "week")])
def test_every_salary_unit_schema_org_names_is_a_pay_period(unit: str, period: str) -> None:
    """schema.org gives five ``unitText`` values for a salary; a weekly one had been stored with no period."""
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Virtual assistant",
               "description": "Inbox and calendar", "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
                                                                   "value": {"value": 400, "unitText": unit}}}
    page = f'<script type="application/ld+json">{json.dumps(posting)}</script>'.encode()
    [item], _ = split(list(make_spider(JsonLdSpider).parse(response(PAGE1, page, content_type=HTML))))
    assert (item.salary_min, item.salary_currency, item.salary_period) == (400.0, "USD", period)


def test_sitemap_skips_pages_already_stored(sqlite_url: str) -> None:
    body = (J / "sitemap.xml").read_bytes()
    spider = make_spider(JsonLdSpider, sqlite_url)
    requests = list(spider.parse_sitemap(response("https://careers.example.com/sitemap.xml", body,
                                                  content_type="application/xml")))
    assert [r.url for r in requests] == [PAGE1, PAGE2]
    store_known(sqlite_url, "jsonld", [page_id(PAGE1)])
    spider = make_spider(JsonLdSpider, sqlite_url)
    requests = list(spider.parse_sitemap(response("https://careers.example.com/sitemap.xml", body,
                                                  content_type="application/xml")))
    assert [r.url for r in requests] == [PAGE2] and stats(spider)["vagigs/skipped/known_detail"] == 1


def test_boards_come_from_the_registry_and_a_setting() -> None:
    import asyncio

    spider = make_spider(JsonLdSpider, settings={"VAGIGS_JSONLD_URLS": "https://careers.example.com/sitemap.xml"})

    async def collect():  # type: ignore[no-untyped-def]
        return [r async for r in spider.start()]

    [request] = asyncio.run(collect())
    assert request.callback == spider.parse_sitemap
    assert asyncio.run(_none()) == []


async def _none():  # type: ignore[no-untyped-def]
    spider = make_spider(JsonLdSpider)
    return [r async for r in spider.start()]


def _start(spider):  # type: ignore[no-untyped-def]
    import asyncio

    async def collect():  # type: ignore[no-untyped-def]
        return [r async for r in spider.start()]

    return asyncio.run(collect())


def test_a_board_url_that_is_no_web_address_is_a_counted_drop_and_the_other_boards_are_crawled() -> None:
    """One line without a scheme had Scrapy end the run at its start (``start_error``), the good boards unread,
    and "htps://…" passed as a link Scrapy does not follow, the run ``empty``. Each line is checked first."""
    good = "https://careers.example.com/sitemap.xml"
    bad = ["careers.example.com/sitemap.xml", "htps://jobs.example.org/sitemap.xml", "https://jobs.example.org:x/",
           "sitemap:ftp://jobs.example.org/sitemap.xml"]
    spider = make_spider(JsonLdSpider, settings={"VAGIGS_JSONLD_URLS": ",".join([bad[0], f" {good} ", *bad[1:], ""])})
    [request] = _start(spider)
    assert request.url == good and request.callback == spider.parse_sitemap
    assert stats(spider)["vagigs/dropped/bad_board_url"] == 4
    errors = stats(spider)["vagigs/errors"]
    assert errors[0] == ("bad_board_url: VAGIGS_JSONLD_URLS: 'careers.example.com/sitemap.xml': "
                         "no http:// or https:// in front of it")
    assert "its scheme 'htps' is not http or https" in errors[1] and "Port" in errors[2] and "'ftp'" in errors[3]
    assert spider.allowed_domains == ["careers.example.com", "jobs.example.org"]


def test_a_run_whose_every_board_url_is_bad_fails_where_it_had_been_empty() -> None:
    from scrapy.exceptions import CloseSpider

    from crawlers.extensions import run_status
    from crawlers.spiders.jsonld import NO_GOOD_BOARD

    spider = make_spider(JsonLdSpider, settings={"VAGIGS_JSONLD_URLS": "htps://jobs.example.org/sitemap.xml"})
    with pytest.raises(CloseSpider) as closed:
        _start(spider)
    assert closed.value.reason == NO_GOOD_BOARD == "bad_jsonld_urls"
    assert run_status(stats(spider), closed.value.reason) == "failed"
    assert run_status({}, "finished") == "empty"  # no board configured at all: still nothing to crawl


def test_a_sitemap_entry_that_is_no_web_address_costs_only_itself() -> None:
    """A ``<loc>`` Scrapy cannot request had raised in the callback, and every page the sitemap listed after it
    was lost; one written relative is made whole."""
    locs = ["mailto:jobs@careers.example.com", "/jobs/remote-administrative-assistant-2291", "javascript:void(0)",
            "https://careers.example.com:x/jobs/1", PAGE2]
    body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>")
    spider = make_spider(JsonLdSpider)
    _, requests = split(list(spider.parse_sitemap(response("https://careers.example.com/sitemap.xml", body.encode(),
                                                           content_type="application/xml"))))
    assert [r.url for r in requests] == [PAGE1, PAGE2]
    assert stats(spider)["vagigs/not_web"] == 3


@pytest.mark.parametrize(("line", "problem"), [
    ("https://careers.example.com/sitemap.xml", None),
    ("sitemap:http://careers.example.com/jobs.xml", None),
    ("HTTPS://Careers.Example.com/", None),
    ("careers.example.com/sitemap.xml", "no http:// or https:// in front of it"),
    ("localhost:8000/sitemap.xml", "its scheme 'localhost' is not http or https"),
    ("file:///etc/passwd", "its scheme 'file' is not http or https"),
    ("https:///sitemap.xml", "no host"),
    ("https://[::1/sitemap.xml", "not a web address (Invalid IPv6 URL)"),
    ("https://careers.example.com:x/", "not a web address (Port could not be cast to integer value as 'x')"),
])
def test_board_problem_names_what_makes_a_line_no_board(line: str, problem: str | None) -> None:
    from crawlers.spiders.jsonld import board_problem

    assert board_problem(line) == problem


def test_page_without_posting_and_broken_block() -> None:
    spider, items = _page(PAGE1, "../jobinja/listing_empty.html")
    assert items == [] and stats(spider)["vagigs/skipped/no_jobposting"] == 1
    broken = b'<html><script type="application/ld+json">{"@type": "JobPosting", </script></html>'
    spider = make_spider(JsonLdSpider)
    assert list(spider.parse(response(PAGE1, broken, content_type=HTML))) == []
    assert stats(spider)["vagigs/dropped/malformed_jsonld"] == 1


@pytest.mark.parametrize("page", [
    '<script type="application/ld+json">{}' * 20_000,  # read to the page's end from each unclosed tag: 107 s
    "<script " * 50_000,  # read to the page's next ">" from each: 112 s
])
def test_hostile_page_of_unclosed_script_tags_has_no_posting_and_ends(page: str) -> None:
    assert structured.json_ld(page) == ([], [])


def test_a_json_ld_block_nested_deeper_than_json_parses_is_a_broken_block() -> None:
    found, errors = structured.json_ld('<script type="application/ld+json">' + "[" * 100_000 + "</script>")
    assert found == [] and errors and "does not parse" in errors[0]
    deep = '{"@graph": ' * 900 + '{"@type": "JobPosting", "title": "VA"}' + "}" * 900  # parses; read without recursion
    assert [p["title"] for p in structured.json_ld(f'<script type="application/ld+json">{deep}</script>')[0]] == ["VA"]


def test_graph_and_sitemap_detection() -> None:
    found, errors = structured.json_ld('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"},'
                                       '{"@type": ["JobPosting"], "title": "VA"}]}</script>')
    assert [p["title"] for p in found] == ["VA"] and errors == []
    assert is_sitemap("https://x.example/sitemap-jobs.xml") and not is_sitemap("https://x.example/jobs/1")
    assert is_sitemap("sitemap:https://x.example/feeds/jobs.xml")


def test_tracking_parameters_are_not_part_of_the_id() -> None:
    # the same recorded page reached with and without tracking parameters is one posting
    _, [plain] = _page(PAGE1, "posting_jsonld.html")
    _, [tracked] = _page(PAGE1 + "?utm_source=newsletter&utm_medium=email&fbclid=abc", "posting_jsonld.html")
    assert tracked.source_id == plain.source_id == PAGE1
    _, [second] = _page(PAGE2 + "?gclid=1#apply", "posting_microdata.html")
    assert second.source_id == page_id(PAGE2)
    # a URL without tracking parameters keeps the id it always had (the store's upsert key)
    assert page_id("https://b.example/jobs?page=2&id=7") == "https://b.example/jobs?id=7&page=2"
    # ``from`` may be a listing's paging offset: two listing pages stay two ids
    assert page_id("https://b.example/jobs?from=20", 1) != page_id("https://b.example/jobs?from=0", 1)


def test_sitemap_loc_with_tracking_is_the_stored_page(sqlite_url: str) -> None:
    body = (J / "sitemap.xml").read_bytes().replace(b"2291</loc>", b"2291?utm_source=sitemap&amp;utm_medium=x</loc>")
    store_known(sqlite_url, "jsonld", [page_id(PAGE1)])
    spider = make_spider(JsonLdSpider, sqlite_url)
    requests = list(spider.parse_sitemap(response("https://careers.example.com/sitemap.xml", body,
                                                  content_type="application/xml")))
    assert [r.url for r in requests] == [PAGE2] and stats(spider)["vagigs/skipped/known_detail"] == 1


def test_a_page_listed_twice_in_a_sitemap_is_fetched_once() -> None:
    body = (J / "sitemap.xml").read_bytes().replace(
        b"</urlset>", f"<url><loc>{PAGE2}?utm_campaign=jobs</loc></url></urlset>".encode())
    spider = make_spider(JsonLdSpider)
    requests = list(spider.parse_sitemap(response("https://careers.example.com/sitemap.xml", body,
                                                  content_type="application/xml")))
    assert [r.url for r in requests] == [PAGE1, PAGE2]


def test_valid_through_becomes_the_closing_date_in_utc() -> None:
    from datetime import datetime, timezone

    from pipeline.normalize import normalize

    _, [item] = _page(PAGE1, "posting_jsonld.html")
    normalize(item)
    assert item.expires_at == datetime(2026, 12, 19, tzinfo=timezone.utc)
    assert item.posted_at == datetime(2026, 11, 19, tzinfo=timezone.utc)


# ------------------------------------------------------------ stored pages worth reading again

SITEMAP_URL = "https://careers.example.com/sitemap.xml"
XML = "application/xml"


def _store(database_url: str, rows: dict[str, tuple]) -> None:  # type: ignore[type-arg]
    """Stored postings as an earlier crawl left them: ``{source_id: (fetched_at, expires_at)}``."""
    from store import db, queries

    with db.sessions(database_url).begin() as session:
        for sid, (fetched_at, expires_at) in rows.items():
            queries.upsert_posting(session, {"source": "jsonld", "source_id": sid, "title": f"stored {sid}",
                                             "fetched_at": fetched_at, "expires_at": expires_at})


def _sitemap(spider, body: bytes):  # type: ignore[no-untyped-def]
    return list(spider.parse_sitemap(response(SITEMAP_URL, body, content_type=XML)))


def _without_lastmod(body: bytes) -> bytes:
    import re

    return re.sub(rb"<lastmod>[^<]*</lastmod>", b"", body)


def test_the_sitemap_fixture_carries_lastmod() -> None:
    from scrapy.utils.sitemap import Sitemap

    # reconstructed (tests/fixtures/jsonld/PROVENANCE.md: no real sitemap capture exists), in the sitemaps.org form
    entries = list(Sitemap((J / "sitemap.xml").read_bytes()))
    assert [e.get("lastmod") for e in entries] == ["2026-11-19", "2026-11-21"]


def test_lastmod_is_read_as_utc() -> None:
    from datetime import datetime, timezone

    from crawlers.spiders.jsonld import lastmod_time

    utc = timezone.utc
    assert lastmod_time("2026-11-19") == datetime(2026, 11, 19, tzinfo=utc)  # a date counts from its start
    assert lastmod_time(" 2026-11-19T10:04:39+03:30 ") == datetime(2026, 11, 19, 6, 34, 39, tzinfo=utc)
    assert lastmod_time("2026-11-19T10:04Z") == datetime(2026, 11, 19, 10, 4, tzinfo=utc)
    assert lastmod_time("2026-11-19T10:04:00") == datetime(2026, 11, 19, 10, 4, tzinfo=utc)  # no zone: UTC
    assert lastmod_time("yesterday") is None and lastmod_time("") is None and lastmod_time(None) is None


def test_a_page_changed_since_its_fetch_is_fetched_again(sqlite_url: str) -> None:
    from datetime import datetime, timezone

    utc = timezone.utc
    body = (J / "sitemap.xml").read_bytes()  # lastmod 2026-11-19 for PAGE1, 2026-11-21 for PAGE2
    _store(sqlite_url, {page_id(PAGE1): (datetime(2026, 11, 18, 12, tzinfo=utc), None),  # before its lastmod
                        page_id(PAGE2): (datetime(2026, 11, 21, 8, tzinfo=utc), None)})  # later that day
    spider = make_spider(JsonLdSpider, sqlite_url)
    [request] = _sitemap(spider, body)
    assert request.url == PAGE1 and request.callback == spider.parse
    assert request.meta["vagigs_refetch"] == "changed" and request.meta["vagigs_unconditional"] is True
    assert request.priority < 0  # after the run's new postings
    s = stats(spider)
    assert s["vagigs/refetched/changed"] == 1 and s["vagigs/skipped/known_detail"] == 1
    assert "vagigs/refetched/closed_but_listed" not in s
    assert s["vagigs/seen_known"] == 2  # both still listed

    # entries without lastmod behave as before: stored, so skipped
    spider = make_spider(JsonLdSpider, sqlite_url)
    assert _sitemap(spider, _without_lastmod(body)) == []
    assert stats(spider)["vagigs/skipped/known_detail"] == 2 and "vagigs/refetched/changed" not in stats(spider)


def test_a_closed_posting_still_listed_is_fetched_again_once_per_closing_date(sqlite_url: str) -> None:
    from datetime import datetime, timedelta, timezone

    now = datetime.now(timezone.utc)
    body = _without_lastmod((J / "sitemap.xml").read_bytes())
    _store(sqlite_url, {page_id(PAGE1): (now - timedelta(days=40), now - timedelta(days=1)),  # closed since read
                        page_id(PAGE2): (now - timedelta(hours=1), now - timedelta(days=2))})  # read after closing
    spider = make_spider(JsonLdSpider, sqlite_url)
    [request] = _sitemap(spider, body)
    assert request.url == PAGE1 and request.meta["vagigs_refetch"] == "closed_but_listed"
    s = stats(spider)
    assert s["vagigs/refetched/closed_but_listed"] == 1 and s["vagigs/skipped/known_detail"] == 1

    # the same page in a second sitemap of the run (a sitemap index), or listed twice: not asked for again
    twice = body.replace(b"</urlset>", f"<url><loc>{PAGE1}?utm_source=x</loc></url></urlset>".encode())
    assert _sitemap(spider, twice) == []
    assert stats(spider)["vagigs/refetched/closed_but_listed"] == 1

    # a posting whose closing date is still ahead is not fetched again
    _store(sqlite_url, {page_id(PAGE1): (now - timedelta(days=40), now + timedelta(days=1))})
    spider = make_spider(JsonLdSpider, sqlite_url)
    assert _sitemap(spider, body) == [] and stats(spider)["vagigs/skipped/known_detail"] == 2


def test_refetches_are_limited_and_come_after_new_pages(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace
    from datetime import datetime, timezone

    from crawlers import sources

    body = (J / "sitemap.xml").read_bytes()
    long_ago = datetime(2026, 11, 1, tzinfo=timezone.utc)  # before either lastmod: both pages changed since
    _store(sqlite_url, {page_id(PAGE1): (long_ago, None), page_id(PAGE2): (long_ago, None)})
    spider = make_spider(JsonLdSpider, sqlite_url, settings={"VAGIGS_REFETCH_LIMIT": 1})
    assert [r.url for r in _sitemap(spider, body)] == [PAGE1]
    assert stats(spider)["vagigs/refetched/changed"] == 1 and stats(spider)["vagigs/skipped/refetch_limit"] == 1

    # with a page budget of one, a new page (PAGE2, listed after PAGE1) goes first; the re-fetch waits
    _store(sqlite_url, {page_id(PAGE1): (long_ago, None)})
    new_only = body.replace(b"client-manager-remote-2304", b"client-manager-remote-2399")
    monkeypatch.setattr(JsonLdSpider, "config", property(lambda self: replace(sources.get("jsonld"), max_pages=1)))
    spider = make_spider(JsonLdSpider, sqlite_url)
    assert [r.url for r in _sitemap(spider, new_only)] == [PAGE2.replace("2304", "2399")]
    assert stats(spider)["vagigs/skipped/page_budget"] == 1 and "vagigs/refetched/changed" not in stats(spider)


def test_a_refetched_page_updates_the_stored_posting(sqlite_url: str) -> None:
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import func, select

    from pipeline.scrapy_pipelines import NormalizePipeline, StorePipeline
    from store import db
    from store.models import Posting

    now = datetime.now(timezone.utc)
    fetched, closed = now - timedelta(days=40), now - timedelta(days=1)
    _store(sqlite_url, {page_id(PAGE1): (fetched, closed)})
    spider = make_spider(JsonLdSpider, sqlite_url)
    new, request = _sitemap(spider, _without_lastmod((J / "sitemap.xml").read_bytes()))
    assert (new.url, request.url) == (PAGE2, PAGE1) and request.meta["vagigs_refetch"] == "closed_but_listed"
    page = response(request.url, (J / "posting_jsonld.html").read_bytes(), content_type=HTML)
    [item] = split(list(request.callback(page)))[0]
    for stage in (NormalizePipeline(spider.crawler), StorePipeline(spider.crawler)):
        item = stage.process_item(item)
    assert stats(spider)["vagigs/stored"] == 1 and "vagigs/new" not in stats(spider)  # an update, not a new row
    with db.sessions(sqlite_url)() as session:
        assert session.scalar(select(func.count()).select_from(Posting)) == 1
        row = session.scalars(select(Posting)).one()
    assert row.source_id == page_id(PAGE1) and row.title == "Remote Administrative Assistant"
    assert row.expires_at == datetime(2026, 12, 19, tzinfo=timezone.utc)  # the page's validThrough replaced ours
    assert row.fetched_at > fetched


# ------------------------------------------------------------ JSON-LD and microdata on one page

SNAPSHOT_PAGE2 = SHIPPED_SNAPSHOT / "careers.example.com" / "client-manager-remote-2304.html"  # microdata


def _json_ld(*postings: dict) -> str:  # type: ignore[type-arg]
    return "".join(f'<script type="application/ld+json">{json.dumps(p, ensure_ascii=False)}</script>'
                   for p in postings)


def _with_json_ld(html: str, *postings: dict) -> str:  # type: ignore[type-arg]
    return html.replace("</head>", _json_ld(*postings) + "\n</head>")


ASSISTANT = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Remote Administrative Assistant",
             "url": PAGE1, "description": "<p>Manage shared inboxes.</p>",
             "hiringOrganization": {"@type": "Organization", "name": "Orbit Logistics"}}
CLIENT_MANAGER = "Менеджер по работе с клиентами (удалённо)"


def test_a_page_with_json_ld_and_microdata_postings_yields_both() -> None:
    """The shipped microdata page with a JSON-LD posting for another job added: reading the JSON-LD alone lost the
    page's own posting, and stored the other one under the page's id."""
    page = _with_json_ld(SNAPSHOT_PAGE2.read_text(encoding="utf-8"), ASSISTANT)
    found, errors = structured.postings(page, PAGE2)
    assert [p["title"] for p in found] == ["Remote Administrative Assistant", CLIENT_MANAGER] and errors == []
    spider = make_spider(JsonLdSpider)
    items, _ = split(list(spider.parse(response(PAGE2, page.encode(), content_type=HTML))))
    by_id = {item.source_id: item.title for item in items}
    # the page's own posting keeps the id it had when it was the page's only one
    assert by_id == {PAGE1: "Remote Administrative Assistant", page_id(PAGE2): CLIENT_MANAGER}


def test_one_job_given_both_ways_is_read_once() -> None:
    """The JSON-LD fixture's job marked up again in microdata, without a link or an identifier: the same title."""
    microdata = ('<div itemscope itemtype="https://schema.org/JobPosting">'
                 '<h1 itemprop="title">  remote administrative   ASSISTANT </h1></div>')
    page = (J / "posting_jsonld.html").read_text(encoding="utf-8").replace("<body>", "<body>" + microdata)
    [posting], _ = structured.postings(page, PAGE1)
    assert posting["identifier"]["value"] == "ORB-2291"  # the JSON-LD one, the fuller of the two
    spider = make_spider(JsonLdSpider)
    [item], _ = split(list(spider.parse(response(PAGE1, page.encode(), content_type=HTML))))
    assert item.source_id == PAGE1


def test_an_xhtml_page_opening_with_its_xml_declaration_is_read_in_both_forms() -> None:
    """lxml refuses text that opens with a declaration naming an encoding: the microdata, now read beside the
    JSON-LD, must not cost the page its JSON-LD posting (nor a page of comments its run)."""
    xhtml = ('\ufeff<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
             + _json_ld(ASSISTANT) + "</head><body>" + SNAPSHOT_PAGE2.read_text(encoding="utf-8").split("<body>")[1])
    found, errors = structured.postings(xhtml, PAGE2)
    assert [p["title"] for p in found] == ["Remote Administrative Assistant", CLIENT_MANAGER] and errors == []
    assert structured.microdata("<!-- an itemtype in a comment -->") == []


def test_links_and_identifiers_decide_whether_two_postings_are_one_job() -> None:
    same, listing = structured.same_job, "https://careers.example.com/jobs"
    # a link the microdata gives relative, with tracking parameters or an anchor, is the JSON-LD's absolute one
    assert same({"url": PAGE1, "title": "VA"}, {"url": "/jobs/remote-administrative-assistant-2291?utm_source=x#apply",
                                                "title": "Virtual assistant"}, listing)
    # two links, or two identifiers, that differ are two jobs, whatever their titles
    assert not same({"url": PAGE1, "title": "VA"}, {"url": PAGE2, "title": "VA"}, listing)
    assert not same({"identifier": {"value": "A-1"}, "title": "VA"}, {"identifier": "A-2", "title": "VA"})
    assert same({"identifier": {"@type": "PropertyValue", "value": "A-1"}}, {"identifier": "A-1"})
    # sharing neither, the title decides (spacing, case and entities aside)
    assert same({"url": PAGE1, "title": "Q&amp;A  Tester"}, {"title": "q&a tester"})
    assert not same({"title": "VA"}, {"title": "Bookkeeper"}) and not same({}, {})
    # a link that names no web page is no link: not a reason to fail the page
    assert same({"url": "http://[::1", "title": "VA"}, {"url": "mailto:jobs@orbit.example", "title": "VA"}, listing)


# ------------------------------------------------------------ several postings on one page

LISTING = "https://careers.example.com/jobs"


def _support(letter: str, **extra: object) -> dict:  # type: ignore[type-arg]
    name = {"a": "Alpha", "b": "Bravo", "c": "Charlie"}[letter]
    return {"@context": "https://schema.org", "@type": "JobPosting", "title": f"Customer Support {name}",
            "description": f"<p>Answer {name} customers by email.</p>", "datePosted": "2026-11-20",
            "hiringOrganization": {"@type": "Organization", "name": "Orbit Logistics"}, **extra}


def _listing(*postings: dict) -> bytes:  # type: ignore[type-arg]
    return f"<html><head>{_json_ld({'@type': 'ItemList', 'itemListElement': list(postings)})}</head></html>".encode()


def _crawl_listing(database_url: str, page: bytes) -> None:
    from pipeline.scrapy_pipelines import NormalizePipeline, StorePipeline

    spider = make_spider(JsonLdSpider, database_url)
    stages = (NormalizePipeline(spider.crawler), StorePipeline(spider.crawler))
    for item in split(list(spider.parse(response(LISTING, page, content_type=HTML))))[0]:
        for stage in stages:
            item = stage.process_item(item)


def _stored(database_url: str) -> dict[str, str]:
    from sqlalchemy import select

    from store import db
    from store.models import Posting

    with db.sessions(database_url)() as session:
        return dict(session.execute(select(Posting.source_id, Posting.title)).all())


def test_a_listing_that_gains_and_loses_postings_keeps_each_job_on_its_row(sqlite_url: str) -> None:
    """By position, the posting that came first took the first one's row, and the rest moved down a row: run 2 wrote
    Charlie over Alpha, run 3 left two rows of Bravo for two jobs."""
    a, b, c = (_support(x, url=f"/jobs/customer-support-{x}") for x in "abc")
    for page in ([a, b], [c, a, b], [a, b]):
        _crawl_listing(sqlite_url, _listing(*page))
    assert _stored(sqlite_url) == {f"{LISTING}/customer-support-a": "Customer Support Alpha",
                                   f"{LISTING}/customer-support-b": "Customer Support Bravo",
                                   f"{LISTING}/customer-support-c": "Customer Support Charlie"}


def test_a_posting_is_named_by_its_url_identifier_or_id_and_by_position_last() -> None:
    from crawlers.spiders.jsonld import posting_ids

    postings = [_support("a", url="/jobs/customer-support-a?utm_source=board#apply"),  # resolved, canonical
                _support("b", identifier={"@type": "PropertyValue", "name": "Orbit", "value": "ORB 7"}),
                _support("c", **{"@id": "#charlie"}),  # an anchor on the listing itself: kept
                _support("a"),  # nothing: the first free position (the page's URL is the last one's own)
                _support("b", url="/jobs/customer-support-a"),  # what one before it took: the next free position
                _support("c", url=LISTING)]  # the listing itself, as a posting's own name
    assert posting_ids(LISTING + "?utm_medium=mail", postings) == [
        f"{LISTING}/customer-support-a", f"{LISTING}#identifier=ORB%207", f"{LISTING}#charlie",
        f"{LISTING}#2", f"{LISTING}#3", LISTING]
    # without their own names, the positions as ever: the page's URL, #2, #3
    assert posting_ids(LISTING, [_support(x) for x in "abc"]) == [LISTING, f"{LISTING}#2", f"{LISTING}#3"]


def test_a_page_with_one_posting_is_the_page_whatever_its_posting_names() -> None:
    """Stored ids are the upsert key: a detail page's posting stays the row earlier crawls stored under the page."""
    from crawlers.spiders.jsonld import posting_ids

    assert posting_ids(PAGE2 + "?utm_source=x", [_support("a", url=PAGE1)]) == [PAGE2]
    assert posting_ids(PAGE2, [_support("a", identifier="ORB-1", **{"@id": "urn:job:1"})]) == [PAGE2]
