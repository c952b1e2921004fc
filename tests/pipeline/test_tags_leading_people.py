"""A duty of leading people in a description (``matcher.titles.LEADS``, ``taxonomy.json``'s ``leads_people``): a head or
manager running a team does no VA work however its title reads, the labelling rules' "managers whose work is not
those tasks"; the relevance model reads it as it reads a not-VA title. A team's calendar or inbox kept, or work done
with a team, is no leading."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher.titles import LEADS


def _leads(description: str) -> bool:
    return bool(phrase_scores("Manager", description)[1].get(LEADS))


@pytest.mark.parametrize("description,leads", [
    # leading people, in each language
    ("You will:\n- Manage a team of 6 leads and roughly 60 captioners", True),
    ("You will:\n- Hire and manage three section editors", True),
    ("What you'll do:\n- Lead a team of four coordinators", True),
    ("Обязанности:\n- руководство командой из 5 аналитиков;", True),
    ("Задачи:\n• руководить отделом маркетплейсов (9 человек)", True),
    ("Обязанности:\n- обучение и контроль работы подчинённых", True),
    ("شرح وظایف:\n• سرپرستی ۲۰ نفر پرسنل اداری و خدماتی", True),
    ("ما به دنبال کسی هستیم که:\n۱. تیم ۶ نفره تولید محتوا را رهبری کند", True),
    ("Vazifalar:\n- jamoani boshqarish va rejalashtirish", True),
    # hard negatives: a team's calendar or inbox kept, work done with or for a team, leading what is not people
    ("You will:\n- Manage the team's calendars and inbox", False),
    ("You will:\n- Manage a team calendar and book meetings", False),
    ("You will:\n- Support a team of 12 lawyers with scheduling", False),
    ("Requirements:\n- 3+ years managing teams", False),
    ("You won't manage a team of your own: this is a hands-on role.", False),
    ("Обязанности:\n- ведение календаря команды и протоколов встреч", False),
    ("Обязанности:\n- помощь руководителю отдела продаж", False),
    ("شرح وظایف:\n• هماهنگی جلسات تیم و تنظیم تقویم مدیرعامل", False),
    ("Vazifalar:\n- jamoa bilan ishlash, rahbarning kalendarini yuritish", False),
])
def test_a_duty_of_leading_people(description: str, leads: bool) -> None:
    assert _leads(description) is leads, description


def test_a_head_running_a_team_is_no_va_work_whatever_its_title_reads() -> None:
    r = tag_text("Manager, Captioning Operations",
                 "We're hiring a Manager of Captioning Operations to lead our post-production captioning team.\n\n"
                 "You will\n- Manage a team of 6 leads and roughly 60 in-house and contract captioners\n"
                 "- Own turnaround, accuracy and cost-per-minute targets for 400+ client accounts\n"
                 "- Make sure our captions meet FCC and WCAG standards\n- Recruit, train and evaluate captioning staff")
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)
    r = tag_text("مدیر محتوا",
                 "ما به دنبال یک مدیر محتوا هستیم که:\n۱. استراتژی محتوای وبلاگ و شبکه‌های اجتماعی را تدوین کند\n"
                 "۲. تیم ۶ نفره تولید محتوا (نویسنده، ویراستار و ادمین شبکه‌های اجتماعی) را رهبری کند\n"
                 "۳. تقویم محتوایی را تعیین و کیفیت خروجی تیم را کنترل کند")
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)


def test_the_work_of_one_who_leads_no_one_stays_va_work() -> None:
    r = tag_text("Transcriptionist (Freelance)",
                 "You will\n- Transcribe interviews and focus groups\n- Add speaker IDs and timestamps\n"
                 "- Work with a team of 20 other transcriptionists")
    assert r.va_relevant and "transcription" in r.tags, (r.va_relevance, r.tags)
    r = tag_text("تولید کننده محتوا",
                 "شرح وظایف:\n• نگارش مقالات سئو شده برای وبلاگ\n• همکاری با تیم ۶ نفره محتوا\n"
                 "• بارگذاری مقالات در وردپرس")
    assert r.va_relevant and "content_writing" in r.tags, (r.va_relevance, r.tags)
