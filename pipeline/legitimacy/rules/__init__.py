"""Red-flag rules in English, Uzbek (Latin and Cyrillic), Russian and Persian.

Every rule reads the ``textnorm.fold``-ed text: Uzbek and Russian Cyrillic are
transliterated to Latin there, so the phrase lists are written in their
own script and folded the same way when the patterns are compiled — one
pattern matches both Uzbek scripts. Phrase syntax: ``*`` = rest of the word
(Uzbek/Russian/Persian suffixes), ``?`` = any one letter ("licen?e"), ``~`` = a gap of up to three words, a space
= any run of space or punctuation-free gap.

*Hard* rules (fees, card/ID/SMS-code requests, money-mule work, work under a
borrowed or assigned identity, a bank card number in the text) decide a verdict
on their own. *Soft* rules only add to the score (pay bait, urgency, an ID copy only said to be needed:
``needed_only``); messaging-app-only contact
and free-mail addresses count only together with an unverifiable employer or
another signal, because Telegram is the normal recruiting channel in Uzbekistan
and Iran.

Duties: a card number, a code or a prepayment in a sentence about the job's clients, users or suppliers (or
under a cashier's or accountant's heading) is the work, not a request, unless that sentence speaks to the
seeker (``duty``); "we will pay for …" and pay as a noun are the seeker being paid (``PAYER``), and so is the
employer's transfer of the seeker's pay to a card someone names ("Oylikni siz ko'rsatgan kartaga o'tkazamiz":
``pays_the_seeker``); and so are the seeker's own bank details entered in a payroll provider ("Enter your bank details
in Gusto for direct deposit": ``entered_in_payroll``), and so are an identity check and a payout card done on the
employer's own site or through its KYC provider ("Identity verification inside our portal through our KYC provider (ID +
live selfie)": ``checked_on_own_site``). What the bank or the employer sends the seeker (a mobile bank's
password «вам пришлют в SMS», a PIN, a code to log in), or the seeker sets and keeps, is no request for it unless the
seeker is told to hand it on (``sent_to_the_seeker``).

An e-mail address or a link is one word to every negation and exception (``excuses_text``): "to hr" of "to
hr.ridgeway@outlook.com" is no paperwork handed to HR, and its dots end no sentence.

Negation: a match is dropped when its sentence says the opposite before it
("we will never ask for your card number", "no fees", "hech qanday to'lov
olinmaydi", "никогда не просим", "هرگز") or right after it ("… fee is not
required", "to'lov talab qilinmaydi", "не требуется"; after a parenthesised list, past its close: "Fees (registration,
training) are not charged"; after a list the match opens, past its last item: "karta raqamingiz, muddati yoki SMS-kodni
hech qachon so'ramaymiz"), or warns about scams, or when it stands in a quotation near a warning ("Fraudsters
write: «pay 200 000 in advance»"), or asks a question the next sentence answers "never" ("Оплатите $20? Никогда — это
мошенники.": ``NEVER_ANSWER``), or tells of others asking in the employer's name beside a warning ("бизнинг номимиздан
… карта маълумотларини сўраётганлар бор. Улар фирибгарлар.": ``told_of_impersonators``), or stands in an "if" clause
whose sentence forbids sending it (``conditional``), or in the seeker's question of a pasted chat that the other side
answers "no" (``turns``).
A line ends a sentence (``_SENTENCE_END``), and so does a list's item, on its line or a line's (``text.items_opened``:
"✔ no experience needed ✔ pay a $50 registration fee"), an initial's dot does not (``text.initials_joined``): a
Telegram post's lines are its sentences, and "No experience" / "Без опыта" / "بدون سابقه" on one line does
not negate the fee asked on the next. Nor does a negation reach past a "but"
or a new subject joined on (``NEW_CLAUSE``), or past a comma, a dash, a "then" or an "and" into a new demand ("No
experience needed, just pay a $30 registration fee", "Без опыта — просто оплатите взнос", "Tajriba shart emas, keyin
50 000 so'm to'lang", "No experience needed and pay $30 to register": ``NEW_DEMAND``; not past the commas of the
list a negated ask governs, "We never ask you to register, pay a registration fee and wait"), and the employer saying
it pays ("we pay", "мы оплачиваем", "biz to'laymiz", "با ماست") excuses only a match
in its own clause (``EMPLOYER_PAYS``): "We pay weekly, pay a $50
registration fee first" asks for a fee.

The package, from the ground up (each module imports only from those before it): ``matching`` (``Rule``,
``Lexicon``, ``Words``: how phrases are compiled and looked up); the lexicons, by what they catch: ``prices``,
``hiring_costs`` and ``platform_fees`` (fees by other names), gathered by ``upfront_fee``; ``ids_and_codes`` (bank
details, ID documents, one-time codes); ``money_mules``; ``identity_proxy``; ``fraud_on_those_called``;
``soft_signals`` (pay bait, urgency, "no experience needed"); ``contacts`` (messaging-only contact, free mail, card
numbers, a contact that can be checked); then ``context_words`` (the words the context checks look for),
``quotations`` (a scam's message quoted as a warning) and ``reading`` (negations, warnings, lists: ``negated``,
``PLAIN``); ``context`` (``first_match``, and the checks that drop a match by its context); ``pay_rate`` (pay too high
for work asking no experience); ``ruleset`` (``RULES``); ``typed`` (Uzbek typed with Russian letters or without its
apostrophes). This module hands on what the scam checker reads (``__all__``).
"""
from __future__ import annotations

from pipeline.legitimacy.rules.contacts import (MESSAGING_ONLY, WHATSAPP_ONLY, find_card_number, free_mail,
                                                has_verifiable_contact, other_channel)
from pipeline.legitimacy.rules.context import first_match, without
from pipeline.legitimacy.rules.matching import Lexicon, Rule, Words
from pipeline.legitimacy.rules.pay_rate import UNSKILLED_MONTH, UNSKILLED_SHARE, PayRate, unskilled_pay
from pipeline.legitimacy.rules.prices import CURRENCY_NAME
from pipeline.legitimacy.rules.quotations import warns_of_imitations
from pipeline.legitimacy.rules.reading import warns_of_impersonators
from pipeline.legitimacy.rules.ruleset import RULES, SHARED
from pipeline.legitimacy.rules.typed import (CYRILLIC, BareText, MergedText, may_be_russian_typed_uzbek,
                                             may_be_uzbek_without_apostrophes, merged_first_match)
from pipeline.legitimacy.text import letter_words

__all__ = ["BareText", "CURRENCY_NAME", "CYRILLIC", "Lexicon", "MESSAGING_ONLY", "MergedText", "PayRate", "RULES",
           "Rule", "SHARED", "UNSKILLED_MONTH", "UNSKILLED_SHARE", "WHATSAPP_ONLY", "Words", "find_card_number",
           "first_match", "free_mail", "has_verifiable_contact", "letter_words", "may_be_russian_typed_uzbek",
           "may_be_uzbek_without_apostrophes", "merged_first_match", "other_channel", "unskilled_pay",
           "warns_of_imitations", "warns_of_impersonators", "without"]
