"""``vagigs retag`` at scale: how long re-tagging N stored postings takes.

Fills a fresh store (SQLite file by default, or ``--url`` PostgreSQL) with N
postings whose titles and descriptions cycle through the real labelled
postings of ``tests/data/tags_dev.jsonl`` (each made unique with a suffix),
then times ``pipeline.tags.store_retag.retag`` end to end: read, tag, write ``postings``
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
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "tags_dev.jsonl"


def fill(url: str, n: int, more: Callable[[dict, dict], dict] | None = None) -> float:
    """``n`` postings cycling through the dev postings, each made unique by a suffix; ``more(dev line, values)``
    gives further columns. Returns the seconds it took."""
    from store import db
    from store.models import Posting

    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    db.migrate(url)
    eng = db.engine(url)
    t0 = time.perf_counter()
    batch = []
    with eng.begin() as conn:
        for i in range(n):
            row = rows[i % len(rows)]
            title, _, body = row["text"].partition("\n")
            values = {"source": "bench", "source_id": str(i), "title": title, "description": f"{body}\nref {i}"}
            batch.append({**values, **more(row, values)} if more else values)
            if len(batch) == 5000:
                conn.execute(Posting.__table__.insert(), batch)
                batch = []
        if batch:
            conn.execute(Posting.__table__.insert(), batch)
    return time.perf_counter() - t0


def empty_store(url: str | None, tmp: tempfile.TemporaryDirectory, name: str) -> str:
    """``url`` migrated and emptied (PostgreSQL), or a fresh SQLite file ``name`` in ``tmp``."""
    if not url:
        return f"sqlite:///{tmp.name}/{name}.db"
    if url.startswith("postgresql"):
        from store import db
        db.migrate(url)
        with db.engine(url).begin() as conn:
            conn.execute(text("TRUNCATE posting_tags, postings RESTART IDENTITY CASCADE"))
    return url


def options(default_n: int) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=default_n)
    ap.add_argument("--url", default=None, help="store URL (default: a fresh SQLite file in a temp dir)")
    return ap


def rates(report, cpu: float, name: str) -> None:  # type: ignore[no-untyped-def]
    """The report's first line, the projection for 1,000,000, peak memory and ``name_postings_per_second=``."""
    print(report.summary().splitlines()[0])
    rate = report.postings / report.seconds
    print(f"projected for 1,000,000 postings: {1_000_000 / rate / 60:.1f} min "
          f"(this process's CPU time {cpu:.1f}s; load average {os.getloadavg()[0]:.1f})")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print(f"{name}_postings_per_second={rate:.0f}")


def main() -> None:
    ap = options(50_000)
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    url = empty_store(args.url, tmp, "retag")
    took = fill(url, args.n)
    print(f"filled {args.n} postings in {took:.1f}s ({url.split(':')[0]})")
    from pipeline.tags.store_retag import retag_store

    c0 = time.process_time()
    report = retag_store(url, batch_size=args.batch, workers=args.workers)
    rates(report, time.process_time() - c0, "retag")


if __name__ == "__main__":
    main()
