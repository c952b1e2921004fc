"""The normalize stage reads a posting's closing date (``expires_at``) as aware UTC, as it reads ``posted_at``; a
date written without a time of day is the end of that day; a value that is no date, or one before the posting
date, is left out with a logged warning and the posting kept, and reported as a ``FieldDrop`` (as is a posting date
given but unreadable) for the Scrapy stage to count."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

import pytest

from crawlers.items import PostingItem
from pipeline.dates import parse_closing_date
from pipeline.normalize import BEFORE_POSTED, NOT_A_DATE, FieldDrop, normalize, normalize_with_drops

UTC = timezone.utc
FETCHED = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)


def _item(expires_at, posted_at_raw: str | None = "2026-11-19T08:05:00") -> PostingItem:  # type: ignore[no-untyped-def]
    return PostingItem(source="jobvision", source_id="1", title="دستیار مدیر", posted_at_raw=posted_at_raw,
                       expires_at=expires_at, fetched_at=FETCHED)


@pytest.mark.parametrize(("raw", "expected"), [
    ("Wed, 30 Nov 2026 22:13:39 +0000", datetime(2026, 11, 30, 22, 13, 39, tzinfo=UTC)),  # WWR, RFC 822
    ("2026-12-19T00:00", datetime(2026, 12, 19, tzinfo=UTC)),  # validThrough with a time: that moment
    ("2026-12-21T09:12:00+03:30", datetime(2026, 12, 21, 5, 42, tzinfo=UTC)),
    ("2026-12-19", datetime(2026, 12, 19, 23, 59, 59, tzinfo=UTC)),  # a date alone: open all that day
    ("  2026-12-19\n", datetime(2026, 12, 19, 23, 59, 59, tzinfo=UTC)),
    ("۱۴۰۵/۰۹/۲۸", datetime(2026, 12, 19, 23, 59, 59, tzinfo=UTC)),  # Jalali, Persian digits
    ("19 December 2026", datetime(2026, 12, 19, 23, 59, 59, tzinfo=UTC)),
    (datetime(2026, 12, 19, 10, 0), datetime(2026, 12, 19, 10, 0, tzinfo=UTC)),  # naive: UTC
    (1797638400, datetime(2026, 12, 19, tzinfo=UTC)),  # epoch seconds: an instant, not a day
])
def test_a_closing_date_becomes_aware_utc(raw, expected: datetime) -> None:  # type: ignore[no-untyped-def]
    item = normalize(_item(raw))
    assert item.expires_at == expected and item.expires_at.tzinfo == UTC
    assert item.posted_at == datetime(2026, 11, 19, 8, 5, tzinfo=UTC)


def test_normalizing_twice_keeps_the_closing_date() -> None:
    item = normalize(_item("2026-12-19"))
    assert normalize(item).expires_at == datetime(2026, 12, 19, 23, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_no_closing_date_is_none_without_a_warning(raw, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="pipeline.normalize"):
        assert normalize(_item(raw)).expires_at is None
    assert caplog.records == []


@pytest.mark.parametrize("raw", ["until filled", "soon", "2026-13-45", "x" * 5000, {"@value": "2026-12-19"},
                                 ["2026-12-19"], True])
def test_a_malformed_closing_date_is_left_out_with_a_warning(raw, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="pipeline.normalize"):
        item = normalize(_item(raw))
    assert item.expires_at is None
    assert item.title == "دستیار مدیر" and item.posted_at is not None  # the posting itself is kept
    [record] = caplog.records
    assert record.levelno == logging.WARNING and "jobvision/1: closing date" in record.getMessage()
    assert "is not a date" in record.getMessage() and len(record.getMessage()) < 200


def test_a_closing_date_before_the_posting_date_is_ignored_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="pipeline.normalize"):
        item = normalize(_item("2026-11-19T08:04:59", posted_at_raw="2026-11-19T08:05:00"))
    assert item.expires_at is None and item.posted_at == datetime(2026, 11, 19, 8, 5, tzinfo=UTC)
    [record] = caplog.records
    assert "before the posting date" in record.getMessage()
    assert "2026-11-19T08:04:59+00:00" in record.getMessage()


def test_a_closing_date_the_same_day_as_an_undated_posting_is_kept() -> None:
    """Posted "today" with a date alone, closing the same day: the closing date is that day's end, not before."""
    item = normalize(_item("2026-11-19", posted_at_raw="2026-11-19"))
    assert item.expires_at == datetime(2026, 11, 19, 23, 59, 59, tzinfo=UTC)
    assert normalize(_item("2026-11-30", posted_at_raw=None)).expires_at is not None  # no posting date: no check


def test_parse_closing_date_keeps_a_written_midnight() -> None:
    assert parse_closing_date("2026-12-19 00:00") == datetime(2026, 12, 19, tzinfo=UTC)
    assert parse_closing_date("1797638400") == datetime(2026, 12, 19, tzinfo=UTC)  # epoch text: an instant
    assert parse_closing_date("not a date") is None


# ---------------------------------------------------------------- field drops: reported, not only logged

def test_a_closing_date_that_is_no_date_is_reported_as_a_field_drop() -> None:
    """The loss is returned with the posting, so the Scrapy stage can count it (``vagigs/field_dropped/...``)."""
    result = normalize_with_drops(_item("تا اطلاع ثانوی"))  # "until further notice", in a closing-date field
    assert result.field_drops == (FieldDrop("expires_at", NOT_A_DATE),)
    assert result.field_drops[0].key == "expires_at/not_a_date"
    assert result.item.expires_at is None and result.item.title == "دستیار مدیر"
    assert result.item.posted_at == datetime(2026, 11, 19, 8, 5, tzinfo=UTC)  # the posting itself is kept


def test_a_closing_date_before_the_posting_date_is_reported_as_a_field_drop() -> None:
    result = normalize_with_drops(_item("۱۴۰۵/۰۸/۲۷"))  # 18 Nov 2026, the day before it was posted
    assert result.field_drops == (FieldDrop("expires_at", BEFORE_POSTED),)
    assert result.item.expires_at is None


@pytest.mark.parametrize("raw", ["2026-12-19", "", None])
def test_a_readable_or_absent_closing_date_reports_no_field_drop(raw) -> None:  # type: ignore[no-untyped-def]
    assert normalize_with_drops(_item(raw)).field_drops == ()


def test_an_unreadable_posting_date_is_a_field_drop_and_its_text_is_kept(caplog: pytest.LogCaptureFixture) -> None:
    """A date slot showing "urgent" (as Jobinja's "فوری" badge) loses ``posted_at``, not the posting; with no
    posting date the closing date is not compared with one, so it is kept."""
    with caplog.at_level(logging.WARNING, logger="pipeline.normalize"):
        result = normalize_with_drops(_item("2026-12-19", posted_at_raw=" فوری "))
    assert result.field_drops == (FieldDrop("posted_at", NOT_A_DATE),)
    assert result.item.posted_at is None and result.item.posted_at_raw == "فوری"
    assert result.item.expires_at == datetime(2026, 12, 19, 23, 59, 59, tzinfo=UTC)
    [record] = caplog.records
    assert "jobvision/1: posting date" in record.getMessage() and "is not a date" in record.getMessage()


def test_both_dates_lost_are_both_reported_and_normalize_still_returns_the_item() -> None:
    assert normalize_with_drops(_item("soon", posted_at_raw="N/A")).field_drops == (
        FieldDrop("posted_at", NOT_A_DATE), FieldDrop("expires_at", NOT_A_DATE))
    item = _item("soon")
    assert normalize(item) is item  # the plain form: the posting only, for callers that count nothing
