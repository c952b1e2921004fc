"""The item every spider yields.

Its fields are exactly the columns of ``store.models.Posting`` (minus the
database id); ``tests/store/test_schema.py`` fails if the two drift apart.
Spiders fill what the source publishes, as published (``description_html`` raw,
``posted_at_raw`` as a string, ``expires_at`` as the source writes the closing
date, ``salary_raw`` as text, ``payload`` the source's own record as JSON); the
pipeline stages fill the rest (normalize turns ``expires_at`` into an aware UTC
datetime, or empties it when it is no date or comes before ``posted_at``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class PostingItem:
    source: str
    source_id: str
    url: str | None = None
    apply_url: str | None = None
    title: str | None = None
    company: str | None = None
    description: str | None = None
    description_html: str | None = None
    location: str | None = None
    remote: bool | None = None
    remote_scope: str | None = None
    allowed_regions: list[str] | None = None
    employment_type: str | None = None
    salary_raw: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None
    salary_gross: bool | None = None
    salary_negotiable: bool | None = None
    posted_at_raw: str | None = None
    posted_at: datetime | None = None
    expires_at: datetime | str | None = None  # when the posting closes; the source's text until normalize
    fetched_at: datetime | None = None
    first_seen_at: datetime | None = None
    last_seen_at: datetime | None = None
    language: str | None = None
    language_script: str | None = None
    language_confidence: float | None = None
    languages_other: list[str] | None = None
    tags: list[str] = field(default_factory=list)
    tag_scores: dict[str, Any] | None = None
    va_relevance: float | None = None
    va_relevant: bool | None = None
    legitimacy_score: int | None = None
    legitimacy_verdict: str | None = None
    legitimacy_reasons: list[dict[str, Any]] | None = None
    tags_version: str | None = None
    legitimacy_version: str | None = None
    cluster_id: int | None = None
    cluster_reason: str | None = None
    is_representative: bool | None = None
    content_hash: str | None = None
    text_hash: str | None = None
    payload_hash: str | None = None
    payload: str | None = None
    crawl_run_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
