"""Duties named by the software they are done in ("Keep our Asana boards up to date", «вести задачи команды в Notion»,
"topshiriqlarni Bitrix24'da xodimlarga biriktirish", «فایل‌ها را در گوگل درایو مرتب کردن»), beside the same software
named where it names no duty of the seeker's: a tool wanted, a task of another kind done in the same tool, the same
words saying something else."""
from __future__ import annotations

import pytest

from pipeline.tags.matcher import default_matcher


def _strong(description: str) -> set[str]:
    """The tags a description's strong phrases (weight 1 or more, not in boilerplate) name."""
    return {h.tag for h in default_matcher().match(description, in_title=False) if h.weight >= 1.0 and not h.boiler}


@pytest.mark.parametrize("description,tag_", [
    # the team's tasks kept in a task tracker
    ("Update the Jira tickets and Asana tasks for three client projects.", "project_management"),
    ("Вести задачи команды в Notion: ставить, напоминать о сроках, собирать статусы.", "project_management"),
    ("Задачи отдела в Битрикс24 распределять и контролировать.", "project_management"),
    ("Rahbar bergan topshiriqlarni Bitrix24'da xodimlarga biriktirish va muddatini nazorat qilish.",
     "project_management"),
    ("Раҳбар берган топшириқларни Bitrix24'да ходимларга бириктириш ва муддатини назорат қилиш.",
     "project_management"),
    # minutes of calls
    ("Записывать созвоны в Zoom и делать по ним краткие протоколы.", "transcription"),
    ("Take notes in client calls and send the minutes from Notion within a day.", "transcription"),
    # graphics made in a design tool
    ("Turn customer photos and reviews into simple Canva graphics.", "graphic_design"),
    ("Instagram uchun postlarni Canva'da tayyorlash.", "graphic_design"),
    ("Instagram учун постларни Canva'да тайёрлаш.", "graphic_design"),
    # calls answered, returned and made through a phone system
    ("Answer and return patient calls through RingCentral for four offices.", "phone_answering"),
    ("Перезванивать по заявкам с сайта и Авито в течение 15 минут.", "phone_answering"),
    # records kept in a CRM named by its name
    ("Заводить каждое обращение и контакт в Битрикс24 и вести сделку до отгрузки.", "crm_admin"),
    ("Har bir murojaatni amoCRM'da bitim sifatida ochish va bosqichini yangilab borish.", "crm_admin"),
    ("Ҳар бир мурожаатни amoCRM'да битим сифатида очиш ва босқичини янгилаб бориш.", "crm_admin"),
    ("Qiziqqan mijozlarni Bitrix24'ga kiritish.", "crm_admin"),
    # a list a seeker researches and keeps in a table
    ("Раз в неделю собирать цены и акции конкурентов в таблицу.", "research"),
    ("Research possible guests and add them to my guest list in Airtable.", "research"),
    # folders kept on a cloud drive
    ("مرتب کردن فایلها و پوشه های دوره ها توی گوگل درایو", "file_organization"),
    ("فایل‌های مشتریان را در Google Drive مرتب کنید.", "file_organization"),
    ("تشکیل پرونده و بایگانی پرونده‌های مشتریان", "file_organization"),
    # receipts submitted in an expense tool
    ("Submit his receipts in Expensify by the 3rd of each month.", "bookkeeping"),
])
def test_a_duty_named_by_its_tool_names_its_task(description: str, tag_: str) -> None:
    assert tag_ in _strong(description), default_matcher().match(description, in_title=False)


@pytest.mark.parametrize("description,tag_", [
    # the tool wanted, a task of another kind in the same tool, the same words saying another thing
    ("Update the Jira tickets and Asana tasks for three client projects.", "customer_support"),
    ("Задачи команды: рост продаж и выход на новые рынки.", "project_management"),
    ("Topshiriqlarni o'z vaqtida bajarish.", "project_management"),
    ("Делать всё по протоколу безопасности.", "transcription"),
    ("Send the report within minutes of the call.", "transcription"),
    ("Canva graphics experience is a plus.", "graphic_design"),
    ("Canva'ni bilish afzallik.", "graphic_design"),
    ("Answer patient emails; the receptionists take the calls.", "phone_answering"),
    ("Обрабатывать заявки с сайта в CRM.", "phone_answering"),
    ("Сделку ведёт менеджер по продажам.", "crm_admin"),
    ("Rahbar bergan topshiriqlarni Bitrix24'da xodimlarga biriktirish.", "crm_admin"),
    ("Bitrix24 bilan ishlagan bo'lsangiz afzallik.", "crm_admin"),
    ("Цены у нас ниже, чем у конкурентов.", "research"),
    ("Our producer does the guest research.", "research"),
    ("آشنایی با گوگل درایو مزیت است.", "file_organization"),
    ("مرتب کردن فایل‌های اکسل مشتری‌ها و حذف ردیف‌های تکراری", "file_organization"),
    ("حذف پرونده‌های تکراری و بستن معاملات قدیمی در بیت‌ریکس۲۴", "file_organization"),  # a CRM's duplicates
    ("Receipts are checked by the fund accountant in Yardi.", "bookkeeping"),
])
def test_the_same_tool_or_words_naming_no_such_duty_name_no_task(description: str, tag_: str) -> None:
    assert tag_ not in _strong(description), default_matcher().match(description, in_title=False)
