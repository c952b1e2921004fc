"""Pay far above what work asking no experience pays, read from the post itself (``unskilled_pay``).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.legitimacy.rules.reading import NEGATION_BEFORE, WARNING_AFTER, _sentence_window
from pipeline.legitimacy.rules.soft_signals import NO_EXPERIENCE


# Pay far above what work that asks no experience pays ("Oyiga 10 mln so'm daromad, tajriba shart emas", "Доход от
# 4 000 000 сум в неделю … Без опыта", "روزی تا ۲ میلیون تومان … سابقه نمی‌خواهد", "Оплата $40 в час … опыт не
# требуется"): the research note's R4, read from the post itself where the store's market (``pay_above_market`` with
# a ``Context``) is not known. Either alone is an honest line: entry-level jobs say "tajriba shart emas" at their pay,
# and 10 mln so'm a month is an experienced specialist's salary. So the pay must be high for a job with no experience
# asked: at least ``UNSKILLED_MONTH`` a month in so'm ("som", "sum" as typed), roubles, toman or rial, as posts in
# Uzbekistan, Russia and Iran quote them, or in dollars for remote work (dollars for work abroad are paid as there:
# "Koreyada ish, oylik $2 000" is a factory wage); a week's, a day's or an hour's pay against its share of that
# (``UNSKILLED_SHARE``: four weeks, twenty days, and eighty hours, a half-time month, as hourly work is paid). It is
# read in two ways: beside "no experience needed" in one sentence (a post's lines read as one: ``_BAIT_SENTENCE_END``),
# at most ``BAIT_REACH`` characters apart, any amount there (its period as said, else a month); or anywhere in a post
# that says no experience is needed and asks for none (``_EXPERIENCE_ASKED``: "kamida 5 yil tajriba", "опыт от 3
# лет", "حداقل ۸ سال سابقه", "3+ years": a post for two roles, a senior's pay and a cashier's "no experience"), an
# amount said to be pay: with its period ("oyiga", "в неделю", "روزی", "/hour") or a pay word on its line ("Oylik",
# "Зарплата", "حقوق").
UNSKILLED_MONTH = {"so'm": 8_000_000, "rub": 150_000, "toman": 25_000_000, "rial": 250_000_000, "usd": 1_200}
UNSKILLED_SHARE = {"month": 1, "week": 4, "day": 20, "hour": 80}
BAIT_REACH = 80
_PAY_NUMBER = r"(\d{1,3}(?:[ .,]\d{3})+|\d+(?:[.,]\d+)?)"
_PAY_SCALE = r"(?:\s*(mln|million\w*|mlrd|ming|tisyach\w*|tis|میلیون|هزار)\.?)?"
_LOCAL_CURRENCY = r"(so'm\w*|som\w*|sum\w*|rub\w*|r\b|₽|تومان|تومن|toman\w*|ریال|rial\w*)"
_BAIT_AMOUNT = re.compile(r"(?<![\w.,$])" + _PAY_NUMBER + r"\s*" + _PAY_SCALE + r"\s*" + _LOCAL_CURRENCY
                          + r"|(?:\$|(?<!\w)usd)\s?" + _PAY_NUMBER + r"(?!\s*(?:mlrd|mln|ming|million|tis|میلیون|هزار))"
                          + r"|(?<![\w.,$])" + _PAY_NUMBER + r"\s?(?:\$|usd\b|dollar\w*|دلار)")
_BAIT_SCALE = {"mln": 1e6, "million": 1e6, "mlrd": 1e9, "ming": 1e3, "tisyach": 1e3, "tis": 1e3, "میلیون": 1e6,
               "هزار": 1e3}
# (not a line break: a post's pay on one line and "no experience" on the next are one offer)
_BAIT_SENTENCE_END = re.compile(r"[.!?;:•|؛؟]")
# A post that asks for years of experience is for a role that needs it (or for two roles: its "no experience" is the
# other's): "kamida 5 yil tajriba", "tajriba 3 yildan", "опыт работы от 3 лет", "3 года опыта", "حداقل ۸ سال سابقه",
# "۴ سال سابقه", "3+ years of experience", "at least 2 years"; not an age asked ("حداقل ۱۸ سال سن", "must be at least 18
# years old": a twenty-second writer's "no experience" post had been read as asking for 18 years of it).
_EXPERIENCE_ASKED = re.compile(
    r"(?<!\w)(?:kamida\s+\d+\s*-?\s*yil\w*|tajriba\w*\s+(?:kamida\s+)?\d+\s*-?\s*yil\w*|\d+\s*-?\s*yil\w*\s+"
    r"(?:\w+\s+)?tajriba\w*"
    r"|opit\w*\s+(?:\w+\s+)?(?:ot|ne\s+menee|bolee|svishe)\s+\d+|opit\w*\s+\d+\s*(?:let|god\w*)"
    r"|\d+\s*\+?\s*(?:let|god\w*)\s+(?:\w+\s+)?opit\w*"
    r"|(?<!سن\s)حداقل\s+\d+\s*سال(?!\s*سن)|\d+\s*سال\s+(?:\S+\s+){0,2}?(?:سابقه|تجربه)"
    r"|(?:سابقه|تجربه)\s+(?:\S+\s+){0,2}?\d+\s*سال"
    r"|\d+\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:\w+\s+){0,3}?experience"
    r"|\d+\s*\+\s*(?:years?|yrs?)(?!\s+(?:old|of\s+age))"
    r"|(?<!be\s)(?<!aged\s)(?<!age\s)(?:at\s+least|minimum(?:\s+of)?)\s+\d+\s*(?:years?|yrs?)"
    r"(?!\s+(?:old|of\s+age)))(?!\w)")
# The period a rate is said per: a word that says "per" itself ("oyiga", "kunlik", "ежедневно", "روزانه", "ماهی",
# "hourly"), right after its amount or right before it; or a period's noun after "/", "per", "a", "в", "за", "در"
# right after it ("сум в неделю", "$40/hour", "so'm/oy", "تومان در ماه"). A bare noun is none: "6 kun 5 mln so'm",
# "۸ ساعت ۱۲ میلیون تومان" are a week's days and a day's hours beside a month's pay.
_PER_PERIOD = {
    "month": r"oyiga|oylik|har\s+oy|yejemesyachn\w*|ماهانه|ماهیانه|ماهی|monthly",
    "week": r"haftasiga|haftalik|har\s+hafta|yejenedeln\w*|هفتگی|هفتهای|weekly",
    "day": r"kuniga|kunlik|har\s+kuni|yejednevn\w*|روزانه|روزی|daily",
    "hour": r"soatiga|soatbay|ساعتی|hourly",
}
_PERIOD_NOUN = {
    "month": r"oy|mes(?:yats\w*|\.)?|month|mo|ماه",
    "week": r"hafta|nedel\w*|week|wk|هفته",
    "day": r"kun|den|day|روز|smen\w*|shift",
    "hour": r"soat|chas|h|hr|hour|ساعت",
}
_PERIOD_AFTER = {period: re.compile(r"\s*(?:\+|dan|gacha|dan\s+boshlab)?\s*(?:(?:" + _PER_PERIOD[period]
                                    + r")|(?:/|per\s|an?\s|v\s|za\s|در\s|each\s|every\s)\s*(?:" + _PERIOD_NOUN[period]
                                    + r"))(?!\w)")
                 for period in UNSKILLED_SHARE}
# … or, with a word that says "per", right before it, a range's first amount or an "up to" between ("oyiga
# 15 000 000 – 25 000 000 so'm", "kuniga 400-600 ming so'm", "روزی تا ۲ میلیون تومان", "درآمد ماهانه ۴۰ تا ۶۰ میلیون
# تومان", "Ойлик $1 500 дан $2 000 гача")
_RANGE_BEFORE = (r"(?:(?:up\s+to|from|about|around|ot|do|okolo|تا|حدود|از|حداکثر|بین)\s+)?(?:\$?\s?"
                 + _PAY_NUMBER.replace("(", "(?:", 1) + r"\s*(?:mln|million|ming|tis\w*|میلیون|هزار)?\s*(?:\$|so'm|sum"
                 r"|تومان)?\s*(?:-|–|—|to|do|dan|تا|الی|gacha)\s*)?(?:(?:up\s+to|ot|do|تا|حدود|gacha)\s+)?")
_PERIOD_BEFORE = {period: re.compile(r"(?<!\w)(?:" + _PER_PERIOD[period] + r")\s*[:\-–]?\s*" + _RANGE_BEFORE + r"$")
                  for period in UNSKILLED_SHARE}
# A pay word on an amount's line says the amount is pay (a month's, as pay in so'm, roubles, toman or rial with no
# period is: ``pay.usual_period``), not a price or a turnover.
_PAY_WORD = re.compile(r"(?<!\w)(?:oylik|maosh\w*|ish\s+haq\w*|daromad\w*|zarplat\w*|zp|oklad\w*|oplat\w*|doxod\w*"
                       r"|zarabot\w*|viplat\w*|salary|pay|income|earn\w*|wages?|حقوق|درآمد|دستمزد|پرداختی)(?!\w)")
# Remote work, where dollars are paid from abroad to the seeker at home
_REMOTE = re.compile(r"(?<!\w)(?:masofa\w*|uydan|uyda|onlayn|online|udal(?:yo|e)n\w*|iz\s+doma|na\s+domu|remote\w*"
                     r"|from\s+home|work\s+from|دورکار\w*|در\s+منزل|در\s+خانه|از\s+خانه|آنلاین|غیرحضوری)(?!\w)")


class PayRate(NamedTuple):
    """An amount of pay a post offers: in ``UNSKILLED_MONTH``'s currency, per ``period`` ("month" when not said); where
    it stands in the text, with the period said after it."""

    value: float
    currency: str
    period: str
    start: int
    end: int


def _pay_rate(text: str, m: re.Match[str], said_to_be_pay: bool = False) -> PayRate | None:
    """The rate ``_BAIT_AMOUNT``'s match ``m`` offers: its period after or before it on its line, else a month for
    so'm, roubles, toman and rial (with ``said_to_be_pay``: only with a pay word on its line); dollars only with a
    period said."""
    local, local_scale, local_currency, usd_first, usd_after = (m.group(1), m.group(2), m.group(3), m.group(4),
                                                                m.group(5))
    number = local or usd_first or usd_after
    digits = re.sub(r"[ .,](?=\d{3}(?!\d))", "", number).replace(",", ".")
    try:
        value = float(digits)
    except ValueError:
        return None
    if local_scale:
        value *= next(v for k, v in _BAIT_SCALE.items() if local_scale.startswith(k))
    if local_currency:
        c = local_currency
        currency = ("so'm" if c.startswith(("so'm", "som", "sum")) else "rial" if c.startswith(("ریال", "rial"))
                    else "toman" if c.startswith(("تومان", "تومن", "toman")) else "rub")
    else:
        currency = "usd"
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    after = text[m.end():min(line_end, m.end() + 30)]
    before = text[max(line_start, m.start() - 60):m.start()]
    end = m.end()
    period = None
    for p, rx in _PERIOD_AFTER.items():
        said = rx.match(after)
        if said:
            period, end = p, end + said.end()
            break
    if period is None:
        period = next((p for p, rx in _PERIOD_BEFORE.items() if rx.search(before)), None)
    if period is None:
        if currency == "usd" or said_to_be_pay and not _PAY_WORD.search(text, line_start, line_end):
            return None
        period = "month"
    return PayRate(value, currency, period, m.start(), end)


def too_high_for_no_experience(rate: PayRate) -> bool:
    """The rate is at least ``UNSKILLED_MONTH``'s share for its period (``UNSKILLED_SHARE``)."""
    return rate.value * UNSKILLED_SHARE[rate.period] >= UNSKILLED_MONTH[rate.currency]


#: a stem every ``NO_EXPERIENCE`` phrase holds, as folded (Cyrillic read in Latin): the phrases are looked for only
#: around where one stands, where their pattern over a whole posting cost 18 µs (a third of hh.uz's say "опыт")
_NO_EXPERIENCE_STEMS = ("tajrib", "opit", "navik", "سابقه", "تجربه", "مهارت")


def _no_experience(text: str) -> list[re.Match[str]]:
    """``NO_EXPERIENCE``'s matches in ``text``, in order: searched from 30 characters before each stem to the first
    space 60 after it (a phrase is shorter; the lookbehind sees before the window, and a space ends it on a word)."""
    found: dict[int, re.Match[str]] = {}
    for stem in _NO_EXPERIENCE_STEMS:
        at = text.find(stem)
        while at >= 0:
            end = text.find(" ", at + 60)
            for m in NO_EXPERIENCE.finditer(text, max(0, at - 30), len(text) if end < 0 else end):
                found.setdefault(m.start(), m)
            at = text.find(stem, at + len(stem))
    return [found[k] for k in sorted(found)]


def _counts(text: str, rate: PayRate) -> bool:
    """A rate too high for no experience, in dollars only for remote work, and not in a warning or a negation."""
    if not too_high_for_no_experience(rate) or rate.currency == "usd" and not _REMOTE.search(text):
        return False
    before, after = _sentence_window(text, rate.start, rate.end)
    return not (NEGATION_BEFORE.search(before) or WARNING_AFTER.search(after))


def unskilled_pay(text: str) -> tuple[int, int, PayRate] | None:
    """Pay far above what work asking no experience pays in the folded ``text``, as the span to quote and its rate:
    an amount beside "no experience needed" in one sentence (from the first of the two to the end of the second, or
    the amount when they stand on lines apart),
    unless the line of that sentence negates or warns before it; else, in a post that says no experience is needed
    and asks for none, an amount said to be pay anywhere (the amount)."""
    said = []
    for exp in _no_experience(text):
        before, after = _sentence_window(text, exp.start(), exp.end())
        if WARNING_AFTER.search(after):
            continue
        said.append(exp)
        lo, hi = max(0, exp.start() - BAIT_REACH - 20), exp.end() + BAIT_REACH + 20
        for m in _BAIT_AMOUNT.finditer(text, lo, hi):
            rate = _pay_rate(text, m)
            if rate is None or not too_high_for_no_experience(rate):
                continue
            start, end = min(m.start(), exp.start()), max(m.end(), exp.end())
            if end - start > BAIT_REACH + len(m.group()) + len(exp.group()) or _BAIT_SENTENCE_END.search(
                    text, min(m.end(), exp.end()), max(m.start(), exp.start())):
                continue
            if rate.currency == "usd" and not _REMOTE.search(text):
                continue
            before, after = _sentence_window(text, start, end)
            if NEGATION_BEFORE.search(before) or WARNING_AFTER.search(after):
                continue
            if text.find("\n", start, end) >= 0:  # (on lines apart, the amount is what a reason quotes)
                return rate.start, rate.end, rate
            return start, end, rate
    if not said or _EXPERIENCE_ASKED.search(text):
        return None
    for m in _BAIT_AMOUNT.finditer(text):
        rate = _pay_rate(text, m, said_to_be_pay=True)
        if rate is not None and _counts(text, rate):
            return rate.start, rate.end, rate
    return None
