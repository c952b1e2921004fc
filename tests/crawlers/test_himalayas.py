import json

from crawlers.spiders.himalayas import HimalayasSpider
from tests.crawlers.source_helpers import make_spider, response, split, stats, store_known
from tests.helpers import FIXTURES

FIXTURE = FIXTURES / "himalayas" / "himalayas_jobs_api_offset0.json"
URL = "https://himalayas.app/jobs/api?limit=20&offset=0"


def _page(n: int, offset: int, total: int) -> bytes:
    jobs = [{"guid": f"https://himalayas.app/companies/c{offset + i}/jobs/va-{offset + i}", "title": f"VA {offset + i}",
             "companyName": f"C{offset + i}", "locationRestrictions": [], "pubDate": 1763712000} for i in range(n)]
    return json.dumps({"offset": offset, "limit": 20, "totalCount": total, "jobs": jobs}).encode()


def test_fixture_field_values() -> None:
    spider = make_spider(HimalayasSpider)
    items, requests = split(list(spider.parse(response(URL, FIXTURE.read_bytes()))))
    assert requests == []  # 3 < 20: the last page
    by_title = {i.title: i for i in items}
    va = by_title["Executive Virtual Assistant"]
    assert va.source_id == "companies/northwind-studio/jobs/executive-virtual-assistant"
    assert va.url == "https://himalayas.app/companies/northwind-studio/jobs/executive-virtual-assistant"
    assert va.company == "Northwind Studio" and va.employment_type == "Full Time"
    assert (va.salary_min, va.salary_max, va.salary_currency, va.salary_period) == (24000, 36000, "USD", None)
    assert va.allowed_regions is None and va.remote_scope == "remote"
    assert va.posted_at_raw == "1763712000"
    night = by_title["Customer Support Specialist (Night Shift)"]
    assert night.allowed_regions == ["Europe", "Turkey", "Uzbekistan", "Kazakhstan"]
    assert night.salary_min is None and night.salary_currency is None
    assert by_title["Data Entry Assistant"].allowed_regions is None  # "Worldwide"


def test_pages_by_offset_until_total(sqlite_url: str) -> None:
    spider = make_spider(HimalayasSpider, sqlite_url)
    items, requests = split(list(spider.parse(response(URL, _page(20, 0, 45)))))
    assert len(items) == 20 and [r.url for r in requests] == ["https://himalayas.app/jobs/api?limit=20&offset=20"]
    items, requests = split(list(spider.parse(response(requests[0].url, _page(20, 20, 45), meta={"page": 2}))))
    assert "offset=40" in requests[0].url
    _, requests = split(list(spider.parse(response(requests[0].url, _page(5, 40, 45), meta={"page": 3}))))
    assert requests == []


def test_a_page_of_stored_postings_stops_paging(sqlite_url: str) -> None:
    store_known(sqlite_url, "himalayas", [f"companies/c{i}/jobs/va-{i}" for i in range(20)])
    spider = make_spider(HimalayasSpider, sqlite_url)
    items, requests = split(list(spider.parse(response(URL, _page(20, 0, 45)))))
    assert requests == [] and len(items) == 20
    assert stats(spider)["vagigs/paging_stopped_known"] == 1


def test_max_pages_from_the_registry_bounds_paging(sqlite_url: str) -> None:
    spider = make_spider(HimalayasSpider, sqlite_url)
    last = spider.config.max_pages
    _, requests = split(list(spider.parse(response(URL, _page(20, 0, 10_000), meta={"page": last}))))
    assert requests == []
