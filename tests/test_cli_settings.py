"""``--set KEY=VALUE``: a setting whose default is a number or a flag takes one, read as Scrapy reads it, or the
command refuses to start (exit 2, naming the setting). Scrapy reads a setting only when it needs it: ``abc`` for
``VAGIGS_UNSEEN_DAYS`` had the crawl skip its delisting behind a run reported ``finished``, and for
``DOWNLOAD_DELAY`` ended it in a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawlers import sources
from tests.helpers import vagigs, vagigs_here


@pytest.mark.parametrize(("setting", "kind", "default"), [
    ("VAGIGS_UNSEEN_DAYS=abc", "a whole number", "30"),
    ("DOWNLOAD_DELAY=abc", "a number", "1.0"),
    ("CONCURRENT_REQUESTS=2.5", "a whole number", "8"),
    ("ROBOTSTXT_OBEY=yes", "a flag (1/0, true/false)", "True"),
])
def test_a_setting_that_is_no_number_is_a_usage_error(tmp_path: Path, setting: str, kind: str, default: str) -> None:
    """(``vagigs schedule --set`` reads its settings the same way.) In this process: refused before any crawl."""
    store = tmp_path / "v.db"
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{store}", "VAGIGS_HOME": str(tmp_path / "home")}
    proc = vagigs_here("crawl", "remotive", "--replay", "--set", setting, env=env, check=False)
    name, value = setting.split("=")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.splitlines()[-1] == (f"Error: Invalid value for --set: {name}={value!r}: {name} takes "
                                            f"{kind}, like its default {default}")
    assert not store.exists()  # refused before anything was opened


def test_settings_given_as_scrapy_reads_them_crawl(tmp_path: Path) -> None:
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    out = vagigs("crawl", "remotive", "--replay", "--set", "DOWNLOAD_DELAY=0.5", "--set", "VAGIGS_UNSEEN_DAYS=0",
                 "--set", "ROBOTSTXT_OBEY=false", "--set", "VAGIGS_JSONLD_URLS=anything", env=env).stdout
    assert "run 1 remotive: finished" in out



@pytest.mark.parametrize(("command", "setting", "takes"), [
    (("crawl", "jobicy", "--replay"), "VAGIGS_DAILY_CAPS=garbage", 'a JSON object of sources and their daily request '
     'caps (a whole number from 1, or "none"), e.g. {"remotive": 4}'),
    (("crawl", "jobicy", "--replay"), 'VAGIGS_DAILY_CAPS=[4]', "a JSON object of sources"),
    (("schedule",), "VAGIGS_DAILY_CAPS=garbage", "a JSON object of sources"),
    (("crawl", "jobicy", "--replay"), "DOWNLOAD_HANDLERS=garbage", 'a JSON object, e.g. {"key": 1}'),
    (("crawl", "jobicy", "--replay"), "LOG_LEVEL=LOUD", "one of CRITICAL, ERROR, WARNING, INFO, DEBUG"),
    (("schedule",), "LOG_LEVEL=LOUD", "one of CRITICAL, ERROR, WARNING, INFO, DEBUG"),
])
def test_a_setting_that_is_no_json_object_or_log_level_is_a_usage_error(tmp_path: Path, command: tuple[str, ...],
                                                                         setting: str, takes: str) -> None:
    """The daily caps are read as the cap middleware and the scheduler read them: ``garbage`` had ended a crawl in
    a 92-line Twisted traceback and killed the scheduler, a cap of ``"abc"`` likewise. (In this process: refused
    before any crawl.)"""
    from click.testing import CliRunner

    from cli import main

    store = tmp_path / "v.db"
    result = CliRunner().invoke(main, [*command, "--set", setting], env={"VAGIGS_DATABASE_URL": f"sqlite:///{store}"})
    name, value = setting.split("=", 1)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1].startswith(f"Error: Invalid value for --set: {name}={value!r}: {name} "
                                                     f"takes {takes}")
    assert not store.exists()


def test_a_log_level_is_read_in_any_case() -> None:
    """logging, which Scrapy hands the level to, knows only capitals: ``warning`` is given to it as ``WARNING``."""
    from cli import _settings

    assert _settings(("LOG_LEVEL=warning", 'VAGIGS_DAILY_CAPS={"remotive": "none", "jobicy": 3}')) == {
        "LOG_LEVEL": "WARNING", "VAGIGS_DAILY_CAPS": '{"remotive": "none", "jobicy": 3}'}


@pytest.mark.parametrize(("command", "caps", "said"), [
    (("crawl", "remotive", "--replay"), '{"remotiv": 2}',
     sources.unknown("remotiv")),
    (("schedule",), '{"remotiv": 2}', sources.unknown("remotiv")),
    (("health",), '{"remotiv": 2}', sources.unknown("remotiv")),
    (("schedule",), '{"workingnomads": 0}', 'workingnomads: 0 is no daily request cap (a whole number from 1, or "none" '
                                            "for no cap); to crawl workingnomads no more, turn it off: "
                                            "VAGIGS_SOURCES_OFF=workingnomads"),
    (("crawl", "jobicy", "--replay"), '{"jobicy": -1}', "jobicy: -1 is no daily request cap"),
    (("crawl", "jobicy", "--replay"), '{"jobicy": 2.9}', "jobicy: 2.9 is no daily request cap"),
    (("crawl", "jobicy", "--replay"), '{"jobicy": "abc"}', "jobicy: 'abc' is no daily request cap"),
])
def test_a_daily_cap_of_an_unknown_source_or_that_is_none_is_a_usage_error(tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                                            command: tuple[str, ...], caps: str,
                                                                            said: str) -> None:
    """``{"remotiv": 2}`` had run remotive on its default cap without a word; a cap of 0 (meant as "off") had the
    scheduler crawl the source every hour, -1 every 24 hours, and 2.9 was read as 2."""
    from click.testing import CliRunner

    from cli import main

    _no_scheduler_started(monkeypatch)
    store = tmp_path / "v.db"
    result = CliRunner().invoke(main, [*command, "--set", f"VAGIGS_DAILY_CAPS={caps}"],
                                env={"VAGIGS_DATABASE_URL": f"sqlite:///{store}"})
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1].startswith(f"Error: Invalid value for --set: VAGIGS_DAILY_CAPS={caps!r}: "
                                                     f"{said}")
    assert not store.exists()


@pytest.mark.parametrize(("setting", "said"), [
    ("VAGIGS_DAILY_CAP={\"remotive\": 1}", "VAGIGS_DAILY_CAP is no setting of vagigs (did you mean VAGIGS_DAILY_CAPS?); "
                                          "they are listed in crawlers/settings.py"),
    ("VAGIGS_NOTHING_LIKE_IT=1", "VAGIGS_NOTHING_LIKE_IT is no setting of vagigs; they are listed in "
                                 "crawlers/settings.py"),
    ("VAGIGS_SOURCES_OFF=jsonld", "VAGIGS_SOURCES_OFF is an environment variable, not a setting: give it as one "
                                  "(VAGIGS_SOURCES_OFF=… vagigs …)"),
])
def test_a_vagigs_name_no_crawl_reads_is_a_usage_error(tmp_path: Path, monkeypatch, setting: str,  # type: ignore[no-untyped-def]
                                                       said: str) -> None:
    """``--set VAGIGS_DAILY_CAP=…`` had been taken without a word, and the crawl run on the registry's caps. Scrapy's
    own settings (any name not starting VAGIGS_) are still passed through."""
    from click.testing import CliRunner

    from cli import main

    _no_scheduler_started(monkeypatch)
    name, value = setting.split("=", 1)
    for command in (("crawl", "remotive", "--replay"), ("schedule",)):
        result = CliRunner().invoke(main, [*command, "--set", setting],
                                    env={"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}"})
        assert result.exit_code == 2, result.output
        assert result.stderr.splitlines()[-1] == f"Error: Invalid value for --set: {name}={value!r}: {said}"


def test_every_vagigs_setting_a_crawl_reads_may_be_set() -> None:
    from cli import _settings

    given = ("VAGIGS_JSONLD_URLS=https://board.example/sitemap.xml", "VAGIGS_DEDUPE_EVERY=100", "VAGIGS_TODAY=2026-01-02",
             "VAGIGS_REPLAY_BASE=http://127.0.0.1:8765", "SOME_EXTENSION_SETTING=1")
    assert list(_settings(given)) == [g.split("=")[0] for g in given]


def _no_scheduler_started(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A ``vagigs schedule`` that took its settings fails the test at once, rather than run for ever."""
    import scheduler

    def started(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        raise AssertionError("the scheduler started")

    monkeypatch.setattr(scheduler, "run", started)
