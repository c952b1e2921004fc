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

From the board samples (tests/pipeline/test_pay_real_phrases.py): "$" goes with another dollar the text names
("$120,000-$160,000 CAD"), "R$"/"S$"/"RM" are reais, Singapore dollars and ringgit, not US dollars; "₹20,00,000"
is Indian grouping; "$150K+", "at least", "حداقل", "بالای" give a minimum; "between $X and $Y" is a range;
"$13bn" is billions; "$7½/hr" is 7.50. "/mth" and "p/m" are per month, "/m" and "pm" are no period (a minute,
the afternoon); "per week" is a period but "40 hours per week" or "twice a month" are not.
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
    # "$" is any dollar: a bare one is the US dollar unless the text names another dollar ("$120,000 CAD");
    # "R$" (real), "S$", "C$", "A$"… before an amount are other currencies, never US dollars ("R$300/mo",
    # "S$112,413"); "A$$holes" is none
    (r"(?<![a-z])\$|us\$", r"usd|us dollars?|dollars?|долл(?:ар(?:ов|а)?)?\.?|دلار|у\.\s?е\.?", "USD", 1),
    (r"€", r"eur|euros?|евро|یورو", "EUR", 1),
    (r"£", r"gbp|pounds? sterling", "GBP", 1),
    (r"(?:(?<=\d)|(?<=\d )|(?<=mln )|(?<=mln)|(?<=ming ))sum",
     r"so'm(?:dan|gacha)?|so`m|som|uzs|сум(?:ов|а)?|сўм(?:дан|гача)?|сом", "UZS", 1),
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
# What names the US dollar itself, not just "a dollar": with none of these, "$" and "dollars" go with another
# dollar the text names ("$120,000-$160,000 CAD", "$70k - $92k (AUD)"); "$160,000 CAD/USD" names two currencies.
_US_DOLLAR = re.compile(r"(?<![a-z])(?:usd|us\s?\$|us dollars?|u\.s\. dollars?)(?![a-z])|долл|دلار|у\.\s?е\.")
_DOLLARS = frozenset({"CAD", "AUD", "NZD", "SGD", "HKD", "MXN"})
# A currency sign written before an amount, for the words around it ("from $15", "from R$ 15", "- ₹40,00,000")
_SIGN = r"(?:(?:us|r|s|c|ca|can|a|au|nz|hk|mx)?\$|[€£₽₸₹₴]|rm)?"

_PERIODS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"/\s*(?:hr|hour|h)\b|\bper\s+hour\b|\ban\s+hour\b|\bhourly\b|в\s+час|/\s*час|"
                r"soatiga|соатига|\bsoatbay|ساعتی|در\s+ساعت"), "hour"),
    (re.compile(r"/\s*(?:day|d)\b|\bper\s+day\b|\ba\s+day\b|\bdaily\b|в\s+день|/\s*день|"
                r"kuniga|кунига|روزانه|در\s+روز"), "day"),
    # "weekly" only after an amount ("$500 weekly"): "weekly reports", "weekly pay" (when it is paid) are no rate
    (re.compile(r"/\s*(?:wk|week)\b|\bper\s+week\b|\ba\s+week\b|(?<=\d)\s?weekly\b|в\s+неделю|/\s*нед|"
                r"haftasiga|ҳафтасига|در\s+هفته"), "week"),
    # "/mth", "p/m" too; not "/m" (a minute, in transcription and typing gigs, as often as a month) nor "pm"
    # (nearly always the afternoon: "9am-5pm")
    (re.compile(r"/\s*(?:mo|month|mon|mth|mnth)\b|\bper\s+(?:month|mth|mnth)\b|\ba\s+month\b|\bmonthly\b|"
                r"(?<![a-z])p/m(?![a-z])|"
                r"в\s+месяц|/\s*мес|ежемесячно|oyiga|ойига|oylik|ойлик|ماهانه|ماهیانه|در\s+ماه"), "month"),
    (re.compile(r"/\s*(?:yr|year|y)\b|\bper\s+(?:year|annum)\b|\ba\s+year\b|\bannual(?:ly)?\b|\byearly\b|"
                r"\bp(?:\.\s?)?a\.?(?![a-z])|в\s+год|yiliga|yillik|йилига|سالانه|در\s+سال"), "year"),
    (re.compile(r"\bper\s+project\b|\bfixed[\s-]+price\b|\bper\s+task\b|за\s+проект|"
                r"loyiha\s+uchun|лойиҳа\s+учун|پروژه\s*ای|برای\s+پروژه"), "project"),
]

# "40 hours per week", "3 days a week", "twice a month", "۴۴ ساعت در هفته": how often, not what a pay is per
_COUNTED = re.compile(r"(?:\b(?:hours?|hrs?|days?|times|twice|once|shifts?|visits?|sessions?|часов|часа|дней|дня|раза?|"
                      r"soat|kun)|ساعت|روز|بار)[\s\d:.,–—-]*$")  # and "Hours: 20–40 per week"
_COUNTABLE = frozenset({"day", "week", "month"})

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
    (r"trillion\w*|триллион\w*", 1e12),
]
_MULT_RX = "|".join(f"(?:{rx})" for rx, _ in _MULTIPLIERS)
# A lone "k"/"к" or "m"/"mm" must touch its number ("25k", "$1.5M", "$1MM"); "25 к оплате" is not 25 000, nor
# "5 m" five million. They are not in _MULTIPLIERS, whose words may start a longer word ("5 months").
_TOUCHING = {"k": 1e3, "к": 1e3, "m": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9, "-bn": 1e9}
# ("$13bn", "$200B", "$1.1-bn": billions, not 13, 200 or 1.1 dollars; a code may touch the letter: "$10MUSD")
_NUMBER = re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)?)(?:\s*((?!k|к){_MULT_RX})|(k|к|mm?|-?bn|b)"
                     rf"(?:(?![a-zа-яё\d])|(?=usd|eur|gbp)))?", re.IGNORECASE)
_THOUSANDS = re.compile(r"(?<=\d)[ ,.'](?=\d{3}(?!\d))")
# Indian grouping: "₹20,00,000" is 2,000,000 (lakhs), not 20
_LAKHS = re.compile(r"(?<![\d.,])\d{1,2}(?:,\d\d)+,\d{3}(?![\d,]|\.\d)")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)(?![a-z])")  # "1st year base pay range: $45,000 - $60,000"
_FROM = re.compile(r"(?:\bот|\bfrom|\bstarting\s+(?:at|from)|«?از»?|\bdan|\bat\s+least|\bmin(?:imum)?\.?|\bover|"
                   rf"\bmore\s+than|\bне\s+менее|حداقل|بالای|بیش\s+از)\s*{_SIGN}\s*$")
_TO = re.compile(rf"(?:\bдо|\bup\s+to|\bto|\bmax(?:imum)?|تا|\bgacha|\bat\s+most|\bне\s+более|حداکثر)\s*{_SIGN}\s*$")
_RANGE_SEP = re.compile(rf"^\s*{_SIGN}\s*(?:-|–|—|to|до|تا|الی|dan|(?:so'm|сўм)(?:dan|дан))\s*{_SIGN}\s*$")
# "between $119,880 and $178,200", "بین ۱۵ و ۲۰ میلیون"
_BETWEEN = re.compile(rf"(?:\bbetween|بین)\s*{_SIGN}\s*$")
_AND_SEP = re.compile(rf"^\s*{_SIGN}\s*(?:and|و)\s*{_SIGN}\s*$")
# "Salary $150K+", "2.000$+ monthly": at least the amount; not "$150K + bonus" or "$150K+ equity"
_AT_LEAST = re.compile(r"^\s?(?:[$€£₽₸₹₴]|usd|eur|gbp)?\+(?!\s*(?:[\d$€£]|equity|bonus|benefit|commission|stock|"
                       r"option|ote|tip|incentive|allowance|perk|overtime|super))")
# Uzbek says "from" and "up to" with a suffix on the currency: "3 000 000 so'mdan", "5 mln so'mgacha"
# A period written on each bound of a range ("from $15/hr to $20/hr")
_PERIOD_MARK = re.compile(r"/\s*(?:hr|hour|h|mo|month|mon|mth|mnth|wk|week|day|d|yr|year|y|час|мес|день|нед)"
                          r"(?![a-zа-я])\.?")
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


# A vulgar fraction after the digits it belongs to: "$7½/hr" is 7.50 an hour (``_nfkc`` keeps "½" as it is)
_FRACTIONS = {"½": "5", "¼": "25", "¾": "75"}
_FRACTION = re.compile(r"(?<![\d.,])(\d+)([½¼¾])")


def _prepare(raw: str) -> str:
    text = digits_to_ascii(_nfkc(strip_invisible(raw)))
    text = persian_letters(unify_apostrophes(text)).lower()
    text = re.sub(r"[\u00a0\u202f\u2009\u2007]", " ", text)
    text = text.replace("٬", ",").replace("٫", ".")
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
    found = {(code, factor) for rx, code, factor in _CURRENCY_RX if rx.search(text)}
    if not found:
        return None
    codes = {code for code, _ in found}
    if len(codes) == 2 and "USD" in codes and codes & _DOLLARS and not _US_DOLLAR.search(text):
        return next(f for f in found if f[0] != "USD")  # "$120,000-$160,000 CAD": Canadian dollars
    if len(codes) > 1:
        return False
    if len(found) > 1:  # toman and rial named together
        return False
    return found.pop()


def _amounts(text: str) -> tuple[list[tuple[float, float, int, int]], str]:
    """(value, multiplier, start, end) of each number, and the text they index into
    (thousands separators removed: "4 000 000" → "4000000", "45,000" → "45000")."""
    collapsed = _THOUSANDS.sub("", _LAKHS.sub(lambda m: m[0].replace(",", ""), text))
    out = []
    for m in _NUMBER.finditer(collapsed):
        if not m[2] and not m[3] and _ORDINAL.match(collapsed, m.end()):
            continue
        number = m[1].replace(",", ".")
        if number.count(".") > 1:
            continue
        out.append((float(number), _multiplier(m[2] or m[3]), m.start(), m.end()))
    return out, collapsed


def _range_between(between: str, before: str = "") -> bool:
    """Whether the text between two amounts makes them a range: a separator ("-", "to", "до", "تا"…), with the
    currency or the period written on the first bound too ("от 5 000 000 сум до 7 000 000 сум", "از ۲۰ میلیون
    تومان تا ۳۰ میلیون تومان", "from $15/hr to $20/hr"); ``parse_salary`` has made sure one currency is named."""
    seps = [_RANGE_SEP, _AND_SEP] if _BETWEEN.search(before) else [_RANGE_SEP]
    if any(sep.match(between) for sep in seps):
        return True
    bare = _PERIOD_MARK.sub(" ", between)
    for rx, _, _ in _CURRENCY_RX:
        bare = rx.sub(" ", bare)
    return bare != between and any(sep.match(bare) for sep in seps)


def _period(text: str) -> str | None:
    """The first period of ``_PERIODS`` the text states; "40 hours per week" or "twice a month" state none."""
    for rx, period in _PERIODS:
        for m in rx.finditer(text):
            if period not in _COUNTABLE or not _COUNTED.search(text, 0, m.start()):
                return period
    return None


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
    period = _period(text)
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
        if not _range_between(collapsed[ea:sb], collapsed[:sa]):
            return Salary(currency=code, period=period, gross=gross, negotiable=negotiable)
        if ma == 1.0 and mb > 1.0:
            if a < b:
                ma = mb  # "5-7 mln": one multiplier for both ends
            elif not 1000 <= a <= b * mb:  # "10-5 mln": reversed, whichever end the multiplier belongs to
                return Salary(currency=code, period=period, gross=gross, negotiable=negotiable)
            # else "$55,000 - $100K": the first bound is written out in full
        low, high = a * ma * factor, b * mb * factor
        if high < low:
            return Salary(currency=code, period=period, gross=gross, negotiable=negotiable)
        return Salary(low, high, code, period, gross, negotiable)
    value, mult, start, end = numbers[0]
    amount = value * mult * factor
    before = collapsed[:start]
    if _FROM.search(before) or _UZ_FROM.search(text) or _AT_LEAST.match(collapsed[end:]):
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
