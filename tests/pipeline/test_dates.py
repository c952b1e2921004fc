"""Dates → aware UTC; real strings from tests/fixtures/normalize/real_strings.json (see its PROVENANCE.md)."""
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.dates import parse_datetime

UTC = timezone.utc
REAL = json.loads((Path(__file__).parents[1] / "fixtures" / "normalize" / "real_strings.json").read_text("utf-8"))
NOW = datetime(2026, 11, 23, 5, 0, 0, tzinfo=UTC)  # the fetch time relative phrases count back from


@pytest.mark.parametrize("raw,expected", [
    (1756382403, datetime(2025, 8, 28, 12, 0, 3, tzinfo=UTC)),                 # remoteok epoch
    ("1756382403000", datetime(2025, 8, 28, 12, 0, 3, tzinfo=UTC)),            # milliseconds
    ("2025-08-28T12:00:03+00:00", datetime(2025, 8, 28, 12, 0, 3, tzinfo=UTC)),
    ("2025-08-28T12:00:03Z", datetime(2025, 8, 28, 12, 0, 3, tzinfo=UTC)),
    ("2024-02-14T12:32:06+0300", datetime(2024, 2, 14, 9, 32, 6, tzinfo=UTC)),  # hh published_at
    ("2026-07-26T20:49:11", datetime(2026, 7, 26, 20, 49, 11, tzinfo=UTC)),     # remotive, no zone
    ("2024-12-07 15:33:17", datetime(2024, 12, 7, 15, 33, 17, tzinfo=UTC)),     # jobicy pubDate
    ("Tue, 08 Nov 2022 00:08:24 +0000", datetime(2022, 11, 8, 0, 8, 24, tzinfo=UTC)),  # wwr RSS
    ("Mon, 07 Nov 2022 23:08:21 -0500", datetime(2022, 11, 8, 4, 8, 21, tzinfo=UTC)),
    # Jalali (Solar Hijri): 12 Mordad 1403 = 2 August 2024
    ("۱۴۰۳/۰۵/۱۲", datetime(2024, 8, 2, tzinfo=UTC)),
    ("١٤٠٣/٠٥/١٢", datetime(2024, 8, 2, tzinfo=UTC)),                          # Arabic-Indic digits
    ("1403/05/12", datetime(2024, 8, 2, tzinfo=UTC)),
    ("۱۲ مرداد ۱۴۰۳", datetime(2024, 8, 2, tzinfo=UTC)),
    ("۱۴۰۳/۰۱/۰۱ ۱۴:۳۰", datetime(2024, 3, 20, 11, 0, tzinfo=UTC)),            # Tehran +03:30
    # Russian and Uzbek prose
    ("Вакансия опубликована 25\u00a0мая\u00a02023 в Ташкенте", datetime(2023, 5, 25, tzinfo=UTC)),
    ("25 мая 2023", datetime(2023, 5, 25, tzinfo=UTC)),
    ("3 января 2024 г.", datetime(2024, 1, 3, tzinfo=UTC)),
    ("12-noyabr 2025", datetime(2025, 11, 12, tzinfo=UTC)),
    ("2025-yil 12-noyabr", datetime(2025, 11, 12, tzinfo=UTC)),                # Uzbek writes the year first
    ("2025 йил 12 ноябрь", datetime(2025, 11, 12, tzinfo=UTC)),
    ("4 дек. 2026", datetime(2026, 12, 4, tzinfo=UTC)),                        # Russian abbreviations
    ("4 янв 2026", datetime(2026, 1, 4, tzinfo=UTC)),
    ("3 марта 2024", datetime(2024, 3, 3, tzinfo=UTC)),
    ("May 25, 2023", datetime(2023, 5, 25, tzinfo=UTC)),
])
def test_absolute_dates(raw, expected) -> None:  # type: ignore[no-untyped-def]
    assert parse_datetime(raw, now=NOW) == expected


@pytest.mark.parametrize("raw,days,hours", [
    ("۳ روز پیش", 3, 0), ("2 kun oldin", 2, 0), ("2 кун олдин", 2, 0), ("3 дня назад", 3, 0),
    ("2 hours ago", 0, 2), ("an hour ago", 0, 1), ("час назад", 0, 1), ("5 soat oldin", 0, 5),
    ("۲ ساعت قبل", 0, 2), ("30+ days ago", 30, 0), ("1 week ago", 7, 0), ("2 недели назад", 14, 0),
    ("یک هفته پیش", 7, 0),
    ("دیروز", 1, 0), ("kecha", 1, 0), ("кеча", 1, 0), ("вчера", 1, 0), ("yesterday", 1, 0),
    ("today", 0, 0), ("امروز", 0, 0), ("bugun", 0, 0), ("сегодня", 0, 0), ("позавчера", 2, 0),
    ("Posted 3 days ago", 3, 0), ("(۵ روز پیش)", 5, 0),
    ("last week", 7, 0), ("هفته گذشته", 7, 0), ("o‘tgan hafta", 7, 0), ("на прошлой неделе", 7, 0),
    ("5d", 5, 0), ("2h", 0, 2), ("3w ago", 21, 0), ("12 hrs", 0, 12), ("30d+", 30, 0), ("Just posted", 0, 0),
])
def test_relative_phrases_count_back_from_fetch_time(raw: str, days: int, hours: int) -> None:
    from datetime import timedelta

    assert parse_datetime(raw, now=NOW) == NOW - timedelta(days=days, hours=hours)


@pytest.mark.parametrize("raw,ago", [
    ("2 дн. назад", timedelta(days=2)), ("2 дн назад", timedelta(days=2)), ("Обновлено 1 дн. назад", timedelta(days=1)),
    ("5 ч. назад", timedelta(hours=5)), ("5 ч назад", timedelta(hours=5)), ("3 сек. назад", timedelta(seconds=3)),
    ("3 мин. назад", timedelta(minutes=3)), ("2 нед. назад", timedelta(weeks=2)),
])
def test_russian_abbreviated_units_count_back_from_fetch_time(raw: str, ago: timedelta) -> None:
    """Russian posts write "2 дн. назад", "5 ч назад" as they write "3 мин. назад"; only the latter had been read."""
    assert parse_datetime(raw, now=NOW) == NOW - ago


def test_russian_abbreviated_years_are_calendar_years() -> None:
    assert parse_datetime("2 г. назад", now=NOW) == parse_datetime("2 г назад", now=NOW) == datetime(2024, 11, 23, 5,
                                                                                                      tzinfo=UTC)


@pytest.mark.parametrize("raw,expected", [
    ("вчера в 14:30", datetime(2026, 11, 22, 14, 30, tzinfo=UTC)),
    ("Вчера, 14:30", datetime(2026, 11, 22, 14, 30, tzinfo=UTC)),
    ("Опубликовано вчера в 14:30:15", datetime(2026, 11, 22, 14, 30, 15, tzinfo=UTC)),
    ("сегодня в 9:05", datetime(2026, 11, 23, 9, 5, tzinfo=UTC)),
    ("позавчера в 10:00", datetime(2026, 11, 21, 10, 0, tzinfo=UTC)),
    ("kecha soat 14:30", datetime(2026, 11, 22, 14, 30, tzinfo=UTC)),
    ("кеча соат 14:30", datetime(2026, 11, 22, 14, 30, tzinfo=UTC)),
    ("bugun 14:30", datetime(2026, 11, 23, 14, 30, tzinfo=UTC)),
    ("бугун 9:05", datetime(2026, 11, 23, 9, 5, tzinfo=UTC)),
    ("yesterday at 3:15 PM", datetime(2026, 11, 22, 15, 15, tzinfo=UTC)),
    ("today at 12:05 am", datetime(2026, 11, 23, 0, 5, tzinfo=UTC)),
    ("دیروز ساعت ۱۴:۳۰", datetime(2026, 11, 22, 11, 0, tzinfo=UTC)),  # Iran time (+03:30), as a Jalali clock time
    ("вчера в 25:99", datetime(2026, 11, 22, 5, 0, tzinfo=UTC)),  # no clock shows it: the fetch time's, as "вчера"
])
def test_a_day_word_with_a_clock_time_is_that_time_of_that_day(raw: str, expected: datetime) -> None:
    """"вчера в 14:30" had been the fetch time a day back (05:00), the stated time dropped. A time without a zone is
    UTC here as in "25 мая 2023 в 14:30" (the module's convention for every zone-less time)."""
    assert parse_datetime(raw, now=NOW) == expected


def test_yesterday_is_counted_in_the_zone_its_clock_time_is_read_in() -> None:
    """At 21:00 UTC it is already the next day in Tehran (00:30): a Persian "yesterday" is Tehran's."""
    fetched = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)
    assert parse_datetime("вчера в 23:59", now=fetched) == datetime(2026, 11, 21, 23, 59, tzinfo=UTC)
    assert parse_datetime("دیروز ساعت 23:00", now=fetched) == datetime(2026, 11, 22, 19, 30, tzinfo=UTC)


def test_a_clock_time_after_a_day_word_is_to_the_whole_second() -> None:
    fetched = datetime(2026, 12, 5, 10, 36, 10, 386972, tzinfo=UTC)
    assert parse_datetime("вчера в 14:30", now=fetched) == datetime(2026, 12, 4, 14, 30, tzinfo=UTC)
    assert parse_datetime("вчера в 14:30", now=fetched).microsecond == 0


def test_a_relative_date_is_to_the_second() -> None:
    """A fetch's microseconds had made Jobinja's "۳ روز پیش" "…10:36:10.386972+00:00" beside every other source's
    "…06:03:27+00:00", and pandas read the export's column as text."""
    fetched = datetime(2026, 12, 5, 10, 36, 10, 386972, tzinfo=UTC)
    assert parse_datetime("۳ روز پیش", now=fetched) == datetime(2026, 12, 2, 10, 36, 10, tzinfo=UTC)
    assert parse_datetime("2 months ago", now=fetched).microsecond == 0


@pytest.mark.parametrize("raw,expected", [
    ("2026-11-20T14:03:22.119-05:00", datetime(2026, 11, 20, 19, 3, 22, tzinfo=UTC)),  # Working Nomads
    ("2026-11-20T19:03:22.999999Z", datetime(2026, 11, 20, 19, 3, 22, tzinfo=UTC)),  # cut, not rounded up
    ("1756382403123", datetime(2025, 8, 28, 12, 0, 3, tzinfo=UTC)),  # epoch milliseconds
    (1756382403.5, datetime(2025, 8, 28, 12, 0, 3, tzinfo=UTC)),
    (datetime(2026, 11, 20, 19, 3, 22, 119000, tzinfo=UTC), datetime(2026, 11, 20, 19, 3, 22, tzinfo=UTC)),
])
def test_a_source_date_is_to_the_whole_second(raw, expected) -> None:  # type: ignore[no-untyped-def]
    """Working Nomads' milliseconds had been stored and exported as "2026-11-20T19:03:22.119000+00:00" beside every
    other posted_at's whole seconds, and pandas could not read the export's column as one (``to_datetime`` failed)."""
    assert parse_datetime(raw, now=NOW) == expected


def test_a_closing_date_is_to_the_whole_second_too() -> None:
    from pipeline.dates import parse_closing_date

    assert parse_closing_date("2026-12-19T23:59:59.500+00:00") == datetime(2026, 12, 19, 23, 59, 59, tzinfo=UTC)


def test_months_and_years_ago_are_calendar_months() -> None:
    assert parse_datetime("2 months ago", now=NOW) == datetime(2026, 9, 23, 5, tzinfo=UTC)
    assert parse_datetime("2mo", now=NOW) == datetime(2026, 9, 23, 5, tzinfo=UTC)
    assert parse_datetime("1yr", now=NOW) == datetime(2025, 11, 23, 5, tzinfo=UTC)
    assert parse_datetime("۲ ماه پیش", now=NOW) == datetime(2026, 9, 23, 5, tzinfo=UTC)
    assert parse_datetime("1 yil oldin", now=NOW) == datetime(2025, 11, 23, 5, tzinfo=UTC)


@pytest.mark.parametrize("raw", ["not a date at all", "3", "", None, "   ", "1403/13/40", "kechasi ishlash",
                                 "5d remote role", "Team of 5d engineers", "2x"])  # shorthand only as the whole field
def test_unparseable_gives_none(raw) -> None:  # type: ignore[no-untyped-def]
    assert parse_datetime(raw, now=NOW) is None


def test_every_real_date_string_in_the_samples_parses() -> None:
    for raw in REAL["hh_uz_date_posted"]:
        dt = parse_datetime(raw)
        assert dt is not None and dt.year == 2023 and dt.month == 5 and dt.tzinfo is not None, raw
    for rec in REAL["hh_api_tashkent"]:
        dt = parse_datetime(rec["published_at"])
        assert dt is not None and dt.utcoffset().total_seconds() == 0
    for key in ("remotive_publication_date", "jobicy_pubDate", "wwr_pubDate"):
        assert parse_datetime(REAL[key]) is not None, key


def test_naive_datetime_object_is_taken_as_utc() -> None:
    assert parse_datetime(datetime(2024, 1, 1, 12)) == datetime(2024, 1, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize("raw", ["999999999 days ago", "4000 years ago", "2024-01-01T10:00:00+25:00",
                                 "9999-12-31T23:00:00-05:00", "#" * 20_000])
def test_a_date_no_datetime_can_hold_is_unparsed_not_an_error(raw: str) -> None:
    assert parse_datetime(raw) is None


def test_numeric_dates_are_day_first_and_a_missing_day_is_the_first() -> None:
    """As Uzbek, Russian and Persian sites write them; and never filled in from today's date."""
    assert parse_datetime("05.06.2023") == datetime(2023, 6, 5, tzinfo=timezone.utc)
    assert parse_datetime("15.05.2023") == datetime(2023, 5, 15, tzinfo=timezone.utc)
    assert parse_datetime("May 2024") == datetime(2024, 5, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("raw,expected", [
    ("2026/12/04", datetime(2026, 12, 4, tzinfo=UTC)),
    ("2026.12.04", datetime(2026, 12, 4, tzinfo=UTC)),
    ("2026-4-5", datetime(2026, 4, 5, tzinfo=UTC)),
    ("Posted: 2026/12/04", datetime(2026, 12, 4, tzinfo=UTC)),
    ("2026/12/04 10:30", datetime(2026, 12, 4, 10, 30, tzinfo=UTC)),
    ("2026/12/04 10:30 +0500", datetime(2026, 12, 4, 5, 30, tzinfo=UTC)),
    ("2026/12/04 3:15 PM", datetime(2026, 12, 4, 15, 15, tzinfo=UTC)),
    ("2026/13/05", None),  # no thirteenth month: not read as the 5th of the 13th's "day" either
    ("2026/02/30", None),
])
def test_a_date_that_starts_with_the_year_is_year_month_day(raw: str, expected: datetime | None) -> None:
    """Nobody who writes the year first puts the day before the month; ``dateutil`` told day-first did
    ("2026/12/04" was 12 April)."""
    assert parse_datetime(raw) == expected


# Afghanistan writes the Solar Hijri calendar with zodiac month names; the 15th of each month of 1405 (the same
# days as "۱۵ فروردین ۱۴۰۵" … "۱۵ اسفند ۱۴۰۵")
@pytest.mark.parametrize("month,iranian,expected", [
    ("حمل", "فروردین", datetime(2026, 4, 4, tzinfo=UTC)),
    ("ثور", "اردیبهشت", datetime(2026, 5, 5, tzinfo=UTC)),
    ("جوزا", "خرداد", datetime(2026, 6, 5, tzinfo=UTC)),
    ("سرطان", "تیر", datetime(2026, 7, 6, tzinfo=UTC)),
    ("اسد", "مرداد", datetime(2026, 8, 6, tzinfo=UTC)),
    ("سنبله", "شهریور", datetime(2026, 9, 6, tzinfo=UTC)),
    ("میزان", "مهر", datetime(2026, 10, 7, tzinfo=UTC)),
    ("عقرب", "آبان", datetime(2026, 11, 6, tzinfo=UTC)),
    ("قوس", "آذر", datetime(2026, 12, 6, tzinfo=UTC)),
    ("جدی", "دی", datetime(2027, 1, 5, tzinfo=UTC)),
    ("دلو", "بهمن", datetime(2027, 2, 4, tzinfo=UTC)),
    ("حوت", "اسفند", datetime(2027, 3, 6, tzinfo=UTC)),
])
def test_afghan_solar_hijri_month_names(month: str, iranian: str, expected: datetime) -> None:
    assert parse_datetime(f"۱۵ {month} ۱۴۰۵", now=NOW) == expected
    assert parse_datetime(f"۱۵ {month} ۱۴۰۵", now=NOW) == parse_datetime(f"۱۵ {iranian} ۱۴۰۵", now=NOW)


@pytest.mark.parametrize("raw,expected", [
    ("۱۵ جدی ۱۴۰۵", datetime(2027, 1, 5, tzinfo=UTC)),
    ("15 جدی 1405", datetime(2027, 1, 5, tzinfo=UTC)),
    ("۱۵ جدي ۱۴۰۵", datetime(2027, 1, 5, tzinfo=UTC)),  # Arabic yeh
    ("۱۵ جدی ماه ۱۴۰۵", datetime(2027, 1, 5, tzinfo=UTC)),
    ("تاریخ نشر: ۱ حمل ۱۴۰۵", datetime(2026, 3, 21, tzinfo=UTC)),  # Nowruz
    ("۳ جوزاء ۱۴۰۴", datetime(2025, 5, 24, tzinfo=UTC)),  # the Arabic spelling, with hamza
    ("۳۰ حوت ۱۴۰۳", datetime(2025, 3, 20, tzinfo=UTC)),  # 1403 is a leap year
])
def test_afghan_month_names_as_written(raw: str, expected: datetime) -> None:
    assert parse_datetime(raw, now=NOW) == expected


@pytest.mark.parametrize("raw", ["۱۵ آذر ۱۴۰۵", "۱۵ آذرماه ۱۴۰۵", "۱۵ آذر ماه ۱۴۰۵", "۱۵ آذر سال ۱۴۰۵",
                                 "۱۵ آذر ماه سال ۱۴۰۵", "۱۵ آذرماه سال ۱۴۰۵", "۱۵ قوس سال ۱۴۰۵"])
def test_a_solar_hijri_date_with_the_words_month_and_year(raw: str) -> None:
    """"ماه" (month) after the month's name and "سال" (year) before the year, as letters and notices write them."""
    assert parse_datetime(raw, now=NOW) == datetime(2026, 12, 6, tzinfo=UTC)


def test_an_afghan_closing_date_is_the_end_of_that_day() -> None:
    from pipeline.dates import parse_closing_date

    assert parse_closing_date("مهلت ارسال: ۲۰ قوس ۱۴۰۵") == datetime(2026, 12, 11, 23, 59, 59, tzinfo=UTC)
    assert parse_closing_date("آخرین مهلت ۳۱ سرطان ۱۴۰۵") == datetime(2026, 7, 22, 23, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize("raw", [
    "میزان حقوق ۲۰ میلیون",  # salary amount ("balance, level")
    "میزان حقوق: ۱۵ میلیون افغانی",
    "حقوق افراد با توجه به میزان تخصص و مهارت آن\u200cها تعیین می\u200cشود",  # real Jobinja posting text
    "بیماری سرطان",  # cancer
    "شیر یا اسد",
    "قوس و قزح",
    "شرکت حمل و نقل",  # carriage, transport
    "فقط متقاضیان جدی",  # serious
    "۱۲ اسد",  # a day and a month but no year: not read, as "۱۲ مرداد" is not (the year is the guard)
    "۱۲ مرداد",
    "۲۰ میزان",
    "سرطان ۱۴۰۵",  # no day
    "۲۰ میزان ۱۲۰۰",  # no Solar Hijri year of this era
    "۱۲ اسد ۱۴۰۵۰۰",  # a longer number, not a year
    "۳۱ حوت ۱۴۰۵",  # no 31st: the last six months have 30 days or fewer
    "۱۲ اسد سال گذشته ۱۴۰۵",  # a word between "year" and the number
])
def test_afghan_month_words_without_a_day_and_a_year_are_no_date(raw: str) -> None:
    assert parse_datetime(raw, now=NOW) is None



@pytest.mark.parametrize("raw,expected", [
    ("12/25/2026", datetime(2026, 12, 25, tzinfo=UTC)),  # the second number past 12: month/day (US)
    ("25/12/2026", datetime(2026, 12, 25, tzinfo=UTC)),  # the first past 12: day/month
    ("Closes 12/25/2026", datetime(2026, 12, 25, tzinfo=UTC)),
    ("Apply by 12/25/2026.", datetime(2026, 12, 25, tzinfo=UTC)),
    ("Deadline: 25/12/2026", datetime(2026, 12, 25, tzinfo=UTC)),
    ("Posted on 1/31/2026", datetime(2026, 1, 31, tzinfo=UTC)),
    ("12/25/2026 5:00 PM", datetime(2026, 12, 25, 17, 0, tzinfo=UTC)),
    ("Closes 12/25/2026 at 5:00 PM", datetime(2026, 12, 25, 17, 0, tzinfo=UTC)),
    ("Deadline: 25/12/2026, 14:00", datetime(2026, 12, 25, 14, 0, tzinfo=UTC)),
    ("12/25/2026 10:30 +0500", datetime(2026, 12, 25, 5, 30, tzinfo=UTC)),
    ("05/05/2026", datetime(2026, 5, 5, tzinfo=UTC)),  # the same either way
    # both numbers 12 or less: month/day (US) or day/month (most of the world) — not read
    ("05/06/2023", None),
    ("11/4/2022", None),
    ("Deadline for submissions is 11/4/2022", None),  # a real WWR posting's (US only): 4 November, not 11 April
    ("1/2/2026 10:00", None),
    ("02/30/2026", None),
    ("13/13/2026", None),
    ("12/32/2026", None),
    ("24/7/365", None),
    ("12/25/26", None),  # a two-digit year, as before
])
def test_a_slash_date_is_read_when_its_order_is_unambiguous(raw: str, expected: datetime | None) -> None:
    """"12/25/2026" can only be month/day and "25/12/2026" only day/month; "05/06/2023" is 6 May in the US and 5
    June elsewhere, and a posting says nothing of which, so it is no date (it had been read day first)."""
    assert parse_datetime(raw, now=NOW) == expected


def test_an_ambiguous_slash_date_leaves_the_rest_of_the_text_to_be_read() -> None:
    assert parse_datetime("Posted 3 days ago (11/04/2026)", now=NOW) == NOW - timedelta(days=3)
    assert parse_datetime("Posted 3 days ago (11/20/2026)", now=NOW) == datetime(2026, 11, 20, tzinfo=UTC)


def test_a_slash_closing_date_without_a_time_is_the_end_of_that_day() -> None:
    from pipeline.dates import parse_closing_date

    assert parse_closing_date("Closes 12/25/2026") == datetime(2026, 12, 25, 23, 59, 59, tzinfo=UTC)
    assert parse_closing_date("Closes 12/25/2026 at 5:00 PM") == datetime(2026, 12, 25, 17, 0, tzinfo=UTC)
    assert parse_closing_date("11/4/2022") is None


def test_dotted_and_dashed_dates_stay_day_first() -> None:
    """Only the slash is written both ways by the sources' languages; "05.06.2023" is Russian, Uzbek, German."""
    assert parse_datetime("05.06.2023") == datetime(2023, 6, 5, tzinfo=UTC)
    assert parse_datetime("05-06-2023") == datetime(2023, 6, 5, tzinfo=UTC)
