"""The record-and-compare command behind the stages' identity checks (``legitimacy_identity``, ``tags_identity``).

``record OUT.json`` writes what ``outputs()`` gives; ``compare OUT.json`` computes it again (``rounds`` times:
a second round reads with the caches the first one filled) and lists every key whose output changed, with exit
status 1 if any did.
"""
from __future__ import annotations

import argparse
import json
from typing import Callable

Outputs = Callable[[], dict]


def _changed(before: dict, now: dict) -> list[str]:
    diff = [k for k in before if before[k] != now.get(k)]
    for k in diff[:20]:
        print(f"{k}: before={before[k]} now={now.get(k)}")
    return diff


def record_or_compare(argv: list[str], outputs: Outputs, rounds: int = 1, prog: str | None = None,
                      description: str | None = None) -> int:
    """The command's arguments (``record|compare OUT.json``), read before any output is computed."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("mode", choices=("record", "compare"),
                        help="record: write the outputs to OUT.json; compare: compute them again and list what changed "
                             "(exit status 1 if anything did)")
    parser.add_argument("path", metavar="OUT.json")
    args = parser.parse_args(argv)
    mode, path = args.mode, args.path
    now = outputs()
    if mode == "record":
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(now, fh, ensure_ascii=False, sort_keys=True)
        print(f"recorded={len(now)}")
        return 0
    with open(path, encoding="utf-8") as fh:
        before = json.load(fh)
    changed = [_changed(before, now)] + [_changed(before, outputs()) for _ in range(rounds - 1)]
    counts = " ".join(f"changed{'' if i == 0 else '_warm'}={len(c)}" for i, c in enumerate(changed))
    print(f"compared={len(before)} {counts}")
    return 1 if any(changed) or len(now) != len(before) else 0
