"""A pasted job post as the item the stages take: ``vagigs check`` and the web's check page.

Most pasted posts are Telegram channel posts, so the text is read as the Telegram
spider reads one (``spiders.telegram_text``: plain text parsing, no Scrapy).
"""
from __future__ import annotations

from crawlers.items import PostingItem
from crawlers.spiders import telegram_text


def posting_from_text(text: str, *, title: str | None = None, **fields: str | None) -> PostingItem:
    """A posting from pasted text: the title is the first line or a title label's value ("Lavozim: …"), and
    labelled lines give the company, pay and place ("Idora: …", "Maosh: …", "Hudud: …") unless ``fields``
    (other ``PostingItem`` fields: ``company``, ``salary_raw`` …) give them. The description is the whole
    post, as a crawled channel post's is; with ``title`` given, too."""
    text = text.strip()
    message = telegram_text.split(text)
    found = {"company": message.fields.get("company"), "salary_raw": message.fields.get("salary"),
             "location": message.fields.get("location")}
    given = {k: v for k, v in fields.items() if v}
    kept = {**{k: v for k, v in found.items() if v}, **given}
    return PostingItem(source="check", source_id="1", title=(title if title is not None else message.title or "")
                       .strip() or None, description=text or None, **kept)
