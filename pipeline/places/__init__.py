"""The country a place name stands for, when it is a city or a state or province: "London" → GB, "Ташкент" → UZ,
"تهران" → IR, "Texas" → US, "Ontario" → CA, "Chicago, IL" → US, "London, ON" → CA.

``pipeline.remote.allowed_regions`` asks only when a remote posting's location names no country, region or time
zone: Remote OK's "Bengaluru" and "Toronto, Ontario", hh.uz's "Ташкент", Jobinja's "تهران، تهران". A remote job
given a city is one for people where that city is (its payroll, its labour law, its hours), so an applicant
living elsewhere should not be told it is open to the world.

Names come from GeoNames' cities of 15,000 people or more (``cities.tsv.gz``, built by ``build.py``), read
through ``textnorm.fold`` with accents stripped, so "Лондон", "london" and "LONDON" are one name and "Sao
Paulo" is "São Paulo". A name several countries' cities share goes to the country of the largest only when that
city is at least ``CLEAR_LEAD`` times the size of the next country's: "London" is London, England (8.9 M
against London, Ontario's 0.4 M), "Birmingham" is England's, but "Valencia" (Venezuela 1.6 M, Spain 0.8 M) and
"Cambridge" (England, Ontario, Massachusetts) are no country on their own.

States and provinces (``STATES``: the US states, Canada's provinces and territories, Australia's states and
territories) stand for their country on their own ("Ontario" is Canada's, not Ontario, California), and after a
city, by name or postal code, they choose among the countries that have a city of its name: "Birmingham, AL",
"London, ON", "Perth, WA" (Washington or Western Australia: only Australia has a Perth). Names that are words
more often than places when a location field holds them alone ("Of", "Central", "Asia"…: ``NOT_CITIES``) are
never read as cities.
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
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")  # Persian names of two letters are cities ("قم", Qom); Latin ones not
CLEAR_LEAD = 2.5
#: City names that stand alone in location fields as something else: words, regions, directions.
NOT_CITIES = frozenset({"of", "all", "central", "asia", "africa", "america", "europe", "home", "office", "hybrid",
                        "remote", "global", "online", "field", "north", "south", "east", "west", "mobile",
                        "independence", "liberty", "union", "opportunity", "progress", "victoria", "georgia"})
#: State names that are a country's too ("Georgia") or a well-known city's elsewhere ("Victoria", British
#: Columbia's capital): ``pipeline.remote`` leaves them unread on their own.
AMBIGUOUS_STATES = frozenset({"georgia", "victoria"})
#: The files of the states and provinces read, and the country of each (``build.py`` writes them).
STATES = (("us_states.json", "US"), ("provinces.json", None))
# Words a location adds around a city's name, read on its key (Cyrillic already in Latin letters): "Madrid HQ",
# "Greater London Area", "Toshkent sh.", "г. Москва", "Самаркандская область", "شهر تهران", "استان اصفهان"
_AROUND = re.compile(r"(?<!\w)(?:hq|headquarters|offices?|area|greater|metro(?:politan)?|region|downtown|city of|"
                     r"sh|shahri|shahar|viloyati|g|gorod|oblast|شهر|استان)(?!\w)")


def key(text: str) -> str:
    """A place name as the table is keyed: folded (case, script, Persian letter forms, joiners), accents gone."""
    folded = unicodedata.normalize("NFKD", fold(text))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", re.sub(r"[.\u2019'`’]", "", folded)).strip(" -–—")


def _cities() -> dict[str, tuple[str | None, frozenset[str]]]:
    """key → (the country the name stands for, or ``None`` when no country's city clearly leads; every country with a
    city of 15,000 people or more of the name)."""
    return _tables()[0]


def _qualified_cities() -> dict[str, frozenset[str]]:
    """The ``NOT_CITIES`` names that are cities too, key → every country with a city of the name: read only where a
    state or province after them chooses one ("Victoria, BC", "Mobile, AL")."""
    return _tables()[1]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str | None, frozenset[str]]], dict[str, frozenset[str]]]:
    sizes: dict[str, dict[str, int]] = {}
    withheld: dict[str, set[str]] = {}
    with gzip.open(_HERE / "cities.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            name, country, population = line.rstrip("\n").split("\t")
            k = key(name)
            if not k or len(k) < (2 if _ARABIC_SCRIPT.match(k) else 3):
                continue
            if k in NOT_CITIES:
                withheld.setdefault(k, set()).add(country)
                continue
            by_country = sizes.setdefault(k, {})
            by_country[country] = max(by_country.get(country, 0), int(population))
    out: dict[str, tuple[str | None, frozenset[str]]] = {}
    alone: dict[str, tuple[str, frozenset[str]]] = {}  # one value per country for the names only it has (most)
    for k, by_country in sizes.items():
        if len(by_country) == 1:
            (country,) = by_country
            value = alone.get(country)
            out[k] = value if value is not None else alone.setdefault(country, (country, frozenset(by_country)))
            continue
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        clear = ranked[0][1] >= CLEAR_LEAD * ranked[1][1]
        out[k] = (ranked[0][0] if clear else None, frozenset(by_country))
    return out, {k: frozenset(countries) for k, countries in withheld.items()}


@lru_cache(maxsize=1)
def _states() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The states and provinces (``STATES``): folded name → country, and postal code in lower case → the countries
    that use it ("wa": Washington and Western Australia)."""
    names: dict[str, str] = {key("Washington D.C."): "US"}  # "washington dc", as "Washington DC" is keyed too
    codes: dict[str, set[str]] = {}
    for filename, country in STATES:
        table = json.loads((_HERE / filename).read_text(encoding="utf-8"))
        by_country = {country: table} if country else table
        for cc, subdivisions in by_country.items():
            for code, name in subdivisions.items():
                name = name["name"] if isinstance(name, dict) else name
                if key(name) not in AMBIGUOUS_STATES:
                    names[key(name)] = cc
                codes.setdefault(code.lower(), set()).add(cc)
    return names, {code: frozenset(ccs) for code, ccs in codes.items()}


def is_state_code(code: str, country: str) -> bool:
    """Whether ``code`` is the postal code of one of ``country``'s states or provinces ("VA" of the US)."""
    return country in _states()[1].get(code.lower(), ())


def country_of(place: str, qualifiers: Sequence[str] = ()) -> str | None:
    """The country ``place`` stands for when it is a state or province or a city that clearly leads its name, else
    ``None``. ``qualifiers`` are what the location says after it ("Chicago, IL", "Fort Worth, Texas",
    "London, ON"): a state or province there, by name or code, chooses among the countries with a city of the
    name, and names the country of a place the table does not know ("Chevy Chase, Maryland"; a code alone does
    not: "Remote, IN"). A name that stands alone for something else ("Victoria", "Mobile": ``NOT_CITIES``) is a city
    only where such a qualifier chooses its country. Any other qualifier (a county, a region) is not read."""
    names, codes = _states()
    keys = _keys_of_place(place)
    for k in keys:
        if k in names:
            return names[k]
    quals = [_keys_of_place(q)[-1] for q in qualifiers]
    named = {names[q] for q in quals if q in names}
    cities = _cities()
    found = next(filter(None, map(cities.get, keys)), None)
    if found is None and quals:
        countries = next(filter(None, map(_qualified_cities().get, keys)), None)
        found = (None, countries) if countries else None
    if found is None:
        return named.pop() if len(named) == 1 else None
    country, countries = found
    within = countries & named.union(*(codes.get(q, ()) for q in quals))  # the countries the qualifiers allow
    return next(iter(within)) if len(within) == 1 else country


def _keys_of_place(text: str) -> tuple[str, ...]:
    """The place's key, and when it holds words around a name ("Greater London Area", "شهر تهران") the key without
    them: the whole key first, since some names hold such a word ("قائم شهر", Qaem Shahr)."""
    whole = key(text)
    bare = re.sub(r"\s+", " ", _AROUND.sub(" ", whole)).strip()
    return (whole, bare) if bare != whole and bare else (whole,)
