"""Text answers compressed for a client that accepts it, their validators (ETag, 304) as before."""
from __future__ import annotations

import gzip
import http.client
from urllib.parse import urlsplit

import brotli
import pytest

#: A page, a posting, both feeds, the API and the style sheet (``send_file``'s streamed answer).
TEXT = ["/?ui=uz", "/postings/{id}?ui=fa", "/feed.rss", "/feed.atom?ui=fa", "/api/postings", "/trends",
        "/static/style.css"]


def _decoded(body: bytes, encoding: str | None) -> bytes:
    return {"gzip": gzip.decompress, "br": brotli.decompress}.get(encoding or "", lambda b: b)(body)


def _path(path: str, web_store: dict) -> str:
    return path.format(id=web_store["ids"]["original"])


@pytest.mark.parametrize("path", TEXT)
@pytest.mark.parametrize("accepted", ["gzip, br", "gzip"])
def test_a_text_answer_is_compressed_for_a_client_that_accepts_it(client, web_store, path, accepted) -> None:  # type: ignore[no-untyped-def]
    """Everything had been sent raw: the feed page 28 KB where 5 KB carries it, the RSS 67 KB for 17 KB."""
    path = _path(path, web_store)
    raw = client.get(path)
    packed = client.get(path, headers={"Accept-Encoding": accepted})
    assert raw.status_code == packed.status_code == 200, path
    assert "Content-Encoding" not in raw.headers and "Accept-Encoding" in raw.headers["Vary"]
    expected = "br" if "br" in accepted else "gzip"
    assert packed.headers["Content-Encoding"] == expected and "Accept-Encoding" in packed.headers["Vary"], path
    assert int(packed.headers["Content-Length"]) == len(packed.data) < len(raw.data) / 2, path
    assert _decoded(packed.data, expected) == raw.data, path


@pytest.mark.parametrize("path", ["/feed.rss?lang=fa", "/feed.atom", "/api/postings?limit=5", "/static/style.css"])
@pytest.mark.parametrize("accepted", [None, "gzip, br"])
def test_an_unchanged_answer_is_a_304_with_and_without_compression(client, path, accepted) -> None:  # type: ignore[no-untyped-def]
    """A compressed answer has an ETag of its own (its bytes differ from the raw answer's), and sending it back is
    a 304; the raw answer's ETag, sent by a client that now accepts compression, is a 304 too (it holds that
    answer)."""
    asked = {"Accept-Encoding": accepted} if accepted else {}
    first = client.get(path, headers=asked)
    assert first.status_code == 200 and first.headers["ETag"], path
    again = client.get(path, headers={**asked, "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == first.headers["ETag"], path
    assert "Accept-Encoding" in again.headers["Vary"], path
    raw_tag = client.get(path).headers["ETag"]
    assert (first.headers["ETag"] == raw_tag) == (accepted is None), path
    assert client.get(path, headers={"Accept-Encoding": "gzip", "If-None-Match": raw_tag}).status_code == 304, path
    if accepted:  # a compressed answer's tag is not the raw answer's: a client that no longer accepts it gets it raw
        whole = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
        assert whole.status_code == 200 and "Content-Encoding" not in whole.headers, path


@pytest.mark.parametrize(("accepted", "expected"), [
    ("gzip;q=0", None), ("br;q=0", None), ("GZIP; Q=0.000", None), ("*;q=0", None), ("gzip;q=0, identity", None),
    ("gzip;q=0, br", "br"), ("br;q=0, gzip;q=0.5", "gzip"), ("*;q=0.5, br;q=0, zstd;q=0", "gzip"),
    ("identity;q=1, gzip;q=0.5", None),
])
@pytest.mark.parametrize("path", ["/feed.rss", "/?ui=fa", "/static/style.css"])
def test_a_coding_the_client_refuses_is_never_sent(client, path, accepted, expected) -> None:  # type: ignore[no-untyped-def]
    """"q=0" means "not acceptable" (RFC 9110, 12.4.2): "gzip;q=0" alone had been answered in gzip."""
    raw = client.get(path)
    answer = client.get(path, headers={"Accept-Encoding": accepted})
    assert answer.status_code == 200 and answer.headers.get("Content-Encoding") == expected, (path, accepted)
    assert "Accept-Encoding" in answer.headers["Vary"]
    assert _decoded(answer.data, expected) == raw.data, (path, accepted)


def test_small_answers_images_and_byte_ranges_are_left_as_they_are(client) -> None:  # type: ignore[no-untyped-def]
    accepted = {"Accept-Encoding": "gzip, br"}
    small = client.get("/api/health", headers=accepted)
    assert small.status_code == 200 and len(small.data) < 500 and "Content-Encoding" not in small.headers
    part = client.get("/static/style.css", headers={**accepted, "Range": "bytes=0-99"})
    assert part.status_code == 206 and len(part.data) == 100 and "Content-Encoding" not in part.headers
    assert part.data == client.get("/static/style.css").data[:100]


def test_head_says_the_length_of_the_compressed_answer(client) -> None:  # type: ignore[no-untyped-def]
    accepted = {"Accept-Encoding": "gzip, br"}
    head, get = client.head("/?ui=en", headers=accepted), client.get("/?ui=en", headers=accepted)
    assert head.headers["Content-Encoding"] == get.headers["Content-Encoding"] == "br"
    assert head.headers["Content-Length"] == get.headers["Content-Length"] and head.data == b""


@pytest.mark.parametrize("path", ["/?ui=fa", "/feed.rss", "/static/style.css"])
def test_waitress_sends_the_compressed_answer(live_url, path) -> None:  # type: ignore[no-untyped-def]
    """Over real HTTP, as ``vagigs serve`` answers: the style sheet, a streamed ``send_file``, too."""
    host = urlsplit(live_url)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        packed = connection.getresponse()
        body = packed.read()
        connection.request("GET", path)
        raw = connection.getresponse().read()
    finally:
        connection.close()
    assert packed.status == 200 and packed.getheader("Content-Encoding") == "gzip", path
    assert gzip.decompress(body) == raw and len(body) < len(raw) / 2, path
