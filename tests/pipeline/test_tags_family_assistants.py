"""Personal assistance to a family or to one person, however the title says it: an assistant for a family («Ассистент
для семьи», "Oilaga masofaviy assistent", «دستیار برای امور خانوادگی»), a woman assistant («Помощница руководителя»,
«Ищу помощницу»), «Шахсий ассистент»; and the errands such an assistant runs, gifts and flowers sent, personal
purchases. Not a family office's bookkeeper, a benefit's gifts nor a flower shop's posts
(``tests/data/tags_written_an``)."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text

FAMILY_AND_PERSONAL_ASSISTANTS = [
    ("Ассистент для семьи (удалённо)", "Ведение семейного календаря, оплата счетов, бронирование поездок."),
    ("Помощница руководителя", "Ведение календаря, организация встреч, деловая переписка, командировки."),
    ("Oilaga masofaviy assistent kerak", "Oila taqvimini yuritish, kommunal to'lovlar, aviachiptalar bron qilish."),
    ("Шахсий ассистент керак", "Почтани юритиш, учрашувларни белгилаш, авиачипталар."),
    ("دستیار آنلاین برای امور خانوادگی", "پرداخت قبوض، تنظیم قرار ملاقات با پزشک، رزرو بلیط سفر"),
]


@pytest.mark.parametrize("title,description", FAMILY_AND_PERSONAL_ASSISTANTS,
                         ids=[t for t, _ in FAMILY_AND_PERSONAL_ASSISTANTS])
def test_an_assistant_to_a_family_or_one_person_gives_personal_assistance(title: str, description: str) -> None:
    result = tag_text(title, description)
    assert result.va_relevant
    assert "personal_errands" in result.tags


def test_a_woman_assistant_wanted_online_is_va_work() -> None:
    result = tag_text("Ищу помощницу онлайн", "Разбирать мою почту, вести мой календарь, заказывать подарки.")
    assert result.va_relevant
    assert {"email_management", "calendar_scheduling"} <= set(result.tags)


NOT_PERSONAL_ASSISTANCE = [
    ("Oilaviy idoraga buxgalter yordamchisi", "1C dasturida birlamchi hujjatlarni kiritish, bank ko'chirmalarini "
                                              "solishtirish, arxiv."),
    ("دستیار حسابدار در دفتر خانوادگی", "ثبت اسناد حسابداری در سپیدار، مغایرت‌گیری بانکی و بایگانی"),
]


@pytest.mark.parametrize("title,description", NOT_PERSONAL_ASSISTANCE, ids=[t for t, _ in NOT_PERSONAL_ASSISTANCE])
def test_a_family_offices_bookkeeper_gives_no_personal_assistance(title: str, description: str) -> None:
    assert "personal_errands" not in tag_text(title, description).tags


def test_a_housekeeper_for_a_family_is_still_no_va_work() -> None:
    assert not tag_text("Помощница по хозяйству в семью", "Уборка, стирка, приготовление еды.").va_relevant


GIFTS_AND_PERSONAL_PURCHASES = [
    ("Virtual Assistant", "What you'll do:\n- Send gifts and flowers to clients on their birthdays\n"
                          "- Answer the shared inbox"),
    ("Ассистент", "Обязанности:\n- заказывать подарки и цветы партнёрам\n- вести почту"),
    ("Yordamchi kerak", "Vazifalar:\n- gul va sovg'alarni buyurtma qilish\n- pochtani yuritish"),
    ("دستیار", "شرح وظایف:\n- خرید هدیه برای شرکای تجاری\n- پاسخ به ایمیل‌ها"),
    ("دستیار آنلاین", "کارهای شخصی یک مدیر: جواب دادن به تماس‌ها و خریدهای شخصی"),
]


@pytest.mark.parametrize("title,description", GIFTS_AND_PERSONAL_PURCHASES,
                         ids=[f"{t}: {d[:30]}" for t, d in GIFTS_AND_PERSONAL_PURCHASES])
def test_gifts_sent_and_personal_purchases_are_personal_errands(title: str, description: str) -> None:
    assert "personal_errands" in tag_text(title, description).tags


GIFTS_THAT_ARE_NO_ERRAND = [
    ("Customer Support Agent", "Answer customers by chat and email.\n\nPerks: we send gifts and flowers on your "
                               "birthday."),
    ("SMM-менеджер в цветочный магазин", "Вести Instagram магазина: посты о цветах и подарках, ответы в директ."),
    ("Mijozlar bilan ishlash operatori", "Mijozlarga javob berish.\nSharoitlar: bayramlarda sovg'alar va bonuslar."),
]


@pytest.mark.parametrize("title,description", GIFTS_THAT_ARE_NO_ERRAND, ids=[t for t, _ in GIFTS_THAT_ARE_NO_ERRAND])
def test_a_perks_gifts_and_a_shops_goods_are_no_errands(title: str, description: str) -> None:
    assert "personal_errands" not in tag_text(title, description).tags
