from datetime import datetime, timezone

from crawlers.spiders.weworkremotely import WeWorkRemotelySpider
from pipeline.normalize import normalize
from tests.crawlers.spider_helpers import run_callback
from tests.helpers import FIXTURES

FEED = FIXTURES / "weworkremotely" / "wwr_remote-customer-support-jobs.rss"
URL = "https://weworkremotely.com/categories/remote-customer-support-jobs.rss"


def test_parses_the_real_feed() -> None:
    items, stats = run_callback(WeWorkRemotelySpider, URL, FEED.read_bytes(), content_type="application/rss+xml")
    assert len(items) == 27
    first = items[0]
    assert first.company == "OnlineCourseHost.com"
    assert first.title == "Customer Support Representative For Online Course Platform"
    assert first.location == "Anywhere in the World"
    assert first.employment_type == "Full-Time"
    assert first.source_id == first.url.rsplit("/", 1)[-1]
    normalize(first)
    assert "300 USD per month, negotiable" in first.description
    assert "<img" not in first.description_html
    assert first.posted_at is not None and first.posted_at.tzinfo == timezone.utc
    assert first.posted_at <= datetime(2022, 11, 8, 10, 5, tzinfo=timezone.utc)


def test_entity_expansion_is_refused() -> None:
    hostile = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>A: &x;</title><guid>https://weworkremotely.com/remote-jobs/a</guid>
<description>d</description></item></channel></rss>"""
    items, _ = run_callback(WeWorkRemotelySpider, URL, hostile, content_type="application/rss+xml")
    assert all("root:" not in (i.title or "") for i in items)


def test_not_rss_is_malformed() -> None:
    items, stats = run_callback(WeWorkRemotelySpider, URL, b"<?xml version='1.0'?><html/>",
                                content_type="application/xml")
    assert items == [] and stats["vagigs/dropped/malformed_response"] == 1
