"""Professional-services offices: the legal, claims, valuation and coding specialists next door to their secretaries
and assistants, and a coordinator of deals from contract to close (``tests/data/tags_written_z``)."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher import default_matcher
from pipeline.tags.matcher.titles import NOT_VA

OFFICE_DUTIES = "Answer the phones, book client appointments and keep the archive."


@pytest.mark.parametrize("title", [
    "Litigation Paralegal", "Field Claims Adjuster - Property", "Residential Appraiser Trainee",
    "Certified Medical Coder (CPC) - Remote", "Помощник нотариуса", "Ассистент нотариуса (г. Казань)",
    "Оценщик недвижимости", "Специалист по урегулированию убытков", "Notarius yordamchisi kerak",
    "Нотариус ёрдамчиси керак", "استخدام دفتریار اول", "استخدام دفتريار", "کارشناس ارزیاب خسارت بدنه اتومبیل",
    "کارشناس کدگذاری پزشکی",
])
def test_a_legal_claims_valuation_or_coding_specialist_is_no_va_title(title: str) -> None:
    # a deputy notary, a notary's assistant (a legal post), a paralegal, an adjuster, an appraiser, a coder
    assert NOT_VA in phrase_scores(title, OFFICE_DUTIES)[0]


@pytest.mark.parametrize("title", [
    "Legal Secretary - Family Law", "Секретарь нотариуса", "Секретарь-делопроизводитель (адвокатское бюро)",
    "Notarius idorasiga kotiba kerak", "منشی دفتر اسناد رسمی", "Virtual Assistant for Paralegals",
    "Client Service Assistant - Insurance Agency", "Patient Billing Assistant (no coding)",
    "Qidiruv natijalarini baholovchi (masofaviy)", "Оценщик поисковой выдачи (удалённо)",
])
def test_the_office_staff_next_to_them_stays_va_work(title: str) -> None:
    assert NOT_VA not in phrase_scores(title, OFFICE_DUTIES)[0]
    assert tag_text(title, OFFICE_DUTIES).va_relevant


TC_DUTIES = ("- Send the intro email to all parties and keep them updated by email every week\n"
             "- Track every contract deadline in our Trello board")


@pytest.mark.parametrize("title", ["Real Estate Transaction Coordinator (Remote, Contract)",
                                   "Transaction Coordinator (Contract-to-Close)", "Closing Coordinator - Title Company",
                                   "Координатор сделок (агентство недвижимости)"])
def test_a_coordinator_of_deals_is_an_assistant_of_projects(title: str) -> None:
    # contract to close: the file's deadlines kept, the parties e-mailed, at an assistant's level
    scores = phrase_scores(title, TC_DUTIES)[0]
    assert scores.get("project_management") == 1.0, scores
    r = tag_text(title, TC_DUTIES)
    assert r.va_relevant and "project_management" in r.tags and "general_admin" not in r.tags, (r.va_relevance, r.tags)


@pytest.mark.parametrize("title", ["Transaction Analyst", "Юрист по сделкам с недвижимостью",
                                   "Transaction Manager (M&A)"])
def test_an_analyst_lawyer_or_manager_of_deals_is_no_coordinator(title: str) -> None:
    assert phrase_scores(title, TC_DUTIES)[0].get("project_management", 0.0) < 1.0


@pytest.mark.parametrize("title,description,kept", [
    # the booking and the calls kept by the office's secretary are another's work in a notary's assistant's post …
    ("Помощник нотариуса", "Обязанности: подготовка проектов нотариальных документов. Запись клиентов и звонки ведёт "
     "секретарь.", False),
    ("Юрист", "Составление договоров. Запись на консультации и входящие звонки ведут секретари.", False),
    # … and the seeker's own in a secretary's
    ("Секретарь", "Секретарь ведёт запись клиентов и принимает звонки.", True),
    ("Офис-менеджер", "Отвечать на звонки и записывать клиентов на приём.", True),
])
def test_what_the_secretary_keeps_is_no_duty_of_another_role(title: str, description: str, kept: bool) -> None:
    tags = phrase_scores(title, description)[1]
    assert (tags.get("phone_answering", 0.0) >= 1.0) is kept and (tags.get("calendar_scheduling", 0.0) >= 1.0) is kept, tags


def _strong(text: str, tag_: str) -> bool:
    return any(h.tag == tag_ and h.weight >= 1.0 for h in default_matcher().match(text, in_title=False))


@pytest.mark.parametrize("text,tag_,strong", [
    # dictation typed: an audio typist's transcription
    ("Typing digital dictation (BigHand) into letters and attendance notes", "transcription", True),
    ("Experienced audio typist for our conveyancing team", "transcription", True),
    ("Audio typing of fee earners' letters", "transcription", True),
    ("Набор текста под диктовку руководителя", "transcription", True),
    ("تایپ دیکته‌های وکیل", "transcription", True),
    ("Dictation software such as Dragon is used by our attorneys", "transcription", False),
    ("Typing letters from our templates", "transcription", False),
    # calendars maintained, inspections scheduled
    ("Maintain the attorneys' calendars in Clio: hearings and mediations", "calendar_scheduling", True),
    ("Schedule inspections, appraisal access and the final walk-through", "calendar_scheduling", True),
    ("Maintain the office printers and the shared calendar app licence renewals", "calendar_scheduling", False),
    ("Pass the vehicle inspection and keep your schedule flexible", "calendar_scheduling", False),
    # requests registered in the system: a dispatcher's data entry
    ("регистрация заявок в системе «Домовладелец», передача мастерам", "data_entry", True),
    ("регистрировать заявки жителей в системе", "data_entry", True),
    ("регистрация юридических лиц и ИП", "data_entry", False),
    ("ведёт приём и регистрацию обращений граждан", "data_entry", False),  # a document clerk's correspondence
    # a phone answered, the Persian «جواب دادن» without «به»
    ("کار: جواب دادن تلفنها، ثبت فایلهای جدید", "phone_answering", True),
    ("جوابگویی تلفنی به مشتریان", "phone_answering", True),
    ("جواب دادن به سوالات فنی کارشناسان", "phone_answering", False),
])
def test_an_office_s_duties_in_its_own_words(text: str, tag_: str, strong: bool) -> None:
    assert _strong(text, tag_) is strong, [(h.tag, h.evidence, h.weight) for h in default_matcher().match(
        text, in_title=False)]


@pytest.mark.parametrize("description", [
    "Responsibilities\n- Prepare her monthly expense reports in Chrome River\n- Book her travel",
    "Обязанности:\n- составление авансовых отчётов руководителя\n- бронирование билетов",
])
def test_expense_reports_prepared_are_a_listed_duty(description: str) -> None:
    r = tag_text("Executive Assistant", description)
    assert "bookkeeping" in r.tags, (r.tags, r.scores)


def test_an_audio_typist_is_read_as_transcription() -> None:
    r = tag_text("Legal Audio Typist - Remote", "- Typing digital dictation into letters and attendance notes")
    assert "transcription" in r.tags, (r.tags, r.scores)
