"""Public Telegram channel previews: ``https://t.me/s/<channel>``, paged backwards with ``?before=``.

The channel list comes from the registry, or from ``VAGIGS_TELEGRAM_CHANNELS``
when the operator sets it. Each message becomes one posting whose source id is
``<channel>/<message id>``; ``crawlers.spiders.telegram_text`` splits it into
title, body, labelled fields, contact handles and hashtags (all kept in the
payload; the message HTML, handles and hashtags included, is the description).
Messages without text (photos, service notices) are skipped and counted.
Paging stops at the registry's ``max_pages`` or at a page of stored messages (not while a page an
earlier run lost is still to be fetched again: ``SourceSpider.only_known``).
"""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawlers import sources
from crawlers.spiders import telegram_text
from crawlers.spiders.base import SourceSpider


#: the message's own text, not the quoted text of the message it replies to
_OWN_TEXT = ('.//div[contains(concat(" ", normalize-space(@class), " "), " tgme_widget_message_text ")]'
             '[not(ancestor::*[contains(@class, "tgme_widget_message_reply")])]')


class TelegramSpider(SourceSpider):
    name = "telegram"
    expects = "html"
    markers = (b"tgme_widget_message", b"tgme_channel_history")

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for channel in sources.telegram_channels():
            yield scrapy.Request(sources.telegram_url(channel), callback=self.parse, errback=self.on_error,
                                 meta={"channel": channel, "page": 1}, dont_filter=True)

    def own_urls(self) -> Iterable[str]:
        return [sources.telegram_url(channel) for channel in sources.telegram_channels()]

    def parse_records(self, response: Response) -> Iterable[Any]:
        sel = Selector(text=response.text)
        channel_title = sel.css('meta[property="og:title"]::attr(content)').get()
        records = []
        for msg in sel.css("div.tgme_widget_message[data-post]"):
            post = msg.attrib.get("data-post", "")
            text_html = msg.xpath(_OWN_TEXT).get()
            if not text_html:
                self.crawler.stats.inc_value("vagigs/skipped/no_text")
                continue
            records.append({
                "post": post,
                "channel_title": channel_title,
                "author": msg.css(".tgme_widget_message_owner_name span::text").get(),
                "datetime": msg.css("a.tgme_widget_message_date time::attr(datetime)").get(),
                "views": msg.css("span.tgme_widget_message_views::text").get(),
                "text_html": text_html,
            })
        stop = self.only_known([r["post"] for r in records])
        fresh = [r for r in records if self.first_time(r["post"])]
        yield from self.each_record(fresh, self.build)
        if not stop:
            yield from self.older_page(response, sel)

    def older_page(self, response: Response, sel: Selector) -> Iterator[scrapy.Request]:
        page = response.meta.get("page", 1)
        channel = response.meta.get("channel") or response.url.split("/s/", 1)[-1].split("?")[0]
        before = sel.css("a.tme_messages_more::attr(data-before)").get()
        if not before:
            prev = sel.css('link[rel="prev"]::attr(href)').get() or ""
            found = re.search(r"before=(\d+)", prev)
            before = found.group(1) if found else None
        if not before or page >= self.config.max_pages:
            return
        yield scrapy.Request(sources.telegram_url(channel, before), callback=self.parse, errback=self.on_error,
                             meta={"channel": channel, "page": page + 1})

    def build(self, record: dict[str, Any]) -> Any:
        post = record["post"]
        if not re.fullmatch(r"[A-Za-z0-9_]+/\d+", post):
            raise ValueError(f"unexpected data-post {post!r}")
        inner = re.sub(r"^<div[^>]*>|</div>\s*$", "", record["text_html"].strip())
        message = telegram_text.split(telegram_text.html_to_lines(inner))
        fields = message.fields
        return self.new_item(
            post, {**record, "message": message.as_dict()},
            url=f"https://t.me/{post}",
            title=message.title,
            company=fields.get("company"),
            description_html=inner,
            location=fields.get("location"),
            salary_raw=fields.get("salary"),
            posted_at_raw=record.get("datetime"),
        )
