"""Postings per second through the whole crawl → curate → store path, and peak memory.

Builds a replay snapshot from the shipped real Remote OK and We Work Remotely
captures repeated ``--copies`` times with distinct ids (RemoteOK's array and each
feed grow ``copies``-fold), crawls those two sources over HTTP on 127.0.0.1 into a
fresh SQLite store through every pipeline stage, and prints the figures.

    python -m benchmarks.pipeline_throughput --copies 20
"""
from __future__ import annotations

import argparse
import copy
import json
import resource
import tempfile
import time
from pathlib import Path

from lxml import etree

from replay import SHIPPED_SNAPSHOT, snapshot_format


SOURCES = ("remoteok", "weworkremotely")


def build_snapshot(target: Path, copies: int) -> int:
    entries = snapshot_format.load(SHIPPED_SNAPSHOT)
    total = 0
    for entry in entries.values():
        if not entry.url.startswith(("https://remoteok.com/api", "https://weworkremotely.com/")):
            continue
        body = (SHIPPED_SNAPSHOT / entry.body).read_bytes()
        if entry.url.endswith("/api"):
            data = json.loads(body)
            jobs = []
            for i in range(copies):
                for job in data[1:]:
                    j = dict(job, id=f"{job['id']}-{i}", position=f"{job['position']} #{i}")
                    jobs.append(j)
            total += len(jobs)
            body = json.dumps([data[0], *jobs]).encode()
        else:
            root = etree.fromstring(body)
            channel = root.find("channel")
            items = channel.findall("item")
            for i in range(1, copies):
                for item in items:
                    clone = copy.deepcopy(item)
                    clone.find("guid").text += f"-{i}"
                    clone.find("link").text += f"-{i}"
                    clone.find("title").text += f" #{i}"
                    channel.append(clone)
            total += len(items) * copies
            body = etree.tostring(root, xml_declaration=True, encoding="utf-8")
        snapshot_format.append(target, entry, body)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    from crawlers.run import run_crawl
    from store import db, queries

    with tempfile.TemporaryDirectory() as tmp:
        snap = Path(tmp) / "snap"
        expected = build_snapshot(snap, args.copies)
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        db.migrate(url)
        start = time.perf_counter()
        run_crawl(SOURCES, replay_dir=snap, database_url=url, overrides={"LOG_LEVEL": "WARNING"})
        elapsed = time.perf_counter() - start
        with db.sessions(url)() as session:
            stored = queries.count_postings(session)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"postings offered: {expected}")
    print(f"postings stored: {stored}")
    print(f"seconds: {elapsed:.2f}")
    print(f"postings_per_second={stored / elapsed:.0f}")
    print(f"peak_rss_mb={peak_mb:.0f}")


if __name__ == "__main__":
    main()
