"""A sentence that asks the seeker to pay: the amount in it is a fee, not the pay.

"Before you start you pay $50", "Registration fee 50 000 so'm", "оплатите регистрацию 50 000 сум",
"Ro'yxatdan o'tish uchun 85 000 so'm to'lov", "هزینه ثبت نام ۵۰۰ هزار تومان واریز کنید" name money the seeker pays,
though a pay word may be in them. Only the seeker paying: "Salary paid by bank transfer", "зарплата оплачивается",
"oylik to'lanadi", "حقوق واریز می‌شود" say how the pay comes, and "We pay $20 per hour" is the pay. A fee said not to
be asked ("no registration fee", "you pay nothing", "без вложений", "to'lovsiz", "hech qanday to'lov yo'q",
"بدون هیچ هزینه") asks none.

One notion for the two readers of pay in a post's text: the Telegram splitter, which takes no pay from a fee sentence
(``crawlers.spiders.telegram_text``), and the dedupe stage, which compares the pay two descriptions state
(``pipeline.dedupe.verify``). It lives here, under ``crawlers``, as ``crawlers.urls`` does: a spider may not import
``pipeline`` (``tests/test_layers.py``), while a stage may import this module. The legitimacy stage's ``upfront_fee``
rule is another thing: it weighs a fee as a scam sign, over the whole text and many more phrasings.
"""
from __future__ import annotations

import re

__all__ = ["asks_a_fee", "asks_a_fee_at", "before_a_fee"]

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
# A fee said not to be asked, taken out before ``_FEE`` looks: "no (registration) fee", "without any deposit", "you
# pay no fee", "you don't need to pay anything", "без вложений и взносов", "не нужно ничего оплачивать", "to'lovsiz",
# "hech qanday to'lov yo'q", "бадал олинмайди", "بدون هیچ هزینه ثبت نام", "نیازی به پرداخت نیست"
_FEE_WORDS = r"(?:fees?|deposits?|charges?|payments?|investment)"
_RU_FEE_WORDS = r"(?:оплат|взнос|предоплат|вложени|платеж|платы)\w*"
_NO_FEE = re.compile(
    rf"\b(?:no|without|zero|free[ \t]+of)(?:[ \t]+(?:any|hidden|upfront|up-front|registration|joining|entry|training|"
    rf"application|membership|activation|sign-?up|starter))*[ \t]+{_FEE_WORDS}\b|"
    rf"\b(?:pay|deposit)[ \t]+(?:nothing|no(?:[ \t]+[^ \t.,;!?\n]+){{0,2}}?[ \t]+{_FEE_WORDS})\b|"
    r"\b(?:don't|do[ \t]+not|doesn't|does[ \t]+not|won't|will[ \t]+not|never|no[ \t]+need[ \t]+to|"
    r"not[ \t]+required[ \t]+to|nothing[ \t]+to)(?:[ \t]+(?:have|need|to|ask|asks|you|be|required|asked|ever))*"
    r"[ \t]+(?:pay|deposit|buy|purchase)\b|"
    rf"\b(?:без|никаких)[ \t]+(?:(?:каких-либо|каких[ \t]+либо|всяких|какой-либо|любых)[ \t]+)?{_RU_FEE_WORDS}"
    rf"(?:[ \t]+(?:и|или)[ \t]+{_RU_FEE_WORDS})*|"
    r"\bне[ \t]+(?:нужно|надо|требуется|необходимо|придется|придётся)[ \t]+(?:ничего[ \t]+)?"
    r"(?:оплачивать|платить|вносить|оплатить|внести|покупать|купить|переводить|перевести)|"
    r"to'lovsiz|тўловсиз|\bhech[ \t]+qanday[ \t]+(?:to'lov|badal|pul)\w*|[ҳх]еч[ \t]+қандай[ \t]+(?:тўлов|бадал|пул)\w*|"
    r"(?:to'lov|badal)\w*[ \t]+(?:yo'q|olinmaydi|talab[ \t]+qilinmaydi|so'ralmaydi)|"
    r"(?:тўлов|бадал)\w*[ \t]+(?:йўқ|олинмайди|талаб[ \t]+қилинмайди|сўралмайди)|"
    r"بدون[ \t\u200c]*(?:(?:هیچ|گونه|هرگونه)[ \t\u200c]*)*(?:هزینه|پرداخت|ودیعه|بیعانه|واریز)|"
    r"هیچ[ \t\u200c]*(?:گونه[ \t\u200c]*)?(?:هزینه|پرداخت|ودیعه|بیعانه|واریز)|نیازی[ \t\u200c]*به[ \t\u200c]*(?:پرداخت|واریز|خرید)",
    re.IGNORECASE)
_APOSTROPHES = str.maketrans("ʻ’‘`", "''''")
# Where a sentence ends (a dot between digits groups them: "3.500.000")
_SENTENCE_END = re.compile(r"[.!?;؟\n](?!\d)")
_REACH = 300  # characters either side of a place read for its sentence


def asks_a_fee(sentence: str) -> bool:
    """Whether ``sentence`` asks the seeker to pay."""
    return bool(_FEE.search(_NO_FEE.sub(" ", sentence.translate(_APOSTROPHES))))


def asks_a_fee_at(text: str, at: int) -> bool:
    """Whether the sentence of ``text`` around ``at`` asks the seeker to pay."""
    start = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, at - _REACH), at)),
                default=max(0, at - _REACH))
    end = _SENTENCE_END.search(text, at, at + _REACH)
    return asks_a_fee(text[start:end.end() if end else at + _REACH])


def before_a_fee(text: str) -> str:
    """``text`` up to its first sentence that asks the seeker to pay (all of it when none does)."""
    start = 0
    for end in [e.end() for e in _SENTENCE_END.finditer(text)] + [len(text)]:
        if asks_a_fee(text[start:end]):
            return text[:start]
        start = end
    return text
