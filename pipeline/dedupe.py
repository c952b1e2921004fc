"""Dedupe, exact layer: one content hash per posting text.

``content_hash`` folds title, company and description (see ``textnorm.fold``),
drops emoji, hashtags, URLs and punctuation, and hashes what is left, so the
same ad reposted with another emoji line or in the other Uzbek script gets the
same hash. The Scrapy wrapper looks the hash and the canonical URL up in the
store and puts the posting into the earlier posting's cluster. Nothing is ever
dropped for being a duplicate.
"""
from __future__ import annotations

import hashlib
import re

from pipeline.textnorm import fold

_URL = re.compile(r"https?://\S+|www\.\S+")
_HASHTAG = re.compile(r"#[\w_]+")
_NON_WORD = re.compile(r"[^\w']+", re.UNICODE)


def content_key(title: str | None, company: str | None, description: str | None) -> str:
    parts = []
    for value in (title, company, description):
        text = fold(value)
        text = _HASHTAG.sub(" ", _URL.sub(" ", text))
        text = _NON_WORD.sub(" ", text).replace("_", " ")
        parts.append(" ".join(text.split()))
    return "\x1f".join(parts)


def content_hash(title: str | None, company: str | None, description: str | None) -> str | None:
    key = content_key(title, company, description)
    if not key.replace("\x1f", "").strip():
        return None
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
