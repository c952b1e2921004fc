"""``RULES``: each rule's lexicon with its weight, its text for the seeker and its exceptions; and
``SHARED``, the lexicons ``assess`` runs on every text, looked up together (``matching.share``).
"""
from __future__ import annotations

from pipeline.legitimacy.rules.contacts import MESSAGING_ONLY
from pipeline.legitimacy.rules.context import DUTY_REACH
from pipeline.legitimacy.rules.fraud_on_those_called import FRAUD_ON_THOSE_CALLED
from pipeline.legitimacy.rules.identity_proxy import IDENTITY_PROXY
from pipeline.legitimacy.rules.ids_and_codes import (BANK_OR_ID, CARD_SECRET, HIRED, ID_DOCUMENT, ID_SENT_TO_A_CHAT,
                                                     PAPERWORK, PAYOUT, SMS_CODE)
from pipeline.legitimacy.rules.matching import Lexicon, Rule, share
from pipeline.legitimacy.rules.money_mules import MONEY_MULE, MULE_NEVER_EXCUSED, MULES_WATCHED, PARCEL_WORKPLACE
from pipeline.legitimacy.rules.reading import PAYER
from pipeline.legitimacy.rules.soft_signals import PAY_BAIT, URGENCY
from pipeline.legitimacy.rules.upfront_fee import UPFRONT_FEE


RULES: tuple[Rule, ...] = (
    Rule("upfront_fee", 60, "asks for a payment before work starts", True, UPFRONT_FEE, not_after=PAYER, duties=True,
         forwarded=True, institution_fees=True),
    Rule("asks_bank_or_id", 60, "asks for a bank card number, bank details or SSN", True, BANK_OR_ID,
         unless=PAYOUT, unless_clause=True, unless_sentence=HIRED, never_excused=CARD_SECRET, duties=True,
         to_pay_into=True, unless_line=HIRED, received=True, payroll_entered=True, to_clients=True, own_site=True),
    Rule("asks_id_document", 60, "asks for a copy of your passport or ID before you meet", True, ID_DOCUMENT,
         unless=PAPERWORK, duties=True, unless_line=HIRED, needed_only=False, never_excused=ID_SENT_TO_A_CHAT,
         own_site=True),
    Rule("id_document_needed", 30, "says a copy of your passport or ID will be needed, without saying when or where "
         "it is handed over", False, ID_DOCUMENT, unless=PAPERWORK, duties=True, unless_line=HIRED, needed_only=True,
         own_site=True),
    Rule("asks_sms_code", 70, "asks for an SMS or one-time code", True, SMS_CODE, duties=True, received=True,
         other_codes=True, to_clients=True),
    Rule("money_mule", 70, "receiving and forwarding packages or money, cashing cheques or renting out a card",
         True, MONEY_MULE, unless=PARCEL_WORKPLACE, unless_sentence=MULES_WATCHED, sentence_reach=DUTY_REACH,
         never_excused=MULE_NEVER_EXCUSED, paid_in=True),
    Rule("identity_proxy", 60, "asks you to work under an identity or account that is not yours, or to lend out yours",
         True, IDENTITY_PROXY, duties=True, to_clients=True),
    Rule("fraud_on_those_called", 70, "the job itself defrauds the people called: posing as their bank, selling "
         "investments under a false name or keeping them from withdrawing, or selling back money they lost", True,
         FRAUD_ON_THOSE_CALLED),
    Rule("pay_bait", 20, "promises easy or guaranteed money", False, PAY_BAIT),
    Rule("urgency", 10, "pressure to act at once", False, URGENCY),
)
SHARED: tuple[Lexicon, ...] = (*dict.fromkeys(r.pattern for r in RULES), MESSAGING_ONLY)  # (two rules read IDs)
share(SHARED)
