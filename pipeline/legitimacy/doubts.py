"""The seeker's doubt: a question whether what the post told of is normal.

A seeker pasting a real hiring asks the checker about the step that worried them ("My question to the checker: is it
normal that they want passport + selfie?", «Это нормально, что просят паспорт и селфи?», "Pasport va selfi so'rashlari
normalmi?", «طبیعیه که پاسپورت و سلفی می‌خوان؟»): the question names the ask again, in the seeker's words. It asks
nothing of its own when the post's own ask of the same kind was excused where it was made (a payroll provider's KYC
after the offer: ``rules.context.first_match``); one the post made plainly still stands. The text is the
``textnorm.fold``-ed one the rules read.
"""
from __future__ import annotations

import re

from pipeline.legitimacy.text import sentence_around

__all__ = ["asks_if_normal"]

REACH = 160  # how far the question is read before and after the match
_QUESTION_END = re.compile(r"[.!?\n؛؟]")
_IF_NORMAL = re.compile(
    r"(?<!\w)(?:is\s+(?:it|this|that)\s+(?:normal|ok|okay|usual|standard|safe)|is\s+(?:this|that)\s+how"
    r"|normalno\s+li|eto\s+normalno|tak\s+i\s+doljno\s+bit|eto\s+obichno"
    r"|normal(?:mi|\s+holatmi)|odatiymi|to'g'rimi|shundaymi"
    r"|طبیعیه|طبیعی\s+است|طبیعیه؟|عادیه|عادی\s+است|نرماله)(?!\w)")


def asks_if_normal(text: str, start: int, end: int) -> bool:
    """The match ``text[start:end]`` stands in a question (its sentence ends at "?" or "؟") that asks whether it is
    normal (``_IF_NORMAL``, before or after the match in it)."""
    before, after, ending = sentence_around(text, start, end, REACH, after_reach=REACH, opened_by=_QUESTION_END,
                                            ended_by=_QUESTION_END)
    if ending not in ("?", "؟"):
        return False
    return _IF_NORMAL.search(before) is not None or _IF_NORMAL.search(after) is not None
