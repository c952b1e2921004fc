"""The hiring process around a remote posting (tests/data/legitimacy_phrasings_y): what the scams ask in it and the
same words an honest employer uses, each kind in every language it occurs in — a true positive and a hard negative.
"""
from __future__ import annotations

import pytest

from tests.pipeline.test_legitimacy_rules import FILLER, _codes

# Bank details a payroll provider collects itself, in its own app, are how direct deposit is set up: the provider is
# the one asking, named as the sentence's subject or agent, and the sentence sends them to no one.
PAYROLL_PROVIDER_COLLECTS = [
    ("en", "Gusto collects your bank details, so send them to our recruiter on Telegram.",
     "Deel collects your bank details inside its own app; we never see them."),
    ("en-agent", "Your bank details are needed for ADP: send them to our recruiter by e-mail.",
     "Your bank details are collected by ADP during onboarding."),
    ("ru", "Deel собирает номер карты — пришлите его менеджеру в Telegram.",
     "Номер вашей карты Deel собирает сам в своём приложении."),
    ("uz-latn", "Karta raqamingizni Deel uchun menejerga Telegramda yuboring.",
     "Karta raqamingizni Deel o'z ilovasida so'raydi."),
    ("uz-cyrl", "Карта рақамингизни Deel учун менежерга Телеграмда юборинг.",
     "Карта рақамингизни Deel ўз иловасида сўрайди."),
    ("fa", "شماره حساب خود را برای Deel در تلگرام به ما بفرستید.",
     "شماره حساب شما را Deel در اپلیکیشن خودش دریافت می‌کند."),
]


@pytest.mark.parametrize("lang,asked,collected", PAYROLL_PROVIDER_COLLECTS,
                         ids=[c[0] for c in PAYROLL_PROVIDER_COLLECTS])
def test_bank_details_a_payroll_provider_collects_itself_are_no_request(lang: str, asked: str,
                                                                         collected: str) -> None:
    assert "asks_bank_or_id" in _codes(asked + FILLER), lang
    assert "asks_bank_or_id" not in _codes(collected + FILLER), lang
