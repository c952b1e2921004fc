"""How a match's sentence is read: where sentences, clauses and lists end; a negation or a warning before or
after the match (``negated``), the employer paying for it, a list under a "never", asks told of rather than made
(``told_of_them``, ``told_of_impersonators``, scam signs listed); and what the sentence says beside it (``said_too``,
``said_before``, ``line_opened_by``). The patterns they read with are a ``Reading``: ``PLAIN``, or their merged forms
on a text typed otherwise (``typed``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.legitimacy.rules.context_words import (DUTY_CONTEXT, HANDED_ON, KEPT_BY_THE_SEEKER, MOVED_MONEY, NEEDED,
                                                     PAID_IN, PAYROLL_NEVER_NEEDS, PAYROLL_PURPOSE, SECOND_PERSON,
                                                     SEEKER_SENDS, SENT_TO_THE_SEEKER, STAFF_CONTEXT, THE_SEEKERS_PAY,
                                                     TRANSFER)
from pipeline.legitimacy.rules.ids_and_codes import OWN_SITE, OWN_SITE_STEP, PAYROLL_PLACE, SENT_TO_SOMEONE
from pipeline.legitimacy.rules.matching import _compile
from pipeline.legitimacy.rules.money_mules import MONEY_MULE
from pipeline.legitimacy.rules.quotations import (CUSTOMERS_QUOTED, QUOTE_WARNING, _quote_opened_before, _warning_reach,
                                                  warned_quotation)
from pipeline.legitimacy.rules.soft_signals import NO_EXPERIENCE
from pipeline.legitimacy import conditional, turns
from pipeline.legitimacy.text import PICTOGRAPHS, SENTENCE_END, letter_words, sentence_around


# A sentence saying the opposite, or warning against scams, before the match …
NEGATION_BEFORE = (_compile(
    "never", "not", "no", "nobody", "no one", "don't", "do not", "doesn't", "won't", "will not", "without", "nor",
    "beware", "scam*",
    "fraud*", "phishing", "warning", "zero", "free of",
    "hech qachon", "hech qanday", "talab qilmaymiz", "so'ramaymiz", "siz to'lamaysiz", "firibgar*", "ehtiyot bo'ling",
    "soramaymiz", "siz tolamaysiz", "ehtiyot boling",  # (typed without apostrophes)
    "никогда", "не", "нет", "без", "мошен*", "осторожно", "никак*",
    # … or forbidden («объясняете клиенту, почему нельзя сдавать карту в аренду»)
    "нельзя", "запрещено", "запрещается",
    "هرگز", "هیچ", "بدون", "نمی*", "کلاهبردار*", "مراقب", "هیچگاه", "هیچگونه", "هیچوقت",  # (هیچ‌وقت: never)
    # Russian "ни", but not Uzbek's "-ni" written apart after a number ("5% ni o'zingizga olib qolasiz")
    raw=(r"(?<![\d%] )(?<![\d%])ni",),
).pattern)
# … or a Persian "neither" right before it ("نه ودیعه می‌گیریم، نه چک یا سفته": neither a deposit nor a cheque is
# taken); elsewhere "نه" may be "nine" ("نه میلیون تومان ودیعه").
_NEITHER = re.compile(r"(?<!\w)نه\s$")
# A sum "reimbursed with the first salary" is one the seeker pays now (a seventeenth writer's "the $65 screening fee is
# paid by the candidate in USDT and reimbursed with the first salary", as ``_FIRST_PAY_REFUND`` reads it, or with a
# later one named by its number): no cost the employer bears, as "reimbursed" alone says.
# (up to "first": the 50 characters read after a match may end there)
_NOT_LATER_WITH_THE_FIRST_PAY = (r"(?!\s+(?:to\s+you\s+)?(?:in\s+full\s+)?(?:with|on|in|from|after)\s+(?:your|the)\s+"
                                 r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|[6-9]th)(?!\w))")
# … or right after it, in its clause ("no fee is required"; not "…, tajriba shart emas": that is the experience) …
NEGATION_AFTER = (_compile(
    "not required", "not needed", "is free", "are free", "free of charge", "is not", "are not", "will not",
    "is covered", "are covered", "we pay", "paid by us", "provided by us",
    "hech", "emas", "هیچ", "هیچگونه",
    "talab qilinmaydi", "olinmaydi", "bepul", "kerak emas", "yo'q", "so'ralmaydi", "yoq", "soralmaydi",
    "не требуется", "не нужн*", "не нужен", "бесплатн*", "не берем", "не берём", "за наш счет", "за наш счёт",
    "за счет компании", "за счёт компании", "за счет работодателя", "за счёт работодателя",
    "نیاز نیست", "رایگان", "نمی*", "نخواه*", "ندار*", "نیست", "هیچکس", "هیچ کس", "نده", "ندهید", "ندید",
    "не платите", "не платит", "не платят", "не нужно платить", "не оплачиваете", "не вносите", "не переводите",
    "не взима*",
    # … or not asked for ("CVV мы не запрашиваем никогда", "— не спрашиваем и не спросим")
    "не запрашива*", "не спрашива*", "не спросим", "не просим", "не попросим", "не требуем", "не собираем", "никогда",
    # … or said to play no part ("Ваши карты, ваши банковские приложения и коды из SMS в этой работе не участвуют")
    "не участву*", "не используются",
    raw=(r"\w+ma(?:y|ys|ydi|ymiz|ysiz|ydilar|ng|nglar|gan)",
         ("reimbursed" + _NOT_LATER_WITH_THE_FIRST_PAY, "reimbursed", "reimbursed")),
).pattern)
# … but not a sum renamed right after it, said to be no fee or no payment to the employer while it is still asked (a
# thirty-fourth writer's "The license is $85 and is not a fee to Northgate – it's your personal software seat",
# «Депозит 300 000 сум — не оплата, а гарантия», "300 000 so'm depozit — to'lov emas, kafolat", «۸۰۰ هزار تومان ودیعه که
# هزینه استخدام نیست»): a negation of the name, not of the payment
_RELABELLED = re.compile(r"[^\w$€£]*(?:(?:\S+\s+){0,3}?(?:که|and|but|i|a|no|va|lekin|ammo|و)\s+)?"
                         r"(?:(?:it|this|eto|bu|این|ان)\s+)?"
                         r"(?:(?:is|are)\s+not\s+(?:a|an)\s+(?:[\w'-]+\s+)?(?:fee|payment|charge|commission)s?"
                         r"|ne\s+(?:oplata|plata|platezh|platyozh|komissi\w*|vznos\w*)"
                         r"|(?:to'lov|komissiya|badal)\s+emas"
                         r"|(?:هزینه|پرداخت|کمیسیون)(?:\s+\S+)?\s+نیست)(?!\w)")
# … or a warning anywhere after it in its sentence ("if they ask you to pay …, it is a scam").
WARNING_AFTER = (_compile(
    "scam*", "fraud*", "firibgar*", "мошен*", "никому", "ندهید", "کلاهبردار*", "اعتماد نکنید",
    # … or disowned ("If someone claiming to be from us asks you for card details, it is not us")
    "it is not us", "it's not us", "that is not us", "that's not us", "это не мы", "bu biz emasmiz", "bu biz emas",
).pattern)
# … or, when its sentence is a question, the next one answering it "never" on its own ("Оплатите $20? Никогда — это
# мошенники.", "Pay $20 to start? Never — that's a scam."): "Pay $20 to start? Never been easier" answers nothing.
# So does an answer naming it a scam (an admin's checklist: "They send you a cheque and ask you to forward part of it?
# Scam - and you may be helping to launder money.", «…? Мошенничество.», "…? Firibgarlik.", «…؟ کلاهبرداری است.»).
NEVER_ANSWER = re.compile(r"\s*(?:(?:no|net|yo'q|yoq|نه)\s*[,،!.—–-]+\s*)?(?:never|nikogda|hech\s+qachon|hargiz"
                          r"|ni\s+za\s+chto|ni\s+v\s+koem\s+sluchae|هرگز|هیچ\s?وقت"
                          r"|(?:(?:it'?s|it\s+is|that'?s|that\s+is|this\s+is|eto|bu)\s+(?:a\s+)?)?(?:scam|fraud"
                          r"|moshennichestvo|moshenniki|lohotron|razvod|firibgarlik|firibgarlar)"
                          r"|(?:این\s+)?کلاهبرداری(?:\s+است)?)(?!-\w)(?=\s*(?:[,،.;؛:!?؟—–-]|$))")
# … or the employer saying it pays, in the match's own clause ("we pay for your training and the registration fee",
# "O'qish uchun to'lovni biz to'laymiz", "هزینه آموزش با ماست"): in its sentence, "We pay weekly, pay a $50
# registration fee first" had read as the employer paying the fee.
EMPLOYER_PAYS = (_compile(
    "we pay", "we will pay", "we'll pay", "we cover", "we will cover", "company pays", "company will pay",
    "company covers", "our budget", "at our expense", "at our cost",
    "мы оплачиваем", "мы оплатим", "мы платим за", "мы компенсируем", "компания оплачивает", "компания компенсирует",
    "оплачивает компания", "оплачивает работодатель", "компенсируем",
    "biz to'laymiz", "biz to'lab beramiz", "biz qoplaymiz", "kompaniya to'laydi", "kompaniya hisobidan",
    "hisobimizdan", "biz tolaymiz", "biz tolab beramiz", "kompaniya tolaydi",  # (typed without apostrophes)
    "با ماست", "با شرکت است", "بر عهده ما", "به عهده ما", "بر عهده شرکت", "به عهده شرکت", "ما پرداخت میکنیم",
    # … and with the fee first, the employer after it ("The $15 registration fee is paid by the company", «взнос
    # оплачивается компанией», "to'lovi kompaniya tomonidan to'lanadi", «هزینه ثبت نام را شرکت پرداخت می‌کند»)
    "paid by the company", "paid by the employer", "paid by us", "covered by us", "borne by the company",
    "payable by the company", "payable by the employer", "payable by us",
    "borne by the employer", "borne by us", "at the company's expense", "at the employer's expense",
    "оплачивается компанией", "оплачивается работодателем", "за счёт компании", "за счёт работодателя",
    "kompaniya tomonidan to'lanadi", "kompaniya tomonidan qoplanadi", "ish beruvchi tomonidan to'lanadi",
    "ish beruvchi to'laydi", "ish beruvchi hisobidan", "kompaniya tomonidan tolanadi", "ish beruvchi tolaydi",
    "را شرکت پرداخت میکند", "را شرکت میپردازد", "توسط شرکت پرداخت", "توسط کارفرما پرداخت", "را کارفرما پرداخت میکند",
    "agency pays", "agency covers", "firm pays", "employer pays", "paid by the agency", "paid by the firm",
    raw=((r"reimburs\w*" + _NOT_LATER_WITH_THE_FIRST_PAY, "reimburs", "reimburs*"),),
).pattern)
# The employer named as who pays, before what it pays for ("Harborstone pays for your pre-licensing course", "Компания
# «Альфа» оплачивает ваш курс"): someone other than the seeker pays for the seeker's costs; not a fee or a sum that
# "pays for" them ("The $50 fee covers your kit", "your first paycheck pays for your kit": the seeker's money). Read
# only before the match, where it governs the list the match is in (``employer_pays_for``).
_EMPLOYER_NAMED_PAYS = re.compile(
    r"(?<!\w)(?<![\d$€£]\s)(?!(?:fee|fees|deposit|deposits|which|that|it|this|payment|payments|amount|paycheck"
    r"|salary|sum|money|commission|sale|sales|earnings|pay)(?!\w))"
    r"[^\W\d_]+\s+(?:pays|covers)\s+(?:for\s+)?(?:your|the|all)(?!\w)"
    r"|(?<!\w)(?:oplachivayet|kompensiruyet)\s+(?:vash|vashu|vashe|vashi|vse)(?!\w)")
# Uzbek and Persian put the employer first and its verb last, the list between ("Biz kurs, imtihon va ro'yxatdan o'tish
# to'lovini to'laymiz", "شرکت آریا هزینه دوره، آزمون و هزینه ثبت نام شما را پرداخت می‌کند"): "we" or the company
# opening the sentence, and its "pay" closing the match's clause (not a refund promised: "qaytarib to'laymiz").
_EMPLOYER_FIRST = re.compile(r"^\s*(?:[^\w\s]\s*)?(?:biz|kompaniya(?:miz)?|firma(?:miz)?|ish\s+beruvchi"
                             r"|شرکت|کارفرما|مجموعه|موسسه|سازمان)(?!\w)")
# (Uzbek as typed without apostrophes, and read merged from Russian letters: "tolaymiz", "tulaymiz", "koplaymiz")
_IT_PAYS_LAST = re.compile(r"^\s*(?:(?:(?:o'|u|o)zi\s+)?(?:(?:to'|tu|to)la(?:ymiz|ydi)|(?:q|k)opla(?:ymiz|ydi)"
                           r"|(?:to'|tu|to)lab\s+beramiz)"
                           r"|(?:(?:شما|خود|خودتان)\s+)?را\s+(?:پرداخت\s*میکند|میپردازد|تقبل\s*میکند|تامین\s*میکند))"
                           r"(?!\w)")
EMPLOYER_LIST_ITEMS = 6  # items before the match's that a list the employer pays for may name
_EMPLOYER_LIST_ITEM_WORDS = 4
_LIST_LAST = re.compile(r"\s(?:and|or|i|ili|va|yoki|و|یا)\s")
# What starts a new clause, beyond which no negation before a match reaches and none after it speaks of the match: a
# "but" ("No experience needed, but pay a $30 registration fee"; Russian "но", folded "no", before its clause's
# Russian word), a new subject joined on ("We pay weekly and you pay a $50 registration fee") or a threat ("… menejer
# kartasiga qo'shib qo'ying — usiz ro'yxatga kiritilmaysiz", "— otherwise you will not be registered": its "not" is
# the threat's, not the fee's).
NEW_CLAUSE = re.compile(
    r"(?<!\w)(?:(?:but|however|although|though|odnako|zato|lekin|ammo|biroq|ولی|اما"
    r"|otherwise|inache|bez\s+etogo|usiz|aks\s+holda|وگرنه)(?!\w)"
    r"|(?:and|i|va|و) (?=(?:you|we|then|vi|mi|siz|biz|شما|ما)(?!\w))"
    r"|no(?= (?:snachala|nujno|neobhodimo|nado|dlya|pered|est|vam|vi|trebuet\w*|tolko|obyazatel\w*|pridyot\w*"
    r"|pridet\w*|potom|eto|s|v|za|pri)(?!\w)))")
# … or a new demand after a comma or a dash ("No experience needed, just pay a $30 registration fee", "No experience
# needed — just pay the $30 registration fee", "Без опыта, просто оплатите взнос", "بدون نیاز به سابقه، فقط … واریز
# کنید"): "just"/"only", "you (only) pay", or a pay verb in the imperative, says what the seeker is to do, where a
# list the negation governs goes on naming things ("No fees, deposits or card numbers", "Never pay, send or transfer
# money"; an English verb, an infinitive too, with an "or" after it in its sentence, or an "and" and another verb of
# paying or handing over: "You will never be asked to buy equipment, deposit a cheque or pay a vendor", "… to buy a
# starter kit, pay a registration fee and send your card number"), and a dash a disclaimer's afterthought ("No fees —
# ever", "We never charge fees — not for training"). So does "then" before a pay verb: right before it in English and
# Russian ("then pay", "затем оплатите"), anywhere before the verb that ends the clause in Uzbek and Persian ("keyin
# 50 000 so'm to'lov qiling", "سپس ۲۰۰ هزار تومان واریز کنید"; not "keyin ham", "later too", nor "بعد از", "after").
# And so does an "and" that joins a pay verb in the imperative to a clause that has ended: after "needed" or
# "required" in English ("No experience needed and pay $30 to register"; in "We never ask you to register and pay a
# fee" the negation governs both verbs), before an imperative in Russian ("Опыт не нужен и оплатите взнос"), or with
# "just" or "then" between ("va faqat … to'lang", "و فقط … واریز کنید"). It ends at the comma, dash or "and" and looks
# past it, into the match when that opens with the verb.
_PAY_IMPERATIVE = (r"(?:(?:pay|send|transfer|wire|deposit)(?=\s+(?:(?:a|an|the|your|us)(?!\w)|\$|\d))"
                   r"(?![^.!?;:\n]*(?<!\w)(?:n?or|and\s+(?:pay|send|transfer|wire|deposit|buy|purchase|provide|share"
                   r"|give|submit|hand|disclose))(?!\w))"
                   r"|oplatite|zaplatite|perevedite|vnesite|otpravte|popolnite"
                   r"|to'lang|tolang|o'tkazing|otkazing|yuboring"
                   r"|واریز کنید|بپردازید|پرداخت کنید)(?!\w)(?!\s*(?:,|or|and|nor|ili|i|yoki|va|یا|و)(?!\w))")
# the pay verb that ends an Uzbek or Persian clause, in the imperative or the "you will pay" that orders it
_PAY_CLAUSE_END = (r"(?:to'lang|tolang|to'lov\s+qiling|tolov\s+qiling|o'tkazing|otkazing|tashlang|tashlaysiz"
                   r"|to'laysiz|tolaysiz|to'lov\s+qilasiz|tolov\s+qilasiz|واریز\s+(?:کنید|نمایید)"
                   r"|پرداخت\s+(?:کنید|نمایید)|بپردازید)(?!\w)")
_THEN_VERB_LAST = (r"(?:keyin|so'ng|song|so'ngra|songra|سپس|بعدش|بعد(?!\s+از))(?!\w)(?!\s+(?:ham|هم)(?!\w))"
                   r"[^,.;:!?\n،؛؟—–]{0,80}?" + _PAY_CLAUSE_END)
_JUST = (r"(?:just|only|simply|all you (?:need|have) to do is|all you need is|all it takes is"
         r"|prosto|tolko|lish|dostatochno|faqat|faqatgina|shunchaki|فقط|تنها|کافی ?است|کافیست)(?!\w)")
_YOU_PAY = r"you\s+(?:(?:just|only|simply|then|first)\s+)?(?:pay|send|transfer|wire|deposit)(?!\w)"
NEW_DEMAND = re.compile(
    r"(?:[,،]|\s[—–-]+|[—–]+)\s*(?=" + _JUST + "|" + _YOU_PAY
    + r"|(?:(?:and|a|i|va|و)\s+)?(?:(?:then|zatem|potom) " + _PAY_IMPERATIVE + "|" + _THEN_VERB_LAST + ")|"
    + _PAY_IMPERATIVE + ")"
    r"|(?<!\w)(?:(?<=needed )|(?<=required ))and\s+(?=(?:(?:just|only|simply|then)\s+)?" + _PAY_IMPERATIVE + ")"
    r"|(?<!\w)i\s+(?=(?:(?:prosto|tolko|zatem|potom)\s+)?(?:oplatite|zaplatite|perevedite|vnesite|otpravte"
    r"|popolnite)(?!\w))"
    r"|(?<!\w)(?:va|و)\s+(?=(?:faqat|faqatgina|shunchaki|فقط|تنها)\s+[^,.;:!?\n،؛؟—–]{0,80}?" + _PAY_CLAUSE_END
    + "|" + _THEN_VERB_LAST + ")")
# … but a comma before an English pay verb in the list of verbs a negated "ask" or "tell" governs opens none: "We
# never ask you to register, pay a registration fee and wait" (the verbs after need not be ones of paying, as in the
# lists above). Only the negation's own ask: in "No experience needed, we ask you to register, pay a $30 fee" the
# comma after "register" still opens the demand.
_ASKED_LIST = re.compile(r"(?<!\w)(?:never|not|nobody|no\s+one|(?:do|does|did|wo|would|will|should|shall)n'?t)\s+"
                         r"(?:\w+\s+){0,2}?(?:ask|asks|asked|tell|tells|told)\s+(?:\w+\s+){0,2}?to\s+[^\W\d_]+"
                         r"(?:\s+[^\W\d_]+){0,3}\s*$")
_ENGLISH_PAY_VERB = re.compile(r"(?:pay|send|transfer|wire|deposit)(?!\w)")
_SENTENCE_END = SENTENCE_END  # (``text.SENTENCE_END``)
# The sentence read across lines, as every sentence was before the text kept its lines: what a match is said beside
# (``said_too``: a heading over a list, "Hujjatlar:\n- pasport nusxasi", introduces each line), and the disclaimers
# cut from the text model's input (``first_match``), which it was trained on so.
_RUN_ON_END = re.compile(r"[.!?;:•|]")
_LINE_ONLY_END = re.compile(r"[\n؛؟]")  # what ends a sentence only when it is not read across lines
_RUN_ON_END_NOT_COLON = re.compile(r"[.!?;•|]")
_CLAUSE_END = re.compile(r"[,،]")
_LINE_SENTENCE_END = re.compile(r"[.!?;\n•|؛؟]")  # (a colon does not end it: "HR assistant: collect new hires' …")


NEGATION_REACH = 90  # how far before a match its sentence is read for a negation (``_sentence_window``)


def _sentence_window(text: str, start: int, end: int, opened_by: re.Pattern[str] = _SENTENCE_END,
                     reach: int = NEGATION_REACH,
                     ended_by: re.Pattern[str] = _SENTENCE_END) -> tuple[str, str]:
    """The match's sentence before and after it, at most ``reach`` characters before it and 50 after
    (``text.sentence_around``); ``opened_by``: what ends the sentence before it, ``ended_by`` the one it is in."""
    before, after, _ = sentence_around(text, start, end, reach, opened_by=opened_by, ended_by=ended_by)
    return before, after


def _run_on_window(text: str, start: int, end: int) -> tuple[str, str]:
    """``_sentence_window`` read across lines (``_RUN_ON_END``)."""
    return _sentence_window(text, start, end, _RUN_ON_END, ended_by=_RUN_ON_END)


# "pay" right after the employer or other payers, or as a noun ("we will pay for your training", "full pay for training
# days", "Our partners pay a referral fee of $500 for every hire you bring"): the seeker is paid, not asked to pay.
PAYER = re.compile(r"(?:\bwe(?:'ll| will| would| also| can| do)?|\b(?:company|employer)(?: will| would| also)?"
                   r"|\b(?:partners|clients|employers|companies|customers|sponsors)(?: will| would| also| can| do)?"
                   r"|\b(?:full|get|gets|receive|with|your|the|hourly|daily|weekly|monthly|good|base|bonus"
                   r"|overtime|extra|holiday|sick|competitive|equal|same))\s$")
# Uzbek "-siz" on a payment noun is "without" it ("oldindan to'lovsiz": with no payment in advance), on its possessive
# too ("garov pulisiz", without a deposit: a twenty-second writer's loaner laptop "beriladi — garov pulisiz").
_WITHOUT_PAYMENT = re.compile(r"(?:to'lov|pul|depozit|badal|avans|garov|zalog)i?siz\b")
# A negation inside a match, in a phrase's gap ("pay nothing for training", "oldindan hech qanday to'lov"); no
# phrase of the rules holds one of these words (a test checks).
# An Uzbek verb in its negative form is one too, the stem's own word included ("ro'yxatdan o'tish uchun pul
# to'lamaysiz": "to'la*" reads "to'lamaysiz", you do not pay): -may, -mays, -maysiz, -maydi, -mang, -magan, -masdan.
# Not "ochmasdan", "ochmay" (unopened: ``_UNOPENED``), which negates the opening of the parcels sent on; nor a Russian
# imperative in -май folded ("принимай переводы … и отправляй дальше", "снимай", "нажимай", "думай": a twenty-third
# writer's mule read as "do not take the transfers").
_UZ_NEGATIVE_VERB = (r"[^\W\d_](?<!(?<!\w)och)ma(?:y(?<![nj]imay)(?<!dumay)|ys|ysiz|ysan|yman|ymiz|ydi|ydilar|ng|nglar"
                     r"|ngiz|gan\w*|sdan|slik)(?!\w)")
GAP_NEGATION = re.compile(r"(?<!\w)(?:nothing|never|not|don't|won't|hech|ничего|никак\w*|هیچ|هیچگونه|هرگز)(?!\w)|"
                          + _UZ_NEGATIVE_VERB)


@dataclass(frozen=True)
class Reading:
    """The patterns a match's sentence is read with: ``PLAIN``, or their ``merged`` forms on a merged text."""
    negation_before: re.Pattern[str]
    negation_after: re.Pattern[str]
    warning_after: re.Pattern[str]
    gap_negation: re.Pattern[str]
    without_payment: re.Pattern[str]
    duty_context: re.Pattern[str] | None = None  # (set once defined below)
    second_person: re.Pattern[str] | None = None
    transfer: re.Pattern[str] | None = None
    money_mule: re.Pattern[str] | None = None
    staff_context: re.Pattern[str] | None = None
    employer_pays: re.Pattern[str] = EMPLOYER_PAYS
    new_clause: re.Pattern[str] = NEW_CLAUSE
    new_demand: re.Pattern[str] = NEW_DEMAND
    quote_warning: re.Pattern[str] | None = None
    never_answer: re.Pattern[str] = NEVER_ANSWER
    impersonation: re.Pattern[str] | None = None
    warning_before: re.Pattern[str] | None = None
    customers_quoted: re.Pattern[str] | None = None
    paid_in: re.Pattern[str] | None = None  # (``pays_the_seeker``)
    seekers_pay: re.Pattern[str] | None = None
    seeker_sends: re.Pattern[str] | None = None
    sent_to_the_seeker: re.Pattern[str] | None = None  # (``sent_to_the_seeker``)
    handed_on: re.Pattern[str] | None = None
    needed: re.Pattern[str] | None = None
    kept_by_the_seeker: re.Pattern[str] | None = None
    back_pronoun: re.Pattern[str] | None = None  # (``refused_after``)
    asked_for: re.Pattern[str] | None = None
    moved_money: re.Pattern[str] | None = None  # (``pays_the_seeker``)
    payroll_place: re.Pattern[str] | None = None  # (``entered_in_payroll``)
    sent_to_someone: re.Pattern[str] | None = None
    payroll_purpose: re.Pattern[str] | None = None  # (``duty``)
    payroll_never_needs: re.Pattern[str] | None = None
    # (``listed_under_negation``: a heading's "never" and what is never done, an order in a list; merged too, so that
    # "Биз ҳеч қачон сўрамаймиз:\n- карта рақами" read as Uzbek typed with Russian letters is a list under "never")
    never: re.Pattern[str] | None = None
    never_done: re.Pattern[str] | None = None
    order: re.Pattern[str] | None = None
    own_site: re.Pattern[str] | None = None  # (``checked_on_own_site``)
    own_site_step: re.Pattern[str] | None = None


# What spends a negation on its own words, for a soft rule's match after it (``negated``'s ``spent``): "no experience
# needed" (``NO_EXPERIENCE``) and "no interview" say nothing of the promise or the pressure after them ("Опыт не нужен,
# гарантированный доход", "Без опыта и без собеседования", "بدون سابقه، درآمد تضمینی"), past a comma, a dash or an
# "and". Not for a hard rule: "Без опыта, вложений и предоплаты" (without experience, investment or prepayment) is one
# list under its "без".
_SPENT_NEGATION = re.compile(r"(?:" + NO_EXPERIENCE.pattern + r"|(?<!\w)(?:bez\s+sobesedovani\w*|no\s+interview"
                             r"|بدون\s+مصاحبه|suhbatsiz|intervyusiz)(?!\w))(?=\s*(?:[,،;—–-]|(?:i|va|and|و)\s))")


# A parcel left unopened ("не вскрывая коробки, переклеиваете этикетки", «بدون باز کردن جعبه، برچسب جدید می‌زنید»,
# "Without opening them, relabel …": a twenty-first writer's reshipping) spends its negation on the opening: what is
# done to the parcel after it is not negated.
_UNOPENED = _compile(
    "without opening", "не вскрыва*", "не открыва*", "не распаковыва*", "без вскрыти*", "без распаковк*",
    "بدون باز کردن", "بدون بازکردن",
).pattern


def negated(text: str, start: int, end: int, reading: Reading | None = None, lines: bool = True,
            spent: bool = False) -> bool:
    """A negation or warning in the match's sentence before it, or in its clause after it: "no fee is required",
    "to'lov talab qilinmaydi", but not "kuniga 500 000 so'm daromad, tajriba shart emas", where the "emas"
    after the comma says the *experience* is not required, the classic line of the ad it is part of. Nor one on
    the line before ("Tajriba shart emas\nRo'yxatdan o'tish uchun 50 000 so'm to'lang"); without ``lines``, the
    sentence read across lines (``_RUN_ON_END``). A negation reaches no further than a new clause (``NEW_CLAUSE``)
    or a new demand after a comma, a dash or an "and" (``NEW_DEMAND``, read to the sentence's end; not a comma of the
    list a negated ask governs: ``_ASKED_LIST``), the employer paying (``EMPLOYER_PAYS``) only the match's clause. A
    question the next sentence answers "never" (``NEVER_ANSWER``) is negated too, and so are others' asks told of in a
    warning (``told_of_impersonators``), a match a clause after a colon or a dash refers back to as never asked for
    (``refused_after``), and one listed under a heading that names scam signs (``listed_as_warning_signs``). With ``spent`` (a soft rule's match), a negation spent on its own phrase before the match
    (``_SPENT_NEGATION``) is none. So is a match in the seeker's question of a pasted chat that the other side answers
    "no" (``turns.answered_no``), and one in an "if" clause whose sentence forbids sending it
    (``conditional.forbidden_if``: "if you ever get an SMS code …, even from me, don't send it")."""
    if turns.answered_no(text, start):
        return True
    r = reading or PLAIN
    before, after = _sentence_window(text, start, end) if lines else _run_on_window(text, start, end)
    sentence_before = before
    if r.gap_negation.search(text, start, end):
        return True
    if "siz" in text[start:end] and r.without_payment.search(text, start, end):
        return True
    if r.warning_after.search(after) or conditional.forbidden_if(text, start, end):
        return True
    question = end + len(after)
    if text.startswith(("?", "؟"), question) and r.never_answer.match(text, question + 1):
        return True
    if _quote_opened_before(text, start) and warned_quotation(
            text, start, end, r.quote_warning or QUOTE_WARNING,
            customers_quoted=r.customers_quoted or CUSTOMERS_QUOTED) is not None:
        return True
    if r.impersonation is not None and told_of_impersonators(text, start, end, before, after, r):
        return True
    if told_of_in_the_fakes(text, start, end):
        return True
    opening = start - len(before)
    starts = [m.end() for m in r.new_clause.finditer(before)]
    demands = r.new_demand.finditer(text, opening, end + len(after))
    starts += [m.end() - opening for m in demands if m.end() <= start and not _in_asked_list(text, opening, m)]
    before = before[max(starts):] if starts else before
    if spent:
        last = None
        for last in _SPENT_NEGATION.finditer(before):
            pass
        if last is not None:
            before = before[last.end():]
    if "opening" in before or "باز" in before or "vskri" in before or "otkriva" in before or "raspak" in before:
        last = None
        for last in _UNOPENED.finditer(before):
            pass
        if last is not None:
            before = before[last.end():]
    pictograph = None
    for pictograph in _PICTOGRAPH.finditer(before):
        pass
    if pictograph is not None and not _negation_ends(before[:pictograph.start()].rstrip(), r.negation_before):
        if (r.warning_before or WARNING_BEFORE).search(before, 0, pictograph.start()):
            return True
        before = before[pictograph.end():]
    # (a match that is a list's first items, "номер карты, срок действия", counts them: ``_CARDS_WITH_THEIR_EXPIRY``)
    head = None
    for head in _LIST_COMMA.finditer(text, start, end):
        pass
    clause_after = _clause_after(before if head is None else before + text[start:head.end()],
                                 _list_after(text, end, lines) if _list_opens(after) >= 0 else after)
    ends = r.new_clause.search(clause_after)
    clause_after = clause_after[:ends.start()] if ends else clause_after
    relabelled = _RELABELLED.match(clause_after)
    if relabelled is not None:  # ("The license is $85 and is not a fee to Northgate": still paid)
        clause_after = clause_after[relabelled.end():]
    return bool(r.negation_before.search(before) or r.negation_after.search(clause_after) or _NEITHER.search(before)
                or employer_pays_for(before, clause_after, sentence_before, r)
                or listed_under_negation(text, start, end, r) or listed_as_warning_signs(text, start)
                or refused_after(text, start, end, sentence_before, after, r)
                or len(sentence_before) == NEGATION_REACH and asked_list_before(text, start, lines)
                or told_of_them(text, start))


def employer_pays_for(before: str, clause_after: str, sentence_before: str, r: Reading) -> bool:
    """The employer says it pays for the match (``EMPLOYER_PAYS``) in the match's clause, before or after it; or
    for a list the match is the last item of, the employer's clause opening it ("We pay for your pre-licensing course,
    your state exam fee and your license application fee", "Harborstone pays for your course, your exam fee and …":
    ``_EMPLOYER_NAMED_PAYS``; «Мы оплачиваем ваш курс, экзамен и регистрационный взнос»), its items short and giving
    no order; or, in Uzbek and Persian, the employer opening the sentence and its "pay" closing the match's clause
    (``_EMPLOYER_FIRST``, ``_IT_PAYS_LAST``). A clause between that is no list's item ("We pay weekly, the
    registration fee is $50") excuses nothing."""
    clauses = _CLAUSE_END.split(before)
    if r.employer_pays.search(clauses[-1]) or r.employer_pays.search(clause_after):
        return True
    if _IT_PAYS_LAST.search(clause_after) and _EMPLOYER_FIRST.search(sentence_before):
        return True
    last = clauses[-1]
    conjunction = None
    for conjunction in _LIST_LAST.finditer(last):
        pass
    if (len(clauses) < 2 or conjunction is None or len(last[:conjunction.start()].split()) > _EMPLOYER_LIST_ITEM_WORDS
            or len(last[conjunction.end():].split()) > _EMPLOYER_LIST_ITEM_WORDS or _ORDER.search(last)):
        return False
    for k in range(len(clauses) - 2, max(-1, len(clauses) - 2 - EMPLOYER_LIST_ITEMS), -1):
        clause = clauses[k]
        said = r.employer_pays.search(clause) or _EMPLOYER_NAMED_PAYS.search(clause)
        if said is not None:
            return len(clause[said.end():].split()) <= _EMPLOYER_LIST_ITEM_WORDS + 1
        if len(clause.split()) > _EMPLOYER_LIST_ITEM_WORDS or _ORDER.search(clause):
            return False
    return False


# A negated ask whose list of things never asked runs past the reach a negation is read (``NEGATION_REACH``) before
# the match, its last item (a twenty-second writer's anti-fraud notice: "Parcelpoint will never ask you to pay a fee,
# cash a check, buy equipment, receive packages at home, or send your Social Security number or bank details before
# an offer", «Мы никогда не попросим вас оплатить взнос, обналичить чек, купить оборудование, принимать посылки дома или
# прислать номер карты»): the ask governs each item, read up to ``ASKED_LIST_REACH`` back, when every item after it is
# short and none opens a new clause or says "just". (Uzbek and Persian say the negated verb after the list: read there.)
_NEVER_ASKED = re.compile(r"(?<!\w)(?:never|not|(?:do|does|did|will|would|shall|should)n'?t|nikogda\s+ne|ne)\s+"
                          r"(?:\w+\s+){0,2}?(?:ask|request|require|tell|prosim|poprosim|trebuyem|potrebuyem"
                          r"|zaprashivayem|zaprosim|budem\s+prosit)\w*\s+(?:\w+\s+){0,2}?")
ASKED_LIST_REACH = 240
ASKED_ITEM_WORDS = 8


def asked_list_before(text: str, start: int, lines: bool = True) -> bool:
    """The match is an item of a list a negated ask governs that starts further back than a negation is read
    (``_NEVER_ASKED``)."""
    window = text[max(0, start - ASKED_LIST_REACH):start]
    cut = None
    for cut in (_SENTENCE_END if lines else _RUN_ON_END).finditer(window):
        pass
    if cut is not None:
        window = window[cut.end():]
    ask = None
    for ask in _NEVER_ASKED.finditer(window):
        pass
    if ask is None:
        return False
    items = window[ask.end():]
    return (all(len(item.split()) <= ASKED_ITEM_WORDS for item in _CLAUSE_END.split(items))
            and not NEW_CLAUSE.search(items) and re.search(_JUST, items) is None)


# A clause after a colon or a dash that ends the match's sentence (or stands in it) and refers back to what the match
# names by a pronoun, saying it is never asked for: "Your online banking password is yours alone: we never ask for
# it", «Ваш номер карты — только ваш, мы никогда его не спрашиваем», "Karta raqamingiz faqat sizniki: biz uni hech
# qachon so'ramaymiz", «رمز اینترنت بانک شما فقط مال شماست: ما هرگز آن را نمی‌پرسیم». The colon ends the match's
# sentence for every other negation, and a dash's clause is read to its first comma: the password had been read as
# asked for. In one of the clauses (commas and colons end them) to the end of the sentence after the colon or the dash:
# a pronoun (``BACK_PRONOUN``), a negation and a verb of asking or needing (``ASKED_FOR``). Not when the match's
# sentence up to the colon or the dash orders something sent, given or entered ("Send us your card number — we will
# never share it", "Enter your card number: we never ask for it twice": ``_ORDER``, ``HANDED_ON``), nor a clause that
# asks nothing ("A $50 registration fee applies — we don't refund it") or refers back to nothing ("…: we never ask for a
# deposit").
BACK_PRONOUN = _compile(
    "it", "them", "this", "его", "её", "ее", "их", "uni", "ularni", "buni", "shuni",
    "آن", "آنها", "اون", "اونو", "اونا",
).pattern
ASKED_FOR = _compile(
    "ask", "asks", "asked", "asking", "request*", "need", "needs", "needed", "require*", "collect*", "want", "charge",
    "take",
    "спрашива*", "спросим", "спросят", "спросит", "запрашива*", "запросим", "запросят", "просим", "попросим",
    "попросят", "требуем", "требуется", "требуют", "берём", "берем", "собираем", "нужен", "нужна", "нужно", "нужны",
    "so'ra*", "sora*", "talab qil*", "olmaymiz", "olinmaydi", "kerak", "yig'maymiz", "yigmaymiz",
    "میپرسیم", "نمیپرسیم", "نمیپرسد", "نمیپرسند", "درخواست", "نمیخواهیم", "نمیخواهد", "نمیخواهند", "نمیگیریم",
    "مطالبه", "لازم", "نیاز",
).pattern
_DASH = re.compile(r"\s[—–-]+\s|[—–]")
_END_PAST_COLONS = re.compile(r"[.!?;\n•|؛؟]")  # (``_SENTENCE_END`` but a colon: "— ваш личный: мы его не …")
_CLAUSE_OR_COLON = re.compile(r"[,،:]")
REFERRED_REACH = 120  # how far the sentence after the colon or the dash is read


def refused_after(text: str, start: int, end: int, before: str, after: str, reading: Reading | None = None) -> bool:
    """A clause after a colon that ends the match's sentence, or after a dash in it (``before`` and ``after``: the
    sentence's words either side of the match), refers back to the match and says it is never asked for: a pronoun,
    a negation and a verb of asking in one comma clause of what follows, to the sentence's end; the sentence up to the
    colon or the dash gives no order. (What follows a dash is read past a colon: "Ваш номер карты — ваш личный: мы его
    никогда не запрашиваем".)"""
    r = reading or PLAIN
    dash = _DASH.search(after)
    if dash is not None:
        opening = end + dash.end()
    elif text.startswith(":", end + len(after)):
        opening = end + len(after) + 1
    else:
        return False
    said = before + text[start:opening]
    if _ORDER.search(said) or (r.handed_on or HANDED_ON).search(said):
        return False
    rest = text[opening:opening + REFERRED_REACH]
    stop = _END_PAST_COLONS.search(rest)
    pronoun, asked = r.back_pronoun or BACK_PRONOUN, r.asked_for or ASKED_FOR
    for clause in _CLAUSE_OR_COLON.split(rest[:stop.start()] if stop else rest):
        if (pronoun.search(clause) and asked.search(clause)
                and (r.negation_before.search(clause) or r.negation_after.search(clause)
                     or r.gap_negation.search(clause))):
            return True
    return False


# A list of one item a line under a heading ("Bozorcha HR bo'limi nomzoddan:\n- karta raqami, …;\n- SMS-kod;\n- …
# pasport surati\nhech qachon so'ramaydi.", "We will never ask you for:\n- your card number\n- an SMS code"): what
# becomes of each item stands on the heading that opens the list with a "never", or in the last words of the sentence
# the list makes (its verb, last as Uzbek and Persian put it; a closing line without a full stop above it is joined to
# the last item's line by ``text.clean``). Not a list with an order in it or in its heading ("Send us:\n- …\nNo
# fees.", "…\nHech qanday to'lov olinmaydi, faqat yuboring.").
# (an emoji opens an item as "-" does: "🔹 karta raqami", "3️⃣ SMS kod"; a bullet is a "*" by then, ``text.ITEM_MARK``)
_ITEM_LINE = re.compile(r"\s*(?:[-–—*" + PICTOGRAPHS + r"]|\d{1,2}[.)]|\d\ufe0f?\u20e3)")
# (a form to fill in is an order too: "Anketani botda to'ldiring:\n- pasport …\n- SMS kod" hands the items over,
# whatever a closing line says of the interview, "Anketa to'ldirilmasa suhbat o'tkazilmaydi")
_ORDER = re.compile(r"(?<!\w)(?:send|share|give|provide|submit|pay|transfer|prishlite|otpravte|skinte|peredayte"
                    r"|ukazhite|soobshite|oplatite|perevedite|vishlite|yuboring|jo'nating|tashlang|bering|to'lang"
                    r"|o'tkazing|ayting|fill\s+(?:in|out)|zapolnite|to'ldiring|toldiring|tuldiring"
                    r"|بفرستید|بدهید|بدید|بپردازید|(?:ارسال|واریز|اعلام|پرداخت|تکمیل)\s*(?:کنید|نمایید)"
                    r"|پر\s*کنید)(?!\w)")
_NEVER = re.compile(r"(?<!\w)(?:never|nikogda|hech\s+qachon|هرگز|هیچ\s?وقت|هیچگاه)(?!\w)")
# a heading that ends with its "never" and what is never done ("Clearfield will never:", "What we never do:", "Чего мы
# никогда не делаем:"), not an order ("Never miss a start date:")
_NEVER_DONE = re.compile(r"(?<!\w)(?:never|nikogda(?:\s+ne)?|hech\s+qachon|هرگز)(?:\s+(?:do|ask(?:\s+you)?(?:\s+for)?"
                         r"|delayem|delaem|prosim|trebuyem|zaprashivayem|qilmaymiz|so'ramaymiz|soramaymiz))?\s*:?\s*$")
LIST_LINES = 8  # items a list under a heading runs to at most
_FULL_STOP = re.compile(r"[.!?؟]")
_CLOSING_WORDS = 3


_PAY_NAMED_NEVER = re.compile(r"(?<!\w)pay(?=\s+(?:will\s+)?(?:never|nikogda|hech\s+qachon|هرگز)(?!\w))")


def listed_under_negation(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match is in an item line of a list (``_ITEM_LINE``) under a heading that ends with a colon, and the
    heading says "never" (``_NEVER``), or the last ``_CLOSING_WORDS`` words of the sentence the list makes (to the
    first full stop after the match in its items and the line after them) hold a negation (``negation_after``); no
    line of the list, its heading or that sentence gives an order (``_ORDER``)."""
    line_start = text.rfind("\n", 0, start) + 1
    r = reading or PLAIN
    never, never_done_in, order = r.never or _NEVER, r.never_done or _NEVER_DONE, r.order or _ORDER
    if not _ITEM_LINE.match(text, line_start):
        return _listed_after_never(text, start, line_start, never_done_in, order)
    heading, above = _list_heading(text, line_start)
    if heading is None or not heading.rstrip().endswith(":"):
        return False
    below = _items_from(text, line_start)
    # (under a heading that ends with its "never", the items' verbs are what is never done: "Clearfield will never:\n-
    # send you a check to buy equipment or ask you to pay a vendor")
    never_done = never_done_in.search(heading) is not None
    closing = [] if not below or _ITEM_LINE.match(below[-1]) else [below[-1]]
    # (the heading is its line's last sentence: an order quoted before it is another's, "«… hamyon ochib bering …»
    # degan e'lonlar paydo bo'ldi. Bu firibgarlik. Oqim Pay hech qachon:")
    # … and a name that ends in "Pay" is the subject of its "never", no order to pay ("Oqim Pay hech qachon:")
    heading = _PAY_NAMED_NEVER.sub(" ", heading[max(heading.rfind(". "), heading.rfind("! "), heading.rfind("? ")) + 1:])
    if any(order.search(line) for line in ((heading, *closing) if never_done else (heading, *above, *below))):
        return False
    if never.search(heading):
        return True
    rest = "\n".join(below)[end - line_start:]
    stop = _FULL_STOP.search(rest)  # (items end with semicolons)
    return r.negation_after.search(" ".join(rest[:stop.start() if stop else len(rest)].split()[-_CLOSING_WORDS:])) \
        is not None


# A heading that names what follows as a scam's signs: "Red flags: …", "The red flags you will explain every day: …"
# (a help line's caseworker, in a twenty-sixth writer's honest post), «Признаки мошенничества: …», "Firibgarlik
# belgilari: …", «نشانه‌های کلاهبرداری: …». The asks listed after its colon, to the end of its sentence, or in the item
# lines under it, are told of, not asked for. Not a heading that says the post is no scam ("Not a scam: pay $20 to
# start", «Это не развод:», "Bu firibgarlik emas:", «کلاهبرداری نیست:»).
SIGNS_HEADING = _compile(
    "red flag", "red flags", "warning sign", "warning signs", "warning signal", "warning signals", "signs of a scam",
    "signs of scam*", "signs of fraud", "signs of a fake", "scam sign*", "fraud sign*", "typical scam*",
    "common scam*", "scammers ask*", "scammers often", "scammers usually", "scammers will", "fraudsters ask*",
    "признак* мошен*", "признак* обман*", "признак* развод*", "признак* фейк*", "красн* флаг*", "тревожн* сигнал*",
    "тревожн* звоночк*", "мошенники просят", "мошенники требуют", "мошенники обычно",
    "firibgarlik belgi*", "firibgarlar belgi*", "firibgarlarning belgi*", "xavfli belgi*", "ogohlantiruvchi belgi*",
    "qizil bayroq*", "firibgarlar so'ra*", "firibgarlar talab*", "firibgarlar odatda",
    "نشانههای کلاهبرداری", "نشانه های کلاهبرداری", "نشانههای هشدار", "نشانه های هشدار", "علائم کلاهبرداری",
    "علایم کلاهبرداری", "علائم هشدار", "پرچم قرمز", "پرچمهای قرمز", "پرچم های قرمز", "زنگ خطر",
    "کلاهبرداران معمولا",
).pattern
_NO_SCAM = re.compile(r"(?<!\w)(?:not\s+a|no|ne|nikakogo|emas|hech\s+qanday)(?!\w)|(?:نیست|نه)(?!\w)")
_HEADING_START = re.compile(r"[.!?؟\n]")
_INLINE_ITEMS_END = re.compile(r"[.!?؟\n]")
_SHORT_HEADING_WORDS = 8


# … or one that says what the fakes, or "they" a warning has just named, usually do (a channel's warning: "The fake
# offers usually:\n- send a cheque … and ask you to pass part of it on", "Ogohlantirish: … firibgarlar\n… e'lonlari
# ko'paydi. Ular odatda:\n- SMS kodni so'raydi", «Обычно они:», «آنها معمولاً:»): what is listed is told of.
USUAL_WAYS_HEADING = _compile(
    "they usually", "they often", "they typically", "usually they", "ular odatda", "ular ko'pincha", "odatda ular",
    "обычно они", "они обычно", "они часто", "آنها معمولا", "آنها معمولاً", "معمولا", "معمولاً",
    raw=((r"(?:fake|fraudulent|bogus|scam)\s+(?:\S+\s+){0,2}?(?:offers|ads|posts|messages|jobs|recruiters|accounts"
          r"|employers)\s+(?:usually|often|typically|will)(?!\w)", "", "fake", "fraudulent", "bogus", "scam"),
         (r"(?:feykov|falshiv|moshennichesk|poddeln)\w*\s+(?:\S+\s+)?(?:obyavleni|predlojeni|akkaunt|vakansi)\w*\s+"
          r"(?:obichno|chasto)(?!\w)", "", "obichno", "chasto"),
         (r"soxta\s+(?:\S+\s+)?(?:e'lon|taklif|akkaunt|vakansiya)\w*\s+(?:odatda|ko'pincha)(?!\w)", "soxta", "soxta"),
         (r"(?:آگهیهای|آگهی\s+های|پیامهای|پیام\s+های)\s+(?:جعلی|تقلبی|کلاهبرداری)\s+(?:معمولا|معمولاً|اغلب)", "",
          "جعلی", "تقلبی", "کلاهبرداری")),
).pattern
USUAL_WAYS_WARNING_REACH = 300  # how far before such a heading the warning that names "them" is looked for


def _names_scam_signs(text: str, heading: str, heading_start: int) -> bool:
    """``heading`` (at ``heading_start``) names scam signs (``SIGNS_HEADING``), or says what the fakes or "they"
    usually do (``USUAL_WAYS_HEADING``) with a warning (``QUOTE_WARNING``) in it or in the text just before it;
    neither when it says the post is no scam (``_NO_SCAM``)."""
    if _NO_SCAM.search(heading):
        return False
    if SIGNS_HEADING.search(heading):
        return True
    return USUAL_WAYS_HEADING.search(heading) is not None and QUOTE_WARNING.search(
        text, max(0, heading_start - USUAL_WAYS_WARNING_REACH), heading_start + len(heading)) is not None


def listed_as_warning_signs(text: str, start: int) -> bool:
    """The match is listed under a heading that names scam signs or the fakes' usual ways (``_names_scam_signs``):
    after the heading's colon in the same sentence, or in an item line (``_ITEM_LINE``) of the list under a heading
    line that ends with a colon or is a short line of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    colon = text.rfind(":", line_start, start)
    if colon >= 0 and _INLINE_ITEMS_END.search(text, colon, start) is None:
        sentence = text[line_start:colon]
        opened = None
        for opened in _HEADING_START.finditer(sentence):
            pass
        heading = sentence[opened.end():] if opened else sentence
        if _names_scam_signs(text, heading, colon - len(heading)):
            return True
    if not _ITEM_LINE.match(text, line_start):
        return False
    heading, above = _list_heading(text, line_start)
    if heading is None:
        return False
    heading_start = line_start - sum(len(line) + 1 for line in above) - len(heading) - 1
    heading = heading.strip()
    if not (heading.endswith(":") or len(heading.split()) <= _SHORT_HEADING_WORDS):
        return False
    return _names_scam_signs(text, heading, heading_start)


# Others' work and asks told of in a post that warns of them (a thirty-first writer's investigator, bank and group
# moderators on fraudulent call centres: «Что на самом деле предлагают делать\n— звонить людям от имени службы
# безопасности банка …», "Ularning ko'pchiligida ish mazmuni quyidagicha:\n1) … «bank xavfsizlik xizmati» nomidan
# qo'ng'iroq qilish", «کارشون اینه که به ایرانی‌ها زنگ بزنید، با اسم مستعار …», «ازتون می‌خوان پول مشتری‌ها به کارت
# خودتون واریز بشه»): the sentence, or the heading of the list the match is an item of, says it is what *they* offer,
# ask or do, and the post names a scam (``_WARNED_POST``, not denied: «Это не мошенничество»). A post asking in its own
# voice ("we offer", «предлагаем», "taklif qilamiz") tells of no one.
THEIR_DOING = _compile(
    "they ask you", "they ask for", "they want you to", "they tell you to", "they offer", "what they offer",
    "what they actually", "what they really", "their job is", "their work is", "most of them", "in most of them",
    "предлагают", "они просят", "вас просят", "у вас просят", "от вас требуют", "вам говорят", "их работа",
    "большинство из них", "в большинстве из них",
    "ularning", "ular sizdan", "sizdan so'rashadi", "so'rashadi", "taklif qilishadi", "talab qilishadi",
    # … of candidates, the list under it (a forwarded warning: «Улар номзодлардан:\n• ўқиш учун тўлов, …
    # сўрашмоқда», "They ask candidates for:\n• a training fee")
    "ular nomzodlardan", "ular arizachilardan", "ular ishga kiruvchilardan", "they ask candidates",
    "they ask applicants", "they ask job seekers", "they ask jobseekers",
    "کارشون", "کارشان", "ازتون میخوان", "ازتون میخواهند", "از شما میخوان", "از شما میخواهند", "میگن", "میگویند",
    "ازتون میگیرن", "بیشترشون", "بیشترشان", "اکثرشون", "اکثرشان",
).pattern
# … or what they ask said after what they promise, in one sentence (a thirty-fourth writer's warning of fake ads in the
# employer's name: "They promise a job after a certification course and ask for a training fee", «Обещают работу после
# курса и просят оплатить обучение», «آن‌ها از متقاضیان هزینه ثبت‌نام می‌خواهند»): read only where one of its words is
# (``_THEY_ASK_WORDS``, a substring scan), as "they" opens many sentences that tell of no one
_THEY_ASK = re.compile(r"(?<!\w)(?:they\s+(?:[\w'\"“”«»-]+\s+){0,10}?(?:and\s+|then\s+)?(?:ask|request|demand|charge)"
                       r"|prosyat|trebuyut|(?:آنها|آن\s+ها|اونها|اونا)\s+از)(?!\w)")
_THEY_ASK_WORDS = ("they", "prosyat", "trebuyut", "آنها", "آن ها", "اونها", "اونا")
_WARNED_POST = re.compile(
    r"(?<![\w-])(?:scam\w*|fraud\w*|beware|moshen\w*|firibgar\w*|ehtiyot\s+bo'ling|ogoh\s+bo'ling|ostorojno"
    r"|suspicious|podozritel\w*|shubhali|fake|feykov\w*|fejkov\w*|poddeln\w*|soxta)(?!\w)"
    r"|(?:کلاهبردار|هشدار|مشکوک|جعلی)")
# (a scam denied is no warning: "no scam", «не мошенники», "firibgarlik emas", «کلاهبرداری نیست»)
_DENIED_BEFORE = re.compile(r"(?<!\w)(?:not\s+a|no|ne|bez|hech\s+qanday)\s+$")
_DENIED_AFTER = re.compile(r"^\s*(?:emas|yo'q|yoq|nest|نیست|نه)(?!\w)")
_THEIR_SENTENCE_REACH = 300


def _warned_post(text: str) -> bool:
    """The post names a scam or warns of one (``_WARNED_POST``), not only to deny it."""
    for m in _WARNED_POST.finditer(text):
        if (_DENIED_BEFORE.search(text, max(0, m.start() - 15), m.start()) is None
                and _DENIED_AFTER.match(text[m.end():m.end() + 12]) is None):
            return True
    return False


def told_of_them(text: str, start: int) -> bool:
    """The match at ``start`` is what others offer, ask or do (``THEIR_DOING`` or ``_THEY_ASK``, before it in its
    sentence, or ``THEIR_DOING`` in the heading of the list it is an item of), in a post that warns of them
    (``_warned_post``)."""
    opening = max(0, start - _THEIR_SENTENCE_REACH)
    cut = [m.end() for m in _LINE_SENTENCE_END.finditer(text, opening, start)]
    told = THEIR_DOING.search(text, cut[-1] if cut else opening, start) is not None
    if not told:
        said = text[cut[-1] if cut else opening:start]
        told = any(word in said for word in _THEY_ASK_WORDS) and _THEY_ASK.search(said) is not None
    if not told:
        line_start = text.rfind("\n", 0, start) + 1
        if not _ITEM_LINE.match(text, line_start):
            return False
        heading = _list_heading(text, line_start)[0]
        told = heading is not None and THEIR_DOING.search(heading) is not None
    return told and _warned_post(text)


def _list_heading(text: str, line_start: int) -> tuple[str | None, list[str]]:
    """The line heading the list whose item line starts at ``line_start`` (None when the text, or ``LIST_LINES``
    items, end before one), and the item lines between them, nearest first (``listed_under_negation``)."""
    above: list[str] = []
    at = line_start
    for _ in range(LIST_LINES):
        if at == 0:
            return None, above
        previous = text.rfind("\n", 0, at - 1) + 1
        line = text[previous:at - 1]
        at = previous
        if not _ITEM_LINE.match(line):
            return line, above
        above.append(line)
    return None, above


def _items_from(text: str, line_start: int) -> list[str]:
    """The item line at ``line_start``, the item lines after it and the line after them, ``LIST_LINES`` items on at
    most (``listed_under_negation``)."""
    below = []
    at = line_start
    for _ in range(LIST_LINES + 1):
        following = text.find("\n", at)
        line = text[at:following if following >= 0 else len(text)]
        below.append(line)
        if following < 0 or (at > line_start and not _ITEM_LINE.match(line)):
            break
        at = following + 1
    return below


def _listed_after_never(text: str, start: int, line_start: int, never_done: re.Pattern[str] = _NEVER_DONE,
                        order: re.Pattern[str] = _ORDER) -> bool:
    """The match is in its line's list after a heading's colon, in the sentence the heading opens, and the heading (its
    own sentence) ends with what is never done (``_NEVER_DONE``: "What we never do: send you a check to buy equipment,
    ask you to buy gift cards, or …")."""
    colon = text.rfind(":", line_start, start)
    if colon < 0 or _FULL_STOP.search(text, colon, start):
        return False
    stops = [m.end() for m in _FULL_STOP.finditer(text, line_start, colon)]
    heading = text[stops[-1] if stops else line_start:colon]
    return never_done.search(heading) is not None and order.search(heading) is None


# A pictograph (an emoji) between two phrases of a post ends what a negation before it says, as a line's end does: "No
# experience 💯 Secure your seat today with a $25 refundable deposit" asks for the deposit. Not one right after the
# negation ("No 💸 fees"); a warning still reaches past it ("Осторожно, мошенники 🚨 просят предоплату"), and a negation
# right after a match is read past one ("Предоплата ❌ не нужна").
_PICTOGRAPH = re.compile(f"[{PICTOGRAPHS}]")
WARNING_BEFORE = _compile(
    "beware", "scam*", "fraud*", "phishing", "warning", "firibgar*", "ehtiyot bo'ling", "ehtiyot boling", "мошен*",
    "осторожно", "کلاهبردار*", "مراقب",
).pattern


# … but a negated verb there ends its clause, as Persian and Uzbek put it last: "هیچ هزینه‌ای دریافت نمی‌شود 💰 ۲۰۰
# هزار تومان … واریز کنید", "Hech qanday to'lov so'ramaymiz 🔥 … to'lang" ask for the fee after the emoji.
_NEGATED_VERB = re.compile(r"(?:نمی|[^\W\d_]ma(?:y|ys)[^\W\d_]*$)")


def _negation_ends(text: str, negation: re.Pattern[str]) -> bool:
    """A negation (``negation``), not a negated verb (``_NEGATED_VERB``), is the last word of ``text``."""
    last = None
    for last in negation.finditer(text, max(0, len(text) - 30)):
        pass
    return last is not None and last.end() == len(text) and _NEGATED_VERB.search(last.group()) is None


def _in_asked_list(text: str, opening: int, demand: re.Match[str]) -> bool:
    """``demand`` (a ``NEW_DEMAND`` match in the sentence from ``opening``) is at a comma before an English pay verb,
    in the list of verbs a negated ask governs (``_ASKED_LIST``)."""
    return (text.startswith(",", demand.start()) and _ENGLISH_PAY_VERB.match(text, demand.end()) is not None
            and _ASKED_LIST.search(text, opening, demand.start()) is not None)


def _clause_after(before: str, after: str) -> str:
    """The match's clause after it: to the first comma, or in a parenthesised list ("هیچ‌گونه وجهی (هزینه ثبت‌نام،
    تشکیل پرونده یا آموزش) دریافت نمی‌کند", "Fees (registration, training) are not charged") past the list's close to
    the comma after it, or in a list the match opens past its last item (``_LIST_ITEMS``): the verb after the list says
    what becomes of each item."""
    if before.rfind("(") > before.rfind(")"):
        close = after.find(")")
        if close >= 0:
            return after[:close + 1] + _CLAUSE_END.split(after[close + 1:], 1)[0]
    opens = _list_opens(after)
    listed = (_LIST_ITEMS.match(after, opens) if opens >= 0 else None) or _CORRELATIVE_ITEMS.match(after)
    if listed:
        return after[:listed.end()] + _CLAUSE_END.split(after[listed.end():], 1)[0]
    return _bare_list_end(before, after) or _CLAUSE_END.split(after, 1)[0]


# A list with no "and" or "or", its items after commas and its verb after the last ("Карта рақами, SMS-код, паспорт
# суратини Телеграмда сўрамаймиз", "номер карты, срок действия, CVV, коды из SMS — не спрашиваем"): of at least
# ``BARE_LIST_ITEMS`` items with the match, each of at most three words, the last with its verb at most
# ``BARE_LIST_LAST_WORDS``; none gives an order ("Karta raqami, SMS-kod, pasport suratini yuboring, pul to'lamaysiz"
# asks). Not two ("karta raqami, pul to'lamaysiz": the "…, tajriba shart emas" of an ad).
BARE_LIST_ITEMS = 3
BARE_LIST_LAST_WORDS = 8


def _bare_list_end(before: str, after: str) -> str:
    """The last item of a list without a conjunction that the match is in, with its verb (``""`` when it is in
    none)."""
    if not _LIST_OPENS.match(after):  # (right after the match: a bare list's first item runs on for none)
        return ""
    *middle, last = _CLAUSE_END.split(after)[1:]
    earlier = _CLAUSE_END.split(before)[:-1]
    items = 0
    for item in reversed(earlier):
        if not item.strip() or len(item.split()) > 3:
            break
        items += 1
    chunks = [*earlier[len(earlier) - items:], *middle, last]
    if (items + len(middle) + 2 < BARE_LIST_ITEMS or any(len(item.split()) > 3 or not item.strip() for item in middle)
            or len(letter_words(last)) > BARE_LIST_LAST_WORDS or any(_ORDER.search(c) for c in chunks)):
        return ""
    return last


# A list the match opens, of short items (up to three words) after commas, its last one joined by "or" or "and" ("karta
# raqamingiz, muddati yoki SMS-kodni hech qachon so'ramaymiz", "شماره کارت، رمز دوم یا کد پیامکی شما را نمی‌خواهیم"):
# the verb after it, at the end of the sentence as Uzbek and Persian put it, negates the match too. Not an "and" that
# joins a new subject ("…, we pay you and you …": ``NEW_CLAUSE``).
_LIST_OPENS = re.compile(r"\s*[,،]")
_LIST_COMMA = re.compile(r"[,،](?=\s)")  # (not a thousands' comma: "$1,000")
_LIST_ITEMS = re.compile(r"(?:\s*[,،]\s*[^\s,،]+(?:\s+[^\s,،]+){0,2}?)+?\s*[,،]?\s+(?:yoki|va|ili|i|or|and|nor|یا|و)\s+"
                         r"(?!(?:you|we|then|vi|mi|siz|biz|شما|ما)(?!\w))")
# … and an Uzbek list of correlative "ham" ("pul ham, karta raqami ham, parol ham so'ralmaydi": neither money, nor a
# card number, nor a password is asked for): its verb after the last "ham" says what becomes of each item.
_CORRELATIVE_ITEMS = re.compile(r"\s+ham(?:\s*[,،]\s*[^\s,،]+(?:\s+[^\s,،]+){0,2}?\s+ham)+(?!\w)")
# The match's own item may run on for a few words before the list's comma ("شماره‌ی کارت با CVV2، رمز دوم یا «واریز …»
# نمی‌خواهیم", "Номер карты с CVV, код из SMS или пароль … не запрашиваем", "Karta raqami CVV bilan, SMS kod yoki parol
# … so'ralmaydi": a card number *with its CVV* is the list's first item); not when those words give an order or open a
# new clause ("Karta raqamingizni botga yuboring, pasport yoki ID kerak emas": the order ends the ask's clause).
# Only for a list joined by "or" or "and" (``_LIST_ITEMS``): a bare list's commas after a clause are its afterthoughts
# ("Страховку оплачиваете вы, полторы тыщи, разово, потом всё компенсируем" asks for the insurance).
ITEM_RUN_ON_WORDS = 3
_ITEM_RUN_ON = re.compile(r"(?:\s+[^\s,،]+){0,%d}?(?=\s*[,،])" % ITEM_RUN_ON_WORDS)


def _list_opens(after: str) -> int:
    """Where a list opens in the match's sentence after it (``after``): at the comma that ends the match's own item,
    right after the match or past the few words its item runs on (``_ITEM_RUN_ON``); -1 when none opens there."""
    if _LIST_OPENS.match(after):
        return 0
    run_on = _ITEM_RUN_ON.match(after)
    if run_on is None or _ORDER.search(after, 0, run_on.end()) or NEW_CLAUSE.search(after, 0, run_on.end()):
        return -1
    return run_on.end()


LIST_REACH = 150


def _list_after(text: str, end: int, lines: bool) -> str:
    """The match's sentence after it, read up to ``LIST_REACH`` characters (a list's last item may end past the
    50 ``_sentence_window`` reads)."""
    after = text[end:end + LIST_REACH]
    stop = (_SENTENCE_END if lines else _RUN_ON_END).search(after)
    return after[:stop.start()] if stop else after


# Others said to use the employer's name ("Диққат: охирги пайтда бизнинг номимиздан Телеграмда «иш берамиз» деб пул ва
# карта маълумотларини сўраётганлар бор. Улар фирибгарлар.", "آگهی‌هایی به نام ما … منتشر شده که از متقاضیان پول
# می‌خواهند؛ آن‌ها کلاهبردارند"): what the sentence tells of their asks is not the post asking, when it speaks to no
# seeker and a scam is named near (``told_of_impersonators``). A mule's "receive payments in our name to your card"
# still asks.
IMPERSONATION = _compile(
    "nomimizdan", "nomimizni", "kompaniyamiz nomidan", "nomimiz bilan", "nomimizdan foydalanib",
    "от нашего имени", "от имени нашей компании", "под нашим именем", "прикрываясь нашим", "представляясь нами",
    "выдают себя за", "in our name", "posing as", "pretending to be", "impersonat*", "using our name",
    "به نام ما", "به اسم ما", "با نام ما", "جعل نام",
    # … or IDs, pages or channels "with the name" of the firm (a twenty-eighth writer's «اخیراً آیدی‌هایی با نام رهسپار
    # در تلگرام … از متقاضیان … کد تأیید پیامکی خواسته‌اند»), "accounts using the name"
    *(f"{who} {by} نام" for who in ("آیدیهایی", "آیدی هایی", "آیدیهای", "صفحاتی", "صفحههایی", "صفحه هایی", "کانالهایی",
                                    "کانال هایی", "اکانتهایی", "اکانت هایی", "پیجهایی", "پیج هایی")
      for by in ("با", "به")),
    "accounts using the name", "pages using the name", "profiles using the name", "accounts under the name",
    # … or people "with the name" of the firm (a forwarded warning: «افرادی با نام «سپیدان» در تلگرام … آگهی استخدام
    # منتشر کرده‌اند و از متقاضیان … شماره کارت یا کد تایید پیامکی می‌خواهند»)
    *(f"{who} {by} {name}" for who in ("افرادی", "کسانی", "اشخاصی") for by in ("با", "به")
      for name in ("نام", "اسم")),
).pattern


IMPERSONATION_REACH = 240  # how far back a sentence is read for others using the employer's name


def warns_of_impersonators(text: str) -> bool:
    """The folded ``text`` tells of others using the employer's name (``IMPERSONATION``) with a warning near it
    (``QUOTE_WARNING``: "Fake job ads are being posted in our name … That is not us."): like a scam quoted as a warning
    (``quotations.warns_of_imitations``), a post the text model alone does not hide, whose words are the fakes'."""
    return any(QUOTE_WARNING.search(text, *_warning_reach(text, m.start(), m.end())) is not None
               for m in IMPERSONATION.finditer(text))


def told_of_impersonators(text: str, start: int, end: int, before: str, after: str, r: Reading) -> bool:
    """The match's sentence (``before`` and ``after`` it) tells of others using the employer's name before it
    (``IMPERSONATION``), does not speak to the seeker (``SECOND_PERSON``), and a scam is named within
    ``QUOTE_WARNING_REACH`` of it (``QUOTE_WARNING``)."""
    impersonation, second = r.impersonation, r.second_person or SECOND_PERSON
    warning = r.quote_warning or QUOTE_WARNING
    if impersonation is None:
        return False
    if impersonation.search(before) is None:
        # (a long sentence's teller further back than ``NEGATION_REACH``, its asks listed after it: «آیدی‌هایی با
        # نام … در تلگرام و دیوار آگهی … منتشر کرده‌اند و از متقاضیان «هزینه ثبت‌نام»، … یا کد تأیید پیامکی خواسته‌اند»)
        if len(before) < NEGATION_REACH:
            return False
        before = _sentence_window(text, start, end, reach=IMPERSONATION_REACH)[0]
        if impersonation.search(before) is None:
            return False
    if second.search(before) or second.search(text, start, end) or second.search(after):
        return False
    return warning.search(text, *_warning_reach(text, start, end)) is not None


# The fake ads named as where the asks are made, in the match's sentence before it ("In these ads, money is paid into
# your account and they ask you to pass part of it on", «В таких объявлениях вас просят …», "Bunday e'lonlarda sizdan
# … so'rashadi", «در این آگهی‌ها پول به حساب شما واریز می‌شود و از شما می‌خواهند …»), beside a warning or money
# laundering named (a channel's warning of fake "personal assistant" posts): the asks are told of, not made.
IN_THE_FAKES = _compile(
    "in these ads", "in such ads", "in these offers", "in such offers", "in these posts", "in such posts",
    "in these messages", "in such messages", "these ads ask", "such ads ask", "these offers ask", "such offers ask",
    "в таких объявлениях", "в этих объявлениях", "в таких предложениях", "в таких сообщениях",
    "такие объявления просят",
    "bunday e'lonlarda", "bu e'lonlarda", "bunday takliflarda", "bunday xabarlarda", "bunday e'lonlar ~ so'ra*",
    "در این آگهیها", "در این آگهی ها", "در چنین آگهیهایی", "در چنین آگهی هایی", "در این پیامها", "در این پیام ها",
    "این آگهیها ~ میخواهند", "این آگهی ها ~ میخواهند",
).pattern
LAUNDERING = _compile("launder*", "money mule*", "отмыван*", "дроп*", "pul yuvish*", "پولشویی").pattern
IN_THE_FAKES_REACH = 240  # how far back the match's sentence is read for the fake ads named


def told_of_in_the_fakes(text: str, start: int, end: int) -> bool:
    """The match's sentence names the fake ads as where it is asked (``IN_THE_FAKES``), and a scam or money
    laundering is named within ``QUOTE_WARNING_REACH`` of the match (``QUOTE_WARNING``, ``LAUNDERING``)."""
    before = _sentence_window(text, start, end, reach=IN_THE_FAKES_REACH)[0]
    if IN_THE_FAKES.search(before) is None:
        return False
    near = _warning_reach(text, start, end)
    return QUOTE_WARNING.search(text, *near) is not None or LAUNDERING.search(text, *near) is not None


def said_too(text: str, start: int, end: int, pattern: re.Pattern[str], clause: bool = False,
             reach: int = 90) -> bool:
    """``pattern`` occurs in the sentence of the match ``text[start:end]``, before or after it, read across lines
    (``_RUN_ON_END``); a heading that introduces the sentence ("Documents: …") counts as part of it, but not what
    stands above the heading line nearest it: another section's («Обязанности:\n• выдача заказов покупателям\n
    Условия:\n• … Важно: управляющий вносит страховой депозит — 1 500 000 сум», the customers are no duty of the
    deposit's). ``clause``: in its clause only (commas end it)."""
    before, after = _sentence_window(text, start, end, opened_by=_RUN_ON_END_NOT_COLON, reach=reach,
                                     ended_by=_RUN_ON_END)
    heading = before.rfind(":\n")  # (the last heading line: ``text.clean`` leaves no space at a line's end)
    if heading >= 0:
        before = before[before.rfind("\n", 0, heading) + 1:]
    if clause:
        clauses = _CLAUSE_END.split(before)
        before, after = clauses[-1], _CLAUSE_END.split(after, 1)[0]
        if len(clauses) > 1 and _FOR_THIS.match(before):
            before = clauses[-2] + "," + before
    return bool(pattern.search(before) or pattern.search(after))


# A clause that opens by pointing back to the one before it ("pul sizning kartangizga o'tkaziladi, buning uchun faqat
# karta raqami kerak": the money goes to your card, for this only the card number is needed): what that one says holds
# for it (``said_too`` of a clause).
_FOR_THIS = re.compile(r"\s*(?:buning\s+uchun|dlya\s+etogo|for\s+(?:this|that)|برای\s+این\s+(?:کار|منظور))(?!\w)")


# A sentence that opens by pointing back to the one before ("After you accept a written offer, we run a background
# check. At that stage (and only then) we ask for a copy of your ID"): what that one says holds for it too.
BACK_REFERENCE = _compile(
    "at that stage", "at this stage", "at that point", "at this point", "only then", "only at that stage",
    "shu bosqichda", "shundan keyin", "shundan so'ng", "на этом этапе", "только тогда", "только на этом этапе",
    "در این مرحله", "در آن مرحله", "فقط در این مرحله", "فقط در آن مرحله",
).pattern
_BEFORE_SENTENCE_END = re.compile(r"[.!?\n؟]")  # (a semicolon or colon inside the sentence before does not end it)


def said_before(text: str, start: int, pattern: re.Pattern[str], end: int | None = None) -> bool:
    """The match's sentence opens with a ``BACK_REFERENCE`` and ``pattern`` occurs in the sentence before it; or the
    back reference opens a clause of the match's sentence before it ("After you sign the offer we run a background
    check at our cost, and only then ask for your ID and bank details") and ``pattern`` occurs in what the sentence
    says before that clause (up to as far back as a sentence before is read). With the match's ``end``, a sentence
    that only names the thing (``elliptic``: "Faqat karta raqami.", "فقط شماره شبا؛") points back as well."""
    if end is not None and elliptic(text, start, end):
        opening = start - len(_sentence_window(text, start, end)[0])
        previous, _ = _sentence_window(text, opening - 1, opening - 1, _BEFORE_SENTENCE_END, reach=ELLIPSIS_REACH,
                                       ended_by=_BEFORE_SENTENCE_END)
        if pattern.search(previous) is not None:
            return True
    before, _ = _sentence_window(text, start, start, _RUN_ON_END_NOT_COLON, ended_by=_RUN_ON_END)
    if not BACK_REFERENCE.match(before.lstrip(" -–—•(")):
        inner = None
        for inner in BACK_REFERENCE.finditer(before):
            pass
        if inner is None or inner.start() == 0:
            return False
        opening = start - len(before) + inner.start()
        previous, _ = _sentence_window(text, opening, opening, _BEFORE_SENTENCE_END, reach=240,
                                       ended_by=_BEFORE_SENTENCE_END)
        # (with the back reference itself: "mehnat shartnomasini imzolash → shundan keyin" is a step and then the next)
        return pattern.search(previous + inner.group()) is not None
    opening = start - len(before)
    previous, _ = _sentence_window(text, opening - 1, opening - 1, _BEFORE_SENTENCE_END, reach=240,
                                   ended_by=_BEFORE_SENTENCE_END)
    return pattern.search(previous) is not None


# A sentence of at most ``ELLIPTIC_WORDS`` words with the match ("Only your card number.", "Только номер карты.") has no
# verb of its own: it says nothing the sentence before did not (read up to ``ELLIPSIS_REACH`` characters back).
ELLIPTIC_WORDS = 4
ELLIPSIS_REACH = 320


def elliptic(text: str, start: int, end: int) -> bool:
    """The match's sentence (``_SENTENCE_END``) has at most ``ELLIPTIC_WORDS`` words, and a sentence before it."""
    before, after = _sentence_window(text, start, end)
    return start - len(before) > 0 and len(letter_words(before + " " + text[start:end] + " " + after)) <= ELLIPTIC_WORDS


def line_opened_by(text: str, start: int, pattern: re.Pattern[str]) -> bool:
    """The first sentence of the match's line (a paragraph of a board's post: "Background check: after a conditional
    offer, we run …. You'll … upload a copy of your passport there.", its number or bullet aside) says ``pattern``, and
    the match is past it."""
    line_start = text.rfind("\n", 0, start) + 1
    item = _ITEM_LINE.match(text, line_start)  # (a numbered paragraph's "4." ends no sentence)
    line_start = item.end() if item else line_start
    first = _RUN_ON_END_NOT_COLON.search(text, line_start, start)
    return first is not None and pattern.search(text[line_start:first.start()]) is not None


PLAIN = Reading(NEGATION_BEFORE, NEGATION_AFTER, WARNING_AFTER, GAP_NEGATION, _WITHOUT_PAYMENT, DUTY_CONTEXT,
                SECOND_PERSON, TRANSFER, MONEY_MULE.pattern, STAFF_CONTEXT, quote_warning=QUOTE_WARNING,
                impersonation=IMPERSONATION, customers_quoted=CUSTOMERS_QUOTED, paid_in=PAID_IN,
                seekers_pay=THE_SEEKERS_PAY, seeker_sends=SEEKER_SENDS, sent_to_the_seeker=SENT_TO_THE_SEEKER,
                handed_on=HANDED_ON, needed=NEEDED, kept_by_the_seeker=KEPT_BY_THE_SEEKER, back_pronoun=BACK_PRONOUN,
                asked_for=ASKED_FOR, moved_money=MOVED_MONEY, payroll_place=PAYROLL_PLACE,
                sent_to_someone=SENT_TO_SOMEONE, payroll_purpose=PAYROLL_PURPOSE,
                payroll_never_needs=PAYROLL_NEVER_NEEDS, never=_NEVER, never_done=_NEVER_DONE, order=_ORDER,
                own_site=OWN_SITE, own_site_step=OWN_SITE_STEP)
