"""Names of languages, and of the places a posting is open to, in the interface's language."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipeline.remote import allowed_regions
from web import i18n
from web.i18n import language_name


@pytest.mark.parametrize("ui,code,name", [
    ("en", "uz", "Uzbek"), ("uz", "fa", "Forscha"), ("fa", "ru", "روسی"),  # the catalogue's own names
    ("en", "pt", "Portuguese"), ("uz", "pt", "Portugalcha"), ("fa", "pt", "پرتغالی"),  # CLDR's, capitalised
    ("en", "kk", "Kazakh"), ("en", "zh-cn", "Chinese"),  # langdetect's regional codes by their language
    ("en", None, "unknown"), ("fa", None, "نامشخص"),
    ("en", "xx", "xx"),  # a code no one names stays a code
    ("de", "pt", "Portuguese"),  # an interface language the app does not offer falls back to English
])
def test_language_names(ui: str, code: str | None, name: str) -> None:
    assert language_name(ui, code) == name


@pytest.mark.parametrize("ui,low,high,currency,period,text", [
    ("en", 90000, 100000, "USD", "year", "90,000–100,000 USD per year"),
    ("en", 500, 500, "USD", "month", "500 USD per month"),  # one amount
    ("en", 200000000, None, "IRR", None, "from 200,000,000 IRR"),  # "از ۲۰,۰۰۰,۰۰۰ تومان": at least that
    ("en", None, 700, "USD", "hour", "up to 700 USD per hour"),
    ("uz", 5000000, None, "UZS", "month", "kamida 5\u00a0000\u00a0000 so'm oyiga"),  # CLDR's groups; so'm as Uzbeks say it
    ("uz", None, 700, "USD", None, "ko'pi bilan 700 USD"),
    ("fa", 200000000, None, "IRR", "month", "از ۲۰,۰۰۰,۰۰۰ تومان، ماهانه"),  # rials as toman, Persian digits
    ("fa", None, 700, "USD", "project", "تا ۷۰۰ دلار آمریکا، پروژه‌ای"),  # a currency word after the amount, as تومان
    ("en", 12.5, None, "USD", "hour", "from 12.5 USD per hour"),  # not "12": cents are pay too
    ("uz", 12.5, None, "USD", "hour", "kamida 12,5 USD soatiga"),
    ("en", 10, None, "<b>", "fortnight", "from 10 &lt;b&gt; per fortnight"),  # escaped; an unknown period as is
])
def test_parsed_pay_reads_as_a_reader_says_it(ui, low, high, currency, period, text) -> None:  # type: ignore[no-untyped-def]
    from lxml import html

    from web.i18n import format_pay

    markup = format_pay(ui, low, high, currency, period)
    assert html.fragment_fromstring(str(markup), create_parent="p").text_content() == html.fromstring(
        f"<p>{text}</p>").text_content()
    assert "<b>" not in markup
    amounts = html.fragment_fromstring(str(markup), create_parent="p").cssselect(".amount")
    assert len(amounts) == (2 if low and high and low != high else 1)  # each on one line
    if ui == "fa":  # the figures right to left, each amount's digits left to right
        assert markup.count('<bdi dir="rtl">') == 1 and all(a.get("dir") == "ltr" for a in amounts)
    else:
        assert markup.count('<bdi dir="ltr">') == 1 and markup.count("<bdi") == 1


def test_a_persian_range_is_laid_out_right_to_left_from_its_low_end() -> None:
    """"۲۰,۰۰۰,۰۰۰–۲۵,۰۰۰,۰۰۰" inside one left-to-right isolate put ۲۵,۰۰۰,۰۰۰ on the right, where a Persian reader
    starts, opposite to the posting's own "۲۰ - ۲۵ میلیون تومان": the range is a right-to-left run of left-to-right
    amounts (what a browser makes of it: tests/web/test_browser.py)."""
    from lxml import html

    from web.i18n import format_pay

    outer = html.fragment_fromstring(str(format_pay("fa", 200_000_000, 250_000_000, "IRR", None)), create_parent="p")[0]
    assert (outer.tag, outer.get("dir")) == ("bdi", "rtl")
    assert [(a.tag, a.get("dir"), a.text) for a in outer] == [("span", "ltr", "۲۰,۰۰۰,۰۰۰"), ("span", "ltr", "۲۵,۰۰۰,۰۰۰")]


def test_no_pay_parsed_is_no_text() -> None:
    from web.i18n import format_pay

    assert format_pay("en", None, None, "USD", "month") is None


def test_english_says_one_in_the_singular() -> None:
    from web.i18n import MESSAGES, SINGULAR, message

    assert (message("en", "results", total=1, count=1), message("en", "results", total=2, count=2)) == ("1 gig", "2 gigs")
    assert message("en", "weeks_shown", n=1, count=1) == "The week of the newest posting"
    assert message("fa", "results", total=1, count=1) == "۱ آگهی" and message("uz", "results", total=1, count=1) == "1 ta ish"
    for ui, singular in SINGULAR.items():
        assert set(singular) <= set(MESSAGES[ui])


@pytest.mark.parametrize("weight, strength", [(70, "strong"), (60, "strong"), (59, "moderate"), (20, "moderate"),
                                              (15, "weak"), (0, "weak"), (None, "weak")])
def test_sign_strength_follows_the_weight(weight, strength) -> None:  # type: ignore[no-untyped-def]
    assert i18n.sign_strength(weight) == strength
    assert all(i18n.message(ui, f"sign_{strength}") != f"sign_{strength}" for ui in ("en", "uz", "fa"))


def test_a_range_of_zones_reads_as_its_ends() -> None:
    """A stored range ("UTC-5 to UTC+3" is each whole hour of it, so ``open_to`` can match any) is shown as its ends;
    two or three zones that are no range stay as they are."""
    from web.i18n import regions_text

    assert regions_text("en", allowed_regions("Europe, UTC-5 to UTC+3, Uzbekistan")) == "Europe, UTC-5 – UTC+3, Uzbekistan"
    assert regions_text("en", ["UTC+5", "UTC+7", "UTC+3:30"]) == "UTC+5, UTC+7, UTC+3:30"
    assert regions_text("en", ["UTC+4", "UTC+5"]) == "UTC+4, UTC+5"


def test_the_places_shut_out_read_after_the_others_in_each_language() -> None:
    """"Worldwide, excluding US and Canada" is stored ``["Worldwide", "not US", "not CA"]``: a card says who may
    apply, then who may not, in the reader's words — never "not US" as if it were a place."""
    from web.i18n import regions_text, remote_text

    regions = allowed_regions("Worldwide, excluding US and Canada")
    assert regions_text("en", regions) == "worldwide except United States, Canada"
    assert remote_text("uz", "remote", regions) == (
        "Masofaviy (butun dunyo, Amerika Qo'shma Shtatlari, Kanada bundan mustasno)")
    assert remote_text("fa", "remote", allowed_regions("همه کشورها به جز ایران")) == "دورکاری (همه کشورها به‌جز ایران)"
    assert regions_text("en", allowed_regions("Europe, excluding UK")) == "Europe except United Kingdom"


@pytest.mark.parametrize("ui,regions,text", [
    ("en", ["Europe", "Central Asia"], "Europe, Central Asia"),
    ("uz", ["Europe", "Central Asia", "Latin America"], "Yevropa, Markaziy Osiyo, Lotin Amerikasi"),  # CLDR's names
    ("fa", ["Europe", "Central Asia"], "اروپا،\u200f آسیای مرکزی"),
    ("fa", ["EMEA", "Middle East"], "اروپا/خاورمیانه/آفریقا،\u200f خاورمیانه"),  # the catalogue's, where CLDR has none
    ("uz", ["Europe time zones", "US time zones"], "Yevropa vaqt mintaqalari, Amerika Qo'shma Shtatlari vaqt mintaqalari"),
    ("fa", ["UTC+5"], "UTC+5"),  # an offset is read alike everywhere
    ("fa", ["Atlantis"], "Atlantis"),  # a label from a later version of the stage, as stored
])
def test_regions_are_named_in_the_readers_language(ui: str, regions: list[str], text: str) -> None:
    assert i18n.regions_text(ui, regions) == text


def test_every_region_the_stage_stores_has_a_name_in_every_language() -> None:
    from pipeline import remote

    for region in set(remote._REGIONS.values()) - {"US"}:
        for ui in ("uz", "fa"):
            assert i18n.region_name(ui, region) != region, (ui, region)


@pytest.mark.parametrize("ui,raw,text", [
    ("en", "PART_TIME, CONTRACTOR", "Part-time, Contract"),  # schema.org's codes (JSON-LD boards)
    ("uz", "full_time", "To'liq stavka"), ("fa", "Full-Time", "تمام‌وقت"), ("fa", "contract", "قراردادی"),
    ("en", "Полная занятость", "Full-time"), ("uz", "قرارداد تمام وقت", "To'liq stavka"),  # hh's, Jobinja's
    ("fa", "پاره‌وقت", "پاره‌وقت"), ("en", "Стажировка", "Internship"),
    ("en", "قرارداد دورکاری", "Remote work"), ("uz", "قرارداد دورکاری", "Masofaviy ish"),  # Jobinja's work from home
    ("fa", "قرارداد دورکاری", "دورکاری"), ("uz", "Удалённая работа", "Masofaviy ish"),
    ("en", "Contrato: Full-time", "Full-time"),  # the one kind its words name
    ("uz", "freelance", "Frilans"), ("fa", "contract, part-time", "قراردادی،\u200f پاره‌وقت"),  # the fixtures' too
    ("en", "Full-time contract", "Full-time contract"), ("uz", "Internal", "Internal"),  # two, or none: as written
    ("en", None, ""),
])
def test_employment_kinds_are_named_in_the_readers_language(ui: str, raw: str | None, text: str) -> None:
    assert i18n.employment_text(ui, raw) == text


def test_every_employment_kind_the_sources_give_is_named_in_every_language(client, web_store: dict) -> None:  # type: ignore[no-untyped-def]
    """Each employment type stored from the shipped snapshot (every source's, in English, Russian and Persian) is
    a kind each reader's language names: Jobinja's "قرارداد دورکاری" had been shown as written to Uzbek and English
    readers ("Bandlik turi: قرارداد دورکاری")."""
    from sqlalchemy import select

    from store import db
    from store.models import Posting

    with db.sessions(web_store["url"])() as s:
        given = set(s.scalars(select(Posting.employment_type).where(Posting.employment_type.is_not(None))))
        remote = s.scalars(select(Posting.id).where(Posting.employment_type == "قرارداد دورکاری")).first()
    assert {"قرارداد دورکاری", "قرارداد تمام وقت", "Полная занятость", "PART_TIME, CONTRACTOR"} <= given
    for ui in i18n.UI_LANGUAGES:
        names = {message for key, message in i18n.MESSAGES[ui].items() if key.startswith("employment_")}
        for raw in given:
            said = i18n.employment_text(ui, raw).split(i18n.list_separator(ui))
            assert set(said) <= names, (ui, raw, said)
    from lxml import html

    page = html.fromstring(client.get(f"/postings/{remote}?ui=uz").data)
    kinds = {dt.text_content(): dt.getnext().text_content() for dt in page.cssselect("dl dt")}
    assert kinds["Bandlik turi"] == "Masofaviy ish"


UZ_APOSTROPHES = "\u02bb\u2018\u02bc\u2019"  # ʻ ‘ ʼ ’


@pytest.mark.parametrize(("name", "expected"), [
    (lambda: i18n.country_name("uz", "UZ"), "O'zbekiston"), (lambda: i18n.country_name("uz", "US"),
                                                             "Amerika Qo'shma Shtatlari"),
    (lambda: i18n.language_name("uz", "ky"), "Qirg'izcha"), (lambda: i18n.region_name("uz", "Africa"), "Afrika"),
    (lambda: i18n.country_name("en", "UZ"), "Uzbekistan"), (lambda: i18n.country_name("fa", "UZ"), "ازبکستان"),
])
def test_uzbek_names_take_the_interfaces_apostrophe(name, expected: str) -> None:  # type: ignore[no-untyped-def]
    """The Uzbek interface writes its own words with the ASCII apostrophe ("O'zbekcha", "Ma'lumot kiritish"), and
    CLDR's names had kept ʻ or ‘ ("Oʻzbekiston", "Amerika Qo‘shma Shtatlari") beside them, in one list."""
    assert name() == expected


def test_the_uzbek_interface_writes_one_apostrophe(client) -> None:  # type: ignore[no-untyped-def]
    """Every country, language and region name the Uzbek pages give, and the words of the form, the trends and the
    interface, with the apostrophe its catalogue uses most."""
    from collections import Counter

    from lxml import html

    from pipeline.language import codes
    from pipeline.remote import COUNTRY_CODES

    used = Counter(ch for text in (*i18n.MESSAGES["uz"].values(), *i18n.LANGUAGE_NAMES["uz"].values())
                   for ch in text if ch in "'" + UZ_APOSTROPHES)
    assert used.most_common(1)[0][0] == "'"
    names = [*(i18n.country_name("uz", c) for c in COUNTRY_CODES), *(i18n.language_name("uz", c) for c in codes()),
             *(i18n.region_name("uz", r) for r in i18n.M49_REGIONS)]
    assert not [n for n in names if set(n) & set(UZ_APOSTROPHES)]
    feed = html.fromstring(client.get("/?ui=uz").data)
    offered = [o.text_content() for o in feed.cssselect("select option")]
    assert "O'zbekiston" in offered and not [o for o in offered if set(o) & set(UZ_APOSTROPHES)]
    trends = html.fromstring(client.get("/trends?ui=uz&weeks=5200").data).text_content()
    assert "O'zbekiston" in trends and not set(trends) & set(UZ_APOSTROPHES)


def test_persian_names_sort_in_the_persian_alphabet() -> None:
    """Code points put پ چ ژ ک گ after every Arabic letter, and ه before و."""
    names = ["ویتنام", "پاکستان", "کانادا", "چین", "اسپانیا", "اسرائیل", "آلمان", "ژاپن", "هند", "گرجستان", "بلژیک"]
    assert sorted(names, key=lambda n: i18n.sort_key("fa", n)) == [
        "آلمان", "اسپانیا", "اسرائیل", "بلژیک", "پاکستان", "چین", "ژاپن", "کانادا", "گرجستان", "ویتنام", "هند"]


@pytest.mark.parametrize("ui,when,day", [
    ("en", "2026-11-18T21:20:00+00:00", "2026-11-18"),
    ("uz", "2026-11-18T21:20:00+00:00", "2026-11-19"),  # 02:20 in Tashkent
    ("fa", "2026-11-18T21:20:00+00:00", "۱۴۰۵/۰۸/۲۸"),  # 00:50 in Tehran
    ("fa", "2026-11-18T20:29:00", "۱۴۰۵/۰۸/۲۷"),  # a stored time without a zone is UTC: 23:59 in Tehran
    ("fa", "2022-07-28T20:08:00+00:00", "۱۴۰۱/۰۵/۰۷"),  # 00:38 on 29 July: Iran kept summer time until 2022
    ("fa", "2023-07-28T20:08:00+00:00", "۱۴۰۲/۰۵/۰۶"),  # 23:38 on 28 July: no summer time since
])
def test_a_date_is_the_day_on_the_readers_clock(ui: str, when: str, day: str) -> None:
    assert i18n.format_date(ui, when) == day


@pytest.mark.parametrize("ui", ["en", "uz", "fa"])
def test_a_date_with_no_solar_hijri_day_is_shown_as_the_iso_date_not_a_failed_page(ui: str) -> None:
    """Year 1, .NET's "no date", as a store written before ``pipeline.normalize.PAST_FLOOR`` may hold it: jdatetime
    refuses it ("year is out of range"), which had made every Persian page showing it a 500; English and Uzbek had
    shown "1-01-01"."""
    assert i18n.format_date(ui, "0001-01-01T00:00:00+00:00") == "0001-01-01"
    assert i18n.format_date(ui, datetime(1, 1, 1, tzinfo=timezone.utc), on_readers_clock=False) == "0001-01-01"


@pytest.mark.parametrize("source,url,name", [
    ("remoteok", "https://remoteok.com/remote-jobs/1", "Remote OK"),  # the registry's title
    ("jsonld", "https://www.careers.example.com/jobs/7", "careers.example.com"),  # one board of many
    ("telegram", "https://t.me/UstozShogird/4521", "Telegram @UstozShogird"),  # one channel of many
    ("telegram", "https://T.me./UstozShogird/4521", "Telegram @UstozShogird"),  # the DNS root's dot: the same host
    ("jsonld", "https://www.careers.example.com./jobs/7", "careers.example.com"),
    ("telegram", "javascript:alert(1)", "Telegram channel previews"),
    ("retired", None, "retired"),  # a source no longer registered
])
def test_a_source_is_named_as_its_readers_know_it(source: str, url: str | None, name: str) -> None:
    assert i18n.source_name(source, url) == name


def test_numbers_and_shares_are_written_as_each_reader_writes_them() -> None:
    assert [i18n.format_number(ui, 1234567.5) for ui in ("en", "uz", "fa")] == [
        "1,234,567.5", "1\u00a0234\u00a0567,5", "۱,۲۳۴,۵۶۷.۵"]
    assert [i18n.format_percent(ui, 0.125, 1) for ui in ("en", "fa")] == ["12.5%", "۱۲.۵٪"]
