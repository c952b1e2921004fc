"""Free-text search in the store: write each posting's folded words, find postings that hold given words.

The store does not fold text (it imports no pipeline stage): writers pass the folded form in, and
``fill`` takes the folding function as an argument. ``contains_word`` is one SQL condition that each
dialect compiles to its own index: the FTS5 word index on SQLite, a GIN index of each text's words
(``WORDS``, a ``tsvector``) on PostgreSQL (``store.search_models``). Both find words that start with
the search word, or a search word of one or two letters whole ("va" finds "VA", not "value": ``MAX_WHOLE``), and
split words alike: a word is a run of letters, digits and the apostrophe (kept inside a word:
"zbek" starts no word of "o'zbekiston"); anything else, the underscore included, is a gap between words
(FTS5's ``unicode61``; on PostgreSQL ``[^[:alnum:]']``, migration 0018: "@silkroad_hr" holds the word "hr").
A search word is split the same way: "data_entry", "node.js" and "24/7" are words in a row, as FTS5 reads a
phrase ("data entry", "node js", "24 7"). Combining marks are neither (FTS5 splits words at them, PostgreSQL's
``[:alnum:]`` takes some for letters): search's folding leaves them out of the postings' text and the seeker's words
(``pipeline.textnorm.unmarked``), so neither index meets one. An apostrophe that starts or ends a word is a quote
mark around it, not a letter (``fold`` makes ' ‘ ’ ʻ ʼ ` ´ ′ one): this module stores a posting's text without it
(``unquoted``), so "baraka" starts a word of "'Baraka Savdo' MChJ" on both stores, and reads a seeker's words so
(``readings``: "mablag'" is the word "mablag" whole, or the start of "mablag'lar"). A seeker's "ё" is read as "е"
too (``ye_spelled``), as a posting's "ё" is indexed both ways: "приём" finds "Прием" as "прием" finds "Приём".
An Uzbek seeker types on the keyboard she has: a word holding an apostrophe is stored without it too (``indexed``:
"tolov" finds "to'lov"), and a Latin word of four letters or more is also looked for as a Russian keyboard or a
Latin typist may have changed it (``uzbek_spellings``: "kidiruv" finds "qidiruv", "ердамчи" "ёрдамчи"). A Persian
word is found with or without the madda of its alef, as phone keyboards leave it behind a long press (``madda_less``:
"اگهی" finds "آگهی", "آنلاین" finds "انلاین"). What depends on how the seeker typed a word, not on its folded
letters, is the caller's, as more spellings: its stems, and the "у" a Russian keyboard types for "ў" in a word typed
in Cyrillic (``pipeline.search_query``).

A search word may carry several spellings, one a line (``SPELLINGS``), any of which a posting may hold; a
spelling of several words (``NEXT_WORD`` apart) is found where they are consecutive words of the posting, the
last one as a word start: ``"پاسخگویی\\nپاسخ گویی"`` finds "پاسخگویی..." and "پاسخ گویی...". That is how
``pipeline.textnorm.search_words`` finds a Persian word written joined, with a ZWNJ or with a space, whichever
way the seeker typed it, without indexing more: on SQLite the OR is inside the one index look-up (an FTS5
``OR`` of phrases); on PostgreSQL the one-word spellings are one ``tsquery`` of prefixes, and each spelling of
several words asks the index for its words, then a regular expression for them in a row (``words_queries``).
Between the words of a spelling FTS5 skips any characters that are not in a word, and PostgreSQL likewise
(``GAP``, the line ends between a posting's parts included). The planner is not shown the ``tsquery``: it would
expect more matches with each ORed prefix, and walk the feed's order for a rare word's page (``_postgresql``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import overload

from sqlalchemy import Integer, Text, cast, column, exists, false, func, literal, literal_column, or_, select, table, union_all
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import NullType

from store import db
from store.models import Posting
from store.search_models import FTS_TABLE, PostingSearch

Fold = Callable[[str | None, str | None, str | None], str]  # (title, company, description) -> folded text

_fts = table(FTS_TABLE, column("rowid", Integer), column("folded", Text))


class contains_word(ColumnElement[bool]):  # noqa: N801 - reads as a function in a WHERE clause
    """True for postings with a word that starts with ``word`` (already folded): "assist" finds "assistant"; one
    of at most ``MAX_WHOLE`` letters, that word ("va" finds "VA", not "various"); a ``word`` of several
    ``SPELLINGS``: with any of them (see the module docstring)."""

    type = NullType()  # not Boolean: SQLite would compare the IN (...) with 1 and plan it worse
    inherit_cache = False  # compiled anew each time (``fts5_query``, ``word_start`` shape the SQL's values)

    def __init__(self, word: str, *, in_feed_order: bool = False) -> None:
        self.word = word
        self.in_feed_order = in_feed_order  # for a page in the feed's order; a count wants the matches' ids


SPELLINGS = "\n"  # between the spellings of one search word (any may occur); never inside a folded word
NEXT_WORD = " "  # between the words of one spelling (consecutive words of the posting)


#: The version of how this module reads a folded text before storing it (``indexed``), stamped on each posting's
#: words beside the folding's own (``stamp``). The folding's version is a fingerprint of ``pipeline.textnorm`` alone
#: (which the tagger's and the judge's versions fingerprint too: a change there re-curates every posting), so a
#: change to what ``indexed`` stores must change this, or stored postings would keep their words as read before.
READING = "w4"  # w4: each word holding "آ" also stored with "ا" (``indexed``); w3: each word holding an apostrophe
# also stored without it; w2: an apostrophe at a word's edge is a quote mark (before: the folded text stored as given)


@overload
def stamp(version: str) -> str: ...


@overload
def stamp(version: None) -> None: ...


def stamp(version: str | None) -> str | None:
    """What a posting's words folded by ``version`` of the folding (``pipeline.textnorm.search_version``) are
    stamped with (``folded_with``): that version and this module's ``READING``; None (not recorded) stays None."""
    return None if version is None else f"{version}+{READING}"


_APOSTROPHES = re.compile("'+")


def _quote_or_letter(run: re.Match[str]) -> str:
    """A run of apostrophes as it is stored: kept between two letters or digits ("o'zbek", "mo''tadil"), else a gap."""
    text, start, end = run.string, run.start(), run.end()
    inside = 0 < start and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    return run.group() if inside else " "


def unquoted(folded: str) -> str:
    """``folded`` with each apostrophe that starts or ends a word made a gap between words: what this module stores
    of a posting's text, and how it reads a seeker's words. ``fold`` makes the quote marks ' ‘ ’ ʻ ʼ ` ´ ′ one
    apostrophe, which both indexes keep in a word for Uzbek ("o'zbek", "ma'lumot", "qo'ng'iroq"), so the company
    "'Baraka Savdo' MChJ" had held the words "'baraka" and "savdo'", and "baraka" had started none of them. A word
    that ends in an apostrophe-letter (Uzbek "mablag'", "bog'", "obro'", Tajik "qat'": 10 of the 3.2 million words of
    the samples, fixtures and test sets, where 2,977 started with an apostrophe and 3,684 ended with one, nearly all
    quote marks) is stored without it, and found as typed (``readings``)."""
    return _APOSTROPHES.sub(_quote_or_letter, folded) if "'" in folded else folded


#: An English contraction or possessive: without its apostrophe another word ("we're" "were", "we'll" "well", "it's"
#: "its", "don't") or a plural ("team's" "teams"), which "were", "well" and "its" would have found
_ENGLISH_ENDING = re.compile("'(?:s|t|d|re|ll|ve)\\Z")


def _bare(word: str) -> bool:
    """Whether ``word`` (of ``_WORD``) holds an apostrophe that a seeker may leave out: an Uzbek one."""
    return "'" in word and not _ENGLISH_ENDING.search(word)


#: Persian alef with madda, and the plain alef a seeker or a poster types for it
MADDA, ALEF = "\u0622", "\u0627"


def madda_less(text: str) -> str:
    """``text`` with each "آ" written "ا", as a Persian phone keyboard, which keeps "آ" behind a long press of "ا",
    has many write it ("اگهی", "انلاین", "اموزش" for "آگهی", "آنلاین", "آموزش"). The fold keeps the two apart (the
    stages read "آ" as written), so search reads each side both ways: the index holds each word with "آ" also
    written so (``indexed``), and a seeker's word with "آ" is also looked for so (``readings``)."""
    return text.replace(MADDA, ALEF) if MADDA in text else text


def _plainly_typed(word: str) -> str:
    """``word`` (of ``_WORD``) as a seeker may type it: without an Uzbek apostrophe (``_bare``), "آ" as "ا"."""
    return madda_less(word.replace("'", "") if _bare(word) else word)


def indexed(folded: str) -> str:
    """What this module stores of a posting's folded text: ``unquoted``, and a last line with each word that holds
    an apostrophe written without it ("to'lov" as "tolov", "o'qituvchi" as "oqituvchi", "ma'lumot" as "malumot";
    one not already in the text, nor an English "team's", ``_ENGLISH_ENDING``), as a seeker on a keyboard without
    the apostrophe, or without the Cyrillic "ў", "ғ" and "ъ", types it, and each word holding "آ" written with "ا"
    ("آگهی" as "اگهی", ``madda_less``). Stored once more is stored the same."""
    read = unquoted(folded)
    if "'" not in read and MADDA not in read:
        return read
    words = _WORD.findall(read)
    plain = dict.fromkeys(map(_plainly_typed, words)).keys() - set(words)
    return read + "\n" + " ".join(sorted(plain)) if plain else read


#: A folded "ё" inside a word (after a letter, or the apostrophe of "ъ"), not the "yo'" of "йў" ("yo'l")
_YO_IN_WORD = re.compile("(?<=[^\\W\\d_]|')yo(?!')")


def _ye(yo: re.Match[str]) -> str:
    """A folded "ё" (``_YO_IN_WORD``) as "е" folds in its place: "ye" after a vowel, else "e"."""
    return "ye" if yo.string[yo.start() - 1] in "aeiou" else "e"


def ye_spelled(spelling: str) -> str:
    """A folded search ``spelling`` as if each "ё" in it were written "е", as the index also holds a posting's words
    with "ё" (``pipeline.textnorm.search_text``): "priyom" (приём) is "priyem" (прием), "otchyot" (отчёт) "otchet",
    "ob'yom" (объём) "ob'em". Most Russian posts write "е" (hh.uz's "Прием и обработка звонков"), and a seeker
    who typed "ё" had found only the posts that write it, as "yo" and "ye" fold apart. ``readings`` adds it as
    another spelling, as the fold cannot tell a "ё" from the Latin "yo" of Uzbek ("tayyor", "dunyo": their
    "е"-spellings only find what starts with them: of the 343 words with "yo" that the samples, fixtures and test
    sets index, 42 find more so, 40 of them Russian, and "tokyo" finds "token", "payors" "payers"). Not at a word's
    start: there "yo" is Uzbek ("yordam", "yoz", "yosh", whose "yerdam", "yez", "yesh" start Russian words, "ездить"
    "yezdit'"; all 34 words of that data that start with "ё" are Uzbek or Tajik), and a Russian one (ёмкость) rare."""
    return _YO_IN_WORD.sub(_ye, spelling) if "yo" in spelling else spelling


#: A folded word of Latin letters, with apostrophes inside or at its end (Uzbek, Cyrillic folded: "o'qituvchi")
_LATIN_WORD = re.compile("[a-z]+(?:'+[a-z]+)*'*")
_INNER_APOSTROPHES = re.compile("(?<=[a-z])'+(?=[a-z])")
#: The letters a Russian keyboard lacks typed as their neighbours, folded: к for қ is "k" for "q", х for ҳ "x" for
#: "h" (Latin typists write "xisobchi" for "hisobchi" too; "xodim" finds "hodim")
_KEYBOARD_CONSONANTS = str.maketrans("kx", "qh")
MAX_UZBEK_SPELLINGS = 3  # per search word: PostgreSQL leaves the words' index for a scan past five ORed prefixes


def _keyboard_vowel(word: str) -> str:
    """``word`` with the vowel a Russian keyboard makes of Uzbek's put back where it starts a word: a starting "ye"
    as "yo" and "yo" as "ye" (е for ё, "ердамчи" for "ёрдамчи", as seekers and posters type it; six letters or more;
    not "yo'", which is "йў"). Its "у" for "ў" ("укитувчи" for "ўқитувчи") is put back only in a word typed in
    Cyrillic, by the caller (``pipeline.search_query``): read here, from the folded letters, it had made a Latin
    "u" an "o" too, and "rules" found "roles" (36 of the 39 dev postings it found)."""
    if len(word.replace("'", "")) >= 6 and word[:2] in ("ye", "yo") and word[2:3] != "'":
        return ("yo" if word[1] == "e" else "ye") + word[2:]
    return word


def uzbek_spellings(word: str) -> list[str]:
    """Other spellings of a folded search ``word`` of four letters or more, as an Uzbek seeker's keyboard may have
    changed it, at most ``MAX_UZBEK_SPELLINGS``: without the apostrophes inside it ("to'lov" as "tolov", which the
    index holds for every such word, ``indexed``), then with the letters a Russian keyboard lacks put back
    (``_KEYBOARD_CONSONANTS``, ``_keyboard_vowel``) all at once, only the consonants ("kulay" as "qulay", қулай)
    and only the vowel ("yerdamchi" as "yordamchi", ёрдамчи). A shorter word has too many neighbours ("kor" would
    find "qor" and "qorovul")."""
    if not _LATIN_WORD.fullmatch(word) or len(word.replace("'", "")) < 4 or _ENGLISH_ENDING.search(word):
        return []
    consonants = word.translate(_KEYBOARD_CONSONANTS)
    typed = (word, _keyboard_vowel(consonants), consonants, _keyboard_vowel(word))
    spellings = dict.fromkeys(_INNER_APOSTROPHES.sub("", spelling) for spelling in typed)
    return [spelling for spelling in spellings if spelling != word][:MAX_UZBEK_SPELLINGS]


#: A spelling whose last word ends in an apostrophe: "mablag'", "savdo'"
_ENDS_IN_APOSTROPHE = re.compile(r"[^\W_]'+\Z")


def readings(word: str) -> list[tuple[str, bool]]:
    """The spellings of a search ``word`` (``SPELLINGS`` apart) as the index holds words (``unquoted``), each with
    whether its last word is whole rather than a word start: a spelling of one word of at most ``MAX_WHOLE``
    letters is ("va", "it", "hr", "1s"). A spelling whose last word ends in an apostrophe is
    read twice: as that word whole, and as the start of a word that goes on past the apostrophe. So "mablag'"
    finds "mablag'" (stored "mablag") and "mablag'lar", not "mablagxyz"; "tog'" finds "tog'", not "together"; a
    typed closing quote ("'Baraka Savdo'") finds "Savdo" whole. A spelling with a "ё" inside a word is also read as
    written with "е" (``ye_spelled``): "priyom" (приём) finds "priyem" (прием) too; a word of Latin letters as an
    Uzbek seeker's keyboard may have changed it too (``uzbek_spellings``): "tolov" finds "to'lov", "kidiruv"
    finds "qidiruv"; a Persian spelling with "آ" also as written with "ا" (``madda_less``): "آنلاین" finds
    "انلاین". A reading of one word that starts with another's (a word and its stem, "operatorlar" and
    "operator") is left out: it finds no posting the other does not, and PostgreSQL has one prefix less to look up."""
    out: list[tuple[str, bool]] = []
    for spelling in dict.fromkeys(s for typed in word.split(SPELLINGS)
                                  for s in (typed, ye_spelled(typed), madda_less(typed), *uzbek_spellings(typed))):
        read = unquoted(spelling)
        if _ENDS_IN_APOSTROPHE.search(spelling):
            out += [(read, True), (read.rstrip() + "'", False)]
        else:
            out.append((read, _short(read)))
    return _unsubsumed(out)


#: The longest search word read whole, not as a word's start: a seeker's "VA", "IT", "HR", "CV", "1С" means that
#: word, where as a start "va" found "value", "various", "vacation" (170 of the 256 replayed postings; 4 say "VA").
#: Three letters stay a start: a seeker's three letters are an acronym ("CRM", "SMM", "SEO", "API", "KPI"), whose
#: other words are its plural or Persian written on ("KPIs", "APIs", "APIهای": "api" finds 63 of 701 dev postings,
#: 39 whole; "kpi" 40, 22 whole; "crm" 44, 39)
MAX_WHOLE = 2


def _short(read: str) -> bool:
    """Whether a read spelling is one word of at most ``MAX_WHOLE`` letters or digits, looked for whole."""
    words = words_of(read)
    return len(words) == 1 and len(words[0].replace("'", "")) <= MAX_WHOLE


def _unsubsumed(read: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """``read`` without each word start of one word that another one's starts, nor one read twice (``readings``)."""
    starts = {words[0] for spelling, whole in read if not whole and len(words := words_of(spelling)) == 1}
    kept: list[tuple[str, bool]] = []
    seen: set[str] = set()
    for spelling, whole in read:
        words = words_of(spelling)
        if not whole and len(words) == 1:
            if words[0] in seen or any(start != words[0] and words[0].startswith(start) for start in starts):
                continue
            seen.add(words[0])
        kept.append((spelling, whole))
    return kept


def fts5_query(word: str) -> str:
    """An FTS5 query for words starting with ``word``: one quoted phrase, so FTS5 splits it as it split the
    text ("24/7" is the phrase "24 7") and nothing in it is query syntax, then ``*`` (none where its last word is
    whole, ``readings``). A word of several spellings or readings is their phrases joined by ``OR``; a spelling's
    words (``NEXT_WORD`` apart) make one phrase."""
    return " OR ".join('"' + read.replace('"', '""') + ('"' if whole else '"*') for read, whole in readings(word))


#: PostgreSQL's regular expressions for what is not in a word, a run of it, and the start and the end of a word: as
#: FTS5's ``unicode61`` (letters and digits, and the apostrophe as ``tokenchars``) reads them; not ``\\w`` nor
#: ``\\m``, whose words hold the underscore
NOT_IN_WORD = "[^[:alnum:]']"
GAP = NOT_IN_WORD + "+"
WORD_START = "(?<![[:alnum:]'])"
WORD_END = "(?![[:alnum:]'])"
#: What is in a word, in Python: ``\\w`` but the underscore, and the apostrophe
_WORD = re.compile(r"(?:[^\W_]|')+")


def words_of(spelling: str) -> list[str]:
    """The words a search index reads in ``spelling`` (as ``readings`` read it): "data_entry" is "data", "entry";
    "node.js" is "node", "js"."""
    return _WORD.findall(spelling)


def _in_a_row(read: str, whole: bool) -> str:
    """A regular expression for the words of a read spelling (``readings``) in a row, apart by what is not in a word
    (``GAP``), the last one whole or a word start; for no word at all, nothing."""
    words = words_of(read)
    return GAP.join(map(re.escape, words)) + (WORD_END if whole else "") if words else "(?!)"


def word_start(word: str) -> str:
    """A PostgreSQL regular expression for words starting with ``word`` (``WORD_START``); for a word of several
    spellings, starting with any of them. A spelling's words (``words_of``: apart by ``NEXT_WORD`` or by any
    sign inside a typed word, "node.js", "24/7", "data_entry") are consecutive words, apart by what is not in a
    word (``GAP``), as FTS5 reads a phrase; a spelling with no word at all matches nothing, as in FTS5."""
    spellings = [_in_a_row(read, whole) for read, whole in readings(word)]
    return WORD_START + (spellings[0] if len(spellings) == 1 else "(?:" + "|".join(spellings) + ")")


@compiles(contains_word)
def _any_dialect(element: contains_word, compiler: SQLCompiler, **kw: object) -> str:
    rows = select(PostingSearch.posting_id).where(PostingSearch.folded.regexp_match(word_start(element.word)))
    return compiler.process(Posting.id.in_(rows), **kw)


#: PostgreSQL only (migration 0010): the ``tsvector`` of ``folded``'s words, a generated column, GIN-indexed; not
#: mapped (SQLite has no such column), so named here
WORDS = literal_column("posting_search.words")


def words_queries(word: str) -> list[tuple[str, str | None]]:
    """How PostgreSQL finds the postings with a word that starts with ``word``: a list of (``tsquery`` text on
    ``WORDS``, and a ``word_start`` regular expression to recheck its finds with, or ``None``),
    the postings any of them finds. The spellings that are one word (``words_of``: "_hr" is the word "hr") are
    one query, their prefixes ORed (``'assist':*``; the word itself where it is read whole, ``readings``:
    ``'mablag'``): exact, answered by the index alone. A spelling of several
    words (``NEXT_WORD`` apart, or "24/7", "node.js", "data_entry") is a query of its own that asks for each of
    its words as a prefix (a superset), rechecked by its regular expression on the few postings the index found.
    A spelling with no word at all (only signs: "_") finds nothing, as in FTS5; a word of only such spellings
    is the empty list."""
    one_word: list[str] = []
    several: list[tuple[str, str | None]] = []
    for read, whole in readings(word):
        tokens = words_of(read)
        if len(tokens) == 1:
            one_word.append(_lexeme(tokens[0], whole))
        elif tokens:
            several.append((" & ".join(map(_lexeme, tokens)), WORD_START + _in_a_row(read, whole)))
    return ([(" | ".join(one_word), None)] if one_word else []) + several


def _lexeme(token: str, whole: bool = False) -> str:
    """``token`` in a ``tsquery``: the word itself if ``whole``, else any word it starts."""
    return "'" + token.replace("'", "''") + ("'" if whole else "':*")


@compiles(contains_word, "postgresql")
def _postgresql(element: contains_word, compiler: SQLCompiler, **kw: object) -> str:
    # The words' GIN index (migration 0010); a regular expression only rechecks what it found for a spelling of
    # several words. At 200,000 postings a feed count for "assistant" took 2.9 s by the trigram index of the
    # text (63,000 candidates, each text read and scanned) and 0.17 s so. The query is a sub-select (an InitPlan),
    # its value unknown to the planner, which so plans every word as one prefix: seen, each ORed prefix adds its
    # default 0.5 % to the matches it expects, and at four (an Uzbek word's spellings, ``uzbek_spellings``) a page
    # of a rare word walked the feed's order instead (200,000 postings: "укитувчи" 1.1-2.2 s, not 0.06-0.16).
    finds = []
    for query, recheck in words_queries(element.word):
        where = [WORDS.op("@@")(select(cast(literal(query, Text), TSQUERY)).scalar_subquery())]
        if recheck:
            where.append(PostingSearch.folded.regexp_match(recheck))
        finds.append(select(PostingSearch.posting_id).where(*where))
    if not finds:  # only signs, no word: nothing, as FTS5 finds
        finds.append(select(PostingSearch.posting_id).where(false()))
    rows = finds[0] if len(finds) == 1 else union_all(*finds)
    return compiler.process(Posting.id.in_(rows), **kw)


@compiles(contains_word, "sqlite")
def _sqlite(element: contains_word, compiler: SQLCompiler, **kw: object) -> str:
    # In feed order, "+id": not a rowid look-up per match, sorted after, but a walk of the feed's own order
    # (ix_postings_newest) that probes the matches until the page is full. At a million postings a common word
    # ("assistant", 42,000 postings) took 2.6 s the first way and 16 ms this way; a word found nowhere costs
    # the whole walk (0.8 s), which ``web_queries.feed_page`` avoids by counting first (and ``feed_items`` by
    # looking among the newest postings first). A count looks the
    # matches up by id (0.2 s for "assistant"); walking would read every posting.
    rows = select(_fts.c.rowid).where(literal_column(FTS_TABLE).op("MATCH")(fts5_query(element.word)))
    return ("+" if element.in_feed_order else "") + compiler.process(Posting.id.in_(rows), **kw)


_TABLE = PostingSearch.__table__


def set_text(session: Session, posting_id: int, folded: str, version: str | None = None) -> None:
    """Insert or replace the folded text of one posting, read as the index reads words (``indexed``), stamped with
    the ``version`` of the folding that made it and this module's reading (``stamp``, in ``folded_with``): one
    statement, safe when two crawls store the same posting at once; a row already holding this text and stamp is
    not rewritten (nor re-indexed)."""
    stmt = db.insert_for(session.get_bind().dialect)(_TABLE).values(posting_id=posting_id, folded=indexed(folded),
                                                                     folded_with=stamp(version))
    changed = or_(_TABLE.c.folded != stmt.excluded.folded,
                  _TABLE.c.folded_with.is_distinct_from(stmt.excluded.folded_with))
    session.execute(stmt.on_conflict_do_update(index_elements=["posting_id"], where=changed,
                                               set_={"folded": stmt.excluded.folded,
                                                     "folded_with": stmt.excluded.folded_with}))


def missing(session: Session, before: int | None = None,
            limit: int = 1000) -> list[tuple[int, str | None, str | None, str | None]]:
    """Postings (id, title, company, description) with no search row yet, newest first, below ``before``."""
    unindexed = ~exists().where(PostingSearch.posting_id == Posting.id)
    stmt = select(Posting.id, Posting.title, Posting.company, Posting.description).where(unindexed)
    if before is not None:
        stmt = stmt.where(Posting.id < before)
    return [tuple(r) for r in session.execute(stmt.order_by(Posting.id.desc()).limit(limit))]  # type: ignore[misc]


def complete(session: Session) -> bool:
    """Whether the oldest posting has its search row (two index look-ups). ``fill`` works newest first and the
    store pipeline writes a new posting's row with it, so then every posting has one, unless a writer that does
    not fold stored some (``fill(everything=True)`` finds those)."""
    oldest = session.scalar(select(func.min(Posting.id)))
    return oldest is None or session.get(PostingSearch, oldest) is not None


def fill(sessions: Callable[[], Session], fold: Fold, batch: int = 2000,
         progress: Callable[[int], None] | None = None, *, everything: bool = False, version: str | None = None) -> int:
    """Give every posting without one its search row (postings stored before ``posting_search`` existed, or by
    a writer that does not fold), newest first, so the feed's first pages are searchable first, each stamped with
    the ``version`` of ``fold`` (``stamp``; the text read by ``indexed``); returns how many.
    ``sessions``: a ``sessionmaker``; one transaction a batch, so an interrupted fill resumes where it stopped.

    Unless ``everything``, nothing is read when ``complete`` says the store is (the check made at every start of
    the CLI and the web app: reading every posting's id of a large store would cost seconds each time)."""
    if not everything:
        with sessions() as session:
            if complete(session):
                return 0
    done, before = 0, None
    while True:
        with sessions() as session, session.begin():
            rows = missing(session, before, batch)
            if not rows:
                return done
            # DO NOTHING: another process (a second web worker starting) may be filling the same rows
            session.execute(db.insert_for(session.get_bind().dialect)(_TABLE).on_conflict_do_nothing(index_elements=["posting_id"]),
                            [{"posting_id": pid, "folded": indexed(fold(title, company, description)),
                              "folded_with": stamp(version)} for pid, title, company, description in rows])
        done += len(rows)
        before = rows[-1][0]
        if progress:
            progress(done)


def refold(sessions: Callable[[], Session], fold: Fold, batch: int = 2000,
           progress: Callable[[int], None] | None = None, *, version: str | None = None,
           keep: Collection[str] = ()) -> int:
    """Fold the search words again of every posting whose row another version of the folding or of this module's
    reading of it wrote (after a change to how search folds text, ``stamp``) or none recorded (``folded_with``),
    oldest first, one transaction a batch; each is stamped with ``version``, the one of ``fold`` (and
    ``READING``), and only rows whose folded text changed are re-indexed. Without
    ``version``, every posting's. Returns how many postings were read: none when every row is ``version``'s, found
    from the index of the stamps, not by reading every row (the scheduler asks every few hours). ``keep``: stamps
    (``stamp``) of postings left as they are, a newer release's (``store.releases.later``)."""
    with sessions() as session:
        ids = stale(session, version, keep)
    done = 0
    for start in range(0, len(ids), batch):
        with sessions() as session, session.begin():
            rows = session.execute(select(Posting.id, Posting.title, Posting.company, Posting.description)
                                   .where(Posting.id.in_(ids[start:start + batch]))).all()
            for pid, title, company, description in rows:
                set_text(session, pid, fold(title, company, description), version)
        done += len(ids[start:start + batch])
        if progress:
            progress(done)
    return done


def stale(session: Session, version: str | None, keep: Collection[str] = ()) -> list[int]:
    """The ids, ascending, of the postings whose search words another version than ``version`` folded (or another
    ``READING`` read: their stamp is not ``stamp(version)``), or none recorded; every posting with search words when
    ``version`` is None. Read from the index of the stamps (``folded_with``, then the id): each side of "another
    version" is a range of it. Those stamped with one of ``keep`` are left out."""
    column, current = _TABLE.c.folded_with, stamp(version)
    where = [] if current is None else [or_(column.is_(None), column < current, column > current)]
    if keep:
        where.append(or_(column.is_(None), column.not_in(list(keep))))
    return list(session.scalars(select(_TABLE.c.posting_id).where(*where).order_by(_TABLE.c.posting_id)))


def versions(session: Session) -> dict[str | None, int]:
    """How many postings' search words each stamp (``stamp``: a version of the folding and of ``READING``) is on
    (None: not recorded); from the index."""
    return dict(session.execute(select(_TABLE.c.folded_with, func.count()).group_by(_TABLE.c.folded_with)).all())
