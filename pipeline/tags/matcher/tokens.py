"""A text's words and break marks as the matcher reads them, and the clause and sentence around a word.

A text is prepared as ``pipeline.textnorm.fold`` prepares it (lower case, invisible joiners dropped, apostrophes
unified: ``prepare``), then cut into word tokens and break marks, each word folded on its own. Cue words are folded
alike (``_fold_cues``), and read also as a matcher spells a text's words (``_words_read``: on a Russian keyboard,
without apostrophes).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from pipeline.textnorm import fold

# Words; a run of Arabic-script letters and a run of other letters are separate words even
# when glued ("CRMروحیه" in flattened Jobinja text).
# Arabic-script letters and marks; not its punctuation (، ؛ ؟ ٪ ۔ …) nor its digits, so "تلفنی،" is the word
# "تلفنی" and a comma, as "phone," is in Latin script.
_AR = "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_TOKEN = re.compile(rf"[{_AR}]+|[^\W_{_AR}]+(?:['’][^\W_{_AR}]+)*", re.UNICODE)
_CYR = re.compile("[\u0400-\u04ff]")
_AR_WORD = re.compile(rf"[{_AR}]+")
_VOWELS = "aeiou"
_DASHES = frozenset("–—")
_CLAUSE_ENDS = frozenset((".", "!", "?", "\n", ";", "؛"))
_BREAK_CHARS = ".;:!?,()•|–—\n،؛؟"  # sentence and clause breaks, Latin and Persian
_TEXT_TOKEN = re.compile(rf"[{_AR}]+|[^\W_{_AR}]+(?:'[^\W_{_AR}]+)*|[{re.escape(_BREAK_CHARS)}]")
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[.;:!?,()|\n]")
_SENTENCE_BREAKS = ("\n", ".", "!", "?")
_NEWLINE = "\u00b6"  # a line break, as a whitespace-separated chunk
_NEWLINE_SPACED = " \u00b6 "
BREAKS = frozenset(_BREAK_CHARS)  # sentence and clause breaks as tokens: where a phrase, a negation or an owner stops
_EDGE = ".,;:!?()[]«»\"'“”‘’•–—-*،؛؟ "  # punctuation around a span's first and last word
_INVISIBLE = re.compile("[\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u0640]")
_APOSTROPHE = re.compile("[\u2018\u2019\u02bb\u02bc\u02b9`\u00b4\u2032]")


# 1C, the accounting program, written with a Cyrillic С («1С га киритиш», «внесение в 1С»): read as its Latin name
# "1C", as Uzbek Latin and many Russian posts write it ("1C ga kiritish", «в 1C»), not as the Latin fold "1s"
_ONE_C = re.compile(r"(?<!\w)1с")


def one_c(text: str) -> str:
    """``text`` (lower-cased) with 1C written in Latin letters wherever its С is Cyrillic (``_ONE_C``)."""
    return _ONE_C.sub("1c", text) if "1с" in text else text


def prepare(text: str | None) -> str:
    """Lowercase, drop invisible joiners (ZWNJ …) and unify apostrophes, as ``fold`` does, before tokenizing; 1C
    written with a Cyrillic С in Latin letters (``one_c``)."""
    if not text:
        return ""
    if text.isascii():
        return text.replace("`", "'").lower() if "`" in text else text.lower()
    text = one_c(_APOSTROPHE.sub("'", _INVISIBLE.sub("", text)).lower())
    # Russian "эл. почта" (e-mail): that dot is no sentence break (text here is one whitespace-separated chunk)
    return "эл " + text[3:] if text.startswith("эл.") else text


def _find_run(toks: list[str], want: list[str]) -> int:
    """The index of the first run of ``want`` in ``toks``, or -1."""
    at = -1
    try:
        while True:
            at = toks.index(want[0], at + 1)
            if toks[at:at + len(want)] == want:
                return at
    except ValueError:
        return -1


def _sentence_end(toks: list[str], at: int) -> int:
    """The index of the first sentence break after ``at``, else ``len(toks)``."""
    end = len(toks)
    for mark in _SENTENCE_BREAKS:
        try:
            end = toks.index(mark, at, end)
        except ValueError:
            pass
    return end


def _start_after(toks: list[str], at: int, reach: int, breaks: Collection[str]) -> int:
    """The start of the stretch holding ``at``: after the nearest of ``breaks`` before it, but at most ``reach``
    tokens back."""
    stop = max(at - reach, 0)
    for j in range(at - 1, stop - 1, -1):
        if toks[j] in breaks:
            return j + 1
    return stop


def _clause_start(toks: list[str], at: int, reach: int) -> int:
    """The start of the clause holding ``at`` (after any break mark), but at most ``reach`` tokens back."""
    return _start_after(toks, at, reach, BREAKS)


def _sentence_start(toks: list[str], at: int, reach: int) -> int:
    """The start of the sentence holding ``at``, but at most ``reach`` tokens back."""
    return _start_after(toks, at, reach, _SENTENCE_BREAKS)


def _clause_end(toks: list[str], at: int, reach: int) -> int:
    """The index of the first break mark from ``at`` on, but at most ``reach`` tokens on."""
    stop = min(len(toks), at + reach)
    for j in range(at, stop):
        if toks[j] in BREAKS:
            return j
    return stop


def _starts_with(toks: list[str], i: int, cues: tuple[tuple[str, ...], ...]) -> bool:
    for cue in cues:
        if toks[i:i + len(cue)] == list(cue):
            return True
    return False


def _fold_cues(cues: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w for part in cue for w in _TOKEN.findall(fold(part))) for cue in cues)


def _cues_read(cues: tuple[tuple[str, ...], ...],
               spell: Callable[[str], str] | None) -> tuple[tuple[str, ...], ...]:
    """``cues``; with ``spell``, also each so spelt (``russian_keyboard_spelling``, ``apostrophe_free``)."""
    if spell is None:
        return cues
    typed = (tuple(map(spell, cue)) for cue in cues)
    return cues + tuple(t for t, cue in zip(typed, cues) if t != cue)


def _words_read(words: Iterable[str], spell: Callable[[str], str] | None) -> frozenset[str]:
    """``words``; with ``spell``, also each so spelt (``russian_keyboard_spelling``, ``apostrophe_free``)."""
    read = frozenset(words)
    return read | frozenset(map(spell, read)) if spell is not None else read


def _folded_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for c in _fold_cues(tuple((w,) for w in words)) for w in c)
