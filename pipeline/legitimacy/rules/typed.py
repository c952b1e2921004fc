"""Uzbek as keyboards type it otherwise, read again by each rule that did not fire (``merged_first_match``):
Cyrillic typed with Russian letters (``MergedText``) and Latin typed without its apostrophes (``BareText``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.legitimacy.rules.contacts import MESSAGING_ONLY
from pipeline.legitimacy.rules.context import first_match
from pipeline.legitimacy.rules.context_words import (DUTY_CONTEXT, HANDED_ON, KEPT_BY_THE_SEEKER, MOVED_MONEY, NEEDED,
                                                     PAID_IN, PAYROLL_NEVER_NEEDS, PAYROLL_PURPOSE, SECOND_PERSON,
                                                     SEEKER_SENDS, SENT_TO_THE_SEEKER, STAFF_CONTEXT, THE_SEEKERS_PAY,
                                                     TRANSFER)
from pipeline.legitimacy.rules.ids_and_codes import OWN_SITE, OWN_SITE_STEP, PAYROLL_PLACE, SENT_TO_SOMEONE
from pipeline.legitimacy.rules.matching import _LEXICON_OF, Lexicon, Rule, Words
from pipeline.legitimacy.rules.money_mules import MONEY_MULE
from pipeline.legitimacy.rules.quotations import CUSTOMERS_QUOTED, QUOTE_WARNING
from pipeline.legitimacy.rules.reading import (_NEVER, _NEVER_DONE, _ORDER, _WITHOUT_PAYMENT, ASKED_FOR, BACK_PRONOUN,
                                               EMPLOYER_PAYS, GAP_NEGATION, IMPERSONATION, NEGATION_AFTER,
                                               NEGATION_BEFORE, NEVER_ANSWER, NEW_CLAUSE, NEW_DEMAND, WARNING_AFTER,
                                               WARNING_BEFORE, Reading)
from pipeline.legitimacy.rules.ruleset import RULES
from pipeline.textnorm import fold


# ------------------------------------------------------------------ Uzbek typed with Russian letters

# Uzbek Cyrillic is often typed on a Russian keyboard, with у, к, г, х for ў, қ, ғ, ҳ ("Олдиндан 100 000 сум тулов
# килинг", "Картангиз ракамини юборинг"): they fold to u, k, g, x where the phrases say o', q, g', h. So a Cyrillic
# text is read again, for each rule that did not fire, on a form where each of those pairs is one letter
# (``merge``), by the Uzbek and English phrases merged alike (a Russian phrase reads the text as it was), and with
# every pattern of negation, duty and exception merged too ("Хеч кандай тулов олинмайди" still negates).
_MERGE_PAIRS = {"o'": "u", "g'": "g", "q": "k", "x": "h"}
_MERGE_LETTERS = str.maketrans({"q": "k", "x": "h"})
_MERGE = re.compile("[og]'|[qx]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
# Words only a Russian text is full of, and words of Uzbek as a Russian keyboard types it, as folded: a Cyrillic text
# holding three of the first and none of the second is Russian (most hh.uz postings), and its merged reading
# (``MergedText``, for Latin phrases) is not made: it would cost a Russian posting a fifth more time for nothing.
_RUSSIAN_WORDS = frozenset({"i", "v", "na", "s", "dlya", "ne", "po", "ot", "iz", "ili", "chto", "kak", "eto", "za",
                            "pri", "bez", "vi", "mi", "vas", "nas", "rabota", "raboti", "opit"})
_UZBEK_WORDS = frozenset({"va", "uchun", "bilan", "kerak", "yoki", "emas", "mumkin", "ish", "ishga", "bor", "siz",
                          "sizga", "sizni", "ham", "xam", "bu", "shu", "yuboring", "oldindan", "boladi",
                          "bulsa", "qiling", "kiling", "tulov", "kartangiz", "raqami", "rakami", "ishlash"})


def may_be_russian_typed_uzbek(words: set[str]) -> bool:
    """Whether a Cyrillic text (its folded ``words``) may be Uzbek, typed or not with Russian letters for ў, қ, ғ,
    ҳ: it has an Uzbek word, or too few Russian ones to be Russian."""
    return not words.isdisjoint(_UZBEK_WORDS) or len(words & _RUSSIAN_WORDS) < 3
_OWN_SCRIPT = re.compile("[\u0400-\u04ff\u0600-\u06ff]")  # a phrase written in Russian or Persian


def merge(folded_text: str) -> str:
    """``folded_text`` with o' and u, g' and g, q and k, x and h each one letter (u, g, k, h)."""
    if "'" in folded_text:
        folded_text = folded_text.replace("o'", "u").replace("g'", "g")
    return folded_text.translate(_MERGE_LETTERS)


def _merged_regex(pattern: re.Pattern[str], form: Callable[[str], str] = merge) -> re.Pattern[str]:
    lexicon = _LEXICON_OF.get(pattern)
    if lexicon is not None:
        return merged_lexicon(lexicon, form=form).pattern
    assert "\\x" not in pattern.pattern, pattern.pattern
    return re.compile(form(pattern.pattern), pattern.flags)


def merged_lexicon(lexicon: Lexicon, latin_only: bool = False, form: Callable[[str], str] = merge,
                   changed_only: bool = False) -> Lexicon:
    """``lexicon`` with its phrases and raw patterns ``merge``d (or put in another ``form``); ``latin_only``: its
    Latin-script phrases only; ``changed_only``: only those the form changes (the others find on the text in that
    form what they found on the text)."""
    def raw(r: str | tuple[str, ...]) -> tuple[str, ...]:
        regex, *needs = (r, "") if isinstance(r, str) else r
        assert "\\x" not in regex, regex
        return (form(regex), *map(form, needs))

    def kept(written: str, read: str) -> bool:
        """Whether a phrase or regex as ``written``, and as it reads the text (a phrase folded), is taken."""
        return not (latin_only and _OWN_SCRIPT.search(written)) and not (changed_only and form(read) == read)

    phrases = tuple(form(fold(p)) for p in lexicon.phrases if kept(p, fold(p)))
    regexes = ((r, r if isinstance(r, str) else r[0]) for r in lexicon.given_raw)
    raws = tuple(raw(r) for r, regex in regexes if kept(regex, regex))
    return Lexicon(phrases, raws)


class MergedText:
    """A folded text's ``merge``d form, its words, and where its characters came from."""

    form = staticmethod(merge)
    changed_only = False  # (``merged_lexicon``: its rules' phrases are all the Latin ones)

    def __init__(self, folded_text: str, words: Words | None = None):
        """``words``: the folded text's, taken when the form leaves the text as it is."""
        self.folded = folded_text
        self.text = self.form(folded_text)
        self.words = words if words is not None and self.text is folded_text else Words(self.text)
        self._starts: list[int] | None = None

    def _character_starts(self) -> list[int]:
        """Where each character of ``text`` starts in the folded text."""
        starts, i, n, folded = [], 0, len(self.folded), self.folded
        while i < n:
            starts.append(i)
            i += 2 if folded.startswith(("o'", "g'"), i) else 1
        return starts

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``self.text[start:end]`` stands in the folded text."""
        if self.text is self.folded or len(self.text) == len(self.folded):
            return start, end
        if self._starts is None:  # (and the text's end)
            self._starts = self._character_starts() + [len(self.folded)]
        start, end = max(0, start), min(end, len(self.text))
        return self._starts[start], self._starts[end]


_READINGS: dict[type[MergedText], tuple[Reading, tuple[Rule, ...], Lexicon]] = {}


def _merged(kind: type[MergedText] = MergedText) -> tuple[Reading, tuple[Rule, ...], Lexicon]:
    """The reading, rules (their Latin phrases) and messaging lexicon of a form of the text (``MergedText``,
    ``BareText``), made on first use."""
    made = _READINGS.get(kind)
    if made is None:
        form, changed_only = kind.form, kind.changed_only
        reading = Reading(*(_merged_regex(p, form) for p in (NEGATION_BEFORE, NEGATION_AFTER, WARNING_AFTER,
                                                             GAP_NEGATION, _WITHOUT_PAYMENT, DUTY_CONTEXT,
                                                             SECOND_PERSON, TRANSFER, MONEY_MULE.pattern,
                                                             STAFF_CONTEXT, EMPLOYER_PAYS, NEW_CLAUSE,
                                                             NEW_DEMAND, QUOTE_WARNING, NEVER_ANSWER,
                                                             IMPERSONATION, WARNING_BEFORE, CUSTOMERS_QUOTED,
                                                             PAID_IN, THE_SEEKERS_PAY, SEEKER_SENDS,
                                                             SENT_TO_THE_SEEKER, HANDED_ON, NEEDED,
                                                             KEPT_BY_THE_SEEKER, BACK_PRONOUN, ASKED_FOR,
                                                             MOVED_MONEY, PAYROLL_PLACE, SENT_TO_SOMEONE,
                                                             PAYROLL_PURPOSE, PAYROLL_NEVER_NEEDS, _NEVER, _NEVER_DONE,
                                                             _ORDER, OWN_SITE, OWN_SITE_STEP)))
        lexicons = {id(r.pattern): merged_lexicon(r.pattern, True, form, changed_only) for r in RULES}
        rules = tuple(replace(r, pattern=lexicons[id(r.pattern)],
                              unless=r.unless and _merged_regex(r.unless, form),
                              unless_sentence=r.unless_sentence and _merged_regex(r.unless_sentence, form),
                              never_excused=r.never_excused and _merged_regex(r.never_excused, form),
                              not_after=r.not_after and _merged_regex(r.not_after, form),
                              unless_line=r.unless_line and _merged_regex(r.unless_line, form)) for r in RULES)
        made = _READINGS[kind] = reading, rules, merged_lexicon(MESSAGING_ONLY, True, form, changed_only)
    return made


def merged_first_match(index: int, merged: MergedText, disclaimers: list[tuple[int, int]] | None = None,
                       ) -> tuple[int, int] | None:
    """``first_match`` of ``RULES[index]`` (``index`` -1: ``MESSAGING_ONLY``, not negatable) on the merged text (or
    the text in another form: ``BareText``), as a span of the folded text; its disclaimers are added to
    ``disclaimers`` as spans of the folded text."""
    reading, rules, chat = _merged(type(merged))
    local: list[tuple[int, int]] = []
    if index < 0:
        m = first_match(chat, merged.text, negatable=False, words=merged.words)
    else:
        rule = rules[index]
        m = first_match(rule.pattern, merged.text, words=merged.words, disclaimers=local, rule=rule, reading=reading)
    if disclaimers is not None:
        disclaimers.extend(merged.span(a, b) for a, b in local)
    return merged.span(m.start(), m.end()) if m else None


# ------------------------------------------------------------------ Uzbek Latin typed without its apostrophes

# Uzbek Latin is often typed without the apostrophes of oʻ, gʻ and the tutuq belgisi ("Oldindan 100 000 som tolov
# qilasiz", "Royxatdan otish", "pasport malumotlari"), on phones most of all, where the phrases say so'm, to'lov. So
# such a text is read again, for each rule that did not fire, without its apostrophes (``bare``), by the Uzbek and
# English phrases that had one (the others would find there what they found on the text), with every pattern of
# negation, duty and exception without them too ("Hech qanday tolov yoq" still negates). Only a text with more
# everyday Uzbek words than Russian ones and a phrase's word typed without its apostrophe
# (``may_be_uzbek_without_apostrophes``): "som" is a fish in Russian and money in Kyrgyzstan (a Russian post
# under the Uzbek title "Ish" asking "депозит 1 000 сом за ключи" is Russian), "otish" is Uzbek for "to throw",
# and a text typed with its apostrophes was read whole the first time.
_UZBEK_LATIN_WORDS = frozenset({"uchun", "bilan", "kerak", "yoki", "emas", "mumkin", "ish", "ishga", "ishni",
                                "ishlash", "ishlar", "oylik", "maosh", "tajriba", "qiling", "qilasiz", "qilish",
                                "qilib", "qilamiz", "beramiz", "berasiz", "bering", "olasiz", "kuniga", "kunlik",
                                "oyiga", "oldindan", "yuboring", "hech", "qanday", "siz", "sizga", "sizni", "sizdan",
                                "sizning", "biz", "bizga", "bizning", "pul", "keyin", "orqali", "haqida", "faqat",
                                "agar", "yana", "bor", "shu", "xodim", "talab", "kartangiz", "raqamingizni"})


def bare(folded_text: str) -> str:
    """``folded_text`` without its apostrophes (the same object when it has none)."""
    return folded_text.replace("'", "") if "'" in folded_text else folded_text


def _bare_forms() -> tuple[frozenset[str], dict[int, frozenset[str]]]:
    """The words of the rules' Latin phrases that hold an apostrophe, without it: as whole words ("som", and
    "tolov" of "to'lov*"), and the stems among them (their letters before the ``*``) by length."""
    words: set[str] = set()
    stems: dict[int, set[str]] = {}
    for rule in RULES:
        for p in rule.pattern.phrases:
            if _OWN_SCRIPT.search(p):
                continue
            for word in fold(p).split(" "):
                if "'" not in word or "?" in word:
                    continue
                word = bare(word)
                if word.endswith("*"):
                    stems.setdefault(len(word) - 1, set()).add(word[:-1])
                words.add(word.rstrip("*"))
    return frozenset(words), {n: frozenset(s) for n, s in stems.items()}


_BARE_WORDS, _BARE_STEMS = _bare_forms()


def may_be_uzbek_without_apostrophes(words: Words) -> bool:
    """Whether a folded text (its ``words``) may be Uzbek Latin typed without its apostrophes: it has more everyday
    Uzbek words than Russian ones, and a word of a phrase without the apostrophe the phrase writes ("som", "tolov",
    "royxatdan")."""
    exact = words.exact
    if exact.isdisjoint(_UZBEK_LATIN_WORDS) or len(exact & _UZBEK_LATIN_WORDS) <= len(exact & _RUSSIAN_WORDS):
        return False
    return not exact.isdisjoint(_BARE_WORDS) or any(not stems.isdisjoint(words.prefix(n))
                                                    for n, stems in _BARE_STEMS.items())


class BareText(MergedText):
    """A folded text without its apostrophes (``bare``), its words, and where its characters came from."""

    form = staticmethod(bare)
    changed_only = True

    def _character_starts(self) -> list[int]:
        return [i for i, ch in enumerate(self.folded) if ch != "'"]
