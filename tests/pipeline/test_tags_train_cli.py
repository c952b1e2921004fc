"""The relevance model's training command: ``--help``, a mistyped option or a missing file must neither fit nor
overwrite ``model.json`` (it once took any argument for the labelled file's path)."""
from __future__ import annotations

import pytest

from pipeline.tags import train


@pytest.fixture
def untouchable(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The model's path moved to an empty folder, and fitting made an error: a test passes only if the command
    stops before either."""
    artefact = tmp_path / "model.json"
    monkeypatch.setattr(train.mdl, "MODEL_PATH", artefact)

    def no_fitting(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the command went on to fit the model")

    monkeypatch.setattr(train, "main", no_fitting)
    return artefact


def test_help_describes_the_file_and_writes_nothing(untouchable, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as stop:
        train.cli(["--help"])
    assert stop.value.code == 0
    shown = capsys.readouterr().out
    assert "FILE" in shown and "tags_dev.jsonl" in shown
    assert not untouchable.exists()


@pytest.mark.parametrize("argv", [["--bogus"], ["--cv", "kfold"], ["no/such/file.jsonl"],
                                  [str(train.DEV), str(train.DEV)]])
def test_an_unknown_option_or_a_missing_file_exits_non_zero_and_writes_nothing(  # type: ignore[no-untyped-def]
        untouchable, argv, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        train.cli(argv)
    assert stop.value.code not in (0, None)
    assert "usage:" in capsys.readouterr().err
    assert not untouchable.exists()


def test_the_labelled_file_given_is_the_one_fitted(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    fitted = []
    monkeypatch.setattr(train, "main", lambda path: fitted.append(path) or {
        "trained_on": 1, "weights": [0.0], "tag_thresholds": {}})
    train.cli([str(train.DEV)])
    assert [p.name for p in fitted] == ["tags_dev.jsonl"]
    assert "trained on 1 postings" in capsys.readouterr().out
