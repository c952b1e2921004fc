"""``pipeline.check``: one pasted post through normalize → language → tags → legitimacy, nothing stored."""
from __future__ import annotations

import pytest

from crawlers.pasted import posting_from_text
from pipeline.check import check
from pipeline.normalize import Invalid

UZBEK_TASK_SCAM = ("Ofis menejeri kerak\n"
                   "Kiruvchi xatlar bilan ishlash, qo'ng'iroqlarga javob berish.\n"
                   "Ishni boshlash uchun balansingizni 100 000 so'mga to'ldiring. Telegram: @kadrlar")


def test_a_labelled_company_and_pay_count_as_given() -> None:
    """A legitimate post names its employer on an "Idora:" line: pasted, it is no "no company" case."""
    got = check(posting_from_text("Ofis menejeri kerak\n🏢 Idora: Baraka Logistics MChJ\n"
                                  "📋 Vazifalar: hujjatlar bilan ishlash, qo'ng'iroqlarga javob berish\n"
                                  "💰 Maosh: 5 000 000 so'm\n✉️ Murojaat: @baraka_hr"))
    assert got.legitimacy.verdict == "ok" and got.legitimacy.reasons == []
    assert (got.posting.salary_max, got.posting.salary_currency) == (5_000_000, "UZS")


def test_every_stage_speaks_on_an_uzbek_task_scam() -> None:
    got = check(posting_from_text(UZBEK_TASK_SCAM))
    assert got.language.lang == "uz"
    assert got.legitimacy.verdict == "likely_scam"
    fee = [r for r in got.legitimacy.reasons if r.code == "upfront_fee"]
    assert fee and "balansingizni" in fee[0].span
    assert got.tags.va_relevant and {"email_management", "phone_answering"} <= set(got.tags.tags)


def test_html_is_cleaned_and_pay_parsed_before_judging() -> None:
    got = check(posting_from_text("<b>Data entry</b> clerk, <script>x()</script>typing from home",
                                  title="Data entry clerk", salary_raw="3 000 000 so'm"))
    assert "<" not in (got.posting.description or "")
    assert (got.posting.salary_max, got.posting.salary_currency) == (3_000_000, "UZS")


def test_pay_far_above_the_market_it_is_given_is_a_reason() -> None:
    text = "Data entry operator\nMa'lumotlarni kiritish, Excel jadvallari bilan ishlash. Toshkent, ofisda."
    market = {("data_entry", "month", "UZS"): 5_000_000.0}
    fair = check(posting_from_text(text, salary_raw="6 000 000 so'm"), market)
    bait = check(posting_from_text(text, salary_raw="30 000 000 so'm"), market)
    assert "data_entry" in bait.tags.tags
    assert "pay_above_market" not in {r.code for r in fair.legitimacy.reasons}
    assert "pay_above_market" in {r.code for r in bait.legitimacy.reasons}
    assert "pay_above_market" not in {r.code for r in check(posting_from_text(text, salary_raw="30 000 000 so'm"))
                                      .legitimacy.reasons}  # no market given: nothing to compare with


def test_no_text_is_refused() -> None:
    with pytest.raises(Invalid):
        check(posting_from_text("   \n  "))


@pytest.mark.parametrize("text,span", [
    ("لطفا ۲۰۰ هزار تومان پرداخت كنيد", "۲۰۰ هزار تومان پرداخت كنيد"),  # Arabic ك ي beside a Persian پ
    ("لطفا ۲۰۰ هزار تومان واريز كنيد", "۲۰۰ هزار تومان واريز كنيد"),  # (no Persian letter: never repaired)
    ("لطفا ۲۰۰ هزار تومان پرداخت کنید", "۲۰۰ هزار تومان پرداخت کنید"),
])
def test_a_reason_quotes_the_pasted_post_as_it_was_pasted(text: str, span: str) -> None:
    """Normalising repairs Persian letters typed in their Arabic forms; the quote is still the pasted words, so a
    seeker finds it in the post they pasted."""
    got = check(posting_from_text(text))
    quote = {r.code: r.span for r in got.legitimacy.reasons}["upfront_fee"]
    assert quote == span and quote in text


def test_a_pasted_post_in_a_language_no_check_reads_is_not_enough_to_judge() -> None:
    got = check(posting_from_text("Ёрдамчии виртуалӣ\nБарои бақайдгирӣ 200 сомонӣ пардохт кунед. Рақами корти "
                                  "бонкӣ ва нусхаи шиносномаро фиристед.\n"))
    assert got.language.lang == "tg"
    assert got.legitimacy.verdict == "insufficient_evidence"
    assert [r.code for r in got.legitimacy.reasons] == ["unread_language"]
