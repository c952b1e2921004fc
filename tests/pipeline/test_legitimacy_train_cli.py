"""The training command's options: ``--help`` or a mistyped option must neither train nor overwrite ``model.json``
(the command without options rebuilds the artefact; it once read ``sys.argv`` by hand, so ``--help`` retrained)."""
from __future__ import annotations

import pytest

from pipeline.legitimacy import train


@pytest.fixture
def untouchable(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The artefact's path moved to an empty folder, and loading the dev rows (the first step of every mode) made
    an error: a test passes only if the command stops before either."""
    artefact = tmp_path / "model.json"
    monkeypatch.setattr(train, "ARTEFACT", artefact)

    def no_training() -> None:
        raise AssertionError("the dev rows were loaded: the command went on to train")

    monkeypatch.setattr(train.Dev, "load", staticmethod(no_training))
    return artefact


def test_help_describes_each_option_and_writes_nothing(untouchable, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as stop:
        train.main(["--help"])
    assert stop.value.code == 0
    shown = capsys.readouterr().out
    for option in ("--heldout-splits N", "--append TEXT", "--learning-curve N"):
        assert option in shown
    assert not untouchable.exists()


@pytest.mark.parametrize("argv", [
    ["--bogus"],
    ["--heldout-split", "14"],  # a typo of --heldout-splits
    ["--heldout-splits"],  # no number
    ["--heldout-splits", "0"],
    ["--heldout-splits", "3", "--learning-curve", "3"],
    ["--append", "This is a fully remote role."],  # --append only with --heldout-splits
    ["14"],
])
def test_an_unknown_or_malformed_option_exits_non_zero_and_writes_nothing(  # type: ignore[no-untyped-def]
        untouchable, argv, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        train.main(argv)
    assert stop.value.code not in (0, None)
    assert "usage:" in capsys.readouterr().err
    assert not untouchable.exists()
