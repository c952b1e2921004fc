"""Meetings, presentations and research named bare are hints in every language ("~meetings", «~встреч*», "~جلسات";
"~presentation*", «~презентаци*», "~ارائه"; "~research", «~исследовани*», "~تحقیق"; Uzbek "~uchrashuvlar*",
"~taqdimot*", "~tadqiqot*"): a meeting's recording or minutes, a video presentation sent with a CV, or a research
centre that employs a transcriber, schedules, designs and researches nothing. Meetings scheduled, booked or organised,
presentations prepared or made and research conducted are the duties, with words between the verb and its object
too."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text

OFFICE = "Ofis menejeri"


@pytest.mark.parametrize("title,description,tag_", [
    (OFFICE, "Vazifalar:\n- direktorning uchrashuvlarini jadvalga kiritib borish;\n- qo'ng'iroqlarga javob berish.",
     "calendar_scheduling"),
    (OFFICE, "Vazifalar:\n- mijozlar bilan uchrashuvlarni Google Calendar'da rejalashtirish;\n- xatlarni saralash.",
     "calendar_scheduling"),
    (OFFICE, "Вазифалар:\n- раҳбар учрашувларини тақвимда белгилаш;\n- хатларни саралаш.", "calendar_scheduling"),
    (OFFICE, "Vazifalar:\n- hamkorlar bilan uchrashuvlarni tashkil qilish.", "calendar_scheduling"),
    (OFFICE, "Vazifalar:\n- rahbar uchun taqdimotlarni PowerPoint'da tayyorlash.", "graphic_design"),
    (OFFICE, "Вазифалар:\n- раҳбар учун тақдимотлар тайёрлаш.", "graphic_design"),
    ("Office Manager", "Responsibilities:\n- Schedule meetings for the director.", "calendar_scheduling"),
    ("Офис-менеджер", "Обязанности:\n- подготовка презентаций для руководителя.", "graphic_design"),
    ("Virtual yordamchi", "Vazifalar:\n- mijozlar uchun tadqiqotlar o'tkazish;\n- hisobot tayyorlash.", "research"),
    ("Virtual yordamchi", "Vazifalar:\n- bozor tadqiqotlarini o'tkazish;\n- xatlarni saralash.", "research"),
    ("Виртуал ёрдамчи", "Вазифалар:\n- рақобатчилар бўйича тадқиқот ўтказиш;\n- ҳисобот тайёрлаш.", "research"),
    ("Virtual Assistant", "Responsibilities:\n- Conduct research on competitors.", "research"),
])
def test_meetings_scheduled_presentations_made_and_research_done_are_duties(title: str, description: str, tag_: str) -> None:
    r = tag_text(title, description)
    assert tag_ in r.tags, (r.tags, r.evidence)


@pytest.mark.parametrize("title,description,tag_", [
    (OFFICE, "Vazifalar:\n- Zoom uchrashuvlari yozuvlaridan asosiy fikrlarni matnga tushirish;\n"
     "- qo'ng'iroqlarga javob berish.", "calendar_scheduling"),
    (OFFICE, "Vazifalar:\n- uchrashuvlardan keyin qisqa bayonnoma yozib, jamoaga tarqatish;\n"
     "- qo'ng'iroqlarga javob berish.", "calendar_scheduling"),
    (OFFICE, "Vazifalar:\n- qo'ng'iroqlarga javob berish.\nAriza: qisqa video-taqdimot va CV yuboring.",
     "graphic_design"),
    (OFFICE, "Vazifalar:\n- mijozlarga kompaniya taqdimotini yuborish;\n- qo'ng'iroqlarga javob berish.",
     "graphic_design"),
    ("Office Manager", "Responsibilities:\n- Take notes in meetings.\n- Answer calls.", "calendar_scheduling"),
    ("Transkripsiya bo'yicha xodim", "Tadqiqot markazi uchun intervyu audioyozuvlarini matnga o'girish.", "research"),
    ("Транскрипция бўйича ходим", "Тадқиқот маркази учун интервью аудиоёзувларини матнга ўгириш.", "research"),
    ("Транскрибатор", "Исследовательскому центру нужен расшифровщик интервью.", "research"),
])
def test_a_meeting_presentation_or_research_named_bare_is_no_duty(title: str, description: str, tag_: str) -> None:
    r = tag_text(title, description)
    assert r.va_relevant and tag_ not in r.tags, (r.tags, r.evidence)
