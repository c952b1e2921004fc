"""Phrase matching for task tags on folded text: tokens, inflections, negation, boilerplate.

The taxonomy (``taxonomy.json``) lists phrases per tag and language. Every
phrase is folded with ``pipeline.textnorm.fold`` exactly like posting text
(Uzbek and Russian Cyrillic become Latin, Persian letter forms and ZWNJ are
unified), then split into word tokens. A phrase word matches a text token

* exactly, or with an inflectional ending: English ``s/es/'s``; Russian and
  Uzbek words of four letters or more take up to 4 (Russian) or 7 (Uzbek)
  trailing letters (case endings, ``-lar``, ``-ni``, ``-ga`` …); Persian words
  take the plural/ezafe/indefinite suffixes (ها، های، ی، ان، ات …);
* or, when written with a trailing ``*``, as a stem with any ending;
* and only exactly when written with a trailing ``=`` (Russian words whose
  Latin fold would otherwise swallow English words: статьи → "stati").

A leading ``~`` marks a weak phrase (a hint, weight 0.3). Matching walks the
tokens once and looks each token's prefixes up in a dict keyed by the first
phrase word, so the cost grows with the text, not with the taxonomy.

Speed: text is never folded as a whole. It is split into sentences and word
tokens first (C-speed regexes), each distinct raw token is folded once and
cached with the phrases its fold can start, and only tokens that can start a
phrase are looked at further. The fold of a token equals that token's part of
``fold(text)``: tokens are maximal letter runs, so the context rules of the
Uzbek transliteration (word-initial е → ye) see the same neighbours.

Negation: a hit is dropped when a negation cue stands in the same clause just
before it ("not looking for a virtual assistant", "no data entry", "без
продаж", "بدون") or right after it (Uzbek "emas", Persian "نیست/نمی").
Boilerplate: sentences about the company, the benefits, equal opportunity or
how to apply, and sections under such headings, count for little.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.textnorm import fold

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.json")

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_CYR = re.compile("[\u0400-\u04ff]")

WEAK = 0.3
# Maximum extra letters an inflected token may carry, per language of the phrase.
_MAX_EXTRA = {"en": 3, "ru": 4, "uz": 7, "fa": 4}
_STEM_EXTRA = 12
_EN_SUFFIXES = ("s", "es", "'s", "'")
_FA_SUFFIXES = ("ها", "های", "هایی", "ی", "ای", "ان", "ات", "یی", "هاى", "شان", "مان")

# Negation cues, folded (Russian/Uzbek Cyrillic are matched through their Latin fold).
NEG_BEFORE = {
    "not", "no", "never", "without", "isn't", "aren't", "don't", "doesn't", "won't", "nor", "non",
    "ne", "bez", "net",  # Russian не, без, нет
    "بدون", "نه", "غیر",
    "emas", "yo'q",
}
NEG_AFTER = {"emas", "yo'q", "نیست", "نمیباشد", "نمی", "نداریم", "ندارد", "talab qilinmaydi"}
NEG_WINDOW = 5

# Sentences about the employer, the benefits, EEO or how to apply (lowercase substrings;
# ASCII ones must stand as whole words).
BOILER_CUES = (
    "equal opportunit", "equal employment", "eeo", "without regard to", "regardless of",
    "reasonable accommodation", "accommodations", "background check", "we offer", "benefits", "perks",
    "health insurance", "dental", "401(k)", "401k", "paid time off", "pto", "parental leave", "about us",
    "about the company", "who we are", "our mission", "our story", "why join", "how to apply", "to apply",
    "please mention the word", "privacy policy", "privacy notice", "мы предлагаем", "условия работы",
    "преимущества", "о компании", "biz taklif qilamiz", "kompaniya haqida", "imtiyozlar",
    "مزایا", "درباره ما", "درباره شرکت", "بیمه تکمیلی", "امکانات رفاهی",
)
# A short line starting with one of these opens a boilerplate section ...
SECTION_CUES = (
    "about us", "about the company", "who we are", "benefits", "perks", "what we offer", "why join",
    "why work", "our culture", "our values", "our company", "equal opportunity", "compensation and benefits",
    "мы предлагаем", "условия", "о компании", "о нас", "biz taklif qilamiz", "مزایا", "درباره ما", "درباره شرکت",
)
# ... which a line starting with one of these (or any short line ending in ":") closes.
DUTY_CUES = (
    "responsibilities", "requirements", "what you", "qualifications", "the role", "about the role",
    "key responsibilities", "duties", "you will", "обязанности", "требования", "задачи", "شرح وظایف",
    "وظایف", "شرایط احراز", "mas'uliyat", "talablar", "vazifalar",
)
BOILER_WEIGHT = 0.25


@dataclass(frozen=True)
class Phrase:
    tag: str
    words: tuple[tuple[str, int, str], ...]  # (word, max extra letters, lang)
    weight: float  # in the description
    title_weight: float  # in the title ("^" phrases are strong only there)
    text: str


@dataclass
class Hit:
    tag: str
    weight: float
    evidence: str  # the matched words as written (after invisible joiners are dropped)
    in_title: bool
    boiler: bool


def load_taxonomy(path: Path = TAXONOMY_PATH) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _compile_phrase(tag: str, raw: str, lang: str) -> Phrase | None:
    weight, title_weight = 1.0, 1.0
    if raw.startswith("~"):
        weight, title_weight, raw = WEAK, WEAK, raw[1:]
    elif raw.startswith("^"):
        weight, raw = WEAK, raw[1:]
    out: list[tuple[str, int, str]] = []
    for raw_word in raw.split():
        stem = raw_word.endswith("*")
        exact = raw_word.endswith("=")
        parts = _TOKEN.findall(fold(raw_word.rstrip("*=")))
        # Latin words in the Russian list (brands, loans) inflect like English.
        wlang = "en" if lang == "ru" and not _CYR.search(raw_word) else lang
        for k, w in enumerate(parts):
            if stem and k == len(parts) - 1:
                extra = _STEM_EXTRA
            elif exact:
                extra = 0
            elif wlang in ("ru", "uz") and len(w) >= 4:
                extra = _MAX_EXTRA[lang]
            elif wlang == "fa" and len(w) >= 3:
                extra = -1  # Persian suffix list
            elif wlang == "en":
                extra = -2  # English suffix list
            else:
                extra = 0
            out.append((w, extra, lang))
    if not out:
        return None
    return Phrase(tag, tuple(out), weight, title_weight, raw)


_TEXT_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[.;:!?,()•|–—\n]")
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[.;:!?,()|\n]")
_BREAKS = frozenset(".;:!?,()•|–—\n")
_INVISIBLE = re.compile("[\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u0640]")
_APOSTROPHE = re.compile("[\u2018\u2019\u02bb\u02bc\u02b9`\u00b4\u2032]")


def prepare(text: str | None) -> str:
    """Lowercase, drop invisible joiners (ZWNJ …) and unify apostrophes, as ``fold`` does, before tokenizing."""
    if not text:
        return ""
    if text.isascii():
        return text.replace("`", "'").lower() if "`" in text else text.lower()
    return _APOSTROPHE.sub("'", _INVISIBLE.sub("", text)).lower()


class Matcher:
    """All phrases of a taxonomy, indexed by their first word."""

    def __init__(self, taxonomy: dict):
        self.version: str = taxonomy.get("version", "0")
        self.tags: list[str] = list(taxonomy["tags"])
        self.index: dict[str, list[Phrase]] = {}
        seen: set[tuple] = set()
        for tag, spec in taxonomy["tags"].items():
            for lang, phrases in spec.get("phrases", {}).items():
                for raw in phrases:
                    p = _compile_phrase(tag, raw, lang)
                    if p is None:
                        continue
                    key = (tag, tuple((w, e) for w, e, _ in p.words))
                    if key in seen:
                        continue
                    seen.add(key)
                    self.index.setdefault(p.words[0][0], []).append(p)
        # raw token -> its fold (a tuple: a fold may, rarely, be several tokens)
        self._folded: dict[str, tuple[str, ...]] = {}
        # raw tokens whose fold can start a phrase -> those phrases
        self._starts: dict[str, tuple[Phrase, ...]] = {}
        # (in_title, raw tokens from a phrase start) -> the phrases found there
        self._ngram_cache: dict[tuple, tuple[tuple[str, int, float], ...]] = {}
        self._max_words = max((len(p.words) for ps in self.index.values() for p in ps), default=1)

    @staticmethod
    def _accepts(token: str, word: str, extra: int) -> bool:
        if token == word:
            return True
        if not token.startswith(word):
            return False
        rest = token[len(word):]
        if extra == -2:
            return rest in _EN_SUFFIXES
        if extra == -1:
            return rest in _FA_SUFFIXES
        return len(rest) <= extra

    def _candidates(self, token: str) -> tuple[Phrase, ...]:
        """Phrases whose first word accepts the folded ``token``."""
        out: list[Phrase] = []
        for n in range(len(token), 0, -1):
            for p in self.index.get(token[:n], ()):
                w, extra, _ = p.words[0]
                if self._accepts(token, w, extra):
                    out.append(p)
            if len(token) - n >= _STEM_EXTRA:
                break
        return tuple(out)

    def _learn(self, raw_tokens: set[str]) -> None:
        for raw in raw_tokens:
            folded = tuple(_TOKEN.findall(fold(raw))) or ("",)
            self._folded[raw] = folded
            cands = self._candidates(folded[0])
            if cands:
                self._starts[raw] = cands
        if len(self._folded) > 500_000:  # a pathological stream of unique tokens: start over
            self._folded.clear()
            self._starts.clear()

    def fold_tokens(self, text: str) -> list[str]:
        """The folded word tokens of ``text`` (used for the model's title words)."""
        text = prepare(text)
        tokenize = _ASCII_TOKEN.findall if text.isascii() else _TEXT_TOKEN.findall
        toks = [t for t in tokenize(text) if t not in _BREAKS]
        new = set(toks).difference(self._folded)
        if new:
            self._learn(new)
        return [f for t in toks for f in self._folded[t]]

    def match(self, text: str | None, *, in_title: bool) -> list[Hit]:
        """Every non-negated phrase hit in ``text``; the longest hit per token and tag wins."""
        text = prepare(text)
        if not text:
            return []
        hits: list[Hit] = []
        tokenize = _ASCII_TOKEN.findall if text.isascii() else _TEXT_TOKEN.findall
        for sentence, boiler in ([(text, False)] if in_title else _chunks(text)):
            toks = tokenize(sentence)
            new = set(toks).difference(self._folded)
            if new:
                self._learn(new)
            starts = self._starts
            positions = [i for i, t in enumerate(toks) if t in starts]
            if not positions:
                continue
            self._match_sentence(toks, positions, in_title, boiler, hits)
        return hits

    def _best_at(self, key: tuple[str, ...], in_title: bool) -> tuple[tuple[str, int, float], ...]:
        """Longest (then strongest) phrase per tag starting at ``key[0]`` and fitting ``key``."""
        folded = self._folded
        best: dict[str, tuple[int, float]] = {}
        for p in self._starts[key[0]]:
            k = len(p.words)
            if k > len(key):
                continue
            if k > 1 and not all(self._accepts(folded[key[j]][0], w, extra)
                                 for j, (w, extra, _) in enumerate(p.words[1:], 1)):
                continue
            weight = p.title_weight if in_title else p.weight
            prev = best.get(p.tag)
            if prev is None or (k, weight) > prev:
                best[p.tag] = (k, weight)
        return tuple((t, k, w) for t, (k, w) in best.items())

    def _match_sentence(self, toks: list[str], positions: list[int], in_title: bool, boiler: bool,
                        hits: list[Hit]) -> None:
        folded = self._folded
        cache = self._ngram_cache
        n = len(toks)
        span = self._max_words
        covered: dict[str, int] = {}
        for i in positions:
            end = i + 1
            while end < n and end - i < span and toks[end] not in _BREAKS:
                end += 1
            key = (in_title, *toks[i:end])
            found = cache.get(key)
            if found is None:
                found = self._best_at(key[1:], in_title)
                if len(cache) > 300_000:
                    cache.clear()
                cache[key] = found
            for tag, k, weight in found:
                if covered.get(tag, -1) >= i:
                    continue
                covered[tag] = i + k - 1
                if _negated(toks, folded, i, i + k - 1):
                    continue
                hits.append(Hit(tag, weight, " ".join(toks[i:i + k]), in_title, boiler))


def _negated(toks: list[str], folded: dict[str, tuple[str, ...]], first: int, last: int) -> bool:
    seen = 0
    j = first - 1
    while j >= 0 and seen < NEG_WINDOW:
        t = toks[j]
        if t in _BREAKS:
            break
        if folded[t][0] in NEG_BEFORE:
            return True
        seen += 1
        j -= 1
    for j in range(last + 1, min(len(toks), last + 3)):
        t = toks[j]
        if t in _BREAKS:
            break
        if folded[t][0] in NEG_AFTER:
            return True
    return False


def _bounded(low: str, start: int, end: int) -> bool:
    before = low[start - 1] if start else " "
    after = low[end] if end < len(low) else " "
    return not before.isalnum() and not after.isalnum()


def _boiler_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of boilerplate sentences and sections (substring search, no regex scan)."""
    low = text  # already lowercased by prepare()
    spans: list[tuple[int, int]] = []
    n = len(low)
    for cue in BOILER_CUES:
        start = low.find(cue)
        ascii_cue = cue.isascii()
        while start != -1:
            end = start + len(cue)
            if not ascii_cue or _bounded(low, start, end):
                a = max(low.rfind("\n", 0, start), low.rfind(". ", 0, start) + 1)
                b1, b2 = low.find("\n", end), low.find(". ", end)
                b = min(x for x in (b1, b2, n) if x != -1)
                # a flattened posting is one long "sentence": keep the span near the cue
                spans.append((max(a + 1 if a >= 0 else 0, start - 150), min(b, end + 250)))
            start = low.find(cue, end)
    if "\n" in low and any(c in low for c in SECTION_CUES):
        pos, opened = 0, -1
        for line in low.split("\n"):
            s = line.strip(" -*•#\t")
            if s and len(s) < 60:
                if s.startswith(SECTION_CUES):
                    if opened < 0:
                        opened = pos
                elif opened >= 0 and (s.startswith(DUTY_CUES) or (s.endswith(":") and len(s) < 50)):
                    spans.append((opened, pos))
                    opened = -1
            pos += len(line) + 1
        if opened >= 0:
            spans.append((opened, n))
    return spans


def _chunks(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (chunk, is_boilerplate) pieces, in order."""
    spans = _boiler_spans(text)
    if not spans:
        return [(text, False)]
    spans.sort()
    out: list[tuple[str, bool]] = []
    pos = 0
    cur_a, cur_b = spans[0]
    merged = []
    for a, b in spans[1:]:
        if a <= cur_b:
            cur_b = max(cur_b, b)
        else:
            merged.append((cur_a, cur_b))
            cur_a, cur_b = a, b
    merged.append((cur_a, cur_b))
    for a, b in merged:
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], True))
        pos = b
    if pos < len(text):
        out.append((text[pos:], False))
    return out


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher(load_taxonomy())
