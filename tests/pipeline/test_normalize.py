import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from crawlers.items import PostingItem
from pipeline.normalize import (
    Invalid,
    canonical_url,
    clean_inline,
    display_clean,
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


@pytest.mark.parametrize("shape", ["<div>", "<ul><li>", "<b><i><div></b>", "<div></p>", "<h1>", "<table><tr><td>"])
def test_hostile_html_nested_without_end_keeps_every_word_and_ends(shape: str) -> None:
    """html5ever's time grows with the square of the depth (100,000 "<div>" took minutes): past 256 open elements
    the rest is read as text; and lxml builds the tree of what is kept, however deep, so no word is lost."""
    text = html_to_text((shape + "word ") * 100_000 + "the end")
    assert text.split().count("word") == 100_000 and text.endswith("the end")


def test_hostile_html_nested_past_the_cap_still_loses_scripts_and_styles() -> None:
    raw = "<div>" * 300 + "<script>alert('x')</script><style>p{}</style>shown<iframe>framed</iframe> a < b"
    assert html_to_text(raw) == "shown a < b"
    safe = sanitize_html(raw)
    assert "alert" not in safe and "framed" not in safe and "<script" not in safe


def test_html_nested_within_the_cap_keeps_its_formatting() -> None:
    safe = sanitize_html("<div>" * 250 + "<b>bold</b>" + "</div>" * 250)
    assert "<b>bold</b>" in safe and safe.count("<div>") == 250
    # deeper than libxml2's 255 levels (ul, li, ul…): the words inside are read, not cut
    assert html_to_text("<ul><li>" * 200 + "the text").endswith("- the text")


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
    ("https://t.me/UstozShogird/12345?single", "https://t.me/UstozShogird/12345"),
    ("https://t.me/s/UstozShogird/12345", "https://t.me/UstozShogird/12345"),
    ("https://t.me/s/UstozShogird?before=12345", "https://t.me/s/UstozShogird?before=12345"),
    ("https://T.me./s/UstozShogird/12345", "https://t.me/UstozShogird/12345"),  # the DNS root's dot: the same host
    ("https://remotive.com.:443/remote-jobs/x/y-1", "https://remotive.com/remote-jobs/x/y-1"),
    ("https://tashkent.hh.uz/vacancy/81234567?from=vacancy_search_list&hhtmFrom=vacancy_search_list",
     "https://tashkent.hh.uz/vacancy/81234567"),
    ("https://remotive.com/remote-jobs/x/y-1?utm_campaign=z&source=public_api", "https://remotive.com/remote-jobs/x/y-1"),
    ("https://example.com:443/a?fbclid=1&gclid=2&id=7", "https://example.com/a?id=7"),
    ("https://remoteOK.com/remote-jobs/x-1?utm_source=feed&utm_medium=rss", "https://remoteok.com/remote-jobs/x-1"),
    ("https://example.com/a?b=2&a=1#frag", "https://example.com/a?a=1&b=2"),
    # the list shared with dedupe and the spiders (crawlers.urls): hh's other hhtm* tags, a bare mc_
    ("https://hh.uz/vacancy/1?hhtmSource=vacancy&hhtmFromLabel=x&mc_=1", "https://hh.uz/vacancy/1"),
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


REAL = json.loads((Path(__file__).parents[1] / "fixtures" / "normalize" / "real_strings.json").read_text("utf-8"))


def test_real_jobinja_link_loses_its_tracking() -> None:
    url = canonical_url(REAL["jobinja_link_example"])  # jobinja/jobinja_scraped_*.json "links"
    assert "_ref" not in url and "_t=" not in url and "?" not in url
    assert url.startswith("https://jobinja.ir/companies/diba-parsian/jobs/t7Rf/")


def test_remotive_tracking_pixel_is_gone() -> None:
    text = html_to_text(REAL["remotive_description_tail"])  # remotive_api_2026-07.json description tail
    safe = sanitize_html(REAL["remotive_description_tail"])
    assert "blank.gif" not in safe and "<img" not in safe
    assert text.endswith("the way technology performs.")


def test_stored_text_keeps_persian_zwnj_and_digits_but_fixes_arabic_forms() -> None:
    # Arabic ي/ك and the presentation form ﻻ are real in jobinja/jobinja_scraped_Data_Analyst.json
    raw = "ما براي توسعه محصوﻻت داده محور، شبکه\u200cهای اجتماعی می\u200cخواهیم ۳ نفر يك"
    out = display_clean(raw)
    assert "\u200c" in out and "شبکه\u200cهای" in out and "می\u200cخواهیم" in out
    assert "ي" not in out and "ك" not in out and "برای" in out and "یک" in out
    assert "محصولات" in out and "۳" in out


def test_stored_text_drops_what_is_never_seen() -> None:
    assert display_clean("\ufeffHello\u200b wor\u00adld\u00a0!") == "Hello world !"
    assert display_clean("\u200cسلام \u200c") == "سلام "
    assert display_clean("👩\u200d💻 dev") == "👩\u200d💻 dev"  # emoji ZWJ sequence kept
    assert display_clean("Arabic text: كتاب عربي") == "Arabic text: كتاب عربي"  # not Persian: untouched


def test_control_characters_and_lone_surrogates_never_reach_the_store() -> None:
    """Not text, and not allowed in XML: one of them in one stored posting made every RSS and Atom feed fail."""
    assert clean_inline("Data\x08 entry\x00 \ud800clerk") == "Data entry clerk"
    assert html_to_text("Typing\x1b job\nline\x0cbreak\x7f") == "Typing job\nline break"
    assert html_to_text("<p>x\x08y</p><p>z\x85</p>") == "xy\n\nz"
    assert sanitize_html("<p>a\x01b\uffff</p>") == "<p>ab</p>"
    assert sanitize_html("<p>a\ud800b\x00c</p>") == "<p>abc</p>"  # nh3 itself cannot take a lone surrogate
    assert html_to_text("tab\tand\r\nnewline") == "tab and\nnewline"  # the ordinary ones are read as before


def test_uzbek_apostrophes_are_kept_as_typed_and_double_escaped_entities_decoded() -> None:
    assert clean_inline("Oʻzbekiston bo‘ylab o'qituvchi") == "Oʻzbekiston bo‘ylab o'qituvchi"
    assert clean_inline("Marketing &amp;amp; Sales") == "Marketing & Sales"


def test_normalize_hh_style_item() -> None:
    # hh_api_vacancies_items_tashkent_subset.json: salary {from, to, currency, gross}
    item = PostingItem(source="hh", source_id="93", title="Оператор", description="Удалённая работа",
                       salary_min=3500000.0, salary_max=20000000.0, salary_currency="UZS",
                       salary_gross=True, salary_raw="3500000-20000000 UZS",
                       posted_at_raw="2024-01-25T10:10:00+0300", location="Ташкент")
    normalize(item)
    assert item.posted_at == datetime(2024, 1, 25, 7, 10, tzinfo=UTC)
    assert (item.salary_min, item.salary_max, item.salary_currency, item.salary_gross) == (3.5e6, 2e7, "UZS", True)
    assert item.remote_scope == "remote" and item.remote is True
    assert item.allowed_regions == ["UZ"]  # a remote job in Tashkent is one for people in Uzbekistan


def test_normalize_hh_rur_and_jobinja_item() -> None:
    item = PostingItem(source="hh", source_id="1", title="x", salary_min=1.0, salary_currency="RUR")
    assert normalize(item).salary_currency == "RUB"
    fetched = datetime(2026, 11, 23, 5, tzinfo=UTC)
    item = PostingItem(source="jobinja", source_id="t7Rf", title="کارشناس پشتیبانی",
                       employment_type="قرارداد دورکاری", salary_raw="از ۴۵,۰۰۰,۰۰۰ تومان",
                       posted_at_raw="۳ روز پیش", fetched_at=fetched, location="تهران، تهران",
                       url=REAL["jobinja_link_example"])
    normalize(item)
    assert item.posted_at == datetime(2026, 11, 20, 5, tzinfo=UTC) and item.posted_at_raw == "۳ روز پیش"
    assert (item.salary_min, item.salary_max, item.salary_currency) == (450_000_000, None, "IRR")
    assert item.salary_raw == "از ۴۵,۰۰۰,۰۰۰ تومان"
    assert item.remote_scope == "remote" and "_ref" not in item.url


def test_normalize_keeps_unparseable_date_raw_and_negotiable_flag() -> None:
    item = PostingItem(source="telegram", source_id="c/1", title="Operator kerak",
                       description="💰 Maosh: kelishiladi", posted_at_raw="qachondir",
                       salary_raw="Maosh: kelishiladi")
    normalize(item)
    assert item.posted_at is None and item.posted_at_raw == "qachondir"
    assert item.salary_negotiable is True and item.salary_min is None and item.salary_currency is None


@pytest.mark.parametrize("given, negotiable", [
    ({"salary_raw": "USD"}, None),
    ({"salary_raw": "so'm, kelishiladi"}, True),
    ({"salary_raw": "توافقی تومان"}, True),
    ({"salary_raw": "Competitive salary in USD, paid monthly"}, None),
    ({"salary_raw": "от 100 до 50 руб"}, None),                               # a reversed range: no amount read
    ({"salary_raw": "$999999999999999999999999 a month"}, None),               # its amount left out (not_a_number)
    ({"salary_currency": "USD"}, None),                                        # a board's currency of no amount
    ({"salary_min": 10 ** 30, "salary_currency": "USD", "salary_raw": "1e30 USD"}, None),
])
def test_a_currency_with_no_amount_is_no_pay(given: dict, negotiable: bool | None) -> None:
    """A currency says what an amount is counted in: with none read, the posting states no pay a seeker could be
    shown or an analyst count by its currency (the public form, ``vagigs feed --format csv``). The pay text keeps
    what it said, and "kelishiladi" still makes the pay negotiable."""
    item = normalize(PostingItem(source="telegram", source_id="c/1", title="Operator kerak", description="x", **given))
    assert (item.salary_min, item.salary_max, item.salary_currency) == (None, None, None)
    assert (item.salary_raw, item.salary_negotiable) == (given.get("salary_raw"), negotiable)


def test_normalize_wwr_style_remote_item_gets_regions() -> None:
    item = PostingItem(source="weworkremotely", source_id="a", title="VA", location="USA Only", remote=True,
                       posted_at_raw="Tue, 08 Nov 2022 00:08:24 +0000")
    normalize(item)
    assert item.remote_scope == "remote" and item.allowed_regions == ["US"]
    assert item.posted_at == datetime(2022, 11, 8, 0, 8, 24, tzinfo=UTC)
    spider_list = PostingItem(source="remotive", source_id="b", title="VA", remote=True,
                              location="USA, Canada, USA timezones", allowed_regions=["USA", "Canada", "USA timezones"])
    assert normalize(spider_list).allowed_regions == ["US", "CA", "US time zones"]


def test_what_a_source_should_not_send_is_made_safe_or_named() -> None:
    assert canonical_url("http://[::1") is None  # not a URL at all
    assert canonical_url("javascript:alert(1)") is None and canonical_url("data:text/html,<script>") is None
    assert canonical_url("mailto:hr@acme.uz") == "mailto:hr@acme.uz"  # an address to apply to is kept
    # no job link needs a user part; "https://remotive.com@evil.example/" had been shown as Remotive's
    assert canonical_url("https://remotive.com@evil.example/apply") == "https://evil.example/apply"
    assert canonical_url("https://u:p@Jobs.Example:443/1") == "https://jobs.example/1"
    decoded = normalize(PostingItem(source="t", source_id="1", title="Job",
                                    description_html="<p>Desc &#1; text &#x1b;&#127;</p>"))
    assert decoded.description == "Desc text" and "\x01" not in decoded.description_html
    deep = normalize(PostingItem(source="t", source_id="2", title="Job",
                                 description_html="<div>" * 300 + "Typing at home" + "</div>" * 300))
    assert deep.description == "Typing at home"  # deeper than libxml2 builds a tree: the text is kept
    assert normalize(PostingItem(source="t", source_id="3", title=12345, description="x")).title == "12345"
    assert normalize(PostingItem(source="t", source_id="5", title="x", allowed_regions="US")).allowed_regions == ["US"]
    with pytest.raises(Invalid, match="title is dict"):
        normalize(PostingItem(source="t", source_id="4", title={"en": "Job"}, description="x"))


def test_a_flag_or_pay_bound_of_the_wrong_type_costs_that_field_not_the_posting() -> None:
    """hh sent ``"gross": "yes"``: the store refuses a non-boolean, and the vacancy had been lost to it."""
    from pipeline.normalize import NOT_A_FLAG, NOT_A_NUMBER, FieldDrop, normalize_with_drops

    odd = PostingItem(source="hh", source_id="55500002", title="Operator", description="Call centre work",
                      salary_gross="yes", remote=1, salary_negotiable={}, salary_min=float("nan"), salary_max="9 000")
    result = normalize_with_drops(odd)
    posting = result.item
    assert (posting.salary_gross, posting.salary_negotiable, posting.salary_min) == (None, None, None)
    assert set(result.field_drops) == {FieldDrop("salary_gross", NOT_A_FLAG), FieldDrop("remote", NOT_A_FLAG),
                                       FieldDrop("salary_negotiable", NOT_A_FLAG), FieldDrop("salary_min", NOT_A_NUMBER),
                                       FieldDrop("salary_max", NOT_A_NUMBER)}
    kept = normalize_with_drops(PostingItem(source="hh", source_id="1", title="Operator", salary_gross=False,
                                            remote=True, salary_min=5_000_000, salary_max="6,000,000"))
    assert kept.field_drops == () and (kept.item.salary_gross, kept.item.remote) == (False, True)
    assert (kept.item.salary_min, kept.item.salary_max) == (5_000_000, 6_000_000.0)


def test_a_posting_date_days_after_the_fetch_is_left_out_and_its_text_kept() -> None:
    """A "9999-12-31" posting date had headed the newest-first feed and stretched the trends to 416,335 weeks."""
    from pipeline.normalize import IN_FUTURE, FieldDrop, normalize_with_drops

    fetched = datetime(2026, 12, 5, 10, tzinfo=timezone.utc)
    for given in ("9999-12-31T23:59:59+00:00", "2026-12-08T00:00:00+00:00", 4102444800):  # (2100 in epoch seconds)
        result = normalize_with_drops(PostingItem(source="remoteok", source_id="1", title="VA", posted_at=given,
                                                  fetched_at=fetched))
        assert result.item.posted_at is None and result.field_drops == (FieldDrop("posted_at", IN_FUTURE),), given
        assert result.item.posted_at_raw  # the source's text is not lost
    soon = normalize_with_drops(PostingItem(source="remoteok", source_id="1", title="VA",
                                            posted_at="2026-12-06T09:00:00+05:00", fetched_at=fetched))
    assert soon.field_drops == () and soon.item.posted_at is not None  # another zone's clock, hours ahead


def test_a_date_before_job_boards_were_online_is_no_date_and_is_counted() -> None:
    """.NET's "no date" (JobVision's "0001-01-01T00:00:00") had been stored as the posting date: the Persian pages a
    500 (no Solar Hijri year 1), an invalid RSS date, 105,706 weeks of trends. Before ``PAST_FLOOR`` (1990) a posting
    or closing date is left out and counted, as one days after the fetch is; the source's text is kept."""
    from pipeline.normalize import PAST_FLOOR, TOO_OLD, FieldDrop, normalize_with_drops

    fetched = datetime(2026, 12, 5, 10, tzinfo=timezone.utc)
    for given in ({"posted_at_raw": "0001-01-01T00:00:00"}, {"posted_at": 0},  # (Unix's "no date": epoch 0)
                  {"posted_at": "1989-12-31T23:59:59+00:00"}):
        result = normalize_with_drops(PostingItem(source="jobvision", source_id="1189301", title="VA",
                                                  fetched_at=fetched, **given))
        assert result.item.posted_at is None and result.field_drops == (FieldDrop("posted_at", TOO_OLD),), given
        assert result.item.posted_at_raw  # the source's text is not lost
    closing = normalize_with_drops(PostingItem(source="jobvision", source_id="1", title="VA", fetched_at=fetched,
                                               expires_at="0001-01-01T00:00:00"))
    assert closing.item.expires_at is None and closing.field_drops == (FieldDrop("expires_at", TOO_OLD),)
    kept = normalize_with_drops(PostingItem(source="jobvision", source_id="1", title="VA", fetched_at=fetched,
                                            posted_at=PAST_FLOOR.isoformat(), expires_at="2026-12-21T09:12:00"))
    assert kept.field_drops == () and kept.item.posted_at == PAST_FLOOR


def test_nul_is_taken_out_of_every_text_and_the_id() -> None:
    """PostgreSQL refuses NUL in text: a record id "880002\\x00x" had cost the posting and left its run open."""
    posting = normalize(PostingItem(source="remoteok", source_id="880002\x00x", title="Virtual\x00 assistant",
                                    posted_at_raw="2026-12-01\x00", allowed_regions=["U\x00Z"]))
    assert (posting.source_id, posting.title, posting.allowed_regions) == ("880002x", "Virtual assistant", ["UZ"])
    assert posting.posted_at is not None


def test_an_optional_field_of_the_wrong_type_costs_that_field_not_the_posting() -> None:
    """A company sent as an object, a place as a list, a link as a number or a flag: the field is left out and
    named, the posting kept. The text that is the posting (title, description) sent so still makes it unreadable."""
    from pipeline.normalize import NOT_TEXT, FieldDrop, normalize_with_drops

    odd = PostingItem(source="t", source_id="6", title="Virtual assistant", description="Inbox and calendar work",
                      company={"name": "Acme"}, location=["Tashkent"], employment_type=True, url=1.5, apply_url=False)
    result = normalize_with_drops(odd)
    posting = result.item
    assert posting.title == "Virtual assistant" and posting.description == "Inbox and calendar work"
    assert (posting.company, posting.location, posting.employment_type, posting.url, posting.apply_url) == (None,) * 5
    assert set(result.field_drops) == {FieldDrop(name, NOT_TEXT) for name in
                                       ("company", "location", "employment_type", "url", "apply_url")}
    assert normalize(PostingItem(source="t", source_id="7", title="VA", company=2026)).company == "2026"
    with pytest.raises(Invalid, match="description is list"):
        normalize(PostingItem(source="t", source_id="8", title="VA", description=["x"]))


def test_a_long_source_id_is_kept_as_a_stable_key_of_bounded_length() -> None:
    """A JSON-LD board's page address used as its id (386 characters) is kept whole; a longer id becomes its start
    and a digest of the whole, the same at every crawl, so ``uq_postings_source_source_id`` never meets an entry
    PostgreSQL's B-tree refuses (about 2,700 bytes)."""
    from store.models import SOURCE_ID_MAX, source_id_key

    page = "https://jobs.example.com/" + "virtual-assistant-" * 20 + "x" * 1
    assert len(page) == 386 and normalize(PostingItem(source="jsonld", source_id=page, title="VA")).source_id == page
    long_id = "https://jobs.example.ir/" + "دستیار-" * 600  # 4,224 characters, 7,800 bytes in UTF-8
    key = normalize(PostingItem(source="jsonld", source_id=long_id, title="VA")).source_id
    assert len(key) == SOURCE_ID_MAX and len(key.encode()) <= 2048 and key.startswith(long_id[:400])
    assert key == source_id_key(long_id) == source_id_key(key)  # stable, and applied again it changes nothing
    assert source_id_key(long_id + "x") != key  # another id, another key
    assert normalize(PostingItem(source="t", source_id=12345, title="VA")).source_id == "12345"


def test_a_pay_period_or_link_longer_than_the_store_keeps_costs_that_field() -> None:
    """PostgreSQL refuses a pay period past its 16 characters and a link its index cannot hold (SQLite took both):
    the field is left out and counted (``too_long``), the posting kept."""
    from pipeline.normalize import TOO_LONG, FieldDrop, normalize_with_drops

    odd = PostingItem(source="himalayas", source_id="1", title="VA", salary_period="per month, paid bi-weekly",
                      url="https://example.com/jobs/1?q=" + "a" * 3000)
    result = normalize_with_drops(odd)
    assert (result.item.salary_period, result.item.url) == (None, None)
    assert set(result.field_drops) == {FieldDrop("salary_period", TOO_LONG), FieldDrop("url", TOO_LONG)}
    kept = normalize_with_drops(PostingItem(source="himalayas", source_id="1", title="VA", salary_period="month",
                                            url="https://example.com/jobs/1"))
    assert kept.field_drops == () and kept.item.salary_period == "month"


@pytest.mark.parametrize("link", [
    "https://t.me/proxy?server=1.2.3.4&port=443&secret=ee00", "tg://proxy?server=1.2.3.4&port=443&secret=ee00",
    "https://t.me/socks?server=1.2.3.4&port=1080", "https://telegram.me/setlanguage/fa-evil", "TG:resolve?domain=x",
    "https://www.t.me/addstickers/x", "https://t.me/$abc123", "https://t.me/login/12345",
    # the host written with the DNS root's dot, which names the same host
    "https://t.me./proxy?server=1.2.3.4&port=443&secret=ee00", "https://Telegram.Me./socks?server=1.2.3.4&port=1080",
    "https://www.t.me.:443/proxy?server=1.2.3.4&port=443&secret=ee00"])
def test_a_link_that_sets_the_telegram_app_up_is_no_apply_link(link: str) -> None:
    """Remote OK's ``apply_url`` is the employer's: a Telegram proxy's link had been the "Apply" button of a gig
    judged ok (Telegram then offers to route the phone's traffic through the proxy), and ``tg://proxy…`` served in the
    API. It is left out and counted, as a field of a posting; as its ``url`` it leaves the posting with no link."""
    from pipeline.normalize import NOT_A_JOB_LINK, FieldDrop, normalize_with_drops, require_link

    result = normalize_with_drops(PostingItem(source="remoteok", source_id="1", title="VA",
                                              url="https://remoteok.com/remote-jobs/1", apply_url=link))
    assert result.item.apply_url is None and result.field_drops == (FieldDrop("apply_url", NOT_A_JOB_LINK),)
    with pytest.raises(Invalid):
        require_link(normalize_with_drops(PostingItem(source="jsonld", source_id="1", title="VA", url=link)))


@pytest.mark.parametrize("link", ["https://t.me/acme_hr", "https://t.me/joinchat/AbCdEf", "https://t.me/+AbCdEf",
                                  "https://t.me/acme_jobs/123", "mailto:hr@acme.uz", "https://acme.example/proxy"])
def test_a_chat_or_page_to_apply_at_stays_the_apply_link(link: str) -> None:
    from pipeline.normalize import normalize_with_drops

    result = normalize_with_drops(PostingItem(source="remoteok", source_id="1", title="VA",
                                              url="https://remoteok.com/remote-jobs/1", apply_url=link))
    assert result.item.apply_url == canonical_url(link) and result.field_drops == ()


def test_a_pay_bound_past_any_pay_is_left_out_also_when_read_from_the_pay_text() -> None:
    """A Remote OK ``salary_max`` of 1e30 was left out, then stored all the same as read back from the pay text
    the spider wrote from it; "$999999999999999999999999 a month" was stored as 1e24."""
    from crawlers.items import PostingItem
    from pipeline.normalize import normalize_with_drops

    def pay(**given):  # type: ignore[no-untyped-def]
        done = normalize_with_drops(PostingItem(source="remoteok", source_id="1", title="Assistant", description="x",
                                                url="https://remoteok.com/1", **given))
        return done.item.salary_min, done.item.salary_max, [d.key for d in done.field_drops]

    assert pay(salary_min=50_000, salary_max=10 ** 30, salary_raw="50000-1000000000000000019884624838656 USD/year",
               salary_currency="USD") == (50_000, None, ["salary_max/not_a_number"])
    assert pay(salary_max=10 ** 30, salary_raw="up to 1000000000000000019884624838656 USD/year") == (
        None, None, ["salary_max/not_a_number"])  # once: the text the spider wrote from it is not read again
    assert pay(salary_raw="$999999999999999999999999 a month") == (
        None, None, ["salary_min/not_a_number", "salary_max/not_a_number"])
    assert pay(salary_raw="$5,000 a month")[:2] == (5000, 5000)


def test_a_sources_list_of_regions_is_read_as_its_text() -> None:
    """A source's own list (Himalayas' names) holding markup: each region is read as the place is, tags and
    entities gone, where it had been kept as sent ("<p>Uzbekistan</p>" as a region no filter matches)."""
    item = PostingItem(source="himalayas", source_id="1", title="VA", remote=True,
                       allowed_regions=["<p>Uzbekistan</p>", "<i></i>", "Kazakhstan &amp; Kyrgyzstan"])
    assert normalize(item).allowed_regions == ["UZ", "KZ", "KG"]


@pytest.mark.parametrize("title, salary_raw, read", [
    # the demo store's Telegram post: pay in its first line, the title, and none in the rest
    ("Uyda turib ishlash! Kuniga 2 soat, oyiga 1000$ gacha", "Kuniga 2 soat, oyiga 1000$ gacha",
     (None, 1000, "USD", "month")),
    ("Senior Executive Assistant to the CEO (up to $100k per year depending on experience and location)",
     "Senior Executive Assistant to the CEO (up to $100k per year depending on experience and location)",
     (None, 100_000, "USD", "year")),  # weworkremotely
    ("Virtual Assistant $28 Per Hour", "Virtual Assistant $28 Per Hour", (28, 28, "USD", "hour")),  # remoteok
    ("Pay a $50 registration fee and earn from home", None, (None, None, None, None)),  # a fee is no pay
    ("Top 10 assistants of 2026", None, (None, None, None, None)),
])
def test_pay_stated_in_the_title_counts_when_no_pay_is_given(title: str, salary_raw: str | None,
                                                              read: tuple) -> None:
    item = normalize(PostingItem(source="telegram", source_id="c/1", title=title, description="Batafsil: @tezpul_ish"))
    assert item.salary_raw == salary_raw
    assert (item.salary_min, item.salary_max, item.salary_currency, item.salary_period) == read


def test_pay_given_is_not_replaced_by_the_title_s() -> None:
    item = normalize(PostingItem(source="remoteok", source_id="1", title="Virtual Assistant $28 Per Hour",
                                 salary_raw="120000-160000 USD/year"))
    assert (item.salary_min, item.salary_max, item.salary_period) == (120000, 160000, "year")
