"""Legitimacy, baseline: a handful of English red-flag phrases, each a readable reason.

The foundation's honest baseline (no negation handling, English only). The
``assess`` contract — a 0–100 score, a verdict and reasons with code, weight
and matched span — is what the feed and later versions rely on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from crawlers.items import PostingItem


@dataclass(frozen=True)
class Reason:
    code: str
    weight: int
    text: str
    span: str

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "weight": self.weight, "text": self.text, "span": self.span}


@dataclass(frozen=True)
class Assessment:
    score: int
    verdict: str
    reasons: list[Reason] = field(default_factory=list)


RULES: list[tuple[str, int, str, re.Pattern[str]]] = [
    ("upfront_fee", 45, "asks for a payment before work starts",
     re.compile(r"\b(registration|training|starter kit|application)\s+fee\b|\bpay\s+(a|an)\s+(fee|deposit)\b", re.I)),
    ("asks_bank_or_id", 45, "asks for bank card, SSN or ID details",
     re.compile(r"\b(social security number|ssn|bank card number|credit card number|card details|passport copy)\b", re.I)),
    ("reshipping", 50, "receives and forwards packages or money",
     re.compile(r"\b(reship(ping)?|forward(ing)? (the )?packages|cash(ing)? (the )?che(que|ck)s?|money transfer agent)\b", re.I)),
    ("pay_bait", 20, "promises easy or guaranteed money",
     re.compile(r"\b(guaranteed (income|pay)|earn \$?\d[\d,]* (per|a) (day|week) from home|no experience (needed|required).{0,40}\$\d)", re.I)),
]
MIN_TEXT = 40


def verdict_for(score: int, enough_text: bool) -> str:
    if not enough_text:
        return "insufficient_evidence"
    if score < 40:
        return "likely_scam"
    if score < 75:
        return "caution"
    return "ok"


def assess(posting: PostingItem) -> Assessment:
    text = "\n".join(filter(None, [posting.title, posting.description]))
    reasons = []
    for code, weight, label, pattern in RULES:
        match = pattern.search(text)
        if match:
            reasons.append(Reason(code, weight, label, match.group(0)))
    score = max(0, 100 - sum(r.weight for r in reasons))
    return Assessment(score, verdict_for(score, len(text) >= MIN_TEXT), reasons)
