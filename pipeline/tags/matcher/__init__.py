"""Phrase matching for task tags on folded text: tokens, inflections, negation, boilerplate.

``Matcher`` reads a text once and finds the taxonomy's phrases in it; ``default_matcher`` is the one the tagger reads a
posting with, ``russian_keyboard_matcher`` and ``apostrophe_free_matcher`` those for Uzbek typed on a Russian keyboard
or without its apostrophes. The matcher's parts, each in a module of its own that imports only modules listed before
it:

* ``tokens``: a text's words and break marks, and the clause and sentence around a word;
* ``layouts``: a post's layout (HTML, checklists, pipe tables, inline numbers, flattened pages) read as its structure;
* ``phrases``: the taxonomy's phrases compiled, how a phrase is written and the endings its words take, and ``Hit``;
* ``capitals``: abbreviations kept in capitals ("VA"), but in a line written in capitals or as a US state's code;
* ``negation``: whether a negation cancels a duty a phrase names;
* ``read_together``: a description's hits read together and with the words around them;
* ``parties``: other parties doing a task, and the client's or the poster's own work;
* ``sections``: boilerplate (cue sentences and clauses, sections under headings, labels, what the role is not);
* ``ownership``: what the seeker is said to own, and what is said not to be the seeker's;
* ``businesses``: a task's words naming a business (a firm's kind, a company's product, a course's topic);
* ``listed``: a duty named as a list's item (said to the seeker, an item of a duties label's line);
* ``reading``: a text as the matcher reads it (``Reading``), and where a list's item opens or closes;
* ``titles``: a title's marks (not-VA roles, assistants, heads, trainees …) and what they say of the role;
* ``adverts``: a post offering the reader a course or a service, no job, and whether it says it hires;
* ``vacancies``: a description's lines read as a list of vacancies;
* ``keyboards``: Uzbek typed on a Russian keyboard or without its apostrophes.

The parts that read a description's words around a hit (``ReadsNegation``, ``ReadsSections``, ``ReadsParties``,
``ReadsOwnership``, ``ReadsBusinesses``) are bases of ``Matcher``, each setting the words it reads, also as this
matcher spells them, which ``Matcher`` marks in one scan of a text (``Matcher._scan_owned``); so is the part that reads
a title's marks (``ReadsTitles``), and the one that tells whether an advert says it hires (``ReadsAdverts``, looking
its words up only there). Matching walks the tokens once and looks each token's prefixes up in a dict keyed by the
first phrase word, so the cost grows with the text, not with the taxonomy.

Speed: text is never folded as a whole. It is split into sentences and word
tokens first (C-speed regexes), each distinct raw token is folded once and
cached with the phrases its fold can start, and only tokens that can start a
phrase are looked at further. The fold of a token equals that token's part of
``fold(text)``: tokens are maximal letter runs, so the context rules of the
Uzbek transliteration (word-initial е → ye) see the same neighbours.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache, reduce
from itertools import compress, count, repeat
from operator import iconcat, is_

from pipeline import places
from pipeline.links import LINK_OR_EMAIL, strip_word
from pipeline.tags.matcher.adverts import ADVERT, BODY_MARKS, ReadsAdverts
from pipeline.tags.matcher.businesses import (_BUSINESS_BETWEEN, _TOPIC_AND_BACK, BUSINESS_STEMS_RU, BUSINESS_STEMS_UZ,
                                              TOPIC_STEMS_RU, TOPIC_STEMS_UZ, ReadsBusinesses)
from pipeline.tags.matcher.capitals import _read_capitals, _read_states, _words_keeping
from pipeline.tags.matcher.keyboards import _NO_APOSTROPHES, _RUSSIAN_KEYS, apostrophe_free, russian_keyboard_spelling
from pipeline.tags.matcher.layouts import read_layout
from pipeline.tags.matcher.listed import _said_to_you
from pipeline.tags.matcher.negation import UZ_NOT_YOU, ReadsNegation, _cue_near
from pipeline.tags.matcher.ownership import ReadsOwnership
from pipeline.tags.matcher.parties import ReadsParties, _fa_first_person, _fa_party
from pipeline.tags.matcher.phrases import (_EN_SUFFIXES, _FA_CONTINUOUS, _FA_SUFFIXES, _MARK_CHARS, _STEM_EXTRA,
                                           _UZ_NAME_CASES, _UZ_NAME_SUFFIXES, _VERB, FAILURE, GAP_WORDS, LIGHT_VERB,
                                           OWNED, PHRASE_BREAKS, Hit, Phrase, _compile_phrase, _evidence, _fa_variants,
                                           _pair_orders, _variants, is_abbreviation, load_taxonomy)
from pipeline.tags.matcher.read_together import (_CUSTOMER_RECORDS, _EVIDENCE_OF, _TAG_OF, _read_together,
                                                 _records_kept_up)
from pipeline.tags.matcher.reading import Reading, _looked_up
from pipeline.tags.matcher.sections import (_BOILER_AFTER, _BOILER_BEFORE, _GIVEN_AWAY, _LEARNING_AFTER,
                                            _LEARNING_BEFORE, _LEARNING_REACH, _MENTION_AFTER, _MENTION_BEFORE,
                                            _MENTION_CUE, ReadsSections, _company_paragraphs, _given_away_start,
                                            _is_heading, _label_end, _sections)
from pipeline.tags.matcher.titles import (_ROLE, ASSISTANT, ASSISTED, COORDINATOR, DEPARTMENT, FIELD, HEAD, LEADS,
                                          NOT_VA, ONLINE, PERSON_FIRST, PROJECT_MANAGER, RECRUITER, TEACHER, TRAINEE,
                                          ReadsTitles, _after_person, _assisted_pairs)
from pipeline.tags.matcher.tokens import (_ASCII_TOKEN, _NEWLINE, _NEWLINE_SPACED, _TEXT_TOKEN, _TOKEN, BREAKS,
                                          _clause_end, _clause_start, _sentence_end, _sentence_start, _start_after,
                                          prepare)
from pipeline.textnorm import fold

__all__ = ["URL", "Matcher", "apostrophe_free_matcher", "default_matcher", "russian_keyboard_matcher"]

# Links and e-mail addresses: never task evidence ("mailto:support@…", "…/social-media-jobs").
URL = LINK_OR_EMAIL
# what a word is for the scan (``Matcher._watch``): a phrase's start, a section's heading, a boilerplate cue, a
# negation, a label, a duties heading, a heading of what the role is not, a party, a cue of what the seeker owns
_START, _HEAD, _CUE, _NEG, _LABEL, _DUTY, _EXCL, _PARTY, _OWN = 1, 2, 4, 8, 16, 32, 64, 128, 256


class Matcher(ReadsTitles, ReadsSections, ReadsNegation, ReadsParties, ReadsOwnership, ReadsBusinesses, ReadsAdverts):
    """All phrases of a taxonomy, indexed by their first word.

    ``russian_keyboard``: a matcher for Uzbek Cyrillic typed on a Russian keyboard (``russian_keyboard_matcher``). It
    reads ў, қ, ғ, ҳ, ё in a text as у, к, г, х, е and drops ъ, and finds every phrase, and every Uzbek phrase and cue
    also as that keyboard types it (every other phrase with е for ё and without ъ too).
    ``without_apostrophes``: a matcher for Uzbek Latin typed without its apostrophes (``apostrophe_free_matcher``). It
    reads a text's words without their apostrophes, and finds every phrase and cue also so spelt.
    """

    cache_limit = 500_000  # distinct raw chunks kept folded before the cache starts over

    def __init__(self, taxonomy: dict, *, russian_keyboard: bool = False, without_apostrophes: bool = False):
        self.version: str = taxonomy.get("version", "0")
        self._phrase_words: frozenset[str] | None = None  # (``_known_word``)
        self.russian_keyboard = russian_keyboard
        self.without_apostrophes = without_apostrophes
        # how the text's letters are read, and how this matcher also spells a folded cue word
        self._keys = _RUSSIAN_KEYS if russian_keyboard else _NO_APOSTROPHES if without_apostrophes else None
        self._name_suffixes = _UZ_NAME_SUFFIXES | (frozenset(_UZ_NAME_CASES) if without_apostrophes else frozenset())
        spell = russian_keyboard_spelling if russian_keyboard else apostrophe_free if without_apostrophes else None
        self.tags: list[str] = list(taxonomy["tags"])
        self._light_verbs = frozenset(w for forms in taxonomy.get("light_verbs", {}).values() for form in forms
                                      for w in _TOKEN.findall(fold(form)))
        self.index: dict[str, list[Phrase]] = {}
        seen: set[tuple] = set()
        for tag, spec in taxonomy["tags"].items():
            for lang, phrases in spec.get("phrases", {}).items():
                for raw in (v for r in phrases for v in _variants(r, lang)):
                    for p in (q for one in _pair_orders(raw) for q in self._compiled(tag, one, lang)):
                        key = (tag, tuple((w, e) for w, e, _ in p.words))
                        if key in seen:
                            continue
                        seen.add(key)
                        self.index.setdefault(p.words[0][0], []).append(p)
        not_va = taxonomy.get("not_va_titles", {})
        for lang, phrases in not_va.get("phrases", {}).items():
            # a Persian title's words also glued, as the ZWNJ is read ("برنامه‌نویس", "توسعه‌دهنده"), as a role kind's
            for raw in (v for r in phrases for v in (_fa_variants(r) if lang == "fa" else (r,))):
                for p in self._compiled(NOT_VA, raw, lang):
                    self.index.setdefault(p.words[0][0], []).append(p)
        # the role kinds of not-VA titles (``role_kind``): per kind, the marks of its roles and words, and whether a
        # title saying the work is online (mark ``ONLINE``) escapes it
        self.role_kinds: list[tuple[str, str, bool]] = []
        kinds = not_va.get("role_kinds", {})
        for k, kind in enumerate(kinds.get("kinds", ())):
            marks = (f"{_ROLE}{k}", f"_word{k}")
            for mark, phrases_by_lang in zip(marks, (kind["roles"], kind["words"])):
                self._index_marks(mark, phrases_by_lang)
            self.role_kinds.append((*marks, bool(kind.get("online_exempt"))))
        self._index_marks(ONLINE, kinds.get("online", {}))
        self._index_marks(HEAD, not_va.get("heads", {}).get("phrases", {}))
        self._index_marks(RECRUITER, not_va.get("recruiters", {}).get("phrases", {}))
        self._index_marks(TEACHER, not_va.get("teachers", {}).get("phrases", {}))
        self._index_marks(TRAINEE, not_va.get("trainees", {}).get("phrases", {}))
        self._index_marks(DEPARTMENT, not_va.get("trainees", {}).get("departments", {}))
        self._index_marks(LEADS, taxonomy.get("leads_people", {}).get("phrases", {}))
        self._index_marks(ADVERT, taxonomy.get("adverts", {}).get("phrases", {}))
        self._read_adverts(taxonomy, spell)
        coordinators = taxonomy["tags"].get("project_management", {}).get("coordinators", {})
        self._index_marks(COORDINATOR, coordinators.get("phrases", {}))
        self._index_marks(PROJECT_MANAGER, coordinators.get("managers", {}))
        # an assistant named by a task ("Bookkeeping Assistant", "Помощник бухгалтера"): ``task_assistant``
        assistants = taxonomy["tags"].get("general_admin", {}).get("task_assistants", {})
        self._index_marks(ASSISTANT, assistants.get("roles", {}))
        self._index_marks(FIELD, assistants.get("fields", {}))
        self.task_assistant_tags: frozenset[str] = frozenset(assistants.get("tasks", ()))
        # an assistant to one person, however named (``assists_them``)
        assisted = not_va.get("assisted", {})
        first = set(assisted.get("person_first", ()))
        pairs = _assisted_pairs(assisted)
        self._index_marks(ASSISTED, {lang: ps for lang, ps in pairs.items() if lang not in first})
        self._index_marks(PERSON_FIRST, {lang: ps for lang, ps in pairs.items() if lang in first})
        self._index_marks(PERSON_FIRST, _after_person(assisted))
        self._links = frozenset(w for words in assisted.get("links", {}).values() for link in words
                                for w in _TOKEN.findall(fold(link)))
        # abbreviations written in capitals ("VA"; ``is_abbreviation``), kept so in a text's words with an English
        # plural ("VAs"), where not read in a line written in capitals (``_read_capitals``); and those that are a US
        # state's postal code too ("VA"), read as the state where the text says so (``_read_states``). Per reading,
        # by ``strip_urls``: a description (read with its links stripped) looks for none that only a title's mark
        # holds ("EA to", "PA to"), whose two capitals stand in many a word written in capitals
        self._abbreviations: dict[bool, list[str]] = {}
        self._abbreviation: dict[bool, re.Pattern[str] | None] = {}
        self._state_codes: dict[bool, frozenset[str]] = {}
        for strip_urls in (False, True):
            found = sorted({w for ps in self.index.values() for p in ps for w, _, _ in p.words
                            if is_abbreviation(w) and not (strip_urls and p.tag[0] == "_")})
            self._abbreviations[strip_urls] = found
            self._abbreviation[strip_urls] = re.compile("(?:%s)(?:'?s)?" % "|".join(found)) if found else None
            self._state_codes[strip_urls] = frozenset(a for a in found if places.is_state_code(a, "US"))
        # whitespace-separated raw chunk -> its folded words and break marks
        self._folded: dict[str, tuple[str, ...]] = {_NEWLINE: ("\n",)}
        self._folded_desc: dict[str, tuple[str, ...]] = {_NEWLINE: ("\n",)}  # the same, URLs stripped
        # folded words that can start a phrase -> those phrases
        self._starts: dict[str, tuple[Phrase, ...]] = {}
        # … and how ``_match_tokens`` reads from one, in one look-up: what the next word must start with where it
        # begins only longer phrases (a cheap test first: "to", "in", "by" start phrases, yet are rarely followed by
        # one), else None; the longest phrase (in words) it can begin; the breaks that end its phrases (a start's
        # words are read up to the first break: most phrases end at every one, those holding a comma or colon not)
        self._start_of: dict[str, tuple[tuple[str, ...] | None, int, frozenset[str]]] = {}
        self._words_seen: set[str] = set()
        self._capitals: set[str] = set()  # words read so far that open with a capital (abbreviations kept so)
        # per in_title: words from a phrase start (a str for one-word spans) -> the phrases found there
        self._ngram_cache: dict[bool, dict] = {False: {}, True: {}}
        self._max_words = max((len(p.words) for ps in self.index.values() for p in ps), default=1)
        # the words its parts read, each as this matcher spells them (a later part reads words of an earlier one)
        self._read_negations(spell)
        self._read_sections(spell)
        self._read_parties(spell)
        self._read_businesses(spell)
        self._read_ownership(spell)
        # word -> what it is for the scan: phrase start, possible section heading, boilerplate or negation cue
        self._watch: dict[str, int] = dict.fromkeys(self._section_first, _HEAD)
        for words, kind in ((self._cues_at, _CUE), (self._neg_all, _NEG), (self._duties_keyed, _DUTY),
                            (self._labels_at, _LABEL), (self._exclusion_cues, _EXCL), (self._party_cues, _PARTY),
                            (self._own_cues, _OWN)):
            for w in words:
                self._watch[w] = self._watch.get(w, 0) | kind

    def _index_marks(self, mark: str, phrases_by_lang: dict[str, list[str]]) -> None:
        """Index the phrases of a title mark (a pseudo-tag starting with "_", as ``NOT_VA``)."""
        seen: set[tuple] = set()
        for lang, phrases in phrases_by_lang.items():
            for raw in (v for r in phrases for v in (_fa_variants(r) if lang == "fa" else (r,))):
                for p in self._compiled(mark, raw, lang):
                    if p.words not in seen:
                        seen.add(p.words)
                        self.index.setdefault(p.words[0][0], []).append(p)

    def _compiled(self, tag: str, raw: str, lang: str) -> list[Phrase]:
        """A taxonomy phrase compiled; for ``russian_keyboard``, also with its letters as that keyboard types them (an
        Uzbek phrase respelt: ``russian_keyboard_spelling``), for ``without_apostrophes`` also without them."""
        p = _compile_phrase(tag, raw, lang)
        if p is None:
            return []
        typed = None
        if self.russian_keyboard and not any(is_abbreviation(w.lstrip("".join(_MARK_CHARS))) for w in raw.split()):
            typed = _compile_phrase(tag, raw.lower().translate(_RUSSIAN_KEYS), lang,
                                    russian_keyboard_spelling if lang == "uz" else None)
        elif self.without_apostrophes:
            typed = _compile_phrase(tag, raw, lang, apostrophe_free)
        return [p] if typed is None or typed.words == p.words else [p, typed]

    def _accepts(self, token: str, word: str, extra: int) -> bool:
        if extra == _VERB:
            return token in self._light_verbs
        if token == word:
            return True
        if not token.startswith(word):
            return False
        rest = token[len(word):]
        if extra == -2:
            return rest in _EN_SUFFIXES or rest in self._name_suffixes
        if extra == -1:
            return rest in _FA_SUFFIXES
        return len(rest) <= extra

    def _candidates(self, token: str) -> tuple[Phrase, ...]:
        """Phrases whose first word accepts the folded ``token``."""
        out: list[Phrase] = []
        for n in range(len(token), 0, -1):
            for p in self.index.get(token[:n], ()):
                w, extra, _ = p.words[0]
                if self._accepts(token, w, extra):
                    out.append(p)
            if len(token) - n >= _STEM_EXTRA:
                break
        return tuple(out)

    def _learn(self, chunks: set[str], cache: dict[str, tuple[str, ...]], strip_urls: bool) -> None:
        abbreviation, abbreviations = self._abbreviation[strip_urls], self._abbreviations[strip_urls]
        for raw in chunks:
            if strip_urls and ("http" in raw or "www." in raw or "@" in raw):
                text = prepare(strip_word(raw))
            else:
                text = prepare(raw)
            if self._keys is not None:
                text = text.translate(self._keys)
            words: list[str] = []
            tokens = _ASCII_TOKEN if text.isascii() else _TEXT_TOKEN
            if abbreviation is not None and any(a in raw for a in abbreviations):
                words = _words_keeping(abbreviation, tokens, text, raw, self._keys)
            else:
                for piece in tokens.findall(text):
                    if piece in BREAKS:
                        words.append(piece)
                    else:
                        words.extend(_TOKEN.findall(fold(piece)))
            cache[raw] = tuple(words)
            for w in words:
                if w not in self._words_seen:
                    self._words_seen.add(w)
                    if w[:1].isupper():
                        self._capitals.add(w)
                    cands = self._candidates(w)
                    if cands:
                        self._starts[w] = cands
                        inner = {v for p in cands for v, _, _ in p.words[1:] if v in PHRASE_BREAKS}
                        nxt = tuple({p.words[1][0] for p in cands}) if all(
                            len(p.words) > 1 and p.gap != 1 for p in cands) else None
                        self._start_of[w] = (nxt, max(p.reach for p in cands), BREAKS - inner if inner else BREAKS)
                        if not all(p.tag[0] == "_" and p.tag not in BODY_MARKS for p in cands):  # marks: titles only
                            self._watch[w] = self._watch.get(w, 0) | _START
                    if w.endswith(UZ_NOT_YOU):
                        self._watch[w] = self._watch.get(w, 0) | _NEG
                    if (w in self._business or w in self._business_fa or w.startswith(BUSINESS_STEMS_UZ)
                            or w.startswith(BUSINESS_STEMS_RU) or w in self._products_ru or w in self._topic
                            or w in self._topic_before or w in self._topic_fa or w.startswith(TOPIC_STEMS_UZ)
                            or w.startswith(TOPIC_STEMS_RU)):
                        self._business_words.add(w)
                    if self._uz_party(w):
                        self._party_uz.add(w)
                        self._watch[w] = self._watch.get(w, 0) | _PARTY
                    elif "\u0600" <= w[0] <= "\u06ff" and _fa_party(w):
                        self._party_fa.add(w)
                        self._watch[w] = self._watch.get(w, 0) | _PARTY
                    elif "\u0600" <= w[0] <= "\u06ff" and _fa_first_person(w):
                        self._fa_first.add(w)
                        self._watch[w] = self._watch.get(w, 0) | _PARTY

    def _known_word(self, word: str) -> bool:
        """Whether ``word`` (lower-cased) is a word of one of the taxonomy's phrases, as written or in a plural."""
        words = self._phrase_words
        if words is None:
            words = self._phrase_words = frozenset(w for ps in self.index.values() for p in ps for w, _, _ in p.words)
        return word in words or word.rstrip("s") in words

    def read(self, text: str | None, *, strip_urls: bool = False) -> Reading:
        """``text`` as folded words and break marks (``fold`` applied chunk by chunk, cached).

        ``strip_urls``: links and e-mail addresses (``URL``) count as a space. A
        match of ``URL`` never crosses whitespace, so stripping chunk by chunk
        (cached) equals ``URL.sub(" ", text)`` on the whole text, without a
        regex pass over every posting.
        """
        if not text:
            return Reading([], [], [])
        chunks = read_layout(text, self._known_word).replace("\n", _NEWLINE_SPACED).split()
        if len(self._folded) + len(self._folded_desc) > self.cache_limit:
            # a long stream of unique chunks (ids, numbers): start over
            self._folded = {_NEWLINE: ("\n",)}
            self._folded_desc = {_NEWLINE: ("\n",)}
            self._words_seen.clear()  # recomputing a word's phrase starts is idempotent
        folded = self._folded_desc if strip_urls else self._folded
        try:  # one pass over the (large) cache; a miss is rare once the cache is warm
            per_chunk = _looked_up(folded, chunks)
        except KeyError:
            vals = list(map(folded.get, chunks))
            self._learn(set(compress(chunks, map(is_, vals, repeat(None)))), folded, strip_urls)
            per_chunk = _looked_up(folded, chunks)
        abbreviations = self._abbreviations[strip_urls]
        if abbreviations and any(map(text.__contains__, abbreviations)):
            per_chunk = _read_capitals(chunks, per_chunk, self._capitals)
            if self._state_codes[strip_urls]:
                per_chunk = _read_states(chunks, per_chunk, self._state_codes[strip_urls])
        # (all words in order: a list extended by each chunk's, one call a chunk, not one a word as a chain makes)
        return Reading(chunks, per_chunk, reduce(iconcat, per_chunk, []))

    def words(self, text: str | None, *, strip_urls: bool = False) -> list[str]:
        """``read(text).toks``."""
        return self.read(text, strip_urls=strip_urls).toks

    def match(self, text: str | None, *, in_title: bool) -> list[Hit]:
        """Every non-negated phrase hit in ``text``; the longest hit per word and tag wins.

        A description (``in_title=False``) is read without its links and e-mail addresses.
        """
        return self.match_reading(self.read(text, strip_urls=not in_title), in_title=in_title)

    def match_reading(self, reading: Reading, *, in_title: bool, own: Collection[str] = (),
                      others: Collection[tuple[int, int]] = ()) -> list[Hit]:
        """``match`` on a text already read (``read``; a description with ``strip_urls``).

        ``own``: a description's title words; a team named by one of them is the seeker's own, no other party
        (``_others``). ``others``: token intervals of a description that are other roles' (``vacancy_lines``: a
        list's other vacancies, or those filled), read as boilerplate."""
        toks = reading.toks
        if not toks:
            return []
        hits: list[Hit] = []
        if in_title:
            positions = list(compress(count(), map(self._starts.__contains__, toks)))
            if positions:
                negations = list(compress(count(), map(self._neg_all.__contains__, toks)))
                self._match_tokens(toks, positions, True, (), negations, hits)
                if "customer_support" in set(map(_TAG_OF, hits)) and any(
                        "\n" + records in "\n" + "\n".join(map(_EVIDENCE_OF, hits)) for records in _CUSTOMER_RECORDS):
                    hits = _records_kept_up(toks, hits)
            return hits
        marks = list(compress(count(), map(self._watch.__contains__, toks)))
        positions, boiler, negations, owns = self._scan_owned(toks, marks, own)
        if others:
            boiler = sorted(boiler + list(others))
        if positions:
            owned = self._ownership(toks, owns) if owns else frozenset()
            self._match_tokens(toks, positions, False, boiler, negations, hits, reading, owned)
            if hits:
                hits = _read_together(toks, hits)
        return hits

    def _scan(self, toks: list[str], marks: list[int],
              own: Collection[str] = ()) -> tuple[list[int], list[tuple[int, int]], list[int]]:
        """Phrase-start positions, boilerplate token intervals and negation-cue positions (``_scan_owned``)."""
        return self._scan_owned(toks, marks, own)[:3]

    def _scan_owned(self, toks: list[str], marks: list[int],
                    own: Collection[str] = ()) -> tuple[list[int], list[tuple[int, int]], list[int], list[int]]:
        """Phrase-start positions, boilerplate token intervals, negation-cue positions and cues of what the seeker
        owns (``_ownership``), from the marked tokens only.

        Sentence and line breaks are not marked (a posting holds dozens): only the few boilerplate cues and
        possible section headings need them, and look them up where they stand.
        """
        watch = self._watch
        positions: list[int] = []
        boiler: list[tuple[int, int]] = []
        negations: list[int] = []
        heads: list[int] = []  # line starts whose first word may open a boilerplate section
        quiet = 0  # a cue's sentence is flagged once: cues before its end are not looked at
        duties = -1  # the first duties heading's line start
        excl: list[int] = []  # negations and question words: where a heading may say what the role is not
        parties: list[int] = []  # words of other parties (``_others``)
        owns: list[int] = []  # cues of what the seeker owns, or does not (``_disowned``)
        for i in marks:
            tok = toks[i]
            kind = watch[tok]
            if kind == _START:
                positions.append(i)
                continue
            if kind & _OWN:
                before = self._own_before.get(tok)  # ("on" you, «на» вас, «با» شماست …: most of them are not)
                if before is None or (i and toks[i - 1] in before):
                    owns.append(i)
                if kind == _OWN:
                    continue
            if kind & _START:
                positions.append(i)
            if kind & _NEG:
                negations.append(i)
            if kind & (_NEG | _EXCL):
                excl.append(i)
            if kind & _PARTY:
                parties.append(i)
            if kind & _HEAD and (i == 0 or toks[i - 1] == "\n"):
                heads.append(i)
            if kind & _DUTY and duties < 0 and (i == 0 or toks[i - 1] == "\n" or tok in self._keyed_inside):
                # (a description's first line is a line's start too: its title is read apart)
                for cue, at in self._duties_keyed[tok]:
                    start = i - at
                    if (start == 0 or start > 0 and toks[start - 1] == "\n") and _is_heading(toks, start, (cue,)):
                        duties = start
                        break
            if kind & _LABEL and (i == 0 or toks[i - 1] in BREAKS):
                for cue in self._labels_at[tok]:
                    if toks[i:i + len(cue)] == cue:
                        boiler.append((i, _label_end(toks, i + len(cue))))
                        break
            if kind & _CUE and i >= quiet:
                for cue, key, cue_kind in self._cues_at[tok]:
                    start = i - key
                    if start >= 0 and toks[start:start + len(cue)] == cue:
                        if cue_kind == _MENTION_CUE:
                            quiet = _clause_end(toks, start + len(cue), _MENTION_AFTER)
                            boiler.append((_clause_start(toks, start, _MENTION_BEFORE), quiet))
                        elif cue_kind == _LEARNING_AFTER:
                            quiet = self._learned(toks, start + len(cue))
                            boiler.append((start, quiet))
                        elif cue_kind == _LEARNING_BEFORE:
                            quiet = start + len(cue)
                            boiler.append((_start_after(toks, start, _LEARNING_REACH, BREAKS), quiet))
                        elif cue_kind == _GIVEN_AWAY:
                            quiet = start + len(cue)
                            boiler.append((_given_away_start(toks, start), quiet))
                        elif duties < 0 or cue not in self._benefit_cues:  # (a benefit a duty takes as its object)
                            quiet = _sentence_end(toks, i)
                            boiler.append((_sentence_start(toks, i, _BOILER_BEFORE), min(quiet, i + _BOILER_AFTER)))
                        break
        if duties > 0:
            boiler += _company_paragraphs(toks, duties, self._seeker_words)
        if heads:
            boiler += _sections(toks, heads, self._section_first, self._section_cues, self._duty_words, self._duties_at,
                                self._heading_cues)
        if excl:
            boiler += self._exclusions(toks, excl)
        if parties:
            boiler += self._others(toks, parties, own)
        if owns:
            boiler += self._disowned(toks, owns, own)
        if negations:
            boiler += self._negated_lists(toks, negations)
        boiler.sort()
        return positions, boiler, negations, owns

    def _best_at(self, key: tuple[str, ...], in_title: bool) -> tuple[tuple[str, int, float, bool, str], ...]:
        """Longest (then strongest) phrase per tag starting at ``key[0]`` and fitting ``key``: its tag, length, weight,
        whether it is a pair and its mark (``Phrase.mark``; none in a title)."""
        best: dict[str, tuple[int, float, bool, str]] = {}
        for p in self._starts[key[0]]:
            if p.gap:
                k = self._pair_end(p, key)
                if not k:
                    continue
            else:
                k = len(p.words)
                if k > len(key):
                    continue
                if k > 1 and not all(self._accepts(key[j], w, extra)
                                     for j, (w, extra, _) in enumerate(p.words[1:], 1)):
                    continue
            if p.tag[0] == "_" and in_title == (p.tag in BODY_MARKS):
                continue  # marks are read in titles, LEADS and the adverts' in descriptions
            weight = p.title_weight if in_title else p.weight
            prev = best.get(p.tag)
            if prev is None or (k, weight) > prev[:2]:
                best[p.tag] = (k, weight, p.gap > 0, "" if in_title else p.mark)
        return tuple((t, k, w, pair, mark) for t, (k, w, pair, mark) in best.items())

    def _pair_end(self, p: Phrase, key: tuple[str, ...]) -> int:
        """How many of ``key``'s words a pair ``p`` spans from its start, its first part at ``key[0]`` and its second
        after at most ``GAP_WORDS`` words that are no break marks; 0 when it is not there."""
        words = p.words
        g = p.gap
        head = words[1:g]
        if len(key) < len(words) - 1 or not all(self._accepts(key[j], w, extra)
                                                for j, (w, extra, _) in enumerate(head, 1)):
            return 0
        tail = words[g + 1:]
        verb = tail[-1][0] == LIGHT_VERB
        if verb:
            tail = tail[:-1]
        first = tail[0]
        for at in range(g, min(len(key) - len(tail) - verb, g + GAP_WORDS) + 1):
            if at > g and key[at - 1] in BREAKS:
                return 0
            if self._accepts(key[at], first[0], first[1]) and all(
                    self._accepts(key[at + j], w, extra) for j, (w, extra, _) in enumerate(tail[1:], 1)):
                end = at + len(tail)
                if not verb:
                    return end
                if key[end] in self._light_verbs:
                    return end + 1
                if key[end] == _FA_CONTINUOUS and end + 1 < len(key) and key[end + 1] in self._light_verbs:
                    return end + 2
        return 0

    def _match_tokens(self, toks: list[str], positions: list[int], in_title: bool,
                      boiler: list[tuple[int, int]] | tuple, negations: list[int], hits: list[Hit],
                      reading: Reading | None = None, owned: Collection[int] = ()) -> None:
        # (the words from a phrase start, up to its longest phrase or a break) -> phrases found there
        cache = self._ngram_cache[in_title]
        start_of = self._start_of
        # tag -> (last token of its latest hit, that hit's weight, its index in hits, or -1 when it was negated)
        covered: dict[str, tuple[int, float, int]] = {}
        b_idx, b_len = 0, len(boiler)
        new_hit = tuple.__new__  # Hit(...) without the Python-level NamedTuple constructor
        opens = reading.opens_item if reading is not None else None  # (a description's list items)
        last = len(toks) - 1
        firm_words = self._business_words  # (``_names_a_business``)
        back = _TOPIC_AND_BACK if in_title else 0
        for i in positions:
            tok = toks[i]
            nxt, span, breaks = start_of[tok]
            if nxt is not None and (i == last or not toks[i + 1].startswith(nxt)):
                continue
            if span == 1:
                key = tok
            else:
                key = toks[i:i + span]
                if not breaks.isdisjoint(key):
                    for j in range(1, len(key)):
                        if key[j] in breaks:
                            del key[j:]
                            break
                key = tuple(key)
            found = cache.get(key)
            if found is None:
                words = (key,) if span == 1 else key
                # with each phrase's evidence (its words) joined once
                found = tuple((t, k, w, _evidence(words[:k]), pair, mark)
                              for t, k, w, pair, mark in self._best_at(words, in_title))
                if len(cache) > 300_000:
                    cache.clear()
                cache[key] = found
            if not found:
                continue
            while b_idx < b_len and boiler[b_idx][1] <= i:
                b_idx += 1
            in_boiler = b_idx < b_len and boiler[b_idx][0] <= i
            # the longest hit here that names a business (``_names_a_business``), once looked for; 0 where no firm's
            # noun stands near enough (looked for around the hits only: a whole text's pass cost more)
            lo = i - 1 - _BUSINESS_BETWEEN - back
            business = 0 if firm_words.isdisjoint(toks[lo if lo > 0 else 0:i + span + 1 + _BUSINESS_BETWEEN]) else -1
            for tag, k, weight, evidence, pair, mark in found:
                hit_boiler = in_boiler
                if business and (tag[0] != "_" or tag == NOT_VA):
                    if business < 0:
                        business = max((kk for _, kk, *_ in found
                                        if self._names_a_business(toks, i, i + kk - 1, in_title)),
                                       default=0)
                    if business and k <= business:
                        if in_title:
                            continue  # a firm's kind in a title: the client's or agency's, no task of the role
                        hit_boiler = True
                if mark == OWNED and i in owned and not hit_boiler:
                    weight = 1.0  # an object of work the seeker owns (``_ownership``)
                prev = covered.get(tag)
                if prev is not None and prev[0] >= i:
                    # inside the tag's last hit: read only when stronger and running past it, in its place ("via
                    # email and chat": the hint "via email" gives way to "email and chat"); a longer hint holding a
                    # strong phrase ("~1с бухгалтерия", a program's name) keeps it a hint
                    if weight <= prev[1] or prev[2] < 0 or i + k - 1 <= prev[0]:
                        continue
                    at = prev[2]
                else:
                    at = len(hits)
                if negations and _cue_near(negations, i, i + k - 1) and (
                        (mark != FAILURE and (
                            self._negated(toks, i, i + k - 1, self._neg_all if pair else self._neg_before)
                            or (pair and not self._neg_all.isdisjoint(toks[i + 1:i + k - 1]))))
                        or self._negated_after(toks, i + k - 1)):
                    # a pair is negated by any cue in its clause, before it ("نیازی نیست ایمیلها را پاسخ دهید") or
                    # between its parts ("звонки не принимать")
                    if at == len(hits):
                        covered[tag] = (i + k - 1, weight, -1)
                    continue
                covered[tag] = (i + k - 1, weight, at)
                hit = new_hit(Hit, (tag, weight, evidence, in_title, hit_boiler,
                                    weight >= 1.0 and opens is not None and not hit_boiler and (
                                        opens(i) or _said_to_you(toks, i, i + k - 1)
                                        or reading.closes_item(i, i + k - 1)), i))
                if at == len(hits):
                    hits.append(hit)
                else:
                    hits[at] = hit


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher(load_taxonomy())


@lru_cache(maxsize=1)
def russian_keyboard_matcher() -> Matcher:
    """The taxonomy's matcher for Uzbek Cyrillic typed on a Russian keyboard."""
    return Matcher(load_taxonomy(), russian_keyboard=True)


@lru_cache(maxsize=1)
def apostrophe_free_matcher() -> Matcher:
    """The taxonomy's matcher for Uzbek Latin typed without its apostrophes."""
    return Matcher(load_taxonomy(), without_apostrophes=True)
