"""The identity checks' command (``record|compare OUT.json``): read before any output is computed, so ``--help`` or
a mistyped mode computes nothing and writes nothing; ``compare`` exits 1 when an output changed."""
from __future__ import annotations

import pytest

from benchmarks.identity import record_or_compare


def _never() -> dict:
    raise AssertionError("the outputs were computed")


@pytest.mark.parametrize("argv, status", [(["--help"], 0), (["recrd", "out.json"], 2), (["record"], 2),
                                          (["compare", "a.json", "b.json"], 2)])
def test_help_or_a_mistyped_mode_stops_before_any_output(argv, status, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        record_or_compare(argv, _never, prog="python -m benchmarks.some_identity")
    assert stop.value.code == status
    assert list(tmp_path.iterdir()) == []


def test_compare_lists_what_changed_since_the_record(tmp_path, capsys) -> None:
    out = str(tmp_path / "out.json")
    assert record_or_compare(["record", out], lambda: {"a": [1], "b": [2]}) == 0
    assert record_or_compare(["compare", out], lambda: {"a": [1], "b": [2]}) == 0
    assert record_or_compare(["compare", out], lambda: {"a": [1], "b": [3]}) == 1
    assert "b: before=[2] now=[3]" in capsys.readouterr().out
