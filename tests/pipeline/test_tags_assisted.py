"""An assistant to a director, a head or a chief is VA work however the person is named: «Помощник генерального
директора», "Executive Assistant to the Managing Director", "EA to the Chief Operating Officer", "Bosh direktor
yordamchisi", "CEO Assistant", "Director's PA"; the director, the deputy, the "Assistant Director" and two roles
joined ("Director / Assistant") are not
(``pipeline.tags.matcher.titles.ReadsTitles.assists_them``, ``taxonomy.json``'s ``not_va_titles.assisted``)."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher.titles import NOT_VA

RU = "Удалённо. Ведение почты и календаря руководителя, бронирование билетов, протоколы встреч."
EN = "Remote. Manage the inbox and calendar, book travel, take meeting notes."
UZ = "Masofaviy. Rahbarning pochtasi va taqvimini yuritish, chiptalarni bron qilish."
UZ_CYRL = "Масофавий. Раҳбарнинг почтаси ва тақвимини юритиш, чипталарни брон қилиш."
FA = "دورکاری. مدیریت ایمیل و تقویم مدیر، رزرو بلیط، تنظیم صورتجلسه."

ASSISTANTS = [
    ("Помощник генерального директора", RU),
    ("Ассистент генерального директора", RU),
    ("Секретарь генерального директора", RU),
    ("Референт генерального директора", RU),
    ("Личный помощник генерального директора", RU),
    ("Помощник исполнительного директора", RU),
    ("Ассистент коммерческого директора", RU),
    ("Помощник финансового директора", RU),
    ("Помощник технического директора", RU),
    ("Секретарь директора", RU),
    ("Секретарь-референт генерального директора", RU),
    ("Помощник руководителя отдела", RU),
    ("Ассистент генерального директора (удалённо)", RU),
    ("Офис-менеджер / помощник директора", RU),
    ("Bosh direktor yordamchisi", UZ),
    ("Moliya direktori yordamchisi", UZ),
    ("Бош директор ёрдамчиси", UZ_CYRL),
    ("Rahbar yordamchisi", UZ),
    ("دستیار مدیرعامل", FA),
    ("دستیار مدیر فروش", FA),  # an assistant to a sales manager doing the manager's admin
    ("دستیار مدیر مالی", FA),
    ("منشی مدیرعامل", FA),
    ("Executive Assistant to the Managing Director", EN),
    ("EA to the Chief Operating Officer", EN),
    ("PA to the CFO", EN),
    ("Personal Assistant to the Finance Director", EN),
    ("Assistant to the VP of Sales", EN),
    ("Executive Assistant to the Head of Engineering", EN),
    ("Secretary to the Director General", EN),
    # the person first, as English boards write it too: the assistant's words right after the person's
    ("CEO Assistant", EN),
    ("Director's Assistant", EN),
    ("Founder's Executive Assistant", EN),
    ("Managing Director's PA", EN),
    ("COO Executive Assistant", EN),
    ("Sales Director Assistant", EN),
    ("Помощник руководителя отдела продаж", RU),
    ("Ishlab chiqarish direktori yordamchisi", UZ),
]


@pytest.mark.parametrize("title,description", ASSISTANTS, ids=[t for t, _ in ASSISTANTS])
def test_an_assistant_to_a_director_however_named_is_va_work(title: str, description: str) -> None:
    assert NOT_VA not in phrase_scores(title, description)[0]
    r = tag_text(title, description)
    assert r.va_relevant and "personal_errands" in r.tags, (r.va_relevance, r.tags)


@pytest.mark.parametrize("title,description", [
    ("Помощник генерального директора", ""),  # an hh snippet: the title alone decides
    ("Ассистент генерального директора", "Полный день, офис в центре."),
    ("Executive Assistant to the Managing Director", ""),
    ("EA to the Chief Operating Officer", "Full-time, remote."),
])
def test_the_title_alone_says_so(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert r.va_relevant and "personal_errands" in r.tags, (r.va_relevance, r.tags)
    assert r.evidence["personal_errands"]


# A field's not-VA word beside the person with no link word: as often the field's junior manager as the head's
# assistant, so the description decides (a labelled hh posting, «Помощник руководителя строительства коттеджей», runs
# building sites).
SITE_RU = ("Полный цикл управления: от формирования бригады монтажников до сдачи объектов. Выезды на объект, "
           "приёмка работ, бюджетирование.")
SITE_EN = "Run our plant's engineering projects on site: supervise technicians, sign off drawings, own the budget."
SITE_FA = "نظارت بر پروژه های مهندسی در کارگاه، هماهنگی با پیمانکاران، کنترل نقشه ها و بودجه."
FIELD_HEADS = [
    ("Помощник директора производства", RU, SITE_RU),
    ("Помощник руководителя строительства", RU, SITE_RU),
    ("دستیار مدیر واحد مهندسی", FA, SITE_FA),
    ("Engineering Director's Assistant", EN, SITE_EN),
]


@pytest.mark.parametrize("title,admin,site", FIELD_HEADS, ids=[t for t, _, _ in FIELD_HEADS])
def test_a_field_named_beside_the_person_leaves_it_to_the_description(title: str, admin: str, site: str) -> None:
    r = tag_text(title, admin)
    assert r.va_relevant and "personal_errands" in r.tags, (r.va_relevance, r.tags)
    r = tag_text(title, site)
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)


LEADERS = [
    ("Генеральный директор", "Управление компанией, стратегия развития, финансы, переговоры с партнёрами."),
    ("Заместитель генерального директора", "Контроль работы отделов, стратегическое планирование, переговоры."),
    ("Коммерческий директор", "Управление отделом продаж, стратегия продаж, переговоры с ключевыми клиентами."),
    ("Директор по развитию, помощник не нужен", ""),
    ("Assistant Director", "Lead admissions and student services; supervise staff, report to the Dean."),
    ("Assistant Director of Operations",
     "Oversee daily operations across our three sites, manage 12 supervisors, own the budget and vendor contracts."),
    ("Managing Director", "Own the P&L, set strategy and lead the leadership team."),
    ("Director of Operations", "Run operations, hire and lead managers, own KPIs and budgets."),
    ("Marketing Director (assistant needed)", "Lead brand strategy and the marketing team."),
    ("Bosh direktor o'rinbosari", "Bo'limlar ishini nazorat qilish, strategik rejalashtirish."),  # a deputy
    ("مدیر فروش", "مدیریت تیم فروش، تعیین اهداف فروش، مذاکره با مشتریان کلیدی."),
    ("معاون مدیرعامل", "نظارت بر واحدها، برنامه ریزی استراتژیک، مذاکره با شرکا."),  # a deputy, no assistant
    ("US Expat Tax Accountant (CPA, EA or JD)", "Prepare expat tax returns."),  # an enrolled agent, no "EA to"
    ("Idea to the Director: Product Engineer", "Build our product."),
    ("CEO", "Set the company's strategy, raise funding, build and lead the executive team."),
    ("Director / Assistant Director", "Lead the preschool centre: supervise teachers, enrolment and licensing."),
    ("Director of Assistants", "Lead our team of 40 assistants: hiring, training, quality reviews and KPIs."),
]


@pytest.mark.parametrize("title,description", LEADERS, ids=[t for t, _ in LEADERS])
def test_the_director_and_the_deputy_are_no_va_work(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)


@pytest.mark.parametrize("title", [
    "Assistant Director", "Assistant Director of Operations", "Генеральный директор",
    "Заместитель генерального директора", "Директор по развитию, помощник не нужен",
    "Marketing Director (assistant needed)",
    # an assistant of a field's specialist works in that field: only a director, a head or a chief is assisted so
    "Помощник программиста", "Ассистент инженера", "Помощник юриста", "Engineering Assistant to the Developer",
    # two roles joined, not an assistant to the director: the words after "/", "&" or "and" are a role of their own
    "Director / Assistant", "Director/Assistant", "Director & Assistant", "Director and Assistant Director",
    "Director of Assistants", "Head of Assistants", "Managing Director",
    "Помощник руководителя / водитель", "Помощник руководителя/водитель", "Помощник руководителя-водитель",
    "Помощник руководителя строительства", "Engineering Director's Assistant",
])
def test_only_the_person_an_assistant_works_for_is_exempt(title: str) -> None:
    assert NOT_VA in phrase_scores(title, "")[0]


@pytest.mark.parametrize("title,personal", [
    # an assistant to a founder or an owner assists one person, as an assistant to a director does
    ("Sales Assistant to the Founder (part-time)", True),
    ("Assistant to the Owner", True),
    ("Sales-ассистент основателя (стартап)", True),
    ("Помощник собственника бизнеса", True),
    ("Ассистент владельца компании", True),
    ("Kompaniya asoschisi yordamchisi", True),
    ("Асосчи ёрдамчиси", True),
    ("دستیار موسس استارتاپ", True),
    ("دستیار مالک شرکت", True),
    # hard negatives: the founder or owner wanting an assistant, or a founder's role of their own
    ("Owner, looking for an assistant", False),
    ("Основатель ищет ассистента", False),
    ("Asoschi (yordamchi kerak)", False),
    ("مالک فروشگاه (نیازمند دستیار)", False),
])
def test_an_assistant_to_a_founder_or_an_owner_assists_one_person(title: str, personal: bool) -> None:
    assert (phrase_scores(title, "")[0].get("personal_errands", 0.0) >= 1.0) is personal
