"""Legitimacy speed: assessments per second on one core, over the committed dev postings.

``python -m benchmarks.legitimacy_speed`` prints the rate and the peak memory.
Postings are the EMSCAD dev rows and the board postings (long, real texts), and the
same cut to their first 600 characters. Speed work is checked for identical results
with ``python -m benchmarks.legitimacy_identity`` (record before, compare after).
"""
from __future__ import annotations

import resource
import time

from crawlers.items import PostingItem
from pipeline import legitimacy
from pipeline.legitimacy import data

SHORT = 600
ROUNDS = 5


def main() -> None:
    postings = data.read_emscad(data.EMSCAD_FRAUD) + data.read_emscad(data.EMSCAD_LEGIT) + data.read_jsonl(data.BOARD_LEGIT)
    legitimacy.assess(postings[0])  # load the model once
    short = [PostingItem(source="t", source_id=str(i), title=p.title, company=p.company,
                         description=(p.description or "")[:SHORT]) for i, p in enumerate(postings)]
    for name, batch in (("dev postings", postings), (f"first {SHORT} chars (Telegram-post length)", short)):
        times = []
        for _ in range(ROUNDS):
            start = time.process_time()  # CPU time of this process: the machine may be shared
            for p in batch:
                legitimacy.assess(p)
            times.append(time.process_time() - start)
        chars = sum(len(p.description or "") for p in batch) / len(batch)
        # the best round: on a loaded machine the slower rounds measure the neighbours, not the code
        print(f"{name}: n={len(batch)} mean_chars={chars:.0f} "
              f"assessments_per_cpu_second={len(batch) / min(times):.0f} (best of {ROUNDS}; "
              f"mean {ROUNDS * len(batch) / sum(times):.0f})")
    print(f"peak_rss_mib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")


if __name__ == "__main__":
    main()
