"""How a rule's phrases are matched: ``Rule``; a phrase compiled to its regex and the words it needs
(``_phrase``), compiled on first use (``LazyPattern``); ``Lexicon``, whose phrases run only on a text holding their
trigger words (``Words``); the lexicons every assessment runs, looked up together (``share``); and raw patterns tried
only where their matches can start (``_openings``).
"""
from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from re import _constants as _re_constants  # (the regex parser: ``_openings`` reads what a pattern opens with)
from re import _parser as _re_parser

from pipeline.legitimacy.text import letter_words, links_as_one_word
from pipeline.textnorm import fold


@dataclass(frozen=True)
class Rule:
    code: str
    weight: int  # points of suspicion on the 0–100 scale
    text: str  # what a seeker reads
    hard: bool
    pattern: Lexicon
    negatable: bool = True
    unless: re.Pattern[str] | None = None  # a match is dropped when its sentence says this too (``PAPERWORK``)
    unless_clause: bool = False  # … only when its clause says it (``PAYOUT``)
    unless_sentence: re.Pattern[str] | None = None  # … or when its sentence says this (``HIRED``)
    sentence_reach: int = 90  # … read this far back (``MULES_WATCHED``: an analyst's duty runs long)
    never_excused: re.Pattern[str] | None = None  # a match holding this is kept whatever ``unless*`` say
    # a match that starts with "pay" right after this is dropped ("we pay for …", "bonus pay for …": ``PAYER``)
    not_after: re.Pattern[str] | None = None
    duties: bool = False  # a match that is one of the job's duties is dropped (``duty``)
    forwarded: bool = False  # a transfer in a money-mule sentence is dropped: the mule's forwarding (``forwarding``)
    to_pay_into: bool = False  # a card the post gives to pay into is dropped (``pay_into``)
    institution_fees: bool = False  # an application fee waived or taken on its institution's portal is dropped
    unless_line: re.Pattern[str] | None = None  # … or when its line opens with this (``HIRED``: ``line_opened_by``)
    paid_in: bool = False  # the employer's transfer of the seeker's pay is dropped (``pays_the_seeker``)
    received: bool = False  # what is sent or given to the seeker is dropped (``sent_to_the_seeker``)
    payroll_entered: bool = False  # bank details entered in a payroll provider are dropped (``entered_in_payroll``)
    own_site: bool = False  # what is checked or entered on the employer's own site is dropped (``checked_on_own_site``)
    other_codes: bool = False  # a code of another kind than the seeker's secret is dropped (``other_code``)
    to_clients: bool = False  # a key, token or PIN handed to the job's clients is dropped (``handed_to_clients``)
    # a copy of an ID only said to be needed (``needed_only``): True, only such a match is kept; False, it is dropped
    needed_only: bool | None = None


_LETTERS = re.compile(r"[^\W\d_]+")  # ``letter_words`` is its fast form
PREFIX = 5  # stems are looked up by their first PREFIX letters


def _key(word: str) -> tuple[str, int]:
    """The trigger key of a letter-word that must occur: (word, 0), or for a stem ("deposit*") (its first PREFIX
    letters, PREFIX) — a stem shorter than PREFIX would need its own prefix set per text."""
    if not word.endswith("*"):
        return word, 0
    assert len(word) > PREFIX, word
    return word[:PREFIX], PREFIX


def _literal_start(p: str) -> str:
    """The text every match of phrase ``p`` starts with: its first word up to a ``*`` or ``?`` ("" after a gap)."""
    first = fold(p).split(" ")[0]
    return "" if first == "~" else first.split("*")[0].split("?")[0]


# A phrase's pieces are bounded and, where giving back never helps, possessive: a stem's end and a gap's word
# read glued runs of letters ("predoplat" x300 before " rub" took minutes: every end of the stem's word tried
# against every way to read the run into gap words). No real word runs 30 letters past its stem or a gap's
# word past 40 characters.
_STEM_END = r"\w{0,30}"
# "$1,000" is one word, and so are "200 000" and "1 900" (thousands grouped by a space, as Uzbek, Russian and
# Persian posts write them); a Persian comma, semicolon or question mark ends a gap as the Latin ones do
_GAP = r"(?:(?:[^\s,.;:!?،؛؟]|(?<=\d)[,.](?=\d)|(?<=\d) (?=\d{3}(?!\d))){1,40}+\s++){0,3}?"


def _phrase(p: str) -> tuple[str, tuple[str, int], frozenset[str], frozenset[str]]:
    """A phrase's regex, its trigger ((word, 0) for an exact word or (stem prefix, length)), all its exact
    words, and the first PREFIX letters of its stems that start a word of every match: the regex runs only when
    every one of those words is a word of the text and every one of those prefixes starts one.

    A stem starts a word of the match when it opens the phrase (a match starts at a word boundary) or follows
    a non-letter inside its phrase word ("re-ship*"); one opening a later phrase word may be glued to the word
    before it (the ``\\s*`` between words matches nothing), so it says nothing of the text's words."""
    out = []
    exact: list[str] = []
    stems: list[str] = []
    starts: list[str] = []
    for word in fold(p).split(" "):
        if word == "~":
            out.append(_GAP)
            continue
        tokens = _LETTERS.findall(word.replace("*", "").replace("?", ""))
        stem = None
        if tokens:
            if "?" in word:  # the word is known only up to its "?" ("licen?e": license, licence)
                head = _LETTERS.findall(word.split("?")[0])
                tokens = tokens[:-1]
                if head:
                    stem = head[-1]
            elif word.endswith("*"):
                stem = tokens[-1]
                tokens = tokens[:-1]
            exact.extend(tokens)
        if stem:
            stems.append(stem)
            if len(stem) >= PREFIX and (not out or not word.startswith(stem)):
                starts.append(stem[:PREFIX])
        esc = re.escape(word).replace(r"\*", _STEM_END).replace(r"\?", r"\w")
        out.append(esc + r"\s*+")
    body = "".join(out)
    body = body[:-4] if body.endswith(r"\s*+") else body
    if exact:
        trigger = (max(exact, key=len), 0)
    else:
        stem = max(stems, key=len)
        trigger = (stem[:PREFIX], min(len(stem), PREFIX))
    return body, trigger, frozenset(exact), frozenset(starts)


class LazyPattern:
    """A phrase's or a raw pattern's regex, compiled on its first use: ``pattern`` is its text, ``match``,
    ``finditer`` and ``search`` are the compiled pattern's own (bound on first use, so that a call goes straight to
    them after it).

    A lexicon's phrase runs only on a text holding its trigger words, so most of the rules' 4,800 regexes never run
    in a process that assesses a few postings, and compiling them all on import had cost every process (each command,
    each crawl job, each test worker) about a second of CPU. A lexicon makes one object per regex text, as
    ``re.compile`` gives equal patterns for it: the lexicon's tables keyed by pattern read the same."""

    __slots__ = ("pattern", "match", "finditer", "search")

    def __init__(self, pattern: str):
        self.pattern = pattern

    def __getattr__(self, name: str) -> Callable[..., object]:
        """A method asked for before the first use: compile, and keep the compiled pattern's methods."""
        if name not in ("match", "finditer", "search"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern)
        self.match, self.finditer, self.search = compiled.match, compiled.finditer, compiled.search
        return getattr(compiled, name)


class Lexicon:
    """Phrases of one rule; only phrases whose trigger word occurs in the text are run.

    One alternation of hundreds of phrases costs a full scan per phrase per
    position; a set lookup of each phrase's rarest word first keeps ``assess``
    at thousands of postings a second. A phrase's regex runs only when every
    exact (non-stem) word of it is a word of the text, and every stem that
    starts a word of its matches starts one of the text (``_phrase``) — subset
    tests, far cheaper than a scan; a phrase is matched as words, so glued forms
    ("perday from home") do not count.
    """

    def __init__(self, phrases: tuple[str, ...], raw: tuple[str | tuple[str, ...], ...] = ()):
        """``raw``: regexes, each alone or as (regex, a substring every match contains, letter-words of which
        every match holds one — a stem as "deposit*" — …) so it runs only then: a word is a set lookup, a
        substring a scan of the text."""
        phrases = tuple(dict.fromkeys(phrases))  # (a phrase named twice, by hand and by a generated list, runs once)
        self.phrases = phrases
        self.given_raw = raw  # (for ``merged_lexicon``)
        self.by_trigger: dict[tuple[str, int], list[LazyPattern]] = {}
        alts = []
        self._words: dict[LazyPattern, frozenset[str]] = {}
        self._starts: dict[LazyPattern, frozenset[str]] = {}  # only the phrases with such stems
        self._literal: dict[LazyPattern, str] = {}  # what every match starts with ("" when not known)
        lazy: dict[str, LazyPattern] = {}  # (one per regex text: ``LazyPattern``)
        for p in phrases:
            body, trigger, words, starts = _phrase(p)
            alts.append(body)
            # no leading look-behind: a literal start lets the regex engine skip ahead fast;
            # the word boundary before the match is checked in ``finditer``
            regex = r"(?:" + body + r")(?!\w)"
            phrase_regex = lazy.setdefault(regex, LazyPattern(regex))
            self.by_trigger.setdefault(trigger, []).append(phrase_regex)
            self._words[phrase_regex] = words
            self._literal[phrase_regex] = _literal_start(p)
            if starts:
                self._starts[phrase_regex] = starts
        raw = tuple(r if isinstance(r, tuple) else (r, "") for r in raw)
        self.raw = [lazy.setdefault(r[0], LazyPattern(r[0])) for r in raw]
        self._raw_needs = [(r[1], frozenset(map(_key, r[2:]))) for r in raw]
        # trigger → its rank in ``by_trigger``: candidates keep that order (same-start matches tie-break on it)
        self._rank = {t: i for i, t in enumerate(self.by_trigger)}
        self._triggers = list(self.by_trigger)
        self._keys = frozenset(self.by_trigger)
        looked_up = self._keys.union(*(keys for _, keys in self._raw_needs))
        self.lengths = sorted({n for _, n in looked_up if n})
        self._exact = frozenset(k for k, n in looked_up if n == 0)
        self._stems = {n: frozenset(k for k, m in looked_up if m == n) for n in self.lengths}
        self._shared = False  # True for the lexicons ``assess`` runs: their triggers are looked up together
        self._shared_at = -1  # … and its place in ``SHARED``
        self._alternatives = alts + [r[0] for r in raw]
        self._pattern: re.Pattern[str] | None = None
        self.registered = False  # (``_compile``: its pattern is found in ``_LEXICON_OF``)

    @property
    def pattern(self) -> re.Pattern[str]:
        """Every phrase and raw pattern as one regex, for tests, readers and the lexicons searched as one pattern
        (``NEGATION_BEFORE``), compiled on first use: the rules' own lexicons never need it to assess, and the fee
        lexicon's took half the module's import time."""
        if self._pattern is None:
            self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(self._alternatives) + r")(?!\w)")
            if self.registered:
                _LEXICON_OF[self._pattern] = self
        return self._pattern

    def candidates(self, words: Words, text: str | None = None) -> list[LazyPattern]:
        """The raw patterns whose words occur (with ``text``: and whose needle does), then the phrases whose
        trigger occurs, in ``by_trigger`` order (set intersections, not a loop)."""
        if self._shared:
            present = words.trigger_keys()
        else:
            present = {(k, 0) for k in self._exact & words.exact}
            present.update((k, n) for n, ks in self._stems.items() for k in ks & words.prefix(n))
        out = [p for p, (needle, keys) in zip(self.raw, self._raw_needs)
               if (not keys or not keys.isdisjoint(present)) and (text is None or needle in text)]
        found = self._keys & present
        if found:
            triggers, by_trigger = self._triggers, self.by_trigger
            for i in sorted(map(self._rank.__getitem__, found)):
                out.extend(by_trigger[triggers[i]])
        return out

    def finditer(self, text: str, words: Words | None = None):  # type: ignore[no-untyped-def]
        if self._shared and words is not None:
            return iter(words.matches(self, text))
        words = words or Words(text)
        needs, exact, none = self._words, words.exact, frozenset()
        starts = self._starts
        prefixes = none if not starts else words.stems() if self._shared else words.prefix(PREFIX)
        matches = [m for p in self.candidates(words, text)
                   if needs.get(p, none) <= exact and starts.get(p, none) <= prefixes for m in p.finditer(text)
                   if not m.start() or not text[m.start() - 1].isalnum()]
        if len(matches) > 1:
            matches.sort(key=_start)
        return iter(matches)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


_start = operator.methodcaller("start")


class Words:
    """The distinct letter-words of a folded text, and their prefixes on demand.

    ``tokens``: the text's ``letter_words`` when the caller has them already."""

    def __init__(self, text: str, tokens: list[str] | None = None):
        self.exact = set(letter_words(text) if tokens is None else tokens)
        self._prefix: dict[int, set[str]] = {}
        self._keys: frozenset[tuple[str, int]] | None = None
        self._stems: set[str] | None = None
        self._matched: tuple[str, list[list[re.Match[str]]]] | None = None
        self._excuses: tuple[str, str] | None = None

    def excuses_text(self, text: str) -> str:
        """``context.excuses_text`` of ``text`` (the one these are the words of), made once."""
        if self._excuses is None or self._excuses[0] is not text:
            self._excuses = (text, links_as_one_word(text, self.exact))
        return self._excuses[1]

    def matches(self, lexicon: Lexicon, text: str) -> list[re.Match[str]]:
        """``lexicon.finditer(text)`` for a lexicon of ``SHARED`` (``text``: the one these are the words of); the
        first call runs them all (``_SharedLexicons``)."""
        if self._matched is None or self._matched[0] is not text:
            self._matched = (text, _SHARED_LEXICONS.run(text, self))
        return self._matched[1][lexicon._shared_at]

    def trigger_keys(self) -> frozenset[tuple[str, int]]:
        """The triggers of the rule lexicons (``SHARED``) that occur: (word, 0) and (stem prefix, length).
        Computed once against their union, so each lexicon needs one small set intersection."""
        if self._keys is None:
            keys = {(w, 0) for w in self.exact & _SHARED_EXACT}
            for n, ks in _SHARED_STEMS.items():
                keys.update((k, n) for k in (self.stems() if n == PREFIX else self.prefix(n)) & ks)
            self._keys = frozenset(keys)
        return self._keys

    def stems(self) -> set[str]:
        """The stems (their first PREFIX letters) of the rule lexicons (``SHARED``) that start a word of the text:
        ``prefix(PREFIX)`` restricted to them, without slicing every word (``_STEM_INDEX``)."""
        if self._stems is None:
            self._stems = _STEM_INDEX.starting(self.exact)
        return self._stems

    def prefix(self, n: int) -> set[str]:
        """The first ``n`` letters of every word (shorter words whole: they can never equal an ``n``-letter stem)."""
        got = self._prefix.get(n)
        if got is None:
            got = self._prefix[n] = set(map(itemgetter(slice(n)), self.exact))
        return got


class _StemIndex:
    """Which words start with one of a set of PREFIX-letter stems, learned once per distinct word.

    Slicing the prefix off each of a long text's few hundred distinct words cost more than all the rules'
    set lookups together; a text's words are mostly known, and a set difference finds the new ones.
    Safe under threads (the web check assesses in its request threads): a word is marked seen only once it is
    classified, and starting over swaps in a new pair of sets at once."""

    limit = 300_000  # distinct words kept before it starts over (names, typos, glued words never repeat)

    def __init__(self, stems: frozenset[str]):
        self._stems = stems
        self._learned: tuple[set[str], set[str]] = (set(), set())  # the seen words, and those that start with a stem

    def starting(self, words: set[str]) -> set[str]:
        """The stems that start one of ``words``."""
        if len(self._learned[0]) > self.limit:
            self._learned = (set(), set())
        seen, stemmed = self._learned
        new = words - seen
        if new:
            stemmed.update([w for w in new if w[:PREFIX] in self._stems])
            seen |= new
        return set(map(itemgetter(slice(PREFIX)), words & stemmed))  # (``&`` walks the smaller set)


Candidate = tuple[int, int, LazyPattern, frozenset[str], frozenset[str], str]


class _SharedLexicons:
    """The lexicons ``assess`` runs on every text (``SHARED``), run together: the candidates of all of them
    gathered from one index by trigger, instead of each lexicon's own look-ups, then scanned.

    Each lexicon's matches come out as its ``finditer`` gives them: a candidate's number follows its lexicon's
    candidate order (raw patterns, then phrases in ``by_trigger`` order), and same-start matches keep it.

    A raw pattern that needs one of some words is looked up by them, as a phrase by its trigger, instead of each raw
    pattern's words being tested against the text's: most raw patterns need a word most texts lack."""

    def __init__(self, lexicons: tuple[Lexicon, ...]):
        self._count = len(lexicons)
        none: frozenset[str] = frozenset()
        # a candidate: (number, lexicon, pattern, exact words it needs, stems it needs, what its matches start with)
        self._raw: list[tuple[str, Candidate]] = []  # those that need no word, with their needle
        self._raw_by_key: dict[tuple[str, int], list[tuple[str, Candidate]]] = {}  # the others, by each word
        self._by_trigger: dict[tuple[str, int], list[Candidate]] = {}
        number = 0
        for at, lex in enumerate(lexicons):
            lex._shared, lex._shared_at = True, at
            for p, (needle, keys) in zip(lex.raw, lex._raw_needs):
                raw = (needle, (number, at, p, none, none, ""))
                for key in keys:
                    self._raw_by_key.setdefault(key, []).append(raw)
                if not keys:
                    self._raw.append(raw)
                number += 1
            for trigger, patterns in lex.by_trigger.items():
                for p in patterns:
                    self._by_trigger.setdefault(trigger, []).append(
                        (number, at, p, lex._words[p], lex._starts.get(p, none), lex._literal[p]))
                    number += 1
        # the same tables by the length of a key (0: a word, else a stem's): a text's words and stems are looked up
        # in them as plain strings, without a (key, length) pair made for each
        self._lengths = sorted({n for _, n in (*self._raw_by_key, *self._by_trigger)})
        self._raw_by_length = {n: {k: v for (k, m), v in self._raw_by_key.items() if m == n} for n in self._lengths}
        self._phrases_by_length = {n: {k: v for (k, m), v in self._by_trigger.items() if m == n} for n in self._lengths}
        self._looked_up = {n: frozenset((*self._raw_by_length[n], *self._phrases_by_length[n])) for n in self._lengths}

    def run(self, text: str, words: Words) -> list[list[re.Match[str]]]:
        """Each lexicon's matches in ``text`` (whose words are ``words``), in ``Lexicon.finditer`` order."""
        exact, stems = words.exact, words.stems()
        candidates = [c for needle, c in self._raw if needle in text]
        raw_taken: set[int] = set()  # (a raw pattern may need one of several words the text has)
        for n in self._lengths:
            present = exact if n == 0 else stems if n == PREFIX else words.prefix(n)
            raw, phrases = self._raw_by_length[n], self._phrases_by_length[n]
            for key in present & self._looked_up[n]:
                for needle, c in raw.get(key, ()):
                    if c[0] not in raw_taken and needle in text:
                        raw_taken.add(c[0])
                        candidates.append(c)
                candidates.extend(phrases.get(key, ()))
        candidates.sort(key=itemgetter(0))
        out: list[list[re.Match[str]]] = [[] for _ in range(self._count)]
        places: dict[str, list[int]] = {}  # (phrases opening alike are tried at the same places)
        for _, at, p, needs, starts, literal in candidates:
            if needs <= exact and starts <= stems:
                if literal:
                    found = places.get(literal)
                    if found is None:
                        found = places[literal] = _word_starts(literal, text)
                    if found:
                        out[at].extend(_matches_at(p, found, text))
                else:
                    out[at].extend(_raw_finditer(p, text))
        for matches in out:
            if len(matches) > 1:
                matches.sort(key=_start)
        return out


# The lexicons ``assess`` runs on every text (``ruleset.SHARED``), as ``share`` makes them: the words and stems they
# look a text's words up by, all of them together, and their candidates by trigger (none before the rules are made).
_SHARED_EXACT: frozenset[str] = frozenset()
_SHARED_STEMS: dict[int, frozenset[str]] = {}
_SHARED_LEXICONS = _SharedLexicons(())
_STEM_INDEX = _StemIndex(frozenset())


def share(lexicons: tuple[Lexicon, ...]) -> None:
    """Make ``lexicons`` the ones ``Words`` runs together (``ruleset.SHARED``): done once, when the rules are made."""
    global _SHARED_EXACT, _SHARED_STEMS, _SHARED_LEXICONS, _STEM_INDEX
    _SHARED_EXACT = frozenset().union(*(lex._exact for lex in lexicons))
    _SHARED_STEMS = {n: frozenset().union(*(lex._stems.get(n, ()) for lex in lexicons))
                     for n in sorted({n for lex in lexicons for n in lex._stems})}
    _SHARED_LEXICONS = _SharedLexicons(lexicons)
    # every stem the shared lexicons look a text's words up by: trigger stems, and stems that start a word of a match
    _STEM_INDEX = _StemIndex(_SHARED_STEMS.get(PREFIX, frozenset()).union(
        *(starts for lex in lexicons for starts in lex._starts.values())))


def _word_starts(literal: str, text: str) -> list[int]:
    """Where ``literal`` (not empty) occurs in ``text`` at the start of a word (opening the text or after no letter
    or digit), found by ``str.find`` — the regex engine's own scan for it looks at every character (4–8 µs on a long
    posting, a few hundred ns here when it does not occur). A phrase's match is kept only there, and in a glued run
    every place the literal occurs inside it was tried."""
    out = []
    at = text.find(literal)
    while at >= 0:
        if not at or not text[at - 1].isalnum():
            out.append(at)
        at = text.find(literal, at + 1)
    return out


def _matches_at(pattern: LazyPattern, places: list[int], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` at the starts of words, where every match starts with a literal found at ``places``
    (``_word_starts``): the pattern is tried at each, as ``finditer`` goes on, from a match's end."""
    out = []
    end = 0
    for at in places:
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                out.append(m)
                end = m.end()  # (a match is never empty: it holds its literal)
    return out


def _finditer(pattern: LazyPattern, literal: str, text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` at the starts of words, where every match starts with ``literal`` (not empty):
    tried only where ``_word_starts`` finds that."""
    return _matches_at(pattern, _word_starts(literal, text), text)


# Where every match of a raw pattern starts: (needle, back) pairs, a match starting where ``needle`` occurs or up to
# ``back`` characters before (``_openings``), or at any digit for ``_ANY_DIGIT``, at a line's start for
# ``_LINE_START``; () when not known.
Openings = tuple[tuple["str | re.Pattern[str]", int], ...]
# where an amount after its currency (``prices._CURRENCY_FIRST``) can start: a raw pattern opening with this
# look-ahead is tried only there (``_openings``)
_CURRENCY_AHEAD = r"(?=[$€£₸₺₹]|(?:c|ca|can)\$|(?:usd|eur|gbp|cad|inr|kzt)\s?[\s\d])"
# … of one opening with ``_CURRENCY_AHEAD``: at a currency sign ("c$", "ca$", "can$" up to three before a "$") or code
_CURRENCY_OPENINGS: Openings = (("$", 3), *((sign, 0) for sign in "€£₸₺₹"),
                                *((code, 0) for code in ("usd", "eur", "gbp", "cad", "inr", "kzt")))


def _raw_finditer(pattern: LazyPattern, text: str) -> list[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` for a raw pattern that start a word (no other is kept): tried only
    where its matches can start when that is known (``_openings``)."""
    openings = _openings(pattern.pattern)
    if not openings:
        found: Iterable[re.Match[str]] = pattern.finditer(text)
    else:
        # matches are rare: most texts are done once the places that start a word are tried (a pattern opening with
        # "tak" is not tried in "mistakes"); only a text with a match is read as ``finditer`` reads it, a match inside
        # a word and all, since ``finditer`` goes on from its end
        places = _opening_places(openings, text)
        if not _matches_at_a_word_start(pattern, places, text):
            return []
        found = _matches_from(pattern, places, text)
    return [m for m in found if not m.start() or not text[m.start() - 1].isalnum()]


@lru_cache(maxsize=None)  # (on first use: parsing all 231 raw patterns takes 40-70 ms, at import every process)
def _openings(regex: str) -> Openings:
    """Where every match of raw pattern ``regex`` starts, when the regex engine cannot skip ahead to it: at a
    currency (``_CURRENCY_AHEAD``), or at one of the literals the regex parser finds every match opens with, after
    any look-behind ("(?=registration)…", "(?=sign[- ]?up)…": "sign"; "(?<!['\\w])(?:aloqa|murojaat|y(?:o|e)zi)…":
    "aloqa", "murojaat" or "y"; "(?:svyaz|pishite)\\W…"); () when not known.

    A search for a pattern opening with a look-ahead or a look-behind tries it at every place of the text — the
    engine skips ahead only to a literal or a class the pattern opens with — and the patterns opening with the
    currency look-ahead had cost a long posting 40 µs (a tenth of its assessment); one opening with an alternation
    of words is tried at each of their first letters. ``_finditer_at`` tries them only where they can start. (A
    pattern opening with a literal is left to the engine: "you", "pay" are in most postings, and its scan to them
    beat ``str.find`` and a ``match`` at each.)"""
    if regex.startswith(_CURRENCY_AHEAD):
        return _CURRENCY_OPENINGS
    parsed = _re_parser.parse(regex)
    if parsed.state.flags & re.IGNORECASE or parsed.data and parsed.data[0][0] in (_re_constants.LITERAL,
                                                                                   _re_constants.IN):
        return ()  # (the engine skips ahead to a literal or a class it opens with: faster than ``_finditer_at``)
    return tuple((literal, 0) for literal in dict.fromkeys(_opening_literals(parsed.data)))


# (openings that are not literals: a match may start at any decimal digit, "٣" and "۳" as well as "3"; at the start
# of a line)
_ANY_DIGIT = re.compile(r"\d")
_LINE_START = re.compile(r"(?<![^\n])")
_MOST_OPENINGS = 40  # (more: left to the engine)


def _opening_literals(items: list) -> list[str | re.Pattern[str]]:  # type: ignore[type-arg]
    """The literals (not empty) one of which every match of the parsed regex ``items`` starts with, or
    ``_ANY_DIGIT`` for one that may start at a digit (an amount: "\\d+", "[1-9]"); [] when not known. A look-behind
    or a look-ahead that must not match is read past (it takes no character), a look-ahead for a literal is what the
    match starts with; what follows an optional part may come first ("(?:c|ca|can)?\\$": "c" or "$"), and a part
    that repeats opens with what opens it once. A match that must start a line ("(?<![^\\n])") and opens with
    nothing known starts at ``_LINE_START``."""
    c = _re_constants
    i = 0
    while i < len(items) and (items[i][0] == c.ASSERT_NOT or items[i][0] == c.ASSERT and items[i][1][0] == -1):
        i += 1
    if any(op == c.ASSERT_NOT and av[0] == -1 and av[1].data == [(c.NOT_LITERAL, ord("\n"))] for op, av in items[:i]):
        return _opening_literals(items[i:]) or [_LINE_START]
    if i == len(items):
        return []
    op, av = items[i]
    rest = items[i + 1:]
    if op == c.LITERAL:
        literal = []
        for op, av in items[i:]:
            if op != c.LITERAL:
                break
            literal.append(chr(av))
        return ["".join(literal)]
    if op == c.IN:
        return _class_openings(av)
    if op == c.ASSERT:  # (a look-ahead: a look-behind was read past)
        return _opening_literals(list(av[1].data))
    if op == c.SUBPATTERN:
        _, add_flags, _, sub = av
        return [] if add_flags & re.IGNORECASE else _opening_literals(list(sub.data) + rest)
    if op == c.BRANCH:
        return _either_openings([list(alternative.data) + rest for alternative in av[1]])
    if op == c.MAX_REPEAT or op == c.MIN_REPEAT:
        least, most, body = av
        body = list(body.data)
        if most == 1:  # (as a group, or one left out)
            return _either_openings([body + rest] + ([rest] if least == 0 else []))
        return _either_openings([body] + ([rest] if least == 0 else []))  # (the body again, not what follows it)
    return []


def _either_openings(ways: list[list]) -> list[str | re.Pattern[str]]:  # type: ignore[type-arg]
    """The openings of a match made one of several ``ways`` (parsed item lists); [] when one is not known."""
    out: list[str | re.Pattern[str]] = []
    for way in ways:
        openings = _opening_literals(way)
        if not openings:
            return []  # one way to match without a known start
        out.extend(openings)
        if len(out) > _MOST_OPENINGS:
            return []
    return out


def _class_openings(members: list) -> list[str | re.Pattern[str]]:  # type: ignore[type-arg]
    """The openings of a character class: its characters, or ``_ANY_DIGIT`` for a digit class and ASCII digits'
    ranges; [] for any other class (negated, of letters, ...)."""
    c = _re_constants
    out: list[str | re.Pattern[str]] = []
    for op, av in members:
        if op == c.LITERAL:
            out.append(chr(av))
        elif op == c.CATEGORY and av == c.CATEGORY_DIGIT or op == c.RANGE and ord("0") <= av[0] <= av[1] <= ord("9"):
            out.append(_ANY_DIGIT)
        else:
            return []
    return out


def _opening_places(openings: Openings, text: str) -> set[int]:
    """Where a match of a pattern whose every match starts where ``openings`` says may start in ``text``."""
    places: set[int] = set()
    for needle, back in openings:
        if needle is _ANY_DIGIT:
            places.update(_digit_places(text))
            continue
        if needle is _LINE_START:
            places.update(_line_starts(text))
            continue
        at = text.find(needle)
        while at >= 0:
            if back:
                places.update(range(max(0, at - back), at + 1))
            else:
                places.add(at)
            at = text.find(needle, at + 1)
    return places


def _line_starts(text: str) -> list[int]:
    """Where a line of ``text`` starts (the text's start, and after each newline)."""
    out = [0]
    at = text.find("\n")
    while at >= 0:
        out.append(at + 1)
        at = text.find("\n", at + 1)
    return out


def _digit_places(text: str) -> list[int]:
    """Where ``text`` has a decimal digit (``\\d``: "٣", "۳", "३" as well as "3"); in an ASCII text, by the ten
    digits' ``str.find`` passes (a fifth of the regex engine's scan for the class)."""
    if not text.isascii():
        return list(map(_start, _ANY_DIGIT.finditer(text)))
    out = []
    for digit in "0123456789":
        at = text.find(digit)
        while at >= 0:
            out.append(at)
            at = text.find(digit, at + 1)
    return out


def _matches_at_a_word_start(pattern: LazyPattern, places: set[int], text: str) -> bool:
    """``pattern`` matches ``text`` at one of ``places`` that starts a word (opens the text or follows no letter or
    digit)."""
    match = pattern.match
    for at in places:
        if (not at or not text[at - 1].isalnum()) and match(text, at) is not None:
            return True
    return False


def _finditer_at(pattern: LazyPattern, openings: Openings, text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match starts where ``openings`` says
    (``_openings``): tried only at those places (``str.find``), each by ``pattern.match`` — its look-behinds still
    read the text before the place — and, as ``finditer`` goes on, the next one only from a match's end."""
    return _matches_from(pattern, _opening_places(openings, text), text)


def _matches_from(pattern: LazyPattern, places: set[int], text: str) -> list[re.Match[str]]:
    """``_finditer_at`` once the places are known (``_opening_places``)."""
    out = []
    end = 0
    for at in sorted(places):
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                if m.end() == at:  # an empty match: ``finditer`` goes on from it by rules of its own
                    return list(pattern.finditer(text))
                out.append(m)
                end = m.end()
    return out


_LEXICON_OF: dict[re.Pattern[str], Lexicon] = {}  # a lexicon's combined pattern → the lexicon (``merged_pattern``)


def _compile(*phrases: str, raw: tuple[str, ...] = ()) -> Lexicon:
    lexicon = Lexicon(phrases, raw)
    lexicon.registered = True
    return lexicon
