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
