"""``vagigs reassess``, ``vagigs retag`` and ``vagigs dedupe`` on a store of a few thousand postings: progress lines, and a stop by a real
signal that ends the command and its forked workers with one line saying how far it got, which ``--stale`` resumes."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.helpers import ROOT, vagigs

N = 8000  # above PARALLEL_FROM (the pass forks its workers), and some batches past those a stop lets finish


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from store import db, queries

    path = tmp_path_factory.mktemp("big") / "big.db"
    url = f"sqlite:///{path}"
    db.migrate(url)
    with db.sessions(url).begin() as session:
        for i in range(N):
            queries.upsert_posting(session, dict(
                source="hh", source_id=str(i), title=f"Virtual assistant {i}", company=f"Firm {i % 97}",
                description=f"Answer emails, keep the calendar, book trips for client {i}. Pay ${300 + i % 500} a "
                            "month, remote, part time. Apply with your CV.", salary_min=300 + i % 500))
    db.engine(url).dispose()
    return path


def _store(big_store: Path, tmp_path: Path) -> str:
    shutil.copy(big_store, tmp_path / "big.db")
    return f"sqlite:///{tmp_path / 'big.db'}"


def _stamped(url: str, column: str, stamp: str) -> int:
    from store import db
    from store.models import Posting

    with db.sessions(url)() as session:
        return session.scalar(select(func.count()).select_from(Posting)
                              .where(getattr(Posting, column) == stamp)) or 0


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "stat").read_text().split(") ")[1].split()[1] == str(pid):
                found.add(int(entry.name))
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().split(") ")[1].split()[0] != "Z"
    except OSError:
        return False


# (SIGINT goes to the same handler as SIGTERM, ``cli._stoppable``: each command is stopped by one of the two)
@pytest.mark.long  # (an end-to-end run of 10-20 s: after the README's command, in CI)
@pytest.mark.parametrize(("command", "column", "how"), [("reassess", "legitimacy_version", signal.SIGTERM),
                                                        ("retag", "tags_version", signal.SIGINT)])
def test_a_stop_midway_ends_the_pass_and_its_workers_quietly_and_stale_resumes_it(
        big_store: Path, tmp_path: Path, command: str, column: str, how: int) -> None:
    from pipeline import installed_versions

    url = _store(big_store, tmp_path)
    stamp = installed_versions()["legitimacy" if command == "reassess" else "tags"]
    env = {**os.environ, "VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "h")}
    # a progress line after every batch, to stop it by: reassess's first batch is judged before its workers fork
    proc = subprocess.Popen([sys.executable, "-c", "import cli; cli.PROGRESS_EVERY = 0; cli.main()", command],
                            cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    forks = command == "reassess"  # (retag forks only past 20,000 postings)
    try:
        assert proc.stderr is not None
        lines = [proc.stderr.readline() for _ in range(2 if forks else 1)]
        workers = _children(proc.pid)
        proc.send_signal(how)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    err = "".join(lines) + err
    done = _stamped(url, column, stamp)
    assert lines[0].startswith(f"{command}: 1,000 of 8,000 postings (12 %), " if forks else
                               f"{command}: 2,000 of 8,000 postings (25 %), "), err
    assert proc.returncode == 1, err
    assert 0 < done < N, (done, out, err)  # stopped midway, what it wrote kept
    assert "Traceback" not in err and "Aborted" not in err, err
    assert f"{command}: stopped; {'judged' if forks else 're-tagged'} {done:,} of 8,000 postings; " in err, err
    assert f"`vagigs {command} --stale` goes on from there" in err, err
    assert bool(workers) == forks and not any(_alive(pid) for pid in workers)  # no worker left behind
    resumed = vagigs(command, "--stale", env=env)
    assert f"{N - done} stale postings" in resumed.stdout, resumed
    assert _stamped(url, column, stamp) == N


def test_progress_is_a_line_at_most_every_interval_with_the_rate_and_time_left() -> None:
    from click.testing import CliRunner

    import cli

    clock = iter([0.0, 5.0, 10.0, 12.0, 30.0, 40.0])
    runner = CliRunner()

    @cli.click.command()
    def pass_() -> None:
        progress = cli._Progress("reassess", every=10)
        progress.clock = lambda: next(clock)  # type: ignore[method-assign]
        progress.started = progress.last = progress.clock()
        for done in (500, 1000, 1200, 3000, 6000):
            progress(done, 6000)

    result = runner.invoke(pass_)
    assert result.output.splitlines() == ["reassess: 1,000 of 6,000 postings (16 %), 100/s, about 50 s left",
                                          "reassess: 3,000 of 6,000 postings (50 %), 100/s, about 30 s left"]


@pytest.mark.long
def test_dedupe_tells_its_progress_and_a_stop_keeps_what_it_indexed_for_the_next_run(
        big_store: Path, tmp_path: Path) -> None:
    """``vagigs dedupe`` on a store whose index lags (a crawl leaves a backlog past VAGIGS_DEDUPE_BACKLOG_PER_CRAWL)
    had said nothing for as long as it ran, and Ctrl-C had printed its workers' tracebacks."""
    from pipeline.dedupe.cluster import VERSION
    from store import db
    from store import dedupe_queries as dq

    def unindexed() -> int:
        with db.sessions(url)() as session:
            return len(dq.unindexed_ids(session, VERSION))

    url = _store(big_store, tmp_path)
    env = {**os.environ, "VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "h")}
    code = "import cli, pipeline.dedupe.cluster as c; cli.PROGRESS_EVERY = 0; c.UPDATE_BATCH = 1000; cli.main()"
    proc = subprocess.Popen([sys.executable, "-c", code, "dedupe"], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    err = first + err
    left = unindexed()
    assert first.startswith("dedupe: 1,000 of 8,000 postings (12 %), "), err
    assert proc.returncode == 1 and 0 < left < N, (left, out, err)
    assert "Traceback" not in err and "Aborted" not in err, err
    assert f"dedupe: stopped; indexed {N - left:,} of 8,000 postings; " in err, err
    assert f"{left:,} postings left unindexed (`vagigs dedupe` indexes them)" in out, out
    assert workers and not any(_alive(pid) for pid in workers)
    assert "stopping once the batches under way are written" in err and err.count("stopping once") == 1, err
    vagigs("dedupe", env=env)
    assert unindexed() == 0
