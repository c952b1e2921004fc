"""The Scrapy seam of the legitimacy stage: context from the store, passed into ``assess``."""
from __future__ import annotations

from scrapy import Spider
from scrapy.utils.test import get_crawler

from crawlers.items import PostingItem
from pipeline.scrapy_pipelines import DedupePipeline, LegitimacyPipeline, StorePipeline

DESC = ("We are hiring a remote assistant to answer e-mails and keep a calendar for our sales team. "
        "Full training is given, flexible hours, paid weekly. ") * 3


def run(url: str, items: list[PostingItem]) -> list[PostingItem]:
    crawler = get_crawler(Spider, {"VAGIGS_DATABASE_URL": url, "VAGIGS_DEDUPE_EVERY": 1000})
    crawler.spider = Spider(name="test")
    crawler.stats.open_spider()
    dedupe, legit, store = DedupePipeline(crawler), LegitimacyPipeline(crawler), StorePipeline(crawler)
    return [store.process_item(legit.process_item(dedupe.process_item(i))) for i in items]


def item(sid: str, company: str, title: str = "Remote Assistant", description: str = DESC) -> PostingItem:
    return PostingItem(source="telegram", source_id=sid, title=title, company=company, description=description)


def codes(i: PostingItem) -> set[str]:
    return {r["code"] for r in i.legitimacy_reasons or []}


def test_same_text_under_many_company_names_is_counted_across_crawls(sqlite_url: str) -> None:
    first = run(sqlite_url, [item("1", "Acme LLC"), item("2", "Best Jobs")])
    assert not any("same_text_many_companies" in codes(i) for i in first)
    assert first[0].text_hash and first[0].text_hash == first[1].text_hash
    # a later crawl: the store already holds two names; a third one (case and spaces ignored) tips it
    later = run(sqlite_url, [item("3", "  ACME llc "), item("4", "Global Careers"),
                             item("5", "Someone Else", title="Office Assistant")])
    assert "same_text_many_companies" not in codes(later[0])  # the same name again
    assert "same_text_many_companies" in codes(later[1])
    assert "same_text_many_companies" not in codes(later[2])  # another title: another text


def test_pay_is_compared_with_the_market_of_the_last_year_only(sqlite_url: str) -> None:
    """Five data-entry gigs at 400 USD a month, posted two years ago, are no market for today's offer of 2,500
    (pay moves with inflation); with ``VAGIGS_MARKET_PAY_DAYS = 0`` (all of the store) they are."""
    from datetime import datetime, timedelta, timezone

    from store import db, queries

    old = datetime.now(timezone.utc) - timedelta(days=730)
    with db.sessions(sqlite_url).begin() as s:
        for i in range(5):
            queries.upsert_posting(s, dict(
                source="remoteok", source_id=f"old{i}", title="Data Entry Assistant", description=f"Data entry {i}",
                posted_at=old, tags=["data_entry"], salary_max=400, salary_period="month", salary_currency="USD",
                legitimacy_score=90, legitimacy_verdict="ok"))

    def offer(days: int) -> set[str]:
        crawler = get_crawler(Spider, {"VAGIGS_DATABASE_URL": sqlite_url, "VAGIGS_MARKET_PAY_DAYS": days})
        crawler.spider = Spider(name="test")
        crawler.stats.open_spider()
        new = PostingItem(source="telegram", source_id=f"new{days}", title="Data Entry Assistant", company="Acme LLC",
                          description="Data entry into our CRM and spreadsheets. " * 5,
                          salary_max=2500, salary_period="month", salary_currency="USD")
        return codes(LegitimacyPipeline(crawler).process_item(new))

    assert "pay_above_market" not in offer(365)
    assert "pay_above_market" in offer(0)


def test_som_pay_with_no_period_meets_the_monthly_market_of_stored_telegram_posts(sqlite_url: str) -> None:
    """Five stored Uzbek data-entry posts at 3–7 million so'm ("Maosh: … so'm", no period: a month's pay) make a
    market; a new post offering 30 million is far above it, one offering 6 million is not."""
    from datetime import datetime, timezone

    from store import db, queries

    with db.sessions(sqlite_url).begin() as s:
        for i in range(5):
            queries.upsert_posting(s, dict(
                source="telegram", source_id=f"m{i}", title="Ma'lumot kiritish operatori", company=f"Co {i}",
                description=f"Ma'lumotlarni bazaga kiritish {i}", posted_at=datetime.now(timezone.utc),
                tags=["data_entry"], salary_max=(3 + i) * 1_000_000, salary_currency="UZS",
                legitimacy_score=90, legitimacy_verdict="ok"))

    def offer(sid: str, som: int) -> set[str]:
        crawler = get_crawler(Spider, {"VAGIGS_DATABASE_URL": sqlite_url})
        crawler.spider = Spider(name="test")
        crawler.stats.open_spider()
        new = PostingItem(source="telegram", source_id=sid, title="Ma'lumot kiritish operatori", company="Nur LLC",
                          description="Excel jadvallarini to'ldirish, ma'lumotlarni bazaga kiritish. " * 4,
                          salary_max=som, salary_currency="UZS", salary_raw=f"{som} so'm")
        return codes(LegitimacyPipeline(crawler).process_item(new))

    assert "pay_above_market" in offer("high", 30_000_000)
    assert "pay_above_market" not in offer("fair", 6_000_000)


def test_lightly_edited_copies_under_many_company_names_are_counted_through_the_dedupe_index(
        sqlite_url: str) -> None:
    """The same template, a word changed each time, under three company names: the text hashes differ, and
    dedupe keeps them apart (another company, another gig), but its index finds the near-duplicate texts."""
    from pipeline import dedupe

    def edited(sid: str, company: str, word: str) -> PostingItem:
        return item(sid, company, description=DESC.replace("sales team", f"{word} team"))

    first = run(sqlite_url, [edited("1", "Acme LLC", "sales"), edited("2", "Best Jobs", "support")])
    assert first[0].text_hash != first[1].text_hash
    dedupe.update(sqlite_url, workers=1)  # the index pass the crawl runs every VAGIGS_DEDUPE_EVERY items
    later = run(sqlite_url, [edited("3", "Global Careers", "finance")])
    assert "same_text_many_companies" in codes(later[0])
    reason = next(r for r in later[0].legitimacy_reasons if r["code"] == "same_text_many_companies")
    assert "3 different company names" in reason["text"]


def test_a_crawl_records_the_versions_it_stamps_postings_with(sqlite_url: str) -> None:
    """So a scheduler of an older release tells this crawl's stamps from stale ones (``store.releases``)."""
    from sqlalchemy import select

    from pipeline import installed_versions
    from store import db
    from store.models import StageRelease

    run(sqlite_url, [item("1", "Acme LLC"), item("2", "Best Jobs")])
    with db.sessions(sqlite_url)() as session:
        met = dict(session.execute(select(StageRelease.stage, StageRelease.version)).all())
    installed = installed_versions()
    assert met == {stage: installed[stage] for stage in ("tags", "legitimacy", "search")}
