"""Dedupe at scale: cluster N postings from scratch, then add 10,000 to the index.

Postings are made by mutating the real postings of ``tests/data/dedupe_pairs.jsonl``
(themselves from the real samples): most are *fresh* ads — a real ad's sentences
reordered, half of them swapped for sentences of other real ads, under another
company — and the rest are *reposts* of an earlier ad (emoji line, hashtags, a
sentence dropped or two swapped, new id and URL; 15%) or *templates* (the same ad
in another city or with other pay; 5%), which must stay apart. They go into a
fresh SQLite store file; then the real code path runs: ``cluster.rebuild`` (from
scratch) and ``dedupe.update`` (incremental) against that store.

    python -m benchmarks.dedupe_scale                       # 10k, 100k, 1M
    python -m benchmarks.dedupe_scale --sizes 10000,100000
    python -m benchmarks.dedupe_scale --sizes 1000000 --dir /var/tmp/b --keep   # then, any number of times:
    python -m benchmarks.dedupe_scale --reuse /var/tmp/b/dedupe_1000000.db      # time only an add of 10,000

Prints, per size: rebuild time and rate, peak memory (this process and the worker
processes), how the planted reposts and templates were clustered, and the time to
add 10,000 new postings to the index.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "data" / "dedupe_pairs.jsonl"
EMOJI = ["🔥 Still hiring!", "⚡️ REPOST", "✅ Vakansiya hali ham ochiq!", "‼️ Срочно", "🔁 آگهی مجدد"]
CITIES = ["Tashkent", "Samarkand", "Bukhara", "Tehran", "Shiraz", "Isfahan", "Moscow", "Almaty", "Berlin",
          "Austin, Texas, United States", "Toronto, Canada", "Bengaluru, India"]


def seeds() -> tuple[list[dict], list[str]]:
    postings, seen = [], set()
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for side in ("a", "b"):
            p = rec[side]
            if p["description"] and len(p["description"]) > 200 and p["url"] not in seen:
                seen.add(p["url"])
                postings.append(p)
    sentences = [s for p in postings for s in split(p["description"]) if len(s) > 30]
    return postings, sentences


def split(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?؟\n])\s+", text) if s.strip()]


class Maker:
    """Deterministic stream of mutated postings, with the truth about reposts and templates."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.seeds, self.sentences = seeds()
        self.companies = sorted({p["company"] for p in self.seeds if p["company"]}) or ["Acme"]
        self.made: list[dict] = []
        self.n = 0

    def fresh(self) -> dict:
        r = self.rng
        base = r.choice(self.seeds)
        sents = split(base["description"])
        r.shuffle(sents)
        sents = [r.choice(self.sentences) if r.random() < 0.5 else s for s in sents][:25]
        company = f"{r.choice(self.companies)} {r.randrange(100000)}"
        return {"title": base["title"], "company": company, "description": " ".join(sents),
                "location": r.choice(CITIES), "salary_raw": f"{r.randrange(3, 90) * 100} USD", "kind": "fresh"}

    def repost(self, of: dict) -> dict:
        r = self.rng
        sents = split(of["description"])
        if len(sents) > 6:
            sents.pop(r.randrange(1, len(sents)))
        if len(sents) > 4:
            i = r.randrange(1, len(sents) - 1)
            sents[i], sents[i + 1] = sents[i + 1], sents[i]
        desc = r.choice(EMOJI) + "\n" + " ".join(sents) + "\n#job #remote"
        return dict(of, description=desc, kind="repost", of=of["n"])

    def template(self, of: dict) -> dict:
        r = self.rng
        if r.random() < 0.5:
            return dict(of, location=r.choice([c for c in CITIES if c != of["location"]]), kind="template", of=of["n"])
        return dict(of, salary_raw=f"{r.randrange(91, 200) * 100} USD", kind="template", of=of["n"])

    def next(self) -> dict:
        x = self.rng.random()
        if self.made and x < 0.15:
            p = self.repost(self.rng.choice(self.made[-50000:]))
        elif self.made and x < 0.20:
            p = self.template(self.rng.choice(self.made[-50000:]))
        else:
            p = self.fresh()
        p["n"] = self.n
        self.n += 1
        if p["kind"] == "fresh" and len(self.made) < 50000:
            self.made.append(p)
        elif p["kind"] == "fresh":
            self.made[self.rng.randrange(len(self.made))] = p
        return p


INSERT = ("INSERT INTO postings (source, source_id, url, title, company, description, location, salary_raw,"
          " first_seen_at, last_seen_at, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")


def _hashes(rows: list[tuple]) -> list[tuple]:
    from pipeline.dedupe.text import content_hash

    return [(*r, content_hash(r[3], r[4], r[5])) for r in rows]


def fill(db_file: Path, maker: Maker, count: int, start: datetime, workers: int = 2) -> dict[int, dict]:
    """Insert ``count`` postings straight into the store's table as the crawl leaves them
    (``content_hash`` set by the crawl stage, every posting its own cluster)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    truth = {}
    con = sqlite3.connect(db_file)
    first = con.execute("SELECT coalesce(max(id), 0) FROM postings").fetchone()[0]

    def chunks():  # type: ignore[no-untyped-def]
        rows = []
        for i in range(count):
            p = maker.next()
            n = p["n"]
            seen = (start + timedelta(seconds=n)).replace(tzinfo=None).isoformat(sep=" ")
            rows.append(("bench", f"b{n}", f"https://example.org/jobs/{n}", p["title"], p["company"],
                         p["description"], p["location"], p["salary_raw"], seen, seen))
            truth[first + i + 1] = {"n": n, "kind": p["kind"], "of": p.get("of")}
            if len(rows) == 5000 or i == count - 1:
                yield rows
                rows = []

    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        pending = []
        for rows in chunks():  # a few chunks in flight: memory stays flat
            pending.append(pool.submit(_hashes, rows))
            if len(pending) >= 4:
                con.executemany(INSERT, pending.pop(0).result())
        for fut in pending:
            con.executemany(INSERT, fut.result())
    con.execute("UPDATE postings SET cluster_id = id, is_representative = 1 WHERE cluster_id IS NULL")
    con.commit()
    con.close()
    return truth


def quality(db_file: Path, truth: dict[int, dict]) -> str:
    con = sqlite3.connect(db_file)
    cluster = dict(con.execute("SELECT id, cluster_id FROM postings"))
    con.close()
    by_n = {t["n"]: pid for pid, t in truth.items()}
    rep_ok = rep_all = tpl_bad = tpl_all = 0
    for pid, t in truth.items():
        if t["of"] is None or t["of"] not in by_n:
            continue
        same = cluster[pid] == cluster[by_n[t["of"]]]
        if t["kind"] == "repost":
            rep_all += 1
            rep_ok += same
        else:
            tpl_all += 1
            tpl_bad += same
    return (f"reposts joined to their ad: {rep_ok}/{rep_all} ({rep_ok / max(rep_all, 1):.3f}); "
            f"templates wrongly joined: {tpl_bad}/{tpl_all}")


def cpu_s() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def rss_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def measure(what: str, url: str, workers: int) -> None:
    """Run one dedupe pass in this (fresh) process and print its figures: the peak memory
    then belongs to the pass alone, not to the generator that filled the store."""
    from pipeline import dedupe
    from pipeline.dedupe import cluster

    t, c = time.perf_counter(), cpu_s()
    report = cluster.rebuild(url, workers=workers) if what == "rebuild" else dedupe.update(url)
    took, cpu = time.perf_counter() - t, cpu_s() - c
    _, kids = rss_mb()
    me = cluster.peak_rss_mb()
    print(f"{what} {took:.1f}s wall, {cpu:.1f}s CPU; peak RSS {me:,.0f} MB (+ each of {workers} workers at most "
          f"{kids:,.0f} MB)")
    print(f"  {report}")


def _measure(what: str, url: str, workers: int) -> str:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "benchmarks.dedupe_scale", "--measure", what, "--url", url,
                          "--workers", str(workers)], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1])
    if out.returncode:
        raise SystemExit(f"{what} failed:\n{out.stdout}\n{out.stderr}")
    return out.stdout.strip()


def run(size: int, add: int, workdir: Path, workers: int, keep: bool = False) -> None:
    from store import db

    db_file = workdir / f"dedupe_{size}.db"
    db_file.unlink(missing_ok=True)
    url = f"sqlite:///{db_file}"
    db.migrate(url)
    maker = Maker()
    t = time.perf_counter()
    truth = fill(db_file, maker, size, datetime(2026, 1, 1, tzinfo=timezone.utc))
    print(f"[{size:,}] {size:,} postings made and stored in {time.perf_counter() - t:.0f}s", flush=True)
    print(f"[{size:,}] {_measure('rebuild', url, workers)}", flush=True)
    print(f"[{size:,}] {quality(db_file, truth)}", flush=True)
    truth.update(fill(db_file, maker, add, datetime(2026, 6, 1, tzinfo=timezone.utc)))
    print(f"[{size:,}] add {add:,} to the index of {size:,}: {_measure('update', url, workers)}", flush=True)
    print(f"[{size:,}] after the increment: {quality(db_file, truth)}; store file "
          f"{db_file.stat().st_size / 2**20:,.0f} MB", flush=True)
    db.engine.cache_clear()
    if keep:
        print(f"[{size:,}] store kept: {db_file} (time another add with --reuse {db_file})", flush=True)
        return
    for extra in ("", "-wal", "-shm"):
        Path(str(db_file) + extra).unlink(missing_ok=True)


def reuse(db_file: Path, add: int, workers: int) -> None:
    """Time only an add against a store a ``--keep`` run left (built and indexed once: at 1M that
    takes half an hour). The added postings are fresh ads and reposts of each other."""
    from store import db

    url = f"sqlite:///{db_file}"
    db.migrate(url)
    maker = Maker(seed=int(time.time()))
    con = sqlite3.connect(db_file)
    maker.n = con.execute("SELECT coalesce(max(id), 0) FROM postings").fetchone()[0]  # new source ids
    con.close()
    fill(db_file, maker, add, datetime(2026, 9, 1, tzinfo=timezone.utc))
    print(f"[{db_file.name}] add {add:,}: {_measure('update', url, workers)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--add", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", type=Path, default=None, help="where the store files go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep each store file for --reuse")
    parser.add_argument("--reuse", type=Path, default=None, help="only time an add to this kept store file")
    parser.add_argument("--measure", choices=["rebuild", "update"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.url, args.workers)
        return
    if args.reuse:
        reuse(args.reuse, args.add, args.workers)
        return
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="vagigs-dedupe-bench-"))
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start (CPU time is the steadier figure "
          "when the machine is shared)", flush=True)
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.add, workdir, args.workers, args.keep)


if __name__ == "__main__":
    main()
