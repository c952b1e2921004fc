"""langdetect's n-gram model, scored deterministically and fast.

langdetect's ``Detector`` samples random n-grams over up to 7 trials (about 330
short texts a second, and it has no Uzbek, Kazakh, Kyrgyz, Tajik or Azerbaijani).
Here the same model — langdetect's 1-3-gram profiles, with our real-text profiles
from ``profiles/`` (see ``build_profiles``) merged in — is scored as plain naive
Bayes over *every* n-gram of the text, against only the languages written in the
text's script. Grams are case-folded and spelt as the profiles spell them
(Uzbek apostrophes as ʻ, Persian ی as langdetect's ي). One matrix row per gram,
one column per candidate language, so a text costs one dict lookup per gram and
one numpy sum.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import add
from pathlib import Path

import numpy as np
from langdetect.utils.ngram import NGram

PROFILES = Path(__file__).parent / "profiles"
STOCK = Path(NGram.__module__ and __import__("langdetect").__file__).parent / "profiles"

# Candidates per script. "uz" is Uzbek Latin, "uz-cyrl" Uzbek Cyrillic.
CANDIDATES = {
    "Latn": ("en", "uz", "tr", "az", "fr", "de", "es", "it", "pt", "nl", "id", "pl", "ro", "sv", "so", "sw", "tl"),
    "Cyrl": ("uz-cyrl", "ru", "uk", "bg", "mk", "kk", "ky", "tg"),
    "Arab": ("fa", "ar", "ur"),
}
FLOOR = 1e-6  # probability of a gram a language never showed (langdetect's alpha, in spirit)
STOCK_WEIGHT = 0.5  # share of langdetect's Wikipedia profile when we also have a catalogue profile

_NON_LETTER = re.compile(r"[^\w\u02bb]|[\d_]+")
_SPELL = str.maketrans({"'": "\u02bb", "\u2018": "\u02bb", "\u2019": "\u02bb", "\u02bc": "\u02bb", "`": "\u02bb",
                        "\u00b4": "\u02bb", "\u06cc": "\u064a", "\u0649": "\u064a"})


def _relative(path: Path) -> dict[str, float]:
    data = json.loads(path.read_text(encoding="utf-8"))
    n_words = data["n_words"]
    rel: dict[str, float] = {}
    for gram, count in data["freq"].items():
        total = n_words[len(gram) - 1]
        if total > 0:
            key = gram.casefold()
            rel[key] = rel.get(key, 0.0) + count / total
    return rel


def profile_files() -> tuple[Path, ...]:
    """Every file ``profile`` reads for a candidate, langdetect's and ours, whether it exists or not (one added
    changes the model as one edited does)."""
    return tuple(path for labels in CANDIDATES.values() for name in labels
                 for path in (STOCK / name, PROFILES / f"{name}.json"))


def profile(name: str) -> dict[str, float]:
    """Relative gram frequencies: langdetect's profile and ours, averaged when both exist."""
    stock = STOCK / name
    ours = PROFILES / f"{name}.json"
    parts = [(_relative(stock), STOCK_WEIGHT)] if stock.exists() else []
    if ours.exists():
        parts.append((_relative(ours), 1.0 - STOCK_WEIGHT if parts else 1.0))
    if not parts:
        raise FileNotFoundError(f"no n-gram profile for {name!r}")
    total = sum(w for _, w in parts)
    merged: dict[str, float] = {}
    for rel, weight in parts:
        for gram, p in rel.items():
            merged[gram] = merged.get(gram, 0.0) + p * weight / total
    return merged


@dataclass
class ScriptModel:
    langs: tuple[str, ...]
    index: dict[str, int]
    logp: np.ndarray  # (grams + 1, langs); the last row is the floor

    def score(self, text: str, allowed: tuple[str, ...] | None = None) -> tuple[dict[str, float], int]:
        """Mean log-probability per gram for each candidate (higher is likelier), and the
        number of grams; ({}, 0) when the text has no letters."""
        grams = text_grams(text)
        if not grams:
            return {}, 0
        rows = list(map(self.index.get, grams, repeat(len(self.index))))
        sums = self.logp[rows].sum(axis=0) / len(rows)
        if allowed is None:
            return dict(zip(self.langs, sums.tolist())), len(rows)
        col = self.column
        return {lang: float(sums[col[lang]]) for lang in allowed if lang in col}, len(rows)

    def __post_init__(self) -> None:
        self.column = {lang: i for i, lang in enumerate(self.langs)}


def text_grams(text: str) -> list[str]:
    """The 1-, 2- and 3-grams of each word, padded with spaces as langdetect does.

    Built over the whole text at once with C-level ``map``; the 3-grams that straddle
    two words ("a b") are in no profile and add the same floor to every language."""
    words = _NON_LETTER.sub(" ", text.translate(_SPELL).casefold()).split()
    if not words:
        return []
    s = " " + " ".join(words) + " "
    bigrams = list(map(add, s[:-1], s[1:]))
    grams = list(s.replace(" ", ""))
    grams += bigrams
    grams += map(add, bigrams[:-1], s[2:])
    return grams


@lru_cache(maxsize=None)
def model(script: str) -> ScriptModel:
    langs = CANDIDATES[script]
    profiles = [profile(lang) for lang in langs]
    vocab = sorted(set().union(*profiles))
    index = {g: i for i, g in enumerate(vocab)}
    logp = np.full((len(vocab) + 1, len(langs)), math.log(FLOOR), dtype=np.float32)
    for j, prof in enumerate(profiles):
        rows = [index[g] for g in prof]
        logp[rows, j] = np.log(np.maximum(np.fromiter(prof.values(), dtype=np.float64), FLOOR))
    return ScriptModel(langs, index, logp)
