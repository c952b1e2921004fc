"""Bidirectional formatting characters out of stored text, the text left as a reader sees it.

An override (RLO U+202E … PDF U+202C) makes a browser draw its characters right to left whatever their script:
"<RLO>mus 000 001 :eef noitartsiger<PDF>" had been stored and judged as written, and is shown as "registration fee:
100 000 sum". A scam sentence written backwards inside one passed every rule, and a title "<RLO>gnp.exe" read
"exe.png". So an
override's run is put in the order it is drawn (RLO: reversed, brackets mirrored; LRO: as written, where text in a
right-to-left script reads reversed), and every override, embedding and isolate mark goes (U+202A–U+202E,
U+2066–U+2069). The marks a writer of Persian or Arabic needs (LRM U+200E, RLM U+200F, ALM U+061C) stay.

This follows the Unicode bidirectional algorithm (UAX #9) as far as a reader's order goes: a run ends at its PDF, at
the end of its isolate or line, or at the end of the text; a run nested in another is drawn as one block inside it;
a right-to-left script's words and the digits among them keep their reading order. Embeddings and isolates only
place text that keeps its own direction, so they go without more.
"""
from __future__ import annotations

import re
import unicodedata

LRE, RLE, PDF, LRO, RLO = "\u202a\u202b\u202c\u202d\u202e"
LRI, RLI, FSI, PDI = "\u2066\u2067\u2068\u2069"
FORMATTING = re.compile("[\u202a-\u202e\u2066-\u2069]")

_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_ISOLATE = "isolate"


def _right_to_left(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _reading_order(drawn: str) -> str:
    """Text drawn left to right in ``drawn``'s order, as a reader reads it: each stretch of right-to-left letters
    (with what stands between two of them) reversed, its numbers kept as written."""
    out: list[str] = []
    at, n = 0, len(drawn)
    while at < n:
        if not _right_to_left(drawn[at]):
            out.append(drawn[at])
            at += 1
            continue
        end = at
        for i in range(at, n):
            if _right_to_left(drawn[i]):
                end = i + 1
            elif unicodedata.bidirectional(drawn[i]) == "L":
                break
        stretch = drawn[at:end][::-1].translate(_MIRRORED)
        out.append(_DIGITS.sub(lambda m: m[0][::-1], stretch))
        at = end
    return "".join(out)


def _close(direction: str | None, parts: list[str | tuple[str]]) -> tuple[str]:
    """A run's text as read, one block for the run around it: an override's in the order it is drawn."""
    if direction == RLO:  # drawn right to left: its characters reversed, its nested runs each as a block
        drawn = "".join(p[0] if isinstance(p, tuple) else p.translate(_MIRRORED) for p in reversed(parts))
        return (_reading_order(drawn),)
    if direction == LRO:
        return (_reading_order("".join(p[0] if isinstance(p, tuple) else p for p in parts)),)
    return ("".join(p[0] if isinstance(p, tuple) else p for p in parts),)


def _line(line: str) -> str:
    stack: list[tuple[str | None, list[str | tuple[str]]]] = [(None, [])]
    for ch in line:
        if ch in (LRO, RLO, LRE, RLE):
            stack.append((ch if ch in (LRO, RLO) else None, []))
        elif ch in (LRI, RLI, FSI):
            stack.append((_ISOLATE, []))
        elif ch == PDF:
            if len(stack) > 1 and stack[-1][0] != _ISOLATE:
                direction, parts = stack.pop()
                stack[-1][1].append(_close(direction, parts))
        elif ch == PDI:
            if any(direction == _ISOLATE for direction, _ in stack[1:]):
                while True:
                    direction, parts = stack.pop()
                    stack[-1][1].append(_close(direction, parts))
                    if direction == _ISOLATE:
                        break
        else:
            stack[-1][1].append(ch)
    while len(stack) > 1:
        direction, parts = stack.pop()
        stack[-1][1].append(_close(direction, parts))
    return _close(None, stack[0][1])[0]


def resolved(text: str) -> str:
    """``text`` without bidirectional formatting characters, each override's run in the order it is drawn (see the
    module docstring); ``text`` itself when it has none."""
    if not FORMATTING.search(text):
        return text
    return "\n".join(_line(line) if FORMATTING.search(line) else line for line in text.split("\n"))
