"""HR, recruiting and people-operations back offices (``tests/data/tags_written_ao``): new hires, hours, leave and
candidates' statuses keyed into an HR system, a payroll tool or a sheet. Each with an honest post using the same
words."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text
from pipeline.tags.matcher import default_matcher


def _strong(text: str) -> set[str]:
    return {h.tag for h in default_matcher().match(text, in_title=False) if h.weight >= 1.0}


@pytest.mark.parametrize("text,tag_,found", [
    # hours, new hires and statuses keyed into an HR system, a payroll tool or a sheet
    ("Key approved hours into the payroll system every Monday.", "data_entry", True),
    ("Enter new hires and address changes into the HRIS.", "data_entry", True),
    ("Set up employee profiles in BambooHR from the signed offer.", "data_entry", True),
    ("Enter timesheets for the warehouse crew before the cutoff.", "data_entry", True),
    ("Working hours: Monday to Friday, 9 to 5.", "data_entry", False),
    ("Our hiring team uses an HRIS and an ATS you will learn.", "data_entry", False),
    ("We pay through Gusto every other Friday.", "data_entry", False),
    ("внесение откликов и статусов кандидатов в Хантфлоу", "data_entry", True),
    ("ввод больничных листов и приказов на отпуск в базу", "data_entry", True),
    ("внесение табелей от подразделений", "data_entry", True),
    ("отмечать статус кандидата в Google Таблице", "data_entry", True),
    ("Больничные оплачиваются, отпуск 28 дней.", "data_entry", False),
    ("Табель учёта рабочего времени ведёт бригадир.", "data_entry", False),
    ("ثبت تردد و مرخصی پرسنل در نرم‌افزار", "data_entry", True),
    ("ثبت وضعیت متقاضیان در فایل اکسل مشترک", "data_entry", True),
    ("ثبت سفارش در فایل مشتری انجام می‌شود", "data_entry", False),
    ("مرخصی استحقاقی و بیمه تکمیلی", "data_entry", False),
    ("Ma'lumotlarni Google Sheets'ga kiritish", "data_entry", True),
    ("Google Sheets bilan ishlay olish", "data_entry", False),
])
def test_hr_records_keyed(text: str, tag_: str, found: bool) -> None:
    strong = _strong(text)
    assert (tag_ in strong) is found, strong


def test_hr_records_keyed_name_the_task() -> None:
    # a duty list's items keying records name data entry; the same tools under requirements do not
    duties = tag_text("HR Assistant", "Responsibilities:\n- Enter new hires and status changes into Paycom\n"
                                      "- Maintain personnel files\n- Answer the HR main line")
    assert "data_entry" in duties.tags
    wanted = tag_text("HR Assistant", "Responsibilities:\n- Maintain personnel files\n- Answer the HR main line\n"
                                      "Requirements:\n- Experience with Paycom, BambooHR or another HRIS")
    assert "data_entry" not in wanted.tags
    ru = tag_text("Кадровик", "Обязанности:\n- оформление приёма и увольнения\n- ввод больничных и табелей в 1С:ЗУП\n"
                              "- ведение личных дел")
    assert "data_entry" in ru.tags
