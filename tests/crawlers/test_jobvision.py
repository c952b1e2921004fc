import json

from crawlers.spiders.jobvision import JobVisionSpider, list_body
from tests.crawlers.source_helpers import make_spider, response, split, stats, store_known
from tests.helpers import FIXTURES

FIXTURE = FIXTURES / "jobvision" / "jobvision_jobpost_list_page1.json"
URL = "https://candidateapi.jobvision.ir/api/v1/JobPost/List"


def _parse(body: bytes, database_url: str = "sqlite://", page: int = 1):  # type: ignore[no-untyped-def]
    spider = make_spider(JobVisionSpider, database_url)
    meta = {"keyword": "دستیار", "page": page, "size": 30}
    return spider, *split(list(spider.parse(response(URL, body, meta=meta))))


def test_fixture_field_values() -> None:
    _, items, requests = _parse(FIXTURE.read_bytes())
    assert requests == [] and len(items) == 3
    va = items[0]
    assert va.source_id == "1189301" and va.url == "https://jobvision.ir/jobs/1189301"
    assert va.title == "دستیار مدیرعامل (دورکاری)" and va.company == "نوآوران پیام آسا"
    assert va.location == "تهران، تهران"
    assert (va.remote, va.remote_scope) == (True, "remote")
    assert va.employment_type == "تمام وقت" and va.salary_raw == "۲۰ - ۲۵ میلیون تومان"
    assert va.posted_at_raw == "2026-11-21T09:12:00"
    assert [i.expires_at for i in items] == ["2026-12-21T09:12:00", "2026-12-20T14:40:00", "2026-12-19T08:05:00"]
    assert "دسته‌بندی: اداری و منابع انسانی" in va.description_html and "مزایا: بیمه، ساعت کاری منعطف" in va.description_html
    support = items[1]
    assert support.remote is False and support.remote_scope is None and support.salary_raw == "توافقی"


def test_start_posts_the_documented_body_per_keyword() -> None:
    import asyncio

    spider = make_spider(JobVisionSpider)

    async def collect():  # type: ignore[no-untyped-def]
        return [r async for r in spider.start()]

    requests = asyncio.run(collect())
    keywords = spider.config.extra["keywords"]
    assert len(requests) == len(keywords)
    first = requests[0]
    assert first.method == "POST" and first.url == URL
    assert json.loads(first.body) == list_body(keywords[0], 1, 30) == {
        "jobCategoryUrlTitle": None, "keyword": keywords[0], "locationWrapper": None,
        "pageSize": 30, "requestedPage": 1, "sortBy": 1, "searchId": None}


def _full_page(start: int, total: int) -> bytes:
    posts = [{"id": start + i, "title": f"کارشناس {i}", "company": {"nameFa": "شرکت"}} for i in range(30)]
    return json.dumps({"data": {"jobPostCount": total, "jobPosts": posts}}, ensure_ascii=False).encode()


def test_pages_with_requested_page_and_stops_on_stored(sqlite_url: str) -> None:
    _, items, requests = _parse(_full_page(100, 200), sqlite_url)
    assert len(items) == 30 and len(requests) == 1
    assert json.loads(requests[0].body)["requestedPage"] == 2
    store_known(sqlite_url, "jobvision", [str(100 + i) for i in range(30)])
    spider, _, requests = _parse(_full_page(100, 200), sqlite_url)
    assert requests == [] and stats(spider)["vagigs/paging_stopped_known"] == 1


def test_missing_data_block_is_malformed() -> None:
    spider, items, _ = _parse(b'{"isSuccess": false, "message": "error"}')
    assert items == [] and stats(spider)["vagigs/dropped/malformed_response"] == 1


def test_closing_dates_become_utc_and_an_odd_one_loses_no_posting() -> None:
    from datetime import datetime, timezone

    from pipeline.normalize import normalize

    _, items, _ = _parse(FIXTURE.read_bytes())
    assert normalize(items[0]).expires_at == datetime(2026, 12, 21, 9, 12, tzinfo=timezone.utc)
    posts = json.loads(FIXTURE.read_text(encoding="utf-8"))
    jobs = posts["data"]["jobPosts"]
    jobs[0]["expireTime"] = "1405/09/30"  # not the documented object: its text is still read
    jobs[1]["expireTime"] = ["2026-12-20"]  # something else entirely: no closing date, the posting kept
    jobs[2]["expireTime"] = {"date": "soon"}
    _, items, _ = _parse(json.dumps(posts, ensure_ascii=False).encode())
    assert [i.source_id for i in items] == ["1189301", "1189117", "1188954"]
    assert [normalize(i).expires_at for i in items] == [
        datetime(2026, 12, 21, 23, 59, 59, tzinfo=timezone.utc), None, None]  # 30 Azar 1405, the whole day


def test_odd_nested_fields_cost_the_field_not_the_posting() -> None:
    """The API sending a string, a list or null where the fixture has an object must not lose the posting."""
    data = json.loads(FIXTURE.read_bytes())
    post = data["data"]["jobPosts"][0]
    post.update(activationTime="2026-11-21T09:12:00", company=["نوآوران"], location="تهران", workType=None,
                salary="توافقی", properties="remote", jobCategories={"titleFa": "اداری"}, benefits=[None, 7, {"titleFa": "بیمه"}])
    spider, items, _ = _parse(json.dumps(data).encode())
    assert len(items) == 3 and stats(spider).get("vagigs/dropped/record_parse_error") is None
    odd = items[0]
    assert odd.title == "دستیار مدیرعامل (دورکاری)" and odd.posted_at_raw == "2026-11-21T09:12:00"
    assert (odd.company, odd.location, odd.employment_type, odd.remote) == (None, None, None, None)
    assert odd.salary_raw == "توافقی" and "مزایا: بیمه" in odd.description_html
