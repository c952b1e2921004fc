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

Two facts are read from the text, and only for a pair the rest would accept (each
costs a parse): the pay the descriptions state when neither posting has pay
fields ("Pay: $5 per hour" against "Pay: $8 per hour"; a fee the seeker is asked
to pay is none), and, for a short post, its contact (``@shop_one``, a phone number,
an e-mail): a short post says little but who to write to, so another contact is
another employer. A longer post that differs only in its contact is a repost.

``compatible`` is the same test without the text: what a posting must pass against
every member of a cluster to join it (``cluster``), so that a posting that states
no pay or place cannot link gigs that do.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from crawlers import fees
from pipeline.dedupe import signature, text
from pipeline.pay import PAY_WORDS, parse_salary

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
# "٬": the Arabic thousands separator; "،": the Persian keyboard's comma, typed for it ("۵،۰۰۰،۰۰۰")
_THOUSANDS = re.compile(r"(?<=\d)[\s,.'’٬،](?=\d{3}\b)")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(k|к|тыс|ming|هزار|mln|млн|million|میلیون|ملیون)?(?!\w)")
_THOUSAND_WORDS = ("k", "к", "тыс", "ming", "هزار")
_MILLION_WORDS = ("mln", "млн", "million", "میلیون", "ملیون")
_PAY_WORD = re.compile(PAY_WORDS)
PAY_WINDOW = 200        # characters after a pay word read for its amount ("Pay: $5 per hour")
SHORT_POST = 25         # words of title and description up to which a post is short (see ``_contact_apart``)
_HANDLE = re.compile(r"(?<![\w.@])@([a-z][a-z0-9_]{3,31})|t\.me/([a-z][a-z0-9_]{3,31})")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+\d[\d ()-]{7,16}\d|(?<![\d.,])\d{9,12}(?![\d.,])")  # "+998 90 111-22-33", "0912345678"


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
    description: str = ""                          # the whole text, for the facts read from it on demand
    _shingles: np.ndarray | None = None
    _told_pay: frozenset[float] | None = None
    _contacts: frozenset[str] | None = None
    _short: bool | None = None

    @property
    def shingles(self) -> np.ndarray:
        if self._shingles is None:
            words = text.tokens(text.fold(self.description_head))
            if self.description_head.endswith("\x00") and words:
                words.pop()  # the head was cut inside the description: its last word may be split
            self._shingles = signature.shingles(self.head_words + words)
            self.description_head = ""
        return self._shingles

    @property
    def any_pay(self) -> frozenset[float]:
        """The pay fields' figures, else those the description states (``_told_pay``). A description's pay is
        compared only with another description's: a board's pay fields often disagree with the text it
        publishes ("40000-100000 USD/year" over "$40-108k"; an hourly rate over a yearly range)."""
        if self.pay:
            return self.pay
        if self._told_pay is None:
            self._told_pay = _told_pay(self.description)
        return self._told_pay

    @property
    def contacts(self) -> frozenset[str]:
        """The @handles, phone numbers and e-mail addresses in the text."""
        if self._contacts is None:
            self._contacts = _contacts(self.description)
        return self._contacts

    @property
    def short(self) -> bool:
        if self._short is None:  # (a text longer than this many characters is never so few words)
            self._short = (len(self.description) <= 40 * SHORT_POST
                           and len(self.head_words) + len(text.words(self.description)) <= SHORT_POST)
        return self._short


def _stems(words: list[str], noise: set[str] = frozenset()) -> frozenset[str]:  # type: ignore[assignment]
    return frozenset(w[:STEM] for w in words if w[:STEM] not in noise)


def _places(location: str | None) -> frozenset[str]:
    folded = text.fold(location).replace("-", " ")
    for pattern, repl in _PLACE_ALIASES:
        folded = pattern.sub(repl, folded)
    return frozenset(w for w in text.words(folded) if w not in _PLACE_NOISE and not w.isdigit())


def _pay(posting: dict[str, Any]) -> frozenset[float]:
    """The figures of a posting's pay fields. The bounds ``pipeline.pay`` parsed at normalize (``salary_min``,
    ``salary_max``) where the posting carries them (a stored row, a crawled item), else the same parse of the pay
    text (a pair given as text, ``vagigs eval``): one reading, so a toman figure is compared in rials on both
    sides. A pay text ``pipeline.pay`` reads no amount in (it names no currency: "Maosh: 5 000 000") gives its
    figures (``_figures``)."""
    raw = posting.get("salary_raw") or posting.get("salary")
    if "salary_min" in posting or "salary_max" in posting:
        bounds = (posting.get("salary_min"), posting.get("salary_max"))
    elif raw:
        parsed = parse_salary(raw)
        bounds = (parsed.minimum, parsed.maximum)
    else:
        return frozenset()
    return frozenset(float(v) for v in bounds if v is not None) or _figures(raw)


def _figures(salary: str | None) -> frozenset[float]:
    """The figures of a pay text, scaled by their word ("5 mln", "۵ میلیون"); below 10 they count hours or days."""
    folded = _THOUSANDS.sub("", text.fold(salary))
    found = set()
    for number, scale in _NUMBER.findall(folded):
        value = float(number) * (1000 if scale in _THOUSAND_WORDS else 1_000_000 if scale in _MILLION_WORDS else 1)
        if value >= 10:
            found.add(value)
    return frozenset(found)


def _told_pay(description: str) -> frozenset[float]:
    """The pay a description states after a pay word, as ``pipeline.pay`` reads it ("Pay: $5 per hour", "Maosh:
    5 mln so'm"): the first of its first five pay words that is followed by an amount. A fee is no pay
    (``crawlers.fees``): a pay word in a sentence that asks the seeker to pay is passed over ("You pay a $50
    registration fee"), and what follows a pay word is read up to such a sentence ("Maosh: kelishiladi.
    Ro'yxatdan o'tish uchun 85 000 so'm to'lov" states no pay)."""
    low = description.lower()
    for n, m in enumerate(_PAY_WORD.finditer(low)):
        if n == 5:
            break
        if fees.asks_a_fee_at(description, m.start()):
            continue
        end = low.find("\n", m.start(), m.start() + PAY_WINDOW)
        parsed = parse_salary(fees.before_a_fee(description[m.start():end if end >= 0 else m.start() + PAY_WINDOW]))
        found = frozenset(float(v) for v in (parsed.minimum, parsed.maximum) if v is not None)
        if found:
            return found
    return frozenset()


def _contacts(description: str) -> frozenset[str]:
    folded = text.fold(description)
    found = {h or t for h, t in _HANDLE.findall(folded)} | set(_EMAIL.findall(folded))
    found |= {digits[-9:] for digits in (re.sub(r"\D", "", p) for p in _PHONE.findall(folded)) if len(digits) >= 9}
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
        pay=_pay(posting),
        head_words=title_words + company_words,
        description_head=head,
        description=description,
    )


def facts(f: Features) -> Features:
    """``f`` without its text, the facts read from the text kept: what ``compatible`` needs of a cluster member,
    small enough to hold for every clustered posting of a rebuild."""
    return Features(f.url_key, None, f.title, f.company, f.places, f.pay, [], "", _shingles=np.zeros(0, np.uint64),
                    _told_pay=f.any_pay, _contacts=f.contacts if f.short else frozenset(), _short=f.short)


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


def _contact_apart(a: Features, b: Features) -> bool:
    """Short posts with no contact in common: two employers with one generic line ("Sotuvchi kerak. Oylik
    yaxshi." and another @handle)."""
    return a.short and b.short and bool(a.contacts) and bool(b.contacts) and not a.contacts & b.contacts


def told_conflict(a: Features, b: Features) -> str | None:
    """The fact read from the text that says these are two gigs (pay a description states, a short post's
    contact), or None. Read only for pairs nothing else keeps apart: each costs a parse."""
    if not a.pay and not b.pay and a.any_pay and b.any_pay and a.any_pay != b.any_pay:
        return "salary"
    if _contact_apart(a, b):
        return "contact"
    return None


def same_page(a: Features, b: Features) -> bool:
    """One page is one gig whatever else differs (a mirror's other city field), unless it names another role:
    a careers page listing several JobPostings without links of their own gives each the page's URL."""
    return bool(a.url_key and a.url_key == b.url_key and not _other_role(a, b))


def compatible(a: Features, b: Features) -> bool:
    """Whether two postings may share a cluster: nothing that tells gigs apart (company, place, pay, role,
    contact) says they are two. Their texts need not be alike: each joined the cluster through one member."""
    return same_page(a, b) or (conflict(a, b) is None and told_conflict(a, b) is None)


def verify(a: Features, b: Features) -> Verdict:
    if same_page(a, b):
        return Verdict(True, "same_id", 1.0)
    clash = conflict(a, b)
    if clash:
        return Verdict(False, f"not:{clash}", 0.0)
    if a.content_hash and a.content_hash == b.content_hash:
        verdict = Verdict(True, "exact", 1.0)
    else:
        score = similarity(a, b)
        if score < NEAR_THRESHOLD:
            return Verdict(False, "not:text", score)
        verdict = Verdict(True, f"near:{score:.2f}", score)
    told = told_conflict(a, b)
    return Verdict(False, f"not:{told}", 0.0) if told else verdict


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
