"""Legitimacy identity check: ``assess()`` outputs on every dev posting, recorded and compared.

``python -m benchmarks.legitimacy_identity record OUT.json`` writes score, verdict and
reasons (code, weight, text, span) for the EMSCAD dev fraud and legit rows, the board
postings, and each of them cut to its first 600 characters (Telegram-post length);
``python -m benchmarks.legitimacy_identity compare OUT.json`` recomputes them and lists
every posting whose assessment changed (exit status 1 if any). Used to keep speed work
result-preserving.
"""
from __future__ import annotations

import sys

from benchmarks.identity import record_or_compare
from crawlers.items import PostingItem
from pipeline import legitimacy
from pipeline.legitimacy import data

SHORT = 600


def postings() -> list[tuple[str, PostingItem]]:
    out: list[tuple[str, PostingItem]] = []
    for path, reader in ((data.EMSCAD_FRAUD, data.read_emscad), (data.EMSCAD_LEGIT, data.read_emscad),
                         (data.BOARD_LEGIT, data.read_jsonl)):
        for i, p in enumerate(reader(path)):
            out.append((f"{path.stem}:{i}", p))
            out.append((f"{path.stem}:{i}:short", PostingItem(
                source="t", source_id=str(i), title=p.title, company=p.company,
                description=(p.description or "")[:SHORT])))
    return out


def outputs() -> dict[str, list]:
    res = {}
    for key, p in postings():
        a = legitimacy.assess(p)
        res[key] = [a.score, a.verdict, [[r.code, r.weight, r.text, r.span] for r in a.reasons]]
    return res


def main(argv: list[str]) -> int:
    return record_or_compare(argv, outputs, prog="python -m benchmarks.legitimacy_identity",
                             description=__doc__.split("\n\n")[0])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
