"""A posting's JSON fields come out of either store in the order the stages wrote them: PostgreSQL's JSONB keeps an
object's keys in its own order (the shortest first), and the same posting had read differently from the two stores in
the API, ``vagigs feed --format json`` and CSV. Stored data is unchanged."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from store import db, queries

T0 = datetime(2026, 12, 1, tzinfo=timezone.utc)
TAG_SCORES = {  # as the tagger writes them: highest score first, then by tag
    "customer_support": {"score": 0.91, "evidence": "answer customer emails"},
    "data_entry": {"score": 0.62, "evidence": "data entry"},
    "email_management": {"score": 0.62, "evidence": "inbox"},
    "admin": {"score": 0.4, "evidence": None},
}
REASONS = [{"code": "upfront_fee", "weight": -40, "text": "asks for a registration fee", "span": [12, 31]},
           {"code": "no_company", "weight": -5, "text": "names no company", "span": None}]


def test_tag_scores_and_reasons_come_out_in_the_written_order_on_both_stores(store_url: str) -> None:
    with db.sessions(store_url).begin() as s:
        queries.upsert_posting(s, dict(source="telegram", source_id="1", title="Virtual assistant", posted_at=T0,
                                       va_relevant=True, tags=list(TAG_SCORES), tag_scores=TAG_SCORES,
                                       legitimacy_score=40, legitimacy_verdict="suspicious", legitimacy_reasons=REASONS))
    f = queries.FeedFilter(curated=False)
    with db.sessions(store_url)() as s:
        for public in ([queries.posting_as_dict(p) for p in queries.feed(s, f)], list(queries.feed_dicts(s, f))):
            (posting,) = public
            assert json.dumps(posting["tag_scores"]) == json.dumps(TAG_SCORES)  # keys and their order
            assert json.dumps(posting["legitimacy_reasons"]) == json.dumps(REASONS)


def test_a_json_field_in_another_shape_is_given_as_read() -> None:
    assert queries.in_written_order("tag_scores", {"b": 1, "a": {"evidence": "x", "score": 2, "extra": 0}}) \
        == {"a": {"score": 2, "evidence": "x", "extra": 0}, "b": 1}
    assert queries.in_written_order("legitimacy_reasons", ["odd", {"span": 1, "code": "c"}]) \
        == ["odd", {"code": "c", "span": 1}]
    assert queries.in_written_order("tag_scores", None) is None and queries.in_written_order("tags", ["b", "a"]) == ["b", "a"]
