"""A Russian duty as a full-length Russian posting words it (``tests/data/tags_written_o``): a verb or verbal noun with
words between it and its object, the infinitive beside the verbal noun, and a word that names a task only with its
object (a reconciliation of accounts, not of data; a schedule drawn up, not asked about)."""
from __future__ import annotations

import pytest

from pipeline.tags.matcher import default_matcher


def _strong(text: str, tag_: str) -> bool:
    """Whether a strong phrase (weight 1 or more, not in boilerplate) of ``tag_`` stands in ``text``."""
    return any(h.tag == tag_ and h.weight >= 1.0 and not h.boiler for h in default_matcher().match(text, in_title=False))


@pytest.mark.parametrize("text,strong", [
    ("сверка взаиморасчётов с контрагентами", True),
    ("сверки с контрагентами раз в квартал", True),
    ("Сверка с покупателями.", True),
    ("сверка оплат с банковской выпиской", True),
    ("Сверка начислений заработной платы менеджеров", True),
    ("сверять остатки с контрагентами, готовить акты сверки", True),
    ("контроль оплат по клиентам, сверка с бухгалтерией", True),
    ("сверка еженедельных отчётов маркетплейсов", True),
    # data checked against its source is no reconciliation of accounts
    ("сверка внесённых данных с оригиналами, исправление ошибок", False),
    ("сверка реестров с исходными документами", False),
    ("сверка данных в таблицах Excel с первичными документами", False),
])
def test_a_reconciliation_is_bookkeeping_with_what_it_reconciles(text: str, strong: bool) -> None:
    assert _strong(text, "bookkeeping") is strong
