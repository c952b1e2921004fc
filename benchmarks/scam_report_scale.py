"""``vagigs report scams`` at scale: how long each grouping takes over N stored postings.

Fills a fresh store (SQLite file by default, or ``--url`` PostgreSQL) with N postings cycling through the real
labelled postings of ``tests/data/tags_dev.jsonl``, each with the verdict and reasons the legitimacy stage gives
its text and a posting day spread over a year, then times ``store.reports.scam_rates`` by source, week and
reason (best of ``--rounds``). By reason reads the stored reasons of every posting that has any (a scan of the
postings table), where the other groupings count from the curation index.

    python -m benchmarks.scam_report_scale --n 200000
    python -m benchmarks.scam_report_scale --n 200000 --url postgresql+psycopg://postgres@127.0.0.1:5432/scams_bench
"""
from __future__ import annotations

import tempfile
import time
from datetime import datetime, timedelta, timezone

from benchmarks.retag_scale import empty_store, fill, options

START = datetime(2025, 1, 1, tzinfo=timezone.utc)


def main() -> None:
    from crawlers.items import PostingItem
    from pipeline.legitimacy import assess
    from store import db, reports

    ap = options(200_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    url = empty_store(args.url, tmp, "scams")
    judged: dict[str, tuple[str, list[dict]]] = {}

    def verdict(row: dict, values: dict) -> dict:
        if row["id"] not in judged:
            title, _, body = row["text"].partition("\n")
            a = assess(PostingItem(source=row["source"], source_id=row["id"], title=title, description=body))
            judged[row["id"]] = (a.verdict, [r.as_dict() for r in a.reasons])
        v, reasons = judged[row["id"]]
        i = int(values["source_id"])
        return {"legitimacy_verdict": v, "legitimacy_reasons": reasons, "is_representative": True,
                "posted_at": START + timedelta(minutes=(i * 53) % (365 * 24 * 60))}

    took = fill(url, args.n, verdict)
    with db.sessions(url)() as session:
        flagged = sum(r["likely_scam"] + r["caution"] for r in reports.scam_rates(session, "source"))
    with_reasons = sum(1 for _, reasons in judged.values() if reasons)
    print(f"filled {args.n:,} postings ({flagged:,} flagged; {with_reasons} of the {len(judged)} distinct texts give "
          f"a reason) in {took:.1f} s; {db.engine(url).dialect.name}")
    for by in ("source", "week", "reason"):
        best = float("inf")
        for _ in range(args.rounds):
            with db.sessions(url)() as session:
                t0 = time.perf_counter()
                rows = reports.scam_rates(session, by)
                best = min(best, time.perf_counter() - t0)
        print(f"scam_rates by {by}: {best * 1000:.0f} ms ({len(rows)} rows)")


if __name__ == "__main__":
    main()
