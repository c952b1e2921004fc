"""Language, baseline: langdetect over title and description, plus the script by letters.

This is the foundation's honest baseline: langdetect has no Uzbek profile, so
Uzbek comes back as a neighbour language. A later stage version combines real
Uzbek profiles with faster detectors; the ``detect`` contract stays.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0  # langdetect is random without a seed
MIN_LETTERS = 3
MAX_CHARS = 1000  # langdetect's cost grows with length; the opening says enough


@dataclass(frozen=True)
class Detection:
    lang: str
    script: str | None
    confidence: float
    others: list[str] = field(default_factory=list)


_SCRIPTS = {
    "Latn": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "Cyrl": re.compile(r"[\u0400-\u04ff]"),
    "Arab": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
}


def script_of(text: str) -> str | None:
    """The script most letters of ``text`` are written in."""
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else None


def detect(text: str | None) -> Detection:
    text = (text or "").strip()
    letters = len(re.findall(r"[^\W\d_]", text))
    script = script_of(text)
    if letters < MIN_LETTERS:
        return Detection("und", script, 0.0)
    try:
        ranked = detect_langs(text[:MAX_CHARS])
    except LangDetectException:
        return Detection("und", script, 0.0)
    best = ranked[0]
    others = [r.lang for r in ranked[1:] if r.prob >= 0.2]
    return Detection(best.lang, script, round(float(best.prob), 3), others)
