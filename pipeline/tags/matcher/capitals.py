"""Abbreviations written in capitals ("VA": ``phrases.is_abbreviation``) as a text's words: kept so where the text
writes them so (``_words_keeping``), but lower-cased again in a line written all in capitals (``_read_capitals``) and
where a US state's postal code names the state ("Richmond, VA": ``_read_states``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, chain, compress, count
from operator import not_

from pipeline import places
from pipeline.tags.matcher.tokens import _APOSTROPHE, _EDGE, _INVISIBLE, _NEWLINE, _TOKEN, BREAKS
from pipeline.textnorm import fold


def _words_keeping(abbreviation: re.Pattern[str], tokens: re.Pattern[str], text: str, raw: str,
                   keys: dict[int, str | None] | None) -> list[str]:
    """The folded words and break marks of a chunk (``text``: ``raw`` as ``prepare`` gives it, lower-cased, its letters
    read through ``keys``), where each word written as an abbreviation in capitals (``abbreviation``: "VA", "VAs")
    is kept so."""
    cased = raw.replace("`", "'") if raw.isascii() else _APOSTROPHE.sub("'", _INVISIBLE.sub("", raw))
    if keys is not None:
        cased = cased.translate(keys)
    if len(cased) != len(text):  # a link stripped, or a letter whose lower case is longer: read as written
        cased = ""
    words: list[str] = []
    for m in tokens.finditer(text):
        piece = m.group()
        if piece in BREAKS:
            words.append(piece)
        elif cased and abbreviation.fullmatch(cased, m.start(), m.end()):
            words.append(cased[m.start():m.end()])
        else:
            words.extend(_TOKEN.findall(fold(piece)))
    return words


def _read_capitals(chunks: list[str], per_chunk: Sequence[tuple[str, ...]],
                   capitals: set[str]) -> Sequence[tuple[str, ...]]:
    """``per_chunk`` with an abbreviation kept in capitals lower-cased again where its line is written in capitals
    ("QURILISH VA TA'MIRLASH"): there case tells nothing. ``capitals``: every word read that opens with a capital
    (``Matcher._learn``), which finds the chunks holding one without a look at each word."""
    out = per_chunk
    for k in compress(count(), map(not_, map(capitals.isdisjoint, per_chunk))):
        words = per_chunk[k]
        start = k
        while start > 0 and chunks[start - 1] != _NEWLINE:
            start -= 1
        end = k + 1
        while end < len(chunks) and chunks[end] != _NEWLINE:
            end += 1
        others = " ".join(c for j, c in enumerate(chunks[start:end], start)
                          if capitals.isdisjoint(per_chunk[j]))
        if others.isupper():
            if out is per_chunk:
                out = list(per_chunk)
            out[k] = tuple(w.lower() if w[:1].isupper() else w for w in words)
    return out


def _read_states(chunks: list[str], per_chunk: Sequence[tuple[str, ...]],
                 codes: frozenset[str]) -> Sequence[tuple[str, ...]]:
    """``per_chunk`` with an abbreviation kept in capitals that is a US state's postal code (``codes``) lower-cased
    again where it names the state (``_names_state``): "Richmond, VA" and "Arlington VA 22201" are in Virginia, not a
    virtual assistant."""
    out = per_chunk
    toks: list[str] = []
    ends: list[int] = []
    for k in compress(count(), map(not_, map(codes.isdisjoint, per_chunk))):
        words = per_chunk[k]
        if not toks:
            toks = list(chain.from_iterable(per_chunk))
            ends = list(accumulate(map(len, per_chunk)))
        start = ends[k] - len(words)
        for j, w in enumerate(words):
            if w in codes and _names_state(chunks, toks, ends, start + j):
                if out is per_chunk:
                    out = list(per_chunk)
                out[k] = out[k][:j] + (w.lower(),) + out[k][j + 1:]
    return out


_ZIP_DIGITS = 5
_PLACE_WORDS = 3  # a place's name before "VA": "Richmond", "Virginia Beach", "Newport News"
_COUNTRY_AFTER = (("usa",), ("united", "states"))
_COUNTY_WORDS = frozenset(("county", "parish", "borough"))  # a US county's name ends so, its state code after it


def _names_state(chunks: list[str], toks: list[str], ends: list[int], i: int) -> bool:
    """Whether the state code at ``toks[i]`` names the state: before a ZIP code ("VA 22201"), or after a comma
    following a place, one the US has a city or state of (``places.country_of``: "Richmond, VA", "Virginia Beach, VA"),
    a county ("Fairfax County, VA"), or any name written with a capital when the country follows ("Glen Allen, VA,
    USA"). "Hiring a VA", "VA needed
    (remote)" and "Executive Assistant, VA" name an assistant."""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    if len(after) == _ZIP_DIGITS and after.isdigit() and after.isascii():
        return True
    if i < 2 or toks[i - 1] != ",":
        return False
    first = i - 2
    while first > 0 and i - 1 - first < _PLACE_WORDS and toks[first - 1] not in BREAKS:
        first -= 1
    place = toks[first:i - 1]
    if not place or place[-1] in BREAKS or not chunks[bisect_right(ends, i - 2)].lstrip(_EDGE)[:1].isupper():
        return False
    if after == "," and any(toks[i + 2:i + 2 + len(c)] == list(c) for c in _COUNTRY_AFTER):
        return True
    if len(place) > 1 and place[-1] in _COUNTY_WORDS:  # "Fairfax County, VA", "Prince William County, VA"
        return True
    return any(places.country_of(" ".join(place[-n:]), (toks[i],)) == "US" for n in range(1, len(place) + 1))
