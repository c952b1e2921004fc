"""``vagigs migrate`` says which revisions it applies as it goes and how long it took, and tells a store it
migrated from one that was up to date; a command on a store another process is migrating says so, instead of
advising a second ``vagigs migrate``. On a big store a migration had printed nothing for minutes, then the line a
store with nothing to do gets."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from store import db
from tests.helpers import ROOT, alembic_to, small_store, vagigs

OLD = "0014_no_region_limit"


def _pending_after(url: str, revision: str) -> list[str]:
    """The revisions a store at ``revision`` lacks, in the order they are applied."""
    script = db._script(url)
    return [s.revision for s in reversed(list(script.iterate_revisions("heads", revision)))]


def _head(url: str) -> str:
    [head] = db._script(url).get_heads()
    return head


def _applied(stderr: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"^applying (\S+) \(\d+ of \d+, [^)]* so far\): \S", stderr, re.M)]


def test_migrate_names_each_revision_as_it_applies_it_and_says_from_what_to_what(tmp_path: Path) -> None:
    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1"})
    alembic_to(url, command.downgrade, OLD)
    db.engine(url).dispose()
    env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}
    proc = vagigs("migrate", env=env)
    pending = _pending_after(url, OLD)
    assert proc.stderr.startswith(f"migrating the store at {url} from {OLD} to {_head(url)}: {len(pending)} "
                                  "revisions\n"), proc.stderr
    assert _applied(proc.stderr) == pending, proc.stderr
    assert re.search(rf"^store at {re.escape(url)} migrated from {OLD} to {_head(url)} in \d+\.\d s\n\Z",
                     proc.stdout), proc.stdout
    again = vagigs("migrate", env=env)
    assert again.stdout == f"store at {url} is already up to date ({_head(url)})\n" and again.stderr == ""


def test_a_new_store_is_said_to_be_made(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    proc = vagigs("migrate", env={"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")})
    assert re.search(rf"^store at {re.escape(url)} migrated from an empty database to {_head(url)} in \d+\.\d s\n\Z",
                     proc.stdout), proc.stdout
    assert len(_applied(proc.stderr)) == len(_pending_after(url, "base"))


def _migrate(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """``vagigs migrate`` started, its stderr unbuffered here: ``_line_with`` waits on the pipe for each line."""
    return subprocess.Popen([sys.executable, "-m", "cli", "migrate"], cwd=ROOT, env=env, bufsize=0,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _line_with(stream, needle: str, seen: list[str], timeout: float = 60) -> str:  # type: ignore[no-untyped-def]
    import select
    import time

    deadline = time.monotonic() + timeout
    while select.select([stream], [], [], max(deadline - time.monotonic(), 0))[0]:
        line = stream.readline().decode()
        if not line:
            break
        seen.append(line)
        if needle in line:
            return line
    raise AssertionError(f"{needle!r} never printed:\n{''.join(seen)}")


@pytest.mark.postgres
def test_commands_on_a_store_being_migrated_say_so_and_a_second_migrate_waits_saying_so(
        postgres_server: str, tmp_path: Path) -> None:
    """The migration is held at its first revision by a reader of ``postings`` (as a long one takes minutes): the
    commands meanwhile had said the store "is not migrated to this version of vagigs: run `vagigs migrate` once"."""
    from tests.helpers import own_postgres_database

    with own_postgres_database(postgres_server, "vagigs_migrating") as url:
        db.migrate(url)
        alembic_to(url, command.downgrade, OLD)
        env = {**os.environ, "VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}
        reader = db.engine(url).connect()
        reader.execute(text("LOCK TABLE postings IN ACCESS SHARE MODE"))  # 0015 alters postings: it waits
        migrating = _migrate(env)
        second = None
        try:
            seen: list[str] = []
            assert migrating.stderr is not None
            _line_with(migrating.stderr, f"applying {_pending_after(url, OLD)[0]} (1 of ", seen)
            for args in (("feed",), ("health",), ("crawl", "remotive", "--replay")):
                proc = vagigs(*args, env=env, check=False)
                assert proc.returncode != 0 and "run `vagigs migrate`" not in proc.stderr, (args, proc.stderr)
                assert re.fullmatch(rf"Error: the store at {re.escape(url)} is being migrated \("
                                    r"PostgreSQL backend \d+, since \d\d:\d\d:\d\d UTC\): run this again when it "
                                    r"ends\n", proc.stderr), (args, proc.stderr)
            second = _migrate(env)
            assert second.stderr is not None
            waiting = _line_with(second.stderr, "waiting", [])
            assert re.fullmatch(rf"the store at {re.escape(url)} is being migrated \(PostgreSQL "
                                r"backend \d+, since \d\d:\d\d:\d\d UTC\): waiting for it to end\n", waiting), waiting
        finally:
            reader.rollback()
            reader.close()
            out, err = (b.decode() for b in migrating.communicate(timeout=120))
        assert migrating.returncode == 0, "".join(seen) + err
        assert f"migrated from {OLD} to {_head(url)} in " in out
        assert _applied("".join(seen) + err) == _pending_after(url, OLD)
        assert second is not None
        out, err = (b.decode() for b in second.communicate(timeout=120))
        assert second.returncode == 0 and out == f"store at {url} is already up to date ({_head(url)})\n", out + err
        assert vagigs("feed", env=env).returncode == 0


def test_ctrl_c_during_the_migration_says_the_store_is_as_it_was_and_to_run_it_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The migration is one transaction, so Ctrl-C undoes all of it; the command had said only "Aborted!"."""
    from click.testing import CliRunner

    import cli

    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1"})
    alembic_to(url, command.downgrade, OLD)
    db.engine(url).dispose()
    third = _pending_after(url, OLD)[2]
    applying = cli._Migrating.applying

    def interrupted_at_the_third(self, script) -> None:  # type: ignore[no-untyped-def]
        applying(self, script)
        if script.revision == third:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli._Migrating, "applying", interrupted_at_the_third)
    result = CliRunner().invoke(cli.main, ["migrate"], env={"VAGIGS_DATABASE_URL": url})
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        f"Error: stopped while applying {third}: the migration is one transaction, undone whole, so the store at "
        f"{url} is as it was ({OLD}); run `vagigs migrate` again")
    with db.engine(url).connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == OLD


@pytest.mark.parametrize(("option", "step", "what"), [
    ("--pay", "pipeline.pay_store.reread_pay", "reading again the pay texts"),
    ("--regions", "pipeline.remote_store.reread_regions", "reading again the remote postings' locations"),
])
def test_ctrl_c_during_a_reread_says_what_is_kept_and_how_to_go_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    option: str, step: str, what: str) -> None:
    from click.testing import CliRunner

    import cli

    url, _ = small_store(tmp_path / "v.db", {"source": "remotive", "source_id": "1"})

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(step, interrupted)
    result = CliRunner().invoke(cli.main, ["migrate", option], env={"VAGIGS_DATABASE_URL": url})
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (f"Error: stopped while {what}: the store keeps what was written; run "
                                              f"`vagigs migrate {option}` again to go on")
