"""Language of a posting: Uzbek (Latin and Cyrillic), Persian, English or another, at crawl speed.

``detect(text) -> Detection(lang, script, confidence, others)``; ``lang`` is an ISO
639-1 code (``uz``, ``fa``, ``en``, ``ru``…) or ``und`` when there is too little
text, ``script`` is ``Latn``/``Cyrl``/``Arab`` (None for other scripts), and
``others`` lists the other languages a mixed posting carries (a Persian ad listing
English skills, an Uzbek post with a Russian block).

Design — three parts, each covering the others' blind spots:

1. **Script census and letter/word rules** (``rules``), a few microseconds: the
   main script picks the candidate languages (Cyrillic and Arabic letters weigh
   3× when they make two or more words, so "Debian терминал эмулятори" and a
   Persian ad listing English skills are not called English), and letters no
   neighbour shares narrow them — ``ў`` is Uzbek Cyrillic, ``ӣ ӯ ҷ`` Tajik,
   ``ә ө ү ұ і ң һ`` Kazakh/Kyrgyz, ``ٹ ڈ ڑ ں ے`` Urdu, ``ə ş ç ğ ı`` Turkish/
   Azerbaijani and never Uzbek Latin. ``o‘ g‘``/``maʼlumot`` (any apostrophe),
   ``پ چ ژ گ ی ک`` against ``ي ك ة``, and short lists of frequent words no
   neighbour spells alike (kerak/керак, uchun; را است برای; في على الذي) add evidence. Persian typed with
   the Arabic ``ي ك`` (Afghan and older Arabic keyboards: "كار در منزل") is scored as Persian on Persian's
   spelling when it shows Persian otherwise (its letters, ZWNJ, a word Arabic does not write: در را است).
   Pashto, which has no n-gram profile, is taken on CLD2's word in short text that shows it (its letters
   ``ټ ډ ړ ږ ښ ګ ڼ ۍ ې``, or "د", "په"); its letters with no such word leave Persian or Urdu in doubt.
2. **langdetect's n-gram model made Uzbek-aware** (``ngram``): langdetect's own
   1-3-gram profiles, plus profiles built from real text with langdetect's
   ``LangProfile`` (``python -m pipeline.language.build_profiles``): Uzbek Latin
   and Uzbek Cyrillic as two profiles (each also fed the other script's text,
   transliterated), Kazakh, Kyrgyz, Tajik and Azerbaijani (langdetect has none),
   and UI-text supplements for en/ru/tr/fa/ar/ur. It is scored as deterministic
   naive Bayes over every gram (langdetect's random sampler is 50× slower and not
   repeatable) against the script's candidates only, plus a small log-prior for
   the languages our users post in (``PRIOR``). This part gets titles right. In
   Cyrillic text that shows none of the neighbours' letters, Kyrgyz, Kazakh, Tajik,
   Bulgarian and Macedonian start ``LOANWORD_NATS`` behind over the whole text, so a
   Russian title of loanwords ("Офис-менеджер", "Кассир") stays Russian unless their
   own words (``rules``) or a sentence's worth of n-grams say otherwise.
3. **CLD2** (pycld2), C++: on long text (≥ ``LONG_LETTERS`` letters of the main
   script) its reliable answer is taken unless the letters forbid it — the n-gram
   model would cost 10× more there and is no better; on short text it is one vote
   (``CLD2_VOTE``) among the n-gram scores. It reads each paragraph separately, so
   a Russian block in an Uzbek post shows up in ``others``.

``others``: a language that holds ``OTHER_SHARE``% of a long text, or writes a
whole paragraph of it, and the language of a second script's words (English skills
in a Persian ad). Text longer than ``SAMPLE_CHARS`` is read as its opening plus
slices spread to its end, so the cost stays flat (≈14,000 title+300-word
descriptions a second on one core, ≈25 MB; ``benchmarks/language_speed.py``).

Measured on real text (``vagigs eval language``; dev = the tuning set; held-out B
never inspected): macro-F1 dev 0.998, held-out A 0.995, held-out B 0.991; each part
alone on dev: n-grams 0.991, CLD2 0.967, rules 0.888. py3langid was tried as a
fourth voter and left out: it added nothing on dev/held-out A (0.997/0.995 with it)
and is about 8× slower than CLD2 on long descriptions. ``PARTS`` exposes each part alone
(``vagigs eval language --detector``).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycld2

from pipeline import links
from pipeline.language import ngram, rules
from pipeline.language.rules import script_of

__all__ = ["Detection", "codes", "detect", "script_of", "PARTS"]

MIN_LETTERS = 3
LONG_LETTERS = 200  # from here on CLD2 alone is reliable
SAMPLE_CHARS = 700  # longer text is read as its opening plus slices spread over the rest
SAMPLE_HEAD = 400
SAMPLE_SLICES = 3
NGRAM_CHARS = 400  # the n-gram model reads the opening (title + first lines)
CLD2_VOTE = 0.25  # added to CLD2's pick among the n-gram scores (mean log-prob per gram)
# Log-prior of the languages our users post in, over look-alike neighbours (per gram, like the scores).
PRIOR = {"uz": 0.15, "uz-cyrl": 0.15, "en": 0.3, "fa": 0.15, "ru": 0.05}
# Cyrillic text that shows none of the neighbours' letters is Russian or Uzbek in our sources (hh.uz, Telegram), yet
# a title of loanwords ("Офис-менеджер", "Кассир", "Оператор call-центра") is spelt alike in Kyrgyz, Kazakh, Tajik,
# Bulgarian and Macedonian, whose n-grams then won it by a hair. There those neighbours start LOANWORD_NATS behind
# over the whole text (LOANWORD_NATS / grams, per gram): a title's few grams are not enough, their words
# (``rules``) or a sentence's worth of grams are. Ukrainian seldom takes a Russian title and starts level.
LOANWORD_NEIGHBOURS = ("bg", "mk", "kk", "ky", "tg")
LOANWORD_NATS = 12.0
# Confidence kept of the n-grams' Persian or Urdu for short text with Pashto's own letters that CLD2 does not read as
# Pashto: those letters say it is neither.
PASHTO_DOUBT = 0.5
BLOCK_CHARS = 60  # a paragraph shorter than this is read with the next one
# Another language is listed in ``others`` when it holds this percent of the text, or at least
# OTHER_SHARE_MIN percent as a paragraph of its own (CLD2's small shares inside one paragraph are noise).
OTHER_SHARE = 25
OTHER_SHARE_MIN = 5
PARAGRAPH_SHARE = 60
# Latin words inside Persian or Cyrillic postings are English skills and names, or Uzbek Latin.
EMBEDDED = {"Latn": ("en", "uz")}
OTHERS_MIN_LETTERS = 100  # below this, only a second script names another language
OTHER_SCRIPT_LETTERS = 8  # letters of a second script that make it worth naming its language

_CLD2_TO_OURS = {"iw": "he", "jw": "jv", "zh-Hant": "zh", "un": "und", "xx-Qaai": "und", "tl": "tl"}
_ACRONYM = re.compile(r"\b[A-Z]{2,5}s?\b")
_PARAGRAPHS = re.compile(r"\n\s*\n")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[@#][\w.]+")  # what ``links.without_links`` takes out


@dataclass(frozen=True)
class Detection:
    lang: str
    script: str | None
    confidence: float
    others: list[str] = field(default_factory=list)


def _cld2_one(text: str) -> tuple[bool, tuple]:
    try:
        reliable, _, details = pycld2.detect(text, bestEffort=False)
    except (pycld2.error, UnicodeError):  # lone surrogates, or other input CLD2 refuses
        try:
            reliable, _, details = pycld2.detect(text.encode("utf-8", "ignore").decode("utf-8"), bestEffort=False)
        except (pycld2.error, UnicodeError):
            return False, ()
    return reliable, details


@dataclass(frozen=True)
class _Cld2:
    reliable: bool
    found: list[tuple[str, int]]  # (code, percent of the text), best first; "un" dropped
    paragraphs: frozenset[str]  # languages a whole paragraph is reliably written in


def _cld2(text: str) -> _Cld2:
    """CLD2's reading of ``text``.

    Paragraphs (split at blank lines) are read one by one and their shares added up by
    length: CLD2 folds a short Russian block into the Uzbek around it when it reads the
    whole text at once. Reading per paragraph costs no more bytes."""
    blocks = _PARAGRAPHS.split(text) if "\n\n" in text or "\n \n" in text else [text]
    if len(blocks) > 1:
        merged: list[str] = []
        for block in blocks:  # a title or a short line joins the paragraph after it
            if merged and len(merged[-1]) < BLOCK_CHARS:
                merged[-1] += "\n" + block
            else:
                merged.append(block)
        blocks = merged
    shares: dict[str, float] = {}
    paragraphs: set[str] = set()
    reliable_weight = total = 0.0
    for block in blocks:
        weight = float(len(block))
        total += weight
        reliable, details = _cld2_one(block)
        if reliable:
            reliable_weight += weight
            if details and details[0][1] != "un" and details[0][2] >= PARAGRAPH_SHARE:
                paragraphs.add(_CLD2_TO_OURS.get(details[0][1], details[0][1]))
        for _, code, pct, _ in details:
            if code != "un" and pct > 0:
                code = _CLD2_TO_OURS.get(code, code)
                shares[code] = shares.get(code, 0.0) + pct * weight
    found = sorted(((code, round(share / total)) for code, share in shares.items()), key=lambda kv: -kv[1])
    return _Cld2(reliable_weight >= total / 2, [(c, pct) for c, pct in found if pct > 0], frozenset(paragraphs))


def _ours(code: str, script: str | None) -> str:
    """A CLD2 code as our n-gram label (Uzbek Cyrillic has its own profile)."""
    code = code.split("-")[0]
    return "uz-cyrl" if code == "uz" and script == "Cyrl" else code


def _public(label: str) -> str:
    return "uz" if label == "uz-cyrl" else label


def _ngram_choice(text: str, script: str, vote: str | None,
                  among: tuple[str, ...] | None = None) -> tuple[str, float, dict[str, float]]:
    """Best label by n-gram scores + letter-rule bonuses (+ a CLD2 vote), with a confidence."""
    sample = text[:NGRAM_CHARS]
    counts = rules.census(sample)
    if sum(counts.values()) > counts[script]:  # mixed scripts: read only this script's words
        sample = " ".join(rules.words_in(sample, script))
    allowed, bonus = rules.narrow(sample, script)
    if among:
        allowed = tuple(lang for lang in allowed if lang in among) or allowed
    if script == "Latn":
        # Acronyms (VA, HR, SEO) say nothing of the language — "va" is Uzbek for "and".
        # langdetect's own n-gram reader skips all-capital words for the same reason.
        plain = _ACRONYM.sub(" ", sample)
        if len(plain.strip()) >= MIN_LETTERS:
            sample = plain
    scores, n = ngram.model(script).score(sample, allowed)
    if not scores:
        return "und", 0.0, {}
    if script == "Arab" and "fa" in scores and "ar" in scores and rules.persian_evidence(sample):
        scores["fa"] = max(scores["fa"], _persian_spelling_score(sample))
    for lang, extra in PRIOR.items():
        if lang in scores:
            scores[lang] += extra
    for lang, extra in bonus.items():
        if lang in scores:
            scores[lang] += extra
    if script == "Cyrl" and "ru" in allowed:  # none of the neighbours' letters (``rules.allowed``)
        for lang in LOANWORD_NEIGHBOURS:
            if lang in scores:
                scores[lang] -= LOANWORD_NATS / n
    if vote in scores:
        scores[vote] += CLD2_VOTE
    best = max(scores, key=scores.__getitem__)
    # Confidence: softmax over the per-gram margins, sharpened by how many grams we saw.
    k = min(n, 60) / 4
    top = scores[best]
    z = sum(math.exp(max(-50.0, (s - top) * k)) for s in scores.values())
    return best, 1.0 / z, scores


def _persian_spelling_score(sample: str) -> float:
    """The Persian n-gram score of ``sample`` with the Arabic yeh and kaf read as Persian's: text that shows Persian
    (``rules.persian_evidence``) typed with them ("كار در منزل") is scored as Persian on Persian's spelling, not
    on letters the Persian profile seldom saw; -inf when it has none."""
    folded = sample.translate(rules.TO_PERSIAN)
    if folded == sample:
        return -math.inf
    scores, _ = ngram.model("Arab").score(folded, ("fa",))
    return scores.get("fa", -math.inf)


def _second_script(text: str, census: dict[str, int], main: str) -> list[str]:
    """Languages written in a script other than the main one (English skills in a Persian ad)."""
    found = []
    for script, count in census.items():
        if script == main or count < OTHER_SCRIPT_LETTERS or count < 0.08 * census[main]:
            continue
        part = " ".join(rules.words_in(text, script))
        label, conf, _ = _ngram_choice(part, script, None, EMBEDDED.get(script))
        if label != "und" and conf >= 0.5:
            found.append(_public(label))
    return found


def sample(text: str) -> str:
    """What the detector reads of a long text: the opening (title and first lines) and
    ``SAMPLE_SLICES`` slices cut at spaces from the rest, so a Russian block at the end
    of an Uzbek post is still seen. Cost stays flat however long the description."""
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", 0, SAMPLE_HEAD)
    parts = [text[:cut if cut > 0 else SAMPLE_HEAD]]
    width = (SAMPLE_CHARS - SAMPLE_HEAD) // SAMPLE_SLICES
    step = (len(text) - SAMPLE_HEAD) // SAMPLE_SLICES
    for k in range(1, SAMPLE_SLICES + 1):  # each slice ends where its stretch ends: the last is the tail
        start = SAMPLE_HEAD + k * step - width
        piece = text[start:start + width]
        lo, hi = piece.find(" "), piece.rfind(" ")
        if k == SAMPLE_SLICES:
            parts.append(piece[lo + 1:] if lo >= 0 else piece)
        else:
            parts.append(piece[lo + 1:hi] if 0 <= lo < hi else piece)
    return "\n".join(parts)


def detect(text: str | None) -> Detection:
    """Primary language, script, confidence and other languages of ``text`` (see module docstring)."""
    text = sample(text or "")
    if "://" in text or "www." in text or "@" in text or "#" in text:
        text = links.without_links(text, handles=True)
    text = text.strip()
    census = rules.census(text)
    script = rules.main_script(census, text)
    letters = census[script]
    if letters == 0:
        # No Latin, Cyrillic or Arabic letters: only CLD2 knows other scripts.
        if len(text) < MIN_LETTERS:
            return Detection("und", None, 0.0)
        read = _cld2(text)
        if not read.found:
            return Detection("und", None, 0.0)
        code, pct = read.found[0]
        return Detection(code, None, round(pct / 100 * (1.0 if read.reliable else 0.6), 3))
    if sum(census.values()) < MIN_LETTERS:
        return Detection("und", script, 0.0)

    read = _cld2(text)
    reliable = read.reliable
    labels = [(_ours(code, script), pct) for code, pct in read.found]
    in_script = [(label, pct) for label, pct in labels if _written_in(label, script)]
    others: list[str] = []
    if letters >= LONG_LETTERS and reliable and in_script:
        best, pct = in_script[0]
        if script != "Latn" and best in ngram.CANDIDATES[script] and best not in rules.allowed(
                text[:NGRAM_CHARS], script):
            # CLD2 contradicts the letters (e.g. Tajik for text with ў and no ӣ ӯ ҷ): let the n-grams decide.
            best, conf, _ = _ngram_choice(text, script, None)
        else:
            conf = pct / 100 * (1.0 if best == labels[0][0] else 0.8)
    else:
        vote = in_script[0][0] if in_script else None
        best, conf, _ = _ngram_choice(text, script, vote)
        if best == "und":
            return Detection("und", script, 0.0)
        if script == "Arab" and best != "ar":
            best, conf = _pashto(text[:NGRAM_CHARS], best, conf, read, in_script)
    primary = _public(best)
    if letters >= OTHERS_MIN_LETTERS:  # CLD2's shares of a short text are noise
        for label, pct in labels:
            lang = _public(label)
            if lang not in (primary, "und") and lang not in others and (  # "und": CLD2's unreadable share
                    pct >= OTHER_SHARE or (pct >= OTHER_SHARE_MIN and label.split("-")[0] in read.paragraphs)):
                others.append(lang)
    for lang in _second_script(text, census, script):
        if lang not in (primary, "und") and lang not in others:
            others.append(lang)
    return Detection(primary, script, round(min(max(conf, 0.0), 1.0), 3), others)


def files() -> tuple[Path, ...]:
    """The files ``detect``'s results follow: its code and the n-gram profiles it scores (``ngram.profile_files``),
    for the stages that read the language to fingerprint (``legitimacy.version``), with ``libraries``."""
    return (Path(__file__), Path(ngram.__file__), Path(rules.__file__), *ngram.profile_files())


def libraries() -> tuple[str, ...]:
    """The compiled library ``detect`` follows too, by its release ("pycld2 0.42"): its bytes differ between
    platforms and Python versions, which detect alike, and a crawl node on Python 3.12 would have stamped every
    posting it judged with a version of its own."""
    from importlib.metadata import version

    return (f"pycld2 {version('pycld2')}",)


@lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    """Every language ``detect`` can name: the n-gram model's, each language CLD2 detects (by our code: "he" for
    its "iw"), and ``und``. Not CLD2's "xx-Copt" and such, which name a script whose language it does not know,
    nor its joke languages (Klingon, Pig Latin): no posting is stored in such a language."""
    code_of: dict[str, set[str]] = {}
    for name, code in pycld2.LANGUAGES:
        code_of.setdefault(name, set()).add(code)
    cld2 = {_CLD2_TO_OURS.get(code, code).split("-")[0] for name in pycld2.DETECTED_LANGUAGES
            if not name.startswith("X_") for code in code_of.get(name, ())}
    ngrams = {_public(label) for labels in ngram.CANDIDATES.values() for label in labels}
    return frozenset(cld2 | ngrams | {"und"})


def _pashto(text: str, best: str, conf: float, read: _Cld2, in_script: list[tuple[str, int]]) -> tuple[str, float]:
    """Pashto, for which the n-grams hold no profile, in short text they read as Persian or Urdu: when CLD2 reads it
    first and the text shows Pashto (``rules.pashto_letters``, ``rules.pashto_words``), as it does from a few words on
    ("اداري مرستیال ته اړتیا ده", "د کور څخه کار"). Letters of Pashto's own that CLD2 does not read as Pashto leave the
    n-grams' choice held in doubt (``PASHTO_DOUBT``): those letters say it is neither Persian nor Urdu."""
    letters = rules.pashto_letters(text)
    if not letters and not rules.pashto_words(text):
        return best, conf
    if in_script and in_script[0][0] == "ps":
        return "ps", in_script[0][1] / 100 * (1.0 if read.reliable else 0.6)
    return (best, conf * PASHTO_DOUBT) if letters else (best, conf)


def _written_in(label: str, script: str) -> bool:
    """Whether a language can be the main one of text in ``script`` (languages we hold no
    profile for, like Serbian or Mongolian, are taken on CLD2's word)."""
    if label in ngram.CANDIDATES[script]:
        return True
    return not any(label in langs for other, langs in ngram.CANDIDATES.items() if other != script)


def _part_ngram(text: str) -> str:
    census = rules.census(text)
    script = rules.main_script(census, text)
    if census[script] < MIN_LETTERS:
        return "und"
    scores, _ = ngram.model(script).score(text[:NGRAM_CHARS])
    return _public(max(scores, key=scores.__getitem__)) if scores else "und"


def _part_cld2(text: str) -> str:
    found = _cld2(text).found
    return found[0][0].split("-")[0] if found else "und"


def _part_rules(text: str) -> str:
    census = rules.census(text)
    script = rules.main_script(census, text)
    if census[script] < MIN_LETTERS:
        return "und"
    return _public(rules.rule_only(text, script))


def _part_py3langid(text: str) -> str:
    import py3langid

    return py3langid.classify(text)[0]


# Each part alone, for ``vagigs eval language --detector``: name -> text -> language code.
PARTS = {
    "combined": lambda text: detect(text).lang,
    "ngram": _part_ngram,
    "cld2": _part_cld2,
    "rules": _part_rules,
    "py3langid": _part_py3langid,
}
