"""Every ``vagigs eval`` reads files saved by Windows editors: a UTF-8 BOM and CRLF line ends lose no line."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from evaluation import dedupe, language, legitimacy, tags


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8-sig", newline="\r\n")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    return path


def run(command, *args: str) -> str:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(command, [*args])
    assert result.exit_code == 0, result.output
    return result.output


def test_tags(tmp_path: Path) -> None:
    rows = [{"text": "Virtual Assistant\nManage the inbox and the calendar of our CEO.",
             "tags": ["email_management", "calendar_scheduling"], "va_relevant": True},
            {"text": "Senior Go Engineer\nBuild APIs.", "tags": [], "va_relevant": False}]
    out = run(tags.command, str(write(tmp_path / "t.jsonl", [json.dumps(r) for r in rows])))
    assert "tp=1 fp=0 fn=0 tn=1" in out  # both rows read: the BOM line is not skipped


def test_dedupe(tmp_path: Path) -> None:
    side = {"title": "VA", "company": "Acme", "description": "Manage the inbox and calendar of our CEO every day.",
            "url": "", "source": "x", "location": "", "salary": ""}
    rows = [{"a": side, "b": dict(side, source="y"), "duplicate": True}] * 2
    assert "pairs: 2" in run(dedupe.command, str(write(tmp_path / "d.jsonl", [json.dumps(r) for r in rows])))


def test_language(tmp_path: Path) -> None:
    rows = [{"text": "Ixcham koʻrinishdagi andoza kattalashtirish darajasi", "lang": "uz"},
            {"text": "This is a plain English sentence about data entry work.", "lang": "en"}]
    out = run(language.command, str(write(tmp_path / "l.jsonl", [json.dumps(r, ensure_ascii=False) for r in rows])))
    assert out.strip().splitlines()[-1].startswith("macro_f1=")
    assert "accuracy: 1.000" in out


def test_legitimacy(tmp_path: Path) -> None:
    fraud = write(tmp_path / "f.csv", ["job_id,title,description,fraudulent",
                                       "1,Data entry clerk,Earn money from home. Pay a registration fee to start.,1"])
    legit = write(tmp_path / "l.jsonl", [json.dumps({"title": "Office assistant", "company": "Acme",
                                                     "description": "Answer phones and keep the files in order."})])
    out = run(legitimacy.command, "--fraud", str(fraud), "--legit", str(legit))
    assert "n=1 recall_likely_scam=1.000" in out and "l.jsonl: n=1" in out


def _lines_in(encoding: str) -> dict[str, bytes]:
    """One valid line for each evaluator, encoded as a Windows editor might save it."""
    side = {"title": "Секретарь", "company": "Акме", "description": "Работа с почтой и календарём руководителя."}
    rows = {"dedupe": {"a": side, "b": side, "duplicate": True},
            "language": {"text": "Требуется виртуальный помощник", "lang": "other"},
            "tags": {"text": "Секретарь\nРабота с почтой", "tags": ["email_management"], "va_relevant": True}}
    return {name: (json.dumps(row, ensure_ascii=False) + "\n").encode(encoding) for name, row in rows.items()}


def test_a_file_that_is_not_utf8_stops_every_eval_with_its_name(tmp_path: Path) -> None:
    commands = {"dedupe": dedupe.command, "language": language.command, "tags": tags.command}
    for encoding, said in (("cp1251", "not UTF-8 (byte 0x"), ("utf-16", "not UTF-8 but UTF-16"),
                           ("utf-16-le", "not UTF-8 (a NUL byte on line 1")):
        for name, data in _lines_in(encoding).items():
            path = tmp_path / f"{name}-{encoding}.jsonl"
            path.write_bytes(data)
            result = CliRunner().invoke(commands[name], [str(path)])
            assert result.exit_code == 1, (name, encoding, result.output)
            assert f"{path}: {said}" in result.output and "iconv" in result.output, (name, encoding, result.output)
            assert not isinstance(result.exception, UnicodeDecodeError)


def test_an_empty_file_gives_the_same_exit_code_in_every_eval(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    empty_csv = tmp_path / "empty.csv"
    empty_csv.write_text("", encoding="utf-8")
    legit = tmp_path / "legit.jsonl"
    legit.write_text(json.dumps({"title": "Office assistant", "description": "Answer phones."}) + "\n",
                     encoding="utf-8")
    fraud = tmp_path / "fraud.csv"
    fraud.write_text("title,description,fraudulent\nData entry,Pay a fee to start.,1\n", encoding="utf-8")
    for command, args in ((dedupe.command, [str(empty)]), (language.command, [str(empty)]),
                          (tags.command, [str(empty)]),
                          (legitimacy.command, ["--fraud", str(empty_csv), "--legit", str(legit)]),
                          (legitimacy.command, ["--fraud", str(fraud), "--legit", str(empty)])):
        result = CliRunner().invoke(command, args)
        assert result.exit_code == 1 and "Error: no " in result.output, (command.name, result.output)
