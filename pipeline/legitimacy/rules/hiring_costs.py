"""The costs of being hired, equipped or sent abroad, put on the seeker with other words than "fee": a
slot or a test paid for, a uniform, a key or a pledge for the company's laptop, a price credited back later, a file's
cost, a state duty or customs sent to a card, a partner's certificate or check, a deposit given back on arrival, ticket
money, an advance for the papers, an investment to start. Part of ``upfront_fee``.
"""
from __future__ import annotations

import re

from pipeline.legitimacy.rules.matching import _CURRENCY_AHEAD, _GAP
from pipeline.legitimacy.rules.prices import (_CURRENCY_FIRST, _MONEY, _NOT_AFTER_STEP, _NOT_BY_PERIOD,
                                              _NOT_BY_THE_EMPLOYER, _NOT_SOLD, _NOT_THE_EMPLOYERS, _PAY_AFTER,
                                              _PAY_OR_PAYER, _PRICE, _SENTENCE_GAP, _WHOLE)
from pipeline.textnorm import fold


# An eleventh writer's posts (tests/data/legitimacy_phrasings_k: a labour-migration advice desk's and a Tehran
# recruiter's) asked for money with other words than "fee": an interview slot or a place "reserved" at a price
# ("Slotingizni band qilish uchun 180 000 so'mni … o'tkazing", "закиньте 2 500 ₽ на резерв"), a key, a licence or a
# partner package "activated" at a price ("kalitni … 59 000 so'mga aktivlashtirasiz"), a sum for the uniform "added" to
# a manager's card, a paid language test, a "guarantee pledge" for the company laptop, a packaging set paid "card to
# card" («کارت به کارت می‌کنید»), a wallet kept «شارژ» with 100 USDT, "30 % in advance" thrown in («закинуть 30 %
# вперёд»), a guarantee cheque signed and registered to the manager («چک صیادی … بابت ضمانت»), a price "credited back"
# after some days of work or returned with the first pay, and a price paid to a "screening" or "training partner".
# Not a slot booked free, a key or a licence the employer activates, a uniform or a laptop given with no deposit, a
# free test, the job's own cards, cheques and clients' wallets, nor a travel cost refunded with the first pay.
# (an amount in thousands or millions needs no currency: "200 ming oldindan tashlaysiz", "500 минг" — so'm is what
# Uzbek posts as people type them leave unsaid)
_UZ_AMOUNT = (r"[1-9][\d.,]*(?: \d{3})*\s?(?:(?:ming|mln|million)(?:\s?(?:so'm|sum|dollar|usdt?|\$|€))?"
              r"|(?:so'm|sum|dollar|usdt?|\$|€))(?:ni|ga|lik|dan)?(?!\w)")
# a place reserved at a price
_PAID_RESERVATIONS = (
    "₽ на резерв", "руб* на резерв", "сум на резерв", "на резерв места", "закрепить место ~ ₽",
    "закрепить место ~ руб*", "забронировать место ~ ₽", "забронировать место ~ руб*",
)
# an amount (in the accusative) sent, paid or "added" to a card, a private card to transfer to
_SUMS_SENT_TO_A_CARD = (
    *(f"{c} ~ {v}" for c in ("so'mni", "sumni") for v in (*_PAY_AFTER["uz"], "qo'shib qo'ying", "qo'shib qo'yasiz")),
    "kartasiga o'tkazing", "kartasiga o'tkazasiz", "kartasiga qo'shib qo'y*",
)
# the seeker's uniform at a price
_PAID_UNIFORMS = (
    "forma uchun ~ so'm*", "uniforma uchun ~ so'm*", "за форму ~ ₽", "за форму ~ руб*", "за униформу ~ ₽",
    "за униформу ~ руб*", "pay for your uniform", "pay for the uniform", "uniform fee*", "uniform deposit*",
    "هزینه لباس فرم",
)
# a paid test
_PAID_TESTS = (
    "платный тест", "платного теста", "тест платный", "запись на тест ~ ₽", "запись на тест ~ руб*",
    "запись на тест ~ сум*", "هزینه آزمون",
    # … a trial task's evaluation or check the seeker pays for (an eighteenth writer's "a $15 evaluation fee covers
    # reviewer time for your trial task"); not a trial task the employer pays for ("Sinov topshirig'i ham to'lanadi")
    "evaluation fee*", "assessment fee*", "test fee*", "trial task fee*", "grading fee*",
    *(f"{task} {check} ~ so'm*" for task in ("topshiriq*", "topshirig'*", "test*")
      for check in ("tekshir*", "baholash*")),
    "tekshirish puli", "baholash puli", "baholash to'lov*",
    # (the test's word exact: a phrase opening with "проверк*" was looked up by "prove", as in every "provide")
    *(f"{check} {test} ~ {currency}" for check in ("проверк*", "оценк*") for test in ("тестового", "теста", "тестовых")
      for currency in ("сум*", "руб*", "₽")),
    "платная проверка", "проверка платная",
    "هزینه ارزیابی", "هزینه بررسی ~ آزمون", "هزینه بررسی ~ نمونه*", "هزینه بررسی فایل", "هزینه تست",
    # … by its longer Persian names (a twenty-eighth writer's «هزینه برگزاری آزمون (۱۸۰,۰۰۰ تومان) … کارت به کارت»)
    "هزینه برگزاری آزمون", "هزینه برگزاری تست", "هزینه شرکت در آزمون", "هزینه ثبت نام آزمون", "هزینه ثبتنام آزمون",
)
# a pledge for the company's equipment
_EQUIPMENT_PLEDGES = (
    "гарантийн* залог*", "залог ~ ₽", "залог за ~ ноутбук*", "залог за ~ техник*", "kafolat garov*",
    "noutbuk uchun ~ garov*", "texnika uchun ~ garov*", "laptop deposit", "laptop deposits", "equipment deposit",
    "equipment deposits",
    "deposit for the ~ laptop", "deposit for ~ equipment", "ودیعه تجهیزات", "ودیعه ~ لپ تاپ",
)
# paid card to card, said as a fact
_PAID_CARD_TO_CARD = (
    "کارت به کارت میکنید", "کارت به کارت می کنید", "تومان کارت به کارت", "تومن کارت به کارت",
)
# a wallet kept topped up in tether
_WALLETS_KEPT_TOPPED_UP = (
    "تتر شارژ باشد", "دلار شارژ باشد", "حداقل ~ تتر شارژ", "wallet must hold ~ usdt", "keep ~ wallet topped up",
    "кошел* ~ должен быть пополнен", "на кошельке должно быть ~ usdt", "на вашем кошельке ~ usdt",
    "hamyon* ~ kamida ~ usdt",
)
# a share of the price in advance
_SHARES_IN_ADVANCE = (
    "درصد ~ واریز کنید", "درصد ~ پرداخت کنید",
)
# a guarantee note signed over
_NOTES_PLEDGED = (
    "вексел* ~ в залог", "расписк* ~ в залог",
)
_ACTIVATED_THINGS = r"(?:licen[cs]e|key|package|kit|software|test|program)s?(?!\w)"
# what a test or a partner is, each a raw pattern looked up by its word and run only on a text that says "… test" or
# "… partner" (a scan for "test" or for the partner's kinds had cost every English posting)
_TESTED = ("typing", "language", "english", "placement", "proficiency", "skill", "skills")
_PARTNERED = ("training", "screening", "certification", "testing", "verification", "check", "assessment")
# an activation's price: the verb after the amount in Uzbek ("59 000 so'mga aktivlashtirasiz", "250 000 so'mlik
# hamkor paketini faollashtirasiz"), the thing then the price in Russian, English and Persian
# (looked up by the verb's forms: "aktiv", the stem's first letters, starts Russian "активный")
_KEYS_ACTIVATED_AT_A_PRICE: tuple[tuple[str, ...], ...] = (
    (_UZ_AMOUNT + r"\s+(?:[^\s,.;:!?]+\s+){0,3}?(?:faollashtir|aktivlashtir)\w*", "", "faollashtir*",
     *(f"aktivlashtir{ending}" for ending in ("asiz", "ing", "ish", "iladi", "amiz", "adi", "asan"))),
    (r"aktiv(?:ir|ats)\w*\s+(?:\S+\s+){0,2}?(?:klyuch|litsenzi|paket|programm|nabor|test)\w*" + _SENTENCE_GAP + _PRICE
     + _NOT_THE_EMPLOYERS, "aktiv", "aktivir*", "aktivatsi*"),
    (r"activat\w*\s+(?:your\s+|the\s+|a\s+)?(?:\S+\s+){0,2}?" + _ACTIVATED_THINGS + _SENTENCE_GAP + _PRICE
     + _NOT_THE_EMPLOYERS, "activat", "activate", "activating", "activation"),
    (r"فعال\s?سازی\s+(?:\S+\s+)?(?:لایسنس|کلید|پکیج|بسته|نرم\s?افزار|آزمون)" + _SENTENCE_GAP + _PRICE
     + _NOT_THE_EMPLOYERS, "فعال", "فعالسازی", "فعال"),
    (r"(?:لایسنس|کلید|پکیج|بسته)[^.!?\n؛؟]{0,40}?\d[^.!?\n؛؟]{0,20}?(?:تومان|تومن|دلار|تتر)[^.!?\n؛؟]{0,20}?فعال\s*"
     r"(?:کنید|نمایید|میکنید|می\s+کنید)", "فعال", "لایسنس", "کلید", "پکیج", "بسته"),
)
# a card, its number in brackets, then the order to send to it (an eighteenth writer's "kartasiga (Uzcard 8600 57** ****
# 2209) o'tkazasiz", «на карту (Humo 9860 …) переводите», «به کارت (۶۰۳۷ …) واریز می‌کنید»), as "kartasiga o'tkazing"
# (``_SUMS_SENT_TO_A_CARD``); not the seeker's pay said to go to a card, with the day in brackets ("Oylik Humo kartasiga
# (har oyning 5-sanasida) o'tkaziladi")
_CARD_NUMBER_IN_BRACKETS = r"\s*\([^()\n]{0,30}?\d{4}[^()\n]{0,30}\)\s*"
_SUMS_SENT_TO_A_CARD_RAW: tuple[tuple[str, ...], ...] = (
    (r"kartasiga" + _CARD_NUMBER_IN_BRACKETS + r"(?:o'tkaz(?:asiz|ing)|tashla(?:ysiz|ng)|to'la(?:ysiz|ng))(?!\w)",
     "kartasiga", "kartasiga"),
    (r"na\s+kart\w*" + _CARD_NUMBER_IN_BRACKETS + r"(?:perevodite|perevedite|perechislite|perechislyayete|oplachivayete"
     r"|otpravlyayete|otprav'te|otpravte)(?!\w)", "kart", "kartu", "karte", "karti"),
    (r"به\s+(?:شماره\s+)?کارت" + _CARD_NUMBER_IN_BRACKETS + r"(?:واریز|کارت\s+به\s+کارت)\s*(?:میکنید|کنید|نمایید)",
     "کارت", "کارت"),
)
# a slot, a seat or a place reserved at a price ("Reserve your interview slot for $25", "برای رزرو وقت مصاحبه …
# ۲۰۰ هزار تومان", "Slotingizni band qilish uchun 180 000 so'mni …", "Чтобы закрепить место за собой, закиньте …")
_PAID_RESERVATIONS_RAW: tuple[tuple[str, ...], ...] = (
    (r"(?:reserve|book|secure|hold)\s+(?:your|an?|the)\s+(?:\S+\s+){0,2}?(?:slot|seat|spot)s?(?!\w)" + _SENTENCE_GAP
     + _PRICE + _NOT_THE_EMPLOYERS, "", "slot", "slots", "seat", "seats", "spot", "spots"),
    (r"(?:برای|جهت)\s+رزرو" + _SENTENCE_GAP + _PRICE + _NOT_THE_EMPLOYERS, "رزرو", "رزرو"),
    (r"band\s+qil(?:ish|ib\s+qo'yish)\s+uchun" + _SENTENCE_GAP + _UZ_AMOUNT, "band qil", "band"),
    (r"(?:zakrepit|zabronirovat|zarezervirovat)\w*\s+(?:za\s+soboy\s+)?mest\w*" + _SENTENCE_GAP + _PRICE, "mest",
     "zakrepit*", "zabronirovat*", "zarezervirovat*"),
)
# a paid test to be hired ("Testga yozilish uchun 320 000 so'm", "The typing test costs $15")
_PAID_TESTS_RAW: tuple[tuple[str, ...], ...] = (
    (r"(?:testga|imtihonga)\s+(?:yozilish|ro'yxatdan\s+o'tish)\s+uchun" + _SENTENCE_GAP + _UZ_AMOUNT, "uchun", "testga",
     "imtihonga"),
    *((word + r"\s+test" + _SENTENCE_GAP + _PRICE + _NOT_THE_EMPLOYERS, f"{word} test", word) for word in _TESTED),
)
# a uniform at a price (not an allowance for it, nor one deducted from pay under the seeker's contract: nothing is paid
# first, as a twenty-first writer's honest posts say in Uzbek and Russian)
_PAID_UNIFORMS_RAW: tuple[tuple[str, ...], ...] = (
    (r"uniforms?(?!\s+(?:allowance|stipend|reimbursement))" + _SENTENCE_GAP + _CURRENCY_FIRST + _NOT_THE_EMPLOYERS
     + r"(?![^.!?\n;]*?(?:deducted|withheld)[^.!?\n;]*?contract)", "uniform", "uniform", "uniforms"),
)
# "30 % in advance" thrown in or paid ("закинуть 30 % вперёд", "pay 30% upfront")
_SHARES_IN_ADVANCE_RAW: tuple[tuple[str, ...], ...] = (
    (r"(?:zakin|skin|perekin)\w*\s+(?:\S+\s+){0,2}?\d+\s?%\s+(?:vperyod|vpered|zaranee)", "%", "zakin", "zakinte",
     "zakinut", "skinte", "skinut", "perekinte", "perekinut"),
    (r"pay\s+(?:\S+\s+){0,2}?\d+\s?%\s+(?:upfront|up\s+front|in\s+advance)", "%", "upfront", "front", "advance"),
)
# a guarantee cheque signed and registered ("یک چک صیادی … بابت ضمانت امضا و … ثبت کنید", "Sign a post-dated cheque
# … as a guarantee"); not the job's cheques and bank guarantees to record
_CHEQUES_AS_GUARANTEE: tuple[tuple[str, ...], ...] = (
    (r"چک\s+(?:صیادی\s+)?[^.!?\n؛؟]{0,80}?(?:بابت|به\s+عنوان|برای)\s+ضمانت(?!\w)[^.!?\n؛؟]{0,80}?(?:امضا|ثبت|صادر)"
     r"\s*(?:کنید|نمایید|کنین)", "ضمانت", "ضمانت"),
    (r"ضمانت(?!\w)[^.!?\n؛؟]{0,40}?چک\s+(?:صیادی\s+)?[^.!?\n؛؟]{0,80}?(?:امضا|ثبت|صادر)\s*(?:کنید|نمایید|کنین)",
     "ضمانت", "ضمانت"),
    (r"(?:sign|write|issue)\s+(?:us\s+|me\s+)?(?:a\s+)?(?:post-?dated\s+)?(?:check|cheque)[^.!?\n]{0,60}?as\s+(?:a\s+)?"
     r"(?:guarantee|collateral)", "as a", "guarantee", "collateral"),
    # … or a cheque issued to the firm itself, before any work (a twenty-eighth writer's «قبل از تحویل یک فقره چک صیادی
    # به مبلغ ۵۰ میلیون تومان در وجه شرکت صادر و در سامانه صیاد ثبت کنید», "write a cheque to the company", «выпишите чек
    # на имя компании»); not the firm's cheques to its suppliers
    (r"چک\s+(?:صیادی\s+)?[^.!?\n؛؟]{0,80}?(?:در\s+وجه|به\s+نام)\s+(?:شرکت|ما|مجموعه|کارفرما)(?!\w)[^.!?\n؛؟]{0,60}?"
     r"(?:صادر|امضا|ثبت)\s*(?:و\s+[^.!?\n؛؟]{0,40}?)?(?:کنید|نمایید|کنین)(?!\w)", "چک", "چک"),
    (r"(?:write|sign|issue|make\s+out)\s+(?:us\s+|me\s+)?(?:a\s+)?(?:post-?dated\s+)?(?:check|cheque)\s+(?:\S+\s+){0,4}?"
     r"(?:to|payable\s+to|in\s+the\s+name\s+of)\s+(?:the\s+|our\s+)?(?:company|firm|employer|us)(?!\w|')", "", "check",
     "cheque"),
    (r"(?:vipish|podpish)\w*\s+(?:\S+\s+){0,2}?chek\w*\s+(?:\S+\s+){0,3}?na\s+(?:imya|nazvanie)\s+(?:kompanii|firmi"
     r"|organizatsii)", "chek", "chek", "cheki", "cheka", "chekov"),
)
# A twenty-eighth writer's posts (tests/data/legitimacy_phrasings_ab, the Iranian market): a purchase named as the
# condition of starting («شرط شروع همکاری: خرید پک ابزار و قطعات اولیه … از خود شرکت», "Condition to start: buy the
# tool pack", «Условие начала работы: покупка стартового комплекта», "Ishni boshlash sharti: … sotib olish"); not a
# contract or a check named as the condition, nor a staff discount on the firm's goods
_PURCHASES_TO_START: tuple[tuple[str, ...], ...] = (
    (r"(?:شرط|لازمه)\s+(?:شروع|آغاز)\s+(?:به\s+)?(?:همکاری|کار|فعالیت)\s*[:،,\-–—]?\s*(?:\S+\s+){0,2}?"
     r"(?:خرید|پرداخت|واریز)(?!\w)", "", "شرط", "پیششرط", "لازمه"),
    (r"(?:condition|requirement|prerequisite)s?\s+(?:to|for|of)\s+(?:start|begin)\w*(?:\s+(?:work|working|the\s+job))?"
     r"\s*[:\-–—]?\s*(?:you\s+(?:must|need\s+to)\s+)?(?:buy|purchase|pay)(?!\w)", "", "condition", "conditions",
     "requirement", "prerequisite", "prerequisites"),
    (r"uslovi\w*\s+(?:nachala|starta)\s+(?:raboti|sotrudnichestva)\s*[:\-–—]?\s*(?:\S+\s+){0,2}?"
     r"(?:pokupk|kupit|priobret|oplat)\w*", "", "uslovi*"),
    (r"boshlash\s+sharti\s*[:\-–—]?\s*(?:\S+\s+){0,4}?(?:sotib\s+ol|to'la)\w*", "sharti", "sharti"),
)
# a price credited back after some time at work, or returned with the first or the last pay ("the program is $149
# and is credited back after 60 days of employment", "2 500 ₽ … вернём с первой выплатой", "kalit puli birinchi
# oylik bilan qaytadi"); not a travel cost refunded ("Yo'l puli birinchi oylik bilan qaytariladi")
_PRICES_CREDITED_BACK_LATER: tuple[tuple[str, ...], ...] = (
    (_CURRENCY_AHEAD + _CURRENCY_FIRST + r"[^.!?\n]{0,40}?(?:credited\s+back|refunded)\s+(?:to\s+you\s+)?(?:after"
     r"|once|when|with|on|in)\s+(?:\S+\s+){0,4}?(?:days?|weeks?|months?|employment|pay\s*check|paycheck|salary|shift"
     r"|payout)(?!\w)", "", "credited", "refunded"),
    (_PRICE + r"[^.!?\n]{0,60}?(?:vernyom|vernem|vozvrash\w*|vernyotsya|vernetsya)\s+(?:\S+\s+){0,2}?"
     r"(?:s|v|iz|posle)\s+(?:perv|posledn)\w*\s+(?:zarplat|viplat|oklad|zp)\w*", "",
     "vernyom", "vernem", "vozvrash*", "vernyotsya", "vernetsya"),
    (r"(?:kalit|test|litsenziya|forma|paket|kurs|trening|sertifikat)\w*\s+puli\w*[^.!?\n]{0,80}?birinchi\s+"
     r"(?:oylik|maosh|ish\s+haqi)\w*\s+(?:\S+\s+){0,2}?qayt\w*", "puli", "birinchi"),
)
# a price paid to a "screening", "training" or "testing partner" ("Run your report through our screening partner at
# trustscore-verify.net — it costs $34.95"; a domain's dots do not end the sentence), not one the employer pays
_PARTNERS_PAID: tuple[tuple[str, ...], ...] = (
    *((word + r"\s+partner(?:(?!we\b|cover|pays?\b|paid|free|reimburs|employer|company|at\s+no\s+cost)(?:[^.!?\n]"
       r"|\.(?=\w))){0,100}?" + _CURRENCY_FIRST + _NOT_THE_EMPLOYERS, f"{word} partner", word) for word in _PARTNERED),
    (r"(?:cherez|u)\s+(?:nash\w*\s+)?partn(?:yo|e)r\w*" + _SENTENCE_GAP + _PRICE + _NOT_THE_EMPLOYERS, "partn",
     "partnyora", "partnera"),
)

# A twelfth writer's posts (tests/data/legitimacy_phrasings_l: a bank fraud analyst's in Uzbekistan and a caseworker's
# for Afghan and Iranian seekers in Mashhad) asked for money with other words again: a file's "cost" in Dari («مصرف
# دوسیه و معرفی‌نامه ۸۰۰ دالر، نیمش حالا»: مصرف, دوسیه, دالر), a "state duty" sent to a bot's card («давлат божи … бот
# кўрсатган картага ўтказилади»), the customs clearance and insurance of the company laptop sent to a "transport
# agent", a crypto escrow funded for the equipment, a "minimum working balance" in USDT, goods bought "за свои
# средства" to be refunded (a marketplace "выкуп" review farm), access to "the order database" at a price, a working
# account bought "from us". Not a state duty paid to the state, the customs charges of a broker's clients, an escrow
# officer's clients, the job's own database, nor the seeker's own money spent on nothing the post asks for.
_ANY_PRICE = "(?:" + _UZ_AMOUNT + "|" + _PRICE + ")"
# a file's, a registration's or a visa's cost in Dari words, and half of it now
_FILE_COSTS_IN_DARI = (
    "مصرف دوسیه", "مصرف تشکیل دوسیه", "هزینه دوسیه", "هزینه تشکیل دوسیه", "مصرف معرفی نامه", "مصرف ثبت نام",
    "مصرف ویزا", "مصرف پروسه", "مصرف اسناد", "فیس ثبت نام", "فیس ویزا", "فیس دوسیه", "فیس پرونده",
    "نیمش حالا", "نصفش حالا", "نیمش الان", "نصفش الان", "نیمش ~ بعد از ویزا", "نصفش ~ بعد از ویزا",
    "نیمش ~ پس از ویزا", "نصفش ~ پس از ویزا", "نیم دیگر ~ بعد از ویزا", "نصف دیگر ~ بعد از ویزا",
)
# a crypto escrow funded for the equipment
_CRYPTO_ESCROWS = (
    "crypto escrow", "escrow wallet*", "fund the ~ escrow*", "fund your ~ escrow*", "escrow ~ usdt", "usdt ~ escrow*",
    "криптоэскроу", "крипто-эскроу", "эскроу-кошел*", "эскроу ~ usdt", "usdt ~ эскроу", "пополните ~ эскроу",
    "eskrou hamyon*", "kripto eskrou", "کیف پول اسکرو", "اسکرو ~ تتر", "تتر ~ اسکرو",
)
# a minimum working balance kept on the platform in USDT
# (phrases looked up by a rare word: "минимальн* рабоч* баланс*" was tried wherever "minimum" was)
_WORKING_BALANCES = (
    "minimum working balance", "minimum balance of ~ usdt", "минимальный рабочий баланс",
    "минимального рабочего баланса", "рабоч* баланс* ~ usdt",
    "минимальн* ~ баланс* ~ usdt", "minimal ishchi balans*", "ishchi balans* ~ usdt", "minimal balans* ~ usdt",
    "موجودی کاری", "حداقل ~ موجودی ~ تتر",
)
# a working account bought from "us"
_WORKING_ACCOUNTS_BOUGHT = (
    "buy ~ account from us", "purchase ~ account from us", "buy your working account*", "buy a working account*",
    "купите ~ аккаунт* у нас", "купить рабоч* аккаунт*", "купите рабоч* аккаунт*", "рабоч* аккаунт* ~ купит*",
    "ishchi akkaunt* ~ sotib ol*", "akkaunt* bizdan ~ sotib ol*", "bizdan ~ akkaunt* ~ sotib ol*",
    "اکانت ~ از ما بخرید", "اکانت ~ از ما خریداری", "اکانت کاری ~ بخرید", "حساب کاری ~ بخرید",
)
# goods bought with the seeker's own money (English; "buy ~ with your own money" is ``UPFRONT_FEE``'s)
_GOODS_BOUGHT_WITH_OWN_MONEY = (
    "buy ~ with your own funds", "purchase ~ with your own funds", "buy ~ using your own money",
    "purchase ~ using your own money", "buy ~ using your own funds",
)
_STATE_DUTY_TO = r"[^.!?\n]{0,100}?"
# a "state duty" sent to a card, a wallet or a bot, not to the state ("Давлат божи — … (41 200 сўм) бот кўрсатган
# картага ўтказилади"; not "davlat bojini my.gov.uz orqali to'laysiz")
_STATE_DUTIES_TO_A_CARD: tuple[tuple[str, ...], ...] = (
    (r"davlat\s+boj\w*" + _STATE_DUTY_TO + r"(?:kart|hisob|bot|hamyon)\w*ga(?!\w)", "davlat boj", "boji", "bojini",
     "boj", "bojni"),
    (r"(?:gosposhlin|gosudarstvenn\w*\s+poshlin)\w*" + _STATE_DUTY_TO + r"(?:na\s+(?:\S+\s+)?(?:kart|koshel)|v\s+bot)",
     "poshlin", "gosposhlin*", "poshlin*"),
    *((opening + r"\s+(?:duty|fee|levy)" + _STATE_DUTY_TO + r"(?:to|onto|into|via)\s+(?:the\s+|a\s+|this\s+|our\s+"
       r"|my\s+)?(?:\S+\s+)?(?:card|bot|wallet)s?(?!\w)", opening, "duty", "fee", "levy")
      for opening in ("state", "government")),
    (r"(?:عوارض|هزینه|حق)\s+(?:دولتی|تمبر)[^.!?\n؛؟]{0,100}?به\s+(?:شماره\s+)?(?:کارت|ربات|کیف\s?پول)", "", "دولتی",
     "تمبر"),
)
# the customs clearance of the company's laptop, paid by the seeker ("божхона расмийлаштируви ва суғуртаси — 1 150
# 000 сўмни транспорт агентимиз Жасур акага ўтказасиз"; not a customs broker's pay)
_CUSTOMS_PAID_TO_AN_AGENT: tuple[tuple[str, ...], ...] = (
    (r"bojxona\w*\s+(?:rasmiylashtiruv|to'lov|yig'im|boj|xarajat)\w*" + _SENTENCE_GAP + _ANY_PRICE
     + r"[^.!?\n]{0,80}?(?:o'tkazasiz|o'tkazing|to'laysiz|to'lang|tashlaysiz|tashlang)(?!\w)", "bojxona", "bojxona*"),
    (r"(?:rastamojk|tamojenn\w*\s+(?:oformleni|poshlin|sbor|platej|platyoj))\w*" + _SENTENCE_GAP + _PRICE
     + r"[^.!?\n]{0,80}?(?:perevodite|perevedite|oplachivaete|oplatite|vnosite|vnesite|skinte|zaplatite)(?!\w)",
     "", "rastamojk*", "tamojenn*"),
    (r"customs\s+(?:clearance|duty|duties|fees?|charges?)" + _SENTENCE_GAP + _CURRENCY_FIRST + _NOT_THE_EMPLOYERS
     + r"[^.!?\n]{0,60}?to\s+(?:our|the|my)\s+(?:\S+\s+)?(?:agent|courier|coordinator|card|wallet)s?(?!\w)", "customs",
     "customs"),
    (r"(?:you(?:'ll|\s+will|\s+must|\s+need\s+to|\s+have\s+to)?|please)\s+(?:pay|send|transfer|wire)\s+(?:the\s+|a\s+"
     r"|for\s+(?:the\s+)?)?(?:\S+\s+){0,2}?customs\s+(?:clearance|duty|duties|fees?|charges?)", "customs", "customs"),
    (r"(?:ترخیص|گمرک)\w*[^.!?\n؛؟]{0,80}?\d[^.!?\n؛؟]{0,20}?(?:تومان|تومن|ریال|دلار|دالر|تتر)[^.!?\n؛؟]{0,60}?"
     r"(?:واریز\s*(?:کنید|نمایید|میکنید|می\s*کنید)|بپردازید|پرداخت\s*(?:کنید|نمایید)|کارت\s+به\s+کارت)", "",
     "ترخیص", "گمرک", "گمرکی"),
)
# goods bought with the seeker's own money, refunded later ("Вы выкупаете товар на своё имя за свои средства")
# (their gap's words within the sentence: «… есть «оплата расходов руководителя». Я должна платить из своих денег?»
# had read as one purchase, the seeker's question after the duty's quote)
_IN_SENTENCE_WORD = r"(?:[^\s.!?]|[.!?](?=\w))+\s+"
_GOODS_BOUGHT_WITH_OWN_MONEY_RAW: tuple[tuple[str, ...], ...] = (
    (r"(?:vikup|kup|pokup|priobret|oplach|oplat)\w*\s+(?:" + _IN_SENTENCE_WORD + r"){0,5}?(?:za|na|iz)\s+svoi\w*\s+"
     r"(?:sredstv|deneg|dengi)\w*", " svoi", "vikup*", "kupit*", "kupite", "kupi", "pokupa*", "pokupk*", "priobret*",
     "oplachiva*", "oplatit*", "oplatite"),
    (r"o'z\s+(?:pul|mablag'|hisob)\w*\s+(?:" + _IN_SENTENCE_WORD + r"){0,4}?sotib\s+ol\w*", "sotib ol", "sotib"),
    (r"(?:با|از)\s+(?:پول|هزینه|جیب|حساب)\s+(?:خودتان|خودتون|خودت|شخصی\s+خودتان)\s[^.!?\n؛؟]{0,60}?(?:بخرید|بخرین"
     r"|خریداری\s*(?:کنید|میکنید|می\s*کنید)|میخرید|می\s*خرید|واریز\s*(?:کنید|میکنید|می\s*کنید))", "",
     "خودتان", "خودتون", "خودت"),
)
# access to the order database at a price ("Доступ к базе заказов — 490 ₽ разово")
_PAID_DATABASE_ACCESS: tuple[tuple[str, ...], ...] = (
    (r"dostup\w*\s+(?:k|v)\s+(?:\S+\s+){0,2}?baz\w*" + _SENTENCE_GAP + _PRICE + _WHOLE + _NOT_BY_PERIOD
     + _NOT_THE_EMPLOYERS + _NOT_SOLD, "dostup", "dostup*"),
    (r"access\s+to\s+(?:our\s+|the\s+)?(?:order|task|job|project)s?\s+database" + _SENTENCE_GAP + _PRICE + _WHOLE
     + _NOT_BY_PERIOD + _NOT_THE_EMPLOYERS + _NOT_SOLD, "access", "database"),
    (r"(?:buyurtma|vazifa|zakaz)\w*\s+baza\w*\s+kirish" + _SENTENCE_GAP + _ANY_PRICE + _NOT_BY_PERIOD
     + _NOT_THE_EMPLOYERS, "kirish", "bazasiga", "bazaga", "bazasi"),
    (r"دسترسی\s+به\s+(?:بانک|پایگاه|دیتابیس|لیست)\s+(?:\S+\s+)?(?:سفارش|پروژه|تسک|کار)\w*" + _SENTENCE_GAP + _PRICE
     + _NOT_BY_PERIOD + _NOT_THE_EMPLOYERS, "دسترسی", "دسترسی"),
)

# A thirteenth writer's posts (tests/data/legitimacy_phrasings_m: a Tashkent university career counsellor's and an
# Iranian freelancers' community moderator's) asked for money with other words again: a certificate made by "our
# partner centre" at a price before the interview ("hamkor markazimiz … rasmiylashtirib beradi: 280 000 soʻm"), a
# verified profile activated "through our partner" ($89 one-time), an "activation package" («پکیج فعال‌سازی … ۲۴۹ هزار
# تومان»), an ambassador's starter set at a price, the first batch of goods bought to start ("закупка первой партии
# товара, 45 000 ₽"), an account "opened for you" at a price, a sum held "in trust" (Dari «۲۵ دالر امانت») sent by
# hawala or Western Union, an agency's price paid in parts as the papers come ("700 $ taklifnoma kelganda"), goods
# ordered with the seeker's own card and refunded "+ 12 % bonus", a balance topped up before a withdrawal ("пополняете
# баланс на сумму вывода"). Not a partner's free training or a salary paid through a partner, a kit given free, a
# product the job sells, a bank opening its clients' accounts, nor a balance clients top up (a duty).
# a balance topped up by the seeker, said as a fact
_BALANCES_TOPPED_UP = (
    "пополняете баланс*", "пополняете ~ баланс*", "пополняешь баланс*", "пополняешь ~ баланс*",
    "balansni ~ to'ldirasiz", "balansingizni ~ to'ldirasiz", "hisobni ~ to'ldirasiz", "top up your ~ balance",
    "top-up your ~ balance", "you top up ~ balance", "موجودی ~ شارژ کنید", "موجودی ~ شارژ میکنید",
    # … from the seeker's own card (a sixteenth writer's shop wallet "faollashishi uchun", a booking panel's charge)
    "o'z kartangizdan ~ to'ldir*", "пополняете ~ со своей карт*", "пополните ~ со своей карт*",
    "пополняешь ~ со своей карт*", "top up ~ from your own card", "fund ~ from your own card",
    "از کارت خودتان ~ شارژ", "شارژ ~ از کارت خودتان",
)
# entry into "the team" at a price (Russian and English: raw patterns)
_PAID_TEAM_ENTRY = (
    "jamoaga kirish ~ so'm*", "jamoaga qo'shilish ~ so'm*", "jamoaga a'zo* ~ so'm*",
)
# a sum held "in trust" (Dari امانت, Uzbek omonat) sent
_SUMS_HELD_IN_TRUST = (
    "دالر امانت", "دلار امانت", "تومان امانت", "افغانی امانت", "امانت ~ بفرستید", "امانت ~ میفرستید",
    "امانت ~ می فرستید", "امانت ~ واریز کنید", "امانت ~ واریز میکنید", "so'm omonat*", "omonat sifatida ~ so'm*",
    "omonatga ~ o'tkaz*", "held in trust until",
)
# money sent by a remittance service, by the seeker ("از طریق حواله یا وسترن یونین می‌فرستید"); not pay received so
_REMITTANCES_SENT = (
    "وسترن یونین ~ بفرستید", "وسترن یونین ~ میفرستید", "وسترن یونین ~ می فرستید", "از طریق حواله ~ بفرستید",
    "از طریق حواله ~ میفرستید", "از طریق حواله ~ می فرستید", "حواله کنید", "حواله میکنید",
    "western union orqali ~ yuboring", "western union orqali ~ yuborasiz", "western union orqali ~ o'tkaz*",
    "через western union ~ отправ*", "через western union ~ перевед*", "через вестерн юнион ~ отправ*",
    "через вестерн юнион ~ перевед*", "western union ~ отправьте", "western union ~ переведите",
)
# the rest of an agency's price when the invitation comes, as when the visa does
# (money's own words: "the rest of the documents come with the invitation" is no price)
_THE_REST_AT_THE_INVITATION = (
    "qolgan summa* ~ taklifnoma*", "qolgan pul* ~ taklifnoma*", "yarmi ~ taklifnoma*", "остаток ~ приглашени*",
    "вторую половину ~ приглашени*", "rest of the fee ~ invitation*", "remaining amount ~ invitation*",
    "remaining balance ~ invitation*", "second half ~ invitation*", "مابقی ~ دعوتنامه",
    "مابقی ~ دعوت نامه", "بقیه ~ دعوتنامه", "نیمش ~ دعوتنامه",
)
# goods ordered or bought with the seeker's own card (as with their own money: ``_GOODS_BOUGHT_WITH_OWN_MONEY``), and a
# first batch of them bought
_GOODS_BOUGHT_WITH_OWN_CARD = (
    "order ~ with your own card", "buy ~ with your own card", "purchase ~ with your own card",
    "pay ~ with your own card", "order ~ using your own card", "buy ~ using your own card",
    "purchase ~ using your own card", "buy ~ first batch", "purchase ~ first batch", "book ~ with your own card",
)
# what is bought, activated or opened as the way in, priced in its sentence (``_priced``)
_PRICED_WAYS_IN = (
    # a partner centre, agency or institute, or "our partner" it goes through
    (r"hamkor\s+(?:o'quv\s+)?(?:markaz|tashkilot|agentlik)", "hamkor", "hamkor"),
    (r"hamkor(?:imiz|larimiz)\w*\s+orqali", "hamkor", "hamkorimiz", "hamkorlarimiz"),
    # (looked up by the centre's word: "partn*" starts "partner" in every other English posting)
    (r"partn\w*\s+(?:sentr|tsentr|organizatsi|agentstv|akademi)", "partn", "sentr", "sentra", "sentre", "sentrom",
     "sentru", "tsentr", "organizatsii", "organizatsiya", "agentstvo", "agentstva", "agentstve", "akademii",
     "akademiya"),
    (r"partner\s+(?:cent(?:er|re)|institute|academy|agency|school)", "partner", "partner"),
    (r"(?:through|via)\s+our\s+partner", "our partner", "partner", "partners"),
    (r"(?:مرکز|موسسه|آموزشگاه|آکادمی)\s+(?:همکار|طرف\s+قرارداد)", "", "همکار", "طرف"),
    (r"از\s+طریق\s+(?:شرکت\s+|موسسه\s+)?همکار", "همکار", "همکار"),
    # … or "our partner" notary, translator or office, or "our" own (an eighteenth writer's "hamkor notariusimiz xizmati
    # 140 000 so'm", «нотариус-партнёр», "our partner translation office", «دارالترجمه همکار ما»): the employer's people
    # paid for what any notary or translator does at its own tariff
    (r"hamkor\s+(?:notarius|tarjimon|tarjima\s+(?:byuro|markaz|idora)|byuro|idora|ofis)", "hamkor", "hamkor"),
    (r"(?:notarius|tarjimon)(?:imiz|larimiz)", "", "notariusimiz", "tarjimonimiz", "notariuslarimiz",
     "tarjimonlarimiz"),
    (r"(?:notarius|perevodchik|byuro\s+perevod\w*)[- ]partn", "partn", "notarius", "perevodchik", "byuro"),
    (r"(?:partn\w*|nash\w*)\s+(?:notarius|perevodchik|byuro\s+perevod)", "", "notarius", "perevodchik", "byuro"),
    (r"(?:our\s+)?partner\s+(?:notary|translator|translation\s+(?:office|bureau|agency|company)|notary'?s?\s+office)",
     "partner", "notary", "translator", "translation"),
    (r"our\s+(?:own\s+)?(?:notary|translator|translation\s+(?:office|bureau|agency))", "our", "notary", "translator",
     "translation"),
    (r"(?:دارالترجمه|دارالترجمهی|مترجم|محضر|دفترخانه|دفتر\s+اسناد\s+رسمی|دفتر)\s+(?:رسمی\s+)?(?:همکار|طرف\s+قرارداد)",
     "", "همکار", "طرف"),
    # an activation package
    (r"(?:پکیج|بسته)\s+(?:های\s+)?فعال\s?سازی", "فعال", "فعالسازی", "فعال"),
    (r"paket\w*\s+aktivatsi", "paket", "paket*"), (r"faollashtirish\s+paket", "faollashtirish", "faollashtirish"),
    (r"activation\s+(?:package|pack|plan|kit|bundle|tier)", "activation", "activation"),
    # an account opened for the seeker ("نماینده‌ی ما برایتان حساب تایید شده باز می‌کند: ۶۰ دالر")
    (r"(?:حساب|اکانت)\s+(?:\S+\s+){0,3}?(?:باز|افتتاح)\s*(?:میکند|می\s*کند|میکنیم|می\s*کنیم|میشود|می\s*شود)", "",
     "باز", "افتتاح"),
    (r"otkro\w*\s+(?:vam\s+)?(?:\S+\s+){0,2}?(?:schet|schyot|akkaunt|koshel)\w*", "otkro", "otkroyem", "otkroyet",
     "otkroyut"),
    (r"open\s+(?:a\s+|an\s+|your\s+)?(?:\S+\s+){0,2}?account\s+for\s+you", "account for you", "open"),
    (r"(?:hisob|akkaunt|hamyon)\w*\s+(?:\S+\s+){0,2}?ochib\s+ber\w*", "ochib", "ochib"),
    # the first batch of goods to sell
    (r"perv\w*\s+parti\w*", "parti", "partii", "partiyu", "partiya"),
    (r"birinchi\s+(?:partiya|tovar)\w*", "birinchi", "partiya*", "tovar*"),
    (r"first\s+(?:batch|shipment)\s+of\s+(?:goods|stock|inventory|products|merchandise)", "first", "batch",
     "shipment"),
)
# … and a starter set, not the employer's own ("Our starter kit sells for $49") nor one the sentence says the job sells
# (``_NOT_SOLD``)
_STARTER_SETS = (
    (r"(?:starter|boshlang'ich)\s+(?:to'plam|paket|nabor)", "", "starter", "boshlang"),
    (r"startov\w*\s+(?:nabor|paket|komplekt)", "startov", "startov*"),
    (r"starter\s+(?:kit|pack|package|set)", "starter", "starter"),
    (r"(?:پکیج|بسته|کیت)\s+(?:شروع|استارتر)", "", "شروع", "استارتر"),
    # … or an entry, a joining or an initial package (a twenty-third writer's pyramids and home packaging: "Kirish
    # paketi — 350 000 so'm", «Вступительный пакет — 350 000 сум», "Entry package: $25 one time", «پکیج اولیه مواد و
    # کارتن‌ها ۱ میلیون و ۲۸۰ هزار تومان»); not one the employer gives free
    # (each looked up by its two words, a substring: "entry" alone is in every "data entry" posting)
    *((rf"{word}(?<!data\s{word})\s{thing}", f"{word} {thing}", word) for word in ("entry", "joining", "entrance")
      for thing in ("kit", "pack")),
    (r"(?:vstupitel|vxodn)\w*\s+(?:nabor|paket|komplekt)", "", "vstupitel*", "vxodnoy", "vxodnogo", "vxodnie",
     "vxodnih", "vxodnaya", "vxodnuyu"),
    (r"paket\w*\s+uchastnik", "uchastnik", "uchastnika", "uchastnikov"),
    *((rf"{word}\s{thing}", f"{word} {thing}", word) for word in ("kirish", "ishtirokchi")
      for thing in ("to'plam", "paket")),
    (r"(?:پکیج|بسته|کیت)\s(?:اولیه|ورودی|ورود)", " او", "اولیه"),
    (r"(?:پکیج|بسته|کیت)\s(?:ورودی|ورود)", " ورود", "ورودی", "ورود"),
)
# money sent at a paperwork milestone: an amount right before the invitation, the visa or the permit arriving ("700 $
# taklifnoma kelganda", "700 $ при получении приглашения", "۷۰۰ دلار هنگام دریافت دعوتنامه"); not pay after it
_PAPERS_ARRIVE = (
    (_PRICE + r"\s+(?:[^\s,.;:!?]+\s+)?(?:taklifnoma|viza|ruxsatnoma)\w*\s+(?:kelganda|chiqqanda|olinganda|berilganda)"
     r"(?!\w)", "", "kelganda", "chiqqanda", "olinganda", "berilganda"),
    (_PRICE + r"\s+(?:\S+\s+)?(?:pri|po)\s+(?:poluchenii|vidache|prixode)\s+(?:vizi|vizy|priglasheni\w*|razresheni\w*)",
     "", "poluchenii", "vidache", "prixode"),
    # … "after" it comes (a twenty-sixth writer's «600 € после получения приглашения»)
    (_PRICE + r"\s+(?:\S+\s+)?posle\s+(?:polucheniya|vidachi|prixoda)\s+(?:vizi|vizy|priglasheni\w*|razresheni\w*"
     r"|patent\w*)", "posle", "polucheniya", "vidachi", "prixoda"),
    # … or a share of the price when the papers are ready ("50% when the work permit is ready", «50% после получения
    # визы», "50% viza chiqqanda", «۵۰٪ پس از صدور ویزا»); not the employer's share (``_NOT_THE_EMPLOYERS``)
    (r"\d+\s?%\s+(?:when|once|after)\s+(?:\S+\s+){0,3}?(?:visa|permit|invitation)s?\s+(?:is\s+|are\s+)?(?:ready"
     r"|issued|approved|granted|comes?|arrives?)(?!\w)" + _NOT_THE_EMPLOYERS, "%", "ready", "issued", "approved",
     "granted", "come", "comes", "arrive", "arrives"),
    (r"\d+\s?%\s+(?:posle|pri)\s+(?:poluchenii|polucheniya|vidache|vidachi|gotovnosti)\s+(?:vizi|vizy|priglasheni\w*"
     r"|razresheni\w*|patent\w*)" + _NOT_THE_EMPLOYERS, "%", "poluchenii", "polucheniya", "vidache", "vidachi",
     "gotovnosti"),
    (r"\d+\s?%\s+(?:\S+\s+)?(?:taklifnoma|viza|ruxsatnoma)\w*\s+(?:kelganda|chiqqanda|olinganda|berilganda|tayyor)"
     + _NOT_THE_EMPLOYERS, "%", "kelganda", "chiqqanda", "olinganda", "berilganda", "tayyor*"),
    (r"\d+\s?[%٪]\s+(?:\S+\s+)?(?:پس|بعد)\s+از\s+(?:صدور|دریافت|آمدن)\s+(?:ویزا|دعوت\s?نامه|ورک\s?پرمیت|مجوز)"
     + _NOT_THE_EMPLOYERS, "", "صدور", "دریافت", "آمدن"),
    (_PRICE + r"\s+(?:\S+\s+)?(?:هنگام|موقع|زمان|با)\s+(?:دریافت|رسیدن|صدور|آمدن)\s+(?:ویزا|دعوت\s?نامه|ورک\s?پرمیت)",
     "", "دریافت", "رسیدن", "صدور", "آمدن"),
)
# A twenty-sixth writer's posts (tests/data/legitimacy_phrasings_z: a migrant workers' help line's caseworker's, work
# abroad and relocation around remote admin jobs) asked for money on the way abroad with other words again: a deposit
# or a "bond" given back on arrival («1 000 $ — депозит за квоту, возвращается по прибытии», "800$ depozit — Koreyaga
# yetib borganingizda qaytariladi", «ودیعه: ۳۰۰ دلار که پس از رسیدن به استانبول مسترد میشود», "a work permit bond (USD
# 650) … returned after 12 months"), ticket money sent ahead ("transfer the ticket amount (USD 390) to her account"), a
# fee for "reviewing the application form" («сбор за рассмотрение анкеты — 150 $»), a share of the price when the permit
# is ready, a prepayment to a lawyer's or a manager's card, the seeker told to "pay our manager". Not a deposit no one
# takes, an employer that sends the ticket or pays the fees, nor a state fee paid to the state (``institution_fee``).
_PRICE_OR_CODE_FIRST = "(?:" + _PRICE + "|" + _CURRENCY_FIRST + ")"
_GIVEN_BACK = (r"(?:refund\w*|return\w*|given\s+back|paid\s+back|vozvrash\w*|vernyo?m|vernyo?tsya|vernetsya|qaytar\w*"
               r"|مسترد|برگردانده|برگشت\w*|عودت|پس\s+داده)")
_ON_ARRIVAL = (r"(?:(?:on|upon|after)\s+(?:your\s+)?arrival|(?:when|once|after)\s+you\s+arrive|po\s+(?:pribitii|priyezdu"
               r"|priezdu)|posle\s+(?:pribitiya|priyezda|priezda)|yetib\s+(?:borganingiz|kelganingiz)\w*"
               r"|kelganingiz(?:da|dan\s+keyin)|(?:پس|بعد)\s+از\s+(?:رسیدن|ورود)|هنگام\s+ورود)")
_DEPOSITS_BACK_ON_ARRIVAL: tuple[tuple[str, ...], ...] = tuple(
    (opening + r"\w*[^.!?\n؛؟]{0,80}?(?:" + _GIVEN_BACK + r"[^.!?\n؛؟]{0,40}?" + _ON_ARRIVAL + "|" + _ON_ARRIVAL
     + r"[^.!?\n؛؟]{0,40}?" + _GIVEN_BACK + ")", needle, *keys)
    for opening, needle, *keys in (("deposit", "deposit", "deposit", "deposits"), ("bond", "bond", "bond", "bonds"),
                                   ("depozit", "depozit", "depozit*"), ("zalog", "zalog", "zalog*"),
                                   ("garov", "garov", "garov*"), ("ودیعه", "ودیعه", "ودیعه"),
                                   ("بیعانه", "بیعانه", "بیعانه")))
_QUOTAS_AND_BONDS: tuple[tuple[str, ...], ...] = (
    # a bond for the visa or the permit with its price ("the government work permit bond (USD 650)")
    (r"(?:visa|permit)\s+bonds?(?!\w)" + _SENTENCE_GAP + _PRICE_OR_CODE_FIRST + _NOT_THE_EMPLOYERS, "bond", "bond",
     "bonds"),
    # a deposit or a pledge "for the quota", the visa or the permit («депозит за квоту», "kvota uchun depozit",
    # «ودیعه ویزا»)
    (r"(?:depozit|zalog)\w*\s+za\s+(?:kvot|viz|razresheni|patent|priglasheni)\w*", " za ", "depozit*", "zalog*"),
    (r"(?:kvota|viza|ruxsatnoma|taklifnoma)\w*\s+uchun\s+(?:depozit|garov|zalog)\w*", "uchun", "depozit*", "garov*",
     "zalog*"),
    (r"(?:ودیعه|وثیقه)\s+(?:ی\s+)?(?:ویزا|سهمیه|مجوز\s+کار|اقامت)", "", "ودیعه", "وثیقه"),
)
# ticket money sent ahead, by the seeker ("transfer the ticket amount (USD 390) to her account", «деньги на билет
# переведите координатору», "chipta pulini … o'tkazasiz", «هزینه بلیت را … واریز کنید»); not "we send you the ticket"
_TICKET_MONEY_SENT: tuple[tuple[str, ...], ...] = (
    # (opened by a look-ahead for the thing, the verb looked behind it and "we" not before the verb: an alternation of
    # verbs or look-behinds opening a pattern is tried at every place of a support desk's long text of "tickets")
    (r"(?=ticket|flight|airfare|air\s?ticket)(?:" + "|".join(
        rf"(?<={verb}\s{what})(?<!we\s{verb}\s{what})" for verb in ("transfer", "send", "wire", "pay")
        for what in ("", "the\\s", "your\\s", "us\\sthe\\s", "her\\sthe\\s"))
     + r")(?:air\s?)?(?:ticket|flight|airfare)\s+(?:amount|money|cost|fare|price|fee)s?(?!\w)", "ticket", "ticket",
     "flight", "airfare"),
    (r"(?:den\w*\s+na\s+bilet|stoimost\w*\s+bilet)\w*\s+(?:(?!(?:ne|ni|nikomu|nikogda)(?!\w))\S+\s+){0,3}?(?:perevedite|perevodite|otpravte"
     r"|otpravlyayete|skinte|oplatite)(?!\w)", "bilet", "bilet*"),
    (r"(?:chipta|bilet|aviachipta)\w*\s+puli\w*\s+(?:\S+\s+){0,3}?(?:o'tkaz(?:asiz|ing)|yubor(?:asiz|ing)"
     r"|tashla(?:ysiz|ng)|to'la(?:ysiz|ng))(?!\w)", "puli", "chipta*", "bilet*", "aviachipta*"),
    (r"(?:هزینه|پول|مبلغ)\s+بلیت\w*\s+(?:[^.!?\n؛؟]{0,60}?)(?:واریز\s*(?:کنید|نمایید|میکنید)|بپردازید"
     r"|کارت\s+به\s+کارت\s*(?:کنید|میکنید))", "بلیت", "بلیت", "بلیط"),
)
# the seeker told to pay the recruiter's people ("Pay our manager by Visa card transfer", "pay our lawyer"); not their
# invoices ("pay our managers' invoices")
_OUR_PEOPLE_PAID: tuple[tuple[str, ...], ...] = (
    (r"pay(?<!we\spay)\s+(?:to\s+)?our\s+(?:manager|coordinator|lawyer|agent|recruiter|representative|consultant"
     r"|case\s+officer)(?!['\w])", "pay", "manager", "coordinator", "lawyer", "agent", "recruiter", "representative",
     "consultant", "officer"),
)
_UNSOLD_GAP = (r"(?:(?!" + _PAY_OR_PAYER + r"|sell|sold|prodaj|prodayot|sotil|sotuv|فروش|customer|client|buyer"
               r"|pokupatel|klient|mijoz|xaridor|مشتری|خریدار)[^.!?\n;؛؟]){0,80}?")
_PRICED_WAYS_IN_RAW: tuple[tuple[str, ...], ...] = (
    # (read whole and not by the period: "through our partner Deel, $3,000 a month" is pay)
    *((regex + r"\w*" + _SENTENCE_GAP + _PRICE + _WHOLE + _NOT_BY_PERIOD + _NOT_THE_EMPLOYERS, *needs)
      for regex, *needs in _PRICED_WAYS_IN),
    # (each opens with a look-ahead for its words, as ``_PRICED_FEES``: the look-behinds first were tried at every
    # place of a text holding "entry", as every "data entry" posting does)
    *((f"(?={regex})" + _NOT_AFTER_STEP + regex + r"\w*" + _UNSOLD_GAP + _PRICE + _NOT_THE_EMPLOYERS + _NOT_SOLD,
       *needs)
      for regex, *needs in _STARTER_SETS),
)
# entry into the team at a price, in English ("Team entry: $50", "Entry to the team costs $50")
_PAID_TEAM_ENTRY_RAW: tuple[tuple[str, ...], ...] = (
    (r"entry\s+(?:to|in|into)\s+(?:the\s+|our\s+)?team\s*(?:costs?|is|for|:|—|-)\s*(?:only\s+|just\s+)?"
     + _CURRENCY_FIRST, " team", "entry"),
    (r"team\s+entry\s*(?:costs?|is|fee|:|—|-)\s*(?:only\s+|just\s+)?" + _CURRENCY_FIRST, "team entry", "entry"),
)
# goods ordered with the seeker's own card ("o'z kartangizdan buyurtma berasiz", "заказываете со своей карты",
# «با کارت خودتان سفارش دهید»)
_GOODS_BOUGHT_WITH_OWN_CARD_RAW: tuple[tuple[str, ...], ...] = (
    (r"o'z(?:ingiz(?:ning)?)?\s+kartangiz\w*\s+(?:\S+\s+){0,3}?(?:buyurtma\s+ber|sotib\s+ol|xarid\s+qil|to'la"
     r"|rasmiylashtir)\w*", "o'z", "kartangizdan", "kartangiz", "kartangizga"),
    (r"(?:zakaz|vikup|kup|pokup(?!atel)|oplach|oplat)\w*\s+(?:\S+\s+){0,4}?(?:s|so)\s+"
     r"(?:svoyey|svoey|vashey|lichnoy)\s+kart",
     "kart", "svoyey", "svoey", "vashey", "lichnoy"),
    (r"(?:s|so)\s+(?:svoyey|svoey|vashey|lichnoy)\s+kart\w*\s+(?:\S+\s+){0,3}?(?:zakaz|vikup|kup|pokup|oplach|oplat)",
     "kart", "svoyey", "svoey", "vashey", "lichnoy"),
    (r"با\s+کارت\s+(?:بانکی\s+)?(?:خودتان|خودتون|خودت|شخصی)\s[^.!?\n؛؟]{0,60}?(?:سفارش\s*(?:دهید|بدهید|بدید|میدهید)"
     r"|بخرید|(?:خرید|خریداری|رزرو)\s*(?:کنید|میکنید))", "کارت", "خودتان", "خودتون", "خودت", "شخصی"),
    # … clients' orders or tickets made out or booked far before the card ("Вы оформляете заказы наших клиентов на
    # Wildberries или Uzum Market со своей карты", "бронируете билеты для наших клиентов со своей карты")
    (r"(?:oform|bronir|zabronir)\w*\s+(?:[^\s.!?]+\s+){0,8}?(?:s|so)\s+(?:svoyey|svoey|vashey|lichnoy)\s+kart",
     "kart", "svoyey", "svoey", "vashey", "lichnoy"),
    # … refunded with a percentage on top ("mahsulot summasi + 12% bonus kartangizga qaytadi", "вернём + 10 %")
    (r"\+\s?\d+\s?%\s*(?:[^\s,.;:!?]+\s+){0,2}?qayt\w*", "%", "qaytadi", "qaytariladi", "qaytaramiz", "qaytarib"),
    (r"\+\s?\d+\s?%\s*(?:[^\s,.;:!?]+\s+){0,2}?(?:vernyom|vernem|vozvrash\w*|vernyotsya|vernetsya)", "%",
     "vernyom", "vernem", "vozvrash*", "vernyotsya", "vernetsya"),
    # … the verb first ("возвращаем стоимость + 15 %"), and in Uzbek a profit named ("summani 15 % foyda bilan sizga
    # qaytaramiz")
    (r"(?:vernyom|vernem|vozvrash\w*)\s+(?:[^\s,.;:!?]+\s+){0,3}?\+\s?\d+\s?%", "%", "vernyom", "vernem",
     "vozvrash*"),
    (r"\d+\s?%\s*(?:foyda|ustama|bonus)\s+bilan\s+(?:[^\s,.;:!?]+\s+){0,2}?qaytar\w*", "%", "foyda", "ustama",
     "bonus"),
    (r"(?:refund\w*|returned|paid\s+back)\s+(?:to\s+you\s+)?(?:[^\s,.;:!?]+\s+){0,2}?(?:plus|\+)\s?(?:an?\s+)?"
     r"(?:extra\s+)?\d+\s?%", "%", "refund", "refunded", "returned", "back"),
    (r"\+\s?\d+\s?[%٪]\s*(?:[^\s,.;:!?،]+\s+){0,2}?(?:برمیگردد|برمی\s?گردد|بر\s+می\s?گردد|برگشت\s*داده|برگردانده)", "",
     "برمیگردد", "گردد", "برگشت", "برگردانده"),
)

# Posts on the hiring process of a remote job (tests/data/legitimacy_phrasings_y): a hiring step (a background check,
# onboarding, a verification) run by "our partner" at a price («Её проводит наш партнёр VerifyCheck Global — оплата
# 240 000 сум картой … на сайте …», "Tekshiruvni hamkorimiz o'tkazadi — to'lov 240 000 so'm", "our partner runs it — fee
# $49.95", «شریک ما انجام می‌دهد — هزینه ۹۰۰ هزار تومان»), or a step's price paid on a website ("onboarding …
# uchun 180 000 so'm kamalak-onboarding.example saytida to'lanadi", "Background check: $49.95, paid on the site
# verifynow.example"):
# the seeker pays the employer's people, as a screening partner's price (``_PARTNERS_PAID``) says. Not the seeker's pay
# through a partner or a partner that pays, a price the employer covers or refunds in the gap, a state fee paid on a
# state portal (my.gov.uz, Госуслуги, ثنا, the police), nor a rate per period.
_STATE_PORTALS = r"gov|davlat|boj(?:i|ini)?\b|gosposhlin|gos\.?\s?poshlin|gosuslug|دولت|ثنا|پلیس|police|state\s+fee"
_NOT_PAID_BY_THEM = (r"(?!" + _PAY_OR_PAYER + r"|" + _STATE_PORTALS + r"|plat(?:it|yat|im)\b|vipla|oplachiva|kompens"
                     r"|vozmesh|qaytar|covers?\b|reimburs|refund|to'lay|qoplay|to'lab\s+ber|میپرداز|پرداخت\s*میکن)")
_NOT_PAYOUT_GAP = r"(?:" + _NOT_PAID_BY_THEM + r"(?:[^.!?\n;؛؟]|\.(?=\w))){0,80}?"
_NOT_A_STATE_FEE = r"(?!(?:[^.!?\n;؛؟]|\.(?=\w))*?(?:" + _STATE_PORTALS + r"))"
_PAYMENT_WORDS = {
    "en": r"(?:payment|fee|charge|costs?|price|payable)(?!\w)",
    "ru": r"(?:oplat|platyo?j|stoimost|vznos)\w*|stoit(?!\w)",
    "uz": r"(?:to'lov|to'la(?:nadi|nishi|ysiz|ng|sh)|narx|qiymat|badal)\w*",
    "fa": r"(?:پرداخت|واریز|هزینه|مبلغ|قیمت)",
}
_OUR_PARTNERS = {
    "en": (r"our\s+(?:\S+\s+)?partners?(?!\w)", "partner", "partner", "partners"),
    "ru": (r"nash\w*\s+partn(?:yo|e)r\w*", "partn", "partnyor", "partnyora", "partnyoru", "partnyorom", "partnyori",
           "partnyorov", "partnera"),
    "uz": (r"hamkor(?:imiz|larimiz)\w*", "hamkor", "hamkor*"),
    "fa": (r"(?:شریک|همکار|طرف\s+قرارداد)(?:\s+تجاری)?\s+ما(?!\w)", "", "شریک", "همکار", "طرف"),
}
# (each language's steps looked up by its own words, English ones by each opening word: an alternation opening a
# pattern is tried at every place of a text, and "check" or "onboarding" are in many English postings)
_PRICED_STEPS = {
    "en": tuple((opening, needle, needle) for opening, needle in (
        (r"background\s+(?:check|screening)", "background"), (r"screening", "screening"), (r"onboarding", "onboarding"),
        (r"verification", "verification"), (r"id\s+check", "id check"), (r"drug\s+test", "drug test"))),
    "ru": ((r"(?:proverk\w*\s+(?:\S+\s+)?(?:blagonadyo?jnost|biografi|lichnost|dokument|bezopasnost)|background"
            r"|skrining|onbording|verifikats)\w*", "", "proverka", "proverki", "proverku", "skrining", "skrininga",
            "onbording", "onbordinga", "verifikatsiya", "verifikatsii", "verifikatsiyu"),),
    # (whole words where a stem's first letters start an English word too: "verif…", "treni…")
    "uz": ((r"(?:tekshiruv|onboarding|verifikatsiya|rasmiylashtir|trening)\w*", "to'la", "tekshiruv*", "verifikatsiya",
            "verifikatsiyasi", "rasmiylashtir*", "trening", "treningi", "treninglar"),),
    "fa": ((r"(?:بررسی\s+سوابق|احراز\s+هویت|استعلام|آنبوردینگ|ثبت\s*نام)", "", "سوابق", "احراز", "استعلام",
            "آنبوردینگ", "ثبت", "ثبتنام"),),
}
_ON_A_SITE = {
    # (paid there: "a laptop worth $1,200 shipped via the portal" is none; "paid by us on their website" the employer's)
    "en": r"(?:[^.!?\n]|\.(?=\w)){0,30}?(?<!\w)(?:paid|payable|pay|payment|by\s+card)(?!\w)" + _NOT_BY_THE_EMPLOYER
          + r"(?:[^.!?\n]|\.(?=\w)){0,30}?(?:on|at|via|through)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:\S+\s+)?"
          r"(?:site|website|portal|web\s?page)s?(?!\w)",
    "ru": r"(?:[^.!?\n]|\.(?=\w)){0,30}?(?<!\w)(?:oplat|platyo?j|kartoy|perevod)\w*(?:[^.!?\n]|\.(?=\w)){0,40}?"
          r"(?:na|cherez)\s+(?:sayt|portal)\w*",
    "uz": r"\s+(?:\S+\s+){0,3}?(?:sayt|veb-?sayt|portal|sahifa)\w*\s+(?:orqali\s+)?(?:to'la(?:nadi|nishi|ysiz|ng)"
          r"|to'lov\s+qil\w*)(?!\w)",
    "fa": r"(?:[^.!?\n؛؟]|\.(?=\w)){0,40}?(?:در|از\s+طریق)\s+(?:سایت|وبسایت|وب\s+سایت|پورتال|درگاه)"
          r"(?:[^.!?\n؛؟]|\.(?=\w)){0,40}?(?:پرداخت|واریز)",
}
_HIRING_STEPS_PAID_TO_A_PARTNER_OR_SITE: tuple[tuple[str, ...], ...] = tuple(
    (_OUR_PARTNERS[lang][0] + _NOT_PAYOUT_GAP + _NOT_PAID_BY_THEM + r"(?:" + _PAYMENT_WORDS[lang] + r")\s+(?:"
     + _NOT_PAID_BY_THEM + r"\S+\s+){0,3}?" + _PRICE
     + _WHOLE + _NOT_BY_PERIOD + _NOT_THE_EMPLOYERS + _NOT_A_STATE_FEE, *_OUR_PARTNERS[lang][1:])
    for lang in ("en", "ru", "uz", "fa")) + tuple(
    (step + _NOT_PAYOUT_GAP + _PRICE + _WHOLE + _NOT_BY_PERIOD + _ON_A_SITE[lang] + _NOT_THE_EMPLOYERS
     + _NOT_A_STATE_FEE, *needs) for lang in ("en", "ru", "uz", "fa") for step, *needs in _PRICED_STEPS[lang])

# A thirtieth writer's posts (tests/data/legitimacy_phrasings_ad), Uzbek as people in Fergana and Namangan type it:
# an amount in thousands "paid" to hold a place with no currency named ("200 ming oldindan tashlaysiz": ``_UZ_AMOUNT``
# and ``_SPOKEN_AMOUNTS_PAID``); a service's fee "paid in advance" as a fact ("Xizmat haqi 300 ming so'm, oldindan
# to'lanadi", «Стоимость услуг 300 000 сум, оплачивается заранее», "Service fee $30, paid upfront"); an "avans" for the
# papers or the visa, with its amount ("Hujjat topshirish uchun avans 500$", «аванс за документы 500 $», "a $500
# advance for the visa"; not the employer's mid-month "avans"); an investment to start ("Boshlash uchun minimal
# investitsiya 500 ming so'm", "siz sarmoya kiritib foydadan ulush olasiz", «минимальная инвестиция 500 000 сум»,
# "Minimum investment to start is $50", «حداقل سرمایه ۵ میلیون تومان»; not the employer investing in its people, nor
# its clients' investments a sales job handles); a certificate the seeker is told to pay for ("сертификат учун
# 120 000 сум оплата килинади", «оплатите сертификат», "you must pay for the certificate"; not its price alone, a
# training centre's, "Course and certificate fee: $59", nor an exam's paid to the certifying body, «оплачиваете
# напрямую центру сертификации», nor in Persian, where «هزینه صدور گواهی» is a police certificate's the employer pays
# back); the Russian "oplata" inside Uzbek as its "to'lov" ("120 000 сум оплата киласиз").
_SPOKEN_AMOUNTS_PAID: tuple[tuple[str, ...], ...] = (
    (r"(?:ming(?<=\d\sming)|mln(?<=\d\smln))\s+" + _GAP + "(?:" + "|".join(
        re.escape(fold(v)).replace(r"\ ", r"\s+") for v in (*_PAY_AFTER["uz"], "oplata qiling", "oplata qilasiz"))
     + r")(?!\w)", "", "ming", "mln"),
)
_SERVICE_FEES_IN_ADVANCE: tuple[tuple[str, ...], ...] = (
    (r"xizmat\s+(?:haqi|narxi|to'lovi|puli)\s*[:—-]?\s*" + _UZ_AMOUNT + r"[^.!?\n]{0,40}?oldindan\s+(?:to'lan|olin)"
     r"(?:adi|ishi)(?!\w)", "xizmat", "xizmat"),
    (r"(?:stoimost|oplat)\w*\s+uslug\w*\s*[:—-]?\s*" + _PRICE + r"[^.!?\n]{0,40}?(?:oplachiva|vnosit|platit)\w*\s+"
     r"(?:zaran\w*|vperyod|vpered|avansom)(?!\w)", "uslug", "uslug*"),
    (r"service\s+fee\s*(?:of\s+|is\s+|:\s*|—\s*|-\s*)?" + _MONEY + r"[^.!?\n]{0,40}?(?:paid|payable|due)\s+"
     r"(?:in\s+advance|upfront|up\s+front)" + _NOT_BY_THE_EMPLOYER, "service", "service"),
    (r"هزینه\s+خدمات[^.!?\n؛؟]{0,40}?\d[^.!?\n؛؟]{0,40}?(?:از\s+قبل|پیش\s+از\s+شروع|قبل\s+از\s+شروع)\s+"
     r"(?:پرداخت|واریز)", "خدمات", "خدمات"),
)
_PAPERS_ADVANCE = r"(?:hujjat|viza|rasmiylashtir|anketa|ro'yxat)\w*"
_ADVANCES_FOR_THE_PAPERS: tuple[tuple[str, ...], ...] = (
    (_PAPERS_ADVANCE + r"\s+(?:\S+\s+){0,2}?uchun\s+avans\w*\s*[:—-]?\s*(?:\S+\s+)?" + _UZ_AMOUNT
     + _NOT_THE_EMPLOYERS, "avans", "avans", "avansi"),
    (r"avans\w*\s*[:—-]?\s*" + _UZ_AMOUNT + r"\s+(?:\S+\s+){0,2}?" + _PAPERS_ADVANCE + r"\s+uchun(?!\w)"
     + _NOT_THE_EMPLOYERS, "avans", "avans", "avansi"),
    (r"(?:avans|predoplat)\w*\s+za\s+(?:dokument|viz|oformleni|bilet)\w*\s*[:—-]?\s*(?:\S+\s+)?" + _PRICE
     + _NOT_THE_EMPLOYERS, "avans", "avans", "avansom", "predoplat*"),
    (r"(?:advance|prepayment)\s+(?:payment\s+)?(?:of\s+)?" + _MONEY + r"\s+(?:for|towards)\s+(?:the\s+|your\s+)?"
     r"(?:visa|documents|papers|paperwork|processing)" + _NOT_BY_THE_EMPLOYER, "advance", "advance", "prepayment"),
    (_MONEY + r"\s+(?:advance|prepayment)\s+(?:for|towards)\s+(?:the\s+|your\s+)?(?:visa|documents|papers|paperwork"
     r"|processing)" + _NOT_BY_THE_EMPLOYER, "", "advance", "prepayment"),
)
_INVESTMENTS_TO_START = (
    "boshlash uchun ~ investitsiya*", "boshlash uchun ~ sarmoya*", "minimal investitsiya*", "minimal sarmoya*",
    "boshlang'ich investitsiya*", "boshlang'ich sarmoya*", "investitsiya kiritasiz", "investitsiya kiritishingiz*",
    "sarmoya kiritasiz", "sarmoya kiritishingiz*", "siz sarmoya kiritib", "siz investitsiya kiritib",
    "sarmoya kiritib ~ ulush olasiz", "investitsiya kiritib ~ ulush olasiz", "investitsiya qilasiz",
    "минимальн* инвестици*", "минимальн* вложени*", "для старта ~ инвестици*", "для начала ~ инвестици*",
    "инвестируете ~ сум", "инвестируете ~ руб*", "вкладываете ~ сум", "вкладываете ~ руб*",
    "minimum investment*", "initial investment of", "investment to start", "investment to get started",
    "you invest ~ and get", "you invest ~ and earn", "حداقل سرمایه", "سرمایه اولیه ~ تومان", "برای شروع ~ سرمایه",
)
_INVESTMENTS_TO_START_RAW: tuple[tuple[str, ...], ...] = (
    (r"invest\s+" + _MONEY + r"\s+(?:\S+\s+){0,2}?to\s+(?:start|begin|join|get\s+started)", "invest", "invest"),
)
_CERTIFICATES_PRICED = (
    "sertifikat* uchun ~ to'lov qil*", "sertifikat* uchun ~ oplata qil*", "sertifikat* uchun ~ to'la*",
    "sertifikat* uchun ~ to'lang", "оплатите сертификат*", "оплатить сертификат*",
    "you pay for ~ certificate*", "must pay for ~ certificate*", "need to pay for ~ certificate*",
)
# The seeker let into the work once the seeker has paid (a thirty-first writer's chat-operator post: "Tolov qilgandan
# keyin darhol guruhga qoshilasiz va ish beriladi", its price after "kerak —"; «После оплаты добавим вас в рабочий
# чат», "After payment you are added to the team group", «بعد از پرداخت به گروه کاری اضافه می‌شوید»); not a
# customer's payment after which an order goes on ("Mijoz to'lov qilgandan keyin buyurtmani omborga yuborasiz")
_WORK_AFTER_PAYMENT = (
    "to'lov qilgandan keyin ~ guruhga qo'shilasiz", "to'lov qilganingizdan keyin ~ guruhga qo'shilasiz",
    "to'lovdan keyin ~ guruhga qo'shilasiz", "to'lov qilgandan keyin ~ ish beriladi",
    "to'lov qilganingizdan keyin ~ ish beriladi", "to'lovdan keyin ~ ish beriladi", "to'lovdan so'ng ~ ish beriladi",
    "после оплаты ~ добавим вас", "после оплаты ~ добавляем вас", "после оплаты вы ~ получаете доступ к работе",
    "после оплаты ~ выдаём задани*", "после оплаты ~ выдаем задани*",
    "after payment you ~ are added to", "after payment ~ we add you to", "after you pay ~ are added to",
    "after you pay ~ we add you to", "once you pay ~ are added to", "once you pay ~ we add you to",
    "بعد از پرداخت ~ به گروه ~ اضافه", "پس از پرداخت ~ به گروه ~ اضافه", "بعد از واریز ~ به گروه ~ اضافه",
    "پس از واریز ~ به گروه ~ اضافه",
)
# … or the place of a hiring paper's provider given only once the seeker has paid (a carer's post: "hujjatlar faqat
# bizning hamkor idoramiz orqali … — jami 290 000 so'm. … To'lovdan keyin manzil beriladi", «Адрес сообщим после
# оплаты», "The address is sent after payment", «آدرس پس از واریز اعلام می‌شود»): money asked before anyone can be met.
# Not a shop's customers given a pickup address (``duty``).
_ADDRESS_AFTER_PAYMENT = (
    "to'lovdan keyin manzil*", "to'lovdan so'ng manzil*", "to'lov qilganingizdan keyin manzil*",
    "to'lov qilgach manzil*", "manzil* ~ to'lovdan keyin", "manzil* ~ to'lovdan so'ng",
    "адрес* ~ после оплаты", "после оплаты ~ адрес*", "адрес* ~ после перевода", "после перевода ~ адрес*",
    "address ~ after payment", "after payment ~ address", "address ~ once you pay", "address ~ after you pay",
    "address ~ once payment", "once payment ~ address",
    "آدرس ~ پس از پرداخت", "آدرس ~ بعد از پرداخت", "آدرس ~ پس از واریز", "آدرس ~ بعد از واریز",
    "پس از پرداخت ~ آدرس", "بعد از پرداخت ~ آدرس", "پس از واریز ~ آدرس", "بعد از واریز ~ آدرس",
)
