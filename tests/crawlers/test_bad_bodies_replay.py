"""Bodies that are mostly good, crawled end to end: nothing of them that can be read is lost, and the run says what
was repaired. (Bodies that cannot be read at all are ``test_crawl_replay.py``'s.)"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, make_snapshot, vagigs

SNAPSHOT = Path(__file__).resolve().parents[2] / "replay" / "snapshot"
TELEGRAM = "https://t.me/s/UstozShogird"
WWR = "https://weworkremotely.com/categories/{}.rss"


def _crawl(tmp_path: Path, sources: tuple[str, ...], entries: list[dict], **env: str) -> Path:
    db = tmp_path / "v.db"
    vagigs("crawl", *sources, "--replay", str(make_snapshot(tmp_path / "snap", entries)), check=False,
           env={"VAGIGS_DATABASE_URL": f"sqlite:///{db}", "VAGIGS_HOME": str(tmp_path / "home"), **env})
    return db


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _run(db: Path, source: str) -> dict:
    [(status, dropped, errors)] = _rows(db, f"SELECT status, dropped, errors FROM crawl_runs WHERE source = '{source}'")
    return {"status": status, "dropped": json.loads(dropped or "{}"), "errors": json.loads(errors or "[]")}


@pytest.mark.long
def test_a_telegram_message_nested_thousands_deep_costs_no_other_message(tmp_path: Path) -> None:
    """libxml2 stops reading at about 2,000 open elements without a word: one message of 3,000 nested ``<b>``
    had cost every message after it on the page (6 of 10 stored, the run "finished", health ok)."""
    page = (SNAPSHOT / "t.me" / "UstozShogird_p1.html").read_text(encoding="utf-8")
    wrap = '<div class="tgme_widget_message_wrap'
    first = page.index(wrap)
    hostile = next(m for m in (wrap + part for part in page[first:].split(wrap)[1:]) if "message_text" in m)
    hostile = hostile.replace('data-post="UstozShogird/', 'data-post="UstozShogird/9', 1)
    text_at = hostile.index('<div class="tgme_widget_message_text')
    text_at = hostile.index(">", text_at) + 1
    hostile = (hostile[:text_at] + "Virtual assistent kerak: " + "<b>" * 3000 + "Idora: X" + "</b>" * 3000
               + "<br/>" + hostile[text_at:])
    entries = [{"url": TELEGRAM, "text": page[:first] + hostile + page[first:],
                "headers": {"Content-Type": "text/html; charset=utf-8"}},
               {"url": TELEGRAM + "?before=51230", "file": str(SNAPSHOT / "t.me" / "UstozShogird_p2.html"),
                "headers": {"Content-Type": "text/html; charset=utf-8"}}]
    db = _crawl(tmp_path, ("telegram",), entries, VAGIGS_TELEGRAM_CHANNELS="UstozShogird")
    plain = _crawl(tmp_path / "plain", ("telegram",), [
        {"url": TELEGRAM, "file": str(SNAPSHOT / "t.me" / "UstozShogird_p1.html"),
         "headers": {"Content-Type": "text/html; charset=utf-8"}}, entries[1]], VAGIGS_TELEGRAM_CHANNELS="UstozShogird")
    stored = {sid for (sid,) in _rows(db, "SELECT source_id FROM postings")}
    assert stored - {sid for (sid,) in _rows(plain, "SELECT source_id FROM postings")} == {
        hostile.split('data-post="', 1)[1].split('"', 1)[0]}  # every message of the page, and the hostile one
    [(text,)] = _rows(db, "SELECT description FROM postings WHERE source_id LIKE 'UstozShogird/9%'")
    assert "Idora: X" in text  # its text is read, its tags are not
    run = _run(db, "telegram")
    assert run["status"] == "finished" and run["dropped"] == {}
    assert any(e.startswith("deep_html: https://t.me/s/UstozShogird: HTML nested 30") for e in run["errors"])


def test_json_with_no_charset_and_one_stray_byte_is_read_as_utf8(tmp_path: Path) -> None:
    """JSON is UTF-8 (RFC 8259). With no charset in its header and one Latin-1 byte in it, the whole body had been
    guessed as another encoding: every posting's text garbled ("Caf√© √ún√Įcode"), and nothing said."""
    records = json.loads((FIXTURES / "remoteok" / "remoteok_api_2024-12-04.json").read_text(encoding="utf-8"))
    jobs = [r for r in records if r.get("id")]
    odd = [{**jobs[0], "company": "Café Ünïcode — “Quotes”"}, {**jobs[1], "location": "Ara\x00gon"}]
    body = json.dumps([records[0], *odd], ensure_ascii=False).encode("utf-8").replace(b"Ara\\u0000gon", b"Ara\xe9gon")
    (tmp_path / "api.json").write_bytes(body)
    db = _crawl(tmp_path, ("remoteok",), [{"url": "https://remoteok.com/api", "file": str(tmp_path / "api.json"),
                                           "headers": {"Content-Type": "application/json"}}])
    companies, places = zip(*_rows(db, "SELECT company, location FROM postings"))
    assert "Café Ünïcode — “Quotes”" in companies  # the rest of the body as it was written
    assert "Ara\ufffdgon" in places  # the one byte that is not UTF-8
    run = _run(db, "remoteok")
    assert run["status"] == "finished"
    assert any("read as utf-8, 1 stray byte" in e for e in run["errors"])


def _support_feed() -> bytes:
    return (FIXTURES / "weworkremotely" / "wwr_remote-customer-support-jobs.rss").read_bytes()


def _crawl_support_feed(tmp_path: Path, feed: bytes) -> dict:
    """Crawl We Work Remotely's customer-support feed served as ``feed``; all 27 of its gigs must be stored. The run."""
    (tmp_path / "feed.rss").write_bytes(feed)
    entries = [{"url": WWR.format("remote-customer-support-jobs"), "file": str(tmp_path / "feed.rss"),
                "headers": {"Content-Type": "application/rss+xml; charset=utf-8"}}]
    db = _crawl(tmp_path, ("weworkremotely",), entries)
    assert _rows(db, "SELECT count(*) FROM postings") == [(27,)]
    return _run(db, "weworkremotely")


def test_one_stray_byte_in_an_rss_feed_costs_no_item(tmp_path: Path) -> None:
    """libxml2 stops at a byte its declared UTF-8 cannot read: the whole feed (27 gigs) had been dropped on every
    run, while health said ok."""
    feed = _support_feed()
    at = feed.index(b"<description>") + len(b"<description>")
    run = _crawl_support_feed(tmp_path, feed[:at] + b"Caf\xe9 " + feed[at:])
    assert "malformed_response" not in run["dropped"]
    assert any(e.startswith("encoding_fixed: https://weworkremotely.com/categories/remote-customer-support-jobs.rss")
               for e in run["errors"])


def test_half_an_emoji_in_one_record_costs_no_posting(tmp_path: Path) -> None:
    """A lone surrogate (an emoji cut in half, ``"\\ud83d"`` in the JSON) in one Remote OK record had cost the 93
    records after it: the record could not be encoded, nor kept in quarantine, and that ended the page, while the
    run said "finished". It is stripped as from any text, and the record stored."""
    records = json.loads((SNAPSHOT / "remoteok.com" / "api.json").read_text(encoding="utf-8"))
    records[5]["description"] = records[5]["description"][:300] + "\ud83d"
    (tmp_path / "api.json").write_text(json.dumps(records), encoding="utf-8")
    db = _crawl(tmp_path, ("remoteok",), [{"url": "https://remoteok.com/api", "file": str(tmp_path / "api.json"),
                                           "headers": {"Content-Type": "application/json"}}])
    assert _rows(db, "SELECT count(*) FROM postings") == [(len(records) - 1,)]
    [(text, payload)] = _rows(db, f"SELECT description, payload FROM postings WHERE source_id = '{records[5]['id']}'")
    assert "\ud83d" not in text and "\ufffd" in payload
    assert _run(db, "remoteok")["dropped"] == {}


def test_text_written_backwards_in_a_bidi_override_is_stored_and_judged_as_shown(tmp_path: Path) -> None:
    """An override (U+202E … U+202C) is drawn right to left: a title "<RLO>gnp.exe" is shown as "exe.png", a scam
    sentence written backwards is read forwards. Both had been stored and judged as written."""
    records = json.loads((SNAPSHOT / "remoteok.com" / "api.json").read_text(encoding="utf-8"))
    fee = "To start you must pay a registration fee of $50 by gift card before the training."
    records[5]["position"] = "Assistant \u202egnp.exe\u202c"
    records[5]["description"] = "<p>Virtual assistant needed.</p><p>\u202e" + fee[::-1] + "\u202c</p>"
    (tmp_path / "api.json").write_text(json.dumps(records), encoding="utf-8")
    db = _crawl(tmp_path, ("remoteok",), [{"url": "https://remoteok.com/api", "file": str(tmp_path / "api.json"),
                                           "headers": {"Content-Type": "application/json"}}])
    [(title, text, verdict)] = _rows(db, "SELECT title, description, legitimacy_verdict FROM postings "
                                         f"WHERE source_id = '{records[5]['id']}'")
    assert title == "Assistant exe.png" and fee in text
    assert verdict == "likely_scam"


@pytest.mark.long
def test_an_escape_sequence_in_a_record_id_reaches_no_terminal_nor_csv(tmp_path: Path) -> None:
    """A Remote OK id holding terminal escapes (set the title, clear the screen) had been stored as sent and printed
    raw by ``vagigs runs``, the crawl's log and the CSV export. It is stored with each control escaped."""
    records = json.loads((SNAPSHOT / "remoteok.com" / "api.json").read_text(encoding="utf-8"))
    records[5]["id"] = "\x1b]0;PWNED\x07\x1b[2J\x1b[1;31mBAD"
    records[5]["description"] = {"not": "text"}
    records[6]["id"] = "\x1b]52;c;cm0gLXJm\x07OK"
    (tmp_path / "api.json").write_text(json.dumps(records), encoding="utf-8")
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    crawl = vagigs("crawl", "remoteok", "--replay", str(make_snapshot(tmp_path / "snap", [
        {"url": "https://remoteok.com/api", "file": str(tmp_path / "api.json"),
         "headers": {"Content-Type": "application/json"}}])), env=env)
    runs = vagigs("runs", env=env).stdout
    csv = vagigs("feed", "--all", "--format", "csv", env=env).stdout
    assert "! bad_field: remoteok/\\x1b]0;PWNED\\x07\\x1b[2J" in runs
    assert "\\x1b]52;c;cm0gLXJm\\x07OK" in csv
    assert not any("\x1b" in out or "\x07" in out for out in (crawl.stderr, runs, csv))


def test_one_control_character_in_an_rss_feed_costs_no_item(tmp_path: Path) -> None:
    """XML allows no escape character (U+001B) anywhere, written or as a reference: one in one item's description
    had dropped the whole feed (27 gigs, "PCDATA invalid Char value 27") while health said ok. It is taken out,
    counted and named on the run."""
    feed = _support_feed()
    at = feed.index(b"<description>") + len(b"<description>")
    last = feed.rindex(b"<description>") + len(b"<description>")
    run = _crawl_support_feed(tmp_path, feed[:at] + b"Caf\x1b " + feed[at:last] + b"&#x1B;&#11;" + feed[last:])
    assert "malformed_response" not in run["dropped"]
    assert ("xml_repaired: https://weworkremotely.com/categories/remote-customer-support-jobs.rss: 3 character(s) "
            "XML does not allow taken out") in run["errors"]


BAD_GATEWAY = ("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
               "<hr><center>nginx</center></body></html>")


@pytest.mark.long
def test_an_html_error_page_served_with_status_200_is_a_malformed_listing(tmp_path: Path) -> None:
    """Telegram's and Jobinja's listings replaced by nginx's 502 page, with status 200: the runs had ended ``empty``
    with no drop and health said ok, where a JSON source counts such a page."""
    from crawlers import sources

    bad = {"text": BAD_GATEWAY, "headers": {"Content-Type": "text/html"}}
    for source, urls, env in (("telegram", [TELEGRAM], {"VAGIGS_TELEGRAM_CHANNELS": "UstozShogird"}),
                              ("jobinja", list(sources.get("jobinja").start_urls), {})):
        db = _crawl(tmp_path / source, (source,), [{"url": url, **bad} for url in urls], **env)
        run = _run(db, source)
        assert run["dropped"] == {"malformed_response": len(urls)}, source
        assert all(e.startswith("malformed_response: https://") and ": HTML page without " in e
                   for e in run["errors"]), source
        assert len(list((tmp_path / source / "home" / "quarantine").rglob("*malformed_response.json"))) == len(urls)
