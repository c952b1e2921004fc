"""One odd field costs that field, not the posting: a place sent as an object, pay as a list or as "50k", a company
as a number. The spider builds the posting from the real capture with one field changed, and normalize keeps it
(naming what it left out); the raw record keeps the odd value. Only the text that is the posting (its id, title or
description) sent so loses it, as a counted drop."""
from __future__ import annotations

import json
import math
from typing import Any

import pytest

import pipeline.pay

from crawlers.spiders.fields import PAY_MAX, number, pay_text, stripped, unescaped
from crawlers.spiders.himalayas import HimalayasSpider
from crawlers.spiders.jobicy import JobicySpider
from crawlers.spiders.remoteok import RemoteOKSpider
from crawlers.spiders.remotive import RemotiveSpider
from crawlers.spiders.workingnomads import WorkingNomadsSpider
from pipeline.normalize import normalize_with_drops
from tests.crawlers.spider_helpers import run_callback
from tests.helpers import FIXTURES

CASES = {
    "remoteok": (RemoteOKSpider, "https://remoteok.com/api", "remoteok/remoteok_api_2024-12-04.json"),
    "remotive": (RemotiveSpider, "https://remotive.com/api/remote-jobs?category=customer-support",
                 "remotive/remotive_api_2026-07.json"),
    "jobicy": (JobicySpider, "https://jobicy.com/api/v2/remote-jobs?count=50&industry=supporting",
               "jobicy/jobicy_api_2024-12-08_count-10_industry-supporting.json"),
    "himalayas": (HimalayasSpider, "https://himalayas.app/jobs/api?limit=20&offset=0",
                  "himalayas/himalayas_jobs_api_offset0.json"),
    "workingnomads": (WorkingNomadsSpider, "https://www.workingnomads.com/api/exposed_jobs/",
                      "workingnomads/workingnomads_exposed_jobs.json"),
}


def _records(body: Any) -> list[dict]:
    if isinstance(body, list):
        return [r for r in body if isinstance(r, dict) and "legal" not in r]
    return body["jobs"]


@pytest.mark.parametrize("source,field,value", [
    ("remoteok", "salary_min", "50k"), ("remoteok", "salary_max", [90000]), ("remoteok", "location", {"x": 1}),
    ("remoteok", "company", ["Acme"]),
    ("remotive", "candidate_required_location", ["USA"]), ("remotive", "salary", {"min": 1}),
    ("jobicy", "jobGeo", 7), ("jobicy", "companyName", {"name": "Acme"}), ("jobicy", "jobType", {"a": 1}),
    ("jobicy", "annualSalaryMin", "lots"),
    ("himalayas", "locationRestrictions", "USA"), ("himalayas", "minSalary", "50k"), ("himalayas", "maxSalary", []),
    ("workingnomads", "location", ["Europe"]), ("workingnomads", "company_name", True),
])
def test_an_odd_optional_field_costs_the_field_not_the_posting(source: str, field: str, value: Any) -> None:
    spider, url, path = CASES[source]
    body = json.loads((FIXTURES / path).read_text(encoding="utf-8-sig"))
    records = _records(body)
    intact, _ = run_callback(spider, url, json.dumps(body).encode())
    records[0][field] = value
    items, stats = run_callback(spider, url, json.dumps(body).encode())
    assert len(items) == len(intact) and not any(k.startswith("vagigs/dropped") for k in stats)
    changed = normalize_with_drops(items[0]).item  # kept: normalize may leave the odd field out, not the posting
    assert changed.title and json.loads(changed.payload)[field] == value  # the raw record keeps what was sent


def test_the_helpers_keep_text_and_numbers_and_pass_the_rest_on() -> None:
    assert stripped("  USA ") == "USA" and stripped("  ") is None and stripped(["USA"]) == ["USA"]
    assert unescaped(" Marketing &amp; Sales ") == "Marketing & Sales" and unescaped(7) == 7
    assert number("60000") == 60000.0 and number(45.5) == 45.5
    assert [number(v) for v in (0, -5, "50k", [1], True, None, float("nan"), -10 ** 400)] == [None] * 8
    assert [number(v) for v in (10 ** 400, "9" * 400, "1e400", float("inf"))] == [math.inf] * 4  # left out, counted


def test_the_pay_text_leaves_out_a_bound_that_is_no_pay() -> None:
    assert pay_text(1e30, 2e30, "USD", "year") is None and pay_text(math.inf, None, "USD") is None
    assert pay_text(50000, 1e30, "USD", "year") == "from 50000 USD/year"
    assert pay_text(PAY_MAX - 1, None, "USD") == "from 999999999999999 USD"
    assert PAY_MAX == pipeline.pay.PAY_MAX


@pytest.mark.parametrize("source,low_field,high_field", [
    ("remoteok", "salary_min", "salary_max"), ("himalayas", "minSalary", "maxSalary"),
    ("jobicy", "annualSalaryMin", "annualSalaryMax"),
])
@pytest.mark.parametrize("low,high", [(1e300, None), (1e30, 2e30), (None, 10 ** 400 - 1)])
def test_a_bound_that_is_no_pay_is_left_out_counted_and_not_shown(source: str, low_field: str, high_field: str,
                                                                     low: Any, high: Any) -> None:
    """A pay bound of 1e300 or of 400 digits is left out of the posting and counted once; the pay text the spider
    writes from the bounds does not show it either (it had shown 301 digits on the posting page and in the feed)."""
    spider, url, path = CASES[source]
    body = json.loads((FIXTURES / path).read_text(encoding="utf-8-sig"))
    records = _records(body)
    records[0][low_field], records[0][high_field] = low, high
    items, _ = run_callback(spider, url, json.dumps(body).encode())
    kept = normalize_with_drops(items[0])
    lost = [(d.field, d.reason) for d in kept.field_drops]
    assert lost == [(name, "not_a_number") for name, value in (("salary_min", low), ("salary_max", high)) if value]
    assert kept.item.salary_min is None and kept.item.salary_max is None and kept.item.salary_raw is None
