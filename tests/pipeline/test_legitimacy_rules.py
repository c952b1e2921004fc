"""Every rule in every language it claims: a true positive and a hard negative each.

Hard negatives say the same words but negate them, warn about scams, or are a
real employer recruiting on Telegram. Uzbek is tested in both scripts.
"""
from __future__ import annotations

import re

import pytest

from crawlers.items import PostingItem
from pipeline.legitimacy import Context, assess
from pipeline.legitimacy import rules
from pipeline.legitimacy.rules import contacts, matching, pay_rate, quotations, reading, soft_signals, typed
from pipeline.legitimacy.text import digit_shape
from pipeline.links import without_emails
from pipeline.normalize import normalize
from pipeline.legitimacy.rules import RULES, find_card_number
from pipeline.textnorm import fold
from tests.pipeline.test_legitimacy_text import FAST_PATH_TEXTS

FILLER = " Remote part-time role, flexible hours."
HARD = {r.code for r in RULES if r.hard} | {"card_number"}  # the codes that hide a posting on their own

CASES = [
    # code, language, true positive, hard negative
    ("upfront_fee", "en", "To start, pay a $49 registration fee for your training materials.",
     "There are no fees: we never charge candidates a registration fee."),
    ("upfront_fee", "uz-latn", "Ro'yxatdan o'tish uchun 50 000 so'm to'lov qilasiz.",
     "Hech qanday oldindan to'lov talab qilinmaydi."),
    ("upfront_fee", "uz-cyrl", "Рўйхатдан ўтиш учун 50 000 сўм тўлов қиласиз.",
     "Ҳеч қандай олдиндан тўлов талаб қилинмайди."),
    ("upfront_fee", "ru", "Для начала работы нужна предоплата 200 000 сум за обучение.",
     "Никакой предоплаты, обучение бесплатное."),
    ("upfront_fee", "fa", "برای شروع کار باید هزینه ثبت نام ۲۰۰ هزار تومان واریز کنید.",
     "هیچ هزینه ثبت نام دریافت نمی‌شود."),
    # an amount to pay or transfer, in the imperative
    ("upfront_fee", "en-amount", "A one-time fee of $35 is required to activate your account.",
     "There is no one-time fee: we never charge candidates."),
    ("upfront_fee", "en-transfer", "To get started, send $50 via Zelle for your onboarding kit.",
     "Beware of scams: we will never ask you to send $50 via Zelle."),
    ("upfront_fee", "uz-latn-amount", "Ishni boshlash uchun 50 000 so'm to'lang.",
     "Firibgarlardan ehtiyot bo'ling: 50 000 so'm to'lang degan e'lonlarga ishonmang."),
    ("upfront_fee", "uz-cyrl-amount", "Ишни бошлаш учун 50 000 сўм тўланг.",
     "Фирибгарлардан эҳтиёт бўлинг: 50 000 сўм тўланг деган эълонларга ишонманг."),
    ("upfront_fee", "ru-transfer", "Для начала работы переведите 500 рублей на карту.",
     "Если вас просят «переведите 500 рублей» — это мошенники, мы никогда не берём оплату."),
    ("upfront_fee", "fa-amount", "برای ثبت نام مبلغ ۲۰۰ هزار تومان واریز کنید.",
     "اگر از شما خواستند مبلغی تومان واریز کنید، کلاهبرداری است؛ ما هیچ هزینه‌ای دریافت نمی‌کنیم."),
    ("upfront_fee", "fa-course", "برای شروع کار هزینه دوره آموزشی ۲ میلیون تومان را پرداخت کنید.",
     "مزایا: بیمه تکمیلی، کمک هزینه دوره آموزشی، پاداش عملکرد."),  # the allowance as real Jobinja ads list it
    # the amount between the verb and what it pays for; the employer paying, pay as a noun, a rate, "pay attention"
    ("upfront_fee", "en-amount-for", "Pay $1,000 for your starter kit before you begin.",
     "We'll pay $500 for your home office equipment; pay $15 per hour for training days."),
    ("upfront_fee", "en-upfront", "You need to pay $50 upfront for the training.",
     "Nobody will ask you to pay upfront, and you must pay attention to details before you start."),
    ("upfront_fee", "en-employer-pays", "Pay for the training materials yourself before the first shift.",
     "We will pay for the training and equipment. Bonus pay for training completion."),
    # "pay" as a noun after "the", "your", "get" … is the seeker's pay; the fee after "pay the" is the fee
    ("upfront_fee", "en-pay-the-fee", "Pay the registration fee now.", "Get the pay for training days in full."),
    ("upfront_fee", "en-pay-your-fee", "Pay your registration fee of $50 to start.", "Your pay for training is $15 an hour."),
    # asks listed under a heading that names scam signs are told of, not asked for; a heading that says the post is
    # no scam does not excuse what follows it
    ("upfront_fee", "en-red-flags-inline", "Not a scam: pay the processing fee of $300 before the interview.",
     "The red flags you will explain every day: an agency that asks for a visa or processing fee; ticket money sent "
     "ahead."),
    ("asks_sms_code", "en-red-flags-list", "No scam here:\n- send us the SMS code you receive\n- start today",
     "Red flags:\n- a processing fee\n- a request for the SMS code from your bank"),
    ("asks_sms_code", "ru-signs-of-fraud", "Это не развод: пришлите код из СМС, и начнём.",
     "Признаки мошенничества: просят оплатить оформление визы 300 долларов; просят код из СМС."),
    ("asks_sms_code", "uz-latn-signs-of-fraud", "Bu firibgarlik emas: SMS kodni yuboring va boshlaymiz.",
     "Firibgarlik belgilari: viza uchun 300 dollar to'lov so'rashadi; SMS kodni so'rashadi."),
    ("asks_sms_code", "uz-cyrl-signs-of-fraud", "Бу фирибгарлик эмас: SMS кодни юборинг ва бошлаймиз.",
     "Фирибгарлик белгилари: виза учун 300 доллар тўлов сўрашади; SMS кодни сўрашади."),
    ("upfront_fee", "fa-signs-of-fraud", "کلاهبرداری نیست: هزینه ثبت‌نام ۲۰۰ هزار تومان را واریز کنید.",
     "نشانه‌های کلاهبرداری: درخواست هزینه ثبت‌نام ۲۰۰ هزار تومانی؛ درخواست کد تایید پیامکی."),
    # a fee others pay (a referral or placement fee partners or clients pay) is no fee asked of the seeker
    ("upfront_fee", "en-fee-paid-by-others", "Pay a referral fee of $500 to our agency before your first shift.",
     "Our partners pay a referral fee of $500 for every hire you bring; clients pay a placement fee of $2,000 to us."),
    ("upfront_fee", "en-send-the-fee", "Send the activation fee of $30 via Zelle.", "We never ask for an activation fee."),
    ("upfront_fee", "en-the-fee-is", "The training fee is $99, payable before you start.",
     "The training fee is covered by the company."),
    ("upfront_fee", "en-gap-negation", "Pay $30 for the training before you begin.",
     "You pay nothing for training."),
    ("upfront_fee", "uz-latn-acute-apostrophe", "Ishga kirish uchun oldindan to´lov 200 000 so´m.",
     "Ishga kirish uchun hech qanday to´lov olinmaydi."),  # "´" typed for the apostrophe
    ("upfront_fee", "uz-latn-gap", "Oldindan 100 000 so'm to'lov qiling.", "Oldindan to'lovsiz ishga qabul qilamiz."),
    ("upfront_fee", "uz-cyrl-gap", "Олдиндан 100 000 сўм тўлов қилинг.", "Олдиндан ҳеч қандай тўлов олинмайди."),
    ("upfront_fee", "uz-latn-registration", "Ro'yxatdan o'tish 50 ming so'm, keyin ish beramiz.",
     "Ro'yxatdan o'tish bepul, oylik 5 000 000 so'm."),
    ("upfront_fee", "ru-need-to-pay", "Для начала работы нужно оплатить 500 рублей.", "Нужно оплатить счета поставщиков."),
    ("upfront_fee", "ru-training", "Оплата обучения 2000 рублей, потом трудоустройство.",
     "Оплата обучения за счёт компании."),
    ("upfront_fee", "fa-pay", "برای شروع کار باید ۵۰ هزار تومان پرداخت کنید.",
     "حقوق ماهانه ۱۰ میلیون تومان پرداخت می‌شود."),
    ("asks_bank_or_id", "uz-latn-cvv", "Kartangizning orqasidagi 3 ta raqamni yuboring.",
     "Biz hech qachon kartangizning orqasidagi raqamlarni so'ramaymiz."),
    ("asks_bank_or_id", "ru-card-photo", "Пришлите фото карты с двух сторон.",
     "Никогда не отправляйте фото карты с двух сторон незнакомцам."),
    ("asks_bank_or_id", "ru-requisites", "Скиньте реквизиты вашей карты.",
     "Документы: паспорт, реквизиты банковской карты."),  # a payroll paperwork list, as a real hh.ru posting has it
    ("asks_bank_or_id", "fa-card-photo", "تصویر کارت بانکی خود را بفرستید.",
     "ما هرگز تصویر کارت بانکی شما را درخواست نمی‌کنیم."),
    ("asks_id_document", "en-licence", "Send a photo of your driver's license to get hired.",
     "Bring a photo of your driver's licence to the interview."),
    ("asks_id_document", "ru-send-passport", "Паспорт и ИНН скиньте в телеграм.",
     "Паспорт пришлите после собеседования, документы при трудоустройстве."),
    ("asks_id_document", "fa-birth-certificate", "عکس شناسنامه را در تلگرام ارسال کنید.",
     "عکس شناسنامه را هنگام مصاحبه همراه داشته باشید."),
    ("asks_sms_code", "ru-say-the-code", "Назовите код, который придёт вам в СМС.",
     "Если вас просят «назовите код из СМС» — это мошенники."),
    ("asks_sms_code", "fa-texted-code", "کدی که برایتان پیامک می‌شود را بفرستید.",
     "کدی که برایتان پیامک می‌شود را به هیچ کس ندهید."),
    ("asks_sms_code", "en-code-you-receive", "Send me the 6-digit code you receive by text.",
     "Never share the code you receive by text with anyone."),
    ("money_mule", "en-clients-payments", "You will receive payments from our clients and transfer them to our supplier.",
     "Your salary is paid into your personal bank account."),
    # the seeker's own pay received there is no one's payments passed through it
    ("money_mule", "en-salary-payments", "Receive customer payments into your personal bank account.",
     "Receive your salary payments into your personal bank account."),
    ("money_mule", "en-pay-as-payments", "Receive payments into your personal bank account, then send them on to our "
     "supplier.", "You receive your pay as payments into your personal bank account every two weeks."),
    ("money_mule", "en-your-account", "Use your bank account to process customer payments and keep 10% commission.",
     "Never use your bank account to process payments for strangers."),
    ("pay_bait", "uz-latn-up-to", "Kuniga 300 000 so'mdan 1 000 000 so'mgacha daromad.",
     "Kuniga 1 000 000 so'mgacha daromad va'da qiladigan e'lonlar firibgarlik."),
    ("money_mule", "en-gift-card-numbers", "Purchase iTunes gift cards for our client and send the card numbers.",
     "Purchase gift cards for client appreciation events."),
    # mystery-shopper and product-review schemes: the seeker passes money on, or pays first
    ("money_mule", "en-mystery-shopper", "Mystery shopper needed: you will evaluate Western Union by sending part of "
     "the funds we give you.", "Never cash a check for a stranger and wire the rest: it is a scam."),
    ("money_mule", "ru-cash-out", "Тайный покупатель: получите перевод на карту, снимите наличные и отправьте через "
     "Золотую Корону.", "Никогда не снимайте наличные и не отправляйте их незнакомцам."),
    ("money_mule", "uz-cyrl-cash-out", "Сирли харидор: картангизга пул тушади, уни нақд қилиб бошқа одамга берасиз.",
     "Ҳеч қачон пулни нақд қилиб бегона одамга бермайсиз."),
    ("upfront_fee", "en-own-money", "Product reviewer: buy the products with your own money, we refund you plus "
     "commission after the review.", "You will never buy anything with your own money."),
    ("pay_bait", "en-usd-per-day", "Part-time job, earn 500-1000 USD per day, contact me on WhatsApp.",
     "No honest job lets you earn 1000 USD per day from home."),
    ("pay_bait", "uz-latn-up-to-dollars", "Kuniga 2 soat telefon orqali ishlab, 500$ gacha toping.",
     "Kuniga 500$ gacha toping degan e'lonlar firibgarlik."),
    ("money_mule", "ru-reship", "Работа на дому: принимать посылки и отправлять их по новым адресам.",
     "Оператор пункта выдачи заказов. Обязанности: прием посылок и отправка возвратов."),  # a pick-up point's job
    ("money_mule", "uz-latn-reship", "Qadoqlarni qabul qilib, boshqa manzilga jo'natish ishi.",
     "Omborchi: qadoqlarni qabul qilib, jo'natish."),
    ("upfront_fee", "ru-top-up", "За каждое задание 300 рублей. Для вывода нужно пополнить баланс.",
     "Пополнять баланс не нужно, выплаты каждую неделю."),
    ("urgency", "en-spots", "Only 3 spots left, apply within 24 hours!", "No spots left? Not at all: we hire all year."),
    ("pay_bait", "ru-per-task", "Выполняйте задания в телеграм-боте, за каждое задание 300 рублей.",
     "Никакой оплаты «за каждое задание»: это мошенники."),
    ("asks_bank_or_id", "en", "Send us your bank card number and a copy of your passport to get paid.",
     "We will never ask for your bank card number or a passport copy."),
    ("asks_bank_or_id", "uz-latn", "Ish haqini o'tkazish uchun karta raqamingizni yuboring.",
     "Biz hech qachon karta raqamingizni so'ramaymiz."),
    ("asks_bank_or_id", "uz-cyrl", "Иш ҳақини ўтказиш учун карта рақамингизни юборинг.",
     "Биз ҳеч қачон карта рақамингизни сўрамаймиз."),
    ("asks_bank_or_id", "ru", "Пришлите номер карты и паспортные данные для оформления.",
     "Мы никогда не просим номер карты."),
    ("asks_bank_or_id", "fa", "شماره کارت و تصویر کارت ملی خود را ارسال کنید.",
     "ما هرگز شماره کارت شما را درخواست نمی‌کنیم."),
    # an ID document sent online is a red flag; brought to the office or the interview it is hiring paperwork
    ("asks_id_document", "en", "Email us a copy of your passport to get the job.",
     "Please bring a copy of your passport to the interview at our office."),
    ("asks_id_document", "uz-latn", "Ishga qabul qilish uchun pasport nusxasini telegramga yuboring.",
     "Ishga kirish uchun pasport nusxasi va 1 dona 3x4 rasm olib keling."),
    ("asks_id_document", "uz-cyrl", "Ишга қабул қилиш учун паспорт нусхасини телеграмга юборинг.",
     "Ишга кириш учун паспорт нусхаси ва 1 дона 3x4 расм олиб келинг."),
    ("asks_id_document", "ru", "Скиньте фото паспорта с обеих сторон в личку.",
     "На собеседование иметь при себе копию паспорта и трудовую книжку."),
    ("asks_id_document", "fa", "تصویر کارت ملی خود را در تلگرام ارسال کنید.",
     "هنگام مصاحبه تصویر کارت ملی همراه داشته باشید."),
    ("upfront_fee", "en-onboarding", "A one-time onboarding payment of $49 is required before you start.",
     "Paid training: training payments are made weekly at $15 an hour."),
    ("upfront_fee", "en-materials", "You will need to purchase the training materials ($75) from our partner.",
     "We provide a training budget; many staff buy training materials or attend conferences."),
    ("upfront_fee", "uz-placement", "Ishga joylashish uchun 100 000 so'm to'lov qilinadi.",
     "Ishga joylashish uchun hech qanday to'lov olinmaydi."),
    ("upfront_fee", "uz-paperwork", "Hujjatlarni rasmiylashtirish uchun 150 000 so'm to'lab qo'yasiz.",
     "Oylik maosh 5 000 000 so'm, har oy to'lab beriladi."),
    ("upfront_fee", "uz-paid-training", "O'qish pulli: 200 ming so'm, keyin ishga olamiz.",
     "O'qish bepul, ishga olamiz."),
    ("upfront_fee", "ru-amount", "Для трудоустройства необходимо внести 2000 рублей за оформление.",
     "Оформление по ТК РФ, ничего вносить не нужно."),
    ("upfront_fee", "ru-training-cost", "Стоимость обучения 1500 руб, после обучения гарантированная работа.",
     "Обучение бесплатное, за наш счёт."),
    ("upfront_fee", "fa-topup", "برای فعال سازی حساب کاربری ۱۰۰ هزار تومان شارژ کنید.",
     "حساب کاربری شما رایگان فعال می‌شود."),
    ("upfront_fee", "fa-card", "جهت ثبت نام، ۳۰۰ هزار تومان به شماره کارت زیر واریز کنید.",
     "مبلغ حقوق در پایان هر ماه واریز می‌شود."),
    # pay going to the worker's card is how pay works in Uzbekistan and Iran, not a request for the number
    ("asks_bank_or_id", "fa-payout", "برای واریز حقوق، شماره کارت خود را ارسال کنید.",
     "حقوق ماهانه به شماره کارت شما واریز می‌شود."),
    ("asks_bank_or_id", "uz-payout", "Ish haqini o'tkazish uchun karta raqamingizni yuboring.",
     "Ish haqi har oy karta raqamingizga o'tkaziladi."),
    ("asks_bank_or_id", "uz-accounting", "Karta raqamingizni adminga yuboring.",
     "Ishga qabul qilingandan so'ng karta raqamingizni buxgalteriyaga topshirasiz."),
    ("asks_bank_or_id", "ru-accounting", "Номер карты пришлите администратору в Telegram.",
     "Зарплата перечисляется на карту. Номер карты сообщите в отделе кадров."),
    ("asks_id_document", "uz-requirements", "Pasport nusxasini lichkaga yuboring.",
     "Talablar: O'zbekiston fuqaroligi, pasport nusxasi, diplom nusxasi, 3x4 rasm."),
    ("asks_bank_or_id", "ru-payout", "Зарплата выплачивается на карту, пришлите номер карты в личку.",
     "Зарплата перечисляется на номер карты, указанный в трудовом договоре."),
    ("upfront_fee", "fa-card-to-card", "برای ثبت نام، مبلغ ۱۵۰ هزار تومان را کارت به کارت کنید.",
     "حقوق به صورت کارت به کارت پرداخت می‌شود."),
    ("upfront_fee", "fa-deposit", "برای شروع کار مبلغ ۲۰۰ هزار تومان بیعانه پرداخت کنید.",
     "هیچ بیعانه‌ای از متقاضیان دریافت نمی‌شود."),
    ("upfront_fee", "fa-membership", "برای دریافت پروژه ابتدا ۱۵۰ هزار تومان هزینه عضویت پرداخت کنید.",
     "عضویت در سایت رایگان است و هیچ هزینه عضویت دریافت نمی‌شود."),
    ("asks_sms_code", "en", "You will receive an SMS code; forward it to the recruiter to activate your account.",
     "Never share an SMS code with anyone."),
    ("asks_sms_code", "uz-latn", "Telefoningizga kelgan SMS kodni adminga yuboring.",
     "SMS kodni hech kimga bermang."),
    ("asks_sms_code", "uz-cyrl", "Телефонингизга келган СМС кодни админга юборинг.",
     "СМС кодни ҳеч кимга берманг."),
    ("asks_sms_code", "ru", "Сообщите код из смс менеджеру.",
     "Никому не сообщайте код из смс."),
    ("asks_sms_code", "fa", "کد تایید پیامک شده را برای پشتیبانی بفرستید.",
     "کد تایید را به هیچ کس ندهید."),
    ("money_mule", "en", "Receive packages at your home and reship them to our overseas clients.",
     "Beware of reshipping offers: we never ask you to forward packages."),
    ("money_mule", "uz-latn", "Kartangizni ijaraga bering, haftasiga 100$.",
     "Kartangizni ijaraga bermang, bu firibgarlik!"),
    ("money_mule", "uz-cyrl", "Картангизни ижарага беринг, ҳафтасига 100$.",
     "Картангизни ижарага берманг, бу фирибгарлик!"),
    ("money_mule", "ru", "Сдай карту в аренду и получай 1 000 000 сум в неделю.",
     "Аренда карты — это мошенничество."),
    ("money_mule", "fa", "کارت بانکی خود را اجاره دهید و هفتگی درآمد داشته باشید.",
     "هرگز کارت بانکی خود را اجاره ندهید."),
    ("money_mule", "en-remainder", "We will send you a check; deposit it and wire the remainder to our vendor.",
     "Never wire the remainder to anyone: overpayment cheques are a scam."),
    ("money_mule", "en-account", "Accept payments into your personal bank account and transfer them to our partners.",
     "We never ask you to accept payments into your personal bank account."),
    ("money_mule", "uz-latn-forward", "Kartangizga pul tushadi, siz uni boshqa kartaga o'tkazib berasiz, 10% sizniki.",
     "Pulni boshqa kartaga o'tkazib berishni so'rashsa, bu firibgarlik!"),
    ("money_mule", "ru-transfers", "Приём переводов на вашу карту, 5% от суммы ваши.",
     "Приём переводов на вашу карту от незнакомцев — это мошенничество."),
    ("money_mule", "ru-receive", "Нужно принимать переводы на свою карту и переводить их дальше, процент ваш.",
     "Мы никогда не просим принимать переводы на вашу карту."),
    ("money_mule", "fa-account", "حساب بانکی خود را اجاره دهید و ماهانه ۵ میلیون تومان درآمد داشته باشید.",
     "هرگز حساب بانکی خود را اجاره ندهید."),
    ("asks_sms_code", "fa-sent-code", "کد ارسال شده به گوشی خود را برای ما بفرستید.",
     "کد ارسال شده به گوشی خود را به هیچ کس ندهید."),
    # present-day remote-job scams: fake-check equipment, gift cards, "task" deposits, paid likes
    ("money_mule", "en-equipment-check", "We will mail you a check to purchase your home office equipment from our vendor.",
     "Never deposit a check to buy equipment for a job: it is a known scam."),
    ("money_mule", "en-gift-cards", "Your tasks include buying gift cards for clients and sending the codes.",
     "We will never ask you to buy gift cards."),
    ("upfront_fee", "en-task-deposit", "Deposit 100 USDT to activate your task account.",
     "You never need to deposit money to activate an account with us."),
    ("pay_bait", "en-likes", "Get paid to like YouTube videos from home.",
     "This is not a get paid to like videos scheme; it is a salaried role."),
    ("pay_bait", "ru-likes", "Ставь лайки и получай деньги каждый день!",
     "Мы не платим за то, чтобы ставить лайки."),
    ("pay_bait", "en", "Guaranteed income of $500 per day from home!",
     "This is a commission role; there is no guaranteed income."),
    ("pay_bait", "en-earn-weekly", "Data entry from home, no experience needed. Earn $500 weekly!",
     "Weekly pay: $500 gross, paid by direct deposit."),
    ("pay_bait", "uz-latn", "Kafolatlangan daromad, kuniga 500 000 so'm!",
     "Kafolatlangan daromad yo'q, faqat komissiya."),
    ("pay_bait", "uz-cyrl", "Кафолатланган даромад, кунига 500 000 сўм!",
     "Кафолатланган даромад йўқ, фақат комиссия."),
    ("pay_bait", "ru", "Гарантированный доход от 300$ в неделю.",
     "Мы не обещаем гарантированный доход."),
    ("pay_bait", "fa", "درآمد تضمینی روزانه!",
     "درآمد تضمینی نداریم."),
    ("pay_bait", "uz-latn-upto", "Kuniga 500 000 so'mgacha daromad. Tajriba shart emas.",
     "Kuniga 500 000 so'mgacha daromad va'da qiladigan e'lonlarga ishonmang."),
    ("pay_bait", "uz-latn-earn", "Kuniga 300-500 ming so'm ishlab oling! Faqat telefon orqali.",
     "Ish haqi oyiga 3 mln so'm, tajribaga qarab oshadi."),
    ("pay_bait", "uz-latn-home", "Uyda o'tirib oyiga 10 mln so'mgacha ishlang.",
     "Uyda o'tirib ishlash imkoniyati, ish haqi kelishiladi."),
    ("pay_bait", "uz-cyrl-upto", "Кунига 1 000 000 сўмгача даромад!",
     "Кунига 1 000 000 сўмгача даромад ваъда қиладиган эълонларга ишонманг."),
    ("pay_bait", "fa-daily", "روزانه ۳ میلیون تومان درآمد بدون نیاز به تجربه.",
     "به آگهی‌هایی که روزانه ۳ میلیون تومان درآمد وعده می‌دهند اعتماد نکنید."),
    # "task" scams: top up a balance in a bot to unlock paid tasks (likes, reviews)
    ("upfront_fee", "uz-latn-topup", "Ishni boshlash uchun balansingizni 200 000 so'mga to'ldiring.",
     "Agar sizdan balansingizni to'ldiring deb so'rashsa, bu firibgarlik!"),
    ("upfront_fee", "uz-cyrl-topup", "Ишни бошлаш учун балансингизни 200 000 сўмга тўлдиринг.",
     "Агар сиздан балансингизни тўлдиринг деб сўрашса, бу фирибгарлик!"),
    ("upfront_fee", "ru-topup", "Для активации аккаунта пополните баланс на 1000 рублей.",
     "Если вас просят «пополните баланс» — это мошенники, мы никогда не берём денег."),
    ("pay_bait", "ru-phone-only", "Работа на телефоне, нужен только смартфон и 2 часа в день.",
     "Если пишут «нужен только смартфон, выплаты каждый день» — это мошенники."),
    ("pay_bait", "ru-no-investment", "Начни зарабатывать уже сегодня, без вложений.",
     "Мошенники обещают заработок без вложений."),
    ("pay_bait", "uz-latn-phone-only", "Ishlash uchun faqat smartfon kerak.",
     "Ishlash uchun noutbuk kerak, faqat smartfon kerak emas."),
    ("pay_bait", "uz-latn-likes", "Har bir layk uchun 5 000 so'm to'laymiz.",
     "Har bir layk uchun pul va'da qilishsa, bu firibgarlik."),
    ("pay_bait", "uz-latn-earn-month", "Kuniga 2 soat ishlab, oyiga 10 mln so'm daromad qiling.",
     "Oyiga 10 mln so'm daromad qiling degan e'lonlar firibgarlik."),
    ("pay_bait", "fa-likes", "با لایک کردن پست ها روزانه درآمد کسب کنید.",
     "کلاهبرداری است: با لایک کردن پست ها درآمد کسب نمی‌کنید."),
    # present-day English task and equipment scams (FTC, FBI IC3 warnings)
    ("pay_bait", "en-app-optimization", "Complete 40 app optimization tasks a day and earn commission on each set.",
     "App store optimization (ASO) and keyword research for our mobile apps."),
    ("pay_bait", "en-orders-commission", "Data optimization job: submit orders to earn commission, paid daily.",
     "Beware of scams: real jobs never pay you to submit orders for commission."),
    ("pay_bait", "en-reviews", "We are hiring remote product reviewers, get paid for every review.",
     "We never pay for reviews; if someone offers to, it is a scam."),
    ("pay_bait", "en-earn-up-to", "Earn up to $500 a day working just 1-2 hours from your phone.",
     "Pay: $22 an hour, up to $500 a week in overtime."),
    ("upfront_fee", "en-vendor", "Purchase your equipment from our approved vendor; you will be reimbursed later.",
     "We ship your laptop from our approved vendor at no cost to you."),
    ("money_mule", "en-supplies-check", "Once hired, we will send you a check to buy your home office supplies.",
     "We will never send you a check to buy office supplies: that is a known scam."),
    # a salary in dollars from a foreign employer ("حقوق دلاری") is not the "dollar income" bait
    ("pay_bait", "fa-dollar-income", "کسب درآمد دلاری از خانه بدون سرمایه.",
     "حقوق دلاری، قرارداد تمام وقت با شرکت خارجی."),
    ("urgency", "en", "Act fast, only 3 places left!",
     "You do not need to act fast; applications are open all month."),
    ("urgency", "uz-latn", "Shoshiling, joylar soni cheklangan!",
     "Joylar soni cheklangan emas."),
    ("urgency", "uz-cyrl", "Шошилинг, жойлар сони чекланган!",
     "Жойлар сони чекланган эмас."),
    ("urgency", "ru", "Срочно! Набор только сегодня.",
     "Не срочно, рассматриваем резюме весь месяц."),
    ("urgency", "fa", "ظرفیت محدود! فقط امروز ثبت نام کنید.",
     "ظرفیت محدود نیست."),
    # pressure on the seeker, not the employer's own hurry ("urgently hiring" opens ordinary ads)
    ("urgency", "ru-pressure", "Успейте откликнуться, осталось 3 места!", "Срочно требуется администратор в салон."),
    ("urgency", "fa-pressure", "عجله کنید، فرصت را از دست ندهید!", "استخدام فوری منشی با سابقه."),
    ("urgency", "uz-latn-pressure", "Ulgurib qoling, joylar cheklangan!", "Shoshilinch ravishda administrator kerak."),
    # a fifteenth writer's soft-signal scams (tests/data/legitimacy_phrasings_t), in other words: hired with no
    # interview, and a number of places that is all there is; not an interview held, nor who may apply
    ("urgency", "uz-latn-no-interview", "Suhbat yo'q, ariza qoldirganlar shu hafta ishga olinadi.",
     "Suhbat ofisda bo'ladi, ariza qoldirganlarni chaqiramiz."),
    ("urgency", "uz-cyrl-no-interview", "Суҳбат йўқ, бугуноқ бошлайсиз!", "Суҳбат бор, офисга келинг."),
    ("urgency", "ru-no-interview", "Собеседование не проводится: менеджер всё объяснит.",
     "Собеседование проводится в офисе: менеджер всё объяснит."),
    ("urgency", "fa-no-interview", "استخدام بدون نیاز به مصاحبه، شروع فوری.",
     "مصاحبه حضوری در دفتر، شروع از اول ماه."),
    ("urgency", "uz-latn-few-places", "Faqat 5 kishi qabul qilinadi, bugun yozing.",
     "Faqat ayollar qabul qilinadi, ish vaqti 9 dan 18 gacha."),
    ("urgency", "uz-cyrl-places-limited", "Ўринлар сони чекланган.", "Ўринлар сони чекланмаган, ҳамма келсин."),
    ("urgency", "ru-few-places", "Берём только 5 человек, успевай!", "Берём только совершеннолетних."),
    ("urgency", "fa-few-places", "فقط ۵ نفر پذیرش می‌شوند، تا پایان هفته.", "فقط خانم‌ها پذیرش می‌شوند."),
    # work from the phone as the bait (earn from it, a phone and internet are all it needs), likes and reviews for
    # money; not a job done on a phone, nor reviews moderated or written for a site
    ("pay_bait", "uz-latn-phone-and-internet", "Faqat telefon va internet kerak, kuniga 2 soat.",
     "Faqat telefon orqali murojaat qiling, kuniga 2 soat ishlaymiz."),
    ("pay_bait", "uz-cyrl-earn-by-phone", "Телефонингиздан пул ишланг, кунига 1 соат.",
     "Телефонингиздан мижозларга жавоб берасиз, кунига 1 соат."),
    ("pay_bait", "ru-earn-by-phone", "Заработок с телефона, 2 часа в день.",
     "Работа с телефона: отвечать клиентам в WhatsApp, 2 часа в день."),
    ("pay_bait", "ru-likes-reviews", "Ставьте лайки и пишите отзывы на товары за деньги.",
     "Модератор отзывов: проверять отзывы покупателей по правилам площадки."),
    ("pay_bait", "fa-earn-by-phone", "کسب درآمد با گوشی، روزی ۲ ساعت.",
     "پاسخ به دایرکت‌ها با گوشی هم می‌شود، روزی ۲ ساعت."),
    ("pay_bait", "en-earn-from-phone", "Earn from your phone, 1–2 hours a day.",
     "Instagram help for our soap shop, 2 hours a day, from your phone is fine."),
    ("pay_bait", "en-like-and-review", "Like and review products online, paid daily.",
     "Write in-depth reviews of budgeting apps for our review site."),
    # kinds the held-out phrasings showed missing, each in the developer's own words (not the held-out lines):
    # a deposit that holds a place, a licence or a course to buy first, an entry fee, a fee to withdraw earnings,
    # a wallet to top up, a cheque's difference sent on, online-banking logins, parcels relabelled at home,
    # a card or account rented or put at a stranger's disposal, the rest of a transfer passed on
    ("upfront_fee", "en-deposit-holds-place", "Reserve your seat in the program with a $30 deposit, refunded after "
     "the first week.", "Property management assistant: return each tenant's refundable deposit after move-out."),
    ("upfront_fee", "en-licence", "New assistants must purchase a $120 CRM license from us before the first task.",
     "You will never have to buy a software license: we provide every tool."),
    ("upfront_fee", "en-withdrawal-fee", "Your earnings are ready: to withdraw them, pay the 10% release fee first.",
     "Finance assistant: reconcile client withdrawals and the withdrawal fees charged to them."),
    ("upfront_fee", "en-wallet", "Recharge your work wallet with 100 USDT to unlock paid tasks.",
     "Crypto exchange support: help users top up their wallets and check pending deposits."),
    ("upfront_fee", "ru-withdrawal", "Чтобы вывести заработанное, сначала оплатите комиссию 15%.",
     "Поддержка клиентов: помогать клиентам оплатить комиссию за вывод средств в приложении."),
    ("upfront_fee", "ru-course", "Для старта работы купите наш курс за 1990 рублей.",
     "Помогать клиентам оплатить курс в личном кабинете."),
    ("upfront_fee", "uz-latn-course", "Avval kursimizni 150 000 so'mga sotib olasiz, so'ng ishga qabul qilamiz.",
     "Mijozlarga kursni sotib olishda yordam berish."),
    ("upfront_fee", "uz-latn-course-then-job", "Trening narxi 200 ming so'm, trening so'ng ishga qabul qilinasiz.",
     "Oylik 5 000 000 so'm, sinov muddatidan keyin ishga rasmiy qabul qilinasiz."),
    ("upfront_fee", "uz-cyrl-course-then-job", "Курс нархи 300 000 сўм, кейин ишга оламиз.",
     "Курс нархи 300 000 сўм."),  # a course's price alone: a training centre's ad
    ("upfront_fee", "uz-latn-entry", "Ishga joylashish 50 000 so'm, to'lagandan keyin vazifa beramiz.",
     "Ishga kirish bilan oylik 4 000 000 so'm."),
    ("upfront_fee", "uz-cyrl-entry", "Ишга жойлашиш 50 000 сўм, тўлагандан кейин вазифа берамиз.",
     "Ишга кириш билан ойлик 4 000 000 сўм."),
    ("upfront_fee", "uz-latn-withdrawal", "Pulni yechib olish uchun avval 30 000 so'm to'laysiz.",
     "Pulni yechib olish uchun hech narsa to'lamaysiz."),
    ("upfront_fee", "fa-withdrawal", "برای برداشت درآمد، ابتدا ۲۰۰ هزار تومان واریز کنید.",
     "برای برداشت درآمد هیچ مبلغی واریز نمی‌کنید."),
    ("money_mule", "en-cheque-difference", "After the payment lands in your account, keep your fee and send the "
     "difference via Zelle.", "Reconcile the bank statement and send the difference report to accounting."),
    ("money_mule", "en-relabel", "Shipping coordinator: receive packages at your home, relabel them and send them on.",
     "Warehouse assistant: relabel returned parcels and restock the shelves."),
    ("money_mule", "ru-relabel", "Принимайте посылки у себя дома и переклеивайте на них этикетки.",
     "Кладовщик на склад: приёмка посылок, переклейка этикеток."),
    ("money_mule", "uz-latn-card-rent", "Kartangizni bir haftaga ijaraga bering, kuniga 200 000 so'm.",
     "Kartangizni hech kimga ijaraga bermang, bu firibgarlik."),
    ("money_mule", "ru-card-rent", "Сдайте свою карту на месяц в аренду и получайте доход.",
     "Никогда не сдавайте карту в аренду — это уголовная ответственность."),
    ("money_mule", "fa-account-disposal", "حساب بانکی خود را در اختیار ما قرار دهید و ماهانه ۵ میلیون تومان بگیرید.",
     "اطلاعات حساب بانکی خود را در اختیار هیچ کس قرار ندهید."),
    ("money_mule", "fa-card-hire", "کارت بانکی‌تان را کرایه بدهید و روزانه درآمد داشته باشید.",
     "کرایه ماشین و کارت سوخت با شرکت است."),
    ("money_mule", "en-rest-passed-on", "Keep 8% of each payment and transfer the rest to the account we give you.",
     "Keep receipts for each payment and transfer the records to the accountant."),
    ("money_mule", "ru-rest-passed-on", "Оставьте себе 5%, остаток переведите на карту, которую мы укажем.",
     "Остаток на складе переведите в отчёт для бухгалтерии."),
    ("money_mule", "uz-latn-rest-passed-on", "Kartangizga pul tushadi, 5 foizini olib qolib, qolganini biz aytgan "
     "kartaga o'tkazasiz.", "Qarzning qolganini keyingi oyga o'tkazish."),
    ("asks_bank_or_id", "en-banking-login", "For payroll setup we need your online banking login and password.",
     "Bank support: help customers who forgot their online banking password."),
    # kinds a second, blind set of phrasings showed missing (tests/data/legitimacy_phrasings_b), each in the
    # developer's own words: a course's fee or a one-time payment in Uzbek, a balance to top up said as a
    # statement, a "contribution" paid in, a fee promised back after the first month, bank logins and the card
    # itself handed over, a code sent "in" an SMS, transfers received on the seeker's card and passed on to
    # where "we" point, waybills relabelled, parcels to the seeker's home, money moved on to "other accounts"
    ("upfront_fee", "uz-latn-course-fee", "Ishga olishdan avval o'quv kursi badali 120 ming so'm.",
     "Kurs badali yo'q, o'qish bepul."),
    ("upfront_fee", "uz-cyrl-one-time", "Иш бошлаш учун бир марталик 50 000 сўм тўлов қиласиз.",
     "Бир марталик тўлов олинмайди."),
    ("upfront_fee", "uz-latn-balance", "Vazifalarni ochish uchun balansingizni 100 000 so'mga to'ldirasiz.",
     "Balansingizni to'ldirish shart emas."),
    ("upfront_fee", "ru-contribution", "Перед стартом нужно внести гарантийный взнос 2 000 рублей.",
     "Бухгалтер: расчёт и уплата страховых взносов."),
    ("upfront_fee", "ru-amount-with-grouped-digits", "Перед стартом нужно внести страховой сбор 1 500 рублей.",
     "Никто не попросит вас внести страховой сбор 1 500 рублей."),
    ("upfront_fee", "en-refundable-after", "The $60 onboarding kit is refundable after your first month.",
     "There is no deposit, so nothing is refundable after your first month."),
    ("asks_bank_or_id", "en-bank-username", "Send us your bank username so payroll can verify the account.",
     "Bank support: reset the bank username of customers who are locked out."),
    ("asks_bank_or_id", "ru-mobile-bank", "Для подтверждения передайте нам вход в мобильный банк.",
     "Поддержка: помогать клиентам восстановить вход в мобильный банк."),
    ("asks_bank_or_id", "ru-card-handed-over", "Вы передаёте карту нашему менеджеру на месяц и получаете 10 000 ₽.",
     "Никогда не передаёте карту посторонним: это мошенничество."),
    ("asks_bank_or_id", "fa-internet-bank", "برای ثبت حقوق، رمز اینترنت بانک خود را ارسال کنید.",
     "هرگز رمز اینترنت بانک خود را به کسی ندهید."),
    ("asks_bank_or_id", "uz-latn-mobile-bank", "Mobil bank login va parolingizni adminga yuboring.",
     "Mobil bank parolingizni hech kimga bermang."),
    ("asks_sms_code", "ru-code-in-sms", "Мы пришлём код в смс, перешлите его куратору.",
     "Оператор поддержки: объяснять клиентам, где найти код в смс."),
    ("money_mule", "ru-transfers-to-your-card", "Приём переводов от покупателей на вашу карту, 5% остаётся вам.",
     "Никогда не соглашайтесь на приём переводов от незнакомцев на вашу карту."),
    ("money_mule", "ru-passed-on-by-details", "Полученные деньги переводите по реквизитам, которые пришлёт менеджер.",
     "Не переводите деньги по чужим реквизитам."),
    ("money_mule", "ru-relabel-waybills", "Посылки приходят к вам, вы переклеиваете накладные и отправляете дальше.",
     "Кладовщик на складе: переклеиваете накладные на возвраты."),
    ("money_mule", "ru-parcels-to-your-address", "Будете получать на свой адрес посылки и пересылать их.",
     "Пункт выдачи: на ваш адрес посылки приходят со склада."),
    ("money_mule", "uz-latn-pointed-account", "Mijozlar pulini qabul qilib, biz ko'rsatgan hisobga o'tkazasiz.",
     "Hech qachon notanish odam ko'rsatgan hisobga pul o'tkazmang."),
    ("money_mule", "uz-cyrl-per-transfer", "Ҳар бир ўтказмадан 3 фоиз сизга қолади.",
     "Ҳар бир ўтказмадан комиссия олинмайди."),
    ("money_mule", "uz-latn-parcels-home", "Uyingiz manziliga keladigan posilkalarni qabul qilib, yangi manzilga "
     "yuborasiz.", "Posilkalar uyingizgacha yetkazib berilmaydi, ularni ombordan olasiz."),
    # a third writer's blind legitimate lines hidden by two phrases: "karta orqali" is "by card", not its back;
    # "kodni qayta yuborish" is support resending a code, not the seeker sending one on
    ("asks_bank_or_id", "uz-latn-card-back", "Kartangiz orqasidagi uch xonali kodni yozib yuboring.",
     "Naqd pul va plastik kartalar orqali to'lovlarni qabul qilish, terminal bilan ishlash."),
    ("asks_sms_code", "uz-latn-send-code-on", "Tasdiqlash uchun kodni bizga yuboring.",
     "Admin paneldan kodni qayta yuborish va parolni tiklash."),
    # a fourth writer's fees and requests by other names (tests/data/legitimacy_phrasings_d), in the developer's
    # own words
    ("upfront_fee", "en-contribution", "New assistants make a one-time contribution of $40 toward their software.",
     "There is no one-time contribution of any kind: the software is ours."),
    ("upfront_fee", "ru-guarantee-payment", "Перед началом работы — гарантийный платёж 1 000 рублей.",
     "Никакого гарантийного платежа нет и не будет."),
    ("upfront_fee", "uz-latn-guarantee-money", "Kafolat puli sifatida 100 ming so'm to'laysiz.",
     "Kafolat puli olinmaydi."),
    ("upfront_fee", "fa-file-fee", "بعد از مصاحبه هزینه تشکیل پرونده واریز شود.",
     "هیچ هزینه تشکیل پرونده ای دریافت نمی شود."),
    ("asks_bank_or_id", "en-card-back-digits", "Send us the three digits on the back of your card for payroll.",
     "Never share the digits on the back of your card with anyone."),
    ("asks_bank_or_id", "ru-app-login", "Пришлите логин и пароль от приложения банка, мы настроим выплаты.",
     "Никому не сообщайте логин и пароль от приложения банка."),
    ("asks_id_document", "ru-selfie-with-passport", "Нужно селфи с паспортом, чтобы вы прошли проверку.",
     "Мы никогда не просим селфи с паспортом."),
    ("money_mule", "fa-new-waybill", "بسته ها را با بارنامه جدید ما دوباره ارسال کنید.",
     "هرگز بسته ای را با بارنامه جدید دیگران ارسال نکنید."),
    ("money_mule", "fa-other-accounts", "پول مشتریان به حساب شما واریز می‌شود و شما آن را به حساب‌های دیگر منتقل "
     "می‌کنید.", "حسابدار: وجوه شرکت را هرگز به حساب‌های دیگر منتقل نکنید."),
    ("money_mule", "ru-drops", "Ищем дропов: оформляете карту, принимаете переводы, 10% ваши.",
     "Не становитесь дропом: это уголовная ответственность."),
    # a fifth writer's fees (tests/data/written_e), in the developer's own words: a fee the seeker is told to pay
    # in a sentence about a contract, through a payment app, or in tether or dollars
    ("upfront_fee", "uz-latn-contract-fee", "Mehnat shartnomasi uchun 200 000 so'm to'laysiz.",
     "Mehnat shartnomasi bo'yicha mijozlardan to'lovlarni qabul qilasiz."),
    ("upfront_fee", "uz-latn-payment-app", "Ro'yxatdan o'tgach, to'lovni Payme orqali amalga oshiring.",
     "Mijozlar to'lovni Payme orqali qiladi, siz buyurtmani rasmiylashtirasiz."),
    ("upfront_fee", "fa-tether", "قبل از شروع کار ۵۰ تتر شارژ کنید.", "حقوق ماهانه به صورت تتر پرداخت می‌شود."),
    ("upfront_fee", "fa-dollars", "برای دریافت پنل ۲۰ دلار واریز کنید.", "هیچ‌وقت برای استخدام دلار واریز نکنید."),
    # a sixth writer's posts (tests/data/legitimacy_phrasings_f), in the developer's own words: an ID copy handed to
    # HR or accounting once hired is paperwork, as the card number for payroll is
    ("asks_id_document", "uz-latn-once-hired", "Ishga qabul qilish uchun pasport nusxasini Telegramga yuboring.",
     "Ishga olingandan so'ng pasport nusxasini HR bo'limiga berasiz."),
    ("asks_id_document", "uz-cyrl-once-hired", "Ишга қабул қилиш учун паспорт нусхасини Телеграмга юборинг.",
     "Ишга қабул қилингандан кейин паспорт нусхангиз кадрлар бўлимига топширилади."),
    ("asks_id_document", "ru-once-hired", "Для трудоустройства пришлите скан паспорта в Telegram.",
     "После приёма на работу копию паспорта сдаёте в отдел кадров."),
    ("asks_id_document", "fa-once-hired", "برای استخدام تصویر کارت ملی را در تلگرام بفرستید.",
     "پس از استخدام، تصویر کارت ملی را به واحد منابع انسانی تحویل دهید."),
    ("asks_id_document", "en-once-hired", "Send a copy of your passport to apply.",
     "Once hired, you will hand a copy of your passport to HR."),
    # "you do not pay", the stem's own word in its negative form ("to'la*" reads "to'lamaysiz"), and Russian
    # "вы не платите" after a fee
    ("upfront_fee", "uz-latn-you-do-not-pay", "Ro'yxatdan o'tish uchun pul to'laysiz.",
     "Ishga kirish bepul, ro'yxatdan o'tish uchun pul to'lamaysiz."),
    ("upfront_fee", "uz-latn-do-not-pay", "Ro'yxatdan o'tish uchun 50 000 so'm to'lang.",
     "Ro'yxatdan o'tish uchun pul to'lamang, bu bepul."),
    ("upfront_fee", "uz-cyrl-you-do-not-pay", "Рўйхатдан ўтиш учун пул тўлайсиз.", "Рўйхатдан ўтиш учун пул тўламайсиз."),
    ("upfront_fee", "ru-you-do-not-pay", "Регистрационный взнос 500 рублей вы платите сразу.",
     "Регистрационный взнос вы не платите."),
    ("upfront_fee", "fa-you-do-not-pay", "هزینه ثبت نام را پرداخت کنید.", "هزینه ثبت نام را پرداخت نمی‌کنید."),
    # a registration's price with its amount, as Uzbek "ro'yxatdan o'tish 99 000 so'm" was read; a comma (Persian
    # too) ends the gap
    ("upfront_fee", "fa-registration-amount", "ثبت نام ۵۰۰ هزار تومان، شروع کار از فردا.",
     "ثبت نام رایگان، ۱۵ میلیون تومان حقوق ماهانه."),
    ("upfront_fee", "fa-registration-zwnj-latin-digits", "ثبت‌نام 150 هزار تومان", "مهلت ثبت‌نام تا ۲۰ آذر، حقوق ۱۲ میلیون تومان."),
    ("upfront_fee", "fa-entry-fee", "ورودیه ۱۰۰ هزار تومان.", "ورودیه نداریم و حقوق ماهانه پرداخت می‌شود."),
    ("upfront_fee", "ru-registration-amount", "Регистрация 30 000 сум, начало сразу после оплаты.",
     "Регистрация бесплатно, оплата 50 000 сум в неделю."),
    ("upfront_fee", "ru-registration-cost", "Стоимость регистрации 500 рублей.",
     "Регистрация входящих документов, оклад 40 000 рублей."),
    # a fee for the job itself, a "contribution", money to "put in", a starter kit to buy: a Russian-reading
    # reviewer's wordings
    ("upfront_fee", "ru-fee-for-employment", "Оплата за трудоустройство 200 000 сум.",
     "Мы не берём плату за трудоустройство."),
    ("upfront_fee", "ru-price-of-employment", "Стоимость трудоустройства 150 000 сум.",
     "Трудоустройство бесплатное, по ТК РУз."),
    ("upfront_fee", "ru-first-contribution", "Первый взнос 100 000 сум возвращается после первой зарплаты.",
     "Бухгалтер: начисление страховых взносов, оклад 6 000 000 сум."),
    ("upfront_fee", "ru-put-in", "Для начала работы нужно вложить 200 000 сум.",
     "Никаких взносов и вложений: в работу нужно вложить только время."),
    ("upfront_fee", "ru-starter-kit", "Необходимо купить стартовый набор за 150 000 сум.",
     "Промоутер Ucell: продажа стартовых пакетов, помогать абонентам купить стартовый пакет."),
    # the Persian ezafe written apart after a final heh ("هزینه‌ی", "هزینه ی", Arabic "هزينه‌ي"), and "pay!" as one
    # verb ("بپردازید")
    ("upfront_fee", "fa-ezafe-zwnj", "هزینه‌ی آموزش ۱۵۰ هزار تومان است.", "کمک هزینه‌ی آموزش به کارکنان پرداخت می‌شود."),
    ("upfront_fee", "fa-ezafe-space", "هزینه ی آموزش را قبل از شروع واریز کنید.", "هزینه ی آموزش با شرکت است و از شما چیزی گرفته نمی‌شود."),
    ("upfront_fee", "fa-ezafe-arabic-letters", "هزينه‌ي ثبت‌نام را بپردازید.", "هزينه‌ي ثبت‌نام دریافت نمی‌شود."),
    ("upfront_fee", "fa-pay-verb", "برای شروع کار باید ۵۰۰ هزار تومان بپردازید.",
     "ما از شما نمی‌خواهیم ۵۰۰ هزار تومان بپردازید."),
    # Uzbek typed with "ó" and "ǵ" for oʻ and gʻ
    ("upfront_fee", "uz-latn-informal-o", "Oldindan 100 000 sóm tólov qiling.",
     "Oldindan tólov yóq, ish haqi kartaga ótkaziladi."),
    ("upfront_fee", "uz-latn-informal-course", "Ishni boshlash uchun óqish kursiga 200 000 sóm tólov qilasiz.",
     "Óqish kursi bepul, hech qanday tólov qilmaysiz."),
    ("money_mule", "uz-latn-informal-pointed-card", "Kartangizga pul tushadi, siz uni biz kórsatgan kartaga ótkazib "
     "berasiz.", "Hech qachon notanish odam kórsatgan kartaga pul ótkazmang."),
    # Uzbek Latin typed without the apostrophes of oʻ, gʻ and the tutuq belgisi, its negations read alike
    ("upfront_fee", "uz-latn-no-apostrophes", "Ishga kirish uchun oldindan 100 000 som tolov qilasiz.",
     "Hech qanday tolov yoq, ish haqi har oy kartaga otkaziladi."),
    ("upfront_fee", "uz-latn-no-apostrophes-registration", "Royxatdan otish uchun 50 000 som tolov qiling.",
     "Royxatdan otish bepul, oylik 5 000 000 som."),
    ("upfront_fee", "uz-latn-no-apostrophes-no-fee", "Oldindan 100 000 som tolov qiling.", "Oldindan tolov yoq."),
    ("asks_bank_or_id", "uz-latn-no-apostrophes", "Karta malumotlarini yuboring.",
     "Karta malumotlarini hech kimga bermang."),
    ("asks_id_document", "uz-latn-no-apostrophes", "Pasport malumotlaringizni yuboring.",
     "Biz hech qachon pasport malumotlarini soramaymiz."),
    ("money_mule", "uz-latn-no-apostrophes", "Kartangizga pul tushadi, siz uni biz korsatgan kartaga otkazib berasiz.",
     "Hech qachon notanish odam korsatgan kartaga pul otkazmang."),
    # Uzbek Cyrillic typed with Russian letters (у, к, г, х for ў, қ, ғ, ҳ), its negations read alike
    ("upfront_fee", "uz-cyrl-russian-letters", "Олдиндан 100 000 сум тулов килинг.", "Хеч кандай тулов олинмайди."),
    ("upfront_fee", "uz-cyrl-russian-letters-registration", "Руйхатдан утиш 99 000 сум",
     "Руйхатдан утиш бепул, иш хаки 3 000 000 сум."),
    ("asks_bank_or_id", "uz-cyrl-russian-letters", "Картангиз ракамини юборинг.",
     "Картангиз ракамини хеч кимга берманг."),
    ("money_mule", "uz-cyrl-russian-letters", "Мижозлар пулини кабул килиб, биз курсатган хисобга утказасиз.",
     "Хеч качон нотаниш одам курсатган хисобга пул утказманг."),
    # a Russian code asked for with a clause after it saying where it comes
    ("asks_sms_code", "ru-code-which-comes", "Для регистрации пришлите код, который придёт вам по СМС.",
     "Никому не сообщайте код, который придёт вам по СМС."),
    ("asks_sms_code", "ru-code-to-your-number", "Скиньте код, который пришёл на ваш номер.",
     "Помогать клиентам, если код, который приходит по СМС, не работает."),
    # money passed on: drawn from the seeker's card and sent to details "we" give, received into their account and
    # moved to accounts "introduced" to them, cheques deposited into their own account; parcels re-sent from home
    ("money_mule", "ru-draw-and-send-on", "Деньги приходят вам на карту, вы снимаете и переводите на указанные реквизиты.",
     "Никогда не переводите деньги на указанные незнакомцами реквизиты."),
    ("money_mule", "fa-introduced-accounts", "دریافت وجه به حساب شما و انتقال آن به حساب‌های معرفی‌شده.",
     "حسابدار: انتقال وجه به حساب‌های شرکت و ثبت اسناد؛ حقوق به حساب معرفی‌شده توسط شما واریز می‌شود."),
    ("money_mule", "fa-parcels-at-home", "دریافت بسته در منزل و ارسال مجدد آن به آدرس‌های خارجی.",
     "ارسال مجدد سفارش به مشتری در صورت مرجوعی و دریافت بسته از انبار."),
    ("money_mule", "en-checks-into-your-account", "Receive checks from our clients, deposit them into your account and "
     "send the money to our suppliers.", "Receive checks from our clients, deposit them into the company account "
     "and record them."),
    # an ID card's photo, places said to be running out, a card handed over or its number asked in everyday Uzbek
    ("asks_id_document", "uz-latn-id-card", "ID karta rasmini yuboring.", "ID karta nusxasini ofisga olib keling."),
    ("asks_id_document", "uz-cyrl-id-card", "ID карта расмини юборинг.", "ID карта нусхасини суҳбатга олиб келинг."),
    ("urgency", "uz-latn-places-left", "Faqat 3 ta joy qoldi, tezroq yozing!", "Avtoturargohda joy qolmadi."),
    ("urgency", "uz-cyrl-places-left", "Фақат 3 та жой қолди, тезроқ ёзинг!", "Офисда бўш жой қолмади."),
    ("money_mule", "uz-latn-card-handed-over", "Kartangizni bizga bering, har oy 1 mln to'laymiz.",
     "Kartangizni hech kimga bermang, hatto bizga ham."),
    ("money_mule", "uz-cyrl-card-handed-over", "Картангизни бизга беринг, ҳар ой 1 млн тўлаймиз.",
     "Картангизни ҳеч кимга берманг."),
    ("asks_bank_or_id", "uz-latn-card-nomer", "Plastik karta nomerini tashlang.",
     "Ish haqi karta nomeringizga o'tkaziladi."),
    ("asks_bank_or_id", "uz-cyrl-card-nomer", "Карта номерингизни ёзинг.", "Иш ҳақи карта номерингизга ўтказилади."),
    # fees by other names: a pledge, an amount "needed" for training, equipment paid by the seeker or left to the
    # applicant, a paid course
    ("upfront_fee", "uz-latn-pledge", "Ishni boshlash uchun 200 000 so'm zalog qo'yiladi.", "Zalog talab qilinmaydi."),
    ("upfront_fee", "uz-cyrl-pledge", "Ишни бошлаш учун 200 000 сўм залог қўйилади.", "Залог талаб қилинмайди."),
    ("upfront_fee", "uz-latn-needed-for-training", "Treningdan o'tish uchun 250 ming so'm kerak bo'ladi.",
     "Yo'l kira uchun kuniga 20 000 so'm kerak bo'ladi, kompaniya qoplaydi."),
    ("upfront_fee", "ru-you-pay-yourselves", "Гарнитуру оплачиваете сами — 150 000 сум, вернём с первой зарплатой.",
     "Гарнитуру выдаём бесплатно, ничего не оплачиваете сами."),
    ("upfront_fee", "fa-left-to-the-applicant", "هزینه تجهیزات (هدست) ۳۰۰ هزار تومان بر عهده خود متقاضی است.",
     "هزینه تجهیزات و هدست بر عهده شرکت است."),
    ("upfront_fee", "fa-paid-course", "دوره آموزشی پولی است: ۳۰۰ هزار تومان.", "دوره آموزشی پولی نیست."),
    # a card the post gives to pay into is no request for the seeker's card (the fee is upfront_fee's)
    ("asks_bank_or_id", "fa-card-to-pay-into", "شماره کارت خود را بفرستید.", "مبلغ را به شماره کارت زیر واریز کنید."),
    ("asks_bank_or_id", "ru-card-to-pay-into", "Скиньте номер карты.", "Переведите 500 рублей на номер карты ниже."),
    ("asks_bank_or_id", "uz-latn-card-to-pay-into", "Karta raqamingizni yuboring.",
     "Quyidagi karta raqamiga 50 000 so'm o'tkazing."),
    ("asks_bank_or_id", "en-card-to-pay-into", "Send us your card number.", "Pay the fee to the card number below."),
    # high pay beside "no experience needed" is pay far above what such work pays; an entry-level wage with it, or
    # high pay for experience, is not
    ("pay_above_market", "uz-latn-high-pay-no-experience", "Oyiga 10 mln so'm daromad, tajriba shart emas.",
     "Oylik 4 mln so'm, tajriba shart emas, o'qitamiz. Ish haqi 12 mln so'm, tajriba 3 yildan kam emas."),
    ("pay_above_market", "uz-cyrl-high-pay-no-experience", "Ойлик 10 млн сўм, тажриба шарт эмас!",
     "Ойлик 4 млн сўм, тажриба шарт эмас."),
    ("pay_above_market", "ru-high-pay-no-experience", "Доход 10 млн сум в месяц, опыт не нужен!",
     "Зарплата 60 000 рублей, опыт не обязателен. Оклад 12 000 000 сум, опыт от 3 лет."),
    ("pay_above_market", "fa-high-pay-no-experience", "درآمد ماهانه ۳۰ میلیون تومان بدون نیاز به سابقه.",
     "حقوق ۱۲ میلیون تومان، بدون نیاز به سابقه؛ حقوق ۴۰ میلیون تومان برای ۵ سال سابقه."),
    # work under an identity or a freelance account that is not the worker's, or the worker's own lent out
    ("identity_proxy", "en", "You will be assigned a specific profile identity to use with all US clients.",
     "We never ask you to work under a proxy identity: you sign every contract in your own name."),
    ("identity_proxy", "en-proxy", "This position operates under a proxy structure to comply with sanction rules.",
     "Beware of offers that operate under a proxy structure: they are identity fraud."),
    ("identity_proxy", "en-interviews", "You will attend client interviews using a provided real identity profile.",
     "Beware of offers to attend interviews using a provided real identity: it is fraud."),
    ("identity_proxy", "en-participation", "This position follows a proxy participation framework due to EU rules.",
     "We never ask for proxy participation: every contract is in your own name."),
    ("identity_proxy", "en-upwork", "My account was closed. Rent me your Upwork account and I will pay you $1000 a month.",
     "Never rent out your Upwork account to anyone."),
    ("identity_proxy", "en-identity", "We will use your identity to open the client accounts; you keep 20%.",
     "We will never use your identity for anything but your own contract."),
    ("identity_proxy", "ru", "Сдайте аккаунт в аренду и получайте 300$ в месяц.",
     "Никогда не сдавайте аккаунт в аренду — это мошенничество."),
    ("identity_proxy", "ru-name", "Работа под чужим именем с иностранными заказчиками, оплата в долларах.",
     "Мы не предлагаем работу под чужим именем."),
    ("identity_proxy", "uz-latn", "Akkauntingizni ijaraga bering, oyiga 200$.",
     "Akkauntingizni ijaraga bermang, bu firibgarlik!"),
    ("identity_proxy", "uz-cyrl", "Аккаунтингизни ижарага беринг, ойига 200$.",
     "Аккаунтингизни ижарага берманг, бу фирибгарлик!"),
    ("identity_proxy", "fa", "اکانت آپورک خود را اجاره دهید و ماهانه درآمد دلاری داشته باشید.",
     "هرگز اکانت خود را اجاره ندهید."),
    ("identity_proxy", "fa-identity", "شما با هویت خارجی برای کارفرمای آمریکایی کار می‌کنید.",
     "ما هرگز از شما نمی‌خواهیم با هویت دیگری کار کنید."),
    # a seventh writer's posts (tests/data/legitimacy_phrasings_g), in the developer's own words: bank details or an
    # ID asked for once hired, the offer accepted or the contract signed, the whole sentence read for it
    ("asks_bank_or_id", "en-after-the-offer", "To apply, send us your bank details for payroll.",
     "After you accept the offer, HR will ask for your bank details for payroll through Deel."),
    ("asks_bank_or_id", "en-once-hired-comma", "Send your card number to get started.",
     "Once hired, you will give your card number to accounting for your salary."),
    ("asks_bank_or_id", "en-onboarding", "Before the interview we'll need your bank account details.",
     "Onboarding: we'll need your ID and bank account details to pay you via Deel."),
    ("asks_id_document", "en-after-the-offer", "To apply, send a copy of your passport.",
     "After you accept the offer, HR will ask for a copy of your passport."),
    ("asks_bank_or_id", "ru-contract-signed", "Для оформления договора пришлите реквизиты вашей карты.",
     "После подписания договора бухгалтерия попросит реквизиты вашей карты для зарплаты."),
    ("asks_bank_or_id", "fa-once-hired-comma", "برای ثبت نام شماره کارت خود را بفرستید.",
     "بعد از استخدام، برای واریز حقوق شماره کارت از شما گرفته می‌شود."),
    ("asks_bank_or_id", "uz-latn-contract-signed", "Ro'yxatdan o'tish uchun karta raqamingizni yuboring.",
     "Shartnoma imzolangandan keyin, oylik uchun karta raqamingiz so'raladi."),
    ("asks_bank_or_id", "uz-cyrl-contract-signed", "Рўйхатдан ўтиш учун карта рақамингизни юборинг.",
     "Шартнома имзолангандан кейин, ойлик учун карта рақамингиз сўралади."),
    # after an interview the seeker has met the employer ("before you meet" no longer holds)
    ("asks_id_document", "ru-after-the-interview", "Пришлите скан паспорта в Telegram.",
     "После собеседования нужна копия паспорта."),
    # a fee stated as a fact ("you pay", "is paid"), or paid in as a "guarantee"; not the seeker's own pay
    ("upfront_fee", "en-you-pay", "Before you start you pay $50.", "Salary is paid before the 5th; you pay $0 to apply."),
    ("upfront_fee", "en-you-pay-for", "You pay $50 for insurance before your first shift.",
     "We pay $50 for your insurance before your first shift."),
    ("upfront_fee", "en-guarantee", "As a guarantee, transfer 50 USD to the manager's card.",
     "Your contract is your guarantee: we transfer your pay to your card."),
    ("upfront_fee", "ru-you-pay", "Перед началом работы вы оплачиваете 120 000 сум.",
     "Мы оплачиваем обучение, вы ничего не оплачиваете."),
    ("upfront_fee", "ru-you-pay-insurance", "Перед выходом на работу оплачиваете страховку 120 000 сум.",
     "Страховку 120 000 сум оплачивает компания."),
    ("upfront_fee", "fa-you-pay", "قبل از شروع کار ۳۰۰ هزار تومان پرداخت می‌کنید.", "حقوق قبل از ۵ هر ماه پرداخت می‌شود."),
    ("upfront_fee", "fa-colloquial-toman", "قبل از شروع ۳۰۰ تومن واریز میکنید.", "ماهی ۱۵ میلیون تومن حقوق واریز میشه."),
    ("upfront_fee", "fa-guarantee", "مبلغ ۵۰۰ هزار تومان به عنوان ضمانت واریز کنید.",
     "برای ضمانت فقط یک سفته امضا می‌کنید و حقوق ماهانه واریز می‌شود."),
    ("upfront_fee", "uz-latn-is-paid", "Ishni boshlashdan oldin 120 000 so'm to'lanadi.", "Oylik har oy 5-sanada to'lanadi."),
    ("upfront_fee", "uz-cyrl-is-paid", "Ишни бошлашдан олдин 120 000 сўм тўланади.", "Ойлик ҳар ой 5-санада тўланади."),
    ("upfront_fee", "uz-latn-guarantee", "Kafolat uchun 200 000 so'm to'lanadi.",
     "Ish haqi kafolatlangan: oyiga 5 mln so'm to'lanadi."),
    # a paid course, internship or app as the way into the job
    ("upfront_fee", "uz-latn-paid-course", "O'quv kursi pullik — 150 000 so'm, kursni tugatganlar ishga olinadi.",
     "O'quv kursi bepul, kursni tugatganlar ishga olinadi."),
    ("upfront_fee", "uz-cyrl-paid-course", "Курс пуллик: 150 000 сўм.", "Курс бепул, ойлик 4 млн сўм."),
    ("upfront_fee", "ru-paid-course", "Курс платный — 150 000 сум, после курса трудоустройство.",
     "Бесплатное обучение, после курса трудоустройство."),
    ("upfront_fee", "ru-paid-internship", "Стажировка платная, 200 000 сум.", "Стажировка оплачиваемая, обучение бесплатное."),
    ("upfront_fee", "en-course-then-job", "Training course costs $30, after the course you start working.",
     "Free training course, after the course you start working."),
    ("upfront_fee", "fa-course-then-job", "دوره آموزشی ۲۰۰ هزار تومان، بعد از دوره استخدام می‌شوید.",
     "دوره آموزشی رایگان، بعد از دوره استخدام می‌شوید."),
    ("upfront_fee", "en-app", "You buy our special app for just $9.99 to start.",
     "You test our app on your own phone; we buy the devices you need."),
    ("upfront_fee", "ru-program", "Специальную программу покупаете за 99 000 сум.",
     "Программу для работы покупаем мы, вы ничего не покупаете."),
    ("upfront_fee", "uz-cyrl-program", "Махсус дастурни сотиб оласиз — атиги 99 000 сўм.", "Махсус дастурни компания сотиб олади."),
    # a deposit "we take" in colloquial Persian, and colloquial urgency
    ("upfront_fee", "fa-colloquial-deposit", "برای شروع کار یه ودیعه ۵۰۰ تومنی میگیریم که بعد سه ماه برمیگرده.",
     "هیچ ودیعه‌ای نمی‌گیریم."),
    ("urgency", "fa-colloquial", "سریع پیام بدید ظرفیت کمه.", "ظرفیت محدود نیست، با خیال راحت پیام بدید."),
    # money passed on to the accounts, cards or details "we" name (not only a named card)
    ("money_mule", "uz-latn-account-we-name", "Kartangizga kelgan pulni biz aytgan hisobga o'tkazasiz, 3% sizniki.",
     "Oylik siz aytgan kartaga o'tkaziladi."),
    ("money_mule", "uz-cyrl-accounts-we-point-to", "Картангизга келган пулни биз кўрсатган ҳисобларга ўтказасиз.",
     "Ойлик сиз айтган картага ўтказилади."),
    ("money_mule", "ru-details-we-name", "Вы получаете переводы на свою карту и переводите их на указанные нами реквизиты.",
     "Зарплату переводим на указанные вами реквизиты."),
    ("money_mule", "ru-card-we-will-name", "Деньги, пришедшие на вашу карту, нужно перевести на карту, которую мы укажем.",
     "Зарплату переведём на карту, которую вы укажете."),
    ("money_mule", "en-accounts-we-give", "You receive transfers to your card and send them on to the accounts we give you.",
     "Manage the social media accounts we give you access to."),
    ("money_mule", "fa-cards-we-introduce", "پولی که به کارتتون واریز میشه رو به کارت هایی که معرفی میکنیم انتقال بدید.",
     "حقوق به حسابی که معرفی میکنید واریز میشه."),
    ("money_mule", "fa-accounts-we-say", "پولی که به کارتتون واریز میشه رو به حساب هایی که ما میگیم منتقل کنید.",
     "حقوق به کارتی که خودتون میگید واریز میشه."),
    # a fee to start the work, in the imperative or as an obligation: "to'lov qiling", "to'lash kerak"; not the pay
    # "to'lanadi" (is paid) nor a start that asks for no payment
    ("upfront_fee", "uz-latn-to-start", "Ishni boshlash uchun 100 000 so'm to'lov qiling.",
     "Ishni boshlash uchun to'lov talab qilinmaydi, oylik 5 000 000 so'm o'z vaqtida to'lanadi."),
    ("upfront_fee", "uz-cyrl-to-start", "Ишни бошлаш учун 100 000 сўм тўлов қилинг.",
     "Ишни бошлаш учун тўлов талаб қилинмайди, ойлик 5 000 000 сўм ўз вақтида тўланади."),
    ("upfront_fee", "uz-latn-must-pay", "Ishni boshlash uchun 100 000 so'm to'lash kerak.",
     "Oylik 5 000 000 so'm, har hafta to'lanadi."),
    ("upfront_fee", "uz-cyrl-must-pay", "Ишни бошлаш учун 100 000 сўм тўлаш керак.", "Ойлик 5 000 000 сўм, ҳар ҳафта тўланади."),
    ("upfront_fee", "uz-latn-to-start-no-amount", "Ishni boshlash uchun to'lov qiling va kursga yoziling.",
     "Ishni boshlash uchun noutbuk va internet kerak."),
    # a fee in any currency, with its amount: not the pay stated in it
    ("upfront_fee", "fa-euro", "برای ثبت نام ۵۰ یورو بپردازید.", "حقوق ماهانه ۵۰۰ یورو پرداخت می‌شود."),
    ("upfront_fee", "fa-dirham", "برای شروع کار ۲۰۰ درهم به حساب ما واریز کنید.",
     "حقوق ۳۰۰۰ درهم در پایان هر ماه به حساب شما واریز می‌شود."),
    ("upfront_fee", "fa-afghani", "برای ثبت نام ۱۰۰۰ افغانی بپردازید.", "معاش ماهانه ۱۵۰۰۰ افغانی پرداخت می‌شود."),
    ("upfront_fee", "fa-usdt", "برای فعال سازی حساب ۱۰۰ USDT واریز کنید.", "حقوق ماهانه ۵۰۰ USDT واریز می‌شود."),
    ("upfront_fee", "fa-euro-sign", "برای ثبت نام ۵۰ € بپردازید.", "حقوق ۵۰۰ € در ماه پرداخت می‌شود."),
    ("upfront_fee", "fa-som-after-amount", "برای ثبت نام ۵۰۰ سوم واریز کنید.", "مرحله سوم: حقوق واریز می‌شود."),
    ("upfront_fee", "uz-latn-euro", "Hujjatlar uchun 50 yevro to'lang.", "Oylik 500 yevro, har oy to'lanadi."),
    ("upfront_fee", "uz-cyrl-dollar", "Ҳужжатлар учун 50 доллар тўланг.", "Ойлик 500 доллар, ҳар ой тўланади."),
    ("upfront_fee", "ru-euro", "Для регистрации оплатите 50 евро.", "Зарплата 500 евро, выплата дважды в месяц."),
    ("upfront_fee", "ru-tenge", "Для начала работы переведите 5000 тенге менеджеру.",
     "Зарплата 300 000 тенге переводится на карту."),
    ("upfront_fee", "en-amount-code", "Pay 50 EUR to register.", "We pay 50 EUR per hour to start."),
    ("upfront_fee", "en-you-pay-code", "Before you start you pay 50 euros for the kit.", "You pay 0 EUR: the kit is free."),
    # … in the region's other currencies, by code, sign or name, as the dollar, euro and rouble are; and the sign after
    # the amount, as Russian writes it
    ("upfront_fee", "ru-dollar-sign-after", "Для начала работы оплатите 20 $.",
     "Зарплата 500 $, выплата дважды в месяц."),
    ("upfront_fee", "ru-uzs", "Для регистрации оплатите 50 000 UZS.",
     "Зарплата 5 000 000 UZS, выплата дважды в месяц."),
    ("upfront_fee", "uz-latn-uzs", "Hujjatlar uchun 500 000 UZS to'lang.", "Oylik 5 000 000 UZS, har oy to'lanadi."),
    ("upfront_fee", "en-so'm", "Pay 50,000 so'm to register.", "We pay 5,000,000 so'm per month."),
    ("upfront_fee", "ru-kzt", "Для начала работы переведите 5000 KZT менеджеру.",
     "Зарплата 300 000 KZT переводится на карту."),
    ("upfront_fee", "ru-tenge-sign", "Для регистрации оплатите 5000 ₸.", "Зарплата 300 000 ₸, выплата дважды в месяц."),
    ("upfront_fee", "uz-latn-tenge-sign", "Hujjatlar uchun 5000 ₸ to'lang.", "Oylik 300 000 ₸, har oy to'lanadi."),
    ("upfront_fee", "en-tenge", "Pay 5,000 tenge to register.", "We pay 5,000 tenge per hour to start."),
    ("upfront_fee", "ru-tjs", "Для регистрации оплатите 200 TJS.", "Зарплата 3000 TJS переводится на карту."),
    ("upfront_fee", "en-somoni", "Pay 200 somoni to register.", "Pay is 200 somoni per day."),
    ("upfront_fee", "ru-lira-sign", "Для регистрации оплатите 500 ₺.",
     "Зарплата 25 000 ₺ в месяц, выплата раз в месяц."),
    ("upfront_fee", "en-lira-sign", "Pay ₺500 to register.", "Salary: ₺25,000 per month, paid monthly."),
    ("upfront_fee", "en-try", "Before you start you pay 500 TRY for the kit.", "Salary: 25,000 TRY per month."),
    ("upfront_fee", "fa-lira-sign", "برای ثبت نام ۵۰۰ ₺ بپردازید.", "حقوق ۲۵۰۰۰ ₺ در ماه پرداخت می‌شود."),
    ("upfront_fee", "en-cad", "Pay 50 CAD to register.", "We pay 50 CAD per hour to start."),
    ("upfront_fee", "en-cad-sign", "To get started, send C$50 via Interac for your onboarding kit.",
     "Pay rate: C$25 per hour, paid via Interac."),
    ("upfront_fee", "ru-cad", "Для регистрации оплатите 50 CAD.", "Зарплата 4000 CAD в месяц."),
    ("upfront_fee", "en-rupees", "Before you start you pay 500 rupees for the kit.", "We pay 500 rupees per hour."),
    ("upfront_fee", "en-rupee-sign", "Pay ₹500 to register.", "We pay ₹500 per hour, paid weekly."),
    ("upfront_fee", "ru-inr", "Для регистрации оплатите 500 INR.", "Зарплата 50 000 INR в месяц."),
    ("upfront_fee", "ru-rupees", "Для регистрации оплатите 500 рупий.", "Зарплата 50 000 рупий в месяц."),
    ("upfront_fee", "fa-rupees", "برای ثبت نام ۵۰۰ روپیه بپردازید.", "حقوق ماهانه ۵۰۰۰۰ روپیه پرداخت می‌شود."),
]


def _p(text: str, company: str | None = "Acme Ltd", **kw) -> PostingItem:  # type: ignore[no-untyped-def]
    return PostingItem(source="t", source_id="1", title="Assistant", company=company, description=text, **kw)


def _codes(text: str, **kw) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {r.code: r.span for r in assess(_p(text, **kw)).reasons}


# The job's own duties and everyday words that a hard rule's phrases used to hide a posting for (each was
# likely_scam): a bank's deposit specialist, "залог успеха", a cashier's or bookkeeper's card numbers and
# prepayments, support staff helping customers with their SMS codes.
DUTIES = [
    "Ваш опыт и ответственность — залог нашего успеха.",
    "Специалист по депозитам и вкладам в банк.",
    "Omonat va depozitlar bo'yicha mutaxassis.",
    "کارشناس سپرده و ودیعه بانکی",
    "Обработка платежей клиентов и сверка номеров карт в CRM.",
    "Bookkeeper: process customer payments, reconcile bank accounts, verify card numbers against invoices.",
    "Call center: verify the caller's identity with the last four digits of their card number.",
    "Служба поддержки банка: помощь клиентам с SMS-кодами и входом в приложение.",
    "Mijozlarga SMS kod kelmasa yordam berish.",
    "پشتیبانی مشتریان: راهنمایی کاربران در دریافت کد تایید.",
    "Бухгалтер: оплата счетов поставщиков, предоплата по договорам.",
    "Hisobchi: yetkazib beruvchilarga oldindan to'lovlarni nazorat qilish.",
    "حسابدار: ثبت پیش پرداخت‌ها و واریز هزینه‌ها",
    "Ijtimoiy sug'urta badallari to'lanadi.",
    "Администратор гостиницы: заселение гостей, сканирование паспортов, работа с кассой.",
    "Hotel front desk: check in guests, scan their passports and take a security deposit.",
    "Mehmonxona administratori: mehmonlarni joylashtirish, pasport ma'lumotlarini kiritish.",
    "مسئول پذیرش هتل: ثبت مشخصات مهمانان و کپی کارت ملی.",
    "HR assistant: collect new hires' passport copies and bank details for payroll.",
    "Kadrlar bo'limi yordamchisi: xodimlarning pasport nusxalarini va karta raqamlarini yig'ish.",
    "کارمند اداری: جمع آوری کپی کارت ملی و شماره حساب کارکنان برای حقوق.",
    "Ассистент руководителя: оплата счетов, контроль предоплат, работа с корпоративной картой.",
    "Executive assistant: collect mail and packages, forward important parcels to the CEO when he travels.",
    "Purchase gift cards for client appreciation events.",
    "Amazon seller assistant: handle returns, reship replacement orders to customers.",
    "Kassir: mijozlardan bir martalik to'lovlarni qabul qilish.",
    "Бухгалтер: начисление страховых взносов, платежи контрагентам по реквизитам из договоров.",
    "پشتیبانی بانک: راهنمایی مشتریان در بازیابی رمز اینترنت بانک.",
    "Курьер банка: доставка карт клиентам, передать карту клиенту лично в руки.",
    # a support duty warning users never to give the code to anyone (the warning after the code negates it)
    "پشتیبانی: به کاربران یادآوری کنیم کد تأیید را به هیچ‌کس نده.",
    # a long duty sentence whose users stand far before its code
    "Help our app users by chat and email with account access problems, password resets and cases where the SMS "
    "verification code doesn't arrive.",
]


@pytest.mark.parametrize("text", DUTIES)
def test_a_duty_of_the_job_is_not_a_request_to_the_seeker(text: str) -> None:
    a = assess(_p(text + FILLER))
    assert not any(r.code in HARD for r in a.reasons) and a.verdict != "likely_scam", a.reasons


@pytest.mark.parametrize("text,code", [
    ("Send us your bank card number to receive our clients' payments.", "asks_bank_or_id"),
    ("Mijozlardan pul tushishi uchun karta raqamingizni yuboring.", "asks_bank_or_id"),
    ("Клиенты будут платить вам, а вы сначала внесите депозит 5000 рублей.", "upfront_fee"),
    # told to send it ("скиньте", "yuboring"): addressed to the seeker even beside a contract or clients
    ("Для оформления договора скиньте фото паспорта.", "asks_id_document"),
])
def test_a_request_to_the_seeker_counts_even_beside_clients(text: str, code: str) -> None:
    assert code in _codes(text + FILLER)


@pytest.mark.parametrize("code,lang,positive,negative", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_rule_fires_on_the_phrase_and_not_on_its_negation(code: str, lang: str, positive: str, negative: str) -> None:
    hit = _codes(positive + FILLER)
    assert code in hit, (lang, hit)
    assert hit[code].strip(), "the reason shows the matched text"
    assert code not in _codes(negative + FILLER), lang


@pytest.mark.parametrize("text", [
    "Оператор в офис\nОплата за трудоустройство 200 000 сум.\nЗарплата 4 000 000 сум",
    "Плата за трудоустройство 150 000 сум.",
    "Стоимость трудоустройства 150 000 сум.",
    "200 000 сум за трудоустройство, оплата сразу.",
    "Для начала работы нужно вложить 200 000 сум.",
    "Первоначальный взнос 100 000 сум.",
    "Необходимо купить стартовый набор за 150 000 сум.",
    "Требуются операторы. Для начала работы нужно купить стартовый пакет за 150 000 сум. Гарантированный доход "
    "8 000 000 сум. @start_job",
    "Оператор на телефон. Первый взнос 100 000 сум возвращается после первой зарплаты. Пишите @hr_operator",
])
def test_a_russian_fee_for_the_job_hides_the_post(text: str) -> None:
    """A fee "за трудоустройство", the price of the job, a first "contribution", money to put in to start and a
    starter kit to buy, each as the Uzbek "Ishga joylashish uchun to'lov 200 000 so'm" already was: ``likely_scam``."""
    a = assess(_p(text, company="ООО Альфа"))
    assert a.verdict == "likely_scam" and "upfront_fee" in {r.code for r in a.reasons}, a.reasons


@pytest.mark.parametrize("text", [
    "Трудоустройство бесплатное.",
    "Никаких взносов.",
    "Работа без вложений.",
    "Мы не берём плату за трудоустройство.",
    "Плата за трудоустройство не взимается.",
    "Никакой платы за трудоустройство, обучение бесплатное.",
    # a referral bonus, a recruiter's pay for each hire, a mortgage's down payment, a marketer's spend, the idiom
    "Бонус 500 000 сум за трудоустройство друга.",
    "Рекрутер: оплата за трудоустройство кандидата 1 000 000 сум.",
    "Кредитный специалист: консультирование по первоначальному взносу, оклад 7 000 000 сум.",
    "Таргетолог: вложения в рекламу 50 000 000 сум в месяц.",
    "В работу нужно вложить душу.",
    "Стартовый набор выдаём бесплатно.",
])
def test_a_russian_post_that_takes_no_fee_is_not_an_upfront_fee(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER, company="ООО Альфа")


def test_a_medical_exam_at_the_seekers_cost_is_not_a_fee_for_the_job() -> None:
    """Employers in Uzbekistan and Russia send their hires to a medical commission; who pays for it is a question of
    labour law, not the fee scam, and the research notes (``legitimacy.md`` R1) do not list it: left out."""
    assert "upfront_fee" not in _codes("Оплата медкомиссии за счёт соискателя — 300 000 сум." + FILLER)


def test_an_honest_work_from_home_post_without_investment_stays_ok() -> None:
    text = ("Работа на дому без вложений: оператор чата интернет-магазина ООО Альфа. Сайт alfa.uz, "
            "тел. +998 90 123 45 67. Оклад 4 000 000 сум.")
    a = assess(_p(text, company="ООО Альфа"))
    assert a.verdict == "ok" and not {r.code for r in a.reasons} & HARD, a.reasons


def test_no_phrase_holds_a_word_that_negates_a_match_from_inside() -> None:
    """``reading.GAP_NEGATION`` drops a match with "nothing", "hech" … in a gap; a phrase holding one would never
    fire."""
    from pipeline.legitimacy import rules

    for lexicon in rules.SHARED:
        for compiled in lexicon.by_trigger.values():
            for p in compiled:
                assert not reading.GAP_NEGATION.search(p.pattern.replace("\\", "")), p.pattern


def test_every_rule_regex_compiles_and_a_lazy_pattern_is_its_compiled_regex() -> None:
    """The rules' phrase and raw regexes are compiled on their first use (``matching.LazyPattern``), not on import: each
    of them compiles, those of the merged and the bare readings too, and a lazy pattern finds what its regex finds."""
    import re

    lexicons = list(rules.SHARED)
    for kind in (rules.MergedText, rules.BareText):
        _, merged_rules, chat = typed._merged(kind)
        lexicons += [r.pattern for r in merged_rules] + [chat]
    compiled = 0
    for lexicon in lexicons:
        for p in [*lexicon.raw, *(p for ps in lexicon.by_trigger.values() for p in ps)]:
            re.compile(p.pattern)
            compiled += 1
    assert compiled > 4_000, compiled

    lazy = matching.LazyPattern(r"(?:pay\s*+a\s*+fee)(?!\w)")
    text = "pay a fee, then pay  a fee"
    assert [m.span() for m in lazy.finditer(text)] == [(0, 9), (16, 26)]
    assert lazy.match(text, 16).span() == (16, 26) and lazy.search(text, 1).start() == 16
    assert lazy.match(text, 1) is None and lazy.pattern == r"(?:pay\s*+a\s*+fee)(?!\w)"
    with pytest.raises(re.error):  # a bad regex is said on its first use
        matching.LazyPattern("(?:pay").match(text)
    # one object per regex text in a lexicon (two phrases that fold alike), as ``re.compile`` gives equal patterns
    (same, other), = rules.Lexicon(("karta raqami", "карта рақами")).by_trigger.values()
    assert same is other


def test_hard_rules_decide_alone_and_spans_are_readable() -> None:
    a = assess(_p("Ish haqini o'tkazish uchun karta raqamingizni yuboring." + FILLER))
    assert a.verdict == "likely_scam" and a.score < 40
    r = next(r for r in a.reasons if r.code == "asks_bank_or_id")
    assert r.span == "karta raqamingizni" and r.weight == 60 and "card" in r.text
    assert r.as_dict().keys() == {"code", "weight", "text", "span"}


def test_cyrillic_uzbek_matches_the_latin_pattern_and_shows_its_own_words() -> None:
    assert _codes("Маош учун карта рақамингизни юборинг." + FILLER)["asks_bank_or_id"] == "карта рақамингизни"


@pytest.mark.parametrize("text,code,span", [
    ("Pay a Registration Fee of $20 first.", "upfront_fee", "Registration Fee"),  # original case
    ("Для начала работы переведите 500 рублей на карту.", "upfront_fee", "переведите 500 рублей"),
    ("Сообщите код из СМС менеджеру.", "asks_sms_code", "код из СМС"),
    ("شماره كارت خود را ارسال کنید.", "asks_bank_or_id", "شماره كارت"),  # Arabic kaf, as written
    ("Kartangizni ijaraga bering!", "money_mule", "Kartangizni ijaraga"),
    # its own apostrophes, letters and digits; an amount just before the match quoted with it
    ("فقط شماره كارت و رمز دوم و كد پيامكي را بفرستيد.", "asks_sms_code", "كد پيامكي"),
    ("Ro‘yxatdan o‘tish 99 000 so‘m.", "upfront_fee", "Ro‘yxatdan o‘tish 99 000 so‘m"),
    ("Ro’yxatdan o’tish 99 000 so’m.", "upfront_fee", "Ro’yxatdan o’tish 99 000 so’m"),
    ("Регистрация — 500 рублей.", "upfront_fee", "Регистрация — 500 рублей"),
    ("مبلغ را به این کارت بزنید: ۶۰۳۷۹۹۷۳۱۲۳۴۰۰۰۴", "card_number", "۶۰۳۷۹۹۷۳۱۲۳۴۰۰۰۴"),
    ("لطفا ۲۰۰ هزار تومان واریز کنید.", "upfront_fee", "۲۰۰ هزار تومان واریز کنید"),
    ("Send us the 6-digit code you receive by text message.", "asks_sms_code", "6-digit code"),
    ("Shartnoma uchun 150 000 so'm to'laysiz.", "upfront_fee", "150 000 so'm to'laysiz"),
    ("Kursga 200 000 sóm tólov qilasiz.", "upfront_fee", "200 000 sóm tólov qilasiz"),
    ("Kursga 200 000 som tolov qilasiz.", "upfront_fee", "200 000 som tolov qilasiz"),
    ("Ro'yxatdan otish uchun 50 000 som to'lov qiling.", "upfront_fee", "Ro'yxatdan otish uchun 50 000 som to'lov"),
    ("A refundable $40 deposit secures your spot.", "upfront_fee", "$40 deposit secures your"),
    ("هزینه ی آموزش ۱۵۰ هزار تومان است.", "upfront_fee", "هزینه ی آموزش"),
    ("هزینه‌ی آموزش ۱۵۰ هزار تومان است.", "upfront_fee", "هزینه‌ی آموزش"),
    ("Oldindan 100 000 sóm tólov qiling.", "upfront_fee", "Oldindan 100 000 sóm tólov"),
    ("Олдиндан 100 000 сум тулов килинг.", "upfront_fee", "Олдиндан 100 000 сум тулов"),
    ("• Посилкаларни қабул қилиб, бошқа манзилга жўнатинг.", "money_mule",
     "Посилкаларни қабул қилиб, бошқа манзилга жўнатинг"),  # a match ending inside a word: the whole word
    # a clock time or a sentence's last number just before it is no amount of it
    ("Работа до 23:00. Код из СМС сообщите менеджеру.", "asks_sms_code", "Код из СМС"),
    ("Смена 8. Код из СМС сообщите менеджеру.", "asks_sms_code", "Код из СМС"),
    # … nor the amount ending the line before: a post's lines are its sentences
    ("Operator\nMaosh 5 000 000 so'm\nJoylar cheklangan!", "urgency", "Joylar cheklangan"),
    ("Для активации нужен депозит от 50 USDT\nМеста ограничены, успей сегодня!", "urgency", "Места ограничены"),
    ("هزینه ثبت نام فقط ۹۸ هزار تومان\nظرفیت محدود! به آیدی پیام بدید", "urgency", "ظرفیت محدود"),
    ("Курс пулли — 150 000 сўм\nОйлик 4-6 млн сўм\nТелеграм: @ish_markaz_uz", "messaging_only",
     "Телеграм: @ish_markaz_uz"),
    # … but the amount on its line of a sentence wrapped over two is
    ("Shartnoma uchun 150 000 so'm\nto'laysiz.", "upfront_fee", "150 000 so'm to'laysiz"),
])
def test_reason_spans_are_the_posting_own_words(text: str, code: str, span: str) -> None:
    assert _codes(text + FILLER)[code] == span


@pytest.mark.parametrize("description", [
    "Karta arenda\nKarta ijaraga olamiz\nLichkaga yozing",  # a pasted post: its first line is the title
    "Karta ijaraga olamiz\nLichkaga yozing",  # a board's: title and description apart
    "<p>Karta ijaraga olamiz</p><p>Lichkaga yozing</p>",
])
def test_a_quote_stays_in_its_line_when_the_rule_matches_within_one(description: str) -> None:
    """"аренд* карт*" also matched "arenda\nKarta" over the title's end and "karta* ~ ijaraga" "Karta arenda\nKarta
    ijaraga": the same post quoted "arenda Karta" pasted and "Karta arenda Karta ijaraga" crawled."""
    p = normalize(PostingItem(source="t", source_id="1", title="Karta arenda", description=description))
    assert {r.code: r.span for r in assess(p).reasons}["money_mule"] == "Karta ijaraga"


def test_a_match_over_a_line_break_is_quoted_when_it_is_the_only_one() -> None:
    f = "karta arenda\nkarta ishi bor"
    m = rules.first_match(next(r for r in RULES if r.code == "money_mule").pattern, f)
    assert m is not None and m.group() == "arenda\nkarta"


def test_original_span_falls_back_to_the_folded_match_when_words_do_not_line_up() -> None:
    from pipeline.legitimacy.text import original_span
    assert original_span("Карта рақами", "karta raqami", 0, 5) == "Карта"
    assert original_span("Карта рақами", "karta raqami", 6, 12) == "рақами"
    assert original_span("Карта  рақами\nюборинг.", "karta raqami yuboring.", 13, 21) == "юборинг"
    assert original_span("one two", "one two three", 8, 13) == "three"  # not from this text: the fold itself


def test_legit_ad_with_anti_scam_disclaimer_is_ok() -> None:
    text = ("Acme is hiring a virtual assistant to manage calendars, inboxes and travel for our founders. "
            "No fees: we never ask for your card number, passport or any payment, and we do not pay agency fees. "
            "Apply with your CV on our careers page at https://acme.example.com/careers.")
    a = assess(_p(text))
    # no rule fires on the disclaimer; the EMSCAD-trained text model may still find short VA wording
    # "caution"-worthy (a known limit, see the module docstring) but never decides likely_scam on it
    assert a.verdict != "likely_scam" and {r.code for r in a.reasons} <= {"text_model"}


@pytest.mark.parametrize("title,text", [
    ("Срочно требуется администратор", "Срочно требуется администратор в салон красоты. Запись клиентов, ведение "
     "кассы. Резюме в телеграм @romashka_hr"),
    ("استخدام فوری منشی", "استخدام فوری منشی خانم جهت پاسخگویی به تلفن و امور دفتری. ارسال رزومه به تلگرام @aria_hr"),
])
def test_an_employer_hiring_urgently_on_telegram_is_ok(title: str, text: str) -> None:
    a = assess(PostingItem(source="telegram", source_id="1", title=title, company="Romashka", description=text))
    assert a.verdict == "ok" and not a.reasons, a.reasons


def test_real_company_recruiting_on_telegram_is_ok() -> None:
    text = ("Virtual assistent kerak: 🏢 Idora: Silk Road Digital 📚 Texnologiya: Google Workspace, Notion, Excel "
            "🇺🇿 Telegram: @silkroad_hr 📞 Aloqa: +998 90 000 45 67 🌐 Hudud: Masofaviy (Toshkent) "
            "💰 Maosh: 4 000 000 - 6 000 000 so'm. Rezyumeni Telegram orqali yuboring.")
    a = assess(_p(text, company="Silk Road Digital", language="uz"))
    assert a.verdict == "ok" and a.reasons == []
    # the same Telegram contact without a company and with a fee is a scam
    b = assess(_p("Uyda turib ishlash! Ro'yxatdan o'tish uchun 50 000 so'm to'lov qilasiz, qolganini adminga "
                  "yozing. Batafsil: @tezpul_ish", company=None, language="uz"))
    assert b.verdict == "likely_scam"
    assert {"upfront_fee", "messaging_only", "no_company"} <= {r.code for r in b.reasons}
    # an absence has no words of the posting to show: the reason's span is empty, not a made-up quote
    assert [r.span for r in b.reasons if r.code == "no_company"] == [""]


@pytest.mark.parametrize("text", [
    "Only Telegram: contact @quickjobs_hr to start.",
    "Faqat telegram orqali: lichkaga yozing.",
    "Пишите в личку, только телеграм.",
    "فقط تلگرام پیام دهید.",
    "ارتباط فقط از طریق تلگرام.",  # "only" and the app apart
    "ارتباط فقط در واتساپ.",
    "Связь только через Telegram.",
    "Связь только в телеграме.",
    "آیدی تلگرام: @typist_job",
    "Interviews are conducted via Google Hangouts.",
    # the informal "пиши", and a direct message asked for without "пишите"
    "Пиши @rabota_doma",
    "Напиши @rabota_doma",
    "Пиши в личку @rabota_doma",
    "Подробности в ЛС @rabota_doma",
    "Подробности в лс.",
    "Резюме в личку.",
    "Кто первый напишет + в лс, тот и взят.",
])
def test_messaging_only_counts_only_with_an_unverifiable_employer(text: str) -> None:
    assert "messaging_only" in _codes(text + FILLER, company=None)
    assert "messaging_only" not in _codes(text + FILLER, company="Acme Ltd")


# A manager "will contact you in Telegram" is the only contact too (a fifteenth writer's "собеседование не проводится:
# менеджер свяжется с вами в Telegram", beside a gmail address); not beside a phone or a website.
@pytest.mark.parametrize("text", [
    "Менеджер свяжется с вами в Telegram и всё объяснит.",
    "Менеджер свяжется с вами в WhatsApp.",
    "Menejer siz bilan Telegram orqali bog'lanadi.",
    "Менежер сиз билан Телеграм орқали боғланади.",
    "مدیر ما در تلگرام با شما تماس می‌گیرد.",
    "Our manager will contact you on Telegram.",
    # "WhatsApp" typed as its maker spells it, read "Whats App" once camel-case words are split
    "Связь только через WhatsApp.",
    "Faqat WhatsApp orqali yozing.",
    "Contact us only on WhatsApp.",
])
def test_a_manager_who_will_contact_you_in_a_messenger_is_messaging_only(text: str) -> None:
    assert "messaging_only" in _codes(text + FILLER, company=None)
    assert "messaging_only" not in _codes(text + " Тел. +998 71 200 63 63, сайт acme.uz." + FILLER, company=None)


# A number the post says is for WhatsApp only is that messenger's account, not a line to call: "Murojaat faqat WhatsApp
# orqali: +998 …" (a fifteenth writer's scam) had counted its number as a way to check the employer. A number beside
# WhatsApp with no "only" (a flower shop's "Пишите в WhatsApp: +998 …") still is one, and so is a website.
@pytest.mark.parametrize("text", [
    "Murojaat faqat WhatsApp orqali: +998 93 418 27 60",
    "Мурожаат фақат WhatsApp орқали: +998 93 418 27 60",
    "Связь только через WhatsApp: +998 93 418 27 60",
    "فقط از طریق واتساپ: ۰۹۱۵۳۲۷۸۴۰۶",
    "Contact us only on WhatsApp: +1 302 555 0148",
])
def test_a_number_for_whatsapp_only_is_no_phone_to_check(text: str) -> None:
    urgent = "Faqat bugun! "  # (another sign: messaging-only contact counts beside one)
    assert "messaging_only" in _codes(urgent + text + FILLER, company="Xalqaro onlayn loyiha")
    without_only = re.sub(r"(?i)faqat |фақат |только |فقط |only ", "", text)
    assert "messaging_only" not in _codes(urgent + without_only + FILLER, company="Xalqaro onlayn loyiha")
    assert "messaging_only" not in _codes(urgent + text + ", sayt: loyiha.uz" + FILLER, company="Xalqaro onlayn loyiha")


def test_pishi_and_a_handle_with_no_employer_is_a_caution() -> None:
    """As "Пишите @rabota_doma" was: how to reach the employer alone is never more than a caution."""
    a = assess(_p("Работа на дому! 2 часа в день, до 1000$ в месяц. Пиши @rabota_doma", company=None))
    assert a.verdict == "caution" and {r.code for r in a.reasons} == {"messaging_only", "no_company"}


@pytest.mark.parametrize("text", [
    "SMM-менеджер: отвечать на вопросы подписчиков в ЛС и в личке Instagram.",
    "Ассистент блогера: отвечать клиентам в личку, вести таблицу оплат.",
])
def test_the_jobs_own_direct_messages_are_no_contact_instruction(text: str) -> None:
    assert "messaging_only" not in _codes(text + FILLER, company=None)


@pytest.mark.parametrize("company", ["ООО Альфа", None])
def test_a_company_with_a_website_and_phone_recruiting_on_telegram_is_ok(company: str | None) -> None:
    text = "Требуется оператор в ООО Альфа. Пишите в Telegram @hr_company. Сайт alfa.uz, тел. +998 90 123 45 67"
    a = assess(_p(text, company=company))
    assert a.verdict == "ok" and a.reasons == []


@pytest.mark.parametrize("text,handle", [
    ("Telegram orqali @quickjobs_hr ga yozing.", "@quickjobs_hr"),
    ("Telegram:@quickjobs_hr", "@quickjobs_hr"),
    ("Анкету присылайте в telegram: @quickjobs_hr", "@quickjobs_hr"),
    ("تلگرام @typist_job", "@typist_job"),
])
def test_a_telegram_handle_after_the_word_telegram_is_messaging_only(text: str, handle: str) -> None:
    assert handle in _codes(text + FILLER, company=None).get("messaging_only", "")


# An Uzbek Telegram post whose only contact is the line after it: a bookkeeper's assistant, in either script
_UZ_CYRL_POST = ("Бухгалтер ёрдамчиси керак\nИш: масофадан, ҳафтасига 5 кун\nВазифалар: бирламчи ҳужжатлар, 1С "
                 "дастурида ҳисоб-китоб\nМаош: ойига 4 млн сўмдан\n")
_UZ_LATN_POST = ("Buxgalter yordamchisi kerak\nIsh: masofadan, haftasiga 5 kun\nVazifalar: birlamchi hujjatlar, 1C "
                 "dasturida hisob-kitob\nMaosh: oyiga 4 mln so'mdan\n")


@pytest.mark.parametrize("post,contact", [
    # the Uzbek contact labels as written, on a Russian keyboard (к г у х е for қ ғ ў ҳ ё) and without apostrophes
    (_UZ_CYRL_POST, "Алоқа: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Алока: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Алоқа учун: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Боғланиш: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Богланиш: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Боғланиш учун: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Мурожаат учун: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Ёзинг: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Езинг: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Батафсил маълумот учун: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Резюме юбориш: @buxgalter_hr"),
    (_UZ_CYRL_POST, "Резюмени юборинг:\n@buxgalter_hr"),
    (_UZ_LATN_POST, "Aloqa: @buxgalter_hr"),
    (_UZ_LATN_POST, "Aloka: @buxgalter_hr"),
    (_UZ_LATN_POST, "Bog'lanish: @buxgalter_hr"),
    (_UZ_LATN_POST, "Boglanish: @buxgalter_hr"),
    (_UZ_LATN_POST, "Bog‘lanish uchun: @buxgalter_hr"),
    (_UZ_LATN_POST, "Murojaat uchun: @buxgalter_hr"),
    (_UZ_LATN_POST, "Rezyume yuborish: @buxgalter_hr"),
    (_UZ_LATN_POST, "Batafsil malumot uchun: @buxgalter_hr"),
    # a handle alone on its line, behind an emoji or not
    (_UZ_CYRL_POST, "@buxgalter_hr"),
    (_UZ_LATN_POST, "@buxgalter_hr"),
    (_UZ_LATN_POST, "👉 @buxgalter_hr"),
])
def test_an_uzbek_contact_label_or_a_bare_handle_as_the_only_contact(post: str, contact: str) -> None:
    a = assess(_p(post + contact, company=None, language="uz"))
    assert a.verdict == "caution" and {r.code for r in a.reasons} == {"messaging_only", "no_company"}, a.reasons
    assert "@buxgalter_hr" in next(r.span for r in a.reasons if r.code == "messaging_only")
    # a company, a phone, a website or a company e-mail given too: another way to check the employer
    assert assess(_p(post + contact, company="Hisob Servis MChJ", language="uz")).reasons == []
    for more in ("\nTel: +998 90 123 45 67", "\nSayt: hisobservis.uz", "\nhr@hisobservis.uz"):
        assert assess(_p(post + contact + more, company=None, language="uz")).reasons == [], more


@pytest.mark.parametrize("text", [
    "Aloqa markazimiz 24/7 ishlaydi.\nYangiliklar kanalimizda: @ishbor_uz kuzatib boring",
    "hr@hisobservis.uz",  # an e-mail address on its own line
    "Oylik 4 mln so'm. Instagram sahifamizni kuzatib boring, @hisob_servis sahifasida.",
])
def test_a_handle_inside_a_sentence_or_an_address_is_no_contact_line(text: str) -> None:
    assert "messaging_only" not in _codes(_UZ_LATN_POST + text, company=None, language="uz")


@pytest.mark.parametrize("text", [
    # each "telegram" read the glued run to its end and tried every way to split it into words before the "@":
    # 50 s for the first before the pattern's repeats were made possessive and the run bounded
    "telegram" * 300 + "a" * 3_000 + " @quickjobs_hr",
    "تلگرام" * 300 + "@" * 2_000,
    "telegram" * 200 + " " + "b" * 2_000 + " " + "c" * 2_000 + "@",
    "telegram " * 5_000 + "@quickjobs_hr",
])
def test_hostile_text_around_a_telegram_handle_ends(text: str) -> None:
    assert assess(_p(text, company=None)).verdict in {"ok", "caution", "likely_scam", "insufficient_evidence"}


@pytest.mark.parametrize("text", [
    # a stem's word end and a gap's words were read every way through a glued run, at every place the stem
    # occurred in it: "predoplat" x300 before " rub" took minutes
    "predoplat" * 300 + " rub",
    "cash" * 5_000 + " check",
    "forward" * 2_000 + " packages",
    "کد" * 5_000 + " به گوشی",
    "deposit " + "a" * 10_000 + " to activate",
])
def test_hostile_text_around_a_phrase_with_a_stem_or_a_gap_ends(text: str) -> None:
    assert assess(_p(text, company=None)).verdict in {"ok", "caution", "likely_scam", "insufficient_evidence"}


def test_a_phrase_with_a_stem_still_reads_its_word_and_gap() -> None:
    assert "предоплату 500 000 рублей" in _codes("Нужна предоплату 500 000 рублей." + FILLER).get("upfront_fee", "")


def test_free_mail_counts_only_with_another_signal() -> None:
    text = "Send your CV to jobs.hr2024@gmail.com." + FILLER
    assert "free_mail" in _codes(text, company=None)
    assert "free_mail" not in _codes(text, company="Acme Ltd")


@pytest.mark.parametrize("address", ["hr.jobs@chmail.ir", "ishga@rambler.ru", "kadr@mail.kz", "jobs@yahoo.co.uk",
                                     "hr@ymail.com"])
def test_free_mail_of_the_region_and_beyond(address: str) -> None:
    """Iran's own free mail (chmail.ir) and Russia's (rambler.ru) as well as gmail; a company's own domain is not."""
    from pipeline.legitimacy import rules

    assert rules.free_mail(address) and not rules.free_mail(address.split("@")[0] + "@acme.uz")


def _luhn_complete(prefix15: str) -> str:
    for d in "0123456789":
        if contacts.luhn_ok(prefix15 + d):
            return prefix15 + d
    raise AssertionError


@pytest.mark.parametrize("prefix,brand", [("860012345678901", "Uzcard"), ("986001234567890", "Humo"),
                                          ("603799123456789", "Shetab")])
def test_card_numbers_with_luhn(prefix: str, brand: str) -> None:
    number = _luhn_complete(prefix)
    spaced = " ".join(number[i:i + 4] for i in range(0, 16, 4))
    assert find_card_number(f"to'lov: {spaced}") == (spaced, brand)
    a = assess(_p(f"Ro'yxatdan o'tish: {spaced} kartaga o'tkazing." + FILLER))
    assert a.verdict == "likely_scam" and "card_number" in {r.code for r in a.reasons}
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert find_card_number(f"order {broken}") is None


def test_phone_numbers_and_ids_are_not_card_numbers() -> None:
    assert find_card_number("Aloqa: +998 90 000 45 67, ID 2024000100020003") is None


def test_pay_above_market_needs_store_context() -> None:
    context = Context(market_pay={("data_entry", "month", "USD"): 600.0})
    kw = dict(tags=["data_entry"], salary_max=5000.0, salary_period="month", salary_currency="USD",
              salary_raw="$5000 a month")
    assert _codes("Data entry from home." + FILLER, **kw) == {}
    a = assess(_p("Data entry from home." + FILLER, **kw), context)
    assert [(r.code, r.span) for r in a.reasons] == [("pay_above_market", "$5000 a month")]
    fair = dict(kw, salary_max=700.0)
    assert assess(_p("Data entry from home." + FILLER, **fair), context).reasons == []


def test_pay_in_som_with_no_period_is_compared_with_the_monthly_market() -> None:
    """An Uzbek post's "Maosh: 25 000 000 so'm" states no period; so'm salaries are monthly, so it meets the
    monthly market of data-entry gigs (about 4 million). Dollars with no period are not compared: a year or a month."""
    context = Context(market_pay={("data_entry", "month", "UZS"): 4_000_000.0, ("data_entry", "month", "USD"): 400.0})
    text = "Ma'lumot kiritish operatori kerak, masofaviy." + FILLER
    high = dict(tags=["data_entry"], salary_max=25_000_000.0, salary_currency="UZS", salary_raw="25 000 000 so'm")
    reasons = assess(_p(text, **high), context).reasons
    assert [(r.code, r.span) for r in reasons] == [("pay_above_market", "25 000 000 so'm")]
    assert "UZS/month" in reasons[0].text
    assert assess(_p(text, **dict(high, salary_max=6_000_000.0)), context).reasons == []
    dollars = dict(tags=["data_entry"], salary_max=3000.0, salary_currency="USD", salary_raw="3000$")
    assert assess(_p(text, **dollars), context).reasons == []


# Pay far above what work asking no experience pays, read anywhere in a post that says none is needed and asks for
# none (a fifteenth writer's posts, ``tests/data/legitimacy_phrasings_t``: the pay on one line, "no experience" on
# another, a rate per hour, day or week): a month's pay in so'm, roubles, toman or rial, or in dollars for remote
# work; a week's, a day's or an hour's against its share of that. A wage an entry job pays, a senior role's pay in a
# post that asks years of experience for it, and dollars for work abroad (paid as there) are not.
UNSKILLED_PAY = [
    ("uz-latn", "Oylik 20 mln somdan boshlanadi\nKuniga 2-3 soat\nSuhbatsiz qabul qilamiz, tajriba shart emas.",
     "Oylik 4 mln so'm\nKuniga 8 soat\nTajriba shart emas, o'qitamiz."),
    ("uz-latn-senior-beside", "Oyiga 15 000 000 so'm daromad!\nTajriba shart emas.",
     "Bosh buxgalter: oylik 20 mln so'm, kamida 5 yil tajriba.\nKassir: oylik 3 mln so'm, tajriba shart emas."),
    ("uz-latn-day", "Layk bosib pul ishlang.\nKuniga 600 ming so'm!\nTajriba kerak emas.",
     "Yuk tashish.\nKuniga 250 ming so'm naqd.\nTajriba kerak emas."),
    ("uz-latn-week", "Haftasiga 2 000 000 so'm.\nTajriba shart emas.",
     "Haftasiga 6 kun 5 mln so'm.\nTajriba shart emas."),  # (a week's days beside a month's pay)
    ("uz-cyrl-dollars", "Маълумотлар базаси оператори (масофавий)\nОйлик $1 500 дан $2 000 гача.\nТажриба шарт эмас.",
     "Маълумотлар базаси оператори (масофавий)\nОйлик $400.\nТажриба шарт эмас."),
    ("uz-latn-dollars-abroad", "Masofaviy operator.\nOylik $2 000 dan.\nTajriba talab qilinmaydi.",
     "Koreyada zavod ishi.\nOylik $2 000 dan.\nTajriba talab qilinmaydi."),
    ("uz-cyrl-month", "Кафолатланган даромад: ойига 12-18 млн сўм\n✔️ Тажриба керак эмас",
     "Ойлик 3 800 000 сўм\n✔️ Тажриба керак эмас"),
    ("ru-hour-dollars", "Оператор ввода данных (удалённо)\nОплата $40 в час.\nОпыт не требуется.",
     "Оператор ввода данных (удалённо)\nОплата $6 в час.\nОпыт не требуется."),
    ("ru-week", "💸 Доход от 4 000 000 сум в неделю!\n🙅 Без опыта и без собеседования",
     "Оплата 700 000 сум в неделю.\nБез опыта, научим."),
    ("ru-month", "До 30 000 000 сум в месяц, выплаты каждую неделю\nОпыт не нужен, всему научит куратор.",
     "Зарплата 15 000 000 сум, опыт работы от 3 лет.\nСтажёрам опыт не нужен."),
    ("ru-roubles-hour", "Работа из дома.\nОплата 3 000 ₽/час.\nОпыт не важен.",
     "Курьер.\nОплата 600 ₽/час.\nОпыт не важен."),
    ("fa-month", "درآمد تضمینی ماهانه ۳۵ میلیون تومان\nبدون نیاز به مهارت خاص",
     "حقوق ماهانه ۱۲ میلیون تومان\nبدون نیاز به مهارت خاص"),
    ("fa-day", "روزی تا 2 میلیون تومان فقط با گوشی\nسابقه نمی‌خواهد",
     "روزی ۵۰۰ هزار تومان\nسابقه نمی‌خواهد"),
    ("fa-hour", "ساعتی ۴۰۰ هزار تومان\nبدون سابقه", "روزی ۸ ساعت، ۱۲ میلیون تومان\nبدون سابقه"),
    ("fa-rial", "حقوق ماهانه ۴۰۰ میلیون ریال\nسابقه کار لازم نیست",
     "حقوق ماهانه ۱۲۰ میلیون ریال\nسابقه کار لازم نیست"),
    ("fa-senior-beside", "حقوق ۴۵ میلیون تومان در ماه\nسابقه کار لازم نیست",
     "حسابدار ارشد: حقوق ۴۵ میلیون تومان، حداقل ۸ سال سابقه.\nکارآموز: بدون نیاز به سابقه."),
    # an age asked is no experience asked (a twenty-second writer's "حداقل ۱۸ سال سن" over «بدون نیاز به سابقه»)
    ("fa-an-age-asked", "- حقوق ماهانه ۶۰ تا ۹۰ میلیون تومان\n- بیمه، ساعت کاری منعطف، محیط دوستانه و پاداش "
     "فصلی برای همه همکاران\n- حداقل ۱۸ سال سن\n- بدون نیاز به سابقه کار",
     "- حقوق ماهانه ۶۰ تا ۹۰ میلیون تومان\n- بیمه، ساعت کاری منعطف، محیط دوستانه و پاداش فصلی برای همه همکاران\n"
     "- حداقل ۲ سال سابقه\n- کارآموزان: بدون نیاز به سابقه کار"),
    ("ru-an-age-asked-in-english", "- Доход 30 000 000 сум в месяц\n- Гибкий график, обучение, дружная команда и "
     "бонусы каждый квартал\n- Must be at least 18 years old\n- Опыт не нужен", "- Доход 30 000 000 сум в месяц\n"
     "- Гибкий график, обучение, дружная команда и бонусы каждый квартал\n- At least 3 years in bookkeeping\n- "
     "Стажёрам опыт не нужен"),
    # … nor is experience said unneeded first in a list its negation closes
    ("uz-latn-no-experience-in-a-list", "- tajriba, diplom yoki maxsus ko'nikma shart emas\n- oylik 12 000 000 – "
     "18 000 000 so'm", "- kamida 3 yil tajriba, diplom shart\n- oylik 12 000 000 – 18 000 000 so'm"),
    ("uz-cyrl-no-experience-in-a-list", "- тажриба, диплом ёки махсус кўникма шарт эмас\n- ойлик 12 000 000 – "
     "18 000 000 сўм", "- тажриба, диплом ёки махсус кўникма шарт эмас\n- ойлик 3 000 000 сўм"),
    ("ru-no-experience-in-a-list", "- опыт работы и диплом не требуются\n- доход 30 000 000 сум в месяц",
     "- опыт работы и диплом не требуются\n- доход 3 000 000 сум в месяц"),
    ("fa-no-experience-in-a-list", "- سابقه، مدرک یا مهارت خاصی لازم نیست\n- حقوق ماهانه ۶۰ میلیون تومان",
     "- سابقه، مدرک یا مهارت خاصی لازم نیست\n- حقوق ماهانه ۱۲ میلیون تومان"),
]


@pytest.mark.parametrize("lang,positive,negative", UNSKILLED_PAY, ids=[c[0] for c in UNSKILLED_PAY])
def test_pay_far_above_what_work_asking_no_experience_pays(lang: str, positive: str, negative: str) -> None:
    hit = _codes(positive)  # (no filler: its "Remote" would make work abroad remote)
    assert "pay_above_market" in hit and hit["pay_above_market"].strip(), (lang, hit)
    assert "pay_above_market" not in _codes(negative), lang


def test_pay_far_above_for_no_experience_counts_beside_a_promise_of_easy_money() -> None:
    """Two signs, each its own reason: a promise ("kafolatlangan daromad": the income is certain) and an amount far
    above what the work pays; with no other sign, not hidden."""
    a = assess(_p("Kafolatlangan daromad: oyiga 15 mln so'm.\nTajriba shart emas." + FILLER))
    assert {r.code for r in a.reasons} == {"pay_bait", "pay_above_market"}
    assert a.verdict == "caution"


# A negation spent on its own phrase: "no experience needed" or "no interview" says nothing of the promise or the
# pressure after it ("Опыт не нужен, гарантированный доход", "Без опыта и без собеседования", "بدون سابقه، درآمد
# تضمینی": each had been read as negated by the "не", "без" or "بدون" of the phrase before it). A negation of the
# promise's own still negates it.
SPENT_NEGATIONS = [
    ("pay_bait", "uz-latn", "Hech qanday tajriba talab qilinmaydi, kafolatlangan daromad har oy.",
     "Hech qanday tajriba talab qilinmaydi, hech qanday kafolatlangan daromad va'da qilmaymiz."),
    ("pay_bait", "uz-cyrl", "Ҳеч қандай тажриба талаб қилинмайди, кафолатланган даромад ҳар ой.",
     "Ҳеч қандай тажриба талаб қилинмайди, ҳеч қандай кафолатланган даромад ваъда қилмаймиз."),
    ("pay_bait", "ru", "Опыт не нужен, гарантированный доход каждую неделю.",
     "Опыт не нужен, но никакого гарантированного дохода: только процент с продаж."),
    ("pay_bait", "fa", "تایپ در منزل، بدون سابقه، درآمد تضمینی ماهانه.",
     "بدون سابقه، اما هیچ درآمد تضمینی وعده نمی‌دهیم."),
    ("urgency", "ru", "Без опыта и без собеседования, выход завтра.",
     "Без опыта, но не без собеседования: приходите в офис."),
    ("urgency", "uz-latn", "Hech qanday tajriba kerak emas, suhbatsiz qabul qilamiz.",
     "Tajriba shart emas, lekin suhbatsiz qabul qilmaymiz."),
    ("urgency", "fa", "بدون سابقه و بدون مصاحبه، شروع از همین امروز.",
     "بدون سابقه، ولی هرگز بدون مصاحبه استخدام نمی‌کنیم."),
]


@pytest.mark.parametrize("code,lang,positive,negative", SPENT_NEGATIONS, ids=[f"{c[0]}-{c[1]}" for c in SPENT_NEGATIONS])
def test_a_negation_spent_on_no_experience_leaves_the_promise_after_it(code: str, lang: str, positive: str,
                                                                        negative: str) -> None:
    assert code in _codes(positive + FILLER), lang
    assert code not in _codes(negative + FILLER), lang


def test_same_text_under_many_company_names() -> None:
    text = "Virtual assistant needed for email and calendar work." + FILLER
    assert "same_text_many_companies" in {r.code for r in assess(_p(text), Context(same_text_companies=4)).reasons}
    assert assess(_p(text), Context(same_text_companies=1)).reasons == []


@pytest.mark.parametrize("text", [
    "call +998 90 123 45 67 today", "tel: (90) 123-45-67", "ring 1234567", "id 12345678901", "year 2014 2015",
    "tel 0912 123 4567", "021-88888888", "id 0123456789012345",
    "see https://acme.example/jobs", "www.acme.uz", "acme.com/careers", "acme.company", "mail hr@acme.com only",
    "visit -.com", "t.me/acme_jobs", "no contact at all", "pay 123 45 67x",
])
def test_verifiable_contact_prefilters_change_nothing(text: str) -> None:
    """The cheap necessary-part checks in front of the website/phone patterns give the unfiltered answer."""
    from pipeline.legitimacy import rules
    folded = fold(text)
    plain = contacts._EMAIL.sub(" ", folded) if "@" in folded else folded
    assert rules.has_verifiable_contact(folded) == bool(contacts._WEBSITE.search(plain)
                                                        or contacts._PHONE.search(plain))


def test_websites_and_emails_found_from_their_tld_and_at_sign_are_the_regexes_own() -> None:
    """``has_website`` and ``without_emails`` give what ``_WEBSITE.search`` and ``_EMAIL.sub`` give, on every
    text of 40,000 random ones built of the pieces those patterns turn on."""
    import random

    pieces = ["a", ".", "com", "co", "-", " ", "_", "ж", "1", "http://", "www.", "t.me", "/", "@", "+", ".uz", "m"]
    rng = random.Random(7)
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert contacts.has_website(text) == bool(contacts._WEBSITE.search(text)), text
        assert without_emails(text) == contacts._EMAIL.sub(" ", text), text


@pytest.mark.parametrize("text", [
    "a" * 100_000 + "@",  # the e-mail pattern read the word to its end from each of its letters: 49 s
    "a-" * 50_000 + " .com",  # the website pattern read the run from each of its word boundaries: 11 s
    "1-" * 50_000 + " http",
    ("a" * 3_000 + "@") * 30 + " http://x.com",
])
def test_hostile_text_around_a_contact_ends(text: str) -> None:
    from pipeline.legitimacy import rules
    assert rules.has_verifiable_contact(text) == ("http://x.com" in text)
    assert assess(_p("Only Telegram: contact @quickjobs_hr. " + text, company=None)).verdict in {"ok", "caution", "likely_scam"}


@pytest.mark.parametrize("text", FAST_PATH_TEXTS)
def test_the_digit_layout_finds_what_the_plain_regexes_find(text: str) -> None:
    """The digit-layout fast path changes nothing (the text helpers' fast paths: ``test_legitimacy_text.py``)."""
    import re

    shape = digit_shape(text)
    if shape is not None:
        assert bool(contacts._PHONE_TAIL_SHAPE.search(shape)) == bool(contacts._PHONE_TAIL.search(text))
        assert shape.count("0000") == len(re.findall(r"\d{4}", text))


# The real postings of the samples that are scams, and the hard rule that says so
SAMPLE_SCAMS = {
    # Jobinja, "Senior Python Developer": "Track B: US Market Collaboration (Proxy Policy) … This position operates
    # under a proxy structure to comply with US market and sanction restrictions. You will be assigned a specific
    # profile identity to utilize across all client channels"
    "jobinja:tatH": "identity_proxy",
    # Jobinja, "Machine Learning Engineer" (another employer): "This position follows a proxy participation framework
    # due to EU market compliance requirements and international restrictions. You will attend client interviews
    # using a provided real identity profile to secure a job opportunity."
    "jobinja:t4vw": "identity_proxy",
}


def _sample_postings() -> dict[str, tuple[str, str]]:
    """Every posting of the six sampled sources (hh.ru/hh.uz in Russian, Jobinja in Persian and English, four
    English boards), as the tags dev set and annotator B's file hold them: id → (title, description)."""
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data"
    out: dict[str, tuple[str, str]] = {}
    for name in ("tags_dev.jsonl", "tags_annotator_b.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            title, _, body = row["text"].partition("\n")
            out.setdefault(row["id"], (title, body))
    return out


def test_no_hard_rule_fires_on_the_real_postings_of_the_samples_but_their_scams() -> None:
    """Real employers, but for two ads that hire developers to work for foreign clients under an identity they
    assign (``SAMPLE_SCAMS``)."""
    postings = _sample_postings()
    fired = [(pid, r.code) for pid, (title, body) in postings.items()
             for r in assess(PostingItem(source="t", source_id=pid, title=title, company="X", description=body)).reasons
             if r.code in HARD]
    assert len(postings) > 1200
    assert sorted(fired) == sorted(SAMPLE_SCAMS.items())


def test_the_proxy_identity_ad_shows_its_own_words() -> None:
    title, body = _sample_postings()["jobinja:tatH"]
    a = assess(PostingItem(source="jobinja", source_id="tatH", title=title, company="Primecore Solutions",
                           description=body))
    assert a.verdict == "likely_scam"
    assert [(r.code, r.span) for r in a.reasons if r.code in HARD] == [("identity_proxy", "under a proxy structure")]


@pytest.mark.parametrize("text", [
    "We verify your identity during onboarding with a background check.",
    "Identity and access management engineer: tickets assigned to identity team, SSO and MFA rollout.",
    "Graphic designer for our brand identity and social media templates.",
    "Ghostwriter: articles are published under our client's name.",
    "Set up a proxy server and VPN for the office network.",
    "Клиент-менеджер: верификация аккаунтов клиентов и ответы в чате.",
    "Help our users recover access to their LinkedIn account.",
    "Azure engineer: grant the system-assigned managed identity access; you will be assigned a managed identity.",
    "You will be provided with a corporate identity badge and a laptop.",
    "We would like to use your name and photo on our team page.",
    "Sign in with your SSO: use your identity provider credentials.",
    "Configure identity profiles in SailPoint IdentityNow and map the provided identity sources.",
    "UX researcher: conduct user interviews using our identity verification prototype.",
    "Set up the proxy for interview recordings and participation tracking.",
    "Real estate assistant: list apartments for rent on your agent profile.",
    "Специалист по верификации аккаунтов (KYC).",
    "Трудоустройство по ТК, на ваши документы оформим пропуск.",
    "طراح گرافیک برای هویت برند در بازارهای خارجی.",
    "مدیریت اکانت اینستاگرام املاک اجاره و فروش.",
    "Instagram akkauntini yuritish va uylarni ijaraga berish e'lonlari.",
    "Дропшиппинг-магазин: обработка заказов и переписка с поставщиками.",
    "List our eye droppers and dropper bottles on Amazon and Etsy.",
])
def test_identity_and_drop_words_of_ordinary_jobs_are_not_a_scam(text: str) -> None:
    assert not {"identity_proxy", "money_mule"} & set(_codes(text + FILLER))


@pytest.mark.parametrize("text", [
    "Hujjatlar: pasport nusxasi, diplom nusxasi.",
    "Ҳужжатлар: паспорт нусхаси, диплом нусхаси.",
    "Необходимые документы: паспорт, копия паспорта, СНИЛС.",
    "مدارک لازم: تصویر کارت ملی و شناسنامه.",
    "Required documents: a copy of your passport and your diploma.",
])
def test_a_list_of_the_documents_hiring_needs_is_not_an_id_request(text: str) -> None:
    assert "asks_id_document" not in _codes(text + FILLER)
    assert "asks_id_document" in _codes(text.split(":", 1)[1] + " Send it on Telegram." + FILLER)


def test_a_daily_wage_is_not_pay_bait_but_daily_income_up_to_is() -> None:
    assert "pay_bait" not in _codes("Ish haqi kuniga 150 000 so'm. Ish vaqti 9:00-18:00." + FILLER)
    assert "pay_bait" in _codes("Kuniga 500 000 so'mgacha daromad. Ish vaqti erkin." + FILLER)
    assert "pay_bait" not in _codes("Выплаты каждый день, в день от 3000 руб." + FILLER)
    assert "pay_bait" in _codes("Заработок от 5000 рублей в день без опыта." + FILLER)


def test_a_phone_number_is_another_way_to_check_so_messaging_does_not_count() -> None:
    text = "Shoshiling, joylar soni cheklangan! Murojaat: @hr_market"
    assert "messaging_only" in _codes(text + FILLER, company=None)
    assert "messaging_only" not in _codes(text + ", +998 90 123 45 67" + FILLER, company=None)


@pytest.mark.parametrize("phone", ["۰۹۱۲۱۲۳۴۵۶۷", "0912 123 4567", "0912-123-4567", "09121234567", "۰۲۱-۸۸۸۸۸۸۸۸",
                                   "021 8888 8888", "+98 912 123 4567"])
def test_an_iranian_phone_number_as_iran_writes_it_is_a_way_to_check(phone: str) -> None:
    """A mobile or Tehran number dialled with its trunk 0, in fours, in Persian or ASCII digits: a phone to call, so
    a Persian post that also gives a Telegram id is not "contact only through a messaging app"."""
    text = "استخدام اپراتور تایپ دورکاری. ارتباط در تلگرام: @typist_hr"
    assert {"messaging_only", "no_company"} <= _codes(text + FILLER, company=None).keys()
    codes = _codes(f"{text} یا تماس: {phone}" + FILLER, company=None)
    assert "messaging_only" not in codes and "no_company" not in codes


@pytest.mark.parametrize("text", [
    "Kuniga 500 000 so'm daromad, tajriba shart emas.",
    "Кунига 500 000 сўм даромад, тажриба шарт эмас.",
    "Kunlik daromad 300 000 so'm, hech qanday tajriba kerak emas.",
    "Guaranteed income of $300 per day, experience is not required.",
    "درآمد تضمینی روزانه، سابقه کار نیاز نیست.",
], ids=["uz-latn", "uz-cyrl", "uz-latn-hech", "en", "fa"])
def test_a_negation_in_the_next_clause_belongs_to_that_clause(text: str) -> None:
    """The "…, tajriba shart emas" (no experience needed) is the classic second half of the bait, not a negation of
    it; a warning after the comma still is one ("if they ask you to pay …, it is a scam", in the cases above)."""
    assert "pay_bait" in _codes(text + FILLER)


def test_a_negation_in_the_same_clause_still_negates() -> None:
    assert "pay_bait" not in _codes("Kafolatlangan daromad emas, ish haqi tajribaga qarab." + FILLER)
    assert "upfront_fee" not in _codes("A registration fee is not required, ever." + FILLER)
    assert "upfront_fee" not in _codes("To'lov talab qilinmaydi, ish bepul." + FILLER)
    assert "upfront_fee" not in _codes("Регистрационный взнос не нужен." + FILLER)


# A Telegram post's lines are its sentences: "No experience" on one line is the lure, not a negation of the fee
# asked on the next (each was ``ok`` while the text was read as one line). With each, the same post negating on the
# fee's own line.
LINES = [
    ("fa", "استخدام منشی\nبدون سابقه\nبرای ثبت نام ۲۰۰ هزار تومان واریز کنید",
     "استخدام منشی\nبدون سابقه\nهزینه ثبت نام رایگان است"),
    ("fa-no-need", "استخدام منشی\nبدون نیاز به سابقه\nبرای ثبت نام ۲۰۰ هزار تومان واریز کنید",
     "استخدام منشی\nبدون نیاز به سابقه\nبدون هزینه ثبت نام"),
    ("en", "Secretary wanted\nNo experience\nPay a registration fee of 20 USD to start",
     "Secretary wanted\nNo experience\nNo registration fee: training is free"),
    ("ru", "Без опыта\nДля регистрации оплатите 50 000 сум", "Без опыта\nРегистрационный взнос не нужен"),
    ("uz-latn", "Hech qanday tajriba shart emas\nRo'yxatdan o'tish uchun 50 000 so'm to'lang",
     "Hech qanday tajriba shart emas\nRo'yxatdan o'tish uchun hech qanday to'lov yo'q"),
    ("uz-cyrl", "Ҳеч қандай тажриба шарт эмас\nРўйхатдан ўтиш учун 50 000 сўм тўланг",
     "Ҳеч қандай тажриба шарт эмас\nРўйхатдан ўтиш учун ҳеч қандай тўлов йўқ"),
    ("uz-russian-keyboard", "Хеч кандай тажриба шарт эмас\nРуйхатдан утиш учун 50 000 сум туланг",
     "Хеч кандай тажриба шарт эмас\nРуйхатдан утиш учун хеч кандай тулов йук"),
    # … nor the line after it ("Бесплатное обучение": the training is free, the registration is not)
    ("ru-next-line", "Для регистрации оплатите 50 000 сум\nБесплатное обучение",
     "Без опыта\nМы никогда не просим оплатить 50 000 сум за регистрацию"),
    # a Persian semicolon or question mark ends a sentence as a Latin one does
    ("fa-semicolon", "بدون سابقه؛ برای ثبت نام ۲۰۰ هزار تومان واریز کنید",
     "بدون سابقه؛ ثبت نام رایگان است و هیچ هزینه ثبت نام دریافت نمی‌شود"),
    # HTML: a paragraph's or a list item's end is a line; a line break in its source is a space
    ("html", "<p>No experience</p><p>Pay a registration fee of 20 USD to start</p>",
     "<p>No experience needed. We will never ask you\nfor a registration fee.</p>"),
    ("html-list", "<ul><li>No experience</li><li>Pay a registration fee of 20 USD to start</li></ul>",
     "<ul><li>No experience</li><li>No registration fee,\nno deposit</li></ul>"),
]


@pytest.mark.parametrize("lang,positive,negative", LINES, ids=[c[0] for c in LINES])
def test_a_negation_on_another_line_does_not_cancel_a_match(lang: str, positive: str, negative: str) -> None:
    a = assess(_p(positive + FILLER, company=None))
    assert a.verdict == "likely_scam" and "upfront_fee" in {r.code for r in a.reasons}, (lang, a)
    assert not set(_codes(negative + FILLER, company=None)) & HARD, lang


@pytest.mark.parametrize("text", ["We will never ask you\nfor a registration fee or your card number.",
                                  "Мы никогда не попросим вас\nоплатить регистрацию или назвать номер карты.",
                                  "Ish boshlash uchun hech qachon\nro'yxatdan o'tish to'lovi so'ramaymiz."],
                         ids=["en", "ru", "uz"])
def test_a_sentence_wrapped_onto_the_next_line_is_still_one_sentence(text: str) -> None:
    """A line that goes on in lower case after a lower-case word is the same sentence, wrapped: its negation holds
    (a plain-text board posting hard-wrapped at 72 columns)."""
    assert not set(_codes(text + FILLER)) & HARD


@pytest.mark.parametrize("text", ["Talablar:\n- pasport nusxasi\n- diplom nusxasi",
                                  "Необходимые документы:\n- копия паспорта\n- диплом",
                                  "مدارک لازم:\nکپی کارت ملی\nعکس ۳ در ۴"], ids=["uz", "ru", "fa"])
def test_a_heading_still_introduces_the_lines_under_it(text: str) -> None:
    """What a match is said beside (``reading.said_too``: paperwork, pay going to the worker's card, a duty) is read
    across lines: a list of documents to bring under its heading is paperwork, line by line."""
    assert not set(_codes(text + FILLER)) & HARD


def test_a_negated_line_is_cut_from_the_text_model_as_before() -> None:
    """The text model reads no line breaks (EMSCAD's fraud rows kept theirs, its legitimate rows lost them), and the
    disclaimers cut from its input are those of the text read as one line, as it was trained: a post reads the same
    to it with its lines or without them."""
    from pipeline.legitimacy import assess_parts

    for text in ("Secretary wanted\nNo experience\nPay a registration fee of 20 USD to start", "Без опыта\nДля "
                 "регистрации оплатите 50 000 сум\nBeware of scams: we never ask for your card number."):
        with_lines = assess_parts(_p(text + FILLER))
        one_line = assess_parts(_p(text.replace("\n", " ") + FILLER))
        assert with_lines.model_text == one_line.model_text and "\n" not in with_lines.model_text
        assert with_lines.model_logit == one_line.model_logit
    assert "registration fee" not in assess_parts(_p(LINES[2][1] + FILLER)).model_text


def test_financial_freedom_is_bait_when_promised_not_in_a_fintech_mission() -> None:
    """Real board and Jobinja postings: "Our mission at Plaid is to unlock financial freedom for everyone",
    "SnappPay's mission is to bring financial freedom to all Iranians"."""
    assert "pay_bait" in _codes("Join our team today to gain financial freedom and work from home." + FILLER)
    assert "pay_bait" in _codes("Achieve your financial freedom in 30 days." + FILLER)
    assert "pay_bait" not in _codes("Our mission at Plaid is to unlock financial freedom for everyone." + FILLER)
    assert "pay_bait" not in _codes("SnappPay's mission is to bring financial freedom to all Iranians." + FILLER)


def test_a_persian_ezafe_is_dropped_only_where_it_is_written_apart() -> None:
    """"هزینه‌ی آموزش" and "هزینه ی آموزش" are read as "هزینه آموزش"; a yeh glued to its heh is part of the word."""
    from pipeline.legitimacy.text import folded

    assert folded("هزینه‌ی آموزش") == folded("هزینه ی آموزش") == folded("هزینهٔ آموزش") == "هزینه آموزش"
    assert folded("هزينه‌ي ثبت‌نام") == folded("هزینه ثبت‌نام")
    assert folded("راهی ماهی آگاهی") == "راهی ماهی آگاهی"
    assert folded("هیچ هزینه‌ای ندارد") == "هیچ هزینهای ندارد"  # the indefinite "‌ای" stays


def test_informal_uzbek_o_and_g_are_read_only_in_uzbek() -> None:
    from pipeline.legitimacy.text import folded

    assert folded("Ish: 100 000 sóm tólov, Ǵarb filiali") == "ish: 100 000 so'm to'lov, g'arb filiali"
    assert folded("Escritórios em Florianópolis, negócio em crescimento.") == \
        "escritórios em florianópolis, negócio em crescimento."


REVIEWED_POST = ("Operator kerak\nMijozlar qo'ng'iroqlariga javob berish. Ishga kirish uchun {fee}\n"
                 "Aloqa: +998 90 111 22 33")


@pytest.mark.parametrize("fee", ["oldindan 100 000 so'm to'lov qilasiz.", "oldindan 100 000 som tolov qilasiz."])
def test_an_uzbek_fee_typed_without_apostrophes_is_a_fee(fee: str) -> None:
    """An Uzbek-speaking reviewer's post: typed on a phone without the apostrophes of oʻ and gʻ ("som tolov"), the
    fee had been read as no fee at all (ok, 99)."""
    a = assess(_p(REVIEWED_POST.format(fee=fee), company="Nur LLC"))
    assert a.verdict == "likely_scam"
    assert {r.code: r.span for r in a.reasons}["upfront_fee"] == "Ishga kirish uchun " + fee[:-len(" qilasiz.")]


def test_a_fuller_scam_post_typed_without_apostrophes_keeps_its_fee() -> None:
    codes = _codes("Uyda otirib ishlash!\nOyiga 10 mln somgacha, tajriba shart emas!\nRoyxatdan otish uchun "
                   "50 000 som tolov qiling.\nYozing: @rahbar_ish", company=None)
    assert codes["upfront_fee"] == "Royxatdan otish uchun 50 000 som tolov"
    assert codes["pay_above_market"] == "10 mln somgacha, tajriba shart emas"  # high pay beside "no experience"


@pytest.mark.parametrize("text", [
    "Ish haqi karta raqamingizga otkaziladi.",
    "Pasport nusxasini kadrlar bolimiga topshirasiz.",
    "Pasport nusxasini ozingiz bilan olib kelasiz.",
    "Ehtiyot boling, firma nomidan karta raqamingizni sorashadi.",
])
def test_an_exception_typed_without_apostrophes_still_holds(text: str) -> None:
    """Pay going to the seeker's card, a passport copy for HR or brought along, a warning: the phrases "karta raqam*"
    and "pasport nusxa*" need no apostrophe, so the exceptions beside them are read without theirs too
    ("otkaziladi" for "o'tkaziladi", "bolimiga", "ozingiz", "ehtiyot boling"). Each was likely_scam."""
    assert not set(_codes(text + FILLER)) & HARD


@pytest.mark.parametrize("title,text", [
    ("Assistant", "Fish counter assistant: you will clean som, carp and pike. Salary 3 000 000 som a month, "
     "registration free."),
    ("Assistant", "Tolov & Partners, an accounting firm in Bishkek, is hiring. Deposit of 1 000 som for the locker "
     "key is refunded."),
    ("Ish", "В рыбный цех нужен разделщик: сом, судак, карп. Оплата 40 000 сом в месяц, депозит 1 000 сом за ключи."),
])
def test_som_in_a_text_that_is_not_uzbek_is_read_as_it_is(title: str, text: str) -> None:
    """"som" is money in Kyrgyzstan and a fish in Russian: a text with no more everyday Uzbek words than Russian
    ones (an Uzbek title "Ish" over a Russian post) is not read without apostrophes, where "depozit ~ so'm*"
    would take "депозит 1 000 сом за ключи" for a fee."""
    from pipeline.legitimacy.text import posting_text_folded

    posting = PostingItem(source="t", source_id="1", title=title, company="Acme Ltd", description=text)
    assert not rules.may_be_uzbek_without_apostrophes(rules.Words(posting_text_folded(posting)[1]))
    assert assess(posting).verdict == "ok"


def test_uzbek_written_with_its_apostrophes_is_not_read_again() -> None:
    from pipeline.legitimacy.text import folded

    words = rules.Words(folded("Ro'yxatdan o'tish uchun 50 000 so'm to'lov qilasiz."))
    assert not rules.may_be_uzbek_without_apostrophes(words)
    assert rules.may_be_uzbek_without_apostrophes(rules.Words(folded("Royxatdan otish uchun 50 000 som tolov.")))


@pytest.mark.parametrize("text", [
    "Кассир: приём оплаты картой, работа с кассой, зарплата 5 000 000 сум.",
    "Оператор call-центра: консультации клиентов, курс обучения бесплатный, оклад 4 000 000 сум.",
    "Хорошие условия, оформление по ТК, карта сотрудника, депозит не нужен.",
    "Курьер: доставка посылок со склада, оплата 150 000 сум в день.",
])
def test_russian_read_on_the_merged_form_fires_no_uzbek_phrase(text: str) -> None:
    """Russian text is Cyrillic too, so it is read again on the merged form; only the Latin (Uzbek and English)
    phrases read it there, and none of these ordinary lines is a scam."""
    assert not set(_codes(text + FILLER)) & HARD


def test_money_sent_on_in_a_mule_sentence_is_no_fee() -> None:
    """The cheque scheme's "send the money via Western Union" is the mule's forwarding; a fee sent the same way, in
    its own sentence, is still a fee."""
    codes = _codes("You will receive checks from our clients, deposit them into your account and send the money via "
                   "Western Union to our suppliers." + FILLER)
    assert "money_mule" in codes and "upfront_fee" not in codes
    codes = _codes("Send the registration fee via Western Union. You will then deposit checks into your account." + FILLER)
    assert {"money_mule", "upfront_fee"} <= codes.keys()


@pytest.mark.parametrize("text", [
    "Ищем ассистента. Резюме присылайте в Telegram @hr_anna или на почту anna.hr@gmail.com",
    "Operator kerak. Rezyume: Telegram @hr_anna yoki anna.hr@gmail.com",
    "استخدام منشی. ارسال رزومه در تلگرام @hr_anna یا ایمیل anna.hr@gmail.com",
], ids=["ru", "uz-latn", "fa"])
def test_how_to_reach_the_employer_alone_is_a_caution_at_most(text: str) -> None:
    """Messaging-only contact, free mail and no company each count only beside another signal, and they are one
    another's: alone they had scored 45 points and hidden the post (52); now a caution, and with another signal
    (pressure to hurry) hidden as before."""
    a = assess(PostingItem(source="t", source_id="1", title=None, company=None, description=text))
    assert {r.code for r in a.reasons} == {"messaging_only", "free_mail", "no_company"}
    assert a.verdict == "caution", (a.verdict, a.score)
    urgent = {"ru": "Осталось 3 места! ", "uz": "Faqat bugun! ", "fa": "ظرفیت محدود! "}
    lang = "ru" if "Ищем" in text else "uz" if "Operator" in text else "fa"
    a = assess(PostingItem(source="t", source_id="1", title=None, company=None, description=urgent[lang] + text))
    assert a.verdict == "likely_scam", (a.verdict, a.score, a.reasons)


def test_no_experience_is_looked_for_around_its_stems_as_the_whole_pattern_finds_it() -> None:
    """``pay_rate._no_experience`` searches windows around each stem; on every real posting here, and on phrases at a
    text's edges, it finds what the pattern over the whole text finds."""
    import json
    from pathlib import Path

    from pipeline.legitimacy.text import folded

    texts = [json.loads(line)["text"] for line in
             (Path(__file__).resolve().parents[1] / "data" / "tags_dev.jsonl").open(encoding="utf-8")]
    texts += ["tajribasiz", "Опыт не нужен", "x " * 80 + "без опыта, доход 10 млн сум", "بدون نیاز به سابقه",
              "hech qanday tajriba talab qilinmaydi. " * 3, "опытный специалист, опыт работы не требуется"]
    for t in texts:
        f = folded(t)
        assert [m.span() for m in pay_rate._no_experience(f)] == [
            m.span() for m in soft_signals.NO_EXPERIENCE.finditer(f)]


# A seventh writer's posts (tests/data/legitimacy_phrasings_g): a "staff wanted" title is the seeker, not whose papers
# or payments a duty handles (each fee was ``ok``: the staff word on the title made it a duty); an accountant's heading
# and an HR duty's own line still are.
@pytest.mark.parametrize("title", ["Требуются сотрудники", "Сотрудники", "Требуется персонал", "Xodim kerak",
                                   "Xodimlar kerak", "Ходимлар керак", "Vakansiya: xodim", "Staff", "Staff wanted",
                                   "Employees wanted", "استخدام پرسنل"])
@pytest.mark.parametrize("fee", ["Для начала работы оплатите регистрацию 50 000 сум.",
                                 "Ishni boshlash uchun oldindan 100 000 so'm to'lov qilasiz.",
                                 "هزینه ثبت نام ۲۰۰ هزار تومان"], ids=["ru", "uz", "fa"])
def test_a_staff_wanted_title_does_not_make_the_fee_a_duty(title: str, fee: str) -> None:
    p = PostingItem(source="t", source_id="1", title=title, description=f"{title}\n{fee}\nTel: +998 90 111 22 33")
    assert "upfront_fee" in {r.code for r in assess(p).reasons}


@pytest.mark.parametrize("title,text", [
    ("Kadrlar bo'limi xodimi", "Xodimlarning pasport nusxalarini va karta raqamlarini yig'ish."),
    ("Сотрудник отдела кадров", "Сбор копий паспортов сотрудников и реквизитов карт для зарплаты."),
    ("Бухгалтер", "Предоплата по договорам, платежи поставщикам."),
    ("Staff accountant", "Process staff expense claims and prepayments to vendors."),
])
def test_a_duty_under_a_staff_or_accountant_title_is_still_a_duty(title: str, text: str) -> None:
    p = PostingItem(source="t", source_id="1", title=title, company="Acme Ltd", description=f"{title}\n{text}")
    assert not any(r.code in HARD for r in assess(p).reasons)


@pytest.mark.parametrize("text", [
    "O'quv markazimizga ingliz tili o'qituvchisi kerak. Kurslarimiz: IELTS, General English. Maosh 6 mln so'm.",
    "Учебный центр ищет преподавателя английского. Для сотрудников обучение бесплатное, зарплата 6 000 000 сум.",
    "Free training course for new staff, paid from the first day.",
    "Kurs bepul, kursni tugatganlar ishga olinadi.",
])
def test_a_training_centre_or_a_free_course_is_no_fee(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


def test_money_passed_on_to_numbers_we_give_is_forwarding_not_a_fee() -> None:
    hit = _codes("واریزی هایی که به حسابتون میاد رو کارت به کارت کنید به شماره هایی که بهتون میدیم.")
    assert "money_mule" in hit and "upfront_fee" not in hit, hit


def test_a_payment_processing_title_alone_is_not_money_forwarding() -> None:
    title = "Payment processing agent"
    honest = PostingItem(source="t", source_id="1", title=title, description=(
        f"{title}\nProcess vendor invoices in SAP, match POs, prepare weekly payment runs for approval.\n"
        "Full-time, Tashkent office. Apply: careers.kapitalbank.uz"))
    assert assess(honest).verdict == "ok"
    mule = PostingItem(source="t", source_id="1", title=title, description=(
        f"{title} wanted (work from home).\nUse your personal bank account to receive customer payments and forward "
        "them to our suppliers via Western Union."))
    assert "money_mule" in {r.code for r in assess(mule).reasons}


@pytest.mark.parametrize("text", [
    "Before you begin, you need to buy our training course for $49.",
    "To join our team, you must first complete our paid certification course ($99). After the course you will be "
    "assigned to clients.",
    "Install our app and buy the $30 starter membership to unlock tasks.",
    "پیش از شروع کار باید دوره آموزشی ما را به مبلغ ۵۰۰ هزار تومان خریداری کنید.",
    "برای دریافت پروژه‌ها اپلیکیشن را نصب و اشتراک ۲۰۰ هزار تومانی بخرید.",
    "Для начала работы внесите 200 000 сум. Зарплата 4 000 000 сум в месяц.",
    "Перед началом работы вы оплачиваете обучение.",
    "Ishni boshlashdan oldin treningni to'laysiz.",
    "Ilovani o'rnating va 100 000 so'mlik obunani sotib oling, shunda buyurtmalar ochiladi.",
])
def test_a_course_membership_or_app_to_buy_before_work_is_a_fee(text: str) -> None:
    """A course, certification, membership or app subscription bought as the way into the work, an amount paid in
    ("внесите 200 000 сум") and a training the seeker pays for said as a fact, as "купите наш курс" already was."""
    a = assess(_p(text))
    assert a.verdict == "likely_scam" and "upfront_fee" in {r.code for r in a.reasons}, a.reasons


@pytest.mark.parametrize("text", [
    "We pay for your certification course.",
    "Company covers the $99 certification.",
    "You don't need to buy any course.",
    "Students must buy the course book before the first lesson.",
    "Our customers must buy a subscription to unlock premium features; you answer their questions.",
    "English teacher wanted at our learning centre. Students buy our IELTS course for $49 a month; you teach two "
    "groups.",
    "پرداخت هزینه دوره آموزشی توسط شرکت",
    "شرکت هزینه دوره آموزشی را پرداخت می‌کند.",
    "آموزشگاه زبان برای تدریس دوره‌های آیلتس مدرس استخدام می‌کند. هنرجویان دوره را از سایت خریداری می‌کنند.",
    "Внесите свои данные в анкету.",
    "Мы оплачиваем обучение.",
    "Вы не оплачиваете обучение.",
    # a home worker's own costs are no fee to the employer
    "Вы оплачиваете только интернет дома.",
    "Кассир: внесите 200 000 сум в кассу в конце смены.",
    "Treningni kompaniya o'zi to'laydi.",
    "Mijozlarga obuna sotib olishda yordam berish.",
])
def test_a_course_the_employer_pays_or_the_seekers_own_costs_are_no_fee(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


# An honest office job that takes the bank account for the salary once the seeker is hired, however the post says
# "once hired" ("پس از جذب", "در صورت پذیرش", Dari "بعد از تقرر"): paperwork, not a request to a stranger.
PERSIAN_PAYROLL = ("کارمند اداری\nشرکت: موسسه رهنمود\nوظایف: بایگانی اسناد، تنظیم جلسات\n"
                   "{}، شماره حساب بانکی برای واریز حقوق گرفته می‌شود.")


@pytest.mark.parametrize("when", [
    "بعد از استخدام", "پس از عقد قرارداد", "پس از امضای قرارداد", "پس از شروع همکاری", "پس از جذب", "پس از پذیرش",
    "در صورت پذیرش", "پس از قبولی در مصاحبه", "بعد از تقرر", "پس از گزینش", "در صورت استخدام", "پس از شروع به کار",
])
def test_bank_details_for_the_salary_once_hired_are_paperwork_in_persian(when: str) -> None:
    a = assess(_p(PERSIAN_PAYROLL.format(when), company="موسسه رهنمود"))
    assert a.verdict == "ok" and "asks_bank_or_id" not in {r.code for r in a.reasons}, a.reasons


@pytest.mark.parametrize("text", [
    "При трудоустройстве бухгалтерия попросит реквизиты вашей карты для зарплаты.",
    "После зачисления в штат сообщите номер карты для перечисления зарплаты.",
    "Ishga kirgach, ish haqi uchun karta raqamingizni yozasiz.",
    "Ishga qabul qilinsangiz, karta raqamingizni buxgalterga berasiz.",
    "Once onboarded, HR collects your bank details for payroll.",
    "Upon joining, you provide your bank account details for salary payments.",
])
def test_bank_details_once_hired_are_paperwork_in_russian_uzbek_and_english(text: str) -> None:
    assert "asks_bank_or_id" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    PERSIAN_PAYROLL.format("پس از ثبت نام"),  # after registering: the scam's order, not hiring
    "После регистрации пришлите номер карты для зарплаты.",
    "Ro'yxatdan o'tgach karta raqamingizni yuboring.",
    "After registration, send your card number for payouts.",
])
def test_bank_details_after_registering_are_still_asked_for(text: str) -> None:
    assert "asks_bank_or_id" in _codes(text + FILLER)


@pytest.mark.parametrize("text,span", [
    ("Once hired, send us your card's CVV and expiry date.", "CVV"),
    ("بعد از استخدام، رمز دوم کارت خود را ارسال کنید.", "رمز دوم"),
    ("После трудоустройства сообщите CVV вашей карты.", "CVV"),
    ("Ishga qabul qilingach, karta amal qilish muddatini yuboring.", "karta amal qilish muddatini"),
    ("После оформления назовите срок действия карты.", "срок действия карты"),
    ("Ish haqi kartaga o'tkaziladi, kartangiz orqasidagi kodni yuboring.", "kartangiz orqasidagi"),
])
def test_a_cards_secret_is_never_excused_by_hiring_or_payroll(text: str, span: str) -> None:
    """A card's security code, expiry date or a bank password is asked for no payroll: ``HIRED`` and ``PAYOUT``
    excuse the card or account number, never these (``ids_and_codes.CARD_SECRET``)."""
    assert _codes(text + FILLER).get("asks_bank_or_id") == span


@pytest.mark.parametrize("phone", [
    "+93 700 000 000", "0799 123 456", "+992 93 123 4567", "+996 555 123 456", "+7 701 123 45 67",
    "+90 532 123 45 67", "+971 50 123 4567", "(093) 123-45-67", "+93-799-123-456", "+998 90 123 45 67",
    "0912 123 4567",
])
def test_the_regions_phone_numbers_are_a_way_to_check_the_employer(phone: str) -> None:
    text = "Ro'yxatdan o'tish uchun 50 000 so'm to'lang. Aloqa: " + phone
    assert rules.has_verifiable_contact(fold(text))
    assert "no_company" not in _codes(text, company=None)


@pytest.mark.parametrize("text", [
    "Maosh 5 000 000 so'm", "Oylik 10 000 000 - 12 000 000 so'm", "bonus +5 000 000", "+1 500 000 so'm",
    "Muddat: 05.12.2024", "2023-2024 yillar", "ID 0123456789012345", "0 500 000", "Zarplata 100 500 000",
])
def test_pay_amounts_dates_and_years_are_no_phone(text: str) -> None:
    assert not rules.has_verifiable_contact(fold(text))


@pytest.mark.parametrize("text", ["+93 700 000 000", "0799 123 456", "+996 555 123-456", "call 123 456 now"])
def test_the_phone_prefilter_reads_the_new_groupings_as_the_pattern_does(text: str) -> None:
    shape = digit_shape(text)
    assert bool(contacts._PHONE_TAIL_SHAPE.search(shape)) == bool(contacts._PHONE_TAIL.search(text))
    assert rules.has_verifiable_contact(text) == bool(contacts._PHONE.search(text))


# The kinds an eighth writer's posts (tests/data/legitimacy_phrasings_h) showed missing, each in the languages its
# phrases claim, in other words than the set's: a true positive and a hard negative each, as ``CASES``.
EIGHTH_CASES = [
    # a fee said in a passive or impersonal sentence, or with its verb split from the amount; not pay to the worker
    ("upfront_fee", "ru-is-paid-in", "За открытие личного кабинета вносится сбор 700 ₽.",
     "Зарплата вносится на ваш счёт каждую пятницу."),
    ("upfront_fee", "ru-mentors-card", "Страховку оформляем мы, оплата переводом на карту наставника.",
     "Оплата на карту куратора два раза в месяц."),  # an online school's curator is paid so
    ("upfront_fee", "ru-rouble-sign", "Перед стартом нужно оплатить проверку 1 200 ₽.",
     "Нужно оплатить счета поставщиков на 12 000 ₽."),
    ("upfront_fee", "uz-latn-is-paid", "Birinchi kuni kiyim va beydj uchun 120 000 so'm naqd to'lanadi.",
     "Har bir yetkazilgan buyurtma uchun 15 000 so'm to'lanadi."),
    ("upfront_fee", "uz-latn-is-paid-pay", "Ish kiyimi uchun 90 000 so'm alohida to'lanadi.",
     "Kiyim bepul, oylik 6 mln so'm naqd to'lanadi."),
    ("upfront_fee", "uz-cyrl-is-paid", "Биринчи куни кийим ва бейдж учун 120 000 сўм нақд тўланади.",
     "Ҳар бир буюртма учун 15 000 сўм тўланади."),
    ("upfront_fee", "fa-split-verb", "۲۵۰ هزار تومان برای ثبت پرونده کارت به کارت و رسید را در واتساپ بفرستید.",
     "فیش حقوقی هر ماه در واتساپ برای شما ارسال می‌شود."),
    ("upfront_fee", "fa-is-paid", "هزینه دعوتنامه ۳۰ میلیون تومان است که پیش از سفر پرداخت می‌شود.",
     "هزینه ویزا و دعوتنامه ۳۰ میلیون تومان توسط کارفرما پرداخت می‌شود."),
    ("upfront_fee", "fa-employer-bears", "هزینه اعزام ۵۰ میلیون تومان قبل از سفر پرداخت میشه.",
     "هزینه ویزا با کارفرماست و حقوق به کارت شما واریز می‌شود."),
    ("upfront_fee", "en-must-deposit", "New agents must deposit $250 before the first assignment.",
     "Your first $250 is deposited to your account after a week."),
    ("upfront_fee", "en-deposit-required", "A $120 equipment deposit is required before onboarding.",
     "A $120 deposit is required from tenants at check-in."),
    ("upfront_fee", "en-fee-payable-by", "A $60 certification fee is payable before your first shift.",
     "A $60 certification fee is payable by the company before your first shift."),
    # … and with its amount after it (found by review)
    ("upfront_fee", "en-deposit-of-required", "A deposit of $200 is required before you start.",
     "A deposit of $200 is required from tenants at check-in."),
    ("upfront_fee", "en-fee-of-payable", "A fee of $45 is payable on registration; it is returned when the contract "
     "ends.", "A fee of $45 is payable by the company for each certificate you earn."),
    ("upfront_fee", "en-we-require-deposit", "We require a deposit of $150 before your first shift.",
     "We never require a deposit of any amount before your first shift."),
    ("upfront_fee", "en-fee-of", "Pay the visa and medical fee of USD 900 before departure.",
     "The company will pay the visa and medical fee of USD 900."),
    ("upfront_fee", "en-send-for", "Send $35 for your welcome kit and we ship it today.",
     "We will send $35 for your internet bill each month."),
    # paid access to a closed chat, channel, group or a "VIP" tariff as the way to the tasks
    ("upfront_fee", "en-pay-to-join", "Pay $15 to enter our members-only Discord server with daily tasks.",
     "Join our free Discord server to meet the team."),
    ("upfront_fee", "en-access-costs", "Entry to the VIP task group is $25.",
     "Telegram Premium is provided to the support team."),
    ("upfront_fee", "ru-closed-channel", "Вход в приватный канал с заказами — 800 ₽.",
     "Подписка на наш канал с вакансиями бесплатная, зарплата 80 000 руб."),
    ("upfront_fee", "ru-vip-tariff", "Тариф VIP за 1 500 ₽ открывает платные задания.",
     "Менеджер по работе с VIP-клиентами, оклад 90 000 руб."),
    ("upfront_fee", "uz-latn-closed-chat", "Yopiq chatga kirish narxi 45 000 so'm.",
     "Chatga kirish bepul, oylik 4 mln so'm."),
    ("upfront_fee", "uz-cyrl-closed-group", "Ёпиқ гуруҳга кириш нархи 45 000 сўм.",
     "Гуруҳга кириш бепул, ойлик 4 млн сўм."),
    ("upfront_fee", "fa-private-channel", "عضویت در کانال خصوصی سفارش‌ها ۱۲۰ هزار تومان است.",
     "عضویت در گروه تلگرامی ما رایگان است."),
    # a deposit with a broker as the way into a "trader" job; not a broker hiring support staff
    ("upfront_fee", "en-fund-account",
     "To trade with us, fund your own trading account (from $250) with the partner broker.",
     "Customer support for a trading app: help users fund their trading accounts."),
    ("upfront_fee", "en-broker-deposit", "Place a minimum deposit of $200 with our broker to open your desk.",
     "Our broker is hiring compliance analysts for its client onboarding team."),
    ("upfront_fee", "ru-broker", "Брокеру нужен депозит 200 $ до старта работы.",
     "Брокерская компания ищет аналитика торговых счетов клиентов."),
    ("upfront_fee", "uz-latn-broker", "Hamkor brokerimizda depozit ochib, 200 $ qo'yasiz.",
     "Broker kompaniyasiga mijozlarni qo'llab-quvvatlash operatori kerak."),
    ("upfront_fee", "fa-broker", "حداقل واریز به حساب بروکر ۲۰۰ دلار است.",
     "پشتیبانی مشتریان بروکر: پاسخ به سوالات مشتریان."),
    # an ID photo or the passport itself sent, in a list or in other words; not a passport only named
    ("asks_id_document", "uz-latn-list", "Suhbatdan avval yuboring:\n- pasportingiz suratini\n- selfi",
     "Pasportingizda Samarqand propiskasi bo'lishi kerak."),
    ("asks_id_document", "uz-latn-photo", "Pasport fotosini adminga tashlang.",
     "Fotostudiya: pasport uchun rasmga tushirish xizmati."),
    ("asks_id_document", "uz-latn-id-card", "ID-kartangizni ikki tomondan suratga olib jo'nating.",
     "ID kartangizda doimiy propiska bo'lishi shart."),
    ("asks_id_document", "uz-cyrl-photo", "Паспортингиз суратини юборинг.",
     "Паспортингизда Самарқанд пропискаси бўлиши керак."),
    # money run through the seeker's card in crypto loops; accounts rented; SIM cards taken out in the seeker's name
    ("money_mule", "ru-p2p-loop", "Деньги от клиентов приходят на вашу карту, вы покупаете USDT и отправляете его нам.",
     "Комплаенс-аналитик P2P-биржи: проверка, что средства приходят на карты продавцов."),
    ("money_mule", "ru-pass-on", "Мне нужна ваша карта: деньги придут на неё, переведёте дальше.",
     "Зарплата приходит на вашу карту, отчёты отправляете по пятницам."),
    ("identity_proxy", "en-rent-accounts", "We are renting verified PayPal accounts, $200 a month.",
     "Payouts go to your PayPal account every Friday."),
    ("identity_proxy", "en-team-uses", "Allow our team to use your Wise account for client transfers.",
     "Our team uses Wise to pay contractors."),
    ("identity_proxy", "en-sim", "Register five SIM cards in your name and mail them to us.",
     "Sell SIM cards and plans in our telecom store."),
    ("identity_proxy", "uz-latn-sim", "O'z nomingizga 3 ta SIM-karta olib bizga topshirasiz.",
     "SIM-karta sotuvchisi kerak, aloqa salonida."),
    ("identity_proxy", "uz-cyrl-sim", "Ўз номингизга 3 та SIM-карта олиб бизга топширасиз.",
     "SIM-карта сотувчиси керак, алоқа салонида."),
    ("identity_proxy", "ru-sim", "Оформите на ваше имя пару SIM-карт и отдайте курьеру.",
     "Продавец салона связи: продажа SIM-карт и тарифов."),
    ("identity_proxy", "fa-sim", "چند سیم کارت به اسم خودتون بخرید و به ما بدید.",
     "فروشنده سیم کارت در فروشگاه موبایل."),
    # likes, follows and reactions paid for (bait, as the Uzbek and Persian forms were); not an SMM job's KPIs
    ("pay_bait", "en-likes", "Get paid for likes on our partners' posts.",
     "SMM lead: grow likes and engagement for our brand."),
    ("pay_bait", "ru-reactions", "Ставьте реакции и получайте деньги.", "SMM-специалист: рост реакций и подписчиков."),
    # the CVV described, not named
    ("asks_bank_or_id", "ru-back-of-card", "Продиктуйте код с обратной стороны карты.",
     "Никогда не сообщайте код с обратной стороны карты."),
    ("asks_bank_or_id", "fa-back-of-card", "کد پشت کارت خود را بفرستید.", "هرگز کد پشت کارت را به کسی ندهید."),
    ("asks_bank_or_id", "en-back-of-card", "Type the code on the back of your card here.",
     "Never share the code on the back of your card."),
    ("asks_bank_or_id", "en-cvc2", "Reply with the CVC2 of your debit card.", "We never ask for a CVC2."),
]


@pytest.mark.parametrize("code,lang,positive,negative", EIGHTH_CASES, ids=[f"{c[0]}-{c[1]}" for c in EIGHTH_CASES])
def test_an_eighth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                       negative: str) -> None:
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


def test_a_cashiers_title_does_not_make_a_fee_asked_of_the_cashier_a_duty() -> None:
    """The post's title says what the seeker will be (as a "staff wanted" title does, ``STAFF_CONTEXT``); on the duty's
    own line the cashier's heading still makes taking payments the work."""
    fee = PostingItem(source="t", source_id="1", title="Kassir kerak", description=(
        "Kassir kerak\nChilonzor filiali\nIsh haqi: 4 000 000 so'm\nBirinchi kuni forma uchun 100 000 so'm naqd "
        "to'lanadi.\nTel: +998 90 111 22 33"))
    assert "upfront_fee" in {r.code for r in assess(fee).reasons}
    assert "upfront_fee" not in _codes("Kassir: mijozlardan bir martalik to'lovlarni qabul qilish." + FILLER)


@pytest.mark.parametrize("text", [
    "Pasportingizda Samarqand propiskasi bo'lishi shart.",
    "Паспортингизда Самарқанд пропискаси бўлиши шарт.",
    "Pasportingizga Samarqand propiskasi qo'yilgan bo'lishi kerak.",
    "Паспортингизга ёзилган манзилда яшашингиз керак.",
    "Suhbatga pasportingiz bilan keling.",
    "Markazda ID karta rasmiylashtirish bo'yicha operator kerak.",
])
def test_a_passport_only_named_is_no_request_for_it(text: str) -> None:
    """A residence (propiska) requirement on the seeker's passport, or the passport brought to the interview, asks
    for nothing to be sent: each had been ``likely_scam`` on the bare possessive ("Pasportingizda")."""
    assert "asks_id_document" not in _codes(text + FILLER)


def test_sim_cards_taken_out_on_the_seekers_passport_are_identity_rental_not_an_id_request() -> None:
    hit = _codes("Pasportingizga 4 tagacha SIM-karta rasmiylashtirib, bizga topshirasiz." + FILLER)
    assert "identity_proxy" in hit and "asks_id_document" not in hit, hit


@pytest.mark.parametrize("text", [
    "کارشناس پاسخگویی بانک: رسیدگی به مشکلات رمز پویا و فعالسازی آن.",
    "Служба поддержки банка: жалобы на динамический пароль.",
])
def test_a_dynamic_password_named_as_a_banks_service_is_no_request(text: str) -> None:
    assert "asks_sms_code" not in _codes(text + FILLER)


def test_a_dynamic_password_to_send_on_is_still_asked_for() -> None:
    assert "asks_sms_code" in _codes("رمز پویا که براتون پیامک میشه رو برای ادمین بفرستید." + FILLER)



@pytest.mark.parametrize("text", [
    "Apply on LinkedIn or message our recruiter on Telegram @acme_hr_desk for this operator role.",
    "رزومه را در لینکدین یا تلگرام به @acme_hr_desk بفرستید، استخدام کارشناس فروش",
    "Rezyumeni LinkedIn orqali yoki Telegram @acme_hr_desk ga yuboring, operator kerak.",
    "Резюме в Telegram @acme_hr_desk или на почту hr@acme-group.uz, ищем оператора.",
])
def test_a_second_named_channel_means_messaging_is_not_the_only_contact(text: str) -> None:
    assert "messaging_only" not in _codes(text, company=None)


def test_linkedin_named_only_as_where_a_profile_was_seen_is_no_second_channel() -> None:
    assert "messaging_only" in _codes("We saw your profile on LinkedIn. Write to us on Telegram @acme_hr_desk today.",
                                      company=None)


def test_a_contacts_quote_starts_at_its_verb_not_at_the_pay_before_it() -> None:
    hit = _codes("Operator kerak. Oyiga 3 000 000 so'm Yozing @acme_hr_desk tez orada", company=None)
    assert hit["messaging_only"] == "Yozing @acme_hr_desk", hit


@pytest.mark.parametrize("verb", ["پیوی بدید", "پیام بدید", "دایرکت بدین"])
def test_a_persian_direct_message_asked_for_is_messaging_contact(verb: str) -> None:
    hit = _codes(f"استخدام کارشناس فروش، برای اطلاعات بیشتر {verb} @acme_hr_desk", company=None)
    assert hit.get("messaging_only", "").startswith(verb), hit


NINTH_CASES = [
    # a work permit, an LMIA or a sponsorship priced with no fee word; not one the employer or a consulate pays
    ("upfront_fee", "en-permit-costs", "Your work permit costs $1,900 and is settled at our Tashkent office.",
     "Your work permit costs $1,900, covered in full by the employer."),
    ("upfront_fee", "uz-latn-permit-price", "Ish ruxsatnomasi narxi 1 500 $, hujjatlarni o'zimiz tayyorlaymiz.",
     "Ish ruxsatnomasi narxi 1 500 $ — uni ish beruvchi to'laydi."),
    ("upfront_fee", "ru-permit-costs", "Разрешение на работу стоит 1 800 $, оформляем за месяц.",
     "Разрешение на работу стоит 1 800 $, его оплачивает работодатель."),
    ("upfront_fee", "fa-permit-price", "مجوز کار: ۳ هزار دلار، تحویل در دفتر ما.",
     "مجوز کار ۳ هزار دلار است که توسط کارفرما پرداخت می‌شود."),
    ("upfront_fee", "ru-sign-amount", "Для бронирования места нужно внести € 900 до конца недели.",
     "Для бронирования места внесите свои данные в анкету."),
    # an advance now and the rest once the visa is out; not the visa's own timeline
    ("upfront_fee", "en-rest-after-visa", "Half up front, the rest after your visa is stamped.",
     "After the visa is stamped, the rest of the team meets you at the airport."),
    ("upfront_fee", "uz-latn-rest-at-visa", "Hozir 600 $ oldindan, qolgani viza chiqqandan keyin.",
     "Viza chiqqach, qolgan hujjatlarni ish beruvchi tayyorlaydi."),
    ("upfront_fee", "uz-cyrl-rest-at-visa", "Ҳозир 600 $ олдиндан, қолгани виза чиққандан кейин.",
     "Виза чиққач, қолган ҳужжатларни иш берувчи тайёрлайди."),
    ("upfront_fee", "ru-rest-after-visa", "Половину сейчас, остаток после получения визы.",
     "После получения визы работодатель оплачивает перелёт."),
    ("upfront_fee", "fa-rest-after-visa", "سی درصد الان و مابقی پس از صدور ویزا.",
     "پس از صدور ویزا، بلیت و مابقی هزینه‌ها با کارفرماست."),
    # a course bought with the job "guaranteed" after it; not a free course, nor a priced one that promises no job
    ("upfront_fee", "en-course-job-guaranteed", "Our VA course costs $199.\nGraduates: job guaranteed within a month.",
     "Our VA course costs $199; graduates get help with their CVs."),
    ("upfront_fee", "uz-latn-course-guarantee", "Kurs narxi 900 000 so'm, bitirganlarga ishga kafolat.",
     "Kurs bepul, bitirganlarga ishga kafolat beramiz."),
    ("upfront_fee", "ru-course-guarantee", "Курс стоит 15 000 рублей, после него гарантированное трудоустройство.",
     "Обучение бесплатное, после него гарантированное трудоустройство."),
    # a programme or licence bought from the employer's dealer or partner site; not a dealer network's own staff
    ("upfront_fee", "uz-latn-dealer", "Dasturni rasmiy dilerimizdan 300 000 so'mga sotib olasiz.",
     "Savdo menejeri: dilerlarimiz bilan shartnomalar tuzish."),
    ("upfront_fee", "uz-cyrl-dealer", "Дастурни расмий дилеримиздан 300 000 сўмга сотиб оласиз.",
     "Савдо менежери: дилерларимиз билан шартномалар тузиш."),
    ("upfront_fee", "ru-dealer", "Программу покупаете у нашего дилера за 2 000 рублей.",
     "Менеджер по работе с дилерами: помощь нашим дилерам в продажах."),
    ("upfront_fee", "en-dealer", "Buy the transcription software from our authorised dealer before day one.",
     "Sales coordinator: support our authorised dealers with their orders."),
    ("upfront_fee", "fa-partner-site", "اشتراک پنل را از سایت همکار ما تهیه کنید.",
     "گزارش فروش سایت همکار را تهیه کنید."),
    # a medical only at "our partner clinic", at the seeker's cost; not the clinic's own job ad with its pay
    ("upfront_fee", "uz-latn-partner-clinic", "Tibbiy ko'rikdan faqat hamkor klinikamizda o'tasiz, narxi 1 500 000 so'm.",
     "Hamkor klinikamizga hamshira kerak, oylik 5 000 000 so'm."),
    ("upfront_fee", "ru-partner-clinic", "Медкомиссию проходите только в нашей клинике-партнёре, 900 000 сум.",
     "Клиника-партнёр ищет медсестру, оклад 6 000 000 сум."),
    ("upfront_fee", "en-partner-clinic", "Medical check only at our partner clinic, $250 due on the day.",
     "Our partner clinic is hiring a receptionist at $18 per hour."),
    ("upfront_fee", "fa-partner-clinic", "آزمایش پزشکی فقط در کلینیک همکار ما، هزینه ۲ میلیون تومان.",
     "کلینیک همکار ما منشی استخدام می‌کند، حقوق ۱۵ میلیون تومان."),
    # money into a representative's own account or card
    ("upfront_fee", "ru-representative", "Оплату переводите на карту нашего представителя в Ташкенте.",
     "Наш представитель в Ташкенте проведёт собеседование."),
    ("upfront_fee", "uz-latn-representative", "Pulni vakilimizning kartasiga o'tkazing.",
     "Vakilimiz Toshkentda suhbat o'tkazadi."),
    ("upfront_fee", "en-representative", "Transfer the amount to our representative's personal account.",
     "Our representative will meet you at the airport."),
    ("upfront_fee", "fa-representative", "مبلغ را به حساب نماینده ما واریز کنید.",
     "نماینده ما در تهران مصاحبه را انجام می‌دهد."),
    # a minimum balance kept in a task app; not a bank's customers' balances
    ("upfront_fee", "uz-latn-min-balance", "Vazifalar ochilishi uchun balansingizda kamida 300 000 so'm bo'lishi kerak.",
     "Mijozlarga balansida qancha qolganini tushuntirish."),
    ("upfront_fee", "ru-min-balance", "Для открытия заданий на балансе должно быть минимум 50 USDT.",
     "Бухгалтер: контроль остатков на счетах поставщиков."),
    ("upfront_fee", "en-min-balance", "Keep a minimum balance of $100 in the app to unlock tasks.",
     "Explain minimum balance rules to bank customers."),
    ("upfront_fee", "fa-min-balance", "برای باز شدن تسک‌ها حداقل موجودی ۵۰۰ هزار تومان لازم است.",
     "پاسخ به سوالات مشتریان درباره حداقل موجودی حساب."),
    # a paid jobs database or channel; not one's own staff work on it
    ("upfront_fee", "uz-latn-jobs-database", "Vakansiyalar bazasiga obuna: 1 oy 50 000 so'm.",
     "Vakansiyalar bazasiga obuna bepul, yangi e'lonlar har kuni."),
    ("upfront_fee", "ru-jobs-database", "База вакансий за рубежом: доступ 1 500 рублей в месяц.",
     "Ведение базы вакансий компании, зарплата 6 000 000 сум."),
    ("upfront_fee", "en-vip-channel", "Our VIP jobs channel subscription is $29.",
     "Moderate our VIP clients channel on Slack."),
    ("upfront_fee", "fa-jobs-database", "اشتراک بانک مشاغل خارجی ماهانه ۲۰۰ هزار تومان.",
     "کارشناس بانک مشاغل، حقوق ۲۰ میلیون تومان."),
    # a "service wallet" topped up; not helping users top theirs up
    ("upfront_fee", "ru-work-wallet", "Пополните рабочий кошелёк на 50 USDT, чтобы начать.",
     "Поддержка пользователей: помощь с пополнением кошельков."),
    ("upfront_fee", "en-service-wallet", "Activate your service wallet with 100 USDT first.",
     "Help users activate their wallets in the app."),
    ("upfront_fee", "uz-latn-wallet", "Ish hamyoningizni 50 USDT bilan to'ldiring.",
     "Mijozlarga hamyonni to'ldirishda yordam berish."),
    ("upfront_fee", "fa-wallet", "برای شروع، کیف پول کاری خود را شارژ کنید.", "پشتیبانی کاربران در شارژ کیف پول."),
    # a screening or a verification the candidate pays for; not one the company pays
    ("upfront_fee", "en-screening", "The background check cost of $60 is on you.",
     "We pay the background check cost in full."),
    ("upfront_fee", "ru-screening", "Проверка службы безопасности за счёт кандидата — 300 000 сум.",
     "Проверка службы безопасности за счёт компании."),
    ("upfront_fee", "uz-latn-screening", "Xavfsizlik tekshiruvi nomzod hisobidan, 200 000 so'm.",
     "Xavfsizlik tekshiruvi kompaniya hisobidan."),
    ("upfront_fee", "fa-screening", "هزینه احراز هویت ۱۵۰ هزار تومان است.", "احراز هویت کاربران سایت."),
    # an overpayment's surplus sent back
    ("money_mule", "ru-surplus", "Если придёт лишняя сумма, излишек верните курьеру.",
     "Излишки товара возвращайте на склад."),
    ("money_mule", "en-surplus", "If we overpay you, send the excess back by Western Union.",
     "Excess baggage is covered by the company."),
    ("money_mule", "uz-latn-surplus", "Ortiqchasini Western Union orqali qaytaring.",
     "Ortiqcha ish soatlari uchun qo'shimcha haq to'lanadi."),
    ("money_mule", "fa-surplus", "اگر مبلغ بیشتری واریز شد، مازاد را برگردانید.", "مازاد بار با هزینه شرکت."),
    # a remote-access app's code sent; not the app as the job's tool
    ("asks_sms_code", "en-anydesk", "Install AnyDesk and send us the code it shows.",
     "You will connect to customers' PCs through AnyDesk."),
    ("asks_sms_code", "ru-anydesk", "Установите AnyDesk и скиньте нам его код.",
     "Подключение к серверу офиса через AnyDesk."),
    ("asks_sms_code", "uz-latn-anydesk", "AnyDesk o'rnating va kodini bizga yuboring.",
     "1C bazasiga AnyDesk orqali ulanasiz."),
    ("asks_sms_code", "fa-anydesk", "انی‌دسک را نصب کنید و کدش را برای ما بفرستید.", "پشتیبانی مشتریان از طریق انی‌دسک."),
    # the bank's app kept open while "they" connect; not work on a banking app
    ("asks_bank_or_id", "fa-bank-app-open", "موقع اتصال، اپ بانکت رو باز نگه دار.", "طراحی رابط کاربری اپ بانک."),
    ("asks_bank_or_id", "en-bank-app-open", "Keep your banking app open while our team connects.",
     "QA tester for a banking app: keep test builds up to date."),
    ("asks_bank_or_id", "ru-bank-app-open", "Держите банковское приложение открытым, пока мы работаем.",
     "Тестировщик банковского приложения."),
    ("asks_bank_or_id", "uz-latn-bank-app-open", "Bank ilovasini ochib qo'ying, biz ulanamiz.",
     "Bank ilovasi dizayneri kerak."),
]


@pytest.mark.parametrize("code,lang,positive,negative", NINTH_CASES, ids=[f"{c[0]}-{c[1]}" for c in NINTH_CASES])
def test_a_ninth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                     negative: str) -> None:
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    ("upfront_fee", "Ish ruxsatnomasi narxi 1 500 $ deganlarga ishonmang, bu firibgarlik."),
    ("upfront_fee", "Мы никогда не берём остаток после выдачи визы."),
    ("upfront_fee", "No course costs $199 here with a job guaranteed after it."),
    ("upfront_fee", "Вам не нужно покупать программу у нашего дилера."),
    ("upfront_fee", "Hamkor klinikamizda 1 500 000 so'm to'lashingiz shart emas."),
    ("upfront_fee", "هرگز پولی به حساب نماینده ما واریز نکنید."),
    ("upfront_fee", "You never need to keep a minimum balance in our app."),
    ("upfront_fee", "Hech qachon vakansiyalar bazasi uchun 50 000 so'm so'ramaymiz."),
    ("upfront_fee", "Мы никогда не просим пополнить рабочий кошелёк."),
    ("upfront_fee", "The screening cost is not yours to pay."),
    ("money_mule", "Never send the excess back to anyone who overpays you: it is a scam."),
    ("asks_sms_code", "Never send the AnyDesk code to anyone."),
    ("asks_bank_or_id", "Never keep your banking app open while a stranger is connected."),
])
def test_a_ninth_writers_kinds_are_not_read_in_a_negation_or_a_warning(code: str, text: str) -> None:
    assert code not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "We pay weekly, pay a $50 registration fee first to get access to the tasks.",
    "We pay weekly and you pay a $50 registration fee first to get access to the tasks.",
    "We will pay you weekly but there is a registration fee of $50 to start.",
    "Our budget covers your laptop, but you pay a $40 registration fee upfront.",
    "Мы платим каждую неделю, но сначала нужно оплатить регистрационный взнос 500 рублей.",
    "Мы оплачиваем обучение, регистрационный взнос 500 рублей оплачиваете вы заранее.",
    "Maoshni har hafta biz to'laymiz, lekin oldin ro'yxatdan o'tish uchun 50 000 so'm to'lov qilasiz.",
    "هزینه آموزش با ماست، ولی ۲۰۰ هزار تومان هزینه ثبت نام واریز کنید.",
])
def test_the_employer_paying_in_one_clause_does_not_excuse_a_fee_asked_in_the_next(text: str) -> None:
    """"We pay" read as the employer paying anywhere in the sentence: the fee asked after a comma, a "but" or "and
    you" read as one the employer pays, and the post as "Looks legitimate"."""
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "We pay for your training and the registration fee, so you start at no cost.",
    "Training is free and we pay for the registration fee.",
    "Мы оплачиваем обучение и регистрационный взнос.",
    "O'qish uchun to'lovni biz to'laymiz.",
    "Ўқиш учун тўловни биз тўлаймиз.",
    "هزینه آموزش با ماست.",
])
def test_the_employer_paying_for_training_or_the_fee_is_no_fee(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "No experience needed, but you pay a $30 registration fee to start.",
    "Работа простая, но сначала нужно оплатить регистрационный взнос 500 рублей.",
    "Tajriba shart emas, lekin ro'yxatdan o'tish uchun 50 000 so'm to'lov qilasiz.",
    "بدون نیاز به سابقه، ولی ۲۰۰ هزار تومان هزینه ثبت نام واریز کنید.",
])
def test_a_negation_does_not_reach_past_a_but(text: str) -> None:
    """The Russian "но" folds to "no", and was read as the English "no" negating the fee after it."""
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Great pay, no registration fee, no deposit.",
    "We never ask for a registration fee, but we do ask for references.",
    "Работа из дома, но мы никогда не просим оплатить регистрационный взнос.",
])
def test_a_negation_in_the_fees_own_clause_still_negates_it(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("address", ["anna.hr@yahoo.fr", "anna.hr@hotmail.fr", "anna.hr@outlook.es",
                                     "anna.hr@yahoo.co.in", "anna.hr@umail.uz"])
def test_a_free_mail_address_on_any_country_domain_is_no_company_channel(address: str) -> None:
    """A free provider's address outside the few domains listed had counted as the employer's own, a second channel
    beside the Telegram handle: the post below read "Looks legitimate 99/100"."""
    hit = _codes(f"Ищем онлайн-ассистента, 4 часа в день. Резюме в Telegram @hr_anna_job или на почту {address}",
                 company=None)
    assert {"messaging_only", "free_mail", "no_company"} <= hit.keys(), hit
    assert hit["free_mail"] == address


@pytest.mark.parametrize("address", ["hr@mail.acme.uz", "jobs@live-agency.com", "hr@yahoo-team.fr"])
def test_a_companys_own_domain_is_no_free_mail_for_sounding_like_one(address: str) -> None:
    assert not rules.free_mail(address)


@pytest.mark.parametrize("text", [
    "Virtual assistant kerak. Telegram: @hr_anna_job, pochta: anna.hr (at) gmail.com",
    "Virtual assistant kerak. Telegram: @hr_anna_job, rezyume: www.gmail.com orqali anna.hr ga",
])
def test_a_free_mail_providers_domain_is_no_website_to_check_the_employer(text: str) -> None:
    """"anna.hr (at) gmail.com" had read as a company website, the verifiable contact that cleared both the
    Telegram-only contact and the missing company name."""
    assert {"messaging_only", "no_company"} <= _codes(text, company=None).keys()


@pytest.mark.parametrize("contact", ["pochta: hr@acme.uz", "sayt: acme.uz", "tel: +998 90 123 45 67"])
def test_a_company_address_site_or_phone_beside_telegram_is_a_second_channel(contact: str) -> None:
    text = f"Virtual assistant kerak. Telegram: @hr_anna_job, {contact}, anna.hr@gmail.com"
    assert "messaging_only" not in _codes(text, company="Acme")


@pytest.mark.parametrize("text", [
    "Beware of fake recruiters using our name!\nThey send messages like \"pay a $50 registration fee to start\".",
    "Диққат, фирибгарлар!\nБизнинг номимиздан «олдиндан 100 минг сўм тўланг» деган хабарлар келмоқда.",
    "Осторожно, мошенники!\nОт нашего имени рассылают «внесите предоплату 500 рублей».",
    "هشدار!\nبه نام ما پیام «هزینه ثبت‌نام ۲۰۰ هزار تومان را واریز کنید» فرستاده می‌شود.",
])
def test_a_scam_line_quoted_in_a_warning_is_not_the_post_asking(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


def test_a_fee_in_quotes_with_no_warning_near_is_still_asked() -> None:
    assert "upfront_fee" in _codes("To start, \"pay a $50 registration fee\" via Zelle." + FILLER)


@pytest.mark.parametrize("text", [
    "Fees (registration fee, training fee or deposit) are not charged to candidates.",
    "انتشارات هیچ‌گونه وجهی (هزینه ثبت‌نام، تشکیل پرونده یا آموزش) دریافت نمی‌کند.",
    "وجهی (هزینه ثبت‌نام، ودیعه یا هزینه آموزش) از متقاضیان دریافت نمی‌شود.",
])
def test_a_negation_after_a_parenthesised_list_governs_each_item(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "After you accept our written offer, HR runs a background check. At that stage we ask for a copy of your "
    "passport.",
    "Pasport nusxasini faqat yozma ish taklifini olganingizdan keyin so'raymiz.",
    "Копию паспорта просим после получения оффера.",
    "کپی کارت ملی فقط پس از دریافت پیشنهاد کتبی همکاری گرفته می‌شود.",
])
def test_an_id_asked_for_after_a_written_offer_is_hr_paperwork(text: str) -> None:
    assert "asks_id_document" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "We reviewed your CV. At this stage, send a copy of your passport.",
    "Send a copy of your passport now; the written offer follows.",
])
def test_an_id_asked_for_before_any_offer_is_still_asked(text: str) -> None:
    assert "asks_id_document" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Registration costs $10.",
    "Registration is $10, payable before your first task.",
    "Sign-up — $25 before you get tasks.",
    "$25 for account verification.",
    "Membership: $15/month gives you access to all tasks.",
    "Access to tasks costs $30 one time.",
    "Starter kit: $49.",
    "Членство: 500 рублей в месяц, открывает доступ к заданиям.",
    "Доступ к заданиям — 300 ₽.",
    "Стартовый набор стоит 2000 рублей.",
    "A'zolik: 50 000 so'm, shundan keyin vazifalar ochiladi.",
    "Boshlang'ich to'plam: 200 000 so'm.",
    "عضویت: ۵۰ هزار تومان",
    "فعال‌سازی حساب ۵۰ هزار تومان",
])
def test_a_price_put_on_the_way_in_is_a_fee_with_no_verb_to_pay(text: str) -> None:
    """No "pay" nor "fee": a registration, a membership, a kit or access to the tasks with its price is still the
    seeker paying to start."""
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Training kit: $35 (deducted from your first paycheck).",
    "The cost of the training kit is deducted from your first paycheck.",
    "Стоимость стартового набора удерживается из первой зарплаты.",
    "Boshlang'ich to'plam narxi birinchi oylikdan ushlab qolinadi.",
    "هزینه کیت آموزشی از حقوق ماه اول کسر می‌شود.",
])
def test_a_kit_paid_out_of_the_first_pay_is_a_fee(text: str) -> None:
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "The course costs $200 and is paid by the company.",
    "Training ($500 value) is free for hires.",
    "Registration is free.",
    "Salary: $500/month",
    "After onboarding: $3,000/month.",
    "Onboarding: $500/month during the first two months.",
    "Sign-up bonus: $200.",
    "Get $10 for every sign-up you bring.",
    "You will answer members' questions about our $15/month membership.",
    "Our starter kit sells for $49 — you will process the orders.",
    "Help clients choose a plan: membership is $15/month.",
    "There is no registration fee.",
    "Taxes are deducted from your paycheck.",
    "Training costs are never deducted from your first paycheck.",
    "Стартовый набор выдаём бесплатно, зарплата 40 000 рублей.",
    "A'zolik bepul.",
    "عضویت رایگان است",
])
def test_a_price_the_employer_pays_a_product_sold_or_pay_is_no_fee(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "No experience needed, just pay a $30 registration fee and start today.",
    "No experience needed, pay a $30 registration fee to start.",
    "Без опыта, просто оплатите регистрационный взнос 300 рублей.",
    "Опыт не нужен, только внесите регистрационный взнос 500 рублей.",
    "Hech qanday tajriba kerak emas, faqat ro'yxatdan o'tish uchun 50 000 so'm to'lang.",
    "Ҳеч қандай тажриба керак эмас, фақат рўйхатдан ўтиш учун 50 000 сўм тўланг.",
    "Hech qanday tajriba kerak emas, faqat royxatdan otish uchun 50 000 som tolang.",
    "بدون نیاز به سابقه، فقط هزینه ثبت نام ۲۰۰ هزار تومان را واریز کنید.",
])
def test_a_negation_does_not_reach_past_a_comma_into_a_new_demand(text: str) -> None:
    """"No experience needed" negated the fee demanded after the comma: "just pay", "просто оплатите", "faqat …
    to'lang", "فقط … واریز کنید" start a new clause, and the post read "Looks legitimate"."""
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "No fees, deposits or card numbers are ever asked.",
    "We never ask you to pay, send or transfer money.",
    "You will never be asked to buy equipment, deposit a cheque or pay a vendor.",
    "No fees, just apply with your CV.",
    "Registration fee is not required, just send your CV.",
    "Мы не берём ни взносов, ни депозитов.",
    "Мы не берём ни регистрационных взносов, ни депозитов, ни платы за обучение.",
    "Hech qanday ro'yxatdan o'tish to'lovi, depozit yoki karta raqami so'ralmaydi.",
    "Ҳеч қандай рўйхатдан ўтиш тўлови, депозит ёки карта рақами сўралмайди.",
    "Hech qanday royxatdan otish tolovi, depozit yoki karta raqami soralmaydi.",
    "هیچ هزینه‌ای، ودیعه‌ای یا شماره کارتی از شما خواسته نمی‌شود.",
])
def test_a_negation_still_reaches_across_the_commas_of_a_list(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "No experience needed — just pay the $30 registration fee.",
    "No experience needed – pay a $30 registration fee to start.",
    "No experience needed - pay a $30 registration fee to start.",
    "No fees - you only pay $20 for the starter kit.",
    "No fees, you only pay $20 for the starter kit.",
    "No experience needed — then pay a $30 registration fee.",
    "Без опыта — оплатите взнос 500 рублей.",
    "Без опыта — просто оплатите регистрационный взнос 500 рублей.",
    "Hech qanday tajriba kerak emas — faqat 50 000 so'm to'lang.",
    "Ҳеч қандай тажриба керак эмас — фақат 50 000 сўм тўланг.",
    "Hech qanday tajriba kerak emas — faqat 50 000 som tolang.",
    "بدون نیاز به سابقه — فقط ۲۰۰ هزار تومان واریز کنید.",
])
def test_a_negation_does_not_reach_past_a_dash_into_a_new_demand(text: str) -> None:
    """A dash ended no negation: "No experience needed — just pay the $30 registration fee" read as negated."""
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "No registration fee — ever.",
    "We never charge fees — not a registration fee, not a deposit.",
    "No fees — registration fee, training fee or deposit — are ever charged.",
    "We never ask you to pay — or transfer — a registration fee.",
    "You will never be asked to buy equipment — deposit a cheque or pay a vendor.",
    "We never charge fees — only scammers ask you to pay a registration fee.",
    "No registration fee - no training fee - no deposit.",
    "No fees — you never pay a registration fee.",
    "Мы не берём денег — ни регистрационного взноса, ни залога.",
    "Hech qanday to'lov olinmaydi — ro'yxatdan o'tish to'lovi ham, depozit ham.",
    "Ҳеч қандай тўлов олинмайди — рўйхатдан ўтиш тўлови ҳам, депозит ҳам.",
    "هیچ هزینه‌ای — هزینه ثبت نام، ودیعه یا شماره کارت — از شما خواسته نمی‌شود.",
])
def test_a_negation_still_reaches_across_the_dashes_of_a_disclaimer(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "No experience needed, then pay a $30 registration fee.",
    "No experience needed, and then pay a $30 registration fee.",
    "Без опыта, затем оплатите взнос 500 рублей.",
    "Без опыта, потом оплатите взнос 500 рублей.",
    "Без опыта, а затем оплатите взнос 500 рублей.",
    "Hech qanday tajriba kerak emas, keyin 50 000 so'm to'lov qiling.",
    "Hech qanday tajriba kerak emas, so'ng 50 000 so'm to'lov qiling.",
    "Hech qanday tajriba kerak emas, so'ngra ro'yxatdan o'tish uchun 50 000 so'm to'lang.",
    "Ҳеч қандай тажриба керак эмас, кейин 50 000 сўм тўлов қилинг.",
    "Hech qanday tajriba kerak emas, keyin 50 000 som tolov qiling.",
    "بدون نیاز به سابقه، سپس ۲۰۰ هزار تومان واریز کنید.",
    "بدون نیاز به سابقه، بعد ۲۰۰ هزار تومان واریز کنید.",
    "بدون نیاز به سابقه، بعدش ۲۰۰ هزار تومان واریز کنید.",
])
def test_a_negation_does_not_reach_past_then_into_a_new_demand(text: str) -> None:
    """Uzbek "keyin"/"so'ng" and Persian "سپس"/"بعد" did not end a negation as "then", "затем" and "потом" did:
    the pay verb ends their clause, not the word after "then"."""
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Hech qanday to'lov olinmaydi, keyin ham ro'yxatdan o'tish uchun pul to'lamaysiz.",
    "Hech qanday oldindan to'lov yo'q, keyin ham ro'yxatdan o'tish to'lovi so'ralmaydi.",
    "هیچ هزینه‌ای دریافت نمی‌کنیم، بعد از استخدام هم هزینه ثبت نام نمی‌گیریم.",
    "We never charge a fee, then or later: no registration fee at all.",
    "Мы никогда не берём денег, ни сначала, ни потом — ни регистрационного взноса, ни залога.",
])
def test_later_too_is_no_new_demand(text: str) -> None:
    """"keyin ham" (later too) and "بعد از" (after) go on with the disclaimer."""
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "No experience needed and pay $30 to register.",
    "No experience required and pay a $30 registration fee to start.",
    "No experience needed and just pay $30 to register.",
    "Опыт не нужен и оплатите взнос 500 рублей.",
    "Без опыта и просто оплатите регистрационный взнос 500 рублей.",
    "Hech qanday tajriba kerak emas va faqat 50 000 so'm to'lang.",
    "بدون نیاز به سابقه و فقط ۲۰۰ هزار تومان واریز کنید.",
])
def test_a_negation_does_not_reach_past_and_into_a_pay_order(text: str) -> None:
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "We never ask for registration fees and card numbers.",
    "No fees and no deposits are required.",
    "No registration fee and no deposit are ever required.",
    "We never ask you to register and pay a $30 registration fee.",
    "Never sign up and pay a $30 registration fee.",
    "You will never be asked to buy a starter kit, pay a registration fee and send your card number.",
    "Мы никогда не просим зарегистрироваться и оплатить регистрационный взнос.",
    "Hech qanday tajriba va ro'yxatdan o'tish to'lovi talab qilinmaydi.",
    "بدون نیاز به سابقه و بدون هزینه ثبت نام.",
])
def test_a_negated_list_joined_by_and_stays_negated(text: str) -> None:
    """A list the negation governs, joined by "and" ("buy a starter kit, pay a registration fee and send your card
    number") had read the pay verb after its comma as a new demand."""
    hit = _codes(text + FILLER)
    assert "upfront_fee" not in hit and "asks_bank_or_id" not in hit, hit


@pytest.mark.parametrize("text", [
    "Для начала оплатите $20.",
    "Для начала оплатите ₸5000.",
    "Для начала оплатите 20$.",
    "Оплатите 500₽ за доступ к заданиям.",
    "Для начала оплати $20 и получи доступ.",
    "Для начала нужно перевести $20.",
    "Boshlash uchun to'lang: $20.",
    "Бошлаш учун тўланг $20.",
    "Ishga kirish uchun o'tkazing 50$.",
    "Boshlash uchun tolang $20, keyin ish beramiz.",
    "Boshlash uchun 20$ to'lang.",
    "برای شروع $20 واریز کنید.",
    "برای شروع ۲۰$ واریز کنید.",
])
def test_a_fee_with_its_currency_sign_beside_the_verb_is_a_fee(text: str) -> None:
    """The fee rule read "оплатите 20 $" (the sign after a spaced amount, by the currency's phrases) but not another
    sign than $, € or £ before the amount, a sign glued to it ("20$", "500₽", "۲۰$"), the informal "оплати", nor
    Uzbek "to'lang $20"."""
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Мы никогда не просим оплатить $20.",
    "Зарплату переведём на карту: $500 в месяц.",
    "Клиенты могут оплатить $20 картой или наличными.",
    "Biz sizga oyiga $500 to'laymiz.",
    "Oylik kartangizga o'tkaziladi: $500.",
    "Hech qachon to'lang $20 degan xabarlarga ishonmang, bu firibgarlar.",
    "هرگز ۲۰$ واریز نکنید.",
])
def test_a_sign_beside_pay_to_the_seeker_or_a_negated_order_is_no_fee(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


# A tenth writer's posts (tests/data/legitimacy_phrasings_j): money asked as a step of a task platform or of hiring with
# no fee word, a mule's "keep the rest" and own card, a login code handed over; each with a hard negative that shares
# its surface (pay in the sentence, a duty, the employer paying, a product's warranty, a negation)
TENTH_CASES = [
    # an account or a wallet activated at a price, an activation's sum; not pay after the activation
    ("upfront_fee", "uz-latn-activate-price", "Hisobingizni faollashtirasiz: boshlang'ich daraja 150 000 so'm.",
     "Hisobingizni faollashtiring, oylik 5 000 000 so'm kartaga."),
    ("upfront_fee", "uz-cyrl-activate-price", "Ҳисобингизни фаоллаштирасиз: бошланғич даража 150 000 сўм.",
     "Ҳисобингизни фаоллаштиринг, ойлик 5 000 000 сўм картага."),
    ("upfront_fee", "uz-latn-activation-sum", "Faollashtirish summasi 10 kun ichida qaytariladi.",
     "Faollashtirish summasi yo'q, ro'yxatdan o'tish bepul."),
    ("upfront_fee", "ru-activate-price", "Активируйте аккаунт на платформе: 300 000 сум.",
     "Активируйте аккаунт в корпоративном портале, зарплата 900 $ в месяц."),
    ("upfront_fee", "ru-activation-sum", "Сумма активации возвращается через 10 дней.",
     "Никакой суммы активации: доступ к заданиям бесплатный."),
    ("upfront_fee", "en-activate-price", "Activate your account with a one-time $30 to see paid tasks.",
     "Activate your account in our HR portal; salary is $900 a month."),
    ("upfront_fee", "en-activation-amount", "The activation amount is returned after 10 days.",
     "There is no activation amount, no deposit and no fee."),
    ("upfront_fee", "fa-activate-price", "فعال‌سازی حساب کاربری شما ۲۰۰ هزار تومان است.",
     "فعال‌سازی حساب کاربری رایگان است و حقوق ماهانه ۱۵ میلیون تومان."),
    ("upfront_fee", "fa-activation-sum", "مبلغ فعال‌سازی بعد از ده روز برگردانده می‌شود.",
     "هیچ مبلغ فعال‌سازی دریافت نمی‌شود."),
    # a stake back with a premium; not a bank's deposits returned to its clients with interest
    ("upfront_fee", "uz-latn-stake-premium", "Bonus topshiriqqa kiritgan pulingiz ustama bilan qaytadi.",
     "Omonatlar muddati tugagach mijozlarga foizi bilan qaytariladi."),
    ("upfront_fee", "uz-cyrl-stake-premium", "Киритган пулингиз 20 дақиқада устама билан қайтади.",
     "Омонатлар муддати тугагач мижозларга фоизи билан қайтарилади."),
    ("upfront_fee", "ru-stake-premium", "Ваш вклад в командное задание возвращается с процентом.",
     "Вклады клиентов возвращаются с процентами по окончании срока."),
    ("upfront_fee", "ru-stake-plus", "Через 20 минут получаете обратно +30 %.",
     "Через 20 минут получаете обратно доступ к аккаунту."),
    ("upfront_fee", "en-stake-commission", "Each order you fund is returned with a 10% commission.",
     "Clients' orders are refunded with commission deducted by the platform."),
    ("upfront_fee", "en-stake-earnings", "Your balance is returned with your earnings after each set.",
     "Clients' deposits are returned with interest at the end of the term."),
    ("upfront_fee", "fa-stake-premium", "مبلغ واریزی شما با سود ۳۰ درصد برگشت داده می‌شود.",
     "سپرده مشتریان با سود بانکی برگشت داده می‌شود."),
    # a sum the seeker pays now, "refunded with the first pay"; not a travel cost the employer pays back
    ("upfront_fee", "en-first-pay-refund", "The $45 charge is refunded with your first paycheck.",
     "Travel costs are reimbursed with your first paycheck."),
    ("upfront_fee", "uz-latn-first-pay-refund", "Garovni birinchi oylik bilan qaytaramiz.",
     "Yo'l xarajatlarini birinchi oylik bilan qaytaramiz."),
    ("upfront_fee", "uz-cyrl-first-pay-refund", "Гаровни биринчи ойлик билан қайтарамиз.",
     "Йўл харажатларини биринчи ойлик билан қайтарамиз."),
    ("upfront_fee", "ru-first-pay-refund", "Залог возвращается с первой зарплатой.",
     "Расходы на медкнижку компенсируем с первой зарплатой."),
    ("upfront_fee", "fa-first-pay-refund", "ودیعه با اولین حقوق برگردانده می‌شود.",
     "هزینه رفت و آمد با اولین حقوق برگردانده می‌شود."),
    # a guarantee sum; not a product's warranty, nor a promissory note
    ("upfront_fee", "uz-latn-guarantee-sum", "Ishga kirishda 300 000 so'm kafolat summasi kiritiladi.",
     "Mahsulotga 12 oy kafolat, narxi 3 000 000 so'm."),
    ("upfront_fee", "uz-cyrl-guarantee-sum", "Кафолат суммаси 300 000 сўм.", "Маҳсулотга 12 ой кафолат берилади."),
    ("upfront_fee", "ru-guarantee-sum", "Гарантийная сумма 500 000 сум вносится при приёме.",
     "Гарантийный ремонт техники клиентов."),
    ("upfront_fee", "en-guarantee-deposit", "Guarantee deposit: $100, returned after three months.",
     "We give every client a money-back guarantee."),
    ("upfront_fee", "fa-guarantee-sum", "مبلغ ضمانت ۲ میلیون تومان است.", "سفته ضمانت هنگام عقد قرارداد دریافت می‌شود."),
    # a participation fee, a fee called a "charge"; not one the employer bears or none
    ("upfront_fee", "uz-latn-participation", "Sinov haftasi uchun 99 000 so'm ishtirok badali.",
     "Sinov haftasida ishtirok bepul."),
    ("upfront_fee", "uz-cyrl-participation", "Синов ҳафтаси учун 99 000 сўм иштирок бадали.",
     "Синов ҳафтасида иштирок бепул."),
    ("upfront_fee", "ru-participation", "Взнос за участие в отборе обязателен.", "Взнос за участие мы не берём."),
    ("upfront_fee", "en-participation", "A participation fee applies to the trial week.",
     "There is no participation fee for the trial week."),
    ("upfront_fee", "en-processing-charge", "A $45 processing charge is due before your start date.",
     "We never take a processing charge from candidates."),
    ("upfront_fee", "fa-participation", "هزینه مشارکت در دوره آزمایشی ۱۰۰ هزار تومان است.", "هزینه مشارکت با ماست."),
    # a check at the candidate's cost; not at the company's, nor a medical exam (``test_a_medical_exam_at_…``)
    ("upfront_fee", "uz-latn-candidate-cost", "Tekshiruv xizmati 45 USD, nomzod hisobidan.",
     "Tekshiruv xizmati 45 USD, kompaniya hisobidan."),
    ("upfront_fee", "uz-cyrl-candidate-cost", "Текширув хизмати 45 USD, номзод ҳисобидан.",
     "Тиббий кўрик 300 000 сўм, номзод ҳисобидан."),
    ("upfront_fee", "ru-candidate-cost", "Проверка документов — 300 000 сум за счёт кандидата.",
     "Проверка документов — 300 000 сум за счёт компании."),
    ("upfront_fee", "en-candidate-cost", "Background check: $45, at the candidate's own expense.",
     "Medical exam: $45, at the candidate's own expense."),
    ("upfront_fee", "fa-candidate-cost", "استعلام سوابق به هزینه متقاضی انجام می‌شود.",
     "استعلام سوابق به هزینه شرکت انجام می‌شود."),
    # money put into one's own account or wallet on the platform, a minimum balance; not data entered, nor a duty
    ("upfront_fee", "uz-latn-into-account", "Boshlash uchun hisobga 100 $ kiritasiz.",
     "Boshlash uchun hisobga ma'lumotlarni kiritasiz."),
    ("upfront_fee", "uz-cyrl-into-wallet", "Ҳамёнингизга камида 20 USDT киритасиз.",
     "Ҳамёнингизга ҳар ҳафта 20 USDT ўтказилади."),
    ("upfront_fee", "en-fund-own-account", "Associates fund their own trading account with $250.",
     "Associates help clients fund their trading accounts."),
    ("upfront_fee", "en-minimum-balance", "Tasks unlock once your account holds a minimum balance of $50.",
     "Explain to customers that savings accounts need a minimum balance of $50."),
    ("upfront_fee", "fa-minimum-charge", "حداقل شارژ حساب برای شروع ۱۰۰ تتر است.",
     "پاسخ به سوالات کاربران درباره حداقل شارژ حساب."),
    # a starter stock bought to resell; not a buyer's duty, nor a negated one
    ("upfront_fee", "uz-latn-starter-stock", "Ishni boshlash uchun tovarni sotib olish shart.",
     "Tovarni sotib olish shart emas, namunalar bepul."),
    ("upfront_fee", "ru-starter-stock", "Для старта нужна первичная закупка товара на 2 000 000 сум.",
     "Менеджер по закупкам: первичная закупка товара у поставщиков."),
    ("upfront_fee", "en-starter-stock", "Initial purchase is required to become a reseller.",
     "No initial purchase is required to become a reseller."),
    ("upfront_fee", "fa-starter-stock", "خرید اولیه پکیج کالا به مبلغ ۲ میلیون تومان.",
     "پیگیری سفارش مشتریان و ثبت خرید اولیه به مبلغ ۲ میلیون تومان."),
    # a tax before the payout; not a bookkeeper's taxes, nor the employer's
    ("upfront_fee", "ru-payout-tax", "Перед выводом оплатите налоговый сбор 12 %.",
     "Бухгалтер: расчёт налогов, налоговый сбор и отчётность."),
    ("upfront_fee", "uz-latn-payout-tax", "Pulni yechib olishdan oldin 12 % soliq to'lang.",
     "Buxgalter: soliq to'lash va hisobotlar."),
    ("upfront_fee", "en-payout-tax", "A 12% tax applies to unlock your payout.",
     "We pay the 12% tax on your payout for you."),
    ("upfront_fee", "fa-payout-tax", "برای برداشت درآمد، ابتدا مالیات را واریز کنید.", "مالیات حقوق توسط شرکت واریز می‌شود."),
    # a payment through a payment app or a link; not helping customers pay
    ("upfront_fee", "ru-pay-via-app", "Пройдите верификацию: оплатите через Payme по ссылке.",
     "Помогаем клиентам оплатить заказ через Payme."),
    ("upfront_fee", "uz-latn-pay-via-link", "Havola orqali to'lang, keyin ish beriladi.",
     "Mijozlarga havola orqali to'lashni tushuntirish."),
    ("upfront_fee", "en-pay-via-link", "Pay the onboarding cost via the link I send you.",
     "Help customers pay their invoices via the link."),
    ("upfront_fee", "fa-pay-via-link", "از طریق لینک زیر پرداخت کنید تا حساب فعال شود.",
     "به مشتریان بگویید از طریق لینک پرداخت کنند."),
    # money sent to the seeker with "the rest" kept as pay, payments taken on the seeker's own card
    ("money_mule", "ru-keep-the-rest", "Оплатите ноутбук у поставщика, остаток суммы оставьте себе.",
     "Остаток товара верните на склад."),
    ("money_mule", "ru-own-card", "Получение оплат на личную карту, 3 % ваши.", "Приём платежей по картам клиентов на кассе."),
    ("money_mule", "uz-latn-keep-the-rest", "Qolgan pulni o'zingizga qoldiring.",
     "Qolgan savollarni o'zingizga qoldirmang, so'rang."),
    ("money_mule", "uz-latn-own-card", "To'lovlarni o'z kartangizga qabul qilasiz.", "Ish haqi o'z kartangizga o'tkaziladi."),
    ("money_mule", "en-keep-the-rest", "Buy the laptop from our vendor and keep the rest as your advance.",
     "Keep the rest of your afternoon free."),
    ("money_mule", "en-own-card", "Receive payments from buyers on your own bank card.",
     "Receive your payments on your own schedule."),
    ("money_mule", "fa-keep-the-rest", "مابقی مبلغ را برای خودتان نگه دارید.", "مابقی مبلغ به حساب شرکت برمی‌گردد."),
    # a login code handed over; not one given to the seeker, nor one never to send
    ("asks_sms_code", "uz-cyrl-login-code", "Рақамингизга келган кириш кодини бизга берасиз.",
     "Офис эшигининг кодини администратор беради."),
    ("asks_sms_code", "uz-latn-login-code", "Kirish kodini bizga yuboring.", "Kirish kodini hech kimga yubormang."),
    ("asks_sms_code", "ru-hand-over-code", "Передайте нам код из Telegram.", "Не передавайте никому код из Telegram."),
    ("asks_sms_code", "en-hand-over-code", "Give us the login code Telegram sends you.",
     "Never give us a code: we will not ask."),
    ("asks_sms_code", "fa-login-code", "کد ورود را برای ما بفرستید.", "کد ورود را برای هیچ کس نفرستید."),
]


@pytest.mark.parametrize("code,lang,positive,negative", TENTH_CASES, ids=[f"{c[0]}-{c[1]}" for c in TENTH_CASES])
def test_a_tenth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                     negative: str) -> None:
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    ("upfront_fee", "Hech qachon hisobingizni 150 000 so'mga faollashtirish kerak emas."),
    ("upfront_fee", "Мы никогда не просим гарантийную сумму."),
    ("upfront_fee", "Never send a guarantee deposit: it is a scam."),
    ("upfront_fee", "Hech qanday kafolat summasi olinmaydi."),
    ("upfront_fee", "هرگز مبلغ ضمانت واریز نکنید."),
    ("money_mule", "Никогда не оставляйте себе остаток чужих денег: это мошенничество."),
    ("asks_sms_code", "Kirish kodini hech qachon bizga yubormang."),
])
def test_a_tenth_writers_kinds_are_not_read_in_a_negation_or_a_warning(code: str, text: str) -> None:
    assert code not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Антифрод-аналитик: выявление дропов в потоке платежей.",
    "Fraud analyst: detect reshipping schemes in our marketplace orders.",
    "Firibgarlikka qarshi bo'lim: karta ijarasi sxemalarini aniqlash.",
])
def test_mule_schemes_an_antifraud_job_detects_are_its_duties(text: str) -> None:
    """An antifraud analyst's duties name the mule cards they find: "выявление дропов (карт, через которые выводят
    похищенные деньги)" hid a tenth writer's honest post."""
    assert "money_mule" not in _codes(text + FILLER)


def test_what_is_asked_after_a_signed_offer_and_only_then_is_asked_once_hired() -> None:
    """"After you sign the offer we run a background check at our cost, and only then ask for your ID and bank
    details" hid a tenth writer's honest post: the signed offer was beyond the sentence's reach before the match."""
    hired = ("After you sign the offer we run a standard background check at our cost through a screening partner, "
             "and only then ask for your ID and bank details for payroll.")
    assert "asks_bank_or_id" not in _codes(hired + FILLER)
    assert "asks_bank_or_id" in _codes("We chat for ten minutes on Telegram, and only then ask for your bank details."
                                       + FILLER)


@pytest.mark.parametrize("text", [
    "Ускуна учун гаров пули 1 500 000 сўм, шартнома тугагач тўлиқ қайтарилади.",
    "Noutbuk uchun garov puli 1 500 000 so'm, shartnoma muddati tugagach qaytariladi.",
    "Залог за оборудование 2 000 000 сум, возвращается по окончании договора.",
    "A $300 security deposit for the laptop is returned when your contract ends.",
])
def test_a_deposit_returned_when_the_seekers_contract_ends_is_no_contract_duty(text: str) -> None:
    """The seeker's own contract read as the job's contracts (``DUTY_CONTEXT``): a tenth writer's laptop deposit
    "returned when the contract ends" passed as a duty."""
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Shartnomalar bo'yicha oldindan to'lovlarni nazorat qilish.",
    "Контроль предоплат по договорам с поставщиками.",
])
def test_the_jobs_own_contracts_stay_its_duties(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


ELEVENTH_CASES = [
    # a slot or a place reserved at a price; not one booked free, nor pay beside it
    ("upfront_fee", "uz-latn-reserve-slot", "Suhbat slotini band qilish uchun 180 000 so'mni Click orqali yuboring.",
     "Suhbat vaqtini band qilish uchun HR ga yozing, oylik 9 000 000 so'm."),
    ("upfront_fee", "uz-cyrl-reserve-slot", "Суҳбат слотини банд қилиш учун 180 000 сўмни Click орқали юборинг.",
     "Суҳбат вақтини банд қилиш учун HR га ёзинг, ойлик 9 000 000 сўм."),
    ("upfront_fee", "ru-reserve-place", "Чтобы закрепить место за собой, переведите 2 500 ₽ на резерв.",
     "Чтобы закрепить место за собой, пришлите резюме, оклад 90 000 ₽."),
    ("upfront_fee", "ru-throw-in", "Закиньте 2 500 ₽ менеджеру, и место ваше.", "Закиньте резюме менеджеру в личку."),
    ("upfront_fee", "en-reserve-slot", "Reserve your interview slot for $25 via Cash App.",
     "Reserve your interview slot by email, pay is $25 an hour."),
    ("upfront_fee", "fa-reserve", "برای رزرو وقت مصاحبه مبلغ ۲۰۰ هزار تومان لازم است.",
     "برای رزرو وقت مصاحبه با شماره زیر تماس بگیرید، حقوق ۲۰ میلیون تومان."),
    # a key, a licence or a package activated at a price; not one the employer activates, nor pay before it
    ("upfront_fee", "uz-latn-activate-key", "Test kalitini Payme orqali 59 000 so'mga aktivlashtirasiz.",
     "Har bir sahifa 12 000 so'm, akkauntni HR faollashtiradi."),
    ("upfront_fee", "uz-cyrl-activate-package", "250 000 сўмлик ҳамкор пакетини фаоллаштирасиз.",
     "Ҳар бир саҳифа 12 000 сўм, аккаунтни HR фаоллаштиради."),
    ("upfront_fee", "uz-latn-activate-licence", "Dastur litsenziyasini 45 $ ga faollashtirasiz.",
     "Dastur litsenziyasini kompaniya faollashtiradi, oylik 600 $."),
    ("upfront_fee", "ru-activate-licence", "Активируйте лицензию программы — 45 $.",
     "Активируйте лицензию программы в личном кабинете, оклад 900 $."),
    ("upfront_fee", "en-activate-licence", "Activate the software licence for $45 before your first shift.",
     "Activate the software licence we send you, pay is $45 an hour."),
    ("upfront_fee", "fa-activate-licence", "فعال‌سازی لایسنس نرم‌افزار ۴۵ دلار است.",
     "فعال‌سازی لایسنس نرم‌افزار با ماست و حقوق ۴۵ دلار ساعتی."),
    # the seeker's uniform at a price or added to a manager's card; not a uniform given free
    ("upfront_fee", "uz-latn-uniform", "Forma uchun 650 000 so'mni menejerga berasiz.", "Forma uchun pul olinmaydi."),
    ("upfront_fee", "uz-cyrl-uniform", "Форма учун 650 000 сўмни менежерга берасиз.", "Форма учун пул олинмайди."),
    ("upfront_fee", "uz-latn-add-to-card", "650 000 so'mni kartasiga qo'shib qo'ying.",
     "Oylik har oy kartangizga o'tkaziladi."),
    ("upfront_fee", "ru-uniform", "За форму 3 000 ₽ переводите менеджеру при получении.",
     "Форменная одежда выдаётся бесплатно."),
    ("upfront_fee", "en-uniform", "The uniform is $60, paid to the supervisor on day one.",
     "Uniform allowance of $200 per year, paid by the company."),
    ("upfront_fee", "fa-uniform", "هزینه لباس فرم ۸۰۰ هزار تومان است.", "هزینه لباس فرم با شرکت است."),
    # a paid test; not a free one
    ("upfront_fee", "uz-latn-test", "Testga yozilish uchun 320 000 so'm kerak.",
     "Testga yozilish uchun havolani HR yuboradi, test bepul."),
    ("upfront_fee", "uz-cyrl-test", "Тестга ёзилиш учун 320 000 сўм керак.",
     "Тестга ёзилиш учун ҳаволани HR юборади, тест бепул."),
    ("upfront_fee", "ru-test", "Тест платный, запись через менеджера.", "Тест бесплатный, запись через менеджера."),
    ("upfront_fee", "en-test", "The typing test costs $15 by PayPal.", "The typing test is free, pay is $15 an hour."),
    ("upfront_fee", "fa-test", "هزینه آزمون ۳۵۰ هزار تومان است.", "هزینه آزمون بر عهده شرکت است."),
    # a pledge for the company's equipment; not equipment given with none
    ("upfront_fee", "ru-laptop-pledge", "Технику выдаём под гарантийный залог, его переводят курьеру.",
     "Никакого гарантийного залога за технику нет."),
    ("upfront_fee", "uz-latn-laptop-pledge", "Noutbuk uchun kafolat garovi kuryerga topshiriladi.",
     "Kafolat garovi olinmaydi, noutbuk bepul."),
    ("upfront_fee", "uz-cyrl-laptop-pledge", "Ноутбук учун кафолат гарови курьерга топширилади.",
     "Кафолат гарови олинмайди, ноутбук бепул."),
    ("upfront_fee", "en-laptop-deposit", "The laptop deposit is paid to the courier on delivery.",
     "There is no laptop deposit: you return the laptop when you leave."),
    ("upfront_fee", "fa-laptop-deposit", "برای لپ تاپ شرکت ودیعه تجهیزات را به پیک تحویل دهید.",
     "لپ تاپ شرکت بدون ودیعه تجهیزات تحویل داده می‌شود."),
    # paid card to card, said as a fact; not the job's card-to-card transfers
    ("upfront_fee", "fa-card-to-card", "ست مواد اولیه را به مبلغ ۲ میلیون تومان کارت به کارت می‌کنید.",
     "پشتیبانی تراکنش‌های کارت به کارت ناموفق مشتریان."),
    # a wallet kept topped up; not a client's wallet checked
    ("upfront_fee", "fa-wallet-charged", "کیف پول پنل باید حداقل ۱۰۰ تتر شارژ باشد.",
     "پشتیبانی: بررسی شارژ کیف پول مشتریان در پنل."),
    ("upfront_fee", "en-wallet-holds", "Your task wallet must hold at least 100 USDT to unlock orders.",
     "The client's wallet must hold at least 100 USDT before we process their order."),
    ("upfront_fee", "ru-wallet-holds", "На кошельке должно быть не менее 100 USDT для открытия заказов.",
     "На кошельке клиента должно быть не менее 100 USDT, проверяйте перед выплатой."),
    ("upfront_fee", "uz-latn-wallet-holds", "Panel hamyonida kamida 100 USDT bo'lishi kerak.",
     "Mijoz hamyonida kamida 100 USDT borligini tekshirasiz."),
    # a share in advance; not the employer's advance nor a commission paid to the seeker
    ("upfront_fee", "ru-percent-ahead", "Виза за 10 дней, нужно только закинуть 30% вперёд.",
     "Оплата 30% вперёд от заказчика, остальное после сдачи проекта."),
    ("upfront_fee", "en-percent-ahead", "Just pay 30% upfront for the visa.", "We pay 30% upfront on every project."),
    ("upfront_fee", "fa-percent-ahead", "۳۰ درصد مبلغ را الان واریز کنید.",
     "۳۰ درصد پورسانت به حساب شما واریز می‌شود."),
    # a guarantee cheque signed over; not the job's cheques and bank guarantees
    ("upfront_fee", "fa-guarantee-cheque",
     "یک چک صیادی به مبلغ ۲۰۰ میلیون تومان بابت ضمانت امضا و به نام مدیر ثبت کنید.",
     "ثبت چک‌های صیادی دریافتی و صدور ضمانت‌نامه‌های بانکی شرکت."),
    ("upfront_fee", "en-guarantee-cheque", "Sign a post-dated cheque for $5,000 as a guarantee and mail it to us.",
     "Process post-dated cheques that clients send as a guarantee."),
    ("upfront_fee", "ru-guarantee-note", "Подпишите вексель на 200 000 ₽ в залог.",
     "Бухгалтер: учёт векселей, полученных в залог от контрагентов."),
    # a price credited back after some time at work or with a pay; not a travel cost refunded
    ("upfront_fee", "en-credited-back", "The program is $149 and is credited back after 60 days of employment.",
     "Your $149 purchase is refunded to the client after 60 days if unused."),
    ("upfront_fee", "ru-back-with-pay", "Ключ стоит 3 000 ₽, вернём с первой зарплатой.",
     "Расходы на проезд до 3 000 ₽ компенсируем с первой зарплатой."),
    ("upfront_fee", "uz-latn-back-with-pay", "Kalit puli birinchi oylik bilan qaytadi.",
     "Yo'l puli birinchi oylik bilan qaytariladi."),
    ("upfront_fee", "uz-cyrl-back-with-pay", "Калит пули биринчи ойлик билан қайтади.",
     "Йўл пули биринчи ойлик билан қайтарилади."),
    # a price paid to a "partner"; not one the employer pays
    ("upfront_fee", "en-screening-partner",
     "Run your report through our screening partner at trustscore-verify.net — it costs $34.95.",
     "Our screening partner runs the check, and we cover the $34.95 cost."),
    ("upfront_fee", "ru-training-partner", "Обучение у нашего партнёра — 12 000 ₽.",
     "Обучение у нашего партнёра за счёт компании, оклад 80 000 ₽."),
    # a card and its SIM handed over; not a bank's help with linked SIMs
    ("money_mule", "uz-cyrl-card-and-sim", "Карта ва унга уланган SIM картани курьер уйингиздан олиб кетади.",
     "Банк картаси ва SIM картани мижозга курьер олиб боради."),
    ("money_mule", "uz-latn-card-for-weeks", "Humo yoki Uzcard karta 2 haftaga kerak, pulni biz o'zimiz yechib olamiz.",
     "Ish haqi uchun Humo yoki Uzcard karta kerak."),
    ("money_mule", "ru-card-and-sim", "Карту и привязанную к ней сим-карту заберёт курьер.",
     "Помощь клиентам со сменой привязанной к карте сим-карты."),
    ("money_mule", "en-card-and-sim", "Hand over your bank card and the SIM card linked to it for two weeks.",
     "Help customers whose SIM card is linked to the wrong bank account."),
    ("money_mule", "fa-card-and-sim", "کارت بانکی و سیم‌کارت متصل به آن را به پیک تحویل دهید.",
     "پشتیبانی: تغییر شماره موبایل متصل به حساب مشتریان."),
    # the rest thrown on, a share of each transfer kept; not an antifraud desk, nor a share of sales
    ("money_mule", "ru-rest-thrown-on", "Вы оставляете себе 5 %, остаток перекидываете на реквизиты менеджера.",
     "Выявление дропов и карт, через которые «перекидывают» похищенные деньги."),
    ("money_mule", "en-share-of-transfers", "You keep 8% of every transfer.", "You keep 70% of every sale you make."),
    ("money_mule", "uz-latn-rest-sent-on", "5 foizini olasiz, qolgan pulni menejer aytgan joyga o'tkazasiz.",
     "Qolgan savollarni menejerga yozasiz."),
    # cash loaded at a crypto ATM to a wallet; not an analyst flagging such deposits
    ("money_mule", "en-bitcoin-atm", "Withdraw the cash and load it at a Bitcoin ATM to the company wallet.",
     "Flag transfers that match scam patterns (crypto ATM deposits, mule accounts) to compliance."),
    ("money_mule", "ru-crypto-atm", "Снимаете наличные и вносите их через криптомат на кошелёк компании.",
     "Аналитик: выявление переводов через криптоматы на кошельки мошенников."),
    ("money_mule", "uz-latn-crypto-atm", "Naqd pulni bitkoin bankomat orqali kompaniya hamyoniga tashlaysiz.",
     "Firibgarlikka qarshi bo'lim: kripto bankomat orqali hamyonlarga o'tkazmalarni aniqlash."),
    ("money_mule", "fa-crypto-atm", "پول نقد را با خودپرداز بیت کوین به کیف پول شرکت بفرستید.",
     "شناسایی واریز از خودپرداز بیت کوین به کیف پول کلاهبرداران."),
    # gift cards bought and their codes sent; not a cashier selling them, nor a warning
    ("money_mule", "en-gift-cards", "Please pick up eight $200 Apple gift cards and text me photos of the codes.",
     "Nobody will ever ask you to buy gift cards or send photos of the codes."),
    ("money_mule", "ru-gift-cards", "Купите 5 подарочных карт Apple и пришлите фото кодов.",
     "Кассир: продажа подарочных карт покупателям."),
    ("money_mule", "uz-latn-gift-cards", "5 ta sovg'a kartasini sotib oling va kodlarini suratga olib yuboring.",
     "Kassir: mijozlarga sovg'a kartalarini sotish."),
    ("money_mule", "fa-gift-cards", "چند گیفت کارت اپل بخرید و عکس کدها را برایم بفرستید.",
     "فروش گیفت کارت به مشتریان فروشگاه."),
]


@pytest.mark.parametrize("code,lang,positive,negative", ELEVENTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in ELEVENTH_CASES])
def test_an_eleventh_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                        negative: str) -> None:
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    ("upfront_fee", "Никогда не закидывайте 2 500 ₽ на резерв: это мошенники."),
    ("upfront_fee", "We never ask you to activate a licence for $45."),
    ("upfront_fee", "Hech qachon kalitni 59 000 so'mga aktivlashtirmang."),
    ("upfront_fee", "Hech qanday garov yo'q: forma uchun 650 000 so'm so'ramaymiz."),
    ("upfront_fee", "Мы не берём гарантийный залог за технику."),
    ("upfront_fee", "هرگز کارت به کارت نمی‌کنید؛ هیچ هزینه آزمون دریافت نمی‌شود."),
    ("money_mule", "Never buy gift cards and send photos of the codes to anyone who texts you."),
    ("money_mule", "Мошенники просят: «остаток перекидываете на реквизиты» — не соглашайтесь."),
    ("money_mule", "Kartangizni va unga ulangan SIM kartani hech kimga bermang, bu firibgarlik."),
])
def test_an_eleventh_writers_kinds_are_not_read_in_a_negation_or_a_warning(code: str, text: str) -> None:
    assert code not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Forma uchun 650 000 so'mni menejer kartasiga qo'shib qo'ying — usiz ro'yxatga kiritilmaysiz.",
    "Send $50 to the manager's personal card — otherwise you will not be registered.",
    "Переведите 5 000 руб на карту менеджера — иначе вас не зарегистрируют.",
])
def test_a_threat_after_a_fee_is_no_negation_of_it(text: str) -> None:
    """"— usiz ro'yxatga kiritilmaysiz" (without it you are not registered) read as "not" of the fee before it: a
    consequence opens a clause of its own (``NEW_CLAUSE``), as a "but" does."""
    assert "upfront_fee" in _codes(text + FILLER)


def _dev_folded_texts(step: int = 3) -> list[str]:
    """Every ``step``-th posting of the dev data (EMSCAD fraud and legit, the boards) as the rules read it."""
    from pipeline.legitimacy import data
    from pipeline.legitimacy.text import posting_text_folded

    postings = data.read_emscad(data.EMSCAD_FRAUD) + data.read_emscad(data.EMSCAD_LEGIT) + data.read_jsonl(
        data.BOARD_LEGIT)
    return [posting_text_folded(p)[1] for p in postings[::step]]


_PRICED_TEXTS = [
    "$25 for account verification, then you start.", "pay can$30 for registration. ca$5 for the starter kit",
    "usd 40 for your onboarding; get $10 for every sign-up", "€15 one-time for membership €€20 for access to all tasks",
    "Registration costs $10. Starter kit — $49! a $100 bonus for onboarding", "c$1,000 for activation £9 for enrollment",
    "kzt 5000 for registration ₸ 500 for registration ₹2 for signup", "x$5 for registration", "$$$5 for registration",
]


def test_a_raw_pattern_tried_only_where_it_can_start_finds_what_finditer_finds() -> None:
    """``_finditer_at`` (a pattern opening with a look-ahead tried only where its ``_openings`` are) gives every
    shared raw pattern's ``finditer`` matches, on the dev postings and on priced fees; ``_raw_finditer`` those of
    them that start a word."""
    patterns = {c[2] for _, c in matching._SHARED_LEXICONS._raw} | {
        c[2] for raws in matching._SHARED_LEXICONS._raw_by_key.values() for _, c in raws}
    opening = {p: matching._openings(p.pattern) for p in patterns if matching._openings(p.pattern)}
    # (one per ``prices._SEEKER_FEES`` entry and the first two subscriptions: "$85 for the license" the 17th)
    assert sum(o == matching._CURRENCY_OPENINGS for o in opening.values()) == 17 and len(opening) >= 30
    texts = _dev_folded_texts(4) + [fold(t) for t in _PRICED_TEXTS] + [c[2].lower() for c in CASES]
    found = 0
    for pattern, openings in opening.items():
        for text in texts:
            expected = [m.span() for m in pattern.finditer(text)]
            tried = matching._finditer_at(pattern, openings, text)
            assert [m.span() for m in tried] == expected, (pattern.pattern, text)
            assert [m.span() for m in matching._raw_finditer(pattern, text)] == [
                (start, end) for start, end in expected if not start or not text[start - 1].isalnum()]
            found += len(expected)
    assert found >= 10  # (the priced fees do match)


def test_the_openings_of_a_raw_pattern() -> None:
    assert matching._openings(matching._CURRENCY_AHEAD + r"\d+ for x") == matching._CURRENCY_OPENINGS
    assert matching._openings(r"(?=sign[- ]?up)(?<!our\s)sign") == (("sign", 0),)
    assert matching._openings(r"(?=enrol+ment)enrol") == (("enro", 0),)
    assert matching._openings(r"(?=(?:account\s+)?activation)x") == (("account", 0), ("activation", 0))
    assert matching._openings(r"(?=\w+ment)x") == ()  # no literal opens it
    assert matching._openings(r"(?=ab|cd)x") == (("ab", 0), ("cd", 0))
    assert matching._openings(r"(?=ab)x|y") == (("ab", 0), ("y", 0))  # a match may start at either
    assert matching._openings(r"(?i)(?=ab)x") == ()  # case-blind
    assert matching._openings(r"(?<=ab)x") == (("x", 0),)
    assert matching._openings(r"registration") == ()  # the engine skips ahead to a literal itself


def test_the_openings_after_a_look_behind_and_of_alternatives() -> None:
    """A look-behind takes no character; each alternative opens with its own literal (common openings factored out
    by the parser: "bo(?:g'|g)lan" opens with "bog"); one alternative without a known start leaves the pattern to the
    regex engine, and so does one opening with a literal, which the engine skips ahead to itself."""
    assert matching._openings(r"(?<!['\w])(?:alo(?:q|k)a|bo(?:g'|g)lan|y(?:o|e)zi)x") == (
        ("alo", 0), ("bog", 0), ("y", 0))
    assert matching._openings(r"(?:svyaz|pishite|pishi)\W{0,4}@") == (("svyaz", 0), ("pishite", 0), ("pishi", 0))
    assert matching._openings(r"(?!x)(?:ab|cd)e|fg") == (("abe", 0), ("cde", 0), ("fg", 0))
    assert matching._openings(r"(?:ab|\w)x") == ()
    assert matching._openings(r"(?<![^\n])[^\w\s@]{0,4}\s?@") == ((matching._LINE_START, 0),)  # at a line's start
    assert matching._openings(r"(?<![^\n])ab") == (("ab", 0),)
    assert matching._openings(r"(?i:ab)x") == ()
    assert matching._openings(r"you\s+(?:must|will)") == ()


def test_the_openings_of_an_amount_and_of_optional_parts() -> None:
    """A match opening with an amount may start at any decimal digit (``\\d`` is Unicode's: "۳" and "٣" too, and a
    range of ASCII digits is within it); what follows an optional part may open the match, and a repeated part opens
    with what opens it once. A pattern opening with a class is left to the regex engine, which skips ahead to it."""
    digit = matching._ANY_DIGIT
    assert matching._openings(r"(?:ab|\d)x") == (("abx", 0), (digit, 0))
    assert matching._openings(r"(?:(?:c|ca|can)?\$|usd\s?)\s?\d|\d[\d,.]*\s?usd") == (
        ("c", 0), ("$", 0), ("usd", 0), (digit, 0))
    assert matching._openings(r"\d+\s?%") == ((digit, 0),)
    assert matching._openings(r"(?:[1-9]\d*|€\s)x") == ((digit, 0), ("€", 0))
    assert matching._openings(r"(?:ab)?cd") == (("abcd", 0), ("cd", 0))
    assert matching._openings(r"(?:ab)*cd") == (("ab", 0), ("cd", 0))
    assert matching._openings(r"(?:x*)+z") == ()  # (the repeated part may be empty)
    assert matching._openings(r"(?:[a-z]|\d)x") == ()
    assert matching._openings(r"[1-9]\d*x") == ()  # the engine skips ahead to the class


def test_the_digits_and_the_line_starts_of_a_text() -> None:
    for text in ("", "no digits", "a 12 b 3", "۱۲ ٣ 4 ३ x", "пять 5", "9"):
        assert sorted(matching._digit_places(text)) == [m.start() for m in re.finditer(r"\d", text)]
        lines = text + "\n" + text
        assert matching._line_starts(lines) == [m.start() for m in re.finditer(r"(?<![^\n])", lines)]


def test_the_currency_pattern_is_one_text_in_every_process() -> None:
    """Built from a set of names, it had followed the process's string hashes: the same names, tried in another
    order among those of one length."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = "from pipeline.legitimacy import rules; print(rules.CURRENCY_NAME)"
    root = Path(__file__).resolve().parents[2]
    texts = {subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(texts) == 1


@pytest.mark.parametrize("text", [
    "We never ask you to register, pay a registration fee and wait.",
    "You will never be asked to sign up, pay a $30 fee and wait for approval.",
    "We don't ask you to register, send $30 and wait.",
])
def test_a_negated_ask_governs_each_verb_of_its_list(text: str) -> None:
    """An employer's own warning: the comma before "pay" in the list of what it never asks had read as a new demand
    after the negation, and the post as one asking for a registration fee."""
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Register now and pay a registration fee of $30.",
    "No experience needed and pay $30 to register.",
    "No experience needed, we ask you to register, pay a $30 registration fee and start.",
    "We only ask you to register, pay a $30 registration fee and wait.",
    "We never ask for experience, just pay a $30 registration fee and start.",
])
def test_a_list_of_verbs_no_negated_ask_governs_still_asks_for_the_fee(text: str) -> None:
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Оплатите $20? Никогда — это мошенники.",
    "Оплатите $20? Нет, никогда.",
    "Pay $20 to start? Never — that's a scam.",
    "50 000 so'm to'lang? Hech qachon — bu firibgarlar.",
    "50 000 сўм тўланг? Ҳеч қачон — бу фирибгарлар.",
    "To'lov qiling? Hech qachon — bu firibgarlar.",
    "۲۰۰ هزار تومان واریز کنید؟ هرگز — این‌ها کلاهبردارند.",
    "پرداخت کنید؟ هرگز — این‌ها کلاهبردارند.",
])
def test_a_fee_asked_in_a_question_answered_never_is_a_warning(text: str) -> None:
    """A rhetorical question answered "Никогда" in the next sentence had read as the post asking for the fee."""
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Оплатите $20? Да, и начнёте уже сегодня.",
    "Pay $20 to start? Yes, and you start today.",
    "Pay $20 to start? Never been easier to earn from home.",
    "50 000 so'm to'lang? Ha, va bugunoq boshlaysiz.",
    "۲۰۰ هزار تومان واریز کنید؟ بله، و از امروز شروع می‌کنید.",
])
def test_a_fee_asked_in_a_question_not_answered_never_is_still_asked(text: str) -> None:
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "شما مسئول پاسخگویی به مشتریان درباره شارژ کیف پول و پیگیری تراکنش‌ها هستید.",
    "پاسخگویی به مشتریان درباره شارژ کیف پول و پیگیری تراکنش‌ها",
    "وظایف شما: پاسخگویی به تماس‌ها درباره کیف پول و شارژ آن.",
    "شما به کاربران در فعالسازی کیف پول کمک می‌کنید.",
    "Siz mijozlarning hamyonini to'ldirish bo'yicha savollarga javob berasiz.",
    "Сиз мижозларнинг ҳамёнини тўлдириш бўйича саволларга жавоб берасиз.",
    "Siz foydalanuvchilarga hamyonni faollashtirishda yordam berasiz.",
    "Вы будете консультировать клиентов по пополнению кошелька.",
    "Вы будете помогать пользователям активировать кошелёк в приложении.",
])
def test_a_wallet_topped_up_or_activated_as_support_work_is_no_fee(text: str) -> None:
    """Helping clients top up or activate their wallets is support work: the wallet phrases had fired on any top-up
    of any wallet, in a sentence that spoke to the seeker."""
    assert "upfront_fee" not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "کیف پول خود را شارژ کنید تا تسک‌ها باز شوند.",
    "کیف پولتان را شارژ کنید تا سفارش‌ها باز شوند.",
    "برای شروع کار کیف پول را شارژ کنید.",
    "کیف پول پنل باید حداقل ۱۰۰ تتر شارژ باشد.",
    "برای فعال شدن سطح طلایی یک میلیون تومن شارژ کیف پول لازمه.",
    "Ish hamyoningizni 50 USDT bilan to'ldiring.",
    "Hamyonni to'ldirasiz, keyin topshiriqlar ochiladi.",
    "Ишга киришиш учун ҳамённи тўлдиринг.",
    "Hamyoningizni faollashtiring, keyin topshiriqlar ochiladi.",
    "Пополните кошелёк, чтобы начать.",
    "Необходимо пополнить кошелёк, чтобы открыть задания.",
    "Для доступа к заданиям активируйте кошелёк.",
])
def test_a_wallet_the_seeker_is_told_to_top_up_or_activate_is_a_fee(text: str) -> None:
    assert "upfront_fee" in _codes(text + FILLER)


TWELFTH_CASES = [
    # a file's or a visa's cost in Dari words (مصرف, دوسیه, فیس), the dollar as Dari spells it, half of it now
    ("upfront_fee", "fa-dari-file-cost", "مصرف دوسیه و معرفی‌نامه ۸۰۰ دالر است.",
     "وظایف: تشکیل دوسیه خانواده‌های مهاجر و پیگیری آن."),
    ("upfront_fee", "fa-dari-fee-word", "فیس ویزا را به کارشناس ما بدهید.", "ویزا و بلیط هواپیما به عهده موسسه است."),
    ("upfront_fee", "fa-dari-dollar", "برای ثبت نام ۵۰ دالر بپردازید.", "معاش ماهانه ۵۰۰ دالر پرداخت می‌شود."),
    ("upfront_fee", "fa-half-now", "مبلغ کل ۸۰۰ دلار، نیمش حالا و نیمش بعد از ویزا.",
     "نیمی از همکاران ما حالا دورکار هستند."),
    # a "state duty" sent to a card, a wallet or a bot; not one paid to the state
    ("upfront_fee", "uz-latn-state-duty", "Davlat boji 41 200 so'm bot ko'rsatgan kartaga o'tkaziladi.",
     "Davlat bojini my.gov.uz orqali o'zingiz to'laysiz."),
    ("upfront_fee", "uz-cyrl-state-duty", "Давлат божи 41 200 сўм бот кўрсатган картага ўтказилади.",
     "Давлат божини my.gov.uz орқали ўзингиз тўлайсиз."),
    ("upfront_fee", "ru-state-duty", "Госпошлина 2 000 ₽ уходит через бота на карту куратора.",
     "Госпошлину за патент оплачиваете на Госуслугах."),
    ("upfront_fee", "en-state-duty", "The state duty of $40 goes to the card the bot gives you.",
     "Pay the state duty at the tax office when you register as self-employed."),
    ("upfront_fee", "fa-state-duty", "عوارض دولتی ثبت‌نام به شماره کارت ربات فرستاده می‌شود.",
     "عوارض دولتی را در دفتر پیشخوان دولت می‌پردازید."),
    # the customs clearance of the company laptop paid by the seeker; not a customs broker's pay
    ("upfront_fee", "uz-latn-customs",
     "Noutbuk uchun bojxona rasmiylashtiruvi va sug'urtasi — 900 000 so'mni transport agentimiz Jasur akaga "
     "o'tkazasiz.",
     "Bojxona rasmiylashtiruvi bo'yicha mutaxassis, oylik 9 000 000 so'm."),
    ("upfront_fee", "uz-cyrl-customs",
     "Ноутбук учун божхона расмийлаштируви ва суғуртаси — 900 000 сўмни транспорт агентимиз Жасур акага ўтказасиз.",
     "Божхона расмийлаштируви бўйича мутахассис, ойлик 9 000 000 сўм."),
    ("upfront_fee", "ru-customs", "Растаможка ноутбука 12 000 ₽, их переводите агенту.",
     "Специалист по таможенному оформлению, оклад 90 000 ₽."),
    ("upfront_fee", "en-customs", "Customs clearance of $180 is sent to our shipping agent.",
     "Customs clearance coordinator, $60,000 a year, full benefits."),
    ("upfront_fee", "fa-customs", "هزینه ترخیص لپ‌تاپ ۳ میلیون تومان است که به آقای رضا واریز می‌کنید.",
     "کارشناس ترخیص کالا از گمرک، حقوق ۲۵ میلیون تومان."),
    # a crypto escrow funded for the equipment; not an escrow lawyer's or officer's clients
    ("upfront_fee", "en-escrow", "Fund the escrow wallet with 640 USDT before the laptop ships.",
     "Escrow assistant: open escrow accounts for our clients and track their deposits."),
    ("upfront_fee", "ru-escrow", "Пополните эскроу на 600 USDT до отправки ноутбука.",
     "Юрист по сделкам эскроу для клиентов банка."),
    ("upfront_fee", "uz-latn-escrow", "Texnika eskrou hamyoni orqali beriladi.",
     "Eskrou hisoblari bo'yicha yurist, mijozlar bitimlari."),
    ("upfront_fee", "fa-escrow", "تجهیزات از طریق کیف پول اسکرو آزاد می‌شود.",
     "مشاور حقوقی قراردادهای اسکرو برای مشتریان شرکت."),
    # a minimum working balance kept in USDT; not clients' balances watched
    ("upfront_fee", "en-working-balance", "Keep a minimum working balance of 500 USDT on your own account.",
     "Reconcile the minimum balance on clients' USDT wallets every day."),
    ("upfront_fee", "ru-working-balance", "На вашем аккаунте нужен минимальный рабочий баланс.",
     "Аналитик: контроль минимальных остатков на счетах клиентов."),
    ("upfront_fee", "uz-latn-working-balance", "Minimal ishchi balans 500 USDT bo'lishi kerak.",
     "Mijozlar hisoblaridagi minimal balansni nazorat qilish."),
    ("upfront_fee", "fa-working-balance", "موجودی کاری حساب شما باید ۵۰۰ تتر باشد.",
     "گزارش موجودی انبار کالا به مدیر."),
    # a working account bought from "us"; not customers helped to buy one, nor an account the company opens
    ("upfront_fee", "fa-account-to-buy", "اکانت کاری را از ما بخرید: ۲۵ تتر.",
     "به مشتریان در خرید اکانت پرمیوم از سایت کمک می‌کنید."),
    ("upfront_fee", "en-account-to-buy", "Buy your working account from us for 25 USDT.",
     "Help customers buy a premium account from our store."),
    ("upfront_fee", "ru-account-to-buy", "Купите рабочий аккаунт у нас за 25 USDT.",
     "Помогать клиентам покупать подписку на сайте."),
    ("upfront_fee", "uz-latn-account-to-buy", "Ishchi akkauntni bizdan 25 USDT ga sotib olasiz.",
     "Ishchi akkauntingiz kompaniya tomonidan ochiladi."),
    # goods bought with the seeker's own money; not with the company's
    ("upfront_fee", "ru-own-money", "Вы выкупаете товар на своё имя за свои средства, стоимость вернём.",
     "Закупщик: покупка товаров за средства компании."),
    ("upfront_fee", "uz-latn-own-money", "Mahsulotni o'z pulingizga sotib olasiz, keyin qaytaramiz.",
     "Mahsulotlarni kompaniya hisobidan sotib olasiz."),
    ("upfront_fee", "fa-own-money", "کالا را با پول خودتان بخرید، بعداً برمی‌گردانیم.",
     "کالاها را با پول شرکت خریداری می‌کنید."),
    ("upfront_fee", "en-own-money", "Buy the items with your own funds and post a 5-star review.",
     "Purchase office supplies with the company card."),
    # access to the order database at a price; not a database kept as the job, nor free access
    ("upfront_fee", "ru-order-database", "Доступ к базе заказов — 490 ₽ разово.",
     "Доступ к базе заказов бесплатный, оклад 60 000 ₽."),
    ("upfront_fee", "en-order-database", "Access to the order database costs $19.",
     "Access to the order database is given on day one; pay is $19 an hour."),
    ("upfront_fee", "uz-latn-order-database", "Buyurtmalar bazasiga kirish — 49 000 so'm.",
     "Buyurtmalar bazasiga kirish bepul, oylik 5 000 000 so'm."),
    ("upfront_fee", "fa-order-database", "دسترسی به بانک سفارش‌ها ۱۰۰ هزار تومان است.",
     "دسترسی به بانک سفارش‌ها رایگان است، حقوق ۱۵ میلیون تومان."),
    # P2P "arbitrage": USDT bought with the money that arrives and sent on, a share of each round; not a wallet's
    # support
    ("money_mule", "uz-cyrl-p2p", "Келган пулга USDT сотиб оласиз ва жамоа ҳамёнига ўтказасиз.",
     "Мижозларга USDT ҳамёнини тўлдиришда ёрдам берасиз."),
    ("money_mule", "uz-latn-p2p", "Kelgan pulga USDT sotib olasiz va jamoa hamyoniga o'tkazasiz.",
     "Mijozlarga USDT hamyonini to'ldirishda yordam berasiz."),
    ("money_mule", "uz-latn-each-round", "Har aylanmadan 2,5% sizniki.", "Har oy aylanma rejasini bajarsangiz bonus."),
    ("money_mule", "ru-p2p", "Купите USDT на эти деньги и отправьте на кошелёк команды.",
     "Поддержка клиентов биржи: помощь с покупкой USDT."),
    ("money_mule", "en-p2p", "Buy USDT with the money and send it to the team wallet.",
     "Help customers buy USDT in the app and answer their questions."),
    ("money_mule", "fa-p2p", "با پول واریزی تتر بخرید و به کیف پول تیم بفرستید.",
     "پشتیبانی کاربران در خرید تتر از اپلیکیشن."),
    # clients' cash put into a crypto wallet, or on the cards a coordinator names; not the day's cash to the till
    ("money_mule", "ru-cash-to-crypto", "Наличные вносите через терминал на криптокошелёк.",
     "Кассир: приём наличных и выдача чеков."),
    ("money_mule", "en-cash-to-crypto", "Deposit the cash into the crypto wallet we send you.",
     "Deposit the day's cash into the company safe."),
    ("money_mule", "uz-latn-cash-to-crypto", "Naqd pulni kripto hamyonga tashlaysiz.",
     "Naqd pulni kassaga topshirasiz."),
    ("money_mule", "fa-cash-to-crypto", "پول نقد را به کیف پول ارز دیجیتال ما بریزید.",
     "پول نقد را به صندوق فروشگاه تحویل دهید."),
    ("money_mule", "ru-coordinators-cards", "Вносите деньги на карты, которые укажет координатор.",
     "Отчёты отправляйте на почту, которую укажет координатор."),
    ("money_mule", "en-coordinators-cards", "Deposit the cash onto the cards the coordinator gives you.",
     "Send reports to the address the coordinator gives you."),
    ("money_mule", "uz-latn-coordinators-cards", "Naqd pulni koordinator ko'rsatgan hamyonga tashlaysiz.",
     "Hisobotlarni koordinator ko'rsatgan pochtaga yuborasiz."),
    ("money_mule", "fa-coordinators-cards", "پول را به کارت‌هایی که هماهنگ‌کننده اعلام می‌کند واریز کنید.",
     "گزارش‌ها را به ایمیلی که هماهنگ‌کننده اعلام می‌کند بفرستید."),
    # money sent on, "the rest" the seeker's reward; not a platform's payout after its commission
    ("money_mule", "ru-rest-is-reward",
     "Вы отправляете 18 500 ₽ получателю.\nОставшиеся 1 500 ₽ — ваше вознаграждение.",
     "Комиссия сервиса 10 %, оставшиеся 4 500 ₽ — ваше вознаграждение."),
    ("money_mule", "en-rest-is-reward", "You forward $900 to the receiver; the remaining $100 is your reward.",
     "The platform keeps a 10% fee; the remaining $90 is your reward."),
    ("money_mule", "uz-latn-rest-is-reward", "18 500 so'mni oluvchiga o'tkazasiz, qolgan 1 500 so'm sizniki.",
     "Platforma 10% komissiya oladi, qolgan summa sizniki."),
    ("money_mule", "fa-rest-is-reward", "۱۸ میلیون را برای گیرنده بفرستید؛ مابقی دستمزد شماست.",
     "سایت ۱۰ درصد کارمزد برمی‌دارد و مابقی دستمزد شماست."),
    # SIM cards and loans taken out in the seeker's name for "the company"; not a bank's loans to its clients
    ("identity_proxy", "ru-sims-on-oneself", "Оформляете на себя 5 SIM-карт и передаёте менеджеру.",
     "Берём на себя оформление SIM-карт для сотрудников."),
    ("identity_proxy", "uz-latn-loan-in-your-name", "Alif Nasiya orqali o'z nomingizga telefon rasmiylashtirasiz.",
     "Kredit mutaxassisi: mijozlar nomiga kredit rasmiylashtirish."),
    ("identity_proxy", "uz-cyrl-loan-in-your-name", "Алиф Насия орқали ўз номингизга телефон расмийлаштирасиз.",
     "Кредит мутахассиси: мижозлар номига кредит расмийлаштириш."),
    ("identity_proxy", "ru-loan-in-your-name", "Оформите на себя кредит, платежи вносит компания.",
     "Кредитный специалист: оформление кредитов на имя клиентов."),
    ("identity_proxy", "en-loan-in-your-name", "Get two phones on installments in your name; we pay them off.",
     "Loan officer: help clients take out loans in their name."),
    ("identity_proxy", "fa-loan-in-your-name", "یک وام به نام خودتان بگیرید، اقساط با ماست.",
     "کارشناس تسهیلات: بررسی پرونده وام مشتریان."),
    # the seeker's WhatsApp lent out; not a company's WhatsApp to run
    ("identity_proxy", "en-lent-whatsapp", "Earn $150/week lending your WhatsApp account.",
     "Run our company's WhatsApp account and answer customers."),
    ("identity_proxy", "ru-lent-whatsapp", "Аренда вашего WhatsApp — 3 000 ₽ в неделю.",
     "Ведение WhatsApp-аккаунта компании."),
    ("identity_proxy", "uz-latn-lent-whatsapp", "WhatsApp'ingizni haftaga ijaraga berasiz.",
     "Kompaniyaning WhatsApp sahifasini yuritasiz."),
    ("identity_proxy", "fa-lent-whatsapp", "اجاره واتساپ شما هفته‌ای ۳ میلیون تومان.", "مدیریت واتساپ بیزینس فروشگاه."),
    # a selfie with the passport or the ID; not a KYC specialist checking customers' selfies
    ("asks_id_document", "uz-latn-passport-selfie", "Pasportni yuzingiz yonida ushlab turgan selfi yuboring.",
     "KYC: mijozlarning pasport bilan selfilarini tekshirish."),
    ("asks_id_document", "uz-cyrl-passport-selfie", "Паспортни юзингиз ёнида ушлаб турган селфи юборинг.",
     "KYC: мижозларнинг паспорт билан селфиларини текшириш."),
    ("asks_id_document", "ru-passport-selfie", "Пришлите селфи, держа паспорт рядом с лицом.",
     "KYC-специалист: проверка селфи клиентов с паспортом."),
    ("asks_id_document", "en-passport-selfie", "Send a selfie holding your passport.",
     "KYC analyst: review customers' selfies with their passports."),
    ("asks_id_document", "fa-passport-selfie", "یک سلفی با کارت ملی خود بفرستید.",
     "کارشناس احراز هویت: بررسی سلفی مشتریان با کارت ملی."),
    # both sides of the ID; not customers' IDs scanned
    ("asks_id_document", "uz-latn-id-both-sides", "ID karta ikki tomonini shu bugun Telegramga.",
     "Mijozlarning ID karta ikki tomoni surati tizimga yuklanadi."),
    ("asks_id_document", "ru-id-both-sides", "Паспорт с двух сторон — в личные сообщения.",
     "Проверка паспортов клиентов с двух сторон на подлинность."),
    ("asks_id_document", "en-id-both-sides", "Both sides of your ID, by DM today.",
     "Scan both sides of each customer's ID at check-in."),
    ("asks_id_document", "fa-id-both-sides", "پشت و روی کارت ملی را در تلگرام بفرستید.",
     "اسکن پشت و روی کارت ملی مشتریان در سامانه."),
    # the Afghan ID (تذکره) or a passport photographed; not a caseworker helping families get one
    ("asks_id_document", "fa-dari-tazkira", "عکس تذکره و پاسپورت خود را به واتساپ ما بفرستید.",
     "مددکار: راهنمایی خانواده‌ها برای گرفتن تذکره."),
    # a scan named in brackets; not the original brought to the interview
    ("asks_id_document", "uz-latn-scan-in-brackets", "Pasportning asosiy sahifasi (skan yoki foto).",
     "Pasportning asosiy sahifasi (asli) suhbatga olib kelinadi."),
    # the seeker's identity "verified" with a card; not a caller's checked by theirs
    ("asks_bank_or_id", "en-card-verification", "Verify your identity with a debit or credit card on the portal.",
     "Verify the caller's identity with the last four digits of their card."),
    ("asks_bank_or_id", "ru-card-verification", "Подтвердите личность банковской картой на сайте.",
     "Оператор подтверждает личность клиента по карте."),
    ("asks_bank_or_id", "uz-latn-card-verification", "Shaxsingizni bank kartasi orqali tasdiqlaysiz.",
     "Mijoz shaxsini karta orqali tasdiqlash."),
    ("asks_bank_or_id", "fa-card-verification", "برای احراز هویت با کارت بانکی وارد سایت شوید.",
     "راهنمایی مشتریان در احراز هویت با کارت بانکی."),
    # the code the seeker's bank sends; not customers helped with theirs
    ("asks_sms_code", "en-bank-code", "Enter the code your bank texts you to complete verification.",
     "Help customers whose bank code never arrives."),
    ("asks_sms_code", "ru-bank-code", "Сообщите код от банка менеджеру.",
     "Помогаем клиентам, которым не пришёл код от банка."),
    ("asks_sms_code", "uz-latn-bank-code", "Bank yuborgan kodni menejerga ayting.",
     "Mijozlarga bank yuborgan kod kelmasa yordam berish."),
    ("asks_sms_code", "fa-bank-code", "کدی که بانک برایتان می‌فرستد را بفرستید.",
     "راهنمایی مشتریانی که کدی که بانک فرستاده را دریافت نکرده‌اند."),
]


@pytest.mark.parametrize("code,lang,positive,negative", TWELFTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in TWELFTH_CASES])
def test_a_twelfth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                       negative: str) -> None:
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    ("identity_proxy", "Мы никогда не просим оформлять на себя кредиты или SIM-карты."),
    ("identity_proxy", "Hech qachon o'z nomingizga nasiya rasmiylashtirmang, bu firibgarlik."),
    ("identity_proxy", "Never lend your WhatsApp account to anyone."),
    ("upfront_fee", "Никогда не выкупайте товар за свои средства по просьбе «кураторов»."),
    ("upfront_fee", "We never ask you to fund a crypto escrow."),
    ("upfront_fee", "مصرف دوسیه از شما گرفته نمی‌شود."),
    ("asks_id_document", "Never send a selfie holding your passport to a recruiter."),
    ("money_mule", "Мошенники просят купить USDT на свои деньги и отправить на кошелёк."),
])
def test_a_twelfth_writers_kinds_are_not_read_in_a_negation_or_a_warning(code: str, text: str) -> None:
    assert code not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Customs clearance coordinator, $25 an hour, pay weekly.",
    "Coordinate with brokers and pay customs duties on imports.",
    "Oylik nomingizga ochilgan kartaga o'tkaziladi, kredit olish imkoniyati bor.",
    "قرارداد به نام شما بسته می‌شود؛ بیمه تکمیلی و وام ضروری.",
    "Help our clients rent their apartments; questions by WhatsApp.",
    "Send the weekly report to the coordinator; the rest of the day is yours.",
    "Ведение базы заказов в 1С, работа с базой заказов и CRM.",
])
def test_a_twelfth_writers_phrases_leave_the_jobs_own_words_alone(text: str) -> None:
    assert not HARD & set(_codes(text + FILLER))


@pytest.mark.parametrize("text", [
    "Диққат: охирги пайтда бизнинг номимиздан Телеграмда пул ва карта маълумотларини сўраётганлар бор. "
    "Улар фирибгарлар.",
    "Diqqat: nomimizdan pul va karta ma'lumotlarini so'rayotganlar bor. Ular firibgarlar.",
    "От нашего имени в Telegram просят номер карты и код из СМС. Это мошенники.",
    "People posing as our recruiters have asked candidates for card numbers. They are scammers.",
    "افرادی به نام ما شماره کارت متقاضیان را می‌خواهند؛ آن‌ها کلاهبردارند.",
])
def test_scammers_asks_told_of_in_a_warning_are_not_the_post_asking(text: str) -> None:
    """A warning that tells of others asking in the employer's name, with the scam named in the next sentence, not
    before the match (``told_of_impersonators``)."""
    assert not HARD & set(_codes(text + FILLER))


@pytest.mark.parametrize("text,code", [
    ("In our name, send your card number to the manager. Beware of scammers.", "asks_bank_or_id"),
    ("От нашего имени вы принимаете оплату от клиентов на свою карту, остаток переведите куратору. Мы не мошенники.",
     "money_mule"),
    ("Bizning nomimizdan karta raqamingizni yuboring. Firibgarlardan ehtiyot bo'ling.", "asks_bank_or_id"),
])
def test_a_name_used_in_a_sentence_that_speaks_to_the_seeker_still_asks(text: str, code: str) -> None:
    assert code in _codes(text + FILLER)


def test_a_side_jobs_pay_after_its_registration_is_no_fee() -> None:
    """"Регистрация SIM-карт — подработка на 1 день, 500 ₽" is what the job pays, not a registration's price."""
    assert "upfront_fee" not in _codes("Регистрация SIM-карт — подработка на 1 день, 500 ₽ за каждую." + FILLER)
    assert "upfront_fee" in _codes("Регистрация — 500 ₽, оплата на карту менеджера." + FILLER)


@pytest.mark.parametrize("code,lang,positive,negative", [
    ("asks_bank_or_id", "en-after-an-offer", "Send us your Social Security number before the interview.",
     "After an offer, HR asks for your Social Security number through Rippling."),
    ("asks_bank_or_id", "ru-after-an-offer", "Пришлите номер карты для проверки.",
     "После оффера HR попросит номер карты."),
    ("asks_bank_or_id", "uz-latn-after-an-offer", "Karta raqamingizni yuboring.",
     "Ish taklifidan keyin karta raqamingizni HR so'raydi."),
    ("asks_bank_or_id", "fa-after-an-offer", "شماره کارت خود را بفرستید.",
     "پس از پیشنهاد شغلی، شماره کارت برای حقوق گرفته می‌شود."),
])
def test_bank_details_or_an_ssn_asked_for_after_an_offer_are_onboarding(code: str, lang: str, positive: str,
                                                                        negative: str) -> None:
    """"After an offer, you'll be asked for your ID and Social Security number through Rippling", however the offer
    is said (``HIRED``): a twelfth writer's HR coordinator had been hidden."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,lang,positive,negative", [
    ("asks_bank_or_id", "uz-latn-listed", "Karta raqamingiz, muddati va SMS-kodni yuboring.",
     "Karta raqamingiz, muddati yoki SMS-kodni hech qachon so'ramaymiz."),
    ("asks_bank_or_id", "uz-cyrl-listed", "Карта рақамингиз, муддати ва SMS-кодни юборинг.",
     "Карта рақамингиз, муддати ёки SMS-кодни ҳеч қачон сўрамаймиз."),
    ("asks_bank_or_id", "fa-listed", "شماره کارت، رمز دوم و کد پیامکی را بفرستید.",
     "شماره کارت، رمز دوم یا کد پیامکی شما را نمی‌خواهیم."),
    ("asks_bank_or_id", "fa-never", "شماره کارت خود را بفرستید.", "هیچ‌وقت شماره کارت شما را نمی‌خواهیم."),
    ("asks_bank_or_id", "ru-listed", "Номер карты, срок действия и код из СМС пришлите менеджеру.",
     "Номер карты, срок действия и код из СМС не нужны."),
    ("asks_bank_or_id", "en-listed", "Send your card number, expiry date and CVV to the manager.",
     "Your card number, expiry date or SMS code are not required."),
])
def test_a_negation_after_a_list_the_match_opens_negates_it(code: str, lang: str, positive: str,
                                                             negative: str) -> None:
    """The verb after a list's last item, at the sentence's end as Uzbek and Persian put it, says what becomes of each
    item (``_LIST_ITEMS``): a thirteenth writer's delivery firm and online shop, warning of scams, had been hidden."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("text", [
    "Karta raqamingiz, muddati va CVV kodini yuboring, tajriba shart emas.",
    "Номер карты, срок действия и код из СМС пришлите менеджеру, опыт не нужен.",
    "Send your card number, expiry date and CVV, experience is not required.",
])
def test_a_negation_after_the_comma_that_ends_a_list_is_not_the_lists(text: str) -> None:
    assert "asks_bank_or_id" in _codes(text + FILLER)


@pytest.mark.parametrize("code,lang,positive,negative", [
    ("upfront_fee", "en-application-fee-waived", "Application fee: $50, pay it to the recruiter by Zelle.",
     "Application fee: $50, fee waivers available for low-income applicants."),
    ("upfront_fee", "en-application-fee-own-portal", "Pay the $75 application fee by card transfer to the recruiter.",
     "The $75 application fee is paid only through the online application portal (waivers available)."),
    ("upfront_fee", "ru-application-fee-own-portal", "Заявочный взнос 2 000 ₽ вносится на карту менеджера.",
     "Заявочный взнос 2 000 ₽ вносится только через портал университета."),
    ("upfront_fee", "uz-latn-application-fee-own-portal",
     "Ariza topshirish uchun 100 000 so'm to'lang, menejer kartasiga.",
     "Ariza topshirish uchun 100 000 so'm to'lang, faqat universitet portali orqali."),
    ("upfront_fee", "fa-application-fee-own-portal", "برای ثبت درخواست ۵۰۰ هزار تومان به کارت کارشناس واریز کنید.",
     "برای ثبت درخواست ۵۰۰ هزار تومان واریز کنید، فقط از طریق سامانه دانشگاه."),
])
def test_an_application_fee_waived_or_taken_on_the_institutions_portal_is_no_fee(code: str, lang: str, positive: str,
                                                                                  negative: str) -> None:
    """A university's "$75 application fee, paid only through the online application portal (waivers available)"
    (``institution_fee``): a thirteenth writer's graduate assistantship had been hidden."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


def test_a_fee_that_is_no_application_fee_is_not_excused_by_a_portal() -> None:
    assert "upfront_fee" in _codes("Pay the $50 registration fee only through our portal." + FILLER)


THIRTEENTH_CASES = [
    # a course's or a certificate's price returned "from the first salary": the seeker pays it now; not a travel cost
    ("upfront_fee", "uz-latn-course-refunded", "Kurs qiymati 390 000 so'm, birinchi oylikdan qaytarib beriladi.",
     "Yo'l puli birinchi oylik bilan qaytariladi."),
    ("upfront_fee", "uz-cyrl-course-refunded", "Курс қиймати 390 000 сўм, биринчи ойликдан қайтариб берилади.",
     "Йўл пули биринчи ойлик билан қайтарилади."),
    ("upfront_fee", "ru-course-refunded", "Стоимость курса возвращается с первой зарплатой.",
     "Стоимость проезда вернём с первой зарплатой."),
    ("upfront_fee", "en-course-refunded", "The course costs $199, refunded from your first paycheck.",
     "The course is free and paid training starts with your first paycheck."),
    # a price paid to "our partner centre" or "through our partner"; not a partner's free training or pay through one
    ("upfront_fee", "uz-latn-partner-centre", "Sertifikatni hamkor markazimiz rasmiylashtirib beradi: 280 000 so'm.",
     "Hamkor markazimizda bepul o'qitamiz, oylik 4 000 000 so'm."),
    ("upfront_fee", "uz-cyrl-partner-centre", "Сертификатни ҳамкор марказимиз расмийлаштириб беради: 280 000 сўм.",
     "Ҳамкор марказимизда бепул ўқитамиз, ойлик 4 000 000 сўм."),
    ("upfront_fee", "ru-partner-centre", "Сертификат оформляет наш партнёрский центр — 3 000 ₽.",
     "Партнёрский центр обучения — бесплатно, зарплата 60 000 ₽."),
    ("upfront_fee", "en-partner-centre", "Get the certificate at our partner center for $120 before the interview.",
     "Our partner center is hiring receptionists at $18 an hour."),
    ("upfront_fee", "en-through-our-partner", "Every new labeler activates a verified profile through our partner "
     "VerifyDesk ($89 one-time).", "We pay you through our partner Deel, $3,000 a month."),
    ("upfront_fee", "fa-partner-centre", "گواهی را مرکز همکار ما صادر می‌کند: ۵۰۰ هزار تومان.",
     "مرکز همکار ما آموزش رایگان می‌دهد، حقوق ۲۰ میلیون تومان."),
    # an activation package at a price; not customers helped to choose one
    ("upfront_fee", "fa-activation-package", "پکیج فعال‌سازی ۲۴۹ هزار تومان است.",
     "پشتیبانی مشتریان در خرید پکیج فعال‌سازی ۲۴۹ هزار تومانی."),
    ("upfront_fee", "en-activation-package", "Activation bundle — $49.",
     "Help customers choose an activation package ($49 or $99)."),
    ("upfront_fee", "ru-activation-package", "Пакет активации — 2 500 ₽.",
     "Консультируете клиентов по пакету активации за 2 500 ₽."),
    ("upfront_fee", "uz-latn-activation-package", "Faollashtirish paketi 249 000 so'm.",
     "Mijozlarga faollashtirish paketi narxini tushuntirish: 249 000 so'm."),
    # a starter set at a price; not one given free, nor sold to customers
    ("upfront_fee", "uz-latn-starter-set", "Ambassador starter to'plamini olasiz — 450 000 so'm.",
     "Starter to'plam bepul beriladi, oylik 3 000 000 so'm."),
    ("upfront_fee", "ru-starter-set", "Стартовый набор продукции — 4 500 ₽, окупается за неделю.",
     "Продаёте стартовые наборы покупателям по 4 500 ₽."),
    ("upfront_fee", "en-starter-set", "Starter kit (samples of cream and perfume) — $99.",
     "Starter kit provided free; pay $20 an hour."),
    ("upfront_fee", "fa-starter-set", "کیت استارتر ۱ میلیون تومان است.",
     "کیت استارتر رایگان است، حقوق ۲۰ میلیون تومان."),
    # the first batch of goods bought to start; not stock that has arrived
    ("upfront_fee", "ru-first-batch", "Старт — закупка первой партии товара, 45 000 ₽.",
     "Первая партия товара уже на складе, зарплата 60 000 ₽."),
    ("upfront_fee", "uz-latn-first-batch", "Birinchi partiya tovar — 3 000 000 so'm.",
     "Birinchi partiya tovar omborga keldi, oylik 4 000 000 so'm."),
    ("upfront_fee", "en-first-batch", "Your first batch of stock costs $450.",
     "The first batch of products ships this week, pay is $20 an hour."),
    # an account opened for the seeker at a price; not a payroll account
    ("upfront_fee", "fa-account-opened", "نماینده ما برایتان حساب پایونیر باز می‌کند: ۶۰ دلار.",
     "حساب حقوق شما در بانک ملت باز می‌شود، حقوق ۲۰ میلیون تومان."),
    ("upfront_fee", "ru-account-opened", "Откроем вам верифицированный счёт за 5 000 ₽.",
     "Откроем вам счёт в банке, оклад 60 000 ₽."),
    ("upfront_fee", "en-account-opened", "We open a verified Payoneer account for you: $60.",
     "We open a payroll account for you, salary $3,000 a month."),
    ("upfront_fee", "uz-latn-account-opened", "Payoneer hisobini ochib beramiz — 60 $.",
     "Bank hisobini ochib beramiz, oylik 5 000 000 so'm."),
    # a sum held "in trust" (Dari امانت, Uzbek omonat) and given back with the first salary; not a bonus
    ("upfront_fee", "fa-dari-in-trust", "۲۵ دالر امانت از طریق حواله بفرستید.",
     "امانت‌داری و دقت در کار از شرایط ماست."),
    ("upfront_fee", "fa-dari-in-trust-refunded", "این امانت با اولین معاش به شما داده می‌شود.",
     "پاداش با اولین معاش به شما داده می‌شود."),
    ("upfront_fee", "uz-latn-in-trust", "Test oldidan 100 000 so'm omonat qoldirasiz.",
     "Mijozlarning omonatlarini rasmiylashtirish, oylik 6 000 000 so'm."),
    ("upfront_fee", "en-in-trust", "Your $25 is held in trust until you pass the test.",
     "Manage client funds held in trust until closing."),
    # money the seeker sends by Western Union or hawala; not pay received so
    ("upfront_fee", "fa-western-union", "پیش از امتحان ۲۵ دالر از طریق وسترن یونین بفرستید.",
     "معاش از طریق وسترن یونین یا حواله‌دار به شما فرستاده می‌شود."),
    ("upfront_fee", "fa-hawala", "مبلغ را حواله کنید.", "معاش از طریق حواله پرداخت می‌شود."),
    ("upfront_fee", "ru-western-union", "Через Western Union отправьте 30 $ куратору.",
     "Зарплату получаете через Western Union."),
    ("upfront_fee", "uz-latn-western-union", "Western Union orqali 30 $ yuborasiz.",
     "Oylik Western Union orqali yuboriladi."),
    # the rest of a price when the invitation comes, or an amount due as it arrives; not the rest of the documents, nor
    # pay
    ("upfront_fee", "uz-latn-rest-at-invitation", "Yarmi hozir, yarmi taklifnoma kelganda.",
     "Qolgan hujjatlar taklifnoma bilan keladi."),
    ("upfront_fee", "ru-rest-at-invitation", "Остаток переводите после получения приглашения.",
     "Остальное расскажем при приглашении на собеседование."),
    ("upfront_fee", "en-rest-at-invitation", "Pay the rest of the fee when the invitation arrives.",
     "The rest of the documents come with the invitation letter."),
    ("upfront_fee", "fa-rest-at-invitation", "مابقی پس از رسیدن دعوتنامه.", "دعوتنامه پس از مصاحبه ارسال می‌شود."),
    ("upfront_fee", "uz-latn-amount-at-invitation", "Xizmat narxi ikki bosqichda: 700 $ taklifnoma kelganda.",
     "Oylik 900 $, taklifnoma kelganda ishga chiqasiz."),
    ("upfront_fee", "ru-amount-at-invitation", "700 $ при получении приглашения.",
     "Зарплата 700 $, при получении приглашения — переезд."),
    ("upfront_fee", "fa-amount-at-invitation", "۷۰۰ دلار هنگام دریافت دعوتنامه.",
     "حقوق ۷۰۰ دلار، هنگام دریافت دعوتنامه بلیط رزرو می‌شود."),
    # goods ordered with the seeker's own card, refunded with a percentage on top; not customers' cards, nor pay
    ("upfront_fee", "uz-latn-own-card", "Mahsulotga o'z kartangizdan buyurtma berasiz.",
     "Mijozlar o'z kartasidan buyurtma beradi, siz yetkazasiz."),
    ("upfront_fee", "ru-own-card", "Заказываете товар со своей карты, деньги вернём.",
     "Покупатели оплачивают заказ со своей карты."),
    ("upfront_fee", "en-own-card", "Order the product with your own card, refund in 24 hours.",
     "Customers order with their own card."),
    ("upfront_fee", "fa-own-card", "کالا را با کارت خودتان سفارش دهید.", "مشتریان با کارت خودشان سفارش می‌دهند."),
    ("upfront_fee", "uz-latn-plus-percent-back", "Mahsulot summasi + 12% bonus kartangizga qaytadi.",
     "Oylik + 10% bonus har oy kartangizga o'tkaziladi."),
    ("upfront_fee", "ru-plus-percent-back", "Сумма заказа + 10 % вернётся на карту в течение дня.",
     "Оклад + 10 % премии каждый месяц."),
    ("upfront_fee", "en-plus-percent-back", "You are refunded plus 15% within a day.",
     "Salary plus 15% bonus, paid monthly."),
    ("upfront_fee", "fa-plus-percent-back", "مبلغ سفارش + ۱۲٪ به کارتتان برمی‌گردد.",
     "حقوق + ۱۰٪ پاداش ماهانه واریز می‌شود."),
    # a balance the seeker tops up, said as a fact; not clients' top-ups
    ("upfront_fee", "ru-you-top-up", "При выводе пополняете баланс на сумму вывода.",
     "Клиенты пополняют баланс через кассу, вы выдаёте чеки."),
    ("upfront_fee", "uz-latn-you-top-up", "Pul yechishdan oldin balansni 300 000 so'mga to'ldirasiz.",
     "Mijozlarga balansni to'ldirishda yordam berasiz."),
    ("upfront_fee", "en-you-top-up", "Top up your balance by $50 to withdraw.",
     "Help customers top up their balance in the app."),
    ("upfront_fee", "fa-you-top-up", "موجودی را شارژ کنید.", "به مشتریان در شارژ موجودی کیف پول کمک می‌کنید."),
    # entry into "the team" at a price; not a free one
    ("upfront_fee", "ru-team-entry", "Вход в команду 500₽.", "Вход в команду бесплатный, оплата 500₽ за каждый заказ."),
    ("upfront_fee", "uz-latn-team-entry", "Jamoaga kirish 50 000 so'm.", "Jamoaga kirish bepul, oylik 5 000 000 so'm."),
    ("upfront_fee", "en-team-entry", "Team entry: $50, paid once.", "Team entry is free; pay is $50 a day."),
    ("upfront_fee", "fa-team-entry", "ورود به تیم ۲۰۰ هزار تومان.", "ورود به تیم رایگان است، حقوق ۲۰ میلیون تومان."),
    # an amount "thrown in" ("ташлайсиз"); not one quoted in a warning
    ("upfront_fee", "uz-latn-thrown-in", "Boshlash uchun 99 000 so'm tashlaysiz.",
     "Firibgarlar «99 000 so'm tashlaysiz» deb yozadi, ishonmang."),
    ("upfront_fee", "uz-cyrl-thrown-in", "Бошлаш учун 99 000 сўм ташлайсиз.",
     "Фирибгарлар «99 000 сўм ташлайсиз» деб ёзади, ишонманг."),
    # a "mystery shopper" of money transfers; not a coffee shop's
    ("money_mule", "ru-mystery-transfers", "Тайный покупатель — проверка сервиса денежных переводов.",
     "Тайный покупатель в кофейнях, никаких денежных переводов третьим лицам."),
    ("money_mule", "uz-latn-mystery-transfers", "Sirli xaridor sifatida pul o'tkazmalari xizmatini baholaysiz.",
     "Sirli xaridor sifatida kafelarni baholaysiz."),
    ("money_mule", "en-mystery-transfers", "Mystery shoppers wanted to test money transfer services.",
     "Mystery shoppers wanted for coffee shops; no money transfers."),
    ("money_mule", "fa-mystery-transfers", "خریدار مخفی برای ارزیابی حواله.",
     "خریدار مخفی فروشگاه‌ها؛ حواله و انتقال پول نداریم."),
    # the rest of an overpayment sent back; not the rest of the documents or the equipment
    ("money_mule", "fa-overpayment-rest", "۱۵۰۰ تتر باقی را به کیف پول طراح قبلی برگردانید.",
     "بقیه مدارک را به ایمیل ما بفرستید."),
    ("money_mule", "ru-overpayment-rest", "Остаток 1 500 USDT верните на кошелёк прошлого дизайнера.",
     "Остаток отпуска переносится на следующий год."),
    ("money_mule", "en-overpayment-rest", "Return the remaining 1,500 USDT to the previous designer.",
     "Return the remaining equipment to the office."),
    ("money_mule", "uz-latn-overpayment-rest", "Qolgan 1 500 USDT ni oldingi dizaynerga qaytaring.",
     "Qolgan hujjatlarni HR bo'limiga qaytaring."),
    # money the seeker forwards through a crypto ATM, or a share of every payment kept; not an analyst's flags
    ("money_mule", "en-crypto-atm", "You forward the payments the same day via a Bitcoin ATM.",
     "Analyst: review customers who send money via Bitcoin ATMs."),
    ("money_mule", "ru-crypto-atm", "Переводите деньги поставщику через криптомат.",
     "Аналитик: выявление клиентов, которые вносят наличные через криптомат."),
    ("money_mule", "en-keep-of-every-payment", "You keep 10% of every payment as your salary.",
     "You keep 10% of every sale as commission."),
    # a company registered in the seeker's name; not a lawyer registering clients'
    ("identity_proxy", "ru-nominee-company", "Нужен человек, на которого будет оформлено ООО.",
     "Юрист: регистрация ООО для клиентов."),
    ("identity_proxy", "en-nominee-company", "We need a nominee director for our LLC.",
     "Paralegal: register LLCs for our clients."),
    ("identity_proxy", "uz-latn-nominee-company", "Firma sizning nomingizga ochiladi, oyiga 2 mln so'm.",
     "Yurist: mijozlar nomiga firmalar ro'yxatdan o'tkazish."),
    ("identity_proxy", "fa-nominee-company", "شرکت به نام شما ثبت می‌شود، ماهی ۱۰ میلیون.",
     "ثبت شرکت برای مشتریان دفتر حقوقی."),
    # instalments on the seeker's passport; not a passport brought along
    ("identity_proxy", "uz-cyrl-instalments-passport",
     "Компания учун 2 та смартфон насияга, сизнинг паспортингиз билан расмийлаштирасиз.",
     "Насия бўлимига кассир керак, паспортингиз билан келинг."),
    ("identity_proxy", "uz-latn-instalments-passport",
     "Kompaniya uchun 2 ta smartfon nasiyaga, sizning pasportingiz bilan rasmiylashtirasiz.",
     "Nasiya bo'limiga kassir kerak, pasportingiz bilan keling."),
    ("identity_proxy", "ru-instalments-passport", "Оформите рассрочку на ваш паспорт, платит компания.",
     "Кредитный специалист: проверка паспортов клиентов."),
    ("identity_proxy", "en-instalments-passport", "Take two phones in installments on your passport.",
     "Bring your passport on your first day."),
    ("identity_proxy", "fa-instalments-passport", "گوشی را قسطی با کارت ملی شما می‌گیریم.",
     "فروش قسطی گوشی به مشتریان."),
    # an ID named and sent, in Persian; not one brought to the interview, nor customers'
    ("asks_id_document", "fa-dari-id-sent", "تذکره و عکس را هم بفرستید.",
     "تذکره را روز مصاحبه حضوری همراه داشته باشید."),
    ("asks_id_document", "fa-id-sent", "کارت ملی را به واتساپ ما بفرستید.",
     "کارت ملی مشتریان را بررسی و نتیجه را بفرستید."),
    # the bank card's token handed over; not a warning against it
    ("asks_bank_or_id", "ru-token", "Карту и токен от счёта отдаёте менеджеру.",
     "Никогда не передавайте токен и карту третьим лицам."),
    ("asks_bank_or_id", "en-token", "Hand over your token to the manager.", "Never hand over your token to anyone."),
    ("asks_bank_or_id", "uz-latn-token", "Karta va tokenni menejerga topshirasiz.",
     "Hech qachon tokenni hech kimga topshirmang."),
    # a card number the post gives (to pay into) is no request for the seeker's
    ("asks_bank_or_id", "uz-latn-card-given", "Karta raqamingizni shaxsiy xabarda yuboring.",
     "Karta raqami shaxsiy xabarda beriladi."),
    ("asks_bank_or_id", "ru-card-given", "Номер карты пришлите в личку.", "Номер карты скинем в личку."),
    ("asks_bank_or_id", "fa-card-given", "شماره کارت خود را در پیوی بفرستید.", "شماره کارت در پیوی داده می‌شود."),
    ("asks_bank_or_id", "en-card-given", "Send your card number by DM.", "The card number will be given in DM."),
    # a negation before an emoji does not reach past it; one right before it does
    ("upfront_fee", "en-emoji", "No experience 💯 Secure your seat today with a $25 refundable deposit.",
     "No 💸 refundable deposit needed."),
    ("upfront_fee", "ru-emoji", "Без опыта 🔥 предоплата за обучение 500 рублей.", "Предоплата ❌ не нужна."),
    ("upfront_fee", "uz-latn-emoji", "Hech qanday tajriba kerak emas 🔥 Oldindan 100 000 so'm to'lov qiling.",
     "Hech qanday 💸 oldindan to'lov yo'q."),
    ("upfront_fee", "fa-emoji", "بدون سابقه 🔥 هزینه ثبت نام ۲۰۰ هزار تومان واریز کنید.", "بدون 💸 هزینه ثبت نام."),
]


@pytest.mark.parametrize("code,lang,positive,negative", THIRTEENTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in THIRTEENTH_CASES])
def test_a_thirteenth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                         negative: str) -> None:
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    ("upfront_fee", "Мы никогда не просим закупать первую партию товара за свои деньги."),
    ("upfront_fee", "Hech qachon hamkor markazga pul to'lamang: sertifikat bepul."),
    ("upfront_fee", "We never charge for an activation package."),
    ("upfront_fee", "هرگز امانت یا ودیعه از طریق حواله نفرستید."),
    ("money_mule", "Мошенники называют себя тайными покупателями денежных переводов."),
    ("identity_proxy", "Никогда не соглашайтесь стать номинальным директором."),
    ("asks_id_document", "هیچ‌وقت تذکره خود را برای کسی نفرستید."),
    ("upfront_fee", "Осторожно, мошенники 🚨 просят предоплату за обучение."),
])
def test_a_thirteenth_writers_kinds_are_not_read_in_a_negation_or_a_warning(code: str, text: str) -> None:
    assert code not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Travel agency: book flights for clients; the ticket is refunded from your first paycheck if we cancel.",
    "Консультируем клиентов по денежным переводам и картам.",
    "Mijozlarga Western Union orqali pul yuborishda yordam berasiz.",
    "Помогаем покупателям оформить рассрочку по паспорту.",
    "Return the rest of the samples to the warehouse by Friday.",
    "Oylik 5 000 000 so'm, 10% bonus har oy kartangizga o'tkaziladi.",
])
def test_a_thirteenth_writers_phrases_leave_the_jobs_own_words_alone(text: str) -> None:
    assert not HARD & set(_codes(text + FILLER))


FOURTEENTH_CASES = [
    # a list under a heading, its negation on the line that closes it (the verb last, as Uzbek and Persian put it) or on
    # the heading that opens it; not a list closed or opened by an order
    ("asks_bank_or_id", "uz-latn-list-closed-by-negation",
     "HR bo'limi nomzoddan:\n- karta raqami, uning muddati;\n- SMS-kod\nyuborishni so'raydi.",
     "HR bo'limi nomzoddan:\n- karta raqami, uning muddati;\n- SMS-kod\nhech qachon so'ramaydi."),
    ("asks_sms_code", "uz-cyrl-list-closed-by-negation",
     "HR бўлими номзоддан:\n- карта рақами;\n- SMS-код\nсўрайди.",
     "HR бўлими номзоддан:\n- карта рақами;\n- SMS-код\nҳеч қачон сўрамайди."),
    ("asks_bank_or_id", "ru-list-closed-by-negation",
     "Отдел кадров у кандидата:\n— номер карты;\n— код из SMS\nзапрашивает сразу.",
     "Отдел кадров у кандидата:\n— номер карты;\n— код из SMS\nникогда не запрашивает."),
    ("asks_bank_or_id", "fa-list-closed-by-negation",
     "واحد منابع انسانی از متقاضی:\n- شماره کارت\n- کد پیامکی\nرا می‌خواهد.",
     "واحد منابع انسانی از متقاضی:\n- شماره کارت\n- کد پیامکی\nرا هرگز نمی‌خواهد."),
    ("asks_sms_code", "en-list-opened-by-negation", "Please send us:\n- your card number\n- the SMS code",
     "We will never ask you for:\n- your card number\n- an SMS code"),
    ("asks_sms_code", "ru-list-opened-by-negation", "Пришлите нам:\n— номер карты;\n— код из SMS.",
     "Мы никогда не просим:\n— номер карты;\n— код из SMS."),
    # a list the match opens with no "and" or "or", its negated verb after the last item
    ("asks_bank_or_id", "uz-cyrl-list-no-conjunction", "Карта рақами, SMS-код, паспорт суратини Телеграмда юборинг.",
     "Карта рақами, SMS-код, паспорт суратини Телеграмда сўрамаймиз."),
    ("asks_bank_or_id", "uz-latn-list-no-conjunction", "Karta raqami, SMS-kod, pasport suratini Telegramda yuboring.",
     "Karta raqami, SMS-kod, pasport suratini Telegramda so'ramaymiz."),
    ("asks_bank_or_id", "ru-list-no-conjunction", "Номер карты, срок действия, CVV — пришлите менеджеру.",
     "Номер карты, срок действия, CVV — не спрашиваем и не спросим."),
    ("asks_bank_or_id", "fa-list-no-conjunction", "شماره کارت، تاریخ انقضا، کد پیامکی را بفرستید.",
     "شماره کارت، تاریخ انقضا، کد پیامکی را هرگز نمی‌خواهیم."),
    ("asks_bank_or_id", "en-list-no-conjunction", "Your card number, expiry date, CVV are needed today.",
     "Your card number, expiry date, CVV are not required."),
    # a Russian verb of asking, negated after the match
    ("asks_bank_or_id", "ru-not-asked-after", "CVV мы запрашиваем для привязки карты.",
     "CVV мы не запрашиваем никогда."),
    # a sentence that only names the thing ("Only the IBAN.") says what the sentence before says
    ("asks_bank_or_id", "fa-elliptic-after-hire", "حقوق ماهانه ۲۰ میلیون تومان است. فقط شماره شبا.",
     "پس از استخدام، شماره شبای حساب خودتان را به واحد مالی اعلام می‌کنید. فقط شماره شبا."),
    ("asks_bank_or_id", "uz-latn-elliptic-after-hire", "Oylik 5 000 000 so'm. Faqat karta raqami.",
     "Ishga qabul qilingach, oylik uchun hisob raqamingizni buxgalteriyaga berasiz. Faqat karta raqami."),
    ("asks_bank_or_id", "ru-elliptic-after-hire", "Зарплата 5 000 000 сум. Только номер карты.",
     "После трудоустройства реквизиты для зарплаты указываете в заявлении. Только номер карты."),
    ("asks_bank_or_id", "en-elliptic-after-hire", "Pay is $900 a month. Only your card number.",
     "Once hired, you give payroll your bank details for your salary. Only your card number."),
    # a card seen masked, only its last four digits
    ("asks_bank_or_id", "fa-card-masked", "شماره کارت خود را در پیوی بفرستید.",
     "شماره کارت را در سامانه فقط با چهار رقم آخر می‌بینید."),
    ("asks_bank_or_id", "ru-card-masked", "Номер карты пришлите менеджеру.",
     "Номер карты в системе вы видите только по последним 4 цифрам."),
    ("asks_bank_or_id", "uz-latn-card-masked", "Karta raqamingizni menejerga yuboring.",
     "Karta raqamini tizimda faqat oxirgi 4 raqami bilan ko'rasiz."),
    ("asks_bank_or_id", "en-card-masked", "Send your card number to the manager.",
     "You see a card number in our tool only as its last four digits."),
    # "your customers" are the job's, not the seeker asked
    ("asks_sms_code", "uz-latn-your-customers", "Mijozlarga xizmat qilish uchun SMS-kodingizni bizga yuboring.",
     "Sizning mijozlaringiz — SMS-kod kelmayotgan foydalanuvchilar."),
    ("asks_sms_code", "ru-your-customers", "Для работы с клиентами пришлите ваш SMS-код менеджеру.",
     "Ваши клиенты — пользователи, которым нужен новый SMS-код."),
    ("asks_sms_code", "en-your-customers", "To serve customers, send us the SMS code you receive.",
     "Your customers are users whose SMS code does not arrive."),
    ("asks_sms_code", "fa-your-customers", "برای کار با مشتریان، کد تأیید خود را برای ما بفرستید.",
     "مشتریان شما کاربرانی هستند که کد تأیید دریافت نکرده‌اند."),
    # an exam paid directly to the exam body itself, not to a recruiter
    ("upfront_fee", "fa-exam-to-the-body", "هزینه آزمون را به کارت مشاور می‌پردازید.",
     "هزینه آزمون را مستقیم به همان سازمان می‌پردازید."),
    ("upfront_fee", "ru-exam-to-the-body", "Стоимость экзамена 650 000 сум переводите рекрутеру на карту.",
     "Стоимость экзамена 650 000 сум оплачиваете напрямую центру сертификации."),
    ("upfront_fee", "en-exam-to-the-body", "The exam fee of $120 is paid to your recruiter by Payme.",
     "The exam fee of $120 is paid directly to the exam body."),
    ("upfront_fee", "uz-latn-exam-to-the-body", "Imtihon puli 650 000 so'm — Payme orqali rekruterga.",
     "Imtihon puli 650 000 so'm, to'g'ridan-to'g'ri imtihon markazining o'ziga to'lanadi."),
    # a paragraph that opens with the offer: what it asks after that is asked of a hire
    ("asks_id_document", "en-paragraph-after-offer",
     "Background check: we run a check through our provider. You upload a copy of your passport to its link.",
     "Background check: after a conditional offer, we run a check through our provider. You upload a copy of your "
     "passport to its link."),
    ("asks_id_document", "ru-paragraph-after-offer",
     "Оформление: договор подписываем онлайн. Фото паспорта загружаете на портале.",
     "Оформление: после оффера договор подписываем онлайн. Фото паспорта загружаете на портале."),
    ("asks_id_document", "uz-latn-paragraph-after-offer",
     "Shartnoma onlayn tuziladi. Pasport suratini portalga yuborasiz.",
     "Ish taklifidan keyin shartnoma onlayn tuziladi. Pasport suratini portalga yuborasiz."),
    ("asks_id_document", "fa-paragraph-after-offer",
     "قرارداد آنلاین بسته می‌شود. تصویر کارت ملی را در پنل بارگذاری می‌کنید.",
     "پس از پیشنهاد شغلی قرارداد آنلاین بسته می‌شود. تصویر کارت ملی را در پنل بارگذاری می‌کنید."),
    # contractors are the seeker, not a contract's duty
    ("upfront_fee", "en-contractors-pay", "Before shipping, contractors pay a refundable equipment deposit of $180.",
     "Bookkeeper: track contract deposits and client prepayments."),
    # money to a recruiter or a named person's account
    ("upfront_fee", "fa-to-a-persons-account", "هزینه ۴۸۰ هزار تومان را کارت‌به‌کارت به حساب آقای صالحی واریز می‌کنید.",
     "حقوق به حساب خودتان واریز می‌شود."),
    ("upfront_fee", "fa-to-a-contracts-clerk",
     "هزینه دفترخانه را کارت‌به‌کارت به حساب آقای صالحی (کارشناس قراردادها) واریز می‌کنید.",
     "کارشناس قراردادها: پیگیری واریز وجه قراردادهای مشتریان."),
    ("upfront_fee", "fa-to-the-recruiter", "هزینه صدور را کارت‌به‌کارت به مشاور استخدامی خودتان می‌دهید.",
     "مشاور استخدامی ما مصاحبه را هماهنگ می‌کند."),
    ("upfront_fee", "uz-cyrl-to-the-recruiter", "Имтиҳон пули 650 000 сўм — Payme орқали рекрутерга.",
     "Резюмени Телеграм орқали рекрутерга юборинг."),
    # parcels relabelled at home
    ("money_mule", "fa-home-relabelling",
     "بسته به آدرس منزل شما ارسال می‌شود؛ فاکتور داخل جعبه را برمی‌دارید و برچسب جدیدی را که می‌فرستیم می‌زنید.",
     "در انبار شرکت بسته‌ها را بررسی و برچسب جدید می‌زنید."),
    ("money_mule", "fa-invoice-taken-out", "بسته را در منزل باز می‌کنید و فاکتور داخل جعبه را برمی‌دارید.",
     "در انبار فروشگاه فاکتور داخل جعبه را برمی‌دارید و بسته را بایگانی می‌کنید."),
]


@pytest.mark.parametrize("code,lang,positive,negative", FOURTEENTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in FOURTEENTH_CASES])
def test_a_fourteenth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                         negative: str) -> None:
    """A fourteenth writer's honest posts (tests/data/legitimacy_phrasings_n) name alarming things plainly: a card for
    pay after the offer, customers' SMS codes, an exam paid to the exam body; its scams copy them."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    # an order in the list, or after it, is no list the closing negation governs
    ("asks_bank_or_id", "Karta raqami, SMS-kod, pasport suratini yuboring, pul to'lamaysiz."),
    ("asks_sms_code", "Hujjatlar:\n- karta raqami;\n- SMS-kod\nHech qanday to'lov olinmaydi, faqat yuboring."),
    ("asks_sms_code", "Send us:\n- your card number\n- the SMS code\nNo fees."),
    # an elliptic sentence after one that says nothing of a hire
    ("asks_bank_or_id", "Ish uydan, tajriba shart emas. Faqat karta raqami."),
    # a card's secret is never excused by "your customers"
    ("asks_sms_code", "Your customers are waiting: send us the SMS code you receive."),
    # a paragraph that does not open with the offer
    ("asks_id_document", "Onboarding is quick. After an offer you start at once. Send a copy of your passport on "
                         "Telegram first."),
])
def test_a_fourteenth_writers_excuses_reach_no_further(code: str, text: str) -> None:
    assert code in _codes(text + FILLER)


FIFTEENTH_CASES = [
    # a scam message quoted whole inside a warning, the match in a later sentence of the quote than its opening mark
    ("upfront_fee", "uz-cyrl-quote-of-sentences",
     "Сиз қабул қилиндингиз! Гарнитура учун 180 000 сўмни картага ташланг.",
     "Бизнинг номимиздан хабар тарқатилмоқда:\n«Сиз қабул қилиндингиз! Гарнитура учун 180 000 сўмни картага "
     "ташланг.»\nБу - фирибгарлик."),
    ("upfront_fee", "ru-quote-of-sentences", "Вы прошли отбор! Для начала работы оплатите обучение — 2 900 ₽.",
     "Кандидатам приходит такое сообщение:\n«Вы прошли отбор! Для начала работы оплатите обучение — 2 900 ₽.»\n"
     "Это пишем не мы."),
    ("money_mule", "en-quote-of-sentences",
     "Congratulations! You have been selected. We will mail you a check of $2,950 for your home office equipment.",
     "Here is a message going around, word for word:\n\"Congratulations! You have been selected. We will mail you a "
     "check of $2,950 for your home office equipment.\"\nThat message is not from us."),
    ("upfront_fee", "fa-quote-of-sentences", "شما پذیرفته شدید! هزینه ثبت نام ۲۰۰ هزار تومان را واریز کنید.",
     "این پیام جعلی است:\n«شما پذیرفته شدید! هزینه ثبت نام ۲۰۰ هزار تومان را واریز کنید.»"),
    # a correlative list ("X ham, Y ham … so'ralmaydi", "نه X، نه Y"): the verb after it, or its "neither", negates it
    ("asks_bank_or_id", "uz-latn-ham-list", "Sizdan pul ham, karta raqami ham, parol ham so'raladi.",
     "Sizdan pul ham, karta raqami ham, parol ham so'ralmaydi."),
    ("asks_bank_or_id", "uz-cyrl-ham-list", "Сиздан пул ҳам, карта рақами ҳам, пароль ҳам сўралади.",
     "Сиздан пул ҳам, карта рақами ҳам, пароль ҳам сўралмайди."),
    ("upfront_fee", "fa-neither-list", "هنگام تحویل تجهیزات ودیعه می‌گیریم.",
     "هنگام تحویل تجهیزات نه ودیعه می‌گیریم، نه چک یا سفته ضمانت."),
    # a clause that points back ("for this") to pay going to the seeker's card
    ("asks_bank_or_id", "uz-latn-for-this-payout", "Tajriba shart emas, buning uchun faqat karta raqami kerak.",
     "Pul sizning kartangizga o'tkaziladi, buning uchun faqat karta raqami kerak."),
    ("asks_bank_or_id", "ru-for-this-payout", "Работа из дома, для этого нужен только номер карты.",
     "Оплата зачисляется на вашу карту, для этого нужен только номер карты."),
    ("asks_bank_or_id", "fa-for-this-payout", "کار در منزل است، برای این کار فقط شماره کارت لازم است.",
     "حقوق به کارت شما واریز می‌شود، برای این کار فقط شماره کارت لازم است."),
    # a heading with "never" that ends in a colon governs the list on its own line, and the items of a list under it
    ("money_mule", "en-inline-never-list", "What we do: send you a check to buy equipment, then you pay a vendor.",
     "What we never do: send you a check to buy equipment, ask you to buy gift cards, or interview you by chat."),
    ("money_mule", "en-never-heading-verbs", "Clearfield will:\n- send you a check to buy equipment;\n- pay a vendor.",
     "Clearfield will never:\n- send you a check to buy equipment or ask you to pay a vendor;\n- interview by chat."),
    ("asks_bank_or_id", "ru-inline-never-list", "Что мы делаем: просим номер карты, код из SMS и паспорт.",
     "Чего мы никогда не делаем: просим номер карты, код из SMS и паспорт."),
    # a numbered paragraph that opens with the offer accepted
    ("asks_bank_or_id", "en-numbered-paragraph-after-offer",
     "4. We run a background check through our vendor. The vendor collects your SSN on its own portal.",
     "4. After you accept, we run a background check through our vendor. The vendor collects your SSN on its own "
     "portal."),
    ("asks_id_document", "ru-numbered-paragraph-after-offer",
     "4. Договор подписываем онлайн. Фото паспорта загружаете на портале.",
     "4. После оффера договор подписываем онлайн. Фото паспорта загружаете на портале."),
    # "it is not us" after what impostors ask
    ("asks_bank_or_id", "en-not-us", "If you are asked for money or card details, reply within an hour.",
     "If someone claiming to be from us asks you for money or card details, it is not us."),
    ("asks_bank_or_id", "ru-not-us", "Если у вас просят номер карты, ответьте в течение часа.",
     "Если у вас просят номер карты от нашего имени — это не мы."),
    ("asks_bank_or_id", "uz-latn-not-us", "Sizdan karta raqami so'ralsa, darhol yuboring.",
     "Sizdan karta raqami so'ralsa, bu biz emasmiz."),
    # identity checked by a payroll platform itself, inside it
    ("asks_id_document", "ru-id-inside-the-platform", "Паспорт и селфи пришлите менеджеру в Telegram.",
     "Личность Deel проверяет сам при регистрации (паспорт и селфи внутри Deel)."),
    ("asks_id_document", "en-id-inside-the-platform", "Send a selfie with your passport to our manager on Telegram.",
     "Deel verifies your identity at sign-up (a selfie with your passport inside Deel)."),
    # commission only that keeps a share of each receipt and forwards the rest; a deposit in roubles to a manager
    ("money_mule", "uz-latn-share-of-receipts-kept", "Siz har bir tushumdan 5% ni o'zingizga olib qolasiz.",
     "Har bir savdodan 5% bonus oylikka qo'shiladi."),
    ("money_mule", "uz-latn-the-rest-to-a-wallet",
     "Qolganini 30 daqiqa ichida operator korsatgan kartaga yoki USDT hamyonga otkazasiz.",
     "Qolgan hujjatlarni 30 daqiqa ichida operator korsatgan papkaga otkazasiz."),
    ("upfront_fee", "ru-deposit-in-roubles", "Чтобы получить доступ к заказам, вносите страховой депозит 1 500 ₽.",
     "Страховой депозит 1 500 ₽ мы не берём."),
    ("upfront_fee", "ru-deposit-to-a-managers-card", "Депозит переводите на карту менеджера по номеру телефона.",
     "Зарплату переводим на вашу карту каждую неделю."),
]


@pytest.mark.parametrize("code,lang,positive,negative", FIFTEENTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in FIFTEENTH_CASES])
def test_a_fifteenth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                        negative: str) -> None:
    """A fifteenth writer's honest posts (tests/data/legitimacy_phrasings_o) speak onboarding and HR: scam messages
    quoted whole as warnings, lists negated the way each language does it, a card asked for only to be paid into, checks
    after an offer; its scams borrow that language."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    # a quote with no warning near, a "nine" before an amount, a "for this" after no payout, an imperative "never"
    ("upfront_fee", "Наш HR пишет: «Вы приняты! Оплатите обучение 2 900 ₽.»"),
    ("upfront_fee", "نه میلیون تومان ودیعه می‌گیریم."),
    ("asks_bank_or_id", "Pul kerak emas, buning uchun karta raqami va CVV kodini yuboring."),
    ("upfront_fee", "Never miss a start date: pay a $50 registration fee today."),
    # the platform named, but the passport sent to a person
    ("asks_id_document", "Для регистрации в Deel пришлите фото паспорта менеджеру."),
])
def test_a_fifteenth_writers_excuses_reach_no_further(code: str, text: str) -> None:
    assert code in _codes(text + FILLER)


SIXTEENTH_CASES = [
    # customers' money taken on the seeker's card and forwarded to a card the boss names, a share of each receipt kept
    ("money_mule", "uz-latn-to-the-card-the-boss-gives", "Kun oxirida tushgan summani rahbarimiz bergan kartaga "
     "o'tkazasiz.", "Kun oxirida rahbarimiz bergan hisobot shaklini to'ldirasiz."),
    ("money_mule", "uz-cyrl-to-the-card-the-boss-gives", "Кечқурун пулни директор берган картага ўтказасиз.",
     "Кечқурун директор берган ҳисобот шаклини тўлдирасиз."),
    ("money_mule", "ru-to-the-card-the-boss-names", "Деньги переводите на карту, которую укажет руководитель.",
     "Отчёт отправляете в папку, которую укажет руководитель."),
    ("money_mule", "en-to-the-card-the-manager-gives", "Forward the day's takings to the card the manager gives you.",
     "Forward the day's report to the folder the manager gives you."),
    ("money_mule", "fa-to-the-card-the-boss-names", "پول را به کارتی که مدیر اعلام میکند واریز کنید.",
     "گزارش را به ایمیلی که مدیر اعلام میکند بفرستید."),
    ("money_mule", "uz-latn-share-stays-with-you", "Har bir tushumdan 3 % sizda qoladi.",
     "Har bir savdodan 3 % bonus oylikka qo'shiladi."),
    # clients' payments received on the seeker's own card; cash drawn out and handed to a courier
    ("money_mule", "ru-own-card-payments-first", "Получать на свою карту платежи от наших клиентов.",
     "Получать на свою карту зарплату два раза в месяц."),
    ("money_mule", "ru-cash-to-a-courier", "Снимать наличные в банкомате и передавать их нашему курьеру.",
     "Принимать наличные от курьеров и сдавать их в кассу офиса."),
    ("money_mule", "uz-latn-cash-to-a-courier", "Naqd pulni bankomatdan yechib, kuryerimizga topshirasiz.",
     "Kuryerlardan naqd pulni qabul qilib, ofis kassasiga topshirasiz."),
    ("money_mule", "en-cash-to-a-courier", "Withdraw the cash at an ATM and hand it to our courier.",
     "Count the cash our couriers bring and hand it to the office cashier."),
    ("money_mule", "fa-cash-to-a-courier", "پول را از خودپرداز برداشت کنید و به پیک ما تحویل دهید.",
     "پول نقد پیک‌ها را بشمارید و به صندوق دفتر تحویل دهید."),
    # a shop's or a booking panel's balance topped up from the seeker's own card
    ("upfront_fee", "uz-latn-topped-up-from-your-card", "Hamyon balansini o'z kartangizdan 350 000 so'mga "
     "to'ldirasiz.", "Mijozlar hamyon balansini o'z kartasidan to'ldiradi, siz tekshirasiz."),
    ("upfront_fee", "ru-topped-up-from-your-card", "Баланс кабинета пополняете со своей карты на 500 000 сум.",
     "Клиенты пополняют баланс со своей карты, вы проверяете зачисление."),
    ("upfront_fee", "en-topped-up-from-your-card", "Top up the panel's balance from your own card with $50.",
     "Customers top up their balance from their own card; you check the payment."),
    ("upfront_fee", "fa-topped-up-from-your-card", "شارژ را از کارت خودتان انجام میدهید.",
     "شارژ را مشتری از کارت خودش انجام میدهد و شما تایید میکنید."),
    # customers' orders or tickets bought with the seeker's own card, refunded with a percentage
    ("upfront_fee", "uz-latn-orders-with-your-own-card", "Buyurtmani o'zingizning kartangiz bilan rasmiylashtirasiz.",
     "Buyurtmani mijozning kartasi bilan rasmiylashtirasiz."),
    ("upfront_fee", "uz-latn-refunded-with-profit", "Summani 15 % foyda bilan sizga qaytaramiz.",
     "Summani 15 % chegirma bilan mijozga sotamiz."),
    ("upfront_fee", "ru-orders-far-from-your-card", "Вы оформляете заказы наших клиентов на Wildberries или Uzum "
     "Market со своей карты.", "Вы оформляете заказы наших клиентов на Wildberries или Uzum Market, оплата с их карт."),
    ("upfront_fee", "ru-tickets-with-your-card", "Вы бронируете билеты для наших клиентов со своей карты.",
     "Вы бронируете билеты для наших клиентов, оплата с корпоративной карты."),
    ("upfront_fee", "ru-refunded-plus-percent", "Компания возвращает стоимость билета + 7 % комиссии.",
     "Компания возвращает стоимость билета клиенту в течение 7 дней."),
    ("upfront_fee", "en-book-with-your-own-card", "You book our clients' tickets with your own card.",
     "You book our clients' tickets with the company card."),
    ("upfront_fee", "fa-book-with-your-own-card", "بلیط مشتریان را با کارت خودتان رزرو میکنید.",
     "بلیط مشتریان را با کارت شرکت رزرو میکنید."),
    # a first consignment bought by the seeker (Persian), an admin account unlocked at a price (English)
    ("upfront_fee", "fa-first-consignment", "اولین محموله را خودتان با ۳ میلیون و ۲۰۰ هزار تومان خریداری میکنید.",
     "اولین محموله را فروشگاه با ۳ میلیون تومان خریداری میکند و شما میفروشید."),
    ("upfront_fee", "en-unlock-at-a-price", "Send $30 to unlock your admin account.",
     "We send you a link to unlock your admin account."),
    # honest: the seeker's duties heading is no address to the seeker, a shop's own card number is where customers pay
    ("upfront_fee", "en-duties-heading", "You pay a deposit and the balance on arrival.",
     "What you will do\n- Send guests our payment link: a 30% deposit is paid by card on our website and the balance "
     "on arrival"),
    ("asks_bank_or_id", "fa-the-shops-card", "شماره کارت خودتان را برای ما بفرستید.",
     "شماره کارت فروشگاه در هایلایت پیج هست؛ عکس فیش را در گروه بفرستید."),
    ("asks_bank_or_id", "ru-the-shops-card", "Пришлите номер карты, на которую получаете зарплату.",
     "Номер карты магазина закреплён в профиле; чеки пересылаете владельцу."),
    ("asks_bank_or_id", "uz-latn-the-shops-card", "Karta raqamingizni adminga yuboring.",
     "Do'kon karta raqami kanalda qadalgan; cheklarni egasiga yuborasiz."),
    ("asks_bank_or_id", "en-the-shops-card", "Send us your card number to get started.",
     "The shop's card number is pinned in the channel; forward receipts to the owner."),
    # honest: customers' complaints quoted in a support desk's list
    ("asks_sms_code", "ru-customers-quoted", "Что нужно сделать:\n— «пришло SMS с кодом, а я ничего не покупал»",
     "С чем к вам обращаются:\n— «пришло SMS с кодом, а я ничего не покупал»"),
    ("asks_sms_code", "uz-latn-customers-quoted", "Nima qilasiz:\n— «SMS kodni yuboring, deb qo'ng'iroq qilishdi»",
     "Mijozlar sizga murojaat qiladi:\n— «SMS kodni yuboring, deb qo'ng'iroq qilishdi»"),
    # (Uzbek Cyrillic is read in its merged form, q and k one letter: the customers' words must be too)
    ("asks_sms_code", "uz-cyrl-customers-quoted", "Нима қиласиз:\n— «SMS кодни юборинг, деб қўнғироқ қилишди»",
     "Мижозлар сизга мурожаат қилади:\n— «SMS кодни юборинг, деб қўнғироқ қилишди»"),
    ("asks_sms_code", "en-customers-quoted", "What you handle:\n- \"someone called and asked me to send the SMS code\"",
     "What customers write in about:\n- \"someone called and asked me to send the SMS code\""),
    ("asks_sms_code", "fa-customers-quoted", "کارهای شما:\n- «یکی زنگ زد و گفت کد پیامک را بفرستید»",
     "مشتریان با این پیام‌ها به شما مراجعه می‌کنند:\n- «یکی زنگ زد و گفت کد پیامک را بفرستید»"),
]


@pytest.mark.parametrize("code,lang,positive,negative", SIXTEENTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in SIXTEENTH_CASES])
def test_a_sixteenth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                        negative: str) -> None:
    """A sixteenth writer's honest posts (tests/data/legitimacy_phrasings_p) are money between a business and its
    customers through the business's own channels; its scams put the seeker's own card, money or balance in the
    middle of it."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    # the seeker quoted, not customers; a boss's card for a report; a balance the seeker tops up with no card named
    ("asks_sms_code", "Вы пишете менеджеру: «вот SMS с кодом»"),
    ("money_mule", "Tushgan pulni rahbarimiz ko'rsatgan hamyonga tashlaysiz."),
    ("upfront_fee", "Balansingizni 350 000 so'mga to'ldirasiz."),
])
def test_a_sixteenth_writers_excuses_reach_no_further(code: str, text: str) -> None:
    assert code in _codes(text + FILLER)


@pytest.mark.parametrize("lang,customers,warning", [
    ("ru", "С чем к вам обращаются:\n— «пришло SMS с кодом, а я ничего не покупал»",
     "Осторожно, мошенники пишут от нашего имени:\n— «пришлите SMS с кодом, чтобы получить зарплату»"),
    ("uz-latn", "Mijozlar sizga murojaat qiladi:\n— «SMS kodni yuboring, deb qo'ng'iroq qilishdi»",
     "Diqqat, firibgarlar nomimizdan yozmoqda:\n— «SMS kodni yuboring, maosh tushadi»"),
    ("en", "What customers write in about:\n- \"someone called and asked me to send the SMS code\"",
     "Beware of scammers writing in our name:\n- \"send us the SMS code to receive your salary\""),
    ("fa", "مشتریان با این پیام‌ها به شما مراجعه می‌کنند:\n- «یکی زنگ زد و گفت کد پیامک را بفرستید»",
     "هشدار: کلاهبرداران از طرف ما پیام می‌دهند:\n- «کد پیامک را بفرستید تا حقوق واریز شود»"),
], ids=["ru", "uz-latn", "en", "fa"])
def test_customers_quoted_excuse_an_ask_but_only_a_warning_makes_the_quotation_a_scam_message(
        lang: str, customers: str, warning: str) -> None:
    """A quotation beside a warning or beside customers' words is not the post asking; only the warning's is a scam
    message quoted as one (``warned_quotation``), which the text model does not read and which tells of a scam in the
    employer's name: customers' complaints are the job's matter."""
    from pipeline.legitimacy import assess_parts

    for text, warned in ((customers, False), (warning, True)):
        parts = assess_parts(_p(text + FILLER), use_model=False)
        f = parts.folded_text
        opening = min(i for i in (f.find("«"), f.find('"')) if i >= 0)
        closing = f.index("»" if f[opening] == "«" else '"', opening + 1)
        inside = (opening + 1, opening + 4)
        assert not {r.code for r in parts.reasons} & HARD, (lang, text)
        customers = quotations.CUSTOMERS_QUOTED
        assert quotations.warned_quotation(f, *inside, customers_quoted=customers) == (opening, closing + 1)
        assert quotations.warned_quotation(f, *inside) == ((opening, closing + 1) if warned else None)
        assert set(parts.warned_quotations) == ({(opening, closing + 1)} if warned else set())  # (once a rule)


SEVENTEENTH_CASES = [
    # a check or a screening paid by the candidate, refunded with the first salary
    ("upfront_fee", "uz-cyrl-check-paid-by-the-candidate", "Текширув хизмати учун 180 000 сўм номзод томонидан "
     "тўланади.", "Текширув хизмати учун 180 000 сўм компания томонидан тўланади."),
    ("upfront_fee", "uz-latn-check-paid-by-the-candidate", "KYC tekshiruvi uchun 150 000 so'm nomzod tomonidan "
     "to'lanadi.", "KYC tekshiruvi uchun 150 000 so'm kompaniya tomonidan to'lanadi."),
    ("upfront_fee", "ru-check-paid-by-the-candidate", "Проверка KYC стоит 2 000 ₽ и оплачивается кандидатом.",
     "Проверка KYC стоит 2 000 ₽ и оплачивается компанией."),
    ("upfront_fee", "en-check-paid-by-the-candidate", "Background screening is paid by the candidate.",
     "Background screening is paid by the company."),
    ("upfront_fee", "fa-check-paid-by-the-candidate", "استعلام سوابق ۴۸۰ هزار تومان است و توسط متقاضی پرداخت می‌شود.",
     "استعلام سوابق ۴۸۰ هزار تومان است و توسط شرکت پرداخت می‌شود."),
    ("upfront_fee", "en-reimbursed-with-the-first-salary", "The $65 screening fee is paid in USDT and reimbursed with "
     "the first salary.", "The $65 screening fee is paid in USDT and reimbursed by the company."),
    # a test transfer to the employer's address, or to connect the seeker's account
    ("upfront_fee", "ru-test-transfer-to-the-service-address", "Для подключения кабинета сотрудник делает тестовый "
     "перевод 50 USDT на служебный адрес биржи.", "Новому поставщику сначала делаем тестовый перевод с расчётного "
     "счёта компании."),
    ("upfront_fee", "en-test-transfer-for-your-login", "To get your staff login, send a 20 USDT test transfer to our "
     "verification address.", "Each new supplier first gets a small test transfer from the company's account."),
    ("upfront_fee", "uz-latn-test-transfer-to-our-wallet", "Kabinetni ulash uchun hamyonimizga 50 USDT test o'tkazma "
     "qilasiz.", "Yangi yetkazib beruvchiga avval kompaniya hisobidan kichik test o'tkazma qilinadi."),
    ("upfront_fee", "fa-test-transfer-to-our-address", "برای اتصال کیف پول، ۲۰ تتر واریز آزمایشی به آدرس ما انجام "
     "دهید.", "برای تأمین‌کننده جدید اول یک واریز آزمایشی کوچک از حساب شرکت انجام می‌شود."),
    # a wallet "activated" by a deposit, said in the passive
    ("upfront_fee", "en-wallets-activated-with-a-deposit", "New wallets are activated with a one-time 30 USDT deposit.",
     "Customers' wallets are activated after their first 30 USDT deposit."),
    ("upfront_fee", "ru-wallet-activated-with-a-deposit", "Кошелёк активируется депозитом 20 USDT.",
     "Кошелёк клиента активируется после первого пополнения на 20 USDT."),
    # (Uzbek read it already, the amount before the verb: ``_KEYS_ACTIVATED_AT_A_PRICE``)
    ("upfront_fee", "uz-latn-wallet-activated-with-a-deposit", "Hamyon 25 USDT depozit bilan faollashtiriladi.",
     "Mijozlar hamyoni 25 USDT depozit bilan faollashtiriladi."),
    ("upfront_fee", "fa-wallet-activated-by-a-deposit", "کیف پول با واریز ۲۰ تتر فعال می‌شود.",
     "کیف پول کاربران با واریز ۲۰ تتر فعال می‌شود."),
    # a tax paid before a withdrawal or a payout
    ("upfront_fee", "ru-tax-before-the-withdrawal", "Перед первым выводом оплачивается налог 12 % от выводимой суммы.",
     "Перед выводом зарплаты налог удерживает компания."),
    ("upfront_fee", "en-tax-paid-before-the-payout", "Payouts carry a 15% withholding tax, which must be paid to the "
     "platform before the transfer is released.", "Payouts carry a 15% withholding tax, which the platform deducts "
     "before the transfer is released."),
    ("upfront_fee", "uz-latn-tax-before-the-withdrawal", "Pulni yechib olishdan oldin 12 % soliqni alohida to'laysiz.",
     "Pulni yechib olishdan oldin soliqni kompaniya o'zi ushlab qoladi."),
    ("upfront_fee", "fa-tax-paid-in-advance", "باید ۱۰٪ مالیات برداشت را از قبل به حساب پشتیبانی واریز کنید.",
     "مالیات حقوق را شرکت از قبل کسر و به اداره مالیات پرداخت می‌کند."),
    # an account opened in the seeker's name and its access handed over
    ("identity_proxy", "uz-cyrl-account-in-your-name-handed-over", "Ўз номингизга Payme ҳамёни ва Bybit аккаунти "
     "очиб, кириш маълумотларини молия бўлимига берасиз.", "Иш ҳақи картаси ўз номингизга очилади, кириш "
     "маълумотлари фақат сизда қолади."),
    ("identity_proxy", "ru-account-in-your-name-handed-over", "Вы открываете на своё имя счёт в Payeer и передаёте "
     "доступы финансовому контролёру.", "Зарплатная карта открывается на ваше имя, доступы к ней есть только у вас."),
    ("identity_proxy", "en-account-in-your-name-handed-over", "Open a Wise account in your name and share the "
     "account's login with our finance team.", "Open a Wise account in your name if you don't have one; we pay your "
     "invoices there."),
    ("identity_proxy", "en-account-in-your-name-then-its-login", "- Open a Payoneer account in your name\n- Share its "
     "login with our finance team", "- Open a Payoneer account in your name\n- Send us your invoice each month"),
    ("identity_proxy", "fa-account-in-your-name-handed-over", "یک حساب بانکی به نام خودتان باز کنید و نام کاربری و رمز "
     "آن را به واحد مالی تحویل دهید.", "حقوق به حساب بانکی به نام خودتان واریز می‌شود و رمز آن فقط نزد شماست."),
    # accounts verified with the seeker's own face; a photo of the seeker's own passport
    ("identity_proxy", "en-liveness-with-your-own-face", "Complete the liveness check with your own face in the "
     "partner's app.", "Customers complete the liveness check with their own face in our app."),
    ("identity_proxy", "ru-verification-with-your-own-face", "Проходите верификацию своим лицом в приложениях "
     "партнёров.", "Клиенты проходят верификацию своим лицом в приложении банка."),
    ("identity_proxy", "uz-latn-verification-with-your-own-face", "Hamkor ilovalarida akkauntlarni o'z yuzingiz bilan "
     "tasdiqlaysiz.", "Hech qanday akkauntni o'z yuzingiz bilan tasdiqlamaysiz."),
    ("identity_proxy", "fa-verification-with-your-own-face", "حساب‌های صرافی را با چهره خودتان احراز هویت کنید.",
     "از شما نمی‌خواهیم با چهره خودتان حسابی را احراز کنید."),
    ("asks_id_document", "ru-photograph-your-own-passport", "При необходимости сфотографировать свой паспорт.",
     "Сфотографировать свой паспорт не нужно."),
    ("asks_id_document", "en-photo-of-your-passport", "Upload a photo of your passport when asked.",
     "Compare the photo of the customer's passport with their selfie."),
    # P2P "arbitrage": buyers pay into the seeker's card, the money goes on to the card someone else names
    ("money_mule", "ru-to-the-card-he-names", "Деньги переводишь на карту, которую он укажет.",
     "Зарплату переводим на карту, которую вы укажете."),
    ("money_mule", "ru-buyers-pay-into-your-card", "Покупатели переводят деньги на твою карту.",
     "Покупатели переводят деньги на карту магазина."),
    ("money_mule", "en-to-the-card-he-gives", "Then you send the money to the card he gives you.",
     "Then we send your pay to the card you give us."),
    ("money_mule", "en-buyers-pay-into-your-card", "Buyers send the money to your own bank card.",
     "Buyers send the money to the shop's bank card."),
    ("money_mule", "uz-latn-buyers-pay-into-your-card", "Xaridorlar pulni kartangizga o'tkazadi.",
     "Xaridorlar pulni do'kon kartasiga o'tkazadi."),
    ("money_mule", "fa-to-the-card-number-the-manager-names", "مبلغ را به شماره کارتی که مدیر اعلام می‌کند منتقل "
     "می‌کنید.", "حقوق به شماره کارتی که خودتان اعلام می‌کنید واریز می‌شود."),
    ("money_mule", "fa-buyers-pay-into-your-card", "خریداران مبلغ را کارت‌به‌کارت به کارت بانکی شما واریز می‌کنند.",
     "خریداران مبلغ را کارت‌به‌کارت به کارت فروشگاه واریز می‌کنند."),
    # honest: an anti-money-laundering analyst's alerts name drops and rented cards
    ("money_mule", "ru-drops-in-monitoring-alerts", "Ищем дропов: карта нужна на две недели.",
     "Разбирать алерты системы мониторинга: депозиты с санкционных адресов, аккаунты «дропов»."),
    ("money_mule", "fa-rented-cards-in-alerts", "کارت بانکی خود را اجاره دهید و ماهانه درآمد داشته باشید.",
     "بررسی هشدارهای سامانه: کارت‌هایی که از ده‌ها نفر پول می‌گیرند و آن را به کارت دیگری می‌فرستند (نشانه اجاره "
     "کارت)."),
    ("money_mule", "uz-latn-rented-cards-in-alerts", "Kartangizni ijaraga bering, har oy 1 mln so'm.",
     "Shubhali operatsiyalar monitoringi: kartani ijaraga berish belgilari bo'yicha alertlarni ko'rib chiqish."),
    ("money_mule", "en-rented-cards-in-alerts", "Rent out your bank card to us for $200 a month.",
     "Triage transaction monitoring alerts: signs that people rent out your card to strangers."),
    # honest: users' messages quoted to a support desk
    ("upfront_fee", "fa-users-messages-quoted", "کارهای شما:\n- «برای آزادسازی حساب یک واریز کنید»",
     "بیشتر پیام‌ها: «گفته‌اند برای آزادسازی حساب یک واریز کنم»"),
    ("upfront_fee", "ru-frequent-requests-quoted", "Что нужно сделать: «оплатите налог, и деньги придут»",
     "Частые обращения: «мне пишут: оплатите налог, и деньги придут»"),
    ("asks_sms_code", "uz-latn-what-customers-come-with-quoted", "Nima qilasiz: «SMS kodni yuboring»",
     "Nimalar bilan murojaat qilishadi: «SMS kodni yuboring, deb qo'ng'iroq qilishdi»"),
    ("upfront_fee", "en-typical-messages-quoted", "Next step: \"pay a withdrawal fee of $20 to unlock your funds\"",
     "Typical messages: \"they asked me to pay a withdrawal fee of $20 to unlock my funds\""),
]


@pytest.mark.parametrize("code,lang,positive,negative", SEVENTEENTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in SEVENTEENTH_CASES])
def test_a_seventeenth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                          negative: str) -> None:
    """A seventeenth writer's honest posts (tests/data/legitimacy_phrasings_q) are fintech back offices: KYC reviewers
    who see customers' passports and faces, support desks quoting users' messages about test transfers and withdrawal
    taxes, AML analysts reading alerts on drops and rented cards; its scams ask the seeker for those things."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    # an alert said in another sentence; a users' message heading over no quotation; a test payment to a supplier
    # "our" address names; the seeker's own wallet activated, not a customer's
    ("money_mule", "Subscribe to our job alerts. Rent out your bank card to us for $200 a month."),
    ("upfront_fee", "Typical messages get a reply within an hour. Pay a withdrawal fee of $20 to unlock your funds."),
    ("upfront_fee", "Send a 20 USDT test transfer to our service wallet to get started."),
    ("upfront_fee", "کیف پول شما با واریز ۲۰ تتر فعال می‌شود."),
])
def test_a_seventeenth_writers_excuses_reach_no_further(code: str, text: str) -> None:
    assert code in _codes(text + FILLER)


@pytest.mark.parametrize("code,text", [
    # a payroll's own test deposits to the seeker, a test payment to a supplier, a salary card whose login the bank
    # gives the seeker, a KYC check customers pass, a check the company pays for
    ("upfront_fee", "We send two small test deposits to verify your bank account."),
    ("upfront_fee", "To verify your bank account, we send a small test deposit."),
    ("upfront_fee", "Для подтверждения вашего счёта мы отправим тестовый перевод на 1 рубль."),
    ("upfront_fee", "Make a test payment to our supplier's account before the first order."),
    ("identity_proxy", "Open a bank account in your name for payroll; HR gives you access to our HR portal."),
    ("identity_proxy", "Ish haqi kartasi nomingizga ochiladi, login va parol sizga SMS orqali beriladi."),
    ("identity_proxy", "Зарплатная карта оформляется на ваше имя, доступ вам передаст банк."),
    ("identity_proxy", "حساب بانکی به نام خودتان برای دریافت حقوق لازم است و نام کاربری و رمز پنل شرکت به شما "
                       "تحویل داده می‌شود."),
    ("upfront_fee", "KYC tekshiruvi mijozlar tomonidan ilovada o'tkaziladi."),
    ("upfront_fee", "Background check is paid by the company."),
    ("money_mule", "Клиенты переводят оплату на расчётный счёт компании."),
    ("money_mule", "مشتریان مبلغ را به حساب شرکت واریز می‌کنند."),
])
def test_a_seventeenth_writers_neighbours_are_no_such_ask(code: str, text: str) -> None:
    assert code not in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Ready to pay $50? DM me",
    "Are you ready to pay a one-time $49 for the starter kit? Write to us.",
    "Готовы оплатить 200 000 сум? Пишите",
    "Готовы заплатить 1 500 ₽ за доступ? Пишите в личку.",
    "200 ming so'm to'lashga tayyormisiz?",
    "Tayyormisiz 150 000 so'm to'lashga? Yozing.",
    "آماده پرداخت ۲۰۰ هزار تومان هستید؟",
    "آیا آماده واریز ۵۰۰ هزار تومان هستید؟ پیام دهید",
])
def test_a_fee_asked_as_a_question_to_the_seeker_is_an_upfront_fee(text: str) -> None:
    """"Ready to pay $50?" asks the seeker for the fee as surely as "pay $50" does; no rule read the question."""
    assert "upfront_fee" in _codes(text + FILLER)


@pytest.mark.parametrize("text", [
    "Are you ready to be paid in USDT?",
    "Ready to start? Pay is $500/month.",
    "Ready to earn $500 a week? DM me.",
    "Готовы получать 200 000 сум в неделю? Пишите",
    "Готовы к оплате в USDT? Зарплата 500 $ в месяц.",
    "Haftasiga 2 mln so'm olishga tayyormisiz?",
    "Oyiga 5 mln so'm maosh. Ishlashga tayyormisiz?",
    "آماده دریافت حقوق ۲۰ میلیون تومان هستید؟",
    "آماده شروع هستید؟ حقوق ۲۰ میلیون تومان پرداخت می‌شود.",
])
def test_pay_offered_in_a_question_is_no_fee(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


EIGHTEENTH_CASES = [
    # a tax, an insurance or a check's price paid to the card of one of the employer's people, not to the state, a
    # clinic's till or the seeker's own bank
    ("upfront_fee", "uz-latn-a-departments-card", "Soliq va rasmiylashtirish uchun 150 000 so'm kadrlar bo'limi "
     "kartasiga o'tkaziladi.",
     "Soliqni o'zingiz soliq.uz orqali davlatga to'laysiz, oylik esa kartangizga o'tkaziladi."),
    ("upfront_fee", "uz-cyrl-an-administrators-card", "Тиббий кўрик пули 200 000 сўм клиника администратори картасига "
     "ўтказилади.", "Тиббий кўрикни исталган поликлиникада ўтасиз ва пулини ўша ерда тўлайсиз."),
    ("upfront_fee", "ru-an-administrators-card", "Стоимость справки 250 000 сум переводится на карту администратора "
     "клиники.", "Справку оформляете в любой поликлинике и оплачиваете там же по их прейскуранту."),
    ("upfront_fee", "ru-paid-to-the-curator", "Гарнитура фирменная, 300 000 сум, оплачиваете куратору при оформлении.",
     "Гарнитура любая, купите там, где удобно; вопросы по подключению задаёте куратору."),
    ("upfront_fee", "en-sent-to-an-officers-card", "Send $40 to our HR officer's card before the interview.",
     "Send your CV to our HR officer before the interview."),
    ("upfront_fee", "fa-a-managers-card-number", "هزینه پکیج را به شماره کارت مدیر فنی واریز می‌کنید.",
     "هدست را از هر فروشگاهی که خواستید بخرید و هزینه‌اش را به همان فروشگاه می‌پردازید."),
    ("upfront_fee", "fa-a-brokers-account", "حق بیمه سه ماه را به حساب کارگزار بیمه شرکت واریز می‌کنید.",
     "حق بیمه را کارفرما مستقیم به تأمین اجتماعی واریز می‌کند."),
    # … the card's number in brackets between the card and the order
    ("upfront_fee", "uz-latn-card-number-in-brackets", "Pulni Azimovning kartasiga (Humo 9860 12 3456) o'tkazasiz.",
     "Oylik Humo kartasiga (har oyning 5-sanasida) o'tkaziladi."),
    ("upfront_fee", "uz-cyrl-card-number-in-brackets", "Пулни Азимовнинг картасига (Uzcard 8600 57 2209) ўтказасиз.",
     "Ойлик Uzcard картасига (ҳар ойнинг 5-санасида) ўтказилади."),
    ("upfront_fee", "ru-card-number-in-brackets", "Деньги на карту (Humo 9860 12 3456) переводите до собеседования.",
     "Зарплата на карту (Humo или Uzcard) переводится 5 числа."),
    ("upfront_fee", "fa-card-number-in-brackets", "هزینه را به کارت (۶۰۳۷ ۹۹ ۴۱۲۸) واریز می‌کنید.",
     "حقوق به کارت (هر بانکی) واریز می‌شود."),
    # the employer's partner notary, translator or clinic at a price, not any notary's own tariff
    ("upfront_fee", "uz-latn-a-partner-notary",
     "Diplom nusxasini hamkor notariusimiz tasdiqlaydi, xizmati 140 000 so'm.",
     "Diplom nusxasini istalgan notariusda tasdiqlaysiz, uning tarifi bo'yicha 140 000 so'm atrofida."),
    ("upfront_fee", "uz-cyrl-our-translator", "Ҳамкор таржимонимиз хизмати 90 000 сўм.",
     "Таржимани истаган расмий таржимонда қилдирасиз, 90 000 сўм атрофида."),
    ("upfront_fee", "ru-a-partner-notary", "Копию диплома заверяет наш нотариус-партнёр, услуга 150 000 сум.",
     "Копию диплома заверяете у любого нотариуса, около 150 000 сум по его тарифу."),
    ("upfront_fee", "en-a-partner-translation-office", "Our partner translation office certifies the diploma for $45.",
     "Have the diploma translated at any certified translation office; it costs about $45, paid to them."),
    ("upfront_fee", "fa-a-partner-translation-office", "ترجمه رسمی را دارالترجمه همکار ما انجام می‌دهد، هزینه ۳ میلیون "
     "تومان.", "ترجمه رسمی را در هر دارالترجمه‌ای که خواستید انجام دهید، حدود ۳ میلیون تومان."),
    ("upfront_fee", "fa-our-partner-clinic", "معاینه فقط در درمانگاه همکار ما، ۴۰۰ هزار تومان.",
     "کارت بهداشت را از هر درمانگاهی بگیرید، حدود ۴۰۰ هزار تومان."),
    # the job promised first, then the course's own price a line below
    ("upfront_fee", "uz-latn-job-promised-then-the-courses-price",
     "Kursdan keyin kafolatli ish.\nKurs narxi 600 000 so'm, boshlanishidan oldin to'lanadi.",
     "Kursdan keyin kafolatli ish.\nKursni kompaniya to'laydi, sizga 1 500 000 so'm stipendiya."),
    ("upfront_fee", "ru-job-promised-then-the-courses-price", "Гарантированное трудоустройство после академии.\n"
     "Обучение — 1 800 000 сум.", "Гарантированное трудоустройство после академии.\nОбучение за счёт компании, "
     "стипендия 1 800 000 сум."),
    ("upfront_fee", "en-job-promised-then-the-courses-price", "Guaranteed job placement after the course.\nCourse fee: "
     "$120, paid before the first class.", "Guaranteed job placement after the course.\nThe course is on us, and you "
     "get a $120 stipend."),
    ("upfront_fee", "fa-job-promised-then-the-courses-price", "استخدام قطعی پس از دوره.\nشهریه دوره: ۲ میلیون و ۹۰۰ "
     "هزار تومان.", "استخدام قطعی پس از دوره.\nشهریه دوره را شرکت می‌پردازد و ۲ میلیون تومان کمک هزینه می‌دهد."),
    # equipment the seeker is told to buy from the employer, with its price; not customers buying from the business
    ("upfront_fee", "en-bought-from-our-desk",
     "New hires buy the headset from our IT desk ($60) before your first shift.",
     "You help customers buy headsets from our online store ($60)."),
    ("upfront_fee", "uz-latn-bought-from-us", "Garniturani faqat bizdan sotib olasiz, narxi 300 000 so'm.",
     "Mahsulotlar bizdan sotib olinadi, narxi 300 000 so'm."),
    ("upfront_fee", "ru-bought-from-us", "Гарнитуру покупаете у нас, 320 000 сум.",
     "Клиенты покупают у нас гарнитуры, средний чек 320 000 сум."),
    ("upfront_fee", "fa-bought-from-us", "هدست مخصوص را از ما خریداری می‌کنید، ۲ میلیون تومان.",
     "مشتریان هدست را از ما خریداری می‌کنند، ۲ میلیون تومان."),
    # a trial task's evaluation or check the seeker pays for, not one the employer pays for
    ("upfront_fee", "en-an-evaluation-fee", "A $15 evaluation fee covers the review of your trial task.",
     "There is no evaluation fee: we pay you $15 for the trial task."),
    ("upfront_fee", "uz-latn-a-test-checked-at-a-price", "Sinov topshirig'ini tekshirish uchun 50 000 so'm to'lov "
     "olinadi.", "Sinov topshirig'i uchun sizga 50 000 so'm to'laymiz."),
    ("upfront_fee", "ru-a-test-checked-at-a-price", "Проверка тестового задания — 100 000 сум.",
     "Тестовое задание оплачиваем: 100 000 сум."),
    ("upfront_fee", "fa-an-evaluation-fee", "هزینه ارزیابی نمونه‌کار ۲۰۰ هزار تومان است.",
     "برای نمونه‌کار ۲۰۰ هزار تومان دستمزد می‌دهیم."),
]


@pytest.mark.parametrize("code,lang,positive,negative", EIGHTEENTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in EIGHTEENTH_CASES])
def test_an_eighteenth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                          negative: str) -> None:
    """An eighteenth writer's honest posts (tests/data/legitimacy_phrasings_r) name costs a seeker bears to others:
    the state's tax, any clinic, any notary, any shop, the seeker's own bank; its scams send the same money to the
    employer's people, its partner or its own academy. Who is paid decides."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("text", [
    # a job's own title: its pay said to go to "the curator's card", a consultant's commission to their account
    "Оплата переводится на карту куратора два раза в месяц.",
    "Kurator oyligi kurator kartasiga har oy o'tkaziladi.",
    "پورسانت مشاور به حساب مشاور واریز می‌شود.",
    # a training centre that denies the promise a scam makes
    "Ishga kafolat bermaymiz.\nKurs narxi 300 000 so'm.",
    "Мы не гарантируем трудоустройство.\nОбучение — 300 000 сум.",
    "No guaranteed job.\nCourse fee: $120.",
    "استخدام قطعی نیست.\nشهریه دوره: ۲ میلیون تومان.",
    # the ask named only to say it is never made
    "We never charge an evaluation fee for the trial task.",
    "Мы никогда не берём плату: проверка тестового задания — бесплатно.",
])
def test_an_eighteenth_writers_words_leave_a_jobs_own_pay_and_a_denied_ask_alone(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)


EMPLOYER_PAYS_PASSIVE_CASES = [
    # the fee said as paid BY the employer, in the passive or with the employer as the subject after the fee: no ask
    ("upfront_fee", "en-paid-by-the-company", "The $15 registration fee is paid by you before the first shift.",
     "The $15 registration fee is paid by the company."),
    ("upfront_fee", "en-paid-by-us", "The $40 training fee is paid by the candidate.",
     "The $40 training fee is paid by us."),
    ("upfront_fee", "en-borne-by-the-employer", "A $60 training fee is due before you start.",
     "The $60 training fee is borne by the employer."),
    ("upfront_fee", "ru-paid-by-the-company", "Регистрационный взнос 150 000 сум оплачивается кандидатом.",
     "Регистрационный взнос 150 000 сум оплачивается компанией."),
    ("upfront_fee", "uz-latn-paid-by-the-company", "Ro'yxatdan o'tish to'lovi 100 000 so'm nomzod tomonidan to'lanadi.",
     "Ro'yxatdan o'tish to'lovi 100 000 so'm kompaniya tomonidan to'lanadi."),
    ("upfront_fee", "uz-cyrl-paid-by-the-company", "Рўйхатдан ўтиш тўлови 100 000 сўм номзод томонидан тўланади.",
     "Рўйхатдан ўтиш тўлови 100 000 сўм компания томонидан тўланади."),
    ("upfront_fee", "fa-the-company-pays", "هزینه ثبت نام ۲۰۰ هزار تومان را شما پرداخت می‌کنید.",
     "هزینه ثبت نام ۲۰۰ هزار تومان را شرکت پرداخت می‌کند."),
    ("upfront_fee", "fa-paid-by-the-company", "هزینه ثبت نام ۲۰۰ هزار تومان توسط متقاضی پرداخت می‌شود.",
     "هزینه ثبت نام ۲۰۰ هزار تومان توسط شرکت پرداخت می‌شود."),
]


@pytest.mark.parametrize("code,lang,positive,negative", EMPLOYER_PAYS_PASSIVE_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in EMPLOYER_PAYS_PASSIVE_CASES])
def test_a_fee_the_employer_pays_is_no_ask_however_it_is_said(code: str, lang: str, positive: str,
                                                               negative: str) -> None:
    """"We pay" and "the company pays" excused a fee; "is paid by the company", «оплачивается компанией», "kompaniya
    tomonidan to'lanadi" and «را شرکت پرداخت می‌کند» say the same with the fee first, and had hidden honest posts."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


# A short honest post around one sentence, in the sentence's language: a title, a company, duties and an office
_HONEST_FRAMES = {
    "en": ("Office assistant", "Ridgeway Lettings Ltd",
           "Duties: answer calls, file documents, book meetings. Office: 12 Park Row, Leeds. {}"),
    "uz-latn": ("Ofis menejeri", "Ipak Yo'li Savdo MChJ",
                "Vazifalar: qo'ng'iroqlarga javob berish, hujjatlar bilan ishlash. Manzil: Toshkent, Chilonzor 9. {}"),
    "uz-cyrl": ("Офис менежери", "Ипак Йўли Савдо МЧЖ",
                "Вазифалар: қўнғироқларга жавоб бериш, ҳужжатлар билан ишлаш. Манзил: Тошкент, Чилонзор 9. {}"),
    "ru": ("Офис-менеджер", "ООО Альфа Трейд",
           "Обязанности: приём звонков, документооборот. Адрес офиса: Ташкент, Чиланзар 9. {}"),
    "fa": ("مسئول دفتر", "شرکت بازرگانی آریا",
           "وظایف: پاسخگویی به تلفن، بایگانی اسناد. آدرس دفتر: تهران، خیابان ولیعصر، پلاک ۱۲. {}"),
}


def _honest(lang: str, sentence: str) -> PostingItem:
    title, company, body = _HONEST_FRAMES[lang]
    return PostingItem(source="t", source_id="1", title=title, company=company, description=body.format(sentence))


def _honest_assessment(lang: str, sentence: str) -> tuple[str, dict[str, str]]:
    a = assess(_honest(lang, sentence))
    return a.verdict, {r.code: r.span for r in a.reasons}


@pytest.mark.parametrize("lang,sentence", [
    # the seeker's pay transferred by the employer ("we transfer", or it "is transferred"), whoever names the card
    ("uz-latn", "Oylikni siz ko'rsatgan kartaga o'tkazamiz."),
    ("uz-latn", "Oylikni biz bergan kartaga o'tkazamiz."),
    ("uz-latn", "Maosh har oyning 5-sanasida siz ko'rsatgan kartaga o'tkazib beriladi."),
    ("uz-latn", "Bonuslarni siz ko'rsatgan hisobga o'tkazib beramiz."),
    ("uz-latn", "Oylikni siz korsatgan kartaga otkazamiz."),  # typed without apostrophes
    ("uz-cyrl", "Ойликни сиз кўрсатган картага ўтказамиз."),
    ("uz-cyrl", "Маошни биз берган картага ўтказамиз."),
    ("uz-cyrl", "Ойликни сиз курсатган картага утказамиз."),  # typed with Russian letters
    ("ru", "Зарплату переводим на карту, которую мы укажем."),
    ("ru", "Зарплату переводим на карту, которую вы укажете."),
    ("ru", "Зарплата переводится на указанную нами карту банка-партнёра."),
    ("fa", "حقوق را به کارتی که ما معرفی می‌کنیم واریز می‌کنیم."),
    ("fa", "حقوق به حساب‌هایی که ما اعلام می‌کنیم واریز می‌شود."),
    ("fa", "حقوق را به کارتی که معرفی می‌کنید واریز می‌کنیم."),
    ("en", "We transfer your salary to the card we give you on your first day."),
    ("en", "We transfer your salary to the card you name."),
])
def test_the_employer_paying_the_seekers_pay_into_a_named_card_is_no_mule(lang: str, sentence: str) -> None:
    """The employer paying *into* the seeker's card (the salary, "we transfer", "o'tkazamiz", «переводим», «واریز
    می‌کنیم») is how pay works, whoever names the card: "Oylikni siz ko'rsatgan kartaga o'tkazamiz" had been hidden as
    money_mule ("ko'rsatgan kartaga ~ o'tkaz*")."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert "money_mule" not in codes and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # the seeker sends money on to a card someone names, a salary said beside it or not
    ("uz-latn", "Kartangizga kelgan pulni biz ko'rsatgan kartaga o'tkazasiz, oylik 3 mln."),
    ("uz-latn", "Oylik 3 mln so'm. Tushgan pulni ko'rsatilgan kartaga o'tkazasiz."),
    ("uz-latn", "Biz sizga oylik to'laymiz, siz esa pulni biz ko'rsatgan kartaga o'tkazib berasiz."),
    ("uz-latn", "Mijozlar pulini qabul qilamiz va ko'rsatilgan hisobga o'tkazamiz, oylik 4 mln."),
    ("uz-cyrl", "Картангизга келган пулни биз кўрсатган картага ўтказасиз."),
    ("ru", "Деньги, пришедшие на вашу карту, переводите на указанные нами реквизиты, зарплата 5 000 000 сум."),
    ("ru", "Деньги с вашей карты нужно перевести на карту, которую мы укажем."),
    ("fa", "پولی که به کارتتون واریز میشه رو به کارت هایی که معرفی میکنیم انتقال بدید."),
    ("en", "Then you send the money to the card he gives you."),
    ("en", "You receive transfers to your card and send them on to the accounts we give you."),
])
def test_the_seeker_sending_money_on_to_a_named_card_is_a_mule(lang: str, sentence: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert "money_mule" in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # a password, a PIN, a card or a code the bank (or the employer) sends or gives the seeker
    ("ru", "Зарплатная карта Капиталбанка, пароль от мобильного банка вам пришлют в SMS."),
    ("ru", "Логин и пароль от мобильного банка придут вам по SMS."),
    ("ru", "Данные карты и логин от интернет-банка выдаются в отделении банка."),
    ("ru", "После оформления вам придёт SMS с кодом для входа в личный кабинет сотрудника."),
    ("uz-latn", "Oylik kartasi Kapitalbankdan, mobil bank paroli sizga SMS orqali yuboriladi."),
    ("uz-latn", "Oylik kartasi Kapitalbankdan, mobil bank parolini bank sizga SMS orqali yuboradi."),
    ("uz-latn", "Shaxsiy kabinetga kirish uchun sizga SMS kod keladi."),
    ("uz-cyrl", "Ойлик картаси Капиталбанкдан, мобил банк пароли сизга SMS орқали юборилади."),
    ("uz-cyrl", "Карта рақами ва PIN-код сизга банк томонидан конвертда берилади."),
    ("fa", "کارت حقوق بانک ملت صادر می‌شود و رمز همراه بانک برای شما پیامک می‌شود."),
    ("fa", "رمز اینترنت بانک توسط بانک به شما داده می‌شود."),
    ("fa", "برای ورود به پنل کارکنان یک کد تایید برای شما پیامک می‌شود."),
    ("en", "The bank mails you your card number and PIN."),
    ("en", "You will receive your online banking login from the bank by SMS."),
    ("en", "After signing the contract you will receive a verification code to log in to the HR portal."),
])
def test_what_the_bank_sends_the_seeker_is_no_request_for_it(lang: str, sentence: str) -> None:
    """Something sent *to* the seeker (a salary card's mobile-bank password «вам пришлют в SMS», a PIN envelope, a
    code to log in) is no request for the seeker's details: «Зарплатная карта Капиталбанка, пароль от мобильного банка
    вам пришлют в SMS» had been hidden as asks_bank_or_id."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert not {"asks_bank_or_id", "asks_sms_code"} & codes.keys() and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence,code", [
    # the seeker asked to send or tell it: in the sentence, the one before or the one after
    ("ru", "Пароль от мобильного банка пришлите нам в SMS.", "asks_bank_or_id"),
    ("ru", "Пароль от мобильного банка вам придёт в SMS, перешлите его менеджеру.", "asks_bank_or_id"),
    ("ru", "Вам придёт SMS с кодом. Продиктуйте его оператору.", "asks_sms_code"),
    ("ru", "Оператор попросит продиктовать код. SMS с кодом придёт вам на телефон.", "asks_sms_code"),
    ("uz-latn", "Mobil bank paroli sizga SMS orqali keladi, uni bizga yuboring.", "asks_bank_or_id"),
    ("uz-latn", "Sizga SMS kod keladi.\nKodni adminga ayting.", "asks_sms_code"),
    ("uz-cyrl", "Мобил банк пароли сизга SMS орқали келади, уни менежерга юборинг.", "asks_bank_or_id"),
    ("fa", "رمز همراه بانک که برای شما پیامک می‌شود را برای ما بفرستید.", "asks_bank_or_id"),
    ("fa", "یک کد تایید برای شما پیامک می‌شود. آن را به پشتیبان بگویید.", "asks_sms_code"),
    ("en", "Send us your mobile banking password.", "asks_bank_or_id"),
    ("en", "You will receive your online banking login by SMS; forward it to our finance team.", "asks_bank_or_id"),
    ("en", "The bank will text you a verification code. Read it to our agent when she calls.", "asks_sms_code"),
])
def test_what_is_sent_to_the_seeker_and_asked_back_is_a_request(lang: str, sentence: str, code: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert code in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("text,code", [
    # a phrase of an excuse ("to hr", "hr bo'limi", "в бухгалтерию") or a negation ("never", "нет") inside an address
    ("Send a copy of your passport to hr.ridgeway.recruit@outlook.com today.", "asks_id_document"),
    ("Send a scan of your passport to hr.team@ridgeway-lettings.co today.", "asks_id_document"),
    ("Send your card number to never.late.jobs@gmail.com today.", "asks_bank_or_id"),
    ("Pasport nusxasini kadrlar.bolimi@gmail.com ga yuboring.", "asks_id_document"),
    ("Пришлите номер карты на net.moshennikov@mail.ru сегодня.", "asks_bank_or_id"),
    ("Пришлите номер карты через https://v-buhgalteriyu.example/forma сегодня.", "asks_bank_or_id"),
    ("شماره کارت خود را به hr.never.late@gmail.com بفرستید.", "asks_bank_or_id"),
])
def test_an_address_or_a_link_is_one_word_to_the_excuses(text: str, code: str) -> None:
    """An e-mail address or a link says nothing to a rule's negations and exceptions: "to hr" of
    "to hr.ridgeway…@outlook.com" had excused a passport sent there as paperwork handed to HR, and an address's dots
    ended the sentence it stands in."""
    assert code in _codes(text + FILLER)


@pytest.mark.parametrize("text,code", [
    # the excuses still read the words around an address or a link
    ("Bring your passport to the interview; questions to hr@ridgeway-lettings.co.", "asks_id_document"),
    ("Once hired, HR (hr@ridgeway-lettings.co) will ask for your bank details for payroll.", "asks_bank_or_id"),
    ("We never ask for your card number by e-mail (jobs@ridgeway-lettings.co) or anywhere else.", "asks_bank_or_id"),
    ("Никогда не присылайте номер карты на адреса вроде pay.now@mail.ru — это мошенники.", "asks_bank_or_id"),
])
def test_the_excuses_still_read_around_an_address(text: str, code: str) -> None:
    assert code not in _codes(text + FILLER)


@pytest.mark.parametrize("lang,sentence", [
    # the hiring step said with the seeker doing it, in whatever tense: "once you've signed", «когда вы примете»
    ("en", "Once you've signed the offer letter, send your passport scan and bank details to HR for payroll."),
    ("en", "After you have accepted the offer, HR collects your bank details for payroll."),
    ("en", "Once you've been hired, you give HR your bank details for payroll."),
    ("ru", "Когда вы примете предложение, отдел кадров попросит реквизиты карты для зарплаты."),
    ("ru", "Как только вы подпишете договор, бухгалтерия попросит номер карты для зарплаты."),
    ("fa", "وقتی قرارداد را امضا کردید، شماره شبا را برای واحد مالی بفرستید."),
    ("fa", "بعد از اینکه پیشنهاد را پذیرفتید، شماره کارت را برای واحد مالی بفرستید."),
    ("uz-latn", "Taklifni qabul qilganingizdan so'ng karta raqamingizni buxgalteriyaga yuborasiz."),
    ("uz-cyrl", "Шартномани имзолаганингиздан сўнг карта рақамингизни бухгалтерияга юборасиз."),
])
def test_the_hiring_step_in_any_tense_excuses_payroll_details(lang: str, sentence: str) -> None:
    """Payroll details asked once the seeker has signed or accepted the offer are how payroll starts, however the
    step is put: "Once you've signed the offer letter" was read as no step at all where "once you sign the offer" was
    one."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert not {"asks_bank_or_id", "asks_id_document"} & codes.keys() and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence,code", [
    # before the step, or a card's secret after it
    ("en", "Send your bank details to HR now; once you've signed the offer we will start payroll.", "asks_bank_or_id"),
    ("en", "Once you've signed the offer letter, send us your card's CVV for payroll.", "asks_bank_or_id"),
    ("ru", "Когда вы примете предложение, пришлите CVV карты.", "asks_bank_or_id"),
    ("fa", "وقتی قرارداد را امضا کردید، رمز دوم کارت را بفرستید.", "asks_bank_or_id"),
])
def test_the_hiring_step_in_any_tense_excuses_no_secret_and_nothing_before_it(lang: str, sentence: str,
                                                                              code: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert code in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # a password the seeker sets and keeps
    ("uz-latn", "Mobil bank parolini o'zingiz o'rnatasiz, u faqat sizda qoladi."),
    ("uz-cyrl", "Мобил банк паролини ўзингиз ўрнатасиз, у фақат сизда қолади."),
    ("ru", "Пароль от мобильного банка вы задаёте сами, он остаётся только у вас."),
    ("fa", "رمز همراه بانک را خودتان تعیین می‌کنید و فقط نزد شما می‌ماند."),
    ("en", "Your online banking password stays with you, and you set it yourself."),
])
def test_a_secret_the_seeker_sets_and_keeps_is_no_request_for_it(lang: str, sentence: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_bank_or_id" not in codes and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    ("uz-latn", "Mobil bank parolini o'zingiz o'rnatasiz va uni bizga yuborasiz."),
    ("ru", "Пароль от мобильного банка вы задаёте сами, потом сообщаете его куратору."),
    ("fa", "رمز همراه بانک را خودتان تعیین می‌کنید و آن را برای ما می‌فرستید."),
    ("en", "You set your online banking password yourself, then share it with our finance team."),
])
def test_a_secret_the_seeker_sets_and_hands_on_is_a_request(lang: str, sentence: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_bank_or_id" in codes and verdict == "likely_scam", (verdict, codes)


NINETEENTH_CASES = [
    # the seeker's own e-signature (its key file, token, password or PIN) handed to the employer, not the seeker signing
    # with it and sending what was signed
    ("identity_proxy", "uz-latn-e-signature-key-sent", "E-IMZO kalitingiz faylini (.pfx) va uning parolini HR "
     "bo'limiga yuborasiz, shartnomani biz imzolaymiz.", "Shartnomani o'z E-IMZO kalitingiz bilan o'zingiz imzolaysiz "
     "va imzolangan faylni HR bo'limiga yuborasiz."),
    ("identity_proxy", "uz-cyrl-e-signature-key-sent", "Е-ИМЗО калитингизни ва паролини менежеримизга юборинг.",
     "Шартномани ўз Е-ИМЗО калитингиз билан ўзингиз имзолайсиз ва имзоланган файлни менежеримизга юборасиз."),
    ("identity_proxy", "ru-e-signature-token-handed-over", "Передайте нашему курьеру флешку-токен с вашей ЭЦП, а "
     "PIN-код сообщите HR-менеджеру.", "Ключ ЭЦП получаете сами в ЦОН и отправляете нам только подписанный договор."),
    ("identity_proxy", "ru-e-signature-key-then-the-verb", "Файл ключа ЭЦП и пароль от него отправьте в отдел кадров.",
     "Договор подписываете своей ЭЦП и отправляете в отдел кадров."),
    ("identity_proxy", "fa-e-signature-token-handed-over", "توکن امضای دیجیتال خود را به همراه رمز آن به پیک شرکت "
     "تحویل دهید.", "قرارداد را با امضای دیجیتال خودتان امضا کنید و فایل امضاشده را برای ما بفرستید."),
    ("identity_proxy", "en-e-signature-key-sent", "Email your E-IMZO key file and its password to HR so we can sign "
     "on your behalf.", "Sign the contract with your own E-IMZO key and email the signed PDF to HR."),
    # a government portal's login handed to the employer, not the seeker logging in and sending what they got
    ("identity_proxy", "uz-latn-portal-login-sent", "OneID login va parolingizni menejerimizga yuboring, shartnomani "
     "o'zimiz ro'yxatdan o'tkazamiz.", "my.gov.uz ga OneID login va parolingiz bilan o'zingiz kirasiz va "
     "ma'lumotnomani HR ga yuborasiz."),
    ("identity_proxy", "uz-cyrl-portal-login-sent", "OneID логин ва паролингизни бизга юборинг.",
     "my.gov.uz га OneID логин ва паролингиз билан ўзингиз кирасиз ва маълумотномани HR га юборасиз."),
    ("identity_proxy", "ru-portal-login-handed-over", "Передайте бухгалтеру логин и пароль от Госуслуг, он "
     "зарегистрирует вас самозанятым.", "Зайдите на Госуслуги под своим логином и паролем и отправьте нам скан "
     "справки."),
    ("identity_proxy", "fa-portal-login-sent", "نام کاربری و رمز عبور ثنای خود را از طریق فرم استخدام برای ما ارسال "
     "کنید.", "با نام کاربری و رمز ثنای خودتان وارد سامانه شوید و گواهی را برای ما ارسال کنید."),
    ("identity_proxy", "en-portal-login-sent", "Send your OneID login and password to our HR manager and we will "
     "register your contract.", "Log in to my.mehnat.uz with your own OneID login and password, then send us a "
     "screenshot of the contract."),
    # a remote-access app on the seeker's own phone, its code sent on the next line (a list's next step), not one on a
    # company laptop
    ("asks_sms_code", "en-remote-app-on-your-phone-code-next-line", "📲 Install TeamViewer QuickSupport on your "
     "phone\n🔑 Send the ID and the session password to @it_onboarding", "📲 IT installs TeamViewer on your company "
     "laptop\n🔑 Send the ID and the session password to IT if they ask"),
    ("asks_sms_code", "ru-remote-app-on-your-phone-code-next-line", "1. Установите AnyDesk на свой телефон.\n"
     "2. Пришлите нам ID и пароль для подключения.", "1. IT установит AnyDesk на рабочий ноутбук.\n2. При сбое "
     "пришлите IT-отделу ID и пароль для подключения."),
    # (an ID sent, not "kodni … yuboring": a code sent on is an ask wherever it comes from)
    ("asks_sms_code", "uz-latn-remote-app-on-your-phone-code-next-line", "1. Telefoningizga AnyDesk ilovasini "
     "o'rnating.\n2. Ekrandagi ID raqamini texnik mutaxassisga yuboring.", "1. IT bo'limi kompaniya noutbukiga "
     "AnyDesk o'rnatadi.\n2. Nosozlik bo'lsa, ID raqamini IT bo'limiga yuboring."),
    ("asks_sms_code", "uz-cyrl-remote-app-on-your-phone-code-next-line", "1. Телефонингизга AnyDesk иловасини "
     "ўрнатинг.\n2. Экрандаги ID рақамини техник мутахассисга юборинг.", "1. IT бўлими компания ноутбукига AnyDesk "
     "ўрнатади.\n2. Носозлик бўлса, ID рақамини IT бўлимига юборинг."),
    ("asks_sms_code", "fa-remote-app-on-your-phone-code-next-line", "۱. برنامه AnyDesk را روی گوشی‌تان نصب کنید\n"
     "۲. کد ۹ رقمی آن را برای کارشناس فنی بفرستید", "۱. واحد IT برنامه AnyDesk را روی لپ‌تاپ شرکت نصب می‌کند\n"
     "۲. در صورت مشکل، کد آن را برای واحد IT بفرستید"),
    # accounts opened by the seeker, named in the third person, in their own name, the logins handed over
    ("identity_proxy", "en-accounts-in-their-own-name-handed-over", "Each coordinator opens a Wise and a PayPal "
     "account in their own name, completes the identity check, and then shares the login details with our finance "
     "manager.", "Each coordinator opens a Wise and a PayPal account in their own name, completes the identity check, "
     "and then sends us the account details for their pay."),
    ("identity_proxy", "ru-accounts-in-their-own-name-handed-over", "Каждый координатор открывает на своё имя счета "
     "в Wise и PayPal и передаёт логины финансовому менеджеру.", "Каждый координатор открывает на своё имя счёт в "
     "Wise и присылает реквизиты для выплаты зарплаты."),
    ("identity_proxy", "uz-latn-accounts-in-their-own-name-handed-over", "Har bir koordinator o'z nomiga Payoneer va "
     "Wise hisoblarini ochadi va login-parollarni moliya menejeriga topshiradi.", "Har bir koordinator o'z nomiga "
     "Payoneer hisobini ochadi va oylik uchun hisob raqamini moliya menejeriga topshiradi."),
    ("identity_proxy", "fa-accounts-in-their-own-name-handed-over", "هر هماهنگ‌کننده یک حساب وایز و پی‌پال به نام "
     "خودش باز می‌کند و نام کاربری و رمز آن را به مدیر مالی تحویل می‌دهد.", "هر هماهنگ‌کننده یک حساب وایز به نام "
     "خودش باز می‌کند و شماره حساب را برای واریز حقوق به مدیر مالی اعلام می‌کند."),
]


@pytest.mark.parametrize("code,lang,positive,negative", NINETEENTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in NINETEENTH_CASES])
def test_a_nineteenth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                         negative: str) -> None:
    """A nineteenth writer's honest posts (tests/data/legitimacy_phrasings_s) say what an honest employer asks of a
    seeker's documents, data and accounts: an e-signature and a government portal's login the seeker uses and keeps, a
    remote-access app on a company laptop or a client's computers; its scams have the seeker hand the key, the login
    or the phone's remote access over."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    # the seeker's own key, login and remote access kept, said in the employers' own words
    ("identity_proxy", "Kalit fayli va uning paroli faqat sizda turadi — biz ularni hech qachon so'ramaymiz, "
                       "shartnomani o'z kompyuteringizda o'zingiz imzolaysiz."),
    ("identity_proxy", "Ключ ЭЦП вы получаете сами, файл ключа и пароль храните только вы. Мы их не запрашиваем; если "
                       "кто-то просит передать ключ или пароль — это мошенники."),
    ("identity_proxy", "توکن و رمز (PIN) آن فقط نزد خودتان می‌ماند و شرکت هیچ‌وقت آن را نمی‌خواهد."),
    ("identity_proxy", "The key file and its password stay with you. We never ask for them, and nobody needs you to "
                       "send them anywhere."),
    ("identity_proxy", "Never send anyone your OneID login and password, not even us."),
    ("identity_proxy", "Никому не передавайте логин и пароль от Госуслуг, даже нам."),
    ("identity_proxy", "رمز ثنا مال شماست — آن را به ما یا هیچ‌کس دیگری ندهید."),
    ("identity_proxy", "OneID login va parolingizni hech kimga, bizga ham yubormang."),
    ("asks_sms_code", "Shaxsiy telefoningizga AnyDesk yoki boshqa dastur o'rnatish talab qilinmaydi."),
    ("asks_sms_code", "Подключаться к компьютерам сотрудников клиента через AnyDesk по их заявке."),
    # the seeker signing, registering or filing themselves and sending what they got; a token the employer gives
    ("identity_proxy", "E-IMZO kalitingizni kompyuteringizga o'rnating va shartnomani imzolab yuboring."),
    ("identity_proxy", "رمز ثنا را خودتان تعیین کنید و گواهی را برای ما بفرستید."),
    ("identity_proxy", "Register on OneID yourself and send us your PINFL."),
    ("identity_proxy", "We will send you a company e-signature token on your first day."),
    # a remote-access app on the seeker's own computer for the job's clients, who send their IDs; a messenger's ID
    ("asks_sms_code", "Install AnyDesk on your laptop. Clients share their ID with you and you connect to their "
                      "computers."),
    ("asks_sms_code", "Install AnyDesk on your own computer.\nCustomers will send you their AnyDesk ID through the "
                      "ticket."),
    ("asks_sms_code", "Install AnyDesk on your laptop.\nSend your CV and Telegram ID to our HR."),
])
def test_a_nineteenth_writers_neighbours_are_no_such_ask(code: str, text: str) -> None:
    assert code not in _codes(text + FILLER)


@pytest.mark.parametrize("lang,text", [
    # a negated list whose first item runs on past the match before the list's comma ("card number with CVV2, …")
    ("fa", "شماره‌ی کارت با CVV2، رمز دوم یا «واریز ۱۰۰۰ ریالی برای تأیید کارت» نمی‌خواهیم."),
    ("ru", "Номер карты с CVV, код из SMS или пароль от банка мы не запрашиваем."),
    ("uz-latn", "Karta raqami CVV bilan, SMS kod yoki parol hech qachon so'ralmaydi."),
    ("en", "Card numbers with the CVV, SMS codes or banking passwords are not required."),
])
def test_a_negated_list_reaches_its_first_item_past_the_match(lang: str, text: str) -> None:
    """A Persian employer's warning listed "شماره‌ی کارت با CVV2، رمز دوم یا «واریز ۱۰۰۰ ریالی …» نمی‌خواهیم" (we do not
    want a card number with its CVV2, a second PIN or a "1,000-rial transfer"): the list opened only at a comma right
    after the match, so "با CVV2" before it left the verb at its end unread, and the post was hidden."""
    verdict, codes = _honest_assessment(lang, text)
    assert not {"asks_bank_or_id", "asks_sms_code"} & codes.keys() and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,text", [
    # … but the same list with an order after it still asks
    ("fa", "شماره‌ی کارت با CVV2، رمز دوم یا کد پیامکی را برای ما بفرستید."),
    ("ru", "Номер карты с CVV, код из SMS или пароль от банка пришлите куратору."),
    ("uz-latn", "Karta raqami CVV bilan, SMS kod yoki parolni adminga yuboring."),
    # … or an order between the match and the list: the ask's clause has ended
    ("uz-latn", "Karta raqamingizni botga yuboring, pasport yoki ID kerak emas."),
    ("en", "Card numbers with the CVV, SMS codes or banking passwords go to our recruiter."),
])
def test_a_list_past_the_match_with_an_order_still_asks(lang: str, text: str) -> None:
    verdict, codes = _honest_assessment(lang, text)
    assert {"asks_bank_or_id", "asks_sms_code"} & codes.keys() and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # an initial after a word, the exception after it ("olib keling", «принесите … в офис», "at our office")
    ("uz-latn", "Pasport nusxasini ofis menejeri D. Karimovaga olib keling."),
    ("uz-cyrl", "Паспорт нусхасини офис менежери Д. Каримовага олиб келинг."),
    ("ru", "Копию паспорта принесите менеджеру Б. Алиевой в офис."),
    ("ru", "Копию паспорта отдайте менеджеру Б. А. Алиевой при себе."),
    ("en", "Give the passport copy to manager J. Smith at our office."),
])
def test_an_initial_ends_no_sentence(lang: str, sentence: str) -> None:
    """An initial's dot ("менеджеру Б. Алиевой", "manager J. Smith") ends no sentence: the passport copy brought to the
    office had been read as sent, the sentence cut at the initial before "olib keling", «в офис», "at our office"."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_id_document" not in codes and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence,code", [
    # a sentence that ends with a one-letter word still ends there: a lower-case one, a category's or a class's letter
    ("ru", "Опыт не нужен, всему научу я. Оплатите взнос 500 рублей за обучение.", "upfront_fee"),
    ("ru", "Без опыта, права категории B. Оплатите взнос 500 рублей за оформление.", "upfront_fee"),
    ("uz-latn", "Tajriba shart emas, haydovchilik toifasi B. Ro'yxatdan o'tish uchun 50 000 so'm to'lang.",
     "upfront_fee"),
    ("uz-cyrl", "Тажриба шарт эмас, ҳайдовчилик тоифаси B. Рўйхатдан ўтиш учун 50 000 сўм тўланг.", "upfront_fee"),
    ("en", "No experience needed, driving licence class B. Pay a $30 registration fee to start.", "upfront_fee"),
    ("en", "No one checks your papers but I. Send a copy of your passport to this chat.", "asks_id_document"),
])
def test_a_one_letter_word_that_ends_a_sentence_still_ends_it(lang: str, sentence: str, code: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert code in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # the thing named, then a colon or a dash, and a clause after it that says "it" is never asked for
    ("en", "Your online banking password is yours alone: we never ask for it."),
    ("en", "Your banking password is yours alone: we never ask for it."),
    ("en", "Your card number is private — we will never ask for it."),
    ("en", "Your card number is yours - nobody here will ever ask you for it."),
    ("ru", "Ваш номер карты — ваш личный: мы его никогда не запрашиваем."),
    ("ru", "Ваш номер карты — только ваш, мы никогда его не спрашиваем."),
    ("uz-latn", "Karta raqamingiz faqat sizniki: biz uni hech qachon so'ramaymiz."),
    ("uz-cyrl", "Карта рақамингиз фақат сизники: биз уни ҳеч қачон сўрамаймиз."),
    ("fa", "رمز اینترنت بانک شما فقط مال شماست: ما هرگز آن را نمی‌پرسیم."),
])
def test_a_negation_after_a_colon_or_a_dash_that_refers_back_covers_the_thing_named(lang: str, sentence: str) -> None:
    """"Your online banking password is yours alone: we never ask for it": the "it" the negation after the colon
    speaks of is the password named before it, which had been read as asked for (the colon ended its sentence)."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_bank_or_id" not in codes and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence,code", [
    # an order before the colon or the dash, a clause after it that says no ask, or none that refers back
    ("en", "Send us your online banking password: we need it to set up payroll.", "asks_bank_or_id"),
    ("en", "Send us your banking password: we need it to set up payroll.", "asks_bank_or_id"),
    ("en", "Send your card number — we will never share it with anyone.", "asks_bank_or_id"),
    ("en", "Enter your card number: we never ask for it twice.", "asks_bank_or_id"),
    ("en", "A $50 registration fee applies — we don't refund it.", "upfront_fee"),
    ("en", "Your card number is needed for payroll: we never ask for a deposit.", "asks_bank_or_id"),
    ("ru", "Пришлите номер карты: мы его никому не передаём.", "asks_bank_or_id"),
    ("ru", "Регистрационный взнос 500 рублей — мы его не возвращаем.", "upfront_fee"),
    ("uz-latn", "Karta raqamingizni yuboring: biz uni hech kimga bermaymiz.", "asks_bank_or_id"),
    ("uz-cyrl", "Карта рақамингизни юборинг: биз уни ҳеч кимга бермаймиз.", "asks_bank_or_id"),
    ("fa", "شماره کارت خود را بفرستید: ما آن را به کسی نمی‌دهیم.", "asks_bank_or_id"),
])
def test_a_negation_after_a_colon_or_a_dash_covers_nothing_asked_for_before_it(lang: str, sentence: str,
                                                                              code: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert code in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # a code sent to the seeker, and the next sentence has "it" told, forwarded or sent to the employer's people
    ("en", "You'll receive a code by SMS. Forward it to your manager."),
    ("en", "A PIN will be sent to you by text message. Please tell it to the recruiter when she calls."),
    ("ru", "Вам придёт код по SMS. Сообщите его менеджеру."),
    ("ru", "На ваш номер придёт PIN-код. Перешлите его нам."),
    ("uz-latn", "Sizga SMS orqali kod keladi. Uni menejerga ayting."),
    ("uz-cyrl", "Сизга SMS орқали код юборилади. Уни бизга юборинг."),
    ("fa", "یک کد برای شما پیامک می‌شود. آن را به مدیر بگویید."),
])
def test_a_code_sent_to_the_seeker_and_asked_for_in_the_next_sentence_is_asked_for(lang: str, sentence: str) -> None:
    """"You'll receive a code by SMS. Forward it to your manager.": the "it" of the second sentence is the code of the
    first, which no phrase had named as asked for."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_sms_code" in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # the next sentence forbids handing it on, or has it entered where the seeker logs in
    ("en", "You'll get a code by SMS. Do not share it with anyone, including us."),
    ("en", "You'll receive a code by SMS. Never forward it to anyone, not even to your manager."),
    ("en", "You'll receive a code by SMS. Enter it in the app to log in."),
    ("ru", "Вам придёт код по SMS. Никому его не сообщайте, даже нам."),
    ("ru", "На ваш номер придёт PIN-код. Введите его в приложении банка."),
    ("uz-latn", "Sizga SMS orqali kod keladi. Uni hech kimga aytmang."),
    ("uz-cyrl", "Сизга SMS орқали код юборилади. Уни ҳеч кимга айтманг."),
    ("fa", "یک کد برای شما پیامک می‌شود. آن را به هیچ کس نگویید."),
])
def test_a_code_sent_to_the_seeker_and_kept_is_not_asked_for(lang: str, sentence: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_sms_code" not in codes and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # the seeker's pay is what the employer transfers, another clause between it and the transfer
    ("uz-latn", "Oylikni, har oyning 5-sanasida, siz ko'rsatgan kartaga o'tkazamiz."),
    ("uz-latn", "Maosh, har oyning 5-sanasida, biz bergan kartaga o'tkaziladi."),
    ("uz-latn", "Oylik to'lovi, har oyning 5-sanasida, biz bergan kartaga o'tkaziladi."),
    ("uz-latn", "Oylikni, har oyning 5-sanasida, siz korsatgan kartaga otkazamiz."),  # typed without apostrophes
    ("uz-cyrl", "Ойликни, ҳар ойнинг 5-санасида, сиз кўрсатган картага ўтказамиз."),
    ("uz-cyrl", "Ойликни, хар ойнинг 5-санасида, сиз курсатган картага утказамиз."),  # typed with Russian letters
    ("ru", "Зарплату, начиная со второго месяца, переводим на карту, которую мы укажем."),
    ("ru", "Выплата зарплаты, как правило пятого числа, переводится на карту, которую мы укажем."),
    ("fa", "حقوق را، پنجم هر ماه، به کارتی که معرفی می‌کنیم واریز می‌کنیم."),
    ("fa", "پرداخت حقوق، پنجم هر ماه، به کارتی که معرفی می‌کنیم واریز می‌شود."),
    ("en", "Your salary, paid on the 5th of each month, is transferred to the card we give you."),
    ("en", "Salary payments, made on the 5th, are transferred to the card we give you."),
])
def test_the_seekers_pay_transferred_is_no_mule_however_far_it_stands(lang: str, sentence: str) -> None:
    """What the employer transfers is the salary, with a clause between ("Oylikni, har oyning 5-sanasida, siz
    ko'rsatgan kartaga o'tkazamiz"): the salary had been looked for in the transfer's own clause only, and the
    sentence read as a mule's."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert "money_mule" not in codes and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # the pay named, then other money the transfer moves: its object is that money, in a clause of its own or not
    ("uz-latn", "Oylik 3 mln, tushgan pulni ko'rsatilgan kartaga o'tkazamiz."),
    ("uz-latn", "Oylik 3 mln tushgan pulni ko'rsatilgan kartaga o'tkazamiz."),
    ("uz-latn", "Oylik 3 mln, tushgan pul ko'rsatilgan kartaga o'tkaziladi."),
    ("uz-latn", "Oylik 3 mln, qolganini ko'rsatilgan kartaga o'tkazamiz."),
    ("uz-cyrl", "Ойлик 3 млн, тушган пулни кўрсатилган картага ўтказамиз."),
    ("uz-cyrl", "Ойлик 3 млн тушган пулни кўрсатилган картага ўтказамиз."),
    ("uz-latn", "Oylik 3 mln tushgan pulni korsatilgan kartaga otkazamiz."),
    ("uz-cyrl", "Ойлик 3 млн тушган пулни курсатилган картага утказамиз."),
    ("ru", "Оклад 80 000 рублей, поступившие деньги переводим на карту, которую мы укажем."),
    ("ru", "Оклад 80 000 рублей поступившие деньги переводим на карту, которую мы укажем."),
    ("fa", "حقوق ۵ میلیون، پول‌های دریافتی را به کارتی که معرفی می‌کنیم واریز می‌کنیم."),
    ("fa", "حقوق ۵ میلیون پول‌های دریافتی را به کارتی که معرفی می‌کنیم واریز می‌کنیم."),
    ("en", "Salary $3,000, incoming payments are transferred to the card we give you."),
    ("en", "Salary $3,000 and the money that comes in is transferred to the card we give you."),
])
def test_other_money_transferred_beside_the_pay_is_a_mule(lang: str, sentence: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert "money_mule" in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # the seeker's own bank details entered in a payroll provider's account, portal or link, for the pay
    ("en", "After you sign, you'll get an invite from Gusto to enter your bank details for direct deposit."),
    ("en", "Enter your bank details in Gusto for direct deposit."),
    ("en", "Payroll runs through Gusto: enter your bank details for direct deposit in your own Gusto account."),
    ("en", "You will set up direct deposit by entering your bank details in Rippling."),
    ("en", "Your bank details go into ADP, our payroll provider, for direct deposit."),
    ("ru", "Реквизиты карты для зарплаты вы сами вводите в личном кабинете Deel."),
    ("uz-latn", "Karta raqamingizni oylik uchun Deel kabinetiga o'zingiz kiritasiz."),
    ("uz-cyrl", "Карта рақамингизни ойлик учун Deel кабинетига ўзингиз киритасиз."),
    ("fa", "شماره کارت خود را برای واریز حقوق در پنل Deel وارد کنید."),
])
def test_bank_details_entered_in_a_payroll_provider_are_no_request(lang: str, sentence: str) -> None:
    """A payroll provider's account or invite where the hired person enters their own bank details ("Enter your bank
    details in Gusto for direct deposit") is how direct deposit is set up, not bank details asked for."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_bank_or_id" not in codes and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # sent to a person (a chat, an e-mail, a form), a provider named or not, or a provider's secret
    ("en", "Send your bank details to the recruiter on Telegram for direct deposit."),
    ("en", "Send your bank details to our recruiter by e-mail, and she will add them to Gusto."),
    ("en", "Fill in your bank details in this form for direct deposit before the interview."),
    ("en", "Enter your bank details at gusto-payroll-verify.com for direct deposit."),
    ("en", "Enter your bank details in this form for your Gusto account."),
    ("en", "Enter your online banking password in Gusto to verify direct deposit."),
    ("ru", "Пришлите реквизиты карты менеджеру в Telegram, он внесёт их в Deel."),
    ("uz-latn", "Karta raqamingizni menejerga Telegramda yuboring, u Deel kabinetiga kiritadi."),
    ("uz-cyrl", "Карта рақамингизни менежерга Телеграмда юборинг, у Deel кабинетига киритади."),
    ("fa", "شماره کارت خود را در تلگرام برای ما بفرستید تا در Deel ثبت کنیم."),
])
def test_bank_details_sent_to_a_person_are_asked_for_whatever_provider_is_named(lang: str, sentence: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_bank_or_id" in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # a code of another kind than the seeker's secret: an employee's, a class's, a promo, referral, postal or tax code,
    # the code of an ID (the national ID number is asked for at signing by honest firms)
    ("en", "Send the ID code to our IT department."),
    ("en", "On your first day, give us your employee code so IT can set up your e-mail."),
    ("en", "Give us your postcode and we will send the contract by courier."),
    ("en", "Give us your promo code and the discount is applied at the till."),
    ("en", "Give us your referral code so your friend gets the bonus."),
    ("en", "Hand over the class code to the students on Monday."),
    ("en", "Give us your ID code and your tax code for the contract."),
    ("uz-latn", "ID kodni IT bo'limiga yuboring."),
    ("uz-latn", "ID kodingizni IT bo'limiga yuborasiz."),
    ("uz-latn", "Xodim kodini bizga yuboring, IT pochtangizni ochadi."),
    ("uz-latn", "Promo kodni bizga yuboring, chegirma kassada qo'llanadi."),
    ("uz-latn", "Referal kodni do'stingizga yuboring."),
    ("uz-latn", "Sinf kodini o'quvchilarga yuboring."),
    ("uz-latn", "Shartnoma uchun INN kodini va JShShIR kodini bizga yuborasiz."),
    ("uz-cyrl", "ИД кодни IT бўлимига юборинг."),
    ("uz-cyrl", "Ходим кодини бизга юборинг, IT почтангизни очади."),
    ("uz-cyrl", "Шартнома учун ЖШШИР кодини бизга юборасиз."),
    ("ru", "Передайте код класса ученикам в понедельник."),
    ("ru", "Передайте нам реферальный код, чтобы друг получил бонус."),
    ("ru", "Передайте нам ИНН и почтовый код для договора."),
    ("fa", "کد ملی خود را ارسال کنید."),
    ("fa", "کد ملی را به گوشی مدیر دفتر بفرستید تا قرارداد آماده شود."),
    ("fa", "کد پرسنلی خود را برای واحد فناوری بفرستید."),
    ("fa", "کد تخفیف را برای مشتری بفرستید."),
])
def test_a_code_of_another_kind_sent_is_no_code_asked_for(lang: str, sentence: str) -> None:
    """"Send the ID code to our IT department", "Xodim kodini bizga yuboring", «Передайте код класса ученикам»: a code
    is sent, but not one the seeker receives to prove who they are; "kodni … yuboring" and its kin had read any code
    sent on as the SMS code asked for."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_sms_code" not in codes and verdict != "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # a code from an SMS, a one-time, verification, confirmation or bank code, one that comes to the seeker's phone,
    # with words between; and a code of another kind named beside one sent by SMS, or a remote-access app's ID
    ("en", "Send us the 6-digit code from the SMS we sent you."),
    ("en", "Forward the verification code you just received to our manager."),
    ("en", "Give us the one-time code that comes to your phone."),
    ("en", "Please send the confirmation code from your bank to our recruiter."),
    ("en", "Give us the code you receive."),
    ("en", "Install AnyDesk and give us the ID code it shows."),
    ("uz-latn", "Telefoningizga SMS orqali kelgan 6 xonali kodni menejerimizga yuboring."),
    ("uz-latn", "Bankdan kelgan tasdiqlash kodini bizga tezda yuboring."),
    ("uz-latn", "Bir martalik kodni menejerga yuboring."),
    ("uz-latn", "Telefoningizga keladigan ID kodni bizga yuboring."),
    ("uz-latn", "AnyDesk o'rnating va ID kodni bizga yuboring."),
    ("uz-cyrl", "Телефонингизга СМС орқали келган 6 хонали кодни менежеримизга юборинг."),
    ("uz-cyrl", "Банкдан келган тасдиқлаш кодини бизга тезда юборинг."),
    ("uz-cyrl", "Телефонингизга SMS орқали келадиган ходим кодини бизга юборинг."),
    ("ru", "Пришлите нам, пожалуйста, шестизначный код из СМС."),
    ("ru", "Код подтверждения, который пришёл на телефон, отправьте менеджеру."),
    ("ru", "Перешлите одноразовый код из банка куратору."),
    ("ru", "Передайте нам код, который придёт вам по СМС."),
    ("fa", "کد شش رقمی که به گوشی شما پیامک شد را برای ما بفرستید."),
    ("fa", "کد تایید بانک را برای پشتیبانی ارسال کنید."),
    ("fa", "کد یکبار مصرف را برای ما بفرستید."),
])
def test_a_code_sent_to_the_seeker_and_sent_on_is_asked_for_with_words_between(lang: str, sentence: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_sms_code" in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("lang,sentence,asked", [
    # the code told of by where it comes from, or as one-time, and sent on; not kept, nor a customer's that never came
    ("en", "Send us the code from the SMS.", True),
    ("en", "Send the code that comes to your phone to our manager.", True),
    ("en", "Send the code we text you to our recruiter.", True),
    ("en", "Never share the code from the SMS with anyone.", False),
    ("en", "Help customers when the code that comes to their phone is late.", False),
    ("ru", "Сообщите одноразовый код менеджеру.", True),
    ("ru", "Пришлите нам одноразовый пароль.", True),
    ("ru", "Одноразовый код никому не сообщайте.", False),
    ("ru", "Помогать клиентам, если одноразовый код не пришёл.", False),
    ("fa", "کدی که به گوشی شما می‌آید را برای ما بفرستید.", True),
    ("fa", "کدی که به گوشی‌تان ارسال می‌شود را برای ما بفرستید.", True),
    ("fa", "کدی که به گوشی شما می‌آید را به هیچ کس ندهید.", False),
    ("fa", "راهنمایی مشتریانی که کدی که به گوشی‌شان می‌آید را دریافت نکرده‌اند.", False),
])
def test_a_code_told_of_by_where_it_comes_from_is_asked_for_when_sent_on(lang: str, sentence: str, asked: bool) -> None:
    """"Send us the code from the SMS", «Сообщите одноразовый код менеджеру», «کدی که به گوشی شما می‌آید را برای ما
    بفرستید» had passed as ok: the phrases named the code by its SMS or as one-time only beside it."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert ("asks_sms_code" in codes and verdict == "likely_scam") is asked, (verdict, codes)



@pytest.mark.parametrize("lang,sentence", [
    # an e-signature desk issuing, renewing and handing clients their own keys, tokens and PINs
    ("en", "Issue and renew clients' ЭЦП tokens at our service desk."),
    ("en", "You will hand over tokens to clients and renew expired ones."),
    ("en", "Give clients their new E-IMZO tokens and help them set the PIN."),
    ("uz-latn", "Mijozlarga E-IMZO kalitlarini berish va yangilash."),
    ("uz-latn", "Tokenni va PIN-kodni mijozga topshirasiz."),
    ("uz-latn", "Yangi PIN-kodni mijozga berasiz."),
    ("uz-cyrl", "Вазифалар: мижозларга E-IMZO калитларини бериш ва янгилаш; токенни мижозга топшириш."),
    ("uz-cyrl", "Токенни ва ПИН-кодни мижозга топширасиз."),
    ("ru", "Выдача и перевыпуск токенов ЭЦП клиентам."),
    ("ru", "Передаёте клиентам готовые токены ЭЦП и объясняете, как задать PIN-код."),
    ("ru", "Передавать клиентам токены с ЭЦП."),
    ("fa", "صدور و تمدید توکن امضای دیجیتال برای مشتریان."),
    ("fa", "توکن امضای دیجیتال را به مشتری تحویل می‌دهید."),
    ("fa", "توکن را به مشتری تحویل دهید."),
])
def test_keys_and_tokens_handed_to_the_jobs_clients_are_its_work(lang: str, sentence: str) -> None:
    """An e-signature desk's job ("Issue and renew clients' ЭЦП tokens", «выдача и перевыпуск токенов ЭЦП клиентам»,
    "tokenni mijozga topshirasiz", «توکن را به مشتری تحویل دهید»): the token phrases had read the clients' tokens as
    the seeker's own handed over."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert not {"asks_bank_or_id", "asks_sms_code", "identity_proxy"} & codes.keys() and verdict != "likely_scam", (
        verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # the seeker's own key, token or PIN handed to the employer, its courier or "our client"; clients only named
    ("en", "Hand over your ЭЦП token to our courier."),
    ("en", "Give us the token and the PIN."),
    ("en", "To serve our clients, give us your E-IMZO token and its PIN."),
    ("uz-latn", "E-IMZO tokenni va PIN-kodni bizga bering."),
    ("uz-latn", "Tokeningizni mijozimizga topshiring, u shartnomani imzolaydi."),
    ("uz-cyrl", "Токенни ва ПИН-кодни бизга беринг."),
    ("uz-cyrl", "Мижозлар билан ишлаш учун токенингизни бизга топширасиз."),
    ("ru", "Передайте нам свой токен ЭЦП и PIN-код."),
    ("ru", "Для работы с клиентами передайте нам ваш токен ЭЦП."),
    ("ru", "Передайте клиенту свой токен ЭЦП."),
    ("fa", "توکن امضای دیجیتال خود را به پیک تحویل دهید."),
    ("fa", "توکن امضای دیجیتال خود را به مشتری ما تحویل دهید."),
])
def test_the_seekers_own_key_or_token_handed_over_is_still_asked_for(lang: str, sentence: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert {"asks_bank_or_id", "asks_sms_code", "identity_proxy"} & codes.keys() and verdict == "likely_scam", (
        verdict, codes)


_NEEDED_ONLY = [
    # a copy of the passport or ID only said to be needed: no channel, no order to send it, no moment before meeting
    ("en", "A passport copy and tax number will be needed."),
    ("uz-latn", "Pasport nusxasi va INN kerak bo'ladi."),
    ("uz-cyrl", "Паспорт нусхаси ва ИНН керак бўлади."),
    ("ru", "Понадобится копия паспорта."),
    ("ru", "Нужна копия паспорта и ИНН."),
    ("fa", "کپی کارت ملی و شناسنامه لازم است."),
]


@pytest.mark.parametrize("lang,sentence", _NEEDED_ONLY)
def test_a_copy_of_an_id_only_said_to_be_needed_is_a_soft_sign(lang: str, sentence: str) -> None:
    """"Pasport nusxasi va INN kerak bo'ladi", «Понадобится копия паспорта»: the copy hiring paperwork needs, asked
    of no one through any channel and at no moment before meeting. Scams say it too, so it is warned about, and hidden
    beside another sign (``test_a_copy_only_said_to_be_needed_beside_another_sign_is_hidden``)."""
    _, codes = _honest_assessment(lang, sentence)
    assert "id_document_needed" in codes and "asks_id_document" not in codes, codes


@pytest.mark.parametrize("lang,sentence", [(lang, s) for lang, s in _NEEDED_ONLY if lang != "en"])
def test_a_copy_of_an_id_only_said_to_be_needed_alone_is_a_caution(lang: str, sentence: str) -> None:
    """… a caution where the rules alone judge (in English the text model's reading of the same words decides too)."""
    verdict, codes = _honest_assessment(lang, sentence)
    assert verdict == "caution", (verdict, codes)


@pytest.mark.parametrize("lang,sentence", [
    # the same need with a channel, an order to send it (in its sentence or the next) or a moment before meeting;
    # a photo, a scan or the passport's data, made to be sent
    ("en", "A passport copy will be needed: send it to @hr_anna on Telegram."),
    ("en", "A copy of your passport is needed before the interview."),
    ("en", "A scan of your passport will be needed."),
    ("uz-latn", "Pasport nusxasi kerak bo'ladi. Uni Telegramda adminga yuboring."),
    ("uz-latn", "Suhbatdan oldin pasport nusxasi kerak."),
    ("uz-cyrl", "Анкета учун паспорт нусхаси керак."),
    ("ru", "Понадобится копия паспорта, пришлите её в Telegram."),
    ("ru", "Для анкеты понадобится копия паспорта."),
    ("ru", "Понадобится фото паспорта."),
    ("fa", "قبل از مصاحبه کپی کارت ملی لازم است."),
    ("fa", "کپی کارت ملی لازم است و آن را در تلگرام بفرستید."),
])
def test_a_copy_needed_with_a_channel_or_before_meeting_is_still_asked_for(lang: str, sentence: str) -> None:
    verdict, codes = _honest_assessment(lang, sentence)
    assert "asks_id_document" in codes and verdict == "likely_scam", (verdict, codes)


@pytest.mark.parametrize("text", [
    "Operator kerak, uydan ishlash.\nPasport nusxasi kerak bo'ladi.\nMurojaat: @operator_hr_uz",
    "Оператор на дом.\nПонадобится копия паспорта.\nПишите @operator_hr",
    "اپراتور دورکار.\nکپی کارت ملی لازم است.\nتماس: @operator_hr_ir",
])
def test_a_copy_only_said_to_be_needed_beside_another_sign_is_hidden(text: str) -> None:
    a = assess(_p(text, company=None))
    codes = {r.code for r in a.reasons}
    assert a.verdict == "likely_scam" and "id_document_needed" in codes, (a.verdict, a.reasons)


# A twenty-first writer's posts (tests/data/legitimacy_phrasings_u: a moderator of an Uzbek Telegram job channel and the
# admin of an Iranian page that reposts remote-work ads) are written as channels format them: emoji bullets, no full
# stops, items run on one line with " | ". Their scams that passed put the ask in one item: an activation said as a noun
# with its price, the job's gear paid for now and "refunded with the first salary", parcels at the seeker's home under a
# warehouse's title, a card's number with its expiry asked "for payroll" in a post whose duties are customers'.
TWENTY_FIRST_CASES = [
    # an account's or a cabinet's activation priced as a noun, in any order and after "after" (not pay after a step,
    # the activation free, nor a SIM card's activation that is the job)
    ("upfront_fee", "uz-latn-a-cabinets-activation-priced", "🔹 Ishchi kabinetni aktivatsiya qilish 49 000 so'm | "
     "shundan keyin vazifalar ochiladi", "🔹 Ishchi kabinetni aktivatsiya qilish bepul | oylik 4 500 000 so'm"),
    ("upfront_fee", "uz-cyrl-a-cabinets-activation-priced", "🔹 Иш кабинетини активация қилиш 49 000 сўм | шундан "
     "кейин вазифалар очилади", "🔹 Мижозларнинг SIM-карталарини активация қилиш | ойлик 4 000 000 сўм"),
    ("upfront_fee", "uz-latn-after-the-accounts-activation", "Vazifalarga kirish akkaunt aktivatsiyasidan keyin — "
     "99 000 so'm (bir martalik)", "Akkaunt aktivatsiyasidan keyin oylik 4 500 000 so'm"),
    ("upfront_fee", "ru-after-the-accounts-activation", "🔑 доступ к заданиям после активации аккаунта — 99 000 сум "
     "(разово)", "🔑 доступ к заданиям после активации аккаунта — 3 000 000 сум в месяц"),
    ("upfront_fee", "ru-a-personal-cabinets-activation", "Активация личного кабинета — 49 000 сум",
     "Активация личного кабинета бесплатно, оклад 3 000 000 сум"),
    ("upfront_fee", "en-activation-of-your-cabinet", "Activation of your work cabinet: $30, then the tasks open",
     "Activation of your work cabinet is free, and you earn $30 per task"),
    ("upfront_fee", "fa-activating-the-panel", "فعال کردن پنل کاری ۴۹ هزار تومان، بعدش تسک‌ها باز می‌شه",
     "فعال کردن پنل کاری رایگان است، حقوق ماهانه ۲۰ میلیون تومان"),
    # the job's gear at a price, "refunded with the first salary": paid now (not deducted from pay under a contract,
    # nor given free)
    ("upfront_fee", "uz-latn-gear-refunded-with-the-first-pay", "✅ Forma + termosumka 290 000 so'm (birinchi oylik "
     "bilan to'liq qaytariladi) — to'lov adminga", "✅ Forma + termosumka 290 000 so'm — shartnoma asosida birinchi "
     "oylikdan ushlab qolinadi"),
    ("upfront_fee", "uz-cyrl-gear-refunded-with-the-first-pay", "✅ Форма + термосумка 290 000 сўм (биринчи ойлик "
     "билан тўлиқ қайтарилади) — тўлов админга", "✅ Форма ва термосумка бепул берилади, депозит йўқ"),
    ("upfront_fee", "ru-gear-refunded-with-the-first-pay", "Форма + термосумка 290 000 сум (полностью вернём с первой "
     "зарплатой) — оплата администратору", "Форма 290 000 сум удерживается из первой зарплаты по договору"),
    ("upfront_fee", "en-gear-refunded-with-the-first-pay", "Uniform and thermal bag: 45 USD, refunded with the first "
     "salary", "Uniform and thermal bag: 45 USD, deducted from your pay under your contract"),
    ("upfront_fee", "fa-gear-refunded-with-the-first-pay", "لباس فرم و کیف حمل ۲۹۰ هزار تومان (با اولین حقوق کامل "
     "برگردانده می‌شه) — پرداخت به ادمین", "لباس فرم و کیف حمل ۲۹۰ هزار تومان است که طبق قرارداد از حقوق ماه اول کسر "
     "می‌شود"),
    # parcels at the seeker's home, relabelled unopened and sent on, under a warehouse's title (not parcels at the
    # company's warehouse)
    ("money_mule", "uz-cyrl-parcels-at-home-under-a-warehouse-title", "Склад-ёрдамчи (уйдан) 📦\n🔸 Уйингиз "
     "манзилига посилкалар келади → очмасдан, янги этикетка ёпиштириб, биз юборган манзилга почта орқали жўнатасиз",
     "Склад ёрдамчиси 📦\n🔸 Посилкалар компания омборига келади → очмасдан, янги этикетка ёпиштириб, мижозларга "
     "почта орқали жўнатасиз"),
    ("money_mule", "uz-latn-parcels-at-home-under-a-warehouse-title", "Ombor yordamchisi (uydan) 📦\n🔸 Uyingiz "
     "manziliga posilkalar keladi → ochmasdan, yangi etiketka yopishtirib, biz yuborgan manzilga pochta orqali "
     "jo'natasiz", "Ombor yordamchisi 📦\n🔸 Posilkalarni kompaniya omborida qabul qilib, yangi etiketka yopishtirib, "
     "mijozlarga pochta orqali jo'natasiz"),
    ("money_mule", "ru-parcels-at-home-under-a-warehouse-title", "Помощник склада (из дома)\nПосылки приходят на ваш "
     "домашний адрес, не вскрывая переклеиваете этикетки и отправляете по адресам, которые мы пришлём",
     "Кладовщик\nПосылки приходят на наш склад, не вскрывая переклеиваете этикетки и отправляете клиентам"),
    ("money_mule", "en-parcels-at-home-under-a-warehouse-title", "Warehouse assistant (from home)\nParcels arrive at "
     "your home address: relabel them without opening and post them to the addresses we send", "Warehouse "
     "assistant\nParcels arrive at our warehouse: relabel them without opening and post them to our customers"),
    ("money_mule", "fa-parcels-at-home-under-a-warehouse-title", "دستیار انبار (دورکاری)\nبسته‌ها به آدرس منزل شما "
     "ارسال میشه، بدون باز کردن برچسب جدید می‌زنید و به آدرسی که می‌فرستیم پست می‌کنید", "انباردار\nبسته‌ها به انبار "
     "شرکت میاد، بدون باز کردن برچسب جدید می‌زنید و برای مشتری‌ها ارسال می‌کنید"),
    # … relabelled "unopened": "не вскрывая", "ochmasdan", "without opening" negate the opening, not the relabelling
    ("money_mule", "ru-relabelled-unopened", "Не вскрывая коробки, переклеиваете этикетки и отправляете по новым "
     "адресам", "Не вскрывая коробки, переклеиваете этикетки на нашем складе и отправляете клиентам"),
    ("money_mule", "uz-latn-relabelled-unopened", "Posilkalarni qabul qilib, ochmasdan boshqa manzilga jo'natasiz",
     "Posilkalarni omborda qabul qilib, ochmasdan mijozlarga jo'natasiz"),
    ("money_mule", "uz-cyrl-relabelled-unopened", "Посилкаларни қабул қилиб, очмай бошқа манзилга жўнатасиз",
     "Посилкаларни омборда қабул қилиб, очмай мижозларга жўнатасиз"),
    ("money_mule", "en-relabelled-unopened", "Without opening them, relabel the boxes and ship them on",
     "Without opening them, relabel the boxes at our warehouse and ship them to customers"),
    ("money_mule", "fa-relabelled-unopened", "بدون باز کردن جعبه، برچسب جدید می‌زنید و به آدرس‌هایی که می‌گیم "
     "می‌فرستید", "بدون باز کردن جعبه در انبار شرکت، برچسب جدید می‌زنید و برای مشتری‌ها می‌فرستید"),
    # a card's number with its expiry (and the code the bank texts) "for payroll", among a support job's duties to
    # customers: no payroll needs them (not the number alone, after the contract)
    ("asks_bank_or_id", "fa-a-payroll-card-with-its-expiry-among-customers-duties", "▪️ پاسخ به پیام مشتری‌ها در "
     "Instagram و Telegram\n▪️ برای ثبت در سیستم حقوق: شماره کارت، تاریخ انقضا و کد تاییدی که بعدش پیامک می‌شه رو "
     "برای پشتیبانی بفرستید", "▪️ پاسخ به پیام مشتری‌ها در Instagram و Telegram\n▪️ برای ثبت در سیستم حقوق: پس از "
     "عقد قرارداد فقط شماره کارت را به واحد مالی بدهید"),
    ("asks_bank_or_id", "ru-a-payroll-card-with-its-expiry-among-customers-duties", "▪️ Отвечать на сообщения "
     "клиентов в Instagram\n▪️ Для оформления в системе зарплаты: номер карты, срок действия и код, который потом "
     "придёт по смс, отправьте в поддержку", "▪️ Отвечать на сообщения клиентов в Instagram\n▪️ Для зачисления "
     "зарплаты: после подписания договора только номер карты — в бухгалтерию"),
    ("asks_bank_or_id", "en-a-payroll-card-with-its-expiry-among-customers-duties", "▪️ Answer customers' messages on "
     "Instagram\n▪️ For payroll: send support the card number, expiry date and the code that comes by SMS after that",
     "▪️ Answer customers' messages on Instagram\n▪️ For payroll: after you sign the contract, give HR your card "
     "number only"),
    ("asks_bank_or_id", "uz-latn-a-payroll-card-with-its-expiry-among-customers-duties", "▪️ Mijozlar xabarlariga "
     "javob berish\n▪️ Oylik tizimiga ro'yxatdan o'tish uchun: karta raqami va amal qilish muddatini "
     "qo'llab-quvvatlashga yuboring", "▪️ Mijozlar xabarlariga javob berish\n▪️ Oylik uchun: shartnomadan keyin "
     "faqat karta raqamini buxgalteriyaga berasiz"),
    ("asks_bank_or_id", "uz-cyrl-a-payroll-card-with-its-expiry-among-customers-duties", "▪️ Мижозлар хабарларига "
     "жавоб бериш\n▪️ Ойлик тизимига рўйхатдан ўтиш учун: карта рақами ва амал қилиш муддатини қўллаб-қувватлашга "
     "юборинг", "▪️ Мижозлар хабарларига жавоб бериш\n▪️ Ойлик учун: шартномадан кейин фақат карта рақамини "
     "бухгалтерияга берасиз"),
    # … and after the contract: the hiring step excuses the number, never its expiry
    ("asks_bank_or_id", "fa-a-payroll-card-with-its-expiry-after-the-contract", "پس از عقد قرارداد، برای ثبت در سیستم "
     "حقوق شماره کارت، تاریخ انقضا و کد تاییدی که پیامک می‌شه رو بفرستید", "پس از عقد قرارداد، برای ثبت در سیستم "
     "حقوق فقط شماره کارت را بفرستید"),
    ("asks_bank_or_id", "ru-a-payroll-card-with-its-expiry-after-the-contract", "После подписания договора для "
     "зачисления зарплаты пришлите номер карты и срок действия", "После подписания договора для зачисления зарплаты "
     "пришлите номер карты"),
    ("asks_bank_or_id", "en-a-payroll-card-with-its-expiry-after-the-contract", "After you sign the contract, send HR "
     "your card number and expiry date for payroll", "After you sign the contract, send HR your card number for "
     "payroll"),
    ("asks_bank_or_id", "uz-latn-a-payroll-card-with-its-expiry-after-the-contract", "Shartnomadan keyin oylik uchun "
     "karta raqami va amal qilish muddatini buxgalteriyaga yuborasiz", "Shartnomadan keyin oylik uchun karta "
     "raqamini buxgalteriyaga yuborasiz"),
    ("asks_bank_or_id", "uz-cyrl-a-payroll-card-with-its-expiry-after-the-contract", "Шартномадан кейин ойлик учун "
     "карта рақами ва амал қилиш муддатини бухгалтерияга юборасиз", "Шартномадан кейин ойлик учун карта рақамини "
     "бухгалтерияга юборасиз"),
]


@pytest.mark.parametrize("code,lang,positive,negative", TWENTY_FIRST_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in TWENTY_FIRST_CASES])
def test_a_twenty_first_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                           negative: str) -> None:
    """A twenty-first writer's scams (tests/data/legitimacy_phrasings_u) hid the ask in one channel-post item: an
    activation priced as a noun, gear "refunded with the first salary", parcels at home under a warehouse's title, a
    payroll card's expiry among customers' duties; its honest posts say the same things where the employer pays, the
    company's warehouse receives, and the number alone is given after the contract."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    # a support desk's duty to customers' cards and codes names no payroll
    ("asks_bank_or_id", "▪️ Mijozlarga karta raqami va amal qilish muddati xato kiritilganda yordam berish"),
    ("asks_bank_or_id", "Help customers whose card number and expiry date were rejected at checkout."),
    ("asks_bank_or_id", "Помощь клиентам банка: номер карты, срок действия, коды из SMS."),
    ("asks_bank_or_id", "پاسخ به مشتریانی که شماره کارت و تاریخ انقضا را اشتباه وارد کرده‌اند"),
    # … nor a warning that names the payroll
    ("asks_bank_or_id", "Мы никогда не просим номер карты, срок действия или код из SMS — даже для зарплаты."),
    ("asks_bank_or_id", "We never ask for your card number or expiry date, not even for payroll."),
    # a cost to others reimbursed with the pay, a uniform deducted under a contract, a SIM card's activation as the job
    ("upfront_fee", "Yo'l puli 30 000 so'mgacha birinchi oylik bilan qaytariladi."),
    ("upfront_fee", "Internet reimbursed up to $25/month with your salary."),
    ("upfront_fee", "Uniform and thermal bag: $45, deducted from your pay under your contract."),
    ("upfront_fee", "SIM-kartalarni aktivatsiya qilish va mijozlarni operator dasturida ro'yxatdan o'tkazish, oylik "
                    "4 000 000 so'm."),
    # … nor a reward for each account the job activates, or for the seeker's own
    ("upfront_fee", "Akkauntlarni aktivatsiya qilish — har bir aktivatsiya uchun 5 000 so'm bonus."),
    ("upfront_fee", "Активация аккаунтов клиентов: 5 000 сум за каждую активацию."),
    ("upfront_fee", "After activation of your account you get a $50 welcome bonus."),
    ("upfront_fee", "فعال کردن حساب‌های مشتریان، ۵ هزار تومان برای هر حساب."),
    # the company's laptop or a brand's samples sent to the seeker's home, nothing sent on from it
    ("money_mule", "The company laptop is couriered to your home address."),
    ("money_mule", "Ноутбук отправим посылкой на ваш домашний адрес."),
    ("money_mule", "لپ‌تاپ شرکت به آدرس منزل شما ارسال می‌شود."),
    ("money_mule", "Kompaniya noutbuki uyingiz manziliga yetkazib beriladi."),
    ("money_mule", "Product packages are sent to your home — film and post them on Instagram."),
    ("money_mule", "Посылки с товаром придут на ваш адрес, распакуйте и отправьте отзыв."),
    ("money_mule", "بسته‌ها به منزل شما ارسال میشه، ویدیو بگیرید و برای ما بفرستید."),
])
def test_a_twenty_first_writers_neighbours_are_no_such_ask(code: str, text: str) -> None:
    assert code not in _codes(text + FILLER)


@pytest.mark.parametrize("heading,asked", [
    ("Биз ҳеч қачон сўрамаймиз:", False),
    ("Биз ҳеч қачон сўрамаймиз, фақат юборинг:", True),
    ("Менежерга юборинг:", True),
])
def test_a_list_under_a_never_heading_in_uzbek_cyrillic_is_negated(heading: str, asked: bool) -> None:
    """Uzbek Cyrillic is read again as Uzbek typed with Russian letters, where "қачон" is "kachon": the heading's
    "never", what is never done and an order are read there too, so the list under "Биз ҳеч қачон сўрамаймиз:" asks
    for nothing, as it does in Latin letters, and one under an order still asks."""
    codes = _codes(heading + "\n- карта рақами\n- SMS код\n" + FILLER)
    assert bool(HARD & codes.keys()) is asked, codes


# Channel-formatted posts: items opened by a bullet or an emoji, each on its line or two and three on one, items
# without a full stop. (mark, the asks and the negations of each language; ``_items`` lays them out.)
ITEM_MARKS = ["✅", "🔹", "▪️", "✔", "•", "·", "➖", "📌", "👉", "❗️", "💰", "⛔️", "❌", "-", "1)"]
ITEM_ASKS = [
    # language, the ask, its rule, a negation that ends its item before it, one that ends its item after it
    ("en", "Pay a $50 registration fee to start", "upfront_fee", "No experience needed", "Experience is not required"),
    ("en", "Send your card number and CVV to the manager", "asks_bank_or_id", "No interview",
     "Interview is not needed"),
    ("uz-latn", "Ro'yxatdan o'tish uchun 50 000 so'm to'lang", "upfront_fee", "Tajriba shart emas",
     "Tajriba talab qilinmaydi"),
    ("uz-cyrl", "Рўйхатдан ўтиш учун 50 000 сўм тўланг", "upfront_fee", "Тажриба шарт эмас",
     "Тажриба талаб қилинмайди"),
    ("ru", "Оплатите регистрационный взнос 500 рублей", "upfront_fee", "Опыт не нужен", "Опыт не требуется"),
    ("ru", "Пришлите код из SMS менеджеру", "asks_sms_code", "Без опыта", "Собеседование не нужно"),
    ("fa", "۲۰۰ هزار تومان هزینه ثبت نام واریز کنید", "upfront_fee", "بدون نیاز به سابقه", "سابقه کار لازم نیست"),
]


def _items(mark: str, items: list[str], one_line: bool) -> str:
    """``items`` each opened by ``mark`` ("1)" counts on), on their own lines or on one."""
    marked = [(f"{i + 1})" if mark == "1)" else mark) + " " + item for i, item in enumerate(items)]
    return (" " if one_line else "\n").join(marked)


def _lower_first(items: list[str]) -> list[str]:
    return [item[:1].lower() + item[1:] for item in items]


@pytest.mark.parametrize("one_line,lower", [(False, False), (False, True), (True, False), (True, True)],
                         ids=["lines", "lines-lower-case", "one-line", "one-line-lower-case"])
@pytest.mark.parametrize("mark", ITEM_MARKS)
@pytest.mark.parametrize("lang,ask,code,negation_before,negation_after", ITEM_ASKS,
                         ids=[f"{c[0]}-{c[2]}" for c in ITEM_ASKS])
def test_an_ask_in_a_bulleted_item_is_found_and_quoted_alone(lang: str, ask: str, code: str, negation_before: str,
                                                             negation_after: str, mark: str, one_line: bool,
                                                             lower: bool) -> None:
    """Each item is a sentence of its own: a negation in the item before the ask or in the one after it says nothing
    of it (items without a full stop had run into one sentence: "✔ no experience needed ✔ pay a $50 registration
    fee" hid nothing; in lower case a bulleted line had read as a sentence wrapped), and the reason quotes the ask's
    own item."""
    for items in ([negation_before, ask, "Weekly pay"], ["Remote work", ask, negation_after]):
        items = _lower_first(items) if lower else items
        text = _items(mark, items, one_line)
        codes = _codes(text)
        assert code in codes, (text, codes)
        assert codes[code] in items[1], (text, codes[code])


# An honest post's item that says nothing is ever asked, in each language; a line of such items, and the item that
# follows it asks (``ITEM_ASKS``' first of each language).
HONEST_ITEMS = [
    ("en", "no fees, we never ask for your card"),
    ("ru", "Мы никогда не просим деньги или код из SMS"),
    ("uz-latn", "hech qanday to'lov olinmaydi"),
    ("uz-cyrl", "ҳеч қандай тўлов олинмайди"),
    ("fa", "هیچ هزینه‌ای دریافت نمی‌شود"),
]


@pytest.mark.parametrize("one_line", [False, True], ids=["lines", "one-line"])
@pytest.mark.parametrize("mark", ["❌", "❗️", "⛔️", "✅", "•", "▪️"])
@pytest.mark.parametrize("lang,honest", HONEST_ITEMS, ids=[c[0] for c in HONEST_ITEMS])
def test_an_honest_bulleted_item_neither_fires_nor_negates_the_next(lang: str, honest: str, mark: str,
                                                                   one_line: bool) -> None:
    post = _items(mark, ["Full-time, office in Tashkent", honest, "Call +998 90 123 45 67"], one_line)
    assert not HARD & _codes(post).keys(), post
    ask, code = next((a, c) for lg, a, c, *_ in ITEM_ASKS if lg == lang)
    scam = _items(mark, [honest, ask, "Weekly pay"], one_line)
    codes = _codes(scam)
    assert code in codes and codes[code] in ask, (scam, codes)


NEVER_LISTS = [
    ("en", "We will never ask you for:", ["your card number", "an SMS code", "a registration fee"]),
    ("ru", "Мы никогда не просим:", ["номер карты", "код из SMS", "оплату за обучение"]),
    ("uz-latn", "Biz hech qachon so'ramaymiz:", ["karta raqami", "SMS kod", "ro'yxatdan o'tish uchun to'lov"]),
    ("uz-cyrl", "Биз ҳеч қачон сўрамаймиз:", ["карта рақами", "SMS код", "рўйхатдан ўтиш учун тўлов"]),
    ("fa", "ما هرگز درخواست نمی‌کنیم:", ["شماره کارت", "کد پیامکی", "هزینه ثبت نام"]),
]


@pytest.mark.parametrize("mark", ["-", "•", "✔", "▪️", "🔹", "📌", "➖", "3️⃣"])
@pytest.mark.parametrize("lang,heading,items", NEVER_LISTS, ids=[c[0] for c in NEVER_LISTS])
def test_a_list_of_bulleted_items_under_a_never_heading_is_negated(lang: str, heading: str, items: list[str],
                                                                  mark: str) -> None:
    """A bullet or an emoji opens an item's line as "-" does: under a heading that says "never" none of its items is
    asked for (they had been read as lines of their own, each asking; in Uzbek Cyrillic, read again as Uzbek typed with
    Russian letters, a list of "-" items too)."""
    post = heading + "\n" + _items(mark, items, one_line=False)
    assert not HARD & _codes(post + "\n" + FILLER).keys(), post


@pytest.mark.parametrize("text,code", [
    ("No fees are ever charged to workers in the U.S. Send your card number to receive the salary.", "asks_bank_or_id"),
    ("We never ask for money in the U.S. Pay a $50 registration fee to start.", "upfront_fee"),
    ("No experience needed, we hire across the U.K. Please pay a $30 registration fee.", "upfront_fee"),
])
def test_a_capital_abbreviation_before_a_new_sentence_ends_its_sentence(text: str, code: str) -> None:
    """"… in the U.S. Send your card number …" is two sentences: the abbreviation's last dot is a full stop when a word
    that opens a sentence follows it."""
    codes = _codes(text)
    assert code in codes, codes


@pytest.mark.parametrize("text", [
    "We never ask a U.S. hospital worker to pay a registration fee.",
    "We never ask U.S. Marine veterans to send a card number.",
    "No U.S. Bank card number is needed.",
])
def test_a_capital_abbreviation_inside_a_sentence_ends_nothing(text: str) -> None:
    assert not HARD & _codes(text + FILLER).keys()


@pytest.mark.parametrize("lang,text", [
    # a sentence ended by its negated verb, an emoji, then the ask
    ("fa", "هیچ هزینه‌ای دریافت نمی‌شود 💰 ۲۰۰ هزار تومان هزینه ثبت نام واریز کنید"),
    ("uz-latn", "Hech qanday to'lov so'ramaymiz 🔥 Ro'yxatdan o'tish uchun 50 000 so'm to'lang"),
    ("uz-cyrl", "Ҳеч қандай тўлов сўрамаймиз 🔥 Рўйхатдан ўтиш учун 50 000 сўм тўланг"),
    ("ru", "Мы ничего не просим 🔥 Оплатите регистрационный взнос 500 рублей"),
    ("en", "We never ask for money 🔥 Pay a $50 registration fee to start"),
])
def test_a_negated_verb_before_an_emoji_does_not_reach_past_it(lang: str, text: str) -> None:
    """A negation right before an emoji stands in the phrase after it ("No 💸 fees"), but a negated verb there ends its
    clause, as Persian and Uzbek put it last: the fee after the emoji is asked for."""
    assert "upfront_fee" in _codes(text + FILLER), lang


@pytest.mark.parametrize("text", [
    "بدون 💸 هزینه ثبت نام.",
    "Hech qanday 💸 oldindan to'lov yo'q.",
    "هیچ هزینه‌ای دریافت نمی‌شود 💸 حتی برای آموزش.",
    "Ҳеч қандай тўлов сўрамаймиз 🔥 Ойлик ҳар ҳафта.",
])
def test_a_negation_before_an_emoji_still_reaches_its_own_phrase(text: str) -> None:
    assert not HARD & _codes(text + FILLER).keys()


# A twenty-second writer's posts (tests/data/legitimacy_phrasings_v): long, formal postings as hh.uz, Jobinja and
# corporate boards write them, each scam's give-away buried in one item, one step, an FAQ answer or a P.S., and honest
# posts that carry the scams' words honestly.
TWENTY_SECOND_CASES = [
    # a deposit said to be none by the suffix "-siz" on its possessive noun ("garov pulisiz": without a deposit; not a
    # deposit priced)
    ("upfront_fee", "uz-latn-a-deposit-without-by-its-suffix", "Kompyuteringiz buzilsa, noutbuk beriladi — garov puli "
     "500 000 so'm.", "Kompyuteringiz buzilsa, ta'mirlash vaqtida ofisdan vaqtincha noutbuk beriladi — garov pulisiz."),
    ("upfront_fee", "uz-cyrl-a-deposit-without-by-its-suffix", "Компьютерингиз бузилса, ноутбук берилади — гаров пули "
     "500 000 сўм.", "Компьютерингиз бузилса, таъмирлаш вақтида офисдан вақтинча ноутбук берилади — гаров пулисиз."),
    ("upfront_fee", "ru-a-deposit-without", "Ноутбук выдаётся на время ремонта — залог 500 000 сум.",
     "Ноутбук выдаётся на время ремонта — без залога."),
    ("upfront_fee", "en-a-deposit-without", "A loaner laptop is provided while yours is repaired. A $200 deposit "
     "is required.", "A loaner laptop is provided while yours is repaired, with no deposit."),
    ("upfront_fee", "fa-a-deposit-without", "در زمان تعمیر، لپ‌تاپ امانی داده می‌شود و ودیعه ۵ میلیون تومان واریز "
     "کنید.", "در زمان تعمیر، لپ‌تاپ امانی بدون ودیعه داده می‌شود."),
    # the employer, "we" or by its name, paying for a list whose last item is a fee (not the seeker paying for it)
    ("upfront_fee", "en-the-employer-named-pays-for-a-list", "You pay for your pre-licensing course, your state exam "
     "fee and your license application fee before the first class.", "Harborstone pays for your pre-licensing "
     "course, your state exam fee and your license application fee; we pay the providers directly."),
    ("upfront_fee", "en-we-pay-for-a-list", "We pay weekly, the registration fee is $50.", "We pay for your "
     "pre-licensing course, your state exam fee and your license application fee."),
    ("upfront_fee", "en-a-payment-that-covers-a-list", "Your payment covers your training, your kit and your "
     "registration fee.", "The agency pays for your course, your exam fee and your license application fee."),
    ("upfront_fee", "ru-the-employer-named-pays-for-a-list", "Кандидат сам оплачивает курс, экзамен и регистрационный "
     "взнос.", "Компания «Альфа» оплачивает ваш курс, экзамен и регистрационный взнос."),
    ("upfront_fee", "uz-latn-we-pay-for-a-list", "Kurs, imtihon va ro'yxatdan o'tish to'lovini o'zingiz to'laysiz.",
     "Biz kurs, imtihon va ro'yxatdan o'tish to'lovini to'laymiz."),
    ("upfront_fee", "uz-cyrl-we-pay-for-a-list", "Курс, имтиҳон ва рўйхатдан ўтиш тўловини ўзингиз тўлайсиз.",
     "Биз курс, имтиҳон ва рўйхатдан ўтиш тўловини тўлаймиз."),
    ("upfront_fee", "fa-the-employer-first-pays-for-a-list", "متقاضی هزینه دوره، آزمون و هزینه ثبت نام را پرداخت "
     "می‌کند.", "شرکت آریا هزینه دوره، آزمون و هزینه ثبت نام شما را پرداخت می‌کند."),
    # a negated ask whose list runs past the reach a negation is read before its last item (Uzbek and Persian put the
    # negated verb after the list)
    ("asks_bank_or_id", "en-a-long-list-a-negated-ask-governs", "Before the interview, send your Social Security "
     "number or bank details to our recruiter.", "Parcelpoint will never ask you to pay a fee, cash a check, buy "
     "equipment, receive packages at home, or send your Social Security number or bank details before an offer."),
    ("asks_bank_or_id", "ru-a-long-list-a-negated-ask-governs", "До собеседования пришлите номер карты рекрутеру.",
     "Мы никогда не попросим вас оплатить взнос, обналичить чек, купить оборудование, принимать посылки дома или "
     "прислать номер карты до оффера."),
    ("asks_bank_or_id", "uz-latn-a-long-list-a-negated-ask-governs", "Suhbatdan oldin karta raqamini rekruterga "
     "yuboring.", "Biz hech qachon sizdan to'lov, chek naqdlashtirish, uskuna sotib olish, uyda posilka qabul qilish "
     "yoki karta raqamini yuborishni so'ramaymiz."),
    ("asks_bank_or_id", "fa-a-long-list-a-negated-ask-governs", "قبل از مصاحبه شماره کارت خود را برای کارشناس "
     "بفرستید.", "ما هرگز از شما پرداخت هزینه، نقد کردن چک، خرید تجهیزات، دریافت بسته در منزل یا ارسال شماره کارت "
     "را نمی‌خواهیم."),
    # reshipping an analyst investigates is the fraud it fights (not reshipping done)
    ("money_mule", "en-reshipping-investigated", "Receive packages at your home, relabel them and reship them.",
     "Investigate patterns of reshipping, such as many orders sent to one residential address and then relabelled."),
    ("money_mule", "ru-reshipping-investigated", "Переотправка посылок с вашего домашнего адреса.",
     "Расследование схем переотправки посылок через домашние адреса."),
    ("money_mule", "uz-latn-reshipping-investigated", "Posilkalarni qabul qilib, boshqa manzilga jo'natasiz.",
     "Posilkalarni qabul qilib, boshqa manzilga jo'natish sxemalarini tergov qilish."),
    ("money_mule", "uz-cyrl-reshipping-investigated", "Посилкаларни қабул қилиб, бошқа манзилга жўнатасиз.",
     "Посилкаларни қабул қилиб, бошқа манзилга жўнатиш схемаларини тергов қилиш."),
    # the seeker's documents and bank details taken on the day the contract is signed (not sent to sign it)
    ("asks_bank_or_id", "fa-on-the-day-of-the-contract", "مدارک هویتی و شماره حساب خود را برای عقد قرارداد در تلگرام "
     "بفرستید.", "مدارک هویتی و شماره حساب خود شما فقط روز عقد قرارداد و در دفتر کارخانه گرفته می‌شود."),
    ("asks_bank_or_id", "en-at-contract-signing", "To sign the contract, send your ID and bank details by Telegram.",
     "Your ID and bank details are taken only at contract signing, in our office."),
    ("asks_bank_or_id", "en-on-the-day-you-sign-the-contract", "Before the interview, bring your ID and bank details "
     "to our office.", "On the day you sign the contract, bring your ID and bank details to our office."),
    ("asks_bank_or_id", "ru-on-the-day-of-the-contract", "Для подписания договора пришлите номер карты в Telegram.",
     "Номер карты сообщите в день подписания договора."),
    ("asks_bank_or_id", "uz-latn-on-the-day-of-the-contract", "Shartnoma imzolash uchun karta raqamini Telegramga "
     "yuboring.", "Karta raqamini faqat shartnoma imzolash kuni berasiz."),
    # a card's number and codes the job's cardholders gave away, and users' documents reviewed, are its work (not the
    # seeker's own, sent)
    ("asks_sms_code", "fa-cardholders-own-codes", "کد تایید پیامکی خود را برای کارشناس پشتیبانی بفرستید.",
     "راهنمایی دارندگان کارت که شماره کارت، رمز دوم یا کد تایید پیامکی خود را در اختیار دیگران گذاشته‌اند، برای "
     "مسدودسازی کارت"),
    ("asks_bank_or_id", "fa-cardholders-own-codes", "شماره کارت و رمز دوم خود را برای کارشناس پشتیبانی بفرستید.",
     "راهنمایی دارندگان کارت که شماره کارت، رمز دوم یا کد تایید پیامکی خود را در اختیار دیگران گذاشته‌اند، برای "
     "مسدودسازی کارت"),
    ("asks_sms_code", "ru-cardholders-codes", "Сообщите код из SMS нашему специалисту.", "Помощь держателям карт, "
     "которые сообщили номер карты или код из SMS посторонним, с блокировкой карты."),
    ("asks_sms_code", "uz-latn-cardholders-codes", "SMS kodni mutaxassisimizga ayting.", "Karta egalariga, karta "
     "raqami yoki SMS kodni boshqalarga aytib qo'ygan bo'lsa, kartani bloklashda yordam berish."),
    ("asks_sms_code", "uz-cyrl-cardholders-codes", "SMS кодни мутахассисимизга айтинг.", "Карта эгаларига, SMS кодни "
     "бошқаларга айтиб қўйган бўлса, картани блоклашда ёрдам бериш."),
    ("asks_id_document", "fa-a-users-documents", "این مدارک شامل تصویر کارت ملی و عکس سلفی با کارت ملی است که باید "
     "در تلگرام بفرستید.", "این مدارک شامل تصویر کارت ملی، عکس سلفی کاربر با کارت ملی و تعهدنامه دست‌نویس است و فقط "
     "داخل پنل امن بررسی می‌شود."),
    ("asks_id_document", "uz-latn-a-users-documents", "Pasport suratingiz va pasport bilan selfini Telegramga "
     "yuboring.", "Foydalanuvchi hujjatlari: pasport surati va pasport bilan selfi faqat ichki panelda tekshiriladi."),
    ("asks_id_document", "en-a-users-documents", "Send a photo of your ID card and a selfie with it by Telegram.",
     "Review each user's ID card and selfie in the internal panel."),
    # parcels received at the seeker's home in one item of the duties, their invoices or labels taken off or a new
    # label put on in a later one (not the same duties at a warehouse)
    ("money_mule", "en-parcels-at-home-stripped-in-a-later-item", "- Receive inbound packages from our suppliers at "
     "your home address, open them and check the contents\n- Photograph each item and remove the supplier invoices "
     "and original shipping labels\n- Repack the items and drop them at the carrier", "- Receive inbound packages "
     "from our suppliers at our Reno warehouse, open them and check the contents\n- Photograph each item and remove "
     "the supplier invoices and original shipping labels\n- Repack the items and drop them at the carrier"),
    ("money_mule", "ru-parcels-at-home-stripped-in-a-later-item", "- приём посылок от поставщиков по вашему "
     "домашнему адресу;\n- проверка комплектности товара;\n- удаление из посылки накладных и чеков поставщика;\n- "
     "наклейка новой этикетки, которую присылает координатор", "- приём посылок от поставщиков на нашем складе в "
     "Сергели;\n- проверка комплектности товара;\n- удаление из посылки накладных и чеков поставщика;\n- наклейка "
     "новой этикетки из нашей системы"),
    ("money_mule", "uz-cyrl-parcels-at-home-stripped-in-a-later-item", "- Посилкаларни уй манзилингизда қабул "
     "қилиш;\n- посилкани очиб, буюртма билан солиштириш;\n- инвойс ва фабрика ёрлиқларини олиб ташлаш;\n- менежер "
     "юборган янги ёрлиқни ёпиштириш", "- Посилкаларни омборимизда қабул қилиш;\n- посилкани очиб, буюртма билан "
     "солиштириш;\n- инвойс ва фабрика ёрлиқларини олиб ташлаш;\n- тизимдан чиққан янги ёрлиқни ёпиштириш"),
    ("money_mule", "uz-latn-parcels-at-home-stripped-in-a-later-item", "- Posilkalarni uy manzilingizda qabul "
     "qilish;\n- posilkani ochib, buyurtma bilan solishtirish;\n- invoys va fabrika yorliqlarini olib tashlash;\n- "
     "menejer yuborgan yangi yorliqni yopishtirish", "- Posilkalarni omborimizda qabul qilish;\n- posilkani ochib, "
     "buyurtma bilan solishtirish;\n- invoys va fabrika yorliqlarini olib tashlash;\n- tizimdan chiqqan yangi "
     "yorliqni yopishtirish"),
    ("money_mule", "fa-parcels-at-home-stripped-in-a-later-item", "- دریافت مرسولات تامین‌کنندگان در آدرس منزل "
     "خودتان\n- بررسی سلامت کالا\n- جدا کردن فاکتور، برچسب و بسته‌بندی اصلی فرستنده\n- چسباندن برچسب گیرنده جدید",
     "- دریافت مرسولات تامین‌کنندگان در انبار شرکت\n- بررسی سلامت کالا\n- جدا کردن فاکتور، برچسب و بسته‌بندی اصلی "
     "فرستنده\n- چسباندن برچسب گیرنده جدید"),
    # … under a warehouse's name, the parcels still at the seeker's home
    ("money_mule", "ru-parcels-at-home-under-a-warehouse-name", "Помощник склада на дому: приём посылок по вашему "
     "домашнему адресу со склада поставщика;\n- удаление накладных", "Помощник склада: приём посылок на складе "
     "поставщика;\n- удаление накладных"),
    ("money_mule", "uz-latn-parcels-at-home-under-a-warehouse-name", "Ombor yordamchisi: posilkalarni ombordan uy "
     "manzilingizda qabul qilish;\n- invoys va yorliqlarni olib tashlash", "Ombor yordamchisi: posilkalarni omborda "
     "qabul qilish;\n- invoys va yorliqlarni olib tashlash"),
    # customers' payments received into the seeker's own account or card, whoever pays named at length between, sent
    # on to the accounts the employer's people name, a share of each processed payment kept (not the company's account,
    # nor payments from the employer)
    ("money_mule", "en-customers-payments-into-your-personal-account", "- Receive payments from customers in your "
     "region into your personal checking account by ACH transfer, Zelle or mobile check deposit", "- Receive payments "
     "from customers in your region into the company's operating account through our bank portal"),
    # … into a "personal account" with no "bank" said, whoever pays named before the payments or after them, in every
    # language; not the seeker's own commission paid there
    ("money_mule", "en-customer-payments-into-your-personal-account", "You will receive customer payments into your "
     "personal account and transfer them to our manager.", "Receive your commission payments into your personal "
     "account."),
    ("money_mule", "en-payments-into-your-personal-account-sent-on", "Receive payments into your personal account and "
     "send them on to our accountant, keeping 10%.", "You will receive your commission into your personal bank account "
     "and can transfer it to any bank you like."),
    # payments into the seeker's account are the payroll's unless a payer is named or they are sent on
    ("money_mule", "en-payments-with-no-payer-are-pay", "Accept client payments into your checking account and wire the "
     "money to our vendor.", "Weekly payments into your bank account via Gusto."),
    ("money_mule", "en-the-seekers-pay-with-no-verb", "Monthly payments into your bank account, then send the money to our supplier.",
     "Monthly salary payments into your bank account."),
    ("money_mule", "en-payments-from-buyers-arrive-in-your-personal-account", "Payments from buyers will arrive in "
     "your personal bank account; forward them to our company account within 24 hours.", "Payments from the company "
     "will arrive in your personal bank account on the 5th."),
    ("money_mule", "ru-customers-pay-onto-your-personal-card", "Клиенты оплачивают заказы на вашу личную карту, вы "
     "переводите деньги на счёт компании.", "Клиенты оплачивают заказы на расчётный счёт компании, зарплата на вашу "
     "личную карту."),
    ("money_mule", "uz-latn-customers-payments-into-your-personal-account", "Mijozlardan to'lovlarni shaxsiy "
     "hisobingizga qabul qilib, menejerimizga o'tkazasiz.", "Mijozlardan to'lovlarni kompaniya hisobiga qabul "
     "qilasiz, oylik shaxsiy hisobingizga o'tkaziladi."),
    ("money_mule", "fa-customers-pay-into-your-personal-card", "مشتریان مبلغ را به کارت شخصی شما واریز می‌کنند.",
     "مشتریان مبلغ را به حساب شرکت واریز می‌کنند و حقوق به کارت شخصی شما واریز می‌شود."),
    ("money_mule", "fa-customers-payments-received-into-your-personal-account", "پرداخت‌های مشتریان را به حساب "
     "شخصی خود دریافت و به حساب شرکت منتقل می‌کنید.", "پرداخت‌های مشتریان را از طریق درگاه شرکت دریافت و حقوق "
     "را به حساب شخصی خود دریافت می‌کنید."),
    ("money_mule", "en-funds-sent-to-accounts-named-by-a-coordinator", "- On the same business day, forward the "
     "received funds to the supplier accounts named by the Finance Coordinator, by wire transfer", "- Forward "
     "invoices to the supplier accounts named by the Finance Coordinator."),
    ("money_mule", "en-a-share-of-every-processed-payment-kept", "- Keep 8% of every processed payment as your "
     "commission before forwarding the rest", "- Earn 8% of every processed sale as your commission, paid monthly"),
    ("money_mule", "ru-customers-payments-onto-your-own-card", "- приём платежей от покупателей наших партнёров на "
     "вашу личную банковскую карту (Uzcard, Humo или Visa) и перевод средств дальше", "- приём платежей от "
     "покупателей наших партнёров на расчётный счёт компании через терминал"),
    ("money_mule", "uz-latn-customers-payments-onto-your-personal-card", "- Hamkorlarimiz xaridorlaridan to'lovlarni "
     "shaxsiy kartangizga qabul qilish", "- Hamkorlarimiz xaridorlaridan to'lovlarni kompaniya hisob raqamiga "
     "terminal orqali qabul qilish"),
    ("money_mule", "uz-cyrl-customers-payments-onto-your-personal-card", "- Ҳамкорларимиз харидорларидан тўловларни "
     "шахсий картангизга қабул қилиш", "- Ойлик тўлови ҳар ой шахсий картангизга ўтказилади"),
    ("money_mule", "fa-customers-payments-onto-your-personal-card", "- دریافت پرداخت مشتریان شرکای ما به کارت بانکی "
     "شخصی خودتان و انتقال آن به حساب‌هایی که واحد مالی اعلام می‌کند", "- دریافت حقوق به حساب شخصی شما در پایان هر "
     "ماه"),
    # the employer's money sent to the seeker (a cheque, a sum on their card), then paid on to "our" vendor or
    # supplier a sentence or two later (not the seeker's salary, nor the company's card paying)
    ("money_mule", "en-a-cheque-mailed-then-our-vendor-paid", "After you accept the offer, we will mail you a check "
     "that covers your laptop. Please deposit it through your bank's mobile app; then buy the equipment package from "
     "our approved IT vendor.", "After you accept the offer, we will mail you a check for your first week. Order "
     "your equipment from our approved IT vendor with the company card."),
    ("money_mule", "ru-a-sum-on-your-card-then-our-supplier-paid", "В первый рабочий день мы переведём на вашу карту "
     "9 500 000 сум на покупку рабочего комплекта. Эту сумму нужно в течение двух часов перевести на реквизиты "
     "нашего официального поставщика.", "Зарплату переведём на вашу карту 10-го числа. Обязанности: оплатить счета "
     "нашего поставщика через банк-клиент."),
    ("money_mule", "uz-latn-a-sum-on-your-card-then-our-supplier-paid", "Birinchi ish kuni kartangizga 9 500 000 "
     "so'm o'tkazamiz. Bu summani ikki soat ichida rasmiy yetkazib beruvchimizga o'tkazasiz.", "Birinchi ish kuni "
     "kartangizga 9 500 000 so'm bonus o'tkazamiz.\n- yetkazib beruvchimizga to'lovlarni bank-klient orqali "
     "o'tkazish"),
    ("money_mule", "uz-cyrl-a-sum-on-your-card-then-our-supplier-paid", "Биринчи иш куни картангизга 9 500 000 сўм "
     "ўтказамиз. Бу суммани икки соат ичида расмий етказиб берувчимизга ўтказасиз.", "Ойликни ҳар ой картангизга "
     "ўтказамиз. Етказиб берувчимизга тўловларни бухгалтерия ўтказади."),
    ("money_mule", "fa-a-sum-on-your-card-then-our-supplier-paid", "در روز اول ۹۵ میلیون تومان به کارت شما واریز "
     "می‌کنیم. این مبلغ را باید ظرف دو ساعت به حساب تامین‌کننده رسمی ما واریز کنید.", "حقوق هر ماه به کارت شما "
     "واریز می‌شود. وظایف: پرداخت فاکتورهای تامین‌کننده ما از حساب شرکت."),
    # the seeker's card handed over together with its SIM (not a customer's card blocked with its SIM, nor staff who
    # never lend theirs)
    ("money_mule", "uz-latn-a-card-handed-over-with-its-sim", "Har bir agent o'z nomidagi kartani ulangan SIM-karta "
     "bilan birga 1 oy muddatga kompaniya hisobchisiga topshiradi.", "Mijozlarga kartani SIM-karta bilan birga "
     "bloklashda yordam berish."),
    ("money_mule", "uz-cyrl-a-card-handed-over-with-its-sim", "Карта ва SIM-картани шаҳрингиздаги вакилимизга "
     "топширасиз.", "Ходимлар ҳеч қачон ўз картасини SIM-карта билан бирга бошқаларга бермайди."),
    ("money_mule", "ru-a-card-handed-over-with-its-sim", "Каждый агент передаёт свою карту вместе с подключённой "
     "SIM-картой бухгалтеру компании на 1 месяц.", "Помогать клиентам заблокировать карту вместе с SIM-картой после "
     "кражи."),
    ("money_mule", "en-a-card-handed-over-with-its-sim", "Each agent hands their own card together with the linked SIM "
     "card to the company accountant for one month.", "Help customers block their card together with the linked SIM "
     "card after a theft."),
    # a deposit paid to "our" accountant's card is asked of the seeker (not an accountant's or a cashier's duty)
    ("upfront_fee", "uz-latn-a-deposit-to-our-accountants-card", "Texnika uchun 1 500 000 so'm kafolat depoziti "
     "hisobchimizning shaxsiy kartasiga o'tkaziladi.", "Hisobchi: yetkazib beruvchilarga oldindan to'lovlarni nazorat "
     "qilish."),
    ("upfront_fee", "uz-cyrl-a-deposit-to-our-accountants-card", "Техника учун 1 500 000 сўм кафолат депозити "
     "ҳисобчимизнинг шахсий картасига ўтказилади.", "Кассир: мижозлардан бир марталик тўловларни қабул қилиш."),
    ("upfront_fee", "en-a-deposit-to-our-accountants-card", "A $150 equipment deposit is paid to our accountant's "
     "personal card.", "Bookkeeper: record customer deposits and reconcile them."),
    ("upfront_fee", "fa-a-deposit-to-our-accountants-card", "ودیعه لپ‌تاپ ۵ میلیون تومان به کارت شخصی حسابدار ما "
     "واریز می‌شود.", "حسابدار: ثبت پیش پرداخت‌ها و واریز هزینه‌ها"),
    ("upfront_fee", "ru-a-deposit-to-our-accountants-card", "Гарантийный депозит за ноутбук 1 500 000 сум переводится "
     "на личную карту нашего бухгалтера.", "Бухгалтер: предоплата по договорам, гарантийные депозиты арендаторов."),
    # personal data the job protects is its work (not the seeker told to send theirs, "protected")
    ("asks_bank_or_id", "en-personal-data-the-job-protects", "We protect your personal data, so send your Social "
     "Security number to hr@acme.com.", "- Protect personal data such as Social Security numbers and bank account "
     "details, following our data-security policy"),
    ("asks_bank_or_id", "uz-latn-personal-data-the-job-protects", "Shaxsiy ma'lumotlaringiz himoyalangan, karta "
     "raqamingizni yuboring.", "- Shaxsiy ma'lumotlarni himoya qilish: karta raqamlari va pasport ma'lumotlari faqat "
     "1C da saqlanadi"),
    ("asks_bank_or_id", "uz-cyrl-personal-data-the-job-protects", "Шахсий маълумотларингиз ҳимояланган, карта "
     "рақамингизни юборинг.", "- Шахсий маълумотларни ҳимоя қилиш: карта рақамлари ва паспорт маълумотлари фақат 1C "
     "да сақланади"),
    ("asks_bank_or_id", "fa-personal-data-the-job-protects", "ما از اطلاعات شخصی شما حفاظت می‌کنیم؛ شماره کارت خود را "
     "بفرستید.", "- حفاظت از اطلاعات شخصی: شماره کارت و کپی کارت ملی فقط در سیستم نگهداری می‌شود"),
    ("asks_bank_or_id", "ru-personal-data-the-job-protects", "Мы обеспечиваем защиту персональных данных, пришлите "
     "номер карты.", "- Защита персональных данных: номера карт и паспортные данные хранятся только в 1С"),
]


@pytest.mark.parametrize("code,lang,positive,negative", TWENTY_SECOND_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in TWENTY_SECOND_CASES])
def test_a_twenty_second_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                            negative: str) -> None:
    """A twenty-second writer's long postings (tests/data/legitimacy_phrasings_v) bury each scam's ask in one item,
    one step or an FAQ answer among ordinary text; its honest posts say the same words honestly: a deposit said to be
    none, the employer paying, documents on the day the contract is signed, the job's own clients' cards."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    # the company's laptop delivered home with its return label, a brand's samples filmed, a warning of reshipping
    ("money_mule", "- Receive your laptop and headset at your home address in the first week\n- Keep the box: the "
                   "return label is in it\n- Join the team call on Monday"),
    ("money_mule", "- Receive product samples at your home address\n- Film a short unboxing video\n- Keep the samples"),
    ("money_mule", "- Получение ноутбука по вашему домашнему адресу курьером\n- Подключение к VPN в первый день"),
    ("money_mule", "- Parcelpoint will never ask you to receive packages at your home address.\n- Photograph each "
                   "return and remove the original shipping labels in our Reno warehouse"),
    ("money_mule", "- دریافت لپ‌تاپ شرکت در آدرس منزل خودتان\n- نصب نرم‌افزارها در روز اول"),
])
def test_a_twenty_second_writers_neighbours_are_no_such_ask(code: str, text: str) -> None:
    assert code not in _codes(text + FILLER)


# A long scam message quoted whole under the warning that introduces it (a channel forwarding an official warning:
# «Пересылаем предупреждение Uzcert:\n«… У граждан запрашивают номер карты, срок её действия и код из SMS …»»): the
# ask stands far into the quotation, past the reach of the warning from the match, and is not the post asking; the
# same quotation under a heading that warns of nothing is still asked.
_LONG_QUOTES = {
    "en": ("Ads about a 'state work-from-home programme' and about 'partner programmes' of banks and payment systems "
           "are spreading in Telegram channels and groups this month, with pay far above the market. Send your card "
           "number, its expiry date and the SMS code to the bot.", "\"", "\""),
    "ru": ("В Telegram распространяются объявления о „государственной программе работы на дому“ и „партнёрских "
           "программах“ банков и платёжных систем, с оплатой намного выше рынка. У граждан запрашивают номер "
           "банковской карты, срок её действия и код из SMS.", "«", "»"),
    "uz-latn": ("So'nggi paytlarda Telegram kanallari va guruhlarida vazirlik nomidan „uydan ishlash davlat dasturi“ "
                "va banklarning „hamkorlik dasturlari“ haqida e'lonlar tarqatilmoqda, bozordagidan ancha yuqori "
                "maosh bilan. Fuqarolardan plastik karta raqami, amal qilish muddati va SMS kod so'ralmoqda.",
                "«", "»"),
    "uz-cyrl": ("Сўнгги пайтларда Телеграм каналлари ва гуруҳларида вазирлик номидан „уйдан ишлаш давлат дастури“ "
                "ва банкларнинг „ҳамкорлик дастурлари“ ҳақида эълонлар тарқатилмоқда, бозордагидан анча юқори "
                "маош билан. Фуқаролардан пластик карта рақами, амал қилиш муддати ва СМС код сўралмоқда.", "«", "»"),
    "fa": ("این روزها در کانال‌ها و گروه‌های تلگرامی آگهی‌هایی با عنوان «طرح دولتی کار در منزل» و «همکاری با بانک‌ها و "
           "شرکت‌های پرداخت» با درآمدی بسیار بالاتر از بازار منتشر می‌شود و از شهروندان شماره کارت، تاریخ انقضا و رمز "
           "دوم پویا را می‌خواهند.", "«", "»"),
}
_WARNING_HEADINGS = {
    "en": "We are forwarding a warning from the bank's security team to our subscribers:",
    "ru": "Пересылаем нашим подписчикам предупреждение Uzcert:",
    "uz-latn": "Kanalimiz obunachilari uchun tuman bandlik markazi ogohlantirishini tarqatamiz:",
    "uz-cyrl": "Каналимиз обуначилари учун туман бандлик маркази огоҳлантиришини тарқатамиз:",
    "fa": "هشدار پلیس فتا را برای اعضای کانال بازنشر می‌کنیم:",
}
_PLAIN_HEADINGS = {
    "en": "Our coordinator sends this to every new member of the team:",
    "ru": "Наш куратор отправляет каждому новому участнику команды:",
    "uz-latn": "Kuratorimiz har bir yangi jamoa a'zosiga shuni yuboradi:",
    "uz-cyrl": "Кураторимиз ҳар бир янги жамоа аъзосига шуни юборади:",
    "fa": "پشتیبان ما این پیام را برای هر عضو جدید تیم می‌فرستد:",
}


def _quoted_under(heading: str, lang: str) -> str:
    quote, opening, closing = _LONG_QUOTES[lang]
    return f"{heading}\n{opening}{quote}{closing}"


@pytest.mark.parametrize("lang", sorted(_LONG_QUOTES))
def test_a_long_scam_message_quoted_under_a_warning_is_not_the_post_asking(lang: str) -> None:
    """A twenty-third writer's channel posts (tests/data/legitimacy_phrasings_w) forward an official warning and quote
    the scam's asks in it, past the warning's reach from them: the quotation the warning introduces is a scam message
    quoted as one, every ask in it; under a plain heading the same quotation asks."""
    quote = _LONG_QUOTES[lang][0]
    last_ask = {"uz-cyrl": "СМС", "fa": "رمز"}.get(lang, "SMS")
    assert quote.index(last_ask) > quotations.QUOTE_WARNING_REACH  # (past the reach of a warning from the match)
    warned = _codes(_quoted_under(_WARNING_HEADINGS[lang], lang) + FILLER, company=None)
    plain = _codes(_quoted_under(_PLAIN_HEADINGS[lang], lang) + FILLER, company=None)
    assert not HARD & warned.keys(), (lang, warned)
    assert HARD & plain.keys(), (lang, plain)


TWENTY_THIRD_CASES = [
    # a Russian imperative in -ай ("принимай", "снимай") is no Uzbek negative verb in the match's gap
    ("money_mule", "ru-an-imperative-in-ai", "Принимай переводы клиентов на свою карту и отправляй дальше по "
     "реквизитам куратора — 3% от суммы твои.", "Никогда не принимай переводы чужих людей на свою карту и не "
     "отправляй их дальше по чужим реквизитам."),
    # money sent to the card a bot or an admin gives (not the pay the seeker gets on a card a bank issues)
    ("upfront_fee", "en-to-the-card-the-bot-gives", "Pay the one-time resident certificate fee of 290,000 UZS to the "
     "card the bot gives you.", "Your monthly stipend of 290,000 UZS is paid to the card the bank gives you."),
    ("upfront_fee", "ru-to-the-card-the-bot-gives", "Оплатите разовый сбор за сертификат резидента 290 000 сум на "
     "карту, которую даст бот.", "Стипендия 290 000 сум зачисляется на карту, которую выдаст банк."),
    ("upfront_fee", "uz-latn-to-the-card-the-bot-gives", "Rezident sertifikati yig'imi — 290 000 so'm, bot "
     "ko'rsatgan kartaga.", "Stipendiya 290 000 so'm, bank bergan kartaga."),
    ("upfront_fee", "uz-cyrl-to-the-card-the-bot-gives", "Резидент сертификати йиғими — 290 000 сўм, бот кўрсатган "
     "картага.", "Стипендия 290 000 сўм, банк берган картага."),
    ("upfront_fee", "fa-to-the-card-the-bot-gives", "هزینه گواهی ۲۹۰ هزار تومان را به کارتی که ربات می‌دهد واریز "
     "کنید.", "کمک‌هزینه ۲۹۰ هزار تومانی به کارتی که بانک می‌دهد واریز می‌شود."),
    # an entry, joining or initial package at a price (not one the employer gives free)
    ("upfront_fee", "en-an-entry-package-priced", "Entry package: $25 one time, unlocks your tasks.",
     "Entry package for every new hire: a laptop worth $900 and a headset, given free."),
    ("upfront_fee", "ru-an-entry-package-priced", "Вступительный пакет — 350 000 сум (продукт + обучение).",
     "Вступительный пакет сотрудника (ноутбук на 3 500 000 сум) компания выдаёт бесплатно."),
    ("upfront_fee", "uz-latn-an-entry-package-priced", "Kirish paketi — 350 000 so'm (mahsulot + o'quv kursi).",
     "Kirish paketi (3 500 000 so'mlik noutbuk) xodimga bepul beriladi."),
    ("upfront_fee", "uz-cyrl-an-entry-package-priced", "Кириш пакети — 350 000 сўм (маҳсулот + ўқув курси).",
     "Кириш пакети (3 500 000 сўмлик ноутбук) ходимга бепул берилади."),
    ("upfront_fee", "fa-an-initial-package-priced", "پکیج اولیه مواد و کارتن‌ها ۱ میلیون و ۲۸۰ هزار تومان (کارت به "
     "کارت).", "پکیج اولیه مواد و کارتن‌ها به ارزش ۱ میلیون تومان رایگان ارسال می‌شود."),
    # an insurance or guarantee deposit priced in its sentence, a dash between (not one said to be none)
    ("upfront_fee", "ru-an-insurance-deposit-priced", "Перед запуском пункта управляющий вносит страховой депозит за "
     "товар — 1 500 000 сум.", "Консультирование клиентов по страховым депозитам от 1 500 000 сум."),
    ("upfront_fee", "uz-latn-an-insurance-deposit-priced", "Punkt ochilishidan oldin tovar uchun sug'urta depoziti — "
     "1 500 000 so'm.", "Tovar uchun sug'urta depoziti olinmaydi, tovarni kompaniya sug'urtalaydi."),
    ("upfront_fee", "uz-cyrl-an-insurance-deposit-priced", "Пункт очилишидан олдин товар учун суғурта депозити — "
     "1 500 000 сўм.", "Товар учун суғурта депозити олинмайди, товарни компания суғурталайди."),
    ("upfront_fee", "fa-a-guarantee-deposit-priced", "پیش از راه‌اندازی، ودیعه تضمین کالا — ۱۵ میلیون تومان.",
     "ودیعه تضمین کالا لازم نیست؛ کالا را شرکت بیمه کرده است."),
    ("upfront_fee", "en-an-insurance-deposit-priced", "Before launch, the manager makes an insurance deposit for the "
     "goods — 1,500,000 UZS.", "No insurance deposit for the goods is taken: the company insures the stock."),
    # a balance topped up in a currency, in the imperative with no object (not customers helped to top up theirs)
    ("upfront_fee", "en-top-up-in-a-currency", "Top up in USDT (TRC20): minimum $100 for Silver, $500 for Gold.",
     "Help customers top up in USDT (TRC20) and answer their questions about the $100 minimum."),
]


@pytest.mark.parametrize("code,lang,positive,negative", TWENTY_THIRD_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in TWENTY_THIRD_CASES])
def test_a_twenty_third_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                          negative: str) -> None:
    """A twenty-third writer's posts (tests/data/legitimacy_phrasings_w) borrow a ministry's, a bank's or a
    marketplace's name and ask beside it: a fee to the card a bot gives, an entry package, an insurance deposit for the
    goods, a balance topped up; its honest posts say the same words of a bank's card, a free package, a deposit not
    taken."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("text", [
    # a pawnshop's pledges taken (the job), a data-entry rate, users helped to top up, a bank's deposits for clients
    "Оценщик в ломбард: приём залога за товар, выдача займов от 500 000 сум.",
    "Lombardga baholovchi: tovar uchun garov qabul qilish, 500 000 so'mdan qarz berish.",
    "Data entry package: $5 per form.",
    "Help users who can't top up in USDT and explain the $100 minimum.",
    "We top up $20 on your transport card every month.",
    "بازاریابی سپرده‌های بانکی و سپرده تضمین به مبلغ ۵۰۰ میلیون تومان برای مشتریان",
    # the seeker's pay to a card a bank issues or the seeker names in a bot
    "Your pay is sent to the card the bank gives you on your first day.",
    "Выплаты приходят на карту, которую вы укажете в боте.",
    "Oylik siz botga ko'rsatgan kartaga o'tkaziladi.",
    "حقوق به کارتی که خودتان به ربات می‌دهید واریز می‌شود.",
])
def test_a_twenty_third_writers_neighbours_are_no_such_ask(text: str) -> None:
    assert "upfront_fee" not in _codes(text + FILLER)

@pytest.mark.parametrize("lang,positive,negative", [
    ("ru", "Обязанности:\n• выдача заказов покупателям\nУсловия:\n• график 2/2\nВажно: управляющий вносит залог "
           "1 500 000 сум.", "Работа с покупателями:\n• приём залога 1 500 000 сум за каждый прокат"),
    ("en", "Duties:\n• hand orders to customers\nTerms:\n• shifts 2/2\nImportant: the manager makes a security deposit "
           "of $150.", "Work with customers:\n• take a security deposit of $150 for each rented scooter"),
    ("uz-latn", "Vazifalar:\n• xaridorlarga buyurtma berish\nShartlar:\n• grafik 2/2\nMuhim: boshqaruvchi garov puli "
                "1 500 000 so'm kiritadi.", "Mijozlar bilan ishlash:\n• har bir ijara uchun garov puli 1 500 000 so'm "
                "qabul qilish"),
    ("uz-cyrl", "Вазифалар:\n• харидорларга буюртма бериш\nШартлар:\n• график 2/2\nМуҳим: бошқарувчи гаров пули "
                "1 500 000 сўм киритади.", "Мижозлар билан ишлаш:\n• ҳар бир ижара учун гаров пули 1 500 000 сўм "
                "қабул қилиш"),
    ("fa", "وظایف:\n• تحویل سفارش به مشتریان\nشرایط:\n• شیفت ۲/۲\nمهم: مدیر ودیعه ۱۵ میلیون تومان واریز می‌کند.",
     "کار با مشتریان:\n• دریافت ودیعه ۱۵ میلیون تومانی برای هر اجاره"),
])
def test_the_customers_of_another_section_make_no_duty_of_a_deposit(lang: str, positive: str, negative: str) -> None:
    """A twenty-third writer's pick-up point (tests/data/legitimacy_phrasings_w) listed its customers under «Обязанности»
    and the manager's deposit under «Условия»: a duty's customers are read in the match's sentence and the heading that
    introduces it, not above that heading, in another section; a heading that names the customers still makes the
    deposit under it their own."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation("upfront_fee", lang, positive, negative)


# A twenty-fourth writer's posts (tests/data/legitimacy_phrasings_x: gig apps, microtasks and tasks for pay) quoted
# scam ads as what a content moderator removes ("suspicious ads such as «…»") and as what a group admin's pinned
# reminder tells members not to answer but to report: the quotation is a scam message quoted as a warning. The same
# quotation offered plainly still asks.
QUOTED_AS_SUSPICIOUS = [
    ("en", 'Duties: review user ads and remove suspicious ones such as "pay a $50 registration fee to start".',
     'Our offer: "pay a $50 registration fee to start" and earn $500 a week.'),
    ("en-report", 'If anyone in a private chat asks you for an "activation fee of $30" in our name, do not reply and '
     'report it to the admin.', 'To join the project, an "activation fee of $30" is due today; write to the admin.'),
    ("ru", "Обязанности: удаление подозрительных объявлений вроде «оплатите регистрационный взнос 500 рублей».",
     "Наше предложение: «оплатите регистрационный взнос 500 рублей» и начинайте работать."),
    ("ru-report", "Если кто-то в личке просит «регистрационный взнос 500 рублей» от нашего имени, не отвечайте и "
     "сообщите администратору.", "Для старта нужен «регистрационный взнос 500 рублей», пишите администратору."),
    ("uz-latn", "Vazifalar: shubhali e'lonlarni aniqlash, masalan «ro'yxatdan o'tish uchun 50 000 so'm to'lang».",
     "Taklifimiz: «ro'yxatdan o'tish uchun 50 000 so'm to'lang» va ishni boshlang."),
    ("uz-latn-report", "Kimdir lichkada sizdan «ro'yxatdan o'tish uchun 50 000 so'm to'lang» desa, javob bermang va "
     "adminga xabar bering.", "Boshlash uchun «ro'yxatdan o'tish uchun 50 000 so'm to'lang», keyin adminga yozing."),
    ("uz-cyrl", "Вазифалар: шубҳали эълонларни аниқлаш, масалан «рўйхатдан ўтиш учун 50 000 сўм тўланг».",
     "Таклифимиз: «рўйхатдан ўтиш учун 50 000 сўм тўланг» ва ишни бошланг."),
    ("fa", "شرح کار: تشخیص آگهی‌های مشکوک مثل «هزینه ثبت نام ۲۰۰ هزار تومان واریز کنید» یا «اجاره حساب بانکی».",
     "شرح کار: برای شروع «هزینه ثبت نام ۲۰۰ هزار تومان واریز کنید»."),
    ("fa-report", "یادآوری همیشگی: اگر کسی در پیوی به اسم این شرکت یا هر شرکت دیگری «هزینه فعال‌سازی»، «شارژ حساب "
     "با تتر» یا «اجاره اکانت» خواست، جواب ندهید و به ادمین گزارش بدهید.",
     "برای شروع همکاری «هزینه فعال‌سازی» و «شارژ حساب با تتر» لازم است؛ به ادمین پیام بدهید."),
]


@pytest.mark.parametrize("lang,warned,plain", QUOTED_AS_SUSPICIOUS, ids=[c[0] for c in QUOTED_AS_SUSPICIOUS])
def test_a_scam_ad_quoted_as_suspicious_or_to_be_reported_is_not_the_post_asking(lang: str, warned: str,
                                                                                plain: str) -> None:
    assert not HARD & _codes(warned + FILLER).keys(), lang
    assert HARD & _codes(plain + FILLER).keys(), lang


# A twenty-fourth writer's microtask and annotation platforms verify a worker's identity once inside their own portal,
# account or panel, through their KYC provider, and take the payout card on their own withdrawal page or secure form:
# no request for the document or the number. The same sent to a chat or a person still asks.
OWN_SITE_CASES = [
    ("asks_id_document", "en", "Identity verification: send your ID + live selfie to @hr_team on Telegram.",
     "Identity verification inside our worker portal through our KYC provider (ID + live selfie)."),
    ("asks_id_document", "en-ruled-out", "Verify inside your account: a photo of your passport, then send it to our "
     "recruiter on Telegram.", "Verify once inside your account with our KYC provider: a photo of your passport, never "
     "by e-mail or Telegram."),
    ("asks_bank_or_id", "en", "Send your card number to our manager on WhatsApp to receive payouts.",
     "Enter your card number only on the withdrawal page of your account on our site."),
    ("asks_bank_or_id", "ru", "Номер карты пришлите куратору в Telegram.",
     "Номер карты вы указываете только в защищённой форме на нашем сайте."),
    ("asks_id_document", "ru", "Для верификации пришлите фото паспорта и селфи в личку.",
     "Верификация в личном кабинете на сайте: фото паспорта и селфи."),
    ("asks_bank_or_id", "uz-latn", "Karta raqamini adminga Telegramda yuboring.",
     "Karta raqamini faqat saytdagi shaxsiy kabinetingizda kiritasiz."),
    ("asks_bank_or_id", "uz-cyrl", "Карта рақамини админга Телеграмда юборинг.",
     "Карта рақамини фақат сайтдаги шахсий кабинетингизда киритасиз."),
    ("asks_id_document", "uz-latn", "Pasport rasmini adminga yuboring.",
     "Shaxsingizni tasdiqlash saytning o'zida: pasport rasmini yuklaysiz."),
    ("asks_id_document", "fa", "تصویر کارت ملی را به تلگرام بفرستید.",
     "احراز هویت داخل پنل با کد ملی و تصویر کارت ملی (فقط در پنل، نه در تلگرام یا واتس‌اپ)."),
    ("asks_bank_or_id", "fa", "شماره کارت را برای ادمین بفرستید.",
     "شماره کارت را فقط داخل پنل در صفحه برداشت وارد کنید."),
]


@pytest.mark.parametrize("code,lang,positive,negative", OWN_SITE_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in OWN_SITE_CASES])
def test_an_id_check_or_a_payout_card_on_the_employers_own_site_is_no_request(code: str, lang: str, positive: str,
                                                                              negative: str) -> None:
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("code,text", [
    # a panel named only as what the documents are for, nothing checked or entered there (a twenty-third writer's scam)
    ("asks_id_document", "برای ساخت اکانت کاری در پنل آمازون: عکس کارت ملی + سلفی با کارت ملی در دست"),
    ("asks_id_document", "For your work account in the partner panel: a photo of your passport and a selfie."),
    # a card's secret, or a card that proves the seeker's identity, on any site
    ("asks_bank_or_id", "Enter your card number, expiry date and CVV in your account on our site."),
    ("asks_bank_or_id", "Verify your identity with a debit card on our careers portal."),
])
def test_what_the_employers_own_site_does_not_excuse_still_asks(code: str, text: str) -> None:
    assert code in _codes(text + FILLER)


TWENTY_FOURTH_CASES = [
    # a paid course with the hiring promised as guaranteed, a percentage or the seeker's pronoun between, and the
    # course priced with another thing (not a course whose job is said not to be guaranteed)
    ("upfront_fee", "uz-latn-a-course-with-placement-guaranteed", "Ishga joylashish 100% kafolatlanadi.\nKurs va "
     "sertifikat narxi: 890 000 so'm.", "Ishga joylashish kafolatlanmaydi.\nKurs va sertifikat narxi: 890 000 so'm."),
    ("upfront_fee", "uz-cyrl-a-course-with-placement-guaranteed", "Ишга жойлашиш 100% кафолатланади.\nКурс ва "
     "сертификат нархи: 890 000 сўм.", "Ишга жойлашиш кафолатланмайди.\nКурс ва сертификат нархи: 890 000 сўм."),
    ("upfront_fee", "fa-a-course-with-hiring-guaranteed", "پس از دوره، استخدام شما تضمینی است.\nشهریه دوره: "
     "۴,۹۰۰,۰۰۰ تومان", "استخدام شما تضمینی نیست.\nشهریه دوره: ۴,۹۰۰,۰۰۰ تومان"),
    ("upfront_fee", "en-a-course-with-placement-guaranteed", "After the course your placement is 100% guaranteed.\n"
     "Course and certificate fee: $59.", "Placement is not guaranteed.\nCourse and certificate fee: $59."),
    ("upfront_fee", "ru-a-course-with-employment-guaranteed", "Трудоустройство на 100% гарантировано.\nКурс и "
     "сертификат: 15 000 ₽.", "Трудоустройство не гарантируем.\nКурс и сертификат: 15 000 ₽."),
    # a payment refunded with a later payout named by its number, as with the first (not a cost the employer pays back)
    ("upfront_fee", "en-refunded-with-a-later-payout", "The programme fee covers your kit. It is a one-time payment "
     "and is refunded with your 4th weekly payout.", "Overpaid tax is refunded with your 2nd monthly payout."),
    ("upfront_fee", "ru-refunded-with-a-later-payout", "Платёж 1 490 ₽ за доступ вернём со второй зарплатой.",
     "Расходы на проезд вернём со второй зарплатой."),
    ("upfront_fee", "uz-latn-refunded-with-a-later-payout", "Badal ikkinchi oylik bilan qaytariladi.",
     "Yo'l xarajatlari ikkinchi oylik bilan qaytariladi."),
    ("upfront_fee", "uz-cyrl-refunded-with-a-later-payout", "Бадал иккинчи ойлик билан қайтарилади.",
     "Йўл харажатлари иккинчи ойлик билан қайтарилади."),
    ("upfront_fee", "uz-latn-a-course-refunded-with-a-later-payout", "Kurs narxi ikkinchi oylik bilan qaytariladi.",
     "Kurs bepul, yo'l xarajatlari ikkinchi oylik bilan qaytariladi."),
    ("upfront_fee", "fa-refunded-with-a-later-payout", "ودیعه با دومین حقوق برگردانده می‌شود.",
     "هزینه رفت و آمد با دومین حقوق برگردانده می‌شود."),
    ("upfront_fee", "fa-refunded-with-a-later-months-pay", "امانت با حقوق ماه دوم برگردانده می‌شود.",
     "هزینه رفت و آمد با حقوق ماه دوم برگردانده می‌شود."),
    # a balance topped up to the card "support" gives, as to the admin's (not the seeker's pay, support only helping)
    ("upfront_fee", "ru-topped-up-to-the-card-support-gives", "Если баланс ушёл в минус, пополняете его переводом на "
     "карту, которую даст служба поддержки.", "Выплаты приходят на карту, которую вы укажете в профиле; служба "
     "поддержки поможет с переводом."),
    ("upfront_fee", "en-paid-to-the-card-support-gives", "The deposit goes to the card the support team will give you.",
     "Your salary is paid to the card the bank gives you; our support team can help."),
    ("upfront_fee", "uz-latn-paid-to-the-card-support-gives", "Depozit qo'llab-quvvatlash ko'rsatgan kartaga.",
     "Oylik siz ko'rsatgan kartaga o'tkaziladi, qo'llab-quvvatlash xizmati yordam beradi."),
    ("upfront_fee", "uz-cyrl-paid-to-the-card-support-gives", "Депозит қўллаб-қувватлаш кўрсатган картага.",
     "Ойлик сиз кўрсатган картага ўтказилади, қўллаб-қувватлаш хизмати ёрдам беради."),
    # "the difference" topped up in crypto, the seeker told so (not customers helped, nor the employer topping up)
    ("upfront_fee", "en-the-difference-topped-up-in-crypto", "If your balance is negative, top up the difference in "
     "USDT (TRC20) through customer service.", "Help customers who top up the difference in USDT and explain the fees."),
    ("upfront_fee", "ru-the-difference-topped-up-in-crypto", "Если баланс ушёл в минус, пополните разницу в USDT через "
     "поддержку.", "Помогаем клиентам пополнить разницу в USDT и отвечаем на вопросы."),
    ("upfront_fee", "uz-latn-the-difference-topped-up-in-crypto", "Balans minusga tushsa, farqni USDT orqali "
     "to'ldirasiz.", "Mijozlarga farqni USDT orqali to'ldirishda yordam berasiz."),
    ("upfront_fee", "uz-cyrl-the-difference-topped-up-in-crypto", "Агар баланс минусга тушса, фарқни USDT орқали "
     "тўлдирасиз.", "Мижозларга фарқни USDT орқали тўлдиришда ёрдам берасиз."),
    ("upfront_fee", "fa-the-difference-topped-up-in-crypto", "اگر موجودی منفی شد، مابه‌التفاوت را با تتر از طریق "
     "پشتیبانی شارژ کنید.", "به مشتریانی که مابه‌التفاوت را با تتر شارژ می‌کنند پاسخ می‌دهید."),    # an account's login codes, the codes from the SMS in the plural (not never shared, not playing a part in the job)
    ("asks_sms_code", "en-login-codes", "What we need: your login, and you send us the login codes when Upwork asks.",
     "Never share your login codes with anyone, including us."),
    ("asks_sms_code", "ru-codes-from-the-sms", "Присылать коды из SMS, когда попросим.",
     "Ваши карты, ваши банковские приложения и коды из SMS в этой работе не участвуют."),
    ("asks_sms_code", "fa-confirmation-codes", "کدهای تایید رو برامون بفرستی.",
     "هرگز کدهای تایید را برای کسی نفرستید."),
    # a verified account rented, its adjective between or taken for rent (not an account verified, an office rented)
    ("identity_proxy", "ru-verified-accounts-rented", "Берём в аренду верифицированные аккаунты Toloka и Upwork.",
     "Верификация аккаунта в личном кабинете, аренда офиса за счёт компании."),
    ("identity_proxy", "uz-latn-verified-accounts-rented", "Tasdiqlangan akkauntlaringizni bir oyga ijaraga olamiz.",
     "Akkauntingizni tasdiqlash bepul, ofis ijarasi kompaniya hisobidan."),
    ("identity_proxy", "uz-cyrl-verified-accounts-rented", "Тасдиқланган аккаунтларингизни бир ойга ижарага оламиз.",
     "Аккаунтингизни тасдиқлаш бепул, офис ижараси компания ҳисобидан."),
]


@pytest.mark.parametrize("code,lang,positive,negative", TWENTY_FOURTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in TWENTY_FOURTH_CASES])
def test_a_twenty_fourth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                           negative: str) -> None:
    """A twenty-fourth writer's posts (tests/data/legitimacy_phrasings_x: gig apps, microtasks and tasks for pay) asked
    for money as a paid course with the job guaranteed, a balance topped up through support, a payment refunded with a
    later payout, and for an account's login codes; its honest posts say the same words of a course that promises
    nothing, a company that tops up a work SIM, a payout, a code never asked for."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("text", [
    # codes a support desk helps with, one the platform sends the seeker, an antifraud analyst's schemes
    "Support: help users who don't receive login codes.",
    "You'll receive a login code by e-mail to access our portal.",
    "Поддержка: помощь клиентам, которым не приходят коды из SMS.",
    "Аналитик антифрода: разбирать схемы с передачей кодов из СМС третьим лицам.",
])
def test_a_twenty_fourth_writers_code_neighbours_are_no_such_ask(text: str) -> None:
    assert "asks_sms_code" not in _codes(text + FILLER)


@pytest.mark.parametrize("lang,positive,negative", [
    ("ru", "После собеседования пришлите фото паспорта в Telegram.",
     "После собеседования пришлите фото паспорта на почту, не в Telegram."),
    ("fa", "بعد از مصاحبه عکس کارت ملی را در تلگرام بفرستید.",
     "بعد از مصاحبه عکس کارت ملی را با ایمیل بفرستید، نه در تلگرام."),
    ("fa-own-panel", "احراز هویت داخل پنل با کد ملی و تصویر کارت ملی را در تلگرام بفرستید.",
     "احراز هویت داخل پنل با کد ملی و تصویر کارت ملی (فقط در پنل، نه در تلگرام یا واتس‌اپ)."),
    ("en", "After the interview, send a photo of your passport to the interviewer in the Teams chat.",
     "After the interview, send a photo of your passport by e-mail, not in the Teams chat."),
])
def test_an_id_photo_is_sent_into_no_chat_named_only_to_be_ruled_out(lang: str, positive: str, negative: str) -> None:
    """A twenty-fourth writer's annotation platform verifies inside its own panel «(فقط در پنل، نه در تلگرام یا
    واتس‌اپ)»: a chat named after a negation is not where the ID goes, so the moment or the place the sentence names
    excuses it again; one it is sent to still asks, whatever the moment."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation("asks_id_document", lang, positive, negative)


TWENTY_SIXTH_CASES = [
    # a deposit or a bond given back on arrival (not a deposit no one takes, nor the employer's)
    ("upfront_fee", "en-deposit-refunded-on-arrival", "A $200 deposit holds your place; it is refunded on arrival.",
     "No deposit is taken from you; your travel costs are refunded on arrival."),
    ("upfront_fee", "ru-deposit-back-on-arrival", "Из них 1 000 $ — депозит, возвращается по прибытии в Корею.",
     "Никакого депозита не берём, проезд возвращается по прибытии."),
    ("upfront_fee", "uz-latn-deposit-back-on-arrival", "800$ depozit — Koreyaga yetib borganingizda qaytariladi.",
     "Hech qanday depozit yo'q, yo'l xarajati yetib borganingizda qaytariladi."),
    ("upfront_fee", "uz-cyrl-deposit-back-on-arrival", "800$ депозит — Кореяга етиб борганингизда қайтарилади.",
     "Ҳеч қандай депозит йўқ, йўл харажати етиб борганингизда қайтарилади."),
    ("upfront_fee", "fa-deposit-back-on-arrival", "ودیعه: ۳۰۰ دلار که پس از رسیدن به استانبول مسترد می‌شود.",
     "هیچ ودیعه‌ای نمی‌گیریم؛ هزینه سفر پس از رسیدن به استانبول برگردانده می‌شود."),
    # a bond or a deposit for the permit, the visa or the quota
    ("upfront_fee", "en-a-permit-bond", "The only cost on your side is the work permit bond (USD 650).",
     "There is no work permit bond; the employer pays the permit fee of USD 650."),
    ("upfront_fee", "ru-a-deposit-for-the-quota", "Отдельно вносится депозит за квоту.",
     "Никакого депозита за квоту нет."),
    ("upfront_fee", "uz-latn-a-deposit-for-the-quota", "Kvota uchun depozit alohida.", "Kvota uchun depozit yo'q."),
    ("upfront_fee", "fa-a-visa-deposit", "ودیعه ویزا جداگانه گرفته می‌شود.", "ودیعه ویزا نمی‌گیریم."),
    # ticket money sent ahead (not the employer sending the ticket)
    ("upfront_fee", "en-ticket-money-sent", "After you accept the offer, transfer the ticket amount (USD 390) to her "
     "account.", "After you accept the offer, we transfer the ticket amount to the travel agency ourselves."),
    ("upfront_fee", "ru-ticket-money-sent", "Деньги на билет переведите координатору.",
     "Деньги на билет никому не переводите: билет покупает компания."),
    ("upfront_fee", "uz-latn-ticket-money-sent", "Chipta pulini koordinatorga o'tkazasiz.",
     "Chipta pulini hech kimga o'tkazmang, chiptani kompaniya oladi."),
    ("upfront_fee", "fa-ticket-money-sent", "هزینه بلیت را به حساب هماهنگ‌کننده واریز کنید.",
     "هزینه بلیت را به هیچ حسابی واریز نکنید؛ بلیت را شرکت می‌خرد."),
    # a fee for reviewing the application form
    ("upfront_fee", "ru-a-form-review-fee", "Нужно оплатить только сбор за рассмотрение анкеты — 150 $.",
     "Сбор за рассмотрение анкеты не берём."),
    ("upfront_fee", "en-an-application-review-fee", "There is a $150 application review fee.",
     "There is no application review fee."),
    ("upfront_fee", "fa-a-file-review-fee", "هزینه بررسی پرونده ۲ میلیون تومان است.",
     "هیچ هزینه بررسی پرونده‌ای نمی‌گیریم."),
    # the processing's or the recruiter's service's price
    ("upfront_fee", "ru-the-processings-price", "Стоимость оформления — 2 500 $.",
     "Стоимость оформления оплачивает работодатель."),
    ("upfront_fee", "ru-our-services-price", "Стоимость наших услуг: 900 €.", "Наши услуги для работника бесплатны."),
    ("upfront_fee", "uz-latn-the-services-price", "Xizmat narxi 2 000$.", "Xizmat bepul, ish beruvchi to'laydi."),
    ("upfront_fee", "uz-cyrl-the-services-price", "Хизмат нархи 2 000$.", "Хизмат бепул, иш берувчи тўлайди."),
    # a share of the price at the paperwork's milestones (not the employer's)
    ("upfront_fee", "en-a-share-when-the-permit-is-ready", "50% now, 50% when the work permit is ready.",
     "Your start date is set when the work permit is ready."),
    ("upfront_fee", "ru-the-rest-after-the-invitation", "300 € при подписании, 600 € после получения приглашения.",
     "Билет покупаем после получения приглашения."),
    ("upfront_fee", "ru-a-share-after-the-visa", "50% сейчас, 50% после получения визы.",
     "Билет покупаем после получения визы."),
    ("upfront_fee", "uz-latn-a-share-at-the-visa", "50% hozir, 50% viza chiqqanda.",
     "Chiptani viza chiqqanda kompaniya oladi."),
    ("upfront_fee", "fa-a-share-after-the-visa", "۵۰٪ الان و ۵۰٪ پس از صدور ویزا.",
     "بلیت پس از صدور ویزا توسط شرکت خریداری می‌شود."),
    # a prepayment or a transfer to the recruiter's people (not a curator's own pay)
    ("upfront_fee", "ru-a-prepayment-to-the-managers-card", "Предоплата 50% на карту нашего менеджера.",
     "Зарплата на карту, выплата два раза в месяц."),
    ("upfront_fee", "ru-a-transfer-to-the-lawyers-card", "Оплата наличными в офисе или переводом на карту юриста.",
     "Юрист компании консультирует бесплатно."),
    ("upfront_fee", "en-pay-our-manager", "Pay our manager by Visa card transfer or USDT.",
     "We pay our managers by bank transfer every month."),
    # to the card number or account of a named person, or card to card to a case officer's account
    ("upfront_fee", "fa-to-a-named-persons-card-number", "مبلغ را به شماره کارت آقای رضایی (در پیوی ارسال می‌شود) "
     "واریز کنید.", "حقوق به شماره حساب خودتان واریز می‌شود."),
    ("upfront_fee", "fa-card-to-card-to-a-case-officer", "شرح کار: پاسخ به ایمیل مشتری‌ها\nپیش‌پرداخت ۵۰٪ "
     "کارت به کارت به حساب کارشناس پرونده.", "شرح کار: پاسخ به ایمیل مشتری‌ها و ثبت واریزهای آن‌ها."),
    # a state's fee paid to the state by a receipt in the seeker's name is no fee asked by the employer
    ("upfront_fee", "ru-a-state-duty-paid-to-the-budget", "Официальные платежи вы оплачиваете сами.",
     "Официальные платежи (госпошлина — напрямую в бюджет по квитанции на ваше имя) вы оплачиваете сами."),
    # a passport copy after the employer sends an offer, into a portal
    ("asks_id_document", "en-a-passport-copy-after-the-employer-sends-an-offer", "Send a passport copy on Telegram "
     "now.", "After the employer sends you a written offer, you upload a passport copy to our candidate portal."),
]


@pytest.mark.parametrize("code,lang,positive,negative", TWENTY_SIXTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in TWENTY_SIXTH_CASES])
def test_a_twenty_sixth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                          negative: str) -> None:
    """A twenty-sixth writer's posts (tests/data/legitimacy_phrasings_z: work abroad and relocation around remote admin
    jobs) asked for money on the way abroad: a deposit or a bond given back on arrival, a deposit for the quota, ticket
    money sent ahead, a fee for reviewing the form, the processing's or the recruiter's price, a share of it when the
    papers come, a prepayment to a lawyer's or a manager's card; its honest posts say the same words of a deposit no
    one takes, an employer that buys the ticket and pays the fees, a state duty paid to the state by a receipt in the
    seeker's name, and a passport copy uploaded after the employer sends an offer."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


TWENTY_EIGHTH_CASES = [
    # a hiring test's fee by its longer names (not a test the employer pays for)
    ("upfront_fee", "fa-a-tests-fee", "هزینه برگزاری آزمون (۱۸۰,۰۰۰ تومان) را کارت به کارت پرداخت کنید.",
     "هزینه برگزاری آزمون با شرکت است و از شما وجهی دریافت نمی‌شود."),
    # money put into the seeker's own trading account on the platform (not a support desk's users)
    ("upfront_fee", "fa-a-trading-account-funded", "شارژ حساب معاملاتی شخصی روی پلتفرم به میزان حداقل ۱۰ میلیون "
     "تومان الزامی است.", "پاسخ به سؤالات مشتریان درباره شارژ حساب معاملاتی و برداشت."),
    # a purchase as the condition of starting (not a discount on the firm's goods)
    ("upfront_fee", "fa-a-purchase-to-start", "شرط شروع همکاری: خرید پک ابزار و قطعات اولیه از خود شرکت.",
     "امکان خرید محصولات شرکت با تخفیف کارمندی."),
    ("upfront_fee", "en-a-purchase-to-start", "Condition to start: buy the tool and parts pack from the company.",
     "Condition to start: a signed contract and a medical check."),
    ("upfront_fee", "ru-a-purchase-to-start", "Условие начала работы: покупка стартового комплекта у компании.",
     "Условие начала работы: подписанный договор."),
    # money paid into the seeker's account, the rest of it sent on or an overpayment sent back (not pay in two parts)
    ("money_mule", "fa-the-rest-sent-on", "ما مبلغ خرید را به حساب شما واریز می‌کنیم، شما ۱۰٪ را برمی‌دارید و باقی "
     "را همان روز به کارت تأمین‌کننده کارت به کارت می‌کنید.", "نیمی از دستمزد را به حساب شما واریز می‌کنیم و باقی را "
     "پس از تحویل کتاب واریز می‌کنیم."),
    ("money_mule", "fa-an-overpayment-sent-back", "اگر مبلغ بیشتری به اشتباه واریز شد، مابقی را سریعاً به حساب "
     "اعلامی برگردانید.", "اگر مبلغ بیشتری از حقوق شما کسر شد، مابقی ماه بعد به حساب شما برگردانده می‌شود."),
    ("money_mule", "en-an-overpayment-sent-back", "If we overpay you by mistake, send the extra back to us at once.",
     "If we overpay you by mistake, we deduct the extra from your next payslip."),
    # the seeker's own chequebook used to pay the firm's suppliers (not the firm's cheques an accountant records)
    ("money_mule", "fa-your-cheques-pay-our-suppliers", "پرداخت به تأمین‌کنندگان با چک‌های شما انجام می‌شود.",
     "پرداخت به تأمین‌کنندگان با چک‌های شرکت و ثبت آن‌ها در سامانه صیاد."),
    ("money_mule", "fa-a-chequebooks-first-page", "ارسال رزومه و تصویر صفحه اول دسته‌چک به ایتا.",
     "ارسال رزومه به ایمیل شرکت."),
    ("money_mule", "en-your-checks-pay-our-suppliers", "Payments to our suppliers are made with your personal checks.",
     "Payments to our suppliers are made with company checks that you record."),
    # SIM cards bought on the seeker's ID and posted to the firm, or rented (not the company's SIM lent to staff)
    ("identity_proxy", "fa-sims-bought-on-your-id", "با کارت ملی خود ۲ تا ۵ خط جدید بخرید و خطوط را برای ما پست کنید.",
     "سیم‌کارت سازمانی به نام شرکت در اختیار شما قرار می‌گیرد."),
    ("identity_proxy", "fa-a-sim-rented", "اجاره سیم‌کارت به نام شما، ماهی ۶۰۰ هزار تومان.",
     "فروش سیم‌کارت و شارژ به مشتریان در فروشگاه."),
    ("identity_proxy", "en-sims-bought-on-your-id", "Buy three SIM cards with your ID and mail them to us.",
     "Our shop sells SIM cards; customers show their ID at the counter."),
    ("identity_proxy", "en-a-sim-rented", "We rent your SIM card for $40 a month.",
     "A company SIM card is provided for work calls."),
    # an exchange's identity check passed by the seeker, then the account's way in handed over (not KYC reviewers)
    ("identity_proxy", "fa-an-exchange-check-passed-and-handed-over", "شما در صرافی ثبت نام و احراز هویت می کنید، بعد "
     "ایمیل و رمز حساب را به ما تحویل می دهید.", "شما در واحد احراز هویت صرافی مدارک کاربران را بررسی می‌کنید؛ "
     "دسترسی پنل داخلی به شما داده می‌شود."),
    ("identity_proxy", "en-an-exchange-check-passed-and-handed-over", "Register on crypto exchanges, pass level 2 "
     "verification, then hand the account login to our team.", "Our exchange's KYC team reviews users' IDs; help users "
     "complete verification, and we give you access to the admin panel."),
    ("identity_proxy", "ru-an-exchange-check-passed-and-handed-over", "Зарегистрируйтесь на бирже, пройдите "
     "верификацию и передайте логин и пароль нашей команде.", "Вы проверяете документы клиентов биржи, доступ к "
     "панели выдаёт служба безопасности."),
    ("identity_proxy", "uz-latn-an-exchange-check-passed-and-handed-over", "Birjada ro'yxatdan o'tib, "
     "verifikatsiyadan o'ting va akkaunt login parolini bizga bering.", "Birja mijozlarining hujjatlarini tekshirasiz, "
     "panelga kirish ma'lumotlarini xavfsizlik bo'limi beradi."),
    # a cheque issued to the firm itself (not the firm's cheques to its suppliers)
    ("upfront_fee", "fa-a-cheque-issued-to-the-firm", "یک فقره چک صیادی به مبلغ ۵۰ میلیون تومان در وجه شرکت صادر و در "
     "سامانه صیاد ثبت کنید.", "صدور چک‌های شرکت در وجه تأمین‌کنندگان و ثبت آن‌ها در سامانه صیاد."),
    ("upfront_fee", "en-a-cheque-written-to-the-firm", "Before any interview, write a cheque to the company for $2,000.",
     "Accounts payable: issue checks to the company's suppliers and record them."),
    ("upfront_fee", "ru-a-cheque-written-to-the-firm", "Перед собеседованием выпишите чек на имя компании.",
     "Бухгалтер: выписывать счета на имя компании-клиента."),
    # an app given access to the seeker's SMS (not an app developer's SMS permission work)
    ("asks_sms_code", "fa-an-app-given-sms-access", "موقع نصب به برنامه دسترسی پیامک و اعلان‌ها رو بده.",
     "هیچ برنامه‌ای نصب نمی‌کنید و دسترسی پیامک نمی‌خواهیم."),
    ("asks_sms_code", "en-an-app-given-sms-access", "Install the APK and allow the app access to your SMS.",
     "Android developer: implement SMS permission requests in our banking app."),
    ("asks_sms_code", "ru-an-app-given-sms-access", "Установите APK и дайте приложению доступ к SMS.",
     "Мы никогда не просим давать приложению доступ к SMS."),
    ("asks_sms_code", "uz-latn-an-app-given-sms-access", "APK faylni o'rnating va ilovaga SMS ga ruxsat bering.",
     "Hech qanday ilova o'rnatmaysiz, SMS ga ruxsat so'ramaymiz."),
]


@pytest.mark.parametrize("code,lang,positive,negative", TWENTY_EIGHTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in TWENTY_EIGHTH_CASES])
def test_a_twenty_eighth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                            negative: str) -> None:
    """A twenty-eighth writer's posts (tests/data/legitimacy_phrasings_ab: the Iranian market, in Persian) asked for a
    hiring test's fee, a trading account funded on the platform, a purchase as the condition of starting, the rest of
    the money paid into the seeker's account sent on or an overpayment sent back, the seeker's own cheques paying the
    firm's suppliers, SIM cards bought on the seeker's ID and posted, an exchange's identity check passed and the
    account handed over, a cheque issued to the firm, and an app given access to the seeker's SMS; its honest posts
    say the same words of a test the employer pays for, customers' accounts, pay in two parts, the firm's own cheques,
    a company SIM, KYC reviewers and an app no one installs. The English, Russian and Uzbek forms are the same kinds."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


def test_others_using_the_employers_name_are_told_of_not_asking() -> None:
    """An employer's warning that IDs "with the name" of the firm asked applicants for a fee or an SMS code (a
    twenty-eighth writer's «آیدی‌هایی با نام رهسپار … از متقاضیان … کد تأیید پیامکی خواسته‌اند») tells of others'
    asks; a post asking for the code itself still asks."""
    warning = ("⚠️ هشدار: اخیراً آیدی‌هایی با نام آلفا در تلگرام و دیوار آگهی استخدام دورکار منتشر کرده‌اند و از "
               "متقاضیان «هزینه ثبت‌نام»، «ودیعه تجهیزات» یا کد تأیید پیامکی خواسته‌اند. این آیدی‌ها کلاهبردارند.")
    assert "asks_sms_code" not in _codes(warning + FILLER)
    assert "asks_sms_code" in _codes("برای ثبت در سامانه، کد تأیید پیامکی را برای ما بفرستید." + FILLER)


TWENTY_NINTH_CASES = [
    # payments from buyers or clients onto the seeker's own or personal cards (not the company's account, nor pay)
    ("money_mule", "ru-payments-onto-personal-cards", "Приём оплат от покупателей на личные карты Uzcard/Humo.",
     "Приём оплат от покупателей на расчётный счёт компании."),
    ("money_mule", "ru-clients-payments-arrive-on-your-card",
     "На вашу карту (Uzcard, Humo или Visa) поступают оплаты от клиентов, вы переводите их агенту.",
     "Зарплата поступает на вашу карту два раза в месяц."),
    ("money_mule", "uz-latn-clients-payments-arrive-on-your-card",
     "Mijozlardan pul kartangizga tushadi, siz uni agentga o'tkazasiz.",
     "Oylik kartangizga har oyning 5-sanasida tushadi."),
    ("money_mule", "en-clients-payments-arrive-on-your-card",
     "Payments from our clients arrive on your card and you send them on.",
     "Your salary arrives on your card twice a month."),
    # the seeker's card lent "for the company's turnover" or for weeks (not the turnover an accountant reports)
    ("money_mule", "uz-latn-card-for-turnover", "Kartangizni bir haftaga kompaniya aylanmasi uchun berasiz.",
     "Kompaniya aylanmasi bo'yicha hisobot tayyorlaysiz."),
    ("money_mule", "uz-cyrl-card-for-turnover", "Картангизни бир ҳафтага компания айланмаси учун берасиз.",
     "Компания айланмаси бўйича ҳисобот тайёрлайсиз."),
    ("money_mule", "ru-card-for-turnover", "Нужна ваша карта для оборота компании.",
     "Бухгалтер: контроль оборота компании по счетам."),
    ("money_mule", "en-card-for-turnover", "Lend us your bank card for the company's turnover.",
     "Analyst: report on the company's turnover."),
    # a card handed over with its PIN (not a warning against it, nor a salary card whose PIN stays with the seeker)
    ("money_mule", "en-card-with-its-pin", "Give the card with the PIN to our courier.",
     "Never give your card with the PIN to anyone."),
    ("money_mule", "ru-card-with-its-pin", "Передаёте карту вместе с PIN-кодом курьеру.",
     "Никогда не передавайте карту вместе с PIN-кодом."),
    ("money_mule", "uz-latn-card-and-pin-kept-by-us", "Karta va PIN kod bizning menejerda turadi.",
     "Karta va PIN faqat sizda bo'ladi."),
    # other people's cards collected with their PINs (not a card courier's sealed envelopes, whose PIN the customer sets)
    ("money_mule", "ru-cards-collected-with-pins",
     "Забирать у партнёров пакеты с банковскими картами и конвертами с PIN-кодами.",
     "Забираете опечатанные конверты с картами в офисе. PIN-код клиент задаёт сам."),
    ("money_mule", "en-cards-collected-with-pins", "Collect bank cards and PIN envelopes from our partners.",
     "Pick up sealed card envelopes at our office. The customer sets the PIN."),
    ("money_mule", "uz-latn-cards-collected-with-pins", "Bank kartalari va PIN kodlarni yig'ib olasiz.",
     "Konvertlarni ombordan olasiz. PIN kodni mijoz o'zi o'rnatadi."),
    # a company or a sole proprietorship registered in the seeker's name for others (not a lawyer's clients', nor the
    # seeker's own self-employment for their own fee)
    ("identity_proxy", "ru-llc-on-your-own-name", "Нужны люди для оформления ООО и ИП на своё имя.",
     "Юрист: регистрация ООО и ИП для клиентов."),
    ("identity_proxy", "ru-sole-proprietorship-we-register", "ИП на ваше имя оформим мы, вы ничего не делаете.",
     "Помогаем клиентам оформить ИП."),
    ("identity_proxy", "uz-cyrl-sole-proprietorship-we-register", "Биз ЯТТни сизнинг номингизга рўйхатдан ўтказамиз.",
     "«Солиқ» иловасида ўзингиз ўзини ўзи банд қилган шахс сифатида рўйхатдан ўтасиз."),
    ("identity_proxy", "uz-latn-sole-proprietorship-we-register", "Biz YaTTni sizning nomingizga ro'yxatdan o'tkazamiz.",
     "Yurist: mijozlarga YaTT ochishda yordam berish."),
    ("identity_proxy", "en-sole-proprietorship-we-register", "We register a sole proprietorship in your name.",
     "You register as a sole proprietor yourself, for your own fee."),
    # a verified account handed over (not a support desk's customers')
    ("identity_proxy", "en-verified-account-handed-over",
     "Register with your own passport, then hand over the verified account.",
     "Support agent: help customers whose verified account is locked."),
    ("identity_proxy", "ru-verified-account-handed-over", "Верифицированный аккаунт передаёте куратору.",
     "Поддержка клиентов, чей верифицированный аккаунт заблокирован."),
    ("identity_proxy", "uz-latn-verified-account-handed-over", "Tasdiqlangan akkauntni menejerga topshirasiz.",
     "Tasdiqlangan akkaunti bloklangan mijozlarga yordam berasiz."),
    # confirmation codes in the plural; the new employee told to send them is the seeker, not staff an HR duty serves
    ("asks_sms_code", "ru-confirmation-codes", "Пришлите куратору коды подтверждения.",
     "Оператор никогда не просит коды подтверждения."),
    ("asks_bank_or_id", "ru-the-new-employee-told", "Новому сотруднику нужно прислать куратору фото карт с обеих сторон.",
     "Помощник HR: собирать у новых сотрудников номера карт для зарплаты после оформления."),
    # the card number for the seeker's pay after the contract is signed, a step and then "shundan keyin" (not the
    # number asked "for the salary" alone, before any contract: "Ish haqini o'tkazish uchun karta raqamingizni yuboring")
    ("asks_bank_or_id", "uz-latn-card-number-for-the-salary", "Karta raqamingizni Telegramda yuboring.",
     "Suhbat → mehnat shartnomasini imzolash → shundan keyin buxgalteriya ish haqi o'tkazish uchun o'z nomingizdagi "
     "kartangiz raqamini so'raydi."),
    ("asks_bank_or_id", "en-card-details-after-their-contract", "Send your card details on Telegram.",
     "HR collects card details only after your contract is signed."),
    # drop words forbidden, warned of, taught or known as schemes
    ("money_mule", "ru-forbidden", "Сдайте карту в аренду за 150 000 сум в день.",
     "Объясняете клиенту, почему нельзя сдавать карту в аренду."),
    ("money_mule", "ru-becoming-a-drop", "Нужны дропы с картами Узкард.", "Тот, кто сдаёт карту, становится дропом."),
    ("money_mule", "ru-how-drops-are-recruited", "Ищем дропов, оплата каждый день.",
     "Тренер расскажет, как вербуют дропов в Telegram."),
    ("money_mule", "ru-schemes-known", "Аренда карт — 150 000 сум в день.", "Знание типовых схем: аренда карт, обнал."),
    ("money_mule", "uz-latn-an-accomplice", "Kartangizni ijaraga bering, kuniga 150 ming.",
     "Kartangizni ijaraga berish — jinoyatga sherik bo'lish demakdir."),
    ("money_mule", "en-becoming-a-mule", "Rent out your bank card for $20 a day.",
     "If you rent out your bank card, you become a money mule."),
    # a list under a heading whose "never" follows a brand named "… Pay", an order quoted in the sentence before it
    ("asks_sms_code", "uz-latn-a-pay-brand-never", "Kelvin Pay uchun:\n- SMS kodni yuborasiz;\n- parolni yuborasiz.",
     "«Hamyon ochib bering» degan e'lonlar bor. Kelvin Pay hech qachon:\n- SMS kod;\n- parol\nso'ramaydi."),
    # a KYC desk's onboarding applications reviewed
    ("asks_id_document", "en-onboarding-applications-reviewed", "Send passport scans to our Telegram.",
     "You will review onboarding applications: passport scans and liveness results."),
]


@pytest.mark.parametrize("code,lang,positive,negative", TWENTY_NINTH_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in TWENTY_NINTH_CASES])
def test_a_twenty_ninth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                           negative: str) -> None:
    """A twenty-ninth writer's posts (tests/data/legitimacy_phrasings_ac: recruiting money mules and identity renters in
    Uzbekistan and the Russian-speaking Telegram) used the seeker's own card, wallet, account or legal entity for
    others' money: payments from clients onto personal cards, a card lent for the company's turnover or handed over
    with its PIN, other people's cards collected with their PINs, a sole proprietorship or an LLC registered in the
    seeker's name, a verified account handed over, confirmation codes sent to a curator; its honest posts say the same
    words of customers' cards, the company's own account, the seeker's salary card after a contract, and in warnings,
    training and an analyst's known schemes."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


THIRTIETH_CASES = [
    # an amount in thousands with no currency, paid to hold a place (not pay said the same way)
    ("upfront_fee", "uz-latn-spoken-amount-to-hold-a-place",
     "Joyingizni band qilib qoyish uchun 200 ming oldindan tashlaysiz, kelganingizda qaytarib beramiz.",
     "Zarplata kunlik 350 ming, haftada beriladi. Yotoqxonada joyingizni band qilib qo'yamiz, hech qanday to'lov yo'q."),
    ("upfront_fee", "uz-cyrl-spoken-amount-to-hold-a-place", "Жойингизни банд килиш учун 200 минг ташлайсиз.",
     "Ойлик 3 млн, хар хафта 500 минг беририлади."),
    # a service's fee paid in advance, as a fact (not a courier's pay per order)
    ("upfront_fee", "uz-latn-service-fee-in-advance", "Xizmat haqi 300 ming so'm, oldindan to'lanadi.",
     "Xizmat haqi har bir buyurtma uchun 20 ming so'm, kunlik to'lanadi."),
    ("upfront_fee", "ru-service-fee-in-advance", "Стоимость услуг 300 000 сум, оплачивается заранее.",
     "Стоимость услуг для клиентов — 300 000 сум, оплату принимает кассир."),
    ("upfront_fee", "en-service-fee-in-advance", "Service fee $30, paid upfront and not refunded.",
     "Service fee $30 per order, paid upfront by the company."),
    # an "avans" for the papers or the visa (not the employer's mid-month pay)
    ("upfront_fee", "uz-latn-advance-for-the-papers", "Hujjat topshirish uchun avans 500$, qolgani ishga borgandan keyin.",
     "Oylik 3 mln so'm, oyiga ikki marta: avans har oyning 15-sanasida."),
    ("upfront_fee", "ru-advance-for-the-papers", "Аванс за документы 500 $, остальное после приезда.",
     "Зарплата два раза в месяц: аванс 15 числа, остальное в конце месяца."),
    ("upfront_fee", "en-advance-for-the-visa", "Advance of $500 for the visa, the rest after you arrive.",
     "Salary twice a month, with an advance on the 15th."),
    # an investment to start (not the employer investing in its people)
    ("upfront_fee", "uz-latn-investment-to-start", "Boshlash uchun minimal investitsiya 500 ming so'm.",
     "Biz yosh mutaxassislarga investitsiya kiritamiz: kurs pulini kompaniya to'laydi."),
    ("upfront_fee", "uz-latn-you-invest", "Siz sarmoya kiritib foydadan ulush olasiz.",
     "Kompaniya yangi filialga sarmoya kiritdi, sotuvchilar kerak."),
    ("upfront_fee", "ru-investment-to-start", "Для старта минимальная инвестиция 500 000 сум.",
     "Мы инвестируем в обучение сотрудников."),
    ("upfront_fee", "en-investment-to-start", "Minimum investment to start is $50. You get 10% profit daily.",
     "We invest $2,000 in every new hire's training."),
    ("upfront_fee", "fa-investment-to-start", "برای شروع حداقل سرمایه ۵ میلیون تومان است.",
     "شرکت در آموزش کارکنان سرمایه گذاری می‌کند."),
    # a certificate the seeker is told to pay for, and the Russian "oplata" inside Uzbek (not a certificate given free,
    # nor a course's and certificate's price alone)
    ("upfront_fee", "uz-cyrl-certificate-priced", "Сертификат учун 120 000 сум оплата килинади.",
     "Курс охирида сертификат бепул берилади."),
    ("upfront_fee", "uz-latn-oplata-as-a-payment", "Ishga olishdan oldin 120 000 so'm oplata qilasiz.",
     "Zarplata 4-5 mln, oplata har hafta kartaga."),
    ("upfront_fee", "ru-certificate-to-pay-for", "Перед приёмом оплатите сертификат: 120 000 сум.",
     "Сертификат выдаём бесплатно."),
    ("upfront_fee", "en-certificate-to-pay-for", "You must pay for the certificate before hiring.",
     "Course and certificate fee: $59. Placement is not guaranteed."),
    # an account opened with the seeker's own passport, its login handed over (not a salary card kept)
    ("identity_proxy", "uz-cyrl-account-with-your-passport",
     "Узингизнинг паспортингиз билан криптобиржада аккаунт очасиз, кейин логин-паролни бизнинг менеджерга берасиз.",
     "Паспортингиз билан банкка бориб иш хаки картасини очасиз, логин ва парол узингизда колади."),
    ("identity_proxy", "ru-account-with-your-passport",
     "Откройте аккаунт на бирже по своему паспорту, затем передайте логин и пароль менеджеру.",
     "Откройте зарплатную карту по своему паспорту, логин и пароль никому не передавайте."),
    ("identity_proxy", "en-account-with-your-passport",
     "Open an account on a crypto exchange with your passport, then give the login and password to our manager.",
     "Open a salary account with your passport at any branch; keep the login and password to yourself."),
    # a card lent, the money sent on to where "we say" (not the seeker's pay sent to the card the seeker names)
    ("money_mule", "uz-latn-card-lent", "Yoki kartani haftaga bizga berib turasiz, o'zimiz ishlatamiz.",
     "Ish haqi kartasini bank beradi, karta faqat sizda turadi."),
    ("money_mule", "uz-latn-sent-where-we-say", "Kartangizga pul tushadi, siz biz aytgan raqamlarga o'tkazib berasiz.",
     "Oylikni siz aytgan kartaga o'tkazamiz."),
    ("money_mule", "en-sent-where-we-say", "Transfer the money to the cards we tell you and keep 5%.",
     "We transfer your salary to the card you tell us."),
    # a login code written to us, the code Telegram or a bot sends (not code a developer writes)
    ("asks_sms_code", "uz-latn-code-written-to-us",
     "Botimiz Telegramga kod yuboradi, o'sha kodni bizga yozasiz va siz admin qilinasiz.",
     "Test topshiriq: toza kodni yozasiz va GitHub havolasini HR ga yuborasiz."),
    ("asks_sms_code", "en-code-telegram-sends", "Send us the code Telegram sends you.",
     "You will write clean code for our Telegram bots."),
    ("asks_sms_code", "ru-code-telegram-sends", "Напишите нам код, который пришлёт Telegram.",
     "Пишете код для Telegram-ботов на Python."),
]


@pytest.mark.parametrize("code,lang,positive,negative", THIRTIETH_CASES, ids=[f"{c[0]}-{c[1]}" for c in THIRTIETH_CASES])
def test_a_thirtieth_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                        negative: str) -> None:
    """A thirtieth writer's posts (tests/data/legitimacy_phrasings_ad: Uzbek as people in Fergana and Namangan type
    it, every apostrophe or none, Cyrillic on a Russian keyboard, spoken forms and Russian words inside) asked with
    words the rules did not read: an amount in thousands with no currency, a service's fee or an "avans" for the
    papers paid in advance, an investment to start, a certificate's price and the Russian "oplata", an account opened
    with the seeker's own passport and handed over, a card lent and the money sent to where "we say", a login code
    written to us; its honest posts say the same words of pay, the employer's own investing, a salary card kept and
    code written."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


THIRTY_FIRST_CASES = [
    # calling people as *their* bank, moving their money to a "safe account" (not a bank's own fraud operator calling
    # its clients from the bank's number, nor a collections agency that does not pretend to be the bank)
    ("fraud_on_those_called", "en-as-their-bank",
     "Introduce yourself as a member of their bank's fraud prevention department.",
     "Call our clients from the bank's official number to confirm a flagged payment; we never pretend to be anyone else."),
    ("fraud_on_those_called", "en-safe-account", "Guide the caller to move the savings to a safe account.",
     "We never ask clients to move money to a safe account: that is a scam."),
    ("fraud_on_those_called", "ru-as-their-bank", "Вы звоните клиенту от имени службы безопасности его банка.",
     "Оператор звонит клиентам банка с официального номера банка и просит только подтвердить операцию."),
    ("fraud_on_those_called", "ru-safe-account", "Клиент переводит сбережения на безопасный резервный счёт.",
     "Банк никогда не просит переводить деньги на безопасный счёт."),
    ("fraud_on_those_called", "uz-latn-the-clients-bank",
     "O'zingizni mijoz kartasi ochilgan bankning xavfsizlik xizmati xodimi deb tanishtirasiz.",
     "Mijozga bankning rasmiy raqamidan qo'ng'iroq qilib, operatsiyani tasdiqlatasiz."),
    ("fraud_on_those_called", "uz-cyrl-the-clients-bank",
     "Ўзингизни мижоз картаси очилган банкнинг хавфсизлик хизмати ходими деб таништирасиз.",
     "Мижозга банкнинг расмий рақамидан қўнғироқ қилиб, операцияни тасдиқлатасиз."),
    ("fraud_on_those_called", "uz-latn-safe-account", "Mijoz pulini xavfsiz hisobga o'tkazadi.",
     "Bank hech qachon pulni xavfsiz hisobga o'tkazishni so'ramaydi."),
    ("fraud_on_those_called", "fa-the-clients-bank", "از طرف بانک مشتری تماس می‌گیرید و می‌گویید حسابش در خطر است.",
     "کارشناس مرکز تماس بانک سپهرگان با مشتریان همین بانک از شماره رسمی بانک تماس می‌گیرد."),
    ("fraud_on_those_called", "fa-safe-account", "مشتری پولش را به حساب امن منتقل می‌کند.",
     "بانک هرگز از مشتری نمی‌خواهد پولش را به حساب امن منتقل کند."),
    # the code the bank texts them, read back to the caller
    ("fraud_on_those_called", "en-code-read-back", "Ask them to read the code back to you and enter it in the dashboard.",
     "Never ask a client to read the code back to you."),
    ("fraud_on_those_called", "ru-code-dictated", "Просите продиктовать код из СМС и вводите его в бота.",
     "Оператор никогда не просит продиктовать код."),
    ("fraud_on_those_called", "uz-latn-code-told", "Mijozdan kodni aytib berishini so'raysiz.",
     "Operator hech qachon mijozdan kodni aytib berishini so'ramaydi."),
    ("fraud_on_those_called", "fa-code-read", "از مشتری بخواهید کد را برای شما بخواند.",
     "هرگز از مشتری نخواهید کد را برای شما بخواند."),
    # selling an investment under a name the office gives, keeping investors from withdrawing (not an honest platform's
    # client services that process withdrawals, nor an e-mail alias)
    ("fraud_on_those_called", "en-alias", "Aliases provided. Cold calls to leads for crypto projects.",
     "Email aliases provided for each support queue."),
    ("fraud_on_those_called", "en-withdrawals-kept-in",
     "When a client submits a withdrawal request, call them and follow the script to keep the funds invested.",
     "Process client withdrawals within two business days."),
    ("fraud_on_those_called", "en-talked-out-of-withdrawals", "Talk clients out of their withdrawals.",
     "You won't push clients to add money or talk anyone out of a withdrawal."),
    ("fraud_on_those_called", "ru-fictitious-name", "Под вымышленным именем уговариваете клиентов пополнить счёт.",
     "Вы звоните клиентам компании от её имени, под своим именем."),
    ("fraud_on_those_called", "ru-withdrawals-kept-in", "При попытке вывести деньги — удерживать клиента.",
     "Помогаете клиенту, если при выводе средств возникла ошибка."),
    ("fraud_on_those_called", "uz-latn-name-given", "Har bir operatorga ish uchun alohida ism va familiya beriladi.",
     "Har bir operatorga ish uchun alohida noutbuk va garnitura beriladi."),
    ("fraud_on_those_called", "uz-cyrl-false-name", "Одамларни сохта исм билан платформага пул киритишга кўндирасиз.",
     "Мижозларга ўз исмингиз билан ўзингизни таништирасиз."),
    ("fraud_on_those_called", "uz-cyrl-money-kept-in", "Улар мижозни пулни ҳисобда қолдиришга кўндиради.",
     "Мижоз пулини ҳисобдан истаган вақтда ечиб олади."),
    ("fraud_on_those_called", "fa-work-name", "خود را با نام کاری که شرکت به شما می‌دهد معرفی می‌کنید.",
     "خود را با نام واقعی و نام شرکت معرفی می‌کنید."),
    ("fraud_on_those_called", "fa-withdrawals-stopped", "پیگیری مشتری برای شارژهای بعدی و جلوگیری از برداشت زودهنگام.",
     "پرداخت برداشت‌های مشتریان ظرف دو روز کاری."),
    ("fraud_on_those_called", "fa-guaranteed-returns", "به مشتری سود ماهانه ۳۰ درصد تضمینی اعلام می‌کنید.",
     "هیچ سود تضمینی به مشتری وعده داده نمی‌شود."),
    # money lost sold back to those who lost it
    ("fraud_on_those_called", "en-found-and-frozen", "Tell them their money was found and frozen, and a release fee is due.",
     "Help victims of fraud file a police report; we charge them nothing."),
    ("fraud_on_those_called", "ru-found-and-frozen", "Сообщать, что деньги клиента найдены и заморожены.",
     "Юрист консультирует пострадавших бесплатно и помогает подать заявление в полицию."),
    ("fraud_on_those_called", "ru-recovery-centre", "Представляться сотрудником Международного центра по возврату средств.",
     "Бухгалтер: возврат средств поставщикам по актам сверки."),
    ("fraud_on_those_called", "uz-latn-found-and-frozen", "Ularga pullari topildi va muzlatilgan deb aytasiz.",
     "Yo'qolgan posilkalar topildi va egalariga qaytarildi."),
    ("fraud_on_those_called", "fa-found-and-frozen", "به آنها می‌گویید پولشان پیدا شده و مسدود است.",
     "کیف پول گمشده مشتری در فروشگاه پیدا شد و به او تحویل داده شد."),
    # others' work told of in a post that warns of them, under a heading or after "they want"
    ("fraud_on_those_called", "ru-what-they-offer-listed",
     "Что мы предлагаем делать\n— звонить людям от имени службы безопасности их банка;\n— работать по скрипту.",
     "Осторожно, мошеннические колл-центры.\nЧто на самом деле предлагают делать\n— звонить людям от имени службы "
     "безопасности их банка;\n— выманивать деньги."),
    ("fraud_on_those_called", "uz-latn-most-of-them-listed",
     "Ish mazmuni quyidagicha:\n1) odamlarga soxta ism bilan qo'ng'iroq qilish;\n2) skript bo'yicha ishlash.",
     "Ularning ko'pchiligida ish mazmuni quyidagicha:\n1) odamlarga soxta ism bilan qo'ng'iroq qilish;\n2) pul "
     "kiritishga ko'ndirish.\nBu ish emas — bu firibgarlik."),
    ("asks_sms_code", "ru-what-they-offer-listed",
     "Что мы предлагаем делать\n— звонить людям и выманивать коды из СМС;\n— работать по скрипту.",
     "Осторожно, мошеннические колл-центры.\nЧто на самом деле предлагают делать\n— звонить людям и выманивать коды "
     "из СМС;\n— переводить деньги на свою карту."),
    ("asks_sms_code", "uz-latn-most-of-them-listed",
     "Ish shartlari quyidagicha:\n1) SMS kodni bizga yuborasiz;\n2) skript bo'yicha ishlaysiz.",
     "Ularning ko'pchiligida ish shartlari quyidagicha:\n1) SMS kodni ularga yuborasiz;\n2) pul to'laysiz.\nBu ish "
     "emas — bu firibgarlik."),
    ("money_mule", "fa-they-want",
     "پول مشتری‌ها به کارت خودتون واریز میشه و جابه‌جاش می‌کنید.",
     "⚠️ هشدار ادمین\nازتون می‌خوان پول مشتری‌ها به کارت خودتون واریز بشه و جابه‌جاش کنید."),
    ("upfront_fee", "en-they-ask", "Before you start, pay $40 for the training course.",
     "Beware of chatter scams. Before you start, they ask you to pay $40 for the training course."),
    # a sum "refunded with your first payout", said in a sentence of its own after its price
    ("upfront_fee", "en-it-is-refunded", "The fee is $45 (one-time). It is refunded with your first payout.",
     "The laptop is ours to keep. Your pay arrives with your first payout."),
    ("upfront_fee", "ru-it-is-returned", "Стоимость 1 490 ₽. Она возвращается вместе с первой выплатой.",
     "Зарплата приходит вместе с первой выплатой бонусов."),
    ("upfront_fee", "uz-latn-it-is-returned", "Narxi 99 000 so'm. U birinchi oylik bilan qaytariladi.",
     "Oylik 4 mln so'm. Birinchi oylik 15-sanada beriladi."),
    ("upfront_fee", "fa-it-is-returned", "هزینه ۵۰۰ هزار تومان است. این مبلغ با اولین حقوق برگردانده می‌شود.",
     "حقوق ماهانه ۲۰ میلیون تومان است و اولین حقوق پایان ماه پرداخت می‌شود."),
    # the seeker let into the work once the seeker has paid (not a customer's payment after which an order goes on)
    ("upfront_fee", "uz-latn-work-after-payment", "Tolov qilgandan keyin darhol guruhga qoshilasiz va ish beriladi.",
     "Mijoz to'lov qilgandan keyin buyurtmani omborga yuborasiz."),
    ("upfront_fee", "uz-cyrl-work-after-payment", "Тўлов қилгандан кейин дарҳол гуруҳга қўшиласиз.",
     "Мижоз тўлов қилгандан кейин буюртмани омборга юборасиз."),
    ("upfront_fee", "ru-work-after-payment", "После оплаты сразу добавим вас в рабочий чат.",
     "После оплаты клиентом заказ передаётся курьеру."),
    ("upfront_fee", "en-work-after-payment", "After payment you are added to the team group and get tasks.",
     "Customers pay online; after payment the order is added to the queue."),
    ("upfront_fee", "fa-work-after-payment", "بعد از پرداخت به گروه کاری اضافه می‌شوید.",
     "بعد از پرداخت مشتری، سفارش برای انبار ارسال می‌شود."),
    # each code that arrives on the seeker's number forwarded to the employer's person (not a promo code for customers)
    ("asks_sms_code", "en-each-code-forwarded", "Forward each code to the shift supervisor within 60 seconds.",
     "Forward each promo code to the customer who asked for it."),
    ("asks_sms_code", "ru-each-code-forwarded", "Каждый код пересылаете куратору в течение минуты.",
     "Каждый промокод отправляете покупателю."),
    ("asks_sms_code", "uz-latn-each-code-forwarded", "Har bir kodni supervayzerga yuborasiz.",
     "Har bir promokodni mijozga yuborasiz."),
    ("asks_sms_code", "fa-each-code-forwarded", "هر کد را برای سرپرست بفرستید.",
     "هر کد تخفیف را برای مشتری بفرستید."),
    # SIM cards on the seeker's passport, a count between (not a telecom's SIM sales)
    ("identity_proxy", "uz-cyrl-sims-counted", "Сиз паспортингизга 2 тадан 5 тагача янги SIM-карта расмийлаштириб берасиз.",
     "Мижозларнинг паспортига янги SIM-карта расмийлаштирасиз."),
    ("identity_proxy", "uz-latn-sims-counted", "Pasportingizga 2 tadan 5 tagacha yangi SIM-karta rasmiylashtirasiz.",
     "Mijozlar pasportiga yangi SIM-karta rasmiylashtirasiz."),
    ("identity_proxy", "ru-sims-counted", "На ваш паспорт оформляете от 2 до 5 новых SIM-карт.",
     "Оформляете клиентам новые SIM-карты по их паспорту."),
]


@pytest.mark.parametrize("code,lang,positive,negative", THIRTY_FIRST_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in THIRTY_FIRST_CASES])
def test_a_thirty_first_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                           negative: str) -> None:
    """A thirty-first writer's posts (tests/data/legitimacy_phrasings_ae: fraudulent call centres beside honest call
    centres, chat support and warnings) hid the scam in the work itself: calling people as their bank's security, a
    "safe account", the code they get read back, selling an investment under a name the office gives and keeping
    investors from withdrawing, money "found and frozen" sold back to those who lost it; and asked with words the rules
    did not read: a sum "refunded with your first payout" in a sentence of its own, work given once the seeker has
    paid, each code forwarded to a supervisor, SIM cards on the seeker's passport with their count between. Its honest posts say the same words of a
    bank's own fraud operators, an investment platform processing withdrawals, and warnings that tell what such call
    centres offer."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


ONE_FAMILY_WARNING_CASES = [
    # a question a checklist answers "Scam" (not one left unanswered)
    ("asks_sms_code", "en-question-answered-scam", "Send us your card number and the SMS code.",
     "They ask you to send your card number and the SMS code? Scam - report them."),
    ("asks_sms_code", "ru-question-answered-scam", "Пришлите номер карты и код из SMS.",
     "Вас просят прислать номер карты и код из SMS? Мошенничество."),
    ("asks_sms_code", "uz-latn-question-answered-scam", "Karta raqami va SMS kodni yuboring.",
     "Sizdan karta raqami va SMS kodni yuborishni so'rashdimi? Firibgarlik."),
    ("asks_sms_code", "fa-question-answered-scam", "شماره کارت و کد پیامکی را برای ما بفرستید.",
     "از شما می‌خواهند شماره کارت و کد پیامکی را برای آنها بفرستید؟ کلاهبرداری است."),
    # what the fakes or "they" usually do, listed under a warning (not a list of the job's own steps)
    ("asks_sms_code", "en-what-the-fakes-usually-do", "Your first steps:\n- send us the SMS code;\n- sign the form.",
     "Beware of fake PA offers.\nThe fake offers usually:\n- ask you to send the SMS code;\n- promise a high wage."),
    ("asks_sms_code", "uz-latn-what-they-usually-do",
     "Birinchi qadamlar:\n- SMS kodni bizga yuboring;\n- anketani to'ldiring.",
     "Ogohlantirish: firibgarlar ko'paydi.\nUlar odatda:\n- SMS kodni yuborishni so'raydi;\n"
     "- katta oylik va'da qiladi."),
    ("asks_sms_code", "ru-what-they-usually-do", "Первые шаги:\n- пришлите куратору код из SMS;\n- заполните анкету.",
     "Осторожно, мошенники!\nОбычно они:\n- просят прислать код из SMS;\n- обещают большую зарплату."),
    ("asks_sms_code", "fa-what-they-usually-do", "مراحل اول:\n- کد پیامکی را برای ما بفرستید؛\n- فرم را پر کنید.",
     "هشدار: آگهی‌های جعلی زیاد شده‌اند.\nآنها معمولاً:\n- می‌گویند کد پیامکی را برای ما بفرستید؛\n"
     "- حقوق بالا وعده می‌دهند."),
    # the asks told as made in the fake ads, beside a warning or money laundering (not the ads' own words)
    ("money_mule", "fa-in-these-ads", "پول به حساب شما واریز می‌شود و شما گیفت کارت بخرید و کدها را بفرستید.",
     "هشدار: در این آگهی‌ها پول به حساب شما واریز می‌شود و از شما می‌خواهند گیفت کارت بخرید. این کار مشارکت در پولشویی "
     "است."),
    ("money_mule", "en-in-these-ads", "Buy Apple gift cards and send me photos of the codes.",
     "Warning: in these ads they ask you to buy Apple gift cards and send photos of the codes. This is money "
     "laundering."),
    ("money_mule", "ru-in-such-ads", "Отправляете остаток на карты, которые укажет куратор.",
     "Внимание: в таких объявлениях просят отправлять остаток на карты, которые укажет куратор. Это отмывание денег."),
    ("money_mule", "uz-latn-in-such-ads", "Qolgan pulni rahbar ko'rsatgan kartaga o'tkazasiz.",
     "Diqqat: bunday e'lonlarda qolgan pulni rahbar ko'rsatgan kartaga o'tkazishni so'rashadi. Bu pul yuvish sxemasi."),
    # an ID copy asked when the contract is signed (not before the interview)
    ("asks_id_document", "en-when-signing-the-contract", "Send a passport copy to apply.",
     "You will be asked for a passport copy at that stage and again when signing the contract."),
    ("asks_id_document", "ru-when-signing-the-contract", "Для отклика пришлите копию паспорта.",
     "Копию паспорта вы передаёте при подписании договора в офисе."),
]


@pytest.mark.parametrize("code,lang,positive,negative", ONE_FAMILY_WARNING_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in ONE_FAMILY_WARNING_CASES])
def test_a_one_family_assistant_writers_warnings_and_signing_step_ask_for_nothing(code: str, lang: str,
                                                                                positive: str,
                                                                                negative: str) -> None:
    """A writer's honest posts on jobs assisting one person or family (tests/data/legitimacy_phrasings_af) hold
    the scams' asks as warnings do: a question a checklist answers "Scam", a list of what the fake offers or "they"
    usually do under a warning, the asks told as made "in these ads" beside money laundering named; and a passport
    copy taken when the contract is signed. The same asks made to the seeker still fire."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


ONE_FAMILY_ASSISTANT_CASES = [
    # the rest forwarded to the cards the employer writing names (not the seeker's pay to the card the seeker names)
    ("money_mule", "ru-cards-i-name", "Деньги приходят на вашу карту, остаток переводите на карты, которые я укажу.",
     "Зарплату переводим на карту, которую вы укажете."),
    ("money_mule", "en-cards-i-name", "Each month, transfer the money to the cards I name.",
     "We transfer your salary to the card you name."),
    ("money_mule", "fa-cards-i-name", "باقی را به کارت‌هایی که من اعلام می‌کنم واریز کنید.",
     "حقوق به کارتی که شما اعلام می‌کنید واریز می‌شود."),
    # a contract's price paid in advance by the candidate to the card of the notary's or office's people (not a
    # notary the family pays)
    ("upfront_fee", "ru-paid-by-the-candidate-to-a-notarys-card",
     "Стоимость договора — 1 150 000 сум, оплачивается кандидатом заранее на карту помощника нотариуса.",
     "Нотариальная доверенность — 300 000 сум, оплачивается семьёй напрямую в нотариальной конторе."),
    ("upfront_fee", "fa-the-applicant-deposits-to-an-experts-card",
     "هزینه تنظیم قرارداد را متقاضی قبل از جلسه به کارت کارشناس دفترخانه واریز می‌کند.",
     "هزینه تنظیم قرارداد را خانواده مستقیماً به حساب دفترخانه پرداخت می‌کند."),
    # a fee paid by the candidate and reimbursed later (not a screening the employer pays for)
    ("upfront_fee", "en-paid-by-the-candidate-then-reimbursed",
     "The $85 processing fee is paid by the candidate and will be reimbursed on your first paycheck.",
     "The background screening is arranged and paid for by us; travel costs are reimbursed after receipts."),
    # a card handed over with a PIN envelope and a SIM, a list between (not customers given theirs)
    ("money_mule", "ru-card-pin-and-sim-listed", "Передать карту, PIN-конверт и сим-карту нашему курьеру.",
     "Никогда не передавайте карту, PIN-код и сим-карту посторонним."),
    ("money_mule", "en-card-pin-and-sim-listed", "Hand the card, the PIN envelope and the SIM card to our courier.",
     "Customers pick up the card, the PIN envelope and a SIM card at the branch."),
    ("money_mule", "uz-latn-card-pin-and-sim-listed", "Kartani, PIN-konvert va SIM-kartani kuryerimizga topshirasiz.",
     "Mijozga karta, PIN-konvert va SIM-kartani topshirasiz."),
    ("money_mule", "fa-card-pin-and-sim-listed", "کارت، پاکت رمز و سیم‌کارت را به پیک ما تحویل دهید.",
     "کارت و سیم‌کارت را به مشتری تحویل دهید."),
    # a form to fill in over the list of what it takes, whatever a closing line says (not a list under "never")
    ("asks_sms_code", "uz-latn-form-filled-in",
     "Anketani botda to'ldiring:\n- karta raqami\n- telefoningizga keladigan tasdiqlash kodi\nAnketa to'ldirilmasa "
     "suhbat o'tkazilmaydi.",
     "Anketani to'ldiring. Biz hech qachon so'ramaymiz:\n- karta raqami\n- telefoningizga keladigan tasdiqlash kodi"),
    ("asks_sms_code", "ru-form-filled-in",
     "Заполните анкету в боте:\n- номер карты\n- код из SMS\nБез этого анкета не нужна.",
     "Заполните анкету. Мы никогда не просим:\n- номер карты\n- код из SMS"),
    ("asks_sms_code", "en-form-filled-in",
     "Fill in the form in our bot:\n- card number\n- the SMS code you receive\nForms without them are not accepted.",
     "Fill in the form. We never ask for:\n- card number\n- the SMS code you receive"),
    ("asks_sms_code", "fa-form-filled-in",
     "فرم را در ربات پر کنید:\n- شماره کارت\n- کد پیامکی که برایتان می‌آید\nبدون فرم مصاحبه انجام نمی‌شود.",
     "فرم را پر کنید. ما هرگز نمی‌خواهیم:\n- شماره کارت\n- کد پیامکی که برایتان می‌آید"),
    # the address of the paper's provider given only after payment (not a shop's customers')
    ("upfront_fee", "uz-latn-address-after-payment", "To'lovdan keyin manzil beriladi.",
     "Mijozlarga to'lovdan keyin manzil yuboriladi."),
    ("upfront_fee", "ru-address-after-payment", "Адрес офиса сообщим после оплаты.",
     "Клиентам после оплаты отправляете адрес самовывоза."),
    ("upfront_fee", "en-address-after-payment", "The office address is sent after payment.",
     "Customers receive the pickup address after payment."),
    ("upfront_fee", "fa-address-after-payment", "آدرس دفتر پس از واریز اعلام می‌شود.",
     "به مشتریان آدرس تحویل پس از پرداخت اعلام می‌کنید."),
    # three accounts opened in the seeker's name, then the way in handed over (not a salary card kept)
    ("identity_proxy", "en-three-accounts-in-your-name",
     "You will open a bank card, a Payme wallet and a Click wallet in your own name and give our finance desk access "
     "to the apps.",
     "Open a salary card, a Payme wallet and a Click wallet in your own name; keep the login and passwords to "
     "yourself."),
    ("identity_proxy", "ru-three-accounts-in-your-name",
     "Вы откроете карту, кошелёк Payme и кошелёк Click на своё имя и передадите логины нашему финансовому отделу.",
     "Вы откроете зарплатную карту, кошелёк Payme и кошелёк Click на своё имя; логины и пароли остаются у вас."),
    # the employer's money to the seeker's card, goods bought and sent to the addresses it gives (not the family's
    # groceries brought home)
    ("money_mule", "en-funds-to-your-card-goods-shipped",
     "Each week we send funds to your card, you buy phones and ship the sealed boxes to the addresses we give you.",
     "Each week we send money to your card for the family's groceries; you buy food and bring it to the family's "
     "home."),
    ("money_mule", "ru-funds-to-your-card-goods-shipped",
     "Мы переводим деньги на вашу карту, вы покупаете телефоны и отправляете коробки по адресам, которые мы даём.",
     "Мы переводим деньги на вашу карту на продукты для семьи, покупки приносите домой."),
    ("money_mule", "uz-latn-funds-to-your-card-goods-shipped",
     "Kartangizga pul o'tkazamiz, telefonlarni sotib olib, biz bergan manzillarga jo'natasiz.",
     "Kartangizga pul o'tkazamiz, bozorlik qilib uyga olib kelasiz."),
    ("money_mule", "fa-funds-to-your-card-goods-shipped",
     "پول را به کارت شما واریز می‌کنیم، گوشی می‌خرید و به آدرس‌هایی که می‌دهیم ارسال می‌کنید.",
     "پول خرید را به کارت شما واریز می‌کنیم و خرید را به منزل می‌آورید."),
    # "our" vendors paid, the seeker's own bank account asked for (not vendors paid from the company's account)
    ("money_mule", "en-our-vendors-from-your-own-account",
     "Tasks: paying our vendors and suppliers. Must have: your own bank account with online banking.",
     "You will pay our vendors from the company account; you never use your own bank account."),
    ("money_mule", "ru-our-vendors-from-your-own-account",
     "Задачи: оплата наших поставщиков. Нужна своя банковская карта с приложением.",
     "Оплата наших поставщиков с расчётного счёта компании; ваши личные средства не используются."),
    ("money_mule", "uz-latn-our-vendors-from-your-own-account",
     "Vazifa: yetkazib beruvchilarimizga to'lov qilish. Talab: o'z bank kartangiz bo'lishi kerak.",
     "Yetkazib beruvchilarimizga to'lovlar kompaniya hisobidan qilinadi. Oylik o'z kartangizga o'tkaziladi."),
    ("money_mule", "fa-our-vendors-from-your-own-account",
     "وظایف: پرداخت به تأمین‌کنندگان ما. شرط: حساب بانکی شخصی با اینترنت‌بانک.",
     "پرداخت به تأمین‌کنندگان ما از حساب شرکت انجام می‌شود. حقوق به حساب شخصی شما واریز می‌شود."),
]


@pytest.mark.parametrize("code,lang,positive,negative", ONE_FAMILY_ASSISTANT_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in ONE_FAMILY_ASSISTANT_CASES])
def test_a_one_family_assistant_writers_kinds_fire_and_their_hard_negatives_do_not(code: str, lang: str, positive: str,
                                                                                   negative: str) -> None:
    """A writer's posts on jobs assisting one person or family (tests/data/legitimacy_phrasings_af: personal
    assistants, carers, errand runners, mystery shoppers) asked with words the rules did not read: the rest sent to
    the cards "I" name, a contract's price paid by the candidate to a notary's or an office expert's card, a fee paid
    by the candidate and reimbursed with the first pay, a card handed over in a list with its PIN envelope and SIM, a
    form to fill in over what it takes, the address given after payment, three accounts opened in the seeker's name,
    the employer's money spent on goods sent to the addresses it gives, "our" vendors paid beside the seeker's own
    account; its honest posts say the same words of the family's groceries brought home, a notary the family pays, a
    screening the employer pays for, the company's own accounts and customers' cards and addresses."""
    test_rule_fires_on_the_phrase_and_not_on_its_negation(code, lang, positive, negative)


@pytest.mark.parametrize("seen,unseen", [
    ("Onamizga hamroh kerak. Suhbat video qo'ng'iroq orqali bo'ladi. Telegram: @ona_hamroh_example",
     "Onamizga hamroh kerak. Suhbat video qo'ng'iroq orqali bo'lmaydi, faqat yozishamiz. "
     "Telegram: @ona_hamroh_example"),
    ("Companion for my father. I will interview finalists on a video call. Telegram: @father_companion_example",
     "Companion for my father. No video call needed, we talk by text. Telegram: @father_companion_example"),
    ("Помощник руководителя. Собеседование — лично, в нашем офисе. Пишите в Telegram @pa_director_example",
     "Помощник руководителя. Собеседование без видео, только переписка. Пишите в Telegram @pa_director_example"),
    ("همراه سالمند. مصاحبه دوم به صورت تصویری با فرزندان انجام می‌شود. تلگرام: @hamrah_salmand_example",
     "همراه سالمند. مصاحبه حضوری یا تصویری نداریم. تلگرام: @hamrah_salmand_example"),
])
def test_an_interview_where_the_employer_is_seen_is_another_way_to_check_than_messaging(seen: str, unseen: str) -> None:
    """A family abroad that talks by WhatsApp or Telegram but interviews on a video call or in person
    (tests/data/legitimacy_phrasings_af: a companion for a mother in Olmazor): messaging is not the only way to check
    the employer. One that rules the call out ("bo'lmaydi", "No video call", «без видео», «نداریم») still is."""
    assert "messaging_only" not in {r.code for r in assess(_p(seen, company="")).reasons}
    assert "messaging_only" in {r.code for r in assess(_p(unseen, company="")).reasons}
