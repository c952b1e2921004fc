import json

from crawlers.spiders.remoteok import RemoteOKSpider
from tests.crawlers.spider_helpers import run_callback
from tests.helpers import FIXTURES

CAPTURE = FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json"


def test_parses_every_job_and_skips_the_legal_notice() -> None:
    items, stats = run_callback(RemoteOKSpider, "https://remoteok.com/api", CAPTURE.read_bytes())
    raw = json.loads(CAPTURE.read_text())
    assert "legal" in raw[0]
    assert len(items) == len(raw) - 1 == 98
    assert not any(k.startswith("vagigs/dropped") for k in stats)
    first = items[0]
    job = raw[1]
    assert first.source == "remoteok" and first.source_id == str(job["id"])
    assert first.title == job["position"] and first.company == job["company"]
    assert first.url == job["url"] and first.posted_at_raw == job["date"]
    assert first.remote is True
    assert json.loads(first.payload) == job


def test_salary_zero_means_unknown() -> None:
    items, _ = run_callback(RemoteOKSpider, "https://remoteok.com/api", CAPTURE.read_bytes())
    raw = {str(j["id"]): j for j in json.loads(CAPTURE.read_text())[1:]}
    for item in items:
        job = raw[item.source_id]
        if not job.get("salary_min") and not job.get("salary_max"):
            assert item.salary_min is None and item.salary_currency is None
        else:
            assert item.salary_currency == "USD" and item.salary_period == "year"


def test_a_bad_record_is_dropped_alone() -> None:
    body = json.dumps([{"legal": "x"}, {"position": "no id"}, {"id": "7", "position": "VA", "company": "C"}])
    items, stats = run_callback(RemoteOKSpider, "https://remoteok.com/api", body.encode())
    assert [i.source_id for i in items] == ["7"]
    assert stats["vagigs/dropped/record_parse_error"] == 1


def test_json_object_instead_of_array_is_malformed() -> None:
    items, stats = run_callback(RemoteOKSpider, "https://remoteok.com/api", b'{"error": "rate limited"}')
    assert items == [] and stats["vagigs/dropped/malformed_response"] == 1


def test_a_compressed_body_that_decompresses_past_the_max_size_is_counted() -> None:
    """A gzip bomb: Scrapy's own decompression stops at ``DOWNLOAD_MAXSIZE`` and ignores the request; the
    errback counts it as ``too_large`` (not silently, as for the robots.txt refusals it also ignores)."""
    import gzip

    from scrapy import Request
    from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
    from scrapy.exceptions import IgnoreRequest
    from scrapy.http import Response
    from twisted.python.failure import Failure

    from tests.crawlers.source_helpers import make_spider, stats

    spider = make_spider(RemoteOKSpider, settings={"DOWNLOAD_MAXSIZE": 100_000})
    middleware = HttpCompressionMiddleware.from_crawler(spider.crawler)
    request = Request("https://remoteok.com/api", errback=spider.on_error)
    bomb = Response("https://remoteok.com/api", body=gzip.compress(b"[" + b" " * 10_000_000 + b"]"),
                    headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}, request=request)
    try:
        middleware.process_response(request, bomb)
    except IgnoreRequest:
        failure = Failure()
    else:
        raise AssertionError("Scrapy decompressed past DOWNLOAD_MAXSIZE")
    failure.request = request  # as Scrapy's engine sets it for an errback
    spider.on_error(failure)
    assert stats(spider)["vagigs/dropped/too_large"] == 1
