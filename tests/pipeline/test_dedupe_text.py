import pytest

from pipeline.dedupe import url_key
from pipeline.dedupe.text import words


def test_words_drop_emoji_hashtags_urls_and_punctuation() -> None:
    assert words("🔥 Virtual  Assistant!! #remote https://t.me/x?a=1 O‘zbek") == ["virtual", "assistant", "o'zbek"]


@pytest.mark.parametrize(("a", "b"), [
    ("https://jobinja.ir/companies/x/jobs/t7Rf/slug?_ref=16&_t=3830", "https://jobinja.ir/companies/x/jobs/t7Rf/slug"),
    ("https://tashkent.hh.uz/vacancy/75148721?from=vacancy_search_list", "https://hh.ru/vacancy/75148721"),
    ("https://www.example.com/jobs/1/?utm_source=tg#apply", "http://example.com/jobs/1"),
    # the list shared with normalize and the spiders (crawlers.urls), not a shorter one of its own
    ("https://x.uz/job/1?msclkid=a&ref_src=b&_hsenc=c&trackingId=d&spm=e&_gl=f", "https://x.uz/job/1"),
    ("https://t.me/UstozShogird/12345?single", "https://t.me/UstozShogird/12345?embed=1"),
    ("https://Example.com./jobs/1", "https://example.com/jobs/1"),  # the DNS root's dot: the same host
])
def test_url_key_names_the_page(a: str, b: str) -> None:
    assert url_key(a) == url_key(b)


def test_url_key_keeps_meaningful_query() -> None:
    assert url_key("https://x.uz/job?id=1") != url_key("https://x.uz/job?id=2")
    assert url_key("") is None and url_key(None) is None
