"""The statistical text model: binary idf-weighted word 1–2-grams, length-normalised, and linear weights, from JSON.

Words are the runs of letters (``text.letter_words``, the tokens the rules
read too). A text's features are its distinct words and its distinct
bigrams; each known one adds its ``idf · weight`` (one number per n-gram in
``model.json``), and the sum is divided by
``default_idf · √(distinct words + bigram positions)`` — an L2 norm with
every n-gram at the idf of the rarest, which needs no look-up of the unknown
ones (training uses exactly this featurisation, see ``train.py``; out of fold
it scores like the exact L2 norm). Plus the intercept and the Platt scaling
``(a, b)`` fitted on out-of-fold decisions: ``decide`` is the model's
log-odds that the folded, cleaned text is a fake posting.

Speed: a bigram is the pair ``(word, next word)`` — a tuple, not a joined
string (half the cost of featurising a long text). Coding bigrams as
integers ``id₁ · K + id₂`` was tried and is slower: two int allocations per
position cost more than hashing the tuple. What costs most is the cache:
20,000 kept n-grams score like all 71,000 and assess 25 % faster. A text's
known n-grams are kept as the model's own numbers for them (``Features.known``):
weighing them then indexes a list, where looking each up again by its words
cost as much as finding them (a text's tuple is compared with the model's
string by string).
"""
from __future__ import annotations

import json
import math
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby, pairwise
from operator import itemgetter
from pathlib import Path
from typing import Union

from pipeline.legitimacy.text import ITEM_MARK, LINK_WORD, MAIL_WORD, letter_words

ARTEFACT = Path(__file__).with_name("model.json")
_WORD = re.compile(r"[^\W\d_]{2,}|0")
Gram = Union[str, tuple[str, str]]


def ngrams(folded_text: str, tokens: list[str] | None = None, unigrams: set[str] | None = None) -> set[Gram]:
    """Distinct word unigrams and bigrams (training and tests; ``assess`` uses ``TextModel.featurise``)."""
    if tokens is None:
        tokens = letter_words(folded_text)
    grams: set[Gram] = set(tokens) if unigrams is None else set(unigrams)
    grams.update(pairwise(tokens))
    return grams


def norm_size(n_tokens: int, n_distinct: int, n_extra: int = 0) -> int:
    """What the length norm counts: distinct words, bigram positions and extra tokens."""
    return n_distinct + max(0, n_tokens - 1) + n_extra


def first_words(text: str, n: int | None) -> str:
    """``text`` cut to its first ``n`` whitespace-separated words (all of it for ``None``), an item's mark where a
    bullet opened it (``text.ITEM_MARK``) not counted: a text cut so holds as many words whatever its list's marks."""
    if n is None:
        return text
    words = text.split()
    if ITEM_MARK in words:
        words = [w for w in words if w != ITEM_MARK]
    return " ".join(words[:n])


def gram_text(gram: Gram) -> str:
    return gram if isinstance(gram, str) else " ".join(gram)


def _gram(text: str) -> Gram:
    return tuple(text.split(" ")) if " " in text else text  # type: ignore[return-value]


def location_tokens(location: str | None) -> set[str]:
    """The posting's place as separate tokens (``@loc:us``, ``@loc:tx`` …), up to three parts."""
    if not location:
        return set()
    parts = _WORD.findall(location.casefold().replace(",", " "))[:3]
    return {"@loc:" + w for w in parts}


# Words that say nothing alone: "clerk we", "and provide", "of monthly" are not evidence a seeker can read.
_PLACEHOLDERS = frozenset((LINK_WORD, MAIL_WORD))  # a link, an address: not words a seeker can read as evidence
_FUNCTION_WORDS = frozenset(
    "a an and any are as at be been by can do for from has have in is it its more no not of on or our than that "
    "the this to under we will with you your".split())


def _readable(gram: Gram) -> bool:
    if isinstance(gram, str):
        return gram[0] != "@" and gram not in _FUNCTION_WORDS and gram not in _PLACEHOLDERS
    return _FUNCTION_WORDS.isdisjoint(gram) and _PLACEHOLDERS.isdisjoint(gram)


def _written(words: list[str], text: str) -> str | None:
    """The first place in ``text`` where ``words`` stand next to each other as whole words, with only spaces or
    hyphens between ("part-time", "e-mail"; not "assistant (part", nor "b services" in "b2b services"), as written
    there (joined by one space wherever the text writes them so); ``None`` when nowhere."""
    spaced = " ".join(words)  # most often as written: one space between (a fast scan, no pattern)
    at = text.find(spaced)
    while at >= 0:
        end = at + len(spaced)
        if (not at or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            return spaced
        at = text.find(spaced, at + 1)
    if "-" not in text:
        return None
    for m in _phrase_pattern(tuple(words)).finditer(text):
        if not m.start() or not _word_char(text[m.start() - 1]):
            return m.group(0)
    return None


@lru_cache(maxsize=8192)
def _phrase_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """``words`` joined by spaces or hyphens, not followed by a word character; starting with a literal, so the
    engine skips ahead to it (the word boundary before it is checked by ``_written``). Cached: the same pairs of
    the model's recur, and compiling one costs more than assessing a posting."""
    return re.compile(r"[\s-]+".join(map(re.escape, words)) + r"(?!\w)")


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass
class Features:
    """A text as the model reads it: the numbers (``TextModel.grams`` index) of its distinct words (and extra
    tokens) and distinct bigrams that the model knows — the others weigh nothing — and the norm count of all of
    them."""

    known: set[int]
    size: int


@dataclass
class TextModel:
    weights: dict[Gram, float]  # idf · weight per kept n-gram
    default_idf: float
    intercept: float
    platt: tuple[float, float]
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # n-gram i (from 1: 0 is falsy, and ``featurise`` filters the unknown ``None`` out by truth) is grams[i]
        self.grams: list[Gram | None] = [None, *self.weights]
        # the weights as new float objects made one after the other, so adjacent in memory (``decide`` reads a
        # few hundred of them per text; the JSON parser's are scattered among its strings)
        self._weight = array("d", [0.0, *self.weights.values()]).tolist()
        number = {g: i for i, g in enumerate(self.grams) if i}
        # one string object per word in the look-up tables, the bigrams' words shared with the unigrams': a
        # fifth of the objects a look-up may touch, so more of them stay in the CPU's cache
        word: dict[str, str] = {}
        self._uni = {word.setdefault(g, g): i for g, i in number.items() if isinstance(g, str)}
        self._bi = {(word.setdefault(g[0], g[0]), word.setdefault(g[1], g[1])): i
                    for g, i in number.items() if not isinstance(g, str)}
        self._uni_known = frozenset(self._uni)
        # for ``explain``: the n-grams that push towards fraud and mean something to a reader on their own
        self._positive = frozenset(i for g, i in number.items() if self.weights[g] > 0 and _readable(g))

    def featurise(self, tokens: list[str], unigrams: set[str] | None = None,
                  extra: set[str] | None = None) -> Features:
        """``tokens``: the text's ``letter_words``; ``unigrams``: their set, when the caller has it.

        C-level passes only: the known words by a set intersection, the known bigrams by a ``dict.get`` per
        position (for bigrams cheaper than building their set first)."""
        uni = set(tokens) if unigrams is None else unigrams
        n_distinct = len(uni)
        n_extra = len(extra - uni) if extra else 0
        words = uni.intersection(self._uni_known)  # (iterates the smaller set, and its entries' hashes are kept)
        if n_extra:
            words |= extra & self._uni_known  # type: ignore[operator]
        known = set(map(self._uni.__getitem__, words))
        known.update(filter(None, map(self._bi.get, zip(tokens, tokens[1:]))))  # (``zip`` reuses its tuple)
        return Features(known, norm_size(len(tokens), n_distinct, n_extra))

    def decide(self, f: Features) -> float:
        """Calibrated log-odds of fraud: the weights of the known n-grams, length-normalised.

        Summed exactly (``math.fsum``): the known n-grams are a set, whose order follows the order its numbers were
        added in, which follows the string hashes of the text's words and so differs between processes; a plain
        ``sum`` then differed in its last bits, and so did ``Assessment.exact_score``, by which evaluations rank."""
        s = math.fsum(map(self._weight.__getitem__, f.known))
        a, b = self.platt
        return a * (self.intercept + s / self.norm(f.size)) + b

    def norm(self, size: int) -> float:
        """The length norm of a text whose ``norm_size`` is ``size``."""
        return self.default_idf * math.sqrt(size) or 1.0

    def decision(self, folded_text: str, extra: set[str] | None = None) -> float:
        """``decide`` on a folded, cleaned text."""
        return self.decide(self.featurise(letter_words(folded_text), extra=extra))

    def explain(self, f: Features, text: str, limit: int = 5) -> list[tuple[str, float]]:
        """The ``limit`` n-grams that pushed the decision most towards fraud (ties by text), with their share of it, as
        a reader of ``text`` (what the model read) can follow them: a word pair only where its words stand side by
        side in ``text``, and as written there ("part-time"; never "assistant part" out of "Assistant
        (Part-time)"); pairs that chain in ``text`` as one phrase ("apply using below link", not "below link, using
        below, apply using"); a word not again beside a phrase that holds it ("administrative assistant", not also
        "administrative")."""
        pushing = list(self._positive.intersection(f.known))
        by_weight = sorted(zip(map(self._weight.__getitem__, pushing), pushing), reverse=True)
        return self._readable_top(self._ties_by_text(by_weight), text, self.norm(f.size), limit)

    def _ties_by_text(self, by_weight: list[tuple[float, int]]) -> Iterator[tuple[float, int]]:
        """``by_weight`` (heaviest first) with equal weights in the order of their n-grams' text."""
        for _, run in groupby(by_weight, key=itemgetter(0)):
            tied = list(run)
            yield from tied if len(tied) == 1 else sorted(tied, key=lambda wi: gram_text(self.grams[wi[1]]))

    def _readable_top(self, ranked: Iterator[tuple[float, int]], text: str, norm: float,
                      limit: int) -> list[tuple[str, float]]:
        shown: list[tuple[list[str], float]] = []  # words of each phrase shown, and its share
        in_phrases: set[str] = set()
        for w, i in ranked:
            gram = self.grams[i]
            if isinstance(gram, str):
                if gram not in in_phrases:
                    shown.append(([gram], w / norm))
            elif _written(list(gram), text) is not None:
                for k, (words, share) in enumerate(shown):  # "apply using" + "using below" + "below link": one phrase
                    longer = ([*words, gram[1]] if words[-1] == gram[0] else [gram[0], *words] if words[0] == gram[1]
                              else None)
                    if len(words) > 1 and longer is not None and _written(longer, text) is not None:
                        shown[k] = (longer, share + w / norm)
                        break
                else:
                    shown.append((list(gram), w / norm))
                shown = [(words, share) for words, share in shown if len(words) > 1 or words[0] not in gram]
                in_phrases.update(gram)
            if len(shown) == limit:
                break
        return [(" ".join(words) if len(words) == 1 else _written(words, text) or " ".join(words), share)
                for words, share in shown]

    @classmethod
    def from_dict(cls, d: dict) -> TextModel:
        return cls({_gram(t): v for t, v in d["weights"].items()}, d["default_idf"], d["intercept"],
                   tuple(d["platt"]), d.get("meta", {}))

    def to_dict(self) -> dict:
        # rounded, so retraining reproduces the file byte for byte (solver noise sits in the last digits)
        weights = {gram_text(t): float(f"{self.weights[t]:.4g}") for t in sorted(self.weights, key=gram_text)}
        return {"default_idf": round(self.default_idf, 6), "intercept": round(self.intercept, 6),
                "platt": [round(v, 6) for v in self.platt], "meta": self.meta, "weights": weights}


@lru_cache(maxsize=1)
def load(path: str | None = None) -> TextModel | None:
    """The committed artefact; ``None`` (rules only) when it is missing."""
    p = Path(path) if path else ARTEFACT
    if not p.exists():
        return None
    return TextModel.from_dict(json.loads(p.read_text(encoding="utf-8")))
