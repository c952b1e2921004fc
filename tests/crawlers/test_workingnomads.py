import json

from crawlers.spiders.workingnomads import WorkingNomadsSpider
from tests.crawlers.spider_helpers import run_callback
from tests.helpers import FIXTURES

FIXTURE = FIXTURES / "workingnomads" / "workingnomads_exposed_jobs.json"
URL = "https://www.workingnomads.com/api/exposed_jobs/"


def test_fixture_field_values() -> None:
    items, stats = run_callback(WorkingNomadsSpider, URL, FIXTURE.read_bytes())
    assert len(items) == 3 and not any(k.startswith("vagigs/dropped") for k in stats)
    va = items[0]
    assert va.source_id == "virtual-assistant-to-the-ceo-brightlane-1451203"
    assert va.url == "https://www.workingnomads.com/jobs/virtual-assistant-to-the-ceo-brightlane-1451203"
    assert va.title == "Virtual Assistant to the CEO" and va.company == "Brightlane"
    assert va.posted_at_raw == "2026-11-20T14:03:22.119-05:00"
    assert va.location == "Anywhere" and va.allowed_regions is None and va.remote is True
    assert json.loads(va.payload)["tags"] == "virtual assistant,calendar management,google workspace"
    assert items[1].allowed_regions == ["Europe", "Central Asia"]
    assert items[2].allowed_regions == ["USA"]


def test_job_without_url_is_dropped_alone() -> None:
    body = json.dumps([{"title": "no url"}, {"url": "https://www.workingnomads.com/jobs/x-1", "title": "VA"}])
    items, stats = run_callback(WorkingNomadsSpider, URL, body.encode())
    assert [i.source_id for i in items] == ["x-1"] and stats["vagigs/dropped/record_parse_error"] == 1


def test_object_instead_of_array_is_malformed() -> None:
    items, stats = run_callback(WorkingNomadsSpider, URL, b'{"detail": "Not found."}')
    assert items == [] and stats["vagigs/dropped/malformed_response"] == 1
