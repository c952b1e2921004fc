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


def test_each_item_keeps_its_closing_date_from_the_real_feed() -> None:
    """Every item of the real capture carries ``<expires_at>``: its ``pubDate`` plus 30 days, or a multiple of 30 for
    the 12 listings whose poster extended them."""
    items, _ = run_callback(WeWorkRemotelySpider, URL, FEED.read_bytes(), content_type="application/rss+xml")
    first = items[0]
    assert first.expires_at == "Thu, 08 Dec 2022 10:04:39 +0000"  # as published, read by the normalize stage
    assert normalize(first).expires_at == datetime(2022, 12, 8, 10, 4, 39, tzinfo=timezone.utc)
    periods = []
    for item in items:
        raw = item.expires_at
        normalize(item)
        assert item.expires_at is not None and item.expires_at.tzinfo == timezone.utc, raw
        open_for = item.expires_at - item.posted_at
        assert open_for.seconds == 0 and open_for.days % 30 == 0, (item.source_id, raw)
        periods.append(open_for.days // 30)
    assert periods.count(1) == 15 and max(periods) == 5
    assert all(item.expires_at < datetime(2023, 6, 1, tzinfo=timezone.utc) for item in items)  # all closed long ago


def test_an_item_without_expires_at_has_no_closing_date() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><item><title>Acme: Assistant</title>
<guid>https://weworkremotely.com/remote-jobs/acme-assistant</guid><description>Inbox and calendar</description>
<pubDate>Tue, 08 Nov 2022 10:04:39 +0000</pubDate></item></channel></rss>"""
    [item], _ = run_callback(WeWorkRemotelySpider, URL, feed, content_type="application/rss+xml")
    assert item.expires_at is None and normalize(item).expires_at is None
