"""Clustering against a real store (SQLite and PostgreSQL): incremental, rebuild, representatives, links."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from pipeline import dedupe
from pipeline.dedupe import cluster
from store import db, queries
from store.dedupe_models import DedupeIndexed, DedupeKey
from store.dedupe_queries import also_posted_on
from store.models import Posting

PAIRS = Path(__file__).parents[1] / "data" / "dedupe_pairs.jsonl"
T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def store(db_url: str, source: str, source_id: str, /, **fields: object) -> int:
    values = {"source": source, "source_id": source_id, **fields}
    values.setdefault("content_hash", dedupe.content_hash(values.get("title"), values.get("company"),  # type: ignore[arg-type]
                                                          values.get("description")))  # type: ignore[arg-type]
    with db.sessions(db_url).begin() as s:
        return queries.upsert_posting(s, values).id


def rows(url: str) -> dict[int, Posting]:
    with db.sessions(url)() as s:
        return {p.id: p for p in s.scalars(select(Posting))}


AD = dict(title="Virtual Assistant", company="Acme Support",
          description="Answer customer emails, keep the calendar, enter orders into the CRM. " * 4,
          location="Tashkent", salary_raw="500 USD")


def test_update_clusters_reposts_and_keeps_templates_apart(store_url: str) -> None:
    first = store(store_url, "telegram", "1", url="https://t.me/a/1", **AD)
    repost = store(store_url, "telegram", "2", url="https://t.me/b/9",
                   **(AD | {"description": "🔥 Still hiring!\n" + AD["description"] + " #va"}))
    template = store(store_url, "telegram", "3", url="https://t.me/a/2", **(AD | {"location": "Samarkand"}))
    report = dedupe.update(store_url)
    assert report.processed == 3 and report.joined["near"] == 1 and "1 (" in str(report)
    got = rows(store_url)
    assert got[repost].cluster_id == got[first].cluster_id == first
    assert got[repost].cluster_reason.startswith("near:") and not got[repost].is_representative
    assert got[first].is_representative and got[first].cluster_reason is None
    assert got[template].cluster_id == template and got[template].is_representative
    assert dedupe.update(store_url).processed == 0  # nothing new: nothing to do


def test_index_lives_in_the_store_and_works_across_runs(store_url: str) -> None:
    a = store(store_url, "remoteok", "1", url="https://remoteok.com/1", **AD)
    dedupe.update(store_url)
    with db.sessions(store_url)() as s:
        assert s.scalar(select(func.count()).select_from(DedupeKey)) >= 20
        assert s.scalar(select(func.count()).select_from(DedupeIndexed)) == 1
    db.engine.cache_clear()  # a new process: nothing in memory survives
    b = store(store_url, "weworkremotely", "x", url="https://weworkremotely.com/x",
              **(AD | {"description": "Headquarters: Tashkent\n" + AD["description"]}))
    dedupe.update(store_url)
    got = rows(store_url)
    assert got[b].cluster_id == a and got[b].cluster_reason.startswith("near:")


def test_most_complete_posting_represents_the_cluster(store_url: str) -> None:
    thin = store(store_url, "telegram", "1", url="https://t.me/a/1", title=AD["title"], description=AD["description"])
    full = store(store_url, "remoteok", "2", url="https://remoteok.com/2", apply_url="https://acme.uz/apply", **AD)
    dedupe.update(store_url)
    got = rows(store_url)
    assert got[full].is_representative and got[thin].cluster_id == full
    assert got[thin].cluster_reason and not got[thin].is_representative
    with db.sessions(store_url)() as s:
        rep = s.get(Posting, full)
        links = also_posted_on(s, [rep])
    assert links[full] == [{"source": "telegram", "url": "https://t.me/a/1"}]


def test_exact_and_same_page_reasons(store_url: str) -> None:
    a = store(store_url, "jobinja", "a", url="https://jobinja.ir/companies/x/jobs/t7Rf/s?_ref=1", **AD)
    b = store(store_url, "jobinja", "b", url="https://jobinja.ir/companies/x/jobs/t7Rf/s?_ref=2&_t=9", **AD)
    c = store(store_url, "hh", "c", url="https://hh.uz/vacancy/5", **AD)
    dedupe.update(store_url)
    got = rows(store_url)
    assert got[b].cluster_reason == "same_id" and got[c].cluster_reason == "exact"
    assert {got[a].cluster_id, got[b].cluster_id, got[c].cluster_id} == {a}


def test_rebuild_matches_the_incremental_passes_on_the_labelled_set(store_url: str) -> None:
    lines = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()][:120]
    n = 0
    for rec in lines:
        for side in ("a", "b"):
            p = rec[side]
            n += 1
            store(store_url, p["source"] or "x", str(n), url=p["url"], title=p["title"], company=p["company"],
                  description=p["description"], location=p["location"], salary_raw=p["salary"])
        if n % 60 == 0:
            dedupe.update(store_url, )  # several runs
    dedupe.update(store_url)
    incremental = {pid: p.cluster_id for pid, p in rows(store_url).items()}
    report = cluster.rebuild(store_url, workers=1)
    assert report.processed == n
    rebuilt = {pid: p.cluster_id for pid, p in rows(store_url).items()}

    def partition(m: dict[int, int]) -> set[frozenset[int]]:
        groups: dict[int, set[int]] = {}
        for pid, cid in m.items():
            groups.setdefault(cid, set()).add(pid)
        return {frozenset(g) for g in groups.values()}

    assert partition(incremental) == partition(rebuilt)
    # every labelled duplicate pair among these ended in one cluster, no labelled non-duplicate did
    pid = 0
    for rec in lines:
        a, b = pid + 1, pid + 2
        pid += 2
        assert (rebuilt[a] == rebuilt[b]) == rec["duplicate"], rec.get("id")
    with db.sessions(store_url)() as s:
        assert s.scalar(select(func.count()).select_from(DedupeIndexed)) == n
    assert dedupe.update(store_url).processed == 0


def test_changed_text_is_reindexed_by_the_crawl_stage_seam(store_url: str) -> None:
    a = store(store_url, "remoteok", "1", url="https://remoteok.com/1", **AD)
    dedupe.update(store_url)
    changed = {"source": "remoteok", "source_id": "1", "url": "https://remoteok.com/1",
               **(AD | {"title": "Data entry clerk"})}
    changed["content_hash"] = dedupe.content_hash(changed["title"], changed["company"], changed["description"])
    with db.sessions(store_url).begin() as s:
        assert dedupe.before_store(s, changed) is None  # only itself matched, and it is excluded
    with db.sessions(store_url)() as s:
        mark = s.get(DedupeIndexed, a)  # taken out of the index: the next update re-indexes it
        assert mark is not None and mark.version == 0
        assert not s.scalar(select(func.count()).select_from(DedupeKey).where(DedupeKey.posting_id == a))
    new = {"source": "telegram", "source_id": "7", "url": "https://t.me/a/7", **AD}
    store(store_url, "remoteok", "1", **{k: v for k, v in changed.items() if k not in ("source", "source_id")})
    dedupe.update(store_url)
    with db.sessions(store_url).begin() as s:
        assert dedupe.before_store(s, new) is None  # the indexed text is now the data-entry one
        found = dedupe.before_store(s, {**new, "title": "Data entry clerk"})
    assert found is not None and found[0] == a


def test_a_posting_never_seen_by_the_index_is_a_cluster_of_one(store_url: str) -> None:
    a = store(store_url, "remoteok", "1", url="https://remoteok.com/1", **AD)
    got = rows(store_url)
    assert got[a].cluster_id == a and got[a].is_representative
    with db.sessions(store_url)() as s:
        assert also_posted_on(s, [got[a]]) == {a: []}


def test_update_finds_new_taken_out_and_old_scheme_postings_without_a_scan(store_url: str) -> None:
    from store import dedupe_queries as dq

    ids = [store(store_url, "remoteok", str(i), url=f"https://remoteok.com/{i}", **(AD | {"company": f"Company {i}"}))
           for i in range(4)]
    assert dedupe.update(store_url).processed == 4
    with db.sessions(store_url).begin() as s:
        dq.forget(s, [ids[0]])  # below the high-water mark: found by its stale mark
        s.get(DedupeIndexed, ids[1]).version = cluster.VERSION + 1  # another key scheme
    new = store(store_url, "remoteok", "9", url="https://remoteok.com/9", **AD)
    with db.sessions(store_url)() as s:
        assert dq.unindexed_ids(s, cluster.VERSION) == [ids[0], ids[1], new]  # earliest seen first
    report = dedupe.update(store_url)
    assert report.processed == 3 and "of the clusters this pass touched" in str(report)
    with db.sessions(store_url)() as s:
        assert dq.unindexed_ids(s, cluster.VERSION) == []
        assert {m.version for m in s.scalars(select(DedupeIndexed))} == {cluster.VERSION}


def test_a_key_shared_by_very_many_postings_fetches_only_the_newest(store_url: str) -> None:
    from store import dedupe_queries as dq

    pid = store(store_url, "remoteok", "1", url="https://remoteok.com/1", **AD)
    with db.sessions(store_url).begin() as s:
        dq.add_to_index(s, [(7, p) for p in range(1, 301)] + [(8, p) for p in range(1, 4)], [pid], cluster.VERSION)
    with db.sessions(store_url)() as s:
        found = dq.lookup_keys(s, [7, 8, 9])
        assert sorted(found[7]) == list(range(101, 301)) and sorted(found[8]) == [1, 2, 3] and 9 not in found
        assert sorted(dq.lookup_keys(s, [7], cap=5)[7]) == [296, 297, 298, 299, 300]
