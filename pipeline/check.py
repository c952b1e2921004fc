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

from dataclasses import dataclass, replace

from crawlers.items import PostingItem
from pipeline import language, legitimacy, normalize, tags
from pipeline.legitimacy.text import posting_shown_text


@dataclass(frozen=True)
class Checked:
    posting: PostingItem  # normalised: clean text, parsed pay, dates
    language: language.Detection
    tags: tags.TagResult
    legitimacy: legitimacy.Assessment


def check(posting: PostingItem, market_pay: dict | None = None) -> Checked:
    """Raises ``normalize.Invalid`` when there is no text to judge."""
    pasted = posting_shown_text(posting)  # (``normalize`` changes the posting it is given)
    item = normalize.normalize(posting)
    found = language.detect("\n".join(filter(None, [item.title, item.description])))
    item.language, item.language_script = found.lang, found.script
    item.language_confidence, item.languages_other = found.confidence, found.others  # as the crawl's stage sets them
    tagged = tags.tag(item)
    assessment = legitimacy.assess(item, legitimacy.Context(market_pay or {}, 0, tuple(tagged.tags)))
    return Checked(item, found, tagged, as_pasted(assessment, pasted))


def as_pasted(assessment: legitimacy.Assessment, shown: str) -> legitimacy.Assessment:
    """The reasons quoting the posting as it was pasted (``shown``: its ``posting_shown_text`` then). A reason
    quotes the normalised text, where Persian letters typed in their Arabic forms are repaired (ك ي → ک ی,
    ``normalize.display_clean``): a crawled posting is stored and shown so, but a pasted one is read where it was
    pasted, and "پرداخت كنيد" quoted as "پرداخت کنید" is not found there. The repair keeps every character's place,
    so a quote is the same stretch of the pasted text."""
    repaired = normalize.display_clean(shown)
    if repaired == shown or len(repaired) != len(shown):
        return assessment
    reasons = []
    for r in assessment.reasons:
        at = repaired.find(r.span) if r.span and r.span not in shown else -1
        reasons.append(replace(r, span=shown[at:at + len(r.span)]) if at >= 0 else r)
    return replace(assessment, reasons=reasons)
