"""``crawlers.html_depth.flatten``: HTML nested past what libxml2 reads keeps its text, and loses only the tags
below ``MAX_DEPTH``; every real page comes back as it was."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from parsel import Selector

from crawlers.html_depth import MAX_DEPTH, flatten
from crawlers.middlewares import mostly_utf8

ROOT = Path(__file__).resolve().parents[2]
REAL_PAGES = sorted({*ROOT.glob("replay/snapshot/**/*.htm*"), *ROOT.glob("tests/fixtures/**/*.htm*")})


def test_every_real_page_is_left_as_it_was() -> None:
    assert len(REAL_PAGES) > 20
    for page in REAL_PAGES:
        body = page.read_bytes()
        assert flatten(body)[0] is body, page


def test_a_deep_message_keeps_its_text_and_the_elements_after_it() -> None:
    deep = (b"<div><p>Virtual assistent kerak: " + b"<b>" * 3000 + b"Idora: X" + b"</b>" * 3000
            + b"</p><p>Second message</p></div>")
    assert len(Selector(text=deep.decode()).css("p")) == 1  # what libxml2 reads of it as it is
    flat, depth = flatten(deep)
    assert depth == 3002
    page = Selector(text=flat.decode())
    assert [p.xpath("string()").get() for p in page.css("p")] == ["Virtual assistent kerak: Idora: X", "Second message"]
    assert flat.count(b"<b>") == MAX_DEPTH - 2 == flat.count(b"</b>")  # the levels kept keep their tags


@pytest.mark.parametrize("html", [
    b"<ul>" + b"<li>item" * 500 + b"</ul>", b"<ul>" + b"<li><a href=x>item</a>" * 500 + b"</ul>",  # end tags left out,
    b"<table>" + b"<tr><td>a<td>b" * 300 + b"</table>", b"<div>" + b"<p>para" * 500 + b"</div>",  # as HTML allows
    b"<p>" + b"<br>" * 5000 + b"<img src=x>" * 500 + b"<b/>" * 500 + b"</p>",  # void and self-closed elements
    b"<p>" + b"<!-- <b> -->" * 500 + b"<script>" + b"<b>" * 500 + b"</script></p>",  # comments and raw text
    b"<p>" + b"<b>x</b>" * 5000 + b"</p>",  # many, not deep
])
def test_what_opens_nothing_or_is_closed_counts_nothing(html: bytes) -> None:
    assert flatten(html)[0] is html
    assert flatten(b"<div>" * 150 + b"x" + b"</div>" * 150)[1] == 150


@pytest.mark.parametrize("hostile", [
    b"<" * 1_000_000 + b">", b'<a "' * 200_000, b"<b x=1>" * 200_000, b"<b>" * 100_000 + b"</i>" * 100_000,
    b"<script>" * 100_000, b"<!--" * 200_000,
])
def test_hostile_markup_takes_time_in_proportion_to_its_length(hostile: bytes) -> None:
    started = time.process_time()
    flatten(hostile)
    assert time.process_time() - started < 5  # linear: a quadratic scan of these takes minutes


@pytest.mark.parametrize(("body", "mostly"), [
    ("Café Ünïcode — “Quotes” Ara".encode() + b"\xe9gon", True),  # UTF-8 with one stray Latin-1 byte
    ("Café über alles".encode("cp1252"), False),  # a code page's text
    ("استخدام منشی اداری در تهران".encode("cp1256", "replace"), False),
    (b"plain ascii", False), ("valid UTF-8 ✓".encode(), False),  # nothing to repair
])
def test_mostly_utf8_tells_stray_bytes_from_a_code_page(body: bytes, mostly: bool) -> None:
    assert mostly_utf8(body) is mostly
