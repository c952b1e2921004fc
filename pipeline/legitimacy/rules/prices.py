"""Fees and prices put on the way into the work in so many words: a fee in any currency with an order to pay
it, asked as a question or said in the passive, a price put on a permit, a course, a closed channel or the way in,
paid to the employer's people or bought from the employer; and the amounts, prices and payers the other fee lexicons
are built of (``_MONEY``, ``_PRICE``, ``_CURRENCY_FIRST``, ``_PAY_OR_PAYER``, …). Part of ``upfront_fee``.
"""
from __future__ import annotations

import re

from pipeline.legitimacy.rules.matching import _CURRENCY_AHEAD, _GAP, _LETTERS
from pipeline.textnorm import fold


# what is bought as the way into the work: a course, a membership, an app, a starter pack
_STARTER_BUY = (r"(?:training\s+)?(?:course|training|certification|membership|subscription|app|starter\s+(?:pack|kit"
                r"|package))s?(?!\w)")

def _each_opening(openings: tuple[tuple[str, str], ...], rest: str) -> tuple[tuple[str, str, str], ...]:
    """A raw pattern that opens with one of several words (``(regex, its word)``), then ``rest``, as one raw entry
    per opening word, each run only on a text holding that word: a pattern opening with a literal is a fast scan
    for it, where one opening with an alternation of words is tried at each of their first letters (four times
    slower on EMSCAD postings). Matches of two openings may overlap; the rule takes the first it accepts."""
    return tuple((opening + rest, word, word) for opening, word in openings)


# A fee is asked in any currency: its name or code, as posts write it (in the folded text: Cyrillic in Latin; a stem
# reads its endings), beside a verb that tells the seeker to pay or transfer it, the amount before the currency
# ("۵۰ یورو بپردازید", "۲۰۰ درهم به حساب ما واریز کنید", "50 yevro to'lang", "100 000 so'm to'lov qiling") or the
# verb first in Russian ("оплатите 50 евро"). The region's currencies and those scams quote, not one by one per
# phrase: a phrase naming only the toman had let "۵۰ یورو بپردازید" pass. The verbs are orders and obligations only:
# "is paid" ("to'lanadi", "پرداخت می‌شود") and "we pay" ("to'laymiz") are the seeker's pay. Their ISO codes and signs
# too: "оплатите 20 $" (the sign after the amount, as Russian writes it), "5000 KZT", "500 ₺".
_CODES = ("usd", "usdt", "eur", "uzs", "kzt", "tjs", "try", "cad", "inr")
CURRENCIES = {
    "uz": ("so'm", "sum", "sumlik", "dollar*", "yevro", "evro", "euro", "rubl*", "tenge", "somoni", "manat", "lira",
           "funt", "dirham", "rupiya", *_CODES),
    "ru": ("руб*", "сум", "сумов", "доллар*", "евро", "тенге", "сом", "сомов", "сомони", "манат*", "лир", "лиры",
           "дирхам*", "гривен", "гривны", "юаней", "фунтов", "рупий", "рупии", "тетер*", "$", "€", "£", "₽", "₸", "₺",
           "₹", *_CODES),
    "fa": ("تومان", "تومن", "ریال", "دلار", "دالر", "یورو", "درهم", "افغانی", "لیر", "لیره", "روبل", "سامانی", "سومونی",
           "تتر", "پوند", "یوان", "دینار", "منات", "تنگه", "روپیه", "aed", *_CODES),  # (دالر: the dollar in Dari)
}
# any of them, as a regex of the folded text (a stem's endings too); the longest first, then in the order of their
# text, so that the pattern is one text in every process (a set's order follows the process's string hashes)
CURRENCY_NAME = "(?:" + "|".join(sorted({re.escape(fold(c)).replace(r"\*", r"\w*") for names in CURRENCIES.values()
                                         for c in names}, key=lambda name: (-len(name), name))) + ")"
_PAY_AFTER = {  # the verb after the amount and currency
    "uz": ("to'lang", "to'laysiz", "to'lov qiling", "to'lov qilasiz", "to'lov qilishingiz kerak", "to'lash kerak",
           "to'lash lozim", "to'lashingiz kerak", "to'lashingiz lozim", "o'tkazing", "o'tkazasiz", "tashlang",
           "tashlaysiz"),  # (a thirteenth writer's "99 000 сўм ташлайсиз": you throw in)
    "fa": ("بپردازید", "پرداخت کنید", "پرداخت نمایید", "پرداخت میکنید", "پرداخت می کنید", "واریز کنید",
           "واریز نمایید", "واریز میکنید", "واریز می کنید", "شارژ کنید"),
}
_PAY_BEFORE = {  # the verb before them
    "ru": ("оплатите", "заплатите", "переведите", "внесите", "нужно оплатить", "необходимо оплатить",
           "надо оплатить", "нужно заплатить", "нужно перевести", "нужно внести", "необходимо внести",
           "закиньте", "закинуть", "закинь"),  # (an eleventh writer's slang: "закиньте 2 500 ₽ на резерв")
}
_ANY_CURRENCY_FEE = (*(f"{c} ~ {v}" for lang, verbs in _PAY_AFTER.items() for c in CURRENCIES[lang] for v in verbs),
                     *(f"{v} ~ {c}" for lang, verbs in _PAY_BEFORE.items() for c in CURRENCIES[lang] for v in verbs))
_PAY_AFTER_REGEX = "(?:" + "|".join(re.escape(fold(v)).replace(r"\ ", r"\s+") for vs in _PAY_AFTER.values()
                                    for v in vs) + r")(?!\w)"
# … and a currency's sign, or a name that is another word alone ("سوم": third, and the som of Kyrgyzstan), after
# an amount: one raw pattern each, opening with it; a sign glued to its amount ("۲۰$ واریز کنید", "20$ to'lang")
# opens at the amount, as a match starts a word (run only on a text with a verb of ``_PAY_AFTER``: most texts with a
# "$" have none)
_AMOUNT_END = (r"\d ", "ming ", "mln ", "هزار ", "میلیون ")


def _word_keys(word: str) -> tuple[str, ...]:
    """The letter-words by which a raw pattern holding the folded ``word`` is looked up: the word, and for one with an
    apostrophe its longest letter-word too ("lang" of "to'lang"), as the text's words split there; the word itself is
    a word of the text read without apostrophes or merged (``bare``, ``merge``: "tolang", "tulang")."""
    if "'" not in word:
        return (word,)
    return (max(_LETTERS.findall(word), key=len), word)


_PAY_AFTER_KEYS = tuple(dict.fromkeys(k for vs in _PAY_AFTER.values() for v in vs for k in _word_keys(fold(v).split()[0])))
_SIGNS = ("$", "€", "£", "₸", "₺", "₹")
_SIGN_FEES = (
    *((re.escape(sign) + "(?:" + "|".join(f"(?<={a}{re.escape(sign)})" for a in _AMOUNT_END) + r"|(?=\s?\d))"
       + r"(?:\s?\d[\d.,]*(?: \d{3})*)?\s+" + _GAP + _PAY_AFTER_REGEX, sign, *keys)
      for sign, keys in (*((sign, ()) for sign in _SIGNS), ("سوم", ("سوم",)))),
    *((r"[1-9][\d.,]*(?: \d{3})*" + re.escape(sign) + r"\s+" + _GAP + _PAY_AFTER_REGEX, sign, *_PAY_AFTER_KEYS)
      for sign in _SIGNS),
)
# … and an order to pay before an amount with its sign, in Russian and Uzbek ("оплатите $20", "необходимо внести
# £1 450", "переведите 500₽", "to'lang $20", "o'tkazing 50$"), as before its name (``_PAY_BEFORE``): one raw pattern
# per verb, opening with it (needle, its word or stem)
_SIGN_AMOUNT = r"(?:[$€£₽₸₺₹]\s?[1-9](?:\d|[.,](?=\d))*(?: \d{3})*|[1-9](?:\d|[.,](?=\d))*(?: \d{3})*\s?[$€£₽₸₺₹])"
_SIGN_AFTER_PAY = (
    *((opening + r"(?::\s*|\s+)(?:\S+\s+){0,2}?" + _SIGN_AMOUNT, opening.split("\\")[0], key) for opening, key in (
        (r"oplatit\w*", "oplatit*"), (r"zaplatit\w*", "zaplatit*"))),
    *((verb + r"(?::\s*|\s+)(?:\S+\s+){0,2}?" + _SIGN_AMOUNT, verb, *_word_keys(verb)) for verb in (
        "oplati", "zaplati", "perevesti", "perevedite", "perevedi", "vnesti", "vnesite", "vnesi", "to'lang",
        "to'laysiz", "o'tkazing", "o'tkazasiz", "tashlang", "tashlaysiz", "zakinte", "zakinut")),
)

# A fee asked as a question to the seeker ("Ready to pay $50? DM me", «Готовы оплатить 200 000 сум? Пишите», "200 ming
# so'm to'lashga tayyormisiz?", «آماده پرداخت ۲۰۰ هزار تومان هستید؟»): an amount with its currency the seeker is asked
# to be ready to pay, in the question it makes. Not pay offered ("Ready to earn $500 a week?", "Are you ready to be paid
# in USDT?", "olishga tayyormisiz", «آماده دریافت حقوق …»), nor a question before the pay ("Ready to start? Pay is …").
_QUESTION_AMOUNT = (r"(?:(?:[$€£₽₸₺₹]|usd\s?|eur\s?)\s?[1-9](?:\d|[.,](?=\d))*(?: \d{3})*|[1-9](?:\d|[.,](?=\d))*"
                    r"(?: \d{3})*\s?(?:(?:ming|mln|million|tis\w*|k|هزار|میلیون)\.?\s*)?(?:[$€£₽₸₺₹]|"
                    + CURRENCY_NAME + r"(?!\w)))")
_FEE_QUESTIONS = (
    *_each_opening((("ready", "ready"), ("willing", "willing")),
                   r"\s+to\s+(?:pay|deposit|invest|transfer|send)\s+(?:us\s+)?(?:a\s+|an\s+|the\s+)?(?:one[- ]time\s+)?"
                   + _QUESTION_AMOUNT + r"[^.!?\n]{0,60}?\?"),
    (r"gotov\w*\s+(?:oplatit|zaplatit|vnesti|perevesti|vlozhit|investirovat)\s+(?:\S+\s+){0,3}?" + _QUESTION_AMOUNT
     + r"[^.!?\n]{0,60}?\?", "gotov", "gotov*"),
    (_QUESTION_AMOUNT + r"\s+(?:\S+\s+){0,2}?(?:to'?lash|o'?tkazish|tashlash|kiritish)ga\s+tayyor(?:mi\w*|\w*\s*\?)",
     "tayyor", "tayyor*"),
    (r"tayyor\w*\s+(?:\S+\s+){0,2}?" + _QUESTION_AMOUNT + r"\s+(?:\S+\s+)?(?:to'?lash|o'?tkazish|tashlash"
     r"|kiritish)ga\s*\?", "tayyor", "tayyor*"),
    (r"آماده\s+(?:ی\s+)?(?:پرداخت|واریز|کارت\s+به\s+کارت)\s+(?:\S+\s+){0,2}?" + _QUESTION_AMOUNT
     + r"[^.!?\n؛؟]{0,40}?[?؟]", "آماده", "آماده"),
)

# an amount in English: after its sign or code ("$50", "USD 50", "C$50", "₹500") or before its code or name ("50 EUR",
# "50 euros", "5000 KZT", "500 rupees")
_MONEY = (r"(?:(?:(?:c|ca|can)?\$|usd\s?|€|£|₸|₺|₹|eur\s?|gbp\s?|cad\s?|inr\s?|kzt\s?)\s?\d[\d,.]*(?!\S*/)"
          r"|\d[\d,.]*\s?(?:usdt?|eur|euros?|gbp|aed|dollars?|pounds?|dirhams?|cad|inr|rupees?|kzt|tenge|tjs|somoni"
          r"|uzs|so'm|try|lira)(?![\w/]))")

# An eighth writer's posts (tests/data/legitimacy_phrasings_h) showed fees said in a passive or impersonal sentence, or
# with the verb split from its amount ("вносится платёж 990 ₽", "оплачивается переводом на карту куратора", "واریز و
# فیش را … ارسال نمایید", "A $300 deposit is required"), paid access to a closed channel, chat or a "VIP" tariff as the
# way to the tasks, and a deposit with a "partner broker" as the way into a trading job. Not pay to the worker
# ("зарплата оплачивается на карту", "maosh kartaga to'lanadi", "you are paid $300 per week"), nor a cost the
# employer bears, nor a curator's own pay ("Оплата на карту куратора": an online school's curators are a real job).
_CURRENCY_FIRST = r"(?:(?:c|ca|can)?\$|usd\s?|€|£|₸|₺|₹|eur\s?|gbp\s?|cad\s?|inr\s?|kzt\s?)\s?[1-9](?:\d|[,.](?=\d))*"
# (a fee "payable by the company" is the employer's to pay)
_NOT_BY_THE_EMPLOYER = r"(?!\s+by\s+(?:the\s+|our\s+)?(?:company|employer|agency|firm|us|client)(?!\w))"
_CHAT_WORDS = r"(?:chat|channel|group|community|club|server)s?(?!\w)"
_CHAT_KEYS = ("chat", "chats", "channel", "channels", "group", "groups", "community", "club", "clubs", "server",
              "servers")
_PASSIVE_FEES = (
    # Russian: a payment "made" (вносится), an amount in "₽", a transfer to a curator's, mentor's or manager's card
    "вносится ~ платеж*", "вносится ~ платёж*", "вносится ~ взнос*", "вносится ~ сумм*", "вносится ~ руб*",
    "вносится ~ ₽", "вносится ~ сум", "платеж* ~ вносится", "платёж* ~ вносится", "взнос* ~ вносится",
    "верификационный платеж*", "верификационный платёж*", "верификационный взнос*", "оплатить верификаци*",
    "оплатите верификаци*", "оплата верификаци*", "платеж за верификацию", "платёж за верификацию",
    "нужно оплатить ~ ₽", "необходимо оплатить ~ ₽", "надо оплатить ~ ₽", "оплатите ~ ₽", "оплати ~ ₽",
    "заплатите ~ ₽", "переведите ~ ₽", "переведи ~ ₽", "внесите ~ ₽", "внеси ~ ₽",
    "переводом на карт* куратор*", "переводом на карт* наставник*", "переводом на карт* координатор*",
    "переводом на карт* менеджер*", "переведите ~ на карт* куратор*", "переведи ~ на карт* куратор*",
    "отправьте ~ на карт* куратор*", "переведите ~ на карт* менеджер*", "переведи ~ на карт* менеджер*",
    # … and a deposit "you transfer" to a manager's card or "put in" ("Депозит переводите на карту менеджера", "вносите
    # страховой депозит 1 500 ₽": a fifteenth writer's trial of client work)
    "переводите ~ на карт* менеджер*", "переводите ~ на карт* куратор*", "депозит ~ ₽", "вносите ~ депозит*",
    # Persian: the amount deposited "and the receipt sent" (the verb split: "واریز و فیش را ارسال نمایید")
    "واریز و فیش", "واریز و رسید", "واریز و تصویر فیش", "واریز و عکس فیش", "کارت به کارت و فیش",
    "کارت به کارت و رسید", "فیش واریزی ~ ارسال", "رسید واریز* ~ ارسال", "تصویر فیش ~ ارسال", "عکس فیش ~ ارسال",
    # paid access to a closed channel, group or chat (Uzbek)
    "yopiq kanal* ~ narx*", "yopiq guruh* ~ narx*", "yopiq chat* ~ narx*", "yopiq kanal* ~ to'la*",
    "yopiq guruh* ~ to'la*", "yopiq chat* ~ to'la*", "kanalga kirish ~ so'm*", "guruhga kirish ~ so'm*",
    "chatga kirish ~ so'm*", "kanalga qo'shilish ~ so'm*", "guruhga qo'shilish ~ so'm*", "chatga qo'shilish ~ so'm*",
    "kanalga kirish narx*", "guruhga kirish narx*", "chatga kirish narx*", "kanalga a'zo* ~ so'm*",
    "guruhga a'zo* ~ so'm*",
    # a deposit with a broker as the way into a "trader" job
    "fund your ~ trading account*", "fund your ~ broker* account*", "fund ~ account* with ~ broker*",
    "deposit ~ with our ~ broker*", "deposit ~ with ~ partner broker*", "deposit ~ with ~ broker*",
    "broker* ~ deposit of", "депозит ~ брокер*", "брокер* ~ депозит", "брокер* ~ депозита",
    "пополн* ~ торгов* счет*", "пополн* ~ торгов* счёт*", "пополн* ~ брокерск* счет*", "пополн* ~ брокерск* счёт*",
    "broker* ~ depozit", "depozit ~ broker*", "savdo hisob* ~ to'ldir*",
    "treyding hisob* ~ to'ldir*", "بروکر ~ واریز", "واریز ~ بروکر", "حداقل واریز", "حساب معاملاتی ~ شارژ",
    "حساب ترید ~ شارژ", "شارژ حساب ~ بروکر",
    # "You must deposit $300 to start"
    *(f"{modal} deposit {minimum}$*" for modal in ("must", "need to", "have to", "required to", "must first", "first")
      for minimum in ("", "a minimum of ")),
)
_PASSIVE_FEE_RAW: tuple[tuple[str, ...], ...] = (
    # an Uzbek amount "paid" (to'lanadi) for a uniform, a badge, papers, a test or insurance — the seeker's cost, not
    # pay ("Oylik 5 mln so'm naqd to'lanadi", "Har bir buyurtma uchun 20 000 so'm to'lanadi": no such word before it)
    (r"(?:forma|uniforma|kiyim|bejik|beydj|badj|kalit|sumka|ryukzak|hujjat|sug'urta|polis|test|anketa|viza|"
     r"taklifnoma|rasmiylashtir|material)\w*(?:(?!oylik|maosh|haq|daromad|avans|bonus|mukofot|premiya|zarplata|"
     r"kompaniya|korxona|beruvchi|bepul)[^.!?\n,;:]){0,80}?\d[\d\s.,]*(?:ming\s+|mln\s+|million\s+)?so'm\w*\s+"
     r"(?:naqd\s+|oldindan\s+|alohida\s+|darhol\s+)?to'lan(?:adi|ishi)(?!\w)", "to'lan", "lanadi", "lanishi",
     "tolanadi", "tolanishi", "tulanadi", "tulanishi"),  # (its words as read, without apostrophes and merged)
    # a Persian fee for a visa, a file or hiring with its amount, "paid" (پرداخت می‌شود) — not one the employer pays
    (r"هزینه\s+(?:ویزا|ویزای|دعوتنامه|دعوت\s?نامه|اعزام|پرونده|تشکیل\s+پرونده|ثبت\s?نام|استخدام|مصاحبه|مجوز|"
     r"ورک\s?پرمیت)(?:(?!توسط|کارفرما|شرکت|مجموعه|رایگان)[^.!?\n؛؟]){0,80}?\d(?:(?!توسط|کارفرما|شرکت|مجموعه)"
     r"[^.!?\n؛؟]){0,80}?(?:پرداخت|واریز)\s*(?:می\s*شود|میشود|میشه|شود|میگردد|می\s*گردد|گردد)", "هزینه", "هزینه"),
    # paid access to a chat, channel or group: "Pay $20 to join our private chat", "Access to our Telegram chat costs
    # $20", "Join our VIP channel for $15"; each run only on a text with a chat word and a "$" (the words they open
    # with, as "join" or "access", are too common to run a regex scan of the text on)
    *((opening + rest, "$", *_CHAT_KEYS) for opening, rest in (
        *((verb, r"\s+(?:a\s+|an\s+|the\s+|us\s+)?(?:one[- ]time\s+)?" + _CURRENCY_FIRST + r"\s+(?:\S+\s+){0,2}?to\s+"
           r"(?:join|access|enter|get\s+into|unlock)\s+(?:\S+\s+){0,3}?" + _CHAT_WORDS) for verb in ("pay", "send")),
        *((word, r"\s+(?:to|in|into)\s+(?:\S+\s+){0,4}?" + _CHAT_WORDS + r"\s*(?:costs?|is|for|:|—|-)\s*(?:only\s+"
           r"|just\s+)?" + _CURRENCY_FIRST) for word in ("access", "entry")),
        ("join", r"\s+(?:\S+\s+){0,4}?" + _CHAT_WORDS + r"\s+(?:for|at)\s+(?:only\s+|just\s+)?" + _CURRENCY_FIRST))),
    # "deposit $300 before you begin" ("You must deposit $300" is a phrase)
    (r"deposit\s+(?:a\s+|an\s+)?" + _CURRENCY_FIRST + r"\s+(?:\S+\s+){0,3}?(?:to|before)\s+(?:you\s+)?"
     r"(?:start|begin|get\s+started|activate|unlock|join|register)", "deposit", "deposit"),
    # … with its amount after it ("A deposit of $200 is required before you start", "A fee of $45 is payable on
    # registration", "We require a deposit of $150 before your first shift"; a tenant's deposit is a duty's)
    (r"(?:deposit|fee)s?\s+of\s+" + _CURRENCY_FIRST + r"\s+(?:\S+\s+){0,2}?(?:is\s+|will\s+be\s+)?"
     r"(?:required|needed|payable|collected|charged)(?!\w)" + _NOT_BY_THE_EMPLOYER, " of ", "deposit", "deposits", "fee",
     "fees"),
    (r"(?:require|requires)\s+(?:a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?(?:deposit|fee)\s+of\s+" + _CURRENCY_FIRST,
     " of ", "require", "requires"),
    # "A deposit is required before you start", "A $300 deposit is required", "a $50 fee is payable before …"
    (r"deposit\s+(?:is\s+|will\s+be\s+)?required\s+(?:before|to\s+start)", "required", "deposit"),
    *((currency + r"\s?[1-9](?:\d|[,.](?=\d))*\s+(?:\S+\s+){0,2}?(?:deposit|fee)s?\s+(?:is\s+|will\s+be\s+)?"
       r"(?:required|needed|payable)(?!\w)" + _NOT_BY_THE_EMPLOYER, needle, "deposit", "fee", "fees")
      for currency, needle in ((r"\$", "$"), ("usd", "usd"), ("€", "€"), ("£", "£"), ("eur", "eur"), ("gbp", "gbp"),
                               ("cad", "cad"))),
    # "Pay the processing and work-permit fee of USD 1,450" (a fee a phrase names, "a registration fee of $20", is
    # quoted as that phrase)
    (r"pay\s+(?!(?:a\s+|an\s+|the\s+|your\s+)?(?:registration|training|application|processing|onboarding|membership"
     r"|certification|activation|enrol\w*|verification|screening|clearance|release|unlock|withdrawal)\s+fee)"
     r"(?:a\s+|an\s+|the\s+|your\s+)?(?:[\w'-]+\s+){0,4}?fees?\s+of\s+" + _CURRENCY_FIRST, "fee", "pay"),
    # "Send $49 for the starter kit" (not "we send $200 for your equipment")
    *((opening + rf"(?<!we\s{opening})(?<!will\s{opening})(?<!we'll\s{opening})\s+(?:us\s+)?" + _CURRENCY_FIRST
       + r"[\d,.]*\s+(?:[\w'-]+\s+){0,3}?(?:for\s+(?:the\s+|your\s+|a\s+)?(?:[\w'-]+\s+){0,2}?(?:starter\s+kit|kit"
       r"|training|equipment|materials|registration|onboarding|software|licen[cs]e|verification|activation|uniform"
       r"|background\s+check)|to\s+(?:get\s+started|start|begin|register|activate))(?!\w)", opening, opening)
      for opening in ("send", "transfer", "wire")),
    *((opening + r"\w*[^.!?\n]{0,40}?(?:(?:\$|€|£)\s?[1-9]|\d[\d\s.,]*(?:ming\s+|mln\s+|tis\w*\s+|k\s+|هزار\s+"
       r"|میلیون\s+)?(?:₽|rub\w*|r\b|so'm\w*|som\w*|sum\w*|usd\w*|\$|تومان|تومن|ریال|دلار))", "vip", "vip")
      for opening in (r"vip\W{1,3}(?:tarif|tariff|tier|plan|paket|package|pack|level|membership|dostup|access|status"
                      r"|podpisk|obuna|guruh|kanal|chat|group|channel|klub|club)",
                      *(word + r"\W{1,3}vip" for word in ("tarif", "paket", "package", "plan", "tier", "کانال", "گروه",
                                                          "پکیج", "اشتراک")))),
    # Russian: access to, or entry into, a closed chat, channel or group with its price ("Доступ в закрытый чат с
    # заданиями — 500 ₽"; no comma between: "подписка на канал, зарплата 50 000 руб" is two things)
    *((opening + r"\s+(?:v|na|k)\s+(?:\S+\s+){0,3}?(?:chat|kanal|grupp|soobshestv|klub)\w*[^.!?\n,]{0,40}?\d[\d\s]*"
       r"(?:₽|rub\w*|r\b|sum\w*|\$|usd\w*)", needle, key) for opening, needle, key in (
        (r"dostup\w*", "dostup", "dostup*"), (r"vxod", "vxod", "vxod"), (r"vstuplen\w*", "vstuplen", "vstuplen*"),
        (r"podpisk\w*", "podpisk", "podpisk*"))),
    # … or into "the team" ("Вход в команду 500₽": a thirteenth writer's students' one-liner)
    (r"(?:vxod|vstuplen\w*)\s+v\s+(?:\S+\s+)?komand\w*[^.!?\n,]{0,40}?\d[\d\s]*(?:₽|rub\w*|r\b|sum\w*|\$|usd\w*)",
     "komand", "komandu", "komandy", "komande"),
    # … and in Persian ("ورود به گروه خصوصی ۲۰۰ هزار تومان")
    (r"(?:ورود|عضویت|دسترسی|جوین|اشتراک)\s+(?:به|در)\s+(?:\S+\s+){0,3}?(?:گروه|کانال|چت|تیم)\w*[^.!?\n؛؟،]{0,40}?"
     r"\d[\d,.\s]*(?:هزار\s+|میلیون\s+)?(?:تومان|تومن|ریال|دلار|تتر)", "", "ورود", "عضویت", "دسترسی", "جوین", "اشتراک"),
)

# A ninth writer's posts (tests/data/legitimacy_phrasings_i) asked for money with no fee word at all: a price put on a
# work permit, a CoS, an LMIA or a certificate ("patent va registratsiya: hammasi 15 000 rubl", "сертификат спонсорства
# … внести £1 450"), an advance now and the rest once the visa is out ("yarmi oldindan, yarmi viza chiqqanda", "مابقی
# پس از صدور ویزا"), a course bought with the job "guaranteed" after it, a programme, a starter pack or a panel
# bought from the employer's "dealer" or "partner's site", a medical only at "our partner clinic" at the seeker's
# cost, money put into a "representative's" account, a minimum balance kept in a task app, a paid subscription to a
# closed jobs channel, a "service wallet" topped up, a screening the candidate pays for. Not the employer, a consulate
# or a government taking its own fee ("Siz faqat viza konsullik yig'imini (80 EUR) … VFS kassasiga to'laysiz"), nor a
# clinic's, a dealer's or a course's own job ad with its pay.
_PRICE = (r"(?:(?:\$|€|£)\s?[1-9][\d.,]*(?: \d{3})*|[1-9][\d.,]*(?: \d{3})*\s?(?:(?:ming|mln|million|mlrd|tis\w*|k"
          r"|هزار|میلیون)(?:\s+و\s+\d+)?\s?)?(?:" + CURRENCY_NAME + r"|\$|€|£|₽|gbp|cad|aed)(?!\w))")
# the employer, a consulate or a government paying or taking its own fee, or the price free ("виза — за счёт
# работодателя", "Siz faqat viza konsullik yig'imini … VFS kassasiga to'laysiz")
_PAYER = (r"ish\s+beruvchi|rabotodatel|employer|company\s+(?:pays|covers)|کارفرما|توسط|konsul|vfs|embassy|government"
          r"|posolstv|سفارت|کنسول|bepul|free(?<!job\sis\sfree)(?<!jobs\sare\sfree)(?<!work\sis\sfree)|besplatn|رایگان")
# (but not the job "free" beside a priced course: a thirty-fourth writer's "The course is paid ($39), the job is free!";
# the look-behinds after the word, tried only where it is)
# … or the seeker's pay, or a job offered, between the thing and the amount (a clinic's job ad: "hamkor klinikamizga
# hamshira kerak, oylik 5 mln so'm"; "Our partner clinic is hiring a receptionist at $18 per hour"), or a side job
# ("Регистрация SIM-карт — подработка на 1 день, 500 ₽": what the job pays)
_PAY_OR_PAYER = (r"oylik|maosh|ish\s+haq|daromad|zarplat|oklad|doxod|podrabotk|salary|wage|pay\b|paid|earn|hiring"
                 r"|kerak|trebu|ishet|/|حقوق|درآمد|دستمزد|استخدام|" + _PAYER)
_SENTENCE_GAP = r"(?:(?!" + _PAY_OR_PAYER + r")[^.!?\n;؛؟]){0,80}?"
_NOT_THE_EMPLOYERS = (r"(?!\s*(?:/\s*(?:h|hr|hour|soat|chas)\b|per\s+hour|an\s+hour|hourly|soatiga|v\s+chas|ساعتی))"
                      r"(?![^.!?\n;؛؟]*?(?:" + _PAYER + r"))")


def _priced(things: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Raw patterns: each thing (its regex, a substring it holds, letter-words one of which it holds) with a price
    after it in its sentence. One pattern per thing, opening with its own words: an alternation of them would be
    tried at every character of a long posting."""
    return tuple((regex + r"\w*" + _SENTENCE_GAP + _PRICE + _NOT_THE_EMPLOYERS, *needs) for regex, *needs in things)


# a work permit, a sponsorship, an invitation or a registration with its price
_PERMITS = (
    (r"work\s+permit", "permit", "permit"), (r"certificate\s+of\s+sponsorship", "sponsorship", "sponsorship"),
    (r"sponsorship\s+certificate", "sponsorship", "sponsorship"), (r"lmia", "lmia", "lmia"),
    (r"visa\s+(?:support|sponsorship)", "visa", "visa"), (r"invitation\s+letter", "invitation", "invitation"),
    (r"job\s+offer\s+letter", "offer letter", "letter"), (r"ruxsatnoma", "ruxsatnoma", "ruxsatnoma*"),
    (r"taklifnoma", "taklifnoma", "taklifnoma*"), (r"registratsiya", "registratsiya", "registratsiya*"),
    (r"razresheni\w*\s+na\s+rabot", "razresheni", "razresheni*"), (r"priglasheni", "priglasheni", "priglasheni*"),
    (r"vizov\w*\s+podderjk", "podderjk", "podderjk*"), (r"ورک\s?پرمیت", "پرمیت", "پرمیت", "ورکپرمیت"),
    (r"مجوز\s+کار", "مجوز", "مجوز"), (r"جاب\s?آفر", "آفر", "آفر", "جابآفر"), (r"دعوت\s?نامه", "دعوت", "دعوت", "دعوتنامه"),
    (r"ویزای\s+کار", "ویزای", "ویزای"),
)
# a course, then its price, then the job promised for it, over a few lines ("kurs narxi 690 000 so'm … ishga kafolat
# 100%", "Course fee $299 … guaranteed job placement", "دوره ۲ میلیون تومان … استخدام تضمینی")
# what a price is put on with "costs", "стоит", "narxi" (each as an opening regex, its needle and its words: a pattern
# runs only on a text with one of them, rarer than "cost" and "price")
_PRICED_THINGS = ((r"viz[aiuy]", "viz", "viza", "vizu", "vizi", "vizy"), (r"vizov\w*", "vizov", "vizov*"),
                  (r"razresheni\w*", "razresheni", "razresheni*"), (r"patent\w*", "patent", "patent*"),
                  ("permit", "permit", "permit"), ("visa", "visa", "visa"), ("cos", "cos", "cos"),
                  ("lmia", "lmia", "lmia"), (r"ruxsatnoma\w*", "ruxsatnoma", "ruxsatnoma*"),
                  # the processing, or the recruiter's own service (a twenty-sixth writer's «Стоимость оформления —
                  # 2 500 $», «Стоимость наших услуг: 900 €», "Xizmat narxi 2 000$")
                  (r"oformleni\w*", "oformleni", "oformleni*"), (r"nash\w*\s+uslug", "uslug", "uslug*"),
                  (r"xizmat", "xizmat", "xizmat"),
                  # … or a kit (a thirty-fourth writer's «стартовый набор модератора … Стоимость набора $19»)
                  (r"nabor\w*", "nabor", "nabor*"),
                  # … or a "set" by its other word (a thirty-fifth writer's «Стартовый комплект переводчика …
                  # Стоимость комплекта 990 ₽», tests/data/legitimacy_phrasings_ai), "to'plam" in Uzbek
                  (r"komplekt\w*", "komplekt", "komplekt*"),
                  (r"to'plam\w*", "to'plam", "plam", "plami", "plamni", "plamning", "plamlar*"),
                  ("kit", "kit", "kit"))
_COURSES = ("kurs", "trening", "o'qish", "o'quv", "course", "training", "bootcamp", "obucheni", "دوره", "آموزش")
# (the hiring said as the thing guaranteed, a percentage or the seeker's pronoun between: "ishga joylashish 100%
# kafolatlanadi", "placement is 100% guaranteed", «استخدام شما تضمینی است», a twenty-fourth writer's paid courses)
_JOB_GUARANTEED = (r"ishga\s+(?:(?:joylash\w*|kirish|qabul\s+qilish)\s+)?(?:100\s?%\s+)?kafolat|ish\s+kafolat"
                   r"|kafolatli\s+ish|kafolatlangan\s+ish"
                   r"|job\s+guarantee|guaranteed\s+(?:job|placement|employment|hire|position)"
                   r"|(?:job|placement|employment|hiring)\s+(?:is\s+)?(?:100\s?%\s+)?guaranteed"
                   r"|garantirovann\w*\s+trudoustroystv|trudoustroystv\w*\s+(?:na\s+)?(?:100\s?%\s+)?garantir\w*"
                   r"|garanti\w*\s+trudoustroystv"
                   r"|استخدام(?:تان)?\s+(?:شما\s+)?(?:100\s?[%٪]\s+)?(?:تضمینی|قطعی)|تضمین\s+استخدام"
                   # … or a hundred per cent of them placed (a thirty-fourth writer's "Kursni tugatganlarni 100%
                   # ishga joylashtiramiz", «100% трудоустройство», "100% job placement", «۱۰۰ درصد استخدام»)
                   r"|100\s?%\s+ishga\s+joylashtir|ishga\s+100\s?%\s+joylashtir|100\s?%\s+trudoustroystv"
                   r"|trudoustroystvo\s+(?:na\s+)?100\s?%|100\s?%\s+(?:job\s+)?placement"
                   r"|100\s?(?:[%٪]|درصد)\s+استخدام|استخدام\s+100\s?(?:[%٪]|درصد)")
_JOB_GUARANTEED_KEYS = ("kafolat", "kafolatli", "kafolatlangan", "kafolatlanadi", "guarantee", "guaranteed",
                        "garantirovannoye", "garantirovano", "garantiya", "garantiyey", "تضمینی", "قطعی", "تضمین",
                        "joylashtir*", "trudoustroystv*", "placement", "درصد")
# a course's price: the course, its price's word, then the amount ("kurs narxi 650 000 so'm", «обучение — 1 800 000
# сум», "Course fee: $120", «شهریه دوره: ۲ میلیون و ۹۰۰ هزار تومان»), another thing priced with it ("Kurs va sertifikat
# narxi: 890 000 so'm")
_FA_AMOUNT = r"[1-9][\d.,]*\s?(?:میلیون|هزار)(?:\s+و\s+[1-9][\d.,]*\s?(?:هزار|میلیون))?\s?(?:تومان|تومن|ریال)"
_COURSE_PRICED = (r"(?:(?:kurs|o'qish|o'quv|trening|akademiya|obucheni|akademi|course|training|tuition|academy|دوره"
                  r"|آموزش|کلاس|آکادمی)\w*(?:\s+(?:va|hamda|i|and|&|\+|و)\s+[^\W\d_]+)?(?:\s+(?:narxi|puli|to'lovi|qiymati|stoimost\w*|stoit|tsena|fees?|price"
                  r"|costs?|is))?|(?:stoimost\w*|tsena|شهریه|هزینه|قیمت|tuition)\s+(?:\S+\s+)?(?:kurs|obucheni"
                  r"|trening|akademi|course|training|دوره|آموزش|کلاس)\w*)(?:\s+paid)?\s*[:—–(-]?\s*"
                  r"(?:only\s+|just\s+|vsego\s+)?"
                  "(?:" + _PRICE + "|" + _FA_AMOUNT + ")")
_JOB_PROMISED = (r"(?<!no\s)(?<!not\s)(?<!ne\s)(?<!bez\s)(?<!hech\s)(?<!بدون\s)(?<!هیچ\s)(?:" + _JOB_GUARANTEED
                 + r")\w*+(?!\s*(?:yo'q|yoq|emas|ber(?:il)?ma\w*|qilinma\w*|net|nety|ne|not|no|nor|isn't|نیست|نمی\w*"
                 r"|نداریم|ندارد|وجود\s+ندارد)(?!\w))")
_CLINICS = ((r"(?:hamkor\s+klinika|klinikamiz|partn\w*\s+klinik|klinik\w*[- ]partn\w*|nash\w*\s+klinik)", "klinik",
             "klinik*"),
            (r"(?:partner|approved|designated|our|own)\s+clinic", " clinic", "clinic"),
            (r"(?:کلینیک|آزمایشگاه|درمانگاه|مرکز\s+درمانی)\s+(?:همکار|طرف\s+قرارداد|ما|خودمان)(?!\w)", "", "کلینیک",
             "آزمایشگاه", "درمانی", "درمانگاه"))
_CLOSED_CHANNELS = tuple(
    (closed + r"\w*\s+(?:\S+\s+){0,2}?(?:kanal|guruh|chat|grupp|channel|group|club|کانال|گروه)\w*\s+(?:ga\s+|to\s+)?"
     r"(?:obuna|a'zolik|podpisk|subscription|membership|اشتراک|عضویت)", closed, "obuna", "obunasi", "podpisk*",
     "subscription", "membership", "اشتراک", "عضویت")
    for closed in ("yopiq", "zakrit", "private", "closed", "vip", "premium", "خصوصی"))
# what a training-first scam prices on the way into the work (a thirty-fourth writer's «пробный доступ на 14 дней —
# 99 000 сум», «пакет учебных материалов … — 350 000 сум», «خرید پکیج آموزشی مؤسسه … (۶۵۰ هزار تومان)», «خرید لایسنس
# … (۴۰۰ هزار تومان)»): trial access to the tasks, a training or materials pack, a software licence in Persian
_TRAINING_KITS = ((r"trial\s+access", "trial", "trial"), (r"probn\w*\s+dostup", "probn", "probn*"),
                  (r"sinov\s+(?:dostup|kirish)", "sinov", "sinov"),
                  (r"(?:دسترسی|اشتراک)\s+آزمایشی", "آزمایشی", "آزمایشی"),
                  *((opening + r"\s+(?:materials?\s+)?(?:pack|package|bundle)", opening + " ", "pack", "package",
                     "bundle") for opening in ("training", "course", "study")),
                  (r"paket\w*\s+(?:uchebn\w*\s+)?material", "material", "materialov"),
                  (r"uchebn\w*\s+(?:paket|nabor|komplekt)", "uchebn", "uchebn*"),
                  (r"o'quv\s+(?:paket|to'plam|material)", "o'quv", "quv"),
                  (r"(?:پکیج|بسته)\s+(?:آموزشی|آموزش)", "آموزش", "آموزشی", "آموزش"), (r"لایسنس", "لایسنس", "لایسنس"))
_JOB_LISTS = ((r"vakansiya\w*\s+baza", "vakansiya", "vakansiya*"), (r"ishlar\s+baza", "ishlar baza", "ishlar"),
              (r"baz\w*\s+vakansi", "vakansi", "vakansiy*"), (r"job\w*\s+database", " database", "database"),
              (r"vacanc\w*\s+database", " database", "database"),
              (r"database\s+of\s+(?:jobs|vacancies)", "database of", "database"), (r"بانک\s+مشاغل", "مشاغل", "مشاغل"))
# The employer's people a seeker is told to pay (an eighteenth writer's posts: "185 000 so'm … HR bo'limi kartasiga
# o'tkaziladi", "290 000 so'm — klinika administratori kartasiga", «260 000 сум переводится на карту администратора
# клиники», «оплачиваете куратору», «به شماره کارت مدیر فنی واریز می‌کنید», «به حساب کارگزار بیمه شرکت واریز
# می‌کنید», "$40 sent to our HR officer's card"): who is paid is a recruiter, a manager, a curator, an administrator,
# an HR department or a broker, not the state, a clinic's or a notary's own till, a shop or the seeker's own bank.
# Most of them are someone's job title too ("Administrator", «Куратор», «کارشناس فروش»), and the pay of such a job
# said to go to "the curator's card" is no fee («Оплата на карту куратора два раза в месяц»): an amount or a price
# goes there, or the seeker is told to send it (the English and the Russian "to whom" are phrases of ``_NO_FEE_WORD``).
_EMPLOYERS_PEOPLE_UZ = (r"(?:rekruter|kurator|administrator|koordinator|admin|hr|bo'lim|mas'ul|rahbar|direktor"
                        r"|menejer)\w*")
_EMPLOYERS_PEOPLE_RU = (r"(?:kurator|menedjer|menejer|administrator|rekruter|koordinator|nastavnik|predstavitel"
                        r"|rukovoditel|kadrovik|hr|otdela\s+kadrov|yurist|notarius)\w*")
_EMPLOYERS_PEOPLE_TO = ("куратору", "менеджеру", "администратору", "координатору", "наставнику", "представителю",
                        "руководителю", "кадровику")
_EMPLOYERS_PEOPLE_FA = r"(?:مدیر|نماینده|کارشناس|ادمین|مسئول|منشی|کارگزار|مشاور|سرپرست|هماهنگ\s?کننده)"
_EMPLOYERS_PEOPLE_EN = ("recruiter", "coordinator", "curator", "officer", "representative", "supervisor",
                        "administrator", "admin", "mentor", "hr")
_PAID_TO_THE_EMPLOYERS_PEOPLE: tuple[tuple[str, ...], ...] = (
    # an amount, then one of them's card; or their card, then "you transfer"
    (_PRICE + _SENTENCE_GAP + r"(?<!\w)" + _EMPLOYERS_PEOPLE_UZ + r"\s+kartasiga(?!\w)", "kartasiga", "kartasiga"),
    (_EMPLOYERS_PEOPLE_UZ + r"\s+kartasiga\s+(?:\S+\s+){0,2}?(?:o'tkaz(?:asiz|ing)|tashla(?:ysiz|ng)|to'la(?:ysiz|ng))"
     r"(?!\w)", "kartasiga", "kartasiga"),
    # (the payer and the time between: «1 150 000 сум, оплачивается кандидатом заранее на карту помощника нотариуса»)
    ("(?:" + _PRICE + r"|stoimost\w*|summ[au]|vznos\w*)" + _SENTENCE_GAP + r"(?<!\w)(?:perevoditsya|perechislyayetsya"
     r"|vnositsya|oplachivayetsya|oplata)\s+(?:(?:kandidat|soiskatel)\w*\s+)?(?:(?:zaraneye|zaranee|zaranye|vperyod"
     r"|vpered|avansom)\s+)?na\s+kart\w*\s+(?:\S+\s+)?" + _EMPLOYERS_PEOPLE_RU, "na kart",
     "perevoditsya", "perechislyayetsya", "vnositsya", "oplachivayetsya", "oplata"),
    (r"(?:perevodite|perechislyayete|oplachivayete|vnosite|otpravlyayete)\s+(?:\S+\s+){0,3}?na\s+kart\w*\s+(?:\S+\s+)?"
     + _EMPLOYERS_PEOPLE_RU, "na kart", "perevodite", "perechislyayete", "oplachivayete", "vnosite", "otpravlyayete"),
    # … or a prepayment or a transfer named, with no verb (a twenty-sixth writer's «предоплата 50% на карту нашего
    # менеджера», «Оплата … переводом на карту юриста»; not «Оплата на карту куратора», a curator's own pay)
    (r"(?:predoplat|perevodom)\w*\s+(?:\S+\s+){0,2}?na\s+kart\w*\s+(?:\S+\s+)?" + _EMPLOYERS_PEOPLE_RU, "na kart",
     "predoplat*", "perevodom"),
    # … and the applicant named as who deposits it («هزینه … را متقاضی قبل از جلسه به کارت کارشناس دفترخانه واریز
    # می‌کند»), not the employer paying its staff
    (r"(?:متقاضی|داوطلب|کارجو|متقاضیان)(?!\w)[^.!?\n؛؟]{0,60}?به\s+(?:شماره\s+)?(?:کارت|حساب)\s+" + _EMPLOYERS_PEOPLE_FA
     + r"(?:\s+\S+){0,3}?\s+(?:واریز|کارت\s+به\s+کارت|پرداخت)\s*(?:میکند|میکنند|مینماید)(?!\w)", "به", "متقاضی",
     "داوطلب", "کارجو", "متقاضیان"),
    (r"به\s+(?:شماره\s+)?(?:کارت|حساب)\s+" + _EMPLOYERS_PEOPLE_FA + r"(?:\s+\S+){0,3}?\s+(?:واریز\s*(?:میکنید|کنید"
     r"|نمایید)|کارت\s+به\s+کارت\s*(?:میکنید|کنید)|میپردازید|بپردازید|پرداخت\s*(?:میکنید|کنید|نمایید))", "به",
     "کارت", "حساب"),
)
_NO_FEE_WORD = (
    # an advance now and the rest at the visa or on arrival
    "sertifikat* ~ tayyorlab beramiz", "yarmi ~ viza chiqqan*", "qolgan* ~ viza chiqqan*", "qolgan* ~ vizadan keyin", "qolgan* ~ viza olingan*",
    "qolgan* ~ viza tayyor*", "остаток ~ после ~ виз*", "остальное ~ после ~ виз*", "оставшуюся ~ после ~ виз*",
    "вторую половину ~ после ~ виз*", "остаток ~ по прибытии", "остаток ~ по приезду", "остальное ~ по приезду",
    "rest ~ after ~ visa*", "balance ~ after ~ visa*", "remaining ~ after ~ visa*", "rest ~ once ~ visa*",
    "rest ~ when ~ visa*", "rest on arrival", "balance on arrival", "half now", "half upfront",
    "half up front", "half in advance", "مابقی ~ ویزا", "باقیمانده ~ ویزا", "بقیه ~ ویزا", "الباقی ~ ویزا",
    "مابقی ~ پس از ورود", "مابقی ~ بعد از ورود",
    # a programme, a licence or a starter pack bought from the employer's dealer, partner or site
    "dilerimizdan ~ olasiz", "dilerimizdan ~ sotib ol*", "diler* ~ sotib olasiz", "dastur* ~ sotib olasiz",
    "dastur* ~ sotib olishingiz*", "litsenziya* ~ sotib olasiz", "litsenziya* ~ sotib oling",
    "hamkorimizdan ~ sotib ol*", "у нашего дилера",
    # … or its partner store (a thirty-fourth writer's "buy through our partner store")
    "hamkor do'kon* ~ sotib ol*", "hamkorimiz do'kon* ~ sotib ol*", "hamkor do'kon* ~ xarid qil*",
    "купит* ~ партнерск* магазин*", "купит* ~ партнёрск* магазин*", "приобрет* ~ партнерск* магазин*",
    "приобрет* ~ партнёрск* магазин*", "купит* ~ у ~ партнер*", "купит* ~ у ~ партнёр*", "купит* ~ у ~ дилер*",
    "приобре* ~ у ~ дилер*",
    "покупаете ~ у ~ дилер*", "программ* ~ покупаете", "лицензи* ~ покупаете", "купит* ~ лицензи*",
    "приобрест* ~ лицензи*", "купите ~ лицензи*", "buy ~ from our dealer*", "purchase ~ from our dealer*",
    "buy ~ from our authori?ed dealer*", "purchase ~ from our authori?ed dealer*", "buy ~ dealer licen?e*",
    "purchase ~ dealer licen?e*", "buy ~ partner licen?e*", "purchase ~ partner licen?e*",
    "purchase ~ from our certified vendor*", "buy ~ from our certified vendor*", "از سایت همکار ~ تهیه",
    "از سایت همکار ~ خریداری", "از سایت همکار ~ بخرید", "پکیج شروع", "بسته شروع کار", "با خرید ~ پکیج",
    "لایسنس ~ خریداری کنید", "نرم افزار ~ خریداری کنید",
    # money into a representative's, a manager's or a recruiter's own account or card
    "представител* ~ на карт*", "на личн* карт* менеджер*", "на личн* счет* менеджер*", "на карт* рекрутер*",
    "vakil* kartasiga", "vakil* hisobiga", "vakilimiz* ~ kartasiga", "menejer* kartasiga", "menejer* ~ kartasiga",
    "kartaga tashlaysiz", "kartaga tashlang", "kartasiga tashlang", "kartasiga tashlaysiz",
    "representative's personal ~ account*", "representative's personal ~ card*", "manager's personal ~ account*",
    "manager's personal ~ card*", "recruiter's personal ~ account*", "recruiter's personal ~ card*",
    "به حساب نماینده", "به کارت نماینده", "به کارت مدیر", "به حساب مدیر", "به کارت کارشناس", "به کارت ادمین",
    # … or to a recruiter by a payment app or card to card, or to a named person's account ("Payme орқали рекрутерга",
    # "переводите рекрутеру", "paid to your recruiter by Payme", "کارت‌به‌کارت به مشاور استخدامی", "به حساب آقای صالحی")
    *(f"{app} orqali {person}" for app in ("payme", "click", "paynet")
      for person in ("rekruterga", "menejerga", "kuratorga", "adminga", "hrga")),
    "рекрутеру на карт*", "переводите рекрутеру", "перевод* ~ рекрутеру", "оплат* ~ рекрутеру", "paid to ~ recruiter",
    "pay ~ to ~ recruiter", "کارتبهکارت به مشاور*", "کارت به کارت به مشاور*", "به حساب آقای", "به حساب خانم",
    "به کارت آقای", "به کارت خانم",
    # … or to the card or account number of a named person (a twenty-sixth writer's «به شماره کارت آقای رضایی … واریز
    # کنید»)
    "به شماره کارت آقای", "به شماره کارت خانم", "به شماره حساب آقای", "به شماره حساب خانم",
    # … or to another of the employer's people, in Russian told to pay them («оплачиваете куратору»; the card's forms
    # are raw patterns: ``_PAID_TO_THE_EMPLOYERS_PEOPLE``)
    *(f"{verb} ~ {person}" for verb in ("оплачиваете", "оплатите", "платите", "заплатите")
      for person in _EMPLOYERS_PEOPLE_TO),
    *(f"{person} ~ {verb}" for verb in ("оплачиваете", "оплатите", "платите", "заплатите")
      for person in _EMPLOYERS_PEOPLE_TO),
    # … and in English, to one of them's card or wallet ("$40 sent to our HR officer's card"; a manager's card is left
    # out: "charge it to the manager's card" is an assistant's work)
    *(f"to ~ {person}'s {personal}{card}" for person in _EMPLOYERS_PEOPLE_EN for personal in ("", "personal ")
      for card in ("card", "cards", "wallet")),
    # a minimum balance kept, or a deposit made, in a task app to unlock its tasks
    "hisobingizda kamida", "balansingizda kamida", "hisobingizda ~ turishi kerak", "balansingizda ~ turishi kerak",
    "kamida ~ so'm ~ turishi kerak", "minimal balans*", "минимальный баланс", "балансе должно быть",
    "вашем балансе должно", "keep a minimum balance", "maintain a minimum balance", "minimum balance ~ to start",
    "minimum balance ~ to unlock", "your balance must be at least", "minimum deposit ~ to start",
    "minimum deposit ~ to unlock", "deposit ~ to unlock", "حداقل موجودی", "موجودی حساب ~ حداقل",
    # a "service" or "work" wallet, or one the seeker is told to top up or activate: yours, in the imperative, or one
    # that must be; not clients' wallets topped up as support work ("консультировать клиентов по пополнению
    # кошелька", "mijozlarning hamyonini to'ldirish bo'yicha savollarga javob berish", «پاسخگویی به مشتریان درباره
    # شارژ کیف پول»)
    "служебн* кошел*", "рабоч* кошел*", "пополнить его на", "service wallet", "work wallet", "task wallet",
    "activate your ~ wallet",
    "пополните ~ кошел*", "кошел* ~ пополните", "пополни ~ кошел*", "кошел* ~ пополни", "пополняете ~ кошел*",
    "кошел* ~ пополняете", "пополнить ваш кошел*", "пополнить свой кошел*", "ваш кошел* ~ пополн*",
    "свой кошел* ~ пополн*", "необходимо пополнить ~ кошел*", "нужно пополнить ~ кошел*", "надо пополнить ~ кошел*",
    "должны пополнить ~ кошел*", "кошел* ~ необходимо пополнить", "кошел* ~ нужно пополнить", "активируйте ~ кошел*",
    "кошел* ~ активируйте", "активировать ваш кошел*", "активировать свой кошел*", "необходимо активировать ~ кошел*",
    "нужно активировать ~ кошел*",
    "hamyon* ~ to'ldiring", "hamyon* ~ to'ldirasiz", "hamyon* ~ to'ldirishingiz*", "hamyon* ~ to'ldirish kerak",
    "hamyon* ~ to'ldirilishi kerak", "hamyoningiz* ~ to'ldir*", "hamyon* ~ faollashtiring",
    "hamyon* ~ faollashtirasiz", "hamyon* ~ faollashtirishingiz*", "hamyon* ~ faollashtirish kerak",
    "hamyoningiz* ~ faollashtir*",
    *(f"{wallet} ~ {verb} {order}" for wallet in ("کیف پول", "کیفپول") for verb in ("شارژ", "فعال")
      for order in ("کنید", "کن", "کنی", "نمایید")),
    *(f"{wallet} ~ {verb}" for wallet in ("کیف پولتان", "کیف پولت", "کیف پولتون", "کیف پول شما", "کیفپولتان")
      for verb in ("شارژ", "فعال")),
    "کیف پول ~ باید ~ شارژ", "کیفپول ~ باید ~ شارژ",
    *(f"{noun} ~ {needed}" for noun in ("شارژ کیف پول", "شارژ کیفپول", "فعالسازی کیف پول", "فعال سازی کیف پول",
                                          "فعالسازی کیفپول") for needed in ("لازم", "لازمه", "الزامی")),
    # a screening, a verification or a background check the candidate pays for
    "verification charge*", "verification cost*", "screening cost*", "screening charge*", "screening payment*",
    "background check cost*", "background check charge*", "compliance fee*",
    "candidate's responsibility", "applicant's responsibility", "you pay for ~ screening",
    "you pay for ~ background check", "candidates pay for ~ check", "candidates pay for ~ screening",
    "проверк* ~ за счет кандидат*", "проверк* ~ за счёт кандидат*", "проверк* ~ оплачивает кандидат",
    "проверку ~ оплачиваете", "стоимость проверки", "стоимость верификаци*", "tekshiruv* ~ nomzod hisobidan",
    "tekshiruv* ~ o'zingiz to'laysiz", "tekshiruv narx*", "tekshiruv uchun ~ so'm*", "tekshiruv puli*",
    "هزینه استعلام", "هزینه احراز هویت", "هزینه بررسی سوابق", "هزینه تایید هویت", "هزینه تأیید هویت",
)
# What is bought from the employer itself, the seeker told so, with its price in the sentence (an eighteenth writer's
# "New hires buy it from our IT desk ($60)", "Garniturani faqat bizdan sotib olasiz, narxi 300 000 so'm", «Гарнитуру
# покупаете у нас, 320 000 сум», «هدست را از ما خریداری می‌کنید، ۲ میلیون تومان»), as from its "certified vendor"
# (``_NO_FEE_WORD_RAW``); not customers buying from the business
# (the English opening at its verb: one at the seeker's words, "you" first, was tried at every "you" of a posting; new
# hires, employees or staff named as its subject are the seeker, read in the match: beside it they are staff, whose
# papers an HR duty handles, ``duty``)
_NOT_BOUGHT_BY_CUSTOMERS = "".join(rf"(?<!{w}\s)" for w in (
    "customers", "clients", "buyers", "users", "shoppers", "visitors", "people", "they", "who", "we", "can", "may",
    "optionally", "customers to", "clients to", "users to", "them to", "can also", "may also"))
_BOUGHT_FROM_US = (
    (_NOT_BOUGHT_BY_CUSTOMERS + r"(?:buy|purchase)\w*\s+(?:\S+\s+){0,4}?from\s+(?:us|our\s+(?:\S+\s+)?(?:desk"
     r"|department|office|team|store|shop|warehouse|company))(?!\w)", "from", "buy", "purchase"),
    (r"(?:new\s+hires|employees|staff)\s+"
     r"(?:\S+\s+){0,2}?(?:buy|purchase)\w*\s+(?:\S+\s+){0,4}?from\s+(?:us|our\s+(?:\S+\s+)?(?:desk|department"
     r"|office|team|store|shop|warehouse|company))(?!\w)", "from", "buy", "purchase"),
    (r"(?:bizdan|kompaniyamizdan|kompaniyadan|firmamizdan|markazimizdan)\s+(?:\S+\s+){0,2}?sotib\s+ol(?:asiz|ing"
     r"|ishingiz)(?!\w)", "sotib", "bizdan", "kompaniyamizdan", "kompaniyadan", "firmamizdan", "markazimizdan"),
    (r"(?:pokupayete|priobretayete|vikupayete|kupite|priobretite)\s+(?:\S+\s+){0,2}?u\s+(?:nas|kompanii)(?!\w)", " u ",
     "nas", "kompanii"),
    (r"از\s+(?:خود\s+)?(?:ما|شرکت|مرکز)\s+(?:\S+\s+)?(?:خریداری\s*(?:میکنید|کنید|نمایید)|بخرید|میخرید|تهیه\s*(?:میکنید"
     r"|کنید))", "از", "خریداری", "بخرید", "میخرید", "تهیه"),
)
_BOUGHT_FROM_THE_EMPLOYER = tuple(
    (r"(?:" + bought + r")[^.!?\n؛؟]{0,60}?(?:" + _PRICE + "|" + _FA_AMOUNT + ")", needle, *keys)
    for bought, needle, *keys in _BOUGHT_FROM_US)
_NO_FEE_WORD_RAW: tuple[tuple[str, ...], ...] = (
    *_priced(_PERMITS + _CLINICS + _CLOSED_CHANNELS + _JOB_LISTS + _TRAINING_KITS),
    # "виза стоит 1 500 $", "the permit costs $900", "ruxsatnoma narxi 1 200 $"
    *((opening + r"\s+(?:\S+\s+){0,2}?(?:stoit|stoimost\w*|costs?|narxi|price\s+is)\W{0,3}\s*(?:vsego\s+|only\s+"
       r"|just\s+)?" + _PRICE + _NOT_THE_EMPLOYERS, *needs) for opening, *needs in _PRICED_THINGS),
    *((opening + r"\s+(?:\S+\s+){0,2}?(?:" + "|".join(thing for thing, *_ in _PRICED_THINGS) + r")\w*\W{0,3}\s*"
       + _PRICE + _NOT_THE_EMPLOYERS, needle, *(key for _, _, *keys in _PRICED_THINGS for key in keys))
      for opening, needle in ((r"stoimost\w*", "stoimost"), ("narxi", "narxi"), (r"price\s+of", "price"),
                              (r"cost\s+of", "cost"))),
    # a kit's cost in Persian, the cost named first (a thirty-fifth writer's «هزینه کیت ۱۹۰ هزار تومان است که از طریق
    # لینک … پرداخت می‌شود», a translation test kit)
    (r"(?:هزینه|قیمت|مبلغ)\s+(?:خرید\s+)?کیت(?:\s+\S+){0,2}?\s*[:،]?\s*" + _FA_AMOUNT + _NOT_THE_EMPLOYERS, "کیت",
     "کیت"),
    # an amount paid in advance ("Narxi: 1200$ oldindan"), not pay given in advance ("500$ oldindan beriladi"; "to'lovsiz",
    # without payment, is read in the match: ``negated``)
    (r"[1-9][\d\s.,]*\s?(?:\$|€|£|usd|dollar\w*|yevro|evro|euro|so'm|sum)\s+oldindan(?:\s+to'l\w*)?(?!\w)"
     r"(?!\s+(?:beril|to'lab\s+beril|beramiz|to'laymiz))", "oldindan", "oldindan"),
    # a Russian or Uzbek order to pay an amount with its sign ("необходимо внести £1 450", "to'lang $20")
    *_SIGN_AFTER_PAY,
    # a course, its price, and the job promised after it
    *((course + r"\w*" + _SENTENCE_GAP + _PRICE + r"(?=[^\n]{0,80}(?:\n[^\n]{0,120}){0,2}?(?:" + _JOB_GUARANTEED
       + r"))", course, *_JOB_GUARANTEED_KEYS) for course in _COURSES),
    # … or the job promised first, then the course's price up to three lines below (an eighteenth writer's "keyin
    # kafolatli ish: … oylik 6 mln so'm.\nKurs narxi 650 000 so'm", «استخدام قطعی پس از دوره …\nشهریه دوره: ۲ میلیون و
    # ۹۰۰ هزار تومان»; a thirty-fourth writer's promise three lines above, a salary and a blank line between): the price named as the course's own, right before its amount ("Kursni kompaniya to'laydi, sizga
    # 1 500 000 so'm stipendiya" is no price of the course), the promise not denied ("Ishga kafolat bermaymiz", «Мы не
    # гарантируем трудоустройство», "No guaranteed job", «استخدام قطعی نیست»: a training centre's honest word)
    (_JOB_PROMISED + r"[^\n]{0,160}?(?:\n[^\n]{0,160}?){0,3}?(?<!\w)" + _COURSE_PRICED + _NOT_THE_EMPLOYERS, "",
     *_JOB_GUARANTEED_KEYS),
    # a panel, a subscription or a licence the seeker is told to get ("اشتراک … رو از سایت همکار ما تهیه کنید")
    (r"(?:اشتراک|پکیج|لایسنس)(?!\w)[^.!?\n؛؟]{0,60}?تهیه\s+(?:کنید|کنین|نمایید)(?!\w)", "تهیه", "تهیه"),
    # money into a representative's account, or "my personal" one ("Transfer it to our representative's account",
    # "send it to my personal card")
    (r"representative's\s+(?:\S+\s+){0,2}?(?:account|card)s?(?!\w)", "representative's", "representative"),
    # "на счёт нашего представителя", "на карту представителя" (a raw pattern opening with the rarer word: a phrase
    # opening with "на" is tried wherever "на" is)
    (r"na\s+(?:kart\w*|schet\w*|schyot\w*)\s+(?:\S+\s+){0,2}?predstavitel\w*", "predstavitel", "predstavitel*"),
    (r"(?:to|into)\s+my\s+personal\s+(?:\S+\s+){0,2}?(?:account|card)s?(?!\w)", "my personal", "personal"),
    # … or to another of the employer's people's card, in Uzbek, Russian and Persian
    *_PAID_TO_THE_EMPLOYERS_PEOPLE,
    # bought only from "our certified vendor" ("purchase the laptop, headset and printer ONLY from our certified
    # vendor"; a comma ends a phrase's gap)
    # (or "through" it: a thirty-fourth writer's "ClearScript Pro editor – $39/month subscription (buy through our
    # partner store)")
    *((opening + r"(?:\s+[^.!?\n]{0,80}?)?\s(?:only\s+)?(?:from|through|via)\s+(?:our|the)\s+(?:certified|approved"
       r"|preferred|designated|authori[sz]ed|partner|official)\s+(?:vendor|dealer|supplier|store|shop|site|website)s?"
       r"(?!\w)", opening,
       opening) for opening in ("buy", "purchase")),
    *_BOUGHT_FROM_THE_EMPLOYER,
)


# A tenth set of postings put a price on the way in with no verb telling the seeker to pay: "Registration costs $10",
# "Membership: $15/month gives you access to all tasks", "$25 for account verification", "Доступ к заданиям — 300 ₽",
# "A'zolik: 50 000 so'm", "عضویت: ۵۰ هزار تومان", or a kit's price "deducted from your first paycheck". Not a product
# the job sells or supports ("our $15/month membership", "Our starter kit sells for $49 — you will process the
# orders"), pay after a step ("After onboarding: $3,000/month"), nor the employer paying ("The course costs $200 and
# is paid by the company"). What is priced: (opening regex, needle, its words); a membership or access is priced by
# the month too, a registration or a kit is not ("Onboarding: $500/month" is pay while training).
_SEEKER_FEES = (
    (r"registration", "registration", "registration"), (r"sign[- ]?up", "sign", "sign", "signup"),
    (r"onboarding", "onboarding", "onboarding"), (r"(?:account\s+)?activation", "activation", "activation"),
    (r"account\s+verification", "verification", "verification"), (r"training\s+kit", "kit", "kit"),
    (r"starter\s+(?:kit|pack|package)", "starter", "starter"), (r"enrol+ment", "enrol", "enrolment", "enrollment"),
    (r"aktivatsi\w*\s+(?:akkaunt|profil|kabinet|uchetn|uchyotn)\w*", "aktivatsi", "aktivatsi*"),
    # a software seat's licence the seeker gets first (a thirty-fourth writer's "The license is $85 … billed by our
    # licensing vendor"), not one the post sells to customers (``_NOT_SOLD``)
    (r"(?:seat\s+)?licen[cs]e", "licen", "license", "licence"),
    (r"startov\w*\s+(?:nabor|paket|komplekt)\w*", "startov", "startov*"),
    (r"boshlang'ich\s+(?:to'plam|paket|nabor)\w*", "boshlang'ich", "boshlang"),
    (r"(?:akkaunt|profil)\w*\s+faollashtirish", "faollashtirish", "faollashtirish"),
    (r"فعالسازی\s+(?:حساب|اکانت|پنل|پروفایل)", "فعالسازی", "فعالسازی"),
)
_SEEKER_SUBSCRIPTIONS = (
    (r"membership", "membership", "membership"),
    (r"access\s+to\s+(?:the\s+|all\s+|our\s+)?(?:tasks|jobs|projects|assignments|orders)", "access", "access"),
    (r"chlenstv\w*", "chlenstv", "chlenstv*"),
    (r"dostup\w*\s+k\s+(?:zadani|zakaz|rabot|proekt|vakansi)\w*", "dostup", "dostup*"),
    (r"a'zolik", "a'zolik", "zolik"),
    (r"(?:vazifa|topshiriq|buyurtma|loyiha)\w*\s+kirish", "kirish", "kirish"),
    (r"(?:حق\s+)?عضویت", "عضویت", "عضویت"),
    (r"دسترسی\s+به\s+(?:پروژه|تسک|سفارش|آگهی)\w*", "دسترسی", "دسترسی"),
)
# the thing is not the seeker's when it follows "our", a customer, or the step pay comes after
_NOT_AFTER_STEP = "".join(rf"(?<!{w}\s)" for w in ("our", "their", "after", "upon", "following", "on", "complete",
                                                 "completing", "customers'", "members'", "clients'", "posle", "keyin"))
_PRICED_AS = (r"\w*(?:\s+(?:fee|price|cost|narxi|stoimost\w*|هزینه))?(?:\s+(?:costs?|is|will\s+cost|stoit|sostavlyaet"
              r"|narxi)\s+|\s*[:—–-]\s*|\s+(?=\d|\$|€|£))(?:only\s+|just\s+|vsego\s+|(?:a\s+)?one[- ]time\s+)?")
# … nor one the sentence goes on to say customers buy or the job sells
_NOT_SOLD = (r"(?![^.!?\n;؛؟]*?(?:customer|client|buyer|subscriber|sell|sold|mijoz|klient|pokupatel|zakazchik"
             r"|مشتری|خریدار))")
_WHOLE = r"(?![\d.,]*\d| \d{3}(?!\d))"  # (the price read whole: "$500/month" is not "$50")
_NOT_BY_PERIOD = (r"(?!\s*(?:/|per\s|a\s+(?:month|week|day|year)|monthly|weekly|v\s+(?:mesyats|nedel|den)|oyiga"
                  r"|haftasiga|ماهانه|ماهیانه|در\s+ماه))")
_PRICED_FEES: tuple[tuple[str, ...], ...] = (
    # "Registration costs $10", "Starter kit — $49", "Стартовый набор стоит 2000 рублей", "فعال‌سازی حساب ۵۰ هزار تومان"
    # (each opens with a look-ahead for its word: a search tries every place in the text, and the look-behinds
    # first had cost every place thirteen backward matches, ×0.57 on long postings)
    *((f"(?={opening})" + _NOT_AFTER_STEP + opening + _PRICED_AS + _PRICE + _WHOLE + _NOT_BY_PERIOD
       + _NOT_THE_EMPLOYERS + _NOT_SOLD, *needs)
      for opening, *needs in _SEEKER_FEES),
    # "Membership: $15/month gives you access to all tasks", "Доступ к заданиям — 300 ₽", "A'zolik: 50 000 so'm"
    *((f"(?={opening})" + _NOT_AFTER_STEP + opening + _PRICED_AS + _PRICE + _WHOLE + _NOT_THE_EMPLOYERS
       + _NOT_SOLD, *needs)
      for opening, *needs in _SEEKER_SUBSCRIPTIONS),
    # "$25 for account verification" (not "Get $10 for every sign-up", "a $100 bonus for onboarding")
    *((_CURRENCY_AHEAD + r"(?<!get\s)(?<!earn\s)(?<!receive\s)(?<!pay\s)(?<!pays\s)(?<!paid\s)(?<!of\s)(?<!to\s)(?<!make\s)"
       + _CURRENCY_FIRST + r"\s+(?:one[- ]time\s+)?for\s+(?:the\s+|your\s+)?" + opening
       + r"(?!\w|\s+(?:period|week|month|phase|stage|bonus|call|session|day|process)\b)" + _NOT_SOLD, *needs)
      for opening, *needs in _SEEKER_FEES + _SEEKER_SUBSCRIPTIONS[:2]),
    # a kit's, a training's or a registration's price taken out of the first pay ("Training kit: $35 (deducted from
    # your first paycheck)"; not a bond taken from "your final salary")
    (r"(?:kit|training|registration|onboarding|sign[- ]?up|membership|activation|starter\s+pack\w*|course"
     r"|certification)\w*[^.!?\n]{0,80}?(?:deducted|withheld|taken\s+out|subtracted)\s+from\s+your\s+(?:first\s+)?"
     r"(?:pay\s*check|salary|pay|payment|payout|earnings|wages?)(?!\w)", "from your", "deducted", "withheld", "taken",
     "subtracted"),
    # … and in Russian, Uzbek and Persian ("Стоимость стартового набора удерживается из первой зарплаты", "Boshlang'ich
    # to'plam narxi birinchi oylikdan ushlab qolinadi", "هزینه کیت آموزشی از حقوق ماه اول کسر می‌شود")
    (r"(?:nabor|komplekt|paket|obucheni|registratsi|aktivatsi|kurs|trening)\w*[^.!?\n]{0,80}?(?:uderj|vich)\w*\s+"
     r"(?:\S+\s+)?iz\s+(?:vashe\w*\s+)?perv\w*\s+(?:zarplat|viplat|oklad|zp)\w*", "perv", "uderj*", "vichit*",
     "vichtem"),
    (r"(?:to'plam|paket|nabor|trening|kurs|o'qish|ro'yxat)\w*[^.!?\n]{0,80}?birinchi\s+(?:oylik|maosh|ish\s+haqi)\w*\s+"
     r"(?:ushlab|chegirib|ayirib)\s+(?:qolin|olin)\w*", "birinchi", "ushlab", "chegirib", "ayirib"),
    (r"(?:کیت|دوره|آموزش|ثبت\s?نام|پکیج|بسته)[^.!?\n؛؟]{0,60}?از\s+(?:اولین\s+حقوق|حقوق\s+ماه\s+اول)\s+(?:\S+\s+)?"
     r"کسر", "کسر", "کسر"),
)
