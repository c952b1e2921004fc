"""A seeker's search read as the store looks it up: each word also by its stem, a word in quotes as typed, the "у"
of a Russian keyboard as "ў" in a word typed in Cyrillic, and a search of no word as one that finds nothing."""
from __future__ import annotations

import pytest

from pipeline.search_query import NO_WORD, search_terms, stems
from pipeline.textnorm import SPELLINGS, search_words


def spellings(query: str) -> list[list[str]]:
    return [term.split(SPELLINGS) for term in search_terms(query)]


@pytest.mark.parametrize("typed,stem", [
    ("assistants", "assistant"), ("managers", "manager"), ("bookkeepers", "bookkeeper"), ("calls", "call"),
    ("called", "call"), ("Emails", "email"), ("searches", "search"), ("businesses", "business"),
    ("companies", "company"), ("applied", "apply"), ("planned", "plan"), ("scheduled", "schedul"),
    ("دستیارها", "دستیار"), ("دستیار\u200cها", "دستیار"), ("دستیاران", "دستیار"),
    ("ایمیل\u200cهای", "ایمیل"), ("دانشجویان", "دانشجو"), ("فروشندگان", "فروشند"),
    ("operatorlar", "operator"), ("operatorlik", "operator"), ("yordamchisi", "yordamchi"), ("menejeri", "menejer"),
    ("operatorlarga", "operator"), ("yordamchilar", "yordamchi"), ("buxgalterligi", "buxgalter"),
    ("ассистента", "ассистент"), ("Операторы", "оператор"), ("звонков", "звонк"),
    ("данных", "данн"), ("данные", "данн"), ("Данными", "данн"),  # Snowball's "дан": its "нн" written once
    ("scheduling", "schedul"), ("bookkeeping", "bookkeep"), ("managing", "manag"), ("entering", "enter"),
    ("recruiting", "recruit"), ("emailing", "email"), ("applying", "apply"), ("offering", "offer"),
    ("pricing", "price"), ("invoicing", "invoice"), ("producing", "produce"), ("driving", "drive"),
])
def test_an_inflected_word_has_its_stem(typed: str, stem: str) -> None:
    assert stem in stems(typed)


def test_an_uzbek_word_in_cyrillic_has_its_stem_in_latin() -> None:
    assert "yordamchi" in stems("ёрдамчилар") and "operator" in stems("операторлар")


@pytest.mark.parametrize("typed", [
    "assistant", "call", "operator", "buxgalter", "دستیار", "اپراتور", "оператор", "yordamchi", "data",
    "news", "gas", "bus", "ads", "typed", "used",  # stems of fewer than four letters
    "business", "bonus", "analysis", "status", "proceed", "agreed",  # not a plural, not a past
    "accounting", "marketing", "programming",  # a field of work, not its base: "account", "market", "program"
    "booking", "planning", "shipping", "reading", "willing", "evening", "trading", "writing", "calling",  # "-ing"
    "morning", "during", "string", "spring", "ring", "king", "bring", "thing", "something",  # stems of four or less
    "popular", "regular", "similar", "multi", "agenda", "canada", "ishlar", "kodlar",  # Uzbek: five letters or more
    "کارها", "تهران", "ایران", "استان", "رایگان",  # a Persian stem of three letters
    "дань", "данью", "дано", "чатов", "новое", "менее", "архив", "медиа",  # a Russian stem of three letters
    "24/7", "data_entry", "node.js", "front-end", "o'z", "it's", "C++",
])
def test_a_word_with_no_inflection_or_a_short_stem_has_no_stem(typed: str) -> None:
    assert stems(typed) == ()


def test_each_word_is_looked_for_as_typed_then_by_its_stems() -> None:
    assert spellings("assistants") == [["assistants", "assistant"]]
    assert spellings("Called calls") == [["called", "call"], ["calls", "call"]]
    assert spellings("operatorlar") == [["operatorlar", "operator"]]
    assert spellings("ассистента") == [["assistenta", "assistent"]]  # folded, as the store holds words
    assert spellings("دستیاران") == [["دستیاران", "دستیار"]]
    assert spellings("assistant data entry") == [["assistant"], ["data"], ["entry"]]


def test_the_stem_follows_a_persian_word_s_other_spellings() -> None:
    """``search_words``'s spellings come first, as it gives them (joined, parts apart, joined with a neighbour)."""
    [own] = search_words("دستیارها مجازی")[:1]
    assert search_terms("دستیارها مجازی")[0] == own + SPELLINGS + "دستیار"


def test_a_word_in_quotes_is_looked_for_as_typed() -> None:
    assert spellings('"assistants" managers') == [["assistants"], ["managers", "manager"]]
    assert spellings("«دستیارها» “calls”") == [["دستیارها", "دستیار ها"], ["calls"]]
    assert spellings('"virtual assistants" calls') == [["virtual"], ["assistants"], ["calls", "call"]]
    assert spellings('"virtual assistants') == [["virtual"], ["assistants"]]  # to the end, unclosed


@pytest.mark.parametrize("query", ["-", "_", "%", '"', "' ''", "- _ «»", "…"])
def test_a_search_of_no_word_finds_nothing_rather_than_everything(query: str) -> None:
    assert search_terms(query) == [NO_WORD]


def test_a_typed_word_of_signs_alone_is_left_out_as_each_sign_is() -> None:
    assert spellings("_ assistant") == spellings("- assistant") == spellings("assistant %") == [["assistant"]]
    assert spellings("data_entry _hr") == [["data_entry"], ["_hr"]]  # words, a sign between or before


@pytest.mark.parametrize("query", [None, "", "   "])
def test_no_search_is_no_condition(query: str | None) -> None:
    assert search_terms(query) == []


def test_a_russian_keyboard_s_u_is_read_as_o_only_in_a_word_typed_in_cyrillic() -> None:
    """у for ў: "тулов" for "тўлов". In Latin "u" is "u": "rules" is not "roles", "customer" not "costomer"."""
    assert spellings("тулов") == [["tulov", "tolov"]]
    assert spellings("укитувчилар") == [["ukituvchilar", "ukituvchi", "okituvchilar", "okituvchi"]]
    assert spellings("rules") == [["rules", "rule"]]
    assert spellings("customer tulov") == [["customer"], ["tulov"]]
    assert spellings("кул") == [["kul"]]  # a short word as typed


def finds(query: str, written: str) -> bool:
    """Whether the one word ``query`` looks for starts the word ``written``, as the store reads it."""
    [term] = search_terms(query)
    [word] = search_words(written)
    return any(word.startswith(spelling) for spelling in term.split(SPELLINGS))


@pytest.mark.parametrize("one,other", [
    ("заказы", "заказов"), ("звонки", "звонков"), ("почта", "почты"), ("клиентов", "клиенты"), ("данных", "данные"),
    ("данными", "данных"), ("таблицы", "таблиц"), ("счетов", "счета"), ("ввода", "ввод"),
])
def test_a_russian_job_word_finds_its_other_inflection_both_ways(one: str, other: str) -> None:
    assert finds(one, other) and finds(other, one)


@pytest.mark.parametrize("typed,unrelated", [
    ("данных", "дань"), ("данные", "данью"), ("данных", "Дания"), ("данных", "дано"),
    ("новое", "новости"), ("менее", "менеджер"), ("архив", "архитектура"), ("медиа", "медицина"),
])
def test_a_short_russian_stem_finds_no_unrelated_word(typed: str, unrelated: str) -> None:
    """A stem of three letters stays unused, and its first letter of the ending would reach another root."""
    assert not finds(typed, unrelated)


@pytest.mark.parametrize("typed,written", [
    ("scheduling", "schedule"), ("scheduling", "scheduled"), ("scheduled", "scheduling"), ("bookkeeping", "bookkeeper"),
    ("managing", "manage"), ("managing", "management"), ("entering", "enter"), ("recruiting", "recruiter"),
    ("pricing", "price"), ("invoicing", "invoices"), ("outsourcing", "outsource"), ("driving", "driver"),
])
def test_an_english_ing_word_finds_its_base(typed: str, written: str) -> None:
    assert finds(typed, written)


@pytest.mark.parametrize("typed,unrelated", [
    ("accounting", "account"), ("marketing", "marketplace"), ("programming", "program"), ("booking", "bookkeeping"),
    ("reading", "ready"), ("willing", "will"), ("evening", "event"), ("trading", "traditional"),
    ("producing", "product"), ("serving", "services"), ("during", "durable"), ("string", "strong"),
    ("something", "some"), ("shipping", "ships"),
])
def test_an_english_ing_word_finds_no_other_root(typed: str, unrelated: str) -> None:
    """A stem of four letters reaches other roots ("read" is "ready"), and "-cing", "-ving" are of "-ce", "-ve"."""
    assert not finds(typed, unrelated)
