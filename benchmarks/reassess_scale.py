"""``vagigs reassess`` at scale: how long re-judging N stored postings takes.

Fills a fresh store (SQLite file by default, or ``--url`` PostgreSQL) with N postings whose titles and descriptions
cycle through the real labelled postings of ``tests/data/tags_dev.jsonl`` (each made unique with a suffix, with its
source's name as the company and the text hash the crawl's dedupe stage stores), indexes them for near-duplicates
as ``vagigs dedupe`` does (the context reads that index), then times ``reassess_store`` end to end: read, the
store context of each posting, judge, write. Prints the rate and the projected time for 1,000,000.

    python -m benchmarks.reassess_scale --n 20000
    python -m benchmarks.reassess_scale --n 20000 --workers 1
    python -m benchmarks.reassess_scale --n 20000 --url postgresql+psycopg://postgres@127.0.0.1:5432/reassess_bench
"""
from __future__ import annotations

import tempfile
import time

from benchmarks.retag_scale import empty_store, fill, options, rates


def main() -> None:
    from pipeline import dedupe
    from pipeline.legitimacy_store import reassess_store

    ap = options(20_000)
    ap.add_argument("--workers", type=int, default=None, help="judging processes (default: as the command chooses)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    url = empty_store(args.url, tmp, "reassess")
    took = fill(url, args.n, lambda row, values: {
        "company": row["source"], "text_hash": dedupe.text_hash(values["title"], values["description"])})
    t0 = time.perf_counter()
    dedupe.update(url)
    print(f"filled {args.n} postings in {took:.1f}s and indexed them in {time.perf_counter() - t0:.1f}s "
          f"({url.split(':')[0]})")
    c0 = time.process_time()
    report = reassess_store(url, workers=args.workers)
    rates(report, time.process_time() - c0, "reassess")


if __name__ == "__main__":
    main()
