"""Tagger identity check: ``tag_text()`` outputs on every labelled tags set, recorded and compared.

``python -m benchmarks.tags_identity record OUT.json`` writes the tags, per-tag scores (rounded to 6 places),
evidence, VA relevance and decision for every line of ``tests/data/tags_dev.jsonl``, ``tags_annotator_b.jsonl``,
``tags_uzbek_written.jsonl``, each ``tags_written_*/tags.jsonl`` and the tag-shaped ``written_e`` files (a
``title`` and ``description`` read as a title, a newline, a description), plus the dev texts cut to their first
600 characters (Telegram-post length) and with the speed benchmark's suffix ("\\nref 0");
``python -m benchmarks.tags_identity compare OUT.json`` recomputes them (twice: with empty caches and with
warm ones) and lists every posting whose result changed (exit status 1 if any). Used to keep speed work
result-preserving.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks.identity import record_or_compare
from pipeline.tags import tag_text

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SHORT = 600


def _files() -> list[Path]:
    return ([DATA / "tags_dev.jsonl", DATA / "tags_annotator_b.jsonl", DATA / "tags_uzbek_written.jsonl"]
            + sorted(DATA.glob("tags_written_*/tags.jsonl")) + sorted((DATA / "written_e").glob("*.jsonl")))


def _title_body(row: dict) -> tuple[str, str] | None:
    if isinstance(row.get("text"), str):
        title, _, body = row["text"].partition("\n")
        return title, body
    if isinstance(row.get("title"), str) or isinstance(row.get("description"), str):
        return row.get("title") or "", row.get("description") or ""
    return None


def texts() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for path in _files():
        name = f"{path.parent.name}/{path.stem}" if path.parent != DATA else path.stem
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            tb = _title_body(json.loads(line))
            if tb is None:
                continue
            out.append((f"{name}:{i}", *tb))
            if path.stem == "tags_dev":
                title, body = tb
                out.append((f"{name}:{i}:short", *_title_body({"text": f"{title}\n{body}"[:SHORT]})))
                out.append((f"{name}:{i}:ref", title, f"{body}\nref 0"))
    return out


def outputs() -> dict[str, list]:
    res = {}
    for key, title, body in texts():
        r = tag_text(title, body)
        res[key] = [r.tags, {t: round(v, 6) for t, v in r.scores.items()}, r.evidence, round(r.va_relevance, 6),
                    r.va_relevant]
    return res


def main(argv: list[str]) -> int:
    return record_or_compare(argv, outputs, rounds=2, prog="python -m benchmarks.tags_identity",
                             description=__doc__.split("\n\n")[0])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
