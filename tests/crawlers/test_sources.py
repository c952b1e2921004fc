import subprocess
import sys

import pytest
from scrapy.spiderloader import SpiderLoader

from crawlers import sources
from crawlers.run import project_settings
from tests.helpers import ROOT



def test_scrapy_list_names_a_spider_for_every_registry_entry() -> None:
    proc = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    assert sorted(proc.stdout.split()) == sorted(sources.SOURCES)


def test_scrapy_crawl_of_no_such_spider_says_so_in_one_line() -> None:
    """Said as ``vagigs crawl`` says an unknown source, before Scrapy's start-up log: Scrapyd jobs and crontabs had
    read some 40 lines, Scrapy's traceback ending in ``KeyError: 'Spider not found: nosuch'``."""
    from cli import _unknown

    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "nosuch"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2  # a usage error, as Scrapy's own and vagigs crawl's
    assert proc.stdout == ""
    assert proc.stderr == f"scrapy crawl: {_unknown('spider', ['nosuch'], sources.SOURCES)}\n"
    assert proc.stderr.startswith("scrapy crawl: unknown spider 'nosuch'; one of hh, himalayas, jobicy, ")


def test_every_spider_has_a_registry_entry_and_back() -> None:
    loader = SpiderLoader.from_settings(project_settings())
    assert sorted(loader.list()) == sorted(sources.SOURCES)
    assert {"remoteok", "hh", "telegram", "jobinja", "jsonld"} <= set(sources.SOURCES)


def test_registry_entries_are_complete() -> None:
    assert {name: sources.problems(src) for name, src in sources.SOURCES.items() if sources.problems(src)} == {}
    for src in sources.SOURCES.values():
        assert src.homepage.startswith("https://"), f"{src.name}: homepage {src.homepage!r} is not https"
        assert all(u.startswith("https://") for u in src.start_urls), f"{src.name}: start_urls not all https"
        assert src.start_urls or src.name == "jsonld", f"{src.name}: start_urls empty"
    assert sources.get("hh").start_urls[0].startswith("https://api.hh.ru/vacancies?area=97&host=hh.uz")
    assert sources.get("remotive").daily_request_cap == 4
    assert "uz" in sources.get("telegram").languages and "fa" in sources.get("jobinja").languages
    assert sources.JSONLD_BOARDS == ()  # documented: no default board, an unconfigured run is "empty"


def _entry(**fields: object) -> sources.Source:
    given = {"name": "ishbor", "title": "Ish Bor", "homepage": "https://ishbor.uz", "terms": "Link back.",
             "start_urls": ("https://ishbor.uz/api/jobs",), "daily_request_cap": 24, **fields}
    return sources.Source(**given)  # type: ignore[arg-type]


def test_a_registry_with_two_sources_of_one_name_is_an_error() -> None:
    """Built as a dict from the entries, the second had replaced the first without a word."""
    first, second = _entry(), _entry(title="Ish Bor (mirror)", homepage="https://ishbor.example")
    with pytest.raises(ValueError, match="two sources named 'ishbor' in the registry"):
        sources.registry((first, sources.get("hh"), second))
    assert list(sources.registry((first, sources.get("hh")))) == ["ishbor", "hh"]


@pytest.mark.parametrize(("fields", "said"), [
    ({"start_urls": "https://ishbor.uz/api/jobs"},  # ("https://…") without its trailing comma
     "start_urls: 'https://ishbor.uz/api/jobs' is no tuple of addresses (a trailing comma makes one: "
     "('https://ishbor.uz/api/jobs',))"),
    ({"start_urls": ("ishbor.uz/api/jobs",)}, "start_urls: 'ishbor.uz/api/jobs' is no http(s) address with a host"),
    ({"start_urls": ("ftp://ishbor.uz/jobs",)}, "start_urls: 'ftp://ishbor.uz/jobs' is no http(s) address"),
    ({"daily_request_cap": None}, "daily_request_cap: None is no whole number from 1"),
    ({"daily_request_cap": 0}, "daily_request_cap: 0 is no whole number from 1"),
    ({"daily_request_cap": 2.5}, "daily_request_cap: 2.5 is no whole number from 1"),
    ({"languages": ("uz", "kk")}, "languages: 'kk' is none of en, fa, ru, uz"),
    ({"languages": "uz"}, "languages: 'uz' is no tuple of language codes"),
    ({"languages": ()}, "languages: () is no tuple of language codes"),
    ({"homepage": "ishbor.uz"}, "homepage: 'ishbor.uz' is no http(s) address with a host"),
    ({"terms": ""}, "terms: '' is empty or no text"),
    ({"title": " "}, "title: ' ' is empty or no text"),
    ({"name": "Ish-Bor"}, "name: 'Ish-Bor' is no spider name"),
    ({"download_delay": 0}, "download_delay: 0 is no number of seconds above 0"),
    ({"max_pages": 0}, "max_pages: 0 is no whole number from 1"),
    ({"concurrency": "2"}, "concurrency: '2' is no whole number from 1"),
    ({"lists_all_current": "yes"}, "lists_all_current: 'yes' is not True or False"),
    ({"extra": ("page_size", 20)}, "extra: ('page_size', 20) is no dict"),
    ({"posting_hosts": "ishbor.com"}, "posting_hosts: 'ishbor.com' is no tuple of host names"),
    ({"posting_hosts": ("https://ishbor.com",)}, "posting_hosts: ('https://ishbor.com',) is no tuple of host names"),
])
def test_a_wrong_registry_entry_is_refused_naming_the_source_and_field(fields: dict, said: str) -> None:
    """A string for start_urls had been crawled one character at a time ("Missing scheme in request url: h") and
    listed by ``vagigs sources`` one character a line; an entry without a daily cap was crawled with none."""
    with pytest.raises(ValueError) as refused:
        sources.registry((sources.get("hh"), _entry(**fields)))
    name = fields.get("name", "ishbor")
    assert str(refused.value).startswith(f"source {name!r} in the registry (crawlers/sources.py): {said}")


def test_a_registry_entry_given_lists_keeps_tuples() -> None:
    entry = sources.registry([_entry(start_urls=["https://ishbor.uz/a"], languages=["uz", "ru"],
                                     extra={"page_size": 20})])["ishbor"]
    assert entry.start_urls == ("https://ishbor.uz/a",) and entry.languages == ("uz", "ru")


def test_daily_caps_are_whole_numbers_from_one_or_none() -> None:
    assert sources.cap_overrides({"remotive": 2, "jobicy": "3", "hh": 4.0, "remoteok": "none", "jsonld": None,
                                  "telegram": ""}) == {
        "remotive": 2, "jobicy": 3, "hh": 4, "remoteok": None, "jsonld": None, "telegram": None}


@pytest.mark.parametrize(("caps", "said"), [
    ({"remotiv": 2}, f"unknown source 'remotiv'; one of {', '.join(sorted(sources.SOURCES))}"),
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


@pytest.mark.parametrize(("source", "url", "own"), [
    ("remotive", "https://remotive.com/remote-jobs/va-1", True), ("remotive", "https://remotive.com@evil.example/", False),
    ("remotive", "https://evil.example/remotive.com", False), ("remotive", "https://remotive.com.evil.example/", False),
    ("hh", "https://hh.ru/vacancy/1", True), ("hh", "https://hh.uz/vacancy/1", True),
    ("workingnomads", "https://workingnomads.com/jobs/x", True), ("telegram", "https://t.me/UstozShogird/1", True),
    ("retired", "https://retired.example/1", False), ("remoteok", "javascript:alert(1)", False)])
def test_a_link_is_the_sources_own_on_its_hosts_alone(source: str, url: str, own: bool) -> None:
    """What the web names "Original posting on <source>": the source's homepage, start URLs and posting hosts, as a
    redirect is judged (a www. host's bare host too); a link with a user part is on the host after it."""
    assert sources.links_to_own(source, url) is own
