"""Legitimacy speed: assessments per second on one core, over the committed dev postings.

``python -m benchmarks.legitimacy_speed`` prints the rate and the peak memory.
Postings are the EMSCAD dev rows and the board postings (long, real texts), the
same cut to their first 600 characters, and the 791 real postings of the six crawled sources
(``tests/data/tags_dev.jsonl``). Speed work is checked for identical results
with ``python -m benchmarks.legitimacy_identity`` (record before, compare after).
"""
from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from crawlers.items import PostingItem
from pipeline import legitimacy
from pipeline.legitimacy import data

SHORT = 600
TAGS_DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "tags_dev.jsonl"
ROUNDS = 5


def crawled_postings() -> list[PostingItem]:
    """The 791 real postings of the tags dev set (hh.uz, Jobinja, Remote OK, Remotive, We Work Remotely, Jobicy):
    what a crawl brings, in its own mix of languages and lengths."""
    out = []
    with open(TAGS_DEV, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            title, _, description = record["text"].partition("\n")
            out.append(PostingItem(source=record["source"], source_id=record["id"], title=title,
                                   description=description))
    return out


def main() -> None:
    argparse.ArgumentParser(prog="python -m benchmarks.legitimacy_speed",
                            description=__doc__.split("\n\n")[0]).parse_args()
    postings = data.read_emscad(data.EMSCAD_FRAUD) + data.read_emscad(data.EMSCAD_LEGIT) + data.read_jsonl(data.BOARD_LEGIT)
    legitimacy.assess(postings[0])  # load the model once
    short = [PostingItem(source="t", source_id=str(i), title=p.title, company=p.company,
                         description=(p.description or "")[:SHORT]) for i, p in enumerate(postings)]
    for name, batch in (("dev postings", postings), (f"first {SHORT} chars (Telegram-post length)", short),
                        ("the six crawled sources' postings (tests/data/tags_dev.jsonl)", crawled_postings())):
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
