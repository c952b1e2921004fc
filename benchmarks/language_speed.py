"""Detections per second and memory added by the language detector.

Each document is a real title (a short line of ``tests/data/langid_dev.jsonl``) plus a
300-word description made of that language's real dev sentences, for uz (Latin and
Cyrillic), fa and en in turn — what the pipeline passes to ``detect``. One process,
one core; memory is the resident-set growth from importing the detector, loading its
models and running it.

    python -m benchmarks.language_speed [--docs 20000] [--words 300]
"""
from __future__ import annotations

import argparse
import gc
import json
import time
from itertools import cycle
from pathlib import Path

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "langid_dev.jsonl"


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def documents(n: int, words: int) -> list[str]:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    groups: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        if row["lang"] in ("uz", "fa", "en"):
            groups.setdefault((row["lang"], row["script"]), []).append(row["text"])
    docs = []
    keys = cycle(sorted(groups))
    for i in range(n):
        texts = groups[next(keys)]
        title = min(texts[i % len(texts)], texts[(i + 1) % len(texts)], key=len)
        body: list[str] = []
        j = i
        while len(body) < words:
            body += texts[j % len(texts)].split()
            j += 7
        docs.append(title + "\n" + " ".join(body[:words]))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--words", type=int, default=300)
    args = ap.parse_args()
    docs = documents(args.docs, args.words)
    gc.collect()
    before = rss_mb()
    from pipeline import language

    for doc in docs[:200]:  # loads the models
        language.detect(doc)
    # CPU time of this process: the figure for one core, not disturbed by other work on the machine.
    t0, c0 = time.perf_counter(), time.process_time()
    for doc in docs:
        language.detect(doc)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    added = rss_mb() - before
    chars = sum(map(len, docs)) / len(docs)
    print(f"documents: {len(docs)} (title + {args.words}-word description, {chars:.0f} chars on average)")
    print(f"memory_added_mb={added:.1f}")
    print(f"wall_clock_detections_per_second={len(docs) / elapsed:.0f}")
    print(f"detections_per_second={len(docs) / cpu:.0f}")


if __name__ == "__main__":
    main()
