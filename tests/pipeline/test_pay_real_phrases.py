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


# ---------------------------------------------------------------- the period is the one written with the amount
@pytest.mark.parametrize("raw,expected", [
    # weworkremotely:used-conex-hiring-several-sales-assistants (had: day, from "post a day")
    ("You can make anywhere from $400-$4,000 US dollars a month here! All depends on you, and how many ads you post "
     "a day AND how friendly and persuasive you are!", (400, 4000, "USD", "month")),
    # jobicy:17394, its first three sentences (had: hour, from "base hourly wage")
    ("We believe that all employees should be paid fairly and equitably. As of the time of this posting, the expected "
     "base annual salary range for this position is $135,000 to $215,000. (For non-exempt roles, this reflects the "
     "expected base annual “salary” as calculated by the base hourly wage multiplied by the expected number of hours "
     "worked over a one year period, excluding any overtime and premiums.)", (135000, 215000, "USD", "year")),
    # remotive:2091048 (had: hour, from "hourly pay" two sentences before)
    ("Earnings: This is an hourly pay + commission role. All US sales reps earn minimum wage (this is permanent, not a "
     "draw against commission) in addition to sales commissions, based on your monthly sales. On-target-earnings are "
     "estimated between $55,000 - $100K your first year. In addition to the above, we offer fully paid training.",
     (55000, 100000, "USD", "year")),
    # weworkremotely:advocacy-architects-executive-assistant (had: no period)
    ("- 1st year base pay range: $45,000 - $60,000", (45000, 60000, "USD", "year")),
    # remoteok:1052757: the period word a few words before, in the same sentence
    ("In accordance with the Colorado Equal Pay for Equal Work Act, the approximate annual compensation range for "
     "this role, depending on individual candidate level and experience, is $95,000 - $115,000 USD, including base "
     "salary and any related bonuses or commissions.", (95000, 115000, "USD", "year")),
    # jobicy:112383: no period near the amount; the one "annual salary" states is the pay's
    ("Generally, our compensation structure consists solely of an annual salary; we do not have bonuses. You choose "
     "each year how much of your compensation you want in salary versus stock options. To determine your personal "
     "top of market compensation, we rely on market indicators and consider your specific job family, background, "
     "skills, and experience to determine your compensation in the market range. The range for this role is "
     "$120,000-$515,000", (120000, 515000, "USD", "year")),
])
def test_the_period_is_the_one_written_with_the_amount(raw: str, expected: tuple) -> None:
    assert fields(parse_salary(raw)) == expected


@pytest.mark.parametrize("raw", [
    "- Set your own hourly/day rate - up to $85/hour, or up to $650/day",  # weworkremotely:shopexperts-… (had: hour)
    # weworkremotely:ampifire-writers-looking-for-a-steady-reliable-income (had: hour)
    "Most of our writers earn between $800-$2000/month working part-time. Working at a moderate pace, that's over "
    "$18/h. And some of our writers are able to make as much as $30/h.",
])
def test_several_rates_with_their_own_periods_state_no_one_period(raw: str) -> None:
    assert parse_salary(raw).period is None


# ---------------------------------------------------------------- how much work is no pay period (hard negatives)
@pytest.mark.parametrize("raw", [
    "- Manage call volume of 80-120 inbound calls daily in a timely and professional manner",  # remotive:2091069
    # remoteok:1093987
    "- Make a minimum 40+ outbound calls daily to candidates and decision-makers at top financial services firms",
    "- Write 2 short articles per week about DeFi, tools, projects, ecosystems and news",  # remoteok:1094014
    "- You can edit at least 10,000 words per week.",  # weworkremotely:scribbr-freelance-editor-english
    "- Ability to write and self-edit 1,500 words per day",  # weworkremotely:the-urban-writers-ghostwriter
    "- Serve over 3 billion requests a day",  # remoteok:1093764
    "- Holidays: 25 vacation days per year plus any national holidays.",  # remoteok:1093843
    # weworkremotely:knack-software-engineeer-lead-qa-us-remote
    "- 🛫 Paid Corporate Retreats: we get together twice a year at amazing locations to do normal human being things "
    "in person. We pay for your flight, lodging, and meals.",
    # weworkremotely:dragonfruit-media-lead-video-editor (had: hour)
    "- You’ll have consistent work - we expect between 15-30 hours of hourly work a week and will work directly with "
    "an account manager who will help guide your workflows. Would be ok with someone ramping up 10 to start",
    "Обязанности: работа с документами , в частности с входящими письмами и звонками;",  # hh:80798020 (had: hour)
    "ساعات کاری شرکت در روزهای شنبه تا چهارشنبه از ساعت 8:30 الی17:",  # jobinja:tOWq ("on the days"; had: day)
])
def test_workload_states_no_pay_period(raw: str) -> None:
    assert parse_salary(raw).period is None


@pytest.mark.parametrize("raw,expected", [
    ("Compensation is $18- $22 an hour and a max of 40 hours a week.", (18, 22, "USD", "hour")),  # remotive:2090903
    ("- The hourly rate for this role is $30/hour, 20 – 25 hours per week.", (30, 30, "USD", "hour")),  # jobicy:108624
    # weworkremotely:slashdata-ltd-data-storyteller-remote-within-the-uk
    ("£40,000 - £60,000 depending on experience (40 hours per week).", (40000, 60000, "GBP", None)),
    # weworkremotely:g2i-inc-fullstack-developer-react-react-native-node-js-remote
    ("Typical assignments are 32-40 hours per week, where you can bill up to $70 per hour.", (None, 70, "USD", "hour")),
])
def test_hours_per_week_next_to_the_pay_leave_its_period(raw: str, expected: tuple) -> None:
    assert fields(parse_salary(raw)) == expected


# ---------------------------------------------------------------- several numbers: the one with a currency is the pay
@pytest.mark.parametrize("raw,expected", [
    ("Tier 1 $101,800 – $177,700 USD", (101800, 177700, "USD", None)),  # jobicy:109446 (had: unread)
    # weworkremotely:follow-up-boss-senior-infrastructure-engineer-2
    ("- Competitive base salary - top 10% in US; for this position the range is $166K - $180K",
     (166000, 180000, "USD", None)),
    # remotive:2091069: two numbers, no range
    ("Entry Level: $17.50/hr (with advancement opportunities) AND a monthly bonus program where you are eligible for "
     "up to 15%!", (17.5, 17.5, "USD", "hour")),
    # weworkremotely:float-customer-support-specialist-americas-1
    ("The salary for this role is US $94,947 (Level 3). Here’s a blog post with more information on how we determine "
     "our salaries.", (94947, 94947, "USD", None)),
    ("Week 2: $250 guaranteed minimum", (250, 250, "USD", None)),  # remotive:2086540
    # hh:80798020 and hh:80862796, the conditions at the end of the snippet (times and "5/2" are no amounts)
    ("Условия: график работы с 09:00-18:15 5/2 оклад 4 500 000 сум официальное трудоустройство питание за счет "
     "организации", (4_500_000, 4_500_000, "UZS", None)),
    ("Условия: 5/2 с 08:00-16:30; 2х разовое питание. официальное трудоустройство заработная плата 4 000 000 сум",
     (4_000_000, 4_000_000, "UZS", None)),
    # jobinja:tGK9 (the 10-day trial is no amount)
    ("• حقوق: از 30 تا 35 میلیون تومان (بسته به سوابق شما و نتیجه دوره آزمایشی 10 روزه) + مزایا (پورسانت، بیمه و…)",
     (300_000_000, 350_000_000, "IRR", None)),
    # remoteok:1095763, two sentences of one paragraph: the company's trillions and billions are not the pay
    ("Since its launch in November 2021, Bullish Exchange has surpassed US$1.3 trillion in total trading volume, with "
     "2H 2024 average daily volume exceeding US$2 billion. The anticipated base salary for this position is $160,000 "
     "- $220,000 + discretionary annual target bonus + performance incentives/benefits.",
     (160000, 220000, "USD", "year")),
])
def test_the_one_amount_with_a_currency_among_other_numbers_is_the_pay(raw: str, expected: tuple) -> None:
    assert fields(parse_salary(raw)) == expected


@pytest.mark.parametrize("raw", [
    "Compensation: $80–$100/hr, plus weekly performance bonuses ($20–$100/hr)",  # remoteok:1093841: two rates
    "Initial compensation is up to $0.06 per word, with $0.034 per word being the most typical rate",  # remotive:1749306
    # remotive:1919265: the company's millions alone
    "We quietly launched in May 2020, and have helped A·Teamers earn $85+ million since.",
    # remoteok:1093806
    "P2P.org is the largest institutional staking provider with a TVL of over $10B and a market share exceeding 20% in "
    "restaking.",
    # money that is not the pay: a benefit, a price
    "- Co-working space reimbursement (1/2 rent up to $500 monthly)",  # weworkremotely:test-double-engineering-manager
    "- Laptop budget up to €2,500 and it renews every 3 years",  # weworkremotely:toggl-analytics-engineer
    # remoteok:1051852
    "- 65%-75% company-sponsored (including dependents) premiums towards medical, dental and vision insurance. For "
    "eligible plans and tiers, we provide 100% company-paid medical insurance. 100% employer sponsored STD, LTD and "
    "life insurance (min $100K). Voluntary life insurance option available.",
    # remotive:2091072
    "Earnings: This is a commission-only role. You will have between 8 and 18 appointments scheduled for you each day "
    "(more if you want them and you are closing sales). You will earn a 20% commission on the gross margin of every "
    "sale you make. Please tell us how much you want to earn, and we will show you what it takes to get there. Each "
    "sale is between $250 and $2,500.",
])
def test_among_several_numbers_no_plain_pay_stays_unread(raw: str) -> None:
    assert amounts(raw) == (None, None)


# ---------------------------------------------------------------- "$85+ million", "$0.034", "capped at"
def test_plus_before_a_multiplier_word_is_at_least() -> None:
    assert amounts("have helped A·Teamers earn $85+ million since.") == (85e6, None)  # remotive:1919265 (had: 85)


def test_a_decimal_with_a_lone_zero_is_no_thousands() -> None:
    assert amounts("with $0.034 per word being the most typical rate") == (0.034, 0.034)  # remotive:1749306 (had: 34)
    assert amounts("$1.500") == (1500, 1500)


def test_capped_at_is_a_maximum() -> None:
    # weworkremotely:planet-argon-senior-ruby-on-rails-developer (had: exactly 145,000)
    assert fields(parse_salary("The salary for this position is capped at $145,000/year.")) == (
        None, 145000, "USD", "year")
