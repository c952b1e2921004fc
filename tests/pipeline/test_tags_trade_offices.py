"""The offices of builders, factories, wholesalers and importers (``tests/data/tags_written_ap``): goods and accounting
documents keyed into 1C, an ERP, Sepidar or a register; tender and bid portals watched for new notices; tasks set in a
task tracker and action items chased; a dealer's order desk answering by phone and Telegram. Each with an honest post
using the same words where the answer must not change."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text
from pipeline.tags.matcher import default_matcher


def _strong(text: str) -> set[str]:
    return {h.tag for h in default_matcher().match(text, in_title=False) if h.weight >= 1.0}


@pytest.mark.parametrize("text,tag_,found", [
    # documents keyed into 1C, an ERP, Sepidar or a register: data entry
    ("Log incoming shipments in Excel by order number.", "data_entry", True),
    ("Prepare offers in our Excel quotation template from the notes.", "data_entry", True),
    ("Our plant runs on Excel and an ERP you will learn.", "data_entry", False),
    ("заносить заказы дилеров в 1С", "data_entry", True),
    ("вносить подходящие закупки в реестр", "data_entry", True),
    ("вносить приходные документы в 1С:Бухгалтерию", "data_entry", True),
    ("Выписку из реестра СРО готовит юрист.", "data_entry", False),
    ("Заказы принимает отдел продаж.", "data_entry", False),
    ("yuk xatlarini 1C:Buxgalteriya dasturiga kiritish", "data_entry", True),
    ("mos e'lonlarni Excel ro'yxatiga kiritish", "data_entry", True),
    ("Excel va 1C ni bilish talab etiladi", "data_entry", False),
    ("юк хатлари бўйича товарни санаш ва юклаш", "data_entry", False),
    ("ثبت رسید کالا از روی برگه‌های انبار", "data_entry", True),
    ("ثبت رسید و حواله انبار", "data_entry", True),
    ("آشنایی کامل با نرم افزار سپیدار", "data_entry", False),
    # tender and bid portals watched for new notices: research
    ("Check the county procurement portals every morning for new bid opportunities.", "research", True),
    ("Monitor the state bid portals and log what fits.", "research", True),
    ("Submit our bids through the procurement portal before the deadline.", "research", False),
    ("отслеживать новые закупки в ЕИС по нашим фильтрам", "research", True),
    ("ежедневно просматривать новые закупки на площадках", "research", True),
    ("участие в закупках по 44-ФЗ, подача заявок", "research", False),
    ("yangi tender e'lonlarini kuzatib borish", "research", True),
    ("тендер эълонларини кузатиш ва рўйхат юритиш", "research", True),
    ("tenderlarda ishtirok etish tajribasi", "research", False),
    ("رصد روزانه آگهی‌های مناقصه در سامانه ستاد", "research", True),
    ("شرکت در مناقصات دولتی و تهیه پاکت ج", "research", False),
    # tasks set in a task tracker and action items chased: project management (the control of a director's orders'
    # execution, «контроль исполнения поручений», is an office manager's general duty in the dev labels: no tag of its
    # own)
    ("ставить поручения руководителям отделов в Битрикс24", "project_management", True),
    ("личные поручения руководителя", "project_management", False),
    ("контроль исполнения поручений", "project_management", False),
    ("Action items go out from the project lead.", "project_management", False),
    ("Chase the open action items every Friday.", "project_management", True),
    # a dealer's order desk answering by phone and Telegram: phone answering
    ("dilerlardan telefon va Telegram orqali buyurtma qabul qilish", "phone_answering", True),
    ("мижоз саволларига телефон ва Telegram орқали жавоб бериш", "phone_answering", True),
    ("telefon va Telegram kanalimizga obuna bo'ling", "phone_answering", False),
    ("Answer the order desk phone line: order status, stock checks.", "phone_answering", True),
    ("A phone line and a laptop are provided.", "phone_answering", False),
])
def test_trade_office_duties(text: str, tag_: str, found: bool) -> None:
    strong = _strong(text)
    assert (tag_ in strong) is found, strong


def test_tender_assistant_by_its_duties() -> None:
    # a tender assistant who watches the portals and files the papers does research and data entry; the specialist who
    # prices the bid is not VA work
    ru = tag_text("Помощник тендерного специалиста", "Обязанности:\n- отслеживать новые закупки в ЕИС по фильтрам\n"
                                                     "- вносить подходящие закупки в реестр\n"
                                                     "- сканировать документы и вести архив заявок")
    assert {"research", "data_entry", "file_organization"} <= set(ru.tags)
    en = tag_text("Bid Assistant", "Duties\n- Check the procurement portals each morning for new bid opportunities\n"
                                   "- Save plans and addenda to the project folder")
    assert "research" in en.tags


def test_order_desk_keys_orders() -> None:
    # an order desk that keys the dealers' orders into 1C does data entry; its phone and Telegram are named
    uz = tag_text("Buyurtma operatori", "Vazifalar:\n- dilerlardan telefon va Telegram orqali buyurtma qabul qilish\n"
                                        "- buyurtmalarni 1C ga kiritish")
    assert {"phone_answering", "data_entry"} <= set(uz.tags)
    ru = tag_text("Оператор на приём заказов", "Что делать:\n- принимать заказы от дилеров по телефону\n"
                                               "- заносить заказы в 1С, выставлять счета")
    assert "data_entry" in ru.tags


@pytest.mark.parametrize("text,tag_,found", [
    # a warehouse's or a yard's tickets are goods papers, no customers' tickets
    ("Print pick tickets and packing lists from the ERP.", "customer_support", False),
    ("Match invoices to yard receiving tickets.", "customer_support", False),
    ("Resolve customer tickets within a day.", "customer_support", True),
    # a tender's complaint to the antimonopoly service is a legal step, no customer's complaint
    ("подача жалоб в ФАС на документацию", "customer_support", False),
    ("работа с жалобами клиентов", "customer_support", True),
    # papers scanned and filed
    ("Scan and file invoices with their backup.", "file_organization", True),
    ("File a claim with the carrier for damaged freight.", "file_organization", False),
    ("сканирование документов и подшивка в папки", "file_organization", True),
    ("Сканирование штрихкодов на складе.", "file_organization", False),
    ("hujjatlarni skanerlash va arxivga topshirish", "file_organization", True),
    ("ҳужжатларни сканлаш ва нусха кўчириш", "file_organization", True),
    ("shtrix-kodlarni skanerlash", "file_organization", False),
])
def test_trade_office_papers(text: str, tag_: str, found: bool) -> None:
    strong = _strong(text)
    assert (tag_ in strong) is found, strong


@pytest.mark.parametrize("text,tag_,found", [
    # an Uzbek item ends in its verb: e-invoices sent, a quote filled in an Excel template
    ("Didox orqali hisob-fakturalarni yuborish", "bookkeeping", True),
    ("Didox орқали ҳисоб-фактураларни юбориш", "bookkeeping", True),
    ("Didox orqali shartnomalarni yuborish", "bookkeeping", False),
    ("КП ни Excel шаблонида тайёрлаш", "data_entry", True),
    ("tijorat takliflarini Excel shablonida tayyorlash", "data_entry", True),
    ("tijorat takliflarini tayyorlash va mijozlar bilan uchrashish", "data_entry", False),
    # action items sent out after a meeting are followed up
    ("Take the minutes and send out action items.", "project_management", True),
    ("Take the minutes and send them out.", "project_management", False),
])
def test_trade_office_items(text: str, tag_: str, found: bool) -> None:
    strong = _strong(text)
    assert (tag_ in strong) is found, strong


def test_uzbek_items_closing_in_their_verb() -> None:
    # an item ending in its verb names its duty as one opening in it does: e-invoices sent make bookkeeping
    uz = tag_text("Savdo bo'limi yordamchisi", "Vazifalar:\n• shartnomalarni tayyorlash va arxivlash\n"
                                               "• Didox orqali hisob-fakturalarni yuborish\n"
                                               "• tijorat takliflarini Excel shablonida tayyorlash")
    assert {"bookkeeping", "data_entry"} <= set(uz.tags)


@pytest.mark.parametrize("title,not_va", [
    # a clerk of a warehouse, yard or stockroom counts and puts away goods on site; an office's clerk stays VA work
    ("Warehouse Receiving Clerk – 2nd Shift", True),
    ("Yard Clerk (Lumber)", True),
    ("Учётчик склада", True),
    ("Ombor hisobchisi", True),
    ("متصدی انبار", True),
    ("Shipping Clerk (Office)", False),
    ("Accounts Payable Clerk", False),
    ("Учётчик-делопроизводитель", False),
    ("Hisobchi yordamchisi", False),
    ("کارمند دبیرخانه", False),
])
def test_warehouse_clerks_are_no_va_work(title: str, not_va: bool) -> None:
    from pipeline.tags import phrase_scores
    from pipeline.tags.matcher.titles import NOT_VA

    assert bool(phrase_scores(title, "")[0].get(NOT_VA)) is not_va
    r = tag_text(title, "Duties: enter receipts into the system, file the paperwork, answer the phone.")
    assert r.va_relevant is not not_va, (r.va_relevance, r.tags)


@pytest.mark.parametrize("title,description,relevant", [
    # a tender specialist prices and bids; the assistant who collects the papers for one stays VA work
    ("Специалист по тендерам", "Анализ документации, расчёт цены, участие в торгах, жалобы в ФАС.", False),
    ("Помощник специалиста по тендерам", "Мониторинг площадок, сбор пакета документов, сканирование, архив.", True),
    ("Tender Specialist", "Analyse tender documents, price bids and set the bidding strategy.", False),
    ("Bid Documents Assistant", "Assemble bid packages, scan and file the papers, keep the bid log in Excel.", True),
    ("Tender mutaxassisi", "Tender hujjatlarini tahlil qilish, narx hisoblash, savdolarda qatnashish.", False),
    ("کارشناس مناقصه", "تحلیل اسناد مناقصه، قیمت‌گذاری و تهیه پاکت ج", False),
])
def test_tender_specialists_and_their_assistants(title: str, description: str, relevant: bool) -> None:
    r = tag_text(title, description)
    assert r.va_relevant is relevant, (r.va_relevance, r.tags)
