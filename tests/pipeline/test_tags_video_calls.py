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
