import ast
import json

from crawlers.spiders.jobinja import JobinjaSpider, posting_id
from tests.crawlers.source_helpers import make_spider, response, split, stats, store_known
from tests.helpers import FIXTURES

JOBINJA = FIXTURES / "jobinja"
INDEX = json.loads((JOBINJA / "index.json").read_text(encoding="utf-8"))
LISTING_URL = INDEX["listing_url"]
HTML = "text/html; charset=utf-8"


def _listing(database_url: str = "sqlite://"):  # type: ignore[no-untyped-def]
    spider = make_spider(JobinjaSpider, database_url)
    return spider, *split(list(spider.parse(response(LISTING_URL, (JOBINJA / "listing.html").read_bytes(),
                                                     content_type=HTML))))


def _detail(spider, request):  # type: ignore[no-untyped-def]
    name = next(d["file"] for d in INDEX["details"] if d["url"] == request.url)
    resp = response(request.url, (JOBINJA / name).read_bytes(), content_type=HTML)
    items, more = split(list(request.callback(resp, **request.cb_kwargs)))
    assert more == [] and len(items) == 1
    return items[0]


def test_listing_requests_every_detail_then_the_next_page() -> None:
    spider, items, requests = _listing()
    assert items == []
    details = [r for r in requests if "/companies/" in r.url]
    assert [r.url for r in details] == [d["url"] for d in INDEX["details"]]
    assert [r.cb_kwargs["card"]["id"] for r in details] == ["t45e", "tmG1", "tanm", "t4b3", "tmZ6", "t7S0"]
    nxt = [r for r in requests if "/companies/" not in r.url]
    assert len(nxt) == 1 and "page=2" in nxt[0].url


def test_detail_fields_are_the_real_persian_values() -> None:
    spider, _, requests = _listing()
    rows = {r["title"]: r for r in INDEX["rows"]}
    by_id = {}
    for request in requests:
        if "/companies/" in request.url:
            item = _detail(spider, request)
            by_id[item.source_id] = item
    entry = by_id["tmG1"]
    row = rows["کارشناس انتشار محصول (Data Entry)"]
    assert entry.title == row["title"] and entry.company == row["company"] == "حافظه برتر عصر جدید | Hafeze Bartar Asre Jadid"
    assert entry.location == "تهران، تهران" and entry.employment_type == "قرارداد تمام وقت"
    assert entry.salary_raw == "از ۲۰,۰۰۰,۰۰۰ تومان"
    assert entry.posted_at_raw == "۱ روز پیش"
    assert entry.url == row["links"]
    assert row["definition"][:60] in entry.description_html
    payload = json.loads(entry.payload)
    assert payload["experience"] == row["experience"] and payload["skills"] == ast.literal_eval(row["skills"])
    assert payload["sex"] == row["sex"] and payload["degree"] == row["degree_requir"]
    remote = by_id["tmZ6"]
    assert remote.employment_type == "قرارداد دورکاری" and (remote.remote, remote.remote_scope) == (True, "remote")
    assert by_id["t45e"].salary_raw == "توافقی" and by_id["t45e"].remote_scope is None


def test_stored_postings_get_no_detail_request_and_end_paging(sqlite_url: str) -> None:
    store_known(sqlite_url, "jobinja", ["t45e", "tmG1", "tanm"])
    spider, _, requests = _listing(sqlite_url)
    assert [r.cb_kwargs["card"]["id"] for r in requests if r.cb_kwargs] == ["t4b3", "tmZ6", "t7S0"]
    assert stats(spider)["vagigs/skipped/known_detail"] == 3
    store_known(sqlite_url, "jobinja", ["t4b3", "tmZ6", "t7S0"])
    spider, _, requests = _listing(sqlite_url)
    assert requests == [] and stats(spider)["vagigs/paging_stopped_known"] == 1


def test_a_listing_of_stored_postings_pages_on_while_an_earlier_run_lost_a_page(sqlite_url: str) -> None:
    """As the other paging sources (``test_paging_after_loss``): the pages after it are the only way back to it."""
    from crawlers.spiders.base import PAGING_ON_KEY
    from store import db, queries

    store_known(sqlite_url, "jobinja", ["t45e", "tmG1", "tanm", "t4b3", "tmZ6", "t7S0"])
    with db.sessions(sqlite_url).begin() as session:
        run = queries.start_run(session, "jobinja")
        queries.finish_run(session, run.id, queries.RunReport(status="finished", finish_reason="finished",
                                                               dropped={"timeout": 1}))
    spider, _, requests = _listing(sqlite_url)
    assert [r.url for r in requests if not r.cb_kwargs] and stats(spider)[PAGING_ON_KEY] == 1


def test_empty_listing_ends_paging() -> None:
    spider = make_spider(JobinjaSpider)
    out = list(spider.parse(response(LISTING_URL, (JOBINJA / "listing_empty.html").read_bytes(), content_type=HTML)))
    assert out == []


def test_posting_id_from_detail_url() -> None:
    assert posting_id("https://jobinja.ir/companies/mahannet/jobs/t45e/%D8%A7?_ref=16") == "t45e"
    assert posting_id("https://jobinja.ir/jobs?page=2") is None


def test_a_listing_mentioning_recaptcha_is_still_content() -> None:
    page = (JOBINJA / "listing.html").read_bytes().replace(
        b"</head>", b'<script src="https://www.google.com/recaptcha/api.js"></script></head>')
    spider = make_spider(JobinjaSpider)
    _, requests = split(list(spider.parse(response(LISTING_URL, page, content_type=HTML))))
    assert len(requests) == 7 and "vagigs/blocked" not in stats(spider)


def test_a_challenge_page_instead_of_the_listing_is_blocked() -> None:
    spider = make_spider(JobinjaSpider)
    body = (FIXTURES / "bad" / "cloudflare_challenge.html").read_bytes()
    assert list(spider.parse(response(LISTING_URL, body, status=403, content_type=HTML))) == []
    assert stats(spider)["vagigs/blocked"] == 1


# ------------------------------------------------------------ stored postings worth reading again

def _store(database_url: str, rows: dict[str, tuple]) -> None:  # type: ignore[type-arg]
    """Stored postings as an earlier crawl left them: ``{source_id: (fetched_at, expires_at)}``."""
    from store import db, queries

    with db.sessions(database_url).begin() as session:
        for sid, (fetched_at, expires_at) in rows.items():
            queries.upsert_posting(session, {"source": "jobinja", "source_id": sid, "title": f"stored {sid}",
                                             "fetched_at": fetched_at, "expires_at": expires_at})


def _ago(**delta: float):  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta, timezone

    return datetime.now(timezone.utc) - timedelta(**delta)


def test_a_closed_posting_the_listing_still_shows_is_fetched_again(sqlite_url: str) -> None:
    _store(sqlite_url, {"t45e": (_ago(days=30), _ago(days=1)),   # closed since we read it: read again
                        "tmG1": (_ago(hours=1), _ago(days=2)),   # read after it closed: not again
                        "tanm": (_ago(days=30), None)})          # no closing date: as before
    spider, items, requests = _listing(sqlite_url)
    details = [r for r in requests if r.cb_kwargs]
    assert [r.cb_kwargs["card"]["id"] for r in details] == ["t45e", "t4b3", "tmZ6", "t7S0"]
    again = details[0]
    assert again.meta["vagigs_refetch"] == "closed_but_listed" and again.meta["vagigs_unconditional"] is True
    assert again.priority < 0 and all(r.priority == 0 for r in details[1:])  # new postings go first
    s = stats(spider)
    assert s["vagigs/refetched/closed_but_listed"] == 1 and s["vagigs/skipped/known_detail"] == 2
    assert s["vagigs/seen_known"] == 3

    # the same card on another keyword's listing in the same run: not asked for twice
    _, more = split(list(spider.parse(response(LISTING_URL + "&x=2", (JOBINJA / "listing.html").read_bytes(),
                                               content_type=HTML))))
    assert [r for r in more if r.cb_kwargs] == [] and stats(spider)["vagigs/refetched/closed_but_listed"] == 1


def test_refetches_are_limited_per_run_and_paging_still_stops(sqlite_url: str) -> None:
    closed = (_ago(days=30), _ago(days=1))
    _store(sqlite_url, {sid: closed for sid in ("t45e", "tmG1", "tanm", "t4b3", "tmZ6", "t7S0")})
    spider = make_spider(JobinjaSpider, sqlite_url, settings={"VAGIGS_REFETCH_LIMIT": 2})
    _, requests = split(list(spider.parse(response(LISTING_URL, (JOBINJA / "listing.html").read_bytes(),
                                                   content_type=HTML))))
    assert [r.cb_kwargs["card"]["id"] for r in requests] == ["t45e", "tmG1"]  # no page 2: every card is stored
    s = stats(spider)
    assert s["vagigs/refetched/closed_but_listed"] == 2 and s["vagigs/skipped/refetch_limit"] == 4
    assert s["vagigs/paging_stopped_known"] == 1


def test_a_refetched_detail_page_updates_the_stored_posting(sqlite_url: str) -> None:
    from sqlalchemy import select

    from pipeline.scrapy_pipelines import NormalizePipeline, StorePipeline
    from store import db
    from store.models import Posting

    fetched = _ago(days=30)
    _store(sqlite_url, {"tmZ6": (fetched, _ago(days=1))})
    spider, _, requests = _listing(sqlite_url)
    [again] = [r for r in requests if r.meta.get("vagigs_refetch")]
    item = _detail(spider, again)
    for stage in (NormalizePipeline(spider.crawler), StorePipeline(spider.crawler)):
        item = stage.process_item(item)
    assert stats(spider)["vagigs/stored"] == 1 and "vagigs/new" not in stats(spider)
    with db.sessions(sqlite_url)() as session:
        [row] = session.scalars(select(Posting).where(Posting.source == "jobinja")).all()  # updated, not duplicated
    assert row.source_id == "tmZ6" and row.employment_type == "قرارداد دورکاری" and row.title != "stored tmZ6"
    assert row.fetched_at > fetched
    assert row.expires_at is None  # the page names no closing date: the stored one no longer holds
