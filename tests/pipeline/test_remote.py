"""Remote eligibility; region strings are real (tests/fixtures/normalize/real_strings.json)."""
import json
from pathlib import Path

import pytest

from pipeline.remote import WORLDWIDE, allowed_regions, normalize_regions, remote_scope

REAL = json.loads((Path(__file__).parents[1] / "fixtures" / "normalize" / "real_strings.json").read_text("utf-8"))


@pytest.mark.parametrize("kwargs,scope", [
    ({"employment_type": "قرارداد دورکاری"}, "remote"),                 # jobinja contract_type
    ({"employment_type": "قرارداد تمام وقت"}, None),
    ({"title": "Masofaviy ish: call-markaz operatori"}, "remote"),
    ({"description": "Ish masofadan, haftasiga 5 kun"}, "remote"),
    ({"title": "Оператор колл-центра (масофавий)"}, "remote"),
    ({"employment_type": "Удаленная работа"}, "remote"),                 # hh schedule.name
    ({"description": "Удалённая работа, гибкий график"}, "remote"),
    ({"location": "Ташкент", "description": "Работа в офисе на Чиланзаре"}, "onsite"),
    ({"description": "کار به صورت حضوری در تهران"}, "onsite"),
    ({"location": "Hybrid - London", "remote": True}, "hybrid"),
    ({"description": "Гибрид: 2 дня в офисе"}, "hybrid"),
    ({"description": "This role is not remote; you will work on-site."}, "onsite"),
    ({"title": "Virtual Assistant", "description": "Work from home, flexible hours"}, "remote"),
    ({"title": "Support agent"}, None),
    ({"title": "Support agent", "remote": True}, "remote"),             # remote-only board
])
def test_remote_scope(kwargs: dict, scope: str | None) -> None:
    assert remote_scope(**kwargs) == scope


@pytest.mark.parametrize("raw,regions", [
    ("Anywhere in the World", [WORLDWIDE]),                # wwr <region>
    ("USA Only", ["US"]),
    ("Latin America Only", ["Latin America"]),
    ("Other (don’t specify)", None),
    ("Worldwide", [WORLDWIDE]),                            # remotive candidate_required_location
    ("Americas, Europe, Israel", ["Americas", "Europe", "IL"]),
    ("USA, CST (UTC-6)", ["US", "UTC-6"]),
    ("Northern America, Europe, UK, France, European timezones",
     ["North America", "Europe", "GB", "FR", "Europe time zones"]),
    ("Northern America, LATAM, Europe, APAC", ["North America", "Latin America", "Europe", "Asia-Pacific"]),
    ("LATAM,  Canada,  Europe,  UK,  USA", ["Latin America", "CA", "Europe", "GB", "US"]),  # jobicy jobGeo
    ("Anywhere", [WORLDWIDE]),
    ("Remote - United States", ["US"]),                    # remoteok location
    ("New York, NY", None),                                # an office, not a restriction we know
    ("GMT+03:30", ["UTC+03:30"]),
    ("Uzbekistan", ["UZ"]),
    ("Remote", None),
])
def test_allowed_regions(raw: str, regions: list[str] | None) -> None:
    assert allowed_regions(raw) == regions


def test_every_real_region_string_gives_known_places_or_none() -> None:
    for key in ("wwr_region", "remotive_candidate_required_location", "jobicy_jobGeo"):
        for raw in REAL[key]:
            found = allowed_regions(raw)
            assert found is None or all(r and r == r.strip() for r in found), raw
            if raw.lower().startswith(("anywhere", "worldwide")):
                assert found == [WORLDWIDE]
            elif "don’t specify" not in raw:
                assert found, raw


def test_a_sources_own_list_is_canonicalised() -> None:
    assert normalize_regions(["USA", "European timezones", "Kraków"]) == ["US", "Europe time zones", "Kraków"]
    assert normalize_regions([]) is None
