"""Where every recorded body and every test fixture came from is written down, and every source is recorded.

The README marks each source's fixture "real capture" or "reconstructed" from the PROVENANCE.md files; a manifest
line or a fixture folder added without one had passed every test. ``replay/snapshot/PROVENANCE.md`` holds a table
whose ``body`` column names each body (``t.me/*.html``: a pattern); a fixture folder has its own PROVENANCE.md, or
each of its files has a row in ``tests/fixtures/PROVENANCE.md`` (``bad/…``, ``remoteok/…``, ``weworkremotely/…``).
"""
from __future__ import annotations

import json
from fnmatch import fnmatchcase
from pathlib import Path

from crawlers import sources
from replay import SHIPPED_JSONLD_BOARD, SHIPPED_SNAPSHOT, snapshot_format
from tests.helpers import FIXTURES

GUIDE = "docs/adding_a_source.md"


def body_patterns(provenance: Path) -> list[str]:
    """The bodies the tables of a snapshot's PROVENANCE.md name: the cells of each table's ``body`` column, split
    at ", "."""
    patterns: list[str] = []
    column = None
    for line in provenance.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            column = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if column is None:
            column = cells.index("body") if "body" in cells else -1
        elif column >= 0 and not set(cells[column]) <= set("-: "):
            patterns += [p.strip().strip("`") for p in cells[column].split(", ")]
    return patterns


def unprovenanced_recordings(snapshot: Path) -> list[str]:
    """Each manifest line of ``snapshot`` whose body no row of its PROVENANCE.md names, and each row's body that no
    line records (a row left behind)."""
    if not (snapshot / "PROVENANCE.md").is_file():
        return [f"{snapshot}: no PROVENANCE.md"]
    patterns = body_patterns(snapshot / "PROVENANCE.md")
    lines = [json.loads(raw) for raw in (snapshot / snapshot_format.MANIFEST).read_text(encoding="utf-8").splitlines()
             if raw.strip()]
    missing = [f"{line['url']} ({line['body']}): no row names it in PROVENANCE.md" for line in lines
               if not any(fnmatchcase(line["body"], p) for p in patterns)]
    stale = [f"PROVENANCE.md names {p}, which no manifest line records" for p in patterns
             if not any(fnmatchcase(line["body"], p) for line in lines)]
    return missing + stale


def unprovenanced_fixtures(fixtures: Path) -> list[str]:
    """Each fixture folder with no PROVENANCE.md of its own that holds a file ``fixtures/PROVENANCE.md`` does not
    name (as ``folder/file``)."""
    top = fixtures / "PROVENANCE.md"
    named = top.read_text(encoding="utf-8") if top.is_file() else ""
    found = []
    for folder in sorted(p for p in fixtures.iterdir() if p.is_dir() and p.name != "__pycache__"):
        if (folder / "PROVENANCE.md").is_file():
            continue
        found += [f"{folder.name}/{f.name}: no {folder.name}/PROVENANCE.md, and no row in PROVENANCE.md"
                  for f in sorted(folder.rglob("*")) if f.is_file() and f"{folder.name}/{f.name}" not in named]
    return found


def test_every_recording_of_the_shipped_snapshot_has_its_provenance() -> None:
    assert unprovenanced_recordings(SHIPPED_SNAPSHOT) == [], f"see {GUIDE}"


def test_every_fixture_has_its_provenance() -> None:
    assert unprovenanced_fixtures(FIXTURES) == [], f"see {GUIDE}"


def test_every_registry_source_is_recorded_in_the_shipped_snapshot() -> None:
    """``vagigs demo`` and the contract test crawl every registry source from the shipped snapshot: a source with no
    recording there fails them by its run, far from the cause."""
    recorded = set(snapshot_format.load(SHIPPED_SNAPSHOT))
    missing = [f"{src.name}: {url}" for src in sources.SOURCES.values()
               for url in (src.start_urls or ([SHIPPED_JSONLD_BOARD] if src.name == "jsonld" else []))
               if snapshot_format.key(url) not in recorded]
    assert missing == [], f"start URLs with no recording in replay/snapshot/manifest.jsonl; see {GUIDE}"


def test_a_recording_or_fixture_without_provenance_is_named(tmp_path: Path) -> None:
    snap = tmp_path / "snap"
    snap.mkdir()
    (snap / snapshot_format.MANIFEST).write_text(
        json.dumps({"url": "https://ishbor.uz/api", "body": "ishbor.uz/api.json"}) + "\n"
        + json.dumps({"url": "https://t.me/s/a", "body": "t.me/a.html"}) + "\n", encoding="utf-8")
    assert unprovenanced_recordings(snap) == [f"{snap}: no PROVENANCE.md"]
    (snap / "PROVENANCE.md").write_text(
        "| URL | body | notes |\n|---|---|---|\n| t.me/s/a | t.me/*.html | reconstructed |\n"
        "| gone | `gone.uz/x.json`, t.me/a.html | real |\n", encoding="utf-8")
    assert unprovenanced_recordings(snap) == [
        "https://ishbor.uz/api (ishbor.uz/api.json): no row names it in PROVENANCE.md",
        "PROVENANCE.md names gone.uz/x.json, which no manifest line records"]

    fixtures = tmp_path / "fixtures"
    for name in ("ishbor/api.json", "bad/cut.json", "bad/known.json", "remotive/PROVENANCE.md", "remotive/a.json"):
        (fixtures / name).parent.mkdir(parents=True, exist_ok=True)
        (fixtures / name).write_text("{}", encoding="utf-8")
    (fixtures / "PROVENANCE.md").write_text("| bad/known.json | constructed |\n", encoding="utf-8")
    assert unprovenanced_fixtures(fixtures) == [
        "bad/cut.json: no bad/PROVENANCE.md, and no row in PROVENANCE.md",
        "ishbor/api.json: no ishbor/PROVENANCE.md, and no row in PROVENANCE.md"]
