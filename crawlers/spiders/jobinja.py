"""Jobinja.ir: Persian listing pages, then one detail page per posting not yet stored (or worth reading again).

Listing (``/jobs?filters[keywords][0]=…&sort_by=published_at_desc&page=N``):
``li.c-jobListView__item`` cards with ``a.c-jobListView__titleLink`` (title and
detail link), ``span.c-jobListView__passedDays`` ("(۳ روز پیش)") and
``li.c-jobListView__metaItem`` entries told apart by their icon
(``c-icon--construction`` company, ``c-icon--place`` location,
``c-icon--resume`` contract type). Detail page: ``div.o-box__text`` (the
description) and ``c-infoBox__item`` rows (``h4.c-infoBox__itemTitle`` +
``span.black``): experience, salary, gender, military service, degree, skills.

Incremental: the listing's detail links carry the posting id
(``/companies/<slug>/jobs/<id>/<title>``); ids already in the store are not
requested again, and a listing page holding only stored ids ends paging. The
one exception (``SourceSpider.refetch_reason``): a stored posting whose closing
date has passed while the listing still shows it, not read since that date, has
its detail page fetched again — once per closing date, once per run, at most
``VAGIGS_REFETCH_LIMIT`` a run, after the new postings (stat
``vagigs/refetched/closed_but_listed``). Listing cards carry no change date, so
no other re-fetch. The detail pages read so far (``tests/fixtures/jobinja``:
real text in reconstructed markup) show no closing date this spider reads, so
stored Jobinja postings have none yet and the rule waits for one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawlers.spiders.base import SourceSpider

_ID = re.compile(r"/companies/[^/]+/jobs/([A-Za-z0-9_-]+)")
_META = {"c-icon--construction": "company", "c-icon--place": "location", "c-icon--resume": "contract_type"}
_INFO = {
    "حداقل سابقه کار": "experience",
    "حقوق": "salary",
    "جنسیت": "sex",
    "وضعیت نظام وظیفه": "military_status",
    "حداقل مدرک تحصیلی": "degree",
    "مهارت‌های مورد نیاز": "skills",
    "مهارتهای مورد نیاز": "skills",
    "دسته‌بندی شغلی": "category",
    "موقعیت مکانی": "location_detail",
    "نوع همکاری": "contract_detail",
}
_SCOPES = {"دورکاری": "remote", "دور کاری": "remote"}


def posting_id(url: str) -> str | None:
    found = _ID.search(urlsplit(url).path)
    return found.group(1) if found else None


def _squash(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


class JobinjaSpider(SourceSpider):
    name = "jobinja"
    expects = "html"
    markers = (b"c-jobListView",)

    def guard(self, response: Response, expects: str) -> bool:
        # Jobinja pages may load a reCAPTCHA script for their login form; a page that holds
        # listing or posting markup is content, not a challenge.
        if response.status == 200 and (b"c-jobListView" in response.body or b"c-jobView" in response.body):
            return True
        return super().guard(response, expects)

    def parse_records(self, response: Response) -> Iterable[Any]:
        cards = list(self.listing(response))
        ids = [c["id"] for c in cards]
        stored = self.stored_times(ids)
        known = set(stored)
        self.mark_seen(known)
        for card in cards:
            if card["id"] in known:
                reason = self.refetch_reason(stored[card["id"]])  # listings carry no change date: closing only
                if reason is None:
                    self.crawler.stats.inc_value("vagigs/skipped/known_detail")
                elif self.first_time(card["id"]):
                    request = self.refetch_request(card["url"], reason, callback=self.parse_detail,
                                                   cb_kwargs={"card": card})
                    if request is not None:
                        yield request
                continue
            if not self.first_time(card["id"]):
                continue
            yield scrapy.Request(card["url"], callback=self.parse_detail, errback=self.on_error,
                                 cb_kwargs={"card": card})
        if ids and set(ids) <= known and self.only_known(ids):  # (which pages on while a lost page is unfetched)
            return
        yield from self.next_page(response, bool(cards))

    def listing(self, response: Response) -> Iterator[dict[str, Any]]:
        sel = Selector(text=response.text)
        for li in sel.css("li.c-jobListView__item"):
            link = li.css("a.c-jobListView__titleLink")
            href = link.attrib.get("href") if link else None
            if not href:
                continue
            url = urljoin(response.url, href)
            source_id = posting_id(url)
            if not source_id:
                continue
            card: dict[str, Any] = {
                "id": source_id, "url": url, "listing_url": response.url,
                "title": _squash(" ".join(link.css("::text").getall())),
                "passed_days": _squash(li.css("span.c-jobListView__passedDays::text").get()),
            }
            for meta in li.css("li.c-jobListView__metaItem"):
                classes = " ".join(meta.css("i::attr(class)").getall())
                for icon, key in _META.items():
                    if icon in classes:
                        card[key] = _squash(" ".join(meta.css("span ::text").getall()))
            yield card

    def next_page(self, response: Response, had_cards: bool) -> Iterator[scrapy.Request]:
        page = response.meta.get("page", 1)
        if not had_cards or page >= self.config.max_pages:
            return
        sel = Selector(text=response.text)
        nxt = sel.css('link[rel="next"]::attr(href)').get() or sel.css('a[rel="next"]::attr(href)').get()
        if nxt:
            url = urljoin(response.url, nxt)
        else:
            parts = urlsplit(response.url)
            query = parse_qs(parts.query)
            query["page"] = [str(page + 1)]
            url = urlunsplit(parts._replace(query=urlencode(query, doseq=True)))
        yield scrapy.Request(url, callback=self.parse, errback=self.on_error, meta={"page": page + 1})

    def parse_detail(self, response: Response, card: dict[str, Any]) -> Iterator[Any]:
        if not self.guard(response, "html"):
            return
        yield from self.each_record([(response, card)], self.build)

    def build(self, record: tuple[Response, dict[str, Any]]) -> Any:
        response, card = record
        sel = Selector(text=response.text)
        body = sel.css("div.o-box__text").get()
        info: dict[str, Any] = {}
        for li in sel.css("li.c-infoBox__item"):
            label = _squash(li.css("h4.c-infoBox__itemTitle ::text").get())
            key = _INFO.get(label or "") or _INFO.get((label or "").replace("\u200c", ""))
            if not key:
                continue
            values = [_squash(" ".join(s.css("::text").getall())) for s in li.css("span.black")]
            values = [v for v in values if v]
            info[key] = values if key == "skills" else (values[0] if values else None)
        title = card.get("title")
        if not body and not title:
            raise ValueError(f"detail page without title or description: {response.url}")
        contract = card.get("contract_type") or info.get("contract_detail") or ""
        scope = next((v for k, v in _SCOPES.items() if k in contract or k in (title or "")), None)
        return self.new_item(
            card["id"], {**card, **info, "detail_url": response.url},
            url=card["url"],
            title=title,
            company=card.get("company"),
            description_html=body,
            location=card.get("location") or info.get("location_detail"),
            remote=True if scope == "remote" else None,
            remote_scope=scope,
            employment_type=contract or None,
            salary_raw=info.get("salary"),
            posted_at_raw=(card.get("passed_days") or "").strip("() ") or None,
        )
