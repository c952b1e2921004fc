"""Clustering against the store: the incremental pass, the from-scratch rebuild, one posting's match.

The seam with the crawl: ``DedupePipeline`` runs before ``StorePipeline``, when the
posting has no row id yet. It sets ``content_hash`` and asks ``match`` whether an
already indexed posting is the same gig; if so the item is stored straight into
that cluster. Indexing needs the row id, so the stage calls ``update`` every few
hundred items and when the spider closes: ``update`` indexes every posting the
index lacks (earliest seen first), clusters it against the index *and* against
the postings of the same batch, and re-elects each touched cluster's
representative. ``vagigs dedupe`` runs the same ``update``; ``vagigs dedupe
--rebuild`` drops the index and clusters everything again in bulk (``rebuild``),
with the same keys and the same ``verify``.

A posting joins the cluster of its best verified match only if it is also
``verify.compatible`` with every other member (else the next match's): a
posting that states no pay or place must not link two gigs that do. A posting
whose text changed on a re-crawl leaves its cluster, and the cluster breaks up
for ``update`` to cluster its members again (``before_store``).
"""
from __future__ import annotations

import logging
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any, TypeVar

import numpy as np

from pipeline.dedupe.verify import (
    NEAR_THRESHOLD,
    Features,
    Verdict,
    clearly_apart,
    compatible,
    facts,
    features,
    field_digest,
    similarity,
    verify,
    with_keys,
)

log = logging.getLogger(__name__)

VERSION = 2               # bump when the key scheme changes: update() then re-indexes everything
# 2: the pay digest holds the figures ``pipeline.pay`` reads (toman in rials, "$5"), not those of the old text scan
MAX_CANDIDATES = 30       # candidates verified per posting, most shared keys first
RUN_NEIGHBOURS = 4        # in a bulk rebuild, each posting is paired with this many earlier ones per key
BATCH = 2000


# ------------------------------------------------------------------ small pieces

def as_posting(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in ("title", "company", "description", "url", "location", "salary_raw",
                                    "salary_min", "salary_max", "content_hash")}


def completeness(row: dict[str, Any]) -> int:
    """How much of the gig a posting tells: the representative is the most complete one."""
    desc = row.get("description") or ""
    score = sum(bool(row.get(k)) for k in ("title", "company", "location", "url", "apply_url", "posted_at"))
    score += bool(row.get("salary_raw") or row.get("salary_min") or row.get("salary_max"))
    return score + min(len(desc) // 400, 4)


def _rank(v: Verdict) -> tuple[int, float]:
    return ({"same_id": 3, "exact": 2}.get(v.reason, 1), v.score)


Match = tuple[int, str]  # (an earlier posting verified as the same gig, the reason)
T = TypeVar("T")


def _pick(f: Features, matches: Iterable[tuple[int, T]], cluster_of: Callable[[int], int],
          members_of: Callable[[int], list[Features]]) -> tuple[int, T] | None:
    """The cluster this posting joins, with what ``matches`` says of the match it joins through: the cluster
    of its best match (``matches``: (posting id, verdict or reason), best first) whose every member it is
    ``compatible`` with; None when there is none. The check is against the whole cluster, not
    the match alone: a repost with no pay verifies against both the $600 and the $900 ad, and may join one."""
    for ref, why in matches:
        cid = cluster_of(ref)
        if all(compatible(f, m) for m in members_of(cid)):
            return cid, why
    return None


def peak_rss_mb() -> int:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


@dataclass
class Report:
    """What a dedupe pass did; ``str()`` is the line ``vagigs dedupe`` prints."""

    mode: str
    postings: int = 0
    processed: int = 0
    joined: Counter = field(default_factory=Counter)
    clusters: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # candidate pairs: how many, how many ruled out early

    peak_mb: dict[str, int] = field(default_factory=dict)
    from_backlog: int = 0  # postings of the backlog (stored before the crawl, or by other crawls) indexed
    left: int = 0          # postings left unindexed: beyond the backlog cap, or after a stop

    def phase(self, name: str, since: float) -> float:
        now = time.perf_counter()
        self.phases[name] = round(self.phases.get(name, 0.0) + now - since, 2)
        self.peak_mb[name] = peak_rss_mb()
        return now

    def __str__(self) -> str:
        how = ", ".join(f"{k}={v}" for k, v in sorted(self.joined.items())) or "none"
        stored = f" of {self.postings} stored" if self.mode == "rebuild" else ""
        scope = "" if self.mode == "rebuild" else " (of the clusters this pass touched)"
        return (f"dedupe {self.mode}: {self.processed} postings clustered{stored} in "
                f"{self.seconds:.1f}s; joined a cluster: {sum(self.joined.values())} ({how}); "
                f"clusters with duplicates: {self.clusters}{scope}"
                + (f"; phases (s): {', '.join(f'{k}={v}' for k, v in self.phases.items())}" if self.phases else "")
                + (f"; {', '.join(f'{k}: {v:,}' for k, v in self.counts.items())}" if self.counts else "")
                + (f"; peak MB after: {', '.join(f'{k}={v}' for k, v in self.peak_mb.items())}" if self.peak_mb else "")
                + (f"; {self.left:,} postings left unindexed (`vagigs dedupe` indexes them)" if self.left else ""))


# ------------------------------------------------------------------ one posting (the crawl stage)

def match(session, posting: dict[str, Any], exclude_id: int | None = None) -> tuple[int, Verdict] | None:  # type: ignore[no-untyped-def]
    """The cluster an indexed posting offers this (not yet stored) posting, and why; or None."""
    from store import dedupe_queries as dq

    f = with_keys([features(as_posting(posting))])[0]
    found = dq.lookup_keys(session, f.keys)
    counts = Counter(pid for k in f.keys for pid in found.get(k, ()) if pid != exclude_id)
    mine = field_digest(f)
    theirs = dq.digests(session, counts)
    ids = [pid for pid, _ in counts.most_common()
           if not clearly_apart(mine, theirs.get(pid, (0, 0, 0, 0)))][:MAX_CANDIDATES]
    verdicts: dict[int, Verdict] = {}
    cluster_of: dict[int, int] = {}
    for row in dq.posting_rows(session, ids):
        v = verify(f, features(as_posting(row)))
        if v.duplicate:
            verdicts[row["id"]], cluster_of[row["id"]] = v, row["cluster_id"] or row["id"]
    if not verdicts:
        return None
    members = dq.members(session, set(cluster_of.values()))
    ranked = sorted(verdicts.items(), key=lambda pv: _rank(pv[1]), reverse=True)
    return _pick(f, ranked, cluster_of.__getitem__,
                 lambda cid: [features(as_posting(m)) for m in members.get(cid, ()) if m["id"] != exclude_id])


TEMPLATE_CANDIDATES = 10  # indexed postings compared per posting for ``template_companies``


def template_companies(session, posting: dict[str, Any], known: Iterable[str] = ()) -> set[str]:  # type: ignore[no-untyped-def]
    """Company names (case-folded) of indexed postings whose text is a near-duplicate of this posting's,
    whatever company they name: one template posted under other names. Clusters keep templates apart
    by design (a different company is a different gig); the legitimacy stage asks this instead.

    Only names not in ``known`` (and not the posting's own) are checked, so the common case — one
    company reposting its own ad — costs a key lookup and no text comparison."""
    from store import dedupe_queries as dq

    f = with_keys([features(as_posting(posting))])[0]
    found = dq.lookup_keys(session, f.keys)
    counts = Counter(pid for k in f.keys for pid in found.get(k, ()))
    ids = [pid for pid, _ in counts.most_common(TEMPLATE_CANDIDATES)]
    skip = {"", *(name.strip().casefold() for name in (*known, posting.get("company") or ""))}
    others = [pid for pid, name in dq.company_names(session, ids).items()
              if (name or "").strip().casefold() not in skip]
    out: set[str] = set()
    for row in dq.posting_rows(session, others):  # texts are read only where the name is new
        name = (row.get("company") or "").strip().casefold()
        if name not in out and similarity(f, features(as_posting(row))) >= NEAR_THRESHOLD:
            out.add(name)
    return out


def before_store(session, posting: dict[str, Any]) -> tuple[int, Verdict] | None:  # type: ignore[no-untyped-def]
    """The crawl stage's question, asked before the upsert: which cluster should this posting
    be stored into? A re-crawl whose text, URL or any of the fields that tell gigs apart
    (``JUDGED``: pay, place) changed is taken out of the index first (``update`` re-indexes
    it); an unchanged re-crawl keeps the cluster it has."""
    from sqlalchemy import select

    from store.models import Posting

    known = session.execute(
        select(Posting.id, Posting.cluster_id, *(getattr(Posting, name) for name in JUDGED))
        .where(Posting.source == posting.get("source"), Posting.source_id == posting.get("source_id"))
    ).first()
    if known is not None:
        if all(_same(getattr(known, name), posting.get(name)) for name in JUDGED):
            return None
        _break_up(session, known.id, known.cluster_id)
    return match(session, posting, exclude_id=known.id if known is not None else None)


#: What a re-crawled posting is judged on again when it changes: its text (``content_hash``), its link, and the
#: fields ``verify`` tells gigs apart by beside the text (a board may change only its structured pay)
JUDGED = ("content_hash", "url", "location", "salary_raw", "salary_min", "salary_max")


def _same(stored: Any, crawled: Any) -> bool:
    """Whether a stored value is the crawled one (a number stored as 5.0 is the crawled 5)."""
    if isinstance(stored, (int, float)) and isinstance(crawled, (int, float)):
        return float(stored) == float(crawled)
    return stored == crawled


def _break_up(session, posting_id: int, cluster_id: int | None) -> None:  # type: ignore[no-untyped-def]
    """Take a posting whose text or URL changed out of the index, and with it every other member of its
    cluster, each a cluster of its own again until ``update`` clusters them afresh (as ``rebuild`` would).

    The others cannot simply stay: a cluster's id is its representative's, so if the changed posting
    represented it they would stay tied to it wherever its new text goes, and members that joined through
    its old text may no longer belong together."""
    from store import dedupe_queries as dq

    rows = dq.members(session, [cluster_id]).get(cluster_id, []) if cluster_id is not None else []
    if posting_id not in {r["id"] for r in rows}:
        rows += dq.posting_rows(session, [posting_id])
    # their keys, recomputed from the stored texts, are deleted by primary key (no scan of the key table)
    keys = [k for f in with_keys([features(as_posting(r)) for r in rows]) for k in f.keys]
    dq.forget(session, [r["id"] for r in rows], keys=keys)
    dq.set_clusters(session, [(r["id"], r["id"], None, True) for r in rows])


# ------------------------------------------------------------------ incremental

#: Postings ``update`` indexes in one transaction.
UPDATE_BATCH = 20_000


def update(url: str | None = None, *, batch: int | None = None, workers: int | None = None, runs: Collection[int] = (),
           backlog: int | None = None, stop: Callable[[], bool] | None = None,
           progress: Callable[[int, int], None] | None = None) -> Report:
    """Index and cluster every posting the index lacks; safe to run at any time, any number of times.

    Postings are taken earliest seen first, in batches (one transaction each); each is clustered against the
    stored index and against the earlier postings of its batch. Large batches compute keys and verify candidates
    in worker processes (as ``rebuild`` does). A crawl's pass gives ``runs``, its crawl runs, and ``backlog``:
    the postings those runs stored are all indexed, the others at most ``backlog`` (a store whose index lags by
    600,000 postings had kept a crawl indexing them for hours). ``stop`` is asked between batches; when it says
    so the pass ends there. ``Report.left`` counts the postings either leaves unindexed. ``progress`` is told
    (done, total) after each batch."""
    from store import db
    from store import dedupe_queries as dq

    started = time.perf_counter()
    report = Report("update")
    sessions = db.sessions(url)
    with sessions() as session:
        todo = dq.unindexed_ids(session, VERSION)
        if backlog is not None:
            todo, report.from_backlog, report.left = _bounded(todo, dq.stored_by(session, runs), backlog)
    if todo:
        with sessions.begin() as session:
            # new and taken-out postings hold no keys; only a change of key scheme leaves old keys to clear
            old = dq.other_scheme(session, todo, VERSION)
            if old:
                dq.forget(session, old)
    workers = workers or (min(2, os.cpu_count() or 1) if len(todo) >= 5000 else 1)
    pool = _pool(workers, url)
    try:
        batch = batch or UPDATE_BATCH
        for start in range(0, len(todo), batch):
            if stop is not None and stop():
                report.left += len(todo) - start
                break
            with sessions.begin() as session:
                _update_batch(session, todo[start:start + batch], report, pool)
            if progress is not None:
                progress(min(start + batch, len(todo)), len(todo))
    finally:
        if pool is not None:
            pool.shutdown()
    # no whole-store counts here: an increment costs what it adds (``clusters`` counts the touched ones)
    report.seconds = time.perf_counter() - started
    return report


def _bounded(todo: list[int], own: set[int], backlog: int) -> tuple[list[int], int, int]:
    """``todo`` cut to ``own`` and at most ``backlog`` others (the earliest seen), in its order; with how many
    others it kept, and how many it left out."""
    kept, others = [], 0
    for pid in todo:
        if pid in own:
            kept.append(pid)
        elif others < backlog:
            kept.append(pid)
            others += 1
    return kept, others, len(todo) - len(kept)


def _update_batch(session, ids: list[int], report: Report, pool) -> None:  # type: ignore[no-untyped-def]
    from store import dedupe_queries as dq

    t = time.perf_counter()
    chunk = max(500, len(ids) // 8)
    counts_parts, key_parts, state, digest_parts = [], [], [], []
    for counts, flat, st, dg in _map(pool, _chunk_keys, (ids[a:a + chunk] for a in range(0, len(ids), chunk))):
        counts_parts.append(counts)
        key_parts.append(flat)
        state.extend(st)
        digest_parts.append(dg)
    digest_of = dict(zip(ids, map(tuple, np.concatenate(digest_parts).tolist())))
    counts = np.concatenate(counts_parts)
    flat = np.concatenate(key_parts)
    bounds = np.r_[0, np.cumsum(counts)].tolist()
    keys_of = [flat[bounds[i]:bounds[i + 1]].tolist() for i in range(len(ids))]
    t = report.phase("keys", t)
    found = dq.lookup_keys(session, flat.tolist())
    digest_of.update(dq.digests(session, {p for ps in found.values() for p in ps}))
    t = report.phase("lookup", t)

    batch_ids = set(ids)
    batch_by_key: dict[int, list[int]] = defaultdict(list)
    work: list[tuple[int, list[int]]] = []
    for i, (pid, keys) in enumerate(zip(ids, keys_of)):
        counts_c: Counter = Counter()
        for k in keys:
            counts_c.update(p for p in found.get(k, ()) if p not in batch_ids)
            counts_c.update(ids[j] for j in batch_by_key.get(k, ()))
        for k in set(keys):
            same = batch_by_key[k]
            same.append(i)
            if len(same) > 2 * dq.KEY_CAP:  # a boilerplate key within the batch: keep the newest (as lookup_keys)
                del same[:-dq.KEY_CAP]
        mine = digest_of[pid]
        close = [p for p, _ in counts_c.most_common() if not clearly_apart(mine, digest_of.get(p, (0, 0, 0, 0)))]
        if close:
            work.append((pid, close[:MAX_CANDIDATES]))
    t = report.phase("candidates", t)
    matches: dict[int, list[Match]] = {}
    facts_of: dict[int, Features] = {}
    step = max(200, len(work) // 8)
    for found, found_facts in _map(pool, _chunk_verify, (work[a:a + step] for a in range(0, len(work), step))):
        matches.update(found)
        facts_of.update(found_facts)
    t = report.phase("verify", t)

    stored_refs = sorted({ref for refs in matches.values() for ref, _ in refs if ref not in batch_ids})
    cluster_of_stored = {r["id"]: (r["cluster_id"] or r["id"]) for r in dq.posting_rows(session, stored_refs)}
    # what a batch posting joins must be compatible with the cluster's stored members and with those of the batch
    # that joined it before; the batch's own postings count where the batch puts them, not where they were stored
    stored_members = {cid: [facts(features(as_posting(r))) for r in rows if r["id"] not in batch_ids]
                      for cid, rows in dq.members(session, {*cluster_of_stored.values(), *(
                          ref for refs in matches.values() for ref, _ in refs if ref in batch_ids)}).items()}
    batch_members: dict[int, list[Features]] = defaultdict(list)
    cluster_of: dict[int, int] = {}
    assignments = []
    touched: set[int] = set()
    for pid, st in zip(ids, state):
        if st[1] is not None:
            touched.add(st[1])
        picked = None
        if pid in matches:
            picked = _pick(facts_of[pid], matches[pid],
                           lambda ref: cluster_of[ref] if ref in batch_ids else cluster_of_stored.get(ref, ref),
                           lambda cid: stored_members.get(cid, []) + batch_members[cid])
        if picked is not None:
            cid, reason = picked
            report.joined[reason.split(":")[0]] += 1
            batch_members[cid].append(facts_of[pid])
        else:
            cid, reason = pid, None
            if pid in facts_of:
                batch_members[cid].append(facts_of[pid])
        cluster_of[pid] = cid
        touched.add(cid)
        assignments.append((pid, cid, reason, reason is None))
    dq.set_clusters(session, assignments)
    report.clusters += _elect(session, touched)
    t = report.phase("write clusters", t)
    dq.add_to_index(session, ((k, pid) for pid, keys in zip(ids, keys_of) for k in keys), ids, VERSION,
                    [digest_of[p] for p in ids])
    report.phase("write index", t)
    report.processed += len(ids)


def _elect(session, cluster_ids: Iterable[int]) -> int:  # type: ignore[no-untyped-def]
    """Re-elect the representative of each cluster: the most complete, then the earliest seen.
    Returns how many of these clusters have more than one posting."""
    from store import dedupe_queries as dq

    changes = []
    multi = 0
    for cid, rows in dq.members(session, cluster_ids).items():
        multi += len(rows) > 1
        rows.sort(key=lambda r: (-completeness(r), r["first_seen_at"] or 0, r["id"]) if r["first_seen_at"]
                  else (-completeness(r), 0, r["id"]))
        rep = rows[0]
        handed_down = rep["cluster_reason"] or "exact"
        for r in rows:
            is_rep = r is rep
            reason = None if is_rep else (r["cluster_reason"] or handed_down)
            if (r["cluster_id"], r["cluster_reason"], bool(r["is_representative"])) != (rep["id"], reason, is_rep):
                changes.append((r["id"], rep["id"], reason, is_rep))
    dq.set_clusters(session, changes)
    return multi


# ------------------------------------------------------------------ from scratch, in bulk

_WORKER_URL: str | None = None


def _worker_init(url: str | None) -> None:
    """A worker process opens its own connections (never the parent's, which fork copied), and hears neither Ctrl-C
    nor SIGTERM: the parent stops between batches (``update``'s ``stop``) and then shuts its pool down."""
    global _WORKER_URL
    import signal

    from store import db

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

    db.engine.cache_clear()
    _WORKER_URL = url


def _read(ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    from store import db
    from store import dedupe_queries as dq

    with db.sessions(_WORKER_URL)() as session:
        return {r["id"]: r for r in dq.posting_rows(session, ids)}


def _chunk_keys(ids: list[int]) -> tuple[np.ndarray, np.ndarray, list[tuple[Any, ...]], np.ndarray]:
    """For a chunk of posting ids (in order): keys per posting, the flat keys, each posting's
    (completeness, cluster_id, cluster_reason, is_representative) and field digests
    (``verify.field_digest``, an ``(n, 4)`` int64 array). Runs in a worker."""
    rows = _read(ids)
    ordered = [rows.get(i) or {"id": i} for i in ids]
    feats = with_keys([features(as_posting(r)) for r in ordered])
    counts = np.fromiter((len(f.keys) for f in feats), dtype=np.int32, count=len(feats))
    flat = np.fromiter((k for f in feats for k in f.keys), dtype=np.int64, count=int(counts.sum()))
    state = [(completeness(r), r.get("cluster_id"), r.get("cluster_reason"), bool(r.get("is_representative")))
             for r in ordered]
    digest = np.array([field_digest(f) for f in feats], dtype=np.int64).reshape(len(feats), 4)
    return counts, flat, state, digest


def _apart(da: np.ndarray, db: np.ndarray) -> np.ndarray:
    """``verify.clearly_apart`` for arrays of digest pairs (rows of ``(n, 4)`` arrays)."""
    same_page = (da[:, 3] != 0) & (da[:, 3] == db[:, 3])
    company = (da[:, 0] != 0) & (db[:, 0] != 0) & ((da[:, 0] & db[:, 0]) == 0)
    place = ((da[:, 1] & ~db[:, 1]) != 0) & ((db[:, 1] & ~da[:, 1]) != 0)
    pay = (da[:, 2] != 0) & (db[:, 2] != 0) & (da[:, 2] != db[:, 2])
    return ~same_page & (company | place | pay)


def _chunk_verify(work: list[tuple[int, list[int]]]) -> tuple[dict[int, list[Match]], dict[int, Features]]:
    """For each later posting, its verified earlier candidates, best first; and the ``facts`` of every posting
    among them, for the compatibility check against whole clusters (runs in a worker). Ids are posting ids."""
    rows = _read(sorted({i for later, earlier in work for i in [later, *earlier]}))
    cache: dict[int, Features] = {}

    def feat(pid: int) -> Features:
        if pid not in cache:
            cache[pid] = features(as_posting(rows.get(pid, {})))
        return cache[pid]

    matches: dict[int, list[Match]] = {}
    for later, earlier in work:
        verdicts = [(ref, v) for ref in earlier for v in [verify(feat(later), feat(ref))] if v.duplicate]
        if verdicts:
            verdicts.sort(key=lambda rv: _rank(rv[1]), reverse=True)  # stable: most shared keys first among equals
            matches[later] = [(ref, v.reason) for ref, v in verdicts]
    needed = {pid for later, refs in matches.items() for pid in (later, *(ref for ref, _ in refs))}
    return matches, {pid: facts(feat(pid)) for pid in needed}


def _pool(workers: int, url: str | None) -> ProcessPoolExecutor | None:
    if workers <= 1:  # in this process: keep its engines
        global _WORKER_URL
        _WORKER_URL = url
        return None
    return ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=_worker_init, initargs=(url,))


def _map(pool: ProcessPoolExecutor | None, fn, tasks: Iterable[Any]):  # type: ignore[no-untyped-def]
    """Ordered results, a few tasks in flight per worker (bounded memory)."""
    if pool is None:
        yield from map(fn, tasks)
        return
    pending = []
    for task in tasks:
        pending.append(pool.submit(fn, task))
        if len(pending) >= 8:
            yield pending.pop(0).result()
    for fut in pending:
        yield fut.result()


def _join(pid: np.ndarray, matches: dict[int, list[Match]], facts_of: dict[int, Features],
          report: Report) -> tuple[np.ndarray, dict[int, str]]:
    """The rebuild's clusters: each posting (``pid``, earliest first), in order, joins the cluster of its best
    match it is compatible with as a whole (``_pick``). Returns each position's root position and, for the
    postings that joined one, the reason."""
    position = {int(p): i for i, p in enumerate(pid.tolist())} if matches else {}
    root = np.arange(len(pid), dtype=np.int64)
    reason_of: dict[int, str] = {}
    members: dict[int, list[Features]] = {}  # by root position, the clusters that have been joined
    for j in sorted(position[lat] for lat in matches):
        f = facts_of[int(pid[j])]
        picked = _pick(f, matches[int(pid[j])], lambda ref: int(root[position[ref]]),
                       lambda r: members.setdefault(r, [facts_of[int(pid[r])]]))
        if picked is not None:
            r, reason = picked
            root[j] = r
            reason_of[j] = reason
            members[r].append(f)
            report.joined[reason.split(":")[0]] += 1
    return root, reason_of


def rebuild(url: str | None = None, *, workers: int | None = None, chunk: int = 2000) -> Report:
    """Drop the index and cluster every stored posting again, earliest seen first.

    Bulk form of ``update``: keys for all postings (worker processes read the store
    themselves), candidate pairs from runs of equal keys (numpy sort; each posting
    meets its nearest earlier neighbours in every run), ``verify`` on the candidates
    (in the workers), then one pass that joins each posting to its best verified
    earlier match and elects each cluster's representative.
    """
    from sqlalchemy import select

    from store import db
    from store import dedupe_queries as dq
    from store.models import Posting

    started = time.perf_counter()
    report = Report("rebuild")
    workers = workers or min(2, os.cpu_count() or 1)
    sessions = db.sessions(url)
    with sessions() as session:
        ids = list(session.scalars(select(Posting.id).order_by(Posting.first_seen_at, Posting.id)))
    n = len(ids)
    pid = np.array(ids, dtype=np.int64)
    del ids
    pool = _pool(workers, url)
    try:
        t = time.perf_counter()
        counts_parts, key_parts, state, digest_parts = [], [], [], []
        for counts, flat, st, dg in _map(pool, _chunk_keys, (pid[a:a + chunk].tolist() for a in range(0, n, chunk))):
            counts_parts.append(counts)
            key_parts.append(flat)
            state.extend(st)
            digest_parts.append(dg)
        digest = np.concatenate(digest_parts) if digest_parts else np.zeros((0, 4), np.int64)
        del digest_parts
        counts = np.concatenate(counts_parts) if counts_parts else np.zeros(0, np.int32)
        keys = np.concatenate(key_parts) if key_parts else np.zeros(0, np.int64)
        owner = np.repeat(np.arange(n, dtype=np.int64), counts)
        del counts_parts, key_parts, counts
        t = report.phase("keys", t)

        order = np.lexsort((owner, keys))
        keys, owner = keys[order], owner[order]
        del order
        keep = np.ones(len(keys), dtype=bool)
        keep[1:] = (keys[1:] != keys[:-1]) | (owner[1:] != owner[:-1])
        keys, owner = keys[keep], owner[keep]
        del keep

        # candidate pairs: equal keys, (earlier, later) by position, counted over all shared keys
        codes = []
        for step in range(1, RUN_NEIGHBOURS + 1):
            same = keys[step:] == keys[:-step]
            codes.append(owner[:-step][same] * n + owner[step:][same])
        code = np.concatenate(codes) if codes else np.zeros(0, np.int64)
        del codes
        code, shared = np.unique(code, return_counts=True)
        earlier, later = code // n, code % n
        del code
        close = ~_apart(digest[earlier], digest[later])  # fields rule most pairs out without their text
        report.counts["pairs ruled out by fields"] = int((~close).sum())
        earlier, later, shared = earlier[close], later[close], shared[close]
        del close
        by = np.lexsort((-shared, later))
        earlier, later = earlier[by], later[by]
        del by, shared
        starts = np.flatnonzero(np.r_[True, later[1:] != later[:-1]]) if len(later) else np.zeros(0, np.int64)
        ends = np.r_[starts[1:], len(later)]
        report.counts["pairs"] = len(later)
        t = report.phase("candidates", t)

        def verify_tasks():  # type: ignore[no-untyped-def]
            work: list[tuple[int, list[int]]] = []
            for a, b in zip(starts.tolist(), ends.tolist()):
                b = min(b, a + MAX_CANDIDATES)
                work.append((int(pid[later[a]]), pid[earlier[a:b]].tolist()))
                if len(work) >= 1000:
                    yield work
                    work = []
            if work:
                yield work

        matches: dict[int, list[Match]] = {}
        facts_of: dict[int, Features] = {}
        for found, found_facts in _map(pool, _chunk_verify, verify_tasks()):
            matches.update(found)
            facts_of.update(found_facts)
        t = report.phase("verify", t)
    finally:
        if pool is not None:
            pool.shutdown()

    root, reason_of = _join(pid, matches, facts_of, report)
    del matches, facts_of
    score = np.array([s[0] for s in state], dtype=np.int64)
    rank = np.lexsort((np.arange(n), -score, root))  # per cluster: most complete, then earliest
    first = np.r_[True, root[rank][1:] != root[rank][:-1]] if n else np.zeros(0, bool)
    rep_of_root = dict(zip(root[rank][first].tolist(), rank[first].tolist()))

    changes = []
    for i in range(n):
        rep = rep_of_root[int(root[i])]
        is_rep = i == rep
        reason = None if is_rep else (reason_of.get(i) or reason_of.get(rep) or "exact")
        cid = int(pid[rep])
        if (state[i][1], state[i][2], state[i][3]) != (cid, reason, is_rep):
            changes.append((int(pid[i]), cid, reason, is_rep))
    t = report.phase("assign", t)
    with sessions.begin() as session:
        dq.clear_index(session)
        dq.set_clusters(session, changes)
        t = report.phase("write clusters", t)
        dq.bulk_index(session, keys, pid[owner], pid, VERSION, digest.tolist())
    t = report.phase("write index", t)
    with sessions() as session:
        report.postings, report.clusters = dq.count_clusters(session)
    report.processed = n
    report.seconds = time.perf_counter() - started
    return report
