"""A post's layout as scrapers and posters deliver it, read as the structure it stands for
(``matcher.layouts.read_layout``; ``tests/data/tags_written_ag``): HTML left in a text field, a Markdown checklist, a
pipe table of duties, duties numbered inline in one paragraph, and a flattened board page whose headings and items run
into the text before them; beside the same words where they are no duty (requirements, the company's work, a
negation)."""
from __future__ import annotations

import pytest

from pipeline.tags import phrase_scores
from pipeline.tags.matcher import default_matcher
from pipeline.tags.matcher.layouts import read_layout


def _listed(title: str, description: str) -> dict[str, float]:
    """What a description's listed duties add to their tags (``LIST_WEIGHT``)."""
    return phrase_scores(title, description)[4]


def _body(title: str, description: str) -> dict[str, float]:
    return phrase_scores(title, description)[1]


@pytest.mark.parametrize("title,description,tag_", [
    # HTML remnants: <li> items, &amp; and &#39; as characters
    ("Admin Assistant", "<p><strong>What you&#39;ll do</strong></p><ul><li>Answer the office phone &amp; "
     "route calls</li><li>Send invoices to clients</li></ul>", "bookkeeping"),
    ("Администратор офиса", "<p>Обязанности:</p><ul><li>выставление счетов клиентам</li>"
     "<li>приём входящих звонков</li></ul>", "bookkeeping"),
    ("دستیار اداری", "<p>شرح وظایف:</p><ul><li>صدور فاکتور برای مشتریان</li><li>بایگانی مدارک</li></ul>",
     "bookkeeping"),
    # a Markdown checklist's box is the list's marker
    ("Virtual Assistant", "## What you'll do\n- [ ] Send invoices to clients\n- [x] Book flights and hotels",
     "travel_booking"),
    ("Ассистент", "## Обязанности\n- [ ] выставление счетов клиентам\n- [ ] бронирование билетов", "bookkeeping"),
    ("دستیار مدیر", "## شرح وظایف\n- [ ] رزرو بلیط هواپیما و هتل\n- [ ] صدور فاکتور برای مشتریان", "travel_booking"),
    ("Ofis yordamchisi", "## Vazifalar\n- [ ] qo'ng'iroqlarga javob berish\n- [ ] hujjatlarni arxivlash",
     "phone_answering"),
    # a pipe table's row is an item, its rule no text
    ("Support Specialist", "| Task | Hours/week |\n|---|---|\n| Send invoices to clients | 10 |\n| Weekly sync | 1 |",
     "bookkeeping"),
    ("Ассистент бухгалтера", "| Задача | Часов |\n|---|---|\n| выставление счетов клиентам | 10 |", "bookkeeping"),
    ("حسابدار", "| وظیفه | ساعت |\n|---|---|\n| صدور فاکتور برای مشتریان | ۱۰ |", "bookkeeping"),
    # duties numbered inline in one paragraph, in either digits
    ("Executive Assistant", "What you'll do: 1) manage his calendar 2) book flights and hotels for his trips",
     "travel_booking"),
    ("Администратор", "Обязанности: 1) вести расписание уроков 2) выставление счетов клиентам", "bookkeeping"),
    ("منشی", "وظایف: ۱) پاسخگویی تلفنی ۲) صدور فاکتور برای مشتریان", "bookkeeping"),
    ("Котиба", "Вазифалар: 1) қўнғироқларга жавоб бериш 2) ҳужжатларни архивлаш", "phone_answering"),
])
def test_a_duty_in_a_laid_out_list_is_a_listed_duty(title: str, description: str, tag_: str) -> None:
    assert _listed(title, description).get(tag_, 0.0) >= 1.0, phrase_scores(title, description)


@pytest.mark.parametrize("title,description,tag_", [
    # the same layouts where the words are a requirement, the company's, or said to be no duty
    ("Admin Assistant", "<p><strong>Requirements</strong></p><ul><li>Experience with QuickBooks invoices</li></ul>"
     "<p>No cold calling &ndash; our sales team makes all calls.</p>", "phone_answering"),
    ("Virtual Assistant", "## Requirements\n- [ ] Experience answering phones\n- [ ] Excel", "phone_answering"),
    ("Ассистент", "## Требования\n- [ ] опыт работы с 1С\n- [ ] грамотная речь", "bookkeeping"),
    ("Support Specialist", "Requirements\n| Skill | Level |\n|---|---|\n| Excel | good |", "data_entry"),
    ("Администратор", "Требования: 1) опыт работы с 1С 2) грамотная речь", "bookkeeping"),
    ("منشی", "شرایط: ۱) آشنایی با اکسل ۲) روابط عمومی خوب", "data_entry"),
])
def test_the_same_layout_where_the_words_are_no_duty(title: str, description: str, tag_: str) -> None:
    assert _body(title, description).get(tag_, 0.0) < 1.0, phrase_scores(title, description)


def test_a_number_in_a_sentence_opens_no_item() -> None:
    # a lone "2)" or a price is no numbered list
    text = "We pay $5.50/hr (paid weekly) and 2) is not a list. Shift 3) optional."
    assert read_layout(text) == text


def test_html_and_entities_are_read_as_text() -> None:
    assert read_layout("Bookkeeping Assistant &amp; Admin Support") == "Bookkeeping Assistant & Admin Support"
    assert read_layout("<ul><li>Enter receipts</li><li>File documents</li></ul>") == (
        "\n- Enter receipts\n- File documents\n")


@pytest.mark.parametrize("text,glued,apart", [
    # a flattened board page: headings and items glued to the text before them come apart
    ("About UsWe are a small real-estate firm buying buildings in Ohio and Indiana every single year.What You'll "
     "DoResearch properties on county sites and compile the history into Google SheetsBuild weekly lists of owners "
     "for our team to contactCheck the lists for duplicates", "SheetsBuild", "Sheets\nBuild"),
    ("معرفی شرکتشرکت ما ارائه‌دهنده خدمات هاست و دامنه است و تیم فنی ما سرورها و شبکه را مدیریت می‌کند و مشتریان "
     "زیادی دارد.شرح شغل و وظایفپاسخگویی به تیکت‌های مشتریان در پنل پشتیبانیپاسخگویی تلفنی به تماس‌های ورودی در "
     "شیفت عصرشرایط احرازآشنایی با CRM", "وظایفپاسخگویی", "وظایف\nپاسخگویی"),
])
def test_a_flattened_page_comes_apart_at_its_glued_headings_and_items(text: str, glued: str, apart: str) -> None:
    read = read_layout(text, default_matcher()._known_word)
    assert glued not in read and apart in read, read


def test_a_flattened_page_keeps_the_names_written_in_two_capitals() -> None:
    text = ("We are a small accounting firm in Ohio serving local shops and restaurants for many years now. You will "
            "enter receipts into QuickBooks Online, keep our LinkedIn page tidy and build PowerPoint decks. "
            "Our team is friendly and the hours are flexible for the right person.")
    assert read_layout(text, default_matcher()._known_word) == text


def test_a_negation_glued_to_the_word_before_still_negates() -> None:
    text = ("Our acquisitions team makes all calls to owners and negotiates every deal with the sellers and agents.What "
            "We're Looking ForDetail-oriented and comfortable with spreadsheetsNo cold calling – this is a research role")
    assert _body("Research Assistant", text).get("phone_answering", 0.0) < 1.0, phrase_scores(
        "Research Assistant", text)
    assert _body("Operator", "Answer incoming calls from customers.").get("phone_answering", 0.0) >= 1.0
