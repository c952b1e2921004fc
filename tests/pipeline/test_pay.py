"""Pay parsing on real strings (tests/fixtures/normalize/real_strings.json, see its PROVENANCE.md)."""
import json
from pathlib import Path

import pytest

from pipeline.pay import PERIODS, Salary, iso_currency, parse_salary, usual_period

REAL = json.loads((Path(__file__).parents[1] / "fixtures" / "normalize" / "real_strings.json").read_text("utf-8"))
NBSP = "\u00a0"


def fields(s: Salary) -> tuple:
    return (s.minimum, s.maximum, s.currency, s.period, s.gross, s.negotiable)


@pytest.mark.parametrize("raw,expected", [
    # Remotive (remotive/remotive_api_2026-07.json, jobs[].salary)
    ("$18 - $22/hr", (18, 22, "USD", "hour", None, None)),
    ("OTE $25k - $35k", (25000, 35000, "USD", None, None, None)),
    ("$31,2k- $52k", (31200, 52000, "USD", None, None, None)),  # decimal comma
    ("$45,000 - $50,000", (45000, 50000, "USD", None, None, None)),
    ("$90 - $150 /hour", (90, 150, "USD", "hour", None, None)),
    ("$12K", (12000, 12000, "USD", None, None, None)),
    ("$20k -$35k", (20000, 35000, "USD", None, None, None)),
    # hh.uz pages (hh/hh_uz_scraped_html_fields_2023.json, "Salary"; U+00A0 separators)
    (f"от 4{NBSP}000{NBSP}000 до 6{NBSP}000{NBSP}000 сум на руки", (4e6, 6e6, "UZS", None, False, None)),
    (f"до 7{NBSP}000{NBSP}000 сум на руки", (None, 7e6, "UZS", None, False, None)),
    (f"от 3{NBSP}000{NBSP}000 сум до вычета налогов", (3e6, None, "UZS", None, True, None)),
    (f"от 7{NBSP}000{NBSP}000 до 12{NBSP}000{NBSP}000 сум до вычета налогов", (7e6, 12e6, "UZS", None, True, None)),
    ("з/п не указана", (None, None, None, None, None, None)),
    # Jobinja (jobinja/jobinja_scraped_*.json, "salary"): toman = 10 rial
    ("از ۴۵,۰۰۰,۰۰۰ تومان", (450_000_000, None, "IRR", None, None, None)),
    ("توافقی", (None, None, None, None, None, True)),
    ("حقوق پایه (وزارت کار)", (None, None, None, None, None, None)),
    # Uzbek Telegram style (no real capture exists; the UstozShogird "💰 Maosh" template)
    ("Maosh: 5 mln so'm", (5e6, 5e6, "UZS", None, None, None)),
    ("💰 Maosh: 300-500$", (300, 500, "USD", None, None, None)),
    ("oyiga 4 000 000 so‘m", (4e6, 4e6, "UZS", "month", None, None)),
    ("Маош: 3-5 млн сўм", (3e6, 5e6, "UZS", None, None, None)),
    ("Maosh: kelishiladi", (None, None, None, None, None, True)),
    ("Маош: келишилади", (None, None, None, None, None, True)),
    ("Зарплата по договоренности", (None, None, None, None, None, True)),
    ("Зарплата по результатам собеседования", (None, None, None, None, None, True)),  # set after the interview
    ("Maosh suhbat natijasiga ko'ra", (None, None, None, None, None, True)),
    ("حقوق پس از مصاحبه تعیین می‌شود", (None, None, None, None, None, True)),
    ("۲۰ میلیون تومان ماهانه", (200_000_000, 200_000_000, "IRR", "month", None, None)),
    ("Negotiable", (None, None, None, None, None, True)),
    ("€45,000 a year", (45000, 45000, "EUR", "year", None, None)),
    ("120 000 руб. в месяц", (120000, 120000, "RUB", "month", None, None)),
    ("$500 per project", (500, 500, "USD", "project", None, None)),
])
def test_parse_salary_real_and_template_strings(raw: str, expected: tuple) -> None:
    assert fields(parse_salary(raw)) == expected


def test_the_periods_the_reader_gives_are_its_periods() -> None:
    """``PERIODS`` is what the docs and the API's document name as a posting's ``salary_period``: each one is read, and
    nothing else is."""
    read = {parse_salary(raw).period for raw in ("$20 per hour", "$100 a day", "$500 per week", "$3,000 a month",
                                                  "€45,000 a year", "$500 per project")}
    assert read == set(PERIODS) and len(PERIODS) == 6


@pytest.mark.parametrize("raw", [
    "Competitive",                   # says the pay is good, not that it is open
    "Maosh: 5 mln",                  # no currency: not guessed
    "$1000 (12 mln so'm)",           # two currencies
    "10 to 20 per unit 30",          # three numbers, none of them with a currency
    "$15/hr or $600/week",           # two amounts with a currency: which one is meant is not said
    "",
])
def test_ambiguous_pay_stays_unparsed(raw: str) -> None:
    s = parse_salary(raw)
    assert s.minimum is None and s.maximum is None


def test_the_one_amount_with_a_currency_among_other_numbers_is_the_pay() -> None:
    """The hours around it are no amounts: "$" is on 15 only."""
    assert fields(parse_salary("9am-6pm $15/hr")) == (15, 15, "USD", "hour", None, None)


def test_competitive_is_not_negotiable() -> None:
    assert parse_salary("Competitive salary").negotiable is None


def test_negotiable_is_true_or_not_said_never_false() -> None:
    """docs/schema.md: ``salary_negotiable`` is true, or empty when not said; no wording reads as "not negotiable"."""
    said = ["Fixed rate: $20/hour, not negotiable", "з/п не указана", "Maosh: 5 000 000 so'm (kelishilmaydi)",
            "حقوق ثابت ۲۰ میلیون تومان", *(raw for values in REAL.values() for raw in values if isinstance(raw, str))]
    assert {parse_salary(raw).negotiable for raw in said} == {True, None}


@pytest.mark.parametrize("raw", ["Fixed rate: $20/hour, not negotiable", "$1,200/month (non-negotiable)",
                                 "150 000 руб., не по договорённости", "۲۰ میلیون تومان، غیرقابل مذاکره"])
def test_pay_said_to_be_fixed_is_not_negotiable(raw: str) -> None:
    """Each holds a word that says negotiable, and had read as negotiable."""
    assert parse_salary(raw).negotiable is None


def test_every_real_jobinja_salary_is_read_or_honestly_left() -> None:
    for raw in REAL["jobinja_salary"]:
        s = parse_salary(raw)
        if raw.startswith("از"):
            assert s.currency == "IRR" and s.minimum and s.minimum % 10_000_000 == 0 and s.maximum is None, raw
        elif raw == "توافقی":
            assert s.negotiable is True
        else:
            assert fields(s) == (None,) * 6, raw


def test_every_real_hh_uz_salary_is_read() -> None:
    for raw in REAL["hh_uz_salary"]:
        s = parse_salary(raw)
        if raw == "з/п не указана":
            assert s == Salary()
            continue
        assert s.currency == "UZS" and (s.minimum or s.maximum), raw
        assert s.gross is ("до вычета" in raw), raw
        assert s.minimum is None or s.minimum >= 1_000_000


def test_every_real_remotive_salary_is_usd_with_a_sane_range() -> None:
    for raw in REAL["remotive_salary"]:
        s = parse_salary(raw)
        assert s.currency == "USD" and s.minimum and s.maximum and s.minimum <= s.maximum, raw
        assert (s.period == "hour") == ("hr" in raw or "hour" in raw), raw


def test_hh_currency_codes_become_iso_4217() -> None:
    assert iso_currency("RUR") == "RUB" and iso_currency("BYR") == "BYN"
    assert iso_currency("uzs") == "UZS" and iso_currency(None) is None
    assert iso_currency("so'm") is None and iso_currency("$") is None  # not codes: the column holds 3 letters


def test_a_local_salary_with_no_period_is_monthly_for_comparing_pay() -> None:
    """"Maosh: 5 000 000 so'm", hh.uz's "от 4 000 000 сум" and Jobinja's "۴۵,۰۰۰,۰۰۰ تومان" are a month's pay;
    a bare "$55,000 - $65,000" may be a year or a month, and a stated period always wins."""
    assert parse_salary("5 000 000 so'm").period is None  # stored as published
    assert usual_period(None, "UZS") == usual_period(None, "IRR") == usual_period(None, "RUB") == "month"
    assert usual_period("day", "UZS") == "day"
    assert usual_period(None, "USD") is None
    assert usual_period("hour", "USD") == "hour"
    assert usual_period(None, None) is None


@pytest.mark.parametrize("raw,low,high", [
    ("3 000 000 so'mdan boshlab", 3_000_000, None),  # Uzbek "from" and "up to" are suffixes on the currency
    ("5 mln so'mgacha", None, 5_000_000),
    ("5 000 000 сўмдан", 5_000_000, None),
    ("oylik 4 mln so'mdan 6 mln so'mgacha", 4_000_000, 6_000_000),
    ("5 000 000 so'm dan", 5_000_000, None), ("10 mln so'm gacha", None, 10_000_000),  # the suffix written apart
    ("3 mln сўм дан 5 mln сўм гача", 3_000_000, 5_000_000),
    ("۱۵ الی ۲۰ میلیون تومان", 150_000_000, 200_000_000),  # "الی" as the range word
])
def test_uzbek_suffixes_and_persian_range_word(raw: str, low: float | None, high: float | None) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum) == (low, high) and s.currency in ("UZS", "IRR")


@pytest.mark.parametrize("raw,low,high", [
    # typed on a Russian keyboard (у for ў: "сум", as Russian writes the som) or without the apostrophe ("som")
    ("ойига 4 млн сумдан", 4_000_000, None), ("5 000 000 сумгача", None, 5_000_000),
    ("oyiga 4 mln somdan", 4_000_000, None), ("5 mln somgacha", None, 5_000_000),
    ("4 000 000 somdan 6 000 000 somgacha", 4_000_000, 6_000_000),
    ("4 000 000 сумдан 6 000 000 сумгача", 4_000_000, 6_000_000),
    ("3 mln сум дан 5 mln сум гача", 3_000_000, 5_000_000), ("5 000 000 som dan", 5_000_000, None),
    ("4 000 000 sumdan", 4_000_000, None), ("5 mln sumgacha", None, 5_000_000),
    # "сум" and "som" alone are the som as before, and "som" starts no other word
    ("4 000 000 сум", 4_000_000, 4_000_000), ("4 000 000 som", 4_000_000, 4_000_000),
    ("от 4 000 000 сум", 4_000_000, None),
])
def test_uzbek_suffixes_on_the_som_as_typed(raw: str, low: float | None, high: float | None) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency) == (low, high, "UZS")


@pytest.mark.parametrize("raw", ["4 000 000 somsa", "4 000 000 somon", "4 000 000 somdanlik"])
def test_a_word_that_starts_with_som_is_no_currency(raw: str) -> None:
    assert parse_salary(raw).currency is None


@pytest.mark.parametrize("raw,low,high", [
    ("500$ dan", 500, None), ("500$dan yuqori", 500, None), ("1 000 $ dan", 1000, None),  # on a dollar too
    ("500$ gacha", None, 500), ("800 у.е. dan", 800, None),
    ("500 dollardan", 500, None), ("500 dollargacha", None, 500),
    ("۱۰ میلیون تومان به بالا", 100_000_000, None), ("۱۰ میلیون تومان و بالاتر", 100_000_000, None),  # "and above"
    ("$500 Dan will call you", 500, 500), ("500 USD, Dan", 500, 500),  # a name after the amount is no suffix
])
def test_from_and_up_to_written_after_the_amount(raw: str, low: float | None, high: float | None) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum) == (low, high) and s.currency in ("USD", "IRR")


@pytest.mark.parametrize("raw", ["10-5 mln so'm", "۲۰ تا ۱۵ میلیون تومان"])
def test_a_reversed_range_with_one_multiplier_is_left_unparsed(raw: str) -> None:
    """It had read "10-5 mln" as 10 to 5,000,000."""
    s = parse_salary(raw)
    assert s.minimum is None and s.maximum is None and s.currency is not None


@pytest.mark.parametrize("raw,expected", [
    ("＄５００", (500, 500, "USD", None, None, None)),  # fullwidth: read after NFKC
    ("５００＄ в месяц", (500, 500, "USD", "month", None, None)),
    ("Ｍａｏｓｈ： ３００－５００＄", (300, 500, "USD", None, None, None)),
    ("１２０ ０００ руб. в месяц", (120000, 120000, "RUB", "month", None, None)),
    ("💰 𝗠𝗮𝗼𝘀𝗵: 𝟱𝟬𝟬$", (500, 500, "USD", None, None, None)),  # Telegram's "bold" letters and digits
    ("5 mln so´m", (5e6, 5e6, "UZS", None, None, None)),  # the acute as apostrophe survives NFKC
])
def test_compatibility_forms_read_as_plain_text(raw: str, expected: tuple) -> None:
    assert fields(parse_salary(raw)) == expected


def test_numbers_that_are_not_digits_are_not_glued_onto_the_amount() -> None:
    """NFKC would make "$500¹" (a footnote) "$5001"."""
    assert fields(parse_salary("$500¹")) == (500, 500, "USD", None, None, None)


@pytest.mark.parametrize("raw,low,high", [
    ("$1.5k", 1500, 1500),
    ("$1.5M", 1_500_000, 1_500_000),  # had read 1.5 dollars
    ("€2M a year", 2_000_000, 2_000_000),
    ("$1MM", 1_000_000, 1_000_000),
    ("$1-2M", 1_000_000, 2_000_000),  # one multiplier after a range: both ends
    ("$500k-1M", 500_000, 1_000_000),
    ("$5 m", 5, 5),  # "m" counts only touching its number
])
def test_k_and_m_suffixes(raw: str, low: float, high: float) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum) == (low, high) and s.currency in ("USD", "EUR")


def test_an_implausible_amount_is_kept_as_stated() -> None:
    """Nothing is guessed either way: a million a month for a VA is stored as published, and judged by the
    legitimacy stage (pay_above_market), not dropped or rescaled here."""
    assert fields(parse_salary("$1M per month")) == (1e6, 1e6, "USD", "month", None, None)


@pytest.mark.parametrize("raw,pay", [("$25/hr, 6m contract", 25), ("3 months $500", 500)])
def test_m_of_months_is_not_a_million(raw: str, pay: float) -> None:
    """The pay is the amount with the currency on it; "6m" and "3 months" are no amounts."""
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency) == (pay, pay, "USD")


@pytest.mark.parametrize("raw,expected", [
    ("500 у.е. в месяц", (500, 500, "USD", "month", None, None)),  # условные единицы: US dollars
    ("500 у. е.", (500, 500, "USD", None, None, None)),
    ("от 800 у.е.", (800, None, "USD", None, None, None)),
    ("500-700 у.е. на руки", (500, 700, "USD", None, False, None)),
])
def test_conventional_units_are_us_dollars(raw: str, expected: tuple) -> None:
    assert fields(parse_salary(raw)) == expected


def test_conventional_units_with_another_currency_stay_unparsed() -> None:
    s = parse_salary("500 у.е. (примерно 6 млн сум)")
    assert s.minimum is None and s.maximum is None and s.currency is None


@pytest.mark.parametrize("raw,expected", [
    ("от 5 000 000 сум до 7 000 000 сум", (5_000_000, 7_000_000, "UZS", None)),
    ("от 50 000 руб. до 80 000 руб.", (50_000, 80_000, "RUB", None)),
    ("از ۲۰ میلیون تومان تا ۳۰ میلیون تومان", (200_000_000, 300_000_000, "IRR", None)),
    ("3 mln so'm - 5 mln so'm", (3_000_000, 5_000_000, "UZS", None)),
    ("from $15/hr to $20/hr", (15, 20, "USD", "hour")),
    ("500 у.е. - 700 у.е. в месяц", (500, 700, "USD", "month")),
])
def test_a_range_with_the_currency_or_period_on_each_bound(raw: str, expected: tuple) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency, s.period) == expected


@pytest.mark.parametrize("raw", ["100 руб. за час, до 800 руб.", "5 000 000 сум, 2 смены, 7 000 000 сум"])
def test_two_amounts_with_words_between_are_no_range(raw: str) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum) == (None, None)


@pytest.mark.parametrize("raw,currency", [
    ("$1" * 50_000, "USD"),  # every "$" looked for its amount among all 50,000 of them: 90 s before
    ("between $1 " * 10_000, "USD"),  # each amount read the whole text before it for "between"
    ("1 000 so'm " * 10_000, "UZS"),
])
def test_hostile_pay_text_of_thousands_of_amounts_ends_unparsed(raw: str, currency: str) -> None:
    assert fields(parse_salary(raw)) == (None, None, currency, None, None, None)  # many alike: none is the pay


def test_only_the_start_of_a_very_long_pay_text_is_read() -> None:
    assert fields(parse_salary("Maosh: 5 mln so'm. " + "x" * 100_000)) == (5_000_000, 5_000_000, "UZS", None, None, None)


ZWNJ = "\u200c"


@pytest.mark.parametrize("raw,expected", [
    ("۱۵ میلیون و ۵۰۰ هزار تومان", (155_000_000, 155_000_000, "IRR", None)),  # had read 500 هزار alone: 5,000,000
    ("حقوق ۸ میلیون و ۵۰۰ هزار تومان", (85_000_000, 85_000_000, "IRR", None)),  # had been two amounts: unread
    (f"۸ میلیون{ZWNJ}و ۵۰۰{ZWNJ}هزار تومن", (85_000_000, 85_000_000, "IRR", None)),
    ("۸میلیون و۵۰۰هزار تومان", (85_000_000, 85_000_000, "IRR", None)),
    ("٨ ميليون و ٥٠٠ هزار تومان", (85_000_000, 85_000_000, "IRR", None)),  # Arabic-Indic digits and letters
    ("8 میلیون و 500 هزار ریال", (8_500_000, 8_500_000, "IRR", None)),
    ("۳ میلیون و ۲۰۰ هزار تومان ماهانه", (32_000_000, 32_000_000, "IRR", "month")),
    ("۲ میلیارد و ۵۰۰ میلیون ریال", (2_500_000_000, 2_500_000_000, "IRR", None)),
    ("۱ میلیارد و ۲۰۰ میلیون و ۵۰۰ هزار ریال", (1_200_500_000, 1_200_500_000, "IRR", None)),
    ("حداقل ۱۲ میلیون و ۵۰۰ هزار تومان", (125_000_000, None, "IRR", None)),
    ("15 млн 500 тыс руб", (15_500_000, 15_500_000, "RUB", None)),
    ("15 млн. 500 тыс. руб.", (15_500_000, 15_500_000, "RUB", None)),
    ("15 mln 500 ming so'm", (15_500_000, 15_500_000, "UZS", None)),
    ("1 million 500 ming so'm", (1_500_000, 1_500_000, "UZS", None)),
    ("5 mln va 500 ming so'm", (5_500_000, 5_500_000, "UZS", None)),
    ("1 mln 200 ming so'mdan", (1_200_000, None, "UZS", None)),
])
def test_an_amount_in_two_parts_is_one_amount(raw: str, expected: tuple) -> None:
    """"N million and M thousand" is how pay is written in Iran (and "15 млн 500 тыс", "15 mln 500 ming" in Uzbekistan);
    the part with the currency on it had been read alone, the millions dropped (500,000 toman for 15,500,000)."""
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency, s.period) == expected


@pytest.mark.parametrize("raw,low,high", [
    ("از ۱۰ میلیون تا ۱۲ میلیون و ۵۰۰ هزار تومان", 100_000_000, 125_000_000),  # had read 5,000,000 for both
    ("۱۰ تا ۱۲ میلیون و ۵۰۰ هزار تومان", 100_000_000, 125_000_000),
    ("۲ میلیون و ۵۰۰ هزار تا ۳ میلیون و ۲۰۰ هزار تومان", 25_000_000, 32_000_000),
    ("۱۲ میلیون و ۵۰۰ هزار تا ۱۵ میلیون تومان", 125_000_000, 150_000_000),
    ("بین ۱۰ میلیون و ۵۰۰ هزار و ۱۲ میلیون تومان", 105_000_000, 120_000_000),
    ("от 1 млн 200 тыс до 1 млн 500 тыс сум", 1_200_000, 1_500_000),
    ("Maosh: 3 mln 500 ming - 4 mln so'm", 3_500_000, 4_000_000),
    ("۱۲ میلیون و ۵۰۰ هزار تا ۱۰ میلیون تومان", None, None),  # reversed
])
def test_a_range_with_bounds_in_two_parts(raw: str, low: float | None, high: float | None) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum) == (low, high) and s.currency in ("IRR", "UZS")


@pytest.mark.parametrize("raw,low,high", [
    ("۱۵/۵ میلیون تومان", 155_000_000, 155_000_000),  # had read 5 میلیون: 50,000,000
    ("۱/۵ میلیون تومان", 15_000_000, 15_000_000),
    ("۸/۳ میلیون تومان", 83_000_000, 83_000_000),  # not 83,000,000.00000001
    ("۸.۳ میلیون تومان", 83_000_000, 83_000_000),
    ("۱۵٫۲۵۰ میلیون تومان", 152_500_000, 152_500_000),  # had read 15,250 million
    ("۱۵/۲۵۰ میلیون تومان", 152_500_000, 152_500_000),
    ("حقوق ۲/۵ تا ۳ میلیون تومان", 25_000_000, 30_000_000),  # the first bound of a range before its millions
    ("از ۲/۵ تا ۳/۵ میلیون تومان", 25_000_000, 35_000_000),
    ("۲ و نیم میلیون تومان", 25_000_000, 25_000_000),  # "and a half": had read 2 toman
    ("۱۵ میلیون و نیم تومان", 155_000_000, 155_000_000),
])
def test_the_persian_decimal_mark_and_a_half_before_millions(raw: str, low: float, high: float) -> None:
    """Persian writes the decimal mark "٫", typed "/" as often: "۱۵/۵ میلیون" is 15.5 million."""
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency) == (low, high, "IRR")


@pytest.mark.parametrize("raw", [
    "۱۵ میلیون و ۵۰۰ تومان",  # 15,000,500, or 15,500,000 as said aloud: had read 500 toman
    "Зарплата 15 млн 500 руб", "2 млн 500 000 сум",
    "یک میلیون و ۵۰۰ هزار تومان",  # the millions in words: had read 500,000 toman
    "۱۵ میلیون و پانصد هزار تومان", "۱۵ میلیون و پانصد تومان",  # the thousands in words: had read 15,000,000
    "بین ۱۵ و بیست میلیون تومان",  # had read 15 toman
    "۲۰ میلیون و چند هزار تومان",  # "and a few thousand"
    "یک میلیون و دویست هزار تومن",  # all in words: numbers in words are not read
    "۱/۵ میلیون و ۲۰۰ هزار تومان", "15 million 2000 ming so'm",  # parts that do not add up
])
def test_an_amount_read_only_in_part_stays_unread(raw: str) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum) == (None, None) and s.currency is not None


@pytest.mark.parametrize("raw,expected", [
    ("۱۴۰۵/۰۹/۰۴", (None, None, None)),  # a date is no amount
    ("تاریخ ۱۴۰۵/۰۹/۰۴ حقوق ۲۰ میلیون تومان", (200_000_000, 200_000_000, "IRR")),
    ("۱۴۰۵/۰۹/۲۰ میلیون تومان", (200_000_000, 200_000_000, "IRR")),  # the date's "/" is no decimal mark
    ("۱۵ میلیون و ۵۰۰ نفر", (None, None, None)),  # people, not pay
    ("حقوق ۲۰ میلیون تومان، ۱۵ میلیون و ۵۰۰ نفر کاربر", (200_000_000, 200_000_000, "IRR")),
    ("حقوق ۲۰ میلیون تومان و ۲ ماه پاداش", (200_000_000, 200_000_000, "IRR")),
    ("بین ۵ میلیون و ۱۰ میلیون تومان", (50_000_000, 100_000_000, "IRR")),  # "and" between two amounts: a range
    ("۱۰ میلیون تومان و بالاتر", (100_000_000, None, "IRR")),
    ("Maosh 5 mln so'm, 2 smena", (5_000_000, 5_000_000, "UZS")),
])
def test_dates_counts_and_ranges_are_no_amount_in_two_parts(raw: str, expected: tuple) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency) == expected


@pytest.mark.parametrize("raw,expected", [
    ("۲۵،۰۰۰،۰۰۰ تومان", (250_000_000, 250_000_000, "IRR")),  # had read 25 toman
    ("حقوق از ۲۰،۰۰۰،۰۰۰ تا ۲۵،۰۰۰،۰۰۰ تومان", (200_000_000, 250_000_000, "IRR")),
    ("Maosh: 5،000،000 so'm", (5_000_000, 5_000_000, "UZS")),  # had read 5 so'm
    ("٢٥،٠٠٠،٠٠٠ ريال", (25_000_000, 25_000_000, "IRR")),  # Arabic-Indic digits, Arabic yeh
])
def test_the_persian_comma_between_digit_groups_separates_thousands(raw: str, expected: tuple) -> None:
    """The comma of the Persian keyboard, "،" (U+060C), typed where "٬" or "," would be."""
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency) == expected


@pytest.mark.parametrize("raw,expected", [
    ("۱۲،۵ میلیون تومان", (125_000_000, 125_000_000, "IRR")),  # had read 5 million toman
    ("۱۲٫۵ میلیون تومان", (125_000_000, 125_000_000, "IRR")),  # "٫" (U+066B), the Persian decimal sign
    ("۵،۶ میلیون تومان", (56_000_000, 56_000_000, "IRR")),
    ("حقوق ۱۲،۵ تا ۱۵ میلیون تومان", (125_000_000, 150_000_000, "IRR")),  # had read no amount
    ("حقوق ۱۰ تا ۱۲،۵ میلیون تومان", (100_000_000, 125_000_000, "IRR")),
])
def test_the_persian_comma_between_digits_before_millions_is_a_decimal_mark(raw: str, expected: tuple) -> None:
    """"۱۲،۵ میلیون": "،" (U+060C) typed for the decimal sign, with no space after it, as Iranians often write it."""
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency) == expected


@pytest.mark.parametrize("raw", [
    "۱۰، ۱۵ یا ۲۰ میلیون تومان", "حقوق ۱۰، ۱۵، ۲۰ میلیون تومان", "۱۰،۱۵،۲۰ میلیون تومان", "۱۲،۱۲۳۴ تومان",
])
def test_the_persian_comma_with_a_space_or_between_several_numbers_is_a_list_comma(raw: str) -> None:
    """"۱۰، ۱۵ یا ۲۰" lists numbers, as "۱۰ یا ۱۵ یا ۲۰" (10 or 15 or 20) does: not 10.15."""
    assert parse_salary(raw) == parse_salary(raw.replace("،", " یا "))


@pytest.mark.parametrize("raw,expected", [
    # each had read no pay: ISO 4217 codes beyond the few with words of their own
    ("25000 AFN", (25000, 25000, "AFN")), ("3000 TJS", (3000, 3000, "TJS")), ("Maosh: 15 000 KGS", (15000, 15000, "KGS")),
    ("حقوق: ۲۵,۰۰۰ AFN ماهانه", (25000, 25000, "AFN")), ("AFN 25,000", (25000, 25000, "AFN")),
    ("500 TRY", (500, 500, "TRY")), ("1200 AZN", (1200, 1200, "AZN")), ("1500 GEL", (1500, 1500, "GEL")),
    ("3000 TMT", (3000, 3000, "TMT")), ("5 mln AFN", (5e6, 5e6, "AFN")), ("25000AFN", (25000, 25000, "AFN")),
    ("PHP 25,000 - 30,000 monthly", (25000, 30000, "PHP")),  # a code that is a word, before four digits
    ("$500 JMD", (500, 500, "JMD")),  # "$" is the Jamaican dollar a code names, as with "$500 CAD"
])
def test_any_current_iso_4217_code_beside_an_amount_is_its_currency(raw: str, expected: tuple) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency) == expected


@pytest.mark.parametrize("raw,expected", [
    # a code that is an English word or acronym, beside a small number, names no currency
    ("$20/hr, TOP 10 agents get a bonus", (20, 20, "USD")), ("$20/hr, ALL 3 shifts", (20, 20, "USD")),
    ("PHP 8 developer, $3,000/month", (3000, 3000, "USD")), ("€2,000 per month, BTN 3", (2000, 2000, "EUR")),
    # a code in lower case or away from an amount is no currency
    ("500 afn", (None, None, None)), ("500 try", (None, None, None)), ("AFN", (None, None, None)),
    ("TJS, 3000", (None, None, None)),
])
def test_a_code_as_a_word_or_away_from_an_amount_is_no_currency(raw: str, expected: tuple) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency) == expected


@pytest.mark.parametrize("raw,expected", [
    # a Telegram post's title (demo store): the day's hours, then the month's pay, its own clause
    ("Kuniga 2 soat, oyiga 1000$ gacha", (None, 1000, "USD", "month")),
    ("4 часа в день, до 1000$ в месяц", (None, 1000, "USD", "month")),
    ("روزی ۴ ساعت، ماهانه تا ۲۰ میلیون تومان", (None, 200_000_000, "IRR", "month")),
    ("Hours: 20–40 per week", (None, None, None, None)),  # still a workload, not a pay period
])
def test_the_hours_worked_in_an_earlier_clause_leave_the_pay_its_own_period(raw: str, expected: tuple) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency, s.period) == expected
