"""Jobicy API v2: ``jobs[]`` with optional structured annual salary."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from crawlers.items import PostingItem
from crawlers.spiders.base import SourceSpider
from crawlers.spiders.fields import joined, number, pay_text, split_regions, stripped, unescaped


class JobicySpider(SourceSpider):
    name = "jobicy"
    expects = "json"

    def parse_records(self, response: Response) -> Iterable[PostingItem]:
        return self.each_record(self.json_jobs(response), self.build)

    def build(self, job: dict[str, Any]) -> PostingItem:
        if not job.get("id"):
            raise ValueError("job without id")
        low, high = number(job.get("annualSalaryMin")), number(job.get("annualSalaryMax"))
        currency = stripped(job.get("salaryCurrency"))
        currency = currency.upper() if isinstance(currency, str) else None
        has_pay = low is not None or high is not None
        geo = unescaped(job.get("jobGeo"))
        kinds = job.get("jobType")
        return self.new_item(
            job["id"], job,
            url=job.get("url"),
            title=unescaped(job.get("jobTitle")),
            company=unescaped(job.get("companyName")),
            description_html=job.get("jobDescription") or job.get("jobExcerpt"),
            location=geo,
            remote=True,
            remote_scope="remote",
            allowed_regions=split_regions(geo),
            employment_type=joined(kinds) if isinstance(kinds, list) else stripped(kinds),
            salary_min=low,
            salary_max=high,
            salary_currency=currency if has_pay else None,
            salary_period="year" if has_pay else None,
            salary_raw=pay_text(low, high, currency, "year"),
            posted_at_raw=job.get("pubDate"),
        )

