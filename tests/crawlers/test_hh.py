import json

import pytest

from crawlers.spiders.hh import HHSpider, api_headers
from tests.crawlers.source_helpers import make_spider, response, split, stats, store_known
from tests.helpers import FIXTURES

PAGE = FIXTURES / "hh" / "hh_vacancies_area97_page0.json"
CAPTCHA = FIXTURES / "hh" / "hh_captcha_403.json"
URL = "https://api.hh.ru/vacancies?area=97&host=hh.uz&per_page=100&text=x"


def _items(body: bytes, url: str = URL, database_url: str = "sqlite://"):  # type: ignore[no-untyped-def]
    spider = make_spider(HHSpider, database_url)
    return spider, *split(list(spider.parse(response(url, body, meta={"page": 0}))))


def test_real_items_field_values() -> None:
    _, items, requests = _items(PAGE.read_bytes())
    assert requests == [] and len(items) == 4
    by_id = {i.source_id: i for i in items}
    call = by_id["91178034"]
    assert call.title == "Оператор call-центра" and call.company == "IN-FIN-STROY INVEST"
    assert (call.salary_min, call.salary_max, call.salary_currency, call.salary_gross) == (3500000, 20000000, "UZS", True)
    assert call.salary_raw == "3500000-20000000 UZS"
    assert call.posted_at_raw == "2024-01-25T10:10:00+0300"
    assert call.url == "https://hh.ru/vacancy/91178034"
    assert call.location == "Ташкент" and call.employment_type == "Полная занятость"
    assert call.remote_scope == "onsite" and call.remote is False
    intern = by_id["93119114"]
    assert intern.salary_gross is False and intern.salary_min == intern.salary_max == 2000000
    assert intern.location == "Ташкент, Ташкент, улица Мукими, 166"
    attendant = by_id["93209001"]
    assert attendant.salary_min is None and attendant.salary_currency is None and attendant.salary_raw is None
    assert attendant.description_html.startswith("<p>Обеспечение безопасности на борту.")
    assert "узбекским, русским и английским" in attendant.description_html


def test_remote_schedule_and_work_format() -> None:
    raw = json.loads(PAGE.read_text())
    raw["items"][0]["schedule"] = {"id": "remote", "name": "Удаленная работа"}
    raw["items"][1]["work_format"] = [{"id": "HYBRID", "name": "Гибрид"}]
    _, items, _ = _items(json.dumps(raw).encode())
    assert (items[0].remote, items[0].remote_scope) == (True, "remote")
    assert items[1].remote_scope == "hybrid"


def test_captcha_403_marks_the_run_blocked_not_empty() -> None:
    spider = make_spider(HHSpider)
    out = list(spider.parse(response(URL, CAPTCHA.read_bytes(), status=403)))
    assert out == []
    assert stats(spider)["vagigs/blocked"] == 1 and stats(spider)["vagigs/dropped/blocked"] == 1


def test_pages_and_stops_on_stored_items(sqlite_url: str) -> None:
    raw = json.loads(PAGE.read_text())
    raw.update({"pages": 5, "page": 0})
    spider, items, requests = _items(json.dumps(raw).encode(), database_url=sqlite_url)
    assert len(items) == 4 and len(requests) == 1 and "page=1" in requests[0].url
    assert requests[0].headers.get("HH-User-Agent")
    store_known(sqlite_url, "hh", [v["id"] for v in raw["items"]])
    spider, items, requests = _items(json.dumps(raw).encode(), database_url=sqlite_url)
    assert requests == [] and stats(spider)["vagigs/paging_stopped_known"] == 1


@pytest.mark.parametrize("page,pages", [(float("nan"), 5), ("0", 5), (0, "5"), ([0], 5), (0, float("inf"))])
def test_paging_fields_of_another_type_end_the_paging_not_the_page(page, pages) -> None:  # type: ignore[no-untyped-def]
    raw = json.loads(PAGE.read_text())
    raw.update({"pages": pages, "page": page})
    spider, items, requests = _items(json.dumps(raw).encode())
    assert len(items) == 4 and requests == []


def test_headers_carry_hh_user_agent_and_optional_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAGIGS_HH_APP_TOKEN", raising=False)
    monkeypatch.setenv("VAGIGS_USER_AGENT", "vagigs-test/1.0 (ops@vagigs.example)")
    assert api_headers() == {"HH-User-Agent": "vagigs-test/1.0 (ops@vagigs.example)", "Accept": "application/json"}
    monkeypatch.setenv("VAGIGS_HH_APP_TOKEN", "APPTOKEN")
    assert api_headers()["Authorization"] == "Bearer APPTOKEN"


def test_error_body_with_status_200_is_malformed_with_its_errors() -> None:
    spider, items, requests = _items(CAPTCHA.read_bytes())
    assert items == [] and requests == []
    assert stats(spider)["vagigs/dropped/malformed_response"] == 1
    assert any("captcha_required" in e for e in stats(spider)["vagigs/errors"])


@pytest.mark.parametrize("low, high, text, bounds", [
    (160000, None, "from 160000 RUR", (160000, None)),  # hh.ru: "от 160 000 ₽", salary.to null
    (None, 210000, "up to 210000 RUR", (None, 210000)),  # "до 210 000 ₽", salary.from null
    (2000000, 2000000, "2000000 RUR", (2000000, 2000000)),
    (3500000, 20000000, "3500000-20000000 RUR", (3500000, 20000000)),
])
def test_one_bound_of_pay_says_which_it_is(low, high, text, bounds) -> None:
    """The shown pay of a salary with one bound is not read as an exact figure, by a seeker or by the parser."""
    from crawlers.spiders.fields import pay_text
    from pipeline.pay import parse_salary

    assert pay_text(low, high, "RUR") == text
    salary = parse_salary(text)
    assert (salary.minimum, salary.maximum, salary.currency) == (*bounds, "RUB")


def test_odd_nested_fields_cost_the_field_not_the_vacancy() -> None:
    """A string, list or null where the API documents an object, or a salary bound that is no number, loses that
    field only."""
    data = json.loads(PAGE.read_bytes())
    vacancy = next(v for v in data["items"] if v["id"] == "91178034")
    vacancy.update(employer="IN-FIN-STROY", area=["Ташкент"], address=None, employment="full",
                   schedule=7, work_format={"id": "REMOTE"}, snippet={"responsibility": ["x"], "requirement": "Опыт"},
                   salary={"from": "3500000", "to": "n/a", "currency": 860, "gross": True})
    spider, items, _ = _items(json.dumps(data).encode())
    assert len(items) == 4 and stats(spider).get("vagigs/dropped/record_parse_error") is None
    odd = next(i for i in items if i.source_id == "91178034")
    assert odd.title == "Оператор call-центра"
    assert (odd.company, odd.location, odd.employment_type, odd.remote_scope) == (None, None, None, None)
    assert (odd.salary_min, odd.salary_max, odd.salary_currency, odd.salary_raw) == (3500000, None, None, "from 3500000")
    assert odd.description_html == "<p>Опыт</p>"
