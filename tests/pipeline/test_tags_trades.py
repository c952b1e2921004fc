"""A title word that names jobs on both sides of the relevance line (operator, assistant, secretary, clerk, support,
administrator, coordinator): the trade qualifying it decides, in every language, while its plain and VA-qualified
forms stay VA work (``tests/data/tags_written_ae``)."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher.titles import NOT_VA

# a machine's, a plant's, a crane's or a camera's operator
MACHINE_OPERATORS = [
    ("CNC Operator (2nd shift)", "Set up and run the lathes, log every batch in the production sheet."),
    ("Crane Operator", "Operate the overhead crane, keep the shift log and call the foreman."),
    ("Оператор котельной", "Обход оборудования, ведение журнала давления и температуры, звонки диспетчеру."),
    ("Оператор станка с ЧПУ", "Наладка станка, ведение журнала, учёт деталей в таблице."),
    ("Kran operatori kerak", "Kranni boshqarish, smena jurnalini yuritish."),
    ("Qozonxona operatori", "Qozonlarni kuzatish, jurnal yuritish."),
    ("اپراتور دستگاه تزریق پلاستیک", "کار با دستگاه، ثبت آمار تولید در فرم شیفت"),
    ("اپراتور جرثقیل سقفی", "جابجایی قطعات، ثبت گزارش روزانه"),
]


@pytest.mark.parametrize("title,description", MACHINE_OPERATORS, ids=[t for t, _ in MACHINE_OPERATORS])
def test_an_operator_of_a_machine_plant_or_crane_is_no_va_work(title: str, description: str) -> None:
    assert NOT_VA in phrase_scores(title, description)[0]
    assert not tag_text(title, description).va_relevant


PHONE_AND_PC_OPERATORS = [
    ("Оператор call-центра", "Приём входящих звонков, консультирование клиентов, заявки в CRM."),
    ("Оператор ПК", "Ввод первичных документов в 1С, сверка, архив."),
    ("Call-markaz operatori kerak", "Kiruvchi qo'ng'iroqlarga javob berish, mijozlarga maslahat berish."),
    ("اپراتور مرکز تماس", "پاسخگویی به تماس‌های ورودی مشتریان و پیگیری سفارش‌ها"),
    ("Live Chat Operator (Remote)", "Answer customers' chats about orders and delivery."),
]


@pytest.mark.parametrize("title,description", PHONE_AND_PC_OPERATORS, ids=[t for t, _ in PHONE_AND_PC_OPERATORS])
def test_an_operator_of_a_phone_line_a_chat_or_a_pc_stays_va_work(title: str, description: str) -> None:
    assert NOT_VA not in phrase_scores(title, description)[0]
    assert tag_text(title, description).va_relevant


# a company's board or a court: corporate law, governance and court work
GOVERNANCE_AND_COURT = [
    ("Assistant Company Secretary", "Prepare board packs, take minutes, keep the statutory registers and file "
                                    "returns at Companies House. CGI qualified."),
    ("Judicial Law Clerk", "Legal research, bench memos and draft opinions; manage the judge's docket and calendar."),
    ("Корпоративный секретарь", "Подготовка заседаний совета директоров, протоколы, ведение реестра документов."),
    ("Секретарь судебного заседания", "Ведение протокола заседаний, оформление дел, работа с документами."),
    ("Sud majlisi kotibi", "Majlis bayonnomasini yuritish, hujjatlarni rasmiylashtirish."),
    ("دبیر هیئت‌مدیره", "تنظیم صورتجلسات هیئت‌مدیره، پیگیری مصوبات و بایگانی"),
    ("منشی دادگاه", "تنظیم صورتجلسه، ثبت پرونده‌ها و بایگانی"),
]


@pytest.mark.parametrize("title,description", GOVERNANCE_AND_COURT, ids=[t for t, _ in GOVERNANCE_AND_COURT])
def test_a_company_secretary_and_a_court_clerk_are_no_va_work(title: str, description: str) -> None:
    assert NOT_VA in phrase_scores(title, description)[0]
    assert not tag_text(title, description).va_relevant


OFFICE_SECRETARIES = [
    ("Part-Time Secretary (Remote)", "Answer forwarded calls, type letters, keep the partners' diary, file the post."),
    ("Legal Secretary", "Answer calls, schedule client meetings and file documents."),
    ("Part-Time Board Secretary (Nonprofit, Remote)", "Set the board's meeting dates, send invites and write up "
                                                      "the minutes from the recording."),
    ("Секретарь", "Приём звонков, встреча посетителей, регистрация входящей корреспонденции."),
    ("Kotiba kerak", "Qo'ng'iroqlarga javob berish, xatlarni ro'yxatga olish, arxiv."),
    ("منشی دفتر", "پاسخگویی به تلفن، هماهنگی جلسات مدیر و بایگانی نامه‌ها"),
    ("Data Entry Clerk", "Key applications from scanned PDFs into our system."),
]


@pytest.mark.parametrize("title,description", OFFICE_SECRETARIES, ids=[t for t, _ in OFFICE_SECRETARIES])
def test_an_office_or_remote_board_secretary_and_a_data_clerk_stay_va_work(title: str, description: str) -> None:
    assert NOT_VA not in phrase_scores(title, description)[0]
    assert tag_text(title, description).va_relevant


# support of IT infrastructure, networks, servers or hardware
IT_SUPPORT = [
    ("IT Support Specialist - Infrastructure", "Image laptops, manage user tickets, Cisco switches and backups."),
    ("Специалист техподдержки (сети, серверы)", "Обработка заявок пользователей, настройка сетевого оборудования."),
    ("Tarmoq bo'yicha texnik yordam mutaxassisi", "Foydalanuvchilar arizalari, tarmoq uskunalarini sozlash."),
    ("کارشناس پشتیبانی فنی (شبکه و سخت‌افزار)", "نصب تجهیزات شبکه، رفع مشکل تیکت‌های مشترکین"),
]


@pytest.mark.parametrize("title,description", IT_SUPPORT, ids=[t for t, _ in IT_SUPPORT])
def test_support_of_networks_servers_or_hardware_is_it_work(title: str, description: str) -> None:
    assert NOT_VA in phrase_scores(title, description)[0]
    assert not tag_text(title, description).va_relevant


CUSTOMER_SUPPORT = [
    ("Technical Support Specialist", "Answer customers' tickets and chats about our invoicing app."),
    ("Customer Support Specialist (Remote)", "Zendesk tickets and live chat, billing questions."),
    ("Специалист поддержки клиентов", "Ответы клиентам в чате и по почте, заявки в CRM."),
    ("کارشناس پشتیبانی فنی", "پاسخگویی به تیکت‌ها و چت مشتریان سامانه رزرو"),
    ("Social Network Support Specialist", "Answer comments and messages on our pages."),
]


@pytest.mark.parametrize("title,description", CUSTOMER_SUPPORT, ids=[t for t, _ in CUSTOMER_SUPPORT])
def test_customer_and_product_support_stay_va_work(title: str, description: str) -> None:
    assert NOT_VA not in phrase_scores(title, description)[0]
    assert tag_text(title, description).va_relevant


# assistants of a clinic's, a pharmacy's, a film set's trade; clinical research; occupational safety
TRADES = [
    ("Clinical Research Coordinator II - Oncology", "Consent patients, schedule study visits, enter data into the "
                                                    "EDC and keep the regulatory binder."),
    ("Координатор клинических исследований", "Планирование визитов пациентов, ввод данных в EDC."),
    ("هماهنگ‌کننده کارآزمایی بالینی", "زمان‌بندی ویزیت بیماران، ورود داده‌ها"),
    ("Pharmacy Assistant (weekends)", "Counter sales, answer the pharmacy phone."),
    ("Помощник фармацевта", "Работа с покупателями, приём звонков."),
    ("Farmatsevt yordamchisi", "Xaridorlarga xizmat ko'rsatish, qo'ng'iroqlar."),
    ("دستیار داروساز", "پاسخگویی به تلفن داروخانه و فروش"),
    ("Camera Assistant (feature film)", "Prep the camera package, keep camera reports and logs."),
    ("Ассистент оператора", "Подготовка камеры, ведение отчётов и журнала съёмки."),
    ("Специалист по охране труда", "Инструктажи, расследование несчастных случаев, ведение документации."),
    ("Health and Safety Officer", "Site inspections, incident reports and records."),
    ("Mehnat muhofazasi bo'yicha mutaxassis", "Yo'riqnomalar o'tkazish, hujjatlarni yuritish."),
]


@pytest.mark.parametrize("title,description", TRADES, ids=[t for t, _ in TRADES])
def test_a_clinical_pharmacy_film_or_safety_trade_is_no_va_work(title: str, description: str) -> None:
    assert NOT_VA in phrase_scores(title, description)[0]
    assert not tag_text(title, description).va_relevant


# the Uzbek administrator's word: a system's is IT work, a learning centre's or an office's VA work
@pytest.mark.parametrize("title,relevant", [
    ("Tizim ma'muri (bank filiallari)", False),
    ("Restoran ma'muri kerak", False),
    ("O'quv markaziga ma'mur kerak", True),
    ("Ofis ma'muri", True),
])
def test_the_uzbek_administrator_s_word_reads_as_the_administrator_s(title: str, relevant: bool) -> None:
    description = "Tashrif buyuruvchilarni kutib olish, qo'ng'iroqlarga javob berish, hujjatlar."
    assert (NOT_VA in phrase_scores(title, description)[0]) is not relevant
    assert tag_text(title, description).va_relevant is relevant

