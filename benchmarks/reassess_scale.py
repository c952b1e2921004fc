"""``vagigs reassess`` at scale: how long re-judging N stored postings takes.

Fills a fresh store (SQLite file by default, or ``--url`` PostgreSQL) with N postings whose titles and descriptions
cycle through the real labelled postings of ``tests/data/tags_dev.jsonl`` (each made unique with a suffix, with its
source's name as the company and the text hash the crawl's dedupe stage stores), indexes them for near-duplicates
as ``vagigs dedupe`` does (the context reads that index), then times ``reassess_store`` end to end: read, the
store context of each posting, judge, write. Prints the rate and the projected time for 1,000,000.

    python -m benchmarks.reassess_scale --n 20000
    python -m benchmarks.reassess_scale --n 20000 --url postgresql+psycopg://postgres@127.0.0.1:5432/reassess_bench
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "tags_dev.jsonl"


def fill(url: str, n: int) -> float:
    from pipeline import dedupe
    from store import db
    from store.models import Posting

    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    db.migrate(url)
    t0 = time.perf_counter()
    batch = []
    with db.engine(url).begin() as conn:
        for i in range(n):
            row = rows[i % len(rows)]
            title, _, body = row["text"].partition("\n")
            description = f"{body}\nref {i}"
            batch.append({"source": "bench", "source_id": str(i), "title": title, "description": description,
                          "company": row["source"], "text_hash": dedupe.text_hash(title, description)})
            if len(batch) == 5000:
                conn.execute(Posting.__table__.insert(), batch)
                batch = []
        if batch:
            conn.execute(Posting.__table__.insert(), batch)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--url", default=None, help="store URL (default: a fresh SQLite file in a temp dir)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    url = args.url or f"sqlite:///{tmp.name}/reassess.db"
    if url.startswith("postgresql"):
        from store import db
        db.migrate(url)
        with db.engine(url).begin() as conn:
            conn.execute(text("TRUNCATE posting_tags, postings RESTART IDENTITY CASCADE"))
    took = fill(url, args.n)
    from pipeline import dedupe

    t0 = time.perf_counter()
    dedupe.update(url)
    print(f"filled {args.n} postings in {took:.1f}s and indexed them in {time.perf_counter() - t0:.1f}s "
          f"({url.split(':')[0]})")
    from pipeline.legitimacy_store import reassess_store

    c0 = time.process_time()
    report = reassess_store(url)
    cpu = time.process_time() - c0
    print(report.summary().splitlines()[0])
    rate = report.postings / report.seconds
    print(f"projected for 1,000,000 postings: {1_000_000 / rate / 60:.0f} min "
          f"(this process's CPU time {cpu:.1f}s; load average {os.getloadavg()[0]:.1f})")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print(f"reassess_postings_per_second={rate:.0f}")


if __name__ == "__main__":
    main()
