"""Every stage takes any text a source could send (property-based: Hypothesis, arbitrary Unicode and runs of the
pieces postings are made of) and answers: a value, never an exception, for the crawl must not stop on one posting.
The one refusal is ``normalize``'s ``Invalid`` for a posting with no text, which the crawl counts as a drop.

The hand-picked hostile inputs (nesting, huge pages, backtracking bait) are in each stage's own tests; this is the
net under them. Examples are few enough for seconds; a failure prints the text that broke the stage.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawlers.items import PostingItem
from pipeline.dates import parse_closing_date, parse_datetime
from pipeline.dedupe.text import content_hash, text_hash, url_key
from pipeline.language import detect
from pipeline.legitimacy import assess
from pipeline.normalize import Invalid, canonical_url, clean_inline, html_to_text, normalize, sanitize_html
from pipeline.pay import parse_salary
from pipeline.remote import allowed_regions, remote_scope
from pipeline.tags import tag
from pipeline.textnorm import fold, search_text

PIECES = ("$", "so'm", "сум", "تومان", "۱۲", "5", "000", " ", "-", "k", "mln", "/hr", "per month", "<", ">", "&amp;",
          "<p>", "</p>", "<script>", "\u200c", "\u0301", "\u202e", "Remote", "USA", "EMEA", "UTC+5", "except", "кроме",
          "به جز", "2026-12-05", "3 days ago", "دیروز", "kecha", "(", ")", ".", ",", "\n", "\t", "https://", "@",
          "gmail.com", "karta raqamingizni", "ro'yxatdan o'ting", "registration fee", "Telegram", "#URL_x#")
TEXT = st.one_of(st.text(max_size=300),
                 st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=60).map("".join))
EACH = settings(max_examples=120, deadline=None, database=None, derandomize=True,  # the same examples each run
                suppress_health_check=[HealthCheck.too_slow])


def _posting(text: str) -> PostingItem:
    return PostingItem(source="t", source_id="1", title=text[:80], company=text[-20:], description=text,
                       location=text[:40], salary_raw=text[:60], posted_at_raw=text[:30], expires_at=text[:30])


@EACH
@given(TEXT)
def test_parsers_read_any_text(text: str) -> None:
    assert parse_salary(text) is not None
    for parsed in (parse_datetime(text), parse_closing_date(text)):
        assert parsed is None or parsed.tzinfo is not None
    assert allowed_regions(text) is None or all(isinstance(r, str) for r in allowed_regions(text))
    assert remote_scope(location=text, title=text, description=text) in {"remote", "hybrid", "onsite", None}
    canonical_url(text)
    url_key(text)


@EACH
@given(TEXT)
def test_cleaning_and_folding_take_any_text(text: str) -> None:
    for cleaned in (html_to_text(text), clean_inline(text), sanitize_html(text)):
        assert cleaned is None or "\x00" not in cleaned
    assert "<script" not in (sanitize_html(text) or "").lower()
    assert isinstance(fold(text), str) and isinstance(search_text(text, text, text), str)
    content_hash(text, text, text)
    text_hash(text, text)


@EACH
@given(TEXT)
def test_a_posting_of_any_text_is_normalised_or_refused_as_a_drop(text: str) -> None:
    try:
        item = normalize(_posting(text))
    except Invalid as exc:
        assert exc.reason == "missing_text"  # (nothing readable left: the crawl's counted drop)
    else:
        assert item.title or item.description


@EACH
@given(TEXT)
def test_the_judging_stages_answer_any_text(text: str) -> None:
    posting = _posting(text)
    assert 0 <= assess(posting).score <= 100
    result = tag(posting)
    assert 0.0 <= result.va_relevance <= 1.0 and (result.va_relevant or not result.tags)
    assert detect(text).lang
