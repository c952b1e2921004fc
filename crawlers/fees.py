"""A sentence that asks the seeker to pay: the amount in it is a fee, not the pay.

"Before you start you pay $50", "Registration fee 50 000 so'm", "оплатите регистрацию 50 000 сум",
"Ro'yxatdan o'tish uchun 85 000 so'm to'lov", "هزینه ثبت نام ۵۰۰ هزار تومان واریز کنید" name money the seeker pays,
though a pay word may be in them. Only the seeker paying: "Salary paid by bank transfer", "зарплата оплачивается",
"oylik to'lanadi", "حقوق واریز می‌شود" say how the pay comes, and "We pay $20 per hour" is the pay.

The Telegram splitter takes no pay from a fee sentence (``crawlers.spiders.telegram_text``). The notion lives here,
under ``crawlers``, as ``crawlers.urls`` does, so that a pipeline stage may share it: a spider may not import
``pipeline`` (``tests/test_layers.py``), while a stage may import this module. The legitimacy stage's ``upfront_fee``
rule is another thing: it weighs a fee as a scam sign, over the whole text and many more phrasings.
"""
from __future__ import annotations

import re

__all__ = ["asks_a_fee", "asks_a_fee_at"]

_FEE = re.compile(
    r"\byou(?:'ll|'d|[ \t]+(?:will|must|need[ \t]+to|have[ \t]+to|should|first|then|only))*[ \t]+(?:pay|deposit)\b|"
    r"\b(?:must|need[ \t]+to|have[ \t]+to|required[ \t]+to|asked[ \t]+to)[ \t]+(?:first[ \t]+)?"
    r"(?:pay|deposit|buy|purchase)\b|"
    r"\b(?:registration|joining|entry|training|starter|application|membership|activation|sign-?up)[ \t]+"
    r"(?:fee|deposit|kit|pack)|"
    r"\bpay(?:ing)?(?:[ \t]+(?!by\b|via\b|through\b)[^ \t.,;!?\n]+){0,3}[ \t]+(?:a[ \t]+)?(?:fee|deposit)\b|"
    r"оплатите|оплачиваете|оплатишь|оплачиваешь|внесите|внес[её]те|вносите|взнос|предоплат|купите|покупаете|"
    r"(?:нужно|необходимо|надо)[ \t]+(?:оплатить|внести|купить|перевести)|за[ \t]+регистрац|"
    r"to'la(?:ng|ysiz|shingiz)|to'lov|badal|sotib[ \t]+oling|тўла(?:нг|йсиз|шингиз)|тўлов|бадал|сотиб[ \t]+олинг|"
    r"پرداخت[ \t]*(?:کنید|نمایید|بفرمایید)|بپردازید|واریز[ \t]*(?:کنید|نمایید|بفرمایید)|هزینه[ \t]*(?:ی[ \t]*)?ثبت|"
    r"ودیعه|بیعانه|بخرید|خرید[ \t]*کنید",
    re.IGNORECASE)
_APOSTROPHES = str.maketrans("ʻ’‘`", "''''")
# Where a sentence ends (a dot between digits groups them: "3.500.000")
_SENTENCE_END = re.compile(r"[.!?;؟\n](?!\d)")
_REACH = 300  # characters either side of a place read for its sentence


def asks_a_fee(sentence: str) -> bool:
    """Whether ``sentence`` asks the seeker to pay."""
    return bool(_FEE.search(sentence.translate(_APOSTROPHES)))


def asks_a_fee_at(text: str, at: int) -> bool:
    """Whether the sentence of ``text`` around ``at`` asks the seeker to pay."""
    start = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, at - _REACH), at)),
                default=max(0, at - _REACH))
    end = _SENTENCE_END.search(text, at, at + _REACH)
    return asks_a_fee(text[start:end.end() if end else at + _REACH])

