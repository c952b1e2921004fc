"""Pay phrases the parser misread in real postings (found by running it over /work/shared/data/samples and
tests/data/{tags_dev,board_legit}.jsonl). Each comment names the posting: ``source:id`` as in those files
(WWR: the listing URL's slug). Each fix has a hard negative next to it."""
import pytest

from pipeline.pay import Salary, parse_salary


def fields(s: Salary) -> tuple:
    return (s.minimum, s.maximum, s.currency, s.period)


def amounts(raw: str) -> tuple:
    s = parse_salary(raw)
    return (s.minimum, s.maximum)


# ---------------------------------------------------------------- "$7½/hr": a vulgar fraction after the digits
@pytest.mark.parametrize("raw,expected", [
    ("$7½/hr", (7.5, 7.5, "USD", "hour")),  # had read 7 (no sample holds one: the known gap, as reported)
    ("$12¾ an hour", (12.75, 12.75, "USD", "hour")),
    ("€10¼/h", (10.25, 10.25, "EUR", "hour")),
])
def test_a_vulgar_fraction_after_the_digits_is_part_of_the_amount(raw: str, expected: tuple) -> None:
    assert fields(parse_salary(raw)) == expected


def test_a_fraction_apart_from_the_amount_or_a_footnote_is_not() -> None:
    assert amounts("$500 ½ day") == (500, 500)
    assert amounts("$500¹") == (500, 500)


# ---------------------------------------------------------------- per month: "/mo", "/mth", "p/m"; not "/m", "pm"
@pytest.mark.parametrize("raw", [
    # weworkremotely:shopexperts-inbound-sales-manager-shopify-projects
    "Salary starting at USD $1800/mo + performance bonus - negotiable",
    "$1800/mth",
    "$1,800 per mth",
    "£2,000 p/m",
])
def test_month_abbreviations(raw: str) -> None:
    s = parse_salary(raw)
    assert s.period == "month" and s.minimum in (1800, 2000)


@pytest.mark.parametrize("raw", [
    "$20/m",          # a minute in transcription gigs ("$0.50/m audio"), as often as a month: left unread
    "$0.50/min",
    "$2,000 pm",      # "pm" is the afternoon in every sample ("8am-12 pm PST core hours", remoteok:1058168)
])
def test_ambiguous_m_and_pm_state_no_period(raw: str) -> None:
    s = parse_salary(raw)
    assert s.period is None and s.currency == "USD" and s.minimum is not None


# ---------------------------------------------------------------- "$…" with another dollar's code
@pytest.mark.parametrize("raw,expected", [
    ("- Annual Salary ranges from $120,000-$160,000 CAD", (120000, 160000, "CAD", "year")),  # remoteok:1093882
    ("- $100,000 - $120,000 CAD", (100000, 120000, "CAD", None)),  # weworkremotely:agencyanalytics-php-developer-1
    ("CAN $113,000—$125,000 CAD", (113000, 125000, "CAD", None)),  # jobicy:113594
    # jobicy:112853
    ("Compensation range for Canada applicants only $77,400 – $116,200 CAD", (77400, 116200, "CAD", None)),
    # weworkremotely:deskpro-technical-support-engineer-aus
    ("- Competitive Salary $70k - $92k (AUD) + Share Options Package", (70000, 92000, "AUD", None)),
])
def test_a_dollar_sign_with_another_dollars_code_is_that_dollar(raw: str, expected: tuple) -> None:
    assert fields(parse_salary(raw)) == expected


@pytest.mark.parametrize("raw", [
    "Competitive Compensation: $160,000–$200,000 CAD/USD (based on experience) and benefits.",  # remotive:2069746
    "$155k - $175k USD I $196k - $221k CAD",  # weworkremotely:test-double-engineering-manager
])
def test_us_and_canadian_dollars_named_together_stay_unparsed(raw: str) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency) == (None, None, None)


# ---------------------------------------------------------------- "R$", "S$", "RM": not US dollars
@pytest.mark.parametrize("raw,expected", [
    ("- R$200 a month for remote work allowance", (200, 200, "BRL", "month")),  # remoteok:1057297 (had: USD)
    # remoteok:1057297
    ("- Sports Incentive: R$300/mo extra if you practice activities", (300, 300, "BRL", "month")),
    ("- Singapore OTE – S$112,413", (112413, 112413, "SGD", None)),  # remoteok:1093761 (had: USD)
    ("- Malaysia OTE – RM172,908", (172908, 172908, "MYR", None)),  # remoteok:1093761
    ("• The salary for this position is RM9,481.", (9481, 9481, "MYR", None)),  # remoteok:1093779
    ("C$50/hr", (50, 50, "CAD", "hour")),
    ("We recently raised US$110M", (110e6, 110e6, "USD", None)),  # remoteok:1057874
])
def test_prefixed_dollar_signs_and_ringgit(raw: str, expected: tuple) -> None:
    assert fields(parse_salary(raw)) == expected


def test_prefixed_signs_need_an_amount() -> None:
    # weworkremotely:kitces-com-senior-director-of-platform-product
    assert parse_salary("- No A$$holes").currency != "AUD"
    assert parse_salary("rm -rf $500").currency == "USD"
    # two currencies stay unparsed: remoteok:1093761 "monthly fixed allowance of RM 150 or SGD 100"
    assert amounts("You will be given a monthly fixed allowance of RM 150 or SGD 100") == (None, None)


# ---------------------------------------------------------------- Indian grouping (lakhs)
def test_lakh_grouping() -> None:
    # remoteok:1093880; had read 20 to 40 rupees
    assert fields(parse_salary("₹20,00,000 - ₹40,00,000 a year")) == (2_000_000, 4_000_000, "INR", "year")
    assert amounts("₹1,20,000 a month") == (120_000, 120_000)


def test_western_grouping_and_decimal_commas_are_unchanged() -> None:
    assert amounts("$1,200,000") == (1_200_000, 1_200_000)
    assert amounts("€20,50 an hour") == (20.5, 20.5)
    assert amounts("$31,2k- $52k") == (31200, 52000)


# ---------------------------------------------------------------- "$150K+": at least
@pytest.mark.parametrize("raw,low,period", [
    ("- Salary $150K+", 150000, None),  # weworkremotely:masteryprep-frontend-software-engineer (had: exactly 150k)
    ("- Salary $120k+ based on experience", 120000, None),  # weworkremotely:stimulus-ux-engineer-2
    ("$2.000+ monthly LinkedIn DM reply Job USA TIMEZONE", 2000, "month"),  # remoteok:1093768
    ("want to make 2.000$+ monthly Long Term:", 2000, "month"),  # remoteok:1093768
])
def test_a_plus_after_the_amount_is_a_minimum(raw: str, low: float, period: str | None) -> None:
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency, s.period) == (low, None, "USD", period)


@pytest.mark.parametrize("raw,expected", [
    ("$150K + bonus", (150000, 150000)),   # the pay plus a bonus, not "at least"
    ("$150K+ equity", (150000, 150000)),
    ("$90-$150+/hr", (90, 150)),           # a range keeps its bounds
])
def test_a_plus_before_a_benefit_or_in_a_range_is_no_minimum(raw: str, expected: tuple) -> None:
    assert amounts(raw) == expected


# ---------------------------------------------------------------- "between $X and $Y"
def test_between_and_is_a_range() -> None:
    # remoteok:1057603
    s = parse_salary("Target base salary for this role is between $119,880 and $178,200 per year.")
    assert fields(s) == (119880, 178200, "USD", "year")
    assert amounts("بین ۱۵ و ۲۰ میلیون تومان") == (150_000_000, 200_000_000)


@pytest.mark.parametrize("raw", [
    # weworkremotely:trusted-psychics-psychic-tarot-readers-remote-positions: two rates, no range
    "- Excellent revenues up to $16 per hour for phone readings and $27 for messenger services",
    "$500 and $700",
])
def test_and_without_between_is_no_range(raw: str) -> None:
    assert amounts(raw) == (None, None)


# ---------------------------------------------------------------- "$55,000 - $100K"
def test_a_full_first_bound_with_a_multiplied_second() -> None:
    # remotive:2091048; was left unparsed as a "reversed" range 55,000 to 100
    assert amounts("On-target-earnings are estimated between $55,000 - $100K your first year.") == (55000, 100000)
    assert amounts("1500-2k $") == (1500, 2000)
    assert amounts("10-5 mln so'm") == (None, None)  # still reversed
    assert amounts("$500-1M") == (None, None)        # 500 dollars or 500 thousand: not guessed


# ---------------------------------------------------------------- ordinals are no amounts
def test_an_ordinal_is_not_an_amount() -> None:
    # weworkremotely:advocacy-architects-executive-assistant; "1st" made it three numbers
    assert amounts("- 1st year base pay range: $45,000 - $60,000") == (45000, 60000)
    assert amounts("5 thousand $") == (5000, 5000)  # "th" of a multiplier is no ordinal


# ---------------------------------------------------------------- billions
@pytest.mark.parametrize("raw,value", [
    ("over $13bn TVL", 13e9),                            # remoteok:1093885 (had: 13 dollars)
    ("generates over $200B in claims mispayments", 200e9),  # remoteok:1093789
    ("- Equity in a US $1.1-bn business", 1.1e9),        # remoteok:1057874
    ("our $4.0 trillion U.S. healthcare system", 4e12),  # weworkremotely:doximity-data-analyst-2
    ("brands that generate $10MUSD and beyond", 10e6),   # weworkremotely:vaan-group-frontend-web-developer-…
])
def test_billions(raw: str, value: float) -> None:
    s = parse_salary(raw)
    assert value in (s.minimum, s.maximum)


def test_b_counts_only_touching_its_number() -> None:
    assert amounts("$500 bonus") == (500, 500)
    assert amounts("$5 b") == (5, 5)


# ---------------------------------------------------------------- "at least" words
@pytest.mark.parametrize("raw,low", [
    ("حقوق :               حداقل ۱۰۰ میلیون تومان خالص", 1_000_000_000),  # jobinja:tmHY ("at least"; had: exactly)
    ("درآمد حدودی بالای 30 میلیون تومان ماهانه", 300_000_000),  # jobinja:t4FW ("above")
    ("شروع پرداخت ما «از» ۲۶ میلیون تومان خواهد بود.", 260_000_000),  # jobinja:ACPw ("from", in guillemets)
    ("life insurance (min $100K)", 100_000),  # remoteok:1051852
    ("at least $15/hr", 15),
    ("не менее 80 000 руб.", 80_000),
])
def test_at_least_is_a_minimum(raw: str, low: float) -> None:
    assert amounts(raw) == (low, None)


def test_at_most_is_a_maximum() -> None:
    assert amounts("حداکثر ۴۰ میلیون تومان") == (None, 400_000_000)
    assert amounts("up to $25/hour") == (None, 25)


# ---------------------------------------------------------------- periods: per week; counts are no period
@pytest.mark.parametrize("raw,period", [
    ("- $1,000 PER WEEK", "week"),  # remoteok:1093884
    ("$500 weekly", "week"),
    ("$500/wk", "week"),
    ("+ 250 € netto p. a. für Fitnessaktivitäten", "year"),  # remoteok:1058579
])
def test_stated_periods(raw: str, period: str) -> None:
    assert parse_salary(raw).period == period


@pytest.mark.parametrize("raw", [
    "Excellent weekly pay",  # remoteok:1052696: how often it is paid
    "- Salary paid 2 times a month, upon request",  # weworkremotely:livingston-research-… (had: month)
    "Work from a co-working space up to twice per month (35 EUR / 40 USD per visit)",  # remotive:2091035 (had: month)
    "Hours: 20–40 per week (flexible, ongoing).",  # remoteok:1093859
    "Schedule: 3 days a week",
    "ساعت کاری : ۴۴ ساعت در هفته",  # jobinja:tmHY ("44 hours a week")
])
def test_how_often_is_no_pay_period(raw: str) -> None:
    assert parse_salary(raw).period is None


def test_a_pay_period_still_wins_over_hours_per_week() -> None:
    assert parse_salary("$25/hr, 20 hours per week").period == "hour"
    assert parse_salary("weekly reports, $500/month").period == "month"
