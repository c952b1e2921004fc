"""Remote OK: the whole feed in one JSON array whose element 0 is a legal notice."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from crawlers.items import PostingItem
from crawlers.spiders.base import MalformedResponse, SourceSpider
from crawlers.spiders.fields import number, pay_text


class RemoteOKSpider(SourceSpider):
    name = "remoteok"
    expects = "json"

    def parse_records(self, response: Response) -> Iterable[PostingItem]:
        try:
            data = json.loads(response.text)
        except ValueError as exc:
            raise MalformedResponse(f"not JSON: {exc}") from exc
        if not isinstance(data, list):
            raise MalformedResponse(f"expected a JSON array, got {type(data).__name__}")
        jobs = [r for r in data if not (isinstance(r, dict) and "legal" in r)]  # (the first element is a notice)
        return self.each_record(jobs, self.build)

    def build(self, job: dict[str, Any]) -> PostingItem:
        if not job.get("id"):
            raise ValueError("job without id")
        low, high = number(job.get("salary_min")), number(job.get("salary_max"))
        return self.new_item(
            job["id"], job,
            url=job.get("url"),
            apply_url=job.get("apply_url"),
            title=job.get("position"),
            company=job.get("company"),
            description_html=job.get("description"),
            location=job.get("location"),
            remote=True,
            salary_min=low,
            salary_max=high,
            salary_currency="USD" if (low or high) else None,
            salary_period="year" if (low or high) else None,
            salary_raw=pay_text(low, high, "USD", "year"),
            posted_at_raw=job.get("date") or (str(job["epoch"]) if job.get("epoch") else None),
        )

