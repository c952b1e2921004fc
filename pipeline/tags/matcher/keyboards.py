"""Uzbek typed as phones and Russian keyboards type it: whether a posting may be so typed, and how a word so typed is
spelt.

Uzbek Cyrillic typed on a Russian keyboard (у, к, г, х for ў, қ, ғ, ҳ: "кунгирокларига" for "қўнғироқларига";
often е for ё, "ердамчи", and no ъ, "малумот") folds to u, k, g, x, ye where the phrases say o', g', q, h, yo. A
Cyrillic posting full of Uzbek words and endings (``may_be_typed_on_russian_keyboard``) is read by a second matcher
(``russian_keyboard_matcher``) that reads those letters as a Russian keyboard types them and knows each Uzbek phrase
and cue also so spelt. Uzbek Latin typed without the apostrophes of oʻ, gʻ and the tutuq belgisi ("malumot
kiritish", as on phones) is read alike: a Latin posting that opens with Uzbek words (``may_be_uzbek_latin``) is read
by a matcher (``apostrophe_free_matcher``) that reads every word, its own and the phrases', without them.
"""
from __future__ import annotations

import re

from pipeline.tags.matcher.reading import Reading
from pipeline.tags.matcher.tokens import _VOWELS
from pipeline.textnorm import fold

# Uzbek typed on a Russian keyboard (text is lower-cased first; a phrase's letters are read so too, and an Uzbek
# phrase's folded words respelt alike)
_RUSSIAN_KEYS = str.maketrans({"ў": "у", "қ": "к", "ғ": "г", "ҳ": "х", "ё": "е", "ъ": None})
_LONE_H = re.compile("(?<![sc])h")  # Uzbek Latin h is ҳ, but in sh (ш) and ch (ч)
_YO = re.compile("yo")
_HAS_VOWEL = re.compile("[aeiouy]")


def _typed_yo(m: re.Match[str]) -> str:
    """ё typed as е folds as е does: "ye" where a word starts and after a vowel, else "e"."""
    at = m.start()
    return "ye" if at == 0 or m.string[at - 1] in _VOWELS else "e"


def russian_keyboard_spelling(word: str) -> str:
    """A folded Uzbek word as its Cyrillic typed with у, к, г, х, е for ў, қ, ғ, ҳ, ё and without ъ folds: o' is u, g'
    g, q k, h x, yo ye (or e after a consonant) and the tutuq belgisi goes ("qo'ng'iroq" is "kungirok", "hujjat"
    "xujjat", "yordamchi" "yerdamchi", "ma'lumot" "malumot", "ishlash" stays). A word with no vowel is no Uzbek word
    but an abbreviation, which Cyrillic text writes in Latin letters ("HR ёрдамчиси", "CRM'га", "SMM"): it stays."""
    if not _HAS_VOWEL.search(word):
        return word
    if "'" in word:
        word = word.replace("s'h", "sx").replace("o'", "u").replace("g'", "g").replace("'", "")
    if "h" in word:
        word = _LONE_H.sub("x", word)
    if "yo" in word:
        word = _YO.sub(_typed_yo, word)
    return word.replace("q", "k")


def _both_keyboards(words: str) -> frozenset[str]:
    """Uzbek Cyrillic ``words`` folded, as written and as typed on a Russian keyboard."""
    return frozenset(w for word in words.split() for w in (fold(word), fold(word.translate(_RUSSIAN_KEYS))))


# Uzbek words no Russian text holds, folded as either keyboard types them, and Uzbek plurals in a case or with a
# possessive (-ларни, -ларга, -лардаги, -ларимиз ...; three letters before at least); and words a Russian text is
# full of. A Cyrillic posting is read as Uzbek typed on a Russian keyboard only when it holds two or more of the
# first two, and more of them than of the third: a Russian posting, even one naming an Uzbek place, company or word,
# is read as it always was.
_UZBEK_WORDS = _both_keyboards(
    "ва учун билан керак керакли ёки эмас мумкин ҳам ҳамда йўқ бериш олиш қилиш ишлаш бўлиш бўлса бўлади бўйича "
    "орқали ҳақида сиз сизга иш ишга вақти вазифалар вазифаси талаблар талаб тажриба маош ойлик кейин яхши жавоб "
    "ёрдамчи мижоз мижозлар манзил алоқа")
_CYR_LETTER = "а-яёўқғҳ"
_UZBEK_PLURAL = re.compile(rf"(?<![{_CYR_LETTER}])[{_CYR_LETTER}]{{3,}}лар"
                           rf"(?:(?:и|имиз|ингиз)?(?:ни|га|да|дан|даги|нинг)|имиз|ингиз)(?![{_CYR_LETTER}])",
                           re.IGNORECASE)
_RUSSIAN_WORDS = frozenset({"i", "v", "na", "s", "dlya", "ne", "po", "ot", "iz", "ili", "chto", "kak", "eto", "za",
                            "pri", "bez", "vi", "mi", "vas", "nas", "k", "o", "ob", "do", "a", "no", "kotoriy",
                            "rabota", "raboti", "opit", "trebuyetsya", "obyazannosti", "usloviya", "trebovaniya"})


def may_be_typed_on_russian_keyboard(texts: tuple[str | None, ...], readings: tuple[Reading, ...]) -> bool:
    """Whether a posting (its ``texts`` and their ``readings`` by the plain matcher) may be Uzbek Cyrillic typed on a
    Russian keyboard: it holds a Cyrillic а, and more Uzbek words and plurals than Russian words (``_UZBEK_WORDS``),
    two at least.

    The а, Uzbek's commonest letter, is a test of 1 µs, where a search for any Cyrillic letter took 11 µs on a long
    English posting with typographic quotes. A posting written with ў, қ, ғ, ҳ may pass too: read by
    ``russian_keyboard_matcher``, its words are found as before, and any typed with у, к, г, х as well."""
    cyrillic = [t for t in texts if t and ("\u0430" in t or "\u0410" in t)]
    if not cyrillic:
        return False  # English, Persian, Uzbek in Latin letters
    uzbek = len(set().union(*(_UZBEK_WORDS.intersection(r.toks) for r in readings)))
    plurals = any("лар" in t or "ЛАР" in t for t in cyrillic)
    if uzbek < 2 and not plurals:
        return False  # Russian, mostly
    wanted = max(2, len(set().union(*(_RUSSIAN_WORDS.intersection(r.toks) for r in readings))) + 1)
    if uzbek < wanted and plurals:
        uzbek += len({w.lower() for t in cyrillic for w in _UZBEK_PLURAL.findall(t)})
    return uzbek >= wanted


# Uzbek Latin typed without its apostrophes
_NO_APOSTROPHES = str.maketrans({"'": None})  # (text is prepared first: every apostrophe is ')


def apostrophe_free(word: str) -> str:
    """A folded word without its apostrophes: "ma'lumot" is "malumot", "qo'ng'iroq" "qongiroq"."""
    return word.replace("'", "") if "'" in word else word


# Everyday Uzbek words, with or without their apostrophes, and Uzbek plurals in a case or with a possessive
# ("hujjatlardagi", "malumotlarni"); not "va", "ham" and "siz", which English text holds too ("VA" is a virtual
# assistant)
_UZBEK_LATIN_WORDS = frozenset(w for word in _UZBEK_WORDS for w in (word, apostrophe_free(word))) - {
    "va", "ham", "xam", "siz"}
_UZBEK_LATIN_PLURAL = re.compile("lar(?:(?:i|imiz|ingiz)?(?:ni|ga|da|dan|dagi|ning)|imiz|ingiz)(?![a-z'])")
_UZBEK_LATIN_OPENING = 60  # words and breaks: of the title and the description's opening
_UZBEK_LATIN_OPENING_CHARS = 400  # … and its characters, for a plural


def _uzbek_latin_plural(text: str) -> bool:
    """Whether ``text`` (lower case) holds an Uzbek plural in a case or with a possessive, three letters before it at
    least: found from each "lar" (a pattern opening with the letters before it is tried at every letter)."""
    at = text.find("lar", 3)
    while at != -1:
        if _UZBEK_LATIN_PLURAL.match(text, at) and all(c.isalpha() or c == "'" for c in text[at - 3:at]):
            return True
        at = text.find("lar", at + 3)
    return False


def may_be_uzbek_latin(texts: tuple[str | None, ...], readings: tuple[Reading, ...]) -> bool:
    """Whether a posting (its ``texts`` and their ``readings`` by the plain matcher) may be Uzbek in Latin letters,
    typed with or without its apostrophes: no Cyrillic а, and an everyday Uzbek word or plural
    (``_UZBEK_LATIN_WORDS``, ``_UZBEK_LATIN_PLURAL``) in its title or the opening of its description. Only the
    opening is read: an English posting is read as it was, at the cost of a look at its first words (and read
    without apostrophes, it would find what it found: its own phrases are read so too)."""
    if any(t and ("\u0430" in t or "\u0410" in t) for t in texts):
        return False  # Cyrillic: ``may_be_typed_on_russian_keyboard``
    if any(not _UZBEK_LATIN_WORDS.isdisjoint(r.toks[:_UZBEK_LATIN_OPENING]) for r in readings):
        return True
    return any(t and _uzbek_latin_plural(t[:_UZBEK_LATIN_OPENING_CHARS].lower()) for t in texts)
