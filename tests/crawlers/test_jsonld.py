import json

from crawlers.spiders import structured
from crawlers.spiders.jsonld import JsonLdSpider, is_sitemap, page_id
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


def test_page_without_posting_and_broken_block() -> None:
    spider, items = _page(PAGE1, "../jobinja/listing_empty.html")
    assert items == [] and stats(spider)["vagigs/skipped/no_jobposting"] == 1
    broken = b'<html><script type="application/ld+json">{"@type": "JobPosting", </script></html>'
    spider = make_spider(JsonLdSpider)
    assert list(spider.parse(response(PAGE1, broken, content_type=HTML))) == []
    assert stats(spider)["vagigs/dropped/malformed_jsonld"] == 1


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
