"""``vagigs eval language``: output format, last line, label mapping and bad input."""
from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from evaluation.language import as_class, command, length_bucket
from tests.helpers import vagigs

DEV = Path(__file__).resolve().parents[1] / "data" / "langid_dev.jsonl"


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(command, list(args))
    return result.exit_code, result.output.strip().splitlines()


def test_report_format_and_last_line(tmp_path: Path) -> None:
    f = _write(tmp_path / "x.jsonl", [
        {"text": "Virtual Assistant needed for inbox and calendar management", "lang": "en"},
        {"text": "استخدام دستیار مجازی برای مدیریت ایمیل", "lang": "fa"},
        {"text": "Виртуал ёрдамчи керак", "lang": "uz"},
        {"text": "Masofaviy yordamchi kerak, o‘zbek tilida", "lang": "uz"},
        {"text": "Требуется виртуальный помощник", "lang": "ru"},  # any other code counts as "other"
    ])
    code, lines = _run(str(f))
    assert code == 0, lines
    text = "\n".join(lines)
    for cls in ("uz", "fa", "en", "other"):
        assert re.search(rf"^{cls}\s+1\.000\s+1\.000\s+1\.000\s+\d+$", text, re.M), cls
    assert "uz-Cyrl F1=1.000" in text and "uz-Latn F1=1.000" in text
    assert re.search(r"^  <=60\s+1\.000  \(n=5\)$", text, re.M)
    assert re.search(r"^  Cyrl\s+1\.000  \(n=2\)$", text, re.M)
    assert re.search(r"^docs_per_second: \d+$", text, re.M)
    assert lines[-1] == "macro_f1=1.000"


def test_each_part_can_be_scored_alone() -> None:
    code, lines = _run(str(DEV), "--detector", "cld2", "--errors", "2")
    assert code == 0
    assert lines[0].startswith("detector: cld2")
    assert any(line.startswith("errors (first 2 of") for line in lines)
    assert re.fullmatch(r"macro_f1=0\.9\d\d", lines[-1])


def test_real_cli_on_dev_meets_the_floor() -> None:
    proc = vagigs("eval", "language", str(DEV))
    last = proc.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"macro_f1=\d\.\d{3}", last)
    assert float(last.split("=")[1]) >= 0.985  # measured 0.996


def test_a_bad_line_is_skipped_and_named_and_an_empty_file_stops_it(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": "ok text here, in English", "lang": "en"}\n{"text": 5}\n{broken\n["en"]\n', encoding="utf-8")
    result = CliRunner().invoke(command, [str(f)])
    assert result.exit_code == 0, result.output
    assert f"{f}:2: skipped (needs string fields text and lang)" in result.stderr
    assert f"{f}:3: skipped (not JSON" in result.stderr and f"{f}:4: skipped (not a JSON object" in result.stderr
    assert f"3 malformed lines skipped in {f}" in result.stderr
    assert "documents: 1" in result.stdout and result.stdout.strip().splitlines()[-1].startswith("macro_f1=")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    result = CliRunner().invoke(command, [str(empty)])
    assert result.exit_code == 1 and f"no labelled lines in {empty}" in result.output


def test_macro_f1_averages_only_the_classes_that_occur(tmp_path: Path) -> None:
    f = _write(tmp_path / "uz_en.jsonl", [
        {"text": "Masofaviy yordamchi kerak, o‘zbek tilida ishlash uchun", "lang": "uz"},
        {"text": "Virtual Assistant needed for inbox and calendar management", "lang": "en"},
    ])
    code, lines = _run(str(f))
    assert code == 0, lines
    assert "accuracy: 1.000" in lines
    assert lines[-1] == "macro_f1=1.000"  # was 0.500: fa and other, absent from labels and predictions, counted as 0
    assert "macro_f1 over uz, en (fa, other: neither labelled nor predicted)" in lines


def test_macro_f1_still_counts_a_class_only_predicted() -> None:
    from evaluation.language import Report

    report = Report(pairs=[("en", "en"), ("en", "fa")])  # fa never labelled, but predicted: a real mistake
    assert report.classes() == ["fa", "en"]
    assert round(report.macro_f1(), 3) == round((0.0 + 2 * 1 * 0.5 / 1.5) / 2, 3)
    assert Report().macro_f1() == 0.0


def test_errors_must_not_be_negative() -> None:
    result = CliRunner().invoke(command, [str(DEV), "--errors", "-3"])
    assert result.exit_code == 2 and "--errors" in result.output


def test_label_mapping_and_length_buckets() -> None:
    assert [as_class(c) for c in ("uz", "fa", "en", "tr", "und", None)] == ["uz", "fa", "en", "other", "other", "other"]
    assert [length_bucket("x" * n) for n in (60, 61, 300, 301)] == ["<=60", "61-300", "61-300", ">300"]


def test_a_label_in_capitals_is_its_language_and_one_that_is_no_code_is_named(tmp_path: Path) -> None:
    """``"EN"`` is English; ``"russian"`` counts as other, as any language outside uz/fa/en does, but is named on
    stderr, as ``eval tags`` names an unknown tag: both had been counted as other without a word."""
    f = tmp_path / "labels.jsonl"
    rows = [("This is a plain English sentence about data entry work.", "EN"),
            ("Требуется виртуальный помощник для работы с почтой", "russian"),
            ("Требуется секретарь на полный день", "ru")]
    f.write_text("".join(json.dumps({"text": t, "lang": lang}, ensure_ascii=False) + "\n" for t, lang in rows),
                 encoding="utf-8")
    result = CliRunner().invoke(command, [str(f)])
    assert result.exit_code == 0, result.output
    assert result.stderr == "unknown language label 'russian' on 1 line: no language code, counted as other\n"
    assert "gold classes: uz=0, fa=0, en=1, other=2" in result.stdout
    assert "accuracy: 1.000" in result.stdout


def test_a_json_error_reads_once(tmp_path: Path) -> None:
    """``json`` says "Invalid control character at": the column completes it (it had read "at at column 17")."""
    f = tmp_path / "tab.jsonl"
    f.write_text('{"text": "a\tb", "lang": "en"}\n{"text": "ok text here, in English", "lang": "en"}\n',
                 encoding="utf-8")
    result = CliRunner().invoke(command, [str(f)])
    assert f"{f}:1: skipped (not JSON: Invalid control character at column 12)\n" in result.stderr
    assert f"1 malformed line skipped in {f}\n" in result.stderr
