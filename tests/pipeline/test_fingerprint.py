"""``pipeline.fingerprint``: the version a stage stamps changes with the files it runs on, and only then."""
from __future__ import annotations

import os
from pathlib import Path

from pipeline import fingerprint, legitimacy, tags


def test_the_fingerprint_follows_the_files_bytes(tmp_path: Path) -> None:
    rules, model = tmp_path / "rules.py", tmp_path / "model.json"
    rules.write_text("FEE = 'registration fee'\n")
    model.write_text('{"w": 1}')
    first = fingerprint.of_files(rules, model)
    assert len(first) == 8 and fingerprint.of_files(rules, model) == first
    model.write_text('{"w": 2}')  # a retrained model: same size, another time and bytes
    os.utime(model, ns=(1, 1))
    assert fingerprint.of_files(rules, model) != first
    model.write_text('{"w": 1}')
    assert fingerprint.of_files(rules, model) == first  # the bytes, not the time, are the version
    assert fingerprint.of_files(model, rules) != first  # and which file holds them
    model.unlink()  # an untrained model reads as empty
    assert fingerprint.of_files(rules, model) not in (first, fingerprint.of_files(rules))


def test_each_stage_names_its_installed_version() -> None:
    assert tags.version().startswith(tags.taxonomy_version() + "+") and len(tags.version().split("+")[1]) == 8
    assert len(legitimacy.version()) == 8 and legitimacy.version() != tags.version().split("+")[1]


def test_retraining_the_tags_model_changes_the_tagger_version(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pipeline.tags import model as mdl

    before = tags.version()
    copy = tmp_path / "model.json"
    copy.write_bytes(mdl.MODEL_PATH.read_bytes())
    monkeypatch.setattr(mdl, "MODEL_PATH", copy)
    assert tags.version() == before  # the same bytes
    copy.write_text(copy.read_text() + "\n")  # retrained: other bytes
    assert tags.version() != before


def test_the_judge_version_covers_the_language_stage() -> None:
    """``unread_language`` reads each line's language (``language.detect``): the judge's version had not followed
    the language stage's code or models."""
    from pipeline import language
    from pipeline.language import ngram

    files = set(language.files())
    code = {p for p in Path(language.__file__).parent.glob("*.py") if p.name != "build_profiles.py"}  # (offline tool)
    assert code <= files
    assert {ngram.PROFILES / "uz.json", ngram.PROFILES / "fa.json", ngram.STOCK / "en", ngram.STOCK / "ru"} <= files
    assert language.libraries() == (f"pycld2 {__import__('pycld2').__version__}",)  # CLD2's compiled model


def test_a_compiled_library_counts_by_its_release_not_its_bytes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A crawl node on another platform or Python runs other bytes of the same CLD2 release: it must stamp alike."""
    from pipeline import language

    before = legitimacy.version()
    assert not any(p.suffix == ".so" for p in language.files())
    monkeypatch.setattr(language, "libraries", lambda: ("pycld2 0.43",))
    assert legitimacy.version() != before


def test_rebuilding_a_language_profile_changes_the_judge_version(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pipeline.language import ngram

    before = legitimacy.version()
    copy = tmp_path / "profiles"
    copy.mkdir()
    for path in ngram.PROFILES.glob("*.json"):
        (copy / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(ngram, "PROFILES", copy)
    assert legitimacy.version() == before  # the same bytes
    uz = copy / "uz.json"
    uz.write_text(uz.read_text() + "\n")  # rebuilt: other bytes
    assert legitimacy.version() != before
