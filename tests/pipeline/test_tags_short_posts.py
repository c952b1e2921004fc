"""Short posts as Telegram channels, job-board snippets and teasers write them, where each word decides: duties in
emoji-bulleted lists, an assistant to a director, warehouse titles, and duties said once in the words such posts use
(``tests/data/tags_written_k``)."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher import default_matcher
from pipeline.tags.matcher.titles import NOT_VA


@pytest.mark.parametrize("text,opens", [
    ("x\n✅ Send invoices", True), ("x\n🔹 Send invoices", True), ("x\n▪️ Send invoices", True),
    ("x\n📌 Send invoices", True), ("x\n👉 Send invoices", True), ("x\n✔️ Send invoices", True),
    ("x\n🔸🔸 Send invoices", True),
    ("x ✅ Send invoices", False), ("x\nWe ✅ Send invoices", False), ("x\n2 Send invoices", False),
])
def test_an_emoji_bullet_marks_an_item_of_a_list(text: str, opens: bool) -> None:
    reading = default_matcher().read(text, strip_urls=True)
    assert reading.opens_item(reading.toks.index("send")) is opens


def test_a_duty_listed_under_emoji_bullets_weighs_as_a_listed_duty() -> None:
    listed = "Vazifalar:\n✅ Hisob-fakturalarni tayyorlash\n✅ Qo'ng'iroqlarga javob berish"
    in_prose = "Vazifalar: hisob-fakturalarni tayyorlash, qo'ng'iroqlarga javob berish"
    assert phrase_scores("Yordamchi", listed)[1] == phrase_scores("Yordamchi", in_prose)[1]
    assert phrase_scores("Yordamchi", in_prose)[4] == {}
    assert set(phrase_scores("Yordamchi", listed)[4]) == {"bookkeeping", "phone_answering"}


ASSISTANTS_TO_A_DIRECTOR = [
    ("Direktor yordamchisi", "Hujjatlar bilan ishlash, qo'ng'iroqlarga javob berish."),
    ("Котиба (директор ёрдамчиси)", "Директорнинг электрон почтасини кузатиш ва хатларга жавоб тайёрлаш."),
    ("Kotiba (direktor yordamchisi)", "Direktorning elektron pochtasini kuzatish."),
    ("Assistant to the Director", "Manage the director's inbox and calendar."),
    ("Assistant to the Managing Director", "Manage the inbox and calendar."),
]


@pytest.mark.parametrize("title,description", ASSISTANTS_TO_A_DIRECTOR, ids=[t for t, _ in ASSISTANTS_TO_A_DIRECTOR])
def test_the_director_an_assistant_works_for_makes_no_not_va_title(title: str, description: str) -> None:
    assert NOT_VA not in phrase_scores(title, description)[0]
    r = tag_text(title, description)
    assert r.va_relevant and "general_admin" in r.tags, (r.va_relevance, r.tags)


@pytest.mark.parametrize("title", ["Assistant Director of Operations", "Direktor", "Director of Operations",
                                   "Директор по развитию", "Marketing Director (assistant needed)"])
def test_a_director_is_still_a_not_va_title(title: str) -> None:
    assert NOT_VA in phrase_scores(title, "")[0]


@pytest.mark.parametrize("title,description", [
    ("Warehouse Associate – E-commerce Fulfillment",
     "Pick, pack and ship online orders, process returns on the dock. On-site only."),
    ("Order Picker", "Pick and pack online orders for our fulfillment center."),
    ("Fulfillment Associate", "Pack orders and process returns."),
    ("Picker/Packer (night shift)", "Pick orders, process returns."),
    ("Комплектовщик заказов", "Сборка заказов маркетплейса, упаковка, работа со сканером."),
])
def test_warehouse_titles_are_no_va_work(title: str, description: str) -> None:
    assert NOT_VA in phrase_scores(title, description)[0]
    assert not tag_text(title, description).va_relevant


@pytest.mark.parametrize("title,description", [
    ("Warehouse Data Entry Assistant", "Enter stock counts into the spreadsheet."),
    ("Inventory Data Entry Clerk", "Enter stock counts into the spreadsheet."),
    ("E-commerce Order Processing VA", "Process Shopify orders and returns, answer buyer emails."),
])
def test_order_and_stock_paperwork_stays_va_work(title: str, description: str) -> None:
    assert tag_text(title, description).va_relevant


@pytest.mark.parametrize("text,tag_,strong", [
    # meeting minutes in Russian, with words between
    ("протоколы еженедельных планерок", "transcription", True),
    ("Ведение протоколов планерок и совещаний", "transcription", True),
    ("протокол встречи с клиентом", "transcription", True),
    ("протокол испытаний оборудования", "transcription", False),
    ("знание сетевых протоколов", "transcription", False),
    # designing in Canva, in Persian as in English
    ("طراحی تصویر شاخص هر مقاله در کانوا", "graphic_design", True),
    ("آشنایی با کانوا", "graphic_design", False),
    # articles placed on a site, in Russian
    ("размещение готовых статей на сайте (WordPress)", "website_updates", True),
    ("размещение статей в блоге", "website_updates", True),
    ("размещение вакансий на сайтах", "website_updates", False),
    # consulting subscribers or customers, with words between
    ("abonentlarga tariflar va ulanish boʼyicha maslahat berish", "customer_support", True),
    ("Mijozlarga kurslar bo'yicha maslahat berish", "customer_support", True),
    ("консультирование абонентов по тарифам", "customer_support", True),
    ("оформление обращений в системе", "customer_support", True),
    ("Direktorga maslahat berish", "customer_support", False),
    ("оформление документов", "customer_support", False),
    # a person's own errands, in Uzbek as in English ("personal tasks")
    ("Директорнинг шахсий топшириқларини бажариш", "personal_errands", True),
    ("Topshiriqlarni o'z vaqtida bajarish", "personal_errands", False),
    # telemarketing, as Persian's «بازاریابی تلفنی» already read
    ("کارشناس تلمارکتینگ", "lead_generation", True),
    ("Telemarketing to small businesses", "lead_generation", True),
    ("Телемаркетинг: звонки по базе", "lead_generation", True),
    ("Digital marketing", "lead_generation", False),
])
def test_duties_short_posts_name_once(text: str, tag_: str, strong: bool) -> None:
    hits = default_matcher().match(text, in_title=False)
    assert any(h.tag == tag_ and h.weight >= 1.0 for h in hits) is strong, [(h.tag, h.evidence, h.weight) for h in hits]
