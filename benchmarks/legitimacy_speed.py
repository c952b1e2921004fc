"""Legitimacy speed: assessments per second on one core, over the committed dev postings.

``python -m benchmarks.legitimacy_speed`` prints the rate and the peak memory.
Postings are the EMSCAD dev rows and the board postings (long, real texts).
"""
from __future__ import annotations

import resource
import time

from crawlers.items import PostingItem
from pipeline import legitimacy
from pipeline.legitimacy import data

SHORT = 600


def main() -> None:
    postings = data.read_emscad(data.EMSCAD_FRAUD) + data.read_emscad(data.EMSCAD_LEGIT) + data.read_jsonl(data.BOARD_LEGIT)
    legitimacy.assess(postings[0])  # load the model once
    short = [PostingItem(source="t", source_id=str(i), title=p.title, company=p.company,
                         description=(p.description or "")[:SHORT]) for i, p in enumerate(postings)]
    for name, batch in (("dev postings", postings), (f"first {SHORT} chars (Telegram-post length)", short)):
        rounds = 3
        start = time.process_time()  # CPU time of this process: the machine may be shared
        for _ in range(rounds):
            for p in batch:
                legitimacy.assess(p)
        elapsed = time.process_time() - start
        chars = sum(len(p.description or "") for p in batch) / len(batch)
        print(f"{name}: n={len(batch)} mean_chars={chars:.0f} assessments_per_cpu_second={rounds * len(batch) / elapsed:.0f}")
    print(f"peak_rss_mib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")


if __name__ == "__main__":
    main()
