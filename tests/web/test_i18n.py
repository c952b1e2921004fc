"""Names of languages, and of the places a posting is open to, in the interface's language."""
from __future__ import annotations

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
    ("uz", 5000000, None, "UZS", "month", "kamida 5,000,000 UZS oyiga"),
    ("uz", None, 700, "USD", None, "ko'pi bilan 700 USD"),
    ("fa", 200000000, None, "IRR", "month", "از 200,000,000 IRR، ماهانه"),
    ("fa", None, 700, "USD", "project", "تا 700 USD، پروژه‌ای"),
    ("en", 10, None, "<b>", "fortnight", "from 10 &lt;b&gt; per fortnight"),  # escaped; an unknown period as is
])
def test_parsed_pay_reads_as_a_reader_says_it(ui, low, high, currency, period, text) -> None:  # type: ignore[no-untyped-def]
    from lxml import html

    from web.i18n import format_pay

    markup = format_pay(ui, low, high, currency, period)
    assert html.fragment_fromstring(str(markup), create_parent="p").text_content() == html.fromstring(
        f"<p>{text}</p>").text_content()
    assert markup.count('<bdi dir="ltr">') == 1 and "<b>" not in markup
    amounts = html.fragment_fromstring(str(markup), create_parent="p").cssselect("span.amount")
    assert len(amounts) == (2 if low and high and low != high else 1)  # each on one line


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
        "Masofaviy (butun dunyo, Amerika Qo‘shma Shtatlari, Kanada bundan mustasno)")
    assert remote_text("fa", "remote", allowed_regions("همه کشورها به جز ایران")) == "دورکاری (همه کشورها به‌جز ایران)"
    assert regions_text("en", allowed_regions("Europe, excluding UK")) == "Europe except United Kingdom"
