"""Money a task platform, a wallet or an exchange takes from the seeker: an account activated at a
price, a stake that comes back with a premium, a sum refunded with the first pay, a balance or a wallet topped up, a
test transfer to the employer's address, a tax paid before the payout, a fee sent to the card a bot gives. Part of
``upfront_fee``.
"""
from __future__ import annotations

from pipeline.legitimacy.rules.hiring_costs import _UZ_AMOUNT
from pipeline.legitimacy.rules.prices import (_CURRENCY_FIRST, _NOT_BY_PERIOD, _NOT_THE_EMPLOYERS, _PAY_OR_PAYER,
                                              _PRICE, _SENTENCE_GAP, _WHOLE)


# A tenth writer's posts (tests/data/legitimacy_phrasings_j: a bank fraud analyst's and a gig-ad reviewer's) asked for
# money as a step of a task platform or of hiring, with no fee word: an account, a profile or a wallet "activated" at a
# price ("Hisobingizni faollashtirasiz: … 120 000 so'm"), an "activation sum", a stake that "comes back with 30 %"
# ("ustama bilan qaytadi", "возвращается с процентом", "returned with your earnings"), a sum "refunded with the first
# salary" (the seeker pays it now: "badali … birinchi oylik bilan qaytariladi", "the $45 processing charge is
# reimbursed on your first paycheck"), a "guarantee sum" ("кафолат суммаси"), a check "at the candidate's cost" with
# its price, money put into one's own account or wallet on the platform ("hisobga 100 $ dan kiritish", "حداقل شارژ
# حساب"), a starter stock bought as a reseller ("خرید اولیه پکیج کالا"), a tax paid before the payout ("оплатить
# налоговый сбор"), a "verification" paid through a payment app or a link ("оплатить … через Payme"), a minimum balance
# of an amount. Not a bank's deposits returned to its clients with interest (a duty), a travel cost or a medical book
# the employer compensates ("компенсируем"), nor a guarantee cheque or promissory note ("سفته ضمانت").
# a fee by another name: an activation's sum, a stake's premium, a guarantee sum, a participation fee, a "charge"
_FEES_BY_OTHER_NAMES = (
    "faollashtirish summa*", "faollashtirish puli", "faollashtirish to'lov*", "faollashtirish narx*",
    "сумма активации", "сумму активации", "оплата активации", "оплату активации", "стоимость активации",
    "плата за активацию", "activation amount*", "activation deposit*", "activation payment*", "activation charge",
    "activation charges",
    "مبلغ فعالسازی", "هزینه فعالسازی", "مبلغ فعال سازی", "هزینه فعال سازی",
    "ustama bilan qayt*", "foiz* bilan qayt*", "foyda bilan qayt*", "komissiya* bilan ~ qayt*", "bonus bilan ~ qayt*",
    "возвращ* с процент*", "вернется с процент*", "вернётся с процент*", "вернем с процент*", "вернём с процент*",
    "обратно с процент*", "возвращ* с бонус*", "возвращ* с комисси*", "вернется с комисси*", "вернётся с комисси*",
    "returned with your earnings", "returned with ~ commission", "refunded with ~ commission",
    "returned with ~ profit", "back with ~ profit",
    "با سود ~ برگشت*", "با سود ~ برگردانده*", "به همراه سود ~ برگشت*", "به همراه سود ~ برگردانده*",
    "kafolat summa*", "kafolat mablag'*", "so'm kafolat*", "гарантийн* сумм*", "сумм* гарантии", "гарантийн* депозит*",
    "гарантийн* взнос*", "guarantee sum", "guarantee amount", "guarantee deposit*", "ضمانت نقدی", "مبلغ ضمانت",
    "وجه ضمانت",
    "ishtirok badal*", "so'm ~ badal*", "взнос за участие", "participation fee*", "participation contribution*",
    # (a charge named by its exact word: "training charge*" was looked up by "training" and tried on every text
    # holding it)
    "هزینه مشارکت", "processing charge", "processing charges", "registration charge", "registration charges",
    "onboarding charge", "onboarding charges", "application charge", "application charges", "training charge",
    "training charges",
)
# money put into one's own trading account or the platform's
_PLATFORM_ACCOUNTS_FUNDED = (
    "fund their ~ trading account*", "fund their ~ investment account*", "fund your ~ investment account*",
    "حداقل شارژ", "شارژ حساب ~ تتر", "شارژ حساب ~ دلار", "شارژ حساب ~ تومان", "حساب ~ تتر ~ شارژ",
    # … a trading account of one's own charged, or "guarantee capital" (a twenty-eighth writer's «شارژ حساب معاملاتی
    # شخصی روی پلتفرم … به عنوان «سرمایه ضمانت»»); a support desk's answers on customers' accounts are duties
    "شارژ حساب معاملاتی", "شارژ حساب ترید", "سرمایه ضمانت",
)
# a starter stock bought to resell
_STARTER_STOCK_BOUGHT = (
    "tovar* ~ sotib olish shart*", "tovar* ~ sotib olish majburiy", "mahsulot* ~ sotib olish shart*",
    "mahsulot* ~ sotib olish majburiy", "boshlang'ich partiya*", "первичн* закупк*", "обязательн* закупк*",
    # ("стартов* закупк*" was looked up by "start", the first letters of "стартов*" folded, in every English text)
    "стартовая закупка", "стартовую закупку", "стартовой закупки", "initial purchase ~ required", "initial order ~ required", "required initial purchase",
    "starter inventory", "starter stock", "خرید اولیه ~ الزامی", "خرید ~ پکیج ~ الزامی",
)
# a tax or a fee before the payout
_TAXES_BEFORE_THE_PAYOUT = (
    "налоговый сбор", "оплатите налог*", "заплатите налог*", "перед ~ выводом ~ оплатить",
    "для разблокировки ~ оплат*", "soliq* ~ to'lang", "soliq* ~ to'lashingiz kerak", "soliq yig'im*",
    "yechib olishdan oldin ~ to'la*", "pay ~ tax before", "tax ~ before ~ withdraw*", "tax ~ to unlock",
    "tax ~ to release", "مالیات ~ واریز کنید", "مالیات ~ پرداخت کنید", "برای آزادسازی ~ واریز", "برای آزادسازی ~ پرداخت",
    # … a tax on the withdrawal by name (a seventeenth writer's «مالیات برداشت», "налог на вывод")
    "налог* на вывод*", "налог* за вывод*", "withdrawal tax*", "tax on withdrawal*", "tax on your withdrawal*",
    "yechib olish solig'*", "pul yechish solig'*", "مالیات برداشت",
)
# a payment through a payment app or a link
_PAYMENTS_BY_APP_OR_LINK = (
    "оплатить ~ через payme", "оплатите ~ через payme", "оплатить ~ через click", "оплатите ~ через click",
    "оплатить ~ через uzum", "оплатите ~ через uzum", "оплатить ~ по ссылке", "оплатите ~ по ссылке",
    "havola orqali ~ to'lang", "havola orqali ~ to'lov qiling", "uzum* orqali ~ to'lang", "paynet orqali ~ to'lang",
    "pay ~ via the link", "pay ~ through the link", "pay ~ via ~ payment link", "از طریق لینک ~ پرداخت کنید",
    "با لینک ~ پرداخت کنید",
)
# what a sum refunded with the first pay is called, by language: (opening, needle, its words); a later payout named by
# its number is the first's kind (a twenty-fourth writer's "It is a one-time payment and is refunded with your 4th
# weekly payout": the seeker pays it now), in each language
_LATER_PAY_EN = (r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|[6-9]th|next)\s+(?:(?:weekly|monthly"
                 r"|bi-?weekly|regular)\s+)?")
_LATER_PAY_RU = r"(?:perv|vtor|tret|chetv[yoe]rt|pyat)\w*"
_LATER_PAY_RU_KEYS = ("pervoy", "pervuyu", "pervaya", "pervogo", "vtoroy", "vtoruyu", "vtoraya", "vtorogo", "tretey",
                      "tretyu", "tretya", "tretego", "chetvyort*", "chetvert*", "pyatoy", "pyatuyu")
_LATER_PAY_UZ = r"(?:birinchi|ikkinchi|uchinchi|to'rtinchi|beshinchi)"
_LATER_PAY_UZ_KEYS = ("birinchi", "ikkinchi", "uchinchi", "to'rtinchi", "beshinchi")
_LATER_PAY_FA = r"(?:اولین|دومین|سومین|چهارمین|پنجمین)"
_LATER_PAY_FA_AFTER = r"(?:اول|دوم|سوم|چهارم|پنجم)"
_FIRST_PAY_REFUND = (
    # (each looked up by its verb, rarer than "fee" or "charge")
    *((opening + r"s?\s+(?:(?:and|which)\s+)?(?:is\s+|will\s+be\s+|gets\s+)?(?:fully\s+|then\s+)?(?:reimbursed|refunded"
       r"|returned|credited\s+back)\s+(?:on|with|in|from|after)\s+your\s+" + _LATER_PAY_EN + r"(?:pay\s*check|salary|pay"
       r"|payout|payment|wages?)(?!\w)", opening, "reimbursed", "refunded", "returned", "credited")
      for opening in ("fee", "charge", "deposit", "contribution", "payment")),
    *((opening + r"\w*[^.!?\n]{0,80}?" + _LATER_PAY_UZ + r"\s+(?:oylik|maosh|ish\s+haqi|to'lov)\w*\s+(?:\S+\s+){0,2}?"
       r"qaytar\w*", opening, *_LATER_PAY_UZ_KEYS) for opening in ("badal", "depozit", "garov", "zalog", "kafolat",
                                                                   "omonat")),
    # a course's or a certificate's price ("Kurs qiymati birinchi oylikdan qaytarib beriladi", "Стоимость курса
    # вернём с первой зарплатой", "the course costs $199, refunded from your first paycheck"): the seeker pays it now
    *((opening + r"\w*\s+(?:qiymati|narxi|puli|to'lovi|xarajati)[^.!?\n]{0,80}?" + _LATER_PAY_UZ + r"\s+"
       r"(?:oylik|maosh|ish\s+haqi|to'lov)\w*\s+(?:\S+\s+){0,2}?qaytar\w*", opening, *_LATER_PAY_UZ_KEYS)
      for opening in ("kurs", "sertifikat", "trening", "o'qish")),
    *((r"stoimost\w*\s+" + opening + r"\w*[^.!?\n]{0,80}?(?:vozvrash\w*|vernyom|vernem|vernyotsya|vernetsya)\s+"
       r"(?:\S+\s+){0,2}?(?:s|so|v|iz|vmeste\s+s)\s+" + _LATER_PAY_RU + r"\s+(?:zarplat|viplat|oklad|zp)\w*", opening,
       *_LATER_PAY_RU_KEYS) for opening in ("kurs", "obucheni", "sertifikat", "trening")),
    *((opening + r"\w*[^.!?\n]{0,60}?(?:\$|usd\s?|€|£)\s?[1-9][^.!?\n]{0,60}?(?:refunded|returned)\s+"
       r"(?:from|with|on|in)\s+your\s+" + _LATER_PAY_EN + r"(?:pay\s*check|salary|pay|payout|payment|wages?)(?!\w)",
       opening, "refunded", "returned")
      for opening in ("course", "certificat")),
    *((opening + r"\w*[^.!?\n]{0,80}?(?:vozvrash\w*|vernyom|vernem|vernyotsya|vernetsya)\s+(?:\S+\s+){0,2}?"
       r"(?:s|so|v|iz|vmeste\s+s)\s+" + _LATER_PAY_RU + r"\s+(?:zarplat|viplat|oklad|zp)\w*", opening, *_LATER_PAY_RU_KEYS)
      for opening in ("vznos", "zalog", "depozit", "platej", "platyoj")),
    # … said of it in a sentence of its own, after its price (a thirty-first writer's "The fee is $45 (one-time) and
    # covers your CRM seat and a background check. It is refunded with your first payout.", «Она возвращается вместе с
    # первой выплатой», "U birinchi oylik bilan qaytariladi", «این مبلغ با اولین حقوق برگردانده می‌شود»)
    (r"(?<!\w)it\s+(?:is|will\s+be|gets)\s+(?:fully\s+|then\s+)?(?:reimbursed|refunded|credited\s+back)\s+(?:on|with|in"
     r"|from|after)\s+your\s+" + _LATER_PAY_EN + r"(?:pay\s*check|salary|pay|payout|payment|wages?)(?!\w)", "it ",
     "reimbursed", "refunded", "credited"),
    (r"(?<!\w)(?:ona|on|ono|oni|summa|summa|ta\s+summa|eta\s+summa)\s+(?:vam\s+)?(?:vozvrash\w*|vernyotsya|vernetsya)"
     r"\s+(?:vam\s+)?(?:vmeste\s+s|s|so)\s+" + _LATER_PAY_RU + r"\s+(?:zarplat|viplat|oklad|zp)\w*", "", "vozvrashayetsya",
     "vozvrashayutsya", "vernyotsya", "vernetsya"),
    (r"(?<!\w)(?:u|ular|bu\s+(?:pul|summa|mablag')|summa|pul)\s+" + _LATER_PAY_UZ + r"\s+(?:oylik|maosh|ish\s+haqi|to'lov)"
     r"\w*\s+(?:bilan\s+)?qaytar\w*", "", *_LATER_PAY_UZ_KEYS),
    (r"(?:این\s+مبلغ|این\s+پول|مبلغ\s+آن)\s+(?:\S+\s+){0,2}?(?:با|همراه|از|در)\s+" + _LATER_PAY_FA + r"\s+(?:حقوق|معاش|پرداخت"
     r"|تسویه)\s+(?:\S+\s+){0,3}?(?:برگردانده|بازگردانده|عودت|برگشت|مسترد)", "مبلغ", "مبلغ", "پول"),
    # (not "هزینه رفت و آمد با اولین حقوق برگردانده می‌شود": a travel cost the employer pays back)
    # (and in Dari: "this امانت is given back with the first معاش")
    *((opening + r"[^.!?\n؛؟]{0,80}?(?:با|همراه|از|در)\s+(?:" + _LATER_PAY_FA + r"\s+(?:حقوق|معاش|پرداخت|تسویه)|(?:حقوق"
       r"|معاش)\s+(?:ماه\s+)?" + _LATER_PAY_FA_AFTER + r")\s+(?:\S+\s+){0,3}?(?:برگردانده|بازگردانده|عودت|برگشت|مسترد"
       r"|داده)", needle, needle)
      for opening, needle in (("ودیعه", "ودیعه"), ("بیعانه", "بیعانه"), (r"مبلغ\s+واریزی", "واریزی"),
                              ("امانت", "امانت"), ("گرو", "گرو"))),
)
# an account, a profile or a wallet activated at a price ("Hisobingizni faollashtirasiz: … 120 000 so'm",
# "Activate your account with $30"; not "… faollashtiring, oylik 5 mln so'm": pay in between ends the reach)
_ACCOUNTS_ACTIVATED_AT_A_PRICE: tuple[tuple[str, ...], ...] = (
    *((opening + r"\w*\s+(?:\S+\s+)?faollashtir\w*" + _SENTENCE_GAP + _PRICE + _NOT_THE_EMPLOYERS, opening,
       "faollashtir*") for opening in ("hisob", "akkaunt", "profil", "kabinet", "hamyon")),
    (r"aktivir\w*\s+(?:\S+\s+){0,2}?(?:akkaunt|profil|kabinet|schet|schyot|uchetn|koshel)\w*" + _SENTENCE_GAP + _PRICE
     + _NOT_THE_EMPLOYERS, "aktivir", "aktivir*"),
    (r"activat(?:e|es|ing)\s+(?:your\s+|the\s+|a\s+)?(?:\S+\s+){0,2}?(?:account|profile|workstation|wallet|dashboard)s?"
     r"(?!\w)" + _SENTENCE_GAP + _PRICE + _NOT_THE_EMPLOYERS, "activat", "activate", "activates", "activating"),
    (r"فعال\s?سازی\s+(?:\S+\s+)?(?:حساب|اکانت|پنل|پروفایل|کیف\s?پول)" + _SENTENCE_GAP + _PRICE + _NOT_THE_EMPLOYERS,
     "فعال", "فعالسازی", "فعال"),
    # … the price first ("send $30 to unlock your admin account")
    (r"(?:pay|send|transfer|deposit|wire)\s+" + _CURRENCY_FIRST + r"\s+to\s+(?:unlock|activate)\s+(?:your\s+|the\s+)?"
     r"(?:\S+\s+)?(?:account|profile|panel|dashboard)s?(?!\w)", " to ", "unlock", "activate"),
)
# a stake back "+30 %" ("через 20 минут получаете обратно +30 %", "returned with a 30% bonus")
_STAKES_BACK_WITH_A_PREMIUM: tuple[tuple[str, ...], ...] = (
    (r"obratno\s*\+\s?\d+\s?%", "obratno", "obratno"),
    *((opening + r"\s+with\s+(?:an?\s+)?(?:extra\s+)?\+?\d+\s?%", opening, opening)
      for opening in ("returned", "refunded")),
)
# a check or a screening at the candidate's cost, anywhere in its sentence ("Хавфсизлик текшируви — … (хизмат ҳақи
# 45 USD, номзод ҳисобидан)"; the phrase "tekshiruv* ~ nomzod hisobidan" reaches three words), or paid by the
# candidate (a seventeenth writer's "Текширув хизмати учун 180 000 сўм номзод томонидан тўланади", "the $65 screening
# fee is paid by the candidate", "оплачивается кандидатом", «توسط متقاضی پرداخت می‌شود»), a KYC check too; not a
# medical exam at the seeker's cost, a matter of labour law (``test_a_medical_exam_at_the_seekers_cost_is_not_a_fee_…``)
_CHECKS_AT_THE_CANDIDATES_COST: tuple[tuple[str, ...], ...] = (
    *((opening + r"\w*[^.!?\n]{0,120}?(?:nomzod|arizachi)\w*\s+(?:hisobidan|tomonidan\s+to'lan\w*)", opening,
       "hisobidan", "tomonidan") for opening in ("tekshiruv", "verifikatsiya", "xavfsizlik", "kyc")),
    *((opening + r"\w*[^.!?\n]{0,120}?(?:za\s+(?:schet|schyot)\s+(?:kandidat|soiskatel)\w*|oplachiva\w*\s+"
       r"(?:kandidat|soiskatel)\w*|(?:kandidat|soiskatel)\w*\s+(?:sam\w*\s+)?oplachiva\w*)", opening, key)
      for opening, key in (("proverk", "proverk*"), ("verifikats", "verifikats*"), ("kyc", "kyc"),
                           ("skrining", "skrining*"))),
    # (looked up by "candidate" or "applicant", and run on a text holding the check's words)
    *((opening + r"[^.!?\n]{0,120}?(?:at\s+(?:the\s+)?(?:candidate|applicant)'?s\s+(?:own\s+)?(?:expense|cost)"
       r"|paid\s+by\s+(?:the\s+)?(?:candidate|applicant)s?(?!\w))", needle, "candidate", "applicant")
      for opening, needle in (("screening", "screening"), (r"background\s+check", "background check"),
                              ("verification", "verification"), ("kyc", "kyc"))),
    # … or any fee so paid, the check named in the sentence before ("It must be completed through our approved partner.
    # The $85 processing fee is paid by the candidate and will be reimbursed on your first paycheck": a refund with the
    # first pay, past the 50 characters a negation after the fee's name is read in, had read as the employer paying);
    # not a medical exam's, a matter of labour law
    (r"(?<!medical\s)(?<!exam\s)(?:fee|charge)s?\s+(?:is|are|will\s+be)\s+paid\s+(?:in\s+advance\s+|upfront\s+)?by\s+"
     r"(?:the\s+)?(?:candidate|applicant)s?(?!\w)", "paid by", "candidate", "applicant"),
    *((opening + r"[^.!?\n؛؟]{0,120}?(?:به\s+هزینه\s+(?:خود\s+)?(?:متقاضی|کارجو|داوطلب)|توسط\s+(?:خود\s+)?"
       r"(?:متقاضی|کارجو|داوطلب)\s+(?:پرداخت|واریز|تامین|تأمین))", needle, needle)
      for opening, needle in (("استعلام", "استعلام"), (r"احراز\s+هویت", "احراز"), (r"بررسی\s+سوابق", "سوابق"),
                              ("kyc", "kyc"))),
)
# money put into one's own account or wallet on the platform ("hamyoningizga kamida 20 USDT kiritasiz")
_PLATFORM_ACCOUNTS_FUNDED_RAW: tuple[tuple[str, ...], ...] = (
    *((opening + r"\w*(?:ga)\s+(?:\S+\s+){0,3}?" + _PRICE + r"(?:\s*dan)?\s+kirit\w*", opening, *keys)
      for opening, keys in (("hisob", ("hisobga", "hisobiga", "hisobingizga")), ("balans", ("balans*",)),
                            ("hamyon", ("hamyon*",)))),
    # a minimum balance of an amount ("once it holds a minimum balance of $50")
    (r"minimum\s+balance\s+of\s+" + _CURRENCY_FIRST, "minimum balance", "balance"),
)
# a starter stock bought with its price ("خرید اولیه پکیج کالا به مبلغ ۲ میلیون تومان")
_STARTER_STOCK_BOUGHT_RAW: tuple[tuple[str, ...], ...] = (
    (r"خرید\s+(?:اولیه|اول)\s[^.!?\n؛؟]{0,60}?\d[^.!?\n؛؟]{0,20}?(?:تومان|تومن|ریال|دلار)", "خرید", "خرید"),
    # the first consignment the seeker buys ("اولین محموله … را خودتان با ۳ میلیون و ۲۰۰ هزار تومان خریداری میکنید")
    (r"(?:اولین|نخستین)\s+(?:محموله|پارت|سری)[^.!?\n؛؟]{0,80}?(?:خودتان|خودتون)[^.!?\n؛؟]{0,60}?"
     r"(?:خریداری\s*(?:میکنید|کنید)|میخرید|بخرید)", "", "اولین", "نخستین"),
)

# A seventeenth writer's posts (tests/data/legitimacy_phrasings_q: a Tashkent fintech compliance officer's and an
# Iranian remote workers' organiser's) asked for money as a "test transfer" to the employer's address, or to connect
# the seeker's cabinet or login ("Для подключения кабинета сотрудник делает тестовый перевод 50 USDT на служебный адрес
# биржи", "to get your staff login send a 20 USDT test transfer to our verification address"), a wallet "activated"
# by a deposit, said in the passive ("New wallets are activated with a one-time 30 USDT deposit"), a tax paid before a
# withdrawal ("перед первым выводом оплачивается налог 12 %", «۱۰٪ مالیات برداشت را از قبل … واریز کنید», "a 15%
# withholding tax, which must be paid to the platform before the transfer is released") and a check paid by the
# candidate (``_CHECKS_AT_THE_CANDIDATES_COST``). Not a company's small test payment to a new supplier from its own
# account, customers' wallets activated, nor a tax the employer withholds.
# (not past "we" or "to you": «для подтверждения вашего счёта мы отправим тестовый перевод» is the employer's check)
_TEST_TRANSFER_GAP = r"(?:(?!(?<!\w)(?:we|mi|vam|tebe)(?!\w))[^.!?\n؛؟]){0,60}?"
# a test transfer (English, Russian, Uzbek, Persian), where it goes (the employer's: "our" address, the exchange's
# service wallet; Uzbek in the dative), and what it is for (the seeker's cabinet, login or wallet connected)
_TEST_TRANSFERS = {
    # (sent or made by the seeker: "we send a small test deposit to verify your account" is a payroll's own check;
    # ``{noun}``: one pattern per noun, looked up by "test transfer", "test payment" …, rare where "test" is not)
    "en": r"(?<!we\s)(?<!will\s)(?<!we'll\s)(?:send|make|do|complete|wire)\s+(?:us\s+)?(?:a|an|one)\s+(?:\S+\s+){0,3}?"
          r"test\s+{noun}s?(?!\w)",
    "ru": r"testov\w*\s+(?:perevod|platej|platyoj|depozit|tranzaktsi)\w*",
    "uz": r"(?:test|sinov)\s+o'tkazma\w*",
    "fa": r"(?:واریز|انتقال|تراکنش|پرداخت)\s+(?:ی\s+)?آزمایشی(?!\w)",
}
_TO_THE_EMPLOYERS_ADDRESS = {
    "en": r"(?:to|into)\s+(?:our|the\s+(?:company's|exchange's|platform's|service))\s+(?!(?:supplier|vendor|client"
          r"|customer)\w*)(?:\S+\s+)?(?:address|wallet|account)s?(?!\w)",
    "ru": r"na\s+(?:(?:nash|slujebn|korporativn)\w*\s+(?:\S+\s+)?(?:adres|koshel|schet|schyot)\w*|(?:\S+\s+)?(?:adres"
          r"|koshel|schet|schyot)\w*\s+(?:birji|kompanii|platformi|servisa)(?!\w))",
    "uz": r"(?:(?:hamyon|manzil|hisob|adres)imizga|(?:birja|kompaniya|xizmat)\w*\s+(?:hamyon|manzil|hisob|adres)\w*ga)"
          r"(?!\w)",
    "fa": r"به\s+(?:آدرس|کیف\s?پول|حساب|ولت)\s+(?:ما|شرکت|صرافی|سرویس|پشتیبانی)(?!\w)",
}
_TO_CONNECT_YOURS = {
    "en": r"to\s+(?:get|receive|activate|connect|link|bind|verify|unlock|open)\s+your\s+(?:\S+\s+)?(?:login|account"
          r"|wallet|cabinet|profile|access|dashboard)s?(?!\w)",
    "ru": r"dlya\s+(?:podklyucheni|privyazk|aktivatsi|verifikatsi|podtverjdeni|polucheni)\w*\s+(?:(?:vash|svo|tvo)\w*"
          r"\s+)?(?:\S+\s+)?(?:kabinet|koshel|akkaunt|profil|schet|schyot|dostup|login)\w*",
    "uz": r"(?:ulash|bog'lash|faollashtirish|tasdiqlash|ulanish)\s+uchun",
    "fa": r"برای\s+(?:اتصال|فعال\s?سازی|تایید|احراز|آزادسازی|دریافت)(?!\w)",
}
# … the transfer done by the seeker, where the purpose is said first in Uzbek and Persian ("… uchun … test o'tkazma
# qilasiz", not a customer's "… qilishimni aytdi"; «برای اتصال … واریز آزمایشی انجام دهید», not «… کنم»)
_DONE_BY_YOU = {
    "uz": r"\s+(?:qilasiz|qiling|qilishingiz\s+(?:kerak|lozim)|yuborasiz|yuboring|o'tkazasiz|o'tkazing|amalga\s+"
          r"oshirasiz|amalga\s+oshiring)(?!\w)",
    "fa": r"[^.!?\n؛؟]{0,40}?(?:انجام\s+(?:دهید|بدهید|میدهید|می\s*دهید)|(?<!\w)(?:کنید|بکنید|میکنید|می\s*کنید"
          r"|بزنید))(?!\w)",
}
_TEST_TRANSFER_KEYS = {"ru": ("testov*",), "uz": ("test", "sinov"), "fa": ("آزمایشی",)}
_TEST_TRANSFER_NEEDLES = {"ru": "testov", "uz": "o'tkazma", "fa": "آزمایشی"}
_TEST_TRANSFER_NOUNS = ("transfer", "payment", "deposit", "transaction")
_TEST_TRANSFERS_TO_THE_EMPLOYER: tuple[tuple[str, ...], ...] = (
    *((_TEST_TRANSFERS[lang] + _TEST_TRANSFER_GAP + _TO_THE_EMPLOYERS_ADDRESS[lang], _TEST_TRANSFER_NEEDLES[lang],
       *_TEST_TRANSFER_KEYS[lang]) for lang in ("ru", "uz", "fa")),
    (_TO_THE_EMPLOYERS_ADDRESS["uz"] + _TEST_TRANSFER_GAP + _TEST_TRANSFERS["uz"], "o'tkazma", "test", "sinov"),
    *((_TO_CONNECT_YOURS[lang] + _TEST_TRANSFER_GAP + _TEST_TRANSFERS[lang] + _DONE_BY_YOU.get(lang, ""),
       _TEST_TRANSFER_NEEDLES[lang], *_TEST_TRANSFER_KEYS[lang]) for lang in ("ru", "uz", "fa")),
    # … and in English, where the seeker's purpose may follow the transfer ("a test transfer to verify my wallet", a
    # customer's words, is not the seeker's), as in Russian below
    *((test + _TEST_TRANSFER_GAP + rest, f"test {noun}", "test")
      for noun in _TEST_TRANSFER_NOUNS for test in (_TEST_TRANSFERS["en"].replace("{noun}", noun),)
      for rest in (_TO_THE_EMPLOYERS_ADDRESS["en"], _TO_CONNECT_YOURS["en"])),
    *((_TO_CONNECT_YOURS["en"] + _TEST_TRANSFER_GAP + _TEST_TRANSFERS["en"].replace("{noun}", noun), f"test {noun}",
       "test") for noun in _TEST_TRANSFER_NOUNS),
    (_TEST_TRANSFERS["ru"] + _TEST_TRANSFER_GAP + _TO_CONNECT_YOURS["ru"].replace(r"(?:(?:vash|svo|tvo)\w*\s+)?",
                                                                                  r"(?:vash|svo|tvo)\w*\s+"),
     "testov", "testov*"),
)
# a wallet, an account or a cabinet "activated" by a deposit, in the passive (as ``_ACCOUNTS_ACTIVATED_AT_A_PRICE``
# reads the active: "Activate your wallet with $30"); not customers' (a duty: «کیف پول کاربران», "кошелёк клиента")
_ACCOUNTS_ACTIVATED_BY_A_DEPOSIT: tuple[tuple[str, ...], ...] = (
    (r"(?:account|wallet|profile|cabinet|dashboard)s?\s+(?:is|are|gets?|must\s+be|will\s+be|needs?\s+to\s+be)\s+"
     r"activated\s+(?:with|by|after|through|for|via)" + _SENTENCE_GAP + _PRICE + _NOT_THE_EMPLOYERS, "activated",
     "activated"),
    (r"(?:akkaunt|profil|kabinet|koshel|schet|schyot)\w*\s+(?:(?!kliy?ent|polzovatel|pokupatel)\S+\s+)?aktivir\w*"
     + _SENTENCE_GAP + _PRICE + _NOT_THE_EMPLOYERS, "aktivir", "aktivir*"),
    (r"(?:حساب|اکانت|پنل|پروفایل|کیف\s?پول)(?:(?!مشتری|کاربر)[^.!?\n؛؟]){0,40}?با\s+(?:واریز|پرداخت|شارژ)\s+"
     r"(?:\S+\s+){0,2}?" + _PRICE + r"[^.!?\n؛؟]{0,30}?فعال\s*(?:میشود|می\s*شود|شود|میگردد|می\s*گردد|خواهد\s+شد)",
     "فعال", "فعال"),
)
# a tax paid before the withdrawal or the payout, or in advance, as the seeker's to pay ("оплачивается",
# "to'laysiz", "must be paid", «واریز کنید»); not one the employer or the platform withholds
_TAXES_BEFORE_THE_PAYOUT_RAW: tuple[tuple[str, ...], ...] = (
    (r"pered\s+(?:\S+\s+){0,2}?vivod\w*[^.!?\n]{0,60}?(?:oplach|oplat|zaplat|vnes|vnos|perevod|perevest|perevedi)\w*"
     r"[^.!?\n]{0,30}?nalog", "vivod", "nalog*"),
    (r"nalog\w*[^.!?\n]{0,60}?(?:oplach|oplat|zaplat|vnes|vnos|perevod|perevest|perevedi)\w*[^.!?\n]{0,40}?"
     r"(?:pered|do)\s+(?:\S+\s+){0,2}?vivod", "vivod", "nalog*"),
    (r"tax\w*[^.!?\n]{0,80}?(?:must|has\s+to|have\s+to|needs?\s+to|should|is\s+to)\s+be\s+paid[^.!?\n]{0,60}?"
     r"(?:before|prior\s+to)\s+(?:\S+\s+){0,3}?(?:released|withdraw\w*|payouts?|paid\s+out|transfer\w*)(?!\w)",
     "be paid", "tax", "taxes"),
    (r"(?:yechib\s+olish|pul\s+yechish|chiqarib\s+olish)\w*dan\s+(?:oldin|avval)[^.!?\n]{0,60}?soliq\w*"
     r"[^.!?\n]{0,30}?to'la(?:ng|ysiz|nadi|shingiz|sh\s+kerak|sh\s+lozim)(?!\w)", "soliq", "soliq*"),
    (r"soliq\w*[^.!?\n]{0,40}?oldindan\s+(?:\S+\s+)?to'la(?:ng|ysiz|nadi|shingiz|sh\s+kerak|sh\s+lozim)(?!\w)",
     "oldindan", "soliq*"),
    (r"مالیات(?!\w)[^.!?\n؛؟]{0,60}?(?:از\s+قبل|پیشاپیش|قبل\s+از\s+برداشت|پیش\s+از\s+برداشت)[^.!?\n؛؟]{0,60}?"
     r"(?:واریز|پرداخت)\s*(?:کنید|نمایید|میکنید|می\s*کنید)(?!\w)", "مالیات", "مالیات"),
    (r"(?:برای|قبل\s+از|پیش\s+از)\s+برداشت[^.!?\n؛؟]{0,80}?مالیات(?!\w)[^.!?\n؛؟]{0,60}?(?:واریز|پرداخت)\s*"
     r"(?:کنید|نمایید|میکنید|می\s*کنید)(?!\w)", "مالیات", "مالیات"),
)

# A twenty-first writer's posts (tests/data/legitimacy_phrasings_u: a moderator of an Uzbek Telegram job channel's and
# the admin's of an Iranian page that reposts remote-work ads) put the ask in one item of a channel post, as a noun with
# its price: the seeker's account or cabinet activated ("Ishchi kabinetni aktivatsiya qilish 49 000 so'm", «доступ к
# заданиям после активации аккаунта — 99 000 сум (разово)», "Activation of your work cabinet: $30", «فعال کردن پنل
# کاری ۴۹ هزار تومان»), in any order and after "after" too: an activation is no step pay follows, so the price in its
# sentence is the activation's. Not pay after it (a pay word, or a period before or after the amount: "после активации
# аккаунта — 3 000 000 сум в месяц", "Akkaunt aktivatsiyasidan keyin oylik …"), a reward for each activation ("5 000
# сум за каждую активацию", "you get a $50 bonus"), the activation free, nor accounts in the plural or customers'
# (a telecom dealer's or a bank's staff activate them: the job).
_PER_PERIOD_WORDS = (r"(?<!\w)(?:kuniga|haftasiga|oyiga|soatiga|kunlik|haftalik|v\s+(?:den|nedel\w*|mesyats|chas)"
                     r"|v\s+sutki|per|an?\s+(?:day|week|month|hour)|daily|weekly|monthly|hourly|روزانه|ماهانه|ماهیانه"
                     r"|هفتگی|ساعتی|در\s+(?:روز|هفته|ماه|ساعت))(?!\w)")
_REWARD_WORDS = (r"(?<!\w)(?:bonus\w*|commission\w*|komissiya\w*|mukofot\w*|premiya\w*|har\s+bir\w*|each|every|get"
                 r"|gets|receive\w*|olasiz|olasan|za\s+kajd\w*|poluch\w*|پاداش|پورسانت|کمیسیون|هر|دریافت\w*"
                 r"|میگیرید)(?!\w)")
_UNPAID_GAP = r"(?:(?!" + _PAY_OR_PAYER + "|" + _PER_PERIOD_WORDS + "|" + _REWARD_WORDS + r")[^.!?\n;؛؟]){0,80}?"
_NOT_A_REWARD = r"(?!\s*(?:\S+\s+)?" + _REWARD_WORDS + ")"
_NOT_CUSTOMERS = r"(?!\s+(?:kliy?ent|polzovatel|abonent|pokupatel|mijoz|customer|client|user|مشتری|کاربر)\w*)"
_ACTIVATIONS_PRICED: tuple[tuple[str, ...], ...] = tuple(
    (opening + _NOT_CUSTOMERS + _UNPAID_GAP + _PRICE + _WHOLE + _NOT_BY_PERIOD + _NOT_A_REWARD + _NOT_THE_EMPLOYERS,
     *needs) for opening, *needs in (
        (r"(?:hisob|akkaunt|profil|kabinet|hamyon)(?!\w*lar)\w*\s+(?:\S+\s+)?(?:aktivatsiya|aktivlashtir)\w*",
         "aktiv", "aktivatsiya*", "aktivlashtir*"),
        (r"aktivatsi\w*\s+(?:\S+\s+)?(?:akkaunt|kabinet|profil|uchetn\w*\s+zapis|schet|schyot|koshel\w*)"
         r"(?:a|u|om|e|i|ya|yom|ka|ke)?(?!\w)", "aktivatsi", "aktivatsi*"),
        (r"activation\s+of\s+(?:your\s+|the\s+|a\s+)?(?:\S+\s+)?(?:account|profile|cabinet|dashboard|workspace|panel"
         r"|wallet)(?!\w)", "activation of", "activation"),
        (r"فعال\s+(?:کردن|نمودن|شدن)\s+(?:\S+\s+)?(?:حساب|اکانت|پنل|پروفایل|کیف\s?پول)(?!\s?ها)", "فعال", "کردن",
         "نمودن", "شدن"),
    ))
# … and the job's gear (a uniform, a delivery bag, a tablet, a kit) at a price "refunded with the first salary": the
# seeker pays for it now ("Forma + termosumka 290 000 so'm (birinchi oylik bilan to'liq qaytariladi) — to'lov adminga",
# "Uniform and thermal bag: 45 USD, refunded with the first salary", «لباس فرم … ۲۹۰ هزار تومان (با اولین حقوق
# برگردانده می‌شه)»; the Russian "вернём с первой зарплатой" after any price is ``_PRICES_CREDITED_BACK_LATER``'s). Not
# gear given free or deducted from pay under a contract (nothing paid first), nor a cost paid to others and refunded
# (travel, the internet: no gear).
_GEAR_REFUNDED_WITH_THE_FIRST_PAY: tuple[tuple[str, ...], ...] = (
    (r"(?:forma|uniforma|termosumka|sumka|kiyim|planshet|jihoz|uskuna|to'plam|nabor|komplekt|beydj|bejik)\w*"
     r"[^.!?\n]{0,60}?" + _UZ_AMOUNT + r"[^.!?\n]{0,60}?birinchi\s+(?:oylik|maosh|ish\s+haqi|haftalik|to'lov)\w*\s+"
     r"(?:\S+\s+){0,2}?qaytar\w*", "birinchi", "qaytar*"),
    (r"(?:uniforms?|(?:thermal\s+|delivery\s+|insulated\s+)?bags?|tablets?|kits?|equipment|badges?|gear)(?!\w)"
     r"[^.!?\n]{0,60}?" + _PRICE + r"[^.!?\n]{0,60}?(?:refunded|returned|reimbursed|paid\s+back|credited\s+back)\s+"
     r"(?:to\s+you\s+)?(?:in\s+full\s+)?(?:with|on|in|from)\s+(?:your|the)\s+first\s+(?:pay\s*check|salary|pay|payout"
     r"|payment|wages?)(?!\w)", "first", "refunded", "returned", "reimbursed", "credited"),
    (r"(?:لباس\s+(?:فرم|کار)|یونیفرم|یونیفورم|کیف|باکس|تبلت|تجهیزات|کیت)(?!\w)[^.!?\n؛؟]{0,60}?" + _PRICE
     + r"[^.!?\n؛؟]{0,60}?(?:با|همراه|از|در)\s+(?:اولین\s+(?:حقوق|پرداخت|دستمزد)|(?:حقوق|دستمزد)\s+(?:ماه\s+)?اول)\s+"
     r"(?:\S+\s+){0,3}?(?:برگردانده|بازگردانده|عودت|برگشت|مسترد|پس\s+داده|برمیگرد\w*)", "اول", "لباس", "یونیفرم",
     "یونیفورم", "کیف", "باکس", "تبلت", "تجهیزات", "کیت"),
)

# A twenty-third writer's posts (tests/data/legitimacy_phrasings_w: a bank fraud analyst's, who follows the warnings of
# Iran's cyber police) borrowed a ministry's, a bank's or a marketplace's name and asked beside it with other words
# again: a fee sent to the card a bot or the admin gives ("Pay the one-time resident certificate fee of 290,000 UZS to
# the card the bot gives you"), an insurance deposit for the goods priced past a dash («управляющий вносит страховой
# депозит за товар — 1 500 000 сум»), a balance topped up in a currency ("Top up in USDT (TRC20): minimum $100").
# Not the seeker's pay on a card a bank issues, a deposit the job's clients make, nor customers helped to top up. The
# card "support" gives is the admin's (a twenty-fourth writer's film-rating app: «если он ушёл в минус, пополняете его
# переводом на карту, которую даст служба поддержки»), and so is a top-up of "the difference" in crypto ("top up the
# difference in USDT (TRC20) through customer service").
_TO_THE_CARD_A_BOT_GIVES: tuple[tuple[str, ...], ...] = (
    (r"(?:pay|send|transfer|wire|deposit|fee|charge|payment|amount|sum)(?!\w)[^.!?\n]{0,120}?(?:to|onto|into)\s+"
     r"the\s+card(?:\s+number)?\s+(?:(?:that|which)\s+)?(?:the\s+|our\s+)(?:bot|admin|administrator|curator|mentor"
     r"|support(?:\s+team)?|customer\s+(?:service|support))\s+"
     r"(?:gives|sends|provides|names|shares|shows|will\s+(?:give|send|provide|name|share|show))(?!\w)", "card", "bot",
     "admin", "administrator", "curator", "mentor", "support", "service"),
    (r"(?:pay|send|transfer|wire|deposit|fee|charge|payment|amount|sum)(?!\w)[^.!?\n]{0,120}?(?:to|onto|into)\s+"
     r"the\s+card(?:\s+number)?\s+(?:in|from|given\s+(?:in|by))\s+(?:the\s+|our\s+)bot(?!\w)", "card", "bot"),
    (r"(?:oplatite|oplachivayete|perevedite|perevodite|perechislite|vnesite|vnosite|otpravte|otprav'te|skinte"
     r"|zakinte|popolnite|popolnyayete|popolnyaete|sbor|vznos|platej|platyoj|depozit|zalog|komissi)\w*[^.!?\n]{0,120}?"
     r"na\s+kart\w*[\s,]+(?:kotor\w+|iz|v|ukazann\w*)\s+(?:\S+\s+){0,2}?(?:bot\w*|admin\w*|kurator\w*|nastavnik\w*"
     r"|podderjk\w*)(?!\w)", "kart", "bot", "bota", "bote", "botom", "admin*", "kurator*", "nastavnik*",
     "podderjki", "podderjka", "podderjku"),
    (r"(?:to'lov|yig'im|badal|pul|depozit|garov|zalog|xizmat\s+haqi)\w*" + _SENTENCE_GAP + r"(?<!\w)(?:bot|admin"
     r"|administrator|kurator|mentor|support|qo'llab-quvvatlash)\s+(?:\S+\s+)?(?:bergan|ko'rsatgan|yuborgan|beradigan|ko'rsatadigan"
     r"|yuboradigan|aytgan|aytadigan)\s+karta(?:ga|siga)(?!\w)", "karta", "bot", "admin", "administrator", "kurator",
     "mentor", "support", "quvvatlash"),
    (r"(?<!\w)(?:bot|admin|administrator|kurator|mentor|support|qo'llab-quvvatlash)\s+(?:\S+\s+)?(?:bergan|ko'rsatgan|yuborgan|beradigan"
     r"|ko'rsatadigan|yuboradigan|aytgan|aytadigan)\s+karta(?:ga|siga)\s+(?:\S+\s+){0,2}?(?:o'tkaz(?:ing|asiz)"
     r"|tashla(?:ng|ysiz)|to'la(?:ng|ysiz))(?!\w)", "karta", "bot", "admin", "administrator", "kurator", "mentor",
     "support", "quvvatlash"),
    (r"(?:هزینه|مبلغ|ودیعه|بیعانه|وجه|پول)(?!\w)" + _SENTENCE_GAP + r"(?:به|روی)\s+(?:شماره\s+)?کارتی\s+که\s+"
     r"(?:\S+\s+)?(?:ربات|بات|ادمین|پشتیبان|پشتیبانی)\s+(?:\S+\s+)?(?:میدهد|میدهند|می\s+دهد|میفرستد|میفرستند"
     r"|می\s+فرستد|اعلام\s*میکند|اعلام\s*میکنند|اعلام\s*می\s+کند|معرفی\s*میکند|میگوید|می\s+گوید)(?!\w)", "کارتی",
     "ربات", "بات", "ادمین", "پشتیبان", "پشتیبانی"),
)
# an insurance or guarantee deposit, or one for the goods, priced in its sentence (a dash, the goods and the amount's
# words between them had been past a phrase's three words)
_DEPOSITS_FOR_THE_GOODS = (
    (r"(?:straxov|obespechitel)\w*\s+(?:depozit|zalog)", "", "straxovoy", "straxovogo", "straxovim", "straxovomu",
     "obespechitel*"),
    # (a deposit, not a pledge: a pawnshop's job is to take «залог за товар», "tovar uchun garov")
    (r"depozit\w*\s+za\s+(?:tovar|produktsi|oborudovani|texnik|noutbuk|kass|tochk|punkt)", " za ", "depozit*"),
    (r"(?:sug'urta|kafolat)\s+(?:depozit|garov|zalog)", "", "sug", "kafolat"),  # ("sug'urta": "sug", "urta")
    (r"tovar\w*\s+uchun\s+depozit", "uchun", "tovar*"),
    (r"(?:ودیعه|سپرده)\s+(?:بیمه|ضمانت|تضمین)", "", "ودیعه", "سپرده"),
    (r"insurance\s+deposit", "deposit", "insurance"),
    (r"deposit\s+for\s+the\s+(?:goods|stock|products|inventory|merchandise)", "deposit", "deposit"),
)
# a balance topped up in a currency or by an amount, in the imperative with no object ("Top up in USDT (TRC20):
# minimum $100"; "top up your account" is a phrase); not customers', nor the employer's ("We top up $20 on your
# transport card")
# (the look-behinds after "top": a pattern opening with its word is searched for it, not tried at every place)
_NOT_THEIRS_TOPPED_UP = "".join(rf"(?<!{w}\stop)" for w in ("we", "customers", "clients", "users", "players", "they"))
_TOP_UPS_IN_A_CURRENCY: tuple[tuple[str, ...], ...] = (
    (r"top" + _NOT_THEIRS_TOPPED_UP + r"[- ]?up\s+(?:in|with|via|using)\s+(?:usdt|tether|crypto\w*|bitcoin|btc|trc-?20"
     r"|erc-?20|usd(?!\w)|\$)", "top", "top", "topup"),
    (r"top" + _NOT_THEIRS_TOPPED_UP + r"[- ]?up\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|(?:the\s+)?minimum\s+(?:of\s+)?"
     r"|only\s+|just\s+)?" + _CURRENCY_FIRST + _WHOLE + _NOT_BY_PERIOD, "top", "top", "topup"),    # … or "it" or "the difference" in crypto ("top up the difference in USDT (TRC20)"; "your balance" is a phrase)
    (r"top" + _NOT_THEIRS_TOPPED_UP + r"[- ]?up\s+(?:it|them|the\s+(?:\S+\s+){0,2}?\S+)\s+(?:in|with|via|using)\s+"
     r"(?:usdt|tether|crypto\w*|bitcoin|btc|trc-?20|erc-?20)(?!\w)", "top", "top", "topup"),
    # … in Russian and Uzbek, the seeker told so («пополните разницу в USDT», "farqni USDT orqali to'ldirasiz")
    (r"popoln(?:ite|yayete|yaete)\s+(?:yego|yeyo|ix|raznits\w*|ostat\w*|nedostay\w*)\s+(?:v|cherez)\s+(?:usdt|tether"
     r"|kript\w*|bitkoin\w*|btc|trc-?20)(?!\w)", "popoln", "popolnite", "popolnyayete", "popolnyaete"),
    (r"(?:farq\w*|uni|kamomad\w*)\s+(?:\S+\s+)?(?:usdt|tether|kripto\w*)\s+(?:bilan|orqali|da)\s+"
     r"to'ldir(?:ing|asiz|ishingiz)(?!\w)", "to'ldir", "usdt", "tether", "kripto*"),
)

# Pasted chats (tests/data/legitimacy_phrasings_ag): the seeker told to pay and to show the proof, a screenshot or the
# receipt, as the Persian «واریز و فیش را ارسال کنید» is read («Адрес кошелька пришлю, после перевода скиньте скрин»,
# «Оплатите и пришлите чек», "Click orqali to'lab chekni shu yerga tashlang", "Pay via Click and send the receipt here",
# "After paying, send us a screenshot"); and the tasks that open after the seeker tops the balance up by an amount
# («открывается после пополнения баланса на 20 USDT», "unlocks after a top-up of 20 USDT", "balansni 20 USDT ga
# to'ldirgandan keyin ochiladi"). Not a customer's payment and its receipt («После оплаты клиентом скиньте скрин»,
# "Mijoz … to'lagach, chekni … yuklang"), a supplier paid and the receipt sent to accounting, nor a customer's top-up.
_PROOF = r"(?:skrin\w*|chek\w*|kvitan\w*|screenshot\w*|receipt\w*|proof\s+of\s+(?:payment|transfer))"
# (each looked up by the proof's word, rarer than the payment's)
_PROOF_WORDS = ("skrin*", "skrinshot*", "chek", "cheki", "chekni", "cheka", "chekom", "chekini", "kvitan*",
                "screenshot", "screenshots", "receipt", "receipts", "proof")
_NOT_TO_ACCOUNTING = (r"(?![^.!?\n]{0,40}?(?:accounting|finance|bookkeep|buxgalter|bugalter|hisobchi|moliya"
                      r"|kadrlar|otdel))")
_PAID_AND_PROVED: tuple[tuple[str, ...], ...] = (
    (r"posle\s+(?:perevoda|oplati|popolneniya)(?!\s+(?:kliy?ent|pokupatel|zakazchik)\w*)[\s,]+(?:\S+\s+){0,2}?"
     r"(?:skinte|prishlite|otpravte|vishlite|skin|prishli|otprav)\s+(?:\S+\s+){0,2}?" + _PROOF + _NOT_TO_ACCOUNTING,
     "posle", *_PROOF_WORDS),
    (r"(?:oplatite|perevedite|zaplatite|popolnite)\s+(?:[^.!?\n]{0,60}?\s)?(?:i|a\s+potom|potom|zatem)\s+"
     r"(?:skinte|prishlite|otpravte|vishlite)\s+(?:\S+\s+){0,2}?" + _PROOF + _NOT_TO_ACCOUNTING,
     "", *_PROOF_WORDS),
    (r"(?:to'lab|to'lov\s+qilib|o'tkazib|tolab|otkazib|tulab|utkazib)\s+(?:\S+\s+){0,3}?(?:chek|skrin)\w*\s+"
     r"(?:\S+\s+){0,3}?(?:tashlang|yuboring|jo'nating|jonating|junating)(?!\w)" + _NOT_TO_ACCOUNTING,
     "", *_PROOF_WORDS),
    (r"(?:pay|transfer)\s+[^.!?\n]{0,60}?\s(?:and|then)\s+(?:then\s+)?(?:send|share|upload|forward|drop)\s+"
     r"(?:us\s+|me\s+|it\s+)?(?:a\s+|the\s+|your\s+)?(?:screenshot|receipt|proof)" + _NOT_TO_ACCOUNTING,
     "", *_PROOF_WORDS),
    (r"after\s+(?:paying|the\s+payment|payment|the\s+transfer|transferring|you\s+pay|you've\s+paid"
     r"|you\s+have\s+paid)\s*,?\s+(?:send|share|upload|forward)\s+(?:us\s+|me\s+)?(?:a\s+|the\s+)?"
     r"(?:screenshot|receipt|proof)", "after", *_PROOF_WORDS),
    (r"posle\s+popolneni\w*\s+(?:\S+\s+){0,2}?na\s+(?:summu\s+)?\d", "posle", "popolneni*"),
    (r"(?:after|once|when)\s+(?:(?:a|the|your)\s+)?top[- ]?up\s+of\s+(?:[$€£]\s?\d|\d)"
     r"|(?:after|once|when)\s+you\s+top\s+up\s+(?:your\s+\w+\s+)?(?:with\s+|by\s+)?(?:[$€£]\s?\d|\d)",
     "top", "after", "once", "when"),
    (r"(?:balans|hisob|hamyon)\w*\s+(?:\S+\s+){0,2}?\d[\d\s.,]*\s?(?:usdt|\$|dollar|so'm|ming)\w*\s*(?:ga\s+)?"
     r"to'ldir(?:gandan|ganingizdan|sangiz)", "to'ldir", "balans*", "hisob*", "hamyon*"),
)

