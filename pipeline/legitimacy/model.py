"""The statistical text model: binary idf-weighted word 1–2-grams (L2-normalised) and linear weights, from JSON.

No scikit-learn at run time: the artefact ``model.json`` holds, for the kept
n-grams only, ``[idf, weight]``; every other n-gram still counts in the
length normalisation with ``default_idf`` (training uses exactly this
featurisation, see ``train.py``), plus the intercept and the Platt scaling
``(a, b)`` fitted on out-of-fold decisions. ``decision(text)`` is the model's
log-odds that the folded, cleaned text is a fake posting.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

ARTEFACT = Path(__file__).with_name("model.json")
_WORD = re.compile(r"[^\W\d_]{2,}|0")
_DIGITS = re.compile(r"\d+")


def ngrams(folded_text: str) -> set[str]:
    """Distinct word unigrams and bigrams (every number is the token ``0``)."""
    words = _WORD.findall(_DIGITS.sub("0", folded_text))
    grams = set(words)
    grams.update(map(" ".join, zip(words, words[1:])))
    return grams


def location_tokens(location: str | None) -> set[str]:
    """The posting's place as separate tokens (``@loc:us``, ``@loc:tx`` …), up to three parts."""
    if not location:
        return set()
    parts = _WORD.findall(location.casefold().replace(",", " "))[:3]
    return {"@loc:" + w for w in parts}


def features(grams: set[str], idf: dict[str, float], default_idf: float) -> tuple[dict[str, float], float]:
    """Binary idf values of the kept n-grams, and the L2 norm over all n-grams (unkept ones at ``default_idf``)."""
    values = {t: idf[t] for t in grams if t in idf}
    sq = sum(v * v for v in values.values()) + (len(grams) - len(values)) * default_idf * default_idf
    return values, math.sqrt(sq) or 1.0


@dataclass
class TextModel:
    idf: dict[str, float]
    weight: dict[str, float]
    default_idf: float
    intercept: float
    platt: tuple[float, float]
    meta: dict

    def __post_init__(self) -> None:
        self._wi = {t: self.weight[t] * self.idf[t] for t in self.idf}
        self._vocab = frozenset(self.idf)
        self._positive = frozenset(t for t, v in self._wi.items() if v > 0 and t[0] != "@")  # for ``explain``
        # one lookup per known n-gram gives both sums: real = weight·idf, imag = idf²
        self._packed = {t: complex(self._wi[t], v * v) for t, v in self.idf.items()}

    def _sums(self, grams: set[str]) -> tuple[int, complex]:
        """(number of known n-grams, Σ weight·idf + i·Σ idf² over them), summed in the known set's order."""
        known = grams & self._vocab  # C-level; unknown n-grams only count in the norm
        return len(known), sum(map(self._packed.__getitem__, known), 0j)

    def decision(self, folded_text: str, explain: bool = False,
                 extra: set[str] | None = None) -> tuple[float, list[tuple[str, float]]]:
        """Calibrated log-odds of fraud, and (``explain``) the n-grams that pushed it most towards fraud."""
        grams = ngrams(folded_text)
        return self.decide(grams, extra)[0], self.explain(grams, extra) if explain else []

    def decide(self, grams: set[str], extra: set[str] | None = None) -> tuple[float, tuple[int, complex]]:
        """``decision`` from the text's n-grams (``ngrams``), so a caller can reuse them for ``explain``;
        also the sums over ``grams`` alone (without ``extra``), which ``explain(grams, sums=…)`` reuses."""
        k, s = sums = self._sums(grams)
        n = len(grams)
        if extra:
            new = extra - grams
            ke, se = self._sums(new)
            k, s, n = k + ke, s + se, n + len(new)
        d2 = self.default_idf * self.default_idf
        norm = math.sqrt(s.imag + (n - k) * d2) or 1.0
        raw = self.intercept + s.real / norm
        a, b = self.platt
        return a * raw + b, sums

    def explain(self, grams: set[str], extra: set[str] | None = None,
                sums: tuple[int, complex] | None = None) -> list[tuple[str, float]]:
        """The five n-grams that pushed the decision most towards fraud, with their share of it (ties by text)."""
        if extra:
            grams = grams | extra
            sums = None
        k, s = sums or self._sums(grams)
        norm = math.sqrt(s.imag + (len(grams) - k) * self.default_idf * self.default_idf) or 1.0
        wi = self._wi
        pushing = sorted(grams & self._positive, key=wi.__getitem__, reverse=True)
        if len(pushing) > 5:  # the top five by weight, and any weight within rounding of the fifth
            floor = wi[pushing[4]] * (1 - 1e-9)
            pushing = [t for t in pushing if wi[t] >= floor]
        return sorted(((t, wi[t] / norm) for t in pushing), key=lambda kv: (-kv[1], kv[0]))[:5]

    @classmethod
    def from_dict(cls, d: dict) -> TextModel:
        idf = {t: v[0] for t, v in d["vocab"].items()}
        weight = {t: v[1] for t, v in d["vocab"].items()}
        return cls(idf, weight, d["default_idf"], d["intercept"], tuple(d["platt"]), d.get("meta", {}))

    def to_dict(self) -> dict:
        vocab = {t: [round(self.idf[t], 4), round(self.weight[t], 5)] for t in sorted(self.idf)}
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
