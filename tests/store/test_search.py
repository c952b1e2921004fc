"""Free-text search: every search word must start a word of the posting, in any case, in either Uzbek script,
in any Persian letter form; answered from an index on SQLite (FTS5) and PostgreSQL (pg_trgm)."""
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select, text

from pipeline.search_query import NO_WORD, search_terms
from pipeline.textnorm import search_text, search_words
from store import db, queries, search
from store.search_models import PostingSearch

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
POSTINGS = {
    "ru": ("Ассистент руководителя", "ООО Ромашка", "Ведение календаря и ЗВОНКИ клиентам."),
    "uz": ("Ёрдамчи керак", None, "Телеграм орқали ишлаш, кунига 4 соат."),
    "fa": ("دستیار مجازي", "شرکت نمونه", "پاسخگویی به ایمیل\u200cها و تماس\u200cها"),
    "en": ("Virtual Assistant (Remote)", "Acme", "Inbox and calendar management; 50% travel_booking; 24/7."),
}


def _store(url: str) -> None:
    sessions = db.sessions(url)
    with sessions.begin() as s:
        for sid, (title, company, description) in POSTINGS.items():
            r = queries.upsert_posting(s, dict(source="telegram", source_id=sid, title=title, company=company,
                                               description=description, posted_at=T0, va_relevant=True))
            search.set_text(s, r.id, search_text(title, company, description))


def found(url: str, query: str, words=search_words) -> list[str]:  # type: ignore[no-untyped-def]
    with db.sessions(url)() as s:
        f = queries.FeedFilter(search_terms=words(query), curated=False)
        return sorted(p.source_id for p in queries.feed(s, f))


def sought(url: str, query: str) -> list[str]:
    """What a seeker's search finds (the web's and the CLI's words: stems, a Russian keyboard's vowel)."""
    return found(url, query, search_terms)


def test_a_search_finds_words_in_any_case_script_and_letter_form(store_url: str) -> None:
    _store(store_url)
    assert found(store_url, "ассистент") == found(store_url, "АССИСТЕНТ") == ["ru"]
    assert found(store_url, "звонки клиентам") == ["ru"]
    assert found(store_url, "yordamchi") == found(store_url, "ёрдамчи") == found(store_url, "ЁРДАМЧИ") == ["uz"]
    assert found(store_url, "orqali") == ["uz"]  # Cyrillic "орқали" typed in Latin
    assert found(store_url, "مجازی") == found(store_url, "مجازي") == ["fa"]  # Persian and Arabic yeh
    assert found(store_url, "ایمیلها") == found(store_url, "ایمیل\u200cها") == ["fa"]  # with or without ZWNJ
    assert found(store_url, "virtual remote") == found(store_url, "remote VIRTUAL") == ["en"]  # every word, any order
    assert found(store_url, "virtual onsite") == []
    assert found(store_url, "acme") == ["en"]  # the company too
    assert found(store_url, "assist") == ["en", "ru"]  # the start of a word: "assistant", "ассистент"
    assert found(store_url, "assista") == found(store_url, "(Remote)") == ["en"]
    assert found(store_url, "sistant") == found(store_url, "emote") == []  # not its middle
    assert found(store_url, "24/7") == found(store_url, "50%") == found(store_url, "travel_booking") == ["en"]
    assert found(store_url, "inbox%calendar") == found(store_url, "_") == []  # % and _ are characters, not wildcards
    assert found(store_url, "%") == found(store_url, "") == sorted(POSTINGS)  # no word: no condition


def test_the_index_follows_a_changed_posting(store_url: str) -> None:
    _store(store_url)
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        pid = s.scalar(select(PostingSearch.posting_id).join_from(PostingSearch, search.Posting)
                       .where(search.Posting.source_id == "en"))
        search.set_text(s, pid, search_text("Bookkeeper", "Acme", "Reconcile invoices"))
    assert found(store_url, "bookkeeper") == ["en"]
    assert found(store_url, "virtual assistant") == []


def test_a_russian_word_written_with_yo_is_found_when_typed_with_ye(store_url: str) -> None:
    """Most Russian seekers type "удаленно" for "удалённо"; Uzbek "ё" is still "yo" both ways."""
    _store(store_url)
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        r = queries.upsert_posting(s, dict(source="hh", source_id="yo", title="Оператор чата, удалённо",
                                           description="Ещё нужен опыт", posted_at=T0))
        search.set_text(s, r.id, search_text("Оператор чата, удалённо", None, "Ещё нужен опыт"))
    assert found(store_url, "удаленно") == found(store_url, "удалённо") == found(store_url, "еще") == ["yo"]
    assert found(store_url, "ёрдамчи") == found(store_url, "yordamchi") == ["uz"]


YE_AND_YO = {
    "ye": ("Прием и обработка входящих звонков", "Удаленная работа, отчет за день, объем 40 часов, все-таки"),
    "yo": ("Приём заявок", "Удалённая работа, отчёт за день, объём 40 часов, всё-таки"),
    "uz": ("Tayyor operator", "Yozish va dunyo bo'ylab yo'l"),
    "ride": ("Водитель", "Ездить по городу"),
}


def _store_ye_and_yo(url: str) -> None:
    sessions = db.sessions(url)
    with sessions.begin() as s:
        for sid, (title, description) in YE_AND_YO.items():
            r = queries.upsert_posting(s, dict(source="hh", source_id=sid, title=title, description=description,
                                               posted_at=T0))
            search.set_text(s, r.id, search_text(title, None, description))


@pytest.mark.parametrize("query", ["приём", "удалённая работа", "отчёт", "объём"])
def test_a_russian_word_typed_with_yo_finds_it_written_with_ye_or_yo_on_both_stores(store_url: str,
                                                                                    query: str) -> None:
    """Most posts (hh.uz's among them) write "е" for "ё"; a seeker who types "ё" had found only the posts that
    write it ("приём" is "priyom", "прием" "priyem")."""
    _store_ye_and_yo(store_url)
    assert found(store_url, query) == found(store_url, query.replace("ё", "е")) == ["ye", "yo"]


def test_a_hyphenated_word_typed_with_yo_finds_it_written_with_ye_or_yo_on_both_stores(store_url: str) -> None:
    _store_ye_and_yo(store_url)
    assert found(store_url, "всё-таки") == found(store_url, "всётаки") == ["ye", "yo"]


def test_an_uzbek_yo_is_still_found_as_typed_and_its_ye_spelling_finds_no_more(store_url: str) -> None:
    """Uzbek writes "ё" ("yo") as a letter of its own: "yozish" does not find "ездить" ("yezdit'"), and
    "yo'l" ("йўл") holds no "ё"."""
    _store_ye_and_yo(store_url)
    assert found(store_url, "yozish") == found(store_url, "ёзиш") == ["uz"]
    assert found(store_url, "tayyor") == found(store_url, "тайёр") == found(store_url, "dunyo") == ["uz"]
    assert found(store_url, "yo'l") == found(store_url, "йўл") == ["uz"]
    assert found(store_url, "ездить") == ["ride"]


def test_a_search_word_with_yo_also_reads_its_ye_spelling() -> None:
    assert search.ye_spelled("priyom") == "priyem" and search.ye_spelled("otchyot") == "otchet"
    assert search.ye_spelled("ob'yom") == "ob'em" and search.ye_spelled("yeyo") == "yeye"  # объём, её
    assert search.ye_spelled("yozish") == "yozish" and search.ye_spelled("yo'l") == "yo'l"  # a word's start; йў
    assert search.ye_spelled("vsyo taki") == "vse taki"
    for word in ("приём", "удалённая", "отчёт", "объём", "бельё", "её", "трёхзвёздочный", "подъём", "заём"):
        assert search.ye_spelled(search_words(word)[0]) == search_words(word.replace("ё", "е"))[0], word


def test_a_persian_name_or_suffix_is_found_joined_spaced_or_with_a_zwnj(store_url: str) -> None:
    """Persian writers join a suffix or a name's parts with a ZWNJ, with nothing, or with a space."""
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        for sid, company, description in (("zwnj", "ماهان\u200cنت", "پاسخ\u200cگویی به ایمیل\u200cها"),
                                          ("space", "ماهان نت", "پاسخ گویی به ایمیل ها"),
                                          ("joined", "ماهاننت", "پاسخگویی به ایمیلها")):
            r = queries.upsert_posting(s, dict(source="jobinja", source_id=sid, title="دستیار", company=company,
                                               description=description, posted_at=T0))
            search.set_text(s, r.id, search_text("دستیار", company, description))
    for query in ("ماهان\u200cنت", "ماهاننت", "ماهان نت", "ایمیل\u200cها", "ایمیلها", "ایمیل ها"):
        assert found(store_url, query) == ["joined", "space", "zwnj"], query


# One Persian compound in its three spellings (a known second part "گو", a known prefix "می", a second part
# "کار" of more than three letters after it), and postings holding only some of its words.
COMPOUNDS = {
    "zwnj": "پاسخ\u200cگویی به مشتریان؛ می\u200cتوان دور\u200cکاری کرد",
    "space": "پاسخ گویی به مشتریان؛ می توان دور کاری کرد",
    "joined": "پاسخگویی به مشتریان؛ میتوان دورکاری کرد",
    "apart": "پاسخ سریع و گویا به مشتریان؛ تلفن زنگ می زنیم؛ کاری در دفتر",
    "other": "Virtual assistant: customer support",
}


def _store_compounds(url: str) -> None:
    with db.sessions(url).begin() as s:
        for sid, description in COMPOUNDS.items():
            r = queries.upsert_posting(s, dict(source="jobinja", source_id=sid, title="دستیار", description=description,
                                               posted_at=T0))
            search.set_text(s, r.id, search_text("دستیار", None, description))


@pytest.mark.parametrize("spellings", [("پاسخ\u200cگویی", "پاسخ گویی", "پاسخگویی", "پاسخ\u200c گویی"),
                                       ("می\u200cتوان", "می توان", "میتوان"),
                                       ("دور\u200cکاری", "دور کاری", "دورکاری")])
def test_each_spelling_of_a_persian_compound_finds_each_spelling(store_url: str, spellings: tuple[str, ...]) -> None:
    """A ZWNJ, a space or nothing between the parts, in the search and in the posting: every pair is found
    (the joined one by its known second part or prefix), and the posting that holds the parts apart is not."""
    _store_compounds(store_url)
    for query in spellings:
        assert found(store_url, query) == ["joined", "space", "zwnj"], query
        assert found(store_url, f"{query} مشتریان") == ["joined", "space", "zwnj"], query  # with another word


def test_a_persian_search_finds_no_more_than_its_words(store_url: str) -> None:
    """Precision: a word alone finds what it found before; the parts typed apart are found joined or as words of
    the posting, not a mere start of its middle; a typed word is not cut where a part would have one letter."""
    _store_compounds(store_url)
    assert found(store_url, "پاسخ") == ["apart", "joined", "space", "zwnj"]  # a word start, as before
    assert found(store_url, "گویی") == ["space", "zwnj"]  # not the middle of "پاسخگویی" (the ZWNJ one's parts)
    assert found(store_url, "گویا") == found(store_url, "سریع پاسخ") == ["apart"]
    assert found(store_url, "پاسخ\u200cگویا") == found(store_url, "پاسخگویا") == []  # not "پاسخ ... گویا"
    assert found(store_url, "میز") == found(store_url, "می\u200cز") == []  # not "می زنیم": no one-letter part
    assert found(store_url, "می زنیم") == found(store_url, "میزنیم") == ["apart"]
    assert found(store_url, "کاری دفتر") == found(store_url, "دفتر کاری") == ["apart"]  # both anywhere, as before
    assert found(store_url, "کاری\u200cدفتر") == found(store_url, "کاریدفتر") == []  # parts: consecutive words
    assert found(store_url, "دور کاری") == ["joined", "space", "zwnj"]
    assert found(store_url, "کاری دور") == ["space", "zwnj"]  # joined only in the order typed: not "دورکاری"
    assert found(store_url, "support پاسخ") == [] and found(store_url, "support") == ["other"]


def test_a_hyphenated_word_is_found_written_either_way(store_url: str) -> None:
    """"e-commerce" and "ecommerce", "front-end" and "frontend": real postings write both; a seeker may type
    either."""
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        for sid, title in (("hyphen", "E-commerce assistant, front-end"), ("one", "Ecommerce support"),
                           ("apart", "E commerce operator")):
            r = queries.upsert_posting(s, dict(source="remoteok", source_id=sid, title=title, posted_at=T0))
            search.set_text(s, r.id, search_text(title, None, None))
    assert found(store_url, "ecommerce") == ["hyphen", "one"]
    assert found(store_url, "e-commerce") == ["apart", "hyphen", "one"]  # also its parts in a row, as before
    assert found(store_url, "ecomm") == ["hyphen", "one"]  # the start of a word, as any search word
    assert found(store_url, "frontend") == found(store_url, "front-end") == ["hyphen"]
    assert found(store_url, "e commerce") == ["apart", "hyphen"]  # two words, each starting a word of the posting


def test_refold_brings_rows_folded_the_old_way_up_to_date(store_url: str) -> None:
    """``vagigs migrate --search``: rows folded before the "ё" variants existed get them; unchanged rows stay."""
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        for sid, title in (("old", "Ассистент, удалённо"), ("plain", "Ассистент")):
            r = queries.upsert_posting(s, dict(source="hh", source_id=sid, title=title, posted_at=T0))
            search.set_text(s, r.id, "\n".join(search_text(title, None, None).split("\n")[:3]))  # the old fold
    assert found(store_url, "удаленно") == []
    seen: list[int] = []
    assert search.refold(sessions, search_text, batch=1, progress=seen.append) == 2 and seen == [1, 2]
    assert found(store_url, "удаленно") == ["old"] and found(store_url, "ассистент") == ["old", "plain"]


def test_refold_with_a_version_reads_only_the_rows_another_version_or_none_folded(store_url: str) -> None:
    """What the scheduler and ``vagigs migrate --search`` run: rows folded the old way, or by no recorded version, are
    folded again and stamped; rows the installed version folded are not read (an index look-up says so)."""
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        for sid, title, version in (("old", "Ассистент, удалённо", "0badc0de"), ("none", "Удалённо", None),
                                    ("new", "Ассистент удалённо", "v2")):
            r = queries.upsert_posting(s, dict(source="hh", source_id=sid, title=title, posted_at=T0))
            search.set_text(s, r.id, "\n".join(search_text(title, None, None).split("\n")[:3]), version)
    with sessions() as s:
        assert search.versions(s) == {search.stamp("0badc0de"): 1, None: 1, search.stamp("v2"): 1}
        assert len(search.stale(s, "v2")) == 2 and len(search.stale(s, None)) == 3
    assert found(store_url, "удаленно") == []
    assert search.refold(sessions, search_text, version="v2") == 2
    assert found(store_url, "удаленно") == ["none", "old"]  # "new" was stamped v2, so taken as folded by it
    with sessions() as s:
        assert search.versions(s) == {search.stamp("v2"): 3} and search.stale(s, "v2") == []
    assert search.refold(sessions, search_text, version="v2") == 0


def test_stale_search_rows_are_found_from_the_index_of_stamps(sqlite_url: str) -> None:
    """SQLite's plan (PostgreSQL chooses by its statistics, which a test's few rows do not make)."""
    with db.sessions(sqlite_url)() as s:
        stmt = select(search._TABLE.c.posting_id).where(search._TABLE.c.folded_with < "v")
        plan = " ".join(str(r[-1]) for r in s.execute(text("EXPLAIN QUERY PLAN " + str(
            stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True})))))
        assert "COVERING INDEX ix_posting_search_folded_with" in plan, plan


def test_re_stamping_unchanged_words_keeps_them_found(store_url: str) -> None:
    """On SQLite a stamp alone does not fire the trigger that re-indexes the words (``UPDATE OF folded``); a change of
    the words still does."""
    _store(store_url)
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        pid = queries.upsert_posting(s, dict(source="telegram", source_id="en", title="x")).id
        search.set_text(s, pid, search_text(*POSTINGS["en"]), "v9")
    assert found(store_url, "inbox") == ["en"]
    with sessions.begin() as s:
        search.set_text(s, pid, search_text("Bookkeeper", None, None), "v9")
    assert found(store_url, "inbox") == [] and found(store_url, "bookkeep") == ["en"]


def test_fill_gives_words_to_postings_stored_without_them(store_url: str) -> None:
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        for i in range(5):
            queries.upsert_posting(s, dict(source="remoteok", source_id=str(i), title=f"Data entry clerk {i}",
                                           description="Typing", posted_at=T0))
    assert found(store_url, "clerk") == []
    seen: list[int] = []
    assert search.fill(sessions, search_text, batch=2, progress=seen.append) == 5
    assert seen == [2, 4, 5]
    assert found(store_url, "clerk") == ["0", "1", "2", "3", "4"]
    assert search.fill(sessions, search_text) == search.fill(sessions, search_text, everything=True) == 0


def test_fill_goes_newest_first_and_a_start_up_check_reads_two_rows(store_url: str) -> None:
    """Interrupted, a fill resumes at the next start: the oldest posting is the last one it folds. A posting
    stored later without its words by some other writer is found only by ``everything`` (``vagigs migrate``)."""
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        ids = [queries.upsert_posting(s, dict(source="remoteok", source_id=str(i), title=f"Clerk {i}",
                                              posted_at=T0)).id for i in range(4)]
    with sessions.begin() as s:
        assert [r[0] for r in search.missing(s, limit=3)] == ids[::-1][:3]
    folded: list[str] = []

    def interrupted_after_three(*parts: str | None) -> str:
        if len(folded) == 3:
            raise KeyboardInterrupt
        folded.append(search_text(*parts))
        return folded[-1]

    with pytest.raises(KeyboardInterrupt):
        search.fill(sessions, interrupted_after_three, batch=3)
    with sessions.begin() as s:
        assert not search.complete(s) and [r[0] for r in search.missing(s)] == [ids[0]]
    assert search.fill(sessions, search_text) == 1  # the next start finishes it
    with sessions.begin() as s:
        assert search.complete(s)
        s.execute(search._TABLE.delete().where(search._TABLE.c.posting_id == ids[2]))  # a writer that did not fold
    assert search.fill(sessions, search_text) == 0  # the start-up check: the oldest has its row
    assert search.fill(sessions, search_text, everything=True) == 1
    with sessions.begin() as s:
        s.execute(search._TABLE.delete().where(search._TABLE.c.posting_id == ids[0]))
        assert not search.complete(s)
    assert search.fill(sessions, search_text) == 1


@pytest.mark.parametrize("query", ["assistent", "پاسخ\u200cگویی", "укитувчи", "укитувчилар"])  # one spelling;
# several, words apart; an Uzbek word and its keyboard's spellings, and its stem's
def test_a_search_reads_the_index_not_every_row(store_url: str, query: str) -> None:
    _store(store_url)
    engine = db.engine(store_url)
    stmt = queries.feed_query(queries.FeedFilter(search_terms=search_terms(query), curated=False))
    sql = str(stmt.compile(engine, compile_kwargs={"literal_binds": True})).replace(":", "\\:")  # "(?:"
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            plan = " ".join(str(r) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            assert "posting_search_fts VIRTUAL TABLE INDEX 0:M" in plan, plan  # M: MATCH, answered by the index
            assert "USING INDEX ix_postings_newest" in plan, plan  # a page walks the feed's order
        else:
            conn.execute(text("SET enable_seqscan = off"))  # tiny tables: make the planner show it can
            plan = " ".join(r[0] for r in conn.execute(text(f"EXPLAIN {sql}")))
            assert "ix_posting_search_words" in plan, plan


def test_storing_the_same_words_twice_is_harmless(store_url: str) -> None:
    """Two crawls may store one posting at once; a re-crawl of an unchanged posting rewrites nothing."""
    _store(store_url)
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        pid = s.scalar(select(PostingSearch.posting_id).order_by(PostingSearch.posting_id).limit(1))
        before = s.get(PostingSearch, pid).folded
        search.set_text(s, pid, before)
        search.set_text(s, pid, before)
    with sessions() as s:
        assert s.get(PostingSearch, pid).folded == before
        assert s.scalar(select(func.count()).select_from(PostingSearch)) == len(POSTINGS)
    assert found(store_url, "ассистент") == ["ru"]


def test_search_syntax_in_a_query_is_only_text(store_url: str) -> None:
    """FTS5 and regular-expression syntax a seeker types is read as characters: no error, no operator."""
    _store(store_url)
    assert found(store_url, '"virtual"') == found(store_url, "assistant*") == found(store_url, "^virtual$") == ["en"]
    for query in ('"', 'a"b', "NEAR(virtual acme)", "virtual NOT acme", "col:x", "\\", "(", "[a-z]+", "ru|en", "..."):
        assert set(found(store_url, query)) <= set(POSTINGS), query
    assert found(store_url, "virtual NOT acme") == []  # every word must occur: "not" is just a word here
    assert found(store_url, "[a-z]+") == found(store_url, "ru|en") == []


def test_a_word_starts_after_a_space_or_sign_not_after_an_apostrophe(store_url: str) -> None:
    """Both stores split words alike: the apostrophe stays inside a word (Uzbek o' and g'), so "zbek" does not
    start a word of "O'zbekiston", while "o'zbek" does."""
    sessions = db.sessions(store_url)
    title, description = "O'zbekiston bo'ylab operator", "Qo'ng'iroqlar: 9:00-18:00"
    with sessions.begin() as s:
        r = queries.upsert_posting(s, dict(source="telegram", source_id="uz", title=title, description=description,
                                           posted_at=T0))
        search.set_text(s, r.id, search_text(title, None, description))
    assert found(store_url, "o'zbek") == found(store_url, "bo'ylab") == found(store_url, "qo'ng'iroq") == ["uz"]
    assert found(store_url, "zbek") == found(store_url, "ylab") == found(store_url, "iroq") == []
    assert found(store_url, "9:00") == found(store_url, "18") == ["uz"]


def test_a_hostile_word_is_stored_and_the_other_words_found(store_url: str) -> None:
    """A word longer than PostgreSQL's word index takes (2,047 bytes) and a text of 300,000 characters do not
    fail the store: the posting is stored and found by its ordinary words."""
    sessions = db.sessions(store_url)
    with sessions.begin() as s:
        for sid, description in (("long-word", "x" * 5000 + " calendar"), ("long-text", "inbox " + "y " * 150_000)):
            r = queries.upsert_posting(s, dict(source="telegram", source_id=sid, title="Assistant",
                                               description=description, posted_at=T0))
            search.set_text(s, r.id, search_text("Assistant", None, description))
    assert found(store_url, "calendar") == ["long-word"] and found(store_url, "inbox") == ["long-text"]
    assert found(store_url, "assistant") == ["long-text", "long-word"]


# Telegram channel names and hashtags join words with an underscore; boards write "node.js", "24/7" and "e‑commerce"
# with a non-breaking hyphen (U+2011).
SIGNS = {
    "atservice": ("Ish bor", "@atservice_hr", "Murojaat: @atservice_hr #virtual_assistant"),
    "kadrlar": ("Operator kerak", "@baraka_kadrlar", None),
    "data_entry": ("Data_entry operator", None, "#data_entry #remote"),
    "data entry": ("Data entry clerk", None, "Typing"),
    "node.js": ("Node.js developer", None, "24_7 support"),
    "node js": ("Node JS helper", None, "24/7 on call"),
    "nbhyphen": ("E\u2011commerce assistant", None, None),
}


def _store_texts(url: str, postings: dict[str, tuple[str, str | None, str | None]]) -> None:
    """Each (title, company, description) stored as a Telegram posting of that id, its search words with it."""
    with db.sessions(url).begin() as s:
        for sid, (title, company, description) in postings.items():
            r = queries.upsert_posting(s, dict(source="telegram", source_id=sid, title=title, company=company,
                                               description=description, posted_at=T0))
            search.set_text(s, r.id, search_text(title, company, description))


def _store_signs(url: str) -> None:
    _store_texts(url, SIGNS)


def test_an_underscore_is_a_gap_between_words_on_both_stores(store_url: str) -> None:
    """As FTS5 reads it on SQLite, so PostgreSQL (migration 0018; it had kept "atservice_hr" one word): "hr" finds
    "@atservice_hr", "assistant" finds "#virtual_assistant", and a typed "data_entry" finds "data entry" too."""
    _store_signs(store_url)
    assert found(store_url, "hr") == found(store_url, "_hr") == ["atservice"]
    assert found(store_url, "kadrlar") == ["kadrlar"]
    assert found(store_url, "assistant") == ["atservice", "nbhyphen"]
    assert found(store_url, "data_entry") == found(store_url, "data entry") == ["data entry", "data_entry"]
    assert found(store_url, "data_ent") == ["data entry", "data_entry"]  # the last word as a word start
    assert found(store_url, "_") == found(store_url, "__") == []  # no word in it: nothing, as FTS5 finds


def test_signs_inside_a_typed_word_are_gaps_between_words_on_both_stores(store_url: str) -> None:
    """A typed "node.js", "24_7" or "e‑commerce" is read as FTS5 reads a phrase: its words in a row, whatever signs
    stand between them in the posting (PostgreSQL had looked for the typed signs themselves)."""
    _store_signs(store_url)
    assert found(store_url, "node.js") == found(store_url, "node js") == found(store_url, "node-js") \
        == ["node js", "node.js"]
    assert found(store_url, "24_7") == found(store_url, "24/7") == ["node js", "node.js"]
    assert found(store_url, "e\u2011commerce") == found(store_url, "e-commerce") == ["nbhyphen"]
    assert found(store_url, "js.node") == found(store_url, "node.jsx") == []  # in the order typed; a word start
    assert found(store_url, "ode.js") == []  # the first word whole, from a word's start


def test_a_typed_word_of_signs_reads_the_index_with_no_recheck_of_its_signs() -> None:
    """PostgreSQL's queries for a word: "_hr" is the one word "hr" (the index alone; whole, of two letters);
    "data_entry" two words in a row (the index, then the regular expression: any gap between them)."""
    assert search.words_queries("_hr") == [("'hr'", None)]  # two letters: the word whole
    assert search.words_queries("data_entry") == [("'data':* & 'entry':*", "(?<![[:alnum:]'])data[^[:alnum:]']+entry")]
    assert search.words_queries("_") == []


MARKED = {
    "harakat": ("مُدیرِ فروش", "شرکتٌ نمونه", "کارمندّ اداری"),  # damma, kasra, tanwin, shadda
    "plain": ("مدیر داخلی", None, None),
    "istanbul": ("Virtual assistant", None, "Office in İstanbul"),
    "hindi": ("वर्चुअल असिस्टेंट", None, "घर से काम"),
}


def _store_marked(url: str, fold=search_text, version: str | None = None) -> None:  # type: ignore[no-untyped-def]
    with db.sessions(url).begin() as s:
        for sid, (title, company, description) in MARKED.items():
            r = queries.upsert_posting(s, dict(source="jobinja", source_id=sid, title=title, company=company,
                                               description=description, posted_at=T0))
            search.set_text(s, r.id, fold(title, company, description), version)


def test_a_word_with_combining_marks_is_found_with_or_without_them_on_both_stores(store_url: str) -> None:
    """Search reads no combining marks: "مُدیر" copied from a posting finds it, and so does "مدیر" typed; no part of
    it is a word of its own (SQLite had split it at the mark: "دیر" found it there, and PostgreSQL had taken the
    mark for a letter: "مُدیر" found it there only as typed). "İstanbul" casefolds to "i" and a dot above."""
    _store_marked(store_url)
    assert found(store_url, "مُدیر") == found(store_url, "مدیر") == found(store_url, "مُدِیر") == ["harakat", "plain"]
    assert found(store_url, "مُدیرِ فروش") == found(store_url, "مدیر فروش") == ["harakat"]
    assert found(store_url, "شرکت") == found(store_url, "شرکتٌ") == found(store_url, "کارمند") == ["harakat"]
    assert found(store_url, "دیر") == found(store_url, "ر") == []  # not the middle of the word
    assert found(store_url, "istanbul") == found(store_url, "İstanbul") == found(store_url, "İSTANBUL") == ["istanbul"]
    assert found(store_url, "काम") == found(store_url, "असिस्टेंट") == ["hindi"]  # Indic words by their letters
    assert found(store_url, "टेंट") == []


def test_refold_reads_the_marks_out_of_a_store_folded_with_them(store_url: str) -> None:
    """``vagigs migrate --search`` (and the scheduler) fold again the rows of the version that kept the marks."""
    def with_marks(*parts: str | None) -> str:
        return "\n".join(fold(part) for part in parts)

    from pipeline.textnorm import fold, search_version

    _store_marked(store_url, with_marks, "before-2027")
    assert found(store_url, "مدیر") == ["plain"]
    with db.sessions(store_url)() as s:
        assert len(search.stale(s, search_version())) == len(MARKED)
    assert search.refold(db.sessions(store_url), search_text, version=search_version()) == len(MARKED)
    assert found(store_url, "مدیر") == found(store_url, "مُدیر") == ["harakat", "plain"]
    assert found(store_url, "istanbul") == ["istanbul"]


# A company's name in quote marks, as Uzbek, Russian and Persian postings write them: ASCII apostrophes, typographic
# single quotes, Uzbek's own ʻ and ʼ, a backtick and an acute accent, primes (``fold`` makes these six pairs the
# apostrophe), guillemets and double quotes.
QUOTE_MARKS = {"ascii": ("'", "'"), "single": ("\u2018", "\u2019"), "uzbek": ("\u02bb", "\u02bc"),
               "backtick": ("`", "\u00b4"), "prime": ("\u2032", "\u2032"), "guillemets": ("«", "»"),
               "double": ("\u201c", "\u201d"), "low": ("\u201e", "\u201c")}
QUOTED = {**{mark: ("Operator", f"{o}Baraka Savdo{c} MChJ", None) for mark, (o, c) in QUOTE_MARKS.items()},
          "nur": ("Sotuvchi", "\u2018Nur Savdo\u2019 onlayn do\u2018koni", None),
          "logistics": ("Haydovchi", "«Baraka Logistics»", None)}


def _store_quoted(url: str, postings: dict[str, tuple[str, str | None, str | None]] = QUOTED) -> None:
    _store_texts(url, postings)


def test_a_word_right_after_an_opening_quote_mark_is_found_by_its_start_on_both_stores(store_url: str) -> None:
    """An apostrophe (any quote mark ``fold`` makes one) at the start or end of a word is a quote mark, not a
    letter: "Baraka Savdo" finds "'Baraka Savdo' MChJ", whose words had been "'baraka" and "savdo'" (only
    "Savdo" found it, as a word start); a seeker who types the quotes finds it too, and a posting without them."""
    _store_quoted(store_url)
    every_mark = sorted(QUOTE_MARKS)
    assert found(store_url, "Baraka Savdo") == found(store_url, "baraka savdo mchj") == every_mark
    assert found(store_url, "Baraka") == found(store_url, "'Baraka") == found(store_url, "bar") \
        == sorted([*every_mark, "logistics"])
    assert found(store_url, "Nur Savdo") == found(store_url, "nur") == ["nur"]
    assert found(store_url, "Savdo") == sorted([*every_mark, "nur"])
    for typed in ("'Baraka Savdo'", "\u2018Baraka Savdo\u2019", "\u02bbBaraka Savdo\u02bc", "«Baraka Savdo»",
                  "Baraka Savdo'", "'baraka' 'savdo'"):
        assert found(store_url, typed) == every_mark, typed
    assert found(store_url, "do'kon") == found(store_url, "do\u2018koni") == ["nur"]  # the apostrophe inside a word
    assert found(store_url, "koni") == found(store_url, "'koni") == found(store_url, "'savdoo") == []
    assert found(store_url, "'") == found(store_url, "''") == sorted(QUOTED)  # no word: no condition


APOSTROPHES = ("'", "\u2018", "\u2019", "\u02bb", "\u02bc", "`", "\u00b4", "\u2032")


def test_an_apostrophe_inside_a_word_stays_a_letter_in_every_form_on_both_stores(store_url: str) -> None:
    """Uzbek o' and g' and the tutuq belgisi are letters inside a word, however typed or written: "o'zbek",
    "ma'lumot" and "qo'ng'iroq" find them, as do "ozbek", "malumot" and "qongiroq" typed without it; "zbek", "lumot"
    and "iroq" start no word."""
    _store_quoted(store_url, {f"form{i}": ("Operator", None, f"O{a}zbekiston bo{a}ylab, ma{a}lumot, qo{a}ng{a}iroq")
                              for i, a in enumerate(APOSTROPHES)})
    every_form = sorted(f"form{i}" for i in range(len(APOSTROPHES)))
    for a in APOSTROPHES:
        for typed in (f"o{a}zbek", f"ma{a}lumot", f"qo{a}ng{a}iroq", f"{a}qo{a}ng{a}iroq{a}", f"bo{a}ylab"):
            assert found(store_url, typed) == every_form, typed
    assert found(store_url, "ozbek") == found(store_url, "malumot") == found(store_url, "qongiroq") == every_form
    for typed in ("zbek", "lumot", "ng'iroq", "iroq", "'zbek"):
        assert found(store_url, typed) == [], typed


# Uzbek words that end in an apostrophe-letter (g', o', the tutuq belgisi), as the stored samples write some ("barcha
# mablag' kartangizga o'tadi", "bog' markazida", "obro'-nufuzga"), beside words that only start with the same letters.
ENDING = {"mablag": ("Kassir", None, "Barcha mablag' kartangizga o'tadi"),
          "mablaglar": ("Hisobchi", None, "Mablag'larni hisoblash"),
          "tog": ("Gid", None, "Tog' yonbag'rida sayohat"),
          "together": ("Assistant", None, "Work together with the team"),
          "obro": ("Menejer", None, "Katta obro'-nufuzga ega kompaniya"),
          "jam": ("Hisobchi", None, "Xarajatlarni jam' qilish"),
          "jamoa": ("Operator", None, "Jamoa bilan ishlash")}


def test_a_word_ending_in_an_apostrophe_letter_is_found_as_typed_and_no_more(store_url: str) -> None:
    """The apostrophe that ends "mablag'" is stored as a quote mark is (the word "mablag"), so a seeker's word that
    ends in one is read as that word whole, or as the start of a word going on past it ("mablag'lar"): "tog'"
    does not find "together", as "tog" does."""
    _store_quoted(store_url, ENDING)
    assert found(store_url, "mablag'") == found(store_url, "mablag") == found(store_url, "mablag\u02bb") \
        == ["mablag", "mablaglar"]
    assert found(store_url, "mablag'l") == found(store_url, "mablag'larni") == ["mablaglar"]
    assert found(store_url, "tog'") == found(store_url, "tog\u2018") == found(store_url, "'tog'") == ["tog"]
    assert found(store_url, "tog") == ["tog", "together"]
    assert found(store_url, "obro'") == found(store_url, "obro' nufuz") == ["obro"]
    assert found(store_url, "obro'-nufuz") == found(store_url, "obro nufuzga") == ["obro"]
    assert found(store_url, "jam'") == ["jam"] and found(store_url, "jam") == ["jam", "jamoa"]
    assert found(store_url, "sayohat'") == ["tog"] and found(store_url, "sayoh'") == []


def test_a_posting_s_words_are_stored_without_the_quote_marks_around_them() -> None:
    """A run of apostrophes stays only between two letters or digits; elsewhere it is a gap (a space)."""
    assert search.unquoted("'baraka savdo' mchj") == " baraka savdo  mchj"
    assert search.unquoted("'nur savdo' onlayn do'koni\n''x'' (y') '") == " nur savdo  onlayn do'koni\n x  (y )  "
    for kept in ("o'zbekiston", "ma'lumot qo'ng'iroq", "mo''tadil", "e'lon: 24/7", "no apostrophe"):
        assert search.unquoted(kept) == kept
    assert search.unquoted(search.unquoted("'a'b' ''c")) == search.unquoted("'a'b' ''c") == " a'b   c"


def test_refold_reads_the_quote_marks_out_of_a_store_folded_with_them(store_url: str) -> None:
    """A store whose words an older version stored with their quote marks ("'baraka") is stale to the installed one
    (``search.stamp``: the folding's version and this store's reading of its words), though the folding,
    ``pipeline.textnorm``, did not change; ``vagigs migrate --search`` (or the scheduler) stores them again."""
    from pipeline.textnorm import search_version

    with db.sessions(store_url).begin() as s:
        for sid, (title, company, description) in QUOTED.items():
            r = queries.upsert_posting(s, dict(source="telegram", source_id=sid, title=title, company=company,
                                               posted_at=T0))
            s.execute(search._TABLE.insert().values(posting_id=r.id, folded=search_text(title, company, description),
                                                    folded_with=search_version()))  # as stored before
    assert found(store_url, "Baraka Savdo") == ["double", "guillemets", "low"]
    with db.sessions(store_url)() as s:
        assert len(search.stale(s, search_version())) == len(QUOTED)
    assert search.refold(db.sessions(store_url), search_text, version=search_version()) == len(QUOTED)
    assert found(store_url, "Baraka Savdo") == sorted(QUOTE_MARKS)
    with db.sessions(store_url)() as s:
        assert search.versions(s) == {search.stamp(search_version()): len(QUOTED)}
        assert search.stale(s, search_version()) == []


# Uzbek postings as employers write them: Latin with the apostrophe (in any of its forms) or without it, Cyrillic with
# its own letters (қ ў ғ ҳ), and a common misspelling ("hodim" for "xodim").
UZBEK = {"tolov": ("To'lov tizimi operatori", "Payme", "To\u2018lovlarni tekshirish, mijozlarga ma\u02bclumot berish"),
         "oqituvchi": ("Ingliz tili o'qituvchisi kerak", None, "Onlayn darslar, haftasiga 3 kun"),
         "qongiroq": ("Call-markaz operatori", "Uzum Market", "Қўнғироқларга жавоб бериш, сўровларни қайд этиш"),
         "hisobchi": ("Ҳисобчи ёрдамчиси", None, "Бирламчи ҳужжатларни юритиш"),
         "malumot": ("Malumot kiritish operatori", None, "Uydan ishlash, kompyuterda tez yozish"),
         "qidiruv": ("Xodim qidiruvi bo'yicha menejer", "HR Agency", "Nomzodlarni saralash"),
         "hodim": ("Hodim kerak", None, "Ofisga kotiba"),
         "korxona": ("Korxona uchun kuryer", None, "Buyurtmalarni yetkazish"),
         "qorovul": ("Qorovul kerak", None, "Tungi smena, qulay sharoit")}


def test_an_uzbek_word_is_found_typed_with_or_without_its_apostrophes_on_both_stores(store_url: str) -> None:
    """A seeker whose keyboard has no apostrophe types "tolov" for "to'lov", "oqituvchi" for "o'qituvchi"; an employer
    may write "Malumot" for "Ma'lumot": each finds the other (the index holds each word with an apostrophe without
    it too, ``search.indexed``)."""
    _store_texts(store_url, UZBEK)
    assert found(store_url, "tolov") == found(store_url, "to'lov") == found(store_url, "тўлов") == ["tolov"]
    assert found(store_url, "oqituvchi") == found(store_url, "o\u02bbqituvchi") == ["oqituvchi"]
    assert found(store_url, "malumot") == found(store_url, "ma'lumot") == found(store_url, "маълумот") \
        == ["malumot", "tolov"]
    assert found(store_url, "qongiroq") == found(store_url, "qo'ng'iroqlarga") == ["qongiroq"]
    assert found(store_url, "boyicha") == found(store_url, "bo'yicha") == ["qidiruv"]


def test_uzbek_typed_on_a_russian_keyboard_is_found_on_both_stores(store_url: str) -> None:
    """A Russian keyboard has no қ ў ғ ҳ: a seeker types к у г х for them ("укитувчи" for "ўқитувчи"), and е for
    a starting ё ("ердамчи")."""
    _store_texts(store_url, UZBEK)
    assert sought(store_url, "укитувчи") == sought(store_url, "ўқитувчи") == ["oqituvchi"]
    assert sought(store_url, "малумот киритиш") == ["malumot"]
    assert sought(store_url, "кунгирокларга") == sought(store_url, "суровлар") == ["qongiroq"]
    assert sought(store_url, "тулов") == ["tolov"]
    assert sought(store_url, "хисобчи") == sought(store_url, "хужжатлар") == sought(store_url, "ердамчи") \
        == ["hisobchi"]
    assert sought(store_url, "кулай") == ["qorovul"]  # қулай: the у is a у, the к a қ
    assert found(store_url, "укитувчи") == []  # the "у" for "ў" is the seeker's typing, not the folded word's


def test_a_latin_u_is_looked_for_as_typed_on_both_stores(store_url: str) -> None:
    """"rules" had found "roles": a Russian keyboard's "у" for "ў" is read so only in a word typed in Cyrillic."""
    _store_texts(store_url, {**UZBEK, "roles": ("Open roles", None, "Several roles in account management")})
    assert sought(store_url, "rules") == sought(store_url, "ukituvchi") == []
    assert sought(store_url, "roles") == ["roles"] and sought(store_url, "укитувчи") == ["oqituvchi"]


def test_uzbek_typed_in_latin_as_it_sounds_is_found_on_both_stores(store_url: str) -> None:
    _store_texts(store_url, UZBEK)
    assert found(store_url, "kidiruv") == found(store_url, "qidiruv") == ["qidiruv"]
    assert found(store_url, "xisobchi") == found(store_url, "yerdamchi") == ["hisobchi"]
    assert found(store_url, "xodim") == ["hodim", "qidiruv"]  # the misspelt "Hodim" too


def test_a_short_word_or_an_english_contraction_finds_no_more_than_as_typed_on_both_stores(store_url: str) -> None:
    """Only a word of four letters or more is looked for in other spellings: "kor" does not find "Qorovul", "kul"
    not "qulay", "xod" not "Hodim". An English word's apostrophe stays: "were" does not find "we're", nor "teams" the
    "team's"."""
    _store_texts(store_url, {**UZBEK, "english": ("We're hiring", None, "Manage the team's calendar")})
    assert found(store_url, "kor") == ["korxona"] and found(store_url, "qor") == ["qorovul"]
    assert found(store_url, "kul") == [] and found(store_url, "xod") == ["qidiruv"]
    assert found(store_url, "were") == found(store_url, "teams") == []
    assert found(store_url, "we're") == found(store_url, "team's") == ["english"]


def test_a_word_typed_without_its_apostrophe_also_starts_the_words_written_with_one(store_url: str) -> None:
    """The other side of finding "to'lov" by "tolov": a short start finds the words written with an apostrophe
    after it ("kor" finds "ko'rib"), as the index holds them without it."""
    _store_texts(store_url, {"korxona": UZBEK["korxona"], "korib": ("Hisobchi", None, "Hisobotlarni ko'rib chiqish")})
    assert found(store_url, "kor") == ["korib", "korxona"]
    assert found(store_url, "ko'r") == ["korib"]


def test_an_uzbek_search_word_has_at_most_three_other_spellings_and_a_short_or_persian_one_none() -> None:
    for typed in ("ўқитувчи", "кунгирок", "кўникма", "qo'ng'iroq", "xizmatkor", "ёрдамчи", "assistant", "удалённо"):
        [word] = search_words(typed)
        spellings = search.uzbek_spellings(word)
        assert len(spellings) <= search.MAX_UZBEK_SPELLINGS and word not in spellings, typed
        assert all("'" not in spelling for spelling in spellings), typed
    for typed in ("kor", "кўк", "o'z", "پاسخگویی", "24/7", "data_entry", "it's", "node.js"):
        assert search.uzbek_spellings(search_words(typed)[0]) == [], typed


def test_a_posting_s_words_with_an_apostrophe_are_stored_without_it_too_once() -> None:
    text = search_text("O'qituvchi kerak", "'Baraka' MChJ", "To'lov, ma'lumot, o'qituvchilar; oqituvchi. It's fine")
    stored = search.indexed(text)
    assert stored.startswith(search.unquoted(text) + "\n")
    assert sorted(stored.rsplit("\n", 1)[1].split()) == ["malumot", "oqituvchilar", "tolov"]
    assert search.indexed(stored) == stored
    assert search.indexed("no apostrophe") == "no apostrophe"


def test_refold_stores_the_words_without_apostrophes_in_a_store_read_before(store_url: str) -> None:
    """A store whose words the previous reading stored (``READING`` w2: no word without its apostrophe) is stale to
    the installed one; ``vagigs health`` names it and ``vagigs migrate --search`` (or the scheduler) refolds it."""
    from pipeline.textnorm import search_version
    from store import health

    before = f"{search_version()}+w2"
    assert search.stamp(search_version()) != before
    with db.sessions(store_url).begin() as s:
        for sid, (title, company, description) in UZBEK.items():
            r = queries.upsert_posting(s, dict(source="telegram", source_id=sid, title=title, company=company,
                                               description=description, posted_at=T0))
            s.execute(search._TABLE.insert().values(posting_id=r.id, folded_with=before,
                                                    folded=search.unquoted(search_text(title, company, description))))
    assert found(store_url, "tolov") == []
    with db.sessions(store_url)() as s:
        [said] = health.curation(s, {"search": search.stamp(search_version())})
        assert said.older == len(UZBEK) and before in said.message() and "vagigs migrate --search" in said.message()
    assert search.refold(db.sessions(store_url), search_text, version=search_version()) == len(UZBEK)
    assert found(store_url, "tolov") == ["tolov"]
    with db.sessions(store_url)() as s:
        assert search.stale(s, search_version()) == []


# Persian written with and without the madda of "آ": a phone keyboard keeps "آ" behind a long press of "ا", and
# seekers and posters alike often type "اگهی", "انلاین", "اموزش" for "آگهی", "آنلاین", "آموزش".
MADDA = {"madda": ("آگهی استخدام اپراتور", "فروشگاه آنلاین", "آموزش داده می‌شود"),
         "plain": ("استخدام کارشناس پشتیبانی انلاین", None, "اموزش رایگان"),
         "other": ("ابزار حسابداری", None, "کارشناس حسابداری")}


def test_a_persian_word_is_found_typed_with_or_without_the_madda_of_its_alef_on_both_stores(store_url: str) -> None:
    _store_texts(store_url, MADDA)
    assert found(store_url, "اگهی") == found(store_url, "آگهی") == ["madda"]
    assert found(store_url, "انلاین") == found(store_url, "آنلاین") == ["madda", "plain"]
    assert found(store_url, "آموزش") == found(store_url, "اموزش") == ["madda", "plain"]
    assert found(store_url, "آگهی استخدام") == found(store_url, "اگهی استخدام") == ["madda"]
    assert found(store_url, "ابزار") == ["other"] and found(store_url, "آبزار") == ["other"]


def test_a_posting_s_words_with_a_madda_are_stored_without_it_too_once() -> None:
    text = search_text("آگهی استخدام", None, "فروشگاه آنلاین، آگهی‌ها؛ کارآموز")
    stored = search.indexed(text)
    assert stored.startswith(text + "\n")
    assert sorted(stored.rsplit("\n", 1)[1].split()) == sorted(["اگهی", "انلاین", "اگهیها", "کاراموز"])
    assert search.indexed(stored) == stored
    assert search.indexed("استخدام اپراتور") == "استخدام اپراتور"


# Postings in each language in one form of a word, and one in a neighbouring word a stem must not reach
INFLECTED = {"en": ("Virtual assistant", None, "Answer calls, update the CRM, schedule; bookkeeper on the team"),
             "roles": ("Open roles", None, "Several roles in account management"),
             "fa": ("استخدام دستیار مجازی", None, "پاسخگویی به تماس\u200cها"),
             "uz": ("Call-markaz operatori", None, "Direktor yordamchisi kerak"),
             "ru": ("Ассистент руководителя", None, "Операторы колл-центра, входящие звонки, ввод данных")}


def test_a_search_word_finds_the_postings_of_its_other_inflections_on_both_stores(store_url: str) -> None:
    """A seeker types the form in their head, not the posting's: each word is also looked for by its stem."""
    _store_texts(store_url, INFLECTED)
    assert sought(store_url, "assistants") == sought(store_url, "assistant") == ["en"]
    assert sought(store_url, "called") == sought(store_url, "call") == ["en", "uz"]  # "Call-markaz" too
    assert sought(store_url, "bookkeepers") == ["en"]
    assert sought(store_url, "دستیارها") == sought(store_url, "دستیاران") == sought(store_url, "دستیار") == ["fa"]
    assert sought(store_url, "تماس") == ["fa"]  # and the other way, as a word start always found
    assert sought(store_url, "operatorlar") == sought(store_url, "operatorlik") == sought(store_url, "operator") \
        == ["ru", "uz"]
    assert sought(store_url, "yordamchi") == sought(store_url, "ёрдамчилар") == ["uz"]
    assert sought(store_url, "ассистента") == sought(store_url, "ассистенты") == ["ru"]
    assert sought(store_url, "звонков") == ["ru"] and sought(store_url, "оператора") == ["ru", "uz"]
    assert sought(store_url, "ввода данные") == sought(store_url, "данными") == ["ru"]  # "дан" read as "данн"
    assert sought(store_url, "scheduling") == sought(store_url, "bookkeeping") == ["en"]  # "schedul", "bookkeep"
    assert sought(store_url, "managing") == ["roles"]  # "manag": "management"
    assert found(store_url, "assistants") == found(store_url, "دستیارها") == found(store_url, "ассистента") \
        == found(store_url, "данные") == found(store_url, "scheduling") == []


def test_a_stem_reaches_no_neighbouring_word_nor_a_latin_u_an_o_on_both_stores(store_url: str) -> None:
    """No "-ing" of a trade ("accounting" is no "account"), no stem under four letters (five of "-ing": "calling" is
    no "call"), and "rules" is not "roles"."""
    _store_texts(store_url, INFLECTED)
    assert sought(store_url, "accounting") == sought(store_url, "rules") == sought(store_url, "callers") == []
    assert sought(store_url, "calling") == sought(store_url, '"managing"') == []
    assert sought(store_url, "roles") == sought(store_url, "role") == ["roles"]
    assert sought(store_url, "updates") == sought(store_url, "updated") == ["en"]


def test_a_word_in_quotes_is_found_only_as_typed_on_both_stores(store_url: str) -> None:
    _store_texts(store_url, INFLECTED)
    assert sought(store_url, '"assistants"') == sought(store_url, "«دستیارها»") == []
    assert sought(store_url, '"assistant" calls') == sought(store_url, '"virtual assistant"') == ["en"]


def test_a_search_of_no_word_finds_nothing_on_both_stores(store_url: str) -> None:
    _store(store_url)
    assert sought(store_url, "-") == sought(store_url, "_") == sought(store_url, "%") == []
    assert found(store_url, NO_WORD) == []
    assert sought(store_url, "_ assistant") == sought(store_url, "- assistant") == ["en"]
    assert sought(store_url, "") == sorted(POSTINGS)


def test_a_word_start_another_spelling_starts_is_not_looked_up_twice() -> None:
    """A word and its stem: the stem alone finds as much, and PostgreSQL ORs one prefix less."""
    assert search.readings("operatorlar\noperator") == [("operator", False)]
    assert search.fts5_query("assistants\nassistant") == '"assistant"*'
    assert search.readings("mablag'\nmablag") == [("mablag ", True), ("mablag", False)]  # a whole word stays
    assert search.readings("data entry\ndata") == [("data entry", False), ("data", False)]  # a phrase stays

# A seeker's short words, and postings whose words only start with them
SHORT = {"va": ("Virtual assistant (VA)", None, "Inbox and calendar for a founder"),
         "value": ("Data entry clerk", None, "Valid and various values; vacation paid"),
         "it": ("IT support", None, "Help desk, 1С and HR tickets via @atservice_hr"),
         "its": ("Office manager", None, "Its items iterate weekly"),
         "crm": ("Sales assistant", None, "Keep our CRMs and KPIs tidy")}


def test_a_search_word_of_one_or_two_letters_is_a_whole_word_on_both_stores(store_url: str) -> None:
    """"VA", "IT", "HR", "1С" are the words a seeker means, not the starts of "valid", "various", "its", "items": "va"
    had found "Valid and various values" too, "it" "Its items iterate"."""
    _store_texts(store_url, SHORT)
    assert sought(store_url, "VA") == sought(store_url, "ва") == ["va"]
    assert sought(store_url, "IT") == sought(store_url, "hr") == sought(store_url, "1С") == ["it"]
    assert sought(store_url, "it support") == ["it"] and sought(store_url, "its") == ["its"]
    assert sought(store_url, "crm") == sought(store_url, "kpi") == ["crm"]  # three letters: still a word's start
    assert sought(store_url, "valu") == ["value"]


def test_a_short_search_word_is_read_whole_and_a_longer_one_as_a_start() -> None:
    assert search.readings("va") == [("va", True)] and search.fts5_query("1s") == '"1s"'
    assert search.words_queries("hr") == [("'hr'", None)]
    assert search.readings("crm") == [("crm", False)] and search.fts5_query("data entry") == '"data entry"*'
