"""A posting's words in a reader's language, as the JSON API (``?ui=``) and ``vagigs feed --format json --ui`` give
them: the words of the pages and ``/api/check``, so that a client need not keep its own translations of the codes."""
from __future__ import annotations

from typing import Any

from web.i18n import message, reason_text, tag_label


def with_texts(p: dict[str, Any], ui: str) -> dict[str, Any]:
    """``p`` (a posting in the public form) with each legitimacy reason's ``text`` in ``ui``, and, after its other
    fields, ``legitimacy_verdict_text`` (its verdict in words, null when it has none) and ``tag_labels`` (each tag's
    name, in its tags' order). In English a reason's text is the stored one, which can say more (the typical pay, a
    card's brand); another language has the reason's general words, and the ``span`` of the posting that gave it.
    A client that names no language (no ``ui``, no Accept-Language) reads the fields it read before, in their
    order, and these two after them."""
    verdict = p.get("legitimacy_verdict")
    reasons = p.get("legitimacy_reasons")
    return {
        **p,
        "legitimacy_reasons": None if reasons is None else [{**r, "text": reason_text(ui, r)[0]} for r in reasons],
        "legitimacy_verdict_text": message(ui, f"verdict_{verdict}") if verdict else None,
        "tag_labels": {tag: tag_label(ui, tag) for tag in p.get("tags") or []},
    }
