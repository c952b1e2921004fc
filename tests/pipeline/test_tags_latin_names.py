"""A Latin name with an Uzbek case ending after an apostrophe, in either script ("Google Calendar'da", "Google
Drive'га", "CRM'да", "Zendesk'da"), is the name: its phrases are read as without the ending, and so where a post typed without
apostrophes glues the ending on ("Google Calendarda"). A name under the requirements, or a skill wanted, is still
no duty."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text

OFFICE = "Ofis menejeri"


@pytest.mark.parametrize("description,tag_", [
    ("Vazifalar:\n- intervyu vaqtini kelishib, Google Calendar'da belgilash.", "calendar_scheduling"),
    ("Vazifalar:\n- intervyu vaqtini kelishib, Google Calendarda belgilash.", "calendar_scheduling"),
    ("Вазифалар:\n- ҳужжатлар нусхаларини скан қилиб, Google Drive'га жойлаш.", "file_organization"),
    ("Vazifalar:\n- hujjatlar nusxalarini skaner qilib, Google Drive'ga joylash.", "file_organization"),
    ("Вазифалар:\n- барча контакт ва битимларни HubSpot CRM'да юритиш.", "crm_admin"),
    ("Vazifalar:\n- har bir mijozni CRM'ga kiritish.", "crm_admin"),
    ("Vazifalar:\n- har kuni Zendesk'dagi tiketlarni yopish.", "customer_support"),
    ("Вазифалар:\n- ҳафталик хабарномани Mailchimp'да юбориш.", "email_management"),
])
def test_a_latin_name_with_an_uzbek_case_ending_is_read(description: str, tag_: str) -> None:
    r = tag_text(OFFICE, description)
    assert tag_ in r.tags, (r.tags, r.evidence)


@pytest.mark.parametrize("description,tag_", [
    ("Vazifalar:\n- qo'ng'iroqlarga javob berish.\nTalablar: CRM'da ishlash tajribasi, Google Calendar'ni bilish.",
     "crm_admin"),
    ("Vazifalar:\n- qo'ng'iroqlarga javob berish.\nTalablar: CRM'da ishlash tajribasi, Google Calendar'ni bilish.",
     "calendar_scheduling"),
    ("Вазифалар:\n- қўнғироқларга жавоб бериш.\nMailchimp'да ишлай олиш афзаллик.", "email_management"),
])
def test_a_latin_name_wanted_as_a_skill_is_no_duty(description: str, tag_: str) -> None:
    r = tag_text(OFFICE, description)
    assert r.va_relevant and tag_ not in r.tags, (r.tags, r.evidence)
