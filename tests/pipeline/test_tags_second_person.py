"""A duty said to the seeker in the second person, as day-in-the-life prose writes it: Russian «вы бронируете
гостиницу», «отвечайте на письма», «ведёте календарь» for the infinitive a phrase is written in ("бронировать
гостиниц*"), and Uzbek "hujjatlarni tayyorlaysiz", "… javob bersin" for its verbal noun ("tayyorlash"), in both
scripts (``matcher._ru_word_forms``, ``matcher._uz_word_forms``)."""
from __future__ import annotations

import pytest

from pipeline.tags.matcher import default_matcher


def _strong(description: str) -> set[str]:
    """The tags a description's strong phrases (weight 1 or more, not in boilerplate) name."""
    return {h.tag for h in default_matcher().match(description, in_title=False) if h.weight >= 1.0 and not h.boiler}


@pytest.mark.parametrize("description,tag_", [
    # Russian: the second person plural of the present, and the imperative
    ("Когда директор едет на выставку, вы бронируете гостиницу и собираете маршрут.", "travel_booking"),
    ("Вы покупаете билеты на поезд и самолёт.", "travel_booking"),
    ("Бронируйте гостиницы для гостей компании.", "travel_booking"),
    ("Вы отвечаете на письма партнёров и поставщиков.", "email_management"),
    ("Отвечайте на вопросы покупателей в чате.", "customer_support"),
    ("Вы ведёте календарь руководителя и переносите встречи.", "calendar_scheduling"),
    ("Ведите календарь руководителя.", "calendar_scheduling"),
    ("Каждый день вы вносите данные из накладных в 1С.", "data_entry"),
    ("Вы организовываете встречи с партнёрами.", "calendar_scheduling"),
])
def test_a_russian_duty_in_the_second_person_names_its_task(description: str, tag_: str) -> None:
    assert tag_ in _strong(description), default_matcher().match(description, in_title=False)


@pytest.mark.parametrize("description,tag_", [
    # the same verb in another person, or saying another thing
    ("Мы бронируем гостиницу для сотрудников сами.", "travel_booking"),  # we book (the first person)
    ("Если вы отвечаете требованиям, присылайте резюме.", "email_management"),  # meet the requirements
    ("Звоните нам по будням с 9 до 18.", "phone_answering"),  # call us (how to apply)
    ("Вы ведёте здоровый образ жизни и любите спорт.", "calendar_scheduling"),
])
def test_a_russian_verb_in_the_second_person_names_no_other_duty(description: str, tag_: str) -> None:
    assert tag_ not in _strong(description), default_matcher().match(description, in_title=False)
