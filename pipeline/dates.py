"""Dates as sources write them → aware UTC datetimes.

Handled, in this order (the first that matches wins):

* epoch seconds or milliseconds (Remote OK ``epoch``);
* ISO 8601 with or without a zone, ``+0300`` without a colon (hh), a space for ``T``;
* RFC 822 (RSS ``pubDate``);
* Jalali (Solar Hijri) dates, numeric ("۱۴۰۳/۰۵/۱۲") or with Iranian or Afghan (Dari) month names
  ("۱۲ مرداد ۱۴۰۳", "۱۵ جدی ۱۴۰۵"), Persian, Arabic-Indic or ASCII digits — a month name only between a day and
  a year;
* numeric dates that start with the year ("2026/12/04", "2026.12.4", "2026-4-5 10:30"): year, month, day,
  as everyone who writes the year first writes them;
* slash dates that end with the year, in words or not ("Closes 12/25/2026 at 5:00 PM", "Deadline: 25/12/2026"), when
  only one order makes a date: month/day as the US writes them when the second number is past 12, day/month when
  the first is. "05/06/2023" is 6 May in the US and 5 June nearly everywhere else, and nothing in a posting says
  which: such a date is no date (``_slash_date``), where it had been read day first;
* Russian and Uzbek prose dates ("Вакансия опубликована 25 мая 2023 в Ташкенте",
  "25-may 2023", "4 дек. 2026", and Uzbek's year-first "2026-yil 4-dekabr");
* relative phrases in English, Russian, Persian and Uzbek (Latin and Cyrillic):
  "2 hours ago", "3 дня назад", "2 дн. назад", "5 ч назад", "۳ روز پیش", "2 kun oldin", "вчера", "دیروز",
  "kecha", "today", and a board's shorthand as the whole field ("5d", "2h", "1mo", "3w ago") — counted back
  from the fetch time ``now``;
* anything else with a four-digit year that ``dateutil`` reads ("May 25, 2023").

Conventions (documented because they are choices):

* a date-time without a zone is UTC (Remotive and Jobicy publish UTC without saying so);
* a Jalali date-time with a clock time and no zone is Iran time (Asia/Tehran);
* a date with no time of day is midnight UTC *of that calendar day*, so the day a
  source printed is the day stored, whatever the source's own time zone;
* "yesterday", "3 days ago" keep the fetch time's clock time (the source does not
  say more); a clock time after a day word ("вчера в 14:30", "сегодня в 9:05", "kecha soat 14:30",
  "bugun 14:30", "yesterday at 3:15 PM") is that time of that day, in UTC as any time without a zone (Iran time
  after a Persian day word, as a Jalali one), the day counted back in that zone from the fetch time;
* to the whole second: a fraction of a second ("…14:03:22.119-05:00", epoch milliseconds) is dropped;
* unparseable gives ``None`` and the caller keeps the raw text (``posted_at_raw``).

A closing date (``parse_closing_date``: RSS ``expires_at``, schema.org ``validThrough``, JobVision
``expireTime``) is read the same way, with one difference: a date with no time of day is the *end* of that
day (23:59:59 UTC), since a gig that "closes on 19 December" is still open on the 19th.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import jdatetime
from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta

from pipeline.textnorm import digits_to_ascii, persian_letters, strip_invisible, unify_apostrophes

UTC = timezone.utc
try:
    TEHRAN = ZoneInfo("Asia/Tehran")
except Exception:  # noqa: BLE001 - no tz database: Iran has kept +03:30 since 2022
    TEHRAN = timezone(timedelta(hours=3, minutes=30))  # type: ignore[assignment]

# ------------------------------------------------------------------ month names

_JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
    # Afghanistan's names of the same months (the zodiac's). Several are everyday words as well ("میزان" level,
    # "سرطان" cancer, "اسد" lion, "قوس" arc, "حمل" carriage, "جدی" serious), which is why a name is read only between
    # a day and a Solar Hijri year (``_JALALI_WORDS``), never alone or with a day only ("۱۲ اسد", as "۱۲ مرداد").
    "حمل": 1, "ثور": 2, "جوزا": 3, "جوزاء": 3, "سرطان": 4, "اسد": 5, "سنبله": 6,
    "میزان": 7, "عقرب": 8, "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12,
}
# Stems match nominative and genitive ("май"/"мая", "yanvar"/"yanvarda").
_GREGORIAN_MONTH_STEMS = [
    # Russian
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("мая", 5), ("май", 5),
    ("июн", 6), ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11),
    ("декабр", 12),
    # Russian abbreviations ("4 дек. 2026"); "мар" and "июн"/"июл" also begin the full names
    ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("авг", 8), ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
    # Uzbek Cyrillic
    ("сентабр", 9), ("октабр", 10), ("ноябр", 11),
    # Uzbek Latin
    ("yanvar", 1), ("fevral", 2), ("mart", 3), ("aprel", 4), ("may", 5), ("iyun", 6),
    ("iyul", 7), ("avgust", 8), ("sentabr", 9), ("sentyabr", 9), ("oktabr", 10),
    ("oktyabr", 10), ("noyabr", 11), ("dekabr", 12),
]
_MONTH_WORD = "|".join(sorted({re.escape(s) for s, _ in _GREGORIAN_MONTH_STEMS}, key=len, reverse=True))
_PROSE_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})[\s\-.]*({_MONTH_WORD})[а-яёa-z]*\.?,?\s*(\d{{4}})"
    r"(?:\s*(?:г\.|года|yil|йил)?\s*(?:в|,)?\s*(\d{1,2}):(\d{2}))?",
    re.IGNORECASE,
)
_PROSE_YEAR_FIRST = re.compile(
    rf"(?<!\d)(\d{{4}})[\s\-]*(?:yil|йил)[\s\-]*(\d{{1,2}})[\s\-]*({_MONTH_WORD})[а-яёa-z]*",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)")
_JALALI_NUMERIC = re.compile(
    r"(?<!\d)(1[34]\d\d)\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?!\d)"
    r"(?:[\sT,-]*(?:ساعت\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
# "۱۵ آذر ۱۴۰۵", with "ماه" (month) after the month's name and "سال" (year) before the year as letters write them
_JALALI_WORDS = re.compile(
    r"(?<!\d)(\d{1,2})\s*(" + "|".join(sorted(_JALALI_MONTHS, key=len, reverse=True))
    + r")\s*(?:ماه\s*)?(?:سال\s+)?(1[34]\d\d)(?!\d)"
)

# ------------------------------------------------------------------ relative phrases

_UNITS: list[tuple[str, str]] = [
    # (regex alternative, unit)
    (r"seconds?|secs?|сек(?:унд[уы]?)?|сек\.|ثانیه|soniya|сония", "seconds"),
    (r"minutes?|mins?|минут[уы]?|мин\.?|دقیقه|daqiqa|дақиқа|daqiqа", "minutes"),
    (r"hours?|hrs?|час(?:а|ов)?|ч\.?|ساعت|soat|соат", "hours"),
    (r"days?|д(?:ень|ня|ней)|дн\.?|روز|kun|кун", "days"),
    (r"weeks?|недел[юиь]|нед\.?|هفته|hafta|ҳафта|хафта", "weeks"),
    (r"months?|месяц(?:а|ев)?|мес\.?|ماه|oy|ой", "months"),
    (r"years?|год(?:а)?|лет|г\.?|سال|yil|йил", "years"),
]
_AGO = r"(?:ago|назад|پیش|قبل|oldin|avval|олдин|аввал)"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7,
    "bir": 1, "ikki": 2, "uch": 3, "to'rt": 4, "besh": 5, "бир": 1, "икки": 2, "уч": 3,
}
_NUM = r"(\d+|" + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)) + r")?"
_RELATIVE = [
    (re.compile(rf"(?<![\w']){_NUM}\+?\s*(?:{alt})(?![\w])\s*{_AGO}", re.IGNORECASE), unit)
    for alt, unit in _UNITS
]
# A job board's own shorthand, the whole field: Remote OK's and LinkedIn's "5d", "2h", "1mo", "3w ago", "1yr"
_SHORTHAND = re.compile(r"(\d+)\s*(min|m|hrs?|h|d|wk|w|mo|yrs?|y)\+?(?:\s+ago)?", re.IGNORECASE)
_SHORTHAND_UNITS = {"min": "minutes", "m": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "d": "days",
                    "w": "weeks", "wk": "weeks", "mo": "months", "y": "years", "yr": "years", "yrs": "years"}
# A clock time after a day word: "вчера в 14:30", "вчера, 14:30", "kecha soat 14:30", "bugun 9:05",
# "yesterday at 3:15 PM" (digits already ASCII)
_CLOCK = (r"(?:\s*(?:,|в|at|soat|соат|ساعت)?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?!\d)"
          r"(?:\s*(?P<half>[ap])\.?m\.?(?!\w))?)?")
_DAY_WORDS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"(?<!\w)(?:{words})(?!\w){_CLOCK}", re.I), days) for words, days in [
        (r"last week|на прошлой неделе|o'tgan hafta|ўтган ҳафта|هفته\s*(?:ی\s*)?(?:گذشته|پیش|قبل)", 7),
        (r"day before yesterday|позавчера|پریروز|kecha ?dan ?oldin|индин", 2),
        (r"yesterday|вчера|دیروز|kecha|кеча", 1),
        (r"today|just now|just posted|сегодня|только что|امروز|همین الان|لحظاتی پیش|"
         r"دقایقی پیش|bugun|hozirgina|hozir|бугун|ҳозиргина|ҳозир", 0),
    ]
]
_PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
# "12/25/2026", "25/12/2026, 14:00", "12/25/2026 at 5:00 PM": day and month in either order, a four-digit year last
_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\d/])" + _CLOCK, re.I)

_ISO_HINT = re.compile(r"^\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


def _clean(raw: str) -> str:
    text = digits_to_ascii(strip_invisible(str(raw)))
    text = persian_letters(unify_apostrophes(text))
    return re.sub(r"[\s\u00a0\u202f\u2009]+", " ", text).strip()


def _utc(dt: datetime, default_tz=UTC) -> datetime:  # type: ignore[no-untyped-def]
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=default_tz)
    return dt.astimezone(UTC)


def _midnight(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


def _epoch(value: float) -> datetime | None:
    if value > 1e11:  # milliseconds
        value /= 1000
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def parse_jalali(text: str) -> datetime | None:
    """A Solar Hijri date in ``text`` (digits already ASCII), as UTC."""
    m = _JALALI_NUMERIC.search(text)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        hh, mm, ss = m[4], m[5], m[6]
    else:
        m = _JALALI_WORDS.search(text)
        if not m:
            return None
        y, mo, d = int(m[3]), _JALALI_MONTHS[m[2]], int(m[1])
        hh = mm = ss = None
    try:
        g = jdatetime.date(y, mo, d).togregorian()
    except ValueError:
        return None
    if hh is None:
        return _midnight(g)
    try:
        local = datetime(g.year, g.month, g.day, int(hh), int(mm), int(ss or 0), tzinfo=TEHRAN)
    except ValueError:
        return _midnight(g)
    return local.astimezone(UTC)


def _year_month_day(text: str, m: re.Match[str], default_tz: timezone) -> datetime | None:
    """"2026/12/04", "2026.12.4 10:30 +05:00" (``_YEAR_FIRST`` matched ``m``): year, month, day, where ``dateutil``
    told day-first reads year, day, month; a month past 12 is no date (``dateutil`` would swap it with the day).
    A Jalali year (13xx, 14xx) never gets here: ``parse_jalali`` reads it first."""
    try:
        dt = dateparser.parse(text, yearfirst=True, dayfirst=False, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError, TypeError):
        dt = None
    if dt is None or (dt.year, dt.month, dt.day) != (int(m[1]), int(m[3]), int(m[4])):
        try:  # (words around the date that ``dateutil`` cannot read: the date alone)
            dt = datetime(int(m[1]), int(m[3]), int(m[4]))
        except ValueError:
            return None
    return _utc(dt, default_tz)


def _slash_date(text: str, m: re.Match[str], default_tz: timezone) -> datetime | None:
    """A slash date with the year last (``_SLASH_DATE`` matched ``m``) when its order is unambiguous: "12/25/2026"
    is month/day, "25/12/2026" day/month, "05/05/2026" the same either way. ``None`` for an invalid one
    ("02/30/2026", "13/13/2026") or one both orders read ("05/06/2023", "11/4/2022"): the US writes month/day, most
    of the world day/month, and a posting does not say which (the one such date in the recorded samples, "Deadline for
    submissions is 11/4/2022" in a US-only posting of 6 October 2022, is 4 November; day first it was 11 April).
    The clock time and zone as ``dateutil`` reads the whole text, or, where words around the date stop it, the clock
    time written right after the date (``_CLOCK``)."""
    first, second, year = int(m[1]), int(m[2]), int(m[3])
    if first <= 12 and second <= 12 and first != second:
        return None
    day_first = first > 12
    month, day = (second, first) if day_first else (first, second)
    try:
        dt = dateparser.parse(text, dayfirst=day_first, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError, TypeError):
        dt = None
    if dt is None or (dt.year, dt.month, dt.day) != (year, month, day):
        try:
            dt = datetime.combine(date(year, month, day), _clock(m) or time(0))
        except ValueError:
            return None
    return _utc(dt, default_tz)


def _month(word: str) -> int:
    word = word.lower()
    return next(n for stem, n in _GREGORIAN_MONTH_STEMS if word.startswith(stem) or stem.startswith(word))


def parse_prose(text: str) -> datetime | None:
    """"25 мая 2023", "Вакансия опубликована 25 мая 2023 в Ташкенте", "25-may 2023", "4 дек. 2026",
    "2026-yil 4-dekabr"."""
    m = _PROSE_DATE.search(text)
    if not m:
        y = _PROSE_YEAR_FIRST.search(text)
        if not y:
            return None
        try:
            return _midnight(date(int(y[1]), _month(y[3]), int(y[2])))
        except ValueError:
            return None
    month = _month(m[2])
    try:
        if m[4] is not None:
            return datetime(int(m[3]), month, int(m[1]), int(m[4]), int(m[5]), tzinfo=UTC)
        return _midnight(date(int(m[3]), month, int(m[1])))
    except ValueError:
        return None


def parse_relative(text: str, now: datetime, zone: tzinfo = UTC) -> datetime | None:
    """"3 дня назад", "2 дн. назад", "۳ روз پیش", "2 kun oldin", "an hour ago", "вчера", "today", and a board's
    shorthand as the whole text: "5d", "2h", "1mo", "3w ago". To the second: a fetch's microseconds say nothing of
    when a posting was published, and a time written with them and beside ones without ("…10:36:10.386972+00:00")
    is one an export's reader (pandas) cannot parse as one column. A day word with a clock time ("вчера в 14:30",
    "kecha soat 14:30") is that time of that day (``_on_day``), read in ``zone``."""
    now = now.replace(microsecond=0)
    short = _SHORTHAND.fullmatch(text.strip())
    if short:
        return _back(now, int(short[1]), _SHORTHAND_UNITS[short[2].lower()])
    for rx, unit in _RELATIVE:
        m = rx.search(text)
        if m:
            word = (m[1] or "1").lower()
            return _back(now, int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1), unit)
    for rx, days in _DAY_WORDS:
        m = rx.search(text)
        if m:
            return _on_day(m, now, days, zone) or now - timedelta(days=days)
    return None


def _on_day(m: re.Match[str], now: datetime, days: int, zone: tzinfo) -> datetime | None:
    """The clock time ``_CLOCK`` read after a day word (``m``) on the day ``days`` before ``now``'s, as UTC: in
    ``zone`` (UTC, as any time written without a zone), or Iran time after a Persian word (as a Jalali clock time,
    ``parse_jalali``), the day counted in that zone. ``None`` without a clock time, or with one no clock shows
    ("25:99", "13:00 PM")."""
    clock = _clock(m)
    if clock is None:
        return None
    if _PERSIAN_LETTER.search(m[0]):
        zone = TEHRAN
    day = now.astimezone(zone).date() - timedelta(days=days)
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def _clock(m: re.Match[str]) -> time | None:
    """The clock time ``_CLOCK`` read in ``m``; ``None`` without one, or with one no clock shows ("25:99",
    "13:00 PM")."""
    if m["hour"] is None:
        return None
    hour, minute, second = int(m["hour"]), int(m["minute"]), int(m["second"] or 0)
    if m["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["half"].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _back(now: datetime, n: int, unit: str) -> datetime:
    if unit in ("months", "years"):
        return now - relativedelta(**{unit: n})
    return now - timedelta(**{unit: n})


MAX_DATE_CHARS = 200  # no date is longer; a hostile raw field of thousands of characters would cost every regex


def parse_datetime(raw: str | int | float | None, *, now: datetime | None = None,
                   default_tz: timezone = UTC) -> datetime | None:
    """Any source's date → aware UTC, or ``None`` (see the module docstring) — also for a date that cannot be a
    datetime at all ("999999999 days ago", an offset of +25:00, a year past 9999 in UTC), never an exception.

    To the whole second, whatever the source wrote: Working Nomads' "2026-11-20T14:03:22.119-05:00" had been stored
    and exported as "…19:03:22.119000+00:00" beside every other source's whole seconds, a column an export's reader
    (pandas) cannot parse as one; no source's fraction of a second says anything of when a gig was posted."""
    try:
        when = _parse_datetime(raw, now=now, default_tz=default_tz)
    except (ValueError, OverflowError):
        return None
    return when.replace(microsecond=0) if when is not None else None


def _parse_datetime(raw: str | int | float | None, *, now: datetime | None,
                    default_tz: timezone) -> datetime | None:
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, datetime):
        return _utc(raw, default_tz)
    if isinstance(raw, (int, float)):
        return _epoch(float(raw))
    text = _clean(raw[:MAX_DATE_CHARS] if isinstance(raw, str) else raw)
    if not text:
        return None
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        return _epoch(float(text))
    if _ISO_HINT.match(text) and not text.startswith(("13", "14")):
        try:
            return _utc(datetime.fromisoformat(text.replace("Z", "+00:00")), default_tz)
        except ValueError:
            pass
    if re.match(r"^(\w{3},\s*)?\d{1,2} \w{3} \d{4} \d", text):
        try:
            return _utc(parsedate_to_datetime(text), default_tz)
        except (TypeError, ValueError, IndexError):
            pass
    jalali = parse_jalali(text)
    if jalali is not None:
        return jalali
    year_first = _YEAR_FIRST.search(text)
    if year_first:  # (a month past 12 is no date, not a year, day and month)
        return _year_month_day(text, year_first, default_tz)
    slash = _SLASH_DATE.search(text)
    if slash:
        read = _slash_date(text, slash, default_tz)
        if read is not None:
            return read
    prose = parse_prose(text)
    if prose is not None:
        return prose
    relative = parse_relative(text, _utc(now) if now else datetime.now(UTC), default_tz)
    if relative is not None:
        return relative
    if _YEAR.search(text) and not slash:  # (an ambiguous slash date is none, not a day-first one)
        try:
            # day first, as Uzbek, Russian and Persian sites write "05.06.2023"; a missing day is the 1st,
            # not today's (the result would change with the clock)
            # (only texts with a year get here, so the default supplies just a missing month or day)
            dt = dateparser.parse(text, dayfirst=True, default=datetime(2000, 1, 1))
        except (ValueError, OverflowError, TypeError):
            return None
        return _utc(dt, default_tz) if dt else None
    return None


_TIME_OF_DAY = re.compile(r"\d:\d")
_EPOCH_TEXT = re.compile(r"\d{9,13}(\.\d+)?")


def parse_closing_date(raw: str | int | float | datetime | None, *, now: datetime | None = None) -> datetime | None:
    """When a posting closes, as aware UTC, or ``None``: ``parse_datetime``, but a date written without a time
    of day ("2026-12-19", "۱۴۰۵/۰۹/۲۸", "19 December 2026") is the last second of that day, not its first."""
    when = parse_datetime(raw, now=now)
    if when is None or not isinstance(raw, str):
        return when
    text = _clean(raw[:MAX_DATE_CHARS])
    if when.time() == time(0) and not _TIME_OF_DAY.search(text) and not _EPOCH_TEXT.fullmatch(text):
        return when.replace(hour=23, minute=59, second=59)
    return when
