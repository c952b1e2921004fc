"""The legitimacy stage's text helpers against their plain definitions.

``clean``, ``letter_words``, ``_unglue``, ``single_spaced`` and ``resplit`` are written for speed (UTF-8 bytes,
translate tables, partial re-reads); each must give exactly what its one-line definition gives, on the real dev
texts and on texts built to hit the fast paths' edges (a few non-ASCII characters in Latin text, typographic
punctuation, odd whitespace, glued capitals, surrogates).
"""
from __future__ import annotations

import html
import random
import re

import pytest

from pipeline.legitimacy import data
from pipeline.legitimacy.text import (
    _EMSCAD_TOKEN, _PLACEHOLDER, _SPECIAL, _TAG, _unglue, clean, letter_words, resplit, single_spaced,
)

_LETTERS = re.compile(r"[^\W\d_]+")
_GLUED_REFERENCE = re.compile(r"([a-z0-9.!?:;)])([A-Z][a-z])")


def clean_reference(raw: str | None) -> str:
    """``clean`` as its rules read: anonymisation tokens, markup, entities, glued capitals, typographic
    characters and bullets, then one space between words."""
    if not raw:
        return ""
    text = _EMSCAD_TOKEN.sub(lambda m: _PLACEHOLDER[m.group(1)], raw)
    text = html.unescape(_TAG.sub(" ", text))
    text = _GLUED_REFERENCE.sub(r"\1 \2", text)
    text = "".join(_SPECIAL.get(ch, ch) for ch in text).replace("*", " ")
    return " ".join(text.split())


# hand-picked edges: phone and card digits, glued capitals, Uzbek, Persian, odd whitespace, empty
FAST_PATH_TEXTS = [
    "Call +998 90 123-45-67 or 1234567_8; card 8600 1234 5678 9012!", "aBcDeFg xAbCdEfGh x.AbXy it's\tok\n\n ",
    "Ro'yxatdan o'tish uchun to'lov qilasiz", "Рўйхатдан ўтиш учун тўлов", "هزینه ثبت نام ۲۰۰", "naïve café 12:30",
    "", " ", "a\u2028b\xa0c", "x_y z9q 0000 1111 2222 3333",
]


PIECES = ["Virtual", "assistant", "café", "naïve", "£500", "€", "®", "™", "😀", "—", "–", "…", "“quoted”", "‘x’",
          "\xa0", "\u2009", "\u3000", "\u2028", "\x85", "\t", "\n", "  ", "*", "•", "placeWe", "a.We", "aBcDe",
          "x)Yz", "ЖДЕМ", "работа", "کار", "\u200c", "ǅx", "Ⅻ", "²", "٣", "_", "1st", "#URL_ab12#", "&amp;",
          "<b>", "</b>", "<br/>", "\ud800", "ẞ", "ﬁ", "ٰ", "x\u0301", "İ", "ß"]


def _synthetic(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(["", " ", ""]) for _ in range(rng.randint(1, 40)))
            for _ in range(n)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    postings = data.read_emscad(data.EMSCAD_FRAUD)[:150] + data.read_jsonl(data.BOARD_LEGIT)[:150]
    real = [t for p in postings for t in (p.title, p.description) if t]
    return FAST_PATH_TEXTS + real + _synthetic(3000, seed=5)


def test_clean_is_its_definition(texts: list[str]) -> None:
    for text in texts:
        assert clean(text) == clean_reference(text), text[:200]


def test_letter_words_are_the_runs_of_letters(texts: list[str]) -> None:
    for text in texts + [clean(t) for t in texts]:
        assert letter_words(text) == _LETTERS.findall(text), text[:200]


def test_unglue_is_the_regular_expression_it_replaces(texts: list[str]) -> None:
    for text in texts:
        assert _unglue(text) == _GLUED_REFERENCE.sub(r"\1 \2", text), text[:200]


def test_single_spaced_is_split_and_join(texts: list[str]) -> None:
    for text in texts + ["a    b", "  a  ", "a\u3000 b", "a\tb", ""]:
        assert single_spaced(text) == " ".join(text.split()), repr(text[:200])


def test_resplit_reads_again_only_what_changed_yet_gives_every_word(texts: list[str]) -> None:
    rng = random.Random(11)
    for text in texts:
        old = clean(text)
        for _ in range(3):
            i = rng.randint(0, len(old))
            j = rng.randint(i, min(len(old), i + rng.randint(0, 60)))
            new = old[:i] + rng.choice(["", " ", " zzlink ", "x", " naïve café ", "—"]) + old[j:]
            assert resplit(old, letter_words(old), new) == letter_words(new), (old[:200], i, j)
