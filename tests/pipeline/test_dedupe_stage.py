"""The Scrapy seam: DedupePipeline before StorePipeline, indexing after the upsert."""
from __future__ import annotations

import asyncio

import pytest

from scrapy import Spider
from scrapy.utils.test import get_crawler
from sqlalchemy import select

from crawlers.items import PostingItem
from pipeline.scrapy_pipelines import DedupePipeline, StorePipeline
from store import db
from store.models import Posting

DESC = "Answer customer emails, keep the calendar and enter orders into the CRM. " * 4


def crawl(url: str, items: list[PostingItem], every: int = 2) -> dict[str, int]:
    crawler = get_crawler(Spider, {"VAGIGS_DATABASE_URL": url, "VAGIGS_DEDUPE_EVERY": every})
    crawler.spider = Spider(name="test")
    crawler.stats.open_spider()
    stage, store = DedupePipeline(crawler), StorePipeline(crawler)
    for item in items:
        store.process_item(stage.process_item(item))
    asyncio.run(stage.close_spider())
    return crawler.stats.get_stats()


def item(source: str, sid: str, **kw: str) -> PostingItem:
    fields = {"title": "Virtual Assistant", "company": "Acme", "description": DESC, "location": "Tashkent",
              "url": f"https://{source}.example/{sid}"} | kw
    return PostingItem(source=source, source_id=sid, **fields)  # type: ignore[arg-type]


def test_duplicates_within_and_across_crawls_share_a_cluster(sqlite_url: str) -> None:
    crawl(sqlite_url, [item("remoteok", "1"), item("telegram", "9", description="🔥 " + DESC + " #va"),
                       item("remoteok", "2", location="Samarkand")])
    stats = crawl(sqlite_url, [item("weworkremotely", "x", description="Headquarters: Tashkent\n" + DESC)])
    assert stats.get("vagigs/dedupe/near") == 1  # matched against the index during the crawl
    with db.sessions(sqlite_url)() as s:
        rows = {(p.source, p.source_id): p for p in s.scalars(select(Posting))}
    first = rows[("remoteok", "1")]
    assert rows[("telegram", "9")].cluster_id == rows[("weworkremotely", "x")].cluster_id == first.cluster_id
    assert rows[("remoteok", "2")].cluster_id != first.cluster_id  # a template in another city
    assert sum(bool(p.is_representative) for p in rows.values()) == 2
    assert all(p.content_hash for p in rows.values())


def test_recrawl_keeps_the_cluster(sqlite_url: str) -> None:
    crawl(sqlite_url, [item("remoteok", "1"), item("jobicy", "5")])
    crawl(sqlite_url, [item("jobicy", "5")])
    with db.sessions(sqlite_url)() as s:
        rows = {p.source: p for p in s.scalars(select(Posting))}
    assert rows["jobicy"].cluster_id == rows["remoteok"].id and rows["jobicy"].cluster_reason == "exact"


def test_a_representative_edited_between_crawls_leaves_its_old_repost(sqlite_url: str) -> None:
    """Crawl 1: ChanE/1 and its repost ChanF/1 at 3 mln, ChanG/1 the same ad at 4 mln. Crawl 2 finds ChanE/1
    edited to 4 mln: the feed shows ChanE/1 with ChanG/1, and ChanF/1 as a card of its own."""
    def post(sid: str, pay: str, emoji: str = "") -> PostingItem:
        return item("telegram", sid, title="Operator kerak", company="Nur Market", location="Andijon",
                    description=f"{emoji}Operator kerak. {DESC} Maosh: {pay}", salary_raw=pay)

    crawl(sqlite_url, [post("ChanE/1", "3 000 000 so'm"), post("ChanF/1", "3 000 000 so'm", "🔥 "),
                       post("ChanG/1", "4 000 000 so'm")])
    crawl(sqlite_url, [post("ChanE/1", "4 000 000 so'm"), post("ChanF/1", "3 000 000 so'm", "🔥 "),
                       post("ChanG/1", "4 000 000 so'm")])
    with db.sessions(sqlite_url)() as s:
        rows = {p.source_id: p for p in s.scalars(select(Posting))}
    assert rows["ChanE/1"].cluster_id == rows["ChanG/1"].cluster_id
    assert rows["ChanF/1"].cluster_id == rows["ChanF/1"].id and rows["ChanF/1"].is_representative


def test_a_posting_whose_pay_field_alone_changes_is_judged_again(sqlite_url: str) -> None:
    """A board that changes only a posting's structured pay (its text the same) had kept it in the cluster of the
    gig at the old pay: the stage re-judged only postings whose text or link changed."""
    def post(sid: str, low: float, high: float) -> PostingItem:
        return item("jsonld", sid, title="Data entry assistant", company="Ledgerly", location="Remote",
                    description=f"Data entry assistant. {DESC}", salary_min=low, salary_max=high,
                    salary_currency="USD", salary_period="hour")

    for _ in range(2):  # a re-crawl that changes nothing keeps the cluster
        crawl(sqlite_url, [post("board-a/1", 5, 6), post("board-b/1", 5, 6)])
        with db.sessions(sqlite_url)() as s:
            assert len({p.cluster_id for p in s.scalars(select(Posting))}) == 1
    crawl(sqlite_url, [post("board-a/1", 5, 6), post("board-b/1", 8, 9)])
    with db.sessions(sqlite_url)() as s:
        rows = {p.source_id: p for p in s.scalars(select(Posting))}
    assert rows["board-a/1"].cluster_id != rows["board-b/1"].cluster_id
    assert all(p.is_representative for p in rows.values())



def _backlog(url: str, n: int) -> None:
    """``n`` postings stored with no dedupe pass after them: a lagging index."""
    from store import queries

    with db.sessions(url).begin() as session:
        for i in range(n):
            queries.upsert_posting(session, item("hh", f"old{i}", title=f"Bookkeeper {i}",
                                                 description=f"Gig number {i}. " + DESC).as_dict())


def _unindexed(url: str) -> set[int]:
    from pipeline.dedupe.cluster import VERSION
    from store import dedupe_queries as dq

    with db.sessions(url)() as session:
        return set(dq.unindexed_ids(session, VERSION))


def test_a_crawl_indexes_what_it_stored_and_at_most_the_capped_backlog(sqlite_url: str) -> None:
    from datetime import datetime, timezone

    from pipeline import dedupe
    from store.models import CrawlRun

    _backlog(sqlite_url, 12)
    with db.sessions(sqlite_url).begin() as session:
        run = CrawlRun(source="remoteok", started_at=datetime.now(timezone.utc), status="running")
        session.add(run)
        session.flush()
        run_id = run.id
    crawler = get_crawler(Spider, {"VAGIGS_DATABASE_URL": sqlite_url, "VAGIGS_DEDUPE_EVERY": 2,
                                   "VAGIGS_DEDUPE_BACKLOG_PER_CRAWL": 3})
    crawler.spider = Spider(name="test")
    crawler.spider.crawl_run_id = run_id  # type: ignore[attr-defined]
    crawler.stats.open_spider()
    stage, store = DedupePipeline(crawler), StorePipeline(crawler)
    for i in range(5):
        store.process_item(stage.process_item(item("remoteok", str(i), title=f"Closer {i}",
                                                   description=f"Calls, lot {i}. " + DESC)))
    asyncio.run(stage.close_spider())
    with db.sessions(sqlite_url)() as session:
        mine = set(session.scalars(select(Posting.id).where(Posting.crawl_run_id == run_id)))
    left = _unindexed(sqlite_url)
    assert len(mine) == 5 and not mine & left  # its own, all of them, over several passes
    assert len(left) == 12 - 3  # the backlog cap holds over all the crawl's passes, not per pass
    assert stage.left == 9
    report = dedupe.update(sqlite_url)
    assert report.processed == 9 and not _unindexed(sqlite_url)  # `vagigs dedupe` indexes the rest


def test_a_shutdown_ends_the_pass_between_batches(sqlite_url: str) -> None:
    from pipeline import dedupe

    _backlog(sqlite_url, 6)
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # the signal comes during the first batch

    report = dedupe.update(sqlite_url, batch=2, stop=stop)
    assert report.processed == 2 and report.left == 4 and len(_unindexed(sqlite_url)) == 4


@pytest.mark.long  # (an end-to-end run of 10-20 s: after the README's command, in CI)
def test_a_real_crawl_leaves_the_backlog_past_its_cap_to_vagigs_dedupe(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import vagigs

    url = f"sqlite:///{tmp_path / 'v.db'}"
    db.migrate(url)
    _backlog(url, 10)
    env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "h")}
    crawled = vagigs("crawl", "weworkremotely", "--replay", "--set", "VAGIGS_DEDUPE_BACKLOG_PER_CRAWL=4", env=env)
    with db.sessions(url)() as session:
        stored = set(session.scalars(select(Posting.id).where(Posting.source == "weworkremotely")))
    left = _unindexed(url)
    assert stored and not stored & left and len(left) == 10 - 4, crawled.stderr
    assert "6 postings left unindexed" in crawled.stderr and "`vagigs dedupe` indexes them" in crawled.stderr
    assert "dedupe update: 6 postings clustered" in vagigs("dedupe", env=env).stdout
    assert not _unindexed(url)


def test_the_crawl_stage_asks_whether_the_engine_is_stopping() -> None:
    crawler = get_crawler(Spider, {"VAGIGS_DATABASE_URL": "sqlite://"})
    stage = DedupePipeline(crawler)
    assert not stage._shutting_down()  # no engine: a script's pass is never stopped

    class Engine:
        running = True

    crawler.engine = Engine()  # type: ignore[assignment]
    assert not stage._shutting_down()
    Engine.running = False  # ExecutionEngine.stop_async: a signal's shutdown
    assert stage._shutting_down()
