import json

import pytest

from crawlers import sources
from crawlers.spiders import telegram_text
from crawlers.spiders.telegram import TelegramSpider
from pipeline.normalize import normalize
from tests.crawlers.source_helpers import make_spider, response, split, stats, store_known
from tests.helpers import FIXTURES

TG = FIXTURES / "telegram"


def _parse(name: str, url: str, database_url: str = "sqlite://", channel: str = "UstozShogird", page: int = 1):  # type: ignore[no-untyped-def]
    spider = make_spider(TelegramSpider, database_url)
    resp = response(url, (TG / name).read_bytes(), content_type="text/html; charset=utf-8",
                    meta={"channel": channel, "page": page})
    items, requests = split(list(spider.parse(resp)))
    return spider, {i.source_id: i for i in items}, requests


def test_latin_uzbek_post_is_split_into_fields() -> None:
    spider, items, requests = _parse("UstozShogird_p1.html", "https://t.me/s/UstozShogird")
    va = items["UstozShogird/51231"]
    assert va.url == "https://t.me/UstozShogird/51231"
    assert va.title == "Virtual assistent kerak"
    assert va.company == "Silk Road Digital"
    assert va.location == "Masofaviy (Toshkent)"
    assert va.salary_raw == "4 000 000 - 6 000 000 so'm"
    assert (va.remote, va.remote_scope) == (None, None)  # read from the whole post by normalize:
    read = normalize(va)
    assert (read.remote, read.remote_scope) == (True, "remote")
    assert va.posted_at_raw == "2026-11-20T06:15:41+00:00"
    message = json.loads(va.payload)["message"]
    assert message["handles"] == ["silkroad_hr"]
    assert message["hashtags"] == ["ishJoyi", "Toshkent", "masofaviy"]
    assert message["phones"] == ["+998900004567"]
    assert message["body"].startswith("🏢 Idora: Silk Road Digital")
    assert "#ishJoyi" in va.description_html and "@silkroad_hr" in va.description_html
    # the photo-only post is skipped and counted; the older page is requested with before=
    assert "UstozShogird/51230" not in items and stats(spider)["vagigs/skipped/no_text"] == 1
    assert [r.url for r in requests] == ["https://t.me/s/UstozShogird?before=51230"]


def test_cyrillic_uzbek_and_russian_posts() -> None:
    _, items, _ = _parse("UstozShogird_p1.html", "https://t.me/s/UstozShogird")
    cyr = items["UstozShogird/51233"]
    assert cyr.title == "Офис-менежер / котиба"  # the Лавозим label names the role
    assert cyr.company == "«Baraka Logistics» МЧЖ" and cyr.location == "Тошкент, Чилонзор тумани"
    assert cyr.salary_raw == "5 000 000 сўм" and normalize(cyr).remote_scope is None
    ru = items["UstozShogird/51234"]
    assert ru.title == "Требуется ассистент руководителя (удалённо)"
    assert ru.company == "IT-Park резидент «Cloudline»" and ru.salary_raw == "от 500 до 700 $"
    assert normalize(ru).remote_scope == "remote"
    message = json.loads(ru.payload)["message"]
    assert message["emails"] == ["hr@cloudline.example"] and message["handles"] == ["cloudline_jobs"]
    assert message["hashtags"] == ["вакансия", "удаленка", "ассистент"]


def test_second_channel_hybrid_and_negotiable_as_published() -> None:
    _, items, requests = _parse("UstozShogirdSohalar_p1.html", "https://t.me/s/UstozShogirdSohalar",
                                channel="UstozShogirdSohalar")
    assert requests == []  # no "more" link: the channel's first page is its last
    admin = items["UstozShogirdSohalar/8841"]
    assert admin.title == "Администратор (қабулхона)" and admin.salary_raw == "келишилади"
    call = items["UstozShogirdSohalar/8842"]
    assert call.title == "Оператор колл-центра (гибридный формат)" and normalize(call).remote_scope == "hybrid"
    assert call.salary_raw == "3 500 000 – 4 500 000 сум на руки"
    assert items["UstozShogirdSohalar/8843"].salary_raw == "soatiga 3$"


def test_persian_channel() -> None:
    _, items, _ = _parse("remote_fa_jobs_sample_p1.html", "https://t.me/s/remote_fa_jobs_sample",
                         channel="remote_fa_jobs_sample")
    va = items["remote_fa_jobs_sample/3101"]
    assert va.title == "استخدام دستیار مجازی (دورکاری)"
    assert va.company == "آوا تجارت پارس" and va.salary_raw == "۱۵ تا ۲۰ میلیون تومان"
    assert normalize(va).remote_scope == "remote"
    message = json.loads(va.payload)["message"]
    assert message["hashtags"] == ["استخدام", "دورکاری", "دستیار_مجازی"] and message["handles"] == ["ava_hr"]
    support = json.loads(items["remote_fa_jobs_sample/3102"].payload)["message"]
    assert support["phones"] == ["۰۹۱۲۰۰۰۰۰۰۰"] and support["fields"]["salary"] == "توافقی"


def test_paging_stops_at_a_page_of_stored_messages(sqlite_url: str) -> None:
    store_known(sqlite_url, "telegram", [f"UstozShogird/{i}" for i in (51231, 51232, 51233, 51234)])
    spider, items, requests = _parse("UstozShogird_p1.html", "https://t.me/s/UstozShogird", sqlite_url)
    assert requests == [] and stats(spider)["vagigs/paging_stopped_known"] == 1
    assert len(items) == 4  # still refreshed: they are on the page anyway


def test_paging_stops_at_max_pages() -> None:
    spider, _, requests = _parse("UstozShogird_p1.html", "https://t.me/s/UstozShogird",
                                 page=sources.get("telegram").max_pages)
    assert requests == []


def test_channel_list_from_registry_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAGIGS_TELEGRAM_CHANNELS", raising=False)
    assert sources.telegram_channels() == ("UstozShogird", "UstozShogirdSohalar")
    monkeypatch.setenv("VAGIGS_TELEGRAM_CHANNELS", "@remote_fa_jobs_sample, UstozShogird ,")
    assert sources.telegram_channels() == ("remote_fa_jobs_sample", "UstozShogird")


@pytest.mark.parametrize(("text", "title", "fields"), [
    ("Xodim kerak:\n\n🏢 Idora: Acme\n💰 Maosh: 300$", "Xodim kerak — Acme", {"company": "Acme", "salary": "300$"}),
    ("Ходим керак:\n🏢 Идора: Acme\n📚 Лавозим: Котиба", "Котиба", {"company": "Acme", "title": "Котиба"}),
    ("#vakansiya\nSMM menejer kerak\nIsh haqi: kelishiladi", "SMM menejer kerak", {"salary": "kelishiladi"}),
    # a first line that only greets is no title: the role is the next line
    ("Assalomu alaykum!\nOnlayn operator kerak\nMaosh: 4 mln so'm", "Onlayn operator kerak", {"salary": "4 mln so'm"}),
    ("Ассалому алайкум 👋\n\nОнлайн оператор керак", "Онлайн оператор керак", {}),
    ("Здравствуйте!\nТребуется ассистент руководителя, удалённо", "Требуется ассистент руководителя, удалённо", {}),
    ("سلام، وقت بخیر\nاستخدام اپراتور تلفنی دورکار", "استخدام اپراتور تلفنی دورکار", {}),
    ("⚠️ DIQQAT! ⚠️\nKotiba kerak", "Kotiba kerak", {}),
    # ... unless it is all there is, or says more than a greeting
    ("Salom!", "Salom!", {}),
    ("Salom, Data entry operator kerak\nMaosh: 300$", "Salom, Data entry operator kerak", {"salary": "300$"}),
])
def test_split_message(text: str, title: str, fields: dict) -> None:
    message = telegram_text.split(text)
    assert message.title == title
    assert {k: message.fields[k] for k in fields} == fields


def test_a_dash_after_a_known_label_makes_a_field_and_oylik_is_the_pay() -> None:
    """"📍 Manzil - …", "💵 Oylik — …" as Uzbek channels write them; a dash after words that are no label ("Operator
    - Toshkent", a title) makes no field."""
    message = telegram_text.split("🔥 Ofis menejer kerak!\n📍 Manzil - Toshkent, Chilonzor\n💵 Oylik — 5 mln so'm\n"
                                  "Operator - Toshkent\nАдрес – Ташкент")
    assert message.title == "Ofis menejer kerak!"
    assert message.fields == {"location": "Toshkent, Chilonzor", "salary": "5 mln so'm"}  # the first place stands


@pytest.mark.parametrize(("text", "salary"), [
    # pay said inside a sentence, when no line of its own gives it: the amount to the end of its clause
    ("Operator kerak\nCall-markaz. Ish vaqti 9:00-18:00. Oylik 3 500 000 so'mdan. Murojaat: @hr_shop", "3 500 000 so'mdan"),
    ("Kotiba kerak\nIsh haqi 3.500.000 so'm, tushlik bor.", "3.500.000 so'm"),  # a dot between digits groups them
    ("استخدام اپراتور\nفروشگاه اینترنتی. حقوق ثابت ۱۲ میلیون تومان، بیمه.", "ثابت ۱۲ میلیون تومان"),
    ("Оператор\nРабота в офисе, зарплата от 50 000 руб в месяц; график 5/2", "от 50 000 руб в месяц"),
    ("Assistant\nSalary 3,500,000 UZS, paid monthly.", "3,500,000 UZS"),
    # no money named: a share, a plan, a count of hours are no pay
    ("Sales assistant\nWe pay 20% commission on every sale.", None),
    ("Menejer\nOylik reja 5 ta vazifa.", None),
    ("Оператор\nДоход 2 раза в месяц.", None),
    # a line of its own comes first
    ("SMM\nMaosh: kelishiladi\nBirinchi oy maosh 2 mln so'm bo'ladi.", "kelishiladi"),
    # a sentence that asks the seeker to pay holds a fee, not the pay, whichever comes first
    ("Virtual assistant\nRemote chat support. Before you start you pay $50. Salary 400 USD per month.",
     "400 USD per month"),
    ("Virtual assistant\nSalary 400 USD per month. Before you start you pay $50.", "400 USD per month"),
    ("Assistant\nYou must pay a $30 registration fee. Pay: 20 USD per hour, remote.", "20 USD per hour"),
    ("Оператор\nПеред началом вы оплачиваете обучение, доход 500$. Зарплата 400$ в месяц.", "400$ в месяц"),
    ("Operator kerak\nIshni boshlash uchun 100 000 so'm to'lov qilasiz, oylik 1 mln so'm. Oylik 3 mln so'm.",
     "3 mln so'm"),
    ("Operator kerak\nRo'yxatdan o'tish uchun 50 000 so'm to'lang, maosh 2 mln so'm.", None),
    ("استخدام اپراتور\nبرای شروع هزینه ثبت نام ۵۰۰ هزار تومان، حقوق ۱ میلیون تومان. حقوق ثابت ۱۲ میلیون تومان.",
     "ثابت ۱۲ میلیون تومان"),
    # the pay's own payment is no fee: how and when it is paid, and "we pay"
    ("Operator\nSalary 5 mln so'm, paid before the 5th by bank transfer.", "5 mln so'm"),
    ("Operator\nWe pay $20 per hour, weekly, by direct deposit.", "$20 per hour"),
    ("Operator\nWe pay $20 per hour by direct deposit, for the training weeks too.", "$20 per hour by direct deposit"),
    ("Assistant\nPay a $30 joining fee first. Salary $400 per month.", "$400 per month"),
    ("Оператор\nЗарплата 50 000 руб, оплачивается два раза в месяц.", "50 000 руб"),
    ("Operator kerak\nOylik 3 mln so'm, har oyning 5-sanasigacha to'lanadi.", "3 mln so'm"),
    ("استخدام اپراتور\nحقوق ۱۲ میلیون تومان، هر ماه به حساب شما واریز می‌شود.", "۱۲ میلیون تومان"),
    # a fee said not to be asked asks none: the pay beside it stays
    ("Assistant\nSalary $400 per month, you pay no fee.", "$400 per month"),
    ("Assistant\nSalary $400 per month, you don't need to pay anything.", "$400 per month"),
    ("Оператор\nЗарплата 50 000 руб, без вложений и взносов.", "50 000 руб"),
    ("Operator kerak\nOylik 3 mln so'm, hech qanday to'lov yo'q.", "3 mln so'm"),
    ("Operator kerak\nOylik 3 mln so'm, to'lovsiz o'qitamiz.", "3 mln so'm"),
    ("Оператор керак\nОйлик 3 млн сўм, ҳеч қандай тўлов йўқ.", "3 млн сўм"),
    ("استخدام اپراتور\nحقوق ۱۲ میلیون تومان، بدون هیچ هزینه ثبت نام.", "۱۲ میلیون تومان"),
])
def test_pay_inside_a_sentence_is_the_pay_when_money_is_named(text: str, salary: str | None) -> None:
    assert telegram_text.split(text).fields.get("salary") == salary


def test_salary_digits_are_not_phones() -> None:
    message = telegram_text.split("Operator\nMaosh: 4 000 000 - 6 000 000 so'm\nAloqa: +998 90 000 11 22, 0912 000 0000")
    assert message.phones == ["+998900001122", "09120000000"]


def test_reply_quote_is_not_taken_for_the_message_text() -> None:
    page = (TG / "UstozShogirdSohalar_p1.html").read_text(encoding="utf-8")
    quote = ('<a class="tgme_widget_message_reply" href="https://t.me/UstozShogirdSohalar/8000">'
             '<div class="tgme_widget_message_author accent_color"><span class="tgme_widget_message_author_name">'
             'Ustoz-Shogird</span></div><div class="tgme_widget_message_text js-message_reply_text">Eski e\'lon</div></a>')
    page = page.replace('<div class="tgme_widget_message_text js-message_text" dir="auto">Ходим керак',
                        quote + '<div class="tgme_widget_message_text js-message_text" dir="auto">Ходим керак', 1)
    spider = make_spider(TelegramSpider)
    resp = response("https://t.me/s/UstozShogirdSohalar", page.encode(), content_type="text/html")
    items, _ = split(list(spider.parse(resp)))
    assert items[0].title == "Администратор (қабулхона)" and "Eski" not in items[0].description_html


def test_emails_found_from_their_at_sign_are_the_patterns_own() -> None:
    """``_emails`` gives what ``_EMAIL.findall`` gives, on 40,000 random texts of the pieces it turns on."""
    import random
    pieces = ["a", ".", "@", "+", "-", " ", "_", "ж", "1", ",", "\n", "hr", ".uz"]
    rng = random.Random(11)
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert telegram_text._emails(text) == telegram_text._EMAIL.findall(text), text


def test_a_long_first_line_of_punctuation_is_read_and_ends() -> None:
    """Whether a first line only greets is read at its edges; a line of 100,000 characters between two letters took
    27 s at 40,000 while a pattern read its punctuation from every start."""
    message = telegram_text.split("a" + "! " * 50_000 + "a\nKotiba kerak")
    assert message.title.startswith("a! ! ")


@pytest.mark.parametrize("unit", ["a", "1", "a-", "a."])
def test_hostile_message_of_one_long_word_is_read_and_ends(unit: str) -> None:
    """A pasted message can be longer than Telegram's 4,096 characters; 40,000 letters took 9 s before."""
    message = telegram_text.split("Vakansiya: Admin\nAloqa: hr@acme.uz " + unit * 50_000)
    assert message.emails == ["hr@acme.uz"] and message.title == "Admin"
