"""The verified check every candidate pair goes through, in the pipeline and in ``vagigs eval``.

Two postings are one gig when

1. they name the same page (``same_id``), or
2. nothing in their fields contradicts it (below) and either their exact content
   hashes match (``exact``) or their word shingles overlap enough (``near:<score>``).

A contradiction is what separates a *template* from a *repost*: a different
company, a different city, different pay figures or a different role title.
Reposts keep all four; templates change one of them while the body stays the
same, which is exactly what fools a text-only similarity (JobFunnel's rule).
Fields that are empty on either side never contradict anything, so a Telegram
post without a company can still match a board posting.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from pipeline.dedupe import signature, text

NEAR_THRESHOLD = 0.5      # shingle similarity a candidate needs (see ``similarity``)
TITLE_THRESHOLD = 0.85    # title stem overlap below which two titles are two roles
DESC_CHARS = 1500         # compare the first 1500 characters of a description (see ``features``)
STEM = 5                  # a word's first letters: Russian and Persian endings vary

_TITLE_NOISE = {s[:STEM] for s in (
    "remote", "remotely", "udalenno", "udalyonno", "udalennaya", "udalennyi", "udalyonnaya",
    "masofaviy", "masofadan", "دورکاری", "urgent", "urgently", "srochno", "hiring", "needed",
    "wanted", "vacancy", "vakansiya", "kerak", "job", "new", "استخدام", "فوری", "full", "time",
    "fulltime", "worldwide", "anywhere", "the", "a", "an", "for", "and", "or", "of", "in",
    "to", "at", "va", "v", "i", "و", "در", "با", "s", "na", "looking", "seeking", "we", "are", "is",
    "opportunity", "position", "role", "trebuetsya", "ishem", "nujen", "nujna", "نیازمند", "ish",
    "ishga", "taklif", "bo'sh", "o'rin", "lavozim", "vakansiyasi", "hot", "apply", "now",
)}
_LEGAL = {
    "ooo", "oao", "zao", "pao", "ao", "ip", "mchj", "xk", "ak", "llc", "inc", "ltd", "co", "corp",
    "corporation", "company", "group", "gmbh", "plc", "limited", "the", "شرکت", "گروه", "of", "and",
}
_PLACE_NOISE = {
    "remote", "worldwide", "anywhere", "world", "global", "globally", "in", "the", "only", "of",
    "and", "or", "any", "location", "locations", "timezone", "timezones", "time", "zone", "zones",
    "utc", "gmt", "cet", "est", "pst", "friendly", "based", "hybrid", "office", "udalenno",
    "دورکاری", "ish", "joyi", "gorod", "g", "shahri", "viloyati", "oblast", "region",
}
_PLACE_ALIASES = [
    (re.compile(r"\bunited states( of america)?\b|\bu\.s\.a?\.?|\busa\b|\bamerica\b"), " us "),
    (re.compile(r"\bunited kingdom\b|\buk\b|\bbritain\b|\bengland\b"), " gb "),
    (re.compile(r"\btoshkent\b"), " tashkent "),
    (re.compile(r"\bsamarqand\b"), " samarkand "),
    (re.compile(r"\bbux[oa]r[oa]\b|\bbukhara\b"), " bukhara "),
    (re.compile(r"\bfarg'ona\b|\bfergana\b|\bferghana\b"), " fergana "),
    (re.compile(r"\bandij[oa]n\b"), " andijan "),
    (re.compile(r"\bo'zbekiston\b|\buzbekistan\b"), " uzbekistan "),
    (re.compile(r"\bmoskva\b|\bmoscow\b"), " moscow "),
    (re.compile(r"\bsankt peterburg\b|\bsaint petersburg\b|\bst\.? petersburg\b"), " petersburg "),
    (re.compile(r"تهران|\btehran\b"), " tehran "),
    (re.compile(r"اصفهان|\bisfahan\b|\besfahan\b"), " isfahan "),
    (re.compile(r"شیراز|\bshiraz\b"), " shiraz "),
    (re.compile(r"مشهد|\bmashhad\b"), " mashhad "),
    (re.compile(r"تبریز|\btabriz\b"), " tabriz "),
    (re.compile(r"کرج|\bkaraj\b"), " karaj "),
    (re.compile(r"ایران|\biran\b"), " iran "),
    (re.compile(r"\brossiya\b|\brussia\b"), " russia "),
]
_THOUSANDS = re.compile(r"(?<=\d)[\s,.'’](?=\d{3}\b)")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(k|к|тыс|ming|mln|млн|million)?\b")


@dataclass
class Features:
    """What verification needs of one posting, computed once.

    The shingles (the costly part: folding the description) are computed on first
    use, so a candidate that a field already rules out never has its text folded."""

    url_key: str | None
    content_hash: str | None
    title: frozenset[str]
    company: frozenset[str]
    places: frozenset[str]
    pay: frozenset[float]
    head_words: list[str]
    description_head: str
    keys: list[int] = field(default_factory=list)
    _shingles: np.ndarray | None = None

    @property
    def shingles(self) -> np.ndarray:
        if self._shingles is None:
            words = text.tokens(text.fold(self.description_head))
            if self.description_head.endswith("\x00") and words:
                words.pop()  # the head was cut inside the description: its last word may be split
            self._shingles = signature.shingles(self.head_words + words)
            self.description_head = ""
        return self._shingles


def _stems(words: list[str], noise: set[str] = frozenset()) -> frozenset[str]:  # type: ignore[assignment]
    return frozenset(w[:STEM] for w in words if w[:STEM] not in noise)


def _places(location: str | None) -> frozenset[str]:
    folded = text.fold(location).replace("-", " ")
    for pattern, repl in _PLACE_ALIASES:
        folded = pattern.sub(repl, folded)
    return frozenset(w for w in text.words(folded) if w not in _PLACE_NOISE and not w.isdigit())


def _pay(salary: str | None) -> frozenset[float]:
    folded = _THOUSANDS.sub("", text.fold(salary))
    found = set()
    for number, scale in _NUMBER.findall(folded):
        value = float(number) * (1000 if scale in ("k", "к", "тыс", "ming") else
                                 1_000_000 if scale in ("mln", "млн", "million") else 1)
        if value >= 10:
            found.add(value)
    return frozenset(found)


def features(posting: dict[str, Any]) -> Features:
    """Features of a posting given as a dict with any of title, company, description, url,
    location and salary_raw (or salary)."""
    title_words, company_words = (text.tokens(text.fold(posting.get(k))) for k in ("title", "company"))
    description = posting.get("description") or ""
    chash = posting.get("content_hash")
    if not chash:  # the crawl stage stores it; compute it (over the whole text) only when missing
        chash = text.hash_key("\x1f".join((" ".join(title_words), " ".join(company_words),
                                            text.clean(text.fold(description)))))
    # Shingles come from the head of the description: reposts and cross-posts keep it, it
    # carries the ad's own words before the boilerplate, and it bounds the cost per posting.
    head = description[:DESC_CHARS] + ("\x00" if len(description) > DESC_CHARS else "")
    return Features(
        url_key=text.url_key(posting.get("url")),
        content_hash=chash,
        title=_stems(title_words, _TITLE_NOISE),
        company=_stems(company_words, _LEGAL),
        places=_places(posting.get("location")),
        pay=_pay(posting.get("salary_raw") or posting.get("salary")),
        head_words=title_words + company_words,
        description_head=head,
    )


def _bloom(items: frozenset[Any]) -> int:
    bits = 0
    for item in items:
        bits |= 1 << (zlib.crc32(str(item).encode("utf-8")) % 62)
    return bits


def field_digest(f: Features) -> tuple[int, int, int, int]:
    """Four small integers that let ``clearly_apart`` rule a pair out without its texts:
    64-bit Bloom masks of the company stems and of the places, a hash of the pay figures
    and a hash of the page (0 when the field is empty)."""
    pay = zlib.crc32(repr(sorted(f.pay)).encode()) | 1 if f.pay else 0
    page = zlib.crc32(f.url_key.encode("utf-8")) | 1 if f.url_key else 0
    return _bloom(f.company), _bloom(f.places), pay, page


def clearly_apart(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """True only when ``conflict`` would surely find a company, place or pay conflict (and the
    pages differ): disjoint Bloom masks mean disjoint sets. Never true for a pair ``verify``
    accepts, so it is a safe filter before the costly check."""
    if a[3] and a[3] == b[3]:
        return False
    if a[0] and b[0] and not (a[0] & b[0]):
        return True
    if (a[1] & ~b[1]) and (b[1] & ~a[1]):
        return True
    return bool(a[2] and b[2] and a[2] != b[2])


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if (a or b) else 1.0


def similarity(a: Features, b: Features) -> float:
    """Overlap of the two shingle sets: Jaccard, or containment of the shorter text in the
    longer one when it is at least a quarter of its length (a snippet against the full ad)."""
    if not len(a.shingles) or not len(b.shingles):
        return 0.0
    inter = len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))
    small, large = sorted((len(a.shingles), len(b.shingles)))
    jaccard = inter / (small + large - inter)
    containment = inter / small if small >= 0.25 * large and small >= 8 else 0.0
    return max(jaccard, containment * 0.9)


def conflict(a: Features, b: Features) -> str | None:
    """The field that says these are two gigs, or None."""
    if a.company and b.company and not (a.company & b.company):
        return "company"
    if a.places - b.places and b.places - a.places:
        # each names a place the other does not: another city (Omaha vs Chicago, US);
        # a narrower or a missing place ("Tashkent" vs "Tashkent, Uzbekistan" or "") is no conflict
        return "location"
    if a.pay and b.pay and a.pay != b.pay:
        return "salary"
    if _other_role(a, b):
        return "title"
    return None


@dataclass(frozen=True)
class Verdict:
    duplicate: bool
    reason: str            # same_id | exact | near:<score> | not:<field> | not:text
    score: float


def _other_role(a: Features, b: Features) -> bool:
    return bool(a.title and b.title and _jaccard(a.title, b.title) < TITLE_THRESHOLD)


def verify(a: Features, b: Features) -> Verdict:
    # One page is one gig whatever else differs (a mirror's other city field), unless it names another role:
    # a careers page listing several JobPostings without links of their own gives each the page's URL.
    if a.url_key and a.url_key == b.url_key and not _other_role(a, b):
        return Verdict(True, "same_id", 1.0)
    clash = conflict(a, b)
    if clash:
        return Verdict(False, f"not:{clash}", 0.0)
    if a.content_hash and a.content_hash == b.content_hash:
        return Verdict(True, "exact", 1.0)
    score = similarity(a, b)
    if score >= NEAR_THRESHOLD:
        return Verdict(True, f"near:{score:.2f}", score)
    return Verdict(False, "not:text", score)


def candidate_keys(f: Features, band_row: np.ndarray | None) -> list[int]:
    """Every LSH key of a posting (see ``signature``)."""
    keys = []
    if f.url_key:
        keys.append(signature.string_key("u", f.url_key))
    if f.content_hash:
        keys.append(signature.string_key("h", f.content_hash))
    if f.title and f.company:
        keys.append(signature.string_key("t", " ".join(sorted(f.title)) + "|" + " ".join(sorted(f.company))))
    if band_row is not None and len(f.shingles):
        keys.extend(int(k) for k in band_row)
    return keys


def with_keys(feats: list[Features]) -> list[Features]:
    """Fill ``keys`` for a batch (one vectorised MinHash for all of them)."""
    bands = signature.band_keys(signature.minhash_batch([f.shingles for f in feats]))
    for f, row in zip(feats, bands):
        f.keys = candidate_keys(f, row)
    return feats


def decide_pair(a: dict[str, Any], b: dict[str, Any]) -> Verdict:
    """The pipeline's decision on two postings: candidates by a shared key, then ``verify``."""
    fa, fb = with_keys([features(a), features(b)])
    if not set(fa.keys) & set(fb.keys):
        return Verdict(False, "not:candidate", 0.0)
    return verify(fa, fb)
