"""Himalayas jobs API: offset paging, at most 20 a page.

Paging stops at ``totalCount``, at the registry's ``max_pages``, on a short
page, or as soon as a page holds only postings already stored (unless an earlier run lost a page
no run has fetched since: ``SourceSpider.only_known``).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response

from crawlers.spiders.base import MalformedResponse, SourceSpider, json_body
from crawlers.spiders.fields import number, pay_text, split_regions


class HimalayasSpider(SourceSpider):
    name = "himalayas"
    expects = "json"

    def parse_records(self, response: Response) -> Iterable[Any]:
        data = json_body(response)
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise MalformedResponse("expected an object with a 'jobs' list")
        jobs = [j for j in data["jobs"] if isinstance(j, dict)]
        self.reject((j for j in data["jobs"] if not isinstance(j, dict)), "not an object")
        ids = [_job_id(j) for j in jobs]
        stop = self.only_known([i for i in ids if i])
        fresh = [j for j, i in zip(jobs, ids) if self.first_time(i)]
        yield from self.each_record(fresh, self.build)
        if not stop:
            yield from self.next_page(response, data, len(jobs))

    def next_page(self, response: Response, data: dict[str, Any], count: int) -> Iterator[scrapy.Request]:
        query = parse_qs(urlsplit(response.url).query)
        size = int(self.config.extra.get("page_size", 20))
        offset = int((query.get("offset") or ["0"])[0])
        page = response.meta.get("page", 1)
        total = data.get("totalCount")
        nxt = offset + count
        if count < size or page >= self.config.max_pages or (isinstance(total, int) and nxt >= total):
            return
        query["offset"], query["limit"] = [str(nxt)], [str(size)]
        parts = urlsplit(response.url)
        url = urlunsplit(parts._replace(query=urlencode(query, doseq=True)))
        yield scrapy.Request(url, callback=self.parse, errback=self.on_error, meta={"page": page + 1})

    def build(self, job: dict[str, Any]) -> Any:
        source_id = _job_id(job)
        if not source_id:
            raise ValueError("job without guid or link")
        regions = job.get("locationRestrictions")
        names = [r.get("name") if isinstance(r, dict) else r for r in (regions if isinstance(regions, list) else [])]
        names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
        low, high = number(job.get("minSalary")), number(job.get("maxSalary"))
        currency = job.get("salaryCurrency") or job.get("currency")
        has_pay = low is not None or high is not None
        return self.new_item(
            source_id, job,
            url=job.get("guid") if str(job.get("guid", "")).startswith("http") else job.get("applicationLink"),
            apply_url=job.get("applicationLink"),
            title=job.get("title"),
            company=job.get("companyName"),
            description_html=job.get("description") or job.get("excerpt"),
            location=", ".join(names) or None,
            remote=True,
            remote_scope="remote",
            allowed_regions=split_regions(names),
            employment_type=job.get("employmentType"),
            salary_min=low,
            salary_max=high,
            salary_currency=currency if has_pay else None,
            salary_period=job.get("salaryPeriod") if has_pay else None,  # never guessed
            salary_raw=pay_text(low, high, currency if isinstance(currency, str) else None,
                                job.get("salaryPeriod") if isinstance(job.get("salaryPeriod"), str) else None),
            posted_at_raw=str(job["pubDate"]) if job.get("pubDate") is not None else None,
        )


def _job_id(job: dict[str, Any]) -> str | None:
    guid = job.get("guid") or job.get("applicationLink")
    if not guid:
        return None
    guid = str(guid)
    return urlsplit(guid).path.strip("/") or guid if guid.startswith("http") else guid
