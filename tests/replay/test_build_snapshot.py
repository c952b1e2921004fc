"""``tests/fixtures/build_replay_snapshot.py`` rebuilds the shipped snapshot from the test fixtures as shipped: a
fixture changed without the snapshot (or the other way round), or a host's lines the script writes but does not
replace (a duplicate recording), fails here rather than when someone next runs it."""
from __future__ import annotations

import filecmp
import importlib.util
import json
import shutil
from pathlib import Path

from replay import SHIPPED_SNAPSHOT
from tests.helpers import FIXTURES


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_replay_snapshot", FIXTURES / "build_replay_snapshot.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _differences(left: Path, right: Path) -> list[str]:
    found: list[str] = []
    cmp = filecmp.dircmp(left, right)
    found += [f"only in the rebuild: {n}" for n in cmp.left_only] + [f"only shipped: {n}" for n in cmp.right_only]
    found += [f"differs: {n}" for n in filecmp.cmpfiles(left, right, cmp.common_files, shallow=False)[1]]
    return found + [d for sub in cmp.common_dirs for d in _differences(left / sub, right / sub)]


def test_the_build_script_rebuilds_the_shipped_snapshot(tmp_path: Path) -> None:
    snap = tmp_path / "snapshot"
    shutil.copytree(SHIPPED_SNAPSHOT, snap)
    _script().main(snap)
    assert _differences(snap, SHIPPED_SNAPSHOT) == []


def test_the_build_script_replaces_the_lines_of_each_host_it_writes(tmp_path: Path) -> None:
    """Its hosts are those of the bodies it writes (a hard-coded list had to be kept in step with them by hand)."""
    snap = tmp_path / "snapshot"
    shutil.copytree(SHIPPED_SNAPSHOT, snap)
    with open(snap / "manifest.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"url": "https://jobicy.com/old", "status": 200, "body": "jobicy.com/old.json"}) + "\n")
    (snap / "jobicy.com" / "old.json").write_text("[]", encoding="utf-8")
    _script().main(snap)
    assert _differences(snap, SHIPPED_SNAPSHOT) == []
