"""JobVision.ir list API: ``POST candidateapi.jobvision.ir/api/v1/JobPost/List``.

One POST per configured keyword, paged with ``requestedPage``/``pageSize``.
The list carries no description: we keep the fields it does publish (category,
benefits, seniority, industry, work type, salary text) as a short Persian
description so curation has more than the title to read. Detail pages are an
Angular app and are not fetched.
"""
from __future__ import annotations

import html
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import JsonRequest, Response

from crawlers.spiders.base import MalformedResponse, SourceSpider, json_body
from crawlers.spiders.fields import obj

POST_URL = "https://jobvision.ir/jobs/{}"


def list_body(keyword: str | None, page: int, size: int) -> dict[str, Any]:
    return {"jobCategoryUrlTitle": None, "keyword": keyword, "locationWrapper": None,
            "pageSize": size, "requestedPage": page, "sortBy": 1, "searchId": None}


class JobVisionSpider(SourceSpider):
    name = "jobvision"
    expects = "json"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.config.start_urls:
            for keyword in self.config.extra.get("keywords") or (None,):
                yield self.request(url, keyword, 1)

    def request(self, url: str, keyword: str | None, page: int) -> scrapy.Request:
        size = int(self.config.extra.get("page_size", 30))
        return JsonRequest(url, data=list_body(keyword, page, size), callback=self.parse,
                           errback=self.on_error, meta={"keyword": keyword, "page": page, "size": size})

    def parse_records(self, response: Response) -> Iterable[Any]:
        data = json_body(response)
        block = data.get("data") if isinstance(data, dict) else None
        if not isinstance(block, dict) or not isinstance(block.get("jobPosts"), list):
            raise MalformedResponse("expected an object with data.jobPosts")
        posts = [p for p in block["jobPosts"] if isinstance(p, dict) and p.get("id") is not None]
        self.reject((p for p in block["jobPosts"] if not (isinstance(p, dict) and p.get("id") is not None)),
                    "not an object with an id")
        ids = [str(p["id"]) for p in posts]
        fresh = [p for p in posts if self.first_time(p["id"])]
        stop = not fresh or self.only_known(ids)
        yield from self.each_record(fresh, self.build)
        if not stop:
            yield from self.next_page(response, block, len(posts))

    def next_page(self, response: Response, block: dict[str, Any], count: int) -> Iterator[scrapy.Request]:
        page, size = response.meta.get("page", 1), response.meta.get("size", 30)
        total = block.get("jobPostCount")
        if count < size or page >= self.config.max_pages or (isinstance(total, int) and page * size >= total):
            return
        yield self.request(response.url, response.meta.get("keyword"), page + 1)

    def build(self, post: dict[str, Any]) -> Any:
        props = obj(post.get("properties"))
        location = obj(post.get("location"))
        place = [_title(location.get(k)) for k in ("province", "city")]
        remote = props.get("isRemote")
        company = obj(post.get("company"))
        return self.new_item(
            post["id"], post,
            url=POST_URL.format(post["id"]),
            title=post.get("title"),
            company=company.get("nameFa") or company.get("nameEn"),
            description_html=_description(post),
            location="، ".join(p for p in place if p) or None,
            remote=remote if isinstance(remote, bool) else None,
            remote_scope="remote" if remote is True else None,
            employment_type=_title(post.get("workType")),
            salary_raw=_title(post.get("salary")),
            posted_at_raw=_date(post.get("activationTime")),
            expires_at=_date(post.get("expireTime")),
        )


def _title(value: Any) -> str | None:
    """``{"titleFa": "تمام وقت"}`` → its text; a bare string is taken as the text itself."""
    title = obj(value).get("titleFa") if not isinstance(value, str) else value
    return title if isinstance(title, str) and title.strip() else None


def _date(value: Any) -> Any:
    """``{"date": "2026-12-21T09:12:00"}`` → its date; anything else the API might send instead is passed on for
    the normalize stage to read or to leave out (logged), never a reason to lose the posting."""
    return value.get("date") if isinstance(value, dict) else value


def _titles(values: Any) -> str:
    values = values if isinstance(values, list) else []
    return "، ".join(t for t in map(_title, values) if t)


def _description(post: dict[str, Any]) -> str | None:
    rows = [
        ("دسته‌بندی", _titles(post.get("jobCategories"))),
        ("نوع همکاری", _title(post.get("workType"))),
        ("سطح ارشدیت", _title(post.get("seniorityLevel"))),
        ("صنعت", _title(post.get("industry"))),
        ("حقوق", _title(post.get("salary"))),
        ("مزایا", _titles(post.get("benefits"))),
    ]
    lines = [f"<p>{label}: {html.escape(value)}</p>" for label, value in rows if value]
    return "".join(lines) or None
