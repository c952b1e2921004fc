import json
from pathlib import Path

import pytest

from pipeline.dedupe import content_hash, url_key
from pipeline.dedupe.text import fast_content_hash, fast_fold, words
from pipeline.textnorm import fold

PAIRS = Path(__file__).parents[1] / "data" / "dedupe_pairs.jsonl"


def _texts() -> list[str]:
    out = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for side in ("a", "b"):
            out.extend(v for v in rec[side].values() if isinstance(v, str) and v)
    return out


def test_fast_fold_is_fold_on_every_real_text() -> None:
    texts = _texts() + ["Еле ецц цех ЦЕХ Е1е _е 9е объект съезд", "Қўқон шаҳрида офис-менеджер керак"]
    assert len(texts) > 2000
    assert [t for t in texts if fast_fold(t) != fold(t)] == []


def test_fast_content_hash_is_content_hash() -> None:
    args = ("🔥 Виртуал ёрдамчи керак!", None, "Иш ҳақи: ۵۰۰$ #иш\nАлоқа: @hr_uz")
    assert fast_content_hash(*args) == content_hash(*args) is not None


def test_words_drop_emoji_hashtags_urls_and_punctuation() -> None:
    assert words("🔥 Virtual  Assistant!! #remote https://t.me/x?a=1 O‘zbek") == ["virtual", "assistant", "o'zbek"]


@pytest.mark.parametrize(("a", "b"), [
    ("https://jobinja.ir/companies/x/jobs/t7Rf/slug?_ref=16&_t=3830", "https://jobinja.ir/companies/x/jobs/t7Rf/slug"),
    ("https://tashkent.hh.uz/vacancy/75148721?from=vacancy_search_list", "https://hh.ru/vacancy/75148721"),
    ("https://www.example.com/jobs/1/?utm_source=tg#apply", "http://example.com/jobs/1"),
])
def test_url_key_names_the_page(a: str, b: str) -> None:
    assert url_key(a) == url_key(b)


def test_url_key_keeps_meaningful_query() -> None:
    assert url_key("https://x.uz/job?id=1") != url_key("https://x.uz/job?id=2")
    assert url_key("") is None and url_key(None) is None
