"""A styled word is read as the word (``styled.unstyled``), in every language it claims: letters spelled out with
spaces, dots or hyphens, look-alike letters of the other script, digits and signs for letters, invisible characters
and keycap digits; and ordinary text reads as it did. Each styling with a true positive (the ask it hid now found)
and a hard negative (an honest post, or a warning quoting the ask, styled just as heavily).
"""
from __future__ import annotations

import pytest

from crawlers.items import PostingItem
from pipeline.legitimacy import assess
from pipeline.legitimacy.styled import unstyled
from pipeline.legitimacy.text import posting_text_folded

HARD = {"upfront_fee", "asks_bank_or_id", "asks_sms_code", "asks_id_document", "money_mule", "card_number"}


def _p(text: str, company: str | None = "Acme Ltd") -> PostingItem:
    return PostingItem(source="t", source_id="1", title="Operator", company=company, description=text)


def _codes(text: str, company: str | None = "Acme Ltd") -> dict[str, str]:
    return {r.code: r.span for r in assess(_p(text, company)).reasons}


@pytest.mark.parametrize("styled,read", [
    # letters spelled out, with a space, a dot or a hyphen, in each script
    ("pay a one-time r e g i s t r a t i o n fee", "pay a one-time registration fee"),
    ("photo of your I.D. (p a s s p o r t)", "photo of your I.D. (passport)"),
    ("code by S-M-S", "code by SMS"),
    ("нужна ваша к.a.р.т.а (Uzcard)", "нужна ваша карта (Uzcard)"),
    ("«скиньте к а р т у и к0д из С-М-С»", "«скиньте карту и код из СМС»"),
    ("в С М С", "в СМС"),
    ("К.А.Р.Т.А И.Ж.А.Р.А.Г.А", "КАРТА ИЖАРАГА"),
    ("М О Д Е Р А Т О Р  Ч А Т О В", "МОДЕРАТОР  ЧАТОВ"),
    ("k a r t a raqam + SMS k0d", "karta raqam + SMS kod"),
    ("ش م ا ر ه  ک ا ر ت", "شماره  کارت"),
    ("ک.ا.ر.ت و ک.د ت.ا.ی.ی.د", "کارت و کد تایید"),
    # a letter of the other script inside a word, and signs for letters
    ("Берём в аpенду ваши кaрты", "Берём в аренду ваши карты"),
    ("send your pаssport", "send your passport"),
    ("oреratorlar, to'lоv", "operatorlar, to'lov"),
    ("пер€водите д€ньги, фото п@спорта", "переводите деньги, фото паспорта"),
    ("Kassir formа beriladi; форма выдаётся, формa", "Kassir forma beriladi; форма выдаётся, форма"),
    # digits for letters
    ("daily p4yment, first w1thdrawal, 18 d0ll4rs, a 6-digit c0de", "daily payment, first withdrawal, 18 dollars, a "
     "6-digit code"),
    ("ch3ck, d3posit, d3p0zit, к0д", "check, deposit, depozit, код"),
    # invisible characters and keycaps
    ("a d\u200be\u200bp\u200bo\u200bs\u200bi\u200bt", "a deposit"),
    ("1\ufe0f\u20e39\ufe0f\u20e39\ufe0f\u20e3 000 сум", "199 000 сум"),
])
def test_a_styled_word_is_read_as_the_word(styled: str, read: str) -> None:
    assert unstyled(styled) == read


@pytest.mark.parametrize("text", [
    # initials, abbreviations, one- and two-letter words, codes and names with digits, addresses, keycap bullets
    "U.S.A. citizens, i.e. residents; e.g. a b; F.I.M.I. member; Ф.И.О. и в офисе; А.Б. Иванов; т.е. и т.д.",
    "It's a good job and I'm a fit.", "B2B, 3PL, CVV2, TRC20, 9am, G981B, log4j, http4s, garden3d, EC3N, DS4A, 1С",
    "hr@tezkor.uz, @p4y_admin, www.p4yment.com, RMzguNjguMTM0LjE5NA==, &lt;nick1&gt;",
    "1\ufe0f\u20e3 send your CV 2\ufe0f\u20e3 interview; мест осталось: 7\ufe0f\u20e3",
    "۲ و ۳", "کار.کار", "ماهانه ۸ میلیون تومان", "Toshkentда", "IT-отдел, 1С, Excel", "x\ny\nz",
    # an ordinal glued to the word before it, as a flattened export glues lines (an EMSCAD row's "Analysis3rd Party")
    "Statistical Analysis3rd Party Integrations, Shift1st of the month",
])
def test_ordinary_text_reads_as_it_did(text: str) -> None:
    assert unstyled(text) == text


@pytest.mark.parametrize("code,lang,positive,negative", [
    ("upfront_fee", "en-spaced",
     "To activate your worker account you pay a one-time r e g i s t r a t i o n fee of 25 usdt.",
     "We never charge a r e g i s t r a t i o n fee: the test task is paid by us."),
    ("upfront_fee", "en-invisible",
     "Level 2 tasks open after a d\u200be\u200bp\u200bo\u200bs\u200bi\u200bt of 50 usdt to your task wallet.",
     "No d\u200be\u200bp\u200bo\u200bs\u200bi\u200bt, no fees: the panel is free."),
    ("asks_sms_code", "en-digits", "You get a 6-digit c0de by S-M-S: send it to the admin to confirm the wallet.",
     "We never ask for the c0de you get by S-M-S: do not send it to anyone."),
    ("asks_sms_code", "ru-spaced", "Для начисления ЗП нужна ваша к.a.р.т.а и к0д из С М С, пришлите админу.",
     "Мошенники просят: «скиньте к а р т у и к0д из С-М-С». Это НЕ МЫ: мы не просим коды."),
    ("money_mule", "ru-lookalike", "Берём в аpенду ваши кaрты: карта + пин у нашего менеджера.",
     "Не сдавайте в аpенду свои кaрты: это схема мошенников."),
    ("money_mule", "uz-latn-dotted", "K.A.R.T.A I.J.A.R.A.G.A: kartangizni 1 oyga berasiz, haftasiga 1 mln.",
     "Firibgarlar «K.A.R.T.A I.J.A.R.A.G.A» deb yozmoqda: kartangizni hech kimga bermang."),
    ("money_mule", "uz-cyrl-dotted", "К.А.Р.Т.А И.Ж.А.Р.А.Г.А: картангизни 1 ойга берасиз, ҳафтасига 1 млн.",
     "Фирибгарлар «К.А.Р.Т.А И.Ж.А.Р.А.Г.А» деб ёзмоқда: картангизни ҳеч кимга берманг."),
    ("upfront_fee", "uz-latn-lookalike", "Kursga yozilish uchun 150 000 so'm d3p0zit to'lоv qilasiz, Click orqali.",
     "Hech qanday d3p0zit yoki to'lоv olinmaydi."),
    ("asks_bank_or_id", "fa-spaced", "برای واریز حقوق ش م ا ر ه  ک ا ر ت و CVV2 را همین امروز در پی وی بفرستید.",
     "هشدار: کلاهبرداران «ش م ا ر ه  ک ا ر ت و CVV2» می‌خواهند؛ ما هرگز نمی‌خواهیم."),
    ("asks_sms_code", "fa-dotted", "ک.د ت.ا.ی.ی.د پیامکی که براتون میاد رو همین امروز در پی وی بفرستید.",
     "هشدار: کلاهبرداران «ک.د ت.ا.ی.ی.د» پیامکی را می‌خواهند؛ ما هرگز نمی‌خواهیم."),
])
def test_a_styled_ask_is_read_and_its_honest_twin_is_not(code: str, lang: str, positive: str, negative: str) -> None:
    hit = _codes(positive, company=None)
    assert code in hit, (lang, hit)
    assert hit[code].strip(), "the reason shows the matched text"
    assert not HARD & set(_codes(negative)), (lang, _codes(negative))


def test_a_reason_quotes_the_styled_word_as_read() -> None:
    """The span of a reason is the post's own words, with a word spelled out read joined (the shown text is read as
    the rules' one is: ``text.shown``)."""
    spans = _codes("To activate your account pay a one-time r e g i s t r a t i o n fee of $25.", company=None)
    assert "registration fee" in spans["upfront_fee"]


def test_the_rules_read_the_styled_post_as_its_words() -> None:
    _, folded = posting_text_folded(_p("📢 Стоимость обучения — 1\ufe0f\u20e39\ufe0f\u20e39\ufe0f\u20e3 000 сум, "
                                       "оплата на к.a.р.т.у куратора"))
    assert "199 000 sum" in folded and "kartu kuratora" in folded


@pytest.mark.parametrize("code,lang,positive,negative", [
    # a deposit into a "task wallet" that opens a task app's levels
    ("upfront_fee", "en", "Level 2 and 3 tasks open after a deposit to your task wallet (50 USDT).",
     "Support: answer users' questions about the task list and payouts."),
    # a work account charged with tether to open levels («حساب کاری رو ۲۰ تتر شارژ میکنید»)
    ("upfront_fee", "fa", "برای باز شدن سطح ۲ حساب کاری رو ۲۰ تتر شارژ میکنید.",
     "پشتیبانی: پاسخ به سوالات کاربران درباره کیف پول و تتر."),
    # a price, then "paid to the curator's card" («… 199 000 сум, оплата на карту куратора»)
    ("upfront_fee", "ru", "Стоимость обучения и доступа к CRM — 199 000 сум, оплата на карту куратора.",
     "Зарплата 5 000 000 сум. Выплата на карту два раза в месяц, куратор поможет с обучением."),
])
def test_a_task_apps_and_a_curators_fee_are_fees(code: str, lang: str, positive: str, negative: str) -> None:
    assert code in _codes(positive, company=None), lang
    assert code not in _codes(negative), lang


@pytest.mark.parametrize("lang,text", [
    ("ru", "Нам пишут: какие-то люди просят:\n🚫 «оплатите 150 000 сум за обучение»\n🚫 «фото паспорта и селфи для "
           "оформления»\nЭто НЕ МЫ. Мы не берём денег с кандидатов.\n✅ Наша вакансия: администратор, 4 500 000 сум."),
    ("en", "Fake accounts write to candidates:\n🚫 \"send a photo of your passport and a selfie\"\nThat's not us. We "
           "never ask for documents by chat.\n✅ Our vacancy: receptionist, $600."),
    ("uz", "Nomzodlarga yozishmoqda:\n🚫 \"pasport rasmi va selfi yuboring\"\nBular biz emas. Biz hujjatlarni "
           "Telegramda so'ramaymiz.\n✅ Vakansiya: administrator, 4 mln so'm."),
])
def test_an_ask_quoted_and_disowned_is_no_ask(lang: str, text: str) -> None:
    """«Это НЕ МЫ» after the quoted asks disowns them, as «пишем не мы» does: a warning's quotation, not the post
    asking."""
    assert not HARD & set(_codes(text)), lang
