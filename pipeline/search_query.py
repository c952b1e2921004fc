"""A seeker's search as the store looks it up: the words as typed (``textnorm.search_words``), each also by its stem.

A seeker types the form in their head, not the posting's: "assistants" for a post that says "assistant", "called"
for "calls", «دستیارها» for «دستیار», "operatorlar" or "yordamchisi" for "operator" and "yordamchi", "ассистента" for
"ассистент". Each search word is also looked for as the start of its stem, another spelling of the word
(``store.search.SPELLINGS``), the way a search engine's light stemming finds inflections: only endings of inflection
are cut, by a few rules a language (``_english``, ``_uzbek``, ``_persian``; Russian by the Snowball stemmer, whose
endings are of inflection but "-ость"), and a stem shorter than ``MIN_STEM`` letters is not used ("news" does not become
"new", «کارها» not «کار»; an English "-ing" stem under ``MIN_ING_STEM``: "reading" not "read"), so a short stem does
not find every word it starts. It is read from the search alone: the stored words are unchanged, and no store is
folded again. A word in quotes ("assistants", «دستیارها») is looked for as typed, without its stem; quotes make no
phrase (the words are found anywhere in the posting, as without).

This module is not ``textnorm``, whose fingerprint versions every posting's tags, verdict and search words: what is
read from a search changes no stored posting.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.textnorm import SPELLINGS, fold, has_cyrillic, search_words, unmarked

#: The shortest stem looked for (letters, apostrophes not counted): "calls" is "call", "news" stays "news"
MIN_STEM = 4
#: The shortest Uzbek stem: English words end in "lar" or "i" too ("popular", "similar", "multi"), one letter shorter
MIN_UZBEK_STEM = 5
#: What a search holding no word at all (only signs: "-", "_", "%") looks for: a word of no letter, which no posting
#: holds on either store (``store.search.words_queries``); the feed is then empty, on the page, the API and the CLI
NO_WORD = "_"
_QUOTES = "\"“”„«»"
_QUOTED = re.compile(f"[{_QUOTES}][^{_QUOTES}]*(?:[{_QUOTES}]|\\Z)")
_EDGES = re.compile(r"^[^\w']+|[^\w']+$")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def search_terms(query: str | None) -> list[str]:
    """The words every found posting must start a word with (``textnorm.search_words``), each a ``SPELLINGS`` list
    that goes on with the spellings of its stems (``stems``; not for a word in quotes) and, for a word typed in
    Cyrillic, of each with the vowel a Russian keyboard lacks put back (``_keyboard_vowel``). A typed word of signs
    alone is left out ("_" as "-" and "%" are: "_ assistant" is "assistant"); a search of nothing else is
    ``[NO_WORD]``: it finds nothing, as a word found nowhere, where "-" had found the whole feed and "_" nothing."""
    terms = [term for term in search_words(query) if _LETTER_OR_DIGIT.search(term)]
    if not query or not terms:
        return [NO_WORD] if query and query.strip() else []
    quoted = {word for span in _QUOTED.findall(query) for word in span.split()}
    more: dict[str, list[str]] = {}
    for typed in query.split():
        own = search_words(typed)
        if len(own) == 1:
            more.setdefault(_first(own[0]), []).extend(_more_spellings(typed, own[0], exact=typed in quoted))
    return [term + "".join(SPELLINGS + s for s in dict.fromkeys(more.get(_first(term), ()))
                           if s not in term.split(SPELLINGS))
            for term in terms]


def _first(term: str) -> str:
    """A search word's first spelling: the word as typed (folded, joined)."""
    return term.split(SPELLINGS, 1)[0]


def _more_spellings(typed: str, term: str, *, exact: bool) -> list[str]:
    """The spellings a typed word is also looked for in, besides its own (``term``'s): its stems' unless ``exact``,
    and for a Cyrillic word, each of those with a Russian keyboard's vowel put back."""
    out = [] if exact else [s for stem in stems(typed) for s in search_words(stem)[0].split(SPELLINGS)]
    if has_cyrillic(typed):
        out += [_keyboard_vowel(s) for s in (*term.split(SPELLINGS), *out)]
    return out


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")  # letters, apostrophes only inside
_UZBEK_CYRILLIC = re.compile("[ўқғҳ]")
_LATIN = re.compile("[a-z]+(?:'[a-z]+)*")
_PERSIAN = re.compile("[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+")


@lru_cache(maxsize=4096)
def stems(typed: str) -> tuple[str, ...]:
    """The stems of one typed word (in its own script, any case), each shorter than the word and of ``MIN_STEM``
    letters or more, by the rules of each language its letters may be written in: Russian (Cyrillic without an
    Uzbek letter), English (Latin), Uzbek (either script, as ``fold`` writes it: Latin; ``MIN_UZBEK_STEM``),
    Persian."""
    raw = _EDGES.sub("", unmarked(fold(typed, transliterate=False)))
    if not _WORD.fullmatch(raw):
        return ()
    folded = fold(raw)
    found: list[tuple[str, str, int]] = []  # (stem, the word it is cut from, its fewest letters)
    if has_cyrillic(raw) and not _UZBEK_CYRILLIC.search(raw):
        found.append((_russian(raw), raw, MIN_STEM))
    if raw.isascii():
        found.append((_english(raw), raw, MIN_STEM))
    if _LATIN.fullmatch(folded):
        found.append((_uzbek(folded), folded, MIN_UZBEK_STEM))
    if _PERSIAN.fullmatch(raw):
        found.append((_persian(raw), raw, MIN_STEM))
    return tuple(dict.fromkeys(stem for stem, word, least in found
                               if stem != word and len(stem.replace("'", "")) >= least))


@lru_cache(maxsize=1)
def _russian_stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("russian")


def _russian(word: str) -> str:
    """The Snowball stem of a Russian word, cut from the word as typed: the stemmer writes "ё" as "е" ("удалённая"
    is "удален"), and the fold keeps them apart, so the stem is the word's first letters, as many.

    The stemmer also writes a stem's "нн" once («данных», «данные» are «дан»), too short to look for: such a stem
    under ``MIN_STEM`` letters keeps its "нн" («данн», which finds «данные», «данных», «данными» and not «дань»,
    «данью», «дано»). Other stems of three letters stay unused, and no letter of their ending is kept either:
    one reaches another root as often as the word's other forms («новое» «новости», «менее» «менеджер», «архив»
    «архитектура», «медиа» «медицинский»; where «чатов» would not reach «чат»)."""
    stem = _russian_stemmer().stemWord(word)
    if not word.replace("ё", "е").startswith(stem.replace("ё", "е")):
        return word
    cut = len(stem)
    if cut < MIN_STEM and stem.endswith("н") and word[cut:cut + 1] == "н":
        cut += 1
    return word[:cut]


#: A consonant doubled before "-ed" or "-ing" ("planned", "shipping"), written once in the stem ("plan", "ship")
_DOUBLED = re.compile(r"(bb|dd|gg|mm|nn|pp|rr|tt)\Z")
#: The shortest stem of an "-ing" word: one of four letters reaches other roots as often as its own ("reading" would
#: find "ready", "willing" "will", "evening" "event", "trading" "traditional", "booking" "bookkeeping")
MIN_ING_STEM = 5
#: "-ing" words that name a trade or a thing of their own, not the doing of their base: "accounting" is not
#: "account", "marketing" not "market" nor "marketplace", "programming" not "program", "incoming" not "income"
_ING_WORDS = frozenset({"accounting", "marketing", "programming", "incoming"})


def _english(word: str) -> str:
    """An English word without the ending of a plural, a past or "-ing" ("assistants", "searches", "companies",
    "called", "planned", "applied", "scheduling"); not a word that only looks plural ("business", "bonus",
    "analysis"), nor "-eed" ("proceed"). For "-ing" see ``_ing``."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("ss", "x", "z", "ch", "sh")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("ed") and not word.endswith("eed") and re.search("[aeiouy]", word[:-2]):
        return _DOUBLED.sub(lambda m: m.group()[0], word[:-2])
    if word.endswith("ing"):
        return _ing(word)
    return word


def _ing(word: str) -> str:
    """The stem of an "-ing" word, of ``MIN_ING_STEM`` letters or more: "scheduling" is "schedul" (which starts
    "schedule", "scheduled"), "managing" "manag", "bookkeeping" "bookkeep", "entering" "enter". A doubled consonant
    is written once ("submitting" is "submit"), and the "e" English drops before "-ing" is put back after "c" and
    "v", which end no verb ("pricing" is "price", "driving" "drive"; "producing" is "produce", not "produc", which
    starts "product"). A stem of four letters or less is not used ("shipping", "reading", "willing", "during",
    "string", "thing"), nor one of a word in ``_ING_WORDS`` or ending in "thing" ("something")."""
    if word in _ING_WORDS or word.endswith("thing") or not re.search("[aeiouy]", word[:-3]):
        return word
    stem = _DOUBLED.sub(lambda m: m.group()[0], word[:-3])
    if stem.endswith(("c", "v")):
        stem += "e"
    return stem if len(stem.replace("'", "")) >= MIN_ING_STEM else word


_UZBEK_CASES = ("ning", "dan", "tan", "ni", "ga", "ka", "qa", "da", "ta")
_VOWELS = "aeiou"


def _uzbek(word: str) -> str:
    """An Uzbek word (folded: Latin) without its endings of plural ("-lar"), possession ("-i" after a consonant, "-si"
    after a vowel; "yordamchisi" is "yordamchi") and "-lik" ("operatorlik" is "operator"); a case ending ("-ni",
    "-ga", "-da", "-dan", "-ning") only before them ("operatorlarga" is "operator"): alone, it ends too many other
    words ("planning", "agenda"). "-chi" stays: "yordamchi" is not "yordam"."""
    for case in _UZBEK_CASES:
        if word.endswith(case) and (stem := _uzbek_core(word[:-len(case)])) != word[:-len(case)]:
            return stem
    return _uzbek_core(word)


def _uzbek_core(word: str) -> str:
    rest, possessed = word, False
    if rest.endswith("si") and rest[-3:-2] in tuple(_VOWELS):
        rest, possessed = rest[:-2], True
    elif rest.endswith("i") and rest[-2:-1] not in ("", *_VOWELS, "'") and not rest.endswith("chi"):
        rest, possessed = rest[:-1], True
    if rest.endswith("lar"):
        rest = rest[:-3]
    if rest.endswith("lik") or (possessed and rest.endswith("lig")):
        rest = rest[:-3]
    return rest


def _persian(word: str) -> str:
    """A Persian word (joined, without ZWNJ) without the ending of its plural: «ها», «های», «هایی» («دستیارها»), «ان»
    («دستیاران»), «یان» after a vowel («دانشجویان»), «گان» for a final «ه» («فروشندگان», of «فروشنده»)."""
    for plural in ("هایی", "های", "ها"):
        if word.endswith(plural):
            return word[:-len(plural)]
    if word.endswith("یان") and word[-4:-3] in ("ا", "و"):
        return word[:-3]
    if word.endswith("گان"):
        return word[:-3]
    if word.endswith("ان"):
        return word[:-2]
    return word


#: The first vowel of a folded word
_FIRST_VOWEL = re.compile("[aeiou]")


def _keyboard_vowel(spelling: str) -> str:
    """A folded spelling of a word typed in Cyrillic, of five letters or more, with a first "u" written "o": a Russian
    keyboard has no "ў", and Uzbek seekers type "у" for it ("укитувчи", "тулов", "суров" for "ўқитувчи", "тўлов",
    "сўров"; ``store.search.uzbek_spellings`` puts back its "қ", "ғ", "ҳ" and apostrophes). Only for a word typed
    in Cyrillic: in Latin "u" is "u", and "rules" had found "roles" (36 of the 39 dev postings it found)."""
    if not _LATIN.fullmatch(spelling) or len(spelling.replace("'", "")) < 5:
        return spelling
    first = _FIRST_VOWEL.search(spelling)
    if first and first.group() == "u":
        return spelling[:first.start()] + "o" + spelling[first.end():]
    return spelling
