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
_KK = set("әӘұҰһҺ")
_I = set("іІ")  # Kazakh's and Ukrainian's (and Belarusian's) alike: alone, it tells neither
_KY = set("өӨүҮңҢ")
_UK = set("їЇєЄґҐ")
_URDU = set("ٹڈڑںےۓ")
_PASHTO = set("ټډړښږځڅڼۍېګ")  # ګ: Pashto's gaf (Persian's is گ)
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



def _any_of(chars: set[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


_TG_RX, _UZ_CYRL_RX, _KK_KY_UK_RX, _KK_RX, _KY_RX, _UK_RX, _UZ_TG_KK_RX, _I_RX = map(
    _any_of, (_TG, _UZ_CYRL, _KK_KY | _UK, _KK, _KY, _UK, _UZ_TG_KK, _I))
_URDU_RX, _PASHTO_RX, _AZ_RX, _TR_AZ_RX = map(_any_of, (_URDU, _PASHTO, _AZ, _TR_AZ))
_APOSTROPHES = set("\u02bb\u02bc\u2018\u2019'`\u00b4")
UZ_DIGRAPH_BONUS = 0.6
WORD_BONUS = 0.5
# Frequent Uzbek words that no neighbour spells alike (Kazakh/Kyrgyz керек, Tajik барои, Turkish için);
# "va" and "ham" are left out (English has them), and so are Cyrillic мумкин, ходим, маош (Tajik has them).
_UZ_LATIN_WORDS = ("kerak", "uchun", "bilan", "yoki", "emas", "mumkin", "lozim", "kabi", "ishga", "xodim",
                   "hodim", "talablar", "maosh", "tajriba", "yordamchi", "masofaviy", "qilish", "ishlash")
_UZ_WORDS = frozenset(_UZ_LATIN_WORDS) | frozenset(
    ("керак", "учун", "билан", "ёки", "эмас", "каби", "ишга", "талаблар",
     "тажриба", "ёрдамчи", "масофавий", "қилиш", "ишлаш"))
# Persian words Arabic does not have (را است برای آقا خانم …) and Arabic function words
# Persian does not use (في على إلى الذي …); Urdu is told apart by its letters.
_FA_WORDS = frozenset(("را", "است", "برای", "می", "از", "که", "با", "یا", "این", "آن", "یک", "هم", "آقا",
                       "خانم", "کار", "شرکت", "دورکاری", "کارشناس", "مسلط", "آشنا", "سابقه", "نیاز", "تهران",
                       "شود", "بود", "شد", "کرد", "نیست", "هست", "های", "تا", "اگر", "همه", "خود", "نیز", "ولی"))
TO_PERSIAN = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})
# What shows Persian typed with the Arabic yeh and kaf (an Afghan or older Arabic keyboard: "كار در منزل"), where
# Arabic uses those letters natively: Persian's own letters, the ZWNJ, the ezafe "ۀ"/"هٔ", or a word Arabic does not
# write ("در", "را", "است", "كارمند"). ``_FA_WORDS`` less its words that are Arabic ones too (هم "they", يا "O",
# ولي "guardian", كرد "Kurds", اين "where", همه "his concern", شد, تا, خود, آن, يك, با, كه).
_PERSIAN_SIGNS = re.compile("[پچژگ\u200c\u06c0]|\u0647\u0654")
_PERSIAN_ONLY_WORDS = frozenset(("را", "است", "می", "از", "برای", "در", "های", "شود", "نیست", "هست", "بود", "نیز",
                                 "اگر", "آقا", "خانم", "کار", "شرکت", "دورکاری", "کارشناس", "مسلط", "آشنا",
                                 "سابقه", "نیاز", "کارمند", "حسابدار", "منشی", "دستیار"))
_PASHTO_WORDS = frozenset(("د", "په", "لپاره"))
_AR_WORDS = frozenset(("في", "على", "إلى", "عن", "هذا", "هذه", "التي", "الذي", "الى", "مع", "كان", "لا", "ان",
                       "أن", "إن", "هو", "هي", "مطلوب", "للعمل"))
PERSIAN_FORMS_BONUS = 0.4
CYRILLIC_SOURCES = ("ru", "uz-cyrl")  # the Cyrillic languages our sources carry (hh.uz, Telegram)
# Evidence in Cyrillic text that shows none of the neighbours' letters: frequent words of each neighbour that Russian
# and Uzbek do not spell alike ("да" left out: Uzbek writes "00:00 да"), Bulgarian's ъ before a consonant (Russian
# writes it only before е ё ю я: объявление) and its verbal nouns in -ване/-яне; and words of Russian postings no
# neighbour spells alike, which count for both the sources' languages (Uzbek posts borrow them: "зарплата 4 млн").
_CYRILLIC_WORDS = {
    "bg": frozenset(("е", "се", "ще", "със", "във", "към", "съм", "са", "това", "тази", "този", "които", "който",
                     "която", "което", "няма", "трябва", "чрез")),
    "mk": frozenset(("е", "се", "биде", "нема", "од", "што", "го", "ги", "кои", "која", "кој", "треба")),
    "ky": frozenset(("керек", "жана", "менен", "бул", "эмес", "жок", "болот")),
    "kk": frozenset(("керек", "емес")),
    "tg": frozenset(("барои", "аст", "мебошад", "кунед", "намоед")),
    "ru": frozenset(("что", "это", "также", "если", "будет", "есть", "нужен", "нужна", "нужно", "ищем", "зарплата",
                     "требуется", "требуются", "требования", "обязанности", "опыт", "трудоустройство",
                     "собеседование")),
}
_BULGARIAN_FORMS = re.compile(r"[ъЪ](?=[а-дж-эА-ДЖ-Э])|[вя]не\b")


def _languages_by_word(lexicons: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for lang, words in lexicons.items():
        for word in words:
            found[word] = (*found.get(word, ()), lang)
    return found


_CUES = _languages_by_word(_CYRILLIC_WORDS)

_WORDS = {
    "Latn": re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u02bb\u02bc\u2018\u2019]*"),
    "Cyrl": re.compile(r"[\u0400-\u04ff]+"),
    "Arab": re.compile(r"[\u0600-\u06ff\u200c]+"),
}


def main_script(counts: dict[str, int], text: str | None = None) -> str:
    """The script a text is written in. Cyrillic and Arabic letters count three times when
    they make at least two words: Latin words inside them are mostly product names and
    skills ("Debian терминал эмулятори", a Persian ad listing "Microsoft Excel, Canva"),
    while one word of them in a Latin title is mostly a place ("Data Scientist (بابلسر)")."""
    def weight(script: str) -> int:
        if script == "Latn" or not counts[script]:
            return 1
        if text is not None and counts["Latn"] and len(_WORDS[script].findall(text, 0, 400)) < 2:
            return 1
        return 3
    return max(counts, key=lambda k: counts[k] * weight(k))


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


def allowed(text: str, script: str) -> tuple[str, ...]:
    """The candidates of ``script`` that the letters of ``text`` allow."""
    if script == "Cyrl":
        if _TG_RX.search(text):
            return ("tg",)
        if _UZ_CYRL_RX.search(text) and not _KK_KY_UK_RX.search(text):
            return ("uz-cyrl",)
        if _KK_RX.search(text) or (_I_RX.search(text) and _UZ_TG_KK_RX.search(text)):
            return ("kk",)
        if _KY_RX.search(text):
            return ("kk", "ky")
        if _UK_RX.search(text):
            return ("uk",)
        if _I_RX.search(text):  # "і" with none of the letters only Kazakh has: Ukrainian without ї є ґ too
            return ("kk", "uk")
        if _UZ_TG_KK_RX.search(text):
            return ("uz-cyrl", "tg", "kk")
    elif script == "Arab":
        if _URDU_RX.search(text):
            return ("ur",)
        if _PASHTO_RX.search(text):
            return ("ur", "fa")  # no Pashto profile: never call it Arabic; CLD2 names ps (``detect``'s ``_pashto``)
    elif script == "Latn":
        if _AZ_RX.search(text):
            return ("az",)
        if _TR_AZ_RX.search(text):
            return tuple(lang for lang in CANDIDATES[script] if lang not in ("uz", "en"))
    return CANDIDATES[script]


def narrow(text: str, script: str) -> tuple[tuple[str, ...], dict[str, float]]:
    """The candidates the letters allow, and score bonuses the letters and words earn."""
    letters = set(text)
    langs = allowed(text, script)
    bonus: dict[str, float] = {}
    if script == "Arab" and len(langs) > 1:
        persian, arabic = bool(letters & _PERSIAN), bool(letters & _ARABIC)
        if persian and not arabic:
            bonus["fa"] = PERSIAN_FORMS_BONUS
            bonus["ur"] = PERSIAN_FORMS_BONUS / 2
        elif arabic and not persian:
            bonus["ar"] = PERSIAN_FORMS_BONUS
        words = _WORDS[script].findall(text)
        for lang, lexicon in (("fa", _FA_WORDS), ("ar", _AR_WORDS)):
            # Persian typed on an Arabic keyboard (مى, كار) still spells Persian words.
            hits = sum(1 for w in words if w in lexicon or (lang == "fa" and w.translate(TO_PERSIAN) in lexicon))
            if hits:
                bonus[lang] = bonus.get(lang, 0.0) + WORD_BONUS * min(1.0, 3 * hits / len(words))
    elif script in ("Latn", "Cyrl"):
        uz = "uz-cyrl" if script == "Cyrl" else "uz"
        words = _WORDS[script].findall(text.lower())
        hits = sum(1 for w in words if w in _UZ_WORDS)
        if hits:
            bonus[uz] = WORD_BONUS * min(1.0, 3 * hits / len(words))
        if script == "Latn" and letters & _APOSTROPHES and _UZ_APOSTROPHE.search(text):
            bonus[uz] = bonus.get(uz, 0.0) + UZ_DIGRAPH_BONUS
        if script == "Cyrl" and "ru" in langs:  # Russian is allowed only when no neighbour's letter shows
            _plain_cyrillic_bonus(text, words, langs, bonus)
    return langs, bonus


def _plain_cyrillic_bonus(text: str, words: list[str], langs: tuple[str, ...], bonus: dict[str, float]) -> None:
    """The words a neighbour needs to take Cyrillic text that shows none of its letters (``detect`` gives the
    neighbours a handicap there), and the Russian words that speak against all of them."""
    hits: dict[str, int] = {}
    for word in words:
        for lang in _CUES.get(word, ()):
            hits[lang] = hits.get(lang, 0) + 1
    if _BULGARIAN_FORMS.search(text):
        hits["bg"] = hits.get("bg", 0) + 1
    for lang, count in hits.items():
        share = WORD_BONUS * min(1.0, 3 * count / max(len(words), 1))
        for cued in CYRILLIC_SOURCES if lang == "ru" else (lang,):
            if cued in langs:
                bonus[cued] = bonus.get(cued, 0.0) + share


def pashto_letters(text: str) -> bool:
    """Whether Arabic-script ``text`` has letters of Pashto that Persian and Urdu never write, and none of Urdu's."""
    return bool(_PASHTO_RX.search(text)) and not _URDU_RX.search(text)


def pashto_words(text: str) -> bool:
    """Whether ``text`` has a frequent word of Pashto that Persian does not write ("د" of, "په" in, "لپاره" for)."""
    return any(w in _PASHTO_WORDS for w in _WORDS["Arab"].findall(text))


def persian_evidence(text: str) -> bool:
    """Whether ``text`` shows Persian whatever its yeh and kaf (``_PERSIAN_SIGNS``, ``_PERSIAN_ONLY_WORDS``)."""
    if _PERSIAN_SIGNS.search(text):
        return True
    return any(w.translate(TO_PERSIAN) in _PERSIAN_ONLY_WORDS for w in _WORDS["Arab"].findall(text))


def rule_only(text: str, script: str) -> str:
    """What the letters alone say (the ``rules`` part in evaluation): the first allowed
    candidate after bonuses, else the script's most likely target language."""
    langs, bonus = narrow(text, script)
    if bonus:
        return max(bonus, key=bonus.__getitem__)
    if len(langs) < len(CANDIDATES[script]):
        return langs[0]
    return {"Latn": "en", "Cyrl": "ru", "Arab": "fa"}[script]
