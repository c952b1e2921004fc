"""Red-flag rules in English, Uzbek (Latin and Cyrillic), Russian and Persian.

Every rule reads the ``textnorm.fold``-ed text: Uzbek and Russian Cyrillic are
transliterated to Latin there, so the phrase lists below are written in their
own script and folded the same way when the patterns are compiled — one
pattern matches both Uzbek scripts. Phrase syntax: ``*`` = rest of the word
(Uzbek/Russian/Persian suffixes), ``?`` = any one letter ("licen?e"), ``~`` = a gap of up to three words, a space
= any run of space or punctuation-free gap.

*Hard* rules (fees, card/ID/SMS-code requests, money-mule work, work under a
borrowed or assigned identity, a bank card number in the text) decide a verdict
on their own. *Soft* rules only add to the score (pay bait, urgency, an ID copy only said to be needed:
``needed_only``); messaging-app-only contact
and free-mail addresses count only together with an unverifiable employer or
another signal, because Telegram is the normal recruiting channel in Uzbekistan
and Iran.

Duties: a card number, a code or a prepayment in a sentence about the job's clients, users or suppliers (or
under a cashier's or accountant's heading) is the work, not a request, unless that sentence speaks to the
seeker (``duty``); "we will pay for …" and pay as a noun are the seeker being paid (``PAYER``), and so is the
employer's transfer of the seeker's pay to a card someone names ("Oylikni siz ko'rsatgan kartaga o'tkazamiz":
``pays_the_seeker``); and so are the seeker's own bank details entered in a payroll provider ("Enter your bank details
in Gusto for direct deposit": ``entered_in_payroll``), and so are an identity check and a payout card done on the
employer's own site or through its KYC provider ("Identity verification inside our portal through our KYC provider (ID +
live selfie)": ``checked_on_own_site``). What the bank or the employer sends the seeker (a mobile bank's
password «вам пришлют в SMS», a PIN, a code to log in), or the seeker sets and keeps, is no request for it unless the
seeker is told to hand it on (``sent_to_the_seeker``).

An e-mail address or a link is one word to every negation and exception (``excuses_text``): "to hr" of "to
hr.ridgeway@outlook.com" is no paperwork handed to HR, and its dots end no sentence.

Negation: a match is dropped when its sentence says the opposite before it
("we will never ask for your card number", "no fees", "hech qanday to'lov
olinmaydi", "никогда не просим", "هرگز") or right after it ("… fee is not
required", "to'lov talab qilinmaydi", "не требуется"; after a parenthesised list, past its close: "Fees (registration,
training) are not charged"; after a list the match opens, past its last item: "karta raqamingiz, muddati yoki SMS-kodni
hech qachon so'ramaymiz"), or warns about scams, or when it stands in a quotation near a warning ("Fraudsters
write: «pay 200 000 in advance»"), or asks a question the next sentence answers "never" ("Оплатите $20? Никогда — это
мошенники.": ``NEVER_ANSWER``), or tells of others asking in the employer's name beside a warning ("бизнинг номимиздан
… карта маълумотларини сўраётганлар бор. Улар фирибгарлар.": ``told_of_impersonators``).
A line ends a sentence (``_SENTENCE_END``), and so does a list's item, on its line or a line's (``text.items_opened``:
"✔ no experience needed ✔ pay a $50 registration fee"), an initial's dot does not (``text.initials_joined``): a
Telegram post's lines are its sentences, and "No experience" / "Без опыта" / "بدون سابقه" on one line does
not negate the fee asked on the next. Nor does a negation reach past a "but"
or a new subject joined on (``NEW_CLAUSE``), or past a comma, a dash, a "then" or an "and" into a new demand ("No
experience needed, just pay a $30 registration fee", "Без опыта — просто оплатите взнос", "Tajriba shart emas, keyin
50 000 so'm to'lang", "No experience needed and pay $30 to register": ``NEW_DEMAND``; not past the commas of the
list a negated ask governs, "We never ask you to register, pay a registration fee and wait"), and the employer saying
it pays ("we pay", "мы оплачиваем", "biz to'laymiz", "با ماست") excuses only a match
in its own clause (``EMPLOYER_PAYS``): "We pay weekly, pay a $50
registration fee first" asks for a fee.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from pipeline.legitimacy.rules.contacts import (MESSAGING_ONLY, WHATSAPP_ONLY, find_card_number, free_mail,
                                                has_verifiable_contact, other_channel)
from pipeline.legitimacy.rules.context_words import (DUTY_CONTEXT, HANDED_ON, KEPT_BY_THE_SEEKER, MOVED_MONEY, NEEDED,
                                                     PAID_IN, PAYROLL_NEVER_NEEDS, PAYROLL_PURPOSE, SECOND_PERSON,
                                                     SEEKER_SENDS, SENT_TO_THE_SEEKER, STAFF_CONTEXT, THE_SEEKERS_PAY,
                                                     TRANSFER)
from pipeline.legitimacy.rules.fraud_on_those_called import FRAUD_ON_THOSE_CALLED
from pipeline.legitimacy.rules.identity_proxy import IDENTITY_PROXY
from pipeline.legitimacy.rules.ids_and_codes import (BANK_OR_ID, CARD_SECRET, HIRED, ID_DOCUMENT, ID_SENT_TO_A_CHAT,
                                                     OWN_SITE, OWN_SITE_STEP, PAPERWORK, PAYOUT, PAYROLL_PLACE,
                                                     SENT_TO_SOMEONE, SMS_CODE)
from pipeline.legitimacy.rules.matching import _LEXICON_OF, Lexicon, Rule, Words, _compile, share
from pipeline.legitimacy.rules.money_mules import MONEY_MULE, MULE_NEVER_EXCUSED, MULES_WATCHED, PARCEL_WORKPLACE
from pipeline.legitimacy.rules.prices import CURRENCY_NAME
from pipeline.legitimacy.rules.quotations import (CUSTOMERS_QUOTED, QUOTE_WARNING, _quote_opened_before, _warning_reach,
                                                  warned_quotation, warns_of_imitations)
from pipeline.legitimacy.rules.soft_signals import NO_EXPERIENCE, PAY_BAIT, URGENCY
from pipeline.legitimacy.rules.upfront_fee import UPFRONT_FEE
from pipeline.legitimacy.text import PICTOGRAPHS, letter_words, links_as_one_word
from pipeline.textnorm import fold

__all__ = ["BareText", "CURRENCY_NAME", "CYRILLIC", "Lexicon", "MESSAGING_ONLY", "MergedText", "PayRate", "RULES",
           "Rule", "SHARED", "UNSKILLED_MONTH", "UNSKILLED_SHARE", "WHATSAPP_ONLY", "Words", "find_card_number",
           "first_match", "free_mail", "has_verifiable_contact", "letter_words", "may_be_russian_typed_uzbek",
           "may_be_uzbek_without_apostrophes", "merged_first_match", "other_channel", "unskilled_pay",
           "warns_of_imitations", "without"]


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


# A sentence saying the opposite, or warning against scams, before the match …
NEGATION_BEFORE = (_compile(
    "never", "not", "no", "nobody", "no one", "don't", "do not", "doesn't", "won't", "will not", "without", "nor",
    "beware", "scam*",
    "fraud*", "phishing", "warning", "zero", "free of",
    "hech qachon", "hech qanday", "talab qilmaymiz", "so'ramaymiz", "siz to'lamaysiz", "firibgar*", "ehtiyot bo'ling",
    "soramaymiz", "siz tolamaysiz", "ehtiyot boling",  # (typed without apostrophes)
    "никогда", "не", "нет", "без", "мошен*", "осторожно", "никак*",
    # … or forbidden («объясняете клиенту, почему нельзя сдавать карту в аренду»)
    "нельзя", "запрещено", "запрещается",
    "هرگز", "هیچ", "بدون", "نمی*", "کلاهبردار*", "مراقب", "هیچگاه", "هیچگونه", "هیچوقت",  # (هیچ‌وقت: never)
    # Russian "ни", but not Uzbek's "-ni" written apart after a number ("5% ni o'zingizga olib qolasiz")
    raw=(r"(?<![\d%] )(?<![\d%])ni",),
).pattern)
# … or a Persian "neither" right before it ("نه ودیعه می‌گیریم، نه چک یا سفته": neither a deposit nor a cheque is
# taken); elsewhere "نه" may be "nine" ("نه میلیون تومان ودیعه").
_NEITHER = re.compile(r"(?<!\w)نه\s$")
# A sum "reimbursed with the first salary" is one the seeker pays now (a seventeenth writer's "the $65 screening fee is
# paid by the candidate in USDT and reimbursed with the first salary", as ``_FIRST_PAY_REFUND`` reads it, or with a
# later one named by its number): no cost the employer bears, as "reimbursed" alone says.
# (up to "first": the 50 characters read after a match may end there)
_NOT_LATER_WITH_THE_FIRST_PAY = (r"(?!\s+(?:to\s+you\s+)?(?:in\s+full\s+)?(?:with|on|in|from|after)\s+(?:your|the)\s+"
                                 r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|[6-9]th)(?!\w))")
# … or right after it, in its clause ("no fee is required"; not "…, tajriba shart emas": that is the experience) …
NEGATION_AFTER = (_compile(
    "not required", "not needed", "is free", "are free", "free of charge", "is not", "are not", "will not",
    "is covered", "are covered", "we pay", "paid by us", "provided by us",
    "hech", "emas", "هیچ", "هیچگونه",
    "talab qilinmaydi", "olinmaydi", "bepul", "kerak emas", "yo'q", "so'ralmaydi", "yoq", "soralmaydi",
    "не требуется", "не нужн*", "не нужен", "бесплатн*", "не берем", "не берём", "за наш счет", "за наш счёт",
    "за счет компании", "за счёт компании", "за счет работодателя", "за счёт работодателя",
    "نیاز نیست", "رایگان", "نمی*", "نخواه*", "ندار*", "نیست", "هیچکس", "هیچ کس", "نده", "ندهید", "ندید",
    "не платите", "не платит", "не платят", "не нужно платить", "не оплачиваете", "не вносите", "не переводите",
    "не взима*",
    # … or not asked for ("CVV мы не запрашиваем никогда", "— не спрашиваем и не спросим")
    "не запрашива*", "не спрашива*", "не спросим", "не просим", "не попросим", "не требуем", "не собираем", "никогда",
    # … or said to play no part ("Ваши карты, ваши банковские приложения и коды из SMS в этой работе не участвуют")
    "не участву*", "не используются",
    raw=(r"\w+ma(?:y|ys|ydi|ymiz|ysiz|ydilar|ng|nglar|gan)",
         ("reimbursed" + _NOT_LATER_WITH_THE_FIRST_PAY, "reimbursed", "reimbursed")),
).pattern)
# … or a warning anywhere after it in its sentence ("if they ask you to pay …, it is a scam").
WARNING_AFTER = (_compile(
    "scam*", "fraud*", "firibgar*", "мошен*", "никому", "ندهید", "کلاهبردار*", "اعتماد نکنید",
    # … or disowned ("If someone claiming to be from us asks you for card details, it is not us")
    "it is not us", "it's not us", "that is not us", "that's not us", "это не мы", "bu biz emasmiz", "bu biz emas",
).pattern)
# … or, when its sentence is a question, the next one answering it "never" on its own ("Оплатите $20? Никогда — это
# мошенники.", "Pay $20 to start? Never — that's a scam."): "Pay $20 to start? Never been easier" answers nothing.
# So does an answer naming it a scam (an admin's checklist: "They send you a cheque and ask you to forward part of it?
# Scam - and you may be helping to launder money.", «…? Мошенничество.», "…? Firibgarlik.", «…؟ کلاهبرداری است.»).
NEVER_ANSWER = re.compile(r"\s*(?:(?:no|net|yo'q|yoq|نه)\s*[,،!.—–-]+\s*)?(?:never|nikogda|hech\s+qachon|hargiz"
                          r"|ni\s+za\s+chto|ni\s+v\s+koem\s+sluchae|هرگز|هیچ\s?وقت"
                          r"|(?:(?:it'?s|it\s+is|that'?s|that\s+is|this\s+is|eto|bu)\s+(?:a\s+)?)?(?:scam|fraud"
                          r"|moshennichestvo|moshenniki|lohotron|razvod|firibgarlik|firibgarlar)"
                          r"|(?:این\s+)?کلاهبرداری(?:\s+است)?)(?!-\w)(?=\s*(?:[,،.;؛:!?؟—–-]|$))")
# … or the employer saying it pays, in the match's own clause ("we pay for your training and the registration fee",
# "O'qish uchun to'lovni biz to'laymiz", "هزینه آموزش با ماست"): in its sentence, "We pay weekly, pay a $50
# registration fee first" had read as the employer paying the fee.
EMPLOYER_PAYS = (_compile(
    "we pay", "we will pay", "we'll pay", "we cover", "we will cover", "company pays", "company will pay",
    "company covers", "our budget", "at our expense", "at our cost",
    "мы оплачиваем", "мы оплатим", "мы платим за", "мы компенсируем", "компания оплачивает", "компания компенсирует",
    "оплачивает компания", "оплачивает работодатель", "компенсируем",
    "biz to'laymiz", "biz to'lab beramiz", "biz qoplaymiz", "kompaniya to'laydi", "kompaniya hisobidan",
    "hisobimizdan", "biz tolaymiz", "biz tolab beramiz", "kompaniya tolaydi",  # (typed without apostrophes)
    "با ماست", "با شرکت است", "بر عهده ما", "به عهده ما", "بر عهده شرکت", "به عهده شرکت", "ما پرداخت میکنیم",
    # … and with the fee first, the employer after it ("The $15 registration fee is paid by the company", «взнос
    # оплачивается компанией», "to'lovi kompaniya tomonidan to'lanadi", «هزینه ثبت نام را شرکت پرداخت می‌کند»)
    "paid by the company", "paid by the employer", "paid by us", "covered by us", "borne by the company",
    "payable by the company", "payable by the employer", "payable by us",
    "borne by the employer", "borne by us", "at the company's expense", "at the employer's expense",
    "оплачивается компанией", "оплачивается работодателем", "за счёт компании", "за счёт работодателя",
    "kompaniya tomonidan to'lanadi", "kompaniya tomonidan qoplanadi", "ish beruvchi tomonidan to'lanadi",
    "ish beruvchi to'laydi", "ish beruvchi hisobidan", "kompaniya tomonidan tolanadi", "ish beruvchi tolaydi",
    "را شرکت پرداخت میکند", "را شرکت میپردازد", "توسط شرکت پرداخت", "توسط کارفرما پرداخت", "را کارفرما پرداخت میکند",
    "agency pays", "agency covers", "firm pays", "employer pays", "paid by the agency", "paid by the firm",
    raw=((r"reimburs\w*" + _NOT_LATER_WITH_THE_FIRST_PAY, "reimburs", "reimburs*"),),
).pattern)
# The employer named as who pays, before what it pays for ("Harborstone pays for your pre-licensing course", "Компания
# «Альфа» оплачивает ваш курс"): someone other than the seeker pays for the seeker's costs; not a fee or a sum that
# "pays for" them ("The $50 fee covers your kit", "your first paycheck pays for your kit": the seeker's money). Read
# only before the match, where it governs the list the match is in (``employer_pays_for``).
_EMPLOYER_NAMED_PAYS = re.compile(
    r"(?<!\w)(?<![\d$€£]\s)(?!(?:fee|fees|deposit|deposits|which|that|it|this|payment|payments|amount|paycheck"
    r"|salary|sum|money|commission|sale|sales|earnings|pay)(?!\w))"
    r"[^\W\d_]+\s+(?:pays|covers)\s+(?:for\s+)?(?:your|the|all)(?!\w)"
    r"|(?<!\w)(?:oplachivayet|kompensiruyet)\s+(?:vash|vashu|vashe|vashi|vse)(?!\w)")
# Uzbek and Persian put the employer first and its verb last, the list between ("Biz kurs, imtihon va ro'yxatdan o'tish
# to'lovini to'laymiz", "شرکت آریا هزینه دوره، آزمون و هزینه ثبت نام شما را پرداخت می‌کند"): "we" or the company
# opening the sentence, and its "pay" closing the match's clause (not a refund promised: "qaytarib to'laymiz").
_EMPLOYER_FIRST = re.compile(r"^\s*(?:[^\w\s]\s*)?(?:biz|kompaniya(?:miz)?|firma(?:miz)?|ish\s+beruvchi"
                             r"|شرکت|کارفرما|مجموعه|موسسه|سازمان)(?!\w)")
# (Uzbek as typed without apostrophes, and read merged from Russian letters: "tolaymiz", "tulaymiz", "koplaymiz")
_IT_PAYS_LAST = re.compile(r"^\s*(?:(?:(?:o'|u|o)zi\s+)?(?:(?:to'|tu|to)la(?:ymiz|ydi)|(?:q|k)opla(?:ymiz|ydi)"
                           r"|(?:to'|tu|to)lab\s+beramiz)"
                           r"|(?:(?:شما|خود|خودتان)\s+)?را\s+(?:پرداخت\s*میکند|میپردازد|تقبل\s*میکند|تامین\s*میکند))"
                           r"(?!\w)")
EMPLOYER_LIST_ITEMS = 6  # items before the match's that a list the employer pays for may name
_EMPLOYER_LIST_ITEM_WORDS = 4
_LIST_LAST = re.compile(r"\s(?:and|or|i|ili|va|yoki|و|یا)\s")
# What starts a new clause, beyond which no negation before a match reaches and none after it speaks of the match: a
# "but" ("No experience needed, but pay a $30 registration fee"; Russian "но", folded "no", before its clause's
# Russian word), a new subject joined on ("We pay weekly and you pay a $50 registration fee") or a threat ("… menejer
# kartasiga qo'shib qo'ying — usiz ro'yxatga kiritilmaysiz", "— otherwise you will not be registered": its "not" is
# the threat's, not the fee's).
NEW_CLAUSE = re.compile(
    r"(?<!\w)(?:(?:but|however|although|though|odnako|zato|lekin|ammo|biroq|ولی|اما"
    r"|otherwise|inache|bez\s+etogo|usiz|aks\s+holda|وگرنه)(?!\w)"
    r"|(?:and|i|va|و) (?=(?:you|we|then|vi|mi|siz|biz|شما|ما)(?!\w))"
    r"|no(?= (?:snachala|nujno|neobhodimo|nado|dlya|pered|est|vam|vi|trebuet\w*|tolko|obyazatel\w*|pridyot\w*"
    r"|pridet\w*|potom|eto|s|v|za|pri)(?!\w)))")
# … or a new demand after a comma or a dash ("No experience needed, just pay a $30 registration fee", "No experience
# needed — just pay the $30 registration fee", "Без опыта, просто оплатите взнос", "بدون نیاز به سابقه، فقط … واریز
# کنید"): "just"/"only", "you (only) pay", or a pay verb in the imperative, says what the seeker is to do, where a
# list the negation governs goes on naming things ("No fees, deposits or card numbers", "Never pay, send or transfer
# money"; an English verb, an infinitive too, with an "or" after it in its sentence, or an "and" and another verb of
# paying or handing over: "You will never be asked to buy equipment, deposit a cheque or pay a vendor", "… to buy a
# starter kit, pay a registration fee and send your card number"), and a dash a disclaimer's afterthought ("No fees —
# ever", "We never charge fees — not for training"). So does "then" before a pay verb: right before it in English and
# Russian ("then pay", "затем оплатите"), anywhere before the verb that ends the clause in Uzbek and Persian ("keyin
# 50 000 so'm to'lov qiling", "سپس ۲۰۰ هزار تومان واریز کنید"; not "keyin ham", "later too", nor "بعد از", "after").
# And so does an "and" that joins a pay verb in the imperative to a clause that has ended: after "needed" or
# "required" in English ("No experience needed and pay $30 to register"; in "We never ask you to register and pay a
# fee" the negation governs both verbs), before an imperative in Russian ("Опыт не нужен и оплатите взнос"), or with
# "just" or "then" between ("va faqat … to'lang", "و فقط … واریز کنید"). It ends at the comma, dash or "and" and looks
# past it, into the match when that opens with the verb.
_PAY_IMPERATIVE = (r"(?:(?:pay|send|transfer|wire|deposit)(?=\s+(?:(?:a|an|the|your|us)(?!\w)|\$|\d))"
                   r"(?![^.!?;:\n]*(?<!\w)(?:n?or|and\s+(?:pay|send|transfer|wire|deposit|buy|purchase|provide|share"
                   r"|give|submit|hand|disclose))(?!\w))"
                   r"|oplatite|zaplatite|perevedite|vnesite|otpravte|popolnite"
                   r"|to'lang|tolang|o'tkazing|otkazing|yuboring"
                   r"|واریز کنید|بپردازید|پرداخت کنید)(?!\w)(?!\s*(?:,|or|and|nor|ili|i|yoki|va|یا|و)(?!\w))")
# the pay verb that ends an Uzbek or Persian clause, in the imperative or the "you will pay" that orders it
_PAY_CLAUSE_END = (r"(?:to'lang|tolang|to'lov\s+qiling|tolov\s+qiling|o'tkazing|otkazing|tashlang|tashlaysiz"
                   r"|to'laysiz|tolaysiz|to'lov\s+qilasiz|tolov\s+qilasiz|واریز\s+(?:کنید|نمایید)"
                   r"|پرداخت\s+(?:کنید|نمایید)|بپردازید)(?!\w)")
_THEN_VERB_LAST = (r"(?:keyin|so'ng|song|so'ngra|songra|سپس|بعدش|بعد(?!\s+از))(?!\w)(?!\s+(?:ham|هم)(?!\w))"
                   r"[^,.;:!?\n،؛؟—–]{0,80}?" + _PAY_CLAUSE_END)
_JUST = (r"(?:just|only|simply|all you (?:need|have) to do is|all you need is|all it takes is"
         r"|prosto|tolko|lish|dostatochno|faqat|faqatgina|shunchaki|فقط|تنها|کافی ?است|کافیست)(?!\w)")
_YOU_PAY = r"you\s+(?:(?:just|only|simply|then|first)\s+)?(?:pay|send|transfer|wire|deposit)(?!\w)"
NEW_DEMAND = re.compile(
    r"(?:[,،]|\s[—–-]+|[—–]+)\s*(?=" + _JUST + "|" + _YOU_PAY
    + r"|(?:(?:and|a|i|va|و)\s+)?(?:(?:then|zatem|potom) " + _PAY_IMPERATIVE + "|" + _THEN_VERB_LAST + ")|"
    + _PAY_IMPERATIVE + ")"
    r"|(?<!\w)(?:(?<=needed )|(?<=required ))and\s+(?=(?:(?:just|only|simply|then)\s+)?" + _PAY_IMPERATIVE + ")"
    r"|(?<!\w)i\s+(?=(?:(?:prosto|tolko|zatem|potom)\s+)?(?:oplatite|zaplatite|perevedite|vnesite|otpravte"
    r"|popolnite)(?!\w))"
    r"|(?<!\w)(?:va|و)\s+(?=(?:faqat|faqatgina|shunchaki|فقط|تنها)\s+[^,.;:!?\n،؛؟—–]{0,80}?" + _PAY_CLAUSE_END
    + "|" + _THEN_VERB_LAST + ")")
# … but a comma before an English pay verb in the list of verbs a negated "ask" or "tell" governs opens none: "We
# never ask you to register, pay a registration fee and wait" (the verbs after need not be ones of paying, as in the
# lists above). Only the negation's own ask: in "No experience needed, we ask you to register, pay a $30 fee" the
# comma after "register" still opens the demand.
_ASKED_LIST = re.compile(r"(?<!\w)(?:never|not|nobody|no\s+one|(?:do|does|did|wo|would|will|should|shall)n'?t)\s+"
                         r"(?:\w+\s+){0,2}?(?:ask|asks|asked|tell|tells|told)\s+(?:\w+\s+){0,2}?to\s+[^\W\d_]+"
                         r"(?:\s+[^\W\d_]+){0,3}\s*$")
_ENGLISH_PAY_VERB = re.compile(r"(?:pay|send|transfer|wire|deposit)(?!\w)")
# A sentence ends at a full stop, a question or exclamation mark, a semicolon or colon (Latin or Persian) — and at a
# line break: a Telegram post marks its sentences with lines, not full stops ("No experience\nPay a registration
# fee", "بدون سابقه\nبرای ثبت نام … واریز کنید").
_SENTENCE_END = re.compile(r"[.!?;:\n•|؛؟]")
# The sentence read across lines, as every sentence was before the text kept its lines: what a match is said beside
# (``said_too``: a heading over a list, "Hujjatlar:\n- pasport nusxasi", introduces each line), and the disclaimers
# cut from the text model's input (``first_match``), which it was trained on so.
_RUN_ON_END = re.compile(r"[.!?;:•|]")
_LINE_ONLY_END = re.compile(r"[\n؛؟]")  # what ends a sentence only when it is not read across lines
_RUN_ON_END_NOT_COLON = re.compile(r"[.!?;•|]")
_CLAUSE_END = re.compile(r"[,،]")
_LINE_SENTENCE_END = re.compile(r"[.!?;\n•|؛؟]")  # (a colon does not end it: "HR assistant: collect new hires' …")


NEGATION_REACH = 90  # how far before a match its sentence is read for a negation (``_sentence_window``)


def _sentence_window(text: str, start: int, end: int, opened_by: re.Pattern[str] = _SENTENCE_END,
                     reach: int = NEGATION_REACH,
                     ended_by: re.Pattern[str] = _SENTENCE_END) -> tuple[str, str]:
    """The match's sentence before and after it, at most ``reach`` characters before it; ``opened_by``: what ends
    the sentence before it, ``ended_by`` the one it is in."""
    before = text[max(0, start - reach):start]
    cut = [m.end() for m in opened_by.finditer(before)]
    if cut:
        before = before[cut[-1]:]
    after = text[end:end + 50]
    stop = ended_by.search(after)
    if stop:
        after = after[:stop.start()]
    return before, after


def _run_on_window(text: str, start: int, end: int) -> tuple[str, str]:
    """``_sentence_window`` read across lines (``_RUN_ON_END``)."""
    return _sentence_window(text, start, end, _RUN_ON_END, ended_by=_RUN_ON_END)


# "pay" right after the employer or other payers, or as a noun ("we will pay for your training", "full pay for training
# days", "Our partners pay a referral fee of $500 for every hire you bring"): the seeker is paid, not asked to pay.
PAYER = re.compile(r"(?:\bwe(?:'ll| will| would| also| can| do)?|\b(?:company|employer)(?: will| would| also)?"
                   r"|\b(?:partners|clients|employers|companies|customers|sponsors)(?: will| would| also| can| do)?"
                   r"|\b(?:full|get|gets|receive|with|your|the|hourly|daily|weekly|monthly|good|base|bonus"
                   r"|overtime|extra|holiday|sick|competitive|equal|same))\s$")
# Uzbek "-siz" on a payment noun is "without" it ("oldindan to'lovsiz": with no payment in advance), on its possessive
# too ("garov pulisiz", without a deposit: a twenty-second writer's loaner laptop "beriladi — garov pulisiz").
_WITHOUT_PAYMENT = re.compile(r"(?:to'lov|pul|depozit|badal|avans|garov|zalog)i?siz\b")
# A negation inside a match, in a phrase's gap ("pay nothing for training", "oldindan hech qanday to'lov"); no
# phrase of the rules holds one of these words (a test checks).
# An Uzbek verb in its negative form is one too, the stem's own word included ("ro'yxatdan o'tish uchun pul
# to'lamaysiz": "to'la*" reads "to'lamaysiz", you do not pay): -may, -mays, -maysiz, -maydi, -mang, -magan, -masdan.
# Not "ochmasdan", "ochmay" (unopened: ``_UNOPENED``), which negates the opening of the parcels sent on; nor a Russian
# imperative in -май folded ("принимай переводы … и отправляй дальше", "снимай", "нажимай", "думай": a twenty-third
# writer's mule read as "do not take the transfers").
_UZ_NEGATIVE_VERB = (r"[^\W\d_](?<!(?<!\w)och)ma(?:y(?<![nj]imay)(?<!dumay)|ys|ysiz|ysan|yman|ymiz|ydi|ydilar|ng|nglar"
                     r"|ngiz|gan\w*|sdan|slik)(?!\w)")
GAP_NEGATION = re.compile(r"(?<!\w)(?:nothing|never|not|don't|won't|hech|ничего|никак\w*|هیچ|هیچگونه|هرگز)(?!\w)|"
                          + _UZ_NEGATIVE_VERB)


@dataclass(frozen=True)
class Reading:
    """The patterns a match's sentence is read with: ``PLAIN``, or their ``merged`` forms on a merged text."""
    negation_before: re.Pattern[str]
    negation_after: re.Pattern[str]
    warning_after: re.Pattern[str]
    gap_negation: re.Pattern[str]
    without_payment: re.Pattern[str]
    duty_context: re.Pattern[str] | None = None  # (set once defined below)
    second_person: re.Pattern[str] | None = None
    transfer: re.Pattern[str] | None = None
    money_mule: re.Pattern[str] | None = None
    staff_context: re.Pattern[str] | None = None
    employer_pays: re.Pattern[str] = EMPLOYER_PAYS
    new_clause: re.Pattern[str] = NEW_CLAUSE
    new_demand: re.Pattern[str] = NEW_DEMAND
    quote_warning: re.Pattern[str] | None = None
    never_answer: re.Pattern[str] = NEVER_ANSWER
    impersonation: re.Pattern[str] | None = None
    warning_before: re.Pattern[str] | None = None
    customers_quoted: re.Pattern[str] | None = None
    paid_in: re.Pattern[str] | None = None  # (``pays_the_seeker``)
    seekers_pay: re.Pattern[str] | None = None
    seeker_sends: re.Pattern[str] | None = None
    sent_to_the_seeker: re.Pattern[str] | None = None  # (``sent_to_the_seeker``)
    handed_on: re.Pattern[str] | None = None
    needed: re.Pattern[str] | None = None
    kept_by_the_seeker: re.Pattern[str] | None = None
    back_pronoun: re.Pattern[str] | None = None  # (``refused_after``)
    asked_for: re.Pattern[str] | None = None
    moved_money: re.Pattern[str] | None = None  # (``pays_the_seeker``)
    payroll_place: re.Pattern[str] | None = None  # (``entered_in_payroll``)
    sent_to_someone: re.Pattern[str] | None = None
    payroll_purpose: re.Pattern[str] | None = None  # (``duty``)
    payroll_never_needs: re.Pattern[str] | None = None
    # (``listed_under_negation``: a heading's "never" and what is never done, an order in a list; merged too, so that
    # "Биз ҳеч қачон сўрамаймиз:\n- карта рақами" read as Uzbek typed with Russian letters is a list under "never")
    never: re.Pattern[str] | None = None
    never_done: re.Pattern[str] | None = None
    order: re.Pattern[str] | None = None
    own_site: re.Pattern[str] | None = None  # (``checked_on_own_site``)
    own_site_step: re.Pattern[str] | None = None


# What spends a negation on its own words, for a soft rule's match after it (``negated``'s ``spent``): "no experience
# needed" (``NO_EXPERIENCE``) and "no interview" say nothing of the promise or the pressure after them ("Опыт не нужен,
# гарантированный доход", "Без опыта и без собеседования", "بدون سابقه، درآمد تضمینی"), past a comma, a dash or an
# "and". Not for a hard rule: "Без опыта, вложений и предоплаты" (without experience, investment or prepayment) is one
# list under its "без".
_SPENT_NEGATION = re.compile(r"(?:" + NO_EXPERIENCE.pattern + r"|(?<!\w)(?:bez\s+sobesedovani\w*|no\s+interview"
                             r"|بدون\s+مصاحبه|suhbatsiz|intervyusiz)(?!\w))(?=\s*(?:[,،;—–-]|(?:i|va|and|و)\s))")


# A parcel left unopened ("не вскрывая коробки, переклеиваете этикетки", «بدون باز کردن جعبه، برچسب جدید می‌زنید»,
# "Without opening them, relabel …": a twenty-first writer's reshipping) spends its negation on the opening: what is
# done to the parcel after it is not negated.
_UNOPENED = _compile(
    "without opening", "не вскрыва*", "не открыва*", "не распаковыва*", "без вскрыти*", "без распаковк*",
    "بدون باز کردن", "بدون بازکردن",
).pattern


def negated(text: str, start: int, end: int, reading: Reading | None = None, lines: bool = True,
            spent: bool = False) -> bool:
    """A negation or warning in the match's sentence before it, or in its clause after it: "no fee is required",
    "to'lov talab qilinmaydi", but not "kuniga 500 000 so'm daromad, tajriba shart emas", where the "emas"
    after the comma says the *experience* is not required, the classic line of the ad it is part of. Nor one on
    the line before ("Tajriba shart emas\nRo'yxatdan o'tish uchun 50 000 so'm to'lang"); without ``lines``, the
    sentence read across lines (``_RUN_ON_END``). A negation reaches no further than a new clause (``NEW_CLAUSE``)
    or a new demand after a comma, a dash or an "and" (``NEW_DEMAND``, read to the sentence's end; not a comma of the
    list a negated ask governs: ``_ASKED_LIST``), the employer paying (``EMPLOYER_PAYS``) only the match's clause. A
    question the next sentence answers "never" (``NEVER_ANSWER``) is negated too, and so are others' asks told of in a
    warning (``told_of_impersonators``), a match a clause after a colon or a dash refers back to as never asked for
    (``refused_after``), and one listed under a heading that names scam signs (``listed_as_warning_signs``). With ``spent`` (a soft rule's match), a negation spent on its own phrase before the match
    (``_SPENT_NEGATION``) is none."""
    r = reading or PLAIN
    before, after = _sentence_window(text, start, end) if lines else _run_on_window(text, start, end)
    sentence_before = before
    if r.gap_negation.search(text, start, end):
        return True
    if "siz" in text[start:end] and r.without_payment.search(text, start, end):
        return True
    if r.warning_after.search(after):
        return True
    question = end + len(after)
    if text.startswith(("?", "؟"), question) and r.never_answer.match(text, question + 1):
        return True
    if _quote_opened_before(text, start) and warned_quotation(
            text, start, end, r.quote_warning or QUOTE_WARNING,
            customers_quoted=r.customers_quoted or CUSTOMERS_QUOTED) is not None:
        return True
    if r.impersonation is not None and told_of_impersonators(text, start, end, before, after, r):
        return True
    if told_of_in_the_fakes(text, start, end):
        return True
    opening = start - len(before)
    starts = [m.end() for m in r.new_clause.finditer(before)]
    demands = r.new_demand.finditer(text, opening, end + len(after))
    starts += [m.end() - opening for m in demands if m.end() <= start and not _in_asked_list(text, opening, m)]
    before = before[max(starts):] if starts else before
    if spent:
        last = None
        for last in _SPENT_NEGATION.finditer(before):
            pass
        if last is not None:
            before = before[last.end():]
    if "opening" in before or "باز" in before or "vskri" in before or "otkriva" in before or "raspak" in before:
        last = None
        for last in _UNOPENED.finditer(before):
            pass
        if last is not None:
            before = before[last.end():]
    pictograph = None
    for pictograph in _PICTOGRAPH.finditer(before):
        pass
    if pictograph is not None and not _negation_ends(before[:pictograph.start()].rstrip(), r.negation_before):
        if (r.warning_before or WARNING_BEFORE).search(before, 0, pictograph.start()):
            return True
        before = before[pictograph.end():]
    # (a match that is a list's first items, "номер карты, срок действия", counts them: ``_CARDS_WITH_THEIR_EXPIRY``)
    head = None
    for head in _LIST_COMMA.finditer(text, start, end):
        pass
    clause_after = _clause_after(before if head is None else before + text[start:head.end()],
                                 _list_after(text, end, lines) if _list_opens(after) >= 0 else after)
    ends = r.new_clause.search(clause_after)
    clause_after = clause_after[:ends.start()] if ends else clause_after
    return bool(r.negation_before.search(before) or r.negation_after.search(clause_after) or _NEITHER.search(before)
                or employer_pays_for(before, clause_after, sentence_before, r)
                or listed_under_negation(text, start, end, r) or listed_as_warning_signs(text, start)
                or refused_after(text, start, end, sentence_before, after, r)
                or len(sentence_before) == NEGATION_REACH and asked_list_before(text, start, lines)
                or told_of_them(text, start))


def employer_pays_for(before: str, clause_after: str, sentence_before: str, r: Reading) -> bool:
    """The employer says it pays for the match (``EMPLOYER_PAYS``) in the match's clause, before or after it; or
    for a list the match is the last item of, the employer's clause opening it ("We pay for your pre-licensing course,
    your state exam fee and your license application fee", "Harborstone pays for your course, your exam fee and …":
    ``_EMPLOYER_NAMED_PAYS``; «Мы оплачиваем ваш курс, экзамен и регистрационный взнос»), its items short and giving
    no order; or, in Uzbek and Persian, the employer opening the sentence and its "pay" closing the match's clause
    (``_EMPLOYER_FIRST``, ``_IT_PAYS_LAST``). A clause between that is no list's item ("We pay weekly, the
    registration fee is $50") excuses nothing."""
    clauses = _CLAUSE_END.split(before)
    if r.employer_pays.search(clauses[-1]) or r.employer_pays.search(clause_after):
        return True
    if _IT_PAYS_LAST.search(clause_after) and _EMPLOYER_FIRST.search(sentence_before):
        return True
    last = clauses[-1]
    conjunction = None
    for conjunction in _LIST_LAST.finditer(last):
        pass
    if (len(clauses) < 2 or conjunction is None or len(last[:conjunction.start()].split()) > _EMPLOYER_LIST_ITEM_WORDS
            or len(last[conjunction.end():].split()) > _EMPLOYER_LIST_ITEM_WORDS or _ORDER.search(last)):
        return False
    for k in range(len(clauses) - 2, max(-1, len(clauses) - 2 - EMPLOYER_LIST_ITEMS), -1):
        clause = clauses[k]
        said = r.employer_pays.search(clause) or _EMPLOYER_NAMED_PAYS.search(clause)
        if said is not None:
            return len(clause[said.end():].split()) <= _EMPLOYER_LIST_ITEM_WORDS + 1
        if len(clause.split()) > _EMPLOYER_LIST_ITEM_WORDS or _ORDER.search(clause):
            return False
    return False


# A negated ask whose list of things never asked runs past the reach a negation is read (``NEGATION_REACH``) before
# the match, its last item (a twenty-second writer's anti-fraud notice: "Parcelpoint will never ask you to pay a fee,
# cash a check, buy equipment, receive packages at home, or send your Social Security number or bank details before
# an offer", «Мы никогда не попросим вас оплатить взнос, обналичить чек, купить оборудование, принимать посылки дома или
# прислать номер карты»): the ask governs each item, read up to ``ASKED_LIST_REACH`` back, when every item after it is
# short and none opens a new clause or says "just". (Uzbek and Persian say the negated verb after the list: read there.)
_NEVER_ASKED = re.compile(r"(?<!\w)(?:never|not|(?:do|does|did|will|would|shall|should)n'?t|nikogda\s+ne|ne)\s+"
                          r"(?:\w+\s+){0,2}?(?:ask|request|require|tell|prosim|poprosim|trebuyem|potrebuyem"
                          r"|zaprashivayem|zaprosim|budem\s+prosit)\w*\s+(?:\w+\s+){0,2}?")
ASKED_LIST_REACH = 240
ASKED_ITEM_WORDS = 8


def asked_list_before(text: str, start: int, lines: bool = True) -> bool:
    """The match is an item of a list a negated ask governs that starts further back than a negation is read
    (``_NEVER_ASKED``)."""
    window = text[max(0, start - ASKED_LIST_REACH):start]
    cut = None
    for cut in (_SENTENCE_END if lines else _RUN_ON_END).finditer(window):
        pass
    if cut is not None:
        window = window[cut.end():]
    ask = None
    for ask in _NEVER_ASKED.finditer(window):
        pass
    if ask is None:
        return False
    items = window[ask.end():]
    return (all(len(item.split()) <= ASKED_ITEM_WORDS for item in _CLAUSE_END.split(items))
            and not NEW_CLAUSE.search(items) and re.search(_JUST, items) is None)


# A clause after a colon or a dash that ends the match's sentence (or stands in it) and refers back to what the match
# names by a pronoun, saying it is never asked for: "Your online banking password is yours alone: we never ask for
# it", «Ваш номер карты — только ваш, мы никогда его не спрашиваем», "Karta raqamingiz faqat sizniki: biz uni hech
# qachon so'ramaymiz", «رمز اینترنت بانک شما فقط مال شماست: ما هرگز آن را نمی‌پرسیم». The colon ends the match's
# sentence for every other negation, and a dash's clause is read to its first comma: the password had been read as
# asked for. In one of the clauses (commas and colons end them) to the end of the sentence after the colon or the dash:
# a pronoun (``BACK_PRONOUN``), a negation and a verb of asking or needing (``ASKED_FOR``). Not when the match's
# sentence up to the colon or the dash orders something sent, given or entered ("Send us your card number — we will
# never share it", "Enter your card number: we never ask for it twice": ``_ORDER``, ``HANDED_ON``), nor a clause that
# asks nothing ("A $50 registration fee applies — we don't refund it") or refers back to nothing ("…: we never ask for a
# deposit").
BACK_PRONOUN = _compile(
    "it", "them", "this", "его", "её", "ее", "их", "uni", "ularni", "buni", "shuni",
    "آن", "آنها", "اون", "اونو", "اونا",
).pattern
ASKED_FOR = _compile(
    "ask", "asks", "asked", "asking", "request*", "need", "needs", "needed", "require*", "collect*", "want", "charge",
    "take",
    "спрашива*", "спросим", "спросят", "спросит", "запрашива*", "запросим", "запросят", "просим", "попросим",
    "попросят", "требуем", "требуется", "требуют", "берём", "берем", "собираем", "нужен", "нужна", "нужно", "нужны",
    "so'ra*", "sora*", "talab qil*", "olmaymiz", "olinmaydi", "kerak", "yig'maymiz", "yigmaymiz",
    "میپرسیم", "نمیپرسیم", "نمیپرسد", "نمیپرسند", "درخواست", "نمیخواهیم", "نمیخواهد", "نمیخواهند", "نمیگیریم",
    "مطالبه", "لازم", "نیاز",
).pattern
_DASH = re.compile(r"\s[—–-]+\s|[—–]")
_END_PAST_COLONS = re.compile(r"[.!?;\n•|؛؟]")  # (``_SENTENCE_END`` but a colon: "— ваш личный: мы его не …")
_CLAUSE_OR_COLON = re.compile(r"[,،:]")
REFERRED_REACH = 120  # how far the sentence after the colon or the dash is read


def refused_after(text: str, start: int, end: int, before: str, after: str, reading: Reading | None = None) -> bool:
    """A clause after a colon that ends the match's sentence, or after a dash in it (``before`` and ``after``: the
    sentence's words either side of the match), refers back to the match and says it is never asked for: a pronoun,
    a negation and a verb of asking in one comma clause of what follows, to the sentence's end; the sentence up to the
    colon or the dash gives no order. (What follows a dash is read past a colon: "Ваш номер карты — ваш личный: мы его
    никогда не запрашиваем".)"""
    r = reading or PLAIN
    dash = _DASH.search(after)
    if dash is not None:
        opening = end + dash.end()
    elif text.startswith(":", end + len(after)):
        opening = end + len(after) + 1
    else:
        return False
    said = before + text[start:opening]
    if _ORDER.search(said) or (r.handed_on or HANDED_ON).search(said):
        return False
    rest = text[opening:opening + REFERRED_REACH]
    stop = _END_PAST_COLONS.search(rest)
    pronoun, asked = r.back_pronoun or BACK_PRONOUN, r.asked_for or ASKED_FOR
    for clause in _CLAUSE_OR_COLON.split(rest[:stop.start()] if stop else rest):
        if (pronoun.search(clause) and asked.search(clause)
                and (r.negation_before.search(clause) or r.negation_after.search(clause)
                     or r.gap_negation.search(clause))):
            return True
    return False


# A list of one item a line under a heading ("Bozorcha HR bo'limi nomzoddan:\n- karta raqami, …;\n- SMS-kod;\n- …
# pasport surati\nhech qachon so'ramaydi.", "We will never ask you for:\n- your card number\n- an SMS code"): what
# becomes of each item stands on the heading that opens the list with a "never", or in the last words of the sentence
# the list makes (its verb, last as Uzbek and Persian put it; a closing line without a full stop above it is joined to
# the last item's line by ``text.clean``). Not a list with an order in it or in its heading ("Send us:\n- …\nNo
# fees.", "…\nHech qanday to'lov olinmaydi, faqat yuboring.").
# (an emoji opens an item as "-" does: "🔹 karta raqami", "3️⃣ SMS kod"; a bullet is a "*" by then, ``text.ITEM_MARK``)
_ITEM_LINE = re.compile(r"\s*(?:[-–—*" + PICTOGRAPHS + r"]|\d{1,2}[.)]|\d\ufe0f?\u20e3)")
# (a form to fill in is an order too: "Anketani botda to'ldiring:\n- pasport …\n- SMS kod" hands the items over,
# whatever a closing line says of the interview, "Anketa to'ldirilmasa suhbat o'tkazilmaydi")
_ORDER = re.compile(r"(?<!\w)(?:send|share|give|provide|submit|pay|transfer|prishlite|otpravte|skinte|peredayte"
                    r"|ukazhite|soobshite|oplatite|perevedite|vishlite|yuboring|jo'nating|tashlang|bering|to'lang"
                    r"|o'tkazing|ayting|fill\s+(?:in|out)|zapolnite|to'ldiring|toldiring|tuldiring"
                    r"|بفرستید|بدهید|بدید|بپردازید|(?:ارسال|واریز|اعلام|پرداخت|تکمیل)\s*(?:کنید|نمایید)"
                    r"|پر\s*کنید)(?!\w)")
_NEVER = re.compile(r"(?<!\w)(?:never|nikogda|hech\s+qachon|هرگز|هیچ\s?وقت|هیچگاه)(?!\w)")
# a heading that ends with its "never" and what is never done ("Clearfield will never:", "What we never do:", "Чего мы
# никогда не делаем:"), not an order ("Never miss a start date:")
_NEVER_DONE = re.compile(r"(?<!\w)(?:never|nikogda(?:\s+ne)?|hech\s+qachon|هرگز)(?:\s+(?:do|ask(?:\s+you)?(?:\s+for)?"
                         r"|delayem|delaem|prosim|trebuyem|zaprashivayem|qilmaymiz|so'ramaymiz|soramaymiz))?\s*:?\s*$")
LIST_LINES = 8  # items a list under a heading runs to at most
_FULL_STOP = re.compile(r"[.!?؟]")
_CLOSING_WORDS = 3


_PAY_NAMED_NEVER = re.compile(r"(?<!\w)pay(?=\s+(?:will\s+)?(?:never|nikogda|hech\s+qachon|هرگز)(?!\w))")


def listed_under_negation(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match is in an item line of a list (``_ITEM_LINE``) under a heading that ends with a colon, and the
    heading says "never" (``_NEVER``), or the last ``_CLOSING_WORDS`` words of the sentence the list makes (to the
    first full stop after the match in its items and the line after them) hold a negation (``negation_after``); no
    line of the list, its heading or that sentence gives an order (``_ORDER``)."""
    line_start = text.rfind("\n", 0, start) + 1
    r = reading or PLAIN
    never, never_done_in, order = r.never or _NEVER, r.never_done or _NEVER_DONE, r.order or _ORDER
    if not _ITEM_LINE.match(text, line_start):
        return _listed_after_never(text, start, line_start, never_done_in, order)
    heading, above = _list_heading(text, line_start)
    if heading is None or not heading.rstrip().endswith(":"):
        return False
    below = _items_from(text, line_start)
    # (under a heading that ends with its "never", the items' verbs are what is never done: "Clearfield will never:\n-
    # send you a check to buy equipment or ask you to pay a vendor")
    never_done = never_done_in.search(heading) is not None
    closing = [] if not below or _ITEM_LINE.match(below[-1]) else [below[-1]]
    # (the heading is its line's last sentence: an order quoted before it is another's, "«… hamyon ochib bering …»
    # degan e'lonlar paydo bo'ldi. Bu firibgarlik. Oqim Pay hech qachon:")
    # … and a name that ends in "Pay" is the subject of its "never", no order to pay ("Oqim Pay hech qachon:")
    heading = _PAY_NAMED_NEVER.sub(" ", heading[max(heading.rfind(". "), heading.rfind("! "), heading.rfind("? ")) + 1:])
    if any(order.search(line) for line in ((heading, *closing) if never_done else (heading, *above, *below))):
        return False
    if never.search(heading):
        return True
    rest = "\n".join(below)[end - line_start:]
    stop = _FULL_STOP.search(rest)  # (items end with semicolons)
    return r.negation_after.search(" ".join(rest[:stop.start() if stop else len(rest)].split()[-_CLOSING_WORDS:])) \
        is not None


# A heading that names what follows as a scam's signs: "Red flags: …", "The red flags you will explain every day: …"
# (a help line's caseworker, in a twenty-sixth writer's honest post), «Признаки мошенничества: …», "Firibgarlik
# belgilari: …", «نشانه‌های کلاهبرداری: …». The asks listed after its colon, to the end of its sentence, or in the item
# lines under it, are told of, not asked for. Not a heading that says the post is no scam ("Not a scam: pay $20 to
# start", «Это не развод:», "Bu firibgarlik emas:", «کلاهبرداری نیست:»).
SIGNS_HEADING = _compile(
    "red flag", "red flags", "warning sign", "warning signs", "warning signal", "warning signals", "signs of a scam",
    "signs of scam*", "signs of fraud", "signs of a fake", "scam sign*", "fraud sign*", "typical scam*",
    "common scam*", "scammers ask*", "scammers often", "scammers usually", "scammers will", "fraudsters ask*",
    "признак* мошен*", "признак* обман*", "признак* развод*", "признак* фейк*", "красн* флаг*", "тревожн* сигнал*",
    "тревожн* звоночк*", "мошенники просят", "мошенники требуют", "мошенники обычно",
    "firibgarlik belgi*", "firibgarlar belgi*", "firibgarlarning belgi*", "xavfli belgi*", "ogohlantiruvchi belgi*",
    "qizil bayroq*", "firibgarlar so'ra*", "firibgarlar talab*", "firibgarlar odatda",
    "نشانههای کلاهبرداری", "نشانه های کلاهبرداری", "نشانههای هشدار", "نشانه های هشدار", "علائم کلاهبرداری",
    "علایم کلاهبرداری", "علائم هشدار", "پرچم قرمز", "پرچمهای قرمز", "پرچم های قرمز", "زنگ خطر",
    "کلاهبرداران معمولا",
).pattern
_NO_SCAM = re.compile(r"(?<!\w)(?:not\s+a|no|ne|nikakogo|emas|hech\s+qanday)(?!\w)|(?:نیست|نه)(?!\w)")
_HEADING_START = re.compile(r"[.!?؟\n]")
_INLINE_ITEMS_END = re.compile(r"[.!?؟\n]")
_SHORT_HEADING_WORDS = 8


# … or one that says what the fakes, or "they" a warning has just named, usually do (a channel's warning: "The fake
# offers usually:\n- send a cheque … and ask you to pass part of it on", "Ogohlantirish: … firibgarlar\n… e'lonlari
# ko'paydi. Ular odatda:\n- SMS kodni so'raydi", «Обычно они:», «آنها معمولاً:»): what is listed is told of.
USUAL_WAYS_HEADING = _compile(
    "they usually", "they often", "they typically", "usually they", "ular odatda", "ular ko'pincha", "odatda ular",
    "обычно они", "они обычно", "они часто", "آنها معمولا", "آنها معمولاً", "معمولا", "معمولاً",
    raw=((r"(?:fake|fraudulent|bogus|scam)\s+(?:\S+\s+){0,2}?(?:offers|ads|posts|messages|jobs|recruiters|accounts"
          r"|employers)\s+(?:usually|often|typically|will)(?!\w)", "", "fake", "fraudulent", "bogus", "scam"),
         (r"(?:feykov|falshiv|moshennichesk|poddeln)\w*\s+(?:\S+\s+)?(?:obyavleni|predlojeni|akkaunt|vakansi)\w*\s+"
          r"(?:obichno|chasto)(?!\w)", "", "obichno", "chasto"),
         (r"soxta\s+(?:\S+\s+)?(?:e'lon|taklif|akkaunt|vakansiya)\w*\s+(?:odatda|ko'pincha)(?!\w)", "soxta", "soxta"),
         (r"(?:آگهیهای|آگهی\s+های|پیامهای|پیام\s+های)\s+(?:جعلی|تقلبی|کلاهبرداری)\s+(?:معمولا|معمولاً|اغلب)", "",
          "جعلی", "تقلبی", "کلاهبرداری")),
).pattern
USUAL_WAYS_WARNING_REACH = 300  # how far before such a heading the warning that names "them" is looked for


def _names_scam_signs(text: str, heading: str, heading_start: int) -> bool:
    """``heading`` (at ``heading_start``) names scam signs (``SIGNS_HEADING``), or says what the fakes or "they"
    usually do (``USUAL_WAYS_HEADING``) with a warning (``QUOTE_WARNING``) in it or in the text just before it;
    neither when it says the post is no scam (``_NO_SCAM``)."""
    if _NO_SCAM.search(heading):
        return False
    if SIGNS_HEADING.search(heading):
        return True
    return USUAL_WAYS_HEADING.search(heading) is not None and QUOTE_WARNING.search(
        text, max(0, heading_start - USUAL_WAYS_WARNING_REACH), heading_start + len(heading)) is not None


def listed_as_warning_signs(text: str, start: int) -> bool:
    """The match is listed under a heading that names scam signs or the fakes' usual ways (``_names_scam_signs``):
    after the heading's colon in the same sentence, or in an item line (``_ITEM_LINE``) of the list under a heading
    line that ends with a colon or is a short line of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    colon = text.rfind(":", line_start, start)
    if colon >= 0 and _INLINE_ITEMS_END.search(text, colon, start) is None:
        sentence = text[line_start:colon]
        opened = None
        for opened in _HEADING_START.finditer(sentence):
            pass
        heading = sentence[opened.end():] if opened else sentence
        if _names_scam_signs(text, heading, colon - len(heading)):
            return True
    if not _ITEM_LINE.match(text, line_start):
        return False
    heading, above = _list_heading(text, line_start)
    if heading is None:
        return False
    heading_start = line_start - sum(len(line) + 1 for line in above) - len(heading) - 1
    heading = heading.strip()
    if not (heading.endswith(":") or len(heading.split()) <= _SHORT_HEADING_WORDS):
        return False
    return _names_scam_signs(text, heading, heading_start)


# Others' work and asks told of in a post that warns of them (a thirty-first writer's investigator, bank and group
# moderators on fraudulent call centres: «Что на самом деле предлагают делать\n— звонить людям от имени службы
# безопасности банка …», "Ularning ko'pchiligida ish mazmuni quyidagicha:\n1) … «bank xavfsizlik xizmati» nomidan
# qo'ng'iroq qilish", «کارشون اینه که به ایرانی‌ها زنگ بزنید، با اسم مستعار …», «ازتون می‌خوان پول مشتری‌ها به کارت
# خودتون واریز بشه»): the sentence, or the heading of the list the match is an item of, says it is what *they* offer,
# ask or do, and the post names a scam (``_WARNED_POST``, not denied: «Это не мошенничество»). A post asking in its own
# voice ("we offer", «предлагаем», "taklif qilamiz") tells of no one.
THEIR_DOING = _compile(
    "they ask you", "they ask for", "they want you to", "they tell you to", "they offer", "what they offer",
    "what they actually", "what they really", "their job is", "their work is", "most of them", "in most of them",
    "предлагают", "они просят", "вас просят", "у вас просят", "от вас требуют", "вам говорят", "их работа",
    "большинство из них", "в большинстве из них",
    "ularning", "ular sizdan", "sizdan so'rashadi", "so'rashadi", "taklif qilishadi", "talab qilishadi",
    "کارشون", "کارشان", "ازتون میخوان", "ازتون میخواهند", "از شما میخوان", "از شما میخواهند", "میگن", "میگویند",
    "ازتون میگیرن", "بیشترشون", "بیشترشان", "اکثرشون", "اکثرشان",
).pattern
_WARNED_POST = re.compile(
    r"(?<![\w-])(?:scam\w*|fraud\w*|beware|moshen\w*|firibgar\w*|ehtiyot\s+bo'ling|ogoh\s+bo'ling|ostorojno"
    r"|suspicious|podozritel\w*|shubhali)(?!\w)|(?:کلاهبردار|هشدار|مشکوک)")
# (a scam denied is no warning: "no scam", «не мошенники», "firibgarlik emas", «کلاهبرداری نیست»)
_DENIED_BEFORE = re.compile(r"(?<!\w)(?:not\s+a|no|ne|bez|hech\s+qanday)\s+$")
_DENIED_AFTER = re.compile(r"^\s*(?:emas|yo'q|yoq|nest|نیست|نه)(?!\w)")
_THEIR_SENTENCE_REACH = 300


def _warned_post(text: str) -> bool:
    """The post names a scam or warns of one (``_WARNED_POST``), not only to deny it."""
    for m in _WARNED_POST.finditer(text):
        if (_DENIED_BEFORE.search(text, max(0, m.start() - 15), m.start()) is None
                and _DENIED_AFTER.match(text[m.end():m.end() + 12]) is None):
            return True
    return False


def told_of_them(text: str, start: int) -> bool:
    """The match at ``start`` is what others offer, ask or do (``THEIR_DOING``, before it in its sentence, or in the
    heading of the list it is an item of), in a post that warns of them (``_warned_post``)."""
    opening = max(0, start - _THEIR_SENTENCE_REACH)
    cut = [m.end() for m in _LINE_SENTENCE_END.finditer(text, opening, start)]
    told = THEIR_DOING.search(text, cut[-1] if cut else opening, start) is not None
    if not told:
        line_start = text.rfind("\n", 0, start) + 1
        if not _ITEM_LINE.match(text, line_start):
            return False
        heading = _list_heading(text, line_start)[0]
        told = heading is not None and THEIR_DOING.search(heading) is not None
    return told and _warned_post(text)


def _list_heading(text: str, line_start: int) -> tuple[str | None, list[str]]:
    """The line heading the list whose item line starts at ``line_start`` (None when the text, or ``LIST_LINES``
    items, end before one), and the item lines between them, nearest first (``listed_under_negation``)."""
    above: list[str] = []
    at = line_start
    for _ in range(LIST_LINES):
        if at == 0:
            return None, above
        previous = text.rfind("\n", 0, at - 1) + 1
        line = text[previous:at - 1]
        at = previous
        if not _ITEM_LINE.match(line):
            return line, above
        above.append(line)
    return None, above


def _items_from(text: str, line_start: int) -> list[str]:
    """The item line at ``line_start``, the item lines after it and the line after them, ``LIST_LINES`` items on at
    most (``listed_under_negation``)."""
    below = []
    at = line_start
    for _ in range(LIST_LINES + 1):
        following = text.find("\n", at)
        line = text[at:following if following >= 0 else len(text)]
        below.append(line)
        if following < 0 or (at > line_start and not _ITEM_LINE.match(line)):
            break
        at = following + 1
    return below


def _listed_after_never(text: str, start: int, line_start: int, never_done: re.Pattern[str] = _NEVER_DONE,
                        order: re.Pattern[str] = _ORDER) -> bool:
    """The match is in its line's list after a heading's colon, in the sentence the heading opens, and the heading (its
    own sentence) ends with what is never done (``_NEVER_DONE``: "What we never do: send you a check to buy equipment,
    ask you to buy gift cards, or …")."""
    colon = text.rfind(":", line_start, start)
    if colon < 0 or _FULL_STOP.search(text, colon, start):
        return False
    stops = [m.end() for m in _FULL_STOP.finditer(text, line_start, colon)]
    heading = text[stops[-1] if stops else line_start:colon]
    return never_done.search(heading) is not None and order.search(heading) is None


# A pictograph (an emoji) between two phrases of a post ends what a negation before it says, as a line's end does: "No
# experience 💯 Secure your seat today with a $25 refundable deposit" asks for the deposit. Not one right after the
# negation ("No 💸 fees"); a warning still reaches past it ("Осторожно, мошенники 🚨 просят предоплату"), and a negation
# right after a match is read past one ("Предоплата ❌ не нужна").
_PICTOGRAPH = re.compile(f"[{PICTOGRAPHS}]")
WARNING_BEFORE = _compile(
    "beware", "scam*", "fraud*", "phishing", "warning", "firibgar*", "ehtiyot bo'ling", "ehtiyot boling", "мошен*",
    "осторожно", "کلاهبردار*", "مراقب",
).pattern


# … but a negated verb there ends its clause, as Persian and Uzbek put it last: "هیچ هزینه‌ای دریافت نمی‌شود 💰 ۲۰۰
# هزار تومان … واریز کنید", "Hech qanday to'lov so'ramaymiz 🔥 … to'lang" ask for the fee after the emoji.
_NEGATED_VERB = re.compile(r"(?:نمی|[^\W\d_]ma(?:y|ys)[^\W\d_]*$)")


def _negation_ends(text: str, negation: re.Pattern[str]) -> bool:
    """A negation (``negation``), not a negated verb (``_NEGATED_VERB``), is the last word of ``text``."""
    last = None
    for last in negation.finditer(text, max(0, len(text) - 30)):
        pass
    return last is not None and last.end() == len(text) and _NEGATED_VERB.search(last.group()) is None


def _in_asked_list(text: str, opening: int, demand: re.Match[str]) -> bool:
    """``demand`` (a ``NEW_DEMAND`` match in the sentence from ``opening``) is at a comma before an English pay verb,
    in the list of verbs a negated ask governs (``_ASKED_LIST``)."""
    return (text.startswith(",", demand.start()) and _ENGLISH_PAY_VERB.match(text, demand.end()) is not None
            and _ASKED_LIST.search(text, opening, demand.start()) is not None)


def _clause_after(before: str, after: str) -> str:
    """The match's clause after it: to the first comma, or in a parenthesised list ("هیچ‌گونه وجهی (هزینه ثبت‌نام،
    تشکیل پرونده یا آموزش) دریافت نمی‌کند", "Fees (registration, training) are not charged") past the list's close to
    the comma after it, or in a list the match opens past its last item (``_LIST_ITEMS``): the verb after the list says
    what becomes of each item."""
    if before.rfind("(") > before.rfind(")"):
        close = after.find(")")
        if close >= 0:
            return after[:close + 1] + _CLAUSE_END.split(after[close + 1:], 1)[0]
    opens = _list_opens(after)
    listed = (_LIST_ITEMS.match(after, opens) if opens >= 0 else None) or _CORRELATIVE_ITEMS.match(after)
    if listed:
        return after[:listed.end()] + _CLAUSE_END.split(after[listed.end():], 1)[0]
    return _bare_list_end(before, after) or _CLAUSE_END.split(after, 1)[0]


# A list with no "and" or "or", its items after commas and its verb after the last ("Карта рақами, SMS-код, паспорт
# суратини Телеграмда сўрамаймиз", "номер карты, срок действия, CVV, коды из SMS — не спрашиваем"): of at least
# ``BARE_LIST_ITEMS`` items with the match, each of at most three words, the last with its verb at most
# ``BARE_LIST_LAST_WORDS``; none gives an order ("Karta raqami, SMS-kod, pasport suratini yuboring, pul to'lamaysiz"
# asks). Not two ("karta raqami, pul to'lamaysiz": the "…, tajriba shart emas" of an ad).
BARE_LIST_ITEMS = 3
BARE_LIST_LAST_WORDS = 8


def _bare_list_end(before: str, after: str) -> str:
    """The last item of a list without a conjunction that the match is in, with its verb (``""`` when it is in
    none)."""
    if not _LIST_OPENS.match(after):  # (right after the match: a bare list's first item runs on for none)
        return ""
    *middle, last = _CLAUSE_END.split(after)[1:]
    earlier = _CLAUSE_END.split(before)[:-1]
    items = 0
    for item in reversed(earlier):
        if not item.strip() or len(item.split()) > 3:
            break
        items += 1
    chunks = [*earlier[len(earlier) - items:], *middle, last]
    if (items + len(middle) + 2 < BARE_LIST_ITEMS or any(len(item.split()) > 3 or not item.strip() for item in middle)
            or len(letter_words(last)) > BARE_LIST_LAST_WORDS or any(_ORDER.search(c) for c in chunks)):
        return ""
    return last


# A list the match opens, of short items (up to three words) after commas, its last one joined by "or" or "and" ("karta
# raqamingiz, muddati yoki SMS-kodni hech qachon so'ramaymiz", "شماره کارت، رمز دوم یا کد پیامکی شما را نمی‌خواهیم"):
# the verb after it, at the end of the sentence as Uzbek and Persian put it, negates the match too. Not an "and" that
# joins a new subject ("…, we pay you and you …": ``NEW_CLAUSE``).
_LIST_OPENS = re.compile(r"\s*[,،]")
_LIST_COMMA = re.compile(r"[,،](?=\s)")  # (not a thousands' comma: "$1,000")
_LIST_ITEMS = re.compile(r"(?:\s*[,،]\s*[^\s,،]+(?:\s+[^\s,،]+){0,2}?)+?\s*[,،]?\s+(?:yoki|va|ili|i|or|and|nor|یا|و)\s+"
                         r"(?!(?:you|we|then|vi|mi|siz|biz|شما|ما)(?!\w))")
# … and an Uzbek list of correlative "ham" ("pul ham, karta raqami ham, parol ham so'ralmaydi": neither money, nor a
# card number, nor a password is asked for): its verb after the last "ham" says what becomes of each item.
_CORRELATIVE_ITEMS = re.compile(r"\s+ham(?:\s*[,،]\s*[^\s,،]+(?:\s+[^\s,،]+){0,2}?\s+ham)+(?!\w)")
# The match's own item may run on for a few words before the list's comma ("شماره‌ی کارت با CVV2، رمز دوم یا «واریز …»
# نمی‌خواهیم", "Номер карты с CVV, код из SMS или пароль … не запрашиваем", "Karta raqami CVV bilan, SMS kod yoki parol
# … so'ralmaydi": a card number *with its CVV* is the list's first item); not when those words give an order or open a
# new clause ("Karta raqamingizni botga yuboring, pasport yoki ID kerak emas": the order ends the ask's clause).
# Only for a list joined by "or" or "and" (``_LIST_ITEMS``): a bare list's commas after a clause are its afterthoughts
# ("Страховку оплачиваете вы, полторы тыщи, разово, потом всё компенсируем" asks for the insurance).
ITEM_RUN_ON_WORDS = 3
_ITEM_RUN_ON = re.compile(r"(?:\s+[^\s,،]+){0,%d}?(?=\s*[,،])" % ITEM_RUN_ON_WORDS)


def _list_opens(after: str) -> int:
    """Where a list opens in the match's sentence after it (``after``): at the comma that ends the match's own item,
    right after the match or past the few words its item runs on (``_ITEM_RUN_ON``); -1 when none opens there."""
    if _LIST_OPENS.match(after):
        return 0
    run_on = _ITEM_RUN_ON.match(after)
    if run_on is None or _ORDER.search(after, 0, run_on.end()) or NEW_CLAUSE.search(after, 0, run_on.end()):
        return -1
    return run_on.end()


LIST_REACH = 150


def _list_after(text: str, end: int, lines: bool) -> str:
    """The match's sentence after it, read up to ``LIST_REACH`` characters (a list's last item may end past the
    50 ``_sentence_window`` reads)."""
    after = text[end:end + LIST_REACH]
    stop = (_SENTENCE_END if lines else _RUN_ON_END).search(after)
    return after[:stop.start()] if stop else after


# Others said to use the employer's name ("Диққат: охирги пайтда бизнинг номимиздан Телеграмда «иш берамиз» деб пул ва
# карта маълумотларини сўраётганлар бор. Улар фирибгарлар.", "آگهی‌هایی به نام ما … منتشر شده که از متقاضیان پول
# می‌خواهند؛ آن‌ها کلاهبردارند"): what the sentence tells of their asks is not the post asking, when it speaks to no
# seeker and a scam is named near (``told_of_impersonators``). A mule's "receive payments in our name to your card"
# still asks.
IMPERSONATION = _compile(
    "nomimizdan", "nomimizni", "kompaniyamiz nomidan", "nomimiz bilan", "nomimizdan foydalanib",
    "от нашего имени", "от имени нашей компании", "под нашим именем", "прикрываясь нашим", "представляясь нами",
    "выдают себя за", "in our name", "posing as", "pretending to be", "impersonat*", "using our name",
    "به نام ما", "به اسم ما", "با نام ما", "جعل نام",
    # … or IDs, pages or channels "with the name" of the firm (a twenty-eighth writer's «اخیراً آیدی‌هایی با نام رهسپار
    # در تلگرام … از متقاضیان … کد تأیید پیامکی خواسته‌اند»), "accounts using the name"
    *(f"{who} {by} نام" for who in ("آیدیهایی", "آیدی هایی", "آیدیهای", "صفحاتی", "صفحههایی", "صفحه هایی", "کانالهایی",
                                    "کانال هایی", "اکانتهایی", "اکانت هایی", "پیجهایی", "پیج هایی")
      for by in ("با", "به")),
    "accounts using the name", "pages using the name", "profiles using the name", "accounts under the name",
).pattern


IMPERSONATION_REACH = 240  # how far back a sentence is read for others using the employer's name


def told_of_impersonators(text: str, start: int, end: int, before: str, after: str, r: Reading) -> bool:
    """The match's sentence (``before`` and ``after`` it) tells of others using the employer's name before it
    (``IMPERSONATION``), does not speak to the seeker (``SECOND_PERSON``), and a scam is named within
    ``QUOTE_WARNING_REACH`` of it (``QUOTE_WARNING``)."""
    impersonation, second = r.impersonation, r.second_person or SECOND_PERSON
    warning = r.quote_warning or QUOTE_WARNING
    if impersonation is None:
        return False
    if impersonation.search(before) is None:
        # (a long sentence's teller further back than ``NEGATION_REACH``, its asks listed after it: «آیدی‌هایی با
        # نام … در تلگرام و دیوار آگهی … منتشر کرده‌اند و از متقاضیان «هزینه ثبت‌نام»، … یا کد تأیید پیامکی خواسته‌اند»)
        if len(before) < NEGATION_REACH:
            return False
        before = _sentence_window(text, start, end, reach=IMPERSONATION_REACH)[0]
        if impersonation.search(before) is None:
            return False
    if second.search(before) or second.search(text, start, end) or second.search(after):
        return False
    return warning.search(text, *_warning_reach(text, start, end)) is not None


# The fake ads named as where the asks are made, in the match's sentence before it ("In these ads, money is paid into
# your account and they ask you to pass part of it on", «В таких объявлениях вас просят …», "Bunday e'lonlarda sizdan
# … so'rashadi", «در این آگهی‌ها پول به حساب شما واریز می‌شود و از شما می‌خواهند …»), beside a warning or money
# laundering named (a channel's warning of fake "personal assistant" posts): the asks are told of, not made.
IN_THE_FAKES = _compile(
    "in these ads", "in such ads", "in these offers", "in such offers", "in these posts", "in such posts",
    "in these messages", "in such messages", "these ads ask", "such ads ask", "these offers ask", "such offers ask",
    "в таких объявлениях", "в этих объявлениях", "в таких предложениях", "в таких сообщениях",
    "такие объявления просят",
    "bunday e'lonlarda", "bu e'lonlarda", "bunday takliflarda", "bunday xabarlarda", "bunday e'lonlar ~ so'ra*",
    "در این آگهیها", "در این آگهی ها", "در چنین آگهیهایی", "در چنین آگهی هایی", "در این پیامها", "در این پیام ها",
    "این آگهیها ~ میخواهند", "این آگهی ها ~ میخواهند",
).pattern
LAUNDERING = _compile("launder*", "money mule*", "отмыван*", "дроп*", "pul yuvish*", "پولشویی").pattern
IN_THE_FAKES_REACH = 240  # how far back the match's sentence is read for the fake ads named


def told_of_in_the_fakes(text: str, start: int, end: int) -> bool:
    """The match's sentence names the fake ads as where it is asked (``IN_THE_FAKES``), and a scam or money
    laundering is named within ``QUOTE_WARNING_REACH`` of the match (``QUOTE_WARNING``, ``LAUNDERING``)."""
    before = _sentence_window(text, start, end, reach=IN_THE_FAKES_REACH)[0]
    if IN_THE_FAKES.search(before) is None:
        return False
    near = _warning_reach(text, start, end)
    return QUOTE_WARNING.search(text, *near) is not None or LAUNDERING.search(text, *near) is not None


def said_too(text: str, start: int, end: int, pattern: re.Pattern[str], clause: bool = False,
             reach: int = 90) -> bool:
    """``pattern`` occurs in the sentence of the match ``text[start:end]``, before or after it, read across lines
    (``_RUN_ON_END``); a heading that introduces the sentence ("Documents: …") counts as part of it, but not what
    stands above the heading line nearest it: another section's («Обязанности:\n• выдача заказов покупателям\n
    Условия:\n• … Важно: управляющий вносит страховой депозит — 1 500 000 сум», the customers are no duty of the
    deposit's). ``clause``: in its clause only (commas end it)."""
    before, after = _sentence_window(text, start, end, opened_by=_RUN_ON_END_NOT_COLON, reach=reach,
                                     ended_by=_RUN_ON_END)
    heading = before.rfind(":\n")  # (the last heading line: ``text.clean`` leaves no space at a line's end)
    if heading >= 0:
        before = before[before.rfind("\n", 0, heading) + 1:]
    if clause:
        clauses = _CLAUSE_END.split(before)
        before, after = clauses[-1], _CLAUSE_END.split(after, 1)[0]
        if len(clauses) > 1 and _FOR_THIS.match(before):
            before = clauses[-2] + "," + before
    return bool(pattern.search(before) or pattern.search(after))


# A clause that opens by pointing back to the one before it ("pul sizning kartangizga o'tkaziladi, buning uchun faqat
# karta raqami kerak": the money goes to your card, for this only the card number is needed): what that one says holds
# for it (``said_too`` of a clause).
_FOR_THIS = re.compile(r"\s*(?:buning\s+uchun|dlya\s+etogo|for\s+(?:this|that)|برای\s+این\s+(?:کار|منظور))(?!\w)")


# A sentence that opens by pointing back to the one before ("After you accept a written offer, we run a background
# check. At that stage (and only then) we ask for a copy of your ID"): what that one says holds for it too.
BACK_REFERENCE = _compile(
    "at that stage", "at this stage", "at that point", "at this point", "only then", "only at that stage",
    "shu bosqichda", "shundan keyin", "shundan so'ng", "на этом этапе", "только тогда", "только на этом этапе",
    "در این مرحله", "در آن مرحله", "فقط در این مرحله", "فقط در آن مرحله",
).pattern
_BEFORE_SENTENCE_END = re.compile(r"[.!?\n؟]")  # (a semicolon or colon inside the sentence before does not end it)


def said_before(text: str, start: int, pattern: re.Pattern[str], end: int | None = None) -> bool:
    """The match's sentence opens with a ``BACK_REFERENCE`` and ``pattern`` occurs in the sentence before it; or the
    back reference opens a clause of the match's sentence before it ("After you sign the offer we run a background
    check at our cost, and only then ask for your ID and bank details") and ``pattern`` occurs in what the sentence
    says before that clause (up to as far back as a sentence before is read). With the match's ``end``, a sentence
    that only names the thing (``elliptic``: "Faqat karta raqami.", "فقط شماره شبا؛") points back as well."""
    if end is not None and elliptic(text, start, end):
        opening = start - len(_sentence_window(text, start, end)[0])
        previous, _ = _sentence_window(text, opening - 1, opening - 1, _BEFORE_SENTENCE_END, reach=ELLIPSIS_REACH,
                                       ended_by=_BEFORE_SENTENCE_END)
        if pattern.search(previous) is not None:
            return True
    before, _ = _sentence_window(text, start, start, _RUN_ON_END_NOT_COLON, ended_by=_RUN_ON_END)
    if not BACK_REFERENCE.match(before.lstrip(" -–—•(")):
        inner = None
        for inner in BACK_REFERENCE.finditer(before):
            pass
        if inner is None or inner.start() == 0:
            return False
        opening = start - len(before) + inner.start()
        previous, _ = _sentence_window(text, opening, opening, _BEFORE_SENTENCE_END, reach=240,
                                       ended_by=_BEFORE_SENTENCE_END)
        # (with the back reference itself: "mehnat shartnomasini imzolash → shundan keyin" is a step and then the next)
        return pattern.search(previous + inner.group()) is not None
    opening = start - len(before)
    previous, _ = _sentence_window(text, opening - 1, opening - 1, _BEFORE_SENTENCE_END, reach=240,
                                   ended_by=_BEFORE_SENTENCE_END)
    return pattern.search(previous) is not None


# A sentence of at most ``ELLIPTIC_WORDS`` words with the match ("Only your card number.", "Только номер карты.") has no
# verb of its own: it says nothing the sentence before did not (read up to ``ELLIPSIS_REACH`` characters back).
ELLIPTIC_WORDS = 4
ELLIPSIS_REACH = 320


def elliptic(text: str, start: int, end: int) -> bool:
    """The match's sentence (``_SENTENCE_END``) has at most ``ELLIPTIC_WORDS`` words, and a sentence before it."""
    before, after = _sentence_window(text, start, end)
    return start - len(before) > 0 and len(letter_words(before + " " + text[start:end] + " " + after)) <= ELLIPTIC_WORDS


def line_opened_by(text: str, start: int, pattern: re.Pattern[str]) -> bool:
    """The first sentence of the match's line (a paragraph of a board's post: "Background check: after a conditional
    offer, we run …. You'll … upload a copy of your passport there.", its number or bullet aside) says ``pattern``, and
    the match is past it."""
    line_start = text.rfind("\n", 0, start) + 1
    item = _ITEM_LINE.match(text, line_start)  # (a numbered paragraph's "4." ends no sentence)
    line_start = item.end() if item else line_start
    first = _RUN_ON_END_NOT_COLON.search(text, line_start, start)
    return first is not None and pattern.search(text[line_start:first.start()]) is not None


def first_match(pattern: Lexicon, text: str, *, negatable: bool = True, words: Words | None = None,
                disclaimers: list[tuple[int, int]] | None = None, rule: Rule | None = None,
                reading: Reading | None = None,
                quotations: list[tuple[int, int]] | None = None) -> re.Match[str] | None:
    """The first match not negated, nor excused by ``rule``'s exceptions (none when not given): with its ``unless``,
    in a sentence (``unless_clause``: a clause) that says it, or with its ``unless_sentence`` in a sentence that says
    that, read ``sentence_reach`` characters back, unless the match holds what ``never_excused`` finds; with
    ``not_after``, a match starting with "pay" right after what that pattern finds at the end of the 30 characters
    before it — "the" and "your" make "pay" a noun, not the fee after "pay the"; with ``duties``, one of the job's
    duties; with ``forwarded``, money sent on in a money-mule sentence: ``forwarding``; with ``to_pay_into``, a card
    given to pay into: ``pay_into``; with ``institution_fees``, an institution's own application fee:
    ``institution_fee``; with ``unless_line``, one whose line opens with what that finds: ``line_opened_by``; with
    ``paid_in``, the employer's transfer of the seeker's pay: ``pays_the_seeker``; with ``received``, what is sent or
    given to the seeker: ``sent_to_the_seeker``. (The rule is passed whole, not its fields one by one: a call with
    each of them a keyword cost ``assess`` a few per cent.) ``reading``: the patterns of negation and duty (``PLAIN``
    when not given).

    ``disclaimers`` gets (start, end) of the window of each match the text model does not read: those this loop
    skipped as negated with each sentence read across lines (``negated`` without ``lines``), up to the first it
    would have kept so — the model was trained on those cuts, and a line break is no feature of it (EMSCAD's
    fraud rows kept theirs, its legitimate rows lost them). A negation on the line before still drops a match for
    no rule. A match skipped so inside a scam message quoted as a warning (``warned_quotation``) adds the whole
    quotation too, and to ``quotations`` when given.

    A match that runs over a line break ("аренда\nкарта" from a title "Karta arenda" over "Karta ijaraga olamiz")
    gives way to the first kept one within a line, when there is one: it is what a reason quotes, and a post's
    lines are its sentences (a wrapped sentence is one line already: ``text.clean``). Whether the rule fires does
    not change, nor the disclaimers.

    What decides whether a match is skipped reads the text with each e-mail address and link one word
    (``excuses_text``): the match itself is found in the text as it is."""
    unless = unless_sentence = never_excused = unless_line = None
    unless_clause, sentence_reach = False, 90
    soft = rule is not None and not rule.hard
    if rule is not None:
        unless, unless_clause, unless_sentence = rule.unless, rule.unless_clause, rule.unless_sentence
        sentence_reach, never_excused, unless_line = rule.sentence_reach, rule.never_excused, rule.unless_line
    found = None
    in_line = None  # (when ``found`` runs over a line break) the first match kept within a line
    run_on_done = disclaimers is None  # the disclaimers as the sentence read across lines found them
    read: str | None = None  # the text the excuses read (``excuses_text``), made at the first match
    for m in pattern.finditer(text, words):
        start, end = m.start(), m.end()
        if read is None:
            read = excuses_text(text, words)
        skipped = run_on_skipped = False
        if negatable:
            said = (never_excused is None or not never_excused.search(text, start, end)) and (
                (bool(unless) and said_too(read, start, end, unless, unless_clause))
                or (unless_sentence is not None and said_too(read, start, end, unless_sentence, reach=sentence_reach))
                or (bool(unless) and not unless_clause and said_before(read, start, unless, end))
                or (unless_sentence is not None and said_before(read, start, unless_sentence, end))
                or (unless_line is not None and line_opened_by(read, start, unless_line)))
            skipped = said or negated(read, start, end, reading, spent=soft)
            # (a negation in a match's sentence is one in its sentence read across lines, which holds it; without a
            # line's end within ``_sentence_window``'s reach of the match, that is the sentence)
            run_on_skipped = skipped or (not run_on_done and _LINE_ONLY_END.search(read, max(0, start - 90), end + 50)
                                         is not None and negated(read, start, end, reading, lines=False, spent=soft))
            if run_on_skipped and not run_on_done:  # (the employer's or a duty's too: the model skips it)
                before, after = _run_on_window(read, start, end)
                disclaimers.append((start - len(before), end + len(after)))  # type: ignore[union-attr]
                quotation = (warned_quotation(read, start, end, (reading or PLAIN).quote_warning or QUOTE_WARNING)
                             if _quote_opened_before(read, start) else None)
                if quotation is not None:  # a scam message quoted as a warning: the model reads none of it
                    disclaimers.append(quotation)  # type: ignore[union-attr]
                    if quotations is not None:
                        quotations.append(quotation)
        line_wanted = (found is not None and in_line is None and not skipped and text.find("\n", start, end) < 0
                       and text.find("\n", found.start(), found.end()) >= 0)
        if (found is None and not skipped) or (not run_on_done and not run_on_skipped) or line_wanted:
            if rule is None or _kept(read, start, end, rule, reading):
                if found is None and not skipped:
                    found = m
                elif line_wanted:
                    in_line = m
                if not run_on_skipped:
                    run_on_done = True
        if found is not None and run_on_done and (in_line is not None
                                                  or text.find("\n", found.start(), found.end()) < 0):
            break
    return in_line or found


def excuses_text(text: str, words: Words | None = None) -> str:
    """``text`` as the negations and exceptions read it: each e-mail address and link one word of as many letters
    (``text.links_as_one_word``; ``words``: the text's, which keep it made once). "to hr" of "to
    hr.ridgeway…@outlook.com" is no paperwork handed to HR, "never" of "never.late@gmail.com" no negation, and an
    address's dots end no sentence."""
    if words is None:
        return links_as_one_word(text)
    return words.excuses_text(text)


def _kept(text: str, start: int, end: int, rule: Rule, reading: Reading | None) -> bool:
    """A match not dropped by ``rule``'s ``not_after``, ``duties``, ``forwarded``, ``to_pay_into``,
    ``institution_fees``, ``paid_in``, ``received``, ``payroll_entered``, ``own_site``, ``other_codes``,
    ``to_clients`` or ``needed_only`` (``first_match``)."""
    not_after = rule.not_after
    if not_after is not None and text.startswith("pay", start) and not_after.search(text, max(0, start - 30), start):
        return False
    if rule.duties and duty(text, start, end, reading):
        return False
    if rule.forwarded and forwarding(text, start, end, reading):
        return False
    if rule.institution_fees and institution_fee(text, start, end):
        return False
    if rule.paid_in and pays_the_seeker(text, start, end, reading):
        return False
    if rule.received and sent_to_the_seeker(text, start, end, reading):
        return False
    if rule.other_codes and other_code(text, start, end):
        return False
    if rule.to_clients and handed_to_clients(text, start, end):
        return False
    if rule.needed_only is not None and needed_only(text, start, end) is not rule.needed_only:
        return False
    if (rule.payroll_entered and entered_in_payroll(text, start, end, reading)
            and not (rule.never_excused and rule.never_excused.search(text, start, end))):
        return False
    if (rule.own_site and checked_on_own_site(text, start, end, reading)
            and not (rule.never_excused and rule.never_excused.search(text, start, end))):
        return False
    return not (rule.to_pay_into and pay_into(text, start, end))


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the disclaimer spans cut out, so the text model does not read "card" in "we never ask for your card"."""
    if not spans:
        return text
    out, pos = [], 0
    for start, end in sorted(spans):
        if start > pos:
            out.append(text[pos:start])
        pos = max(pos, end)
    out.append(text[pos:])
    return " ".join(out)


# A duty list's sentence can run long before its card or code ("Help our app users by chat and email with account
# access problems, password resets and cases where the SMS verification code doesn't arrive"): the whole sentence
# up to this far back is read for whose card or code it is.
DUTY_REACH = 240


def duty(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match is one of the job's duties (``DUTY_CONTEXT``, or ``STAFF_CONTEXT`` in its line) in a sentence that
    does not address the seeker, nor asks for what no payroll needs for the seeker's payroll (``PAYROLL_PURPOSE``)."""
    context, staff, second = (DUTY_CONTEXT, STAFF_CONTEXT, SECOND_PERSON) if reading is None else (
        reading.duty_context, reading.staff_context, reading.second_person)
    never_needs = PAYROLL_NEVER_NEEDS if reading is None else reading.payroll_never_needs or PAYROLL_NEVER_NEEDS
    if never_needs.search(text, start, end):
        purpose = PAYROLL_PURPOSE if reading is None else reading.payroll_purpose or PAYROLL_PURPOSE
        before, after = _sentence_window(text, start, end, _LINE_SENTENCE_END, DUTY_REACH, _LINE_SENTENCE_END)
        if purpose.search(before) or purpose.search(after):
            return False
    if not said_too(text, start, end, context, reach=DUTY_REACH):
        before, after = _sentence_window(text, start, end, _LINE_SENTENCE_END, DUTY_REACH, _LINE_SENTENCE_END)
        if not (staff.search(before) or staff.search(after)):
            return False
    if second.search(text, start, end):
        return False
    before, after = _sentence_window(text, start, end, _RUN_ON_END_NOT_COLON, DUTY_REACH, _RUN_ON_END)
    if "خود" in before or "خود" in after:  # (the clients' own: ``_THEIR_OWN``)
        before = _THEIR_OWN.sub(" ", before + text[start:end] + after)[:len(before)]
        after = _THEIR_OWN.sub(" ", after + text[end + len(after):end + len(after) + 80])[:len(after)]
    return not (second.search(_not_addressed(before)) or second.search(_not_addressed(after)))


def _not_addressed(window: str) -> str:
    """``window`` without "your" clients (``_YOUR_CLIENTS``) and the heading of the seeker's duties (``_YOUR_DUTIES``)."""
    return _YOUR_DUTIES.sub(" ", _YOUR_CLIENTS.sub(" ", window))


# A Persian "own" whose clause's verb is in the third person plural is the clients' own, not the seeker's ("… شماره
# کارت، رمز دوم یا کد تایید پیامکی خود را در اختیار دیگران گذاشته‌اند": cardholders who gave their own codes away),
# where "کد تایید خود را بفرستید" (send your own code) speaks to the seeker. (The same length: ``duty`` cuts it
# back.)
_THEIR_OWN = re.compile(r"(?<!\w)خود(?:شان)?(?=\s+را\s+[^.!?\n؛؟،]{0,60}?[^\W\d_](?:اند|نند|دند|تند|هند)(?!\w))")


# "Your" clients are the job's, not the seeker addressed ("Sizning mijozlaringiz — kartasi bloklangan, SMS-kod
# kelmayotgan foydalanuvchilar", "Ваши клиенты", "مشتریان شما"): ``duty`` reads the sentence without them.
_YOUR_CLIENTS = re.compile(
    r"(?<!\w)(?:(?:sizning\s+)?(?:mijoz|[xh]aridor|foydalanuvchi|abonent)\w*ingiz\w*"
    r"|your\s+(?:customers?|clients?|users|callers|cardholders|guests|patients)"
    r"|vash\w*\s+(?:kliy?ent|pokupatel|polzovatel|abonent)\w*"
    r"|(?:مشتری|مشتریان|مشتریهای|کاربران)\s+(?:شما|خودتان))(?!\w)")
# … nor is the heading of the seeker's duties ("What you will do\n- Send guests our payment link: a 30% deposit is paid
# by card on our website and the balance on arrival", read across the line): it introduces the job's work.
_YOUR_DUTIES = re.compile(
    r"(?<!\w)(?:what\s+you(?:'ll|\s+will)\s+do|you(?:'ll|\s+will)\s+review|your\s+(?:duties|tasks|responsibilities)"
    r"|(?:vashi|tvoi)\s+(?:obyazannosti|zadachi)|chto\s+(?:vi\s+)?budete\s+delat|(?:sizning\s+)?vazifalaringiz"
    r"|(?:وظایف|کارهای)\s+شما)(?!\w)")


# A card the post gives to pay *into* ("مبلغ را به شماره کارت زیر واریز کنید", "to the card number below", "quyidagi
# karta raqamiga o'tkazing") is no request for the seeker's card (a fee paid into it is ``upfront_fee``'s); the
# seeker's own card as the destination ("به شماره کارت شما", "to your card number") still is one unless pay goes
# there (``PAYOUT``).
_TO_A_CARD = re.compile(r"(?:(?<!\w)(?:به|na|to|into|onto)\s+(?:the\s+|our\s+|this\s+|that\s+|following\s+"
                        r"|این\s+|etu\s+|etoy\s+|nashu\s+|nashey\s+)?)$")
_THE_SEEKERS = re.compile(r"\s*(?:شما|خود|خودتان|your|vash\w*|svo\w*)(?!\w)")
_YOURS_BEFORE = re.compile(r"(?<!\w)(?:your|vash\w*|svo\w*|sizning)\s+(?:\S+\s+)?$")


# … nor is one the post says it gives ("Karta raqami shaxsiy xabarda beriladi", "номер карты скинем в личку", "شماره
# کارت در پیوی داده می‌شود"): the seeker is to pay into it. Not one sent to someone ("karta raqami adminga
# yuboriladi": the seeker sends it).
_GIVEN_BY_US = re.compile(
    r"(?:\s+(?![^\s,.;:!?]*ga(?!\w))[^\s,.;:!?]+){0,3}?\s+(?:beriladi|yuboriladi|aytiladi|tashlanadi|beramiz"
    r"|yuboramiz|aytamiz|tashlaymiz|dadim|skinem|prishlyom|prishlem|soobshim|otpravim|vishlem|nazovyom|nazovem"
    r"|will\s+be\s+(?:given|sent|provided|shared)|داده\s*میشود|ارسال\s*میشود|اعلام\s*میشود|میدهیم|میفرستیم"
    r"|اعلام\s*میکنیم)(?!\w)")


# … and the shop's own card, which its customers pay into ("شماره کارت فروشگاه (به نام مدیر مزون)", "номер карты
# магазина", "do'kon karta raqami", "the shop's Humo card number"): the business's, not the seeker's.
_THE_BUSINESS_AFTER = re.compile(r"\s+(?:فروشگاه|مزون|بوتیک|شرکت|مغازه|magazina|kompanii|firmi|salona|butika|ip)(?!\w)")
_THE_BUSINESS_BEFORE = re.compile(r"(?<!\w)(?:(?:do'kon|kompaniya|firma|magazin)(?:ning|imiz|imizning)?|(?:shop|store"
                                  r"|company|business|boutique)'s)\s+(?:\S+\s+)?$")


def pay_into(text: str, start: int, end: int) -> bool:
    """A card number given as where to pay: after "to" ("به", "на", "to", "into") and not the seeker's own, or an
    Uzbek card number in the dative that is not "yours" ("karta raqamiga", not "karta raqamingizga"), or one the post
    says it gives (``_GIVEN_BY_US``) that is not "yours", or the business's own (``_THE_BUSINESS_AFTER``,
    ``_THE_BUSINESS_BEFORE``)."""
    if _TO_A_CARD.search(text, max(0, start - 20), start):
        return not _THE_SEEKERS.match(text, end)
    last = text[start:end].rsplit(None, 1)[-1]
    if "ingiz" not in last and (_THE_BUSINESS_AFTER.match(text, end)
                                or _THE_BUSINESS_BEFORE.search(text, max(0, start - 30), start)):
        return True
    if "ingiz" not in last and _GIVEN_BY_US.match(text, end) and not _YOURS_BEFORE.search(text, max(0, start - 12),
                                                                                          start):
        return True
    return last.endswith("ga") and "ingiz" not in last and last.startswith(("raqam", "nomer", "karta"))


# A code of another kind than one sent to the seeker to prove who they are: an employee's, a class's or a course's, a
# promo, discount, referral or postal code, the code of an ID or a tax number ("Send the ID code to our IT department",
# "Xodim kodini bizga yuboring", «Передайте код класса ученикам», «کد ملی خود را ارسال کنید»). "kodni … yuboring",
# "give us ~ code" and their kin read any code sent on; these hand no secret over (a national ID number is asked for at
# signing; a passport's number or an SSN asked for is ``asks_id_document``'s or ``asks_bank_or_id``'s, as before). The
# kind is the word before the code (English, Uzbek "xodim kodi", a Russian adjective «реферальный код») or after it (a
# Russian genitive «код сотрудника», a Persian ezafe «کد ملی», a bracket "kod (JShShIR)"). Not when the sentence also
# names a code sent to the seeker (from an SMS or a bank, a one-time, verification, confirmation or login code, one that
# comes to the phone) or a remote-access app's ("Telefoningizga keladigan ID kodni bizga yuboring", "Install AnyDesk and
# give us the ID code it shows"): ``_SECRET_CODE``. (Uzbek Cyrillic typed with Russian letters is read merged, x as h:
# "[xh]odim".)
_CODE_IN_MATCH = re.compile(r"(?<!\w)(?:codes?|kod\w*|کد\w*)")
_OTHER_CODE_BEFORE = re.compile(
    r"(?<!\w)(?:employee|staff|personnel|id|postal|post|zip|promo|promotional|discount|coupon|referral|class|classroom"
    r"|course|tax|source|dress|product|item|[xh]odim(?:ning|lar\w*)?|referal|sinf|pochta|indeks|inn|stir|jshshir"
    r"|pinfl|ma[xh]sulot|tovar|chegirma|kurs|manba|referaln\w*|pochtov\w*|isxodn\w*|skidochn\w*|tovarn\w*)[\s-]*$")
_OTHER_CODE_AFTER = re.compile(
    r"(?:kod\w*\s+(?:sotrudnik|klass|kursa|tovar|skidk|kupon)|kod\w*\s*\((?:jshshir|pinfl|inn|stir)\)"
    r"|کد[\u064b-\u0652]?\s*(?:ملی|پستی|پرسنلی|کارمندی|تخفیف|معرف|کالا|کلاس|اقتصادی|منبع|دانشجویی))")
_SECRET_CODE = re.compile(
    r"(?<!\w)(?:sms\w*|otp|one[- ]time|verif\w*|confirm\w*|log\s?in|sign\s?in|bank\w*|text(?:ed|s)?"
    r"|you(?:'ll|\s+will)?\s+(?:receive|get)"
    r"|(?:comes?|arrives?|sent)\s+(?:to|on)\s+your|tasdi[qk]\w*|bir\s+martalik|kirish|kel(?:gan|adi|adigan|ib)"
    r"|telefoningizga|raqamingizga|podtver\w*|odnorazov\w*|vxod\w*"
    r"|prish(?:yol|lo|la|li|lyut|lyot|lyom)|prid(?:yot|et|ut)|prixod\w*"
    r"|na\s+(?:vash|tvoy)\w*\s+(?:nomer|telefon)\w*|پیامک\w*|تایید|یکبار|ورود|بانک\w*|به\s+گوشی\s?(?:شما|تان|ت)"
    r"|any\s?desk|team\s?viewer|rust\s?desk|انی\s?دسک)(?!\w)")


def other_code(text: str, start: int, end: int) -> bool:
    """Every code the match names is one of another kind than the seeker's secret (``_OTHER_CODE_BEFORE``,
    ``_OTHER_CODE_AFTER``), and its sentence names no code sent to the seeker (``_SECRET_CODE``)."""
    codes = list(_CODE_IN_MATCH.finditer(text, start, end))
    if not codes or not all(_OTHER_CODE_BEFORE.search(text, max(0, c.start() - 30), c.start())
                            or _OTHER_CODE_AFTER.match(text, c.start()) for c in codes):
        return False
    before, after = _sentence_window(text, start, end)
    return _SECRET_CODE.search(before + " " + text[start:end] + " " + after) is None


# A key, a token or a PIN handed to the job's clients (an e-signature desk's "Issue and renew clients' ЭЦП tokens",
# «Передаёте клиентам готовые токены ЭЦП», "Tokenni va PIN-kodni mijozga topshirasiz", «توکن را به مشتری تحویل دهید»):
# the desk's work, where the token phrases ("токен* ~ переда*", "token* ~ topshir*", "توکن ~ تحویل"), the e-signature
# handed over (``_OWN_IDENTITIES_HANDED_OVER``) and "kodni ~ berasiz" read the seeker's own handed to the employer.
# ``duty`` does not drop them: the clients stand inside the match, and "you" hands them over. The clients are whom it
# goes to or whose it is, in the match's clause (``_TO_CLIENTS``: "to clients", "clients' tokens", «клиенту»,
# «токенов … клиентам», "mijozga", «به مشتری»; not clients only named, «Для работы с клиентами передайте нам …»), and
# nothing there calls it the seeker's or has it go to the employer's side (``_THE_SEEKERS_OR_TO_US``: "your", «ваш»,
# «свой», "-ingiz", «خود», "us", «нам», "bizga", «به ما», or one client of "ours", «нашему клиенту», "mijozimizga",
# «مشتری ما», who would sign with it; "your clients" are the job's: ``_YOUR_CLIENTS``).
_KEY_TOKEN_OR_PIN = re.compile(r"(?<!\w)(?:tokens?|token\w*|توکن\w*|kalit\w*|klyuch\w*|keys?|pin(?:-?kod\w*)?|پین)"
                               r"(?!\w)")
_TO_CLIENTS = re.compile(
    r"(?<!\w)(?:(?:to|for)\s+(?:(?:the|our|new|all|each|their)\s+)?(?:clients?|customers?)"
    r"|(?:give|hand|issue|send)\s+(?:(?:the|our|new)\s+)?(?:clients?|customers?)"
    r"|(?:clients|customers)'|(?:client|customer)'s"
    r"|(?:kliy?ent|zakazchik|abonent)(?:u|am|ov)|(?:mijoz|kliy?ent|abonent|foydalanuvchi)(?:lar)?(?:ga|ning)"
    r"|(?:به|برای)\s+(?:مشتری|مشتریان|کاربران?)|(?:توکن|پین|کلید)\w*(?:\s+\S+){0,3}?\s+(?:مشتری|مشتریان))(?!\w)")
_THE_SEEKERS_OR_TO_US = re.compile(
    r"(?<!\w)(?:your|yours|us|me|vash\w*|svo\w*|tvo\w*|nam|mne|sizning|o'zingiz\w*|ozingiz\w*|bizga|menga|خود\w*|شما"
    r"|(?:به|برای)\s+(?:ما|من)|our\s+(?:client|customer)(?!s)|nash\w*\s+kliy?entu|mijozimiz\w*"
    r"|(?:مشتری|کاربر)\s+ما)(?!\w)"
    r"|[^\W\d_]+ingiz[^\W\d_]*")


def handed_to_clients(text: str, start: int, end: int) -> bool:
    """A key, a token or a PIN (the match's, or the word before it: "PIN-kodni") handed to the job's clients or
    theirs (``_TO_CLIENTS``), in a clause that neither calls it the seeker's nor has it go to the employer
    (``_THE_SEEKERS_OR_TO_US``)."""
    before, after = _sentence_window(text, start, end)
    before = _CLAUSE_END.split(before)[-1]
    if not _KEY_TOKEN_OR_PIN.search(text, start, end) and not _KEY_TOKEN_OR_PIN.search(before[-12:]):
        return False
    clause = _YOUR_CLIENTS.sub(" ", before + text[start:end] + _CLAUSE_END.split(after, 1)[0])
    return _TO_CLIENTS.search(clause) is not None and _THE_SEEKERS_OR_TO_US.search(clause) is None


# A copy of the passport or ID only said to be needed ("Pasport nusxasi va INN kerak bo'ladi", «Понадобится копия
# паспорта», "A passport copy and tax number will be needed", «کپی کارت ملی لازم است»): the copy hiring paperwork needs,
# with no channel, no order to send it and no moment before meeting in its sentence, nor in the heading of a list it is
# an item of (``_SENT_OR_BEFORE_MEETING``), and no order to send in the next (``_SENT_ORDER``). It asks for nothing
# before the seeker meets anyone, as ``asks_id_document`` says; but the written sets' scams say it so too (beside
# parcels to reship), where their honest posts say when and where (at signing, in the office, after the offer:
# ``PAPERWORK``). So it is a soft sign of its own (``id_document_needed``): a caution alone, hidden beside another (a
# chat handle as the only contact, pay bait). A photo, a scan, the passport's number or data needed (made to be sent)
# is asked for as before. (Read merged too, o' as u, q as k, x as h: "r[ou]y[xh]atdan".)
_ID_COPY = re.compile(r"(?<!\w)(?:cop(?:y|ies)|nusxa\w*|nusha\w*|kopi\w*|کپی|کاپی)(?!\w)")
_ID_SENT_FORM = re.compile(
    r"(?<!\w)(?:photo\w*|picture\w*|scan\w*|selfie\w*|numbers?|data|foto\w*|rasm\w*|surat\w*|skan\w*|selfi\w*"
    r"|seriya\w*|ma'?lumot\w*|nomer\w*|ra[qk]am\w*|dann\w*|seri[iy]\w*|عکس|تصویر|اسکن|سلفی|شماره)(?!\w)")
_NEEDED_SAID = re.compile(
    r"(?<!\w)(?:kerak\w*|zarur\w*|shart|nujen|nujna|nujno|nujni|neob[xh]odim\w*|trebuyet\w*|potrebuyet\w*"
    r"|ponadobit\w*|ponadobyat\w*|لازم|نیاز|الزامی|ضروری|needed|required|need|necessary)(?!\w)")
_SEND_IT = (r"send\w*|sent|upload\w*|submit\w*|e-?mail\w*|forward\w*|attach\w*|share|dm|message\s+us|text\s+us"
            r"|yubor\w*|jo'?nat\w*|junat\w*|tashla\w*|yukla\w*"
            r"|prishl\w*|otprav\w*|skin\w*|vishl\w*|zagruz\w*|peresh\w*|prikrep\w*"
            r"|بفرست\w*|ارسال|آپلود|بارگذاری")
_SENT_ORDER = re.compile(r"(?<!\w)(?:" + _SEND_IT + r")(?!\w)")
_SENT_OR_BEFORE_MEETING = re.compile(
    r"(?<!\w)(?:" + _SEND_IT + r"|telegram\w*|whats\s?app|viber|signal|bot\w*|chat\w*|online|link|form"
    r"|before\s+(?:the\s+|an\s+|your\s+)?(?:interview|meeting)|before\s+we\s+meet|apply\w*|application\w*"
    r"|register\w*|registration|verif\w*|now|today|right\s+away|immediately|asap"
    r"|lichka\w*|onlayn|anketa\w*|ariza\w*|r(?:o'|o|u)y[xh]atdan|(?:suhbat|uchrashuv|intervyu)dan\s+(?:oldin|avval)"
    r"|avval|hozir\w*|darhol|bugun\w*|tasdi[qk]\w*"
    r"|vatsap\w*|v\s+ls|pocht\w*|anket\w*|zayavk\w*|registrats\w*|do\s+(?:sobesedovani|vstrech)\w*|snachala|srazu"
    r"|seychas|segodnya|verifikats\w*"
    r"|تلگرام|واتساپ|ایتا|ربات|پیوی|دایرکت|ایمیل|آنلاین|لینک|فرم|(?:قبل|پیش)\s+از\s+مصاحبه|ابتدا|الان|فوری"
    r"|ثبت\s?نام|درخواست|احراز)(?!\w)|@\w|https?://")


def needed_only(text: str, start: int, end: int) -> bool:
    """The match is a copy of an ID (``_ID_COPY``, none of ``_ID_SENT_FORM``) its sentence says is needed
    (``_NEEDED_SAID``), with no channel, order to send it or moment before meeting (``_SENT_OR_BEFORE_MEETING``) in
    that sentence (read back past a colon) or the heading of a list it is an item of, and no order to send in the next
    sentence ("… kerak bo'ladi. Uni adminga yuboring": ``_SENT_ORDER``; a contact line after it is the post's, which
    ``messaging_only`` reads)."""
    if not _ID_COPY.search(text, start, end) or _ID_SENT_FORM.search(text, start, end):
        return False
    before, _ = _sentence_window(text, start, end, opened_by=_END_PAST_COLONS, reach=SENTENCE_REACH)
    _, after = _sentence_around(text, start, end)
    if not (_NEEDED_SAID.search(before) or _NEEDED_SAID.search(after)):
        return False
    closing = end + len(after)
    while closing < len(text) and (text[closing].isspace() or _SENTENCE_END.match(text, closing)):
        closing += 1  # (on to the first word of the sentence after)
    later = text[closing:closing + SENTENCE_REACH]
    stop = _SENTENCE_END.search(later)
    if (_SENT_OR_BEFORE_MEETING.search(before + " " + text[start:end] + " " + after)
            or _SENT_ORDER.search(later[:stop.start()] if stop else later)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    heading = _list_heading(text, line_start)[0] if _ITEM_LINE.match(text, line_start) else None
    return heading is None or _SENT_OR_BEFORE_MEETING.search(heading) is None


# An application fee a university or a school waives or takes only on its own portal or website ("the $75 application
# fee, paid only through the online application portal (waivers available)", "сбор за подачу заявки — только через
# портал университета"): its admission, not a way into a job. A scam's "application fee" names no waiver and is paid
# to a card, a wallet or a recruiter.
_APPLICATION = re.compile(r"application|zayav|ariz|درخواست|پذیرش|exam|ekzamen|imtihon|آزمون")
_WAIVED_OR_OWN_PORTAL = _compile(
    "waiver*", "waived", "only through ~ portal*", "only via ~ portal*", "only on ~ portal*",
    "only through our website", "only on our website", "only through ~ university's website",
    "освобожд* от ~ сбор*", "освобожд* от ~ оплат*", "только через ~ портал*", "только на ~ сайте университет*",
    "to'lovdan ozod*", "tolovdan ozod*", "tulovdan ozod*", "faqat ~ portal* orqali", "faqat ~ sayt* orqali",
    "معافیت", "فقط از طریق ~ پورتال", "فقط از طریق ~ سامانه", "فقط از طریق ~ سایت دانشگاه",
    # … or an exam's fee paid straight to the body that holds it ("هزینه آزمون را مستقیم به همان سازمان می‌پردازید",
    # "оплачиваете напрямую центру сертификации", "imtihon markazining o'ziga"), not to a recruiter's card
    "directly to the exam*", "directly to ~ testing body", "directly to ~ exam body", "directly to ~ test centre",
    "directly to ~ test center", "directly to ~ awarding body", "directly to ~ certification cent*",
    "напрямую ~ центр* сертификаци*", "напрямую ~ экзаменационн* центр*", "напрямую ~ организаци*",
    "markazining o'ziga", "markazning o'ziga", "tashkilotning o'ziga*", "markazining oziga", "tashkilotning oziga*",
    "مستقیم به همان سازمان", "مستقیم به سازمان", "مستقیم به ~ مرکز آزمون", "مستقیم به همان مرکز",
).pattern
INSTITUTION_REACH = 150
# A payment its sentence says goes straight to the state, by a receipt in the seeker's own name, or at the consulate
# (a twenty-sixth writer's «госпошлина и … авансовый платёж по патенту — напрямую в бюджет по квитанции на ваше имя)
# вы оплачиваете сами; компания возмещает», "You pay the consular visa fee there directly and keep the receipt"):
# the state's own fee, whatever it is for, as an institution's application fee paid on its portal (``institution_fee``)
_PAID_TO_THE_STATE = _compile(
    "напрямую в бюджет", "в бюджет по квитанци*", "квитанци* на ваше имя", "чек* на ваше имя",
    "directly to the consulate", "directly at the consulate", "directly to the embassy", "directly at the embassy",
    "receipt in your own name", "receipt in your name", "to the state budget",
    "davlat byudjetiga", "to'g'ridan-to'g'ri byudjet*", "kvitansiya* o'z nomingiz*", "o'z nomingizga kvitansiya*",
    "مستقیم به سفارت", "مستقیم به کنسولگری", "مستقیم به حساب دولت", "به حساب خزانه", "رسید به نام خودتان",
).pattern


def institution_fee(text: str, start: int, end: int) -> bool:
    """The match is an application or exam fee (``_APPLICATION`` in it or in its clause's 40 characters before it:
    "Заявочный взнос 2 000 ₽ вносится") its sentence, read ``INSTITUTION_REACH`` characters either side, says is waived
    or taken only on the institution's portal, or paid straight to it (``_WAIVED_OR_OWN_PORTAL``), and names no card
    or recruiter (``_TO_A_PERSON``)."""
    named = text[max(0, start - 40):start]
    named = named[max(named.rfind(c) for c in ",.;:!?\n،؛") + 1:]
    application = _APPLICATION.search(named) is not None or _APPLICATION.search(text, start, end) is not None
    before = text[max(0, start - INSTITUTION_REACH):start]
    cut = [m.end() for m in _RUN_ON_END_NOT_COLON.finditer(before)]
    after = text[end:end + INSTITUTION_REACH]
    stop = _RUN_ON_END_NOT_COLON.search(after)
    sentence = before[cut[-1] if cut else 0:] + " " + (after[:stop.start()] if stop else after)
    excused = (_WAIVED_OR_OWN_PORTAL if application else _PAID_TO_THE_STATE).search(sentence) is not None or (
        application and _PAID_TO_THE_STATE.search(sentence) is not None)
    return excused and _TO_A_PERSON.search(sentence) is None


_TO_A_PERSON = re.compile(r"(?<!\w)(?:card|karta\w*|kart[ayu]|کارت\w*|payme|click|recruiter\w*|rekruter\w*"
                          r"|менеджер\w*|menejer\w*|manager\w*|مشاور\w*|کارشناس)(?!\w)")


def forwarding(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match is a transfer (``TRANSFER``) in a sentence with a money-mule phrase (``MONEY_MULE``)."""
    transfer, mule = (TRANSFER, MONEY_MULE.pattern) if reading is None else (reading.transfer, reading.money_mule)
    return bool(transfer.search(text, start, end)) and said_too(text, start, end, mule)


PAY_IN_REACH = 30  # how far beside the match its transfer may stand (a Persian verb after the card "we" name)
SENTENCE_REACH = 120  # how far a sentence is read on either side of the match (a verb stands last in Uzbek, Persian)


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The match's sentence before and after it, ``SENTENCE_REACH`` characters either side at most."""
    before, _ = _sentence_window(text, start, end, reach=SENTENCE_REACH)
    after = text[end:end + SENTENCE_REACH]
    stop = _SENTENCE_END.search(after)
    return before, after[:stop.start()] if stop else after


def pays_the_seeker(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match moves the seeker's pay, and its sentence has the seeker send no money on (``SEEKER_SENDS``). The pay is
    the money the match names, the pay named with it ("Receive your salary payments into your personal bank account",
    "Monthly salary payments into your bank account": ``moved``), or, when the match names no money, the pay named
    after it in its clause with the employer's transfer (``PAID_IN``) within ``PAY_IN_REACH`` characters."""
    r = reading or PLAIN
    paid_in, pay, sends = r.paid_in or PAID_IN, r.seekers_pay or THE_SEEKERS_PAY, r.seeker_sends or SEEKER_SENDS
    before, after = _sentence_around(text, start, end)
    clause_before, clause_after = _CLAUSE_END.split(before)[-1], _CLAUSE_END.split(after, 1)[0]
    pay_moved = moved(text[start - len(before):end], pay, r.moved_money or MOVED_MONEY)
    if not (pay_moved or pay_moved is None and pay.search(clause_after)):
        return False
    if not pay_moved:
        low = start - min(len(clause_before), PAY_IN_REACH // 2)
        high = end + min(len(clause_after), PAY_IN_REACH)
        while high < end + len(clause_after) and text[high].isalnum():
            high += 1  # (to the end of the word the reach ends in)
        if paid_in.search(text, low, high) is None:
            return False
    return not (sends.search(before) or sends.search(text, start, end) or sends.search(after))


def moved(said: str, pay: re.Pattern[str], money: re.Pattern[str]) -> bool | None:
    """Whether the money ``said`` (a sentence up to a transfer) names last is the seeker's pay (``pay``) rather than
    other money (``money``), or its own (a word at most apart from pay named with it); ``None`` when it names none."""
    last_pay = last_money = None
    for last_pay in pay.finditer(said):
        pass
    for last_money in money.finditer(said):
        pass
    if last_money is None or last_pay is None:
        return None if last_pay is None and last_money is None else last_money is None
    if last_pay.start() >= last_money.end():
        return True
    between = said[last_pay.end():last_money.start()] if last_pay.end() <= last_money.start() else ""
    return not _CLAUSE_END.search(between) and len(between.split()) <= 1


HANDED_ON_REACH = 200  # how far the sentences before and after the match's are read


def sent_to_the_seeker(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match's clause says it is sent or given to the seeker (``SENT_TO_THE_SEEKER``, before, in or after it), or
    that the seeker sets and keeps it (``KEPT_BY_THE_SEEKER``); no sentence from the one before it to the one after,
    nor the heading of a list it is an item of, asks the seeker to hand it on (``HANDED_ON``), and neither its own nor
    the one after says it is needed (``NEEDED``: "Вам придёт код из SMS. Его нужно сообщить куратору.")."""
    r = reading or PLAIN
    sent, handed, needed = r.sent_to_the_seeker or SENT_TO_THE_SEEKER, r.handed_on or HANDED_ON, r.needed or NEEDED
    kept = r.kept_by_the_seeker or KEPT_BY_THE_SEEKER
    before, after = _sentence_around(text, start, end)
    clause = _CLAUSE_END.split(before)[-1] + text[start:end] + _CLAUSE_END.split(after, 1)[0]
    if sent.search(clause) is None and kept.search(clause) is None:
        return False
    sentence = before + text[start:end] + after
    if needed.search(sentence) or handed.search(sentence):
        return False
    opening, closing = start - len(before), end + len(after)
    while opening and (text[opening - 1].isspace() or _SENTENCE_END.match(text, opening - 1)):
        opening -= 1  # (back over the end of the sentence before, to its last word)
    while closing < len(text) and (text[closing].isspace() or _SENTENCE_END.match(text, closing)):
        closing += 1  # (… and on to the first word of the one after)
    earlier = text[max(0, opening - HANDED_ON_REACH):opening]
    cut = [m.end() for m in _SENTENCE_END.finditer(earlier)]
    later = text[closing:closing + HANDED_ON_REACH]
    stop = _SENTENCE_END.search(later)
    later = later[:stop.start()] if stop else later
    if handed.search(earlier[cut[-1] if cut else 0:]) or handed.search(later) or needed.search(later):
        return False
    line_start = text.rfind("\n", 0, start) + 1  # (an item of a list: what its heading says of it)
    heading = _list_heading(text, line_start)[0] if _ITEM_LINE.match(text, line_start) else None
    return heading is None or handed.search(heading) is None


PLAIN = Reading(NEGATION_BEFORE, NEGATION_AFTER, WARNING_AFTER, GAP_NEGATION, _WITHOUT_PAYMENT, DUTY_CONTEXT,
                SECOND_PERSON, TRANSFER, MONEY_MULE.pattern, STAFF_CONTEXT, quote_warning=QUOTE_WARNING,
                impersonation=IMPERSONATION, customers_quoted=CUSTOMERS_QUOTED, paid_in=PAID_IN,
                seekers_pay=THE_SEEKERS_PAY, seeker_sends=SEEKER_SENDS, sent_to_the_seeker=SENT_TO_THE_SEEKER,
                handed_on=HANDED_ON, needed=NEEDED, kept_by_the_seeker=KEPT_BY_THE_SEEKER, back_pronoun=BACK_PRONOUN,
                asked_for=ASKED_FOR, moved_money=MOVED_MONEY, payroll_place=PAYROLL_PLACE,
                sent_to_someone=SENT_TO_SOMEONE, payroll_purpose=PAYROLL_PURPOSE,
                payroll_never_needs=PAYROLL_NEVER_NEEDS, never=_NEVER, never_done=_NEVER_DONE, order=_ORDER,
                own_site=OWN_SITE, own_site_step=OWN_SITE_STEP)


RULES: tuple[Rule, ...] = (
    Rule("upfront_fee", 60, "asks for a payment before work starts", True, UPFRONT_FEE, not_after=PAYER, duties=True,
         forwarded=True, institution_fees=True),
    Rule("asks_bank_or_id", 60, "asks for a bank card number, bank details or SSN", True, BANK_OR_ID,
         unless=PAYOUT, unless_clause=True, unless_sentence=HIRED, never_excused=CARD_SECRET, duties=True,
         to_pay_into=True, unless_line=HIRED, received=True, payroll_entered=True, to_clients=True, own_site=True),
    Rule("asks_id_document", 60, "asks for a copy of your passport or ID before you meet", True, ID_DOCUMENT,
         unless=PAPERWORK, duties=True, unless_line=HIRED, needed_only=False, never_excused=ID_SENT_TO_A_CHAT,
         own_site=True),
    Rule("id_document_needed", 30, "says a copy of your passport or ID will be needed, without saying when or where "
         "it is handed over", False, ID_DOCUMENT, unless=PAPERWORK, duties=True, unless_line=HIRED, needed_only=True,
         own_site=True),
    Rule("asks_sms_code", 70, "asks for an SMS or one-time code", True, SMS_CODE, duties=True, received=True,
         other_codes=True, to_clients=True),
    Rule("money_mule", 70, "receiving and forwarding packages or money, cashing cheques or renting out a card",
         True, MONEY_MULE, unless=PARCEL_WORKPLACE, unless_sentence=MULES_WATCHED, sentence_reach=DUTY_REACH,
         never_excused=MULE_NEVER_EXCUSED, paid_in=True),
    Rule("identity_proxy", 60, "asks you to work under an identity or account that is not yours, or to lend out yours",
         True, IDENTITY_PROXY, duties=True, to_clients=True),
    Rule("fraud_on_those_called", 70, "the job itself defrauds the people called: posing as their bank, selling "
         "investments under a false name or keeping them from withdrawing, or selling back money they lost", True,
         FRAUD_ON_THOSE_CALLED),
    Rule("pay_bait", 20, "promises easy or guaranteed money", False, PAY_BAIT),
    Rule("urgency", 10, "pressure to act at once", False, URGENCY),
)
SHARED: tuple[Lexicon, ...] = (*dict.fromkeys(r.pattern for r in RULES), MESSAGING_ONLY)  # (two rules read IDs)
share(SHARED)

# ------------------------------------------------------------------ Uzbek typed with Russian letters

# Uzbek Cyrillic is often typed on a Russian keyboard, with у, к, г, х for ў, қ, ғ, ҳ ("Олдиндан 100 000 сум тулов
# килинг", "Картангиз ракамини юборинг"): they fold to u, k, g, x where the phrases say o', q, g', h. So a Cyrillic
# text is read again, for each rule that did not fire, on a form where each of those pairs is one letter
# (``merge``), by the Uzbek and English phrases merged alike (a Russian phrase reads the text as it was), and with
# every pattern of negation, duty and exception merged too ("Хеч кандай тулов олинмайди" still negates).
_MERGE_PAIRS = {"o'": "u", "g'": "g", "q": "k", "x": "h"}
_MERGE_LETTERS = str.maketrans({"q": "k", "x": "h"})
_MERGE = re.compile("[og]'|[qx]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
# Words only a Russian text is full of, and words of Uzbek as a Russian keyboard types it, as folded: a Cyrillic text
# holding three of the first and none of the second is Russian (most hh.uz postings), and its merged reading
# (``MergedText``, for Latin phrases) is not made: it would cost a Russian posting a fifth more time for nothing.
_RUSSIAN_WORDS = frozenset({"i", "v", "na", "s", "dlya", "ne", "po", "ot", "iz", "ili", "chto", "kak", "eto", "za",
                            "pri", "bez", "vi", "mi", "vas", "nas", "rabota", "raboti", "opit"})
_UZBEK_WORDS = frozenset({"va", "uchun", "bilan", "kerak", "yoki", "emas", "mumkin", "ish", "ishga", "bor", "siz",
                          "sizga", "sizni", "ham", "xam", "bu", "shu", "yuboring", "oldindan", "boladi",
                          "bulsa", "qiling", "kiling", "tulov", "kartangiz", "raqami", "rakami", "ishlash"})


def may_be_russian_typed_uzbek(words: set[str]) -> bool:
    """Whether a Cyrillic text (its folded ``words``) may be Uzbek, typed or not with Russian letters for ў, қ, ғ,
    ҳ: it has an Uzbek word, or too few Russian ones to be Russian."""
    return not words.isdisjoint(_UZBEK_WORDS) or len(words & _RUSSIAN_WORDS) < 3
_OWN_SCRIPT = re.compile("[\u0400-\u04ff\u0600-\u06ff]")  # a phrase written in Russian or Persian


def merge(folded_text: str) -> str:
    """``folded_text`` with o' and u, g' and g, q and k, x and h each one letter (u, g, k, h)."""
    if "'" in folded_text:
        folded_text = folded_text.replace("o'", "u").replace("g'", "g")
    return folded_text.translate(_MERGE_LETTERS)


def _merged_regex(pattern: re.Pattern[str], form: Callable[[str], str] = merge) -> re.Pattern[str]:
    lexicon = _LEXICON_OF.get(pattern)
    if lexicon is not None:
        return merged_lexicon(lexicon, form=form).pattern
    assert "\\x" not in pattern.pattern, pattern.pattern
    return re.compile(form(pattern.pattern), pattern.flags)


def merged_lexicon(lexicon: Lexicon, latin_only: bool = False, form: Callable[[str], str] = merge,
                   changed_only: bool = False) -> Lexicon:
    """``lexicon`` with its phrases and raw patterns ``merge``d (or put in another ``form``); ``latin_only``: its
    Latin-script phrases only; ``changed_only``: only those the form changes (the others find on the text in that
    form what they found on the text)."""
    def raw(r: str | tuple[str, ...]) -> tuple[str, ...]:
        regex, *needs = (r, "") if isinstance(r, str) else r
        assert "\\x" not in regex, regex
        return (form(regex), *map(form, needs))

    def kept(written: str, read: str) -> bool:
        """Whether a phrase or regex as ``written``, and as it reads the text (a phrase folded), is taken."""
        return not (latin_only and _OWN_SCRIPT.search(written)) and not (changed_only and form(read) == read)

    phrases = tuple(form(fold(p)) for p in lexicon.phrases if kept(p, fold(p)))
    regexes = ((r, r if isinstance(r, str) else r[0]) for r in lexicon.given_raw)
    raws = tuple(raw(r) for r, regex in regexes if kept(regex, regex))
    return Lexicon(phrases, raws)


class MergedText:
    """A folded text's ``merge``d form, its words, and where its characters came from."""

    form = staticmethod(merge)
    changed_only = False  # (``merged_lexicon``: its rules' phrases are all the Latin ones)

    def __init__(self, folded_text: str, words: Words | None = None):
        """``words``: the folded text's, taken when the form leaves the text as it is."""
        self.folded = folded_text
        self.text = self.form(folded_text)
        self.words = words if words is not None and self.text is folded_text else Words(self.text)
        self._starts: list[int] | None = None

    def _character_starts(self) -> list[int]:
        """Where each character of ``text`` starts in the folded text."""
        starts, i, n, folded = [], 0, len(self.folded), self.folded
        while i < n:
            starts.append(i)
            i += 2 if folded.startswith(("o'", "g'"), i) else 1
        return starts

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``self.text[start:end]`` stands in the folded text."""
        if self.text is self.folded or len(self.text) == len(self.folded):
            return start, end
        if self._starts is None:  # (and the text's end)
            self._starts = self._character_starts() + [len(self.folded)]
        start, end = max(0, start), min(end, len(self.text))
        return self._starts[start], self._starts[end]


_READINGS: dict[type[MergedText], tuple[Reading, tuple[Rule, ...], Lexicon]] = {}


def _merged(kind: type[MergedText] = MergedText) -> tuple[Reading, tuple[Rule, ...], Lexicon]:
    """The reading, rules (their Latin phrases) and messaging lexicon of a form of the text (``MergedText``,
    ``BareText``), made on first use."""
    made = _READINGS.get(kind)
    if made is None:
        form, changed_only = kind.form, kind.changed_only
        reading = Reading(*(_merged_regex(p, form) for p in (NEGATION_BEFORE, NEGATION_AFTER, WARNING_AFTER,
                                                             GAP_NEGATION, _WITHOUT_PAYMENT, DUTY_CONTEXT,
                                                             SECOND_PERSON, TRANSFER, MONEY_MULE.pattern,
                                                             STAFF_CONTEXT, EMPLOYER_PAYS, NEW_CLAUSE,
                                                             NEW_DEMAND, QUOTE_WARNING, NEVER_ANSWER,
                                                             IMPERSONATION, WARNING_BEFORE, CUSTOMERS_QUOTED,
                                                             PAID_IN, THE_SEEKERS_PAY, SEEKER_SENDS,
                                                             SENT_TO_THE_SEEKER, HANDED_ON, NEEDED,
                                                             KEPT_BY_THE_SEEKER, BACK_PRONOUN, ASKED_FOR,
                                                             MOVED_MONEY, PAYROLL_PLACE, SENT_TO_SOMEONE,
                                                             PAYROLL_PURPOSE, PAYROLL_NEVER_NEEDS, _NEVER, _NEVER_DONE,
                                                             _ORDER, OWN_SITE, OWN_SITE_STEP)))
        lexicons = {id(r.pattern): merged_lexicon(r.pattern, True, form, changed_only) for r in RULES}
        rules = tuple(replace(r, pattern=lexicons[id(r.pattern)],
                              unless=r.unless and _merged_regex(r.unless, form),
                              unless_sentence=r.unless_sentence and _merged_regex(r.unless_sentence, form),
                              never_excused=r.never_excused and _merged_regex(r.never_excused, form),
                              not_after=r.not_after and _merged_regex(r.not_after, form),
                              unless_line=r.unless_line and _merged_regex(r.unless_line, form)) for r in RULES)
        made = _READINGS[kind] = reading, rules, merged_lexicon(MESSAGING_ONLY, True, form, changed_only)
    return made


def merged_first_match(index: int, merged: MergedText, disclaimers: list[tuple[int, int]] | None = None,
                       ) -> tuple[int, int] | None:
    """``first_match`` of ``RULES[index]`` (``index`` -1: ``MESSAGING_ONLY``, not negatable) on the merged text (or
    the text in another form: ``BareText``), as a span of the folded text; its disclaimers are added to
    ``disclaimers`` as spans of the folded text."""
    reading, rules, chat = _merged(type(merged))
    local: list[tuple[int, int]] = []
    if index < 0:
        m = first_match(chat, merged.text, negatable=False, words=merged.words)
    else:
        rule = rules[index]
        m = first_match(rule.pattern, merged.text, words=merged.words, disclaimers=local, rule=rule, reading=reading)
    if disclaimers is not None:
        disclaimers.extend(merged.span(a, b) for a, b in local)
    return merged.span(m.start(), m.end()) if m else None


# ------------------------------------------------------------------ Uzbek Latin typed without its apostrophes

# Uzbek Latin is often typed without the apostrophes of oʻ, gʻ and the tutuq belgisi ("Oldindan 100 000 som tolov
# qilasiz", "Royxatdan otish", "pasport malumotlari"), on phones most of all, where the phrases say so'm, to'lov. So
# such a text is read again, for each rule that did not fire, without its apostrophes (``bare``), by the Uzbek and
# English phrases that had one (the others would find there what they found on the text), with every pattern of
# negation, duty and exception without them too ("Hech qanday tolov yoq" still negates). Only a text with more
# everyday Uzbek words than Russian ones and a phrase's word typed without its apostrophe
# (``may_be_uzbek_without_apostrophes``): "som" is a fish in Russian and money in Kyrgyzstan (a Russian post
# under the Uzbek title "Ish" asking "депозит 1 000 сом за ключи" is Russian), "otish" is Uzbek for "to throw",
# and a text typed with its apostrophes was read whole the first time.
_UZBEK_LATIN_WORDS = frozenset({"uchun", "bilan", "kerak", "yoki", "emas", "mumkin", "ish", "ishga", "ishni",
                                "ishlash", "ishlar", "oylik", "maosh", "tajriba", "qiling", "qilasiz", "qilish",
                                "qilib", "qilamiz", "beramiz", "berasiz", "bering", "olasiz", "kuniga", "kunlik",
                                "oyiga", "oldindan", "yuboring", "hech", "qanday", "siz", "sizga", "sizni", "sizdan",
                                "sizning", "biz", "bizga", "bizning", "pul", "keyin", "orqali", "haqida", "faqat",
                                "agar", "yana", "bor", "shu", "xodim", "talab", "kartangiz", "raqamingizni"})


def bare(folded_text: str) -> str:
    """``folded_text`` without its apostrophes (the same object when it has none)."""
    return folded_text.replace("'", "") if "'" in folded_text else folded_text


def _bare_forms() -> tuple[frozenset[str], dict[int, frozenset[str]]]:
    """The words of the rules' Latin phrases that hold an apostrophe, without it: as whole words ("som", and
    "tolov" of "to'lov*"), and the stems among them (their letters before the ``*``) by length."""
    words: set[str] = set()
    stems: dict[int, set[str]] = {}
    for rule in RULES:
        for p in rule.pattern.phrases:
            if _OWN_SCRIPT.search(p):
                continue
            for word in fold(p).split(" "):
                if "'" not in word or "?" in word:
                    continue
                word = bare(word)
                if word.endswith("*"):
                    stems.setdefault(len(word) - 1, set()).add(word[:-1])
                words.add(word.rstrip("*"))
    return frozenset(words), {n: frozenset(s) for n, s in stems.items()}


_BARE_WORDS, _BARE_STEMS = _bare_forms()


def may_be_uzbek_without_apostrophes(words: Words) -> bool:
    """Whether a folded text (its ``words``) may be Uzbek Latin typed without its apostrophes: it has more everyday
    Uzbek words than Russian ones, and a word of a phrase without the apostrophe the phrase writes ("som", "tolov",
    "royxatdan")."""
    exact = words.exact
    if exact.isdisjoint(_UZBEK_LATIN_WORDS) or len(exact & _UZBEK_LATIN_WORDS) <= len(exact & _RUSSIAN_WORDS):
        return False
    return not exact.isdisjoint(_BARE_WORDS) or any(not stems.isdisjoint(words.prefix(n))
                                                    for n, stems in _BARE_STEMS.items())


class BareText(MergedText):
    """A folded text without its apostrophes (``bare``), its words, and where its characters came from."""

    form = staticmethod(bare)
    changed_only = True

    def _character_starts(self) -> list[int]:
        return [i for i, ch in enumerate(self.folded) if ch != "'"]


PAYROLL_REACH = 90  # how far the match's sentence is read after it


def entered_in_payroll(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match's clause names a payroll provider as where the details go (``PAYROLL_PLACE``), read across a colon
    before it ("Payroll runs through Gusto: enter your bank details …"), and its sentence sends them to no one
    (``SENT_TO_SOMEONE``)."""
    r = reading or PLAIN
    place, someone = r.payroll_place or PAYROLL_PLACE, r.sent_to_someone or SENT_TO_SOMEONE
    before, _ = _sentence_window(text, start, end, opened_by=_RUN_ON_END_NOT_COLON)
    after = text[end:end + PAYROLL_REACH]  # (a verb last, the provider before it: «… вводите в личном кабинете Deel»)
    stop = _RUN_ON_END.search(after)
    after = after[:stop.start()] if stop else after
    clause = _CLAUSE_END.split(before)[-1] + text[start:end] + _CLAUSE_END.split(after, 1)[0]
    return place.search(clause) is not None and someone.search(before + text[start:end] + after) is None


# a chat or a person named only to be ruled out, a negation before it in its clause
_RULED_OUT = re.compile(r"(?<!\w)(?:not|never|no|nor|instead\s+of|rather\s+than|ne|ni|net|emas|hech|نه|هرگز|هیچ)(?!\w)")
_IDENTITY_BY_CARD = re.compile(r"identit|lichnost|shaxs|هویت")


def checked_on_own_site(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match's clause names the employer's own site, account or panel, or its KYC provider, as where the check
    or the number is done (``OWN_SITE``), read across a colon before it, and its sentence sends it to no one
    (``SENT_TO_SOMEONE``, a mention ruled out in its own clause aside: ``_RULED_OUT``) and says the check or the
    entry is done (``OWN_SITE_STEP``); a card that proves the seeker's identity is no payout card
    (``_IDENTITY_BY_CARD``)."""
    if _IDENTITY_BY_CARD.search(text, start, end):
        return False
    r = reading or PLAIN
    place, someone = r.own_site or OWN_SITE, r.sent_to_someone or SENT_TO_SOMEONE
    before, _ = _sentence_window(text, start, end, opened_by=_RUN_ON_END_NOT_COLON)
    after = text[end:end + PAYROLL_REACH]
    stop = _RUN_ON_END.search(after)
    after = after[:stop.start()] if stop else after
    clause = _CLAUSE_END.split(before)[-1] + text[start:end] + _CLAUSE_END.split(after, 1)[0]
    if place.search(clause) is None:
        return False
    sentence = before + text[start:end] + after
    if (r.own_site_step or OWN_SITE_STEP).search(sentence) is None:
        return False
    for mention in someone.finditer(sentence):
        opened = max(sentence.rfind(c, 0, mention.start()) for c in ",،(")
        if not _RULED_OUT.search(sentence, opened + 1, mention.start()):
            return False
    return True
