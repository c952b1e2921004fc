"""Household staff and on-site service jobs next to personal assistance: a nanny, a caregiver, a gardener, a
bodyguard, a housekeeper, a tour guide, a store's stylist, a hotel's or a building's concierge and a seller of tours
keep a family's calendar, book its appointments, run its errands or book trips, but they work in person or sell, and
the labelling rules call drivers, manual, medical and sales work no VA work. Their title words say so in every
language; a family's remote assistant, a virtual household manager and a remote chat concierge stay VA work
(``tests/data/tags_written_an``)."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher import NOT_VA

HOUSEHOLD_STAFF = [
    ("Nanny for a toddler (Queens, full-time)",
     "Care for our 2-year-old, keep her nap schedule and put her classes and pediatrician visits on the family "
     "Google Calendar."),
    ("Live-in Caregiver for my father", "Help him dress and eat, book and keep his doctor appointments, drive him "
                                        "to the clinic."),
    ("Gardener and handyman", "Lawn, hedges and small repairs; order supplies and keep the receipts."),
    ("Няня к мальчику 4 лет", "Прогулки, занятия, ведение расписания секций и записей к педиатру."),
    ("Сиделка к пожилой женщине", "Уход, приём лекарств по графику, запись к врачу и сопровождение."),
    ("Помощница по хозяйству в дом", "Уборка, стирка, глажка, заказ продуктов через приложение."),
    ("Enaga kerak (Yunusobod)", "Bolaga qarash, mashg'ulotlar jadvalini yuritish, maktabga olib borish."),
    ("Uy ishlariga yordamchi kerak", "Uyni tozalash, kir yuvish, ovqat tayyorlash, bozor qilish."),
    ("Боғбон керак", "Боғни парвариш қилиш, ҳовлини тозалаш."),
    ("Tanqo'riqchi kerak", "Rahbarni kuzatib borish, safarlarda hamroh bo'lish."),
    ("باغبان برای ویلا در لواسان", "رسیدگی به باغچه، آبیاری و هرس درختان"),
    ("استخدام محافظ شخصی", "همراهی مدیر در جلسات و سفرها، هماهنگی با راننده"),
]


@pytest.mark.parametrize("title,description", HOUSEHOLD_STAFF, ids=[t for t, _ in HOUSEHOLD_STAFF])
def test_household_staff_in_person_are_no_va_work(title: str, description: str) -> None:
    assert NOT_VA in phrase_scores(title, description)[0]
    result = tag_text(title, description)
    assert not result.va_relevant and result.tags == []


ON_SITE_SERVICE = [
    ("Hotel Concierge (on-site, evenings)", "Greet guests, book restaurant tables and cars for them, handle "
                                            "luggage and answer the desk phone."),
    ("Консьерж в жилой комплекс", "Контроль доступа в подъезд, приём посылок для жильцов, обход, видеонаблюдение."),
    ("Konsyerj (mehmonxona)", "Mehmonlarni kutib olish, taksi va restoran bron qilish."),
    ("کانسیرژ هتل پنج ستاره", "خوشامدگویی به مهمانان، رزرو رستوران و تاکسی برای مهمانان"),
    ("Stylist / Personal Shopper - flagship store", "Style walk-in clients, text them about new arrivals and book "
                                                    "their fittings."),
    ("Стилист в магазин одежды", "Подбор образов для покупателей, запись клиентов на примерку."),
    ("Tour Guide - Old City walking tours", "Lead groups, coordinate with hotels and restaurants on the route."),
    ("Экскурсовод по Москве", "Проведение экскурсий, координация с гостиницами и ресторанами."),
    ("Gid-ekskursovod kerak", "Sayyohlarni shahar bo'ylab olib yurish, mehmonxonalar bilan kelishish."),
    ("راهنمای تور شیراز", "همراهی گردشگران، هماهنگی با هتل و رستوران"),
    ("کارشناس فروش تور داخلی", "مشاوره به مسافران، رزرو بلیط و هتل برای مشتریان، پورسانت از فروش"),
    ("Специалист по продаже туров", "Подбор туров, бронирование отелей и билетов для клиентов, план продаж."),
]


@pytest.mark.parametrize("title,description", ON_SITE_SERVICE, ids=[t for t, _ in ON_SITE_SERVICE])
def test_an_on_site_concierge_a_stylist_a_guide_and_a_tour_seller_are_no_va_work(title: str,
                                                                                  description: str) -> None:
    assert NOT_VA in phrase_scores(title, description)[0]
    result = tag_text(title, description)
    assert not result.va_relevant and result.tags == []


REMOTE_HELP = [
    ("Remote Family Assistant", "Keep the family calendar, book doctor visits, order groceries online and plan "
                                "our holidays."),
    ("Virtual Household Manager", "Schedule the home's vendors, pay the household bills and keep our documents in "
                                  "Google Drive."),
    ("Remote Concierge Chat Agent", "Answer members' requests by chat, book restaurants, flights and hotels, send "
                                    "gifts."),
    ("Консьерж-менеджер в чат (удалённо)", "Обработка запросов клиентов в чате и по телефону, бронирование "
                                           "ресторанов и отелей."),
    ("Onlayn konsyerj operatori", "Ilova chatida mijozlarning savollariga javob berish, restoran va mehmonxona "
                                    "bron qilish."),
    ("پشتیبان آنلاین سرویس کانسیرژ (دورکاری)", "پاسخگویی به سوالات اعضا در چت اپلیکیشن، رزرو بلیط هواپیما و هتل"),
    ("Личный ассистент в семью (удалённо)", "Ведение семейного календаря, запись к врачам, оплата счетов, заказ "
                                            "подарков."),
    ("Oilaga onlayn shaxsiy yordamchi", "Oila taqvimini yuritish, to'lovlar, sovg'alar buyurtma qilish."),
]


@pytest.mark.parametrize("title,description", REMOTE_HELP, ids=[t for t, _ in REMOTE_HELP])
def test_a_familys_remote_assistant_and_a_chat_concierge_stay_va_work(title: str, description: str) -> None:
    assert NOT_VA not in phrase_scores(title, description)[0]
    assert tag_text(title, description).va_relevant
