"""The web app over a large store: how long each page takes to answer.

Point it at a big store, e.g. the one ``benchmarks.dedupe_scale --sizes 1000000 --keep``
leaves (a million mutated real postings):

    python -m benchmarks.web_scale sqlite:////var/tmp/b/dedupe_1000000.db

Migrates the store if needed (timed: the first run on an older store folds every posting's
words for search), then serves each route through Flask's test client
(no network) a few times and prints the best time per route, with the posting count.
"""
from __future__ import annotations

import argparse
import time

ROUTES = ("/", "/?page=50", "/api/postings?limit=50", "/?source=remoteok", "/?since=7d", "/feed.rss",
          "/feed.atom", "/trends", "/api/trends", "/?q=assistant", "/?q=Virtual+Assistant", "/?q=ёрдамчи",
          "/api/postings?q=data+entry", "/?q=zzqx")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url", help="store URL")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from store import db, queries
    from web.app import create_app

    from pipeline.textnorm import search_text, search_version
    from store import search

    start = time.perf_counter()
    db.migrate(args.url)
    migrated = time.perf_counter()
    # once per store: what create_app would do
    folded = search.fill(db.sessions(args.url), search_text, version=search_version())
    print(f"migrate {migrated - start:.1f} s; search words of {folded:,} postings folded and indexed in "
          f"{time.perf_counter() - migrated:.1f} s")
    with db.sessions(args.url)() as session:
        print(f"postings: {queries.count_postings(session):,}")
    start = time.perf_counter()
    client = create_app(args.url).test_client()
    print(f"web app ready in {(time.perf_counter() - start) * 1000:.0f} ms")
    for route in ROUTES:
        best = float("inf")
        for _ in range(args.rounds):
            start = time.perf_counter()
            status = client.get(route).status_code
            best = min(best, time.perf_counter() - start)
        print(f"{route:28} {status} {best * 1000:8.0f} ms (best of {args.rounds})")


if __name__ == "__main__":
    main()
