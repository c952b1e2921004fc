"""``VAGIGS_SOURCES_OFF`` turns sources off: ``vagigs sources`` shows them off, ``vagigs crawl`` without names leaves
them out (named, one is still crawled, and said so), ``vagigs health`` does not judge them. There had been no way to
turn a source off: a daily cap of 0, tried instead, had the scheduler crawl it every hour."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from crawlers import sources
from tests.helpers import vagigs

OFF = {"VAGIGS_SOURCES_OFF": "workingnomads,jsonld"}


def test_sources_shows_a_source_turned_off_as_off(tmp_path: Path) -> None:
    env = {**OFF, "VAGIGS_HOME": str(tmp_path / "h")}
    listed = {s["name"]: s for s in json.loads(CliRunner().invoke(main, ["sources", "--format", "json"], env=env).output)}
    assert listed["workingnomads"]["off"] is True and listed["workingnomads"]["every_hours"] is None
    assert listed["hh"]["off"] is False and listed["hh"]["every_hours"] >= 1
    table = CliRunner().invoke(main, ["sources"], env=env).output.splitlines()
    assert next(line for line in table if line.startswith("workingnomads ")).endswith(" every=off")
    assert next(line for line in table if line.startswith("hh ")).endswith("h")


def test_crawl_without_names_leaves_the_sources_turned_off_out(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from cli import _crawled

    monkeypatch.setenv("VAGIGS_SOURCES_OFF", OFF["VAGIGS_SOURCES_OFF"])
    assert _crawled(()) == tuple(n for n in sorted(sources.SOURCES) if n not in ("workingnomads", "jsonld"))
    assert capsys.readouterr().err.splitlines() == [
        "jsonld is turned off (VAGIGS_SOURCES_OFF): not crawled",
        "workingnomads is turned off (VAGIGS_SOURCES_OFF): not crawled"]
    assert _crawled(("workingnomads", "hh")) == ("workingnomads", "hh")
    assert capsys.readouterr().err.splitlines() == ["workingnomads is turned off (VAGIGS_SOURCES_OFF): crawled as named"]


def test_crawl_with_every_source_off_crawls_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import crawlers.run

    def crawled(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        raise AssertionError("crawled")

    monkeypatch.setattr(crawlers.run, "run_crawl", crawled)
    store = tmp_path / "v.db"
    result = CliRunner().invoke(main, ["crawl"], env={"VAGIGS_SOURCES_OFF": ",".join(sources.SOURCES),
                                                      "VAGIGS_DATABASE_URL": f"sqlite:///{store}"})
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == "nothing to crawl: VAGIGS_SOURCES_OFF turns every source off"
    assert not store.exists()


def test_a_source_turned_off_is_still_crawled_when_named(tmp_path: Path) -> None:
    env = {"VAGIGS_SOURCES_OFF": "remotive", "VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}",
           "VAGIGS_HOME": str(tmp_path / "home")}
    proc = vagigs("crawl", "remotive", "--replay", env=env)
    assert "remotive is turned off (VAGIGS_SOURCES_OFF): crawled as named" in proc.stderr
    assert "run 1 remotive: finished" in proc.stdout


@pytest.mark.parametrize("named", [(), ("--source", "workingnomads", "--source", "hh")])
def test_health_does_not_judge_a_source_turned_off(sqlite_url: str, named: tuple[str, ...]) -> None:
    """It had been reported never crawled (a warning), then, had it been crawled before, stale (critical)."""
    result = CliRunner().invoke(main, ["health", "--format", "json", *named],
                                env={**OFF, "VAGIGS_DATABASE_URL": sqlite_url})
    judged = {s["source"] for s in json.loads(result.stdout)["sources"]}
    assert "workingnomads" not in judged and "hh" in judged
    said = ["workingnomads is turned off (VAGIGS_SOURCES_OFF): not judged"] if named else []
    assert result.stderr.splitlines() == said
