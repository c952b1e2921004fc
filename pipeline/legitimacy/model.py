"""The statistical text model: binary idf-weighted word 1–2-grams (length-normalised) and linear weights, from JSON.

Words are the runs of letters (``text.letter_words``, the tokens the rules
read too); a unigram is the word, a bigram the pair ``(word, next word)`` — a
tuple, not a joined string, which halves the cost of featurising a long text
(``"a b"`` in ``model.json``, split back on load).

No scikit-learn at run time: the artefact ``model.json`` holds, for the kept
n-grams only, ``[idf, weight]``; a text's vector is divided by
``default_idf · √(number of distinct n-grams)``, kept or not — an L2 norm
with every n-gram at the idf of the rarest, so scoring is one look-up per
n-gram (training uses exactly this featurisation, see ``train.py``; out of
fold it scores like the exact L2 norm). Plus the intercept and the Platt
scaling ``(a, b)`` fitted on out-of-fold decisions. ``decision(text)`` is the model's
log-odds that the folded, cleaned text is a fake posting.
"""
from __future__ import annotations

import heapq
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Union

from pipeline.legitimacy.text import letter_words

ARTEFACT = Path(__file__).with_name("model.json")
_WORD = re.compile(r"[^\W\d_]{2,}|0")
Gram = Union[str, tuple[str, str]]


def ngrams(folded_text: str, tokens: list[str] | None = None, unigrams: set[str] | None = None) -> set[Gram]:
    """Distinct word unigrams and bigrams; ``tokens`` (and their set ``unigrams``) when the caller has them."""
    if tokens is None:
        tokens = letter_words(folded_text)
    grams: set[Gram] = set(tokens) if unigrams is None else set(unigrams)
    grams.update(zip(tokens, tokens[1:]))
    return grams


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


def features(grams: set[Gram], idf: dict[Gram, float], default_idf: float) -> tuple[dict[Gram, float], float]:
    """Binary idf values of the kept n-grams, and the length normaliser ``default_idf · √(number of n-grams)``
    (every n-gram counts, kept or not)."""
    values = {t: idf[t] for t in grams if t in idf}
    return values, default_idf * math.sqrt(len(grams)) or 1.0


@dataclass
class TextModel:
    idf: dict[Gram, float]
    weight: dict[Gram, float]
    default_idf: float
    intercept: float
    platt: tuple[float, float]
    meta: dict

    def __post_init__(self) -> None:
        self._wi = {t: self.weight[t] * self.idf[t] for t in self.idf}
        self._positive = frozenset(t for t, v in self._wi.items() if v > 0 and t[0] != "@")  # for ``explain``

    def _norm(self, n: int) -> float:
        return self.default_idf * math.sqrt(n) or 1.0

    def decision(self, folded_text: str, explain: bool = False,
                 extra: set[str] | None = None) -> tuple[float, list[tuple[str, float]]]:
        """Calibrated log-odds of fraud, and (``explain``) the n-grams that pushed it most towards fraud."""
        grams = ngrams(folded_text)
        return self.decide(grams, extra), self.explain(grams, extra) if explain else []

    def decide(self, grams: set[Gram], extra: set[str] | None = None) -> float:
        """``decision`` from the text's n-grams (``ngrams``), so a caller can reuse them for ``explain``.

        One dict look-up per n-gram (unknown ones give 0): the norm needs only their number."""
        wi = self._wi.get
        s = sum(map(wi, grams, repeat(0.0)))
        n = len(grams)
        if extra:
            new = extra - grams
            s += sum(map(wi, new, repeat(0.0)))
            n += len(new)
        a, b = self.platt
        return a * (self.intercept + s / self._norm(n)) + b

    def explain(self, grams: set[Gram], extra: set[str] | None = None) -> list[tuple[str, float]]:
        """The five n-grams that pushed the decision most towards fraud, with their share of it (ties by text)."""
        if extra:
            grams = grams | extra
        norm = self._norm(len(grams))
        wi = self._wi
        pushing = list(grams & self._positive)
        if len(pushing) > 5:  # the top five by weight, and any weight within rounding of the fifth
            weights = list(map(wi.__getitem__, pushing))
            floor = heapq.nlargest(5, weights)[-1] * (1 - 1e-9)
            pushing = [t for t, w in zip(pushing, weights) if w >= floor]
        return sorted(((gram_text(t), wi[t] / norm) for t in pushing), key=lambda kv: (-kv[1], kv[0]))[:5]

    @classmethod
    def from_dict(cls, d: dict) -> TextModel:
        idf = {_gram(t): v[0] for t, v in d["vocab"].items()}
        weight = {_gram(t): v[1] for t, v in d["vocab"].items()}
        return cls(idf, weight, d["default_idf"], d["intercept"], tuple(d["platt"]), d.get("meta", {}))

    def to_dict(self) -> dict:
        vocab = {gram_text(t): [round(self.idf[t], 4), round(self.weight[t], 5)] for t in sorted(self.idf, key=gram_text)}
        # rounded, so retraining reproduces the file byte for byte (solver noise sits in the last digits)
        return {"default_idf": round(self.default_idf, 6), "intercept": round(self.intercept, 6),
                "platt": [round(v, 6) for v in self.platt],
                "meta": self.meta, "vocab": vocab}


@lru_cache(maxsize=1)
def load(path: str | None = None) -> TextModel | None:
    """The committed artefact; ``None`` (rules only) when it is missing."""
    p = Path(path) if path else ARTEFACT
    if not p.exists():
        return None
    return TextModel.from_dict(json.loads(p.read_text(encoding="utf-8")))
