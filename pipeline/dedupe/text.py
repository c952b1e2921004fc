"""Normalising posting text for dedupe: the exact key, the word stream and field keys.

``content_key``/``content_hash`` are layer 2 (exact duplicates). They fold text with
``pipeline.textnorm.fold`` and drop URLs, hashtags, emoji and punctuation.

``textnorm.fold`` transliterates Uzbek Cyrillic a distinct word at a time, with two
regular expressions and one ``str.translate``: what lets a rebuild fold a million
postings in minutes.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from crawlers.urls import is_tracking, plain_host
from pipeline.textnorm import fold

_URL = re.compile(r"https?://\S+|www\.\S+")
_HASHTAG = re.compile(r"#[\w_]+")
_NON_WORD = re.compile(r"[^\w']+", re.UNICODE)

_WORD = re.compile(r"[\w']+")


def tokens(folded: str) -> list[str]:
    """The words of folded text: URLs, hashtags, emoji, punctuation and ``_`` dropped."""
    if "http" in folded or "www." in folded:
        folded = _URL.sub(" ", folded)
    if "#" in folded:
        folded = _HASHTAG.sub(" ", folded)
    if "_" in folded:
        folded = folded.replace("_", " ")
    return _WORD.findall(folded)


def clean(folded: str) -> str:
    """Folded text without URLs, hashtags, emoji and punctuation, single-spaced."""
    return " ".join(tokens(folded))


def words(text: str | None) -> list[str]:
    """The folded words of ``text``: no URLs, hashtags, emoji or punctuation."""
    return clean(fold(text)).split()


# ---------------------------------------------------------------- layer 2: exact key

def content_key(title: str | None, company: str | None, description: str | None) -> str:
    return "\x1f".join(clean(fold(value)) for value in (title, company, description))


def content_hash(title: str | None, company: str | None, description: str | None) -> str | None:
    """SHA-256 of the folded title, company/poster and description; None when all are empty."""
    key = content_key(title, company, description)
    return hash_key(key)


def hash_key(key: str) -> str | None:
    if not key.replace("\x1f", "").strip():
        return None
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def text_hash(title: str | None, description: str | None) -> str | None:
    """``content_hash`` without the company: the same ad text under any company name."""
    return content_hash(title, None, description)


# ---------------------------------------------------------------- layer 1½: the same page

_HH_HOST = re.compile(r"(^|\.)(hh\.(ru|uz|kz)|headhunter\.(ge|kg)|rabota\.by)$")


def url_key(url: str | None) -> str | None:
    """The page a URL names: scheme, ``www.``, tracking parameters, fragment and trailing
    slash dropped; every hh.ru mirror (hh.uz, tashkent.hh.uz, ...) is one host."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = plain_host(parts.netloc).removeprefix("www.")
    if not host:
        return None
    if _HH_HOST.search(host):
        host = "hh"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not is_tracking(k))
    path = parts.path.rstrip("/") or "/"
    return f"{host}{path}" + (f"?{urlencode(query)}" if query else "")
