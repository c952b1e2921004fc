"""Text folding shared by every stage that compares text (dedupe, tags, legitimacy, search).

``fold`` maps the many spellings of one word to one form: Unicode NFKC,
Persian and Arabic-Indic digits to ASCII, Arabic letter forms to Persian
(ي→ی, ك→ک, ة→ه), ZWNJ and other invisible joiners removed, Uzbek apostrophe
variants (' ‘ ’ ʻ ʼ `) to one ASCII apostrophe, case folded, and Uzbek Cyrillic
transliterated to the official 1995 Latin alphabet so one posting written in
both scripts folds to the same text.
"""
from __future__ import annotations

import re
import unicodedata

_DIGITS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩",
    "01234567890123456789",
)
_ARABIC_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ؤ": "و", "إ": "ا", "أ": "ا", "ٱ": "ا"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u0640"), None)
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


def _match_case(src: str, out: str) -> str:
    if src.isupper():
        return out.upper() if len(src) > 1 or len(out) == 1 else out[:1].upper() + out[1:]
    return out


def cyrillic_to_latin(text: str) -> str:
    """Uzbek Cyrillic → Latin. Initial/post-vowel е is 'ye' as the official rules say."""
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
            out.append(_match_case(ch, lat) if ch != low else lat)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


def latin_to_cyrillic(text: str) -> str:
    """Uzbek Latin → Cyrillic, the inverse of ``cyrillic_to_latin`` for ordinary words."""
    text = unify_apostrophes(text)
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i:i + 2]
        low_pair = pair.lower()
        for lat, cyr in _LAT_TO_CYR_DIGRAPHS:
            if low_pair == lat:
                out.append(cyr.upper() if pair[0].isupper() else cyr)
                i += 2
                break
        else:
            ch = text[i]
            low = ch.lower()
            if low == "y" and text[i + 1:i + 2].lower() == "e":
                out.append("Е" if ch.isupper() else "е")
                i += 2
                continue
            cyr = _LAT_TO_CYR.get(low)
            if cyr is None:
                out.append(ch)
            elif low == "e" and (i == 0 or not text[i - 1].isalpha()):
                out.append("Э" if ch.isupper() else "э")
            else:
                out.append(cyr.upper() if ch.isupper() else cyr)
            i += 1
    return "".join(out)


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def fold(text: str | None, *, transliterate: bool = True) -> str:
    """One comparable form of ``text`` (see the module docstring)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = strip_invisible(persian_letters(digits_to_ascii(text)))
    text = unify_apostrophes(text).casefold()
    if transliterate and has_cyrillic(text):
        text = cyrillic_to_latin(text)
    return re.sub(r"\s+", " ", text).strip()


def script_variants(term: str) -> list[str]:
    """A search term in both Uzbek scripts, so a seeker finds postings written in either."""
    variants = [term]
    other = cyrillic_to_latin(term) if has_cyrillic(term) else latin_to_cyrillic(term)
    if other != term and (has_cyrillic(term) or re.search("[a-zA-Z]", term)):
        variants.append(other)
    return variants
