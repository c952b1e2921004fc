"""Text folding shared by every stage that compares text (dedupe, tags, legitimacy, search).

``fold`` maps the many spellings of one word to one form: Unicode NFKC,
Persian and Arabic-Indic digits to ASCII, Arabic letter forms to Persian
(ي→ی, ك→ک, ة→ه), ZWNJ and other invisible joiners removed, Uzbek apostrophe
variants (' ‘ ’ ʻ ʼ `) to one ASCII apostrophe, case folded, and Uzbek Cyrillic
transliterated to the official 1995 Latin alphabet so one posting written in
both scripts folds to the same text. Stress marks on Cyrillic letters ("ра́бота",
"заня́тость": a combining accent U+0300–U+036F that NFKC leaves apart, or ѐ ѝ, which it
composes) are dropped first, so a stressed word folds as the unstressed one, and ``fold``
stays idempotent (transliterated, "я́" would be "ya" and an accent that the next NFKC makes "yá").
The letters made with such marks (ё й ў ї) are composed by NFKC before and stay.

``cyrillic_to_latin``/``latin_to_cyrillic`` follow the official rules in full (ц, е,
ъ, сҳ, all-capital digraphs) and serve display. ``fold`` keeps its own frozen transliteration so keys already
stored stay valid; search folds both the postings and the seeker's words with it (``search_text``,
``search_words``), so a word typed in either script, in any case, finds both.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

_DIGITS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩",
    "01234567890123456789",
)
_ARABIC_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ؤ": "و", "إ": "ا", "أ": "ا", "ٱ": "ا"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u0640"), None)
# The acute accent typed for an Uzbek apostrophe ("o´zbek"): NFKC would make it a space and a combining accent,
# splitting the word, so it becomes the apostrophe before NFKC.
ACUTE_APOSTROPHE = "\u00b4"
_APOSTROPHES = re.compile("[\u2018\u2019\u02bb\u02bc\u02b9\u0060\u00b4\u2032]")

# Uzbek Cyrillic → Latin (1995 alphabet, with the 2019/2021 apostrophe spelt ').
_CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "'", "ы": "i", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ў": "o'", "қ": "q", "ғ": "g'", "ҳ": "h",
}
_LAT_TO_CYR_DIGRAPHS = [
    ("o'", "ў"), ("g'", "ғ"), ("sh", "ш"), ("ch", "ч"), ("yo", "ё"), ("yu", "ю"),
    ("ya", "я"), ("ts", "ц"),
]
_LAT_TO_CYR = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "ҳ", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ",
    "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "x": "х", "y": "й", "z": "з",
    "'": "ъ",
}
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def digits_to_ascii(text: str) -> str:
    return text.translate(_DIGITS)


def unify_apostrophes(text: str) -> str:
    return _APOSTROPHES.sub("'", text)


def persian_letters(text: str) -> str:
    return text.translate(_ARABIC_TO_PERSIAN)


def strip_invisible(text: str) -> str:
    return text.translate(_INVISIBLE)


_CYR_VOWELS = "аеёиоуўэюяaeiou"


def _cased(out: str, ch: str, prev: str, nxt: str) -> str:
    """``out`` in the case of the Cyrillic letter ``ch``: a digraph is "Sh" in a capitalised
    word and "SH" in an all-capitals one."""
    if not ch.isupper():
        return out
    if len(out) > 1 and not (nxt.isupper() or (prev.isupper() and not nxt.isalpha())):
        return out[:1].upper() + out[1:]
    return out.upper()


def cyrillic_to_latin(text: str) -> str:
    """Uzbek Cyrillic → Latin by the official 1995 rules.

    е is ``ye`` at the start of a word and after a vowel, ъ or ь (Ешлар → Yeshlar, объект →
    obyekt), else ``e``; ц is ``s`` at the start of a word and after a consonant (цех → sex,
    концерт → konsert) and ``ts`` after a vowel (милиция → militsiya); ъ is the apostrophe
    (маъно → ma'no) but drops before е ё ю я and after ў ғ; сҳ is s'h (Исҳоқ → Is'hoq); ь
    drops; all-capital words stay all capitals."""
    text = unify_apostrophes(text)
    out: list[str] = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        low = ch.lower()
        lat = _CYR_TO_LAT.get(low)
        if lat is None:
            out.append(ch)
            continue
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i < last else ""
        if low == "е" and (not prev.isalpha() or prev.lower() in _CYR_VOWELS + "ъь"):
            lat = "ye"
        elif low == "ц" and (not prev.isalpha() or prev.lower() not in _CYR_VOWELS):
            lat = "s"
        elif low == "ъ" and (nxt.lower() in "еёюя" or prev.lower() in "ўғ"):
            lat = ""  # объект → obyekt; мўъжиза → mo'jiza, not mo''jiza
        elif low == "с" and nxt.lower() == "ҳ":
            lat = "s'"  # Исҳоқ → Is'hoq, not Ishoq (ш)
        out.append(_cased(lat, ch, prev, nxt))
    return "".join(out)


def latin_to_cyrillic(text: str) -> str:
    """Uzbek Latin → Cyrillic, the inverse of ``cyrillic_to_latin`` for ordinary words.

    o' g' are ў ғ, sh ch yo yu ya ye are ш ч ё ю я е, s'h is сҳ (Is'hoq → Исҳоқ), yo' is йў
    (yo'l → йўл), e is э at the start of a word and after a vowel (poeziya → поэзия), and any
    other apostrophe is ъ (ma'no → маъно)."""
    text = unify_apostrophes(text)
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        low = ch.lower()
        up = ch.isupper()
        three = text[i:i + 3].lower()
        if three == "s'h":
            out.append("СҲ" if text[i + 2:i + 3].isupper() else ("Сҳ" if up else "сҳ"))
            i += 3
            continue
        if three == "yo'":  # y + o': йў, not ё + ъ
            out.append("Й" if up else "й")
            i += 1
            continue
        pair = text[i:i + 2]
        for lat, cyr in _LAT_TO_CYR_DIGRAPHS:
            if pair.lower() == lat:
                out.append(cyr.upper() if up else cyr)
                i += 2
                break
        else:
            if low == "y" and text[i + 1:i + 2].lower() == "e":
                out.append("Е" if up else "е")
                i += 2
                continue
            cyr = _LAT_TO_CYR.get(low)
            if cyr is None:
                out.append(ch)
            elif low == "e" and (i == 0 or not text[i - 1].isalpha() or text[i - 1].lower() in "aeiou"):
                out.append("Э" if up else "э")
            else:
                out.append(cyr.upper() if up else cyr)
            i += 1
    return "".join(out)


def _fold_cyrillic_to_latin(text: str) -> str:
    """The transliteration ``fold`` has always used (ц and е by position only; ъ always an
    apostrophe; сҳ as sh). Kept frozen so folded keys already stored — dedupe's content
    hashes, and ``fold``, which computes the same faster — stay valid; the fuller
    official rules are in ``cyrillic_to_latin``. Both fold Cyrillic and Latin alike for
    ordinary words."""
    out: list[str] = []
    prev = ""
    for ch in unify_apostrophes(text):
        low = ch.lower()
        if low in _CYR_TO_LAT:
            lat = _CYR_TO_LAT[low]
            if low == "е" and (not prev or not prev.isalpha() or prev.lower() in "аеёиоуўэюяaeiou"):
                lat = "ye"
            if low == "ц" and (not prev or prev.lower() not in "аеёиоуўэюя"):
                lat = "s"
            if ch != low and ch.isupper():
                lat = lat.upper() if len(lat) == 1 else lat[:1].upper() + lat[1:]
            out.append(lat)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


# Stress marks: combining accents after a Cyrillic letter once NFKC has composed the letters that have them
# (ё й ў), and the two letters NFKC composes with a grave accent.
_COMBINING = re.compile("[\u0300-\u036f]")
_MARKS_AFTER_CYRILLIC = re.compile("(?<=[\u0400-\u04ff])[\u0300-\u036f]+")
_STRESSED_LETTERS = {"ѐ": "е", "ѝ": "и"}  # casefolded: Ѐ Ѝ are ѐ ѝ by then
_UNSTRESSED = str.maketrans(_STRESSED_LETTERS)


def _unstressed(text: str) -> str:
    """Casefolded ``text`` without stress marks on its Cyrillic letters (see the module docstring)."""
    if "ѐ" in text or "ѝ" in text:
        text = text.translate(_UNSTRESSED)
    return _MARKS_AFTER_CYRILLIC.sub("", text) if _COMBINING.search(text) else text


def _fold_reference(text: str | None, *, transliterate: bool = True) -> str:
    """``fold`` as its rules read, one character at a time: the definition ``fold`` is checked against
    (``tests/pipeline/test_textnorm.py``, on every real text the project holds)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text.replace(ACUTE_APOSTROPHE, "'"))
    text = strip_invisible(persian_letters(digits_to_ascii(text)))
    text = unify_apostrophes(text).casefold()
    if has_cyrillic(text):
        kept: list[str] = []
        for ch in text:  # stress marks: a combining accent after a Cyrillic letter, ѐ ѝ
            if "\u0300" <= ch <= "\u036f" and kept and "\u0400" <= kept[-1] <= "\u04ff":
                continue
            kept.append(_STRESSED_LETTERS.get(ch, ch))
        text = "".join(kept)
        if transliterate:
            text = _fold_cyrillic_to_latin(text)
    return re.sub(r"\s+", " ", text).strip()


# ``fold`` computes ``_fold_reference`` without walking characters in Python: each table is applied only when
# a character of it occurs, and Cyrillic is transliterated a distinct word at a time (the context rules of
# е and ц look only inside a word) by two regular expressions and one ``str.translate``. About 20x faster on
# Cyrillic text: what lets a store of a million postings be folded in minutes.
_CYR_VOWELS = "аеёиоуўэюя"
_TS_AFTER_VOWEL = re.compile(f"(?<=[{_CYR_VOWELS}])ц")
_E_AS_YE = re.compile(f"(?:(?<![^\\W\\d_])|(?<=[{_CYR_VOWELS}aeiou]))е")
_CYR_TABLE = str.maketrans({k: v for k, v in _CYR_TO_LAT.items() if k not in "ец"} | {"е": "e", "ц": "s"})


def _any_of(table: dict[int, object]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(map(chr, table))) + "]")


def _replacer(table: dict[int, object]):  # type: ignore[no-untyped-def]
    mapping = {chr(k): (chr(v) if isinstance(v, int) else v or "") for k, v in table.items()}
    return lambda m: mapping[m.group(0)]


_NEEDS_DIGITS, _DIGIT_OF = _any_of(_DIGITS), _replacer(_DIGITS)
_NEEDS_PERSIAN, _PERSIAN_OF = _any_of(_ARABIC_TO_PERSIAN), _replacer(_ARABIC_TO_PERSIAN)
_NEEDS_VISIBLE = _any_of(_INVISIBLE)


class _Transliterated(dict):  # type: ignore[type-arg]
    """A casefolded word → its Latin fold, computed once per distinct word."""

    def __missing__(self, word: str) -> str:
        out = _E_AS_YE.sub("ye", _TS_AFTER_VOWEL.sub("ts", word)).translate(_CYR_TABLE) \
            if has_cyrillic(word) else word
        self[word] = out
        return out


_CYR_WORDS = _Transliterated()


def fold(text: str | None, *, transliterate: bool = True) -> str:
    """One comparable form of ``text`` (see the module docstring); equal to ``_fold_reference``."""
    if not text:
        return ""
    if ACUTE_APOSTROPHE in text:
        text = text.replace(ACUTE_APOSTROPHE, "'")
    text = unicodedata.normalize("NFKC", text)
    if _NEEDS_DIGITS.search(text):
        text = _NEEDS_DIGITS.sub(_DIGIT_OF, text)
    if _NEEDS_PERSIAN.search(text):
        text = _NEEDS_PERSIAN.sub(_PERSIAN_OF, text)
    if _NEEDS_VISIBLE.search(text):
        text = _NEEDS_VISIBLE.sub("", text)
    text = unify_apostrophes(text).casefold()
    if not has_cyrillic(text):
        return " ".join(text.split())
    text = _unstressed(text)
    if transliterate:
        if len(_CYR_WORDS) > 500_000:
            _CYR_WORDS.clear()
        return " ".join(map(_CYR_WORDS.__getitem__, text.split()))
    return " ".join(text.split())


MAX_SEARCH_WORDS = 8


_PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
_WITH_YO = re.compile("[\\w\u0300-\u036f]*[ёЁ][\\w\u0300-\u036f]*")  # stress marks inside the word too
_WITH_ZWNJ = re.compile("\\S*\u200c\\S*")
# The two above find whole words (a word holds the letter or it is not found), so they are found as the words
# that hold it: tried from each character of a long word, the patterns read it to its end from each (20,000
# letters and a "ё" after them: 4 s).
_WORD_WITH_MARKS = re.compile("[\\w\u0300-\u036f]+")


def _words_with_yo(text: str) -> list[str]:
    """``_WITH_YO.findall(text)``."""
    return [w for w in _WORD_WITH_MARKS.findall(text) if "ё" in w or "Ё" in w]


def _words_with_zwnj(text: str) -> list[str]:
    """``_WITH_ZWNJ.findall(text)``."""
    return [w for w in text.split() if "\u200c" in w]


# A Persian word and a short one after a space, as some write a suffix or a name's second part ("ایمیل ها",
# "ماهان نت") where others join them (ZWNJ or nothing): a seeker who types them joined finds them too.
_SPACED_SUFFIX = re.compile("(?<![\u0600-\u06ff\u200c])(?=([\u0600-\u06ff]{2,}) ([\u0600-\u06ff]{2,3})(?![\u0600-\u06ff\u200c]))")


def _mark_class(codes: Iterable[int]) -> str:
    """A regular-expression class of the combining marks (Unicode categories Mn, Mc, Me) among ``codes``."""
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]+"


# Combining marks, left out of what search reads (``unmarked``): SQLite's FTS5 splits words at them, PostgreSQL's
# ``[:alnum:]`` takes Arabic harakat and Indic vowel signs as letters and splits at U+0307, and seekers type them or
# not (a copied "مُدیر", a typed "مدیر"; "İstanbul" casefolds to "i" and a dot above). Two classes: one of
# characters past U+FFFF would be read range by range at every character (ten times slower on a Persian text).
_MARKS = re.compile(_mark_class(range(0x300, 0x10000)))
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_ASTRAL_MARKS = re.compile(_mark_class(itertools.chain(range(0x10000, 0x20000), range(0xE0100, 0xE01F0))))


def unmarked(folded: str) -> str:
    """``folded`` without its combining marks: how search reads the text of a posting and a seeker's words. Every
    mark goes, whatever its script: Arabic-script harakat, tanwin, shadda, superscript alef, Hebrew points, the dot of
    "i̇" and any accent NFKC left apart (Cyrillic stress marks already went in ``fold``), and the vowel signs and
    viramas of Indic scripts, whose words are then found by their letters ("काम" finds "कम" too: more found, never
    less). Precomposed letters are letters ("é", "ё", "й", "آ"): NFKC keeps them whole."""
    if folded.isascii():
        return folded
    folded = _MARKS.sub("", folded)
    return _ASTRAL_MARKS.sub("", folded) if _ASTRAL.search(folded) else folded


def search_version() -> str:
    """The version of ``search_text`` stamped on each posting's search words (``posting_search.folded_with``): the
    fingerprint of this module, whose code alone folds them (``pipeline.fingerprint``)."""
    from pipeline import fingerprint

    return fingerprint.of_files(Path(__file__))


def search_text(title: str | None, company: str | None, description: str | None) -> str:
    """What free-text search reads of a posting (``store.search_models``): each part folded, one a line, so a
    search word never spans the title and the company.

    A last line holds other spellings of some words: those written with ё as if written with е (most Russian
    writers and seekers type "удаленно" for "удалённо", and the two fold apart: "udalenno", "udalyonno", as ё is
    "yo" in Uzbek); the parts of Persian words joined by a ZWNJ ("ماهان‌نت" is found as "ماهان نت"), and a
    Persian word joined with a short one written after a space ("ماهان نت" is found as "ماهان‌نت"); a hyphenated
    word written as one ("e-commerce" is found as "ecommerce", "front-end" as "frontend": real postings write
    both, and a search for either finds the other, ``search_words``). Combining marks are left out
    (``unmarked``): "مُدیر" is read as "مدیر", "İstanbul" as "istanbul"."""
    given = [part for part in (title, company, description) if part]
    parts = [unmarked(fold(part)) for part in (title, company, description)]
    composed = [unicodedata.normalize("NFC", part) if "\u0308" in part else part for part in given]  # е + ̈ is ё
    yo = {w for part in composed if "ё" in part or "Ё" in part for w in _words_with_yo(part)}
    joined = {w for part in given if "\u200c" in part for w in _words_with_zwnj(part)}
    spaced = {a + b for part in given if " " in part and _PERSIAN_LETTER.search(part)
              for a, b in _SPACED_SUFFIX.findall(part)}
    hyphened = {w for part in parts if "-" in part for w in _hyphened(part)}
    if yo or joined or spaced or hyphened:
        variants = [w.replace("ё", "е").replace("Ё", "Е") for w in sorted(yo)]
        variants += [w.replace("\u200c", " ") for w in sorted(joined)] + sorted(spaced) + sorted(hyphened)
        parts.append(unmarked(fold(" ".join(variants))))
    return "\n".join(parts)


# A word of letters joined by hyphens ("e-commerce", "front-end", "интернет-магазин")
_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_WORD_EDGES = ".,;:!?()[]{}<>\"'«»“”‘’"


def _hyphened(folded: str) -> set[str]:
    """The ``_HYPHENED`` words of a folded text (single-spaced), written as one. Found from each hyphen: a pattern
    run over the whole text tries every word, and took as long as the rest of ``search_text``."""
    out: set[str] = set()
    at = folded.find("-")
    while at != -1:
        end = folded.find(" ", at)
        end = len(folded) if end == -1 else end
        word = folded[folded.rfind(" ", 0, at) + 1:end].strip(_WORD_EDGES)
        if _HYPHENED.fullmatch(word):
            out.add(word.replace("-", ""))
        at = folded.find("-", end)
    return out


_EDGE_PUNCTUATION = re.compile(r"^[^\w']+|[^\w']+$")

# How ``search_words`` hands ``store.search.contains_word`` more than one spelling of a search word: the
# spellings one a line, the words of a spelling separated by a space (consecutive words of the posting, the
# last one's start). Neither can be inside a folded word: ``fold`` makes whitespace one space and
# ``search_words`` splits on it.
SPELLINGS = "\n"  # as ``store.search.SPELLINGS`` (the store imports no pipeline stage, nor this the store)
NEXT_WORD = " "  # as ``store.search.NEXT_WORD``
# A ZWNJ the seeker typed, carried through ``fold`` (which drops ZWNJ) as a private-use character.
_TYPED_ZWNJ = "\ue000"
_TYPED_ZWNJS = re.compile(_TYPED_ZWNJ + "+")
_PERSIAN_WORD = re.compile("[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]{2,}")  # letters only, two or more
# Where Persian writers put a ZWNJ, a space or nothing between a word's parts ("پاسخ‌گویی", "پاسخ گویی",
# "پاسخگویی"): after these prefixes, and before these suffixes and second parts of compounds (each also the
# start of longer ones: "گو" of "گویی", "ها" of "های"). A typed word is cut there only if each part keeps two
# letters ("میز" is not "می ز") and three come before a second part ("ماهان" is not "ما هان").
_PERSIAN_PREFIXES = ("نمی", "می", "بی", "هم")
_PERSIAN_SECOND_PARTS = ("ها", "ای", "تر", "گو", "گیر", "گذار", "کننده", "دهنده", "نویس", "ساز", "پذیر", "شناس",
                         "یاب", "بند", "ریز", "رسان", "مند", "وقت", "کار", "دار", "نامه", "پرداز")
_MAX_CUTS = 3  # at most 2**3 spellings of one word


def _persian(word: str) -> bool:
    return _PERSIAN_WORD.fullmatch(word) is not None


def _cuts(word: str) -> list[int]:
    """Where a typed Persian word (ZWNJs marked by ``_TYPED_ZWNJ``) may be written with a space: where the
    seeker typed a ZWNJ, then after a known prefix or before a known second part (see ``_PERSIAN_PREFIXES``);
    at most ``_MAX_CUTS``, each leaving two letters either side."""
    typed: list[int] = []
    at = 0
    for piece in word.split(_TYPED_ZWNJ)[:-1]:
        at += len(piece)
        typed.append(at)
    joined = word.replace(_TYPED_ZWNJ, "")
    known = [len(p) for p in _PERSIAN_PREFIXES if joined.startswith(p)]
    for part in _PERSIAN_SECOND_PARTS:
        at = joined.find(part, 3)  # three letters before a second part: "ماهان" is not "ما هان"
        while at != -1:
            known.append(at)
            at = joined.find(part, at + 1)
    cuts = [c for c in dict.fromkeys(typed + sorted(known)) if 2 <= c <= len(joined) - 2]
    return sorted(cuts[:_MAX_CUTS])


def _spellings(word: str) -> list[str]:
    """A typed word's spellings: joined, then with a space at each combination of its ``_cuts`` (every part
    two letters or more)."""
    joined = word.replace(_TYPED_ZWNJ, "")
    if not _persian(joined):
        if _HYPHENED.fullmatch(joined):  # "e-commerce": its parts in a row, or written as one ("ecommerce")
            return [NEXT_WORD.join(joined.split("-")), joined.replace("-", "")]
        return [joined]
    cuts = _cuts(word)
    spellings = [joined]
    for n in range(1, len(cuts) + 1):
        for chosen in itertools.combinations(cuts, n):
            parts = [joined[a:b] for a, b in zip((0, *chosen), (*chosen, len(joined)))]
            if all(len(part) >= 2 for part in parts):
                spellings.append(NEXT_WORD.join(parts))
    return spellings


def search_words(query: str | None) -> list[str]:
    """A seeker's search as the word starts every found posting must contain, folded as ``search_text`` is
    (any case, either Uzbek script, any Persian letter form, no combining marks: "مُدیر" is "مدیر"), without
    punctuation at their edges ("(remote)" is "remote"); repeated words once, at most ``MAX_SEARCH_WORDS``.

    Persian writers put a ZWNJ, a space or nothing between the parts of a word ("پاسخ‌گویی", "پاسخ گویی",
    "پاسخگویی"; "می‌توان", "می توان"; "ایمیل‌ها", "ایمیل ها"), so a Persian search word may come back as
    several spellings (``SPELLINGS`` apart), any of which a posting may hold (``store.search.contains_word``):

    - typed with a ZWNJ, or holding a known prefix or second part (``_PERSIAN_PREFIXES``,
      ``_PERSIAN_SECOND_PARTS``): joined, or its parts as consecutive words ("پاسخ گویی": the word "پاسخ", then a
      word starting "گویی");
    - typed next to another Persian word: also both joined ("پاسخ گویی" finds "پاسخگویی" as well as postings
      holding "پاسخ" and "گویی" anywhere, as before).

    These are read from the search, not added to the index: the index already holds a posting's ZWNJ parts
    apart and a short part joined (``search_text``), and cutting a typed word at the seeker's ZWNJ or a known
    boundary is exact, where indexing every pair of neighbouring Persian words joined would make up words out of
    unrelated neighbours ("پا سخت" indexed as "پاسخت" would be found by "پاسخ") and double the index (measured
    on the 379 Persian texts of the language and tag sets in ``tests/data``: FTS5 index 0.30 → 0.60 MB, folded
    text 0.33 → 0.59 M characters), and would need every store refolded; this needs no ``vagigs migrate --search``.
    Each extra spelling only adds postings that hold it; a word alone with no such boundary ("پاسخ") finds what
    it found before. What a dictionary cannot know stays unfound: a joined search for a name written apart
    with a long second part ("دیجیکالا" for "دیجی کالا")."""
    if query:  # a typed private-use character is not taken for a ZWNJ
        query = query.replace(_TYPED_ZWNJ, "").replace("\u200c", _TYPED_ZWNJ)
    words = (_TYPED_ZWNJS.sub(_TYPED_ZWNJ, _EDGE_PUNCTUATION.sub("", w)) for w in unmarked(fold(query)).split())
    words = (w if _persian(w.replace(_TYPED_ZWNJ, "")) else w.replace(_TYPED_ZWNJ, "") for w in words)
    typed = list(dict.fromkeys(w for w in words if w.strip("'")))[:MAX_SEARCH_WORDS]  # not a bare apostrophe
    joined = [w.replace(_TYPED_ZWNJ, "") for w in typed]
    terms: list[str] = []
    for i, word in enumerate(typed):
        spellings = _spellings(word)
        if _persian(joined[i]):  # typed next to another Persian word: the two joined
            spellings += [joined[a] + joined[b] for a, b in ((i - 1, i), (i, i + 1))
                          if 0 <= a and b < len(joined) and _persian(joined[a]) and _persian(joined[b])]
        terms.append(SPELLINGS.join(dict.fromkeys(spellings)))
    return list(dict.fromkeys(terms))
