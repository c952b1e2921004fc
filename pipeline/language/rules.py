"""Script census and the letter rules that narrow the candidate languages.

The census counts letters per script on the UTF-8 bytes (lead bytes D0–D3 are
Cyrillic, D8–DB Arabic; ASCII letters and C3–C9 leads are Latin), which is two
orders of magnitude faster than regular expressions over a long description.
"""
from __future__ import annotations

import re

from pipeline.language.ngram import CANDIDATES

_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123)) + bytes(range(0xC3, 0xCA))
_DELETE_NON_LATIN = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_DELETE_NON_CYRILLIC = bytes(b for b in range(256) if not 0xD0 <= b <= 0xD3)  # UTF-8 lead bytes of U+0400-04FF
_DELETE_NON_ARABIC = bytes(b for b in range(256) if not 0xD8 <= b <= 0xDB)  # U+0600-06FF

# Letters that only some of the candidates use.
_UZ_CYRL = set("ўЎ")
_UZ_TG_KK = set("қҚғҒҳҲ")
_TG = set("ӣӢӯӮҷҶ")
_KK_KY = set("әӘөӨүҮұҰіІңҢһҺ")
_KK = set("әӘұҰіІһҺ")
_KY = set("өӨүҮңҢ")
_UK = set("їЇєЄґҐ")
_URDU = set("ٹڈڑںےۓ")
_PASHTO = set("ټډړښږځڅڼۍې")
_PERSIAN = set("پچژگ\u06cc\u06a9")  # پ چ ژ گ and Persian yeh/kaf
_ARABIC = set("\u064a\u0643\u0629\u0649")  # Arabic yeh, kaf, teh marbuta, alef maksura
_TR_AZ = set("şŞçÇğĞıİöÖüÜ")
_AZ = set("əƏ")
# o‘ g‘ and the tutuq belgisi (maʼlumot, aʼzo); English contractions (don't, you're) excluded.
_UZ_APOSTROPHE = re.compile(
    r"(?i)[og][\u02bb\u02bc\u2018\u2019'`\u00b4](?=[a-z])"
    r"|[aeiu][\u02bb\u02bc\u2018\u2019'`\u00b4](?!(?:s|t|d|m|re|ve|ll)\b)(?=[a-z])"
    r"|[a-z][\u02bb\u02bc]"
)

_APOSTROPHES = set("\u02bb\u02bc\u2018\u2019'`\u00b4")
UZ_DIGRAPH_BONUS = 0.6
PERSIAN_FORMS_BONUS = 0.4

_WORDS = {
    "Latn": re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u02bb\u02bc\u2018\u2019]*"),
    "Cyrl": re.compile(r"[\u0400-\u04ff]+"),
    "Arab": re.compile(r"[\u0600-\u06ff\u200c]+"),
}


def main_script(counts: dict[str, int]) -> str:
    """The script a text is written in. Cyrillic and Arabic letters count double: Latin
    words inside them are mostly product names and skills ("Debian терминал эмулятори")."""
    return max(counts, key=lambda k: counts[k] * (1 if k == "Latn" else 2))


def census(text: str) -> dict[str, int]:
    """Letters per script: ``{"Latn": n, "Cyrl": n, "Arab": n}``."""
    raw = text.encode("utf-8", "ignore")
    return {
        "Latn": len(raw.translate(None, _DELETE_NON_LATIN)),
        "Cyrl": len(raw.translate(None, _DELETE_NON_CYRILLIC)),
        "Arab": len(raw.translate(None, _DELETE_NON_ARABIC)),
    }


def script_of(text: str) -> str | None:
    """The script most letters of ``text`` are written in (None when it has none of ours)."""
    counts = census(text or "")
    best = main_script(counts)
    return best if counts[best] else None


def words_in(text: str, script: str) -> list[str]:
    return _WORDS[script].findall(text)


def narrow(text: str, script: str) -> tuple[tuple[str, ...], dict[str, float]]:
    """The candidates the letters allow, and score bonuses the letters earn."""
    letters = set(text)
    langs = CANDIDATES[script]
    bonus: dict[str, float] = {}
    if script == "Cyrl":
        if letters & _TG:
            langs = ("tg",)
        elif letters & _UZ_CYRL and not letters & (_KK_KY | _UK):
            langs = ("uz-cyrl",)
        elif letters & _KK:
            langs = ("kk",)
        elif letters & _KY:
            langs = ("kk", "ky")
        elif letters & _UK:
            langs = ("uk",)
        elif letters & _UZ_TG_KK:
            langs = ("uz-cyrl", "tg", "kk")
    elif script == "Arab":
        if letters & _URDU:
            langs = ("ur",)
        elif letters & _PASHTO:
            langs = ("ur", "fa")  # no Pashto profile: never call it Arabic; CLD2 names ps on long text
        else:
            persian, arabic = bool(letters & _PERSIAN), bool(letters & _ARABIC)
            if persian and not arabic:
                bonus["fa"] = PERSIAN_FORMS_BONUS
                bonus["ur"] = PERSIAN_FORMS_BONUS / 2
            elif arabic and not persian:
                bonus["ar"] = PERSIAN_FORMS_BONUS
    elif script == "Latn":
        if letters & _AZ:
            langs = ("az",)
        elif letters & _TR_AZ:
            langs = tuple(lang for lang in langs if lang not in ("uz", "en"))
        elif letters & _APOSTROPHES and _UZ_APOSTROPHE.search(text):
            bonus["uz"] = UZ_DIGRAPH_BONUS
    return langs, bonus


def rule_only(text: str, script: str) -> str:
    """What the letters alone say (the ``rules`` part in evaluation): the first allowed
    candidate after bonuses, else the script's most likely target language."""
    langs, bonus = narrow(text, script)
    if bonus:
        return max(bonus, key=bonus.__getitem__)
    if len(langs) < len(CANDIDATES[script]):
        return langs[0]
    return {"Latn": "en", "Cyrl": "ru", "Arab": "fa"}[script]
