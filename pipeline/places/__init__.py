"""The country a place name stands for, when it is a city or a US state: "London" → GB, "Ташкент" → UZ,
"تهران" → IR, "Texas" → US, "Chicago, IL" → US.

``pipeline.remote.allowed_regions`` asks only when a remote posting's location names no country, region or time
zone: Remote OK's "Bengaluru" and "Toronto, Ontario", hh.uz's "Ташкент", Jobinja's "تهران، تهران". A remote job
given a city is one for people where that city is (its payroll, its labour law, its hours), so an applicant
living elsewhere should not be told it is open to the world.

Names come from GeoNames' cities of 15,000 people or more (``cities.tsv.gz``, built by ``build.py``), read
through ``textnorm.fold`` with accents stripped, so "Лондон", "london" and "LONDON" are one name and "Sao
Paulo" is "São Paulo". A name several countries' cities share goes to the country of the largest only when that
city is at least ``CLEAR_LEAD`` times the size of the next country's: "London" is London, England (8.9 M
against London, Ontario's 0.4 M), "Birmingham" is England's, but "Valencia" (Venezuela 1.6 M, Spain 0.8 M) and
"Cambridge" (England, Ontario, Massachusetts) are no country on their own. After a city of the US, a state's postal code makes it American:
"Birmingham, AL", "Portland, ME". Names that are words more often than places when a location field holds
them alone ("Of", "Central", "Asia"…: ``NOT_CITIES``) are never read as cities.
"""
from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pipeline.textnorm import fold

_HERE = Path(__file__).resolve().parent
CLEAR_LEAD = 2.5
#: City names that stand alone in location fields as something else: words, regions, directions.
NOT_CITIES = frozenset({"of", "all", "central", "asia", "africa", "america", "europe", "home", "office", "hybrid",
                        "remote", "global", "online", "field", "north", "south", "east", "west", "mobile",
                        "independence", "liberty", "union", "opportunity", "progress", "victoria", "georgia"})
#: State names that are a country's too ("Georgia"): ``pipeline.remote`` leaves them unread either way.
AMBIGUOUS_STATES = frozenset({"georgia"})
# Words a location adds around a city's name, read on its key (Cyrillic already in Latin letters): "Madrid HQ",
# "Greater London Area", "Toshkent sh.", "г. Москва", "Самаркандская область", "شهر تهران", "استان اصفهان"
_AROUND = re.compile(r"(?<!\w)(?:hq|headquarters|offices?|area|greater|metro(?:politan)?|region|downtown|city of|"
                     r"sh|shahri|shahar|viloyati|g|gorod|oblast|شهر|استان)(?!\w)")


def key(text: str) -> str:
    """A place name as the table is keyed: folded (case, script, Persian letter forms, joiners), accents gone."""
    folded = unicodedata.normalize("NFKD", fold(text))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", re.sub(r"[.\u2019'`’]", "", folded)).strip(" -–—")


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str | None, bool]]:
    """key → (the country the name stands for, or ``None`` when no country's city clearly leads; whether a US city
    of 15,000 people or more has the name)."""
    sizes: dict[str, dict[str, int]] = {}
    with gzip.open(_HERE / "cities.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            name, country, population = line.rstrip("\n").split("\t")
            k = key(name)
            if not k or k in NOT_CITIES or len(k) < 3:
                continue
            by_country = sizes.setdefault(k, {})
            by_country[country] = max(by_country.get(country, 0), int(population))
    out: dict[str, tuple[str | None, bool]] = {}
    for k, by_country in sizes.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        top = ranked[0]
        clear = len(ranked) == 1 or top[1] >= CLEAR_LEAD * ranked[1][1]
        out[k] = (top[0] if clear else None, "US" in by_country)
    return out


@lru_cache(maxsize=1)
def _us_states() -> tuple[dict[str, str], frozenset[str]]:
    """The US states (and DC) by folded name, and their postal codes in lower case."""
    states = json.loads((_HERE / "us_states.json").read_text(encoding="utf-8"))
    names = {key(s["name"]): code for code, s in states.items() if key(s["name"]) not in AMBIGUOUS_STATES}
    names[key("Washington D.C.")] = "DC"  # "washington dc", as "Washington DC" is keyed too
    return names, frozenset(code.lower() for code in states)


def country_of(place: str, qualifiers: Sequence[str] = ()) -> str | None:
    """The country ``place`` stands for when it is a US state or a city that clearly leads its name, else
    ``None``. ``qualifiers`` are what the location says after it ("Chicago, IL", "Fort Worth, Texas",
    "Toronto, Ontario"): a US state there makes a city of the US American, and a place the table does not know
    ("Chevy Chase, Maryland") a US one; any other qualifier (a province, a county) is not read, since it is the
    city's own region ("Buenos Aires, Buenos Aires", "Toronto, Ontario": not Ontario, California)."""
    names, codes = _us_states()
    k = _key_of_place(place)
    if k in names:
        return "US"
    quals = [_key_of_place(q) for q in qualifiers]
    in_a_state = any(q in names or q in codes for q in quals)
    found = _cities().get(k)
    if found is None:
        return "US" if any(q in names for q in quals) else None
    country, in_us = found
    return "US" if in_us and in_a_state else country


def _key_of_place(text: str) -> str:
    return re.sub(r"\s+", " ", _AROUND.sub(" ", key(text))).strip()
