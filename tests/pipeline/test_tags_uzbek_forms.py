"""An Uzbek duty in the forms Uzbek writes it in: a noun with the possessive before its case ending ("agent
pochtasini", the agent's mail; "Excel jadvaliga", into Excel's table) and a verbal noun as its converb, joining duties
in a row ("buyurtmalarni qabul qilib, kuryerga topshirish"), in both scripts (``matcher.phrases._uz_word_forms``)."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text
from pipeline.tags.matcher import default_matcher


def _strong(description: str) -> set[str]:
    """The tags a description's strong phrases (weight 1 or more, not in boilerplate) name."""
    return {h.tag for h in default_matcher().match(description, in_title=False) if h.weight >= 1.0 and not h.boiler}


@pytest.mark.parametrize("description,tag_", [
    # the possessive before a case ending: someone's mail, a program's table, the drivers' data
    ("Vazifalar: agent pochtasini boshqarish.", "email_management"),
    ("Вазифалар: агент почтасини бошқариш.", "email_management"),
    ("Vazifalar: yuk xatlaridagi ma'lumotlarni 1C va Excel jadvaliga kiritish.", "data_entry"),
    ("Вазифалар: юк хатларидаги маълумотларни 1С ва Excel жадвалига киритиш.", "data_entry"),
    ("Vazifalar: haydovchilar ma'lumotlarini kiritish.", "data_entry"),
    ("Vazifalar: rahbar xatlarini saralash.", "email_management"),
    # the converb: a duty that runs on into the next
    ("Vazifalar: buyurtmalarni qabul qilib, kuryerga topshirish.", "ecommerce_support"),
    ("Вазифалар: буюртмаларни қабул қилиб, курьерга топшириш.", "ecommerce_support"),
    ("Vazifalar: hujjatlarni tayyorlab, rahbarga imzoga berish.", "file_organization"),
    ("Vazifalar: uchrashuvlarni rejalashtirib, eslatmalar yuborish.", "calendar_scheduling"),
])
def test_an_uzbek_duty_in_its_possessive_or_converb_form_is_read(description: str, tag_: str) -> None:
    assert tag_ in _strong(description)


@pytest.mark.parametrize("description,tag_", [
    # the company's finite verb, not the converb of a duty: "we accept orders"
    ("Biz buyurtmalarni qabul qilamiz va tez yetkazib beramiz.", "ecommerce_support"),
    ("Биз буюртмаларни қабул қиламиз ва тез етказиб берамиз.", "ecommerce_support"),
    # how to apply, into a mailbox: no duty in whatever form
    ("Rezyumeni kompaniya pochtasiga yuboring.", "email_management"),
    # a table's name in the nominative is no table filled in
    ("Ish jadvali: 5/2, 9:00–18:00.", "data_entry"),
])
def test_an_uzbek_word_in_another_form_names_no_duty(description: str, tag_: str) -> None:
    assert tag_ not in _strong(description)


@pytest.mark.parametrize("title,description", [
    ("Rahbar yordamchisi", "Vazifalar:\n- aviachiptalar bron qilish, viza hujjatlarini tayyorlash."),
    ("Rahbar yordamchisi", "Vazifalar:\n- aviachiptalar bron qilish, viza uchun hujjatlarni tayyorlash."),
    ("Раҳбар ёрдамчиси", "Вазифалар:\n- авиачипталар брон қилиш, виза учун ҳужжатларни тайёрлаш."),
    ("Помощник руководителя", "Обязанности:\n- бронирование билетов и гостиниц, подготовка документов для визы."),
    ("Executive Assistant", "Responsibilities:\n- Book flights and hotels, prepare documents for visa applications."),
])
def test_documents_prepared_for_a_visa_are_the_trips_not_filing(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert "travel_booking" in r.tags and "file_organization" not in r.tags, (r.tags, r.evidence)


@pytest.mark.parametrize("title,description", [
    ("Rahbar yordamchisi", "Vazifalar:\n- aviachiptalar bron qilish, xodimlar hujjatlarini tayyorlash."),
    ("Помощник руководителя", "Обязанности:\n- бронирование билетов и гостиниц, подготовка документов для тендера."),
    ("Executive Assistant", "Responsibilities:\n- Book flights and hotels, prepare documents for board meetings."),
])
def test_documents_prepared_for_anything_else_are_still_filing(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert "file_organization" in r.tags, (r.tags, r.evidence)


@pytest.mark.parametrize("description,tag_", [
    # 1C written with a Cyrillic С is the program, as "1C" in Latin letters is
    ("Вазифалар: ҳужжатларни 1С га киритиш.", "data_entry"),
    ("Vazifalar: hujjatlarni 1C ga kiritish.", "data_entry"),
    ("Обязанности: внесение накладных в 1C.", "data_entry"),
    ("Vazifalar: kirim va chiqim nakladnoylarini 1C ga kiritish.", "data_entry"),
    # a table kept in Excel is data; subscribers and reviews answered are customers
    ("Vazifalar: Excel jadvalini yuritish.", "data_entry"),
    # … and so is a table of goods or shipments kept in Excel, its words apart
    ("Vazifalar: Excel'da kunlik ombor qoldiqlari jadvalini yuritish.", "data_entry"),
    ("Вазифалар: Excel да юк жўнатмалари жадвалини юритиш.", "data_entry"),
    ("Обязанности: ведение графика отгрузок в Excel.", "data_entry"),
    ("Вазифалар: абонентлар қўнғироқларига жавоб бериш.", "customer_support"),
    ("Vazifalar: otzivlarga javob yozish.", "customer_support"),
    ("Vazifalar: mijozlar bilan uchrashuvlarini jadvalga qo'yish.", "calendar_scheduling"),
])
def test_an_uzbek_duty_of_programs_tables_subscribers_and_reviews_is_read(description: str, tag_: str) -> None:
    assert tag_ in _strong(description)


@pytest.mark.parametrize("description,tag_", [
    # a person's day is a schedule kept, not a table of data
    ("Vazifalar: rahbarning kunlik jadvalini yuritish.", "data_entry"),
    ("Вазифалар: шифокорлар қабул жадвалини юритиш.", "data_entry"),
    ("Vazifalar: majlislar jadvalini yuritish, hisobotlarni Excel'da tayyorlash.", "data_entry"),
    ("Обязанности: ведение графика руководителя, отчёты в Excel.", "data_entry"),
    # 1C as a requirement is a skill wanted
    ("Talablar: 1С ва Excel билиш.", "data_entry"),
])
def test_an_uzbek_schedule_or_a_program_wanted_is_no_data_entry(description: str, tag_: str) -> None:
    assert tag_ not in _strong(description)


@pytest.mark.parametrize("description,schedule", [
    # a table kept in a spreadsheet is no schedule, though its words keep one elsewhere
    ("Vazifalar: Excel'da kunlik ombor qoldiqlari jadvalini yuritish.", False),
    ("Вазифалар: Excel да юк жўнатмалари жадвалини юритиш.", False),
    ("Обязанности: ведение графика отгрузок в Excel.", False),
    # a person's schedule or the meetings' is one, a spreadsheet named beside it or not
    ("Vazifalar: majlislar jadvalini yuritish, hisobotlarni Excel'da tayyorlash.", True),
    ("Вазифалар: раҳбарнинг кунлик жадвалини юритиш.", True),
    ("Обязанности: ведение графика руководителя, отчёты в Excel.", True),
])
def test_a_table_kept_in_a_spreadsheet_is_no_schedule(description: str, schedule: bool) -> None:
    assert ("calendar_scheduling" in _strong(description)) == schedule


@pytest.mark.parametrize("description,tag_", [
    ("Sahifaga joylash, direktga javob berish va reklama — SMM menejer va targetolog ishi.", "social_media"),
    ("Videolarni kanalga yuklash va izohlarga javob berish — kanal menejerining ishi.", "social_media"),
    ("Солиқ ҳисоботлари ва баланс, счёт-фактуралар — бош ҳисобчи вазифаси.", "bookkeeping"),
    ("Qo'ng'iroqlarni qabul qilish — call-markaz operatorlari ishi.", "phone_answering"),
])
def test_work_before_a_dash_naming_anothers_work_is_theirs(description: str, tag_: str) -> None:
    assert tag_ not in _strong(description)


@pytest.mark.parametrize("title,description,tag_", [
    # the party is the title's role: the seeker's own work
    ("Call-markaz operatori", "Vazifalar:\n- kiruvchi qo'ng'iroqlarga javob berish — operator ishi.", "phone_answering"),
    # a dash that names the work, not another's: "the main work is …"
    ("SMM menejer", "Asosiy ish — Instagram sahifasini yuritish, postlar joylash.", "social_media"),
])
def test_a_dash_naming_the_seekers_own_work_keeps_it(title: str, description: str, tag_: str) -> None:
    assert tag_ in tag_text(title, description).tags


@pytest.mark.parametrize("title,description", [
    ("Video montajchi (YouTube kanal)", "Vazifalar: haftasiga 2 ta video montaj qilish, subtitrlarni joylash."),
    ("Mobilograf kerak (reels suratga olish va montaj)", "Reels suratga olib, CapCut'da montaj qilish."),
    ("Таъминотчи (снабженец)", "Вазифалар: маҳсулот харид қилиш, нархларни Excel жадвалга киритиш."),
])
def test_uzbek_video_editors_and_purchasers_are_no_va_work(title: str, description: str) -> None:
    assert not tag_text(title, description).va_relevant


@pytest.mark.parametrize("title,description,bookkeeping", [
    # waybills and invoices keyed into 1C, and the till's takings reconciled with it, are the books, as «ввод первичных
    # документов в 1С» is
    ("Operator (ma'lumot kirituvchi) kerak",
     "Vazifalar:\n▪️ nakladnoy va schyot-fakturalarni 1C dasturiga kiritish\n▪️ kiritilgan ma'lumotlarni asl "
     "hujjatlar bilan solishtirish", True),
    ("1С оператор керак",
     "Иш мазмуни:\n- кирим ва чиқим накладнойларини 1С га киритиш\n- мижозларга счёт-фактура чиқариш\n- ҳар куни "
     "кассадаги тушумни 1С билан солиштириш", True),
    # goods received by waybill, or orders keyed in, are not
    ("Omborchi kerak", "Vazifalar:\n- nakladnoy bo'yicha tovarlarni qabul qilish va tarqatish\n- omborni tartibda "
     "saqlash", False),
    ("Operator kerak", "Vazifalar:\n- buyurtmalarni 1C dasturiga kiritish\n- mijozlar bilan telefonda gaplashish",
     False),
])
def test_uzbek_primary_documents_keyed_into_1c_are_bookkeeping(title: str, description: str,
                                                               bookkeeping: bool) -> None:
    r = tag_text(title, description)
    assert ("bookkeeping" in r.tags) is bookkeeping, (r.tags, r.scores)
