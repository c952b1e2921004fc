"""The public sector, NGOs, universities and schools (``tests/data/tags_written_ab``): donors, supporters and
applicants answered as the organisation's clients, grades, attendance and enrolments entered, pupils' and students'
files kept, interviews and exams scheduled, a list item behind a bullet typed without a space; and the roles next door
that are no VA work: lecturers and teachers (whose title names the subject taught), researchers, M&E specialists and
chief accountants; a dean's-office «методист» is office work. Each with an honest post using the same words."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher import default_matcher
from pipeline.tags.matcher.titles import NOT_VA


def _strong(text: str) -> set[str]:
    return {h.tag for h in default_matcher().match(text, in_title=False) if h.weight >= 1.0}


@pytest.mark.parametrize("text,tag_,found", [
    # donors, supporters and applicants are the organisation's clients
    ("Answer the supporter line and help with questions about gifts and receipts.", "customer_support", True),
    ("Join our donor care team and reply to donor enquiries.", "customer_support", True),
    ("Reply to applicants' general questions about requirements and opening hours.", "customer_support", True),
    ("Our donors fund 120 schools across the region.", "customer_support", False),
    ("отвечать на звонки и сообщения доноров, помогать с вопросами о пожертвованиях", "customer_support", True),
    ("Ассистент в отдел по работе с донорами", "customer_support", True),
    ("Фонд помогает донорам крови найти ближайший пункт сдачи.", "customer_support", False),
    ("homiylar bilan ishlash va ularning savollariga javob berish", "customer_support", True),
    ("Loyiha homiylar tomonidan moliyalashtiriladi.", "customer_support", False),
    ("کارشناس ارتباط با حامیان و پاسخگویی به حامیان", "customer_support", True),
    ("این موسسه از ۱۲۰۰ خانواده حمایت می‌کند و حامیان آن در سراسر کشورند.", "customer_support", False),
    # grades, attendance and enrolments entered
    ("Enter daily attendance and new enrolments into the school MIS.", "data_entry", True),
    ("Log passports received and returned in the register.", "data_entry", True),
    ("Students must enter the exam hall ten minutes early; attendance is compulsory.", "data_entry", False),
    ("внесение оценок и данных о посещаемости в систему", "data_entry", True),
    ("оценка посещаемости сайта и конверсий", "data_entry", False),
    ("davomat va baholarni elektron jurnalga kiritish", "data_entry", True),
    ("o'quvchilarni jurnalda belgilab borish o'qituvchining vazifasi", "data_entry", False),
    ("ورود نمرات و اطلاعات ثبت‌نام دانشجویان در سامانه آموزشی", "data_entry", True),
    ("اعلام نمرات توسط اساتید انجام می‌شود", "data_entry", False),
    # pupils', students' and personal files kept
    ("Maintain student files and update records in the student records system.", "file_organization", True),
    ("Keep the Director's office files organised and confidential.", "file_organization", True),
    ("Files are shared with parents at the end of term.", "file_organization", False),
    ("принимать оригиналы документов и формировать личные дела абитуриентов", "file_organization", True),
    ("решать личные дела в рабочее время нельзя", "file_organization", False),
    ("o'quvchilarning shaxsiy yig'majildlarini yuritish", "file_organization", True),
    ("o'quvchilarga shaxsiy maslahatlar berish", "file_organization", False),
    ("بایگانی پرونده‌های دانشجویی و مدارک اساتید", "file_organization", True),
    ("دانشجویان پرونده آموزشی خود را در سامانه می‌بینند", "file_organization", False),
    # interviews and exams scheduled, class timetables
    ("Schedule exam boards and book rooms for the committee.", "calendar_scheduling", True),
    ("Students sit the exam in June.", "calendar_scheduling", False),
    ("записывать абитуриентов на вступительное собеседование и напоминать о времени", "calendar_scheduling", True),
    ("собеседование проводит руководитель отдела", "calendar_scheduling", False),
    ("abituriyentlarni suhbatga yozish va eslatish", "calendar_scheduling", True),
    ("suhbatdan so'ng natija xabar qilinadi", "calendar_scheduling", False),
    ("تنظیم برنامه امتحانات و برنامه کلاس‌ها", "calendar_scheduling", True),
    ("امتحانات در پایان ترم برگزار می‌شود", "calendar_scheduling", False),
])
def test_public_sector_duties(text: str, tag_: str, found: bool) -> None:
    strong = _strong(text)
    assert (tag_ in strong) is found, strong


def test_a_bullet_typed_against_its_word_opens_a_list_item() -> None:
    glued = default_matcher().read("وظایف:\n✔️ورود اطلاعات دانش آموزان\n✔️پاسخگویی تلفنی به اولیا")
    spaced = default_matcher().read("وظایف:\n✔️ ورود اطلاعات دانش آموزان")
    assert glued.opens_item(glued.toks.index("\n") + 1)
    assert spaced.opens_item(spaced.toks.index("\n") + 1)
    inside = default_matcher().read("حقوق ۲۰✔️ورود آزاد")  # a mark within a line opens nothing
    assert not any(inside.opens_item(i) for i in range(1, len(inside.toks)))


@pytest.mark.parametrize("title,tasks", [
    # a teacher's title names the subject taught, not the seeker's tasks
    ("Lecturer in Business and Office Administration", set()),
    ("Office Skills Tutor", set()),
    ("Преподаватель делопроизводства", set()),
    ("جذب مدرس حق التدریس - رشته مدیریت امور دفتری", set()),
    # a generalist role right beside the teacher's word is the teacher's assistant, as before
    ("Teacher Assistant", {"general_admin"}),
    ("Ассистент преподавателя", {"general_admin"}),
])
def test_a_teachers_title_names_the_subject(title: str, tasks: set[str]) -> None:
    score = phrase_scores(title, "")[0]
    assert score.get(NOT_VA) == 1.0
    assert {t for t, v in score.items() if t[0] != "_" and v >= 1.0} == tasks


@pytest.mark.parametrize("title,description,relevant", [
    ("Lecturer in Business and Office Administration", "Responsibilities:\n- plan and deliver lectures\n- set and "
     "mark assignments\nModules include Records Management, Customer Service and Bookkeeping.", False),
    ("جذب مدرس حق التدریس - رشته مدیریت امور دفتری", "دروس مورد نیاز:\n- اصول بایگانی و مدیریت اسناد\n"
     "- مکاتبات اداری\n- ماشین نویسی و تایپ فارسی", False),
    ("Research Fellow – Public Administration Reform", "Lead research on civil-service reform, write policy papers "
     "and present findings at conferences.", False),
    ("Monitoring and Evaluation Specialist", "Design the M&E framework, clean and analyse survey data in Stata, "
     "supervise the survey firm.", False),
    ("Bosh hisobchi", "Lavozim majburiyatlari:\n— buxgalteriya hisobini tashkil etish;\n— byudjet smetalarini "
     "tuzish;\n— hisobchilar ishini nazorat qilish.", False),
    # hard negatives: the same institutions' office staff are VA work
    ("Методист деканата", "Обязанности:\n• составление расписания занятий;\n• ведение личных дел студентов;\n"
     "• внесение оценок в информационную систему;\n• ведение протоколов заседаний совета факультета.", True),
    ("Faculty Office Administrator", "Main duties\n1. Deal with student enquiries in person and by phone.\n"
     "2. Maintain student files.\n3. Schedule exam boards.", True),
    ("منشی دانشکده", "شرح وظایف:\n• پاسخگویی تلفنی به سؤالات دانشجویان\n• ورود نمرات در سامانه آموزشی", True),
    ("Ассистент бухгалтера", "Обязанности:\n- ввод первичных документов в 1С\n- сканирование и архив", True),
])
def test_the_roles_next_to_the_office(title: str, description: str, relevant: bool) -> None:
    r = tag_text(title, description)
    assert r.va_relevant is relevant, (r.va_relevance, r.tags)
