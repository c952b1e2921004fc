"""Whose card or code: its owner named at it, the customers', the clients', the users'.

A payments back office or a store's support names its customers' cards and codes among the duties ("Customers' card
numbers you never see, Stripe hides them", «Номера карт клиентов в админке замаскированы, вы видите только …»,
"Mijozlarning karta raqamlari panelda yashirin", «شماره کارت مشتریان در پنل مخفی است»): the owner named right at the
match settles whose it is, though the sentence speaks to the seeker. The text is the ``textnorm.fold``-ed one the rules
read (Russian and Uzbek Cyrillic in Latin letters).
"""
from __future__ import annotations

import re

__all__ = ["others_named"]

_OTHERS = (r"customers?|clients?|users|buyers|shoppers|cardholders|subscribers|patients|guests|callers"
           r"|kliy?ent\w*|pokupatel\w*|polzovatel\w*|abonent\w*|derjatel\w*"
           r"|mijoz\w*|xaridor\w*|haridor\w*|foydalanuvchi\w*"
           r"|مشتری|مشتریان|مشتریها|کاربر|کاربران|خریدار|خریداران|دارندگان")
# before the match: "customers' card numbers", "the client's card", "mijozlarning karta raqamlari"
_BEFORE = re.compile(r"(?<!\w)(?:(?:customers?|clients?|users?|buyers?|shoppers?|cardholders?|subscribers?|patients?"
                     r"|guests?|callers?)(?:'s|s'|')|(?:mijoz|xaridor|haridor|foydalanuvchi|abonent)\w*ning)\s+$")
# after it: "… of (the, our) customers", «… клиентов», «… مشتریان»
_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+|our\s+|their\s+)?)?(?:" + _OTHERS + r")(?!\w)")
_NEAR = 30


def others_named(text: str, start: int, end: int) -> bool:
    """The owner of the match ``text[start:end]`` (a card, a code) is named right before or after it, and is someone
    the job serves (``_OTHERS``)."""
    return (_BEFORE.search(text, max(0, start - _NEAR), start) is not None
            or _AFTER.match(text, end) is not None)
