"""hh.uz through the HeadHunter API (``api.hh.ru/vacancies``, ``area=97``, ``host=hh.uz``).

Every request carries the mandatory ``HH-User-Agent`` header (our contact
User-Agent) and, when the operator registered an app, ``Authorization: Bearer
<VAGIGS_HH_APP_TOKEN>``. Anonymous callers are often answered with a CAPTCHA
403 (``{"errors": [{"type": "captcha_required", …}]}``): the base guard marks
the run *blocked*, never "zero jobs".

The search returns short vacancies: the snippet (requirement, responsibility)
is the description we keep; detail pages are not fetched (they are the calls
that draw CAPTCHAs). Salary is structured (``from``/``to``/``currency``/``gross``).
"""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response

import config
from crawlers.spiders.base import MalformedResponse, SourceSpider, json_body
from crawlers.spiders.fields import number, obj, pay_text

_HIGHLIGHT = re.compile(r"</?highlighttext>", re.IGNORECASE)
_SCOPES = {"REMOTE": "remote", "HYBRID": "hybrid", "ON_SITE": "onsite"}


def api_headers() -> dict[str, str]:
    headers = {"HH-User-Agent": config.user_agent(), "Accept": "application/json"}
    token = config.hh_app_token()
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


class HHSpider(SourceSpider):
    name = "hh"
    expects = "json"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.config.start_urls:
            yield self.request(url, page=0)

    def request(self, url: str, page: int) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, headers=api_headers(),
                              meta={"page": page}, dont_filter=page == 0)

    def parse_records(self, response: Response) -> Iterable[Any]:
        data = json_body(response)
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            errors = data.get("errors") if isinstance(data, dict) else None
            raise MalformedResponse(f"expected an object with 'items' (errors: {errors!r})")
        items = [v for v in data["items"] if isinstance(v, dict)]
        self.reject((v for v in data["items"] if not isinstance(v, dict)), "not an object")
        stop = self.only_known([v.get("id") for v in items if v.get("id")])
        fresh = [v for v in items if self.first_time(v.get("id"))]
        yield from self.each_record(fresh, self.build)
        if not stop:
            yield from self.next_page(response, data)

    def next_page(self, response: Response, data: dict[str, Any]) -> Iterator[scrapy.Request]:
        page = data.get("page", response.meta.get("page", 0)) or 0
        pages = data.get("pages")
        if not isinstance(page, int) or not isinstance(pages, int):  # (NaN, "2", a list: no paging to trust)
            return
        if page + 1 >= pages or page + 1 >= self.config.max_pages:
            return
        parts = urlsplit(response.url)
        query = parse_qs(parts.query)
        query["page"] = [str(page + 1)]
        yield self.request(urlunsplit(parts._replace(query=urlencode(query, doseq=True))), page + 1)

    def build(self, vacancy: dict[str, Any]) -> Any:
        if not vacancy.get("id"):
            raise ValueError("vacancy without id")
        salary = obj(vacancy.get("salary"))
        low, high = number(salary.get("from")), number(salary.get("to"))
        currency = salary.get("currency") if isinstance(salary.get("currency"), str) else None
        if currency == "RUR":
            currency = "RUB"
        has_pay = low is not None or high is not None
        scope = _scope(vacancy)
        area = _text(obj(vacancy.get("area")).get("name"))
        address = _text(obj(vacancy.get("address")).get("raw"))
        return self.new_item(
            vacancy["id"], vacancy,
            url=vacancy.get("alternate_url"),
            apply_url=vacancy.get("apply_alternate_url"),
            title=vacancy.get("name"),
            company=_text(obj(vacancy.get("employer")).get("name")),
            description_html=_snippet_html(obj(vacancy.get("snippet"))),
            location=", ".join(x for x in (area, address) if x) or None,
            remote=None if scope is None else scope == "remote",
            remote_scope=scope,
            employment_type=_text(obj(vacancy.get("employment")).get("name")),
            salary_min=low,
            salary_max=high,
            salary_currency=currency if has_pay else None,
            salary_gross=salary.get("gross") if has_pay else None,
            salary_raw=pay_text(low, high, salary.get("currency") if currency else None),
            posted_at_raw=vacancy.get("published_at") or vacancy.get("created_at"),
        )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _scope(vacancy: dict[str, Any]) -> str | None:
    work_format = vacancy.get("work_format")
    formats = [f.get("id") for f in (work_format if isinstance(work_format, list) else []) if isinstance(f, dict)]
    for code in ("REMOTE", "HYBRID", "ON_SITE"):
        if code in formats:
            return _SCOPES[code]
    schedule = obj(vacancy.get("schedule")).get("id")
    if schedule == "remote":
        return "remote"
    if schedule:
        return "onsite"
    return None


def _snippet_html(snippet: dict[str, Any]) -> str | None:
    parts = [_HIGHLIGHT.sub("", _text(snippet.get(k)) or "").strip() for k in ("responsibility", "requirement")]
    parts = [p for p in parts if p]
    return "".join(f"<p>{p}</p>" for p in parts) or None
