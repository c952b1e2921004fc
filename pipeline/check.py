"""One posting through the curation stages, without the store: ``vagigs check``.

A seeker forwarded a Telegram job post, an operator wonders why a rule fires, a
rule author wants to see a phrase work: ``posting_from_text`` reads the pasted
text as the Telegram spider reads a channel post (``crawlers.spiders.telegram_text``,
plain text parsing: Scrapy is not imported), and ``check(posting)`` runs the
stages a crawled posting meets (normalize → language → tags → legitimacy) and
returns what each found. Dedupe is left out (one posting has nothing to be a copy of),
and so is the store, except for what the caller passes in: the market pay that
the "pay far above market" rule compares with (``store.reports.market_pay``).
Tags run before legitimacy here, so that rule knows the posting's tasks; in a
crawl the legitimacy stage tags on the fly for the same purpose.
"""
from __future__ import annotations

from dataclasses import dataclass

from crawlers.items import PostingItem
from crawlers.spiders import telegram_text
from pipeline import language, legitimacy, normalize, tags


@dataclass(frozen=True)
class Checked:
    posting: PostingItem  # normalised: clean text, parsed pay, dates
    language: language.Detection
    tags: tags.TagResult
    legitimacy: legitimacy.Assessment


def posting_from_text(text: str, *, title: str | None = None, **fields: str | None) -> PostingItem:
    """A posting from pasted text, read as the Telegram spider reads a channel post (most pasted posts are
    one): the title is the first line or a title label's value ("Lavozim: …"), and labelled lines give the
    company, pay and place ("Idora: …", "Maosh: …", "Hudud: …") unless ``fields`` (other ``PostingItem``
    fields: ``company``, ``salary_raw`` …) give them. With ``title`` given, all of ``text`` is the
    description; otherwise the description is the whole post, as a crawled channel post's is."""
    text = text.strip()
    message = telegram_text.split(text)
    found = {"company": message.fields.get("company"), "salary_raw": message.fields.get("salary"),
             "location": message.fields.get("location"), "remote_scope": message.remote_scope}
    given = {k: v for k, v in fields.items() if v}
    kept = {**{k: v for k, v in found.items() if v}, **given}
    if kept.get("remote_scope") == "remote":
        kept.setdefault("remote", True)
    return PostingItem(source="check", source_id="1", title=(title if title is not None else message.title or "")
                       .strip() or None, description=text or None, **kept)


def check(posting: PostingItem, market_pay: dict | None = None) -> Checked:
    """Raises ``normalize.Invalid`` when there is no text to judge."""
    item = normalize.normalize(posting)
    found = language.detect("\n".join(filter(None, [item.title, item.description])))
    item.language = found.lang
    tagged = tags.tag(item)
    assessment = legitimacy.assess(item, legitimacy.Context(market_pay or {}, 0, tuple(tagged.tags)))
    return Checked(item, found, tagged, assessment)
