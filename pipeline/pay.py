"""Pay as published → min, max, ISO 4217 currency, period, gross/net, negotiable.

Nothing is guessed. Amounts are parsed only when the text names exactly one
currency and holds one or two amounts (a range); otherwise the numbers stay
unparsed and only what the text states plainly (currency, period, "на руки",
"توافقی") is kept. The raw text always stays in ``salary_raw``.

Real strings this reads (tests cite the sample files):

* Remotive: "$18 - $22/hr", "OTE $25k - $35k", "$31,2k- $52k" (decimal comma);
* hh.uz: "от 4 000 000 до 6 000 000 сум на руки" (U+00A0 separators),
  "до вычета налогов" (gross), "з/п не указана" (not stated, *not* negotiable);
* Jobinja: "از ۴۵,۰۰۰,۰۰۰ تومان" (toman = 10 rial, stored as IRR), "توافقی" (negotiable),
  "حقوق پایه (وزارت کار)" (the legal minimum wage, no amount: left unparsed);
* Uzbek Telegram: "Maosh: 5 mln so'm", "💰 Maosh: 300-500$", "oyiga 4 000 000 so'm";
* CIS ads: "500 у.е. в месяц" ("условные единицы", the conventional unit: US dollars), stored as USD.

Text is read after NFKC, so fullwidth and other compatibility forms ("＄５００", "𝟱𝟬𝟬$", Arabic
presentation forms) read as their plain letters and digits; numbers that are not digits
(superscripts, fractions, circled numbers: "$500¹", "7½") are kept as they are, as NFKC would glue
their digits onto the amount ("$5001").

"Competitive" is *not* negotiable: it says the pay is good, not that it is open.
A range keeps its own multipliers ("$25k - $35k"); a multiplier written once
after a range applies to both ends ("5-7 mln so'm"). "k" and "m"/"mm" count only when
they touch the number ("$1.5k", "$2M", "$1MM"): "5 m" or "3 months" are not millions.
An amount is kept as stated however large ("$1M per month" is 1,000,000 USD a month):
judging it is the legitimacy stage's (``pay_above_market``), not the parser's.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import groupby

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
    (r"\$", r"usd|us dollars?|dollars?|долл(?:ар(?:ов|а)?)?\.?|دلار|у\.\s?е\.?", "USD", 1),
    (r"€", r"eur|euros?|евро|یورو", "EUR", 1),
    (r"£", r"gbp|pounds? sterling", "GBP", 1),
    (r"(?:(?<=\d)|(?<=\d )|(?<=mln )|(?<=mln)|(?<=ming ))sum",
     r"so'm(?:dan|gacha)?|so`m|som|uzs|сум(?:ов|а)?|сўм(?:дан|гача)?|сом", "UZS", 1),
    (r"(?!x)x", r"تومان|تومن|tomans?", "IRR", 10),
    (r"(?!x)x", r"ریال|rials?|irr", "IRR", 1),
    (r"₽", r"руб(?:\.|л[еяь]й?)?|rub|rur|rubles?|roubles?", "RUB", 1),
    (r"₸", r"тенге|kzt|tenge", "KZT", 1),
    (r"(?!x)x", r"cad", "CAD", 1),
    (r"(?!x)x", r"aud", "AUD", 1),
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

_PERIODS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"/\s*(?:hr|hour|h)\b|\bper\s+hour\b|\ban\s+hour\b|\bhourly\b|в\s+час|/\s*час|"
                r"soatiga|соатига|\bsoatbay|ساعتی|در\s+ساعت"), "hour"),
    (re.compile(r"/\s*(?:day|d)\b|\bper\s+day\b|\ba\s+day\b|\bdaily\b|в\s+день|/\s*день|"
                r"kuniga|кунига|روزانه|در\s+روز"), "day"),
    (re.compile(r"/\s*(?:mo|month|mon)\b|\bper\s+month\b|\ba\s+month\b|\bmonthly\b|"
                r"в\s+месяц|/\s*мес|ежемесячно|oyiga|ойига|oylik|ойлик|ماهانه|ماهیانه|در\s+ماه"), "month"),
    (re.compile(r"/\s*(?:yr|year|y)\b|\bper\s+(?:year|annum)\b|\ba\s+year\b|\bannual(?:ly)?\b|\byearly\b|"
                r"\bp\.?a\.?(?![a-z])|в\s+год|yiliga|yillik|йилига|سالانه|در\s+سال"), "year"),
    (re.compile(r"\bper\s+project\b|\bfixed[\s-]+price\b|\bper\s+task\b|за\s+проект|"
                r"loyiha\s+uchun|лойиҳа\s+учун|پروژه\s*ای|برای\s+پروژه"), "project"),
]

_NEGOTIABLE = re.compile(
    r"توافق|قابل\s*مذاکره|kelishiladi|kelishilgan|kelishuv|келишилади|келишилган|келишув|"
    r"по\s+договор[её]нности|договорная|договорн|\bnegotiable\b|\bnegotiated\b|\bneg\.|\bdoe\b|"
    r"depend(?:s|ing)?\s+on\s+experience|суҳбат\s+асосида|suhbat\s+asosida"
)
_NET = re.compile(r"на\s+руки|после\s+вычета|\bnet\b|take[\s-]home|after\s+tax|qo'lga|қўлга|خالص")
_GROSS = re.compile(r"до\s+вычета|\bgross\b|before\s+tax|pre[\s-]tax|ناخالص|soliq\s+bilan")
_NOT_STATED = re.compile(r"не\s+указан|not\s+(?:specified|stated|disclosed)|ko'rsatilmagan|кўрсатилмаган")

_MULTIPLIERS: list[tuple[str, float]] = [
    (r"k(?![a-zа-я])|к(?![а-яa-z])|тыс\.?|тысяч\w*|thousand|ming|минг|هزار", 1e3),
    (r"mln\.?|млн\.?|million\w*|milyon|mlyon|миллион\w*|миллон\w*|میلیون|ملیون", 1e6),
    (r"mlrd\.?|млрд\.?|billion\w*|milliard\w*|миллиард\w*|میلیارد", 1e9),
]
_MULT_RX = "|".join(f"(?:{rx})" for rx, _ in _MULTIPLIERS)
# A lone "k"/"к" or "m"/"mm" must touch its number ("25k", "$1.5M", "$1MM"); "25 к оплате" is not 25 000, nor
# "5 m" five million. They are not in _MULTIPLIERS, whose words may start a longer word ("5 months").
_TOUCHING = {"k": 1e3, "к": 1e3, "m": 1e6, "mm": 1e6}
_NUMBER = re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)?)(?:\s*((?!k|к){_MULT_RX})|(k|к|mm?)(?![a-zа-яё]))?",
                     re.IGNORECASE)
_THOUSANDS = re.compile(r"(?<=\d)[ ,.'](?=\d{3}(?!\d))")
_FROM = re.compile(r"(?:\bот|\bfrom|\bstarting\s+(?:at|from)|از|\bdan)\s*[$€£]?\s*$")
_TO = re.compile(r"(?:\bдо|\bup\s+to|\bto|\bmax(?:imum)?|تا|\bgacha)\s*[$€£]?\s*$")
_RANGE_SEP = re.compile(r"^\s*[$€£]?\s*(?:-|–|—|to|до|تا|الی|dan|(?:so'm|сўм)(?:dan|дан))\s*[$€£]?\s*$")
# Uzbek says "from" and "up to" with a suffix on the currency: "3 000 000 so'mdan", "5 mln so'mgacha"
# A period written on each bound of a range ("from $15/hr to $20/hr")
_PERIOD_MARK = re.compile(r"/\s*(?:hr|hour|h|mo|month|mon|day|d|yr|year|y|час|мес|день)(?![a-zа-я])\.?")
_UZ_FROM = re.compile(r"(?:so'm|сўм)(?:dan|дан)(?!\w)")
_UZ_TO = re.compile(r"(?:so'm|сўм)(?:gacha|гача)(?!\w)")


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


def _prepare(raw: str) -> str:
    text = digits_to_ascii(_nfkc(strip_invisible(raw)))
    text = persian_letters(unify_apostrophes(text)).lower()
    text = re.sub(r"[\u00a0\u202f\u2009\u2007]", " ", text)
    text = text.replace("٬", ",").replace("٫", ".")
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
    found = {(code, factor) for rx, code, factor in _CURRENCY_RX if rx.search(text)}
    if not found:
        return None
    codes = {code for code, _ in found}
    if len(codes) > 1:
        return False
    if len(found) > 1:  # toman and rial named together
        return False
    return found.pop()


def _amounts(text: str) -> tuple[list[tuple[float, float, int, int]], str]:
    """(value, multiplier, start, end) of each number, and the text they index into
    (thousands separators removed: "4 000 000" → "4000000", "45,000" → "45000")."""
    collapsed = _THOUSANDS.sub("", text)
    out = []
    for m in _NUMBER.finditer(collapsed):
        number = m[1].replace(",", ".")
        if number.count(".") > 1:
            continue
        out.append((float(number), _multiplier(m[2] or m[3]), m.start(), m.end()))
    return out, collapsed


def _range_between(between: str) -> bool:
    """Whether the text between two amounts makes them a range: a separator ("-", "to", "до", "تا"…), with the
    currency or the period written on the first bound too ("от 5 000 000 сум до 7 000 000 сум", "از ۲۰ میلیون
    تومان تا ۳۰ میلیون تومان", "from $15/hr to $20/hr"); ``parse_salary`` has made sure one currency is named."""
    if _RANGE_SEP.match(between):
        return True
    bare = _PERIOD_MARK.sub(" ", between)
    for rx, _, _ in _CURRENCY_RX:
        bare = rx.sub(" ", bare)
    return bare != between and _RANGE_SEP.match(bare) is not None


def parse_salary(raw: str | None) -> Salary:
    """Parse what the pay text states plainly (see the module docstring)."""
    if not raw or not raw.strip():
        return Salary()
    text = _prepare(raw)
    negotiable = True if _NEGOTIABLE.search(text) else None
    gross: bool | None = None
    if _GROSS.search(text):
        gross = True
    elif _NET.search(text):
        gross = False
    period = next((p for rx, p in _PERIODS if rx.search(text)), None)
    if _NOT_STATED.search(text):
        return Salary(gross=gross, negotiable=negotiable)
    currency = _currency(text)
    if not currency:
        return Salary(period=period, gross=gross, negotiable=negotiable)
    code, factor = currency
    numbers, collapsed = _amounts(text)
    numbers = [n for n in numbers if n[0] > 0]
    if not numbers or len(numbers) > 2:
        return Salary(currency=code, period=period, gross=gross, negotiable=negotiable)
    if len(numbers) == 2:
        (a, ma, sa, ea), (b, mb, sb, eb) = numbers
        if not _range_between(collapsed[ea:sb]):
            return Salary(currency=code, period=period, gross=gross, negotiable=negotiable)
        if ma == 1.0 and mb > 1.0:
            if a >= b:  # "10-5 mln": reversed, whichever end the multiplier belongs to
                return Salary(currency=code, period=period, gross=gross, negotiable=negotiable)
            ma = mb  # "5-7 mln": one multiplier for both ends
        low, high = a * ma * factor, b * mb * factor
        if high < low:
            return Salary(currency=code, period=period, gross=gross, negotiable=negotiable)
        return Salary(low, high, code, period, gross, negotiable)
    value, mult, start, _ = numbers[0]
    amount = value * mult * factor
    before = collapsed[:start]
    if _FROM.search(before) or _UZ_FROM.search(text):
        return Salary(amount, None, code, period, gross, negotiable)
    if _TO.search(before) or _UZ_TO.search(text):
        return Salary(None, amount, code, period, gross, negotiable)
    return Salary(amount, amount, code, period, gross, negotiable)


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
