"""``vagigs retag`` at scale: how long re-tagging N stored postings takes.

Fills a fresh store (SQLite file by default, or ``--url`` PostgreSQL) with N
postings whose titles and descriptions cycle through the real labelled
postings of ``tests/data/tags_dev.jsonl`` (each made unique with a suffix),
then times ``pipeline.tags.retag`` end to end: read, tag, write ``postings``
and ``posting_tags``. Prints the rate and the projected time for 1,000,000.

    python -m benchmarks.retag_scale --n 50000
    python -m benchmarks.retag_scale --n 1000000 --workers 2
    python -m benchmarks.retag_scale --n 50000 --url postgresql+psycopg://postgres@127.0.0.1:5432/retag_bench
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
    from store import db
    from store.models import Posting

    rows = [json.loads(line)["text"].partition("\n") for line in DEV.read_text(encoding="utf-8").splitlines()]
    db.migrate(url)
    eng = db.engine(url)
    t0 = time.perf_counter()
    batch = []
    with eng.begin() as conn:
        for i in range(n):
            title, _, body = rows[i % len(rows)]
            batch.append({"source": "bench", "source_id": str(i), "title": title,
                          "description": f"{body}\nref {i}"})
            if len(batch) == 5000:
                conn.execute(Posting.__table__.insert(), batch)
                batch = []
        if batch:
            conn.execute(Posting.__table__.insert(), batch)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--url", default=None, help="store URL (default: a fresh SQLite file in a temp dir)")
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    url = args.url or f"sqlite:///{tmp.name}/retag.db"
    if url.startswith("postgresql"):
        from store import db
        db.migrate(url)
        with db.engine(url).begin() as conn:
            conn.execute(text("TRUNCATE posting_tags, postings RESTART IDENTITY CASCADE"))
    took = fill(url, args.n)
    print(f"filled {args.n} postings in {took:.1f}s ({url.split(':')[0]})")
    from pipeline.tags.store_retag import retag_store

    c0 = time.process_time()
    report = retag_store(url, batch_size=args.batch, workers=args.workers)
    cpu = time.process_time() - c0
    print(report.summary().splitlines()[0])
    rate = report.postings / report.seconds
    print(f"projected for 1,000,000 postings: {1_000_000 / rate / 60:.1f} min "
          f"(this process's CPU time {cpu:.1f}s; load average {os.getloadavg()[0]:.1f})")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print(f"retag_postings_per_second={rate:.0f}")


if __name__ == "__main__":
    main()
