"""Legitimacy: is this posting a scam? A 0–100 score, a verdict, and reasons a seeker can read.

``assess(posting, context=None) -> Assessment``

* **Rules** (``rules/``) in English, Uzbek (Latin and Cyrillic, through
  ``textnorm.fold``), Russian and Persian carry the fee / card / ID / SMS-code
  / money-mule kind of scam. Hard rules decide on their own (verdict
  ``likely_scam``); negated and warning sentences ("we will never ask for your
  card number", "no fees") do not fire. Soft rules (pay bait, urgency, a passport
  or ID copy only said to be needed, messaging-app-only contact, free mail, no
  verifiable employer) add points;
  messaging-app-only contact and free mail count only with another signal,
  because Telegram is the normal channel in Uzbekistan and Iran; they are one
  another's other signal, so alone they count for two of them and give a
  ``caution`` at most (``CONTACT_ONLY_POINTS``). A reason's
  span is the matched part of the posting in its own words (case and script,
  ``text.original_span``), though the rules read the folded text. Pay far above
  what work that asks no experience pays (``rules.unskilled_pay``) is a
  ``pay_above_market`` reason of its own beside a promise of easy money, as the
  store's market comparison is.
* **Pasted conversations** (``turns.py``): in the chat a seeker pastes under an ad, a match in the seeker's own
  question that the other side answers "no" asks nothing; a payment the seeker asks about ("why must I pay 200 000?")
  that the other side confirms is ``upfront_fee``, though the fee itself was said in a call the paste does not show.
* **Look-alike domains** (``lookalike.py``): a contact address whose domain
  imitates the employer's name ("MasterCraft" CVs to ``themasterscrafts.com``).
* **Context** (``Context``, passed in by the Scrapy wrapper, so the stage
  stays pure): market pay per (tag, period, currency) from the store, and how
  many different company names the same text was seen under.
* **Text model** (``model.py``, artefact ``model.json``, trained by
  ``python -m pipeline.legitimacy.train`` on the dev data only) carries the
  EMSCAD kind of fraud: fake listings that ask for nothing suspicious. It is
  English-only; other languages are judged by the rules alone.

Score: ``100 · (1 − p)`` with ``logit p = model log-odds (Platt-calibrated) +
rule points / 10``, capped at ``100 − Σ rule points`` when a hard rule fired;
``Assessment.score`` is it rounded, ``exact_score`` unrounded (the evaluation
ranks by it). Verdict: ``likely_scam`` when a hard rule fired or the score is
below the ``likely_scam`` cut, ``caution`` below the ``caution`` cut, else
``ok``; ``insufficient_evidence`` for texts under 40 characters with no hard
rule, and for a posting in a language no rule and no text model reads
(``unread_language``: Tajik, Kyrgyz, Turkish …) where no sign was found: its
"no sign found" would be "none could be looked for". A mixed posting counts
as read when its lines in the languages read hold ``READ_SHARE`` of its
letters: an English title over a Tajik post does not make it read.

Calibration (``train.py``; figures stored in ``model.json`` → ``meta``): the
cuts are the highest integer scores that flag at most **2.5 %**
(likely_scam) and **15 %** (caution) of EMSCAD's own legitimate DEV rows,
measured out of fold in a 5-fold cross-validation grouped by near-duplicate
templates (MinHash 5-shingles), so repeated templates never straddle a fold;
the caution cut also warns about at most 15 % of the real VA gigs of a
present-day board the model never saw (``train.CAUTION_VA_FPR``).
Out of fold at those cuts (dev, 641 fraud / 321 EMSCAD legit / 473 board):
score < likely_scam cut (62) catches 84 % of fraud at 2.5 % EMSCAD-legit and
0.4 % board false positives; caution-or-worse (cut 86) 91 % at 7.5 % /
2.1 % (13.3 % of the unseen boards' VA gigs); the ``likely_scam`` verdict itself 80 % at 2.2 % / 0.4 %;
ROC-AUC 0.984; recall at 5 % of all legitimate postings 0.92 on this one grouped
split (0.90 at 5 % of EMSCAD's legitimate rows alone; 0.930 at 5 % of
EMSCAD's legitimate rows on random 75/25 splits like the kept-aside one,
``train.py --heldout-splits``). The era is not evidence: the model weighs
only n-grams EMSCAD's own rows use too (``train.era_vocabulary``: "ai",
"crypto" tell the era, not the honesty), and no n-gram more legitimate than
EMSCAD's rows make it (``train.era_capped_ratios``: "remote", in 62 % of
present-day postings, is in 2 % of EMSCAD's, fakes and real alike).

Short texts: EMSCAD's legit rows carry long company profiles and its fakes
are often short "work from home / assistant" ads, so a model trained on whole
texts reads shortness itself as suspicious — a property of one 2012 job
board. The model is therefore also trained on every text cut to its first 25
and 60 words (``train.SHORT_COPIES``). When only the model speaks on a text
under ``MODEL_VERDICT_WORDS`` words, the verdict is never ``likely_scam`` (a
short ad is hidden from the feed only with a rule's evidence) and
``caution`` only below the ``short_caution`` cut, chosen so that at most 5 %
of present-day board postings cut to 25 or 40 words get it from a model that
never saw their board. Sentences in which a rule phrase was negated
(disclaimers) are cut from the model's input too, and a scam message the
rules found quoted as a warning whole (``rules.quotations.warned_quotation``).
A post that warns of a scam in its employer's name (such a quote, look-alike
addresses disowned: ``rules.warns_of_imitations``, or others said to post in its
name beside a warning: ``rules.warns_of_impersonators``) is never ``likely_scam``
when only the model speaks: a warning's words are the fake's it warns of, and
the model, trained on job ads, reads no warning. A fake that calls itself "no
scam" warns of nothing in its name and is hidden as before.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from crawlers.items import PostingItem
from pipeline import language as _language
from pipeline.legitimacy import model as _model
from pipeline.legitimacy import rules as _rules
from pipeline.legitimacy import turns as _turns
from pipeline.legitimacy.lookalike import lookalike_domain
from pipeline.legitimacy.text import (head_letter_words, letter_words, links_as_words, original_span, own_length,
                                      posting_shown_text, posting_text, posting_text_folded, without_board_frames)
from pipeline.links import without_links
from pipeline.pay import usual_period

__all__ = ["REASON_CODES", "Assessment", "Context", "Reason", "assess", "verdict_for", "version"]

MIN_TEXT = 40
NO_MODEL_LOGIT = -4.6  # "no warning signs" prior when the model does not apply (score ≈ 99)
PRIOR_SHIFT = math.log(0.1 / 0.9) - math.log(641 / 799)  # dev class ratio → an assumed 10 % scam base rate
MODEL_VERDICT_WORDS = 50  # below this many distinct words the model alone never says likely_scam (``verdict_for``)
DEFAULT_CUTS = {"likely_scam": 40, "caution": 75, "short_caution": 20}
MARKET_FACTOR = 3.0
# Messaging-app-only contact, free mail and no company to check are each a reason only beside another signal, and
# they are one another's: together, with nothing else, they scored 45 points, and a Russian post asking for CVs "в
# Telegram @hr_anna или на почту anna.hr@gmail.com" (52) was hidden. How to reach the employer is no scam by itself,
# so alone they count for two of them: a caution at most where no text model reads (83 against the cut of 62).
CONTACT_KINDS = frozenset(("messaging_only", "free_mail", "no_company"))
CONTACT_ONLY_POINTS = 30
MANY_COMPANIES = 3
# Pay far above what work asking no experience pays, read from the post itself (``rules.unskilled_pay``): the
# amount, where ``pay_bait`` is the promise ("guaranteed", "easy", "only a phone needed"); each its own reason, as the
# store's market comparison and a promise are. As many points as a promise: the amount alone is no scam ("ok").
UNSKILLED_PAY_POINTS = 20
_CURRENCY_SHOWN = {"so'm": "so'm", "rub": "roubles", "toman": "toman", "rial": "rial", "usd": "dollars"}
# The languages the rules (and for English the text model) read. A posting the language stage found written in
# another, with none of these beside it (``languages_other``) and at least this confidence, is one no sign could be
# looked for in: a Tajik post asking for a fee and a passport had read "Looks legitimate 99/100".
READ_LANGUAGES = frozenset(("en", "ru", "uz", "fa"))
UNREAD_CONFIDENCE = 0.8
# A mixed posting is read when the languages the checks read hold at least this share of its letters, line by line
# (``read_letters``): a Tajik post under an English title, or with one English line, had read "Looks legitimate 99/100"
# for that line; a post that says it all again in Russian beside its Tajik (about half of it) is read.
READ_SHARE = 0.4
UNREAD_TEXT = "written in a language the checks do not read ({lang}): no warning sign could be looked for"
# Every ``Reason.code`` ``assess`` can give (pages show each in the reader's language).
REASON_CODES = (*dict.fromkeys(r.code for r in _rules.RULES), "card_number", "lookalike_domain", "pay_above_market",
                "same_text_many_companies", "messaging_only", "free_mail", "no_company", "text_model",
                "unread_language")
# An amount just before a match belongs to its quote ("۲۰۰ هزار تومان واریز کنید", "150 000 so'm to'laysiz", "200 000
# so'm to'lov qilasiz", "6-digit code"): the phrases start at the currency or the fee word, the seeker reads the amount.
# A clock time ("до 23:00. Пиши …") or a sentence's last number is none, nor the end of the line before: a post's
# lines are its sentences, and "Maosh 5 000 000 so'm\nJoylar cheklangan!" quoted the salary as the urgency.
_AMOUNT_BEFORE = re.compile(r"(?<![\w.,:$€£])(?:[$€£] ?)?\d(?:[\d.,]*\d)?(?: \d{3})*(?: (?:ming|mln|million|milliard|mlrd"
                            r"|tis\w*|هزار|میلیون|میلیارد))?(?: (?:" + _rules.CURRENCY_NAME + r"|som)(?!\w))?"
                            r"\s$|(?<![\w.,])\d+-$")
_WORD_REST = re.compile(r"(?:\w|'(?=\w))*")  # the rest of a word a match ends inside ("jo'nat" of "jo'natish")
# The text model's reason: the words that pushed it, or when no word of the post weighs towards a fake (a short
# post of words the model knows little of, judged near the base rate its training gives such a text) that it could
# not tell the post from the fakes, where it had quoted nothing under the words' reason.
MODEL_TEXT = "the wording resembles known fake postings"
MODEL_TEXT_NO_WORDS = "the wording says too little for the text model to tell it from known fake postings"
_FEE = next(r for r in _rules.RULES if r.code == "upfront_fee")  # (a fee a pasted chat confirms: ``turns``)
_EN_FUNCTION = frozenset("the and to of you for with our will is are in a an we your be this on as at".split())


@dataclass(frozen=True)
class Reason:
    code: str
    weight: int
    text: str
    span: str  # the posting's own words that fired it; "" when the reason is an absence (``no_company``)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "weight": self.weight, "text": self.text, "span": self.span}


@dataclass(frozen=True)
class Assessment:
    score: int
    verdict: str
    reasons: list[Reason] = field(default_factory=list)
    exact_score: float | None = None  # ``score`` before rounding: ranks postings that round to the same score


@dataclass(frozen=True)
class Context:
    """What the store knows that the posting alone does not.

    ``market_pay`` maps (tag, salary_period, salary_currency) to the typical
    (median) upper pay of comparable stored postings (pay in so'm, toman or
    roubles with no period stated is monthly: ``pay.usual_period``); ``same_text_companies``
    is the number of distinct company names the same text was seen under.
    """

    market_pay: dict[tuple[str, str, str], float] = field(default_factory=dict)
    same_text_companies: int = 0
    tags: tuple[str, ...] = ()  # the posting's tags when the tags stage has not run yet


def _cuts() -> dict[str, int]:
    m = _model.load()
    if m is None:
        return DEFAULT_CUTS
    t = m.meta.get("thresholds", {})
    return {k: int(t.get(k, v)) for k, v in DEFAULT_CUTS.items()}


def verdict_for(score: int, enough_text: bool, hard: bool = False, model_only_short: bool = False,
                model_only_warning: bool = False) -> str:
    """``model_only_short``: only the text model speaks, on a short text — never ``likely_scam``, and ``caution``
    only below the ``short_caution`` cut (chosen on short present-day postings, see ``train.py``).
    ``model_only_warning``: only the text model speaks, on a post that warns of a scam in its employer's name
    (``rules.warns_of_imitations``) — ``caution`` at most."""
    if hard:
        return "likely_scam"
    if not enough_text:
        return "insufficient_evidence"
    cuts = _cuts()
    if model_only_short:
        return "caution" if score < cuts["short_caution"] else "ok"
    if score < cuts["likely_scam"] and not model_only_warning:
        return "likely_scam"
    return "caution" if score < cuts["caution"] else "ok"


def is_english(posting: PostingItem, folded_text: str, tokens: list[str] | None = None) -> bool:
    """The posting's language when known, else English function words ≥ 8 % of the first 1,500 characters' words
    (``tokens``: the words of the whole ``folded_text``, whose first ones are those: ``head_letter_words``)."""
    if posting.language:
        return posting.language == "en"
    words = (_rules.letter_words(folded_text[:1500]) if tokens is None
             else head_letter_words(folded_text, tokens, 1500))
    if not words:
        return False
    return sum(map(_EN_FUNCTION.__contains__, words)) / len(words) >= 0.08


def unread_language(posting: PostingItem) -> str | None:
    """The language none of the checks read (``READ_LANGUAGES``) the posting is written in, or ``None``: the
    language stage's, when it found no language the checks read beside it; for a posting it found mixed, the
    unread language most of its letters are in, when less than ``READ_SHARE`` of them are in languages the checks
    read (``read_letters``)."""
    lang = posting.language
    if not lang or lang == "und":
        return None
    found = [lang, *(posting.languages_other or ())]
    read = [code for code in found if code in READ_LANGUAGES]
    if len(read) == len(found) or lang not in READ_LANGUAGES and not (
            posting.language_confidence is None or posting.language_confidence >= UNREAD_CONFIDENCE):
        return None
    if not read:
        return lang
    letters = read_letters(posting)
    total = sum(letters.values())
    in_read = sum(n for code, n in letters.items() if code in READ_LANGUAGES)
    if not total:
        return None if lang in READ_LANGUAGES else lang
    if in_read >= READ_SHARE * total:
        return None
    unread = {code: n for code, n in letters.items() if code not in READ_LANGUAGES}
    return max(unread, key=unread.__getitem__)


def read_letters(posting: PostingItem) -> dict[str, int]:
    """The letters of the posting's title and description lines, by the language each line is written in (the
    language stage on each line: lines too short to tell are left out)."""
    letters: dict[str, int] = {}
    for line in posting_text(posting).splitlines():
        found = _language.detect(line)
        if found.lang != "und":
            letters[found.lang] = letters.get(found.lang, 0) + sum(map(str.isalpha, without_links(line, handles=True)))
    return letters


def _market_reason(posting: PostingItem, context: Context) -> Reason | None:
    pay = posting.salary_max or posting.salary_min
    period = usual_period(posting.salary_period, posting.salary_currency)
    if not pay or not period or not posting.salary_currency or not context.market_pay:
        return None
    for tag in posting.tags or context.tags:
        typical = context.market_pay.get((tag, period, posting.salary_currency))
        if typical and pay > MARKET_FACTOR * typical:
            return Reason("pay_above_market", 25,
                          f"pay is over {MARKET_FACTOR:g}× what comparable {tag} postings offer "
                          f"({typical:,.0f} {posting.salary_currency}/{period})",
                          posting.salary_raw or f"{pay:,.0f} {posting.salary_currency}")
    return None


def _unskilled_text(rate: _rules.PayRate) -> str:
    """The reason a rate too high for work asking no experience gives, with the most such work was taken to pay."""
    share = _rules.UNSKILLED_MONTH[rate.currency] / _rules.UNSKILLED_SHARE[rate.period]
    return (f"pay far above what work that asks no experience pays ({share:,.0f} {_CURRENCY_SHOWN[rate.currency]} "
            f"per {rate.period} or more)")


class Parts(NamedTuple):
    """What ``assess`` reads of a posting before it scores it."""

    reasons: list[Reason]  # the rules' reasons (and the context's), the text model's not yet among them
    rule_points: int  # their weights summed (contact kinds alone capped at ``CONTACT_ONLY_POINTS``)
    model_logit: float | None  # the text model's log-odds (``shift``ed), ``None`` when it did not read the posting
    enough_text: bool  # the text is long enough to judge (``MIN_TEXT``)
    hard_rule: bool  # a hard rule fired (or a card number was shown): ``likely_scam`` on its own
    model_text: str  # the text the model reads (``model_input``); ``""`` when not wanted and the model did not read
    distinct_words: int  # how many distinct words the rules read
    model_features: _model.Features | None  # what the model read, for ``explain``; ``None`` when it did not read
    warned_quotations: list[tuple[int, int]]  # scam messages the rules found quoted as warnings (``folded_text`` spans)
    folded_text: str  # the folded text the rules read


def assess_parts(posting: PostingItem, context: Context | None = None, *, use_model: bool = True) -> Parts:
    """What ``assess`` reads of ``posting`` (``Parts``), with the text the model reads even when it does not read it
    (``use_model`` false, or a posting not in English)."""
    return _parts(posting, context, use_model)


def _parts(posting: PostingItem, context: Context | None, use_model: bool, model_text_wanted: bool = True) -> Parts:
    """``assess_parts``; without ``model_text_wanted`` the text the model reads is made only when the model reads it
    (else ``""``)."""
    text, f = posting_text_folded(posting)
    shown: list[str] = []

    def quoted(start: int, end: int, amount_before: bool = True) -> str:
        """The posting's own words at ``f[start:end]``, with an amount just before them on their line
        (``_AMOUNT_BEFORE``) unless not ``amount_before`` (a contact's quote starts at its verb: "Kuniga 200 000 so'm
        Yozing @x" is pay, then the contact)."""
        if not shown:
            shown.append(posting_shown_text(posting))
        amount = (_AMOUNT_BEFORE.search(f, max(0, start - 40, f.rfind("\n", 0, start) + 1), start)
                  if amount_before and start and f[start - 1] in " -" else None)
        word_end = _WORD_REST.match(f, end) if end < len(f) and f[end - 1].isalnum() else None
        return original_span(shown[0], f, amount.start() if amount else start, word_end.end() if word_end else end)

    tokens = _rules.letter_words(f)
    words = _rules.Words(f, tokens)
    reasons: list[Reason] = []
    hard = False
    disclaimers: list[tuple[int, int]] = []
    quotations: list[tuple[int, int]] = []  # scam messages quoted as warnings (cut from the model's input too)
    # Uzbek typed with Russian letters: a Cyrillic text is read again where no rule fired (``rules.MergedText``)
    merged = _rules.MergedText(f) if (not text.isascii() and _rules.CYRILLIC.search(text)
                                      and _rules.may_be_russian_typed_uzbek(words.exact)) else None
    # … and Uzbek Latin typed without its apostrophes, without them (``rules.BareText``)
    bare = _rules.BareText(f, words) if _rules.may_be_uzbek_without_apostrophes(words) else None
    matches = words.matches  # every rule lexicon's matches, found together on the first call
    for i, rule in enumerate(_rules.RULES):
        # (most lexicons match nothing in a posting: then no rule of theirs fires and no disclaimer is found)
        m = (_rules.first_match(rule.pattern, f, words=words, disclaimers=disclaimers, rule=rule, quotations=quotations)
             if matches(rule.pattern, f) else None)
        span = (m.start(), m.end()) if m else None
        if span is None and merged is not None:
            span = _rules.merged_first_match(i, merged, disclaimers)
        if span is None and bare is not None:
            span = _rules.merged_first_match(i, bare, disclaimers)
        if span:
            reasons.append(Reason(rule.code, rule.weight, rule.text, quoted(*span)))
            hard |= rule.hard
    if not reasons or reasons[0].code != _FEE.code:
        confirmed = _turns.confirmed_payment(f)  # a payment the seeker asks about, confirmed by the other side
        if confirmed:
            reasons.insert(0, Reason(_FEE.code, _FEE.weight, _FEE.text, quoted(*confirmed)))
            hard = True
    card = _rules.find_card_number(f)
    if card:
        at = f.find(card[0])
        reasons.append(Reason("card_number", 60, f"shows a {card[1]} bank card number to pay into or share",
                              quoted(at, at + len(card[0])) if at >= 0 else card[0]))
        hard = True
    imitation = posting.company and (lookalike_domain(posting.company, posting.description or "")
                                     or lookalike_domain(posting.company, posting.title or ""))
    if imitation:
        reasons.append(Reason("lookalike_domain", 30, f"the contact address imitates the name of {posting.company.strip()}"
                              " without being its own", imitation.group(1)))
    market = _market_reason(posting, context) if context is not None else None
    if market:
        reasons.append(market)
    else:
        unskilled = _rules.unskilled_pay(f)  # pay far above what work asking no experience pays
        if unskilled:
            reasons.append(Reason("pay_above_market", UNSKILLED_PAY_POINTS, _unskilled_text(unskilled[2]),
                                  quoted(unskilled[0], unskilled[1], amount_before=False)))
    if context is not None:
        if context.same_text_companies >= MANY_COMPANIES:
            reasons.append(Reason("same_text_many_companies", 30,
                                  f"the same text (or a lightly edited copy) was posted under {context.same_text_companies} "
                                  "different company names",
                                  (posting.title or "")[:80]))
    signals = bool(reasons)
    free = _rules.free_mail(f)
    chat_match = _rules.first_match(_rules.MESSAGING_ONLY, f, negatable=False, words=words)
    chat = (chat_match.start(), chat_match.end()) if chat_match else None
    if chat is None and merged is not None:
        chat = _rules.merged_first_match(-1, merged)
    if chat is not None and _rules.other_channel(f):
        chat = None  # LinkedIn or a company e-mail named too: messaging is not the only contact
    # (a number for WhatsApp only is that account: ``rules.WHATSAPP_ONLY``)
    phones = chat is None or _rules.WHATSAPP_ONLY.search(f, chat[0], chat[1]) is None
    verifiable = bool(signals or chat or free) and _rules.has_verifiable_contact(f, phones)
    no_company = bool(signals or chat or free) and not (posting.company or "").strip() and not verifiable
    if chat and not verifiable and (no_company or free or signals):  # a phone or website is another way to check
        reasons.append(Reason("messaging_only", 15, "contact only through a messaging app, with no other way to check "
                              "the employer", quoted(*chat, amount_before=False)))
    if free and (no_company or chat or signals):
        reasons.append(Reason("free_mail", 15, "a free e-mail address instead of a company one",
                              quoted(free.start(), free.end())))
    if no_company and (signals or chat or free):
        reasons.append(Reason("no_company", 15, "no company name, website or phone number to check", ""))
    points = sum(r.weight for r in reasons)
    if points > CONTACT_ONLY_POINTS and all(r.code in CONTACT_KINDS for r in reasons):
        points = CONTACT_ONLY_POINTS  # how to reach the employer alone: a caution at most (``CONTACT_ONLY_POINTS``)
    logit = None
    features = None
    n_words = len(words.exact)
    m = _model.load() if use_model and is_english(posting, f, tokens) else None
    model_text = ""
    if m is not None or model_text_wanted:
        model_text, model_tokens, model_words = model_input(f, tokens, words.exact, disclaimers)
        if m is not None:
            features = m.featurise(model_tokens, model_words, _model.location_tokens(posting.location))
            logit = shift(m.decide(features))
    # (a text twice the least is long enough however much of it the title repeats: no need to look)
    enough = len(text) >= 2 * MIN_TEXT or own_length(posting, text) >= MIN_TEXT
    return Parts(reasons, points, logit, enough, hard, model_text, n_words, features, quotations, f)


def model_input(folded_text: str, tokens: list[str], words: set[str],
                disclaimers: list[tuple[int, int]]) -> tuple[str, list[str], set[str]]:
    """What the text model reads of a posting's ``folded_text`` (whose ``letter_words`` are ``tokens``, and
    their set ``words``): on one line (each line break the space it stands for: the model was trained on text
    without them, ``text.posting_text``), without its disclaimer sentences and board frames, links and addresses
    as words; with its letter words and their set, read again only when a step changed the text (all of it:
    re-reading only the changed part and splicing the token lists was slower, and the spliced lists' old words,
    scattered in memory, made the set built from them slower too), and once for the frames and links together."""
    one_line = folded_text.replace("\n", " ") if "\n" in folded_text else folded_text  # (the same words)
    text = _rules.without(one_line, disclaimers)
    if text is not one_line:
        tokens = letter_words(text)
        words = set(tokens)
    # the words before the frames are cut still tell ``links_as_words`` whether a link may be there: a superset
    # only sends it to look closer, so the text is read again once, not after each step
    stepped = links_as_words(without_board_frames(text, words), words)
    if stepped is not text:
        tokens = letter_words(stepped)
        words = set(tokens)
    return stepped, tokens, words


def shift(logit: float) -> float:
    """The model's calibrated log-odds, moved from the dev class ratio to the assumed 10 % scam base rate."""
    return logit + PRIOR_SHIFT


def combine(logit: float | None, points: int, hard: bool = False) -> float:
    """``100·(1 − p)``, ``logit p`` = model log-odds + points/10; a hard rule also caps it at ``100 − points``.

    Unrounded: ``Assessment.score`` is its rounding, ``Assessment.exact_score`` keeps the order of postings
    that round alike (the evaluation ranks by it)."""
    z = (NO_MODEL_LOGIT if logit is None else logit) + points / 10
    z = max(-50.0, min(50.0, z))
    score = 100 / (1 + math.exp(z))
    return max(0.0, min(score, 100.0 - points)) if hard else score


def version() -> str:
    """The judge's version, stamped on each posting it judges (``postings.legitimacy_version``): a fingerprint of
    the rules, the text model and the code that reads a posting for them (``pipeline.fingerprint``), and of the
    language stage, whose reading of each line tells a posting no rule reads (``unread_language``)."""
    from pathlib import Path

    from pipeline import fingerprint

    here = Path(__file__).resolve().parent
    return fingerprint.of_files(
        _model.ARTEFACT, here / "__init__.py", *sorted((here / "rules").glob("*.py")),
        *(here / name for name in ("turns.py", "conditional.py", "owners.py", "doubts.py", "text.py", "styled.py",
                                   "model.py", "lookalike.py")),
        fingerprint.PIPELINE / "links.py", fingerprint.PIPELINE / "pay.py", fingerprint.PIPELINE / "textnorm.py",
        *_language.files(), releases=_language.libraries())


def assess(posting: PostingItem, context: Context | None = None) -> Assessment:
    parts = _parts(posting, context, True, False)
    reasons, points, logit = parts.reasons, parts.rule_points, parts.model_logit
    exact = combine(logit, points, parts.hard_rule)
    score = round(exact)
    verdict = verdict_for(score, parts.enough_text, parts.hard_rule,
                          model_only_short=not points and parts.distinct_words < MODEL_VERDICT_WORDS)
    if (verdict == "likely_scam" and not points
            and (_rules.warns_of_imitations(parts.folded_text, parts.warned_quotations)
                 or _rules.warns_of_impersonators(parts.folded_text))):
        # a warning's words are the fake's it warns of
        verdict = verdict_for(score, parts.enough_text, model_only_warning=True)
    if verdict in ("caution", "likely_scam") and not parts.hard_rule and logit is not None:
        m = _model.load()
        features = parts.model_features
        top = m.explain(features, parts.model_text, limit=3) if m and features is not None else []
        reasons.append(Reason("text_model", min(60, max(1, round(10 * (logit - NO_MODEL_LOGIT)))),
                              MODEL_TEXT if top else MODEL_TEXT_NO_WORDS, ", ".join(t for t, _ in top)))
    unread = None if reasons else unread_language(posting)
    if unread:
        return Assessment(score, "insufficient_evidence",
                          [Reason("unread_language", 0, UNREAD_TEXT.format(lang=unread), "")], exact)
    if verdict != "insufficient_evidence" and not reasons:
        verdict = "ok"  # nothing a seeker could be shown
    return Assessment(score, verdict, reasons, exact)
