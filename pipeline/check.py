"""One posting through the curation stages, without the store: ``vagigs check``.

A seeker forwarded a Telegram job post, an operator wonders why a rule fires, a
rule author wants to see a phrase work: the pasted text becomes a posting
(``crawlers.pasted``) and ``check(posting)`` runs the stages a crawled posting
meets (normalize → language → tags → legitimacy) and returns what each found.
Dedupe is left out (one posting has nothing to be a copy of), and so is the
store, except for what the caller passes in: the market pay that
the "pay far above market" rule compares with (``store.reports.market_pay``).
Tags run before legitimacy here, so that rule knows the posting's tasks; in a
crawl the legitimacy stage tags on the fly for the same purpose.
"""
from __future__ import annotations

from dataclasses import dataclass

from crawlers.items import PostingItem
from pipeline import language, legitimacy, normalize, tags


@dataclass(frozen=True)
class Checked:
    posting: PostingItem  # normalised: clean text, parsed pay, dates
    language: language.Detection
    tags: tags.TagResult
    legitimacy: legitimacy.Assessment


def check(posting: PostingItem, market_pay: dict | None = None) -> Checked:
    """Raises ``normalize.Invalid`` when there is no text to judge."""
    item = normalize.normalize(posting)
    found = language.detect("\n".join(filter(None, [item.title, item.description])))
    item.language = found.lang
    tagged = tags.tag(item)
    assessment = legitimacy.assess(item, legitimacy.Context(market_pay or {}, 0, tuple(tagged.tags)))
    return Checked(item, found, tagged, assessment)
