"""Pasted conversations (tests/data/legitimacy_phrasings_ag): a seeker pastes the ad and the chat that followed it —
"[14:02] HR Manager Dilnoza: …", «Вы: …», "Siz, 19:50" over its message, «من: …». Who says a line matters: the
seeker's own question names what the seeker fears or was asked elsewhere, and the other side's answer tells whether it
is asked here. Each kind in every language it occurs in — a true positive and a hard negative.
"""
from __future__ import annotations

import pytest

from pipeline.legitimacy import turns
from pipeline.legitimacy.text import folded
from tests.pipeline.test_legitimacy_rules import _codes

# The seeker asks whether a fee, a card or a code is needed; the other side answers. "Yes" (or any answer but "no")
# leaves the question's words standing as the ask; a "no" in the reply's first words, after a greeting, answers
# them away.
QUESTION_ANSWERED = [
    ("upfront_fee", "en",
     "You: Do I need to pay the $40 registration fee before the training starts?\nRecruiter: Yes, by Friday please.",
     "You: Do I need to pay the $40 registration fee before the training starts?\n"
     "Recruiter: Hi Aziz! No, there is no fee at all. Training is on us."),
    ("upfront_fee", "ru",
     "Вы: Здравствуйте. А вступительный взнос 300 000 сум нужно оплатить?\nРекрутер: Да, до пятницы.",
     "Вы: Здравствуйте. А вступительный взнос 300 000 сум нужно оплатить?\n"
     "Рекрутер: Добрый день, Мадина! Нет, никаких взносов у нас нет."),
    ("upfront_fee", "uz-latn",
     "[10:02] Siz: boshqa joyda o'qish uchun 150 000 so'm to'lash kerak deyishdi. sizlarda ham shundaymi?\n"
     "[10:04] HR Kamola: Ha, bizda ham shunday",
     "[10:02] Siz: boshqa joyda o'qish uchun 150 000 so'm to'lash kerak deyishdi. sizlarda ham shundaymi?\n"
     "[10:04] HR Kamola: Yo'q, bizda hech qanday to'lov yo'q. Suhbat ertaga soat 11:00 da"),
    ("upfront_fee", "uz-cyrl",
     "Сиз: Ассалому алайкум. Ўқиш учун тўлов керакми?\nHR Дилноза: Ҳа, керак, эртагача",
     "Сиз: Ассалому алайкум. Ўқиш учун тўлов керакми?\nHR Дилноза: Ваалайкум ассалом! Йўқ, ўқиш бепул"),
    ("upfront_fee", "fa",
     "من: سلام، یه سوال: برای آموزش باید هزینه‌ای بدم؟ یه جای دیگه گفتن ۳۰۰ تومن کارت به کارت کن\n"
     "ادمین: سلام، بله همین‌طوره",
     "من: سلام، یه سوال: برای آموزش باید هزینه‌ای بدم؟ یه جای دیگه گفتن ۳۰۰ تومن کارت به کارت کن\n"
     "ادمین: سلام خانم احمدی، وقتتون بخیر 🌿 نه، هیچ هزینه‌ای نداره"),
    ("asks_sms_code", "ru",
     "Вы: Мне пришёл код в смс, его надо переслать вам?\nРекрутер: Да, скорее",
     "Вы: Мне пришёл код в смс, его надо переслать вам?\nРекрутер: Здравствуйте! Нет, это не мы, это мошенники"),
    ("asks_sms_code", "fa",
     "من: الان یه کد تایید برام پیامک شده، باید برای شما بفرستم؟\nادمین: آره بفرست",
     "من: الان یه کد تایید برام پیامک شده، باید برای شما بفرستم؟\nادمین: نه نه! من کد از کسی نمیخوام"),
    ("asks_bank_or_id", "en",
     "[Nov 18] Me: Do you need my card number and the SMS code for payroll?\n[Nov 18] Tasha: Yes, send both here",
     "[Nov 18] Me: Do you need my card number and the SMS code for payroll?\n"
     "[Nov 18] Tasha: No. Payroll runs through the bank; keep both to yourself"),
]


@pytest.mark.parametrize("code,lang,answered_yes,answered_no", QUESTION_ANSWERED,
                         ids=[f"{c[0]}-{c[1]}" for c in QUESTION_ANSWERED])
def test_a_seekers_question_answered_no_asks_nothing(code: str, lang: str, answered_yes: str, answered_no: str) -> None:
    assert code in _codes(answered_yes), lang
    assert code not in _codes(answered_no), lang


# The reply names the very thing the seeker asked about and refuses it, without a "no" first ("Only the Sheba number.
# Never give anyone the second password or the SMS code, not even us."): the question is answered no.
def test_a_reply_refusing_what_the_question_named_answers_it_no() -> None:
    asked = "[10:10] من: شماره کارت هم لازمه؟ یا رمز دوم؟\n"
    assert "asks_bank_or_id" in _codes(asked + "[10:12] خانم کریمی: بله، هر دو رو بفرستید")
    refused = "[10:12] خانم کریمی: فقط شبا. رمز دوم رو هیچ وقت به هیچ کس ندید، حتی به ما"
    assert "asks_bank_or_id" not in _codes(asked + refused)


# Who says what: a "no" answers only the seeker's question. The recruiter's own question is an ask whatever the seeker
# replies, and a "no" that goes on to ask (a deposit, a refund promised) is no "no".
@pytest.mark.parametrize("chat", [
    "Recruiter: Can you pay the $40 registration fee today?\nYou: No, I can't right now.",
    "Рекрутер: Сможете сегодня оплатить взнос 300 000 сум?\nВы: Нет, пока не могу.",
    "HR: Bugun 200 000 so'm to'lov qilasiz, ertaga o'qish boshlanadi. Mumkinmi?\nSiz: Yo'q, hozir pulim yo'q",
    "ادمین: هزینه ثبت نام ۲۵۰ هزار تومان است، امروز واریز کنید. می‌تونید؟\nمن: نه، فعلا ندارم",
    "You: Do I have to pay a $30 fee for the training account?\n"
    "Recruiter: No, it's not a fee, it's a deposit, refunded with your first salary.",
    "Вы: Обучение платное, 350 000 сум?\nРекрутер: Нет, это не оплата, а депозит, вернём с первой зарплатой.",
])
def test_the_recruiters_own_ask_and_a_no_that_asks_still_fire(chat: str) -> None:
    assert "upfront_fee" in _codes(chat)


# The chat that says "we never ask for money" and then asks for the card and the code (the seeker's worried question
# in between answered "it's a standard message") is still an ask.
@pytest.mark.parametrize("chat", [
    "Bozorcha HR, 19:40\nXavotir olmang, kompaniya hech qachon xodimdan pul so'ramaydi\nBozorcha HR, 19:41\n"
    "Oylik har juma kartaga tushadi. Karta raqamingiz va amal qilish muddatini yozing\nSiz, 19:53\n"
    "bankdan \"kodni hech kimga bermang\" deb yozilgan, beraymi?\nBozorcha HR, 19:53\nBu standart xabar, tezroq",
    "HR: We never ask candidates for money.\nHR: Now send me your card number and the SMS code to link your salary.\n"
    "You: The bank says never share the code, should I?\nHR: It's a standard message, hurry.",
])
def test_a_chat_that_disclaims_money_and_then_asks_still_fires(chat: str) -> None:
    codes = _codes(chat)
    assert "asks_bank_or_id" in codes or "asks_sms_code" in codes


# A payment only the seeker's question shows, the other side confirming it: "yes", or any answer to "why must I
# pay …?" but "no" (the fee was said in a voice message, the seeker asks why; the recruiter explains). Not a salary
# asked about and confirmed, nor a question answered "no".
SEEKER_PAYS_CONFIRMED = [
    ("uz-latn", "[14:30] Siz: ovozlini eshitdim. nega 200 000 so'm to'lashim kerak?\n"
                "[14:31] HR Manager Dilnoza: Bu o'quv akkauntni ochish uchun",
     "[14:30] Siz: ovozlini eshitdim. nega 200 000 so'm to'lashim kerak?\n"
     "[14:31] HR Manager Dilnoza: Yo'q, siz hech narsa to'lamaysiz, bu boshqa e'lon"),
    ("uz-cyrl", "Сиз: нега 200 000 сўм тўлашим керак?\nHR: Бу ўқув аккаунт учун",
     "Сиз: Ойлик 5 000 000 сўм тўланадими?\nHR: Ҳа, ҳар ойнинг 10-санасида"),
    ("ru", "Вы: Я уже перевела 150 000 сум за страховку, теперь ещё 300 000 за аттестацию?\n"
           "Рекрутер: Да, после аттестации сразу первая выплата",
     "Вы: Зарплата 4 000 000 сум, выплаты два раза в месяц?\nРекрутер: Да, 10-го и 25-го"),
    ("en", "You: Why do I have to pay $35 before the training?\nRecruiter: It activates your account on our platform",
     "You: Will I be paid $20 for the test task?\nRecruiter: Yes, by Payoneer on Friday"),
    ("fa", "من: چرا باید ۲۰۰ هزار تومان واریز کنم؟\nادمین: برای فعال شدن حساب آموزشی",
     "من: چرا باید ۲۰۰ هزار تومان واریز کنم؟\nادمین: نه، شما هیچ پولی واریز نمی‌کنید"),
]


@pytest.mark.parametrize("lang,confirmed,not_a_fee", SEEKER_PAYS_CONFIRMED, ids=[c[0] for c in SEEKER_PAYS_CONFIRMED])
def test_a_payment_the_seeker_asks_about_and_the_other_side_confirms_is_a_fee(lang: str, confirmed: str,
                                                                             not_a_fee: str) -> None:
    assert "upfront_fee" in _codes(confirmed), lang
    assert "upfront_fee" not in _codes(not_a_fee), lang


@pytest.mark.parametrize("text,seekers", [
    ("[14:02] HR Manager Dilnoza: Salom\n[14:05] Siz: rahmat, suhbat qachon?", [False, True]),
    ("Вы (ответ): Спасибо! А если курьер попросит оплату?\nОтвет IT: Не платите ничего", [True, False]),
    ("Bozorcha HR, 19:40\nSalom!\nSiz, 19:50\nberaymi?", [False, True]),
    ("[1405/09/12، 10:10] من: سلام، شماره کارت هم لازمه؟\n[1405/09/12، 10:12] خانم کریمی - منابع انسانی: فقط شبا",
     [True, False]),
    ("[Nov 12, 18:02] Jonas (Lindqvist Studio): Hi\n[Nov 12, 18:10] You: Hello, is Telegram fine?", [False, True]),
])
def test_a_chats_turns_and_who_says_each(text: str, seekers: list[bool]) -> None:
    """A chat's turns are read where the seeker speaks and someone asks (only a question is answered)."""
    assert [t.seeker for t in turns.turns(folded(text))] == seekers


def test_an_ads_field_labels_are_no_conversation() -> None:
    """An ad's "Oylik: …", "Talab: …" lines are labelled like turns, but no seeker speaks: no question is answered."""
    ad = folded("Oylik: 4 500 000 so'm\nTalab: o'zbek va rus tili\nSavollar bormi?\nMurojaat: @hr_example")
    assert not any(t.seeker for t in turns.turns(ad))


# A warning on its own chat line, after the speaker's name: "if" you get a code or are asked for a card, don't send it
# — the sentence's last clause forbids what its "if" names, however far after the match. An "if" whose clause orders
# it sent ("… send it to me") still asks, and so does one that forbids it only to others ("… don't send it to anyone
# but me").
CONDITIONAL_WARNINGS = [
    ("asks_sms_code", "en",
     "[21:33] Rosa (Kettle & Loom): Important: if you ever get an SMS code, a \"verification code\" or a card number "
     "request in chat, even from me, don't send it.",
     "[21:33] Rosa (Kettle & Loom): Important: if you get an SMS code from the bank, send it to me here right away."),
    ("asks_bank_or_id", "en",
     "Rosa: If anyone asks for your card number in chat, even me, do not share it with them.",
     "Rosa: If anyone asks for your card number in chat, don't share it with anyone but me."),
    ("asks_sms_code", "ru",
     "Рекрутер (Ирода): Если вам придёт код из СМС или кто-то попросит номер карты, даже я, не отправляйте его.",
     "Рекрутер (Ирода): Если вам придёт код из СМС, сразу отправьте его мне в Telegram."),
    ("asks_sms_code", "uz-latn",
     "HR Kamola: Agar sizga SMS kod kelsa yoki kimdir karta raqamini so'rasa, hatto men bo'lsam ham, hech kimga "
     "yubormang.",
     "HR Kamola: Agar sizga SMS kod kelsa, darhol menga yuboring."),
    ("asks_sms_code", "uz-cyrl",
     "HR Камола: Агар сизга СМС код келса ёки кимдир карта рақамини сўраса, ҳатто мен бўлсам ҳам, юборманг.",
     "HR Камола: Агар сизга СМС код келса, дарҳол менга юборинг."),
    ("asks_sms_code", "fa",
     "ادمین: اگر کد تایید پیامکی برای شما آمد یا کسی شماره کارت خواست، حتی از طرف من، نفرستید.",
     "ادمین: اگر کد تایید پیامکی برای شما آمد، همون لحظه برای من بفرستید."),
]


@pytest.mark.parametrize("code,lang,warning,ask", CONDITIONAL_WARNINGS,
                         ids=[f"{c[0]}-{c[1]}" for c in CONDITIONAL_WARNINGS])
def test_an_if_clause_whose_sentence_forbids_sending_warns(code: str, lang: str, warning: str, ask: str) -> None:
    assert code in _codes(ask), lang
    assert code not in _codes(warning), lang


# A card or a code whose owner is named at it — the customers', the clients', the users' — is the job's to handle
# (a payments back office: card numbers masked in the admin panel), even in a sentence that speaks to the seeker
# ("… you only see the last digits"). The seeker's own card in the same words is still asked for.
OTHERS_CARDS = [
    ("en", "Customers' card numbers you never see, Stripe hides them.",
     "Send me your card number, you never see Stripe otherwise."),
    ("en-of", "The card numbers of our clients are hidden in the panel, you only click refund.",
     "Send the card number you use, our clients pay you through the panel."),
    ("ru", "Рекрутер: Номера карт клиентов в админке замаскированы, вы видите только статус.",
     "Рекрутер: Пришлите номер карты, клиенты платят через админку."),
    ("uz-latn", "Mijozlarning karta raqamlari panelda yashirin, siz faqat holatini ko'rasiz.",
     "Karta raqamingizni yuboring, mijozlar panel orqali to'laydi."),
    ("uz-cyrl", "Мижозларнинг карта рақамлари панелда яширин, сиз фақат ҳолатини кўрасиз.",
     "Карта рақамингизни юборинг, мижозлар панел орқали тўлайди."),
    ("fa", "شماره کارت مشتریان در پنل مخفی است و شما فقط وضعیت را می‌بینید.",
     "شماره کارت خودتان را بفرستید، مشتریان از پنل پرداخت می‌کنند."),
]


@pytest.mark.parametrize("lang,theirs,yours", OTHERS_CARDS, ids=[c[0] for c in OTHERS_CARDS])
def test_a_card_whose_owner_is_named_at_it_is_the_jobs(lang: str, theirs: str, yours: str) -> None:
    assert "asks_bank_or_id" in _codes(yours), lang
    assert "asks_bank_or_id" not in _codes(theirs), lang


# A company's warning forwarded into the chat: what "they", the impostors using its name, ask of candidates, listed
# under the sentence that says so or told in it («Улар номзодлардан: • ўқиш учун тўлов, • карта рақами ва СМС код …
# сўрашмоқда», "They ask candidates for: …", «افرادی با نام «…» … از متقاضیان … شماره کارت یا کد تایید پیامکی
# می‌خواهند»). The same list in the poster's own voice asks.
IMPOSTORS_TOLD_OF = [
    ("uz-latn", "DIQQAT, FIRIBGARLAR! So'nggi kunlarda «Tong Savdo» nomidan uydan ish taklif qilayotganlar paydo "
                "bo'ldi. Ular nomzodlardan:\n• o'qish uchun to'lov,\n• karta raqami va SMS kod\nso'rashmoqda.",
     "Tong Savdo: uydan ish. Nomzodlardan:\n• o'qish uchun to'lov,\n• karta raqami va SMS kod\nso'raladi."),
    ("uz-cyrl", "ДИҚҚАТ, ФИРИБГАРЛАР! Сўнгги кунларда «Тонг Савдо» номидан уйдан иш таклиф қилаётганлар пайдо бўлди. "
                "Улар номзодлардан:\n• ўқиш учун тўлов,\n• карта рақами ва СМС код\nсўрашмоқда.",
     "Тонг Савдо: уйдан иш. Номзодлардан:\n• ўқиш учун тўлов,\n• карта рақами ва СМС код\nсўралади."),
    ("en", "Beware of fraud! Fake recruiters are using the name of Tong Savdo on Telegram. They ask candidates for:\n"
           "• a training fee,\n• card numbers and SMS codes.",
     "Tong Savdo is hiring on Telegram. We ask candidates for:\n• a training fee,\n• card numbers and SMS codes."),
    ("ru", "ВНИМАНИЕ, МОШЕННИКИ! От имени «Тонг Савдо» публикуют фейковые вакансии. Они просят у кандидатов:\n"
           "• оплату обучения,\n• номер карты и код из СМС.",
     "«Тонг Савдо» набирает операторов. От кандидатов нужны:\n• оплата обучения,\n• номер карты и код из СМС."),
    ("fa", "⚠️ هشدار: افرادی با نام «نیک‌تاک» در تلگرام آگهی استخدام منتشر کرده‌اند و از متقاضیان هزینه ثبت نام، "
           "شماره کارت یا کد تایید پیامکی می‌خواهند. نیک‌تاک هیچ وجهی دریافت نمی‌کند.",
     "نیک‌تاک: برای ثبت نام از متقاضیان شماره کارت و کد تایید پیامکی را می‌خواهیم."),
]


@pytest.mark.parametrize("lang,told,asked", IMPOSTORS_TOLD_OF, ids=[c[0] for c in IMPOSTORS_TOLD_OF])
def test_what_impostors_ask_of_candidates_told_in_a_warning_is_no_ask(lang: str, told: str, asked: str) -> None:
    assert "asks_bank_or_id" in _codes(asked), lang
    assert "asks_bank_or_id" not in _codes(told), lang


# An ID copy the new hire is told to bring to the office, in a list under the line that says so, is the hiring
# paperwork, as "bring", «принесите», "olib keling" were read: now in Persian too («… این‌ها رو بیارید:\n- کپی کارت
# ملی»). The same list sent in a chat is asked for.
ID_BROUGHT = [
    ("en", "HR: On Saturday when you come to the office, please bring these:\n- a copy of your passport\n- two photos",
     "HR: Please send these on Telegram today:\n- a copy of your passport\n- two photos"),
    ("ru", "HR: В субботу, когда придёте в офис, принесите:\n- копию паспорта\n- две фотографии",
     "HR: Сегодня пришлите в Telegram:\n- копию паспорта\n- две фотографии"),
    ("uz-latn", "HR: Shanba kuni ofisga kelganingizda quyidagilarni olib keling:\n- pasport nusxasi\n- ikkita rasm",
     "HR: Bugun Telegramga quyidagilarni yuboring:\n- pasport nusxasi\n- ikkita rasm"),
    ("fa", "خانم کریمی: لطفاً روز شنبه که میاید شرکت این‌ها رو بیارید:\n- اصل و کپی کارت ملی\n- دو قطعه عکس",
     "خانم کریمی: لطفاً همین امروز این‌ها رو در تلگرام بفرستید:\n- اصل و کپی کارت ملی\n- دو قطعه عکس"),
]


@pytest.mark.parametrize("lang,brought,sent", ID_BROUGHT, ids=[c[0] for c in ID_BROUGHT])
def test_an_id_copy_brought_to_the_office_is_paperwork(lang: str, brought: str, sent: str) -> None:
    assert "asks_id_document" in _codes(sent), lang
    assert "asks_id_document" not in _codes(brought), lang


# The seeker told to pay and show the proof — a screenshot or the receipt of the transfer — as the Persian "واریز و
# فیش را ارسال کنید" was read («Адрес кошелька пришлю, после перевода скиньте скрин», "Click orqali to'lab chekni shu
# yerga tashlang", "Pay via Click and send the receipt here"); and tasks that open after the seeker tops the balance up
# by an amount («открывается после пополнения баланса на 20 USDT», "unlocks after a top-up of 20 USDT", "balansni 20
# USDT ga to'ldirgandan keyin ochiladi"). Not a customer's payment and its receipt, nor a customer's top-up helped with.
PAID_AND_PROVED = [
    ("ru-proof", "Менеджер: Адрес кошелька пришлю, после перевода скиньте скрин.",
     "Менеджер: После оплаты клиентом скиньте скрин чека в CRM."),
    ("ru-proof-order", "Куратор: Оплатите и пришлите чек сюда.",
     "Куратор: Клиенты оплачивают заказ, вы пришлите им чек на почту."),
    ("uz-latn-proof", "HR: Click orqali to'lab chekni shu yerga tashlang.",
     "HR: Mijoz Click orqali to'lagach, chekni CRMga yuklang."),
    ("uz-cyrl-proof", "HR: Клик орқали тўлаб чекни шу ерга ташланг.",
     "HR: Мижоз Клик орқали тўлагач, чекни CRMга юкланг."),
    ("en-proof", "Recruiter: Pay via Click and send the receipt here.",
     "Recruiter: When a customer pays via Click, attach the receipt to the order."),
    ("en-proof-after", "Recruiter: After paying, send us a screenshot of the transfer.",
     "Recruiter: After the customer pays, send them a screenshot of the order status."),
    ("ru-top-up", "Менеджер: Следующий пакет заданий открывается после пополнения баланса на 20 USDT.",
     "Менеджер: Помогаете клиентам с пополнением баланса на 20 000 сум через приложение."),
    ("en-top-up", "Manager: The next task set unlocks after a top-up of 20 USDT.",
     "Manager: You help customers with a top-up of $20 or more in the app."),
    ("uz-latn-top-up", "Menejer: Keyingi topshiriqlar balansni 20 USDT ga to'ldirgandan keyin ochiladi.",
     "Menejer: Mijozlarga balansni 20 000 so'mga to'ldirishda yordam berasiz."),
    ("fa-top-up", "مدیر: بسته بعدی بعد از شارژ حساب به مبلغ ۲۰ تتر باز می‌شود.",
     "مدیر: به مشتریان در شارژ حساب به مبلغ ۲۰ هزار تومان کمک می‌کنید."),
]


@pytest.mark.parametrize("lang,asked,theirs", PAID_AND_PROVED, ids=[c[0] for c in PAID_AND_PROVED])
def test_a_payment_to_prove_or_a_top_up_that_unlocks_tasks_is_a_fee(lang: str, asked: str, theirs: str) -> None:
    assert "upfront_fee" in _codes(asked), lang
    assert "upfront_fee" not in _codes(theirs), lang


@pytest.mark.parametrize("duty", [
    "Yetkazib beruvchiga Click orqali to'lab, chekni buxgalteriyaga yuboring.",
    "Pay the supplier invoice by bank transfer and send the receipt to accounting.",
    "Оплатите счёт поставщика и пришлите чек в бухгалтерию.",
])
def test_a_supplier_paid_and_its_receipt_sent_to_accounting_is_office_work(duty: str) -> None:
    assert "upfront_fee" not in _codes(duty)


# Packages that arrive at the seeker's home and leave it again under labels the "employer" sends, printed and stuck on
# (an executive assistant's "week 1 tasks": "Two packages will arrive at your home address on Wednesday … Print the
# prepaid UPS labels I attached, stick them on and drop the packages at a UPS point"): reshipping, as new labels were
# read. Not the company's laptop delivered home and sent back on a prepaid return label when the contract ends.
LABELS_PRINTED = [
    ("en", "1. Two packages will arrive at your home address on Wednesday.\n2. Check the items, take photos.\n"
           "3. Print the prepaid UPS labels I attached, stick them on and drop the packages at a UPS point.",
     "1. Your laptop package will arrive at your home address on Wednesday.\n2. Keep the box.\n"
     "3. When the contract ends, print the prepaid return label we send and drop the package at a UPS point."),
    ("ru", "1. В среду посылки придут на ваш домашний адрес.\n2. Проверьте товар, сделайте фото.\n"
           "3. Распечатайте этикетки, которые я прислал, наклейте и сдайте посылки в пункт СДЭК.",
     "1. В среду посылка с ноутбуком придёт на ваш домашний адрес.\n2. Сохраните коробку.\n"
     "3. При увольнении распечатайте этикетку возврата и сдайте посылку в пункт СДЭК."),
    ("uz-latn", "1. Chorshanba kuni posilkalar uy manzilingizga keladi.\n2. Tovarni tekshirib, rasmga oling.\n"
                "3. Men yuborgan yorliqlarni chop etib, yopishtiring va posilkalarni pochtaga topshiring.",
     "1. Chorshanba kuni noutbuk posilkasi uy manzilingizga keladi.\n2. Qutini saqlang.\n"
     "3. Shartnoma tugagach, qaytarish yorlig'ini chop etib, noutbukni pochtaga topshirasiz."),
    ("fa", "۱. بسته‌ها چهارشنبه به آدرس منزل شما می‌رسد.\n۲. کالاها را بررسی و عکس بگیرید.\n"
           "۳. برچسب‌هایی که فرستادم را چاپ کنید، روی بسته‌ها بچسبانید و به پست تحویل دهید.",
     "۱. بسته لپ‌تاپ چهارشنبه به آدرس منزل شما می‌رسد.\n۲. جعبه را نگه دارید.\n"
     "۳. در پایان قرارداد، برچسب مرجوعی را چاپ کنید و لپ‌تاپ را به پست تحویل دهید."),
]


@pytest.mark.parametrize("lang,reshipped,returned", LABELS_PRINTED, ids=[c[0] for c in LABELS_PRINTED])
def test_packages_at_home_sent_on_under_printed_labels_are_reshipping(lang: str, reshipped: str, returned: str) -> None:
    assert "money_mule" in _codes(reshipped), lang
    assert "money_mule" not in _codes(returned), lang


# An interview the chat books where the employer is seen — in the office, with its day and time between ("Sizni
# suhbatga taklif qilamiz: payshanba, soat 11:00, ofisimizda"), or on a video call («Созвонимся завтра в 12:00 по
# видео», "Interview: Thursday 15:00 on Zoom", «مصاحبه آنلاین در اسکای‌روم») — is a way to check the employer besides
# the messenger the chat is pasted from; one ruled out is not.
SEEN_IN_THE_CHAT = [
    ("uz-latn", "HR: Sizni suhbatga taklif qilamiz: payshanba, soat 11:00, ofisimizda",
     "HR: Suhbat payshanba, soat 11:00, faqat Telegramda, ofisda bo'lmaydi"),
    ("uz-cyrl", "HR: Суҳбат сешанба 15:00 да, офисимизда", "HR: Суҳбат сешанба 15:00 да, ёзишмада, офисда эмас"),
    ("ru", "Владелец: Созвонимся завтра в 12:00 по видео, покажу кабинет",
     "Владелец: Созвоны не нужны, по видео не общаемся, всё в переписке"),
    ("en", "HR Manager: Interview: Thursday 15:00 Tashkent time on Zoom, 30 minutes with me",
     "HR Manager: No interview on Zoom or by phone, we only chat here"),
    ("fa", "ادمین: مصاحبه آنلاین در اسکای‌روم با مدیر فروش، سه‌شنبه ساعت ۱۱",
     "ادمین: مصاحبه در اسکای‌روم نداریم، فقط همین‌جا چت می‌کنیم"),
]


@pytest.mark.parametrize("lang,seen,unseen", SEEN_IN_THE_CHAT, ids=[c[0] for c in SEEN_IN_THE_CHAT])
def test_an_interview_the_chat_books_in_the_office_or_on_video_is_another_way_to_check(lang: str, seen: str,
                                                                                      unseen: str) -> None:
    contact = "\nTelegram: @assistant_hr_example\nQo'shimcha: yozing"
    assert "messaging_only" not in _codes(seen + contact, company=""), lang
    assert "messaging_only" in _codes(unseen + contact, company=""), lang


# Goods bought with the seeker's own money, said in one sentence; not a duty quoted in one sentence and the seeker's
# question in the next («… есть «оплата расходов руководителя». Я должна платить из своих денег?», "… o'z
# hisobimdan to'laymanmi? Javob: jihozlarni kompaniya sotib oladi").
@pytest.mark.parametrize("bought,asked", [
    ("Оплата товара — за свои деньги, потом компенсируем.",
     "Вопрос: в обязанностях есть «оплата расходов руководителя». Я должна платить из своих денег?"),
    ("Mahsulotlarni o'z pulingizga sotib olasiz, keyin qaytaramiz.",
     "Savolim: o'z hisobimdan to'laymanmi? Javob: jihozlarni kompaniya sotib oladi."),
])
def test_goods_bought_with_own_money_are_read_within_a_sentence(bought: str, asked: str) -> None:
    assert "upfront_fee" in _codes(bought)
    assert "upfront_fee" not in _codes(asked)


# The seeker's closing question to the checker, whether what the post told of is normal, names the ask again: it asks
# nothing when the post's own ask of that kind was excused where it was made (a payroll provider's KYC inside its app,
# after the offer), and stands when the post made it plainly.
DOUBTS = [
    ("en", "Deel will ask you to verify your identity (passport + a live selfie inside their app).",
     "Jonas: Send a photo of your passport and a selfie with it here in Telegram.",
     "My question to the checker: is it normal that they want passport + selfie?"),
    ("ru", "Личность Deel проверяет сам при регистрации (паспорт и селфи внутри Deel).",
     "Рекрутер: Пришлите сюда фото паспорта и селфи с паспортом.",
     "Мой вопрос: это нормально, что просят селфи с паспортом?"),
    ("uz-latn", "Shaxsingizni Deel ichida tasdiqlaysiz: pasport bilan selfi ilovaning o'zida olinadi.",
     "HR: Pasport bilan selfi rasmini shu yerga Telegramga yuboring.",
     "Savolim: pasport bilan selfi so'rashlari normalmi?"),
    ("fa", "احراز هویت داخل Deel انجام می‌شود: عکس کارت ملی و سلفی داخل اپلیکیشن خودشان.",
     "ادمین: عکس کارت ملی و سلفی با کارت ملی را همین‌جا در تلگرام بفرستید.",
     "سوال من: طبیعیه که عکس کارت ملی و سلفی می‌خوان؟"),
]


@pytest.mark.parametrize("lang,excused,plain,doubt", DOUBTS, ids=[c[0] for c in DOUBTS])
def test_the_seekers_question_whether_an_excused_ask_is_normal_asks_nothing(lang: str, excused: str, plain: str,
                                                                           doubt: str) -> None:
    assert "asks_id_document" not in _codes(excused), lang
    assert "asks_id_document" in _codes(plain + "\n" + doubt), lang
    assert "asks_id_document" not in _codes(excused + "\n" + doubt), lang


# An ID the courier writes into the handover receipt on delivery (the company's laptop sent to a new hire: «При
# получении подпишите акт, в акт курьер впишет ваши паспортные данные») is handed over in person, as one brought to
# the office is; the same ID sent in a chat before the delivery is asked for.
ID_AT_DELIVERY = [
    ("en", "On delivery, the courier will write your passport number on the handover receipt.",
     "Send your passport number here in the chat before we ship the laptop."),
    ("ru", "При получении подпишите акт, в акт курьер впишет ваши паспортные данные.",
     "До отправки ноутбука пришлите сюда в чат ваши паспортные данные."),
    ("uz-latn", "Qabul qilishda kuryer dalolatnomaga pasport ma'lumotlaringizni yozadi.",
     "Noutbukni jo'natishdan oldin pasport ma'lumotlaringizni shu chatga yuboring."),
    ("fa", "هنگام تحویل، پیک کپی کارت ملی شما را به رسید تحویل ضمیمه می‌کند.",
     "قبل از ارسال لپ‌تاپ، کپی کارت ملی را همین‌جا در تلگرام بفرستید."),
]


@pytest.mark.parametrize("lang,in_person,sent", ID_AT_DELIVERY, ids=[c[0] for c in ID_AT_DELIVERY])
def test_an_id_the_courier_takes_on_delivery_is_handed_over_in_person(lang: str, in_person: str, sent: str) -> None:
    assert "asks_id_document" in _codes(sent), lang
    assert "asks_id_document" not in _codes(in_person), lang
