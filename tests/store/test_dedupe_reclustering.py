"""Clusters that stay right as postings change and gather: a representative edited on a re-crawl, and a
posting that states no pay or place, which must not link gigs that do. The incremental passes (the crawl's and
``vagigs dedupe``) end where ``vagigs dedupe --rebuild`` does."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from pipeline import dedupe
from pipeline.dedupe import cluster
from store import db, queries
from store.models import Posting

OPERATOR = ("Operator kerak:\nIdora: Nur Market onlayn do'koni\nVazifalar: mijozlar bilan Telegram va telefon orqali "
            "muloqot, buyurtmalarni CRM ga kiritish, yetkazib berishni kuzatish\nTelegram: @nurmarket_admin\n"
            "Hudud: Andijon\nIsh vaqti: 9:00 - 18:00\nMaosh: {pay}\nQo'shimcha: rus va o'zbek tillarini bilish "
            "talab etiladi\n#ishJoyi #operator")
VA = ("Virtual assistent kerak:\nIdora: Silk Road Digital\nTexnologiya: Google Workspace, Notion, Excel\n"
      "Hudud: Masofaviy (Toshkent)\nIsh vaqti: 10:00 - 19:00 (dushanba-juma)\nQo'shimcha: Ingliz tili B2 dan "
      "yuqori bo'lishi shart. Xorijiy mijozlar bilan yozishmalar, kalendar va pochtani yuritish, hisobotlar "
      "tayyorlash.")
CASHIER = ("Kassir kerak:\nIdora: Korzinka Chilonzor filiali\nHudud: Toshkent, Chilonzor\nMaosh: 3 500 000 so'm\n"
           "Qo'shimcha: kassa apparati bilan ishlash, tovarlarni qabul qilish, tajriba talab etilmaydi.")
SUPPORT = ("Kappa Shop is growing its online shop and needs a Customer Support Assistant. Answer customer chats and "
           "emails in English and Russian. Process returns and refunds in our helpdesk. Log customer feedback in a "
           "shared spreadsheet. Requirements: patient, organised, good typing speed, one year of support experience.")


def operator(pay: str) -> dict[str, Any]:
    return {"title": "Operator kerak", "description": OPERATOR.format(pay=pay), "location": "Andijon",
            "salary_raw": pay}


def support(**kw: Any) -> dict[str, Any]:
    return {"title": "Customer Support Assistant", "company": "Kappa Shop", "description": SUPPORT} | kw


def crawl(url: str, source: str, source_id: str, **fields: Any) -> int:
    """Store a posting as the crawl does: ``before_store`` (into the cluster it offers), then the upsert."""
    values: dict[str, Any] = {"source": source, "source_id": source_id, "url": f"https://t.me/{source_id}", **fields}
    values["content_hash"] = dedupe.content_hash(values.get("title"), values.get("company"), values.get("description"))
    with db.sessions(url).begin() as s:
        found = dedupe.before_store(s, values)
        if found is not None:
            values.update(cluster_id=found[0], cluster_reason=found[1].reason, is_representative=False)
        return queries.upsert_posting(s, values).id


def clusters(url: str) -> dict[int, tuple[int, str | None, bool]]:
    """Each posting's (cluster_id, cluster_reason, is_representative)."""
    with db.sessions(url)() as s:
        return {p.id: (p.cluster_id, p.cluster_reason, bool(p.is_representative)) for p in s.scalars(select(Posting))}


def partition(url: str) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for pid, (cid, _, _) in clusters(url).items():
        groups.setdefault(cid, set()).add(pid)
    return {frozenset(g) for g in groups.values()}


def same_as_rebuild(url: str) -> bool:
    before = clusters(url)
    cluster.rebuild(url, workers=1)
    return clusters(url) == before


# ---------------------------------------------------------------- a representative edited on a re-crawl

def test_a_representative_whose_pay_changes_takes_no_repost_of_its_old_pay_along(store_url: str) -> None:
    """ChanE/1 represents its 3 mln repost ChanF/1; ChanG/1 is the ad at 4 mln. ChanE/1 is edited to 4 mln:
    it now goes with ChanG/1, and ChanF/1 (still 3 mln) stays on its own, not under ChanE/1's id."""
    e = crawl(store_url, "telegram", "ChanE/1", **operator("3 000 000 so'm"))
    f = crawl(store_url, "telegram", "ChanF/1", **(operator("3 000 000 so'm") | {"title": "🔥 Operator kerak"}))
    g = crawl(store_url, "telegram", "ChanG/1", **operator("4 000 000 so'm"))
    dedupe.update(store_url)
    assert partition(store_url) == {frozenset({e, f}), frozenset({g})}

    crawl(store_url, "telegram", "ChanE/1", **operator("4 000 000 so'm"))
    dedupe.update(store_url)
    assert partition(store_url) == {frozenset({e, g}), frozenset({f})}
    assert clusters(store_url)[f] == (f, None, True)
    assert same_as_rebuild(store_url)


def test_a_representative_replaced_by_another_job_leaves_its_reposts_to_one_another(store_url: str) -> None:
    """ChanB/201 is replaced by a cashier job: it is judged afresh (a cluster of its own, no inherited reason),
    and its two reposts stay one cluster, one of them its representative."""
    rep = crawl(store_url, "telegram", "ChanB/201", title="Virtual assistent kerak", description=VA)
    one = crawl(store_url, "telegram", "ChanC/301", title="Virtual assistent kerak", description="🔥 " + VA)
    two = crawl(store_url, "telegram", "ChanA/101", title="Virtual assistent kerak", description=VA + " #ishJoyi")
    dedupe.update(store_url)
    assert partition(store_url) == {frozenset({rep, one, two})}

    crawl(store_url, "telegram", "ChanB/201", title="Kassir kerak", description=CASHIER, salary_raw="3 500 000 so'm")
    dedupe.update(store_url)
    got = clusters(store_url)
    assert got[rep] == (rep, None, True)
    assert got[one][0] == got[two][0] in (one, two)
    assert sum(got[p][2] for p in (one, two)) == 1
    assert same_as_rebuild(store_url)


# ---------------------------------------------------------------- no chaining through a posting that says less

def test_a_posting_without_pay_does_not_link_two_pays(store_url: str) -> None:
    no_pay = crawl(store_url, "jsonld", "cs-nopay", **support())
    low = crawl(store_url, "jsonld", "cs-600", **support(salary_raw="$600 per month"))
    dedupe.update(store_url)
    high = crawl(store_url, "jsonld", "cs-900", **support(salary_raw="$900 per month"))  # the crawl's own match
    assert clusters(store_url)[high][0] == high
    dedupe.update(store_url)
    assert partition(store_url) == {frozenset({no_pay, low}), frozenset({high})}
    assert same_as_rebuild(store_url)


def test_a_posting_without_a_place_does_not_link_two_cities_in_one_pass_or_a_rebuild(store_url: str) -> None:
    remote = crawl(store_url, "remoteok", "9002", **support())
    tashkent = crawl(store_url, "jsonld", "cs-103", **support(location="Tashkent, Uzbekistan"))
    samarkand = crawl(store_url, "jsonld", "cs-556", **support(location="Samarkand, Uzbekistan"))
    dedupe.update(store_url)  # one batch: the three are clustered against one another
    assert partition(store_url) == {frozenset({remote, tashkent}), frozenset({samarkand})}
    assert same_as_rebuild(store_url)
