"""Back offices of logistics, travel and marketplaces (``tests/data/tags_written_aa``): loads, waybills and statuses
keyed into a sheet or a system, carriers' invoices matched to what was agreed, an income and expense log, travellers
answered, shipping labels bought; and the roles next door that are no VA work: buyers, marketplace ad specialists,
product photographers and truck dispatchers. Each with an honest post using the same words."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text
from pipeline.tags.matcher import default_matcher


def _strong(text: str) -> set[str]:
    return {h.tag for h in default_matcher().match(text, in_title=False) if h.weight >= 1.0}


@pytest.mark.parametrize("text,tag_,found", [
    # data keyed into a sheet, a system or a TMS
    ("Enter every load into the load sheet: broker, rate, pickup and delivery.", "data_entry", True),
    ("Enter new shipments into our TMS with all reference numbers.", "data_entry", True),
    ("We intend to enter into a long-term collaboration with you.", "data_entry", False),
    ("обзванивать водителей и заносить статус в таблицу", "data_entry", True),
    ("вносить данные о рейсах в систему учёта", "data_entry", True),
    ("Мы не требуем опыта, всему научим, таблица смен в чате.", "data_entry", False),
    ("yuk xatlarini tizimga kiritish", "data_entry", True),
    ("tizimga kirish uchun login beriladi", "data_entry", False),
    ("ثبت کد رهگیری در اکسل روزانه", "data_entry", True),
    ("تکمیل فایل اکسل مشخصات فنی کالاها", "data_entry", True),
    ("ثبت بارنامه‌ها و فاکتورهای خرید", "data_entry", True),
    ("برای تکمیل تیم مالی خود استخدام می‌کند", "data_entry", False),
    # carriers' invoices matched to what was agreed, and an income and expense log, are bookkeeping
    ("Match each carrier invoice against its rate confirmation and flag any difference.", "bookkeeping", True),
    ("We match you with clients who need your skills.", "bookkeeping", False),
    ("Once a month, keep my income & expense log for my accountant.", "bookkeeping", True),
    ("сверять счета перевозчиков с заявками", "bookkeeping", True),
    ("сверять адреса доставки с заказами", "bookkeeping", False),
    ("вести учёт доходов и расходов магазина", "bookkeeping", True),
    ("تطبیق فاکتورهای شرکت‌های حمل با بارنامه‌ها", "bookkeeping", True),
    ("تطبیق محتوا با لحن برند", "bookkeeping", False),
    ("ثبت درآمد و هزینه‌های ماهانه فروشگاه", "bookkeeping", True),
    ("hisob-fakturalarni solishtirish va farqlarni yozish", "bookkeeping", True),
    ("narxlarni raqobatchilar bilan solishtirish", "bookkeeping", False),
    ("oylik daromad va xarajatlarni yozib borish", "bookkeeping", True),
    # travellers and passengers answered are the agency's customers
    ("Help travellers who are stuck at an airport by WhatsApp.", "customer_support", True),
    ("Help travel agencies grow their sales with ads.", "customer_support", False),
    ("پاسخگویی تلفنی به مسافران و ارائه اطلاعات پرواز", "customer_support", True),
    ("حمل مسافران بین شهری با اتوبوس", "customer_support", False),
    ("консультирование туристов по визам и отелям", "customer_support", True),
    ("сопровождение туристов по маршруту", "customer_support", False),
    ("mijozlarning qo'ng'iroqlariga javob berish", "customer_support", True),
    ("mijozlarga qo'ng'iroq qilib sotish", "customer_support", False),
    # shipping labels bought and orders marked shipped are the shop's work
    ("Buy shipping labels every morning and mark orders as shipped.", "ecommerce_support", True),
    ("Shipping is free over $50 for our customers.", "ecommerce_support", False),
])
def test_back_office_duties(text: str, tag_: str, found: bool) -> None:
    strong = _strong(text)
    assert (tag_ in strong) is found, strong


@pytest.mark.parametrize("title,description,relevant", [
    ("Байер / закупщик для магазина на WB", "Поиск поставщиков в Китае, закупки в рамках бюджета.", False),
    ("Фотограф для маркетплейсов (предметная съёмка)", "Съёмка товаров на белом фоне для карточек.", False),
    ("Специалист по внутренней рекламе Wildberries", "Запуск рекламных кампаний, управление ставками.", False),
    ("کارشناس تبلیغات در دیجی‌کالا", "مدیریت کمپین‌های تبلیغاتی کالا با بودجه ماهانه.", False),
    ("Product Photographer – Amazon sellers", "Shoot white-background images for product listings.", False),
    ("Amazon PPC Specialist", "Run Sponsored Products campaigns and hit ACOS targets.", False),
    ("Truck Dispatcher", "Find and book loads on load boards, negotiate rates with brokers.", False),
    # hard negatives: the marketplace's operators and a dispatcher's admin assistant are VA work
    ("Менеджер маркетплейсов (WB, Ozon)", "Обязанности:\n- создание карточек товаров\n- ответы на отзывы покупателей",
     True),
    ("کارشناس فروشگاه دیجی‌کالا", "شرح وظایف:\n- درج کالا در پنل فروشندگان\n- پاسخ به سوالات مشتریان", True),
    ("Dispatch Admin Assistant", "Responsibilities\n- Enter every load into the load sheet\n- Send invoices to our "
     "factoring company\n- File BOLs and PODs in Google Drive", True),
])
def test_the_roles_next_to_the_back_office(title: str, description: str, relevant: bool) -> None:
    r = tag_text(title, description)
    assert r.va_relevant is relevant, (r.va_relevance, r.tags)
