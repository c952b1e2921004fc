"""The creator economy and online schools: coaches, course creators and bloggers hiring help, and the roles next door
that are no VA work (video and motion work, teaching), in English, Russian and Persian."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher import NOT_VA


def _title_score(title: str) -> dict[str, float]:
    return phrase_scores(title, "")[0]


@pytest.mark.parametrize("title,not_va", [
    # motion design and video editing are video work; a teacher teaches (English and Russian name them already)
    ("Motion Designer for Online Course Videos (freelance)", True),
    ("Motion Graphics Artist", True),
    ("Моушн-дизайнер в онлайн-школу", True),
    ("Монтажёр видео для YouTube-канала", True),
    ("Видеомонтажер (Reels, Shorts)", True),
    ("مدرس زبان انگلیسی (آنلاین)", True),
    ("استخدام معلم ریاضی دوره متوسطه", True),
    # hard negatives: a motion studio as the client's kind, an assistant without the editing, a school's secretary
    ("Virtual Assistant for a motion design studio", False),
    ("Ассистент блогера (без монтажа)", False),
    ("منشی مدرسه غیرانتفاعی", False),
])
def test_video_work_and_teaching_are_not_va_titles(title: str, not_va: bool) -> None:
    assert bool(_title_score(title).get(NOT_VA)) is not_va, _title_score(title)


def test_a_teacher_of_an_online_course_is_no_va_work() -> None:
    r = tag_text("استخدام مدرس دوره آنلاین اکسل و ورود اطلاعات",
                 "وظایف: برگزاری کلاس آنلاین در اسکای روم، ضبط ویدیوهای آموزشی، طراحی تمرین و پاسخ به سوالات تخصصی "
                 "دانشجوها\nشرایط: تسلط کامل به اکسل، حداقل ۲ سال سابقه تدریس")
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)
    r = tag_text("Motion Designer for Online Course Videos (freelance)",
                 "Work:\n- Animated intros, lower thirds, transitions and diagrams in After Effects\n"
                 "- Build a motion toolkit (templates) the editors can reuse")
    assert not r.va_relevant and r.tags == [], (r.va_relevance, r.tags)
