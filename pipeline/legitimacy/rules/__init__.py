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
from dataclasses import replace
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
from pipeline.legitimacy.rules.quotations import (CUSTOMERS_QUOTED, QUOTE_WARNING, _quote_opened_before,
                                                  warned_quotation, warns_of_imitations)
from pipeline.legitimacy.rules.reading import (_CLAUSE_END, _END_PAST_COLONS, _ITEM_LINE, _LINE_ONLY_END,
                                               _LINE_SENTENCE_END, _NEVER, _NEVER_DONE, _ORDER, _RUN_ON_END,
                                               _RUN_ON_END_NOT_COLON, _SENTENCE_END, _WITHOUT_PAYMENT, ASKED_FOR,
                                               BACK_PRONOUN, EMPLOYER_PAYS, GAP_NEGATION, IMPERSONATION, NEGATION_AFTER,
                                               NEGATION_BEFORE, NEVER_ANSWER, NEW_CLAUSE, NEW_DEMAND, PAYER, PLAIN,
                                               WARNING_AFTER, WARNING_BEFORE, Reading, _list_heading, _run_on_window,
                                               _sentence_window, line_opened_by, negated, said_before, said_too)
from pipeline.legitimacy.rules.soft_signals import NO_EXPERIENCE, PAY_BAIT, URGENCY
from pipeline.legitimacy.rules.upfront_fee import UPFRONT_FEE
from pipeline.legitimacy.text import letter_words, links_as_one_word
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
