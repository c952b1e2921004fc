"""``vagigs prune``: quarantined files older than ``--days`` go, with the spider folders they leave empty; newer ones
stay, and ``--dry-run`` only says what would go. In this process (click's runner)."""
from __future__ import annotations

import os
import time
from pathlib import Path

from click.testing import CliRunner

from cli import main


def _kept(home: Path, spider: str, name: str, days_ago: float, size: int = 1000) -> Path:
    folder = home / "quarantine" / spider
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"x" * size)
    when = time.time() - days_ago * 86400
    os.utime(path, (when, when))
    return path


def test_prune_removes_only_what_is_older_than_the_days_given(tmp_path: Path) -> None:
    home = tmp_path / "home"
    old_body = _kept(home, "remoteok", "20261001T000000-malformed_response.body", 40, 2_000_000)
    old_meta = _kept(home, "remoteok", "20261001T000000-malformed_response.json", 40)
    new_body = _kept(home, "remoteok", "20261204T000000-malformed_response.body", 1)
    gone_folder = _kept(home, "hh", "20261002T000000-http_403.body", 35).parent
    env = {"VAGIGS_HOME": str(home)}

    dry = CliRunner().invoke(main, ["prune", "--dry-run"], env=env)
    assert dry.exit_code == 0, dry.output
    assert dry.stdout.startswith("would remove 3 quarantined files (2.0 MB) older than 30 days")
    assert old_body.exists() and gone_folder.exists()

    result = CliRunner().invoke(main, ["prune"], env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("removed 3 quarantined files (2.0 MB) older than 30 days")
    assert not old_body.exists() and not old_meta.exists() and not gone_folder.exists()
    assert new_body.exists()

    again = CliRunner().invoke(main, ["prune", "--days", "1"], env=env)
    assert again.stdout.startswith("removed 1 quarantined file ") and not new_body.exists()


def test_prune_without_a_quarantine_removes_nothing(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["prune"], env={"VAGIGS_HOME": str(tmp_path / "none")})
    assert result.exit_code == 0 and result.stdout.startswith("removed 0 quarantined files (0.0 MB)")
    assert not (tmp_path / "none").exists()


def test_prune_refuses_a_span_that_is_no_day(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["prune", "--days", "0"], env={"VAGIGS_HOME": str(tmp_path)})
    assert result.exit_code == 2 and "'--days': 0 is not in the range" in result.stderr
