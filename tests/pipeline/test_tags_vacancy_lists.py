"""A post that lists several vacancies, one per line ("1️⃣ Office Manager", «۲- کارشناس فروش», "→ Product Designer",
"2️⃣ Haydovchi"), each perhaps with its duties below: its open VA vacancy is read as its title, the other vacancies'
lines and duties earn nothing, nor do the vacancies said to be filled or closed ("✅ FILLED:", «закрыты», «ёпилди»,
«تکمیل شد»); beside posts whose bulleted duties read like roles, which stay as they were."""
from __future__ import annotations

import pytest

from pipeline.tags import _read_title, _readings, _vacancies, tag_text


def _listed(title: str, description: str) -> tuple[dict[str, float], list[str]]:
    """The title score a post's vacancies give, and the words of the other vacancies' lines and duties."""
    m, title_read, description_read, _ = _readings(title, description)
    score, others = _vacancies(m, _read_title(m, title_read)[0], description_read)
    toks = description_read.toks
    return score, [w for a, b in others for w in toks[a:b] if w != "\n"]


@pytest.mark.parametrize("title,description,generalist,other", [
    ("Vacancies at a Tashkent IT firm",
     "We are looking for:\n\n1️⃣ Office Manager - on-site, 5/2\n• greet guests and answer the office phone\n"
     "• run the office archive\n\n2️⃣ Middle Python Developer - Django, 2+ years\n\n3️⃣ B2B Sales Manager\n"
     "• find and call new corporate clients\n• keep all deals in amoCRM\n\n📩 CV: @hr", True, "amocrm"),
    ("📣 Вакансии мебельной фабрики",
     "Приглашаем на работу:\n\n1️⃣ Администратор офиса\n— отвечать на звонки\n— вести архив договоров\n\n"
     "2️⃣ Водитель-экспедитор\n— доставка мебели по городу\n— оформление накладных и актов\n\n📞 555-0100",
     True, "nakladnix"),
    ("#vakansiya Bizga xodimlar kerak!",
     "Quyidagi lavozimlarga xodim qidirmoqdamiz:\n\n1️⃣ Ofis menejeri\n— qo'ng'iroqlarga javob berish\n"
     "— hujjatlar aylanishini yuritish\n\n2️⃣ Haydovchi (B toifali)\n— yuklarni yetkazish\n"
     "— yo'l varaqalarini to'ldirish\n\n☎️ 555-0100", True, "haydovchi"),
    ("#استخدام",
     "یک شرکت بازرگانی در موقعیت‌های زیر نیرو می‌پذیرد:\n\n۱- منشی\n• پاسخگویی به تماس‌های تلفنی\n"
     "• بایگانی نامه‌ها\n\n۲- کارشناس فروش حضوری\n• جذب مشتری و مراجعه به فروشگاه‌ها\n\nارسال رزومه: @hr",
     True, "مشتری"),
    ("We're hiring at a health startup (3 roles)",
     "Three open roles:\n\n→ Senior Android Engineer - Kotlin\n→ Product Designer - from user research to handoff\n"
     "→ Recruiting Coordinator - details below\n\nRecruiting Coordinator\nYou'll schedule interviews.", False,
     "research"),
])
def test_a_list_of_vacancies_reads_its_va_one_as_a_title_and_the_others_as_no_duties(
        title: str, description: str, generalist: bool, other: str) -> None:
    score, others = _listed(title, description)
    assert score and "_not_va" not in score, score
    assert (score.get("general_admin", 0.0) >= 1.0) == generalist, score
    assert other in others, others
    assert tag_text(title, description).va_relevant


@pytest.mark.parametrize("title,description,lang", [
    ("Open roles at a software firm",
     "Hiring update 👇\n\n✅ FILLED - thank you to everyone who applied:\n• Customer Support Specialist (chat + email)\n"
     "• Office Manager\n\n🔓 STILL OPEN:\n• Backend Engineer (Go) - builds our billing service\n"
     "• QA Engineer - test plans\n• DevOps Engineer - on-call", "en"),
    ("🔥 В ресторан требуются",
     "1️⃣ Повар горячего цеха — опыт от 2 лет\n2️⃣ Бармен\n3️⃣ Администратор зала — закрыта\n\n📞 555-0100", "ru"),
    ("🔴 نیازمندیم 🔴",
     "کارخانه به افراد زیر نیازمند است:\n۱. جوشکار\n۲. راننده لیفتراک\n۳. منشی و مسئول دفتر — تکمیل شد\n📞 ۵۵۵-۰۱۰۰",
     "fa"),
    ("Ходимлар керак",
     "Компаниямизга:\n1) Flutter дастурчи\n2) Омборчи\n3) Котиба — ёпилди\n✉️ @hr", "uz"),
])
def test_a_list_whose_va_vacancies_are_filled_is_no_va_post(title: str, description: str, lang: str) -> None:
    score, others = _listed(title, description)
    assert score.get("_not_va") == 1.0 and not any(t[0] != "_" for t in score), (lang, score)
    result = tag_text(title, description)
    assert not result.va_relevant and result.tags == [], (lang, result)


@pytest.mark.parametrize("title,description", [
    # a role's own title: its description's lines are its duties, whatever they read like
    ("Office Manager",
     "1️⃣ Office Manager duties\n• answer the office phone\n\n2️⃣ Working with our Python Developer\n"
     "• book his meetings"),
    # bulleted duties that read like roles, beside others that do not: a list of duties, no list of vacancies
    ("Marketing Programs Specialist",
     "What you'll do\n- Campaign Support & Process Optimization\n- Support cross-channel campaigns\n"
     "- Build reports on each launch\n- Events & Webinar Support"),
    ("Клиника учун қўнғироқ оператори",
     "Вазифалар:\n— кирувчи қўнғироқларга жавоб бериш\n— беморларни шифокорлар қабулига ёзиш\n— ҳисобот тайёрлаш"),
    ("Координатор собеседований",
     "Задачи:\n— звонить кандидатам\n— ставить встречи в календари рекрутеров\n— вести таблицу кандидатов"),
    ("مالک محصول",
     "شرح وظایف:\n- نوشتن یوزر استوری و معیارهای پذیرش\n- تحلیل داده‌های استفاده برای اولویت‌بندی\n- جلسات با تیم فنی"),
    # a closed word in a duty, not a vacancy's line
    ("Customer Support Agent",
     "• answer chats until every ticket is closed\n• keep the help centre articles current"),
])
def test_a_list_of_duties_is_no_list_of_vacancies(title: str, description: str) -> None:
    assert _listed(title, description) == ({}, [])
