"""A video call is a meeting, not the phone: "Zoom-qo'ng'iroqlar", «zoom-звонки», «звонки в Zoom», "video
qo'ng'iroqlar" put in a calendar answer no phone (English reads a bare "calls" as a hint already, Persian a bare
«تماس»). Calls answered or made stay phone work, next to meetings held in Zoom."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text


@pytest.mark.parametrize("title,description", [
    ("Rahbar yordamchisi", "Vazifalar:\n- uchrashuvlar, Zoom-qoʻngʻiroqlar va majlislarni taqvimga kiritish"),
    ("Rahbar yordamchisi", "Vazifalar:\n- uchrashuvlar va video qoʻngʻiroqlarni taqvimga kiritish"),
    ("Раҳбар ёрдамчиси", "Вазифалар:\n- учрашувлар ва Zoom-қўнғироқларни тақвимга киритиш"),
    ("Помощник руководителя", "Обязанности:\n- планировать встречи, zoom-звонки и совещания руководителя."),
    ("Помощник руководителя", "Обязанности:\n- ставить в календарь встречи и звонки в Zoom."),
    ("Executive Assistant", "Responsibilities:\n- Schedule meetings and Zoom calls with partners."),
])
def test_video_calls_in_a_calendar_are_meetings_not_phone_work(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert "calendar_scheduling" in r.tags and "phone_answering" not in r.tags, (r.tags, r.evidence)


@pytest.mark.parametrize("title,description", [
    ("Ofis menejeri", "Vazifalar:\n- kiruvchi qoʻngʻiroqlarga javob berish, Zoom orqali uchrashuvlarni tashkil qilish"),
    ("Офис-менеджер", "Обязанности:\n- принимать входящие звонки, организовывать встречи в Zoom."),
    ("Офис-менеджер", "Обязанности:\n- принимать звонки клиентов, вести календарь руководителя."),
    ("Office Manager", "Responsibilities:\n- Answer phone calls and schedule Zoom meetings."),
])
def test_calls_answered_beside_zoom_meetings_stay_phone_work(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert {"calendar_scheduling", "phone_answering"} <= set(r.tags), (r.tags, r.evidence)


def _phone(description: str) -> bool:
    from pipeline.tags.matcher import default_matcher

    return any(h.tag == "phone_answering" and h.weight >= 1.0 and not h.boiler
               for h in default_matcher().match(description, in_title=False))


@pytest.mark.parametrize("description,phone", [
    # a call sat in on, joined or taken notes in is a meeting attended, not the phone answered
    ("You'll sit in on our weekly client calls and send out clear minutes and action items.", False),
    ("Take notes in client calls and send the minutes from Notion within 24 hours.", False),
    ("Join customers for onboarding calls and help them adopt the platform.", False),
    # calls answered, made or returned stay phone work
    ("Answer client calls and take notes for the team.", True),
    ("Make and return client calls every morning.", True),
])
def test_a_call_sat_in_on_for_notes_is_no_phone_work(description: str, phone: bool) -> None:
    assert _phone(description) is phone, description


@pytest.mark.parametrize("description,phone", [
    # calls scheduled or booked are meetings put in a calendar, not phone work
    ("Schedule client calls and podcast interviews across time zones.", False),
    ("Book discovery calls with new clients on my calendar.", False),
    ("Назначать звонки с клиентами в календаре руководителя.", False),
    ("Mijozlar bilan qo'ng'iroqlarni rejalashtirish.", False),
    ("Мижозлар билан қўнғироқларни режалаштириш.", False),
    ("Google Calendarda uchrashuv va qoʻngʻiroqlarni belgilash, koʻchirish.", False),
    ("Учрашув ва қўнғироқларни белгилаш.", False),
    # calls answered or made beside a schedule stay phone work
    ("Answer client calls and schedule meetings.", True),
    ("Принимать звонки клиентов и назначать встречи.", True),
    ("Mijozlarning qo'ng'iroqlariga javob berish va uchrashuvlarni rejalashtirish.", True),
    ("Kiruvchi qo'ng'iroqlarni qabul qilish va uchrashuvlarni belgilash.", True),
])
def test_calls_scheduled_are_meetings_not_phone_work(description: str, phone: bool) -> None:
    assert _phone(description) is phone, description


@pytest.mark.parametrize("description", [
    "Schedule meetings and answer calls.",
    "Book appointments and answer phone calls.",
    "Назначать встречи и принимать звонки.",
])
def test_calls_answered_after_a_schedule_stay_phone_work(description: str) -> None:
    assert _phone(description), description
