"""HR, recruiting and people-operations back offices (``tests/data/tags_written_ao``): new hires, hours, leave and
candidates' statuses keyed into an HR system, a payroll tool or a sheet, PTO among them; a calendar a list's item bids
the seeker own; Telegram posts whose first line is hashtags only; and what is no VA work next door: a senior or lead
accountant, an assessor, a software vendor's or a school's advert tagged #вакансия. Each with an honest post using the
same words."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher import default_matcher


def _strong(text: str) -> set[str]:
    return {h.tag for h in default_matcher().match(text, in_title=False) if h.weight >= 1.0}


@pytest.mark.parametrize("text,tag_,found", [
    # hours, new hires and statuses keyed into an HR system, a payroll tool or a sheet
    ("Key approved hours into the payroll system every Monday.", "data_entry", True),
    ("Enter new hires and address changes into the HRIS.", "data_entry", True),
    ("Set up employee profiles in BambooHR from the signed offer.", "data_entry", True),
    ("Enter timesheets for the warehouse crew before the cutoff.", "data_entry", True),
    ("Working hours: Monday to Friday, 9 to 5.", "data_entry", False),
    ("Our hiring team uses an HRIS and an ATS you will learn.", "data_entry", False),
    ("We pay through Gusto every other Friday.", "data_entry", False),
    ("внесение откликов и статусов кандидатов в Хантфлоу", "data_entry", True),
    ("ввод больничных листов и приказов на отпуск в базу", "data_entry", True),
    ("внесение табелей от подразделений", "data_entry", True),
    ("отмечать статус кандидата в Google Таблице", "data_entry", True),
    ("Больничные оплачиваются, отпуск 28 дней.", "data_entry", False),
    ("Табель учёта рабочего времени ведёт бригадир.", "data_entry", False),
    ("ثبت تردد و مرخصی پرسنل در نرم‌افزار", "data_entry", True),
    ("ثبت وضعیت متقاضیان در فایل اکسل مشترک", "data_entry", True),
    ("ثبت سفارش در فایل مشتری انجام می‌شود", "data_entry", False),
    ("مرخصی استحقاقی و بیمه تکمیلی", "data_entry", False),
    ("Ma'lumotlarni Google Sheets'ga kiritish", "data_entry", True),
    ("Google Sheets bilan ishlay olish", "data_entry", False),
])
def test_hr_records_keyed(text: str, tag_: str, found: bool) -> None:
    strong = _strong(text)
    assert (tag_ in strong) is found, strong


def test_hr_records_keyed_name_the_task() -> None:
    # a duty list's items keying records name data entry; the same tools under requirements do not
    duties = tag_text("HR Assistant", "Responsibilities:\n- Enter new hires and status changes into Paycom\n"
                                      "- Maintain personnel files\n- Answer the HR main line")
    assert "data_entry" in duties.tags
    wanted = tag_text("HR Assistant", "Responsibilities:\n- Maintain personnel files\n- Answer the HR main line\n"
                                      "Requirements:\n- Experience with Paycom, BambooHR or another HRIS")
    assert "data_entry" not in wanted.tags
    ru = tag_text("Кадровик", "Обязанности:\n- оформление приёма и увольнения\n- ввод больничных и табелей в 1С:ЗУП\n"
                              "- ведение личных дел")
    assert "data_entry" in ru.tags


@pytest.mark.parametrize("description,calendar", [
    # "Own …" opening a list's item bids the seeker own it, as "You own …" says it
    ("Responsibilities\n- Own the CEO's calendar: 1:1s, board meetings\n- Book travel", True),
    ("Responsibilities\n- Own our inbox and the calendar\n- Book travel", True),
    # … not the adjective of a requirement, nor the company's "we own"
    ("Requirements\n- Own laptop, phone and a quiet place to work", False),
    ("Responsibilities\n- Book travel\nWe own the calendar app you will use.", False),
])
def test_imperative_own(description: str, calendar: bool) -> None:
    strong = {h.tag for h in default_matcher().match_reading(default_matcher().read(description), in_title=False,
                                                             own=frozenset(), others=None) if h[1] >= 1.0}
    assert ("calendar_scheduling" in strong) is calendar, strong


def test_imperative_own_reads_its_object_only() -> None:
    # what tickets are about ("invoice templates") after the owned queue is no duty of its own
    result = tag_text("Customer Support Specialist", "What you'll do\nOwn our Zendesk queue on weekdays: answer "
                                                     "email and chat tickets about logins, invoice templates and "
                                                     "payment links.\nWalk customers through setup.")
    assert "bookkeeping" not in result.tags


@pytest.mark.parametrize("text", [
    "Responsibilities:\n- Schedule new-hire orientation sessions with IT and payroll",
    "Responsibilities:\n- Scheduling orientations for each new cohort of drivers",
])
def test_orientations_scheduled(text: str) -> None:
    assert "calendar_scheduling" in _strong(text)


def test_orientation_not_scheduled() -> None:
    assert "calendar_scheduling" not in _strong("Orientation is scheduled by your manager in week one.")


@pytest.mark.parametrize("title,description,tag_", [
    ("#вакансия #удалённо #кадры", "Кадровик-делопроизводитель в аутсорсинговую компанию\nЗадачи:\n"
                                   "— ведение личных дел в Google Диске\n— внесение отпусков в 1С:ЗУП", "general_admin"),
    ("#vakansiya #ish", "Kotiba kerak\nVazifalar:\n- qo'ng'iroqlarga javob berish\n- hujjatlarni arxivlash",
     "general_admin"),
    ("#استخدام #دورکاری", "اپراتور پشتیبانی آنلاین\n🔹 پاسخ به سوالات کاربران در چت سایت و تیکت‌ها",
     "customer_support"),
])
def test_hashtag_title_gives_way_to_the_first_line(title: str, description: str, tag_: str) -> None:
    result = tag_text(title, description)
    assert result.va_relevant and tag_ in result.tags, result


def test_hashtag_title_keeps_a_long_first_line_in_the_description() -> None:
    # a first line that is a paragraph, not a role's line, stays the description's
    long_line = "Мы — аутсорсинговая компания, ведём кадры сорока небольших клиентов по всей России и растём " * 2
    result = tag_text("#вакансия #кадры", long_line + "\nЗадачи: ведение личных дел, внесение отпусков в 1С:ЗУП")
    assert "general_admin" not in result.tags or result.scores.get("general_admin", 0) < 3.0


@pytest.mark.parametrize("title,description,job", [
    # a school's course or a vendor's tool tagged as a vacancy is an advert: a hashtag says how it is found
    ("🔥 Профессия «Кадровик» с нуля", "Научим вести личные дела, вносить данные в 1С:ЗУП и архив.\n"
                                      "Старт потока — 15 января.\nПомощь в трудоустройстве.\n#обучение #вакансия", False),
    ("📚 دوره جامع کارگزینی", "✅ آموزش ثبت اطلاعات پرسنل در سپیدار و بایگانی پرونده‌ها\n✅ مدرک معتبر قابل ترجمه\n"
                             "✅ معرفی به بازار کار\nظرفیت محدود\n#استخدام #آموزش", False),
    ("Stop juggling interview calendars", "Our tool schedules interviews, sends reminders and manages your "
                                          "interviewers' calendars.\n14-day free trial. Book a demo today.\n#hiring",
     False),
    ("HR kursi", "Kursda hujjatlarni arxivlash va 1C ga ma'lumot kiritishni o'rgatamiz.\n"
                 "Kurs boshlanadi 1-fevralda. Ishga joylashishga yordam beramiz.\n#vakansiya", False),
    # … but one that says in its words that it hires is a job
    ("Администратор учебного центра", "Вакансия: отвечать на звонки, рассказывать, когда старт потока и что "
                                      "помощь в трудоустройстве входит в курс.\n#вакансия", True),
    ("منشی آموزشگاه", "استخدام منشی: پاسخگویی به تلفن، اطلاع‌رسانی شروع دوره و ظرفیت محدود کلاس‌ها\n#استخدام",
     True),
])
def test_adverts_tagged_as_vacancies(title: str, description: str, job: bool) -> None:
    result = tag_text(title, description)
    assert bool(result.tags) is job and result.va_relevant is job, result


@pytest.mark.parametrize("title,relevant", [
    # a senior or lead accountant owns the payroll and its reports; an assessor assesses: no VA work
    ("Ведущий бухгалтер по расчёту заработной платы", False),
    ("Старший бухгалтер", False),
    ("Yetakchi buxgalter", False),
    ("Специалист по оценке персонала (ассессор)", False),
    # … an accountant's assistant keys the primary documents
    ("Помощник бухгалтера", True),
    ("Buxgalter yordamchisi", True),
])
def test_senior_accountants_and_assessors(title: str, relevant: bool) -> None:
    description = {
        True: "Обязанности:\n- ввод первичных документов в 1С\n- сканирование и архив документов\n"
              "Vazifalar:\n- birlamchi hujjatlarni 1C ga kiritish",
        False: "Обязанности:\n- расчёт заработной платы и отчётность 6-НДФЛ\n- интервью по компетенциям\n"
               "- контроль работы двух расчётчиков",
    }[relevant]
    assert tag_text(title, description).va_relevant is relevant


@pytest.mark.parametrize("description,tag_,found", [
    # leave or an insurance an HR or payroll office keys, under the duties' heading, is no benefits sentence
    ("Duties\n- Key approved hours, mileage and PTO into Gusto before the cutoff\n- File signed timesheets",
     "data_entry", True),
    ("Responsibilities:\n- Log paid time off requests in the tracker spreadsheet\n- Answer the HR phone line",
     "data_entry", True),
    ("شرح وظایف\n- ثبت بیمه تکمیلی پرسنل در اکسل\n- بایگانی پرونده‌ها", "data_entry", True),
    # … but a benefits sentence is boilerplate before the duties, or as the company's offer after them
    ("We offer PTO and dental; you key data into our spreadsheet.\nDuties\n- Answer the phone line", "data_entry", False),
    ("Duties\n- Answer the phone line\nWe offer PTO, dental and spreadsheet training.", "data_entry", False),
    ("بیمه تکمیلی و ثبت ساعات در اکسل برای همه\nشرح وظایف\n- پاسخگویی به تلفن", "data_entry", False),
])
def test_leave_and_insurance_as_an_hr_duty_object(description: str, tag_: str, found: bool) -> None:
    _, body, *_ = phrase_scores("HR Clerk", description)
    assert (body.get(tag_, 0.0) >= 1.0) is found, body


@pytest.mark.parametrize("text,found", [
    # a sheet or a table brought up to date is data entry
    ("Update the weekly availability sheet every Friday.", True),
    ("Updating the applicant spreadsheet after each call.", True),
    ("Update our website banners; the style sheet is ready.", False),
    ("Our sheet metal shop will update its machines this year.", False),
    ("обновлять таблицу откликов после каждого звонка", True),
    ("Обновление таблицы смен делает старший администратор.", True),
    ("обновлять страницу вакансий на сайте", False),
    ("nomzodlar jadvalini yangilash", True),
    ("saytni yangilash va postlar joylash", False),
    ("به روزرسانی فایل اکسل متقاضیان", True),
    ("به روزرسانی سایت و صفحات محصول", False),
])
def test_sheets_updated(text: str, found: bool) -> None:
    assert ("data_entry" in _strong(text)) is found, _strong(text)
