import pytest

from crawlers.urls import OFFSET_PARAMS, is_tracking, plain_host, strip_tracking


@pytest.mark.parametrize("name", [
    "utm_source", "UTM_Campaign", "utm_", "utm_a-b", "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid",
    "mc_cid", "mc_", "_hsenc", "_hsmi", "mkt_tok", "_ga", "_gl", "spm", "trk", "trackingId",
    "ref", "refid", "ref_src", "source", "src", "_ref", "_t", "from", "hhtmFrom", "hhtmFromLabel", "hhtmSource",
    "single", "embed",
])
def test_tracking_names(name: str) -> None:
    assert is_tracking(name)


@pytest.mark.parametrize("name", ["id", "page", "q", "before", "vacancy", "t", "refs", "sources", "xutm_source",
                                  "from_date", "_t2"])
def test_meaningful_names(name: str) -> None:
    assert not is_tracking(name)


@pytest.mark.parametrize("url,expected", [
    ("https://x.example/jobs/1?utm_source=tg&utm_medium=cpc", "https://x.example/jobs/1"),
    ("https://jobinja.ir/companies/x/jobs/t7Rf/slug?_ref=16&_t=3830", "https://jobinja.ir/companies/x/jobs/t7Rf/slug"),
    ("https://tashkent.hh.uz/vacancy/1?from=vacancy_search_list&hhtmFrom=vacancy_search_list",
     "https://tashkent.hh.uz/vacancy/1"),
    ("https://t.me/UstozShogird/12345?single", "https://t.me/UstozShogird/12345"),
    # the rest stays as written: order, encoding, fragment
    ("https://x.example/a?b=2&fbclid=zz&a=%20x#apply", "https://x.example/a?b=2&a=%20x#apply"),
    ("https://x.example/a?utm%5Fsource=x&id=7", "https://x.example/a?id=7"),
])
def test_strip_tracking(url: str, expected: str) -> None:
    assert strip_tracking(url) == expected


@pytest.mark.parametrize("url", [
    "https://x.example/jobs/1",
    "https://x.example/jobs/1?",
    "https://x.example/a?b=2&a=1&&c",  # nothing to strip: not even re-encoded or tidied
    "https://X.example/a?q=a+b%2Fc#f",
    "http://[::1?utm_source=x",  # no URL to take apart
    "not a url",
])
def test_a_url_without_tracking_comes_back_unchanged(url: str) -> None:
    assert strip_tracking(url) == url


def test_keep_spares_the_named_parameters() -> None:
    url = "https://board.example/jobs?from=20&utm_source=x"
    assert strip_tracking(url) == "https://board.example/jobs"
    assert strip_tracking(url, keep=OFFSET_PARAMS) == "https://board.example/jobs?from=20"
    assert strip_tracking("https://board.example/jobs?FROM=20", keep=OFFSET_PARAMS) == \
        "https://board.example/jobs?FROM=20"


@pytest.mark.parametrize("host,plain", [
    ("T.ME.", "t.me"), ("telegram.me.", "telegram.me"), ("t.me.:443", "t.me:443"),
    ("hr@Acme.UZ.:8080", "hr@acme.uz:8080"), ("t.me", "t.me"), ("[::1]:8080", "[::1]:8080"), ("", ""),
])
def test_a_host_is_compared_without_the_dns_root_dot_and_case(host: str, plain: str) -> None:
    assert plain_host(host) == plain
