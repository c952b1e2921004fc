"""``vagigs eval tags``: output format, last line, and honest floors on the labelled dev set."""
from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from evaluation.tags import Scores, command, cross_validate, evaluate, load
from tests.helpers import vagigs

DEV = Path(__file__).resolve().parents[1] / "data" / "tags_dev.jsonl"


def _run(*args: str) -> list[str]:
    result = CliRunner().invoke(command, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()


def test_report_format_and_last_line(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    rows = [
        {"text": "Virtual Assistant\nManage the inbox, schedule meetings and do data entry.",
         "tags": ["general_admin", "email_management", "calendar_scheduling", "data_entry"], "va_relevant": True},
        {"text": "Senior Go Engineer\nBuild backend services in Go and Kubernetes.", "tags": [], "va_relevant": False},
        {"text": "Оператор call-центра\nПрием входящих звонков, консультирование клиентов.",
         "tags": ["phone_answering", "customer_support"], "va_relevant": True},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    lines = _run(str(f))
    assert re.fullmatch(r"micro_f1=\d\.\d{3}", lines[-1])
    assert any(line.startswith("relevance: precision=") for line in lines)
    assert any("macro_f1=" in line for line in lines)
    assert any(line.startswith("data_entry ") for line in lines)
    assert float(lines[-1].split("=")[1]) > 0.7


def test_malformed_lines_are_skipped_not_fatal(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": "Data Entry Clerk\\nType data", "tags": ["data_entry"], "va_relevant": true}\n'
                 "not json\n{\"tags\": []}\n", encoding="utf-8")
    rows, bad = load(f)
    assert len(rows) == 1 and bad == 2
    assert _run(str(f))[-1].startswith("micro_f1=")


def test_a_line_without_its_labels_is_skipped_not_read_as_not_va_and_unknown_tags_are_said(tmp_path: Path) -> None:
    f = tmp_path / "labels.jsonl"
    lines = [{"text": "Virtual Assistant\nManage the inbox", "tags": ["email_managment"], "va_relevant": True},
             {"text": "Virtual Assistant\nManage the inbox"},  # no label at all
             {"text": "Virtual Assistant\nManage the inbox", "va_relevant": "yes"},
             {"text": "Virtual Assistant\nManage the inbox", "va_relevant": 1, "tags": "email_management"},
             {"text": "Senior Go Engineer\nBuild APIs", "va_relevant": 0}]
    f.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    rows, bad = load(f)
    assert bad == 3 and [r["va_relevant"] for r in rows] == [True, False]
    result = CliRunner().invoke(command, [str(f)])
    assert result.exit_code == 0, result.output
    assert "line 2: skipped (no va_relevant label (true or false))" in result.output
    assert "line 3: skipped (va_relevant must be true or false, not 'yes')" in result.output
    assert "line 4: skipped (tags must be a list of tag ids)" in result.output
    assert "unknown tag 'email_managment' on 1 lines" in result.output
    assert "postings=2" in result.output and "tn=1" in result.output


def test_scores_arithmetic() -> None:
    s = Scores()
    s.tp["a"], s.fp["a"], s.fn["b"] = 2, 2, 1
    p, r, f = s.micro()
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.5, 0.667, 0.571)
    assert round(s.macro_f1(), 3) == round((2 / 3 + 0.0) / 2, 3)


def test_dev_set_is_real_and_large_enough() -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 300
    assert {r["source"] for r in rows} == {"remoteok", "remotive", "weworkremotely", "jobicy", "hh", "jobinja"}
    assert sum(not r["va_relevant"] for r in rows) > len(rows) / 3
    assert {r["split"] for r in rows} == {"dev", "heldout"}
    assert all(bool(r["tags"]) == r["va_relevant"] for r in rows)


def test_floors_on_the_dev_split() -> None:
    """Floors a little below what was measured (see tests/data/tags_dev.md)."""
    dev = evaluate(load(DEV, "dev")[0])
    assert dev.micro()[2] >= 0.86  # measured 0.896 (training fit)
    rp, rr, _ = dev.relevance()
    assert rp >= 0.95 and rr >= 0.95  # measured 0.996 / 1.000 (the relevance model is trained on dev)


def test_cross_validation_floors_on_the_dev_split() -> None:
    """Out-of-fold figures, the honest estimate on dev (one repeat of 5 folds here)."""
    cv = cross_validate(load(DEV, "dev")[0], repeats=1)
    assert cv.n == sum(1 for r in load(DEV, "dev")[0])
    assert cv.micro()[2] >= 0.80  # measured 0.840 (one repeat; 0.845 over three)
    rp, rr, _ = cv.relevance()
    assert rp >= 0.90 and rr >= 0.89  # measured 0.930 / 0.922


def test_floors_on_the_heldout_split() -> None:
    held = evaluate(load(DEV, "heldout")[0])
    assert held.micro()[2] >= 0.76  # measured 0.774
    hp, hr, _ = held.relevance()
    assert hp >= 0.93 and hr >= 0.85  # measured 0.969 / 0.886


def test_cv_folds_are_stratified_keep_reposts_together_and_skip_heldout(tmp_path: Path) -> None:
    from pipeline.tags import train

    rows = [{"text": f"Virtual Assistant {i}\nManage the inbox and calendar {i}.", "source": "a" if i % 2 else "b",
             "tags": ["general_admin", "email_management"], "va_relevant": True, "split": "dev"} for i in range(30)]
    rows += [{"text": f"Go Engineer {i}\nBuild services {i // 2}.", "source": "a", "tags": [], "va_relevant": False,
              "split": "dev"} for i in range(30)]  # pairs of reposts: the same description
    data = train.prepare(rows)
    folds = train.folds(data, k=5)
    assert sorted(i for f in folds for i in f) == list(range(len(data)))
    for f in folds:
        assert 4 <= sum(data[i].relevant for i in f) <= 8
    for i in range(30, 60, 2):
        assert data[i].group == data[i + 1].group
        assert sum(i in f and i + 1 in f for f in folds) == 1
    s = cross_validate(rows + [{**rows[0], "split": "heldout"}], repeats=1)
    assert s.n == len(rows)
    assert [len(f) for f in train.folds(data, by="source")] == [45, 15]
    f = tmp_path / "cv.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    lines = _run(str(f), "--cv", "kfold")
    assert lines[-1].startswith("micro_f1=") and f"postings={3 * len(rows)}" in lines


def test_cli_runs_the_evaluator() -> None:
    proc = vagigs("eval", "tags", str(DEV), "--split", "heldout")
    assert proc.stdout.strip().splitlines()[-1].startswith("micro_f1=")


ANNOTATOR_B = Path(__file__).resolve().parents[1] / "data" / "tags_annotator_b.jsonl"


def test_agreement_scores_a_second_annotator_by_id(tmp_path: Path) -> None:
    ours = tmp_path / "a.jsonl"
    theirs = tmp_path / "b.jsonl"
    rows = [{"id": "x:1", "text": "Secretary\nAnswer calls, file documents.", "tags": ["general_admin", "phone_answering"],
             "va_relevant": True},
            {"id": "x:2", "text": "Go Engineer\nBuild services.", "tags": [], "va_relevant": False},
            {"id": "x:3", "text": "Receptionist\nGreet visitors.", "tags": ["general_admin"], "va_relevant": True}]
    other = [{"id": "x:2", "tags": ["research"], "va_relevant": True},  # order does not matter; no text needed
             {"id": "x:1", "text": "", "tags": ["general_admin", "phone_answering", "file_organization"],
              "va_relevant": True}]  # x:3 unlabelled: left out
    ours.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    theirs.write_text("\n".join(json.dumps(r) for r in other) + "\n[1, 2]\n", encoding="utf-8")  # + a malformed line
    lines = _run(str(ours), "--agreement", str(theirs))
    assert "postings=2" in lines
    assert lines[-1] == f"micro_f1={2 * 2 / (2 * 2 + 2):.3f}"  # tp 2, fp 2 (file_organization, research), fn 0
    assert any(ln.startswith("relevance: precision=0.500 recall=1.000") for ln in lines)


def test_second_annotator_labels_every_posting_and_the_model_holds_a_floor_against_them() -> None:
    """Annotator B (tests/data/tags_dev.md): the same postings read independently with the written rules,
    plus the samples' remaining postings (split "new")."""
    ours = {r["id"]: r for r in load(DEV)[0]}
    theirs = load(ANNOTATOR_B)[0]
    assert {r["id"] for r in theirs} >= set(ours)
    assert all(not r["tags"] or r["va_relevant"] for r in theirs)
    held = evaluate([r for r in theirs if r["split"] == "heldout"])
    assert held.micro()[2] >= 0.70  # measured 0.745 (against our own labels: 0.774; B against ours: 0.835)
    hp, hr, _ = held.relevance()
    assert hp >= 0.93 and hr >= 0.85  # measured 0.969 / 0.886


def test_lines_with_posting_fields_instead_of_text_score_the_same(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()[:40]]
    as_text = tmp_path / "text.jsonl"
    as_fields = tmp_path / "fields.jsonl"
    as_text.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    with open(as_fields, "w", encoding="utf-8") as fh:
        for r in rows:
            title, _, description = r.pop("text").partition("\n")
            fh.write(json.dumps({**r, "title": title, "description": description}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"tags": [], "va_relevant": False}) + "\n")  # neither: skipped, said so
    a = CliRunner().invoke(command, [str(as_text)])
    b = CliRunner().invoke(command, [str(as_fields)])
    assert a.exit_code == 0 and b.exit_code == 0, b.output
    assert "line 41: skipped (no text)" in b.output
    assert a.output.splitlines()[-3:] == b.output.splitlines()[-3:] and "postings=40" in b.output


def test_floors_on_the_written_uzbek_postings() -> None:
    """30 Uzbek postings in both scripts, written (no real one exists here) and held out from the phrases
    (``tests/data/tags_dev.md``): measured micro-F1 0.866 blind and 0.878 with taxonomy 2026.12.21 (written for
    two of its misses), relevance P and R 1.000."""
    rows, bad = load(DEV.with_name("tags_uzbek_written.jsonl"))
    assert bad == 0 and len(rows) == 30
    assert {r["script"] for r in rows} == {"latn", "cyrl"}
    s = evaluate(rows)
    (_, _, f1), (rp, rr, _) = s.micro(), s.relevance()
    assert f1 >= 0.80 and rp >= 0.9 and rr >= 0.9, (f1, rp, rr)
