"""A warning said as a condition: "if" the seeker gets a code or is asked for a card, the sentence's last clause
forbids sending it.

"Important: if you ever get an SMS code, a "verification code" or a card number request in chat, even from me, don't
send it", «Если вам придёт код из СМС или кто-то попросит номер карты, даже я, не отправляйте его», "Agar sizga SMS kod
kelsa …, hatto men bo'lsam ham, hech kimga yubormang", «اگر کد تایید … آمد یا کسی شماره کارت خواست، حتی از طرف من،
نفرستید»: an employer's warning, often on its own line of a pasted chat after the speaker's name. Its "don't send it"
stands past the list the "if" names and past the commas of "even from me", further than a negation after a match is
read. Not an "if" whose sentence orders the thing sent ("If you get the code, send it to me"), nor one that forbids it
only to others ("… don't share it with anyone but me"), nor an order standing between the "if" and the match ("If
you have questions, send me your card number and don't share it with others"). The text is the ``textnorm.fold``-ed
one the rules read.
"""
from __future__ import annotations

import re

from pipeline.legitimacy.text import sentence_around

__all__ = ["forbidden_if"]

REACH = 200  # how far the sentence is read before and after the match
_IF = re.compile(r"(?<!\w)(?:if|whenever|agar|agarda|yesli|اگر|هر\s+وقت)(?!\w)")
_FORBIDDEN = re.compile(
    r"(?<!\w)(?:(?:don'?t|do\s+not|never)\s+(?:ever\s+)?(?:send|share|give|forward|tell|pass|type|enter|reply)"
    r"|ne\s+(?:otprav|soobsh|peredav|peresil|dava|skid|pish|nazi|diktu)\w*|nikomu"
    r"|(?:yubor|jo'nat|junat|jonat|ber|ayt|ulash|tashla|o'tkaz|utkaz|otkaz)ma(?:ng|nglar|ngiz|ysiz)"
    r"|نفرستید|نفرستین|نفرست|ندهید|ندید|نده|نگویید|نگید)(?!\w)")
_BUT_TO_ME = re.compile(r"(?<!\w)(?:but|except|only|krome|tolko|faqat|جز|به\s+جز|فقط)\s+(?:to\s+|for\s+)?"
                        r"(?:me|us|mne|nam|menga|bizga|من|ما)(?!\w)")
# an order to send, give or pay: the sentence asks (not one the "if" tells of: "if anyone asks you to send …")
_ORDER = re.compile(
    r"(?<!\w)(?<!to\s)(?:send|share|give|provide|submit|pay|transfer|forward"
    r"|otpravte|prishlite|skinte|peredayte|soobshite|oplatite|perevedite"
    r"|yuboring|jo'nating|bering|ayting|to'lang|o'tkazing"
    r"|بفرستید|بفرستین|بدهید|بدید|واریز\s+کنید|پرداخت\s+کنید)(?!\w)")


def forbidden_if(text: str, start: int, end: int) -> bool:
    """The match ``text[start:end]`` stands in an "if" clause of its sentence, and the sentence, read on to its end,
    forbids sending (``_FORBIDDEN``) to anyone, with no order to send between."""
    if _IF.search(text[max(0, start - REACH):start]) is None:
        return False
    before, after, _ = sentence_around(text, start, end, REACH, after_reach=REACH)
    condition = None
    for condition in _IF.finditer(before):
        pass
    if condition is None or _ORDER.search(before, condition.end()):
        return False
    forbidden = _FORBIDDEN.search(after)
    return (forbidden is not None and _ORDER.search(after, 0, forbidden.start()) is None
            and _BUT_TO_ME.search(after, forbidden.end()) is None)
