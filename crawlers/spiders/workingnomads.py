"""Working Nomads: one JSON array of remote jobs (``exposed_jobs``), no paging, no ids.

The posting URL is the identity; its last path segment is the source id.
``tags`` is a comma-joined string, kept in the payload.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Response

from crawlers.items import PostingItem
from crawlers.spiders.base import MalformedResponse, SourceSpider, json_body
from crawlers.spiders.fields import split_regions, stripped


class WorkingNomadsSpider(SourceSpider):
    name = "workingnomads"
    expects = "json"

    def parse_records(self, response: Response) -> Iterable[PostingItem]:
        data = json_body(response)
        if not isinstance(data, list):
            raise MalformedResponse(f"expected a JSON array, got {type(data).__name__}")
        jobs = [j for j in data if isinstance(j, dict) and self.first_time(j.get("url"))]
        return self.each_record(jobs, self.build)

    def build(self, job: dict[str, Any]) -> PostingItem:
        url = (job.get("url") or "").strip()
        if not url:
            raise ValueError("job without url")
        source_id = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] or url
        where = stripped(job.get("location"))
        return self.new_item(
            source_id, job,
            url=url,
            title=job.get("title"),
            company=job.get("company_name"),
            description_html=job.get("description"),
            location=where,
            remote=True,
            remote_scope="remote",
            allowed_regions=split_regions(where),
            posted_at_raw=job.get("pub_date"),
        )
