"""Legitimacy speed: assessments per second on one core, over the committed dev postings.

``python -m benchmarks.legitimacy_speed`` prints the rate and the peak memory.
Postings are the EMSCAD dev rows and the board postings (long, real texts).
"""
from __future__ import annotations

import resource
import time

from pipeline import legitimacy
from pipeline.legitimacy import data


def main() -> None:
    postings = data.read_emscad(data.EMSCAD_FRAUD) + data.read_emscad(data.EMSCAD_LEGIT) + data.read_jsonl(data.BOARD_LEGIT)
    legitimacy.assess(postings[0])  # load the model once
    rounds = 3
    start = time.perf_counter()
    for _ in range(rounds):
        for p in postings:
            legitimacy.assess(p)
    elapsed = time.perf_counter() - start
    n = rounds * len(postings)
    chars = sum(len(p.description or "") for p in postings) / len(postings)
    print(f"postings={len(postings)} mean_chars={chars:.0f}")
    print(f"peak_rss_mib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    print(f"assessments_per_second={n / elapsed:.0f}")


if __name__ == "__main__":
    main()
