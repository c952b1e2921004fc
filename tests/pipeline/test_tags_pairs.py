"""Duties said with words between the verb and its object: the taxonomy's pairs ("A ... B", "A <> B") and Persian
light verbs ("+"), read within one clause, not where negated, nor of what a company does."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text
from pipeline.tags.matcher import Matcher, default_matcher
from pipeline.tags.matcher.phrases import GAP_WORDS


def _strong(text: str, matcher: Matcher | None = None) -> set[str]:
    """The tags a description's strong (not hint, not boilerplate) hits name."""
    m = matcher or default_matcher()
    return {h.tag for h in m.match(text, in_title=False) if h.weight >= 1.0 and not h.boiler}


SAID_APART = [
    # Persian: the object, «را/رو» or not, words, then the noun of action and its light verb
    ("بلیط هواپیما و هتل رو برای مدیر رزرو کنی", "travel_booking"),
    ("ایمیل‌های مشتریان را پاسخ دهید", "email_management"),
    ("جلسات مدیرعامل را هماهنگ کنید", "calendar_scheduling"),
    ("جلسات هفتگی مدیرعامل هماهنگ می کنید", "calendar_scheduling"),  # "می کنید" typed with a space
    ("فاکتورها و اسناد مالی شرکت را ثبت کنید", "bookkeeping"),
    ("تماس‌های ورودی مشتریان را پاسخ دهید", "phone_answering"),
    ("سفارشات فروشگاه را پیگیری کنید", "ecommerce_support"),
    # Russian: the verb and its object apart, in either order
    ("вести переписку с клиентами по email", "email_management"),
    ("заказы от клиентов обрабатывать", "ecommerce_support"),
    ("билеты и гостиницы для руководителя бронировать", "travel_booking"),
    ("организовывать деловые встречи руководителя", "calendar_scheduling"),
    ("входящие вызовы принимать", "phone_answering"),
]


@pytest.mark.parametrize("text,tag_", SAID_APART, ids=[t for t, _ in SAID_APART])
def test_a_duty_said_with_words_between_is_read(text: str, tag_: str) -> None:
    assert tag_ in _strong(text), default_matcher().match(text, in_title=False)


NOT_A_DUTY = [
    # negated, before the pair or between its parts
    ("نیازی نیست ایمیل‌ها را پاسخ دهید", "email_management"),
    ("نیازی به پاسخگویی تلفنی نیست", "phone_answering"),
    ("جلسات مدیرعامل را هماهنگ نکنید", "calendar_scheduling"),  # a negated light verb is none
    ("не нужно обрабатывать заказы", "ecommerce_support"),
    ("заказы клиентов не обрабатывать", "ecommerce_support"),
    ("не нужно принимать звонки", "phone_answering"),
    # what the company does, not what the job asks: a third person's verb
    ("شرکت ما هتل های شمال را برای مسافران رزرو می‌کند", "travel_booking"),
    ("شرکت ما هتل های شمال را برای مسافران رزرو می کند", "travel_booking"),
    ("Наша компания обрабатывает заказы клиентов со всей страны", "ecommerce_support"),
    ("Мы бронируем билеты и гостиницы для туристов", "travel_booking"),
    # another clause or sentence
    ("ایمیل خود را در فرم بنویسید. سپس به سوالات مصاحبه پاسخ دهید", "email_management"),
    ("заказы, которые приходят с сайта, обрабатывать", "ecommerce_support"),
    ("Все данные под NDA. Вносить предложения по улучшению процессов", "data_entry"),
    # an e-mail duty needs its channel: a chat manager's correspondence is no mail
    ("вести переписку с клиентами в чате Авито", "email_management"),
    # too far apart: more than GAP_WORDS words between
    ("заказы от постоянных клиентов из всех регионов страны обрабатывать", "ecommerce_support"),
]


@pytest.mark.parametrize("text,tag_", NOT_A_DUTY, ids=[t for t, _ in NOT_A_DUTY])
def test_a_pair_not_said_as_a_duty_is_not_read(text: str, tag_: str) -> None:
    assert tag_ not in _strong(text), default_matcher().match(text, in_title=False)


def test_pair_forms_and_reach() -> None:
    taxonomy = {"version": "t", "light_verbs": {"fa": ["کنید"]},
                "tags": {"x": {"phrases": {"ru": ["принимать <> заказ*"], "fa": ["جلسات ... هماهنگ +"]}}}}
    m = Matcher(taxonomy)
    assert _strong("принимать заказы", m) == _strong("заказы принимать", m) == {"x"}
    assert _strong("заказы " + "и " * GAP_WORDS + "принимать", m) == {"x"}
    assert not _strong("заказы " + "и " * (GAP_WORDS + 1) + "принимать", m)
    assert _strong("جلسات را هماهنگ کنید", m) == {"x"}
    assert not _strong("جلسات را هماهنگ", m)  # no light verb
    assert not _strong("هماهنگ کنید جلسات را", m)  # "..." keeps its order
    hit, = default_matcher().match("Задачи: заказы от клиентов обрабатывать.", in_title=False)[:1]
    assert hit.evidence == "zakazi ot kliyentov obrabativat"


def test_a_posting_saying_its_duties_verb_final_is_tagged() -> None:
    r = tag_text("دستیار مجازی دورکار", "وظایف:\nجلسات مدیرعامل را هماهنگ کنید\nبلیط و هتل سفرهای کاری را رزرو کنید")
    assert r.va_relevant and {"calendar_scheduling", "travel_booking"} <= set(r.tags), (r.tags, r.evidence)
    r = tag_text("Помощник руководителя", "Обязанности: встречи и звонки руководителя организовывать, "
                 "билеты и гостиницы для командировок бронировать.")
    assert {"calendar_scheduling", "travel_booking"} <= set(r.tags), (r.tags, r.evidence)
