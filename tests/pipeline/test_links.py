"""Links, e-mail addresses and handles taken out in one pass: what the patterns' ``re.sub`` gives, in linear time."""
from __future__ import annotations

import random
import re

import pytest

from pipeline.links import HANDLE, LINK_OR_EMAIL, without_links

WITH_HANDLES = re.compile(f"{LINK_OR_EMAIL.pattern}|{HANDLE.pattern}")
PIECES = ["a", ".", "@", "#", "http://", "https://", "www.", "_", "ж", "1", "/", "-", ":", " ", "\n", "ht", "tp", "é"]


def test_the_same_as_the_patterns_on_random_texts_of_their_pieces() -> None:
    rng = random.Random(23)
    for _ in range(40_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16)))
        assert without_links(text) == LINK_OR_EMAIL.sub(" ", text), text
        assert without_links(text, handles=True) == WITH_HANDLES.sub(" ", text), text


def test_what_is_taken_out() -> None:
    text = "Apply: https://acme.uz/jobs or hr@acme.uz (www.acme.uz), @acme_hr #vakansiya, a.b@c"
    assert without_links(text) == "Apply:   or   (  @acme_hr #vakansiya, a.b@c"
    assert without_links(text, handles=True) == "Apply:   or   (     , a.b "  # the handles and "@c" too


@pytest.mark.parametrize("piece", ["@.", "a@", "a.@", "#a", "#a.www.x"])
def test_hostile_word_ends(piece: str) -> None:
    """The address pattern tried every "@" and "." of a word from each of its characters: "@." x 2,000 took 17 s."""
    word = piece * 50_000
    assert without_links(word, handles=True).strip() != word
