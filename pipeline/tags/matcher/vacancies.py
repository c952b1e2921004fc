"""A description's lines as a list of vacancies reads them (``vacancy_lines``): each line's list marker, the role it
may name, and whether it says the vacancy is filled or closed; for a post that lists several vacancies, one per line,
each perhaps with its own duties below (``pipeline.tags._vacancies``).
"""
from __future__ import annotations

import re
from itertools import chain, compress, count
from typing import NamedTuple

from pipeline.tags.matcher.reading import _ITEM_MARK, _MARKS, Reading
from pipeline.tags.matcher.tokens import _NEWLINE

# A vacancy said to be filled or closed, in a line of its own («✅ FILLED:», «Вакансии администратора и кассира
# закрыты», «Котиба вакансияси ёпилди», «موقعیت منشی تکمیل شد»): its roles are hired no more (``vacancy_lines``).
CLOSED_WORDS = frozenset(("filled", "closed", "zakrit", "zakrita", "zakriti", "zakrito", "zapolnena",
                          "zapolneni", "yopildi", "yopilgan", "yopiq"))
CLOSED_PAIRS = (("تکمیل", "شد"), ("تکمیل", "شده"), ("تکمیل", "گردید"), ("بسته", "شد"),
                ("بسته", "شده"), ("پر", "شد"))
_CLOSED_FIRST = frozenset(first for first, _ in CLOSED_PAIRS)
_NUMBERED = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669]{1,2}(?:\ufe0f?\u20e3|[.)\-:])?")
_LETTERED = re.compile(r"\(?[^\W\d_]{1,3}\)")  # "a)", "б)", «الف)»
_PICTURE = re.compile("[\u2190-\u2bff\U0001f300-\U0001faff]")
_HEAD_END = re.compile(r"\s[-–—|]\s|[(:,،;!?]|\s[–—]|[–—]\s")
VACANCY_HEAD_WORDS = 6  # a vacancy's line names its role in this many words at most, before a dash, bracket or colon


class VacancyLine(NamedTuple):
    """A line of a description as ``vacancy_lines`` reads it: its chunks' and tokens' ranges, its list marker's kind
    (``"number"``, ``"letter"``, ``"picture"``, the bullet itself, or ``""`` for none), the role it may name after the
    marker (its head, before a dash, bracket or colon; ``""`` if longer than ``VACANCY_HEAD_WORDS`` or unmarked) and
    whether it says filled or closed."""
    c0: int
    c1: int
    t0: int
    t1: int
    kind: str
    head: str
    closed: bool

    @property
    def blank(self) -> bool:
        return self.c0 == self.c1


def vacancy_lines(reading: Reading) -> list[VacancyLine]:
    """A description's lines (``VacancyLine``), for reading a post that lists several vacancies, one per line, each
    perhaps with its own duties below (``pipeline.tags._vacancies``)."""
    chunks, toks = reading.chunks, reading.toks
    ends = reading.chunk_ends()
    out: list[VacancyLine] = []
    c0 = 0
    for c1 in chain(compress(count(), map(_NEWLINE.__eq__, chunks)), (len(chunks),)):
        t0 = ends[c0 - 1] if c0 else 0
        t1 = ends[c1 - 1] if c1 > c0 else t0
        kind, first = "", c0
        if c1 > c0:
            mark = chunks[c0]
            if _NUMBERED.fullmatch(mark):
                kind = "number"
            elif _LETTERED.fullmatch(mark):
                kind = "letter"
            elif _PICTURE.search(mark) and _ITEM_MARK.fullmatch(mark):
                kind = "picture"
            elif _ITEM_MARK.fullmatch(mark) or mark in _MARKS:
                kind = mark
            if kind and c1 > c0 + 1:
                first = c0 + 1
            elif kind:
                kind = ""
        head = ""
        if kind:  # (a vacancy's line opens with its list's marker)
            text = " ".join(chunks[first:min(c1, first + 3 * VACANCY_HEAD_WORDS)])
            cut = _HEAD_END.search(text)
            head = (text[:cut.start()] if cut else text).strip()
            if len(head.split()) > VACANCY_HEAD_WORDS:
                head = ""
        words = toks[t0:t1]
        closed = not CLOSED_WORDS.isdisjoint(words) or not _CLOSED_FIRST.isdisjoint(words) and any(
            tuple(words[k:k + 2]) in CLOSED_PAIRS for k in range(len(words) - 1))
        out.append(VacancyLine(c0, c1, t0, t1, kind, head, closed))
        c0 = c1 + 1
    return out
