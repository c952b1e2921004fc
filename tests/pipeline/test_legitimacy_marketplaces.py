"""Freelance marketplaces and the move off them (tests/data/legitimacy_phrasings_ai): what the scams ask of a
freelancer, and the same words an honest client uses, each kind in every language it occurs in — a true positive and a
hard negative.
"""
from __future__ import annotations

import pytest

from tests.pipeline.test_legitimacy_rules import FILLER, _codes

# The employer's own codes, kept in its company's password manager: they open its accounts and never reach the
# seeker's phone. The seeker's own code sent on still is asked for.
CODES_IN_THE_EMPLOYERS_VAULT = [
    ("en", "When our tools ask for a 2FA code, send it to us from your phone.",
     "When our tools ask for a 2FA code, it comes from the shared authenticator in our company 1Password vault."),
    ("ru", "Коды подтверждения из СМС на ваш телефон пересылайте менеджеру.",
     "Пароли от рабочих аккаунтов выдаём через корпоративный 1Password, коды подтверждения тоже хранятся там."),
    ("uz-latn", "Tasdiqlash kodlarini telefoningizdan menejerga yuborasiz.",
     "Akkauntlar parollarini kompaniyamizning 1Password menejeri orqali beramiz, tasdiqlash kodlari ham o'sha yerda."),
    ("uz-cyrl", "Тасдиқлаш кодларини телефонингиздан менежерга юборасиз.",
     "Аккаунтлар паролларини компаниямизнинг 1Password менежери орқали берамиз, тасдиқлаш кодлари ҳам ўша ерда."),
    ("fa", "کدهای تایید را از گوشی خود برای مدیر بفرستید.",
     "رمزهای حساب‌های کاری را از طریق مدیر رمز عبور شرکت (Bitwarden) می‌دهیم و کدهای تایید هم همان‌جاست."),
]


@pytest.mark.parametrize("lang,asked,kept", CODES_IN_THE_EMPLOYERS_VAULT, ids=[c[0] for c in CODES_IN_THE_EMPLOYERS_VAULT])
def test_the_employers_codes_in_its_own_vault_are_not_asked_for(lang: str, asked: str, kept: str) -> None:
    assert "asks_sms_code" in _codes(asked + FILLER), lang
    assert "asks_sms_code" not in _codes(kept + FILLER), lang


def test_the_seekers_own_code_put_in_the_employers_vault_is_still_asked_for() -> None:
    assert "asks_sms_code" in _codes("Add the SMS code to our shared 1Password vault so the team can log in to your "
                                     "account." + FILLER)


# A freelance marketplace's own charge, said to be the named platform's under its own rules, is the platform's; the
# same charge sent to a card or a payment app is a fee to the client, and a task platform's "rules" excuse nothing.
THE_PLATFORMS_OWN_CHARGE = [
    ("en", "Pay the $20 membership fee to our coordinator's card to join the project.",
     "The membership fee, if any, is set by Upwork's own rules and paid inside your own Upwork account; we take "
     "nothing from you."),
    ("ru", "Членский взнос 500 рублей переведите на карту менеджера.",
     "Членский взнос, если он есть, взимает сам Kwork по своим правилам; нам вы ничего не платите."),
    ("uz-latn", "A'zolik to'lovi Kwork platformasining o'z to'lovi, uni menga Click orqali o'tkazasiz.",
     "A'zolik to'lovi, agar bo'lsa, Kwork platformasining o'z qoidalariga ko'ra olinadi; biz sizdan hech narsa "
     "olmaymiz."),
    ("uz-cyrl", "Аъзолик тўлови 50 000 сўм, менежер картасига ўтказасиз.",
     "Аъзолик тўлови, агар бўлса, Kwork платформасининг ўз қоидаларига кўра олинади; биз сиздан ҳеч нарса "
     "олмаймиз."),
    ("fa", "هزینه عضویت ۵۰ هزار تومان را به کارت مدیر پروژه واریز کنید.",
     "هزینه عضویت، اگر باشد، مربوط به قوانین خود پونیشا است؛ ما هیچ پولی از شما نمی‌گیریم."),
]


@pytest.mark.parametrize("lang,asked,platforms", THE_PLATFORMS_OWN_CHARGE, ids=[c[0] for c in THE_PLATFORMS_OWN_CHARGE])
def test_a_platforms_own_charge_is_no_fee_to_the_client(lang: str, asked: str, platforms: str) -> None:
    assert "upfront_fee" in _codes(asked + FILLER), lang
    assert "upfront_fee" not in _codes(platforms + FILLER), lang


def test_a_task_platforms_rules_excuse_no_fee() -> None:
    assert "upfront_fee" in _codes("По правилам платформы перед первым выводом необходимо оплатить налоговый сбор 12 %."
                                   + FILLER)


# A customer's overpayment refunded from the business's own payment system never touches the seeker's accounts; an
# overpayment to the seeker with the difference sent on is a mule's. (The other languages name no overpayment refunded
# in these words: only English reads it.)
def test_a_customers_overpayment_refunded_from_our_payment_system_is_no_mule() -> None:
    assert "money_mule" in _codes("If we overpay you, send the difference back to our manager by bank transfer."
                                  + FILLER)
    assert "money_mule" not in _codes("When a student overpays, refund the difference from our Stripe account back to "
                                      "the student's card." + FILLER)


# "We" pay the seeker more than the pay and a part goes on from the seeker to "our" photographer, editor or designer:
# a mule's overpayment. The employer paying its own people itself is not.
PART_OF_OUR_TRANSFER_SENT_ON = [
    ("en", "We will send you $3,000 at once: keep $500 for your first month and send $2,500 to our photographer.",
     "We will send you $500 for your first month; our photographer is paid by us directly."),
    ("ru", "Мы переведём вам сразу 60 000 ₽: 25 000 оставляете себе, а 35 000 переводите нашему фотографу.",
     "Мы переведём вам 25 000 ₽ за первый месяц, а фотографу мы платим сами."),
    ("uz-latn", "Kartangizga 4 000 000 so'm o'tkazamiz: 1 200 000 sizniki, qolgan 2 800 000 ni muharririmizning "
     "kartasiga o'tkazib berasiz.",
     "Kartangizga 1 200 000 so'm o'tkazamiz, muharririmizga esa o'zimiz to'laymiz."),
    ("uz-cyrl", "Картангизга 4 000 000 сўм ўтказамиз: 1 200 000 сизники, қолган 2 800 000 ни муҳарриримизнинг "
     "картасига ўтказиб берасиз.",
     "Картангизга 1 200 000 сўм ўтказамиз, муҳарриримизга эса ўзимиз тўлаймиз."),
    ("fa", "ما ۹ میلیون تومان به کارت شما واریز می‌کنیم؛ ۳ میلیون مال شماست و ۶ میلیون را به کارت طراح ما واریز کنید.",
     "ما ۳ میلیون تومان به کارت شما واریز می‌کنیم و دستمزد طراح را خودمان می‌دهیم."),
]


@pytest.mark.parametrize("lang,mule,paid", PART_OF_OUR_TRANSFER_SENT_ON, ids=[c[0] for c in PART_OF_OUR_TRANSFER_SENT_ON])
def test_part_of_our_transfer_sent_on_to_our_people_is_a_mule(lang: str, mule: str, paid: str) -> None:
    assert "money_mule" in _codes(mule + FILLER), lang
    assert "money_mule" not in _codes(paid + FILLER), lang


# A platform account opened in the seeker's name, its login handed over in the next sentence: the account is lent out.
# The seeker's own payout account, its login kept, is not.
ACCOUNT_IN_YOUR_NAME_HANDED_OVER_NEXT = [
    ("en", "Open a Fiverr account in your own name and pass the ID check. Then hand us the login and we run the profile.",
     "Open a Payoneer account in your own name for your pay. Never share its login with anyone, us included."),
    ("ru", "Откройте аккаунт на Upwork на своё имя и пройдите проверку. Затем передаёте нам логин и пароль.",
     "Откройте Payoneer на своё имя для своих выплат. Логин и пароль никому не передавайте, даже нам."),
    ("uz-latn", "Fiverr akkauntini o'z nomingizga ochasiz va pasport bilan tasdiqlaysiz. Keyin login va parolni bizga "
     "berasiz.",
     "Payoneer hisobini o'z nomingizga ochasiz, maoshingiz shunga tushadi. Login va parolni hech kimga bermang."),
    ("uz-cyrl", "Fiverr аккаунтини ўз номингизга очасиз ва паспорт билан тасдиқлайсиз. Кейин логин ва паролни бизга "
     "берасиз.",
     "Payoneer ҳисобини ўз номингизга очасиз, маошингиз шунга тушади. Логин ва паролни ҳеч кимга берманг."),
    ("fa", "یک حساب Fiverr به نام خودتان بسازید و احراز هویت کنید. بعد اطلاعات ورود را به ما تحویل می‌دهید.",
     "یک حساب Payoneer به نام خودتان برای دریافت دستمزد بسازید. اطلاعات ورود را به هیچ کس، حتی ما، ندهید."),
]


@pytest.mark.parametrize("lang,lent,own", ACCOUNT_IN_YOUR_NAME_HANDED_OVER_NEXT,
                         ids=[c[0] for c in ACCOUNT_IN_YOUR_NAME_HANDED_OVER_NEXT])
def test_an_account_in_your_name_handed_over_in_the_next_sentence_is_lent_out(lang: str, lent: str, own: str) -> None:
    assert "identity_proxy" in _codes(lent + FILLER), lang
    assert "identity_proxy" not in _codes(own + FILLER), lang


def test_partners_named_they_then_told_to_hand_over_the_login_lend_their_account() -> None:
    assert "identity_proxy" in _codes("We need partners to open an Upwork account in their own name. You pass the ID "
                                      "check, then hand us the login." + FILLER)
    assert "identity_proxy" in _codes("همکارانی می‌خواهیم که یک حساب Fiverr به نام خودشون بسازن. بعد اطلاعات ورود رو به "
                                      "ما تحویل می‌دید." + FILLER)


# A test kit, a set or a "komplekt" with its price, bought by the seeker for a test; the same kit given free is not.
A_KIT_PRICED = [
    ("en", "The test kit costs $29, paid on our partner's site.", "The test kit is free; the test task itself is paid."),
    ("ru", "Для теста нужен стартовый комплект. Стоимость комплекта 990 ₽, оплачиваете на сайте.",
     "Для теста нужен стартовый комплект. Комплект выдаём бесплатно, тестовое задание оплачиваем."),
    ("uz-latn", "Test uchun to'plam kerak: to'plam narxi 150 000 so'm, saytimizda to'laysiz.",
     "Test uchun to'plamni bepul beramiz, test topshirig'i pullik."),
    ("uz-cyrl", "Тест учун тўплам керак: тўплам нархи 150 000 сўм, сайтимизда тўлайсиз.",
     "Тест учун тўпламни бепул берамиз, тест топшириғи пуллик."),
    ("fa", "هزینه کیت آزمون ۱۹۰ هزار تومان است که از طریق لینک پرداخت می‌شود.",
     "کیت آزمون رایگان است و آزمون ترجمه پولی است."),
]


@pytest.mark.parametrize("lang,priced,free", A_KIT_PRICED, ids=[c[0] for c in A_KIT_PRICED])
def test_a_test_kit_with_its_price_is_a_fee(lang: str, priced: str, free: str) -> None:
    assert "upfront_fee" in _codes(priced + FILLER), lang
    assert "upfront_fee" not in _codes(free + FILLER), lang


# A code the platform sends the seeker, read out to "us": handed on. The same code kept to oneself is the seeker's own.
A_CODE_SENT_TO_YOU_READ_OUT_TO_US = [
    ("en", "Upwork sends you a 6-digit verification code: read it to us so we can confirm the link.",
     "Upwork sends you a 6-digit verification code when you log in; keep it to yourself."),
    ("en-item", "Install AnyDesk.\n3) read us the 6-digit verification code Upwork sends you.",
     "Upwork sends you a 6-digit verification code when you log in; keep it to yourself."),
    ("ru", "Upwork пришлёт вам код подтверждения, зачитайте его нашему специалисту.",
     "Upwork пришлёт вам код подтверждения при входе, держите его при себе."),
    ("uz-latn", "Upwork sizga tasdiqlash kodini yuboradi, uni bizga o'qib bering.",
     "Upwork sizga tasdiqlash kodini yuboradi, uni hech kimga aytmang."),
    ("uz-cyrl", "Upwork сизга тасдиқлаш кодини юборади, уни бизга ўқиб беринг.",
     "Upwork сизга тасдиқлаш кодини юборади, уни ҳеч кимга айтманг."),
    ("fa", "آپورک یک کد تایید برای شما می‌فرستد، آن را برای ما بخوانید.",
     "آپورک یک کد تایید برای شما می‌فرستد، آن را پیش خودتان نگه دارید."),
]


@pytest.mark.parametrize("lang,read_out,kept", A_CODE_SENT_TO_YOU_READ_OUT_TO_US,
                         ids=[c[0] for c in A_CODE_SENT_TO_YOU_READ_OUT_TO_US])
def test_a_code_sent_to_you_read_out_to_us_is_handed_on(lang: str, read_out: str, kept: str) -> None:
    assert "asks_sms_code" in _codes(read_out + FILLER), lang
    assert "asks_sms_code" not in _codes(kept + FILLER), lang
