"""Remotive: one JSON object per category; ``jobs[]`` with free-text salary and location.

Remotive asks for at most four calls a day (its ``0-legal-notice``); the
registry's ``daily_request_cap`` keeps the scheduler under it.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from crawlers.items import PostingItem
from crawlers.spiders.base import SourceSpider
from crawlers.spiders.fields import split_regions, stripped


class RemotiveSpider(SourceSpider):
    name = "remotive"
    expects = "json"

    def parse_records(self, response: Response) -> Iterable[PostingItem]:
        return self.each_record(self.json_jobs(response), self.build)

    def build(self, job: dict[str, Any]) -> PostingItem:
        if not job.get("id"):
            raise ValueError("job without id")
        where = stripped(job.get("candidate_required_location"))
        return self.new_item(
            job["id"], job,
            url=job.get("url"),
            title=job.get("title"),
            company=job.get("company_name"),
            description_html=job.get("description"),
            location=where,
            remote=True,
            remote_scope="remote",
            allowed_regions=split_regions(where),
            employment_type=job.get("job_type") or None,
            salary_raw=stripped(job.get("salary")),
            posted_at_raw=job.get("publication_date"),
        )
