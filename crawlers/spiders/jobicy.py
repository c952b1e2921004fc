"""Jobicy API v2: ``jobs[]`` with optional structured annual salary."""
from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from crawlers.items import PostingItem
from crawlers.spiders.base import SourceSpider
from crawlers.spiders.fields import pay_text, split_regions


class JobicySpider(SourceSpider):
    name = "jobicy"
    expects = "json"

    def parse_records(self, response: Response) -> Iterable[PostingItem]:
        return self.each_record(self.json_jobs(response), self.build)

    def build(self, job: dict[str, Any]) -> PostingItem:
        if not job.get("id"):
            raise ValueError("job without id")
        low, high = _number(job.get("annualSalaryMin")), _number(job.get("annualSalaryMax"))
        currency = (job.get("salaryCurrency") or "").strip().upper() or None
        has_pay = low is not None or high is not None
        geo = html.unescape(job.get("jobGeo") or "").strip()
        kinds = job.get("jobType") or []
        return self.new_item(
            job["id"], job,
            url=job.get("url"),
            title=html.unescape(job.get("jobTitle") or "") or None,
            company=html.unescape(job.get("companyName") or "") or None,
            description_html=job.get("jobDescription") or job.get("jobExcerpt"),
            location=geo or None,
            remote=True,
            remote_scope="remote",
            allowed_regions=split_regions(geo),
            employment_type=", ".join(kinds) if isinstance(kinds, list) else str(kinds) or None,
            salary_min=low,
            salary_max=high,
            salary_currency=currency if has_pay else None,
            salary_period="year" if has_pay else None,
            salary_raw=pay_text(low, high, currency, "year"),
            posted_at_raw=job.get("pubDate"),
        )


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None
