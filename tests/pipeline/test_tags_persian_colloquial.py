"""Short Persian posts as Divar, Sheypoor, Telegram channels and Instagram stories write them: duties said in their
spoken forms («جواب دادن به دایرکتا», «ثبت سفارشا تو اکسل», «اطلاعاتشون», «نوبت دادن به مشتریا»), the ZWNJ typed,
spaced or left out, and the Arabic plural in «ـات» («صورتجلسات»); each beside the same words in another's work
(``tests/data/tags_written_af``)."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text


def _body(title: str, description: str) -> dict[str, float]:
    return phrase_scores(title, description)[1]


@pytest.mark.parametrize("description,tag_", [
    # answering DMs and comments, as written and as said, the joins typed every way
    ("جواب دادن به دایرکت‌ها و کامنت‌ها", "social_media"),
    ("جواب دادن به دایرکت ها و کامنت ها", "social_media"),
    ("جواب دادن به دایرکتها و کامنتها", "social_media"),
    ("جواب دادن به دایرکتا و کامنتا", "social_media"),
    ("جواب دایرکت و کامنت", "social_media"),
    # customers' DMs are customers helped
    ("جواب دادن تلفن و دایرکت مشتریا", "customer_support"),
    ("پاسخگویی به دایرکت‌های مشتریان", "customer_support"),
    # an appointment given, a time arranged
    ("نوبت دادن به مشتریا و ثبت تو دفتر نوبت", "calendar_scheduling"),
    ("هماهنگی وقت تعیین سطح با زبان آموزان", "calendar_scheduling"),
    # the spoken plural «ـا», the spoken possessive «ـشون», «تو»/«توی» for «در»
    ("ثبت سفارشا تو اکسل", "data_entry"),
    ("ثبت سفارش‌ها توی اکسل", "data_entry"),
    ("ثبت سفارشا تو اكسل", "data_entry"),  # Arabic ك
    ("وارد کردن اطلاعاتشون تو سیستم آموزشگاه", "data_entry"),
    # the Arabic plural in «ـات» of a noun in «ـه»
    ("تنظیم صورتجلسات هفتگی پروژه‌ها", "transcription"),
    ("تنظیم صورتجلسات هفتگی پروژه ها", "transcription"),
])
def test_a_duty_said_in_short_persian_is_read(description: str, tag_: str) -> None:
    assert _body("همکار", description).get(tag_, 0.0) >= 1.0, _body("همکار", description)


@pytest.mark.parametrize("description,tag_", [
    # the poster's own work, in the first person
    ("جواب دادن به دایرکتا و کامنتا با خودمه", "social_media"),
    # another's work: a colleague, the engineers
    ("جواب دادن به دایرکت‌ها و ثبت سفارش‌ها با همکاران فروشگاه است", "social_media"),
    ("جواب دادن به دایرکت‌ها و ثبت سفارش‌ها با همکاران فروشگاه است", "data_entry"),
    ("تنظیم صورتجلسات با مهندسین پروژه است", "transcription"),
    ("تنظیم صورتجلسات با مهندسان پروژه است", "transcription"),
])
def test_the_same_words_in_anothers_work_are_no_duty(description: str, tag_: str) -> None:
    assert _body("همکار", description).get(tag_, 0.0) < 1.0, _body("همکار", description)


@pytest.mark.parametrize("description", ["کارا و منظم", "کارای تیم با مدیر است", "توی دفتر کار می‌کنید"])
def test_a_spoken_ending_makes_no_task_of_an_ordinary_word(description: str) -> None:
    assert not {t for t, v in _body("همکار", description).items() if v >= 1.0}


def test_a_shop_pages_admin_said_in_spoken_persian_gets_its_duties() -> None:
    r = tag_text("ادمین پیج اینستاگرام سالن زیبایی",
                 "🔸 پست و استوری گذاشتن از نمونه کارها\n🔸 جواب دایرکت و کامنت\n🔸 نوبت دادن به مشتریا")
    assert r.va_relevant and {"social_media", "calendar_scheduling"} <= set(r.tags), r.tags


def test_a_photographer_whose_bookings_are_the_secretarys_stays_no_va_work() -> None:
    r = tag_text("عکاس کودک و نوزاد", "نوبت دادن به مشتریا و جواب تلفن با منشی آتلیه‌ست. عکاسی با شماست.")
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)
