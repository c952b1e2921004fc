"""The curated feed over a store where most gigs have closed: how long a page with its total takes.

A closed representative stays in the feed while a duplicate of it is open and could stand in for it
(``store.queries.still_open``), which the feed's queries must look up. This builds a store of N postings copied
from any store of real ones (``vagigs demo --no-serve`` leaves one at the default place), in duplicate clusters
of two, about 70 % of them past their closing date, indexes their search words, then times
``store.web_queries.feed_page`` (a page of 20 with its total) for the plain feed, a language, a source, remote
gigs (all, and those open to Uzbekistan), a legitimacy floor, a task, the 500th page, and search words, common
and rare:

    vagigs demo --no-serve
    python -m benchmarks.closed_feed --source sqlite:///$HOME/.local/share/vagigs/vagigs.db --n 200000
    createdb -h 127.0.0.1 -U postgres closed_feed   # the same on PostgreSQL, in an empty database
    python -m benchmarks.closed_feed --source sqlite:///... --n 200000 --into postgresql+psycopg://postgres@127.0.0.1/closed_feed

Prints the build time and, per query, the best of ``--rounds`` times, the total and the cards shown.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import timedelta
from pathlib import Path

QUERIES = (("feed", {}), ("lang=fa", {"languages": ["fa"]}), ("source=remoteok", {"sources": ["remoteok"]}),
           ("remote=1", {"remote_only": True}), ("open_to=UZ", {"remote_only": True, "open_to": "UZ"}),
           ("min_legitimacy=80", {"min_legitimacy": 80}), ("tag=customer_support", {"tags": ["customer_support"]}),
           ("page 500", {"offset": 9980}),
           ("q=assistant", {"q": "assistant"}), ("q=bookkeeping", {"q": "bookkeeping"}),
           ("q=ledgerly", {"q": "ledgerly"}), ("q=zzqx (nowhere)", {"q": "zzqx"}))
CLOSED_SHARE = 0.7


def build(source_url: str, url: str, n: int, seed: int = 1) -> int:
    """``n`` postings in the store at ``url``: the postings of ``source_url`` repeated, posting 2k and 2k+1 one
    cluster (the first its representative), each VA work and ok, ``CLOSED_SHARE`` of them closed a day ago."""
    from sqlalchemy import insert, select

    from pipeline.textnorm import search_text, search_version
    from store import db, queries, search
    from store.models import DERIVED_FIELDS, Posting, PostingTag

    db.migrate(url)
    skip = {"id", "crawl_run_id", *DERIVED_FIELDS}
    with db.sessions(source_url)() as s:
        rows = [{c.name: getattr(p, c.name) for c in Posting.__table__.columns if c.name not in skip}
                for p in s.scalars(select(Posting))]
    if not rows:
        raise SystemExit(f"{source_url} holds no posting to copy")
    rnd, now = random.Random(seed), queries.utcnow()
    out = []
    for i in range(n):
        r = dict(rnd.choice(rows))
        r.update(source_id=f"{r['source_id']}-{i}", va_relevant=True, legitimacy_verdict="ok",
                 cluster_id=i // 2 + 1, is_representative=i % 2 == 0, delisted_at=None,
                 expires_at=now - timedelta(days=1) if rnd.random() < CLOSED_SHARE else None,
                 posted_at=now - timedelta(minutes=i))
        out.append(r)
    with db.engine(url).begin() as conn:
        for k in range(0, n, 5000):
            conn.execute(insert(Posting), out[k:k + 5000])
        tagged = [{"posting_id": pid, "tag": t} for pid, tags in conn.execute(select(Posting.id, Posting.tags))
                  for t in dict.fromkeys(tags or ())]
        for k in range(0, len(tagged), 5000):
            conn.execute(insert(PostingTag), tagged[k:k + 5000])
    filled = search.fill(db.sessions(url), search_text, version=search_version())
    if url.startswith("postgresql"):  # what autovacuum would soon do after a bulk load; the plans depend on it
        with db.engine(url).connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", help="store URL whose postings are copied (not with --as-built)")
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--dir", default=None, help="where the store file goes (default: a temporary folder)")
    parser.add_argument("--into", default=None, help="an empty store to build in instead (e.g. a PostgreSQL database)")
    parser.add_argument("--as-built", action="store_true",
                        help="time the store at --into as it is, without building (an A/B of code or indexes)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from pipeline.remote import open_to
    from pipeline.textnorm import search_words
    from store import db, queries, web_queries

    if args.into:
        url = args.into
    else:
        path = Path(args.dir or tempfile.mkdtemp(prefix="vagigs-closed-")) / f"closed_{args.n}.db"
        path.unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    if not args.as_built:
        start = time.perf_counter()
        build(args.source, url, args.n)
        print(f"built {args.n:,} postings ({CLOSED_SHARE:.0%} closed, clusters of 2) in "
              f"{time.perf_counter() - start:.0f} s")
    for name, given in QUERIES:
        asked = dict(given)
        words = search_words(asked.pop("q")) if "q" in asked else ()
        if "open_to" in asked:
            asked["open_to_regions"] = sorted(open_to(asked.pop("open_to")))
        f = queries.FeedFilter(search_terms=words, limit=20, now=queries.utcnow(), **asked)
        best, total, shown = float("inf"), 0, 0
        for _ in range(args.rounds):
            with db.sessions(url)() as session:
                t = time.perf_counter()
                rows, total = web_queries.feed_page(session, f)
                best = min(best, time.perf_counter() - t)
                shown = len(rows)
        print(f"{name:18} {best * 1000:7.0f} ms  total={total:,} shown={shown}")


if __name__ == "__main__":
    main()
