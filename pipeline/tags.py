"""Task tags, baseline: English keyword phrases per taxonomy tag, title weighted double.

The foundation's honest baseline (English phrases only, no negation); tag
identifiers are those of the taxonomy. ``va_relevant`` is true when any
VA task is named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawlers.items import PostingItem
from pipeline.textnorm import fold

PHRASES: dict[str, list[str]] = {
    "email_management": ["email management", "inbox", "respond to emails", "correspondence"],
    "calendar_scheduling": ["calendar", "scheduling", "schedule meetings", "appointments"],
    "phone_answering": ["answer calls", "phone calls", "receptionist", "call handling"],
    "customer_support": ["customer support", "customer service", "live chat", "helpdesk", "support tickets"],
    "data_entry": ["data entry", "typing", "spreadsheet", "copy paste"],
    "file_organization": ["file organization", "document management", "filing"],
    "bookkeeping": ["bookkeeping", "invoicing", "accounts payable", "accounts receivable", "quickbooks", "xero"],
    "travel_booking": ["travel arrangements", "book flights", "travel booking", "itinerary"],
    "personal_errands": ["personal assistant", "executive assistant", "errands"],
    "social_media": ["social media", "instagram", "community management"],
    "content_writing": ["content writing", "copywriting", "blog posts", "proofreading"],
    "website_updates": ["wordpress", "website updates", "cms"],
    "graphic_design": ["graphic design", "canva", "photoshop"],
    "research": ["internet research", "market research", "competitor analysis"],
    "lead_generation": ["lead generation", "prospecting", "list building"],
    "crm_admin": ["hubspot", "salesforce", "pipedrive", "crm"],
    "ecommerce_support": ["ecommerce", "e-commerce", "shopify", "order processing", "product listings"],
    "project_management": ["project management", "project coordinator", "asana", "trello"],
    "transcription": ["transcription", "transcribe", "subtitles"],
    "general_admin": ["virtual assistant", "administrative assistant", "admin support", "office assistant"],
}
_PATTERNS = {
    tag: re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")
    for tag, phrases in PHRASES.items()
}
THRESHOLD = 1.0


@dataclass(frozen=True)
class TagResult:
    tags: list[str]
    scores: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    va_relevance: float = 0.0
    va_relevant: bool = False


def tag(posting: PostingItem) -> TagResult:
    title, body = fold(posting.title), fold(posting.description)
    scores: dict[str, float] = {}
    evidence: dict[str, str] = {}
    for name, pattern in _PATTERNS.items():
        score = 0.0
        for weight, text in ((2.0, title), (1.0, body)):
            matches = pattern.findall(text)
            if matches:
                score += weight * min(len(matches), 3)
                evidence.setdefault(name, matches[0])
        if score >= THRESHOLD:
            scores[name] = score
    tags = sorted(scores, key=lambda t: (-scores[t], t))
    relevance = min(1.0, sum(scores.values()) / 4.0)
    return TagResult(tags, scores, evidence, round(relevance, 3), bool(tags))
