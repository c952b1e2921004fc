"""A scam's message quoted as a warning ("Fraudsters write: «pay 200 000 in advance»"): the quotation a
match stands inside (``warned_quotation``), and a post that warns of imitations of its employer
(``warns_of_imitations``).
"""
from __future__ import annotations

import re

from pipeline.legitimacy.rules.matching import _compile


# A scam's line quoted inside a warning ("Fraudsters write: «pay 200 000 in advance»", "«уйдан ишлаш, олдиндан 200 минг
# тўланг» деган хабарлар тарқатилмоқда" under "ДИҚҚАТ: номимиздан фирибгарлар!") is not the post asking.
QUOTE_WARNING = _compile(
    "scam*", "fraud*", "fake", "beware", "warning", "impersonat*", "firibgar*", "diqqat", "ehtiyot bo'ling",
    "ogoh bo'ling", "soxta", "мошен*", "осторожно", "внимание", "фейк*", "کلاهبردار*", "هشدار", "جعلی", "مراقب",
    # … or disowned ("That message is not from us.", "Это пишем не мы.", «Bu xabar bizdan emas»)
    "фальшив*", "поддельн*", "not from us", "пишем не мы", "не от нас", "bizdan emas", "از طرف ما نیست",
    # … or its senders disowned («Это НЕ МЫ.», "That is not us.", "Bular biz emas.", «اینها ما نیستیم»)
    "это не мы", "это были не мы", "that is not us", "that's not us", "this is not us", "it is not us", "it's not us",
    "bu biz emas", "bular biz emas", "این ما نیستیم", "اینها ما نیستیم", "آنها ما نیستیم",
    # … or forwarded as a warning by its Russian or Uzbek name («Пересылаем предупреждение Uzcert:», "туман бандлик
    # маркази огоҳлантиришини тарқатамиз:", a twenty-third writer's channel posts)
    "предупрежд*", "ogohlantir*",
    # … or named suspicious (a moderator's duty: "flag suspicious ads such as «…»", «подозрительные объявления вроде
    # «…»», "shubhali e'lonlar, masalan «…»", «آگهی‌های مشکوک مثل «…»»), or told not to be answered but reported ("If
    # anyone asks you for an «activation fee», do not reply and report it", «не отвечайте», "javob bermang", «جواب
    # ندهید و به ادمین گزارش بدهید»: a twenty-fourth writer's pinned reminder and moderators' posts)
    "suspicious", "подозрительн*", "shubhali", "مشکوک",
    "do not reply", "don't reply", "do not respond", "don't respond", "report it", "report them", "report this",
    "report such", "не отвечайте", "сообщите администратор*", "сообщите модератор*", "сообщите админ*",
    "пожалуйтесь", "javob bermang", "adminga xabar bering", "shikoyat qiling", "جواب ندهید", "پاسخ ندهید",
    "جواب ندید", "گزارش بدهید", "گزارش دهید", "گزارش کنید", "گزارش بدید",
).pattern
# … or is what the job's customers bring to the seeker, quoted ("С чем к вам обращаются:\n— «пришло SMS с кодом, а я
# ничего не покупал»", a payment-support desk's list of complaints): their words, not the post asking.
CUSTOMERS_QUOTED = _compile(
    "к вам обращаются", "с чем обращаются", "клиенты пишут", "клиенты жалуются", "жалобы клиентов",
    "sizga murojaat qil*", "mijozlar yozadi", "mijozlar yozishadi", "mijozlar shikoyat*", "customers write",
    "customers complain*", "customer complaints", "complaints from customers", "customers contact you",
    "به شما مراجعه", "مشتریان مینویسند", "مشتریان میپرسند", "شکایت مشتری*", "شکایات مشتری*",
    # … a support desk's users and their usual messages too (a seventeenth writer's "Частые обращения: «просят сделать
    # тестовый перевод …»", «بیشتر پیام‌ها: «گفته‌اند برای آزادسازی حساب یک واریز آزمایشی کنم»»)
    "частые обращения", "типичные обращения", "частые вопросы пользователей", "пользователи пишут",
    "пользователи жалуются", "bilan murojaat qil*", "foydalanuvchilar yozadi", "foydalanuvchilar yozishadi",
    "ko'p uchraydigan murojaat*", "users write", "what users write", "users complain*", "common requests",
    "typical messages", "most messages", "frequent requests", "بیشتر پیامها", "پیامهای رایج", "پیامهای کاربران",
    "کاربران مینویسند", "کاربران میپرسند", "درخواستهای رایج", "شکایت کاربران", "شکایات کاربران",
).pattern
_QUOTE_MARKS = re.compile("[«“„\"]")
# A quoted message runs over sentences ("«Сиз қабул қилиндингиз! Гарнитура учун 180 000 сўмни картага ташланг»", a
# fifteenth writer's fake offer quoted word for word): its opening mark is looked for on the match's line, this far back.
QUOTE_LINE_REACH = 400
_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'))
QUOTE_WARNING_REACH = 200


def _quote_opened_before(text: str, start: int) -> bool:
    """Whether a quotation mark stands before ``start`` on its line, within ``QUOTE_LINE_REACH``: a scan that rules
    out most matches before ``_quotation`` reads their line."""
    return _QUOTE_MARKS.search(text, max(text.rfind("\n", 0, start) + 1, start - QUOTE_LINE_REACH), start) is not None


def _warning_reach(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a warning of a match at ``text[start:end]`` is looked for: ``QUOTE_WARNING_REACH`` characters either
    side."""
    return max(0, start - QUOTE_WARNING_REACH), min(len(text), end + QUOTE_WARNING_REACH)


def warned_quotation(text: str, start: int, end: int, warning: re.Pattern[str] = QUOTE_WARNING, *,
                     customers_quoted: re.Pattern[str] | None = None) -> tuple[int, int] | None:
    """The quotation on its line the match stands inside (``_quotation``), when a warning (``warning``) is said within
    ``QUOTE_WARNING_REACH`` characters of the match, or of the quotation's opening or closing mark (a warning that
    introduces a long quoted message, «Пересылаем предупреждение Uzcert:\n«… У граждан запрашивают … код из SMS.»»,
    stands farther from an ask deep inside it than from the quotation): a scam message quoted as one. With
    ``customers_quoted`` (``CUSTOMERS_QUOTED``, or its merged form on a merged text), also when that customers are
    quoted is said there: their words are not the post asking either (``negated``), but they are no scam message
    quoted as one (the text model reads them, and they warn of nothing in the employer's name:
    ``warns_of_imitations``)."""
    quotation = _quotation(text, start, end)
    if quotation is None:
        return None
    opening, closing = quotation
    for near in (_warning_reach(text, start, end), (max(0, opening - QUOTE_WARNING_REACH), opening),
                 (closing, min(len(text), closing + QUOTE_WARNING_REACH))):
        if warning.search(text, *near) is not None or (customers_quoted and customers_quoted.search(text, *near)):
            return quotation
    return None


def _quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation on its line the match ``text[start:end]`` stands inside, from its opening mark to its closing
    one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    for opening, closing in _QUOTE_PAIRS:
        if opening == '"':
            opened = before.count('"') % 2 == 1
            at = before.rfind('"')
            if opened and closing in after:
                return line_start + at, end + after.index(closing) + 1
        elif opening in before:
            quotation = _nested_quotation(before, after, opening, closing)
            if quotation is not None:
                return line_start + quotation[0], end + quotation[1]
    return None


def _nested_quotation(before: str, after: str, opening: str, closing: str) -> tuple[int, int] | None:
    """The quotation marks around the match between ``before`` and ``after`` (its line's parts), counting the
    quotations nested in it ("«Объявления о «работе на дому» … код из SMS»", a Persian «…» inside «…»): the opening
    mark left open before the match (its position in ``before``) and the mark that closes it after (the position past
    it in ``after``)."""
    depth, at = 0, -1
    for i in range(len(before) - 1, -1, -1):  # the innermost opening left open, read back from the match
        if before[i] == closing:
            depth += 1
        elif before[i] == opening:
            if depth == 0:
                at = i
                break
            depth -= 1
    if at < 0:
        return None
    depth = 0
    for i, c in enumerate(after):
        if c == opening:
            depth += 1
        elif c == closing:
            if depth == 0:
                return at, i + 1
            depth -= 1
    return None


# An employer's warning of addresses that imitate its own: "harborlinestaffing.co, harborline-staffing.com or
# harbor1inestaffing.com are not ours", «… — не наши», «… bizniki emas», «… متعلق به ما نیست». Like a scam message
# quoted as one (``warned_quotation``), a post that says it is one the text model alone does not hide (``warns_of_
# imitations``): its words are the imitation's it warns of.
_DISOWNED_ADDRESS = re.compile(
    r"[\w-]\.(?:com|co|org|net|io|uz|ru|ir)(?:/\S*)?[\s,;:)»\"'—–-]+(?:(?:are|is)\s+not\s+(?:ours|us|our\s+\w+)"
    r"|(?:eto\s+)?ne\s+nash\w*|bizniki\s+emas|bizga\s+tegishli\s+emas"
    r"|(?:متعلق\s+به|مال|از\s+آن)\s+ما\s+نیست(?:ند)?)(?!\w)")
# the words ``_DISOWNED_ADDRESS`` needs, one of them: a substring scan each, where the pattern (opening with a class)
# is tried at every character
_DISOWNING = ("not ours", "not us", "not our ", "ne nash", "bizniki emas", "tegishli emas", "ما نیست")


def warns_of_imitations(text: str, quotations: list[tuple[int, int]]) -> bool:
    """The folded ``text`` warns of a scam in its employer's name: it quotes one as a warning (``quotations``, those
    ``first_match`` found) or disowns look-alike addresses (``_DISOWNED_ADDRESS``)."""
    return bool(quotations) or (any(words in text for words in _DISOWNING)
                                and _DISOWNED_ADDRESS.search(text) is not None)
