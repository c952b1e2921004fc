"""``UPFRONT_FEE``, a payment asked before work starts: its own phrases and raw patterns in English,
Uzbek, Russian and Persian, and the lists of ``prices``, ``hiring_costs`` and ``platform_fees``.
"""
from __future__ import annotations

from pipeline.legitimacy.rules.hiring_costs import (_ADDRESS_AFTER_PAYMENT, _ADVANCES_FOR_THE_PAPERS,
                                                    _BALANCES_TOPPED_UP, _CERTIFICATES_PRICED, _CHEQUES_AS_GUARANTEE,
                                                    _CRYPTO_ESCROWS, _CUSTOMS_PAID_TO_AN_AGENT,
                                                    _DEPOSITS_BACK_ON_ARRIVAL, _EQUIPMENT_PLEDGES, _FILE_COSTS_IN_DARI,
                                                    _GOODS_BOUGHT_WITH_OWN_CARD, _GOODS_BOUGHT_WITH_OWN_CARD_RAW,
                                                    _GOODS_BOUGHT_WITH_OWN_MONEY, _GOODS_BOUGHT_WITH_OWN_MONEY_RAW,
                                                    _HIRING_STEPS_PAID_TO_A_PARTNER_OR_SITE, _INVESTMENTS_TO_START,
                                                    _INVESTMENTS_TO_START_RAW, _KEYS_ACTIVATED_AT_A_PRICE,
                                                    _NOTES_PLEDGED, _OUR_PEOPLE_PAID, _PAID_CARD_TO_CARD,
                                                    _PAID_DATABASE_ACCESS, _PAID_RESERVATIONS, _PAID_RESERVATIONS_RAW,
                                                    _PAID_TEAM_ENTRY, _PAID_TEAM_ENTRY_RAW, _PAID_TESTS,
                                                    _PAID_TESTS_RAW, _PAID_UNIFORMS, _PAID_UNIFORMS_RAW, _PAPERS_ARRIVE,
                                                    _PARTNERS_PAID, _PRICED_WAYS_IN_RAW, _PRICES_CREDITED_BACK_LATER,
                                                    _PURCHASES_TO_START, _QUOTAS_AND_BONDS, _REMITTANCES_SENT,
                                                    _SERVICE_FEES_IN_ADVANCE, _SHARES_IN_ADVANCE,
                                                    _SHARES_IN_ADVANCE_RAW, _SPOKEN_AMOUNTS_PAID,
                                                    _STATE_DUTIES_TO_A_CARD, _SUMS_HELD_IN_TRUST, _SUMS_SENT_TO_A_CARD,
                                                    _SUMS_SENT_TO_A_CARD_RAW, _THE_REST_AT_THE_INVITATION,
                                                    _TICKET_MONEY_SENT, _WALLETS_KEPT_TOPPED_UP, _WORK_AFTER_PAYMENT,
                                                    _WORKING_ACCOUNTS_BOUGHT, _WORKING_BALANCES)
from pipeline.legitimacy.rules.matching import _compile
from pipeline.legitimacy.rules.platform_fees import (_ACCOUNTS_ACTIVATED_AT_A_PRICE, _ACCOUNTS_ACTIVATED_BY_A_DEPOSIT,
                                                     _ACTIVATIONS_PRICED, _CHECKS_AT_THE_CANDIDATES_COST,
                                                     _DEPOSITS_FOR_THE_GOODS, _FEES_BY_OTHER_NAMES, _FIRST_PAY_REFUND,
                                                     _GEAR_REFUNDED_WITH_THE_FIRST_PAY, _PAYMENTS_BY_APP_OR_LINK,
                                                     _PLATFORM_ACCOUNTS_FUNDED, _PLATFORM_ACCOUNTS_FUNDED_RAW,
                                                     _STAKES_BACK_WITH_A_PREMIUM, _STARTER_STOCK_BOUGHT,
                                                     _STARTER_STOCK_BOUGHT_RAW, _TAXES_BEFORE_THE_PAYOUT,
                                                     _TAXES_BEFORE_THE_PAYOUT_RAW, _TEST_TRANSFERS_TO_THE_EMPLOYER,
                                                     _TO_THE_CARD_A_BOT_GIVES, _TOP_UPS_IN_A_CURRENCY,
                                                     _PAID_AND_PROVED)
from pipeline.legitimacy.rules.prices import (_ANY_CURRENCY_FEE, _FEE_QUESTIONS, _MONEY, _NO_FEE_WORD, _NO_FEE_WORD_RAW,
                                              _PASSIVE_FEE_RAW, _PASSIVE_FEES, _PRICED_FEES, _SIGN_FEES, _STARTER_BUY,
                                              CURRENCIES, _each_opening, _priced)


# (the Russian "oplata" in an Uzbek sentence: "oplata qilasiz" as "to'lov qilasiz")
_OPLATA_IN_UZBEK = tuple(f"{c} ~ {v}" for c in CURRENCIES["uz"] for v in ("oplata qiling", "oplata qilasiz"))

UPFRONT_FEE = _compile(
    # English
    "registration fee*", "training fee*", "application fee*", "processing fee*", "onboarding fee*",
    "starter kit fee*", "membership fee*", "certification fee*", "activation fee*", "enrol* fee*",
    "refundable deposit", "security deposit", "upfront payment", "upfront fee*", "up-front fee*",
    "advance fee*", "pay ~ fee to start", "purchase ~ starter kit", "buy ~ starter kit",
    "pay for ~ training", "pay for ~ starter kit", "pay for ~ equipment", "pay for ~ background check",
    "pay for ~ materials", "pay a deposit", "pay the deposit", "make a deposit of",
    "one-time fee*", "one time fee*", "fee ~ is required to", "deposit ~ to activate", "deposit ~ usdt",
    "recharge your ~ account", "top up your ~ account", "top-up your ~ account", "send ~ via zelle", "send ~ via cash app",
    "send ~ via western union", "send ~ by western union", "onboarding payment*", "registration payment*",
    "payment ~ required before you start", "need to purchase ~ materials",
    "need to buy ~ materials", "must purchase ~ materials", "must buy ~ materials", "required to purchase",
    "required to buy", "purchase ~ from our approved vendor*", "buy ~ from our approved vendor*",
    "purchase ~ from our preferred vendor*", "buy ~ from our preferred vendor*",
    # "you need to pay $50 upfront" ("in advance" is left out: "vendors who need to pay in advance" is bookkeeping)
    "buy ~ with your own money", "purchase ~ with your own money", "refund ~ plus commission",
    "need to pay ~ upfront", "need to pay ~ up front", "must pay ~ upfront", "must pay ~ up front",
    "have to pay ~ upfront", "required to pay ~ upfront",
    # a deposit that holds a place, a licence to buy first, a fee to withdraw earnings, a wallet to top up
    "deposit ~ to reserve your", "deposit ~ to secure your", "deposit ~ to hold your", "deposit ~ holds your",
    "deposit ~ secures your", "reserve your ~ with a ~ deposit", "secure your ~ with a ~ deposit",
    "must purchase ~ licen?e*", "must buy ~ licen?e*", "need to purchase ~ licen?e*", "need to buy ~ licen?e*",
    "have to purchase ~ licen?e*", "have to buy ~ licen?e*", "purchase ~ licen?e ~ before",
    "buy ~ licen?e ~ before", "refundable after your first", "refunded after your first", "withdrawal fee*",
    # a fee by another name: a "contribution", a "clearance", a "verification payment"; a work balance topped up
    "onboarding contribution*", "one-time contribution*", "clearance fee*", "account clearance", "verification fee*",
    "verification payment*", "screening fee*", "be topped up", "release fee*", "unlock fee*", "to withdraw ~ pay",
    "to withdraw ~ deposit", "before you can withdraw", "recharge your ~ wallet", "top up your ~ wallet",
    "top-up your ~ wallet", "fund your ~ wallet", "deposit ~ into your ~ wallet",
    # Uzbek (Latin; Cyrillic folds to it)
    "oldindan to'lov*", "oldindan pul", "avans to'la*", "avansni to'la*", "ro'yxatdan o'tish uchun ~ to'lov*",
    "oldindan ~ to'lov*", "oldindan ~ to'lang", "oldindan ~ to'laysiz", "oldindan ~ to'lashingiz*",
    "ro'yxatdan o'tish ~ so'm", "ro'yxatdan o'tish narx*",
    "ro'yxatdan o'tish uchun ~ to'la*", "to'lov qilasiz", "to'lov qilishingiz", "pul o'tkazasiz",
    "ro'yxatdan o'tish to'lov*", "ro'yxatdan o'tish pulli*", "o'qish uchun to'lov*", "kurs uchun to'lov*",
    "o'qitish uchun to'lov*", "depozit ~ so'm*", "depozit qo'y*", "depozit to'la*", "depozit kirit*",
    "depozitga ~ so'm*", "kirish to'lov*", "a'zolik to'lov*", "to'lov qilishingiz kerak",
    "to'lashingiz kerak", "a'zolik badal*", "kirish badal*", "ro'yxatdan o'tish badal*", "badal ~ so'm*",
    "badalni to'lang", "badal ~ to'lang", "badal ~ to'laysiz", "so'm to'lang", "so'm to'laysiz", "so'm o'tkazing",
    "so'm o'tkazasiz",
    # a course to buy first, an entry fee, a fee to withdraw earnings
    "kurs* ~ so'mga ~ sotib ol*", "kursni ~ sotib olasiz", "kursimizni ~ sotib ol*", "kursni to'la*",
    "kurs pulini to'la*", "yechib olish uchun ~ to'la*", "yechib olish uchun ~ to'lov*", "pul yechish uchun ~ to'la*",
    "chiqarib olish uchun ~ to'la*",
    # a fee to start the work ("Ishni boshlash uchun 100 000 so'm to'lov qiling")
    "ish* boshlash uchun ~ to'lov*", "ish* boshlash uchun ~ to'lang", "ish* boshlash uchun ~ to'laysiz",
    "ish* boshlash uchun ~ to'lash*", "ish* boshlashdan oldin ~ to'lov*", "ish* boshlashdan oldin ~ to'lang",
    "ish* boshlashdan oldin ~ to'lash*",
    "kartaga ~ o'tkazing", "ishga joylashish uchun ~ to'lov*", "ishga joylashish uchun ~ to'la*",
    "ishga kirish uchun ~ to'lov*", "ishga kirish uchun ~ to'la*", "rasmiylashtirish uchun ~ to'la*",
    "rasmiylashtirish uchun ~ to'lov*", "o'qish pulli", "o'qish pullik", "o'qitish pulli*", "to'lab qo'yasiz",
    "to'lab qo'yishingiz", "balansingizni ~ to'ldir*", "balansni ~ to'ldiring", "hisobingizni ~ to'ldir*",
    # a course's fee ("kurs badali"), a one-time payment to start ("bir martalik 99 000 so'm to'lov")
    "kurs badal*", "kursi badal*", "o'qish badal*", "o'quv badal*", "bir martalik ~ to'lov*",
    "kafolat puli*", "materiallar uchun ~ pul*", "pul tashlaysiz", "pul tashlab qo'y*", "yechib olishda ~ komissiya*",
    "yechishda ~ komissiya*", "ish balans*",
    # a pledge ("200 000 so'm zalog qo'yiladi"), an amount "needed" for training ("Treningdan o'tish uchun 250 ming
    # so'm kerak bo'ladi")
    "zalog ~ so'm*", "so'm zalog", "zalog qo'y*", "zalog to'la*", "zalog puli*", "garov puli*", "garov ~ so'm*",
    "so'm garov*", "o'tish uchun ~ so'm kerak*", "boshlash uchun ~ so'm kerak*", "trening* uchun ~ so'm kerak*",
    "kurs* uchun ~ so'm kerak*", "o'qish uchun ~ so'm kerak*", "kirish uchun ~ so'm kerak*", "trening uchun ~ to'la*", "trening uchun ~ to'lov*", "trening puli*",
    # paid through a payment app ("To'lovni Click orqali qiling", "Payme orqali to'lang"): a fifth writer's posts
    "to'lovni click orqali qiling", "to'lovni payme orqali qiling", "to'lovni click orqali amalga oshiring",
    "to'lovni payme orqali amalga oshiring", "click orqali to'lang", "payme orqali to'lang",
    "click orqali ~ to'laysiz", "payme orqali ~ to'laysiz", "click orqali ~ o'tkazing", "payme orqali ~ o'tkazing",
    # Russian (folded to Latin)
    "предоплат* ~ руб*", "предоплат* ~ сум*", "предоплат* за ~ обучени*", "предоплат* за ~ материал*",
    "предоплат* за ~ оформлени*", "внести предоплат*", "внесите предоплат*", "требуется предоплат*",
    "нужна предоплата", "оплатить обучени*", "оплатите обучени*", "оплата за обучени*", "платное обучени*",
    "регистрационный взнос*", "вступительный взнос*", "за регистраци* ~ оплат*", "оплат* ~ за регистраци*", "взнос за регистраци*", "оплатить регистраци*",
    "залог ~ руб*", "залог ~ сум*", "внести залог", "внесите залог", "оставить залог", "залог за ~ оборудовани*",
    "залог за ~ материал*", "залог за ~ форм*", "внести депозит", "внесите депозит", "депозит ~ руб*",
    "депозит ~ сум*", "депозит ~ usdt", "сделать депозит", "сделайте депозит", "пополнить депозит",
    "оплатить ~ стартов*", "переведите ~ руб*", "переведите ~ сум*",
    "переведите ~ на карту", "оплатите ~ руб*", "оплатите ~ сум*", "внести ~ руб*", "внести ~ сум*",
    "оплат* за оформлени*", "руб* за оформлени*", "сум* за оформлени*", "стоимость обучени* ~ руб*",
    "стоимость обучени* ~ сум*", "обучение платное", "пополните баланс*", "пополните ~ баланс*", "пополни баланс*",
    "пополните счет*", "пополните счёт*", "пополните ~ счет*", "пополните ~ счёт*", "оплата обучени*",
    "пополнить баланс*", "пополнить ~ баланс*", "пополнить счет*", "пополнить счёт*",
    "нужно оплатить ~ руб*", "нужно оплатить ~ сум*", "необходимо оплатить ~ руб*", "необходимо оплатить ~ сум*",
    "надо оплатить ~ руб*", "надо оплатить ~ сум*", "нужно заплатить ~ руб*", "нужно заплатить ~ сум*",
    "заплатите ~ руб*", "заплатите ~ сум*",
    # a registration's price ("Регистрация 50 000 сум", "Стоимость регистрации 500 рублей"), as Uzbek
    # "ro'yxatdan o'tish ~ so'm"; a comma ends the gap ("Регистрация бесплатно, оплата 50 000 сум в неделю")
    "регистраци* ~ сум", "регистраци* ~ сумов", "регистраци* ~ руб*",
    # a "contribution" paid in ("внести страховой взнос 1 900 рублей"; a bookkeeper's "страховые взносы" are taxes)
    "внести ~ взнос*", "внесите ~ взнос*", "страховой взнос ~ руб*", "страховой взнос ~ сум*",
    "гарантийн* платеж*", "гарантийн* платёж*", "страховку оплачиваете", "оплачиваете вы", "оплата за пропуск*",
    "оплата за форму", "сбор за верификаци*", "сбор за вывод*", "удерживает сбор",
    # equipment the seeker pays for ("Гарнитуру оплачиваете сами — 150 000 сум")
    "оплачиваете сами", "оплачиваете самостоятельно", "покупаете сами ~ сум*", "покупаете сами ~ руб*",
    "за свой счет ~ сум", "за свой счёт ~ сум", "за свой счет ~ руб*", "за свой счёт ~ руб*",
    # a course to buy first, a fee to withdraw earnings
    "курс* за ~ руб*", "курс* за ~ сум*", "курс* стоимостью ~ руб*", "курс* стоимостью ~ сум*", "купите ~ курс*",
    "оплатите ~ курс*", "оплатить ~ курс*", "платный курс*", "стоимость курс* ~ руб*", "стоимость курс* ~ сум*",
    "комисси* за вывод*",
    # the price of the job itself ("Стоимость трудоустройства 150 000 сум"; a fee "за трудоустройство" is a raw
    # pattern below); one "contribution" with its amount or to pay ("Первоначальный взнос 100 000 сум", not a
    # bookkeeper's "страховые взносы"); money to "put in" to start, with its amount ("нужно вложить 200 000 сум",
    # not "вложить душу", nor a marketer's "вложения в рекламу"); a starter kit to buy ("купить стартовый набор";
    # a SIM card's "стартовый пакет" a promoter sells is no fee, one sold to subscribers is a duty)
    # … a fee for reviewing the form (a twenty-sixth writer's «сбор за рассмотрение анкеты — 150 $»)
    "сбор* за рассмотрени*", "плат* за рассмотрени*", "взнос* за рассмотрени*", "сбор* за анкет*",
    "application review fee*", "review fee*", "anketa* ko'rib chiqish* ~ to'lov*", "anketa* ko'rib chiqish* ~ so'm*",
    "هزینه بررسی پرونده", "هزینه بررسی مدارک", "هزینه بررسی رزومه",
    "стоимость трудоустройств*", "платное трудоустройство", "трудоустройство платное", "оплатит* трудоустройств*",
    "взнос ~ сум", "взнос ~ сумов", "взнос ~ руб*", "взноса ~ сум", "взноса ~ сумов", "взноса ~ руб*",
    "оплатит* ~ взнос", "заплатит* ~ взнос", "вложит* ~ сум", "вложит* ~ сумов", "вложит* ~ руб*",
    "для начала ~ вложит*", "для старта ~ вложит*", "купит* ~ стартов* пакет*", "купит* ~ стартов* набор*",
    "купит* ~ стартов* комплект*", "приобре* ~ стартов* пакет*", "приобре* ~ стартов* набор*",
    "приобре* ~ стартов* комплект*",
    # what the seeker's training needs, "paid" before it (a thirty-fourth writer's «перед обучением оплачивается пакет
    # учебных материалов и тестовый доступ к CRM»; not the employer's «обучение оплачивается компанией»)
    "перед обучением оплачива*", "до начала обучения оплачива*", "перед стажировкой оплачива*",
    "оплачива* ~ учебн* материал*", "оплачива* ~ пакет* материал*", "оплачива* ~ стартов* набор*",
    "оплачива* ~ тестов* доступ*", "оплачива* ~ пробн* доступ*",
    # Persian
    "پیش پرداخت", "پیش‌پرداخت", "هزینه ثبت نام", "هزینه ثبت‌نام", "حق ثبت نام", "ودیعه ~ واریز", "واریز ~ ودیعه", "مبلغ ودیعه",
    "ودیعه ~ تومان", "تومان ودیعه", "بابت ودیعه", "ودیعه حسن انجام کار", "هزینه کارگزینی", "هزینه تشکیل پرونده",
    "هزینه پرونده", "ودیعه کالا", "باید واریز بشه", "کارمزد تسویه", "مالیات و کارمزد",
    "بیعانه ~ واریز", "واریز ~ بیعانه", "مبلغ بیعانه", "بیعانه ~ تومان", "تومان بیعانه", "بیعانه ~ پرداخت کنید",
    "ودیعه ~ پرداخت کنید",
    # a sum taken "as a deposit" (a thirty-fourth writer's «مبلغ ۸۰۰ هزار تومان به عنوان ودیعه دوره آزمایشی دریافت
    # می‌شود»)
    "به عنوان ودیعه", "ودیعه ~ دریافت میشود", "ودیعه ~ اخذ میشود",
    # a registration's or an entry fee's price ("ثبت‌نام ۲۰۰ هزار تومان"), as Uzbek "ro'yxatdan o'tish ~ so'm"
    "ثبت نام ~ تومان", "ثبت‌نام ~ تومان", "ثبت نام ~ ریال", "ثبت‌نام ~ ریال", "ورودیه ~ تومان", "ورودیه ~ ریال",
    "مبلغ ورودیه", "هزینه ورودیه", "ورودیه ~ واریز", "واریز ~ ورودیه", "ورودیه ~ پرداخت کنید",
    # a cost left to the applicant ("هزینه تجهیزات … بر عهده خود متقاضی است"), a paid course ("دوره آموزشی پولی است")
    "بر عهده ~ متقاضی", "به عهده ~ متقاضی", "بر عهده ~ کارجو", "به عهده ~ کارجو", "بر عهده ~ داوطلب",
    "به عهده ~ داوطلب", "دوره ~ پولی", "آموزش ~ پولی", "آموزش پولی", "دوره پولی",
    "واریز هزینه", "واریز مبلغ", "پرداخت هزینه ~ ثبت", "تومان واریز کنید", "تومان واریز نمایید",
    "ریال واریز کنید", "مبلغ ~ واریز کنید", "هزینه عضویت", "حق عضویت", "هزینه ~ پرداخت کنید",
    "هزینه ~ پرداخت نمایید", "تومان شارژ کنید", "ریال شارژ کنید", "حساب ~ را شارژ کنید",
    "به شماره کارت ~ واریز کنید", "به شماره کارت ~ واریز نمایید", "کارت به کارت کنید", "کارت به کارت نمایید",
    "تومان پرداخت کنید", "تومان پرداخت نمایید", "ریال پرداخت کنید", "ریال پرداخت نمایید", "دلار پرداخت کنید",
    "مبلغ ~ پرداخت کنید", "مبلغ ~ پرداخت نمایید",
    # "pay!" as one verb ("برای شروع کار باید ۵۰۰ هزار تومان بپردازید"), the amount before it or "را" between
    "تومان ~ بپردازید", "ریال ~ بپردازید", "دلار ~ بپردازید", "تتر ~ بپردازید", "مبلغ ~ بپردازید", "هزینه ~ بپردازید",
    "ودیعه ~ بپردازید", "تومان را پرداخت کنید", "تومان را واریز کنید",
    "برای برداشت ~ واریز کنید", "برای برداشت ~ پرداخت کنید", "برای برداشت ~ شارژ کنید", "هزینه برداشت",
    # a wallet or account topped up in tether or dollars first ("برای فعال‌سازی حساب ابتدا ۱۰۰ تتر شارژ کنید")
    "تتر شارژ کنید", "تتر واریز کنید", "تتر پرداخت کنید", "دلار واریز کنید", "دلار شارژ کنید", "حساب ~ شارژ کنید",
    # a seventh writer's posts (tests/data/legitimacy_phrasings_g): a fee stated as a fact ("you pay", "is paid")
    # rather than ordered, a "guarantee" paid in, a paid course, internship or app as the way into the job, a
    # deposit "we take" in colloquial Persian ("یه ودیعه ۵۰۰ تومنی میگیریم"); not the seeker's own pay ("Oylik
    # 5-sanada to'lanadi", "حقوق … پرداخت می‌شود"), nor the employer paying ("Мы оплачиваем обучение")
    "as a guarantee ~ transfer*", "as a guarantee ~ pay", "as a guarantee ~ send", "as a guarantee ~ deposit",
    "transfer* ~ as a guarantee", "pay ~ as a guarantee", "send ~ as a guarantee", "guarantee payment*",
    "guarantee fee*", "you buy ~ app", "you buy ~ apps", "you purchase ~ app", "buy our ~ app", "purchase our ~ app",
    "buy our ~ software", "purchase our ~ software", "paid internship fee*", "internship fee*",
    "boshlashdan oldin ~ so'm to'lanadi", "boshlashdan avval ~ so'm to'lanadi", "boshlash uchun ~ so'm to'lanadi",
    "kafolat uchun ~ so'm*", "kafolat sifatida ~ so'm*", "kafolatga ~ so'm*", "kurs* pulli*", "trening* pulli*",
    "o'quv* pulli*", "amaliyot* pulli*", "stajirovka* pulli*", "sotib olasiz ~ so'm*", "sotib olishingiz ~ so'm*",
    "оплачиваете ~ сум", "оплачиваете ~ сумов", "оплачиваете ~ руб*", "вы оплачиваете ~ страховк*",
    "оплачиваете страховк*", "вы платите ~ сум", "вы платите ~ руб*", "вносите ~ сум", "вносите ~ руб*",
    "покупаете ~ сум", "покупаете ~ сумов", "покупаете ~ руб*", "курс* платн*", "стажировк* платн*",
    "платн* стажировк*", "практик* платн*", "программ* платн*",
    "تومان پرداخت میکنید", "تومان پرداخت می کنید", "تومان واریز میکنید", "تومان واریز می کنید",
    "تومن پرداخت میکنید", "تومن پرداخت می کنید", "تومن واریز میکنید", "تومن واریز می کنید", "تومن واریز کنید",
    "تومن پرداخت کنید", "تومن ~ بپردازید", "ریال پرداخت میکنید", "ریال واریز میکنید", "دلار پرداخت میکنید",
    "دلار واریز میکنید", "تتر واریز میکنید", "تومان ~ واریز کنید", "تومن ~ واریز کنید", "تومان ~ پرداخت کنید",
    "ضمانت ~ واریز کنید", "ضمانت ~ پرداخت کنید", "ضمانت ~ واریز میکنید", "ودیعه ~ تومن", "ودیعه ~ تومنی",
    "تومنی ودیعه", "ودیعه ~ میگیریم", "ودیعه ~ می گیریم", "بیعانه ~ میگیریم", "بیعانه ~ می گیریم",
    # an amount paid in ("Для начала работы внесите 200 000 сум", not "внесите свои данные"), a training the seeker
    # pays for, said as a fact ("вы оплачиваете обучение", "treningni to'laysiz"; not "Мы оплачиваем обучение"), a
    # subscription to buy ("obunani sotib oling"; not "mijozlarga obuna sotib olishda yordam")
    "внесите ~ сум", "внесите ~ сумов", "внесите ~ руб*", "оплачиваете обучени*", "оплачиваете ~ обучени*",
    "платите за обучени*", "платите за ~ обучени*", "trening* ~ to'laysiz", "trening* ~ to'lang",
    "kurs* ~ to'laysiz", "kurs* ~ to'lang", "o'qish* ~ to'laysiz", "obuna* ~ sotib oling", "obuna* ~ sotib olasiz",
    "obuna* ~ to'lang", "obuna* ~ to'laysiz",
    *_ANY_CURRENCY_FEE,
    # (the named lists in the order their phrases were added: a match starting where another does is taken in it)
    *_FEES_BY_OTHER_NAMES, *_PLATFORM_ACCOUNTS_FUNDED, *_STARTER_STOCK_BOUGHT, *_TAXES_BEFORE_THE_PAYOUT,
    *_PAYMENTS_BY_APP_OR_LINK,
    *_PASSIVE_FEES,
    *_NO_FEE_WORD,
    *_PAID_RESERVATIONS, *_SUMS_SENT_TO_A_CARD, *_PAID_UNIFORMS, *_PAID_TESTS, *_EQUIPMENT_PLEDGES, *_PAID_CARD_TO_CARD,
    *_WALLETS_KEPT_TOPPED_UP, *_SHARES_IN_ADVANCE, *_NOTES_PLEDGED,
    *_FILE_COSTS_IN_DARI, *_CRYPTO_ESCROWS, *_WORKING_BALANCES, *_WORKING_ACCOUNTS_BOUGHT,
    *_GOODS_BOUGHT_WITH_OWN_MONEY,
    *_BALANCES_TOPPED_UP, *_PAID_TEAM_ENTRY, *_SUMS_HELD_IN_TRUST, *_REMITTANCES_SENT, *_THE_REST_AT_THE_INVITATION,
    *_GOODS_BOUGHT_WITH_OWN_CARD, *_INVESTMENTS_TO_START, *_CERTIFICATES_PRICED, *_OPLATA_IN_UZBEK,
    *_WORK_AFTER_PAYMENT,
    *_ADDRESS_AFTER_PAYMENT,
    # a course or training fee, but not "کمک هزینه دوره آموزشی" (a training allowance: a benefit Jobinja ads list)
    # nor one the employer pays ("پرداخت هزینه دوره آموزشی توسط شرکت")
    raw=((r"(?<!کمک\s)هزینه\s(?:دوره|آموزش)(?!\w)(?![^.!?\n؛؟]{0,40}?(?:توسط|بر\s+عهده|به\s+عهده|با)\s+"
          r"(?:شرکت|کارفرما|مجموعه|سازمان)|[^.!?\n؛؟]{0,40}?(?:پرداخت|تقبل|تامین|تأمین)\s*می\s*کند)", "هزینه"),
         # a course, membership or app bought as the way into the work: "you need to buy our training course", "you
         # must first complete our paid certification course", "buy the $30 starter membership to unlock tasks";
         # not "we pay for your course" nor "students must buy the course book"
         (r"you(?:'ll|\s+will|\s+would)?\s+(?:must|need\s+to|have\s+to|are\s+required\s+to|should)\s+(?:first\s+)?"
          r"(?:buy|purchase|pay\s+for|subscribe\s+to)\s+(?:\S+\s+){0,3}?" + _STARTER_BUY + r"(?!\s+books?\b)",
          "you", "buy", "purchase", "pay", "subscribe"),
         (r"you(?:'ll|\s+will|\s+would)?\s+(?:must|need\s+to|have\s+to|are\s+required\s+to)\s+(?:first\s+)?"
          r"(?:complete|take|pass|finish|attend|enrol+\s+in|sign\s+up\s+for)\s+(?:our\s+|a\s+|the\s+)?paid\s+"
          r"(?:\S+\s+){0,2}?(?:course|certification|class)", "paid", "paid"),
         *_each_opening((("buy", "buy"), ("purchase", "purchase"), (r"pay\s+for", "pay"), (r"subscribe\s+to", "subscribe")),
                        r"\s+(?:\S+\s+){0,3}?" + _STARTER_BUY + r"\s+(?:\S+\s+){0,2}?"
                        r"(?:to\s+(?:unlock|get|receive|access)\s+(?:\S+\s+)?(?:tasks|projects|orders|jobs|assignments"
                        r"|work)|to\s+(?:start|begin)\s+work\w*|before\s+you\s+(?:start|begin))(?!\w)"),
         # the same in Persian: a course, subscription, membership or app the seeker is told to buy ("دوره آموزشی ما
         # را ... خریداری کنید", "اشتراک ۲۰۰ هزار تومانی بخرید"); not "هنرجویان دوره را خریداری می‌کنند"
         (r"(?:دوره|آموزش|اشتراک|عضویت|اپلیکیشن|اپلیکیشنی|پکیج)(?!\w)[^.!?\n؛؟]{0,60}?(?:خریداری\s+(?:کنید|نمایید|کنین)"
          r"|بخرید|بخرین)(?!\w)", "", "دوره", "آموزش", "اشتراک", "عضویت", "اپلیکیشن", "اپلیکیشنی", "پکیج"),
         # a deposit that holds the seeker's place ("reserve your seat in the program with a $30 deposit")
         (r"(?:reserve|secure|hold|book)\s+your\s+(?:\S+\s+){1,5}?with\s+an?\s+(?:\S+\s+){0,2}?deposit", "deposit",
          "deposit*"),
         # a payment asked for before earnings can be withdrawn, in the same sentence ("чтобы вывести
         # заработанное, сначала оплатите комиссию"; Russian folded to Latin, as the text is)
         (r"(?:chtobi\s+vivesti|dlya\s+vivoda)\s[^.!?\n]{0,40}?(?:oplatite|vnesite|popolnite|perevedite|zaplatite)"
          r"(?!\w)", "viv", "vivesti", "vivoda"),
         # a fee "for employment" ("Оплата за трудоустройство 200 000 сум", "200 000 сум за трудоустройство"), not
         # a referral bonus or a recruiter's pay for the hires they bring ("за трудоустройство друга / кандидата")
         (r"(?:oplat\w{0,30}+|plat(?:a|u|i|y|e|it\w{0,30}+)|vznos\w{0,30}+|sbor\w{0,30}+|sum|sumov|rub\w{0,30}+)"
          r"\s++za\s++trudoustroystv\w{0,30}+"
          r"(?!\s+(?:kajd\w{0,30}+\s+)?(?:kandidat|drug|druz|znakom|sotrudnik|rabotnik|personal|specialist))",
          "za trudoustroystv", "trudoustroystv*"),
         # a course's price with the job promised after it ("kurs narxi 300 000 so'm, keyin ishga olinasiz"); a
         # course's price alone is a training centre's ad, not a fee for the job
         (r"(?:kurs|o'qish|o'quv|ta'lim|trening)\w*\s+(?:narxi|puli|to'lovi)\s+\d[\d\s.,]*(?:ming\s+|mln\s+)?so'm"
          r"[^.!?\n]{0,40}?(?:keyin|so'ng|so'ngra)\s+(?:\S+\s+){0,2}?ishga", "so'm", "ishga*"),
         # an amount right after "ishga kirish / joylashish" (the price of getting the job), not "… bilan oylik"
         (r"ishga\s+(?:kirish|joylashish)\s+(?:uchun\s+)?\d[\d\s.,]*(?:ming\s+|mln\s+|million\s+)?so'm", "", "ishga"),
         # an amount to pay for what starting takes ("pay $99 for your starter kit", "pay $50 upfront"); not a rate
         # ("pay $15 per hour for training") nor "pay attention to … before you start"
         (r"pay\s+(?:a\s+|an\s+|the\s+)?(?:one[- ]time\s+)?(?:fee\s+of\s+)?" + _MONEY
          + r"(?!\s+(?:per|an?|each|every)\b)\s+(?:[\w'-]+\s+){0,3}?"
          r"(?:upfront|up\s+front|for\s+(?:[\w'-]+\s+){0,2}?(?:starter\s+kit|kit|training|equipment|materials"
          r"|background\s+check|registration|onboarding|software|licen[cs]e)|before\s+you\s+(?:start|begin)"
          r"|to\s+(?:get\s+started|start|begin|register|activate))", "", "pay"),
         # the seeker told what they pay ("Before you start you pay $50", "You pay $50 for insurance"), not "you pay
         # $0", a rate ("you pay $5 per …") nor the employer ("we pay you $50")
         (r"you\s+(?:will\s+|must\s+|then\s+|first\s+|just\s+|only\s+)?pay\s+(?:a\s+|an\s+|the\s+)?"
          r"(?:one[- ]time\s+)?(?:fee\s+of\s+)?" + _MONEY.replace(r"\d[\d,.]*", r"[1-9][\d,.]*")
          + r"(?!\s+(?:per|an?|each|every)\b)", "pay", "pay"),
         # "As a guarantee, transfer 50 USD to the manager's card": the comma ends a phrase's gap
         (r"as\s+a\s+guarantee\W{0,3}\s*(?:\S+\s+){0,2}?(?:transfer|pay|send|deposit|wire)(?!\w)", "guarantee",
          "guarantee"),
         # a course's price with the job promised after it ("Training course costs $30, after the course you start
         # working", "دوره آموزشی ۲۰۰ هزار تومان، بعد از دوره استخدام می‌شوید"), as the Uzbek one above
         *_each_opening((("course", "course"), ("training", "training"), ("internship", "internship")),
                        r"\s+(?:\S+\s+){0,2}?(?:costs?|is|fee\s+is|price\s+is)\s+(?:only\s+|just\s+)?"
                        r"(?:\$|usd\s?|€|£)\s?[1-9][^.!?\n]{0,60}?(?:after|then|once|upon)\s+(?:\S+\s+){0,4}?"
                        r"(?:start\s+working|start\s+work|hired|employ\w*|get\s+(?:the|a)\s+job)"),
         (r"(?:دوره|آموزش)[^.!?\n؛؟]{0,40}?\d[^.!?\n؛؟]{0,20}?(?:تومان|تومن|ریال|دلار)[^.!?\n؛؟]{0,40}?"
          r"(?:بعد|پس)\s+از\s+(?:\S+\s+){0,2}?(?:استخدام|شروع\s+به\s+کار|مشغول\s+به\s+کار)", "", "دوره", "آموزش"),
         *_SIGN_FEES,
         *_FEE_QUESTIONS,
         *_PASSIVE_FEE_RAW,
         *_NO_FEE_WORD_RAW,
         *_PRICED_FEES,
         *_ACCOUNTS_ACTIVATED_AT_A_PRICE, *_STAKES_BACK_WITH_A_PREMIUM, *_FIRST_PAY_REFUND,
         *_CHECKS_AT_THE_CANDIDATES_COST, *_PLATFORM_ACCOUNTS_FUNDED_RAW, *_STARTER_STOCK_BOUGHT_RAW,
         *_KEYS_ACTIVATED_AT_A_PRICE, *_SUMS_SENT_TO_A_CARD_RAW, *_PAID_RESERVATIONS_RAW, *_PAID_TESTS_RAW,
         *_PAID_UNIFORMS_RAW,
         *_SHARES_IN_ADVANCE_RAW, *_CHEQUES_AS_GUARANTEE, *_PURCHASES_TO_START, *_PRICES_CREDITED_BACK_LATER, *_PARTNERS_PAID,
         *_STATE_DUTIES_TO_A_CARD, *_CUSTOMS_PAID_TO_AN_AGENT, *_GOODS_BOUGHT_WITH_OWN_MONEY_RAW,
         *_PAID_DATABASE_ACCESS,
         *_PRICED_WAYS_IN_RAW, *_PAPERS_ARRIVE, *_PAID_TEAM_ENTRY_RAW, *_GOODS_BOUGHT_WITH_OWN_CARD_RAW,
         *_TEST_TRANSFERS_TO_THE_EMPLOYER, *_ACCOUNTS_ACTIVATED_BY_A_DEPOSIT, *_TAXES_BEFORE_THE_PAYOUT_RAW,
         *_ACTIVATIONS_PRICED, *_GEAR_REFUNDED_WITH_THE_FIRST_PAY,
         *_TO_THE_CARD_A_BOT_GIVES, *_priced(_DEPOSITS_FOR_THE_GOODS), *_TOP_UPS_IN_A_CURRENCY, *_PAID_AND_PROVED,
         *_HIRING_STEPS_PAID_TO_A_PARTNER_OR_SITE,
         *_DEPOSITS_BACK_ON_ARRIVAL, *_QUOTAS_AND_BONDS, *_TICKET_MONEY_SENT, *_OUR_PEOPLE_PAID,
         *_SPOKEN_AMOUNTS_PAID, *_SERVICE_FEES_IN_ADVANCE, *_ADVANCES_FOR_THE_PAPERS, *_INVESTMENTS_TO_START_RAW),
)
