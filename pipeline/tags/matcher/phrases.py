"""The taxonomy's phrases compiled for matching (``Phrase``), and a hit of one in a text (``Hit``).

The taxonomy (``taxonomy.json``) lists phrases per tag and language. Every
phrase is folded with ``pipeline.textnorm.fold`` exactly like posting text
(Uzbek and Russian Cyrillic become Latin, Persian letter forms and ZWNJ are
unified), then split into word tokens. A phrase word matches a text token

* exactly, or with an inflectional ending: English ``s/es/'s`` (and a Latin name's Uzbek case ending after an
  apostrophe, "Google Calendar'da", "CRM'да": ``_UZ_NAME_CASES``); Russian and
  Uzbek words of four letters or more take up to 4 (Russian) or 7 (Uzbek)
  trailing letters (case endings, ``-lar``, ``-ni``, ``-ga`` …); Persian words
  take the plural/ezafe/indefinite suffixes (ها، های، ی، ان، ات …);
* an Uzbek phrase word also in the forms a duty takes: a noun with the possessive before its case ending ("agent
  pochtasini", "Excel jadvaliga") and a verbal noun as its converb ("qabul qilib, …"; ``_uz_word_forms``);
* or, when written with a trailing ``*``, as a stem with any ending;
* and only exactly when written with a trailing ``=`` (Russian words whose
  Latin fold would otherwise swallow English words: статьи → "stati");
* a word written in capitals ("VA") only where the text writes it so (with an
  English plural, "VAs"), in a line not written all in capitals: "va" is
  Uzbek for "and" (``is_abbreviation``); nor where it is a US state's postal
  code, after a comma following a place or before a ZIP code ("Richmond, VA",
  "Arlington VA 22201": ``capitals._read_states``).

A pair, "A ... B" ("A <> B": either order), reads a duty whose verb and object stand apart: A, then B after at
most ``GAP_WORDS`` words and no break mark ("заказы от клиентов обрабатывать", "جلسات مدیرعامل را هماهنگ کنید"). A
"+" ending a pair is a light verb of the taxonomy's ``light_verbs`` in a duty's forms ("کنید", "کنی", "دهید",
"کردن"), not a company's ("می کند") nor a negated one ("نکنید"); a negation cue anywhere in a pair's clause before
it, or between its parts, drops it. A pair spans at most its words and ``GAP_WORDS`` more, so it is read from the
same cut of tokens (at the first break) as any phrase starting with its first word.

A leading ``~`` marks a weak phrase (a hint, weight 0.3), a leading ``@`` an object of work ("@calendar*",
"@почт*", "@تقویم"): a hint but where the posting says the seeker owns it (``Matcher._ownership``), and a leading
``!`` a failure the work prevents ("!double book*", «!двойн* запис*»), which a negation before it or between its
parts does not cancel ("No double bookings": ``FAILURE``).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pipeline.tags.matcher.tokens import _AR_WORD, _CYR, _TOKEN, one_c
from pipeline.textnorm import fold

TAXONOMY_PATH = Path(__file__).parent.with_name("taxonomy.json")

WEAK = 0.3
OWNED = "@"  # a phrase's mark: an object of work, a hint but where the seeker is said to own it
# A phrase's mark: a failure the seeker's work prevents ("!double book*", «!двойн* запис*», "!missed call*"), a duty
# that a negation before it ("No double bookings", «нет двойных записей», «ни одного пропущенного звонка») or between
# its parts ("No email sits unanswered", «ни один звонок не остался без ответа») states as the work's outcome, and does
# not cancel; a negation after it does ("Double bookings are not your job").
FAILURE = "!"
_MARK_CHARS = ("~", "^", OWNED, FAILURE)  # the marks a phrase may open with
# Maximum extra letters an inflected token may carry, per language of the phrase.
_MAX_EXTRA = {"en": 3, "ru": 4, "uz": 7, "fa": 4}
_STEM_EXTRA = 12
# A pair ("A ... B", "A <> B" for either order) reads a duty said with words between its parts: Persian verb-final
# wording ("جلسات مدیرعامل را هماهنگ کنید"), a Russian verb and its object apart ("звонки входящие принимать").
# Up to GAP_WORDS words may stand between them, never a break mark (a comma, a sentence's end): one clause.
GAP = "..."
PAIR_EITHER = "<>"
GAP_WORDS = 4
# A phrase word "+" stands for any light verb of the taxonomy's ``light_verbs`` in the phrase's language: the verb a
# Persian noun of action takes ("ثبت کنید", "پاسخ دهید"), in the forms a duty is said in (imperative, second person,
# infinitive), not those of what a company does ("ثبت می کند") or of what it does not ("ثبت نکنید").
LIGHT_VERB = "+"
_VERB = -3  # the "extra" of a LIGHT_VERB word
_FA_CONTINUOUS = fold("می")  # "می کنید" typed with a space, not a ZWNJ: read as "میکنید"
_EN_SUFFIXES = ("s", "es", "'s", "'")
# An Uzbek case ending a Latin name takes after an apostrophe, in either script: "Google Calendar'da", "Canva'да",
# "Bitrix24'ga", "Notion'dagi" (a name that inflects as English words do: the taxonomy's English words, and the Latin
# names in its Russian list); without it where a text is read without its apostrophes (``apostrophe_free_matcher``)
_UZ_NAME_CASES = ("da", "ga", "ka", "qa", "ni", "dan", "dagi", "ning", "gacha")
_UZ_NAME_SUFFIXES = frozenset("'" + c for c in _UZ_NAME_CASES)
# … and the spoken forms short posts type: the plural «ـا» («دایرکتا», «سفارشا», «مشتریا») and the possessives «ـشون»,
# «ـتون», «ـمون», «ـتان» («اطلاعاتشون», «سفارشاتون»)
_FA_SUFFIXES = ("ها", "های", "هایی", "ی", "ای", "ان", "ات", "یی", "هاى", "شان", "مان", "ا", "شون", "تون", "مون", "تان")
# Clause breaks a phrase may contain ("phone, email", "1с: бухгалтерия"); any other break ends every phrase.
PHRASE_BREAKS = frozenset(",:")
_PHRASE_TOKEN = re.compile(rf"{_TOKEN.pattern}|[{''.join(sorted(PHRASE_BREAKS))}]", re.UNICODE)  # a word, or one of them


@dataclass(frozen=True)
class Phrase:
    tag: str
    words: tuple[tuple[str, int, str], ...]  # (word, max extra letters, lang)
    weight: float  # in the description
    title_weight: float  # in the title ("^" phrases are strong only there)
    text: str
    gap: int = 0  # a pair's ("A ... B") place of its gap in ``words`` (the GAP word), else 0
    reach: int = 0  # how many tokens it may span: len(words), or for a pair len(words) - 1 + GAP_WORDS
    # ``OWNED``: an object of work, a hint but a duty where the seeker owns it (``Matcher._ownership``); ``FAILURE``: a
    # failure the work prevents, which a negation before it does not cancel; else ""
    mark: str = ""


class Hit(NamedTuple):
    tag: str
    weight: float
    evidence: str  # the matched words, folded
    in_title: bool
    boiler: bool
    # a strong phrase opening an item of a description's list (``Reading.opens_item``), or said to the seeker in a
    # clause of its own (``_said_to_you``)
    listed: bool = False
    at: int = -1  # the index of its first word in the reading's ``toks``


_EVIDENCE_TOKEN = re.compile(r"[^\s,:]+|[,:]")


def hit_span(hit: Hit) -> tuple[int, int]:
    """The indexes of a hit's first and last word in the reading it was found in."""
    return hit.at, hit.at + len(_EVIDENCE_TOKEN.findall(hit.evidence)) - 1


def is_within(words: str, span: str) -> bool:
    """Whether ``words`` are ``span`` or some of its words in a row."""
    return words == span or f" {words} " in f" {span} "


def _evidence(words: tuple[str, ...]) -> str:
    """A phrase's words as evidence: "phone, email", not "phone , email"."""
    text = " ".join(words)
    return text.replace(" ,", ",").replace(" :", ":") if len(words) > 2 else text


def load_taxonomy(path: Path = TAXONOMY_PATH) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _fa_variants(raw: str) -> list[str]:
    """A Persian phrase as written, plus its forms with words glued together.

    Persian compounds and plurals are written with a space, a ZWNJ or nothing
    ("برنامه ریزی", "برنامه‌ریزی", "برنامهریزی"; "شبکه های"/"شبکه‌های").
    Text is read with ZWNJ removed, so a ZWNJ form arrives glued: each gap
    between two words of a phrase may be glued too (not after a ``*``/``=`` word).
    """
    mark = raw[0] if raw[:1] in _MARK_CHARS else ""
    words = raw[len(mark):].split()
    if not 1 < len(words) <= 5:
        return [raw]
    out = []
    for glue in range(1 << (len(words) - 1)):
        parts = [words[0]]
        ok = True
        for k, w in enumerate(words[1:]):
            if glue >> k & 1:
                if parts[-1][-1:] in ("*", "=") or not _AR_WORD.fullmatch(parts[-1]) or not _AR_WORD.fullmatch(w.rstrip("*=")):
                    ok = False
                    break
                parts[-1] += w
            else:
                parts.append(w)
        if ok:
            out.append(mark + " ".join(parts))
    return out


# Uzbek case endings a phrase word may end in, longest first ("-ni" accusative, "-ga" dative, "-da" locative ...)
_UZ_CASES = ("dagi", "ning", "dan", "ni", "ga", "da")
_UZ_VOWELS = frozenset("aeiou")
_UZ_VERBAL_NOUNS = ("ish", "ash")  # "kiritish", "tayyorlash": the verb's name, as a duty is listed
_UZ_MIN_STEM = 3
_UZ_MAX_VARIANTS = 8


def _uz_word_forms(word: str) -> tuple[str, ...]:
    """An Uzbek phrase word (Latin, as the taxonomy writes it) and the forms a duty also takes in it: a noun in a case
    with the possessive before the ending ("pochtani" → "pochtasini", the agent's mail; "jadvalga" → "jadvaliga", into
    Excel's table; "xatlarni" → "xatlarini"), and a verbal noun as its converb, the form that joins duties in a row
    ("qabul qilish" → "qabul qilib, kuryerga topshirish"; "tayyorlash" → "tayyorlab"; "yangilab borish"). A stem
    (``*``), an exact word (``=``) and a word written otherwise are left as written."""
    if word[-1:] in ("*", "=") or not word.isascii() or not word.replace("'", "").isalpha():
        return (word,)
    forms = [word]
    for case in _UZ_CASES:
        stem = word[:-len(case)]
        if word.endswith(case) and len(stem) >= _UZ_MIN_STEM:
            if stem[-1] not in "i'":  # not one in the possessive already ("kunini"), nor a brand's ("crm'ga")
                forms.append(stem + ("si" if stem[-1] in _UZ_VOWELS else "i") + case)
            break
    for ending in _UZ_VERBAL_NOUNS:
        if word.endswith(ending) and len(word) - len(ending) >= _UZ_MIN_STEM:
            forms.append(word[:-len(ending)] + ending[0] + "b")
    return tuple(forms)


def _uz_variants(raw: str) -> list[str]:
    """An Uzbek phrase as written, plus its words in the other forms a duty takes (``_uz_word_forms``): each word in
    any of its forms, at most ``_UZ_MAX_VARIANTS`` phrases."""
    mark = raw[0] if raw[:1] in _MARK_CHARS else ""
    out = [""]
    for w in raw[len(mark):].split():
        out = [f"{head} {form}".lstrip() for head in out for form in _uz_word_forms(w)][:_UZ_MAX_VARIANTS]
    return [mark + v for v in out]


# A Russian infinitive's ending and the endings of its second person plural and imperative, as a duty is said to the
# seeker: «бронировать» → «бронируете», «бронируйте»; «отвечать» → «отвечаете», «отвечайте»; «вносить» → «вносите»
_RU_SECOND_PERSON = (("овать", ("уете", "уйте")), ("ать", ("аете", "айте")), ("ять", ("яете", "яйте")),
                     ("ить", ("ите",)))
_RU_IRREGULAR = {"вести": ("ведёте", "ведете", "ведите")}
_RU_MAX_VARIANTS = 6


def _ru_word_forms(word: str) -> tuple[str, ...]:
    """A Russian phrase word and, for an infinitive, its second person plural and imperative («бронировать»:
    «бронируете», «бронируйте»), the forms day-in-the-life prose says a duty in («Вы бронируете гостиницу»,
    «Отвечайте на письма»). A stem (``*``), an exact word (``=``) and any other word are left as written."""
    irregular = _RU_IRREGULAR.get(word)
    if irregular:
        return (word, *irregular)
    for ending, forms in _RU_SECOND_PERSON:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return (word, *(word[:-len(ending)] + form for form in forms))
    return (word,)


def _ru_variants(raw: str) -> list[str]:
    """A Russian phrase as written, plus its infinitive in the second person (``_ru_word_forms``), at most
    ``_RU_MAX_VARIANTS`` phrases."""
    mark = raw[0] if raw[:1] in _MARK_CHARS else ""
    out = [""]
    for w in raw[len(mark):].split():
        out = [f"{head} {form}".lstrip() for head in out for form in _ru_word_forms(w)][:_RU_MAX_VARIANTS]
    return [mark + v for v in out]


# A Persian noun in «ـه» takes the Arabic plural in «ـات» in place of it: «صورتجلسه» → «صورتجلسات», «مقاله» → «مقالات»,
# «مکالمه» → «مکالمات»; a word of this many letters at least
_FA_H, _FA_AT = "ه", "ات"
_FA_AT_MIN = 4
# … and «در» ("in") is said «تو» or «توی» in short posts («ثبت سفارشا تو اکسل», «وارد کردن اطلاعات توی سیستم»)
_FA_IN = {"در": ("تو", "توی")}


def _fa_plural_variants(raw: str) -> list[str]:
    """A Persian phrase as written and with each of its words in «ـه» in its plural in «ـات» (``_FA_AT``) instead and
    «در» as it is spoken (``_FA_IN``), then each glued (``_fa_variants``). A stem (``*``) or an exact word (``=``) is
    left as written."""
    mark = raw[0] if raw[:1] in _MARK_CHARS else ""
    out = [""]
    for w in raw[len(mark):].split():
        forms = [w, *_FA_IN.get(w, ())]
        if w.endswith(_FA_H) and len(w) >= _FA_AT_MIN and _AR_WORD.fullmatch(w):
            forms.append(w[:-1] + _FA_AT)
        out = [f"{head} {form}".lstrip() for head in out for form in forms]
    return [v for phrase in out for v in _fa_variants(mark + phrase)]


def _variants(raw: str, lang: str) -> list[str]:
    """A taxonomy phrase as the forms its language writes it in: Persian words glued (``_fa_variants``) and in their
    plural in «ـات» (``_fa_plural_variants``), Uzbek words in a duty's other forms (``_uz_variants``), a Russian
    infinitive in the second person (``_ru_variants``)."""
    if lang == "fa":
        return _fa_plural_variants(raw)
    if lang == "uz":
        return _uz_variants(raw)
    if lang == "ru":
        return _ru_variants(raw)
    return [raw]


def is_abbreviation(word: str) -> bool:
    """Whether a phrase word is an abbreviation written in capitals ("VA"): it matches only a word so written (as
    ``Matcher.read`` keeps it), so that "va", Uzbek for "and", is no virtual assistant."""
    return len(word) >= 2 and word.isascii() and word.isalpha() and word.isupper()


def _pair_orders(raw: str) -> list[str]:
    """A pair written "A <> B" as its two orders, "A ... B" and "B ... A"; any other phrase as written."""
    if PAIR_EITHER not in raw.split():
        return [raw]
    mark = raw[0] if raw[:1] in _MARK_CHARS else ""
    head, tail = (part.strip() for part in raw[len(mark):].split(f" {PAIR_EITHER} ", 1))
    return [f"{mark}{head} {GAP} {tail}", f"{mark}{tail} {GAP} {head}"]


def _compile_phrase(tag: str, raw: str, lang: str, spell: Callable[[str], str] | None = None) -> Phrase | None:
    """``raw`` (a taxonomy phrase in ``lang``) as folded words, each with the endings it takes as written;
    ``spell`` respells each folded word (``russian_keyboard_spelling``). A pair ("A ... B") keeps its ``GAP`` as a
    word; a ``LIGHT_VERB`` word stands for any of the language's light verbs."""
    weight, title_weight = 1.0, 1.0
    mark = raw[0] if raw[:1] in (OWNED, FAILURE) else ""
    if raw.startswith("~") or mark == OWNED:
        weight, title_weight, raw = WEAK, WEAK, raw[1:]
    elif raw.startswith("^"):
        weight, raw = WEAK, raw[1:]
    elif mark:
        raw = raw[1:]
    out: list[tuple[str, int, str]] = []
    gap = 0
    for raw_word in raw.split():
        if raw_word in (GAP, PAIR_EITHER):  # (``Matcher`` reads "A <> B" in both orders: ``_pair_orders``)
            if gap or not out:
                return None  # one gap, between two parts
            gap = len(out)
            out.append((GAP, GAP_WORDS, lang))
            continue
        if raw_word == LIGHT_VERB:
            out.append((LIGHT_VERB, _VERB, lang))
            continue
        stem = raw_word.endswith("*")
        exact = raw_word.endswith("=")
        parts = [raw_word] if is_abbreviation(raw_word) else _PHRASE_TOKEN.findall(fold(one_c(raw_word.rstrip("*=").lower())))
        # Latin words in the Russian list (brands, loans) inflect like English.
        wlang = "en" if lang == "ru" and not _CYR.search(raw_word) else lang
        for k, w in enumerate(parts):
            if w in PHRASE_BREAKS:
                extra = 0  # a comma or colon written in a phrase matches itself only
            elif stem and k == len(parts) - 1:
                extra = _STEM_EXTRA
            elif exact:
                extra = 0
            elif wlang in ("ru", "uz") and len(w) >= 4:
                extra = _MAX_EXTRA[lang]
            elif wlang == "fa" and len(w) >= 3:
                extra = -1  # Persian suffix list
            elif wlang == "en":
                extra = -2  # English suffix list
            else:
                extra = 0
            out.append((spell(w) if spell else w, extra, lang))
    if not out:
        return None
    verb = out[-1][0] == LIGHT_VERB
    if (gap and gap >= len(out) - 1 - verb) or (verb and not gap) or any(w == LIGHT_VERB for w, _, _ in out[:-1]):
        return None  # a pair has words on both sides of its gap; a light verb only ends one
    reach = len(out) - 1 + GAP_WORDS + verb if gap else len(out)  # (+ "می" before a light verb: _FA_CONTINUOUS)
    return Phrase(tag, tuple(out), weight, title_weight, raw, gap, reach, mark)
