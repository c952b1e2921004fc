"""Which match of a rule counts (``first_match``): one not negated (``reading``), nor excused by the rule's
exceptions or its context (``_kept``): one of the job's duties (``duty``), money a mule sends on (``forwarding``), a
card to pay into (``pay_into``), an institution's own fee (``institution_fee``), the seeker's pay paid in
(``pays_the_seeker``), what is sent to the seeker (``sent_to_the_seeker``), a code of another kind (``other_code``), a
key handed to clients (``handed_to_clients``), an ID copy only said to be needed (``needed_only``), bank details
entered in a payroll provider or on the employer's own site (``entered_in_payroll``, ``checked_on_own_site``).
"""
from __future__ import annotations

import re

from pipeline.legitimacy.rules.context_words import (DUTY_CONTEXT, HANDED_ON, KEPT_BY_THE_SEEKER, MOVED_MONEY, NEEDED,
                                                     PAID_IN, PAYROLL_NEVER_NEEDS, PAYROLL_PURPOSE, PROBATION_ENTRY,
                                                     SECOND_PERSON,
                                                     SEEKER_SENDS, SENT_TO_THE_SEEKER, STAFF_CONTEXT, THE_SEEKERS_PAY,
                                                     TRANSFER)
from pipeline.legitimacy.rules.ids_and_codes import OWN_SITE, OWN_SITE_STEP, PAYROLL_PLACE, SENT_TO_SOMEONE
from pipeline.legitimacy.rules.matching import Lexicon, Rule, Words, _compile
from pipeline.legitimacy.rules.money_mules import MONEY_MULE
from pipeline.legitimacy.rules.quotations import QUOTE_WARNING, _quote_opened_before, warned_quotation
from pipeline.legitimacy.rules.reading import (_CLAUSE_END, _END_PAST_COLONS, _ITEM_LINE, _LINE_ONLY_END,
                                               _LINE_SENTENCE_END, _RUN_ON_END, _RUN_ON_END_NOT_COLON, _SENTENCE_END,
                                               PLAIN, Reading, _list_heading, _run_on_window, _sentence_window,
                                               line_opened_by, negated, said_before, said_too)
from pipeline.legitimacy import doubts, owners, turns
from pipeline.legitimacy.text import links_as_one_word, sentence_around


def first_match(pattern: Lexicon, text: str, *, negatable: bool = True, words: Words | None = None,
                disclaimers: list[tuple[int, int]] | None = None, rule: Rule | None = None,
                reading: Reading | None = None,
                quotations: list[tuple[int, int]] | None = None) -> re.Match[str] | None:
    """The first match not negated, nor excused by ``rule``'s exceptions (none when not given): with its ``unless``,
    in a sentence (``unless_clause``: a clause) that says it, or with its ``unless_sentence`` in a sentence that says
    that, read ``sentence_reach`` characters back, unless the match holds what ``never_excused`` finds; with
    ``not_after``, a match starting with "pay" right after what that pattern finds at the end of the 30 characters
    before it — "the" and "your" make "pay" a noun, not the fee after "pay the"; with ``duties``, one of the job's
    duties; with ``forwarded``, money sent on in a money-mule sentence: ``forwarding``; with ``to_pay_into``, a card
    given to pay into: ``pay_into``; with ``institution_fees``, an institution's own application fee:
    ``institution_fee``; with ``unless_line``, one whose line opens with what that finds: ``line_opened_by``; with
    ``paid_in``, the employer's transfer of the seeker's pay: ``pays_the_seeker``; with ``received``, what is sent or
    given to the seeker: ``sent_to_the_seeker``. (The rule is passed whole, not its fields one by one: a call with
    each of them a keyword cost ``assess`` a few per cent.) ``reading``: the patterns of negation and duty (``PLAIN``
    when not given).

    ``disclaimers`` gets (start, end) of the window of each match the text model does not read: those this loop
    skipped as negated with each sentence read across lines (``negated`` without ``lines``), up to the first it
    would have kept so — the model was trained on those cuts, and a line break is no feature of it (EMSCAD's
    fraud rows kept theirs, its legitimate rows lost them). A negation on the line before still drops a match for
    no rule. A match skipped so inside a scam message quoted as a warning (``warned_quotation``) adds the whole
    quotation too, and to ``quotations`` when given.

    A match that runs over a line break ("аренда\nкарта" from a title "Karta arenda" over "Karta ijaraga olamiz")
    gives way to the first kept one within a line, when there is one: it is what a reason quotes, and a post's
    lines are its sentences (a wrapped sentence is one line already: ``text.clean``). Whether the rule fires does
    not change, nor the disclaimers.

    What decides whether a match is skipped reads the text with each e-mail address and link one word
    (``excuses_text``): the match itself is found in the text as it is."""
    unless = unless_sentence = never_excused = unless_line = None
    unless_clause, sentence_reach = False, 90
    soft = rule is not None and not rule.hard
    if rule is not None:
        unless, unless_clause, unless_sentence = rule.unless, rule.unless_clause, rule.unless_sentence
        sentence_reach, never_excused, unless_line = rule.sentence_reach, rule.never_excused, rule.unless_line
    found = None
    in_line = None  # (when ``found`` runs over a line break) the first match kept within a line
    run_on_done = disclaimers is None  # the disclaimers as the sentence read across lines found them
    read: str | None = None  # the text the excuses read (``excuses_text``), made at the first match
    excused = False  # a match before was excused by ``rule``'s exceptions (``doubts.asks_if_normal``)
    for m in pattern.finditer(text, words):
        start, end = m.start(), m.end()
        if read is None:
            read = excuses_text(text, words)
        skipped = run_on_skipped = False
        if negatable:
            said = (never_excused is None or not never_excused.search(text, start, end)) and (
                (bool(unless) and said_too(read, start, end, unless, unless_clause))
                or (unless_sentence is not None and said_too(read, start, end, unless_sentence, reach=sentence_reach))
                or (bool(unless) and not unless_clause and said_before(read, start, unless, end))
                or (unless_sentence is not None and said_before(read, start, unless_sentence, end))
                or (unless_line is not None and line_opened_by(read, start, unless_line)))
            skipped = (said or negated(read, start, end, reading, spent=soft)
                       or refused_in_reply(pattern, text, read, start, words, reading))
            if not skipped and excused and doubts.asks_if_normal(read, start, end):
                skipped = True  # (the seeker asking whether the ask the post excused before is normal)
            excused = excused or said
            # (a negation in a match's sentence is one in its sentence read across lines, which holds it; without a
            # line's end within ``_sentence_window``'s reach of the match, that is the sentence)
            run_on_skipped = skipped or (not run_on_done and _LINE_ONLY_END.search(read, max(0, start - 90), end + 50)
                                         is not None and negated(read, start, end, reading, lines=False, spent=soft))
            if run_on_skipped and not run_on_done:  # (the employer's or a duty's too: the model skips it)
                before, after = _run_on_window(read, start, end)
                disclaimers.append((start - len(before), end + len(after)))  # type: ignore[union-attr]
                quotation = (warned_quotation(read, start, end, (reading or PLAIN).quote_warning or QUOTE_WARNING)
                             if _quote_opened_before(read, start) else None)
                if quotation is not None:  # a scam message quoted as a warning: the model reads none of it
                    disclaimers.append(quotation)  # type: ignore[union-attr]
                    if quotations is not None:
                        quotations.append(quotation)
        line_wanted = (found is not None and in_line is None and not skipped and text.find("\n", start, end) < 0
                       and text.find("\n", found.start(), found.end()) >= 0)
        if (found is None and not skipped) or (not run_on_done and not run_on_skipped) or line_wanted:
            if rule is None or _kept(read, start, end, rule, reading):
                if found is None and not skipped:
                    found = m
                elif line_wanted:
                    in_line = m
                if not run_on_skipped:
                    run_on_done = True
            elif not skipped:
                excused = True
        if found is not None and run_on_done and (in_line is not None
                                                  or text.find("\n", found.start(), found.end()) < 0):
            break
    return in_line or found


def refused_in_reply(pattern: Lexicon, text: str, read: str, start: int, words: Words | None,
                     reading: Reading | None) -> bool:
    """The match at ``start`` is in the seeker's question of a pasted chat, and the other side's reply names the same
    kind of thing only to refuse it, with no "no" first (``turns.reply_to``: «شماره کارت هم لازمه؟ یا رمز دوم؟»
    answered «فقط شبا. رمز دوم … رو هیچ وقت به هیچ کس ندید، حتی به ما»): each of the lexicon's matches in the reply
    is negated, and it goes on to ask nothing (``turns.goes_on_to_ask``)."""
    reply = turns.reply_to(read, start)
    if reply is None or turns.goes_on_to_ask(read, reply):
        return False
    found = [m for m in pattern.finditer(text, words) if reply.body <= m.start() < reply.end]
    return bool(found) and all(negated(read, m.start(), m.end(), reading) for m in found)


def excuses_text(text: str, words: Words | None = None) -> str:
    """``text`` as the negations and exceptions read it: each e-mail address and link one word of as many letters
    (``text.links_as_one_word``; ``words``: the text's, which keep it made once). "to hr" of "to
    hr.ridgeway…@outlook.com" is no paperwork handed to HR, "never" of "never.late@gmail.com" no negation, and an
    address's dots end no sentence."""
    if words is None:
        return links_as_one_word(text)
    return words.excuses_text(text)


def _kept(text: str, start: int, end: int, rule: Rule, reading: Reading | None) -> bool:
    """A match not dropped by ``rule``'s ``not_after``, ``duties``, ``forwarded``, ``to_pay_into``,
    ``institution_fees``, ``paid_in``, ``received``, ``payroll_entered``, ``own_site``, ``other_codes``,
    ``to_clients`` or ``needed_only`` (``first_match``)."""
    not_after = rule.not_after
    if not_after is not None and text.startswith("pay", start) and not_after.search(text, max(0, start - 30), start):
        return False
    if rule.duties and duty(text, start, end, reading):
        return False
    if rule.forwarded and forwarding(text, start, end, reading):
        return False
    if rule.institution_fees and institution_fee(text, start, end):
        return False
    if rule.paid_in and pays_the_seeker(text, start, end, reading):
        return False
    if rule.received and sent_to_the_seeker(text, start, end, reading):
        return False
    if rule.other_codes and (other_code(text, start, end) or kept_in_the_employers_vault(text, start, end)):
        return False
    if rule.to_clients and handed_to_clients(text, start, end):
        return False
    if rule.needed_only is not None and needed_only(text, start, end) is not rule.needed_only:
        return False
    if (rule.payroll_entered and entered_in_payroll(text, start, end, reading)
            and not (rule.never_excused and rule.never_excused.search(text, start, end))):
        return False
    if (rule.own_site and checked_on_own_site(text, start, end, reading)
            and not (rule.never_excused and rule.never_excused.search(text, start, end))):
        return False
    return not (rule.to_pay_into and pay_into(text, start, end))


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the disclaimer spans cut out, so the text model does not read "card" in "we never ask for your card"."""
    if not spans:
        return text
    out, pos = [], 0
    for start, end in sorted(spans):
        if start > pos:
            out.append(text[pos:start])
        pos = max(pos, end)
    out.append(text[pos:])
    return " ".join(out)


# A duty list's sentence can run long before its card or code ("Help our app users by chat and email with account
# access problems, password resets and cases where the SMS verification code doesn't arrive"): the whole sentence
# up to this far back is read for whose card or code it is.
DUTY_REACH = 240


def duty(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match is one of the job's duties (``DUTY_CONTEXT``, or ``STAFF_CONTEXT`` in its line) in a sentence that
    does not address the seeker nor names the seeker's own entry to probation (``PROBATION_ENTRY``), nor asks for what no payroll needs for the seeker's payroll (``PAYROLL_PURPOSE``); or
    its owner is named at it, someone the job serves (``owners.others_named``: "Customers' card numbers you never
    see"), however the sentence speaks to the seeker."""
    context, staff, second = (DUTY_CONTEXT, STAFF_CONTEXT, SECOND_PERSON) if reading is None else (
        reading.duty_context, reading.staff_context, reading.second_person)
    never_needs = PAYROLL_NEVER_NEEDS if reading is None else reading.payroll_never_needs or PAYROLL_NEVER_NEEDS
    if never_needs.search(text, start, end):
        purpose = PAYROLL_PURPOSE if reading is None else reading.payroll_purpose or PAYROLL_PURPOSE
        before, after = _sentence_window(text, start, end, _LINE_SENTENCE_END, DUTY_REACH, _LINE_SENTENCE_END)
        if purpose.search(before) or purpose.search(after):
            return False
    if owners.others_named(text, start, end) and not second.search(text, start, end):
        return True  # ("Customers' card numbers you never see")
    if not said_too(text, start, end, context, reach=DUTY_REACH):
        before, after = _sentence_window(text, start, end, _LINE_SENTENCE_END, DUTY_REACH, _LINE_SENTENCE_END)
        if not (staff.search(before) or staff.search(after)):
            return False
    if second.search(text, start, end):
        return False
    before, after = _sentence_window(text, start, end, _RUN_ON_END_NOT_COLON, DUTY_REACH, _RUN_ON_END)
    if "خود" in before or "خود" in after:  # (the clients' own: ``_THEIR_OWN``)
        before = _THEIR_OWN.sub(" ", before + text[start:end] + after)[:len(before)]
        after = _THEIR_OWN.sub(" ", after + text[end + len(after):end + len(after) + 80])[:len(after)]
    if second.search(_not_addressed(before)) or second.search(_not_addressed(after)):
        return False
    return not (PROBATION_ENTRY.search(before) or PROBATION_ENTRY.search(text, start, end)
                or PROBATION_ENTRY.search(after))  # (the seeker's own probation the sum lets them into)


def _not_addressed(window: str) -> str:
    """``window`` without "your" clients (``_YOUR_CLIENTS``) and the heading of the seeker's duties (``_YOUR_DUTIES``)."""
    return _YOUR_DUTIES.sub(" ", _YOUR_CLIENTS.sub(" ", window))


# A Persian "own" whose clause's verb is in the third person plural is the clients' own, not the seeker's ("… شماره
# کارت، رمز دوم یا کد تایید پیامکی خود را در اختیار دیگران گذاشته‌اند": cardholders who gave their own codes away),
# where "کد تایید خود را بفرستید" (send your own code) speaks to the seeker. (The same length: ``duty`` cuts it
# back.)
_THEIR_OWN = re.compile(r"(?<!\w)خود(?:شان)?(?=\s+را\s+[^.!?\n؛؟،]{0,60}?[^\W\d_](?:اند|نند|دند|تند|هند)(?!\w))")


# "Your" clients are the job's, not the seeker addressed ("Sizning mijozlaringiz — kartasi bloklangan, SMS-kod
# kelmayotgan foydalanuvchilar", "Ваши клиенты", "مشتریان شما"): ``duty`` reads the sentence without them.
_YOUR_CLIENTS = re.compile(
    r"(?<!\w)(?:(?:sizning\s+)?(?:mijoz|[xh]aridor|foydalanuvchi|abonent)\w*ingiz\w*"
    r"|your\s+(?:customers?|clients?|users|callers|cardholders|guests|patients)"
    r"|vash\w*\s+(?:kliy?ent|pokupatel|polzovatel|abonent)\w*"
    r"|(?:مشتری|مشتریان|مشتریهای|کاربران)\s+(?:شما|خودتان))(?!\w)")
# … nor is the heading of the seeker's duties ("What you will do\n- Send guests our payment link: a 30% deposit is paid
# by card on our website and the balance on arrival", read across the line): it introduces the job's work.
_YOUR_DUTIES = re.compile(
    r"(?<!\w)(?:what\s+you(?:'ll|\s+will)\s+do|you(?:'ll|\s+will)\s+review|your\s+(?:duties|tasks|responsibilities)"
    r"|(?:vashi|tvoi)\s+(?:obyazannosti|zadachi)|chto\s+(?:vi\s+)?budete\s+delat|(?:sizning\s+)?vazifalaringiz"
    r"|(?:وظایف|کارهای)\s+شما)(?!\w)")


# A card the post gives to pay *into* ("مبلغ را به شماره کارت زیر واریز کنید", "to the card number below", "quyidagi
# karta raqamiga o'tkazing") is no request for the seeker's card (a fee paid into it is ``upfront_fee``'s); the
# seeker's own card as the destination ("به شماره کارت شما", "to your card number") still is one unless pay goes
# there (``PAYOUT``).
_TO_A_CARD = re.compile(r"(?:(?<!\w)(?:به|na|to|into|onto)\s+(?:the\s+|our\s+|this\s+|that\s+|following\s+"
                        r"|این\s+|etu\s+|etoy\s+|nashu\s+|nashey\s+)?)$")
_THE_SEEKERS = re.compile(r"\s*(?:شما|خود|خودتان|your|vash\w*|svo\w*)(?!\w)")
_YOURS_BEFORE = re.compile(r"(?<!\w)(?:your|vash\w*|svo\w*|sizning)\s+(?:\S+\s+)?$")


# … nor is one the post says it gives ("Karta raqami shaxsiy xabarda beriladi", "номер карты скинем в личку", "شماره
# کارت در پیوی داده می‌شود"): the seeker is to pay into it. Not one sent to someone ("karta raqami adminga
# yuboriladi": the seeker sends it).
_GIVEN_BY_US = re.compile(
    r"(?:\s+(?![^\s,.;:!?]*ga(?!\w))[^\s,.;:!?]+){0,3}?\s+(?:beriladi|yuboriladi|aytiladi|tashlanadi|beramiz"
    r"|yuboramiz|aytamiz|tashlaymiz|dadim|skinem|prishlyom|prishlem|soobshim|otpravim|vishlem|nazovyom|nazovem"
    r"|will\s+be\s+(?:given|sent|provided|shared)|داده\s*میشود|ارسال\s*میشود|اعلام\s*میشود|میدهیم|میفرستیم"
    r"|اعلام\s*میکنیم)(?!\w)")


# … and the shop's own card, which its customers pay into ("شماره کارت فروشگاه (به نام مدیر مزون)", "номер карты
# магазина", "do'kon karta raqami", "the shop's Humo card number"): the business's, not the seeker's.
_THE_BUSINESS_AFTER = re.compile(r"\s+(?:فروشگاه|مزون|بوتیک|شرکت|مغازه|magazina|kompanii|firmi|salona|butika|ip)(?!\w)")
_THE_BUSINESS_BEFORE = re.compile(r"(?<!\w)(?:(?:do'kon|kompaniya|firma|magazin)(?:ning|imiz|imizning)?|(?:shop|store"
                                  r"|company|business|boutique)'s)\s+(?:\S+\s+)?$")


def pay_into(text: str, start: int, end: int) -> bool:
    """A card number given as where to pay: after "to" ("به", "на", "to", "into") and not the seeker's own, or an
    Uzbek card number in the dative that is not "yours" ("karta raqamiga", not "karta raqamingizga"), or one the post
    says it gives (``_GIVEN_BY_US``) that is not "yours", or the business's own (``_THE_BUSINESS_AFTER``,
    ``_THE_BUSINESS_BEFORE``)."""
    if _TO_A_CARD.search(text, max(0, start - 20), start):
        return not _THE_SEEKERS.match(text, end)
    last = text[start:end].rsplit(None, 1)[-1]
    if "ingiz" not in last and (_THE_BUSINESS_AFTER.match(text, end)
                                or _THE_BUSINESS_BEFORE.search(text, max(0, start - 30), start)):
        return True
    if "ingiz" not in last and _GIVEN_BY_US.match(text, end) and not _YOURS_BEFORE.search(text, max(0, start - 12),
                                                                                          start):
        return True
    return last.endswith("ga") and "ingiz" not in last and last.startswith(("raqam", "nomer", "karta"))


# A code of another kind than one sent to the seeker to prove who they are: an employee's, a class's or a course's, a
# promo, discount, referral or postal code, the code of an ID or a tax number ("Send the ID code to our IT department",
# "Xodim kodini bizga yuboring", «Передайте код класса ученикам», «کد ملی خود را ارسال کنید»). "kodni … yuboring",
# "give us ~ code" and their kin read any code sent on; these hand no secret over (a national ID number is asked for at
# signing; a passport's number or an SSN asked for is ``asks_id_document``'s or ``asks_bank_or_id``'s, as before). The
# kind is the word before the code (English, Uzbek "xodim kodi", a Russian adjective «реферальный код») or after it (a
# Russian genitive «код сотрудника», a Persian ezafe «کد ملی», a bracket "kod (JShShIR)"). Not when the sentence also
# names a code sent to the seeker (from an SMS or a bank, a one-time, verification, confirmation or login code, one that
# comes to the phone) or a remote-access app's ("Telefoningizga keladigan ID kodni bizga yuboring", "Install AnyDesk and
# give us the ID code it shows"): ``_SECRET_CODE``. (Uzbek Cyrillic typed with Russian letters is read merged, x as h:
# "[xh]odim".)
_CODE_IN_MATCH = re.compile(r"(?<!\w)(?:codes?|kod\w*|کد\w*)")
_OTHER_CODE_BEFORE = re.compile(
    r"(?<!\w)(?:employee|staff|personnel|id|postal|post|zip|promo|promotional|discount|coupon|referral|class|classroom"
    r"|course|tax|source|dress|product|item|[xh]odim(?:ning|lar\w*)?|referal|sinf|pochta|indeks|inn|stir|jshshir"
    r"|pinfl|ma[xh]sulot|tovar|chegirma|kurs|manba|referaln\w*|pochtov\w*|isxodn\w*|skidochn\w*|tovarn\w*)[\s-]*$")
_OTHER_CODE_AFTER = re.compile(
    r"(?:kod\w*\s+(?:sotrudnik|klass|kursa|tovar|skidk|kupon)|kod\w*\s*\((?:jshshir|pinfl|inn|stir)\)"
    r"|کد[\u064b-\u0652]?\s*(?:ملی|پستی|پرسنلی|کارمندی|تخفیف|معرف|کالا|کلاس|اقتصادی|منبع|دانشجویی))")
_SECRET_CODE = re.compile(
    r"(?<!\w)(?:sms\w*|otp|one[- ]time|verif\w*|confirm\w*|log\s?in|sign\s?in|bank\w*|text(?:ed|s)?"
    r"|you(?:'ll|\s+will)?\s+(?:receive|get)"
    r"|(?:comes?|arrives?|sent)\s+(?:to|on)\s+your|tasdi[qk]\w*|bir\s+martalik|kirish|kel(?:gan|adi|adigan|ib)"
    r"|telefoningizga|raqamingizga|podtver\w*|odnorazov\w*|vxod\w*"
    r"|prish(?:yol|lo|la|li|lyut|lyot|lyom)|prid(?:yot|et|ut)|prixod\w*"
    r"|na\s+(?:vash|tvoy)\w*\s+(?:nomer|telefon)\w*|پیامک\w*|تایید|یکبار|ورود|بانک\w*|به\s+گوشی\s?(?:شما|تان|ت)"
    r"|any\s?desk|team\s?viewer|rust\s?desk|انی\s?دسک)(?!\w)")


def other_code(text: str, start: int, end: int) -> bool:
    """Every code the match names is one of another kind than the seeker's secret (``_OTHER_CODE_BEFORE``,
    ``_OTHER_CODE_AFTER``), and its sentence names no code sent to the seeker (``_SECRET_CODE``)."""
    codes = list(_CODE_IN_MATCH.finditer(text, start, end))
    if not codes or not all(_OTHER_CODE_BEFORE.search(text, max(0, c.start() - 30), c.start())
                            or _OTHER_CODE_AFTER.match(text, c.start()) for c in codes):
        return False
    before, after = _sentence_window(text, start, end)
    return _SECRET_CODE.search(before + " " + text[start:end] + " " + after) is None


# The employer's own codes, kept in its own password manager (a thirty-fifth writer's posts,
# tests/data/legitimacy_phrasings_ai: "When one of our tools asks for a 2FA code, it comes from the shared
# authenticator in the vault", «паролларини компаниямизнинг 1Password менежери орқали берамиз, иккинчи босқичли тасдиқлаш
# кодлари ҳам ўша ерда»): the code opens the employer's accounts and never reaches the seeker's phone. The vault is the
# company's, the team's or a shared one, named in the code's sentence (``_EMPLOYERS_VAULT``), and nothing there calls a
# code, a login or a phone the seeker's (``_THE_SEEKERS_OWN``: "Save your Upwork password and 2FA code in our shared
# vault" still hands the seeker's own over).
_VAULT = (r"(?:1\s?password|bit\s?warden|last\s?pass|dashlane|kee\s?pass\w*|password\s+manager|vault"
          r"|authenticator|menedjer\w*\s+parol\w*|xranilish\w*\s+parol\w*|parol\w*\s+mene(?:d)?jer\w*"
          r"|مدیر\s+رمز(?:\s*(?:عبور|ها))?|مدیریت\s+رمز\w*)")
_EMPLOYERS_VAULT = re.compile(
    r"(?<!\w)(?:(?:our|company'?s?|team'?s?|shared|corporate|business|korporativn\w*|nash\w*|kompanii|obsh\w*"
    r"|komandn\w*|kompaniya\w*|bizning|firma\w*|korporativ)\s+(?:\S+\s+){0,2}?" + _VAULT
    + r"|" + _VAULT + r"\s+(?:\(\S+\)\s+)?(?:kompanii|komandi|firmi|شرکت|تیم|ما|سازمان))(?!\w)")
_THE_SEEKERS_OWN = re.compile(
    r"(?<!\w)(?:your|yours|you\s+(?:receive|get)|sends?\s+you|texts?\s+you|vash\w*|svo\w*|tvo\w*|sizning"
    r"|\w+ingiz\w*|شما|خود\w*)(?!\w)")


def kept_in_the_employers_vault(text: str, start: int, end: int) -> bool:
    """The code is the employer's own, kept in its company's or team's password manager named in the sentence
    (``_EMPLOYERS_VAULT``), which calls nothing the seeker's (``_THE_SEEKERS_OWN``)."""
    before, after, _ = sentence_around(text, start, end, DUTY_REACH, DUTY_REACH)
    sentence = before + " " + text[start:end] + " " + after
    return _EMPLOYERS_VAULT.search(sentence) is not None and _THE_SEEKERS_OWN.search(sentence) is None


# A key, a token or a PIN handed to the job's clients (an e-signature desk's "Issue and renew clients' ЭЦП tokens",
# «Передаёте клиентам готовые токены ЭЦП», "Tokenni va PIN-kodni mijozga topshirasiz", «توکن را به مشتری تحویل دهید»):
# the desk's work, where the token phrases ("токен* ~ переда*", "token* ~ topshir*", "توکن ~ تحویل"), the e-signature
# handed over (``_OWN_IDENTITIES_HANDED_OVER``) and "kodni ~ berasiz" read the seeker's own handed to the employer.
# ``duty`` does not drop them: the clients stand inside the match, and "you" hands them over. The clients are whom it
# goes to or whose it is, in the match's clause (``_TO_CLIENTS``: "to clients", "clients' tokens", «клиенту»,
# «токенов … клиентам», "mijozga", «به مشتری»; not clients only named, «Для работы с клиентами передайте нам …»), and
# nothing there calls it the seeker's or has it go to the employer's side (``_THE_SEEKERS_OR_TO_US``: "your", «ваш»,
# «свой», "-ingiz", «خود», "us", «нам», "bizga", «به ما», or one client of "ours", «нашему клиенту», "mijozimizga",
# «مشتری ما», who would sign with it; "your clients" are the job's: ``_YOUR_CLIENTS``).
_KEY_TOKEN_OR_PIN = re.compile(r"(?<!\w)(?:tokens?|token\w*|توکن\w*|kalit\w*|klyuch\w*|keys?|pin(?:-?kod\w*)?|پین)"
                               r"(?!\w)")
_TO_CLIENTS = re.compile(
    r"(?<!\w)(?:(?:to|for)\s+(?:(?:the|our|new|all|each|their)\s+)?(?:clients?|customers?)"
    r"|(?:give|hand|issue|send)\s+(?:(?:the|our|new)\s+)?(?:clients?|customers?)"
    r"|(?:clients|customers)'|(?:client|customer)'s"
    r"|(?:kliy?ent|zakazchik|abonent)(?:u|am|ov)|(?:mijoz|kliy?ent|abonent|foydalanuvchi)(?:lar)?(?:ga|ning)"
    r"|(?:به|برای)\s+(?:مشتری|مشتریان|کاربران?)|(?:توکن|پین|کلید)\w*(?:\s+\S+){0,3}?\s+(?:مشتری|مشتریان))(?!\w)")
_THE_SEEKERS_OR_TO_US = re.compile(
    r"(?<!\w)(?:your|yours|us|me|vash\w*|svo\w*|tvo\w*|nam|mne|sizning|o'zingiz\w*|ozingiz\w*|bizga|menga|خود\w*|شما"
    r"|(?:به|برای)\s+(?:ما|من)|our\s+(?:client|customer)(?!s)|nash\w*\s+kliy?entu|mijozimiz\w*"
    r"|(?:مشتری|کاربر)\s+ما)(?!\w)"
    r"|[^\W\d_]+ingiz[^\W\d_]*")


def handed_to_clients(text: str, start: int, end: int) -> bool:
    """A key, a token or a PIN (the match's, or the word before it: "PIN-kodni") handed to the job's clients or
    theirs (``_TO_CLIENTS``), in a clause that neither calls it the seeker's nor has it go to the employer
    (``_THE_SEEKERS_OR_TO_US``)."""
    before, after = _sentence_window(text, start, end)
    before = _CLAUSE_END.split(before)[-1]
    if not _KEY_TOKEN_OR_PIN.search(text, start, end) and not _KEY_TOKEN_OR_PIN.search(before[-12:]):
        return False
    clause = _YOUR_CLIENTS.sub(" ", before + text[start:end] + _CLAUSE_END.split(after, 1)[0])
    return _TO_CLIENTS.search(clause) is not None and _THE_SEEKERS_OR_TO_US.search(clause) is None


# A copy of the passport or ID only said to be needed ("Pasport nusxasi va INN kerak bo'ladi", «Понадобится копия
# паспорта», "A passport copy and tax number will be needed", «کپی کارت ملی لازم است»): the copy hiring paperwork needs,
# with no channel, no order to send it and no moment before meeting in its sentence, nor in the heading of a list it is
# an item of (``_SENT_OR_BEFORE_MEETING``), and no order to send in the next (``_SENT_ORDER``). It asks for nothing
# before the seeker meets anyone, as ``asks_id_document`` says; but the written sets' scams say it so too (beside
# parcels to reship), where their honest posts say when and where (at signing, in the office, after the offer:
# ``PAPERWORK``). So it is a soft sign of its own (``id_document_needed``): a caution alone, hidden beside another (a
# chat handle as the only contact, pay bait). A photo, a scan, the passport's number or data needed (made to be sent)
# is asked for as before. (Read merged too, o' as u, q as k, x as h: "r[ou]y[xh]atdan".)
_ID_COPY = re.compile(r"(?<!\w)(?:cop(?:y|ies)|nusxa\w*|nusha\w*|kopi\w*|کپی|کاپی)(?!\w)")
_ID_SENT_FORM = re.compile(
    r"(?<!\w)(?:photo\w*|picture\w*|scan\w*|selfie\w*|numbers?|data|foto\w*|rasm\w*|surat\w*|skan\w*|selfi\w*"
    r"|seriya\w*|ma'?lumot\w*|nomer\w*|ra[qk]am\w*|dann\w*|seri[iy]\w*|عکس|تصویر|اسکن|سلفی|شماره)(?!\w)")
_NEEDED_SAID = re.compile(
    r"(?<!\w)(?:kerak\w*|zarur\w*|shart|nujen|nujna|nujno|nujni|neob[xh]odim\w*|trebuyet\w*|potrebuyet\w*"
    r"|ponadobit\w*|ponadobyat\w*|لازم|نیاز|الزامی|ضروری|needed|required|need|necessary)(?!\w)")
_SEND_IT = (r"send\w*|sent|upload\w*|submit\w*|e-?mail\w*|forward\w*|attach\w*|share|dm|message\s+us|text\s+us"
            r"|yubor\w*|jo'?nat\w*|junat\w*|tashla\w*|yukla\w*"
            r"|prishl\w*|otprav\w*|skin\w*|vishl\w*|zagruz\w*|peresh\w*|prikrep\w*"
            r"|بفرست\w*|ارسال|آپلود|بارگذاری")
_SENT_ORDER = re.compile(r"(?<!\w)(?:" + _SEND_IT + r")(?!\w)")
_SENT_OR_BEFORE_MEETING = re.compile(
    r"(?<!\w)(?:" + _SEND_IT + r"|telegram\w*|whats\s?app|viber|signal|bot\w*|chat\w*|online|link|form"
    r"|before\s+(?:the\s+|an\s+|your\s+)?(?:interview|meeting)|before\s+we\s+meet|apply\w*|application\w*"
    r"|register\w*|registration|verif\w*|now|today|right\s+away|immediately|asap"
    r"|lichka\w*|onlayn|anketa\w*|ariza\w*|r(?:o'|o|u)y[xh]atdan|(?:suhbat|uchrashuv|intervyu)dan\s+(?:oldin|avval)"
    r"|avval|hozir\w*|darhol|bugun\w*|tasdi[qk]\w*"
    r"|vatsap\w*|v\s+ls|pocht\w*|anket\w*|zayavk\w*|registrats\w*|do\s+(?:sobesedovani|vstrech)\w*|snachala|srazu"
    r"|seychas|segodnya|verifikats\w*"
    r"|تلگرام|واتساپ|ایتا|ربات|پیوی|دایرکت|ایمیل|آنلاین|لینک|فرم|(?:قبل|پیش)\s+از\s+مصاحبه|ابتدا|الان|فوری"
    r"|ثبت\s?نام|درخواست|احراز)(?!\w)|@\w|https?://")


def needed_only(text: str, start: int, end: int) -> bool:
    """The match is a copy of an ID (``_ID_COPY``, none of ``_ID_SENT_FORM``) its sentence says is needed
    (``_NEEDED_SAID``), with no channel, order to send it or moment before meeting (``_SENT_OR_BEFORE_MEETING``) in
    that sentence (read back past a colon) or the heading of a list it is an item of, and no order to send in the next
    sentence ("… kerak bo'ladi. Uni adminga yuboring": ``_SENT_ORDER``; a contact line after it is the post's, which
    ``messaging_only`` reads)."""
    if not _ID_COPY.search(text, start, end) or _ID_SENT_FORM.search(text, start, end):
        return False
    before, _ = _sentence_window(text, start, end, opened_by=_END_PAST_COLONS, reach=SENTENCE_REACH)
    _, after = _sentence_around(text, start, end)
    if not (_NEEDED_SAID.search(before) or _NEEDED_SAID.search(after)):
        return False
    closing = end + len(after)
    while closing < len(text) and (text[closing].isspace() or _SENTENCE_END.match(text, closing)):
        closing += 1  # (on to the first word of the sentence after)
    later = text[closing:closing + SENTENCE_REACH]
    stop = _SENTENCE_END.search(later)
    if (_SENT_OR_BEFORE_MEETING.search(before + " " + text[start:end] + " " + after)
            or _SENT_ORDER.search(later[:stop.start()] if stop else later)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    heading = _list_heading(text, line_start)[0] if _ITEM_LINE.match(text, line_start) else None
    return heading is None or _SENT_OR_BEFORE_MEETING.search(heading) is None


# An application fee a university or a school waives or takes only on its own portal or website ("the $75 application
# fee, paid only through the online application portal (waivers available)", "сбор за подачу заявки — только через
# портал университета"): its admission, not a way into a job. A scam's "application fee" names no waiver and is paid
# to a card, a wallet or a recruiter.
_APPLICATION = re.compile(r"application|zayav|ariz|درخواست|پذیرش|exam|ekzamen|imtihon|آزمون")
_WAIVED_OR_OWN_PORTAL = _compile(
    "waiver*", "waived", "only through ~ portal*", "only via ~ portal*", "only on ~ portal*",
    "only through our website", "only on our website", "only through ~ university's website",
    "освобожд* от ~ сбор*", "освобожд* от ~ оплат*", "только через ~ портал*", "только на ~ сайте университет*",
    "to'lovdan ozod*", "tolovdan ozod*", "tulovdan ozod*", "faqat ~ portal* orqali", "faqat ~ sayt* orqali",
    "معافیت", "فقط از طریق ~ پورتال", "فقط از طریق ~ سامانه", "فقط از طریق ~ سایت دانشگاه",
    # … or an exam's fee paid straight to the body that holds it ("هزینه آزمون را مستقیم به همان سازمان می‌پردازید",
    # "оплачиваете напрямую центру сертификации", "imtihon markazining o'ziga"), not to a recruiter's card
    "directly to the exam*", "directly to ~ testing body", "directly to ~ exam body", "directly to ~ test centre",
    "directly to ~ test center", "directly to ~ awarding body", "directly to ~ certification cent*",
    "напрямую ~ центр* сертификаци*", "напрямую ~ экзаменационн* центр*", "напрямую ~ организаци*",
    "markazining o'ziga", "markazning o'ziga", "tashkilotning o'ziga*", "markazining oziga", "tashkilotning oziga*",
    "مستقیم به همان سازمان", "مستقیم به سازمان", "مستقیم به ~ مرکز آزمون", "مستقیم به همان مرکز",
    # … or on the body's official portal (a thirty-fourth writer's «هزینه آزمون را خودتان طبق تعرفه سازمان در سامانه
    # رسمی سازمان پرداخت می‌کنید»: a state organisation's exam, refunded after hiring), not a site "our" people run
    "official portal", "официальн* портал*", "rasmiy portal*", "سامانه رسمی", "پورتال رسمی",
).pattern
INSTITUTION_REACH = 150
# A payment its sentence says goes straight to the state, by a receipt in the seeker's own name, or at the consulate
# (a twenty-sixth writer's «госпошлина и … авансовый платёж по патенту — напрямую в бюджет по квитанции на ваше имя)
# вы оплачиваете сами; компания возмещает», "You pay the consular visa fee there directly and keep the receipt"):
# the state's own fee, whatever it is for, as an institution's application fee paid on its portal (``institution_fee``)
_PAID_TO_THE_STATE = _compile(
    "напрямую в бюджет", "в бюджет по квитанци*", "квитанци* на ваше имя", "чек* на ваше имя",
    "directly to the consulate", "directly at the consulate", "directly to the embassy", "directly at the embassy",
    "receipt in your own name", "receipt in your name", "to the state budget",
    "davlat byudjetiga", "to'g'ridan-to'g'ri byudjet*", "kvitansiya* o'z nomingiz*", "o'z nomingizga kvitansiya*",
    "مستقیم به سفارت", "مستقیم به کنسولگری", "مستقیم به حساب دولت", "به حساب خزانه", "رسید به نام خودتان",
).pattern

# A freelance marketplace's own charge, said to be the platform's under its own rules (a thirty-fifth writer's
# Parscoders brief, tests/data/legitimacy_phrasings_ai: «هزینه‌ی عضویت یا ارسال پیشنهاد، اگر دارید، مربوط به قوانین خود
# پارس‌کدرز است؛ ما … هیچ پولی نمی‌گیریم», "set by the platform's own rules", «взимает сама биржа»,
# "platformaning o'z qoidalari"), a freelance marketplace named in its sentence (``_MARKETPLACE``: a task platform's
# "rules" are its own pretext, «по правилам платформы … оплачивается налог»): the seeker pays it, if at all, inside
# the platform, as a bid costs there. Not when its sentence has it go to a card, a payment app, a link or the client
# (``_TO_A_PERSON``, ``_TO_THE_CLIENT``: the "platform commission" a client moving off the platform asks for, "120 000
# so'mni Click orqali menga o'tkazasiz").
_MARKETPLACE = (r"(?:upwork|fiverr|kwork|freelancer(?:\.com)?|fl\.?\s?ru|weblancer|youdo|toptal|peopleperhour|ponisha"
                r"|karlancer|parscoders|پونیشا|کارلنسر|پارس\s?کدرز)")
_PLATFORMS_OWN = re.compile(
    r"(?<!\w)(?:" + _MARKETPLACE + r"(?:'s)?\s+(?:own|itself)|(?:platform|site|marketplace)(?:'s\s+own|\s+itself)"
    r"|sam\w*\s+(?:" + _MARKETPLACE + r"|birj\w*|ploshadk\w*|platform\w*)|pravil\w*\s+(?:sam\w*\s+)?" + _MARKETPLACE
    + r"|(?:" + _MARKETPLACE + r"|platforma(?:si)?|sayti?|birja(?:si)?)ning\s+(?:o'z|uz|o'zi|ozi|uzi)"
    r"|(?:قوانین|کارمزد|مقررات)\s+(?:خود\s+)?(?:" + _MARKETPLACE + r"|سایت|پلتفرم)|خود\s+(?:" + _MARKETPLACE
    + r"|سایت|پلتفرم))(?!\w)")
_A_MARKETPLACE_NAMED = re.compile(r"(?<!\w)" + _MARKETPLACE + r"(?!\w)")
_TO_THE_CLIENT = re.compile(r"(?<!\w)(?:to\s+us|to\s+me|our\s+(?:site|link|website|wallet)|links?|wallet\w*|nam|mne"
                            r"|bizga|menga|ssilk\w*|havola\w*|hamyon\w*|koshel\w*|لینک|به\s+(?:ما|من)|کیف\s+پول)(?!\w)")


def institution_fee(text: str, start: int, end: int) -> bool:
    """The match is an application or exam fee (``_APPLICATION`` in it or in its clause's 40 characters before it:
    "Заявочный взнос 2 000 ₽ вносится") its sentence, read ``INSTITUTION_REACH`` characters either side, says is waived
    or taken only on the institution's portal, or paid straight to it (``_WAIVED_OR_OWN_PORTAL``), and names no card
    or recruiter (``_TO_A_PERSON``)."""
    named = text[max(0, start - 40):start]
    named = named[max(named.rfind(c) for c in ",.;:!?\n،؛") + 1:]
    application = _APPLICATION.search(named) is not None or _APPLICATION.search(text, start, end) is not None
    before = text[max(0, start - INSTITUTION_REACH):start]
    cut = [m.end() for m in _RUN_ON_END_NOT_COLON.finditer(before)]
    after = text[end:end + INSTITUTION_REACH]
    stop = _RUN_ON_END_NOT_COLON.search(after)
    sentence = before[cut[-1] if cut else 0:] + " " + (after[:stop.start()] if stop else after)
    if (_PLATFORMS_OWN.search(sentence) is not None and _A_MARKETPLACE_NAMED.search(sentence) is not None
            and _TO_A_PERSON.search(sentence) is None):
        return _TO_THE_CLIENT.search(sentence) is None
    excused = (_WAIVED_OR_OWN_PORTAL if application else _PAID_TO_THE_STATE).search(sentence) is not None or (
        application and _PAID_TO_THE_STATE.search(sentence) is not None)
    return excused and _TO_A_PERSON.search(sentence) is None


_TO_A_PERSON = re.compile(r"(?<!\w)(?:card|karta\w*|kart[ayu]|کارت\w*|payme|click|recruiter\w*|rekruter\w*"
                          r"|менеджер\w*|menejer\w*|manager\w*|مشاور\w*|کارشناس)(?!\w)")


def forwarding(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match is a transfer (``TRANSFER``) in a sentence with a money-mule phrase (``MONEY_MULE``)."""
    transfer, mule = (TRANSFER, MONEY_MULE.pattern) if reading is None else (reading.transfer, reading.money_mule)
    return bool(transfer.search(text, start, end)) and said_too(text, start, end, mule)


PAY_IN_REACH = 30  # how far beside the match its transfer may stand (a Persian verb after the card "we" name)
SENTENCE_REACH = 120  # how far a sentence is read on either side of the match (a verb stands last in Uzbek, Persian)


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The match's sentence before and after it, ``SENTENCE_REACH`` characters either side at most."""
    before, _ = _sentence_window(text, start, end, reach=SENTENCE_REACH)
    after = text[end:end + SENTENCE_REACH]
    stop = _SENTENCE_END.search(after)
    return before, after[:stop.start()] if stop else after


def pays_the_seeker(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match moves the seeker's pay, and its sentence has the seeker send no money on (``SEEKER_SENDS``). The pay is
    the money the match names, the pay named with it ("Receive your salary payments into your personal bank account",
    "Monthly salary payments into your bank account": ``moved``), or, when the match names no money, the pay named
    after it in its clause with the employer's transfer (``PAID_IN``) within ``PAY_IN_REACH`` characters."""
    r = reading or PLAIN
    paid_in, pay, sends = r.paid_in or PAID_IN, r.seekers_pay or THE_SEEKERS_PAY, r.seeker_sends or SEEKER_SENDS
    before, after = _sentence_around(text, start, end)
    clause_before, clause_after = _CLAUSE_END.split(before)[-1], _CLAUSE_END.split(after, 1)[0]
    pay_moved = moved(text[start - len(before):end], pay, r.moved_money or MOVED_MONEY)
    if not (pay_moved or pay_moved is None and pay.search(clause_after)):
        return False
    if not pay_moved:
        low = start - min(len(clause_before), PAY_IN_REACH // 2)
        high = end + min(len(clause_after), PAY_IN_REACH)
        while high < end + len(clause_after) and text[high].isalnum():
            high += 1  # (to the end of the word the reach ends in)
        if paid_in.search(text, low, high) is None:
            return False
    return not (sends.search(before) or sends.search(text, start, end) or sends.search(after))


def moved(said: str, pay: re.Pattern[str], money: re.Pattern[str]) -> bool | None:
    """Whether the money ``said`` (a sentence up to a transfer) names last is the seeker's pay (``pay``) rather than
    other money (``money``), or its own (a word at most apart from pay named with it); ``None`` when it names none."""
    last_pay = last_money = None
    for last_pay in pay.finditer(said):
        pass
    for last_money in money.finditer(said):
        pass
    if last_money is None or last_pay is None:
        return None if last_pay is None and last_money is None else last_money is None
    if last_pay.start() >= last_money.end():
        return True
    between = said[last_pay.end():last_money.start()] if last_pay.end() <= last_money.start() else ""
    return not _CLAUSE_END.search(between) and len(between.split()) <= 1


HANDED_ON_REACH = 200  # how far the sentences before and after the match's are read


def sent_to_the_seeker(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match's clause says it is sent or given to the seeker (``SENT_TO_THE_SEEKER``, before, in or after it), or
    that the seeker sets and keeps it (``KEPT_BY_THE_SEEKER``); no sentence from the one before it to the one after,
    nor the heading of a list it is an item of, asks the seeker to hand it on (``HANDED_ON``), and neither its own nor
    the one after says it is needed (``NEEDED``: "Вам придёт код из SMS. Его нужно сообщить куратору.")."""
    r = reading or PLAIN
    sent, handed, needed = r.sent_to_the_seeker or SENT_TO_THE_SEEKER, r.handed_on or HANDED_ON, r.needed or NEEDED
    kept = r.kept_by_the_seeker or KEPT_BY_THE_SEEKER
    before, after = _sentence_around(text, start, end)
    clause = _CLAUSE_END.split(before)[-1] + text[start:end] + _CLAUSE_END.split(after, 1)[0]
    if sent.search(clause) is None and kept.search(clause) is None:
        return False
    sentence = before + text[start:end] + after
    if needed.search(sentence) or handed.search(sentence):
        return False
    opening, closing = start - len(before), end + len(after)
    while opening and (text[opening - 1].isspace() or _SENTENCE_END.match(text, opening - 1)):
        opening -= 1  # (back over the end of the sentence before, to its last word)
    while closing < len(text) and (text[closing].isspace() or _SENTENCE_END.match(text, closing)):
        closing += 1  # (… and on to the first word of the one after)
    earlier = text[max(0, opening - HANDED_ON_REACH):opening]
    cut = [m.end() for m in _SENTENCE_END.finditer(earlier)]
    later = text[closing:closing + HANDED_ON_REACH]
    stop = _SENTENCE_END.search(later)
    later = later[:stop.start()] if stop else later
    if handed.search(earlier[cut[-1] if cut else 0:]) or handed.search(later) or needed.search(later):
        return False
    line_start = text.rfind("\n", 0, start) + 1  # (an item of a list: what its heading says of it)
    heading = _list_heading(text, line_start)[0] if _ITEM_LINE.match(text, line_start) else None
    return heading is None or handed.search(heading) is None


PAYROLL_REACH = 90  # how far the match's sentence is read after it


def entered_in_payroll(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match's clause names a payroll provider as where the details go (``PAYROLL_PLACE``), read across a colon
    before it ("Payroll runs through Gusto: enter your bank details …"), and its sentence sends them to no one
    (``SENT_TO_SOMEONE``)."""
    r = reading or PLAIN
    place, someone = r.payroll_place or PAYROLL_PLACE, r.sent_to_someone or SENT_TO_SOMEONE
    before, _ = _sentence_window(text, start, end, opened_by=_RUN_ON_END_NOT_COLON)
    after = text[end:end + PAYROLL_REACH]  # (a verb last, the provider before it: «… вводите в личном кабинете Deel»)
    stop = _RUN_ON_END.search(after)
    after = after[:stop.start()] if stop else after
    clause = _CLAUSE_END.split(before)[-1] + text[start:end] + _CLAUSE_END.split(after, 1)[0]
    return place.search(clause) is not None and someone.search(before + text[start:end] + after) is None


# a chat or a person named only to be ruled out, a negation before it in its clause
_RULED_OUT = re.compile(r"(?<!\w)(?:not|never|no|nor|instead\s+of|rather\s+than|ne|ni|net|emas|hech|نه|هرگز|هیچ)(?!\w)")
_IDENTITY_BY_CARD = re.compile(r"identit|lichnost|shaxs|هویت")


def checked_on_own_site(text: str, start: int, end: int, reading: Reading | None = None) -> bool:
    """The match's clause names the employer's own site, account or panel, or its KYC provider, as where the check
    or the number is done (``OWN_SITE``), read across a colon before it, and its sentence sends it to no one
    (``SENT_TO_SOMEONE``, a mention ruled out in its own clause aside: ``_RULED_OUT``) and says the check or the
    entry is done (``OWN_SITE_STEP``); a card that proves the seeker's identity is no payout card
    (``_IDENTITY_BY_CARD``)."""
    if _IDENTITY_BY_CARD.search(text, start, end):
        return False
    r = reading or PLAIN
    place, someone = r.own_site or OWN_SITE, r.sent_to_someone or SENT_TO_SOMEONE
    before, _ = _sentence_window(text, start, end, opened_by=_RUN_ON_END_NOT_COLON)
    after = text[end:end + PAYROLL_REACH]
    stop = _RUN_ON_END.search(after)
    after = after[:stop.start()] if stop else after
    clause = _CLAUSE_END.split(before)[-1] + text[start:end] + _CLAUSE_END.split(after, 1)[0]
    if place.search(clause) is None:
        return False
    sentence = before + text[start:end] + after
    if (r.own_site_step or OWN_SITE_STEP).search(sentence) is None:
        return False
    for mention in someone.finditer(sentence):
        opened = max(sentence.rfind(c, 0, mention.start()) for c in ",،(")
        if not _RULED_OUT.search(sentence, opened + 1, mention.start()):
            return False
    return True
