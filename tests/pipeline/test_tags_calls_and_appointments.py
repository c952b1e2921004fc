"""Calls an assistant makes or takes for the person or family assisted ("take calls", "call schools and vendors",
«звонить и писать за нас», «تماس با بانک و بیمه»), and appointments booked with doctors («записывать меня к врачам»,
«گرفتن نوبت پزشک», "shifokorga yozilish"), in every language; not a number to call in a contact line, a call the seeker
is told not to make, nor a clinic's booking service in the company's blurb (``tests/data/tags_written_an``)."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text

CALLS_MADE_OR_TAKEN = [
    ("Personal Assistant (remote)", "- Take calls when I'm in meetings\n- Sort my inbox"),
    ("Remote Family Assistant", "- Call schools and vendors for quotes and follow up\n- Keep the family calendar"),
    ("Ассистент для семьи", "Задачи:\n- звонить и писать за нас в управляющую компанию и клиники\n- оплачивать счета"),
    ("دستیار آنلاین خانواده", "وظایف:\n- تماس با بانک و بیمه و پیگیری کارها\n- پرداخت قبوض"),
]


@pytest.mark.parametrize("title,description", CALLS_MADE_OR_TAKEN, ids=[t for t, _ in CALLS_MADE_OR_TAKEN])
def test_calls_made_or_taken_for_the_person_assisted_are_phone_work(title: str, description: str) -> None:
    assert "phone_answering" in tag_text(title, description).tags


CALLS_THAT_ARE_NO_DUTY = [
    ("Помощник руководителя", "Обязанности: ведение календаря, деловая переписка, архив.\n"
                              "Звонить: +998 90 555 01 11, Малика."),
    ("Ассистент", "Обязанности: вести почту и календарь. Звонить никому не нужно."),
    ("دستیار اداری", "وظایف: بایگانی اسناد و ورود اطلاعات. تماس با بانک بر عهده واحد مالی است."),
    ("Executive Assistant", "Manage the CEO's inbox and calendar.\n\nRequirements: a quiet place to take calls."),
]


@pytest.mark.parametrize("title,description", CALLS_THAT_ARE_NO_DUTY, ids=[t for t, _ in CALLS_THAT_ARE_NO_DUTY])
def test_a_number_to_call_a_call_not_made_and_a_quiet_place_are_no_phone_work(title: str, description: str) -> None:
    assert "phone_answering" not in tag_text(title, description).tags


APPOINTMENTS_BOOKED = [
    ("Личный ассистент", "Задачи:\n- записывать меня к врачам и в салоны\n- заказывать продукты"),
    ("دستیار شخصی", "وظایف:\n- گرفتن نوبت پزشک و آزمایشگاه برای پدر و مادر\n- پرداخت قبوض"),
    ("Shaxsiy yordamchi kerak", "Vazifalar:\n- shifokorga yozilish va eslatib turish\n- to'lovlarni qilish"),
]


@pytest.mark.parametrize("title,description", APPOINTMENTS_BOOKED, ids=[t for t, _ in APPOINTMENTS_BOOKED])
def test_doctors_appointments_booked_for_the_person_assisted_are_scheduling(title: str, description: str) -> None:
    assert "calendar_scheduling" in tag_text(title, description).tags


def test_a_booking_services_blurb_is_no_scheduling_duty() -> None:
    result = tag_text("Специалист поддержки (чат)", "Мы — сервис онлайн-записи к врачам: пациенты записываются "
                                                     "сами.\n\nОбязанности: отвечать пользователям в чате, "
                                                     "оформлять обращения в Usedesk.")
    assert "calendar_scheduling" not in result.tags
