"""The filters of an address as the site reads them (``web.params``): ``since`` as Persian readers write a date,
and a refused value explained on the 400 page in the reader's language (the JSON API's refusals stay English)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from lxml import html

from web.params import BadParameter, parse_since


def _utc(*day: int) -> datetime:
    return datetime(*day, tzinfo=timezone.utc)


@pytest.mark.parametrize("value,day", [
    ("2026-11-25", _utc(2026, 11, 25)),
    ("2026/11/25", _utc(2026, 11, 25)),  # "/" as well as "-"
    ("۲۰۲۶-۱۱-۲۵", _utc(2026, 11, 25)),  # Persian digits, as in a span ("۷d")
    ("٢٠٢٦/١١/٢٥", _utc(2026, 11, 25)),  # Arabic-Indic ones
    ("1405-09-04", _utc(2026, 11, 25)),  # a year 1300-1499 is Solar Hijri: it had been read as 1405 AD
    ("۱۴۰۵/۰۹/۰۴", _utc(2026, 11, 25)),  # as the Persian pages print a date
    ("1405/9/4", _utc(2026, 11, 25)),
    ("1403/12/30", _utc(2025, 3, 20)),  # the 30th of Esfand in a leap year
    ("1300-01-01", _utc(1921, 3, 21)),  # the window's edges
    ("1499-12-29", _utc(2121, 3, 20)),
    ("1299-12-31", _utc(1299, 12, 31)),  # and just past them, Gregorian
    ("1500-01-01", _utc(1500, 1, 1)),
    ("1405-09-04T10:00+03:30", _utc(2026, 11, 25, 6, 30)),  # a Solar Hijri day with a time, as an ISO one
    ("2026-11-25T10:00:00Z", _utc(2026, 11, 25, 10)),
])
def test_since_reads_iso_and_solar_hijri_dates_in_any_digits(value: str, day: datetime) -> None:
    assert parse_since(value) == day


@pytest.mark.parametrize("value", [
    "1405/12/30",  # Esfand has 30 days only in a leap year: not read as 30 December 1405 AD instead
    "1405/07/31",  # the seventh month on have 30
    "1405-09/04",  # one separator, not two
    "2026-13-01", "2026/02/30", "tomorrow", "0001-01-01T00:00+05:00",
])
def test_since_refuses_a_day_no_calendar_has(value: str) -> None:
    with pytest.raises(BadParameter) as refused:
        parse_since(value)
    assert refused.value.name == "since"


def test_a_span_in_persian_digits_still_counts_back_from_now() -> None:
    back = datetime.now(timezone.utc) - parse_since("۷d")  # type: ignore[operator]
    assert 7 * 86400 - 5 < back.total_seconds() < 7 * 86400 + 5


def test_the_cli_reads_since_as_the_site_does() -> None:
    """``vagigs feed --since ۱۴۰۵/۰۹/۰۴`` had been refused ("Invalid value for --since")."""
    from cli import _parse_since

    assert _parse_since("۱۴۰۵/۰۹/۰۴") == _parse_since("۲۰۲۶-۱۱-۲۵") == _utc(2026, 11, 25)


def test_a_solar_hijri_since_filters_as_its_gregorian_day(client) -> None:  # type: ignore[no-untyped-def]
    """``since=1405-09-01`` had listed the whole feed (since 1405 AD), ``since=۱۴۰۵/۰۹/۰۱`` was refused."""
    import jdatetime

    def ids(since: str) -> list[int]:
        answer = client.get(f"/api/postings?limit=200&since={since}")
        assert answer.status_code == 200, since
        return [p["id"] for p in answer.get_json()["postings"]]

    days = sorted({p["posted_at"][:10] for p in client.get("/api/postings?limit=200").get_json()["postings"]})
    day = days[len(days) // 2]  # a day some postings are older than
    jalali = jdatetime.date.fromgregorian(date=datetime.fromisoformat(day).date())
    persian = jalali.strftime("%Y/%m/%d").translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    since_day = ids(day)
    assert 0 < len(since_day) < len(ids(""))
    assert ids(jalali.strftime("%Y-%m-%d")) == ids(persian) == ids(day.replace("-", "/")) == since_day


def _reason(client, query: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(the parameter named, what it takes) on the 400 page of ``/?query``."""
    answer = client.get(f"/?{query}")
    assert answer.status_code == 400, query
    line = html.fromstring(answer.data).cssselect("p.parameter")[0]
    name = line.cssselect("code")[0]
    assert name.get("dir") == "ltr" and line.get("lang") is None  # the reason is in the page's language
    return name.text, line.text_content().removeprefix(f"{name.text}: ")


@pytest.mark.parametrize("query,parameter,fa,uz", [
    ("page=0", "page", "عدد صحیحی از ۱ تا ۱۰۰۰۰۰", "1 dan 100000 gacha butun son"),
    ("open_to=ZZ", "open_to", "کد دوحرفی کشور، مانند UZ یا IR", "UZ yoki IR kabi ikki harfli mamlakat kodi"),
    ("lang=فارسی", "lang", "کد زبانی مانند uz، fa، en یا ru", "uz, fa, en, ru kabi til kodi"),
    ("scams=2", "scams", "1 (بله) یا 0 (خیر)", "1 (ha) yoki 0 (yo'q)"),
    ("q=" + "x" * 201, "q", "حداکثر ۲۰۰ نویسه", "ko'pi bilan 200 belgi"),
    ("q=a%01b", "q", "بدون نویسه‌های کنترلی", "boshqaruv belgilarisiz"),
    ("since=7d&since=30d", "since", "باید فقط یک بار در نشانی بیاید", "manzilda faqat bir marta berilishi kerak"),
])
def test_the_400_page_says_what_a_filter_takes_in_the_readers_language(client, query: str, parameter: str,  # type: ignore[no-untyped-def]
                                                                       fa: str, uz: str) -> None:
    """It had said it in English ("page: a whole number from 1 to 100000") under a Persian or Uzbek heading."""
    assert _reason(client, f"ui=fa&{query}") == (parameter, fa)
    assert _reason(client, f"ui=uz&{query}") == (parameter, uz)


def test_a_refused_since_is_explained_with_the_dates_a_reader_writes(client) -> None:  # type: ignore[no-untyped-def]
    _, fa = _reason(client, "ui=fa&since=abc")
    assert "شمسی" in fa and "۱۴۰۵/۰۹/۰۴" in fa and "7d" in fa and "span" not in fa
    _, uz = _reason(client, "ui=uz&since=abc")
    assert "hijriy-shamsiy" in uz and "1405/09/04" in uz and "span" not in uz


def test_a_refused_task_or_source_is_answered_with_the_names_the_form_shows(client) -> None:  # type: ignore[no-untyped-def]
    """Not the taxonomy's ids ("email_management"), which the reader never sees."""
    _, fa = _reason(client, "ui=fa&tag=foo")
    assert fa.startswith("یکی از این وظایف: ") and "مدیریت ایمیل" in fa and "email_management" not in fa
    _, uz = _reason(client, "ui=uz&tag=foo")
    assert "Ma'lumot kiritish" in uz and "data_entry" not in uz
    _, en = _reason(client, "ui=en&tag=foo")
    assert en.startswith("one of the tasks: Email management, ")
    _, fa = _reason(client, "ui=fa&source=nope")
    assert "کانال‌های تلگرام" in fa and "Remote OK" in fa and "remoteok" not in fa


def test_the_json_api_still_refuses_in_english(client) -> None:  # type: ignore[no-untyped-def]
    """Its messages are for developers and its contract; the page's reader gets their language."""
    answer = client.get("/api/postings?ui=fa&tag=foo").get_json()
    assert answer["parameter"] == "tag" and answer["message"].startswith("tag: one of email_management, ")
    assert client.get("/api/postings?ui=uz&since=abc").get_json()["message"].startswith("since: a span like 7d")
