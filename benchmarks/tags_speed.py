"""Tagging throughput on one core: postings per second through ``pipeline.tags.tag``.

Uses the real labelled postings in ``tests/data/tags_dev.jsonl`` (791 since 2026-12-03; English,
Russian, Persian; 2.5k characters on average), wrapped as ``PostingItem``s,
repeated ``--rounds`` times with a unique suffix per round so the per-token
match cache cannot memoise whole postings. Prints the cold first round (empty
caches, taxonomy compile included) and the steady state separately.

    python -m benchmarks.tags_speed --rounds 20

On a shared machine the CPU-time figure moves with the neighbours' load
(cache and hyper-thread contention). A load-independent comparison is the
instruction count of N rounds minus one round over the dev texts, e.g.
``valgrind --tool=cachegrind --cache-sim=no python script.py N``: 2.49M
instructions per posting before the chunk-wise link stripping, cached n-gram
evidence and 4,000-character description cap, 1.49M after.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from crawlers.items import PostingItem

DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "tags_dev.jsonl"


def load_items() -> list[PostingItem]:
    items = []
    for i, line in enumerate(DEV.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        title, _, body = row["text"].partition("\n")
        items.append(PostingItem(source="bench", source_id=str(i), title=title, description=body))
    return items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    # One process, one thread: one core. (Not pinned: on a shared machine pinning to a
    # busy core measures the neighbours.)
    items = load_items()
    chars = sum(len(i.title or "") + len(i.description or "") for i in items)
    t0 = time.perf_counter()
    from pipeline.tags import tag  # taxonomy compiled and model loaded on first use

    for it in items:
        tag(it)
    cold = time.perf_counter() - t0
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for r in range(args.rounds):
        for it in items:
            it2 = PostingItem(source="bench", source_id=f"{r}-{it.source_id}", title=it.title,
                              description=f"{it.description}\nref {r}")
            tag(it2)
            n += 1
    warm, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"postings: {len(items)} real ({chars / len(items):.0f} chars on average), {args.rounds} rounds")
    print(f"cold first round (compile + empty caches): {len(items) / cold:.0f} postings/s")
    print(f"steady state: {n} postings in {warm:.2f}s wall = {n / warm:.0f} postings/s on one core; "
          f"CPU time {cpu:.2f}s = {n / cpu:.0f} postings/s")
    print(f"load average now: {os.getloadavg()[0]:.1f} (other processes on the machine slow the wall-clock figure)")
    print(f"peak RSS: {rss:.0f} MiB")
    print(f"postings_per_second={n / cpu:.0f}")


if __name__ == "__main__":
    main()
