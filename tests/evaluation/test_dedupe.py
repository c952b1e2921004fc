"""``vagigs eval dedupe``: output format and honest floors on the labelled pairs."""
from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from evaluation.dedupe import command

PAIRS = Path(__file__).parents[1] / "data" / "dedupe_pairs.jsonl"


def run(*args: str) -> list[str]:
    result = CliRunner().invoke(command, [*args])
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()


def figures(lines: list[str]) -> dict[str, float]:
    out = {}
    for line in lines:
        m = re.match(r"^(precision|recall): ([0-9.]+)", line) or re.match(r"^(f1)=([0-9.]+)$", line)
        if m:
            out[m.group(1)] = float(m.group(2))
    return out


def test_labelled_set_is_big_and_real_enough() -> None:
    recs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    assert len(recs) >= 300
    real = [r for r in recs if not r["constructed"]]
    assert sum(r["duplicate"] for r in real) >= 50 and sum(not r["duplicate"] for r in real) >= 150
    kinds = {r["kind"] for r in recs}
    assert {"real_template", "real_other_role", "real_same_title", "constructed_cross_source",
            "constructed_script"} <= kinds
    assert all(r["how"] for r in recs if r["constructed"])


def test_last_line_is_f1_and_floors_hold_on_dev_and_heldout() -> None:
    for split, floor_p, floor_r in (("dev", 0.98, 0.97), ("heldout", 0.97, 0.97)):
        lines = run(str(PAIRS), "--split", split)
        assert re.fullmatch(r"f1=0\.\d{3}|f1=1\.000", lines[-1])
        f = figures(lines)
        assert f["precision"] >= floor_p and f["recall"] >= floor_r, (split, f)


def test_real_pairs_only(tmp_path: Path) -> None:
    real = [line for line in PAIRS.read_text(encoding="utf-8").splitlines() if '"constructed": false' in line]
    path = tmp_path / "real.jsonl"
    path.write_text("\n".join(real) + "\n", encoding="utf-8")
    f = figures(run(str(path)))
    assert f["precision"] >= 0.97 and f["recall"] >= 0.97


def test_minimal_lines_with_empty_fields(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    a = {"title": "Virtual Assistant", "company": "Acme", "description": "Inbox and calendar work " * 5,
         "url": "", "source": "", "location": "", "salary": ""}
    path.write_text("\n".join(json.dumps(x) for x in [
        {"a": a, "b": dict(a, url="https://t.me/x/1"), "duplicate": True},
        {"a": dict(a, location="Tashkent"), "b": dict(a, location="Berlin"), "duplicate": True},
        {"a": {}, "b": {"title": "x"}, "duplicate": False},
    ]) + "\n", encoding="utf-8")
    lines = run(str(path), "--by-kind", "--errors")
    assert lines[-1] == "f1=0.667"  # pair 2 (labelled wrongly on purpose) is judged a template: recall 0.5
    assert any("line 2" in line for line in lines)


def test_a_line_without_its_label_is_skipped_and_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"a": {}, "b": {}}\n', encoding="utf-8")
    result = CliRunner().invoke(command, [str(path)])
    assert result.exit_code == 1 and f"{path}:1: skipped (no duplicate label" in result.output
    assert f"no labelled pairs in {path}" in result.output


SIDE = {"title": "Virtual Assistant", "company": "Acme", "description": "Manage the inbox and calendar of our CEO " * 3}
OTHER = {"title": "Go Engineer", "company": "Initech", "description": "Build payment APIs in Go with Postgres " * 3}


def _lines(path: Path, lines: list) -> Path:  # type: ignore[type-arg]
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8")
    return path


def test_no_pairs_stops_instead_of_printing_a_perfect_f1(tmp_path: Path) -> None:
    empty = _lines(tmp_path / "empty.jsonl", [])
    result = CliRunner().invoke(command, [str(empty)])
    assert result.exit_code == 1 and f"no labelled pairs in {empty}" in result.output, result.output
    assert "f1=" not in result.output
    dev_only = _lines(tmp_path / "dev.jsonl", [{"a": SIDE, "b": SIDE, "duplicate": True, "split": "dev"}])
    result = CliRunner().invoke(command, [str(dev_only), "--split", "heldout"])
    assert result.exit_code == 1 and "f1=" not in result.output, result.output
    assert f"no labelled pairs in {dev_only} (split 'heldout'; the file has: dev)" in result.output
    only_bad = _lines(tmp_path / "bad.jsonl", ["{broken", {"a": SIDE, "b": SIDE, "duplicate": "yes"}])
    result = CliRunner().invoke(command, [str(only_bad)])
    assert result.exit_code == 1 and f"no labelled pairs in {only_bad}" in result.output


def test_the_label_must_be_true_or_false_and_bad_lines_are_skipped_and_named(tmp_path: Path) -> None:
    path = _lines(tmp_path / "p.jsonl", [
        {"a": SIDE, "b": SIDE, "duplicate": True},
        {"a": SIDE, "b": OTHER, "duplicate": "no"},  # bool("no") is True: it was read as a duplicate
        {"a": SIDE, "b": OTHER, "duplicate": None},
        {"a": SIDE, "b": OTHER, "duplicate": 2},
        {"a": SIDE, "b": OTHER},
        "{broken",
        {"a": "a posting", "b": OTHER, "duplicate": False},  # was AttributeError in _posting
        {"a": SIDE, "b": dict(OTHER, title=5), "duplicate": False},  # was TypeError in the pipeline
        {"a": [SIDE], "b": OTHER, "duplicate": False},
        {"a": SIDE, "b": OTHER, "duplicate": 0},  # 1/0 are read as true/false
        {"a": SIDE, "b": dict(OTHER, location=None), "duplicate": False},  # null fields are empty
    ])
    result = CliRunner().invoke(command, [str(path), "--by-kind", "--errors"])
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert f"{path}:2: skipped (duplicate must be true or false, not 'no')" in err
    assert f"{path}:3: skipped (duplicate must be true or false, not None)" in err
    assert f"{path}:4: skipped (duplicate must be true or false, not 2)" in err
    assert f"{path}:5: skipped (no duplicate label (true or false))" in err
    assert f"{path}:6: skipped (not JSON" in err
    assert f'{path}:7: skipped ("a" must be an object of posting fields, not str)' in err
    assert f'{path}:8: skipped ("b": title must be text)' in err
    assert f'{path}:9: skipped ("a" must be an object of posting fields, not list)' in err
    assert f"8 malformed lines skipped in {path}" in err
    out = result.stdout.strip().splitlines()
    assert out[0].strip().startswith("-") and "pairs=   3" in out[0]
    assert "pairs: 3 (duplicates 1)" in result.stdout and "tp=1 fp=0" in result.stdout
    assert out[-1] == "f1=1.000"


def test_judge_reads_int_labels_like_the_shipped_file(tmp_path: Path) -> None:
    from evaluation.dedupe import judge

    path = _lines(tmp_path / "p.jsonl", [{"a": SIDE, "b": SIDE, "duplicate": 1},
                                         {"a": SIDE, "b": OTHER, "duplicate": 0}])
    assert [(r["duplicate"], r["predicted"]) for r in judge(path)] == [(True, True), (False, False)]
