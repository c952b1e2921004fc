import subprocess
import sys

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
