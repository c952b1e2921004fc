"""A pasted conversation's turns: who says each line, and how the other side answers the seeker's questions.

A seeker asking "is this job real?" pastes the ad and the chat that followed it: "[14:02] HR Manager Dilnoza: …",
«Рекрутер (Ирода, Meros Group): …», «Вы: …», "Siz, 19:50" over its message, «[۱۴۰۵/۰۹/۱۲، ۱۰:۱۰] من: …». The
seeker's own question names what the seeker fears or was asked elsewhere ("boshqa joyda … 200 000 so'm to'lash kerak
deyishdi. sizlarda ham to'lash kerakmi?"); the other side's answer tells whether it is asked here:

* ``answered_no``: a "no" opening the reply (after a greeting and a name: «Здравствуйте, Гулчехра! Нет, это не мы»,
  «سلام، وقتتون بخیر 🌿 نه، هیچ هزینه‌ای نداره») answers the question's words away, unless the reply goes on to a
  "but", a refund or a "not X, but Y" («Нет, это не оплата, а депозит»): that "no" asks too.
* ``confirmed_payment``: a payment the seeker asks about ("nega 200 000 so'm to'lashim kerak?", «Я уже перевела 150 000
  сум …, теперь ещё 300 000 …?») that the other side confirms — "yes", or any answer to a "why" but "no" — is the ask,
  where the fee itself was said in a voice message or a call the paste does not show.

Only the seeker's turns are read so (a label of the seeker's own: "You", "Me", «Вы», «Я», "Siz", "Men", «من»): the
recruiter's question ("Can you pay the $40 fee today?") is an ask whatever the seeker answers. The text is the
``textnorm.fold``-ed one the rules read (Cyrillic in Latin letters, digits in ASCII).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.legitimacy.text import PICTOGRAPHS

__all__ = ["Turn", "answered_no", "confirmed_payment", "goes_on_to_ask", "reply_to", "turns"]


class Turn(NamedTuple):
    start: int  # where its label's line starts
    body: int  # where its message starts (after the label, or on the line under a "Name, 19:40" label)
    end: int  # where the next turn's label line starts, or the text ends
    seeker: bool  # said by the seeker


# A turn's label at a line's start: an optional "[time]" or "[date, time]", a speaker's name of up to six words (with
# a parenthesis: "Рекрутер (Ирода, Meros Group)") and a colon; or a name and a time alone on a line, the message under
# it (WhatsApp's "Bozorcha HR, 19:40"). An e-mail's quoting ">" may open it.
_LABEL = re.compile(
    r"^(?:>+\s*)?(?:\[[^\]\n]{1,40}\]\s*)?(?P<who>[^\W\d_][^:\n\[\]()]{0,40}?(?:\s*\([^()\n]{0,40}\))?)\s*:(?=[ \t]|$)"
    r"|^(?:>+\s*)?(?P<line>[^\W\d_][^,:\n]{0,40}?),\s*\d{1,2}:\d{2}[ \t]*$", re.M)
_LABEL_WORDS = 6
# … of the seeker's own, looked for first, at the lines that hold a colon: a text with none, or with no question,
# holds no turn these readings need (most postings: an ad's "Oylik: …", "Talab: …" lines are labelled too, but no
# seeker speaks there)
_SEEKER_LINE = re.compile(r"(?:>+\s*)?(?:\[[^\]\n]{1,40}\]\s*)?(?:you|me|i|myself|vi|ya|siz|men|من|خودم)"
                          r"(?:\s*\([^()\n]*\))?(?::[ \t]|,\s*\d{1,2}:\d{2}[ \t]*(?:\n|$))")
_SEEKER_LINE_REACH = 60  # how far into its line a seeker's label's colon may stand
# The seeker's own labels (folded: «Вы» is "vi", «Я» "ya"), a parenthesis after them aside ("Вы (ответ)")
_SEEKER = re.compile(r"(?:you|me|i|myself|vi|ya|siz|men|من|خودم)(?:\s*\([^()]*\))?")
_QUESTION = re.compile(r"[?؟]")
# What may stand before the answer in a reply's first pieces: a greeting or thanks, and the seeker's name after it
_GREETING = re.compile(
    r"(?<!\w)(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening|day)|thanks|thank\s+you"
    r"|zdravstvuyte|dobriy|dobroye|dobrogo|dobrogo\s+dnya|privet|spasibo"
    r"|assalomu|assalom|vaalaykum|va\s+alaykum|salom|rahmat|xayrli"
    r"|سلام|درود|بخیر|ممنون|مرسی)(?!\w)")
_NAME_WORDS = 3
_PIECE_END = re.compile(r"[.!?,،؛;:\n—–" + PICTOGRAPHS + r"]+")
_OPENING_READ = 160  # how much of a reply is read for its first words
_NO = re.compile(
    r"(?:no|nope|never|nothing|none|not\s+at\s+all|of\s+course\s+not|absolutely\s+not"
    r"|net|nichego|nikakix|nikakogo|nikogda|ni\s+v\s+koyem\s+sluchaye|ni\s+v\s+koem\s+sluchae|ne\s+nujno|ne\s+nado"
    r"|ne\s+trebuyetsya|ne\s+plati\w*"
    r"|yo'q|yoq|yuk(?=\s*[,.!])|hech|xech|mutlaqo|kerak\s+emas"
    r"|نه|نخیر|خیر|هیچ|اصلا|اصلاً|هرگز)(?!\w)(?!\s+(?:problem|problems|worries|doubt|problem)(?!\w))")
_YES = re.compile(
    r"(?:yes|yeah|yep|yup|sure|correct|right|exactly|of\s+course|da|aga|verno|konechno|imenno|pravilno"
    r"|ha|xa|albatta|to'g'ri|togri|shunday"
    r"|بله|بلی|آره|آری|درسته|درست\s+است|البته|دقیقا|دقیقاً)(?!\w)")
# What makes a "no" ask after all: a "but", a refund, or "not X, but Y" («Нет, это не оплата, а депозит», "No, it's not
# a fee, it's a deposit", "Yo'q, bu to'lov emas, balki depozit", «نه، هزینه نیست بلکه ودیعه است»)
_NO_BUT = re.compile(
    r"(?<!\w)(?:but|however|refund\w*|reimburs\w*|returned|odnako|vernyom|vernem|vernyotsya|vernetsya|vozvrash\w*"
    r"|vozvrat\w*|lekin|ammo|biroq|balki|qaytar\w*|ولی|اما|بلکه|برمیگرد\w*|برگردانده|عودت|مسترد)(?!\w)"
    r"|(?<!\w)ne\s[^.!?\n]{0,40}?,\s*a\s|(?<!\w)not\s+(?:a\s+|an\s+)?[^\W\d_]+,\s*(?:it'?s|it\s+is|just|only)(?!\w)")
_WHY = re.compile(r"(?<!\w)(?:why|what\s+for|nega|nimaga|nima\s+uchun|pochemu|zachem|dlya\s+chego|چرا|برای\s+چی)(?!\w)")
# The seeker paying, in the seeker's own words: first person, or "have to", "need to"
_SEEKER_PAYS = re.compile(
    r"(?<!\w)(?:(?:do|should|must|will|can)\s+i\s+(?:have\s+to\s+|need\s+to\s+)?(?:pay|send|transfer|deposit|top\s+up)"
    r"|i\s+(?:already\s+|have\s+already\s+|have\s+|'ve\s+)?(?:paid|sent|transferred|deposited|topped\s+up)"
    r"|(?:have|need)\s+to\s+(?:pay|send|transfer|deposit|top\s+up)"
    r"|(?:perevel|perevela|oplatil|oplatila|zaplatil|zaplatila|vnesla|vnyos|vnes)(?!\w)"
    r"|(?:nujno|nado|doljna|doljen|doljni|pridyotsya|pridetsya)\s+(?:li\s+)?(?:\S+\s+){0,2}?(?:platit|oplatit|zaplatit"
    r"|perevest|perevodit|vnesti)(?!\w)"
    r"|to'la(?:shim|yman|dim|ymanmi|shimiz)|tola(?:shim|yman|dim)|o'tkaz(?:dim|aman|ishim)|to'lash\s+kerak"
    r"|to'lov\s+qilish(?:im)?\s+kerak"
    r"|(?:پرداخت|واریز)\s*(?:کنم|کردم|بکنم)|بپردازم|کارت\s*به\s*کارت\s*(?:کنم|کردم)|(?:بدم|بدهم)(?!\w))")
# … of an amount of money (digits with a currency, a sign, or thousands)
_MONEY = re.compile(r"(?:[$€£]\s?\d|\d[\d.,]*(?:\s\d{3})*\s?(?:\$|€|usdt?|dollar\w*|euro\w*|so'm|som|sum\w*"
                    r"|rub\w*|₽|ming|tis\w*|mln|toman|تومان|تومن|ریال|هزار|میلیون)(?!\w)|\d{1,3}\s\d{3}(?!\d))")


@lru_cache(maxsize=8)
def turns(text: str) -> tuple[Turn, ...]:
    """The turns of ``text`` (folded), in order; none when no label is in it, or no label of the seeker's, or no
    question."""
    if ("?" not in text and "؟" not in text) or not _seeker_speaks(text):
        return ()
    labels = []
    for m in _LABEL.finditer(text):
        who = m.group("who")
        if who is None:
            who = m.group("line")
            body = m.end() + 1
        else:
            body = m.end()
        if len(who.split()) > _LABEL_WORDS:
            continue
        labels.append((m.start(), min(body, len(text)), _SEEKER.fullmatch(who.strip()) is not None))
    return tuple(Turn(start, body, labels[k + 1][0] if k + 1 < len(labels) else len(text), seeker)
                 for k, (start, body, seeker) in enumerate(labels))


def _seeker_speaks(text: str) -> bool:
    """A line of ``text`` opens with a label of the seeker's (``_SEEKER_LINE``)."""
    colon = text.find(":")
    while colon >= 0:
        line = text.rfind("\n", 0, colon) + 1
        if colon - line <= _SEEKER_LINE_REACH and _SEEKER_LINE.match(text, line):
            return True
        line_end = text.find("\n", colon)
        if line_end < 0:
            return False
        colon = text.find(":", line_end)
    return False


def _turn_at(text: str, at: int) -> tuple[int, tuple[Turn, ...]] | None:
    """The index of the turn whose message holds ``at``, and the turns; ``None`` when no turn does."""
    found = turns(text)
    for k, turn in enumerate(found):
        if turn.body <= at < turn.end:
            return k, found
        if turn.start > at:
            break
    return None


def reply_to(text: str, at: int) -> Turn | None:
    """The other side's turn answering the seeker's question turn that holds ``at`` (the seeker's own next turns
    between them aside); ``None`` when ``at`` is in no such question or nobody answers it."""
    found = _turn_at(text, at)
    if found is None:
        return None
    k, all_turns = found
    turn = all_turns[k]
    if not turn.seeker or not _QUESTION.search(text, turn.body, turn.end):
        return None
    for later in all_turns[k + 1:]:
        if not later.seeker:
            return later
    return None


def _opening(text: str, reply: Turn) -> str:
    """The reply's first words after a greeting and the name after it ("Здравствуйте, Гулчехра! Нет, …" -> "net, …")."""
    message = text[reply.body:min(reply.end, reply.body + _OPENING_READ)].lstrip()
    greeted = named = False
    while message:
        piece = _PIECE_END.search(message)
        head = message[:piece.start()] if piece else message
        if _GREETING.search(head):
            greeted = True
        elif (greeted and not named and 0 < len(head.split()) <= _NAME_WORDS and not _NO.match(message)
              and not _YES.match(message)):
            named = True
        elif head.strip():
            return message
        if piece is None:
            return ""
        message = message[piece.end():].lstrip()
    return message


def goes_on_to_ask(text: str, reply: Turn) -> bool:
    """The reply says "but", promises a refund or says "not X, but Y" (``_NO_BUT``): whatever it refuses first, it
    asks."""
    return _NO_BUT.search(text, reply.body, reply.end) is not None


def _says_no(text: str, reply: Turn) -> bool:
    return _NO.match(_opening(text, reply)) is not None and not goes_on_to_ask(text, reply)


def answered_no(text: str, at: int) -> bool:
    """``at`` is in the seeker's question turn, and the other side's reply opens with a "no" that asks nothing."""
    reply = reply_to(text, at)
    return reply is not None and _says_no(text, reply)


def confirmed_payment(text: str) -> tuple[int, int] | None:
    """The span of a payment the seeker's question names in the seeker's own words, with an amount of money, that
    the other side's reply confirms: opening with "yes", or, to a "why", anything but a "no"."""
    for turn in turns(text):
        if not turn.seeker or not _QUESTION.search(text, turn.body, turn.end):
            continue
        pays = _SEEKER_PAYS.search(text, turn.body, turn.end)
        if pays is None or _MONEY.search(text, turn.body, turn.end) is None:
            continue
        reply = reply_to(text, turn.body)
        if reply is None:
            continue
        opening = _opening(text, reply)
        if _YES.match(opening) or (_WHY.search(text, turn.body, turn.end) and opening and not _says_no(text, reply)
                                   and not _NO.match(opening)):
            return pays.start(), pays.end()
    return None
