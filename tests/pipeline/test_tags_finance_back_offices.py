"""Finance and bookkeeping back offices beside the jobs next door (``tests/data/tags_written_am``): economists, field
collectors, cash couriers, installers of accounting software and auditors' assistants are no VA work, however many
invoices and reconciliations their posts name. Each with an honest post using the same words."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher import NOT_VA


def _title_score(title: str) -> dict[str, float]:
    return phrase_scores(title, "")[0]


@pytest.mark.parametrize("title,not_va", [
    # economists plan and analyse budgets and costs: analytics, not the books kept
    ("Экономист планово-экономического отдела", True),
    ("Economist (Trade Policy)", True),
    ("Iqtisodchi (qishloq xo'jaligi korxonasi)", True),
    ("Иқтисодчи керак", True),
    ("کارشناس اقتصادی", True),
    ("Бухгалтер на первичку", False),
    ("Buxgalter yordamchisi", False),
    ("کمک حسابدار", False),
    # collectors who visit debtors and couriers of cash work in the field; a desk's receivables work stays VA work
    ("Выездной специалист по взысканию", True),
    ("Field Collections Agent", True),
    ("استخدام تحصیلدار موتوری", True),
    ("Инкассатор-водитель", True),
    ("Специалист по работе с дебиторской задолженностью (удалённо)", False),
    ("Collections Specialist (phone and email, remote)", False),
    ("کارشناس وصول مطالبات تلفنی", False),
    # installing and rolling out accounting software is IT work; an audio file "implemented" as text is transcription
    ("کارشناس پیاده‌سازی و استقرار نرم‌افزار مالی", True),
    ("کارشناس پیاده سازی نرم افزار حسابداری", True),
    ("تایپیست برای پیاده‌سازی فایل صوتی جلسات", False),
])
def test_roles_next_to_the_books_are_not_va_titles(title: str, not_va: bool) -> None:
    assert bool(_title_score(title).get(NOT_VA)) is not_va, _title_score(title)


@pytest.mark.parametrize("title", [
    "Ассистент аудитора", "Помощник аудитора", "Auditor's Assistant", "Auditor yordamchisi", "Аудитор ёрдамчиси",
    "دستیار حسابرس",
])
def test_an_auditors_assistant_does_audit_work_not_an_assistants(title: str) -> None:
    score = _title_score(title)
    assert score.get(NOT_VA) and "general_admin" not in score, score


@pytest.mark.parametrize("title,description,tags", [
    ("Помощник руководителя аудиторской компании",
     "Обязанности: ведение календаря директора; разбор входящей почты и звонков; бронирование билетов и гостиниц "
     "для командировок; личные поручения.",
     {"personal_errands", "calendar_scheduling", "travel_booking"}),
    ("Офис-менеджер в аудиторскую компанию", "Приём звонков, почта, архив документов.",
     {"general_admin", "phone_answering", "file_organization"}),
])
def test_the_assistant_of_an_audit_firms_head_or_office_stays_va_work(title: str, description: str,
                                                                      tags: set[str]) -> None:
    result = tag_text(title, description)
    assert result.va_relevant and tags <= set(result.tags), (result.tags, result.va_relevance)
