"""Pay as published → min, max, ISO 4217 currency, period, gross/net, negotiable.

Nothing is guessed. Amounts are parsed only when the text names exactly one
currency and one amount (a number or a range) is plainly the pay: the only one, or,
among several numbers, the only one with a currency on it or a pay word ("salary",
"rate", "maosh", "حقوق") just before it ("Compensation is $18- $22 an hour and a max
of 40 hours a week"). Otherwise the numbers stay unparsed and only what the text
states plainly (currency, period, "на руки", "توافقی") is kept. The raw text always
stays in ``salary_raw``.

The period is the one written with the amount: the period word nearest it in its
sentence (after it in its clause first, then before it, then after it), not one
that counts work ("$400-$4,000 US dollars a month here! … how many ads you post a
day" is a month's pay; "40 hours per week", "20 calls daily", "25 vacation days
per year" are no pay period). With no period near the amount, only one a pay word
carries ("an annual salary") counts; without an amount, the text's period when all
it states agree.

Real strings this reads (tests cite the sample files):

* Remotive: "$18 - $22/hr", "OTE $25k - $35k", "$31,2k- $52k" (decimal comma);
* hh.uz: "от 4 000 000 до 6 000 000 сум на руки" (U+00A0 separators),
  "до вычета налогов" (gross), "з/п не указана" (not stated, *not* negotiable);
* Jobinja: "از ۴۵,۰۰۰,۰۰۰ تومان" (toman = 10 rial, stored as IRR), "توافقی" (negotiable),
  "حقوق پایه (وزارت کار)" (the legal minimum wage, no amount: left unparsed);
* Uzbek Telegram: "Maosh: 5 mln so'm", "💰 Maosh: 300-500$", "oyiga 4 000 000 so'm";
* CIS ads: "500 у.е. в месяц" ("условные единицы", the conventional unit: US dollars), stored as USD.

Beyond the currencies named by sign or word below, any current ISO 4217 code (CLDR's, through ``babel``) names its
currency when written in capitals beside an amount: "25000 AFN", "AFN 25,000", "3000 TJS"; a code that is an English
word or acronym ("TOP", "ALL", "PHP") only after the amount or before one of four digits or more ("PHP 25,000", not
"TOP 10").

Text is read after NFKC, so fullwidth and other compatibility forms ("＄５００", "𝟱𝟬𝟬$", Arabic
presentation forms) read as their plain letters and digits; numbers that are not digits
(superscripts, fractions, circled numbers: "$500¹", "7½") are kept as they are, as NFKC would glue
their digits onto the amount ("$5001").

"Competitive" is *not* negotiable: it says the pay is good, not that it is open.
A range keeps its own multipliers ("$25k - $35k"); a multiplier written once
after a range applies to both ends ("5-7 mln so'm"). An amount in two parts is one amount: "۱۵ میلیون و ۵۰۰ هزار
تومان", "15 млн 500 тыс", "15 mln 500 ming so'm" are 15.5 million, "۲ و نیم میلیون" 2.5 million; "/", "٫" and "،" (no
space after it) between digits before a Persian magnitude word are the decimal mark ("۱۵/۵ میلیون", "۱۲،۵ میلیون"), and
nowhere else ("۱۴۰۵/۰۹/۰۴" is a date, "۱۰، ۱۵ یا ۲۰ میلیون" a list).
Numbers in words are not read; an amount with a part in words ("یک میلیون و ۵۰۰ هزار") or a bare number after its
millions ("۱۵ میلیون و ۵۰۰ تومان": 15,000,500, or 15,500,000 as said aloud) stays unread, not read in part.
"k" and "m"/"mm" count only when they touch the number ("$1.5k", "$2M", "$1MM"): "5 m" or "3 months" are not millions.
An amount is kept as stated however large ("$1M per month" is 1,000,000 USD a month):
judging it is the legitimacy stage's (``pay_above_market``), not the parser's.

From the board samples (tests/pipeline/test_pay_real_phrases.py): "$" goes with another dollar the text names
("$120,000-$160,000 CAD"), "R$"/"S$"/"RM" are reais, Singapore dollars and ringgit, not US dollars; "₹20,00,000"
is Indian grouping; "$150K+", "at least", "حداقل", "بالای" give a minimum; "between $X and $Y" is a range;
"$13bn" is billions; "$7½/hr" is 7.50. "/mth" and "p/m" are per month, "/m" and "pm" are no period (a minute,
the afternoon); "per week" is a period but "40 hours per week" or "twice a month" are not; "$85+ million" is at
least 85 million and "capped at $145,000" at most.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from math import isnan

from pipeline.textnorm import ACUTE_APOSTROPHE, digits_to_ascii, persian_letters, strip_invisible, unify_apostrophes


@dataclass(frozen=True)
class Salary:
    minimum: float | None = None
    maximum: float | None = None
    currency: str | None = None
    period: str | None = None
    gross: bool | None = None
    negotiable: bool | None = None


# ISO codes some sources send that are not (or no longer) ISO 4217.
CURRENCY_ALIASES = {"RUR": "RUB", "BYR": "BYN", "SUM": "UZS", "SOM": "UZS"}

# (symbols, words, ISO code, factor to the ISO unit). Symbols match anywhere;
# words only where no letter touches them ("5000so'm" matches, "some" does not).
_CURRENCIES: list[tuple[str, str, str, float]] = [
    # "у.е."/"у. е.": условные единицы, the conventional unit of CIS ads, meaning US dollars
    # "$" is any dollar: a bare one is the US dollar unless the text names another dollar ("$120,000 CAD");
    # "R$" (real), "S$", "C$", "A$"… before an amount are other currencies, never US dollars ("R$300/mo",
    # "S$112,413"); "A$$holes" is none
    (r"(?<![a-z])\$|us\$", r"usd|us dollars?|dollar(?:dan|gacha)|dollars?|доллар(?:дан|гача)|долл(?:ар(?:ов|а)?)?\.?|"
     r"دلار|у\.\s?е\.?", "USD", 1),
    (r"€", r"eur|euros?|евро|یورو", "EUR", 1),
    (r"£", r"gbp|pounds? sterling", "GBP", 1),
    (r"(?:(?<=\d)|(?<=\d )|(?<=mln )|(?<=mln)|(?<=ming ))sum",
     r"so'm(?:dan|gacha)?|so`m|som(?:dan|gacha)?|uzs|сум(?:ов|а|дан|гача)?|сўм(?:дан|гача)?|сом", "UZS", 1),
    (r"(?!x)x", r"تومان|تومن|tomans?", "IRR", 10),
    (r"(?!x)x", r"ریال|rials?|irr", "IRR", 1),
    (r"₽", r"руб(?:\.|л[еяь]й?)?|rub|rur|rubles?|roubles?", "RUB", 1),
    (r"₸", r"тенге|kzt|tenge", "KZT", 1),
    (r"(?<![a-z])(?:c|ca|can)\$(?=\s?\d)", r"cad|canadian dollars?", "CAD", 1),
    (r"(?<![a-z])(?:a|au)\$(?=\s?\d)", r"aud|australian dollars?", "AUD", 1),
    (r"(?<![a-z])nz\$(?=\s?\d)", r"nzd", "NZD", 1),
    (r"(?<![a-z])s\$(?=\s?\d)", r"sgd", "SGD", 1),
    (r"(?<![a-z])hk\$(?=\s?\d)", r"hkd", "HKD", 1),
    (r"(?<![a-z])mx\$(?=\s?\d)", r"mxn", "MXN", 1),
    (r"(?<![a-z])r\$(?=\s?\d)", r"brl", "BRL", 1),
    (r"(?<![a-z])rm(?=\s?\d)", r"myr|ringgit", "MYR", 1),  # "RM9,481": Malaysian ringgit
    (r"₹", r"inr|rupees?", "INR", 1),
    (r"₴", r"uah|грн", "UAH", 1),
    (r"₺", r"lira", "TRY", 1),
    (r"(?!x)x", r"aed|dirhams?|درهم", "AED", 1),
    (r"(?!x)x", r"byn|byr", "BYN", 1),
]
_NOT_LETTER_BEFORE, _NOT_LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"
_CURRENCY_RX = [
    (re.compile(rf"{sym}|{_NOT_LETTER_BEFORE}(?:{words}){_NOT_LETTER_AFTER}"), code, factor)
    for sym, words, code, factor in _CURRENCIES
]
# Any other current ISO 4217 code ("25000 AFN", "3000 TJS", "KGS 15 000"), in capitals and beside an amount only, so
# that running text does not name one ("all 5", "mga 20", "TOP-rated"): ``_mark_iso_codes`` writes it "¤afn" before
# the text is lower-cased. Codes that are English words or common acronyms ("TOP 10", "ALL 5 shifts", "PHP 8") count
# after the amount, and before it only on one of four digits or more ("PHP 25,000").
_ISO_MARK = "¤"
_ISO_MARKED = re.compile(rf"{_ISO_MARK}([a-z]{{3}})(?![a-z])")
_CURRENCY_RX.append((_ISO_MARKED, "", 1))
_CODE_AFTER = re.compile(r"(\d(?:[kKmM]|\s?(?:mln|million|thousand|ming|млн|тыс))?\.?\s?)([A-Z]{3})(?![^\W\d_])")
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z]{3})(?=\s?(\d{1,3}(?:[ ,.]\d{3})+(?!\d)|\d{4,}|\d))")
_WORD_CODES = frozenset({"ALL", "AMD", "BAM", "BOB", "BTN", "CUP", "CVE", "DOP", "GEL", "MAD", "MOP", "NAD", "PEN",
                         "PHP", "RON", "SAR", "SOS", "TOP", "TRY"})


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    """The ISO 4217 codes of every territory's current currency (CLDR, through ``babel``) that no entry of
    ``_CURRENCIES`` reads already."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    codes = {code for territory in Locale.parse("en").territories for code in get_territory_currencies(territory)}
    return frozenset(code for code in codes if not any(rx.fullmatch(code.lower()) for rx, _, _ in _CURRENCY_RX))


@lru_cache(maxsize=1)
def _dollar_codes() -> frozenset[str]:
    """The codes of the currencies named dollars ("JMD", "TTD"), which a bare "$" goes with (as with ``_DOLLARS``)."""
    from babel.numbers import get_currency_name

    return frozenset(code for code in _iso_codes() if "dollar" in get_currency_name(code, locale="en").lower())


def _mark_iso_codes(text: str) -> str:
    """``text`` with each code of ``_iso_codes`` written beside an amount marked (see ``_ISO_MARKED``)."""
    def after(m: re.Match[str]) -> str:
        return f"{m[1]}{_ISO_MARK}{m[2]}" if m[2] in _iso_codes() else m[0]

    def before(m: re.Match[str]) -> str:
        if m[1] not in _iso_codes() or (m[1] in _WORD_CODES and len(m[2]) < 4):
            return m[0]
        return f"{_ISO_MARK}{m[1]}"

    if not any(ch.isupper() for ch in text):
        return text
    return _CODE_BEFORE.sub(before, _CODE_AFTER.sub(after, text))


# What names the US dollar itself, not just "a dollar": with none of these, "$" and "dollars" go with another
# dollar the text names ("$120,000-$160,000 CAD", "$70k - $92k (AUD)"); "$160,000 CAD/USD" names two currencies.
_US_DOLLAR = re.compile(r"(?<![a-z])(?:usd|us\s?\$|us dollars?|u\.s\. dollars?)(?![a-z])|долл|دلار|у\.\s?е\.")
_DOLLARS = frozenset({"CAD", "AUD", "NZD", "SGD", "HKD", "MXN"})
# A currency sign written before an amount, for the words around it ("from $15", "from R$ 15", "- ₹40,00,000")
_SIGN = r"(?:(?:us|r|s|c|ca|can|a|au|nz|hk|mx)?\$|[€£₽₸₹₴]|rm)?"

_PERIODS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"/\s*(?:hr|hour|h)\b|\bper\s+hour\b|\ban\s+hour\b|\bhourly\b|в\s+час(?!\w)|/\s*час|"
                r"soatiga|соатига|\bsoatbay|ساعتی|در\s+ساعت(?!\w)"), "hour"),
    (re.compile(r"/\s*(?:day|d)\b|\bper\s+day\b|\ba\s+day\b|\bdaily\b|в\s+день(?!\w)|/\s*день|"
                r"kuniga|кунига|روزانه|در\s+روز(?!\w)"), "day"),
    # "weekly" only after an amount ("$500 weekly"): "weekly reports", "weekly pay" (when it is paid) are no rate
    (re.compile(r"/\s*(?:wk|week)\b|\bper\s+week\b|\ba\s+week\b|(?<=\d)\s?weekly\b|в\s+неделю(?!\w)|/\s*нед|"
                r"haftasiga|ҳафтасига|در\s+هفته(?!\w)"), "week"),
    # "/mth", "p/m" too; not "/m" (a minute, in transcription and typing gigs, as often as a month) nor "pm"
    # (nearly always the afternoon: "9am-5pm")
    (re.compile(r"/\s*(?:mo|month|mon|mth|mnth)\b|\bper\s+(?:month|mth|mnth)\b|\ba\s+month\b|\bmonthly\b|"
                r"(?<![a-z])p/m(?![a-z])|"
                r"в\s+месяц(?!\w)|/\s*мес|ежемесячно|oyiga|ойига|oylik|ойлик|ماهانه|ماهیانه|در\s+ماه(?!\w)"), "month"),
    # "1st year base pay range: $45,000 - $60,000", "$55,000 - $100K your first year": a year's pay
    (re.compile(r"/\s*(?:yr|year|y)\b|\bper\s+(?:year|annum)\b|\ba\s+year\b|\bannual(?:ly)?\b|\byearly\b|"
                r"\byour\s+first\s+year\b|\b(?:first|1st)\s+year(?=\s+(?:base\s+)?(?:pay|salary|compensation))|"
                r"\bp(?:\.\s?)?a\.?(?![a-z])|в\s+год(?!\w)|yiliga|yillik|йилига|سالانه|در\s+سال(?!\w)"), "year"),
    (re.compile(r"\bper\s+project\b|\bfixed[\s-]+price\b|\bper\s+task\b|за\s+проект|"
                r"loyiha\s+uchun|лойиҳа\s+учун|پروژه\s*ای(?!\w)|برای\s+پروژه"), "project"),
]

#: Every pay period the reader gives, from an hour to a year, then a project: what a posting's ``salary_period`` holds,
#: but where a source sends its own (docs/schema.md and the API's document name these)
PERIODS: tuple[str, ...] = tuple(dict.fromkeys(period for _, period in _PERIODS))

# "40 hours per week", "3 days a week", "twice a month", "35 days annually", "how many ads you post a day",
# "۴۴ ساعت در هفته": how much work or how often, not what a pay is per
_COUNTED = re.compile(r"(?:\b(?:hours?|hrs?|days?|times|twice|once|shifts?|visits?|sessions?|posts?|ads?|calls?|"
                      r"e-?mails?|messages?|tickets?|chats?|tasks?|orders?|leads|appointments?|meetings?|articles?|"
                      r"videos?|clients?|pages?|words?|часов|часа|дней|дня|раза?|soat|kun)|ساعت|روز|بار)"
                      r"(?:[\s\d:.–—-]|,(?=\d))*$")  # and "Hours: 20–40 per week"; a comma between digits only:
# "Kuniga 2 soat, oyiga 1000$" is 2 hours a day, then $1000 a month, not 2 hours a month
_COUNTABLE = frozenset({"day", "week", "month", "year"})
# A number of things before the period, with no currency on it, counts things too: "40+ outbound calls daily",
# "we survey 40000+ developers annually", "15-30 hours of hourly work a week"
_THINGS = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\+?(?:\s*[–—-]\s*\d+\+?)?(?:\s+[^\W\d_][\w'-]*){1,4}\s*$")
# Where a sentence ends, and where a clause does; the dot of "руб." or of "u.s." ends neither
_SENTENCE_END = re.compile(r"(?<!\b\w)(?<!руб)(?<!долл)[.!?](?!\S)|[;\n]")
_CLAUSE_END = re.compile(rf"{_SENTENCE_END.pattern}|[,:|•()\[\]]")
# How far from its amount a period word may be, in characters: "the approximate annual compensation range for this
# role, depending on individual candidate level and experience, is $95,000 - $115,000" (remoteok:1052757)
_NEAR = 150

_NEGOTIABLE = re.compile(
    r"توافق|قابل\s*مذاکره|kelishiladi|kelishilgan|kelishuv|келишилади|келишилган|келишув|"
    r"по\s+договор[её]нности|договорная|договорн|\bnegotiable\b|\bnegotiated\b|\bneg\.|\bdoe\b|"
    r"depend(?:s|ing)?\s+on\s+experience|суҳбат\s+асосида|suhbat\s+asosida|"
    r"по\s+(?:результатам|итогам)\s+собеседования|suhbat\s+natijasi|суҳбат\s+натижаси|"
    r"پس\s+از\s+مصاحبه|بعد\s+از\s+مصاحبه"
)
#: Pay said to be fixed: each holds a word of ``_NEGOTIABLE`` ("non-negotiable", "غیرقابل مذاکره"), and had read as
#: negotiable
_NOT_NEGOTIABLE = re.compile(
    r"\b(?:not|non)[\s-]*negotiable\b|\bне\s+(?:по\s+договор|договорн)|غیر\s*قابل\s*مذاکره|\bkelishilmaydi\b"
)
_NET = re.compile(r"на\s+руки|после\s+вычета|\bnet\b|take[\s-]home|after\s+tax|qo'lga|қўлга|خالص")
_GROSS = re.compile(r"до\s+вычета|\bgross\b|before\s+tax|pre[\s-]tax|ناخالص|soliq\s+bilan")
_NOT_STATED = re.compile(r"не\s+указан|not\s+(?:specified|stated|disclosed)|ko'rsatilmagan|кўрсатилмаган")

_MULTIPLIERS: list[tuple[str, float]] = [
    (r"k(?![a-zа-я])|к(?![а-яa-z])|тыс\.?|тысяч\w*|thousand|ming|минг|هزار", 1e3),
    (r"mln\.?|млн\.?|million\w*|milyon|mlyon|миллион\w*|миллон\w*|میلیون|ملیون", 1e6),
    (r"mlrd\.?|млрд\.?|billion\w*|milliard\w*|миллиард\w*|میلیارد", 1e9),
    (r"trillion\w*|триллион\w*", 1e12),
]
_MULT_RX = "|".join(f"(?:{rx})" for rx, _ in _MULTIPLIERS)
# The Persian magnitude words, for the forms only Persian writes with them
_FA_MAGNITUDE = r"(?:هزار|میلیون|ملیون|میلیارد)"
# "/", "٫" and "،" between digits before a magnitude word, or on a range's first bound before one, are the Persian
# decimal mark: "۱۵/۵ میلیون" is 15.5 million, "۱۵٫۲۵۰ میلیون" 15.25 million, "۱۲،۵ میلیون" 12.5 million, "۲/۵ تا ۳
# میلیون" 2.5 to 3 million; up to three digits either side ("،" before three is a thousands separator first:
# ``_FA_COMMA_THOUSANDS``). "،" with a space after it lists ("۱۰، ۱۵ یا ۲۰ میلیون"), as it does between more than two
# numbers ("۱۰،۱۵،۲۰ میلیون"). Elsewhere "/" is no decimal mark ("۱۴۰۵/۰۹/۰۴" is a date, "5/2" a shift pattern), nor
# in a date before one ("۱۴۰۵/۰۹ تا ۱۰ میلیون", "۱۴۰۵/۰۹/۲۰ میلیون"), nor before "هزاران" or "میلیون‌ها" (thousands
# of, millions of).
_FA_DECIMAL = re.compile(rf"(?<![\d.,/،])(\d{{1,3}})[/٫،](\d{{1,3}})(?=\s?(?:(?:تا|الی|[–—-])\s?\d+(?:[/٫،.]\d+)?\s?)?"
                         rf"{_FA_MAGNITUDE}(?!ها|ان))")
# "۲ و نیم میلیون", "۱۵ میلیون و نیم": and a half (2.5 and 15.5 million)
_FA_HALF = re.compile(rf"(?<![\d.,/])(\d+)\s?(?:و\s?نیم\s?({_FA_MAGNITUDE})|({_FA_MAGNITUDE})\s?و\s?نیم(?![^\W\d_]))")
# A lone "k"/"к" or "m"/"mm" must touch its number ("25k", "$1.5M", "$1MM"); "25 к оплате" is not 25 000, nor
# "5 m" five million. They are not in _MULTIPLIERS, whose words may start a longer word ("5 months").
_TOUCHING = {"k": 1e3, "к": 1e3, "m": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9, "-bn": 1e9}
# ("$13bn", "$200B", "$1.1-bn": billions, not 13, 200 or 1.1 dollars; a code may touch the letter: "$10MUSD";
# "$85+ million" is at least 85 million)
_NUMBER = re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)?)(?:\+?\s*((?!k|к){_MULT_RX})|(k|к|mm?|-?bn|b)"
                     rf"(?:(?![a-zа-яё\d])|(?=usd|eur|gbp)))?", re.IGNORECASE)
# ("$0.034 per word" is a decimal: a lone 0 has no thousands)
_THOUSANDS = re.compile(r"(?<=\d)(?<!(?<![\d.,])0)[ ,.'](?=\d{3}(?!\d))")
# Indian grouping: "₹20,00,000" is 2,000,000 (lakhs), not 20
_LAKHS = re.compile(r"(?<![\d.,])\d{1,2}(?:,\d\d)+,\d{3}(?![\d,]|\.\d)")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)(?![a-z])")  # "1st year base pay range: $45,000 - $60,000"
_FROM = re.compile(r"(?:\bот|\bfrom|\bstarting\s+(?:at|from)|«?از»?|\bdan|\bat\s+least|\bmin(?:imum)?\.?|\bover|"
                   rf"\bmore\s+than|\bне\s+менее|حداقل|بالای|بیش\s+از)\s*{_SIGN}\s*$")
_TO = re.compile(r"(?:\bдо|\bup\s+to|\bcapped\s+at|\bto|\bmax(?:imum)?|تا|\bgacha|\bat\s+most|\bне\s+более|حداکثر)"
                 rf"\s*{_SIGN}\s*$")
_RANGE_SEP = re.compile(rf"^\s*{_SIGN}\s*(?:-|–|—|to|до|تا|الی|dan|дан|(?:so'm|som|sum|сўм|сум) ?(?:dan|дан))\s*{_SIGN}\s*$")
# "between $119,880 and $178,200", "بین ۱۵ و ۲۰ میلیون"
_BETWEEN = re.compile(rf"(?:\bbetween|بین)\s*{_SIGN}\s*$")
_AND_SEP = re.compile(rf"^\s*{_SIGN}\s*(?:and|و)\s*{_SIGN}\s*$")
# "Salary $150K+", "2.000$+ monthly": at least the amount; not "$150K + bonus" or "$150K+ equity"
_AT_LEAST = re.compile(r"^\s?(?:[$€£₽₸₹₴]|usd|eur|gbp)?\+(?!\s*(?:[\d$€£]|equity|bonus|benefit|commission|stock|"
                       r"option|ote|tip|incentive|allowance|perk|overtime|super))")
# Uzbek says "from" and "up to" with a suffix on the currency: "3 000 000 so'mdan", "5 mln so'mgacha"; the so'm typed
# on a Russian keyboard ("сумдан", у for ў) or without its apostrophe ("somdan", "sumgacha") as a word of its own
# A period written on each bound of a range ("from $15/hr to $20/hr")
_PERIOD_MARK = re.compile(r"/\s*(?:hr|hour|h|mo|month|mon|mth|mnth|wk|week|day|d|yr|year|y|час|мес|день|нед)"
                          r"(?![a-zа-я])\.?")
_SOM = r"(?:so'm|сўм|(?<![^\W\d_])(?:som|sum|сум))"
_UZ_FROM = re.compile(_SOM + r" ?(?:dan|дан)(?!\w)|(?:dollar|доллар) ?(?:dan|дан)(?!\w)")  # joined, or written apart
_UZ_TO = re.compile(_SOM + r" ?(?:gacha|гача)(?!\w)|(?:dollar|доллар) ?(?:gacha|гача)(?!\w)")
# … and on another currency or the amount itself, joined or apart ("500$dan", "500 $ gacha", "500 dollardan");
# Persian puts "and above" after the amount ("۱۰ میلیون تومان به بالا"). Right after the amount only, so that
# "$500, Dan …" is not read so.
_AFTER_CURRENCY = r"^(?:\s?(?:[$€£₽]|usd|eur|у\.\s?е\.)\s?)?"  # (the suffix joined to the amount, or after a currency)
_FROM_AFTER = re.compile(_AFTER_CURRENCY + r"(?:dan|дан)(?![a-zа-я'])|^[^\d]{0,24}?(?:به\s*بالا|و\s*بالاتر)")
_TO_AFTER = re.compile(_AFTER_CURRENCY + r"(?:gacha|гача)(?![a-zа-я'])")


def _nfkc(text: str) -> str:
    """NFKC, but for numbers that are not digits (category No: "¹", "½", "①"), whose NFKC would glue
    digits onto an amount ("$500¹" → "$5001"). The acute accent typed for an Uzbek apostrophe ("so´m")
    becomes the apostrophe first, as NFKC would split the word with a space."""
    if text.isascii():
        return text
    text = text.replace(ACUTE_APOSTROPHE, "'")
    return "".join(part if keep else unicodedata.normalize("NFKC", part)
                   for keep, chars in groupby(text, key=lambda ch: unicodedata.category(ch) == "No")
                   for part in ["".join(chars)])


# A vulgar fraction after the digits it belongs to: "$7½/hr" is 7.50 an hour (``_nfkc`` keeps "½" as it is)
_FRACTIONS = {"½": "5", "¼": "25", "¾": "75"}
_FRACTION = re.compile(r"(?<![\d.,])(\d+)([½¼¾])")


# The Persian keyboard's comma "،" (U+060C) typed between digit groups: "۲۵،۰۰۰،۰۰۰ تومان" is 25 million, as "٬" and ","
# are; only before a group of exactly three digits, like ","; before fewer it is a decimal mark or a list comma
# (``_FA_DECIMAL``)
_FA_COMMA_THOUSANDS = re.compile(r"(?<=\d)،(?=\d{3}(?!\d))")


def _prepare(raw: str) -> str:
    text = digits_to_ascii(_nfkc(strip_invisible(raw)))
    text = re.sub(r"[\u00a0\u202f\u2009\u2007]", " ", persian_letters(unify_apostrophes(text)))
    text = _mark_iso_codes(text).lower()
    text = _FA_COMMA_THOUSANDS.sub(",", text.replace("٬", ","))
    text = _FA_DECIMAL.sub(r"\1/\2", text).replace("٫", ".")  # a "/" until _collapse has removed thousands separators
    text = _FA_HALF.sub(lambda m: f"{m[1]}.5 {m[2] or m[3]}", text)
    text = _FRACTION.sub(lambda m: f"{m[1]}.{_FRACTIONS[m[2]]}", text)
    return re.sub(r"[ \t]+", " ", text)


def _multiplier(word: str | None) -> float:
    if not word:
        return 1.0
    if word.lower() in _TOUCHING:
        return _TOUCHING[word.lower()]
    for rx, factor in _MULTIPLIERS:
        if re.fullmatch(rx, word, re.IGNORECASE):
            return factor
    return 1.0


def _currency(text: str) -> tuple[str, float] | None | bool:
    """(code, factor) when exactly one currency is named; None when none; False when several."""
    found = {(code, factor) for rx, code, factor in _CURRENCY_RX if code and rx.search(text)}
    found |= {(m[1].upper(), 1.0) for m in _ISO_MARKED.finditer(text) if m[1].upper() in _iso_codes()}
    if not found:
        return None
    codes = {code for code, _ in found}
    if len(codes) == 2 and "USD" in codes and codes & (_DOLLARS | _dollar_codes()) and not _US_DOLLAR.search(text):
        return next(f for f in found if f[0] != "USD")  # "$120,000-$160,000 CAD": Canadian dollars
    if len(codes) > 1:
        return False
    if len(found) > 1:  # toman and rial named together
        return False
    return found.pop()


_Number = tuple[float, float, int, int]  # value, multiplier, start, end (in the collapsed text)


def _collapse(text: str) -> str:
    """The text with thousands separators removed ("4 000 000" → "4000000", "45,000" → "45000", "₹20,00,000"),
    then the Persian decimal mark a point ("۱۵/۲۵۰ میلیون" → "15.250 میلیون", not 15,250 million)."""
    return _FA_DECIMAL.sub(r"\1.\2", _THOUSANDS.sub("", _LAKHS.sub(lambda m: m[0].replace(",", ""), text)))


def _amounts(collapsed: str) -> list[_Number]:
    """(value, multiplier, start, end) of each number of ``_collapse``'s text."""
    out = []
    for m in _NUMBER.finditer(collapsed):
        if not m[2] and not m[3] and _ORDINAL.match(collapsed, m.end()):
            continue
        number = m[1].replace(",", ".")
        if number.count(".") > 1:
            continue
        out.append((float(number), _multiplier(m[2] or m[3]), m.start(), m.end()))
    return out


# Between the parts of one amount, a larger unit then a smaller one: a space or "and" ("۱۵ میلیون و ۵۰۰ هزار",
# "15 млн 500 тыс", "1 mln va 200 ming")
_JOINED = re.compile(r"\s?(?:(?:و|va|ва|и)\s?)?")
# A part written in words next to digits: "یک میلیون و ۵۰۰ هزار" (before them), "۱۵ میلیون و پانصد هزار", "۱۵ میلیون
# و پانصد", "بین ۱۵ و بیست میلیون" (after them)
_WORDS_BEFORE = re.compile(rf"(?:^|[^\W\d_]\s?){_FA_MAGNITUDE}\s?(?:و\s?)?$")
_WORDS_AFTER = re.compile(rf"\s?و\s?(?:(?:[^\W\d_]+\s?){{1,4}}?{_FA_MAGNITUDE}|[^\W\d_]*صد|دویست)(?![^\W\d_])")
#: The value of an amount read only in part, kept among the numbers so that no part of it passes for the pay
_UNREAD = float("nan")


def _compounds(numbers: list[_Number], collapsed: str) -> list[_Number]:
    """The numbers with the parts of one amount joined: "۱۵ میلیون و ۵۰۰ هزار", "15 млн 500 тыс", "15 mln 500
    ming" are 15.5 million (``_joined``). An amount read only in part is ``_UNREAD``: a bare number with the currency
    after millions ("۱۵ میلیون و ۵۰۰ تومان": 15,000,500, or 15,500,000 as said aloud) or a part in words."""
    out: list[_Number] = []
    for n in numbers:
        prev = out[-1] if out else None
        if prev and prev[1] > 1 and _JOINED.fullmatch(collapsed, prev[3], n[2]):
            if 1 < n[1] < prev[1]:
                out[-1] = _joined(prev, n)
                continue
            if n[1] == 1 and _currency_at(collapsed, n[3]):
                out[-1] = (_UNREAD, prev[1], prev[2], n[3])
                continue
        out.append(n)
    return [(_UNREAD, *n[1:]) if _WORDS_BEFORE.search(collapsed, max(0, n[2] - 30), n[2])
            or _WORDS_AFTER.match(collapsed, n[3]) else n for n in out]


def _joined(larger: _Number, smaller: _Number) -> _Number:
    """One amount of two parts, in the larger part's unit ("15 mln" and "500 ming": 15.5 mln); ``_UNREAD`` when the
    smaller does not fit under the larger's last figure ("1.5 mln 200 ming", "1 mln 2000 ming")."""
    whole, part = round(larger[0] * larger[1], 6), smaller[0] * smaller[1]
    if isnan(whole) or whole % (smaller[1] * 1000) or smaller[0] >= 1000:
        return _UNREAD, larger[1], larger[2], smaller[3]
    return (whole + part) / larger[1], larger[1], larger[2], smaller[3]


def _currency_at(text: str, at: int) -> bool:
    """Whether a currency is written at ``at``, or one space after it."""
    if text.startswith(" ", at):
        at += 1
    return any(rx.match(text, at) for rx, _, _ in _CURRENCY_RX)


def _range_between(between: str, before: str = "") -> bool:
    """Whether the text between two amounts makes them a range: a separator ("-", "to", "до", "تا"…), with the
    currency or the period written on the first bound too ("от 5 000 000 сум до 7 000 000 сум", "از ۲۰ میلیون
    تومان تا ۳۰ میلیون تومان", "from $15/hr to $20/hr"); ``parse_salary`` has made sure one currency is named."""
    seps = [_RANGE_SEP, _AND_SEP] if _BETWEEN.search(before) else [_RANGE_SEP]
    if any(sep.match(between) for sep in seps):
        return True
    bare = _without_currencies(_PERIOD_MARK.sub(" ", between))
    return bare != between and any(sep.match(bare) for sep in seps)


def _without_currencies(text: str) -> str:
    for rx, _, _ in _CURRENCY_RX:
        text = rx.sub(" ", text)
    return text


def _groups(numbers: list[_Number], collapsed: str) -> list[list[_Number]]:
    """The numbers as amounts: a range's two bounds together ("$18 - $22"), any other number alone."""
    groups: list[list[_Number]] = []
    i = 0
    while i < len(numbers):
        if i + 1 < len(numbers) and _range_between(collapsed[numbers[i][3]:numbers[i + 1][2]],
                                                    collapsed[max(0, numbers[i][2] - 40):numbers[i][2]]):
            groups.append(numbers[i:i + 2])
            i += 2
        else:
            groups.append(numbers[i:i + 1])
            i += 1
    return groups


def _with_currency(numbers: list[_Number], collapsed: str) -> set[int]:
    """Starts of the numbers a currency is written on. Each currency goes with one number: the one it touches
    after it ("$15", "so'm" in "5 mln so'm" or "500$"), else the one just before it, else the one a space after
    it ("USD 500"); so in "Tier 1 $101,800" or "9am-6pm $15/hr" the "$" is the second number's only."""
    marked: set[int] = set()
    by_start: dict[int, _Number] = {}
    by_end: dict[int, _Number] = {}
    for n in numbers:
        by_start.setdefault(n[2], n)
        by_end.setdefault(n[3], n)
    for rx, _, _ in _CURRENCY_RX:
        for m in rx.finditer(collapsed):
            after = by_start.get(m.end()) or by_start.get(m.end() + 1)
            before = by_end.get(m.start() - 1) or by_end.get(m.start())
            if after and after[2] == m.end():
                marked.add(after[2])
            elif before and not collapsed[before[3]:m.start()].strip(" +"):
                marked.add(before[2])
            elif after and not collapsed[m.end():after[2]].strip(" +"):
                marked.add(after[2])
    return marked


#: The words that name an amount the pay (shared with the dedupe stage's reading of a description's pay)
PAY_WORDS = r"(?:\b(?:salary|pay|rate|wage|compensation|earnings)|maosh|маош|зарплат[аы]|оклад|з/п|حقوق|دستمزد)"
# A pay word just before an amount names it the pay ("salary: 5 000 000", "pay rate is $15", "Maosh: 300-500$",
# "حقوق ۲۰ میلیون"); one a few words before it, in its sentence, tells it from a company's figures ("Since its launch
# … US$1.3 trillion in total trading volume … The anticipated base salary for this position is $160,000 - $220,000")
_PAY_WORD = re.compile(rf"{PAY_WORDS}\s*(?:is\s*|of\s*)?[:=–—-]?\s*{_SIGN}\s*$")
_PAY_WORD_NEAR = re.compile(rf"{PAY_WORDS}(?:(?![.!?;\n]\s).)*$")
# A period word on a pay word states the pay's period anywhere in the text: "our compensation structure consists solely
# of an annual salary; … the range for this role is $120,000-$515,000" (jobicy:112383), "target annual base salary"
_PERIOD_OF_PAY = re.compile(rf"[\s/-]*(?:[^\W\d_]+\s+){{0,2}}{PAY_WORDS}")
# Where pay is counted in millions: "5 mln so'm", "۲۶ میلیون تومان", "1,5 млн руб. в год". Elsewhere an amount written
# in millions among other numbers is the company's ("raised $500M in 2021", "over $13bn TVL"), not the pay.
_PAY_IN_MILLIONS = frozenset({"UZS", "IRR", "RUB", "KZT"})


# Money named as something else than the pay, just before or after it in its clause: "a one-time $500 home office
# stipend", "laptop budget up to €2,500", "up to $3,000 of expense", "life insurance (min $100K)", "perks valued at
# more than €10,000 a year", "raises the price by $0.01", "a Baymard Core plan (normally $2388/year)", "each sale is
# between $250 and $2,500"
_NOT_PAY = re.compile(r"stipend|allowance|budget|reimburs|insurance|expense|perks?\b|valued|worth|price|gift|voucher|"
                      r"referral|discount|\bfees?\b|\bcosts?\b|loan|debt|funding|raised|revenue|valuation|assets|"
                      r"volume|invest|bonus|\btvl\b|\barr\b|\bplan\b|\bsale\b|\brent\b")
# A parenthesis says what the word before it is ("life insurance (min $100K)"), so it does not part them
_NAMING_END = re.compile(rf"{_SENTENCE_END.pattern}|[,:|•]")


def _named_otherwise(group: list[_Number], numbers: list[_Number], collapsed: str) -> bool:
    """Whether the words next to the amount ``group`` (30 characters before it, 25 after, in its clause and up to
    the next number) name it as something else than the pay (``_NOT_PAY``)."""
    start, end = group[0][2], group[-1][3]
    lo = max([0, start - 30] + [n[3] for n in numbers if n[3] <= start])
    hi = min([end + 25] + [n[2] for n in numbers if n[2] >= end])
    before, after = collapsed[lo:start], collapsed[end:hi]
    before = before[max((m.end() for m in _NAMING_END.finditer(before)), default=0):]
    cut = _NAMING_END.search(after)
    return bool(_NOT_PAY.search(before) or _NOT_PAY.search(after[:cut.start()] if cut else after))


def _pay_group(numbers: list[_Number], collapsed: str, code: str) -> list[_Number] | None:
    """The number or range that is the pay: the only one; or among several, the one amount with a currency on it
    or a pay word just before it ("Compensation is $18- $22 an hour and a max of 40 hours a week", "Entry Level:
    $17.50/hr … up to 15%"), or the one a pay word names when the others are a company's millions. None when
    two are alike ("100 руб. за час, до 800 руб.", "$80–$100/hr, plus weekly performance bonuses ($20–$100/hr)"),
    when none is ("10 to 20 per unit 30") or when the one is named as something else (``_NOT_PAY``)."""
    groups = _groups(numbers, collapsed)
    if len(groups) == 1:
        return groups[0]
    marked = _with_currency(numbers, collapsed)
    pay = [g for g in groups
           if any(n[2] in marked for n in g) or _PAY_WORD.search(collapsed, max(0, g[0][2] - 40), g[0][2])]
    company = [g for g in pay if g[-1][1] >= 1e6 and code not in _PAY_IN_MILLIONS]
    if len(pay) - len(company) == 1 and company:
        wage = next(g for g in pay if g not in company)
        if _PAY_WORD_NEAR.search(collapsed, max(0, wage[0][2] - 40), wage[0][2]):
            pay, company = [wage], []
    if len(pay) != 1 or company or _named_otherwise(pay[0], numbers, collapsed):
        return None
    return pay[0]


def _bounds(group: list[_Number], collapsed: str, text: str, factor: float) -> tuple[float | None, float | None]:
    """(minimum, maximum) of a number or a range, or (None, None) when the range is reversed or an amount is read
    only in part (``_UNREAD``). Rounded to a millionth: 8.3 million is 8,300,000, not 8,300,000.000000001."""
    if any(isnan(n[0]) for n in group):
        return None, None
    if len(group) == 2:
        (a, ma, _, _), (b, mb, _, _) = group
        if ma == 1.0 and mb > 1.0:
            if a < b:
                ma = mb  # "5-7 mln": one multiplier for both ends
            elif not 1000 <= a <= b * mb:  # "10-5 mln": reversed, whichever end the multiplier belongs to
                return None, None
            # else "$55,000 - $100K": the first bound is written out in full
        low, high = round(a * ma * factor, 6), round(b * mb * factor, 6)
        return (None, None) if high < low else (low, high)
    value, mult, start, end = group[0]
    amount = round(value * mult * factor, 6)
    before, after = collapsed[:start], collapsed[end:]
    at_least = _AT_LEAST.match(after) or "+" in collapsed[start:end]  # "$150K+", "$85+ million"
    if _FROM.search(before) or _UZ_FROM.search(text) or at_least or _FROM_AFTER.match(after):
        return amount, None
    if _TO.search(before) or _UZ_TO.search(text) or _TO_AFTER.match(after):
        return None, amount
    return amount, amount


def _no_currency(text: str) -> bool:
    return not any(rx.search(text) for rx, _, _ in _CURRENCY_RX)


def _counted(text: str, at: int, period: str) -> bool:
    """Whether the period word at ``at`` says how often or how many ("40 hours per week", "twice a month", "how
    many ads you post a day", "40+ outbound calls daily"), not what a pay is per."""
    if period in _COUNTABLE and _COUNTED.search(text, 0, at):
        return True
    things = _THINGS.search(text, max(0, at - 80), at)
    return bool(things) and _no_currency(text[max(0, things.start() - 4):at])


def _stated_periods(text: str) -> list[tuple[int, int, str]]:
    """(start, end, period) of each pay period the text states, in text order (none that ``_counted``)."""
    found = [(m.start(), m.end(), period) for rx, period in _PERIODS for m in rx.finditer(text)
             if period == "project" or not _counted(text, m.start(), period)]
    found.sort()
    return found


def _agreed(found: list[tuple[int, int, str]]) -> str | None:
    """The period when every one stated is the same; none when they differ ("hourly/day rate")."""
    periods = {period for _, _, period in found}
    return periods.pop() if len(periods) == 1 else None


def _period_of(found: list[tuple[int, int, str]], text: str, group: list[_Number],
               numbers: list[_Number]) -> str | None:
    """The period of the amount ``group``. Of the period words in its sentence, within ``_NEAR`` characters and
    with no other number between (that one's period is its own): the nearest after it in its clause (or on its
    first bound: "from $15/hr to $20/hr"), else the nearest before it, else the nearest after it. Failing those,
    the one period pay words carry anywhere in the text ("an annual salary"). So "$400-$4,000 US dollars a month
    here! … how many ads you post a day" is a month's pay, and "… monthly sales. On-target-earnings are estimated
    between $55,000 - $100K" states no period from "monthly"."""
    start, first_end, end = group[0][2], group[0][3], group[-1][3]
    others = [n[2] for n in numbers if n not in group]
    after = next((f for f in found if f[0] >= first_end), None)
    if after and after[0] >= end and (after[0] > end + _NEAR or _SENTENCE_END.search(text, end, after[0])
                                      or any(end <= n < after[0] for n in others)):
        after = None
    if after and (after[0] < end or not _CLAUSE_END.search(text, end, after[0])):
        return after[2]
    before = next((f for f in reversed(found) if f[1] <= start), None)
    if before and before[1] >= start - _NEAR and not _SENTENCE_END.search(text, before[1], start) \
            and not any(before[1] <= n < start for n in others):
        return before[2]
    if after:
        return after[2]
    return _agreed([f for f in found if _PERIOD_OF_PAY.match(text, f[1])])


# The longest real pay text the tests read is under 500 characters (most are under 50); a hostile field of
# thousands of amounts costs every pass over them, so only its start is read (``salary_raw`` keeps it all).
MAX_PAY_CHARS = 1_000


#: A pay bound at or past this is no pay in any currency (a billion rials a month is 1e9): a typo, a joke or a
#: hostile value, left out where it is read (``pipeline.normalize``: ``not_a_number``).
PAY_MAX = 1e15


def parse_salary(raw: str | None) -> Salary:
    """Parse what the pay text states plainly (see the module docstring)."""
    if not raw or not raw.strip():
        return Salary()
    text = _prepare(raw[:MAX_PAY_CHARS])
    negotiable = True if _NEGOTIABLE.search(_NOT_NEGOTIABLE.sub(" ", text)) else None
    gross: bool | None = None
    if _GROSS.search(text):
        gross = True
    elif _NET.search(text):
        gross = False
    if _NOT_STATED.search(text):
        return Salary(gross=gross, negotiable=negotiable)
    collapsed = _collapse(text)
    found = _stated_periods(collapsed)
    currency = _currency(text)
    if not currency:
        return Salary(period=_agreed(found), gross=gross, negotiable=negotiable)
    code, factor = currency
    numbers = _compounds([n for n in _amounts(collapsed) if n[0] > 0], collapsed)
    group = _pay_group(numbers, collapsed, code)
    low, high = _bounds(group, collapsed, text, factor) if group else (None, None)
    if group is None or (low is None and high is None):
        return Salary(currency=code, period=_agreed(found), gross=gross, negotiable=negotiable)
    return Salary(low, high, code, _period_of(found, collapsed, group, numbers), gross, negotiable)


def iso_currency(code: str | None) -> str | None:
    """A source's currency code as ISO 4217 (hh sends RUR for RUB and BYR for BYN)."""
    if not code:
        return None
    code = CURRENCY_ALIASES.get(code.strip().upper(), code.strip().upper())
    return code if re.fullmatch(r"[A-Z]{3}", code) else None  # "so'm", "$": not a code


# Where a salary with no period stated is a monthly one: hh.ru's API gives monthly pay, Jobinja's and Jobvision's
# "حقوق" is per month, and an Uzbek Telegram post's "Maosh: 5 000 000 so'm" is a month's pay. Dollars are left
# out: a remote board's "$55,000 - $65,000" is a year, a Telegram post's "300$ - 500$" a month.
MONTHLY_BY_CONVENTION = frozenset({"UZS", "IRR", "RUB", "KZT", "UAH", "BYN"})


def usual_period(period: str | None, currency: str | None) -> str | None:
    """``period`` as stated, else ``"month"`` for a currency whose salaries are quoted per month
    (``MONTHLY_BY_CONVENTION``). For comparing pay only: what is stored stays as published."""
    if period:
        return period
    return "month" if currency in MONTHLY_BY_CONVENTION else None
