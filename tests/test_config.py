"""Every environment variable vagigs reads is documented, in config.py and in the README."""
import re
import subprocess
from pathlib import Path

import pytest

import config

ROOT = Path(__file__).resolve().parent.parent


def test_readme_configuration_table_lists_every_variable() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(VAGIGS_\w+)` \|", table, re.M))
    assert {v.name for v in config.ENVIRONMENT} <= documented


def test_code_reads_no_undeclared_variable() -> None:
    out = subprocess.run(
        ["grep", "-rhoE", r"environ(\.get)?[\[(]\"VAGIGS_[A-Z_]+", "--include=*.py",
         "config.py", "cli.py", "scheduler.py", "crawlers", "pipeline", "store", "replay", "evaluation"],
        cwd=ROOT, capture_output=True, text=True,
    ).stdout
    read = set(re.findall(r"VAGIGS_[A-Z_]+", out))
    assert read <= {v.name for v in config.ENVIRONMENT}, read - {v.name for v in config.ENVIRONMENT}


def test_defaults(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("VAGIGS_DATABASE_URL", raising=False)
    monkeypatch.setenv("VAGIGS_HOME", str(tmp_path))
    assert config.database_url() == f"sqlite:///{tmp_path / 'vagigs.db'}"
    monkeypatch.setenv("VAGIGS_SCRAPYD_URLS", "http://127.0.0.1:6800/, http://127.0.0.1:6801")
    assert config.scrapyd_urls() == ["http://127.0.0.1:6800", "http://127.0.0.1:6801"]


def test_recurate_every_hours(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("VAGIGS_RECURATE_EVERY_HOURS", raising=False)
    assert config.recurate_every_hours() == 6.0
    for value, hours in (("1.5", 1.5), (" 2 ", 2.0), ("0", 0.0), ("", 6.0)):
        monkeypatch.setenv("VAGIGS_RECURATE_EVERY_HOURS", value)
        assert config.recurate_every_hours() == hours
    assert caplog.records == []


@pytest.mark.parametrize("value", ["6h", "daily", "-2", "nan", "inf"])
def test_a_recuration_interval_that_is_no_number_of_hours_is_named_and_the_default_used(
        monkeypatch, caplog, value: str) -> None:  # type: ignore[no-untyped-def]
    """``6h`` had turned the re-curation off without a word (as 0 does)."""
    monkeypatch.setenv("VAGIGS_RECURATE_EVERY_HOURS", value)
    with caplog.at_level("WARNING", logger="vagigs.config"):
        assert config.recurate_every_hours() == 6.0
    assert [r.getMessage() for r in caplog.records] == [
        f"VAGIGS_RECURATE_EVERY_HOURS={value!r} is no number of hours (0 turns it off); using 6"]


@pytest.mark.parametrize("value,hops,named", [("", 0, False), ("0", 0, False), ("1", 1, False), (" 2 ", 2, False),
                                              ("10", 10, False), ("11", 0, True), ("-1", 0, True), ("one", 0, True),
                                              ("1.5", 0, True), ("\u00b2", 0, True)])
def test_proxy_hops_trusts_only_a_plain_small_count(monkeypatch, caplog, value: str, hops: int,  # type: ignore[no-untyped-def]
                                                    named: bool) -> None:
    """A value that is none is named in the log (it had been taken as 0 without a word)."""
    monkeypatch.setenv("VAGIGS_PROXY_HOPS", value)
    with caplog.at_level("WARNING", logger="vagigs.config"):
        assert config.proxy_hops() == hops
    said = [r.getMessage() for r in caplog.records]
    assert said == ([f"VAGIGS_PROXY_HOPS={value!r} is no whole number from 0 to 10; using 0 (no proxy trusted)"]
                    if named else [])


@pytest.mark.parametrize("value,level", [("", "INFO"), ("DEBUG", "DEBUG"), ("debug", "DEBUG"), (" Warning ", "WARNING"),
                                         ("warn", "WARNING"), ("error", "ERROR")])
def test_log_level_in_any_case(monkeypatch, caplog, value: str, level: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VAGIGS_LOG_LEVEL", value)
    with caplog.at_level("WARNING", logger="vagigs.config"):
        assert config.log_level() == level
    assert caplog.records == []


def test_a_log_level_that_is_none_is_named_and_info_used(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    """``verbose`` (or ``debug`` before) went to Scrapy as given: every crawl died of ``ValueError: Unknown level``."""
    monkeypatch.setenv("VAGIGS_LOG_LEVEL", "verbose")
    with caplog.at_level("WARNING", logger="vagigs.config"):
        assert config.log_level() == "INFO"
    assert [r.getMessage() for r in caplog.records] == [
        "VAGIGS_LOG_LEVEL='verbose' is no log level (DEBUG, INFO, WARNING, ERROR, CRITICAL); using INFO"]


@pytest.mark.parametrize("value", ["verbose", "debug"])
def test_a_crawl_runs_whatever_the_log_level_says(tmp_path, value: str) -> None:  # type: ignore[no-untyped-def]
    """The project's settings as a crawl (``scrapy crawl``, a Scrapyd job) loads them, with logging set up from them
    as Scrapy does it."""
    import os
    import sys

    env = {**os.environ, "VAGIGS_LOG_LEVEL": value, "VAGIGS_HOME": str(tmp_path)}
    code = ("from crawlers.run import project_settings; from scrapy.utils.log import configure_logging; "
            "s = project_settings(); configure_logging(s); print(s['LOG_LEVEL'])")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["DEBUG" if value == "debug" else "INFO"]
    said = [line for line in done.stderr.splitlines() if "VAGIGS_LOG_LEVEL" in line]
    assert said == ([] if value == "debug" else
                    ["VAGIGS_LOG_LEVEL='verbose' is no log level (DEBUG, INFO, WARNING, ERROR, CRITICAL); using INFO"])


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://vagigs:s3cret@db:5432/vagigs", "postgresql://vagigs:***@db:5432/vagigs"),
    ("postgresql+psycopg://vagigs@db/vagigs?password=s3cret&sslmode=require",  # libpq's form of it too
     "postgresql+psycopg://vagigs@db/vagigs?password=***&sslmode=require"),
    ("sqlite:///file:gigs.db?mode=ro&uri=true", "sqlite:///file:gigs.db?mode=ro&uri=true"),
    ("sqlite:////srv/va gigs/vagigs.db", "sqlite:////srv/va gigs/vagigs.db"),
    ("not a url", "<an address SQLAlchemy cannot read>"),
])
def test_shown_url_hides_only_the_password(url: str, shown: str) -> None:
    assert config.shown_url(url) == shown


def test_telegram_channels_are_read_from_names_handles_and_links(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    """A link had been fetched as a name (``t.me/s/https%3A//t.me/s/IshBorUz``), and a channel given twice, twice."""
    monkeypatch.setenv("VAGIGS_TELEGRAM_CHANNELS", "https://t.me/s/IshBorUz, t.me/NoSuchJobs, @UstozShogird, "
                                                   "http://telegram.me/remote_fa_jobs/123, ishboruz,USTOZSHOGIRD,,")
    with caplog.at_level("WARNING", logger="vagigs.config"):
        assert config.telegram_channels() == ("IshBorUz", "NoSuchJobs", "UstozShogird", "remote_fa_jobs")
    assert caplog.records == []


@pytest.mark.parametrize("entry", ["Ish Bor", "https://t.me/+AbCdEf123", "https://t.me/joinchat/AbCdEf123", "9jobs",
                                   "a" * 33, "ish-bor", "https://example.org/IshBorUz/"])
def test_a_telegram_channel_that_is_no_channel_name_is_named_and_skipped(monkeypatch, caplog,  # type: ignore[no-untyped-def]
                                                                         entry: str) -> None:
    """Telegram's usernames are letters, digits and underscores, 5 to 32, a letter first (4 for collectible ones):
    ``Ish Bor`` had been fetched as ``t.me/s/Ish%20Bor``."""
    monkeypatch.setenv("VAGIGS_TELEGRAM_CHANNELS", f"UstozShogird,{entry}")
    with caplog.at_level("WARNING", logger="vagigs.config"):
        assert config.telegram_channels() == ("UstozShogird",)
    assert [r.getMessage() for r in caplog.records] == [
        f"VAGIGS_TELEGRAM_CHANNELS: {entry!r} is no public channel's name (5 to 32 letters, digits and underscores, "
        "a letter first) nor its t.me link; skipped"]


def test_sources_turned_off_are_checked_against_the_registry(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    known = ("hh", "jsonld", "workingnomads")
    monkeypatch.delenv("VAGIGS_SOURCES_OFF", raising=False)
    assert config.sources_off(known) == frozenset()
    monkeypatch.setenv("VAGIGS_SOURCES_OFF", " WorkingNomads, jsonld,,workingnomad")
    with caplog.at_level("WARNING", logger="vagigs.config"):
        assert config.sources_off(known) == {"workingnomads", "jsonld"}
    assert [r.getMessage() for r in caplog.records] == [
        "VAGIGS_SOURCES_OFF: unknown source 'workingnomad'; one of hh, jsonld, workingnomads; left out"]


def test_web_server_settings(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    for name in ("THREADS", "CONNECTIONS", "IDLE_SECONDS", "STOP_SECONDS", "ACCESS_LOG"):
        monkeypatch.delenv(f"VAGIGS_WEB_{name}", raising=False)
    assert config.web_server() == config.WebServer(threads=8, connections=1000, idle_seconds=15, stop_seconds=10,
                                                   access_log=False)
    monkeypatch.setenv("VAGIGS_WEB_THREADS", " 16 ")
    monkeypatch.setenv("VAGIGS_WEB_ACCESS_LOG", "1")
    monkeypatch.setenv("VAGIGS_WEB_IDLE_SECONDS", "0")
    with caplog.at_level("WARNING", logger="vagigs.config"):
        settings = config.web_server()
    assert (settings.threads, settings.access_log, settings.idle_seconds) == (16, True, 15)
    assert [r.getMessage() for r in caplog.records] == [
        "VAGIGS_WEB_IDLE_SECONDS='0' is no whole number from 1 to 3600; using 15"]


@pytest.mark.parametrize("value,trusted,named", [("", False, False), ("0", False, False), ("1", True, False),
                                                 (" yes ", True, False), ("/vagigs", False, True)])
def test_the_forwarded_prefix_is_trusted_only_when_asked(monkeypatch, caplog, value: str, trusted: bool,  # type: ignore[no-untyped-def]
                                                         named: bool) -> None:
    monkeypatch.setenv("VAGIGS_PROXY_PREFIX", value)
    with caplog.at_level("WARNING", logger="vagigs.config"):
        assert config.proxy_prefix() is trusted
    assert bool(caplog.records) is named


@pytest.mark.parametrize("folder", ["what?now", "home 100%41", "a#b", "va gigs", "کارها", "%3F?%25%", "a%2"])
def test_the_default_store_is_in_vagigs_home_whatever_its_name_holds(monkeypatch, tmp_path, folder: str) -> None:  # type: ignore[no-untyped-def]
    """A ``?`` had ended the store's file name (``/x/what?now`` stored in the file ``/x/what``) and a ``%41`` had
    been read as an ``A``."""
    from sqlalchemy.engine import make_url

    from store import db

    monkeypatch.delenv("VAGIGS_DATABASE_URL", raising=False)
    monkeypatch.setenv("VAGIGS_HOME", str(tmp_path / folder))
    url = config.database_url()
    assert make_url(url).database == str(tmp_path / folder / "vagigs.db")
    assert db.sqlite_file(url) == tmp_path / folder / "vagigs.db"
    with db.engine(url).connect() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    assert (tmp_path / folder / "vagigs.db").is_file()
    db.engine(url).dispose()


def test_a_vagigs_home_that_is_a_file_is_said_as_such(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """It had been read as a folder all the same: ``vagigs runs`` said "no store at /etc/passwd/vagigs.db", ``vagigs
    crawl`` "FileExistsError"."""
    monkeypatch.delenv("VAGIGS_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    file = tmp_path / "notes.txt"
    file.write_text("a file\n")
    monkeypatch.setenv("VAGIGS_HOME", str(file))
    default = tmp_path / "data" / "vagigs"
    for read in (config.home, config.database_url, config.quarantine_dir):
        with pytest.raises(config.ConfigError) as refused:
            read()
        assert str(refused.value) == (f"VAGIGS_HOME is a file, not a folder: {file}; set it to a folder, or unset it "
                                      f"for {default}")
    monkeypatch.setenv("VAGIGS_HOME", str(file / "vagigs"))
    with pytest.raises(config.ConfigError, match=f"^VAGIGS_HOME is in a file, not a folder: {file / 'vagigs'} "
                                                 rf"\({file} is a file\); set it to a folder"):
        config.home()
    monkeypatch.delenv("VAGIGS_HOME")
    default.parent.mkdir()
    default.write_text("")
    with pytest.raises(config.ConfigError) as refused:
        config.home()
    assert str(refused.value) == (f"VAGIGS_HOME is unset and its default is a file, not a folder: {default}; set "
                                  "VAGIGS_HOME to a folder")


def test_a_vagigs_home_yet_to_be_made_is_a_folder(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for folder in (tmp_path, tmp_path / "new" / "home"):
        monkeypatch.setenv("VAGIGS_HOME", str(folder))
        assert config.home() == folder


@pytest.mark.parametrize("command", [("runs",), ("crawl", "remoteok", "--replay"), ("health",), ("prune",),
                                     ("sources",), ("migrate",)])
def test_every_command_says_a_vagigs_home_that_is_a_file_in_one_line(tmp_path, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import vagigs

    file = tmp_path / "passwd"
    file.write_text("root:x:0:0\n")
    proc = vagigs(*command, check=False, env={"VAGIGS_HOME": str(file), "VAGIGS_DATABASE_URL": ""})
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith(f"Error: VAGIGS_HOME is a file, not a folder: {file}; set it to a folder")
    assert proc.stderr.count("\n") == 1, proc.stderr


def test_help_names_a_vagigs_home_that_is_a_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import vagigs

    file = tmp_path / "passwd"
    file.write_text("")
    out = vagigs("--help", env={"VAGIGS_HOME": str(file), "VAGIGS_DATABASE_URL": ""}).stdout
    assert f"Store: none (VAGIGS_HOME is a file, not a folder: {file};" in out


@pytest.mark.parametrize("store", ["", "sqlite:///{tmp}/v.db"])
def test_scrapy_crawl_says_a_vagigs_home_that_is_a_file_in_one_line(tmp_path: Path, store: str) -> None:
    """As a Scrapyd job runs it: the project's settings had raised the error as they were read, a traceback of 30
    lines; with a store named, the crawl had started, to fail at its first quarantined posting."""
    import os
    import sys

    file = tmp_path / "passwd"
    file.write_text("root:x:0:0\n")
    env = {**os.environ, "VAGIGS_HOME": str(file), "VAGIGS_DATABASE_URL": store.format(tmp=tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "remoteok"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "downloader/request_count" not in proc.stderr, proc.stderr
    said = [line.split("] ERROR: ", 1)[1] for line in proc.stderr.splitlines() if "] ERROR: " in line]
    assert said == [f"crawl of remoteok not started: VAGIGS_HOME is a file, not a folder: {file}; set it to a "
                    f"folder, or unset it for {tmp_path / 'data' / 'vagigs'}"]
    assert not (tmp_path / "v.db").exists()


def test_a_vagigs_home_that_is_a_link_to_nothing_is_said_as_such(monkeypatch, tmp_path: Path) -> None:
    """A link whose folder is not there (a disk not mounted, a folder moved): ``vagigs health`` and ``serve`` had said
    "no store at …: run `vagigs crawl` first", and ``vagigs crawl`` then failed with "FileExistsError". Its folder is
    not made: behind an unmounted disk's link, it would be made on the disk below."""
    import os

    monkeypatch.delenv("VAGIGS_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / "mnt").mkdir()
    link = tmp_path / "home"
    link.symlink_to(tmp_path / "mnt" / "disk" / "vagigs")
    fix = "make that folder (or mount its disk), or set VAGIGS_HOME to a folder"
    monkeypatch.setenv("VAGIGS_HOME", str(link))
    for read in (config.home, config.database_url, config.quarantine_dir):
        with pytest.raises(config.ConfigError) as refused:
            read()
        assert str(refused.value) == (f"VAGIGS_HOME is a link to a folder that is not there: {link} -> "
                                      f"{tmp_path / 'mnt' / 'disk' / 'vagigs'}; {fix}")
    monkeypatch.setenv("VAGIGS_HOME", str(link / "store"))
    with pytest.raises(config.ConfigError) as refused:
        config.home()
    assert str(refused.value) == (f"VAGIGS_HOME is in a link to a folder that is not there: {link / 'store'} ({link} "
                                  f"-> {tmp_path / 'mnt' / 'disk' / 'vagigs'}); {fix}")
    monkeypatch.delenv("VAGIGS_HOME")
    (tmp_path / "data").symlink_to("gone")
    with pytest.raises(config.ConfigError) as refused:
        config.home()
    assert str(refused.value) == (f"VAGIGS_HOME is unset and its default is in a link to a folder that is not there: "
                                  f"{tmp_path / 'data' / 'vagigs'} ({tmp_path / 'data'} -> {tmp_path / 'gone'}); {fix}")
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    monkeypatch.setenv("VAGIGS_HOME", str(loop))
    with pytest.raises(config.ConfigError, match="^VAGIGS_HOME is a link to a folder that is not there: "):
        config.home()
    assert sorted(os.listdir(tmp_path / "mnt")) == []


@pytest.mark.parametrize("command", [("health",), ("crawl", "remoteok", "--replay"), ("serve", "--port", "9")])
def test_every_command_says_a_vagigs_home_that_is_a_link_to_nothing_in_one_line(tmp_path: Path,
                                                                                  command: tuple[str, ...]) -> None:
    from tests.helpers import vagigs

    link = tmp_path / "home"
    link.symlink_to(tmp_path / "unmounted")
    proc = vagigs(*command, check=False, env={"VAGIGS_HOME": str(link), "VAGIGS_DATABASE_URL": ""})
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == (f"Error: VAGIGS_HOME is a link to a folder that is not there: {link} -> "
                           f"{tmp_path / 'unmounted'}; make that folder (or mount its disk), or set VAGIGS_HOME to a "
                           "folder\n")
    assert not (tmp_path / "unmounted").exists()
