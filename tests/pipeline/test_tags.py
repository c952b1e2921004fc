from crawlers.items import PostingItem
from pipeline.tags import tag


def test_title_and_body_phrases_tag_and_make_relevant() -> None:
    r = tag(PostingItem(source="t", source_id="1", title="Virtual Assistant",
                        description="You will handle data entry in spreadsheets and schedule meetings."))
    assert r.tags[0] == "general_admin"
    assert {"data_entry", "calendar_scheduling"} <= set(r.tags)
    assert r.evidence["data_entry"] == "data entry"
    assert r.va_relevant and r.scores["general_admin"] == 2.0


def test_unrelated_job_is_not_relevant() -> None:
    r = tag(PostingItem(source="t", source_id="1", title="Senior Rust Engineer",
                        description="Build distributed storage systems in Rust."))
    assert r.tags == [] and not r.va_relevant and r.va_relevance == 0.0
