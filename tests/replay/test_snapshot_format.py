"""A snapshot's manifest is read whole before anything is served: a line that is no entry (a recording cut short,
a hand edit) is refused with the file, the line and what is wrong, instead of a traceback from ``Entry(**…)``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from replay import SHIPPED_SNAPSHOT, snapshot_format
from replay.snapshot_format import ManifestError
from tests.helpers import make_snapshot

GOOD = {"url": "https://example.org/a", "body": "body-0", "status": 200, "headers": {}, "delay": 0.0}


def _manifest(tmp_path: Path, *lines: str) -> Path:
    make_snapshot(tmp_path, [{"url": GOOD["url"], "text": "hello"}])
    (tmp_path / "manifest.jsonl").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return tmp_path


def test_the_shipped_snapshot_reads() -> None:
    assert len(snapshot_format.load(SHIPPED_SNAPSHOT)) > 20


@pytest.mark.parametrize(("line", "problem"), [
    (json.dumps(GOOD)[:30], "not a JSON object (Unterminated string starting at, column 9)"),
    ("[1, 2]", "not a JSON object"),
    (json.dumps({**GOOD, "sttaus": 200}), "unknown key 'sttaus' (an entry has url, body, status, headers, delay)"),
    (json.dumps({"url": GOOD["url"]}), "no 'body'"),
    (json.dumps({**GOOD, "status": "200"}), 'status is "200", not a whole number'),
    (json.dumps({**GOOD, "headers": None}), "headers is null, not a JSON object"),
])
def test_a_line_that_is_no_entry_is_named_with_its_file_and_number(tmp_path: Path, line: str, problem: str) -> None:
    snap = _manifest(tmp_path, json.dumps(GOOD), "", line)
    with pytest.raises(ManifestError) as refused:
        snapshot_format.load(snap)
    assert str(refused.value) == f"{snap / 'manifest.jsonl'}, line 3: {problem}"


def test_a_manifest_that_is_not_utf8_is_named_too(tmp_path: Path) -> None:
    snap = _manifest(tmp_path, json.dumps(GOOD))
    (snap / "manifest.jsonl").write_bytes(b'{"url": "https://example.org/\xe9", "body": "body-0"}\n')
    with pytest.raises(ManifestError, match=r"manifest\.jsonl, line 1: not UTF-8 \(byte 29\)$"):
        snapshot_format.load(snap)


@pytest.mark.parametrize("body", ["../../../../proc/self/environ", "/etc/hostname", "a/../../outside", ".", ""])
def test_a_body_outside_the_snapshot_is_refused_before_anything_is_served(tmp_path: Path, body: str) -> None:
    """A shared snapshot had made the replay server serve any local file its manifest named."""
    snap = _manifest(tmp_path / "snap", json.dumps(GOOD), json.dumps({**GOOD, "url": "https://x.example/", "body": body}))
    with pytest.raises(ManifestError, match="is not a file inside the snapshot"):
        snapshot_format.load(snap)


@pytest.mark.parametrize("url", ["data:text/plain,ATTACKER", "file:///etc/passwd", "http://../x", "https://a:b@h.example/"])
def test_a_recorded_body_stays_inside_the_recording(tmp_path: Path, url: str) -> None:
    """A ``data:`` URL has no host: its body had been written to "/<digest>", the root of the filesystem."""
    name = snapshot_format.body_name(url)
    entry = snapshot_format.Entry(url=url, body=name, status=200, headers={}, delay=0.0)
    snapshot_format.append(tmp_path / "rec", entry, b"recorded")
    [written] = [p for p in (tmp_path / "rec").rglob("*") if p.is_file() and p.name != "manifest.jsonl"]
    assert written.is_relative_to(tmp_path / "rec") and written.read_bytes() == b"recorded"
    assert snapshot_format.load(tmp_path / "rec")
