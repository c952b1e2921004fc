from datetime import datetime, timezone

import pytest

from crawlers.items import PostingItem
from pipeline.normalize import (
    Invalid,
    canonical_url,
    html_to_text,
    normalize,
    parse_datetime,
    parse_salary,
    sanitize_html,
)

UTC = timezone.utc


def test_hostile_html_keeps_formatting_and_nothing_else() -> None:
    raw = ('<p onclick="steal()">Hello <b>world</b><script>alert(1)</script></p>'
           '<img src="https://t.example/pixel.gif"><iframe src="x"></iframe>'
           '<a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">ok</a>')
    safe = sanitize_html(raw)
    assert "script" not in safe and "alert" not in safe and "onclick" not in safe
    assert "<img" not in safe and "iframe" not in safe and "javascript:" not in safe
    assert '<b>world</b>' in safe and 'href="https://ok.example/"' in safe


def test_html_to_text_turns_blocks_into_lines_and_decodes_entities() -> None:
    text = html_to_text("<p>Tasks:</p><ul><li>Email &amp; calendar</li><li>Data&nbsp;entry</li></ul>Done<br>now")
    assert text == "Tasks:\n\n- Email & calendar\n- Data entry\n\nDone\nnow"


def test_double_encoded_utf8_is_repaired() -> None:
    assert html_to_text("<p>Weâ\x80\x99re hiring</p>") == "We’re hiring"
    assert html_to_text("Caf\u00c3\u00a9 support") == "Café support"


def test_literal_backslash_n_from_an_api_becomes_a_break() -> None:
    assert html_to_text("<p>One</p>\\n<p>Two</p>") == "One\n\nTwo"


@pytest.mark.parametrize("url,expected", [
    ("https://Jobinja.ir/jobs/1?_ref=16&_t=abc&page=2", "https://jobinja.ir/jobs/1?page=2"),
    ("https://remoteOK.com/remote-jobs/x-1?utm_source=feed&utm_medium=rss", "https://remoteok.com/remote-jobs/x-1"),
    ("https://example.com/a?b=2&a=1#frag", "https://example.com/a?a=1&b=2"),
])
def test_canonical_url_drops_tracking_and_fragments(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize("raw,expected", [
    (1756382403, datetime(2025, 8, 28, 12, 0, 3, tzinfo=UTC)),
    ("2025-08-28T12:00:03+00:00", datetime(2025, 8, 28, 12, 0, 3, tzinfo=UTC)),
    ("2024-02-14T12:32:06+0300", datetime(2024, 2, 14, 9, 32, 6, tzinfo=UTC)),
    ("2024-12-01 04:10:21", datetime(2024, 12, 1, 4, 10, 21, tzinfo=UTC)),
    ("Tue, 08 Nov 2022 10:04:39 +0000", datetime(2022, 11, 8, 10, 4, 39, tzinfo=UTC)),
    ("not a date at all", None),
    (None, None),
])
def test_parse_datetime_gives_aware_utc(raw, expected) -> None:  # type: ignore[no-untyped-def]
    assert parse_datetime(raw) == expected


@pytest.mark.parametrize("raw,parsed", [
    ("$18 - $22/hr", (18, 22, "USD", "hour")),
    ("300 USD per month, negotiable", (300, 300, "USD", "month")),
    ("$60k-$80k", (60000, 80000, "USD", None)),
    ("€45,000 a year", (45000, 45000, "EUR", "year")),
])
def test_parse_salary_when_unambiguous(raw, parsed) -> None:  # type: ignore[no-untyped-def]
    s = parse_salary(raw)
    assert (s.minimum, s.maximum, s.currency, s.period) == parsed


@pytest.mark.parametrize("raw", ["Competitive", "OTE plus commission", "10 to 20 per unit 30", ""])
def test_parse_salary_leaves_the_rest_unparsed(raw: str) -> None:
    s = parse_salary(raw)
    assert s.minimum is None and s.maximum is None


def test_normalize_item_end_to_end() -> None:
    item = PostingItem(source="s", source_id="1", title="  Virtual&nbsp;Assistant ",
                       description_html="<p>Hi</p>", url="https://x.example/j?utm_source=a",
                       posted_at_raw="2024-12-01 04:10:21", salary_raw="$5/hr", remote=True)
    normalize(item)
    assert item.title == "Virtual Assistant" and item.description == "Hi"
    assert item.url == "https://x.example/j"
    assert item.posted_at == datetime(2024, 12, 1, 4, 10, 21, tzinfo=UTC)
    assert (item.salary_min, item.salary_currency, item.salary_period) == (5, "USD", "hour")
    assert item.remote_scope == "remote" and item.fetched_at is not None


def test_item_without_text_is_invalid() -> None:
    with pytest.raises(Invalid) as err:
        normalize(PostingItem(source="s", source_id="1", title="  ", description_html="<p> </p>"))
    assert err.value.reason == "missing_text"
