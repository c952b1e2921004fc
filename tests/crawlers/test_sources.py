import subprocess
import sys

import pytest
from scrapy.spiderloader import SpiderLoader

from crawlers import sources
from crawlers.run import project_settings
from tests.helpers import ROOT

ELEVEN = {"remoteok", "weworkremotely", "remotive", "jobicy", "himalayas", "workingnomads", "hh", "telegram",
          "jobinja", "jobvision", "jsonld"}


def test_scrapy_list_names_all_eleven_spiders() -> None:
    proc = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    assert set(proc.stdout.split()) == ELEVEN


def test_every_spider_has_a_registry_entry_and_back() -> None:
    loader = SpiderLoader.from_settings(project_settings())
    assert set(loader.list()) == set(sources.SOURCES) == ELEVEN


def test_registry_entries_are_complete() -> None:
    for src in sources.SOURCES.values():
        assert src.title and src.homepage.startswith("https://") and src.terms, src.name
        assert src.daily_request_cap and src.daily_request_cap > 0, src.name
        assert src.concurrency >= 1 and src.download_delay > 0 and src.max_pages >= 1, src.name
        if src.name != "jsonld":
            assert src.start_urls and all(u.startswith("https://") for u in src.start_urls), src.name
    assert sources.get("hh").start_urls[0].startswith("https://api.hh.ru/vacancies?area=97&host=hh.uz")
    assert sources.get("remotive").daily_request_cap == 4
    assert "uz" in sources.get("telegram").languages and "fa" in sources.get("jobinja").languages
    assert sources.JSONLD_BOARDS == ()  # documented: no default board, an unconfigured run is "empty"


def test_a_registry_with_two_sources_of_one_name_is_an_error() -> None:
    """Built as a dict from the entries, the second had replaced the first without a word."""
    first = sources.Source(name="ishbor", title="Ish Bor", homepage="https://ishbor.uz", start_urls=())
    second = sources.Source(name="ishbor", title="Ish Bor (mirror)", homepage="https://ishbor.example", start_urls=())
    with pytest.raises(ValueError, match="two sources named 'ishbor' in the registry"):
        sources.registry((first, sources.get("hh"), second))
    assert list(sources.registry((first, sources.get("hh")))) == ["ishbor", "hh"]


def test_daily_caps_are_whole_numbers_from_one_or_none() -> None:
    assert sources.cap_overrides({"remotive": 2, "jobicy": "3", "hh": 4.0, "remoteok": "none", "jsonld": None,
                                  "telegram": ""}) == {
        "remotive": 2, "jobicy": 3, "hh": 4, "remoteok": None, "jsonld": None, "telegram": None}


@pytest.mark.parametrize(("caps", "said"), [
    ({"remotiv": 2}, "unknown source 'remotiv'; one of hh, himalayas, jobicy, jobinja, jobvision, jsonld, remoteok, "
                     "remotive, telegram, weworkremotely, workingnomads"),
    ({"workingnomads": 0}, "workingnomads: 0 is no daily request cap (a whole number from 1, or \"none\" for no cap); "
                           "to crawl workingnomads no more, turn it off: VAGIGS_SOURCES_OFF=workingnomads"),
    ({"remotive": -1}, "remotive: -1 is no daily request cap (a whole number from 1, or \"none\" for no cap)"),
    ({"remotive": "-1"}, "remotive: '-1' is no daily request cap"),
    ({"remotive": 2.9}, "remotive: 2.9 is no daily request cap"),
    ({"remotive": True}, "remotive: True is no daily request cap"),
    ({"remotive": "abc"}, "remotive: 'abc' is no daily request cap"),
])
def test_a_daily_cap_that_is_none_is_refused_naming_it(caps: dict, said: str) -> None:
    """0 had read as "no cap" (the scheduler then crawled hourly), -1 likewise, 2.9 as 2, and a mistyped source was
    left on its default cap: each without a word."""
    with pytest.raises(ValueError) as refused:
        sources.cap_overrides(caps)
    assert str(refused.value).startswith(said)
