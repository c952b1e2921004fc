"""``IDENTITY_PROXY``, work under an identity or an account that is not the seeker's, or the seeker's
own lent out: a profile identity assigned, accounts and SIM cards rented, loans and accounts opened in the seeker's
name and handed over, an exchange's checks passed for others, the seeker's e-signature or face lent.
"""
from __future__ import annotations

from pipeline.legitimacy.rules.matching import _compile


# Work done under an identity or a freelance account that is not the worker's, or the worker's own lent out: a
# "profile identity" assigned to get around sanctions (a real Jobinja ad: "operates under a proxy structure to
# comply with US market and sanction restrictions. You will be assigned a specific profile identity"), the
# leased-account fraud Upwork warns its freelancers of ("If I can use your account I will pay you $1000 per
# month"), a second Jobinja ad's interviews taken under a real person's identity the employer supplies ("a proxy
# participation framework … You will attend client interviews using a provided real identity profile"), and the
# Russian, Uzbek and Persian account-rental ads. Phrases name the identity or the account lent,
# so "verify your identity", "identity and access management", "a system-assigned managed identity", "brand
# identity for foreign markets", "a corporate identity badge" or an account verification specialist do not fire.
# An eighth writer's posts (tests/data/legitimacy_phrasings_h): a verified payment or exchange account rented, used by
# "our team" or sold ("We rent Payoneer accounts", "Let our team use your verified Wise account"), and SIM cards taken
# out on the seeker's own passport or name and handed over ("Оформи на свой паспорт SIM-карты и передай нам",
# "SIM-kartalarni o'z nomingizga olib bizga berasiz", "سیم‌کارت به نام خودتون بگیرید"); not pay received through
# Payoneer or Wise, nor a telecom shop's SIM sales ("SIM-karta sotuvchisi kerak")
_RENTED_ACCOUNTS_AND_SIMS = (
    *(f"{verb} ~ {brand} account*" for verb in ("rent*", "lease*")
      for brand in ("payoneer", "wise", "paypal", "binance", "bybit", "revolut", "verified")),
    "sell ~ your verified ~ account*", "buy your verified ~ account*",
    # … or handed over once verified with the seeker's passport (a twenty-ninth writer's "register in the apps we give you
    # … with your own passport and the MyID face check, then hand over the verified account")
    "hand over ~ verified account*", "hand ~ verified account* over", "send us ~ verified account*",
    "give us ~ verified account*", "переда* ~ верифицир* аккаунт*", "верифицир* аккаунт* ~ переда*",
    *(f"tasdiqlangan {account} ~ {verb}" for account in ("akkauntni", "akkauntlarni")
      for verb in ("topshir*", "bering", "berasiz")),
    "на свой паспорт ~ сим*", "на ваш паспорт ~ сим*", "на твой паспорт ~ сим*", "сим* ~ на свой паспорт",
    "сим* ~ на ваш паспорт", "сим* ~ на твой паспорт", "на свое имя ~ сим*", "на своё имя ~ сим*", "на ваше имя ~ сим*",
    "сим* ~ на свое имя", "сим* ~ на своё имя", "сим* ~ на ваше имя",
    "nomingizga ~ sim*", "sim* ~ nomingizga", "pasportingizga ~ sim*", "sim* ~ pasportingizga",
    "سیمکارت ~ به نام خود*", "سیم کارت ~ به نام خود*", "به نام خود* ~ سیمکارت", "به نام خود* ~ سیم کارت",
    "سیمکارت ~ به اسم خود*", "سیم کارت ~ به اسم خود*", "به اسم خود* ~ سیمکارت", "به اسم خود* ~ سیم کارت",
    # … and on oneself ("на себя": a twelfth writer's posts, tests/data/legitimacy_phrasings_l)
    "оформ* на себя ~ сим*", "регистрир* на себя ~ сим*", "зарегистрир* на себя ~ сим*", "сим* ~ оформ* на себя",
    # … bought on the seeker's national card, or rented in the seeker's name (a twenty-eighth writer's «با کارت ملی خود
    # ۲ تا ۵ خط جدید بخرید و خطوط را برای ما پست کنید», "Buy three SIM cards with your ID and mail them to us", "We rent
    # your SIM card"); not a company SIM in the company's name, nor a shop's SIM sales
    "با کارت ملی خود* ~ خط ~ بخرید", "با کارت ملی خود* ~ سیم کارت ~ بخرید", "با کارت ملی خود* ~ سیمکارت ~ بخرید",
    "با کارت ملی خود* ~ خط ~ بگیرید", "با کارت ملی خود* ~ سیم کارت ~ بگیرید", "با کارت ملی خود* ~ سیمکارت ~ بگیرید",
    "اجاره سیم کارت", "اجاره سیمکارت", "سیم کارت ~ به نام شما", "سیمکارت ~ به نام شما", "به نام شما ~ سیم کارت",
    "به نام شما ~ سیمکارت",
    "sim cards with your ~ id", "sim cards with your ~ passport", "sim card with your ~ id",
    "sim card with your ~ passport", "sim cards using your ~ id", "sim cards using your ~ passport",
    "sim cards ~ mail them to us", "sim cards ~ send them to us", "sim cards ~ post them to us", "rent your sim card",
    "rent your sim cards", "rent out your sim card", "rent out your sim cards",
)
# (as raw patterns where a phrase's longest word, by which it is looked up, would be a common one: "your", "team")
_RENTED_ACCOUNT_RAW = (
    (r"sell\s+us\s+your\s+(?:\S+\s+){0,2}?accounts?(?!\w)", "sell us", "sell"),
    *((opening + r"\s+(?:us|me|our\s+team)\s+(?:to\s+)?use\s+(?:your|it|them)(?!\w)", " use ", *keys)
      for opening, keys in ((r"let(?:ting)?", ("let", "letting")), (r"allow(?:ing)?", ("allow", "allowing")))),
    # ("PayPal" and "LinkedIn" read "pay pal" and "linked in" once a posting's camel-case words are split, as
    # ``text.posting_text`` does: "rent ~ linkedin account*" below had never fired on "LinkedIn")
    (r"(?:rent|lease)\w*\s+(?:\S+\s+){0,3}?pay\s?pal\s+accounts?(?!\w)", "pal", "pal", "paypal"),
    *((opening + r"\s+(?:\S+\s+){0,3}?linked\s+in\s+accounts?(?!\w)", "linked in account", "linked")
      for opening in (r"access\s+to", r"rent\w*", r"lease\w*")),
    # (SIM cards or lines posted to the firm: «خطوط را برای ما پست کنید»)
    (r"(?:سیم\s?کارت|خط)\w*\s+(?:\S+\s+){0,4}?(?:را\s+)?(?:برای\s+ما|به\s+ما|به\s+آدرس\s+(?:ما|شرکت)|به\s+شرکت)\s+"
     r"(?:پست|ارسال)\s*(?:کنید|کنین|نمایید)(?!\w)", "", "پست", "ارسال"),
    # (a count between: "Сиз паспортингизга 2 тадан 5 тагача янги SIM-карта расмийлаштириб берасиз", «На ваш паспорт
    # оформляете от 2 до 5 новых SIM-карт»)
    (r"(?:pasportingiz|nomingiz)(?:ga|da)\s+(?:\S+\s+){0,6}?sim(?!\w)", "sim", "pasportingizga", "nomingizga",
     "pasportingizda", "nomingizda"),
    (r"na\s+(?:vash|svoy|tvoy)\s+(?:pasport|imya)\s+(?:\S+\s+){0,6}?sim(?!\w)", "sim", "pasport", "imya"),
    (r"sim[- ]?cards?\s+(?:\S+\s+){0,4}?(?:in|on|under)\s+your\s+(?:own\s+)?(?:name|passport)(?!\w)|(?:in|on|under)\s+"
     r"your\s+(?:own\s+)?(?:name|passport)\s+(?:\S+\s+){0,3}?sim[- ]?cards?(?!\w)", "sim", "sim"),
)

# A twelfth writer's posts (tests/data/legitimacy_phrasings_l): SIM cards taken out "на себя" and handed over, a
# loan, a microloan or an instalment plan taken out in the seeker's name for "the company" ("Uzum Nasiya yoki Alif
# orqali o'z nomingizga 1–2 ta iPhone 16 rasmiylashtirasiz", a "training stipend" that is a microloan "sizning
# nomingizga rasmiylashtiriladi"), and the seeker's WhatsApp account lent out ("Earn $150/week lending your WhatsApp
# account"). Not a bank's credit specialist taking out loans in its clients' names, pay to a card in the seeker's name,
# nor a company's own WhatsApp account to run.
# a loan, a microloan or an instalment plan taken out in the seeker's name
_LOANS_IN_THE_SEEKERS_NAME = (
    *(f"{loan} на {whose} имя" for loan in ("кредит*", "займ", "заем", "заём", "займы", "микрозайм*", "рассрочк*")
      for whose in ("ваше", "свое", "своё", "твое", "твоё")),
    *(f"на {whose} имя ~ {loan}" for loan in ("кредит*", "микрозайм*", "рассрочк*")
      for whose in ("ваше", "свое", "своё")),
    "оформ* на себя ~ кредит*", "оформ* на себя ~ рассрочк*", "оформ* на себя ~ займ", "оформ* на себя ~ микрозайм*",
    "в рассрочку на себя", "в кредит на себя",
    # (each holding its rarest word whole, by which it is looked up: "your" and "name" are in most English postings)
    *(f"{loan} {where} your {own}name" for loan in ("loan", "loans") for where in ("in", "under")
      for own in ("", "own ")),
    *(f"in your ~ name ~ {loan}" for loan in ("loan", "loans", "installments", "instalments")),
    *(f"{loan} ~ in your ~ name" for loan in ("installment", "installments", "instalment", "instalments")),
    "credit ~ in your name",
    # (a loan taken: "وام ضروری" beside a contract in the seeker's name is a benefit)
    *(f"{loan} ~ به {name} {whose} ~ {take}" for loan in ("وام", "تسهیلات", "قرضه") for name in ("نام", "اسم")
      for whose in ("شما", "خودتان", "خودتون", "خود") for take in ("بگیرید", "دریافت کنید", "میگیریم", "می گیریم")),
    "قسطی ~ به نام شما", "قسطی ~ به نام خود*", "به نام خود* ~ قسطی", "به نام شما ~ قسطی", "اقساطی ~ به نام خود*",
)
# a WhatsApp or a Telegram account lent or rented out
_MESSENGER_ACCOUNTS_LENT = (
    # ("WhatsApp" reads "whats app" once a posting's camel-case words are split: ``text.posting_text``)
    "lend* ~ your whats app*", "lend* ~ your telegram", "lend us your ~ account*", "lend out your ~ account*",
    "rent* ~ your whats app*", "rent* out your telegram", "аренд* ваш* whats app*", "аренд* ваш* ватсап*",
    "аренд* ваш* телеграм*", "одолж* ~ аккаунт*", "whats app* ~ ijaraga ber*", "telegram* ~ ijaraga ber*",
    "اجاره واتساپ", "اکانت واتساپ ~ اجاره", "اجاره دادن ~ واتساپ",
)
# A thirteenth writer's posts (tests/data/legitimacy_phrasings_m): a company registered in the seeker's name, its
# director "formally" ("человек, на которого будет оформлено ООО", a nominee director), and phones bought on instalments
# on the seeker's passport ("насияга, сизнинг паспортингиз билан"). Not a lawyer registering clients' companies, nor a
# passport brought to sign the contract.
# a company registered in the seeker's name, its director "formally"
_NOMINEE_DIRECTORS = (
    "на которого ~ оформлен* ооо", "на которого ~ оформ* фирм*", "на кого ~ оформ* ооо", "ооо ~ на ваше имя",
    "ооо ~ на ваш паспорт", "фирм* ~ на ваше имя", "оформ* на вас ~ ооо", "оформ* на вас ~ фирм*",
    "номинальн* директор*", "подставн* директор*", "номинальн* учредител*", "nominee director*",
    "company ~ registered in your name", "register ~ company in your name", "llc ~ in your name",
    "business ~ registered in your name", "nominal direktor*", "firma* ~ nomingizga", "mchj* ~ nomingizga",
    "nomingizga ~ firma*", "nomingizga ~ mchj*", "مدیرعامل اسمی", "مدیرعامل صوری", "شرکت ~ به نام شما ~ ثبت",
    "شرکت ~ به نام خودتان ~ ثبت", "به نام شما ~ شرکت ~ ثبت",
    # … on the seeker's "own" name (a twenty-ninth writer's «оформления ООО и ИП на своё имя … передать нам токен, логин и
    # пароль от банк-клиента»), and a sole proprietorship "we" register in the seeker's name ("Биз ЯТТни сизнинг
    # номингизга рўйхатдан ўтказамиз, … ҳисоб рақам ва банк-клиент бизнинг бухгалтерда туради", «ИП на ваше имя
    # оформим мы», "we register a sole proprietorship in your name"); not a contractor registering as self-employed for
    # their own fee ("«Soliq» ilovasida o'zingiz o'zini o'zi band qilgan shaxs sifatida ro'yxatdan o'tasiz")
    "ооо ~ на своё имя", "ооо ~ на свое имя", "на своё имя ~ ооо", "на свое имя ~ ооо", "llc ~ in your own name",
    *(f"{entity} ~ nomingizga ~ {verb}" for entity in ("yatt*", "yakka tartibdagi tadbirkor*")
      for verb in ("o'tkazamiz", "ochamiz", "ochib beramiz", "rasmiylashtiramiz")),
    *(f"nomingizga ~ yatt* ~ {verb}" for verb in ("o'tkazamiz", "ochamiz", "ochib beramiz", "rasmiylashtiramiz")),
    *(f"ип ~ на ваше имя ~ {verb}" for verb in ("оформим", "зарегистрируем", "откроем")),
    *(f"{verb} на вас ~ ип" for verb in ("оформим", "зарегистрируем", "откроем")),
    *(f"we ~ {verb} ~ sole proprietorship in your name" for verb in ("register", "open", "set up")),
    "sole proprietorship ~ registered in your name",
)
# a loan or an instalment plan on the seeker's passport
_INSTALMENTS_ON_THE_SEEKERS_PASSPORT = (
    "рассрочк* ~ на ваш паспорт", "на ваш паспорт ~ рассрочк*", "кредит* ~ на ваш паспорт", "на ваш паспорт ~ кредит*",
    "рассрочк* ~ по вашему паспорту", "по вашему паспорту ~ рассрочк*", "installment* ~ on your passport",
    "installment* ~ with your passport", "instalment* ~ on your passport", "قسطی ~ با کارت ملی شما",
    "اقساطی ~ با کارت ملی شما", "قسطی ~ با مدارک شما",
)
_LOANS = r"(?:nasiya|kredit|qarz|mikroqarz|mikromoliya|mikrokredit)\w*"
_LOAN_KEYS = ("nasiya*", "kredit*", "qarz", "qarzga", "qarzni", "mikroqarz*", "mikromoliya*", "mikrokredit*")
_LOANS_IN_THE_SEEKERS_NAME_RAW = (
    # a loan or an instalment plan in the seeker's name, in Uzbek ("… orqali o'z nomingizga … rasmiylashtirasiz")
    (_LOANS + r"[^.!?\n,]{0,60}?nomingizga(?!\w)", "nomingizga", *_LOAN_KEYS),
    (r"nomingizga\s+(?:[^\s,.;:!?]+\s+){0,4}?" + _LOANS, "nomingizga", *_LOAN_KEYS),
    # … or on the seeker's passport ("насияга, сизнинг паспортингиз билан")
    (_LOANS + r"(?:,\s*)?[^.!?\n,]{0,60}?pasportingiz\w*", "pasportingiz", *_LOAN_KEYS),
    (r"pasportingiz\w*\s+(?:[^\s,.;:!?]+\s+){0,4}?" + _LOANS, "pasportingiz", *_LOAN_KEYS),
)

# A seventeenth writer's posts (tests/data/legitimacy_phrasings_q): a wallet, an exchange or a bank account opened in
# the seeker's name and its way in handed over ("ўз номингизга Payme ҳамёни … аккаунт очиш, кириш маълумотлари ва SIM
# картани … молия бўлимига бериш", "вы открываете на своё имя счёт в Payeer … и передаёте доступы финансовому
# контролёру", "Open a Payoneer or Wise account in your name\n- Share the account's login with our finance team",
# «یک حساب بانکی به نام خودتان\n- تحویل نام کاربری، رمز و سیم‌کارت … به واحد مالی»), as a card is lent out; accounts
# verified with the seeker's own face ("Complete the liveness check with your own face"). Not pay to the account the
# seeker already has, a salary card opened in the seeker's name whose access stays theirs, nor a KYC reviewer checking
# customers' faces.
# (the way in handed over in the account's sentence or on the next line, a list's next item)
# (… or in the next sentence: a thirty-fifth writer's "open an Upwork account in their own name. You just pass Upwork's
# ID check with your passport, then hand us the login", «یک حساب Fiverr به نام خودشون بسازن … بعد از فعال شدن، اطلاعات
# ورود رو به ما تحویل می‌دید»)
_THEN_ON_THE_NEXT_LINE = r"(?:[^.!?\n؛؟]{0,160}?|[^.!?\n؛؟]{0,160}?[\n.!?؛؟]\s*[^.!?\n؛؟]{0,120}?)"
_ACCOUNTS_OPENED_IN_YOUR_NAME = {
    # (up to nine words before the account: "opens a Wise and a PayPal account", PayPal read "pay pal"; "open a bank
    # card, a Payme wallet and a Click wallet in your own name")
    "en": r"(?:open|create|register|set\s+up)\w*\s+(?:a\s+|an\s+)?(?:\S+\s+){0,9}?(?:account|wallet|card)s?\s+"
          r"(?:(?:on|at)\s+(?:\S+\s+){0,3}?)?(?:in"
          r"|under|on|with)\s+your\s+(?:own\s+)?(?:name|passport)(?!\w)",
    "ru": r"(?:(?:otkr|oform|zaregistr|registr)\w*\s+(?:\S+\s+){0,7}?na\s+(?:svo|vash|tvo)\w*\s+(?:imya|pasport)\w*"
          r"|na\s+(?:svo|vash|tvo)\w*\s+(?:imya|pasport)\w*\s+(?:\S+\s+){0,2}?(?:otkr|oform|zaregistr|registr)\w*"
          r"|(?:otkr|oform|zaregistr|registr)\w*\s+(?:\S+\s+){0,4}?(?:po\s+svoyemu|po\s+vashemu|svoim|vashim)\s+"
          r"pasport\w*)",
    "uz": r"(?:nomingizga|pasportingiz\w*\s+bilan)[^.!?\n]{0,100}?(?<!\w)(?:och|rasmiylashtir)\w*",
    "fa": r"(?:حساب|کیف\s?پول|اکانت|کارت)[^.!?\n؛؟]{0,60}?به\s+(?:نام|اسم)\s+(?:خودتان|خودتون|خودت|خود|شما)(?!\w)",
}
_ACCESS_HANDED_OVER = {
    "en": r"(?<!we\s)(?<!we'll\s)(?<!will\s)(?:share|give|send|hand|pass|provide|forward)\w*(?!\s+you(?!\w))\s+"
          r"(?:\S+\s+){0,4}?(?:logins?|passwords?|credentials|access|sim(?:\s+cards?)?)(?!\w)",
    "ru": r"(?:(?:peredayo|peredaye|peredat|peredayt|peredadit|otdayo|otdaye|otdat|otdayt|otdadit"
          r"|predostav(?:it|lya|te)|soobsh(?:it|aye|ayo|ite)|skin(?:ut|te)|skidiva(?:ye|yo|t)|prishl(?:it|yo)"
          r"|otprav(?:it|te|lya))\w*\s+"
          r"(?:\S+\s+){0,3}?(?:dostup|login|parol|sim)\w*|(?:dostup|login|parol)\w*\s+(?:\S+\s+){0,4}?(?:peredayo"
          r"|peredaye|peredat|peredayt|peredadit|otdayo|otdaye|otdat|otdayt|otdadit)\w*)",
    "uz": r"(?:kirish\s+ma'lumot|login|parol|sim[- ]?kart|pin)\w*[^.!?\n]{0,80}?(?<!\w)(?:ber|topshir|yubor|jo'nat)"
          r"(?:asiz|ing|ish|ishingiz)(?!\w)",
    # (the seeker's verb, or a list item's "handing over …"; not "… به شما تحویل داده می‌شود", given to the seeker)
    # («تحویل می دهید»: the joiner typed as a space)
    "fa": r"(?:(?:نام\s+کاربری|رمز|سیم\s?کارت|دسترسی|اطلاعات\s+ورود)[^.!?\n؛؟]{0,60}?(?:تحویل\s*(?:دهید|بدهید|می\s?دهید"
          r"|بدید|می\s?دید|میدین|بدین)|بدهید"
          r"|بدید|بفرستید|ارسال\s*(?:کنید|میکنید|می\s*کنید)|در\s+اختیار[^.!?\n؛؟]{0,30}?(?:دهید|بدهید|میدهید"
          r"|بگذارید|میگذارید))(?!\w)|(?:تحویل|ارسال)\s+(?:\S+\s+){0,2}?(?:نام\s+کاربری|رمز|سیم\s?کارت|دسترسی))",
}
_ACCOUNTS_IN_YOUR_NAME_KEYS = {
    "en": (" your ", "name", "passport"), "ru": ("", "imya", "pasport*"), "uz": ("", "nomingizga", "pasportingiz*"),
    "fa": ("به ", "نام", "اسم"),
}
# … and the seeker named in the third person (a nineteenth writer's "Each coordinator opens a Wise and a PayPal account
# in their own name, completes the identity check, and then shares the login details with our finance manager", "Har
# bir koordinator o'z nomiga … ochadi va login-parollarni … topshiradi", «… به نام خودش باز می‌کند و نام کاربری و رمز
# آن را به مدیر مالی تحویل می‌دهد»; Russian's «на своё имя» is every person's already). Not pay into an account the
# seeker opens, nor the way in given to the seeker ("… به او تحویل می‌دهد").
_ACCOUNTS_OPENED_IN_THEIR_NAME = {
    "en": _ACCOUNTS_OPENED_IN_YOUR_NAME["en"].replace(r"your\s+(?:own\s+)?", r"their\s+own\s+"),
    "uz": r"o'z\s+(?:nomiga|nomlariga)[^.!?\n]{0,100}?(?<!\w)(?:och|rasmiylashtir)\w*",
    "fa": r"(?:حساب|کیف\s?پول|اکانت|کارت)[^.!?\n؛؟]{0,60}?به\s+(?:نام|اسم)\s+(?:خودش|خودشان|خودشون)(?!\w)",
}
_ACCESS_HANDED_OVER_BY_THEM = {
    "en": _ACCESS_HANDED_OVER["en"],
    "uz": r"(?:kirish\s+ma'lumot|login|parol|sim[- ]?kart|pin)\w*[^.!?\n]{0,80}?(?<!\w)(?:ber|topshir|yubor|jo'nat)"
          r"(?:adi|adilar|ishadi)(?!\w)",
    "fa": r"(?:نام\s+کاربری|رمز|سیم\s?کارت|دسترسی)(?:(?!به\s+(?:او|ایشان|خودش)(?!\w))[^.!?\n؛؟]){0,60}?(?:(?:تحویل|ارسال)"
          r"\s*(?:میدهد|میدهند|میکند|میکنند)|میفرستد|میفرستند|در\s+اختیار[^.!?\n؛؟]{0,30}?(?:میگذارد|میگذارند"
          r"|قرار\s*میدهد|قرار\s*میدهند))(?!\w)",
}
_ACCOUNTS_IN_THEIR_NAME_KEYS = {
    "en": ("their own", "name", "passport"), "uz": ("o'z nom", "nomiga", "nomlariga"),
    "fa": ("به ", "خودش", "خودشان", "خودشون"),
}
_ACCOUNTS_IN_YOUR_NAME_HANDED_OVER: tuple[tuple[str, ...], ...] = tuple(
    (_ACCOUNTS_OPENED_IN_YOUR_NAME[lang] + _THEN_ON_THE_NEXT_LINE + _ACCESS_HANDED_OVER[lang],
     *_ACCOUNTS_IN_YOUR_NAME_KEYS[lang]) for lang in ("en", "ru", "uz", "fa")) + tuple(
    (_ACCOUNTS_OPENED_IN_THEIR_NAME[lang] + _THEN_ON_THE_NEXT_LINE + _ACCESS_HANDED_OVER_BY_THEM[lang],
     *_ACCOUNTS_IN_THEIR_NAME_KEYS[lang]) for lang in ("en", "uz", "fa")) + tuple(
    # (the seekers named "they", then told "you" hand it over: "partners … open an Upwork account in their own name.
    # You just pass Upwork's ID check …, then hand us the login")
    (_ACCOUNTS_OPENED_IN_THEIR_NAME[lang] + _THEN_ON_THE_NEXT_LINE + _ACCESS_HANDED_OVER[lang],
     *_ACCOUNTS_IN_THEIR_NAME_KEYS[lang]) for lang in ("uz", "fa"))
# … or an exchange's identity check passed by the seeker, then the account's way in handed over (a twenty-eighth
# writer's «شما با کارت ملی، سلفی و شماره موبایل خودتان در صرافی ثبت نام و احراز هویت می کنید، بعد ایمیل، رمز و کد
# ورود دومرحله ای حساب را به ما تحویل می دهید», "Register on crypto exchanges, pass level 2 verification, then hand the
# account login to our team", "Birjada verifikatsiyadan o'ting va akkaunt login parolini bizga bering"); not an
# exchange's KYC reviewers checking users' documents in its own panel
_EXCHANGE_CHECKS_PASSED = {
    "en": r"(?:exchange|binance|bybit|okx|kucoin)s?(?!\w)[^.!?\n]{0,80}?(?<!users\s)(?<!customers\s)(?:pass|complete"
          r"|finish|get\s+through)\w*\s+(?:the\s+|a\s+|your\s+)?(?:\S+\s+){0,2}?(?:verification|kyc|identity\s+checks?)"
          r"(?!\w)",
    "ru": r"(?:birj|obmennik)\w*[^.!?\n]{0,80}?(?:proydi|proxodi|proyti)\w*\s+(?:\S+\s+){0,2}?(?:verifikats|kyc)\w*",
    "uz": r"birja\w*[^.!?\n]{0,80}?(?:verifikatsiya|kyc)\w*\s+(?:\S+\s+){0,2}?o't(?:ing|asiz|ib)(?!\w)",
    "fa": r"(?:صرافی|اکسچنج)\w*[^.!?\n؛؟]{0,80}?احراز\s+هویت\s+(?:می\s?کنید|کنید|کرده|کنین|بگیرید)(?!\w)",
}
_EXCHANGE_CHECKS_KEYS = {"en": ("", "exchange", "exchanges", "binance", "bybit", "okx", "kucoin"),
                         "ru": ("", "birje", "birja", "birji", "birju", "birjax", "obmennik*"),
                         "uz": ("birja", "birja*"), "fa": ("احراز", "صرافی*", "اکسچنج")}
_EXCHANGE_CHECKS_PASSED_AND_HANDED_OVER: tuple[tuple[str, ...], ...] = tuple(
    (_EXCHANGE_CHECKS_PASSED[lang] + _THEN_ON_THE_NEXT_LINE + _ACCESS_HANDED_OVER[lang], *_EXCHANGE_CHECKS_KEYS[lang])
    for lang in ("en", "ru", "uz", "fa"))
# accounts verified with the seeker's own face
_VERIFIED_WITH_YOUR_OWN_FACE = (
    "liveness ~ with your own face", "liveness ~ using your own face", "verif* ~ with your own face",
    "verif* ~ using your own face", "with your own face ~ verif*", "верификаци* ~ своим лицом",
    "верифицир* ~ своим лицом", "своим лицом ~ верифи*", "верификаци* ~ собственным лицом",
    "o'z yuzingiz bilan ~ tasdiqla*", "o'z yuzingiz bilan ~ verifikatsiya*", "با چهره خودتان ~ احراز",
    "با صورت خودتان ~ احراز", "با چهره خودتان ~ تایید", "احراز هویت ~ با چهره خودتان",
)

# A nineteenth writer's posts (tests/data/legitimacy_phrasings_s): the seeker's own e-signature (its key file, token,
# password or PIN) or a government portal's login handed to the employer, who then signs and files in the seeker's name
# ("E-IMZO kalitingiz faylini (.pfx) va uning parolini HR bo'limiga yuborasiz", «передайте нашему курьеру флешку-токен
# с вашей ЭЦП», «передайте ему логин и пароль от Госуслуг», «نام کاربری و رمز عبور ثنای خود را … ارسال کنید», "send your
# OneID login and password to @…"): an identity lent out. Not the seeker signing with their own key or logging in
# themselves and sending what they signed or got ("… o'zingiz imzolaysiz va imzolangan faylni HR ga yuborasiz",
# «Зайдите на Госуслуги под своим логином и паролем и отправьте нам скан справки»): the key, the password or the login
# is what is handed over — the object of the verb (Uzbek: in the accusative, with no other verb of the seeker's before
# the handing one; Russian: no other verb of the seeker's between the key and the handing one; Persian: the key's «را»
# the last before the verb).
_OWN_IDENTITIES = (r"(?:y?e-?imzo|elektron\s+(?:raqamli\s+)?imzo\w*|etsp|kep|elektronn\w*\s+(?:sifrov\w*\s+)?podpis\w*"
                   r"|(?:digital|electronic|e)[- ]?signatures?|oneid|my\.gov\.uz|id\.egov\.uz|my\.mehnat\.uz"
                   r"|gos\s?uslug\w*|y?esia)(?!\w)")
_OWN_IDENTITIES_FA = r"(?:ثنا(?:ی)?|امضای?\s+(?:دیجیتال|الکترونیکی?)|گواهی\s+امضا(?:ی)?|دولت\s+من)(?!\w)"
_OWN_IDENTITY_KEYS = ("imzo", "eimzo", "etsp", "kep", "podpis*", "signature", "signatures", "oneid", "gov", "mehnat",
                      "gosuslug*", "uslug*", "esia", "yesia")
# a character of a sentence (an address's or a file name's dots end none: "hr@x.uz", "(.pfx)")
_SENTENCE_CHAR = r"(?:[^.!?\n;]|\.(?=\w))"
# the seeker's verb of handing over, in the imperative or the "you will" that orders it
_HANDED_OVER_EN = (r"(?:send|sending|sends|e-mail|email|give|hand(?:\s+over)?|share|shares|forward|pass(?:\s+on)?"
                   r"|provide|submit|upload|tell|text|dm)(?!\w)")
_HANDED_OVER_RU = (r"(?:peredayte|peredayote|peredayete|peredavayte|peredat|prishlite|prisilayte|otpravte"
                   r"|otpravlyayete|soobshite|soobshayete|soobshayte|skinte|vishlite|otdayte|otdayote|otdayete"
                   r"|otdavayte|otdat|predostavte|predostavlyayete|pereshlite|prodiktuyte|nazovite|zagruzite|skajite)"
                   r"(?!\w)")
_HANDED_OVER_UZ = r"(?:(?:yubor|jo'nat|ber|topshir|ayt)(?:ing|asiz|ingiz)|tashla(?:ng|ysiz|ngiz))(?!\w)"
_HANDED_OVER_FA = (r"(?:بفرستید|بفرستین|بفرست|ارسال\s*(?:کنید|کنین|نمایید|میکنید)|بدهید|بدید|بدین|میدهید|میدید"
                   r"|تحویل\s*(?:دهید|بدهید|بدید|میدهید)|اعلام\s*(?:کنید|کنین|نمایید|میکنید)|بگویید|بگید"
                   r"|وارد\s*(?:کنید|نمایید)|در\s+اختیار\s+(?:\S+\s+){0,3}?(?:بگذارید|قرار\s*دهید))(?!\w)")
# the key, its file, token, password or PIN, the login
_KEYS_EN = (r"(?:keys?(?:\s+files?)?|tokens?|passwords?|pins?(?:\s?codes?)?|logins?|usernames?|credentials"
            r"|access)(?!\w)")
_KEYS_RU_BARE = r"(?:klyuch|token|parol|login|dostup|fleshk)\w*|pin(?:-?kod\w*)?(?!\w)"
_KEYS_RU = r"(?:\S+-)?(?:" + _KEYS_RU_BARE + ")"  # (after a verb, a word's second half too: «флешку-токен»)
_KEYS_UZ_OBJECT = r"(?:kalit\w*\s+fayl|kalit|parol|login|token|pin(?:-?kod)?)\w*ni(?!\w)"  # (in the accusative)
_KEYS_FA = (r"(?:نام\s*کاربری|یوزرنیم|رمز(?:\s+(?:عبور|ورود))?|پسورد|توکن|کلید(?:\s+خصوصی)?|پین|pin"
            r"|فایل\s+(?:گواهی|کلید))(?:ش|ها|تان|تون)?(?!\w)")
# (no other verb of the seeker's in the gap: "… kalitingiz bilan o'zingiz imzolaysiz va … faylni … yuborasiz")
_NO_UZ_VERB_GAP = r"(?:(?![^\W\d_]+(?:(?<!n)ing|asiz|aysiz|ysiz)(?!\w))" + _SENTENCE_CHAR + r")"
_NO_RU_VERB_GAP = r"(?:(?![^\W\d_]+(?:te|yote|yete)(?!\w))" + _SENTENCE_CHAR + r")"
_OWN_IDENTITIES_HANDED_OVER: tuple[tuple[str, ...], ...] = (
    # en: "send your OneID login", "email us your E-IMZO key file", "give us the password for your e-signature"
    # (not the employer's own token given to the seeker: "we will send you a company e-signature token")
    (rf"(?<!\w)(?<!we\s)(?<!we'll\s)(?<!will\s){_HANDED_OVER_EN}(?!\s+you(?!\w))\s+"
     rf"(?:(?!(?:with|using|by|via|through|signed|after|when|once)(?!\w))\S+\s+){{0,4}}?"
     rf"(?:{_OWN_IDENTITIES}\s+(?:\S+\s+)?{_KEYS_EN}|{_KEYS_EN}(?:\s+(?:and|&)\s+{_KEYS_EN})?\s+(?:for|of|to|from)"
     rf"\s+(?:(?:your|the|my)\s+)?(?:own\s+)?{_OWN_IDENTITIES})", "", *_OWN_IDENTITY_KEYS),
    # ru: «передайте курьеру флешку-токен с вашей ЭЦП», «логин и пароль от Госуслуг отправьте бухгалтеру»
    (rf"(?<!\w){_HANDED_OVER_RU}\s+(?:\S+\s+){{0,4}}?(?:{_KEYS_RU}){_SENTENCE_CHAR}{{0,40}}?(?<!\w){_OWN_IDENTITIES}",
     "", *_OWN_IDENTITY_KEYS),
    (rf"(?:(?<!\w)(?:{_KEYS_RU_BARE}){_SENTENCE_CHAR}{{0,40}}?(?<!\w){_OWN_IDENTITIES}|(?<!\w){_OWN_IDENTITIES}[- ]"
     rf"(?:{_KEYS_RU_BARE})){_NO_RU_VERB_GAP}{{0,60}}?(?<!\w){_HANDED_OVER_RU}", "", *_OWN_IDENTITY_KEYS),
    # uz: "E-IMZO kalitingiz faylini … va uning parolini … yuborasiz", "OneID login va parolingizni … yuboring"
    (rf"(?<!\w){_OWN_IDENTITIES}{_SENTENCE_CHAR}{{0,40}}?(?<!\w){_KEYS_UZ_OBJECT}{_NO_UZ_VERB_GAP}{{0,80}}?(?<!\w)"
     rf"{_HANDED_OVER_UZ}", "", *_OWN_IDENTITY_KEYS),
    # fa: «نام کاربری و رمز عبور ثنای خود را … ارسال کنید», «توکن امضای دیجیتال خود را … تحویل دهید»
    (rf"(?:(?<!\w){_KEYS_FA}[^.!?\n؛؟]{{0,30}}?(?<!\w){_OWN_IDENTITIES_FA}|(?<!\w){_OWN_IDENTITIES_FA}"
     rf"[^.!?\n؛؟]{{0,30}}?(?<!\w){_KEYS_FA})(?:\s+\S+){{0,2}}?\s+(?:را|رو)(?!\w)(?:(?!\s(?:را|رو)\s)[^.!?\n؛؟]){{0,80}}?"
     rf"(?<!\w){_HANDED_OVER_FA}", "", "ثنا", "ثنای", "امضای", "امضا", "گواهی", "دولت"),
)

IDENTITY_PROXY = _compile(
    "profile identit*", "proxy identit*", "under a proxy structure", "under a proxy arrangement",
    "proxy participation", "proxy interview*", "interviews using ~ real identit*", "provided ~ real identit*",
    "under a different identity", "under a new identity", "under a false identity", "under an assumed identity",
    "under a borrowed identity", "under another identity", "under another person's name", "under someone else's name",
    "under someone else's identity", "under another person's identity", "use your identity to",
    "use your identity for", "lend ~ your identity", "rent ~ your identity", "sell ~ your identity",
    "rent ~ upwork account*", "lease ~ upwork account*", "share ~ upwork account*", "access to your ~ upwork account*",
    "rent ~ fiverr account*", "access to your ~ fiverr account*", "access to your ~ freelancer account*",
    "access to your ~ linkedin account*", "rent ~ linkedin account*", "rent out your ~ profile",
    "rent us your ~ profile", "lease your ~ profile", "lease out your ~ profile",
    # Russian
    "аренд* аккаунт*", "аккаунт* в аренду", "сдать аккаунт*", "сдайте аккаунт*", "под чужим имен*",
    # … a verified one, its adjective between, or taken for rent (a twenty-fourth writer's «Берём в аренду
    # верифицированные аккаунты: Toloka, PayPal, Payoneer, Upwork»), as "rent* ~ verified account*" in English
    "аренд* верифицир* аккаунт*", "в аренду верифицир* аккаунт*", "верифицир* аккаунт* в аренду", "берём в аренду ~ аккаунт*",
    "берем в аренду ~ аккаунт*", "tasdiqlangan akkaunt* ~ ijara*", "verifikatsiya* ~ akkaunt* ~ ijara*",
    "akkaunt* ~ ijaraga olamiz", "ijaraga olamiz ~ akkaunt*",
    "под чужим аккаунт*", "под чужими данными", "на чужие документы",
    # Uzbek
    "akkaunt* ijara*", "akkauntingiz* ~ ijaraga", "profil* ijaraga",
    # Persian
    "اجاره اکانت", "اکانت ~ را اجاره", "اجاره پروفایل", "اجاره حساب کاربری", "هویت جعلی", "با هویت ~ دیگر",
    "با هویت ~ دیگری", "با هویت خارجی", "احراز هویت ~ با مدارک شما", "با مدارک شما ~ احراز هویت",
    *_RENTED_ACCOUNTS_AND_SIMS,
    *_LOANS_IN_THE_SEEKERS_NAME, *_MESSENGER_ACCOUNTS_LENT,
    *_NOMINEE_DIRECTORS, *_INSTALMENTS_ON_THE_SEEKERS_PASSPORT, *_VERIFIED_WITH_YOUR_OWN_FACE,
    raw=(*_RENTED_ACCOUNT_RAW, *_LOANS_IN_THE_SEEKERS_NAME_RAW, *_ACCOUNTS_IN_YOUR_NAME_HANDED_OVER,
         *_EXCHANGE_CHECKS_PASSED_AND_HANDED_OVER,
         *_OWN_IDENTITIES_HANDED_OVER),
)
