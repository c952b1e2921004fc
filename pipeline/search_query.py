"""A seeker's search as the store looks it up: the words as typed (``textnorm.search_words``), and what depends on
how they were typed, not on their folded letters: a word typed in Cyrillic is also looked for with the vowel a
Russian keyboard lacks put back (``_keyboard_vowel``), another spelling of it (``store.search.SPELLINGS``).

This module is not ``textnorm``, whose fingerprint versions every posting's tags, verdict and search words: what is
read from a search changes no stored posting.
"""
from __future__ import annotations

import re

from pipeline.textnorm import SPELLINGS, has_cyrillic, search_words

#: What a search holding no word at all (only signs: "-", "_", "%") looks for: a word of no letter, which no posting
#: holds on either store (``store.search.words_queries``); the feed is then empty, on the page, the API and the CLI
NO_WORD = "_"
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def search_terms(query: str | None) -> list[str]:
    """The words every found posting must start a word with (``textnorm.search_words``), each a ``SPELLINGS`` list
    that goes on, for a word typed in Cyrillic, with each spelling with the vowel a Russian keyboard lacks put back
    (``_keyboard_vowel``). A typed word of signs alone is left out ("_" as "-" and "%" are: "_ assistant" is
    "assistant"); a search of nothing else is ``[NO_WORD]``: it finds nothing, as a word found nowhere, where "-"
    had found the whole feed and "_" nothing."""
    terms = [term for term in search_words(query) if _LETTER_OR_DIGIT.search(term)]
    if not query or not terms:
        return [NO_WORD] if query and query.strip() else []
    more: dict[str, list[str]] = {}
    for typed in query.split():
        own = search_words(typed)
        if len(own) == 1:
            more.setdefault(_first(own[0]), []).extend(_more_spellings(typed, own[0]))
    return [term + "".join(SPELLINGS + s for s in dict.fromkeys(more.get(_first(term), ()))
                           if s not in term.split(SPELLINGS))
            for term in terms]


def _first(term: str) -> str:
    """A search word's first spelling: the word as typed (folded, joined)."""
    return term.split(SPELLINGS, 1)[0]


def _more_spellings(typed: str, term: str) -> list[str]:
    """The spellings a typed word is also looked for in, besides its own (``term``'s): for a Cyrillic word, each of
    them with a Russian keyboard's vowel put back."""
    return [_keyboard_vowel(s) for s in term.split(SPELLINGS)] if has_cyrillic(typed) else []


_LATIN = re.compile("[a-z]+(?:'[a-z]+)*")


#: The first vowel of a folded word
_FIRST_VOWEL = re.compile("[aeiou]")


def _keyboard_vowel(spelling: str) -> str:
    """A folded spelling of a word typed in Cyrillic, of five letters or more, with a first "u" written "o": a Russian
    keyboard has no "ў", and Uzbek seekers type "у" for it ("укитувчи", "тулов", "суров" for "ўқитувчи", "тўлов",
    "сўров"; ``store.search.uzbek_spellings`` puts back its "қ", "ғ", "ҳ" and apostrophes). Only for a word typed
    in Cyrillic: in Latin "u" is "u", and "rules" had found "roles" (36 of the 39 dev postings it found)."""
    if not _LATIN.fullmatch(spelling) or len(spelling.replace("'", "")) < 5:
        return spelling
    first = _FIRST_VOWEL.search(spelling)
    if first and first.group() == "u":
        return spelling[:first.start()] + "o" + spelling[first.end():]
    return spelling
