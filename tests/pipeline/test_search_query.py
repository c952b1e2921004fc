"""A seeker's search read as the store looks it up: the "у" of a Russian keyboard as "ў" in a word typed in Cyrillic,
and a search of no word as one that finds nothing."""
from __future__ import annotations

import pytest

from pipeline.search_query import NO_WORD, search_terms
from pipeline.textnorm import SPELLINGS


def spellings(query: str) -> list[list[str]]:
    return [term.split(SPELLINGS) for term in search_terms(query)]


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
    assert spellings("укитувчи") == [["ukituvchi", "okituvchi"]]
    assert spellings("rules") == [["rules"]]
    assert spellings("customer tulov") == [["customer"], ["tulov"]]
    assert spellings("кул") == [["kul"]]  # a short word as typed
