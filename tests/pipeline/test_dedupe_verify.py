"""The verified check on hand-picked real cases (from tests/data/dedupe_pairs.jsonl) and edge cases."""
from __future__ import annotations

import numpy as np

from pipeline.dedupe import decide_pair
from pipeline.dedupe.signature import band_keys, minhash_batch, shingles, string_key
from pipeline.dedupe.verify import features, verify

HH = ("Грамотная речь, хорошие коммуникативные навыки. Знание ПК (MS Office, 1C). Информирование клиентов "
      "о услугах компании, ведение документооборота, прием входящих звонков и работа с почтой офиса.")


def ad(**kw: str) -> dict[str, str]:
    base = {"title": "Офис-менеджер", "company": "Останкинский мясоперерабатывающий холдинг", "description": HH,
            "url": "https://hh.ru/vacancy/127279464", "location": "Орел", "salary_raw": "40000-47000 RUR"}
    return base | kw


def test_repost_with_a_new_id_and_an_emoji_line_merges() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/127300001", description="🔥 Срочно!\n" + HH + " #работа"))
    assert v.duplicate and v.reason.startswith("near:")


def test_template_in_another_city_does_not_merge() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/127289706", location="Саратов"))
    assert not v.duplicate and v.reason == "not:location"


def test_template_with_other_pay_does_not_merge() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/127289706", salary_raw="50000-51170 RUR"))
    assert not v.duplicate and v.reason == "not:salary"


def test_other_role_of_one_company_does_not_merge() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/2", title="Старший офис-менеджер"))
    assert not v.duplicate and v.reason == "not:title"


def test_same_title_at_another_company_does_not_merge() -> None:
    v = decide_pair(ad(), ad(url="https://hh.ru/vacancy/3", company="ООО Ромашка"))
    assert not v.duplicate and v.reason == "not:company"


def test_same_page_under_two_ids_is_same_id() -> None:
    v = decide_pair(ad(url="https://tashkent.hh.uz/vacancy/127279464?from=vacancy_search_list"), ad(location="Саратов"))
    assert v.duplicate and v.reason == "same_id"


def test_two_roles_listed_on_one_page_do_not_merge() -> None:
    """A careers page with several JSON-LD JobPostings and no link of their own: each posting's URL is the
    page's, yet the page names two gigs."""
    page = "https://careers.example/jobs"
    v = decide_pair(ad(url=page, title="Офис-менеджер"), ad(url=page, title="Бухгалтер по первичной документации"))
    assert not v.duplicate and v.reason == "not:title"


def test_narrower_place_and_missing_fields_are_no_conflict() -> None:
    tg = {"title": "📢 Офис-менеджер", "company": "", "description": "📢 Офис-менеджер\n" + HH + "\n#вакансия",
          "url": "https://t.me/jobs/1", "location": "", "salary_raw": ""}
    assert decide_pair(ad(), tg).duplicate
    assert decide_pair(ad(location="Орел, Россия"), ad(url="https://hh.ru/vacancy/9", location="Орел")).duplicate


def test_uzbek_latin_and_cyrillic_merge_exactly() -> None:
    lat = {"title": "Virtual yordamchi", "description": "Ish haqi: 500$. Mijozlar bilan yozishmalar, jadval yuritish.",
           "url": "https://t.me/a/1"}
    cyr = {"title": "Виртуал ёрдамчи", "description": "🔥 Иш ҳақи: 500$. Мижозлар билан ёзишмалар, жадвал юритиш.",
           "url": "https://t.me/b/7"}
    assert decide_pair(lat, cyr).reason == "exact"


def test_unrelated_postings_are_not_even_candidates() -> None:
    other = {"title": "Python developer", "company": "Acme", "description": "Build APIs in Django and FastAPI " * 5}
    assert decide_pair(ad(), other).reason == "not:candidate"


def test_empty_postings_never_merge() -> None:
    assert not decide_pair({}, {}).duplicate


def test_verify_is_symmetric() -> None:
    a, b = features(ad()), features(ad(url="https://hh.ru/vacancy/5", description=HH + " Бонусы."))
    assert verify(a, b) == verify(b, a)


def test_keys_are_stable_and_similar_texts_share_a_band() -> None:
    words = HH.lower().split()
    sigs = minhash_batch([shingles(words), shingles(words[:-1] + ["почтой"]), shingles(["x", "y", "z", "w"])])
    bands = band_keys(sigs)
    assert set(bands[0]) & set(bands[1])
    assert not set(bands[0]) & set(bands[2])
    # fixed numbers: a key scheme change must bump cluster.VERSION
    assert string_key("h", "abc") == 636044967561692082
    fixed = band_keys(minhash_batch([shingles("one two three four five".split())]))[0][:2].tolist()
    assert fixed == [6719112543357923277, 891382446733955951]
    assert bands.dtype == np.int64 and (bands >= 0).all()


def test_field_digest_never_rules_out_a_pair_verify_accepts() -> None:
    import json
    from pathlib import Path

    from pipeline.dedupe.verify import clearly_apart, field_digest

    ruled_out = 0
    for line in (Path(__file__).parents[1] / "data" / "dedupe_pairs.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        a, b = (features(dict(rec[s], salary_raw=rec[s]["salary"])) for s in "ab")
        if clearly_apart(field_digest(a), field_digest(b)):
            ruled_out += 1
            assert not verify(a, b).duplicate and not verify(b, a).duplicate
    assert ruled_out > 100  # and it does rule out most templates and other companies
