"""A text as the matcher reads it (``Reading``): its whitespace-separated chunks, each chunk's folded words and break
marks, and all of those in order; where a list's item opens or closes, and a hit's words as written.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter

from pipeline.tags.matcher.listed import _INLINE_ITEM_ENDS, _opens_inline_item
from pipeline.tags.matcher.phrases import _EVIDENCE_TOKEN, _UZ_VERBAL_NOUNS
from pipeline.tags.matcher.tokens import _EDGE, _NEWLINE, BREAKS, _find_run

# A list's marker (``Reading.opens_item``): one that is no token, a chunk of its own ("- ", "* ", "▸ "), one read as a
# break mark ("• ", "•Send", "— "), or the "." or ")" of an item's number ("1. ", "2)", "a)", "(3)"); an emoji or
# symbol bullet as Telegram posts use them ("✅ ", "🔹 ", "▪️ ", "📌 ", "👉 ": arrows, shapes, dingbats, pictographs,
# with their variation selector and joiner) is one of the first kind
_ITEM_MARK = re.compile("[-*·▪●◦‣⁃+>→▸►✓✔\u2190-\u2bff\U0001f300-\U0001faff\ufe0f\u200d]+")
_MARKS = frozenset(("•", "–", "—"))
_NUMBER_ENDS = frozenset((".", ")"))
_UZ_VERBAL_NOUN_MIN = 5  # letters of an item's last word read as an Uzbek verbal noun, at least
_ITEM_ENDS = frozenset((".", ";", "؛"))


def _looked_up(cache: dict[str, tuple[str, ...]], chunks: list[str]) -> Sequence[tuple[str, ...]]:
    """``[cache[c] for c in chunks]``, as a tuple where there are two chunks or more: an ``itemgetter`` of them looks
    each up with no call per chunk (``map(cache.__getitem__, …)`` makes one), a reading's costliest step."""
    if len(chunks) > 1:
        return itemgetter(*chunks)(cache)
    return [cache[c] for c in chunks]


class Reading:
    """A text as the matcher reads it: its whitespace-separated chunks (a line break as ``_NEWLINE``), each
    chunk's folded words and break marks, and all of those in order (``toks``)."""

    __slots__ = ("chunks", "per_chunk", "toks", "_ends")

    def __init__(self, chunks: list[str], per_chunk: Sequence[tuple[str, ...]], toks: list[str]):
        self.chunks = chunks
        self.per_chunk = per_chunk
        self.toks = toks
        self._ends: list[int] | None = None  # per chunk, the index past its last word (made when first needed)

    def words_only(self) -> list[str]:
        """The folded words without break marks."""
        return [w for w in self.toks if w not in BREAKS]

    def chunk_ends(self) -> list[int]:
        """Per chunk, the index in ``toks`` past its last word."""
        if self._ends is None:
            self._ends = list(accumulate(map(len, self.per_chunk)))
        return self._ends

    def opens_item(self, at: int) -> bool:
        """Whether the word ``toks[at]`` opens an item of a list: a line's first word after its marker ("- ", "• ",
        "* ", "1. ", "a) ", "(2) ")."""
        toks = self.toks
        before = toks[at - 1] if at else ""
        if (before == ":" or before in _INLINE_ITEM_ENDS) and _opens_inline_item(toks, at):
            return True
        if before in _MARKS:
            return at == 1 or toks[at - 2] == "\n"
        if before in _NUMBER_ENDS:
            number = toks[at - 2] if at > 1 else ""
            if len(number) == 1 and number.isalnum() or len(number) == 2 and number.isdigit():
                k = at - 4 if at > 2 and toks[at - 3] == "(" else at - 3
                return k < 0 or toks[k] == "\n"
            return False
        if at and before != "\n":
            return False
        # a marker that is no token ("- ", "* ", "▸ ") is a chunk of its own between the line break and the word
        if self._ends is None:
            self._ends = list(accumulate(map(len, self.per_chunk)))
        j = bisect_right(self._ends, at)  # the chunk the word opens
        if j > 0 and not self.per_chunk[j - 1] and _ITEM_MARK.fullmatch(self.chunks[j - 1]) is not None and (
                j == 1 or self.chunks[j - 2] == _NEWLINE):
            return True
        # a symbol bullet glued to the line's first word, as Telegram posts type it ("✔️ورود اطلاعات", "▫️ota-onalar")
        mark = _ITEM_MARK.match(self.chunks[j]) if j < len(self.chunks) else None
        return mark is not None and mark.end() < len(self.chunks[j]) and self.chunks[j][mark.end()].isalpha() and (
            j == 0 or self.chunks[j - 1] == _NEWLINE) and (j == 0 and at == 0 or j > 0 and self._ends[j - 1] == at)

    def closes_item(self, first: int, last: int) -> bool:
        """Whether the words ``toks[first:last + 1]`` end an item of a list in an Uzbek verbal noun, the item one clause
        ("• birlamchi hujjatlarni 1C ga kiritish"): Uzbek puts the verb last, so the duty the item names ends it as an
        English or Russian one opens it (``opens_item``)."""
        toks = self.toks
        verb = toks[last]
        if not verb.endswith(_UZ_VERBAL_NOUNS) or len(verb) < _UZ_VERBAL_NOUN_MIN or not verb.isascii():
            return False
        n = len(toks)
        end = last + 1
        if end < n and toks[end] in _ITEM_ENDS:
            end += 1
        if end < n and toks[end] != "\n":
            return False
        for k in range(first - 1, -1, -1):  # back to the item's first word, within its clause
            if self.opens_item(k):
                return True
            if toks[k] in BREAKS:
                return False
        return False

    def as_written(self, evidence: str) -> str | None:
        """The words of this text that a hit's ``evidence`` (its folded words) was read from, as written:
        "Ассистент руководителя", not "assistent rukovoditelya"; None when they are not in the text."""
        want = _EVIDENCE_TOKEN.findall(evidence)  # its words and the "," or ":" a phrase may hold
        first = _find_run(self.toks, want) if want else -1
        if first < 0:
            return None
        if self._ends is None:
            self._ends = list(accumulate(map(len, self.per_chunk)))
        ends = self._ends
        span = " ".join(self.chunks[bisect_right(ends, first):bisect_right(ends, first + len(want) - 1) + 1])
        return span.strip(_EDGE) or None
