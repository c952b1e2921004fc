"""The verified check on hand-picked real cases (from tests/data/dedupe_pairs.jsonl) and edge cases."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.dedupe import decide_pair
from pipeline.dedupe.signature import band_keys, minhash_batch, shingles, string_key
from pipeline.dedupe.verify import features, verify

HH = ("Грамотная речь, хорошие коммуникативные навыки. Знание ПК (MS Office, 1C). Информирование клиентов "
      "о услугах компании, ведение документооборота, прием входящих звонков и работа с почтой офиса.")


def ad(**kw: str) -> dict[str, str]:
    base = {"title": "Офис-менеджер", "company": "Останкинский мясоперерабатывающий холдинг", "description": HH,
            "url": "https://hh.ru/vacancy/127279464", "location": "Орел", "salary_raw": "40000-47000 RUR"}
    return base | kw


def test_repost_with_a_new_id_and_an_emoji_line_merges() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/127300001", description="🔥 Срочно!\n" + HH + " #работа"))
    assert v.duplicate and v.reason.startswith("near:")


def test_template_in_another_city_does_not_merge() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/127289706", location="Саратов"))
    assert not v.duplicate and v.reason == "not:location"


def test_template_with_other_pay_does_not_merge() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/127289706", salary_raw="50000-51170 RUR"))
    assert not v.duplicate and v.reason == "not:salary"


def test_other_role_of_one_company_does_not_merge() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/2", title="Старший офис-менеджер"))
    assert not v.duplicate and v.reason == "not:title"


def test_same_title_at_another_company_does_not_merge() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/3", company="ООО Ромашка"))
    assert not v.duplicate and v.reason == "not:company"


def test_same_page_under_two_ids_is_same_id() -> None:
    v = decide_pair(ad(url="https://tashkent.hh.uz/vacancy/127279464?from=vacancy_search_list"), ad(location="Саратов"))
    assert v.duplicate and v.reason == "same_id"


def test_two_roles_listed_on_one_page_do_not_merge() -> None:
    """A careers page with several JSON-LD JobPostings and no link of their own: each posting's URL is the
    page's, yet the page names two gigs."""
    page = "https://careers.example/jobs"
    v = decide_pair(ad(url=page, title="Офис-менеджер"), ad(url=page, title="Бухгалтер по первичной документации"))
    assert not v.duplicate and v.reason == "not:title"


def test_narrower_place_and_missing_fields_are_no_conflict() -> None:
    tg = {"title": "📢 Офис-менеджер", "company": "", "description": "📢 Офис-менеджер\n" + HH + "\n#вакансия",
          "url": "https://t.me/jobs/1", "location": "", "salary_raw": ""}
    assert decide_pair(ad(), tg).duplicate
    assert decide_pair(ad(location="Орел, Россия"), ad(url="https://hh.ru/vacancy/9", location="Орел")).duplicate


def test_uzbek_latin_and_cyrillic_merge_exactly() -> None:
    lat = {"title": "Virtual yordamchi", "description": "Ish haqi: 500$. Mijozlar bilan yozishmalar, jadval yuritish.",
           "url": "https://t.me/a/1"}
    cyr = {"title": "Виртуал ёрдамчи", "description": "🔥 Иш ҳақи: 500$. Мижозлар билан ёзишмалар, жадвал юритиш.",
           "url": "https://t.me/b/7"}
    assert decide_pair(lat, cyr).reason == "exact"


def test_unrelated_postings_are_not_even_candidates() -> None:
    other = {"title": "Python developer", "company": "Acme", "description": "Build APIs in Django and FastAPI " * 5}
    assert decide_pair(ad(), other).reason == "not:candidate"


def test_empty_postings_never_merge() -> None:
    assert not decide_pair({}, {}).duplicate


def test_verify_is_symmetric() -> None:
    a, b = features(ad()), features(ad(url="https://hh.ru/vacancy/5", description=HH + " Бонусы."))
    assert verify(a, b) == verify(b, a)


def test_keys_are_stable_and_similar_texts_share_a_band() -> None:
    words = HH.lower().split()
    sigs = minhash_batch([shingles(words), shingles(words[:-1] + ["почтой"]), shingles(["x", "y", "z", "w"])])
    bands = band_keys(sigs)
    assert set(bands[0]) & set(bands[1])
    assert not set(bands[0]) & set(bands[2])
    # fixed numbers: a key scheme change must bump cluster.VERSION
    assert string_key("h", "abc") == 636044967561692082
    fixed = band_keys(minhash_batch([shingles("one two three four five".split())]))[0][:2].tolist()
    assert fixed == [6719112543357923277, 891382446733955951]
    assert bands.dtype == np.int64 and (bands >= 0).all()


def test_field_digest_never_rules_out_a_pair_verify_accepts() -> None:
    import json
    from pathlib import Path

    from pipeline.dedupe.verify import clearly_apart, field_digest

    ruled_out = 0
    for line in (Path(__file__).parents[1] / "data" / "dedupe_pairs.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        a, b = (features(dict(rec[s], salary_raw=rec[s]["salary"])) for s in "ab")
        if clearly_apart(field_digest(a), field_digest(b)):
            ruled_out += 1
            assert not verify(a, b).duplicate and not verify(b, a).duplicate
    assert ruled_out > 100  # and it does rule out most templates and other companies


# ---------------------------------------------------------------- pay in the forms ads write it, and contacts

PERSIAN = ("شرکت ماهان نت یک نفر کارشناس پشتیبانی آنلاین استخدام می کند: پاسخگویی به تماس ها و چت مشتریان، "
           "ثبت درخواست ها در سیستم CRM، پیگیری سفارش ها. ساعت کاری شنبه تا چهارشنبه ۹ تا ۱۷.")


def persian_ad(pay: str, url: str) -> dict[str, str]:
    return {"title": "کارشناس پشتیبانی آنلاین", "company": "ماهان نت", "description": PERSIAN, "url": url,
            "salary_raw": pay}


def test_other_pay_written_with_persian_digits_and_words_does_not_merge() -> None:
    for five, eight in [("۵ میلیون تومان", "۸ میلیون تومان"), ("۵٬۰۰۰٬۰۰۰ تومان", "۸٬۰۰۰٬۰۰۰ تومان"), ("$5", "$8"),
                        ("۵،۰۰۰،۰۰۰", "۸،۰۰۰،۰۰۰")]:  # the Persian comma, and no currency: the figures compared
        v = decide_pair(persian_ad(five, "https://jobinja.ir/1"), persian_ad(eight, "https://jobvision.ir/2"))
        assert v.reason == "not:salary", (five, eight, v)


def test_one_pay_written_two_ways_still_merges() -> None:
    """Toman in figures or in words, rials or toman: one reading (``pipeline.pay``) for both sides."""
    v = decide_pair(persian_ad("۵ میلیون تومان", "https://jobinja.ir/1"),
                    persian_ad("۵٬۰۰۰٬۰۰۰ تومان", "https://jobvision.ir/2"))
    assert v.duplicate


def test_the_stored_parsed_pay_is_what_is_compared() -> None:
    """A stored row carries the bounds normalize parsed: they are used, not the pay text read again."""
    a = features(persian_ad("۵ میلیون تومان", "https://jobinja.ir/1") | {"salary_min": 5e7, "salary_max": 5e7})
    b = features(persian_ad("", "https://jobvision.ir/2") | {"salary_min": 8e7, "salary_max": None})
    assert verify(a, b).reason == "not:salary"


DATA_ENTRY = ("Tallyhouse needs a Data Entry Clerk to enter supplier invoices into our accounting system. Enter invoices "
              "and receipts accurately. Check totals and flag mismatches. Keep the document archive in Google Drive "
              "organised. Requirements: attention to detail, Excel, typing speed of 40 words per minute.\n"
              "Part-time, flexible hours, remote.\nPay: {} per hour.")


def clerk(pay: str, url: str, **kw: str) -> dict[str, str]:
    return {"title": "Data Entry Clerk", "company": "Tallyhouse", "description": DATA_ENTRY.format(pay), "url": url} | kw


def test_other_pay_stated_only_in_the_descriptions_does_not_merge() -> None:
    v = decide_pair(clerk("$5", "https://boardd.example.com/jobs/dec-1"), clerk("$8", "https://boarde.example.com/jobs/dec-2"))
    assert v.reason == "not:salary"
    assert decide_pair(clerk("$5", "https://boardd.example.com/jobs/dec-1"),
                       clerk("$5", "https://boarde.example.com/jobs/dec-2")).duplicate


def test_a_description_pay_is_not_held_against_a_board_pay_field() -> None:
    """Boards' pay fields often disagree with the text they publish (an estimate, a yearly range over an hourly
    rate): the labelled cross-source pairs merge so."""
    assert decide_pair(clerk("$5", "https://boardd.example.com/jobs/dec-1", salary_raw="$9,000 - $12,000 a year"),
                       clerk("$5", "https://boarde.example.com/jobs/dec-2")).duplicate


@pytest.mark.parametrize("description", [
    "Pay: competitive. Registration fee 50 000 so'm, paid before training.",
    "Salary: negotiable. Registration fee $50 before you start.",
    "Зарплата по договорённости. Перед стартом оплатите регистрацию 50 000 сум.",
    "Maosh: kelishiladi. Ro'yxatdan o'tish uchun 85 000 so'm to'lov.",
    "Маош: келишилади. Рўйхатдан ўтиш учун 85 000 сўм тўлов.",
    "حقوق توافقی. هزینه ثبت نام ۵۰۰ هزار تومان واریز کنید.",
    "You pay a $30 registration fee before the training starts.",
])
def test_a_fee_is_no_pay_a_description_states(description: str) -> None:
    assert features({"title": "Operator", "description": description}).any_pay == frozenset()


@pytest.mark.parametrize("description, pay", [
    ("Maosh: 3 mln so'm. Ro'yxatdan o'tish uchun 85 000 so'm to'lov.", 3e6),
    ("You must pay a $30 registration fee.\nSalary: $400 per month.", 400),
    # a pay line that says no fee is asked still gives its pay
    ("We pay $20 per hour and you pay no fee to start.", 20),
    ("Pay: $20 per hour, you don't need to pay anything.", 20),
    ("Зарплата без вложений и взносов: 50 000 руб. в месяц", 50_000),
    ("Oylik maosh 3 mln so'm, to'lovsiz o'qitamiz.", 3e6),
    ("Маош 3 млн сўм, ҳеч қандай тўлов йўқ.", 3e6),
    ("حقوق ۱۵ میلیون تومان، بدون هیچ هزینه ثبت نام", 15e7),
])
def test_the_pay_beside_a_fee_or_a_fee_not_asked_is_the_pay(description: str, pay: float) -> None:
    assert features({"title": "Operator", "description": description}).any_pay == {pay}


def test_a_copy_with_a_fee_line_is_the_same_gig() -> None:
    """The fee is not held against the pay the other copy states: the pay both state is compared."""
    with_fee = clerk("$5", "https://boardd.example.com/jobs/dec-1")
    with_fee["description"] = with_fee["description"].replace("\nPay:", "\nYou must pay a $30 training fee first.\nPay:")
    v = decide_pair(with_fee, clerk("$5", "https://boarde.example.com/jobs/dec-2"))
    assert v.duplicate, v
    assert decide_pair(with_fee, clerk("$8", "https://boarde.example.com/jobs/dec-2")).reason == "not:salary"


def short_post(contact: str, n: int) -> dict[str, str]:
    return {"title": "Sotuvchi kerak", "description": f"Sotuvchi kerak\nOylik yaxshi, tajriba shart emas.\n{contact}",
            "url": f"https://t.me/ChanD/{n}"}


def test_short_posts_with_other_contacts_are_two_employers() -> None:
    assert decide_pair(short_post("@shop_one", 404), short_post("@market_two", 405)).reason == "not:contact"
    assert decide_pair(short_post("Tel: +998 90 111 22 33", 1), short_post("Tel: +998 91 444 55 66", 2)).reason \
        == "not:contact"
    assert decide_pair(short_post("@shop_one", 404), short_post("Aloqa: @shop_one", 405)).duplicate


def test_longer_posts_that_differ_only_in_their_contact_still_merge() -> None:
    body = ("Operator kerak: mijozlar bilan Telegram va telefon orqali muloqot, buyurtmalarni CRM ga kiritish, "
            "yetkazib berishni kuzatish. Ish vaqti 9:00 - 18:00. Rus va o'zbek tillarini bilish talab etiladi.")
    a = {"title": "Operator kerak", "description": body + "\nTelegram: @nurmarket_admin", "url": "https://t.me/a/1"}
    b = {"title": "Operator kerak", "description": body + "\nTelegram: @nurmarket_hr", "url": "https://t.me/b/2"}
    assert decide_pair(a, b).duplicate
