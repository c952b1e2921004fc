"""A seeker's search as the store looks it up: the words as typed (``textnorm.search_words``).

This module is not ``textnorm``, whose fingerprint versions every posting's tags, verdict and search words: what is
read from a search changes no stored posting.
"""
from __future__ import annotations

import re

from pipeline.textnorm import search_words

#: What a search holding no word at all (only signs: "-", "_", "%") looks for: a word of no letter, which no posting
#: holds on either store (``store.search.words_queries``); the feed is then empty, on the page, the API and the CLI
NO_WORD = "_"
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def search_terms(query: str | None) -> list[str]:
    """The words every found posting must start a word with (``textnorm.search_words``). A typed word of signs
    alone is left out ("_" as "-" and "%" are: "_ assistant" is "assistant"); a search of nothing else is
    ``[NO_WORD]``: it finds nothing, as a word found nowhere, where "-" had found the whole feed and "_" nothing."""
    terms = [term for term in search_words(query) if _LETTER_OR_DIGIT.search(term)]
    if not query or not terms:
        return [NO_WORD] if query and query.strip() else []
    return terms
