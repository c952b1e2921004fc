import json

from crawlers.spiders.jobicy import JobicySpider
from pipeline.normalize import normalize_with_drops
from tests.crawlers.spider_helpers import run_callback
from tests.helpers import FIXTURES

SUPPORT = FIXTURES / "jobicy" / "jobicy_api_2024-12-08_count-10_industry-supporting.json"
COPY = FIXTURES / "jobicy" / "jobicy_api_2024-12-08_count-30_geo-usa_industry-copywriting.json"
URL = "https://jobicy.com/api/v2/remote-jobs?count=50&industry=supporting"


def test_support_capture_field_values() -> None:
    items, stats = run_callback(JobicySpider, URL, SUPPORT.read_bytes())
    assert len(items) == json.loads(SUPPORT.read_text())["jobCount"] == 10
    chat = next(i for i in items if i.source_id == "113624")
    assert chat.title == "Chat Support Specialist (Part-Time)"
    assert chat.company == "Confidential Company"
    assert chat.url == "https://jobicy.com/jobs/113624-chat-support-specialist-part-time"
    assert chat.posted_at_raw == "2024-12-07 15:33:17"
    assert chat.employment_type == "part-time"
    assert chat.allowed_regions == ["LATAM", "Canada", "Europe", "USA"]
    assert chat.remote_scope == "remote"
    assert chat.salary_min is None and chat.salary_raw is None
    assert not any(k.startswith("vagigs/dropped") for k in stats)


def test_structured_annual_salary_is_kept_structured() -> None:
    items, _ = run_callback(JobicySpider, URL, COPY.read_bytes())
    by_id = {i.source_id: i for i in items}
    manager = by_id["111302"]
    assert (manager.salary_min, manager.salary_max, manager.salary_currency, manager.salary_period) == (
        80000, 110000, "USD", "year")
    assert manager.salary_raw == "80000-110000 USD/year"
    cad = by_id["112332"]
    assert cad.salary_currency == "CAD" and cad.salary_min == 36000


def test_html_instead_of_json_is_not_parsed() -> None:
    items, stats = run_callback(JobicySpider, URL, b"<!DOCTYPE html><html><title>Just a moment...</title>"
                                b"<div id=challenge-platform></div></html>", content_type="text/html")
    assert items == [] and stats["vagigs/dropped/blocked"] == 1 and stats["vagigs/blocked"] == 1


def test_a_pay_bound_of_hundreds_of_digits_costs_only_itself() -> None:
    """``float`` of such an integer raises ``OverflowError``, which had made the record a ``record_parse_error``."""
    data = json.loads(SUPPORT.read_text())
    data["jobs"][0]["annualSalaryMin"] = 10 ** 400
    data["jobs"][0]["salaryCurrency"] = "USD"
    items, stats = run_callback(JobicySpider, URL, json.dumps(data).encode("utf-8"))
    assert len(items) == 10 and not any(k.startswith("vagigs/dropped") for k in stats)
    kept = normalize_with_drops(items[0])  # left out there, and counted (it had been left out with no word)
    assert kept.item.salary_min is None and [(d.field, d.reason) for d in kept.field_drops] == [
        ("salary_min", "not_a_number")]
