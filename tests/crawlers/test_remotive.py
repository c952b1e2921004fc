import json

from crawlers.spiders.remotive import RemotiveSpider
from tests.crawlers.spider_helpers import run_callback
from tests.helpers import FIXTURES

CAPTURE = FIXTURES / "remotive" / "remotive_api_2026-07.json"
URL = "https://remotive.com/api/remote-jobs?category=customer-support"


def _items():
    items, stats = run_callback(RemotiveSpider, URL, CAPTURE.read_bytes())
    return {i.source_id: i for i in items}, stats


def test_every_job_of_the_real_capture_becomes_a_posting() -> None:
    items, stats = _items()
    raw = json.loads(CAPTURE.read_text())
    assert len(items) == raw["job-count"] == 35
    assert not any(k.startswith("vagigs/dropped") for k in stats)


def test_field_values_of_a_real_job() -> None:
    items, _ = _items()
    job = items["2090903"]
    assert job.title == "Data Labeling Specialists" and job.company == "Workada"
    assert job.url == "https://remotive.com/remote-jobs/data/data-labeling-specialists-2090903"
    assert job.employment_type == "freelance"
    assert job.salary_raw == "$18 - $22/hr" and job.salary_min is None  # parsed by normalize, not here
    assert job.posted_at_raw == "2026-07-26T20:49:11"
    assert job.remote is True and job.remote_scope == "remote"
    assert job.location == "USA" and job.allowed_regions == ["USA"]
    assert job.description_html.startswith("<p><u>Who We Are</u>")


def test_candidate_location_becomes_allowed_regions_and_worldwide_is_no_restriction() -> None:
    items, _ = _items()
    assert items["2091075"].allowed_regions == ["Northern America", "Europe", "UK", "France", "European timezones"]
    assert items["2091035"].location == "Worldwide" and items["2091035"].allowed_regions is None
    assert items["2091072"].salary_raw is None and items["2091072"].employment_type is None


def test_registry_keeps_remotive_under_four_calls_a_day() -> None:
    from crawlers import sources
    import scheduler

    remotive = sources.get("remotive")
    assert remotive.daily_request_cap == 4
    runs_per_day = 24 / scheduler.interval_hours(remotive)
    assert runs_per_day * len(remotive.start_urls) <= 4


def test_an_envelope_without_a_job_list_is_malformed() -> None:
    items, stats = run_callback(RemotiveSpider, URL, b'{"00-warning": "rate limited", "jobs": null}')
    assert items == [] and stats["vagigs/dropped/malformed_response"] == 1


def test_a_candidate_location_that_shuts_places_out_reaches_the_store_as_such() -> None:
    """The real capture's job with one place changed to a list that shuts some out: the spider splits the text at
    its commas, normalize reads it whole again — Europe without the UK, not the world without it."""
    from pipeline.normalize import normalize

    body = json.loads(CAPTURE.read_text())
    body["jobs"][0]["candidate_required_location"] = "Europe, excluding UK"
    items, _ = run_callback(RemotiveSpider, URL, json.dumps(body).encode())
    assert normalize(items[0]).allowed_regions == ["Europe", "not GB"]


def test_markup_in_a_candidate_location_is_read_as_its_text_before_the_regions() -> None:
    """The regions had been split from the raw text, at the "/" of its end tags: ``<p>Uzbekistan</p>`` gave
    ``["<p>Uzbekistan<", "p>"]``, shown in "Open to", the feeds and the API while the place read "Uzbekistan", and
    missed by the ``open_to=UZ`` filter."""
    from pipeline.normalize import normalize

    body = json.loads(CAPTURE.read_text())
    body["jobs"][0]["candidate_required_location"] = "<p>Uzbekistan</p>"
    body["jobs"][1]["candidate_required_location"] = '<script>alert("loc")</script>Worldwide'
    body["jobs"][2]["candidate_required_location"] = "<b>USA</b> / Canada &amp; Mexico"
    items, _ = run_callback(RemotiveSpider, URL, json.dumps(body).encode())
    uzbek, script, americas = (normalize(item) for item in items[:3])
    assert (uzbek.location, uzbek.allowed_regions) == ("Uzbekistan", ["UZ"])
    assert script.location == 'alert("loc") Worldwide'
    assert not any("<" in region or ">" in region for region in script.allowed_regions or [])
    assert americas.allowed_regions == ["US", "CA", "MX"]
