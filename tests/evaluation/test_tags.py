"""``vagigs eval tags``: output format, last line, and honest floors on the labelled dev set."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from evaluation.tags import Scores, command, consensus, cross_validate, evaluate, load
from tests.helpers import vagigs

DEV = Path(__file__).resolve().parents[1] / "data" / "tags_dev.jsonl"
ANNOTATOR_B = Path(__file__).resolve().parents[1] / "data" / "tags_annotator_b.jsonl"


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
    assert f"{f}:2: skipped (no va_relevant label (true or false))" in result.stderr
    assert f"{f}:3: skipped (va_relevant must be true or false, not 'yes')" in result.stderr
    assert f"{f}:4: skipped (tags must be a list of tag ids)" in result.stderr
    assert f"3 malformed lines skipped in {f}" in result.stderr
    assert "unknown tag 'email_managment' on 1 line:" in result.output
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
    assert cv.micro()[2] >= 0.80  # measured 0.848 (one repeat; 0.849 over three)
    rp, rr, _ = cv.relevance()
    assert rp >= 0.90 and rr >= 0.89  # measured 0.939 / 0.926


def test_floors_on_the_heldout_split() -> None:
    held = evaluate(load(DEV, "heldout")[0])
    assert held.micro()[2] >= 0.76  # measured 0.779
    hp, hr, _ = held.relevance()
    assert hp >= 0.93 and hr >= 0.85  # measured 0.969 / 0.886
    agreed = consensus(load(DEV, "heldout")[0], load(ANNOTATOR_B)[0])  # a second reader of the same rules (tags_dev.md)
    assert agreed.micro()[2] >= 0.78  # measured 0.818, on the 66 tags both readers give, 26 disputed left out
    cp, cr, _ = agreed.relevance()
    assert cp >= 0.93 and cr >= 0.93  # measured 0.969 / 0.969 (31 of 32); 3 of the 4 misses above are disputed


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


def test_consensus_scores_the_tagger_only_on_what_both_annotators_agree_on(tmp_path: Path) -> None:
    ours = _jsonl(tmp_path / "a.jsonl", [
        # the tagger gives general_admin, email_management, phone_answering
        {"id": "x:1", "text": "Secretary\nAnswer calls, file documents and manage the inbox.",
         "tags": ["general_admin", "phone_answering"], "va_relevant": True},
        {"id": "x:2", "text": "Go Engineer\nBuild services.", "tags": [], "va_relevant": False},
        # the tagger gives customer_support only
        {"id": "x:3", "text": "Customer Support Agent\nAnswer customer chats and tickets.",
         "tags": ["customer_support", "email_management"], "va_relevant": True},
        {"id": "x:4", "text": "Receptionist\nGreet visitors.", "tags": ["general_admin"], "va_relevant": True}])
    theirs = _jsonl(tmp_path / "b.jsonl", [
        {"id": "x:1", "tags": ["general_admin", "phone_answering", "email_management"], "va_relevant": True},
        {"id": "x:2", "tags": ["research"], "va_relevant": True},
        {"id": "x:3", "tags": ["customer_support", "email_management"], "va_relevant": True}])  # x:4: left out
    lines = _run(str(ours), "--consensus", str(theirs))
    assert "postings=3" in lines
    assert "left out where the annotators disagree: 2 tag decisions, 1 relevance decisions" in lines
    # email_management on x:1 is disputed, so the tagger's giving it is no false alarm: tp 3, fp 0, fn 1 (x:3)
    assert any(ln.startswith("tags: micro precision=1.000 recall=0.750") for ln in lines)
    assert lines[-1] == f"micro_f1={2 * 3 / (2 * 3 + 1):.3f}"
    assert any(ln.startswith("relevance: precision=1.000 recall=1.000") and "tn=0" in ln for ln in lines)  # x:2 out
    against_ours = _run(str(ours))
    assert against_ours[-1] != lines[-1]  # scored against our labels alone, the disputed tag is a false alarm
    result = CliRunner().invoke(command, [str(ours), "--consensus", str(theirs), "--agreement", str(theirs)])
    assert result.exit_code == 2 and "one at a time" in result.output


def test_second_annotator_labels_every_posting_and_the_model_holds_a_floor_against_them() -> None:
    """Annotator B (tests/data/tags_dev.md): the same postings read independently with the written rules,
    plus the samples' remaining postings (split "new")."""
    ours = {r["id"]: r for r in load(DEV)[0]}
    theirs = load(ANNOTATOR_B)[0]
    assert {r["id"] for r in theirs} >= set(ours)
    assert all(not r["tags"] or r["va_relevant"] for r in theirs)
    held = evaluate([r for r in theirs if r["split"] == "heldout"])
    assert held.micro()[2] >= 0.70  # measured 0.738 (against our own labels: 0.779; B against ours: 0.835)
    hp, hr, _ = held.relevance()
    assert hp >= 0.93 and hr >= 0.85  # measured 0.969 / 0.886
    agreed = consensus(load(DEV, "heldout")[0], load(ANNOTATOR_B)[0])  # a second reader of the same rules (tags_dev.md)
    assert agreed.micro()[2] >= 0.78  # measured 0.818, on the 66 tags both readers give, 26 disputed left out
    cp, cr, _ = agreed.relevance()
    assert cp >= 0.93 and cr >= 0.93  # measured 0.969 / 0.969 (31 of 32); 3 of the 4 misses above are disputed


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
    assert f"{as_fields}:41: skipped (no text)" in b.stderr
    assert a.output.splitlines()[-3:] == b.output.splitlines()[-3:] and "postings=40" in b.output


# Each written set of ``tests/data`` (a file of labelled postings), how many postings it holds, the languages or
# scripts they are in (a field and its values, or None), and its floors: the figures it must reach at least. What
# each set is and what was measured on it is said above it.
WRITTEN_SETS = (
    # 30 Uzbek postings in both scripts, written (no real one exists here) and held out from the phrases
    # (``tests/data/tags_dev.md``): measured micro-F1 0.866 blind and 0.878 with taxonomy 2026.12.21 (written for two
    # of its misses), relevance P and R 1.000.
    pytest.param("tags_uzbek_written.jsonl", 30, ("script", {"latn", "cyrl"}),
                 {"micro_f1": 0.80, "relevance_precision": 0.9, "relevance_recall": 0.9}, id="tags_uzbek_written"),
    # 60 posts in Uzbek (both scripts), Russian and Persian that a second writer wrote and labelled blind from the
    # labelling rules (``tests/data/tags_written_b``): measured micro-F1 0.805 blind (relevance P 1.000, R 0.929),
    # 0.900 with taxonomy 2026.12.23 (phrases for the kinds it missed; relevance R 0.952).
    pytest.param("tags_written_b/tags.jsonl", 60, ("language", {"uz", "ru", "fa"}),
                 {"micro_f1": 0.85, "relevance_precision": 0.95, "relevance_recall": 0.9}, id="tags_written_b"),
    # 60 posts in Uzbek, Russian, Persian and English whose duties a third writer put in everyday words rather than
    # task names, blind (``tests/data/tags_written_c``; no phrase was written for them): measured micro-F1 0.685 (P
    # 0.851, R 0.574), relevance P 1.000 / R 0.889 with taxonomy 2026.12.23; 0.726 (P 0.862, R 0.628), R 0.911 with
    # 2026.12.24, whose phrases were written from a fourth writer's set (``tags_written_d``). A floor, not a target:
    # what the phrase lists miss is said in its README.
    pytest.param("tags_written_c/tags.jsonl", 60, None,
                 {"micro_f1": 0.69, "micro_precision": 0.82, "relevance_precision": 0.95, "relevance_recall": 0.87},
                 id="tags_written_c"),
    # 80 posts in everyday wording (``tests/data/tags_written_d``), read to write taxonomy 2026.12.24's phrases: 0.694
    # before, 0.871 after (not a test of generalisation: ``tags_written_c`` is).
    pytest.param("tags_written_d/tags.jsonl", 80, None,
                 {"micro_f1": 0.83, "relevance_precision": 0.95, "relevance_recall": 0.9}, id="tags_written_d"),
    # 46 posts in Uzbek (both scripts), Russian and Persian (``tests/data/written_e``), honest gigs, other jobs and
    # scams: micro-F1 0.826 blind, relevance P 1.000 / R 0.923; 0.847 with taxonomy 2026.12.26, two of whose phrases
    # were written from it.
    pytest.param("written_e/tags.jsonl", 46, ("language", {"uz", "ru", "fa"}),
                 {"micro_f1": 0.80, "relevance_precision": 0.95, "relevance_recall": 0.88}, id="written_e"),
    # 60 posts written as the boards write them, duties in bullets among company blurbs, requirements, benefits and
    # legal text (``tests/data/tags_written_f``; English, Russian, Persian, Uzbek): blind, micro-F1 0.840 (P 0.832, R
    # 0.848), relevance P 0.951 / R 0.975 with taxonomy 2026.12.51; 0.917 (P 0.892, R 0.943), relevance P 0.974 / R
    # 0.950 with 2026.12.55, whose phrases and blurb reading were written from it.
    pytest.param("tags_written_f/tags.jsonl", 60, ("language", {"en", "uz", "ru", "fa"}),
                 {"micro_f1": 0.89, "relevance_precision": 0.94, "relevance_recall": 0.92}, id="tags_written_f"),
    # 60 posts whose titles sit on the border of VA work, so that the tags and the relevance must come from the duties
    # (``tests/data/tags_written_g``; English, Russian hh snippets, Persian Jobinja): blind, micro-F1 0.760 (P 0.832, R
    # 0.699), relevance P 0.914 / R 0.889 with taxonomy 2026.12.58; 0.862 (P 0.895, R 0.832), relevance P 1.000 / R
    # 0.917 with 2026.12.60, whose phrases and title words were written from its errors.
    pytest.param("tags_written_g/tags.jsonl", 60, ("language", {"en", "ru", "fa"}),
                 {"micro_f1": 0.83, "relevance_precision": 0.95, "relevance_recall": 0.88}, id="tags_written_g"),
    # 60 generalist VA and admin posts whose 8–10 duties come as one mixed list, with hard negatives sharing their
    # tools and verbs (``tests/data/tags_written_h``; English, Russian hh, Persian Jobinja): blind, micro-F1 0.740 (P
    # 0.891, R 0.632), relevance P 0.938 / R 1.000 with taxonomy 2026.12.60; 0.758 with 2026.12.61, whose listed
    # duties keep their tags, and 0.851 (P 0.921, R 0.790) with 2026.12.62, whose phrases were written from its
    # misses.
    pytest.param("tags_written_h/tags.jsonl", 60, ("language", {"en", "ru", "fa"}),
                 {"micro_f1": 0.82, "relevance_precision": 0.9, "relevance_recall": 0.95}, id="tags_written_h"),
    # 60 posts whose VA work hides under other titles (an operations associate, a scheduler, «Документовед», «اپراتور
    # پاسخگویی آنلاین», three vague ones) beside hard negatives sharing their words (``tests/data/tags_written_i``;
    # English, Russian hh, Persian Jobinja): blind, micro-F1 0.731 (P 0.835, R 0.650), relevance P 0.886 / R 0.861
    # with taxonomy 2026.12.62; 0.806 (P 0.904, R 0.726), relevance P 1.000 / R 0.944 with 2026.12.63, whose phrases
    # and title words were written from its errors.
    pytest.param("tags_written_i/tags.jsonl", 60, ("language", {"en", "ru", "fa"}),
                 {"micro_f1": 0.78, "relevance_precision": 0.95, "relevance_recall": 0.9}, id="tags_written_i"),
    # 60 posts whose few duties stand among task words that are not the seeker's: what the company sells, what other
    # teams do, "What you won't do" lists, tools wanted, perks, the hiring process (``tests/data/tags_written_j``;
    # English, Russian hh, Persian Jobinja): blind, micro-F1 0.669 (P 0.551, R 0.851), relevance P 0.978 / R 0.917
    # with taxonomy 2026.12.63; 0.769 (P 0.708, R 0.842), relevance P 0.977 / R 0.896 with 2026.12.64, which reads
    # what a posting says is not the role's and what other parties do as boilerplate.
    pytest.param("tags_written_j/tags.jsonl", 60, ("language", {"en", "ru", "fa"}),
                 {"micro_f1": 0.74, "relevance_precision": 0.95, "relevance_recall": 0.87}, id="tags_written_j"),
    # 60 short posts where each word decides: Telegram job-channel posts in Uzbek (both scripts), Russian and Persian
    # with emoji bullets and hashtags, hh and Jobinja snippets, English board teasers (``tests/data/tags_written_k``):
    # blind, micro-F1 0.829 (P 0.895, R 0.773), relevance P 0.974 / R 0.950 with taxonomy 2026.12.64; 0.895 (P 0.917,
    # R 0.875), relevance P 1.000 / R 0.975 with 2026.12.65, which reads emoji bullets as a list's and an assistant's
    # director as the person assisted, and whose phrases were written from its misses.
    pytest.param("tags_written_k/tags.jsonl", 60, ("language", {"uz", "ru", "fa", "en"}),
                 {"micro_f1": 0.86, "relevance_precision": 0.95, "relevance_recall": 0.92}, id="tags_written_k"),
    # 60 posts of specialised VA roles, where the title names a niche or an industry (real-estate, marketplace-seller,
    # podcast and YouTube, dental-office, law-office, recruiting, founders' assistants), beside the non-VA roles next
    # door (``tests/data/tags_written_l``; English, Russian hh, Persian Jobinja, Uzbek Telegram in both scripts):
    # blind, micro-F1 0.766 (P 0.833, R 0.709), relevance P 0.949 / R 0.925 with taxonomy 2026.12.67; 0.882 (P
    # 0.915, R 0.850), relevance P 1.000 / R 0.950 with 2026.12.73, which reads a content channel's assistant as
    # qualified by its field, hygienists and full-charge accountants as no VA work, Russian trades in the plural or
    # after «от» as other parties, and whose phrases for duties said with words between were written from its misses.
    pytest.param("tags_written_l/tags.jsonl", 60, ("language", {"en", "ru", "fa", "uz"}),
                 {"micro_f1": 0.85, "relevance_precision": 0.95, "relevance_recall": 0.92}, id="tags_written_l"),
    # 60 Uzbek postings at full length, 36 in Latin letters and 24 in Cyrillic, as hh.uz, olx.uz and Telegram channels
    # write them (a company blurb, «Vazifalar / Talablar / Sharoitlar», emoji bullets, Russian lines mixed in, every
    # apostrophe style, Cyrillic typed on a Russian keyboard; ``tests/data/tags_written_m``): blind, micro-F1 0.871
    # (P 0.863, R 0.880), relevance P 0.974 / R 0.950 with taxonomy 2026.12.73; 0.929 (P 0.939, R 0.920), relevance
    # P 1.000 / R 0.975 with 2026.12.83, which reads Uzbek duties in their possessive and converb forms and a Latin
    # name with an Uzbek case ending, bare meetings, presentations and research as hints, video calls as meetings, a
    # hiring process's heading as boilerplate, a client's own booking and a chief accountant's books as no duty, and
    # whose words for search raters and interviews were written from its misses.
    pytest.param("tags_written_m/tags.jsonl", 60, ("script", {"latn", "cyrl"}),
                 {"micro_f1": 0.91, "relevance_precision": 0.95, "relevance_recall": 0.94}, id="tags_written_m"),
    # 60 Persian postings at full length, as Jobinja, e-estekhdam, Divar and Telegram channels write them (a title, a
    # company blurb, «شرح وظایف / مهارت‌های مورد نیاز / شرایط / مزایا», the ZWNJ typed as a space in some, Arabic ي/ك
    # in a few; ``tests/data/tags_written_n``): blind, micro-F1 0.803 (P 0.807, R 0.800), relevance P 0.927 / R 0.950
    # with taxonomy 2026.12.83; 0.892 (P 0.888, R 0.896), relevance P 0.974 / R 0.950 with 2026.12.91, which reads
    # the boards' requirements headings as such, a not-VA title's words with the ZWNJ, customs clearance and
    # photography as not-VA titles, a receptionist's and a registry clerk's titles as generalist ones, a bare LinkedIn
    # as a hint, and whose phrases for duties in the words posters write were written from its misses.
    pytest.param("tags_written_n/tags.jsonl", 60, ("language", {"fa"}),
                 {"micro_f1": 0.87, "relevance_precision": 0.95, "relevance_recall": 0.92}, id="tags_written_n"),
    # 60 Russian postings at full length as hh.uz, hh.ru, rabota.uz and Telegram channels write them (a company blurb,
    # «Обязанности / Требования / Условия», duties as infinitives, verbal nouns and participles in any case, lower-case
    # posts, ё left out, Uzbek lines mixed in; ``tests/data/tags_written_o``): blind, micro-F1 0.843 (P 0.827, R 0.858),
    # relevance P 1.000 / R 0.975 with taxonomy 2026.12.83; 0.917 (P 0.900, R 0.934), relevance P 1.000 / R 0.975 with
    # 2026.12.102, which reads a reconciliation, a schedule and a ring-round as duties only with their objects, an
    # administrator of a CRM and an HR assistant as no generalists, and whose phrases for texts written, requests
    # entered and answered, newsletters, orders registered, personnel files and trips arranged were written from its
    # misses; 0.908 (P 0.884, R 0.934) with 2026.12.103, where a bare «расписание» is a duty again (as a hint it
    # lowered the held-out split of real postings).
    pytest.param("tags_written_o/tags.jsonl", 60, ("language", {"ru"}),
                 {"micro_f1": 0.9, "relevance_precision": 0.95, "relevance_recall": 0.94}, id="tags_written_o"),
    # 60 posts whose duties are written in running prose, not lists (a day in the life, "we need someone to …", the
    # future tense, duties mixed with what other teams, the company or its clients do, "you won't …", the company's
    # story first and benefits last; ``tests/data/tags_written_p``; English, Russian, Persian, Uzbek): blind, micro-F1
    # 0.789 (P 0.752, R 0.829), relevance P 0.886 / R 0.975 with taxonomy 2026.12.83; 0.893 (P 0.897, R 0.889),
    # relevance P 0.975 / R 0.975 with 2026.12.114, which reads other parties' clauses in Uzbek and Persian, Russian
    # staff in the plural and "our <trade>" inside an English sentence, a negation of the seeker's work over the list
    # after it, a head of a team's title as naming no task, Russian duties in the second person, a duty said to the
    # seeker as a listed one and DMs answered as social media, and whose phrases for duties as prose says them were
    # written from its misses.
    pytest.param("tags_written_p/tags.jsonl", 60, ("language", {"en", "ru", "fa", "uz"}),
                 {"micro_f1": 0.88, "relevance_precision": 0.95, "relevance_recall": 0.94}, id="tags_written_p"),
    # 60 posts whose duties are named by the software they are done in (Zendesk, HubSpot, QuickBooks, Calendly, Shopify,
    # WordPress, Canva, Trello, amoCRM, Битрикс24, 1С, سپیدار, Didox …), the same tools also named in requirements, "our
    # stack" lines, other teams' work, the company's product and the not-VA jobs built on them
    # (``tests/data/tags_written_q``; English, Russian, Persian, Uzbek in both scripts): blind, micro-F1 0.823 (P 0.811,
    # R 0.835), relevance P 0.929 / R 0.975 with taxonomy 2026.12.114; 0.948 (P 0.918, R 0.981), relevance P 1.000 / R
    # 1.000 with 2026.12.124, which reads a tools line as no duty, a Russian role after «наш», a solo owner's "my
    # <someone>" and an Uzbek call centre as other parties, a helpdesk platform's administrator and a Russian CRM
    # implementer as no VA work, a meeting set for a sales manager as lead generation and a call sat in on for notes
    # as no phone work, and whose phrases for duties named by their tools were written from its misses.
    pytest.param("tags_written_q/tags.jsonl", 60, ("language", {"en", "ru", "fa", "uz"}),
                 {"micro_f1": 0.94, "relevance_precision": 0.97, "relevance_recall": 0.97}, id="tags_written_q"),
    # 60 client briefs on freelance marketplaces (Upwork, Kwork, FL.ru, Ponisha, Telegram freelance chats): the client
    # in the first person, one-off tasks, budgets and screening questions, what the client has done or does themselves,
    # hands to another freelancer or does not want, beside the not-VA briefs next door (a logo, a landing page, a
    # scraper, a bot, an ads targetologist, translation, tutoring; ``tests/data/tags_written_r``; English, Russian,
    # Persian, Uzbek in both scripts): blind, micro-F1 0.779 (P 0.716, R 0.853), relevance P 0.867 / R 0.975 with
    # taxonomy 2026.12.124; 0.853 (P 0.853, R 0.853), relevance P 1.000 / R 0.975 with 2026.12.130, which reads the
    # client's own work ("… myself", «я сама», «خودم … می‌دهم», "o'zim …", "I've scanned …", a Persian verb of the
    # first person), another freelancer's and a task that stays with a party ("stay with our accountant", «— на мне»,
    # "… mutaxassisimizda", «با خودمونه») as no duty, a freelance deliverable that is no VA work as a not-VA title,
    # calls scheduled as no phone work and a chat moderated as no customer support.
    pytest.param("tags_written_r/tags.jsonl", 60, ("language", {"en", "ru", "fa", "uz"}),
                 {"micro_f1": 0.84, "relevance_precision": 0.97, "relevance_recall": 0.95}, id="tags_written_r"),
    # 60 posts whose duties are said as outcomes and responsibilities rather than task verbs ("You own the founder's
    # inbox", "No customer waits more than an hour", «Вы отвечаете за то, чтобы …», «مسئولیت … با شماست», "…
    # zimmangizda"), beside outcome words that are not the seeker's duty: a product's promise, a team's KPIs, not-VA
    # roles that "own the quota" (``tests/data/tags_written_s``; English, Russian, Persian, Uzbek in both scripts):
    # blind, micro-F1 0.832 (P 0.819, R 0.846), relevance P 0.952 / R 1.000 with taxonomy 2026.12.130 and 2026.12.155;
    # 0.919 (P 0.904, R 0.934), relevance P 1.000 / R 1.000 with 2026.12.164, which reads an object of work the seeker
    # is said to own ("@") and a failure the work prevents, negated ("!"), as duties, a task said not to be the
    # seeker's, the company's product and «главбух» as other parties, an Uzbek head of a department and freight as no
    # VA work, a duty said to "you" in the present, and a duties heading in the seeker's possessive.
    pytest.param("tags_written_s/tags.jsonl", 60, ("language", {"en", "ru", "fa", "uz"}),
                 {"micro_f1": 0.90, "relevance_precision": 0.97, "relevance_recall": 0.97}, id="tags_written_s"),
    # 60 posts by agencies, staffing firms and outsourcers hiring on their clients' behalf: the agency's and the
    # clients' business named with task words, other teams' work, not-VA roles at agencies
    # (``tests/data/tags_written_t``; English, Russian, Persian, Uzbek in both scripts): blind, micro-F1 0.792 (P 0.701, R 0.911), relevance P 0.886 /
    # R 0.975 with taxonomy 2026.12.130; 0.926 (P 0.888, R 0.967), relevance P 1.000 / R 1.000 with 2026.12.144, which
    # reads a task's words before a firm's noun as the firm's kind ("a social media agency", «бухгалтерского
    # аутсорсинга», "buxgalteriya kompaniyasi", «دفتر حسابداری»), a team leader, a supervisor, a recruiter of assistants
    # and «انباردار» as no VA work, the people a role serves as its clients ("Virtual Assistant for Lawyers"), and the
    # client and a firm's staff as other parties ("Our client is …", "the firm's paralegals", «… با خود آنهاست»).
    pytest.param("tags_written_t/tags.jsonl", 60, ("language", {"en", "ru", "fa", "uz"}),
                 {"micro_f1": 0.90, "micro_precision": 0.86, "relevance_precision": 0.97, "relevance_recall": 0.97},
                 id="tags_written_t"),
    # 60 internship, trainee and entry-level posts across departments, the same titles on both sides of the line
    # (Marketing, Finance, HR, Operations, Research, sales and accounting trainees; «Стажёр», «Младший бухгалтер»,
    # «کارآموز», "Amaliyotchi (stajyor)"), learning programmes at length, the mentor's and the team's duties and "get
    # exposure to" lists (``tests/data/tags_written_u``; English, Russian, Persian, Uzbek in both scripts): blind,
    # micro-F1 0.860 (P 0.860, R 0.860), relevance P 0.914 / R 0.914 with taxonomy 2026.12.144; 0.953 (P 0.920, R
    # 0.989), relevance P 1.000 / R 1.000 with 2026.12.155, which reads "hrs/week" as hours, not HR, an auditor's, a
    # laboratory's and an observership's titles as no VA work, an HR intern given VA duties and an intern coordinating
    # projects by their work, what an internship shows the seeker ("get exposure to", "shadow", «познакомитесь», «آشنا
    # می‌شوید») and a passive's "by the team" as no duty of theirs.
    pytest.param("tags_written_u/tags.jsonl", 60, ("language", {"en", "ru", "fa", "uz"}),
                 {"micro_f1": 0.94, "micro_precision": 0.90, "relevance_precision": 0.97, "relevance_recall": 0.97},
                 id="tags_written_u"),
    # 60 customer-facing and operations roles at software and online companies at full board length, in pairs across
    # the line (support specialist and engineer, customer success associate and enterprise CSM, account managers with
    # and without a quota, moderators and a trust & safety analyst, EAs and a chief of staff, operators and
    # supervisors), with blurbs, benefits, stacks and EEO text (``tests/data/tags_written_v``; English, Russian,
    # Persian): blind, micro-F1 0.749 (P 0.711, R 0.790), relevance P 0.794 / R 0.900 with taxonomy 2026.12.155; 0.838
    # (P 0.814, R 0.864), relevance P 0.879 / R 0.967 with 2026.12.167, which reads a social networks specialist as
    # social media, B2B sales, a customer service's managers and support operations in a title as no VA work, a
    # listing moderator as rating content, the software a company makes as its product and a team the title says the
    # role is not as another party. Four of its five relevance misses left are labels against the dev set's reading
    # (its README says which).
    pytest.param("tags_written_v/tags.jsonl", 60, ("language", {"en", "ru", "fa"}),
                 {"micro_f1": 0.83, "micro_precision": 0.80, "relevance_precision": 0.87, "relevance_recall": 0.96},
                 id="tags_written_v"),
    # 60 posts in mixed languages with English work words borrowed into Russian, Persian and Uzbek («ведение CRM»,
    # «онбординг клиентов», «тикеты», «ادمین اینستاگرام», «آنبوردینگ», "kontent-plan", "amoCRM'ga kiritish"), the
    # same jargon in not-VA posts and in product blurbs, skills and other employees' work, English posts with lines in
    # the employer's language (``tests/data/tags_written_x``; Russian, Persian, English, Uzbek in both scripts): blind,
    # micro-F1 0.862 (P 0.840, R 0.884), relevance P 0.938 / R 1.000 with taxonomy 2026.12.167; 0.918 (P 0.899, R
    # 0.937), relevance P 0.968 / R 1.000 with 2026.12.186, which reads a label or heading of skills that are a plus
    # as no duties, a Persian chief accountant as no VA work, the kind of app, service or platform a company makes as
    # its product, another or a separate employee as another party, a chat-bot and the team's chat as no customer
    # chat, and whose phrases for the borrowed words were written from its misses, in every language. Its README
    # lists the labels left that go against the dev set's reading.
    pytest.param("tags_written_x/tags.jsonl", 60, ("language", {"ru", "fa", "en", "uz"}),
                 {"micro_f1": 0.90, "micro_precision": 0.88, "relevance_precision": 0.95, "relevance_recall": 0.97},
                 id="tags_written_x"),
    # 60 full board posts on seniority ladders within each task family (assistants and specialists against managers,
    # heads, leads, senior specialists, analysts and controllers whose posts are full of the lower rungs' task words,
    # done by others or only overseen; ``tests/data/tags_written_w``; English, Russian, Persian): blind, micro-F1 0.811
    # (P 0.747, R 0.887), relevance P 0.848 / R 0.933 with taxonomy 2026.12.167; 0.866 (P 0.845, R 0.887), relevance
    # P 1.000 / R 0.933 with 2026.12.187, which reads a duty of leading people as a not-VA sign, a Persian head of
    # affairs, a unit or a section and the head of a newsroom as heads, and letters typed as no data entry. Its README
    # lists the labels left that go against the dev set's reading.
    pytest.param("tags_written_w/tags.jsonl", 60, ("language", {"en", "ru", "fa"}),
                 {"micro_f1": 0.85, "micro_precision": 0.82, "relevance_precision": 0.97, "relevance_recall": 0.9},
                 id="tags_written_w"),
    # 60 posts of the creator economy and online schools: coaches', course creators', bloggers' and online schools'
    # assistants, chat and community managers, curators and student support beside targetologists, producers,
    # methodologists, video editors, funnel builders and closers, task words in the expert's own work and the course's
    # topic (``tests/data/tags_written_y``; English, Russian, Persian): blind, micro-F1 0.651 (P 0.620, R 0.687),
    # relevance P 0.788 / R 0.867 with taxonomy 2026.12.167; 0.798 (P 0.767, R 0.831), relevance P 0.933 / R 0.933
    # with 2026.12.197, which reads motion design, video editing and Persian teachers as no VA work, reels as a
    # video's format, a course's, school's or coach's topic as a firm's kind, the poster's own work in the first
    # person as no duty, and this market's duties in each language. Its README lists the labels left that go against
    # the dev set's reading.
    pytest.param("tags_written_y/tags.jsonl", 60, ("language", {"en", "ru", "fa"}),
                 {"micro_f1": 0.78, "micro_precision": 0.75, "relevance_precision": 0.9, "relevance_recall": 0.9},
                 id="tags_written_y"),
    # Logistics, travel and marketplace back offices (``tests/data/tags_written_aa``; English, Russian, Uzbek, Persian):
    # blind, micro-F1 0.832 (P 0.845, R 0.820), relevance P 0.857 / R 1.000 with taxonomy 2026.12.197; 0.916 (P 0.903,
    # R 0.930), relevance P 0.968 / R 1.000 with 2026.12.200, which reads loads, waybills and statuses keyed into a
    # sheet, a system or a TMS as data entry, carriers' invoices matched and an income and expense log as bookkeeping,
    # travellers answered as customers, and buyers, marketplace ad specialists, product photographers and truck
    # dispatchers as no VA work. Its README lists the posts still missed and why.
    pytest.param("tags_written_aa/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.89, "micro_precision": 0.88, "relevance_precision": 0.95, "relevance_recall": 0.95},
                 id="tags_written_aa"),
    # The public sector, NGOs, universities and schools (``tests/data/tags_written_ab``; English, Russian, Uzbek,
    # Persian): blind, micro-F1 0.775 (P 0.795, R 0.755), relevance P 0.844 / R 0.900 with taxonomy 2026.12.200; 0.909
    # (P 0.919, R 0.899), relevance P 1.000 / R 0.967 with 2026.12.240, which reads donors, supporters and applicants
    # answered as clients, grades, attendance and enrolments entered, pupils' and students' files kept, interviews and
    # exams scheduled, a bullet typed against its word as a list's, a teacher's title as naming the subject taught,
    # researchers, M&E specialists and chief accountants as no VA work and a dean's-office «методист» as office work.
    # Its README lists the posts still missed and why.
    pytest.param("tags_written_ab/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.88, "micro_precision": 0.88, "relevance_precision": 0.95, "relevance_recall": 0.93},
                 id="tags_written_ab"),
    # Professional-services offices, the secretaries, receptionists, billing,
    # bookkeeping and client-service assistants of law, notary, medical, real-estate, accounting and insurance firms
    # beside the lawyers, coders, appraisers, adjusters and agents next door (``tests/data/tags_written_z``; English,
    # Russian, Uzbek, Persian): blind, micro-F1 0.757 (P 0.840, R 0.689), relevance P 0.857 / R 0.800 with taxonomy
    # 2026.12.197; 0.833 (P 0.929, R 0.754), relevance P 1.000 / R 0.833 with 2026.12.221, which reads paralegals,
    # adjusters, appraisers, coders, notaries' assistants and deputies as no VA titles, a transaction coordinator as
    # an assistant of projects, and dictation typed, calendars kept and inspections scheduled as their tasks. Its
    # README lists the clinic front desks left, which the dev set reads as on-site work.
    pytest.param("tags_written_z/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.81, "micro_precision": 0.9, "relevance_precision": 0.95, "relevance_recall": 0.8},
                 id="tags_written_z"),
    # Uzbek job channels and sites, all in Uzbek (Telegram posts with emoji bullets, OLX.uz and ish.uz short ads, hh.uz
    # posts; every apostrophe style and none, Cyrillic typed on a Russian keyboard, Russian words mixed in;
    # ``tests/data/tags_written_ad``): blind, micro-F1 0.750 (P 0.770, R 0.731), relevance P 0.900 / R 0.900 with
    # taxonomy 2026.12.240; 0.805 (P 0.845, R 0.769), relevance P 0.964 / R 0.900 with 2026.12.280, which reads 1C
    # written with a Cyrillic С as the program, documents and waybills keyed into it as data entry, an Excel table kept
    # as data but a person's schedule kept as no data, subscribers' calls and reviews answered as customers, the work
    # before a dash naming another's ("… — SMM menejer ishi", «… — бош ҳисобчи вазифаси») as theirs, and Uzbek video
    # editors and purchasers as no VA work. Its README lists the posts still missed and why.
    pytest.param("tags_written_ad/tags.jsonl", 60, ("script", {"latn", "cyrl"}),
                 {"micro_f1": 0.78, "micro_precision": 0.82, "relevance_precision": 0.93, "relevance_recall": 0.87},
                 id="tags_written_ad"),
    # Posts that name more than one role: several openings in one Telegram-style post, a VA role among not-VA ones or
    # already filled, a not-VA hire beside a VA team in place, two VA roles at once, one person covering a VA job and a
    # trade, a team described around one hire (``tests/data/tags_written_ac``; English, Russian, Uzbek, Persian):
    # blind, micro-F1 0.810 (P 0.802, R 0.817), relevance P 0.871 / R 0.900 with taxonomy 2026.12.221; 0.856 (P 0.856,
    # R 0.856), relevance P 0.903 / R 0.933 with 2026.12.261 (2026.12.281 once merged), which reads a list of vacancies, one per line under a
    # title naming none, as such: its open VA vacancy's line as the title, the other vacancies' lines and duties and
    # those said to be filled or closed as no duties. Its README lists the posts still missed and why.
    pytest.param("tags_written_ac/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.84, "micro_precision": 0.84, "relevance_precision": 0.88, "relevance_recall": 0.92},
                 id="tags_written_ac"),
    # Short Persian posts from Divar, Sheypoor, Telegram job channels, Instagram stories and Jobinja teasers, the ZWNJ
    # typed, spaced or left out, Arabic ي/ك in some (``tests/data/tags_written_af``; Persian): blind, micro-F1 0.791
    # (P 0.833, R 0.753), relevance P 0.903 / R 0.933 with taxonomy 2026.12.281; 0.833 (P 0.845, R 0.822), relevance
    # unchanged, with 2026.12.320, which reads duties in their spoken forms: the plural «ـا» and the possessives
    # «ـشون», «ـتون» («دایرکتا», «سفارشا», «اطلاعاتشون»), «تو»/«توی» for «در», the plural «ـات» of a noun in «ـه»
    # («صورتجلسات»), DMs and comments answered («جواب دادن به دایرکت»), customers' DMs as customers helped, an
    # appointment given («نوبت دادن») and a time arranged («هماهنگی وقت»). Its README lists the posts still missed.
    pytest.param("tags_written_af/tags.jsonl", 60, ("language", {"fa"}),
                 {"micro_f1": 0.82, "micro_precision": 0.83, "relevance_precision": 0.88, "relevance_recall": 0.92},
                 id="tags_written_af"),
    # Title words that name jobs on both sides of the relevance line, in pairs (administrator, operator, assistant,
    # coordinator, secretary, clerk, support, editor, moderator; ``tests/data/tags_written_ae``; English, Russian, Uzbek,
    # Persian): blind, micro-F1 0.816 (P 0.753, R 0.890), relevance P 0.784 / R 0.967 with taxonomy 2026.12.281; 0.890
    # (P 0.890, R 0.890), relevance P 1.000 / R 0.967 with 2026.12.300 (2026.12.321 once merged), which reads the trade
    # qualifying the title word: an operator of a machine, a plant, a crane or a camera, a company's or board's
    # secretary, a court's clerk or secretary, support of networks, servers or hardware, a clinical research
    # coordinator, a pharmacist's or camera operator's assistant and occupational safety as no VA work. Its README
    # lists the posts still missed and why.
    pytest.param("tags_written_ae/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.87, "micro_precision": 0.87, "relevance_precision": 0.97, "relevance_recall": 0.93},
                 id="tags_written_ae"),
    # Layout as scrapers and posters deliver it: Markdown checklists, pipe tables of duties, HTML remnants, duties
    # numbered inline, flattened board pages whose headings run into the text (``tests/data/tags_written_ag``; English,
    # Russian, Uzbek, Persian): blind, micro-F1 0.853 (P 0.910, R 0.802), relevance P 1.000 / R 0.967 with taxonomy
    # 2026.12.320; 0.857 (P 0.920, R 0.802), relevance unchanged, with 2026.12.341, which reads the layout as the
    # structure it stands for (``matcher.layouts.read_layout``). Its README lists the misses left, most of them phrases.
    pytest.param("tags_written_ag/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.84, "micro_precision": 0.9, "relevance_precision": 0.95, "relevance_recall": 0.93},
                 id="tags_written_ag"),
    # Sales support and outreach on both sides of the line: appointment setters, lead-list builders, outreach and
    # sales admins, inbound qualifiers, founders' sales assistants beside closers, AEs, commission-only telemarketers
    # and sales managers (``tests/data/tags_written_aj``; English, Russian, Uzbek, Persian): blind, micro-F1 0.716
    # (P 0.793, R 0.652), relevance P 0.900 / R 0.871 with taxonomy 2026.12.341; 0.856 (P 0.838, R 0.875), relevance
    # P 0.909 / R 0.968 with 2026.12.383, which reads lead generators and qualifiers named in titles, warm leads and
    # meetings handed to the salespeople, deals kept current in a CRM, invoices issued and payments watched, rows added
    # to a shared sheet, outreach replies sorted, an assistant to a founder or an owner, and "$6/hr" as an hour, not
    # HR. Its README lists the misses left, most of them labels other sets read otherwise.
    pytest.param("tags_written_aj/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.84, "micro_precision": 0.82, "relevance_precision": 0.88, "relevance_recall": 0.95},
                 id="tags_written_aj"),
    # Hospitality, short-term rentals and events: co-host and reservations assistants, guest relations, event
    # coordinators' assistants beside housekeepers, cleaners, front desks, hosts, sales and revenue managers
    # (``tests/data/tags_written_ah``; English, Russian, Uzbek, Persian): blind, micro-F1 0.765 (P 0.830, R 0.709),
    # relevance P 1.000 / R 0.935 with taxonomy 2026.12.341; 0.902 (P 0.886, R 0.918), relevance P 1.000 / R 0.968 with
    # 2026.12.403, which reads a stay's guests answered, its bookings entered into a PMS or a sheet, an event's guest
    # list kept, listings kept on the booking platforms, cleaners scheduled, Instagram beside WhatsApp as a channel of
    # support, an Uzbek list item ending in its duty and a duties label's sentences as items. Its README lists the
    # posts still missed and why.
    pytest.param("tags_written_ah/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.88, "micro_precision": 0.87, "relevance_precision": 0.95, "relevance_recall": 0.93},
                 id="tags_written_ah"),
    # The quieter back-office tasks beside their specialist neighbours: CRM administrators beside CRM developers and
    # architects, website content updaters beside web developers and designers, project coordinators beside project
    # managers, research assistants beside researchers, transcribers beside translators (``tests/data/tags_written_ak``;
    # English, Russian, Uzbek, Persian): blind, micro-F1 0.642 (P 0.541, R 0.791), relevance P 0.879 / R 0.967 with
    # taxonomy 2026.12.383; 0.769 (P 0.724, R 0.821), relevance P 1.000 / R 0.967 with 2026.12.426, which reads banners
    # swapped on a site as website updates, articles read or published ready-made as no writing, a research assistant's
    # title as research, an Uzbek list negated by its closing verb, work given away by words pointing back at it ("this
    # role does neither", «с этим вы работать не будете»), Instagram as where requests come from, and commissioning or
    # senior editors, web designers and translators as not-VA titles. Its README lists the misses left.
    pytest.param("tags_written_ak/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.75, "micro_precision": 0.7, "relevance_precision": 0.95, "relevance_recall": 0.95},
                 id="tags_written_ak"),
    # Data work on both sides of the line: data entry, catalogues, spreadsheet and CRM clean-up, digitising,
    # transcription, list building and labelling beside analysts, engineers, scientists, DBAs and annotation leads
    # (``tests/data/tags_written_ai``; English, Russian, Uzbek, Persian): blind, micro-F1 0.750 (P 0.739, R 0.761),
    # relevance P 1.000 / R 0.939 with taxonomy 2026.12.341; 0.842 (P 0.848, R 0.836), relevance P 1.000 / R 1.000
    # with 2026.12.367, which reads a dash before "not your job" as "is", a table kept in Excel as data, a content
    # manager of marketplaces as no website, labellers and speech written into text, a CRM's records archived or kept
    # up to date as CRM work, a network searched for facts as no channel run, empty fields filled in, "QA" after a
    # task as its check and Uzbek waybills keyed into 1C as the books. Its README lists the posts still missed and why.
    pytest.param("tags_written_ai/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.83, "micro_precision": 0.84, "relevance_precision": 0.95, "relevance_recall": 0.95},
                 id="tags_written_ai"),
    # Online sellers' assistants on Amazon, Etsy, Shopify, eBay, Wildberries, Ozon, Uzum, Digikala and Basalam beside
    # the jobs next door (``tests/data/tags_written_al``; English, Russian, Uzbek, Persian): blind, micro-F1 0.819 (P
    # 0.802, R 0.838), relevance P 0.838 / R 1.000 with taxonomy 2026.12.403; 0.849 (P 0.861, R 0.838), relevance P
    # 0.939 / R 1.000 with 2026.12.441, which reads category and brand managers, purchasing managers and Uzbek ads
    # specialists as no VA work and the marketplace or shop a not-VA role's title names as its workplace, not a task.
    # Its README lists the posts still missed and why.
    pytest.param("tags_written_al/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.83, "micro_precision": 0.84, "relevance_precision": 0.92, "relevance_recall": 0.97},
                 id="tags_written_al"),
    # Personal, family and lifestyle assistants beside nannies, drivers, housekeepers, on-site concierges and travel
    # agents (``tests/data/tags_written_an``; English, Russian, Uzbek, Persian): blind, micro-F1 0.764 (P 0.786, R
    # 0.743), relevance P 0.818 / R 0.964 with taxonomy 2026.12.461; 0.902 (P 0.878, R 0.927), relevance P 0.966 / R
    # 1.000 with 2026.12.495, which reads household staff, guides, stylists, tour sellers and a hotel's or a block's
    # concierge as no VA work, an assistant to a family and a woman assistant («Помощница») as personal assistance,
    # gifts sent and personal purchases as errands, calls made for the family and doctors' appointments booked as
    # phone work and scheduling, a number to call as a contact label, trips and household budgets in a family's words,
    # travel advance reports, and a Russian or Uzbek travel desk's title as travel booking. Its README lists the posts
    # still missed and why.
    pytest.param("tags_written_an/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.89, "micro_precision": 0.86, "relevance_precision": 0.95, "relevance_recall": 0.97},
                 id="tags_written_an"),
    # Finance and bookkeeping back offices beside the jobs next door: bookkeeping and receivables clerks, 1C and
    # e-invoicing operators, payroll and expense-report entry, secretaries of accounting, audit and tax offices beside
    # chief and senior accountants, auditors and their assistants, economists, controllers, cashiers, tellers, field
    # collectors, and adverts for courses and outsourced bookkeeping (``tests/data/tags_written_am``; English, Russian,
    # Uzbek, Persian): blind, micro-F1 0.796 (P 0.792, R 0.800), relevance P 0.784 / R 1.000 with taxonomy
    # 2026.12.461; 0.880 (P 0.880, R 0.880), relevance P 0.967 / R 1.000 with 2026.12.475 (2026.12.515 once merged),
    # which reads economists, field collectors and cash couriers, Persian installers of accounting software and an
    # auditor's assistant as not-VA titles, a course or a service advertised to the reader as no job, and a clerk's
    # duties in their own words (a pro-forma invoice issued, a visit's time given, timesheets keyed into Excel,
    # closings scheduled). Its README lists the posts still missed and why.
    pytest.param("tags_written_am/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.86, "micro_precision": 0.86, "relevance_precision": 0.95, "relevance_recall": 0.97},
                 id="tags_written_am"),
    # HR, recruiting and people-operations back offices beside the HR specialists next door: recruiting coordinators,
    # HR assistants and clerks, timesheet and payroll clerks, candidate-care operators beside recruiters, HRBPs,
    # trainers, C&B analysts, labour lawyers, assessors, and course and software adverts tagged as vacancies
    # (``tests/data/tags_written_ao``; English, Russian, Uzbek, Persian): blind, micro-F1 0.806 (P 0.906, R 0.725),
    # relevance P 0.824 / R 0.933 with taxonomy 2026.12.515; 0.894 (P 0.953, R 0.842), relevance P 0.935 / R 0.967
    # with 2026.12.523, which reads records keyed into an HR system, a payroll tool or a sheet (PTO among them) as data
    # entry, lead and senior accountants and assessors as not-VA titles, a vendor's trial and a course's intake tagged
    # #вакансия as adverts, a Telegram post's hashtag title by its first line, and "Own the CPO's calendar" as a duty.
    # Its README lists the posts still missed and why.
    pytest.param("tags_written_ao/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.88, "micro_precision": 0.93, "relevance_precision": 0.92, "relevance_recall": 0.95},
                 id="tags_written_ao"),
    # The offices of builders, factories, wholesalers and importers beside the jobs next door on the shop floor, the
    # site and the road: 1C and Sepidar operators, document clerks, dealers' order desks, sales-support and tender
    # assistants beside foremen, estimators, storekeepers, tender specialists and sales reps with plans
    # (``tests/data/tags_written_ap``; English, Russian, Persian, Uzbek): blind, micro-F1 0.791 (P 0.867, R 0.726),
    # relevance P 0.935 / R 0.967 with taxonomy 2026.12.515; 0.885 (P 0.917, R 0.855), relevance P 1.000 / R 0.967
    # with 2026.12.534, which reads goods documents and orders keyed into 1C, a register or an Excel template as data
    # entry, tender and bid portals watched as research, a warehouse's tickets as no customers' tickets, a clerk of a
    # warehouse or yard and a tender specialist as not-VA titles. Its README lists the posts still missed and why.
    pytest.param("tags_written_ap/tags.jsonl", 60, ("language", {"en", "ru", "uz", "fa"}),
                 {"micro_f1": 0.87, "micro_precision": 0.90, "relevance_precision": 0.95, "relevance_recall": 0.95},
                 id="tags_written_ap"),
)


@pytest.mark.parametrize(("path", "count", "languages", "floors"), WRITTEN_SETS)
def test_a_written_set_keeps_its_floors(path: str, count: int, languages: tuple[str, set[str]] | None,
                                        floors: dict[str, float]) -> None:
    rows, bad = load(DEV.parent / path)
    assert bad == 0 and len(rows) == count
    if languages is not None:
        field, values = languages
        assert {r[field] for r in rows} == values
    s = evaluate(rows)
    (p, _, f1), (rp, rr, _) = s.micro(), s.relevance()
    figures = {"micro_f1": f1, "micro_precision": p, "relevance_precision": rp, "relevance_recall": rr}
    assert all(figures[name] >= floor for name, floor in floors.items()), {name: figures[name] for name in floors}


def _jsonl(path: Path, rows: list) -> Path:  # type: ignore[type-arg]
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


VA = {"text": "Virtual Assistant\nManage the inbox and the calendar of our CEO.", "tags": ["email_management"],
      "va_relevant": True}
NOT_VA = {"text": "Senior Go Engineer\nBuild backend services.", "tags": [], "va_relevant": False}


def test_no_selected_posting_stops_instead_of_printing_zero(tmp_path: Path) -> None:
    empty = _jsonl(tmp_path / "empty.jsonl", [])
    result = CliRunner().invoke(command, [str(empty)])
    assert result.exit_code == 1 and f"no labelled postings in {empty}" in result.output, result.output
    assert "micro_f1=" not in result.output
    dev = _jsonl(tmp_path / "dev.jsonl", [{**VA, "split": "dev"}, {**NOT_VA, "split": "dev"}])
    result = CliRunner().invoke(command, [str(dev), "--split", "heldout"])
    assert result.exit_code == 1 and f"no labelled postings in {dev} (split 'heldout')" in result.output
    result = CliRunner().invoke(command, [str(dev), "--split", "heldotu"])  # a typo is a usage error, not a 0
    assert result.exit_code == 2 and "heldotu" in result.output and "micro_f1=" not in result.output
    assert CliRunner().invoke(command, [str(dev), "--split", "all"]).exit_code == 0


def test_cross_validation_on_too_few_postings_stops_with_a_reason(tmp_path: Path) -> None:
    three = _jsonl(tmp_path / "three.jsonl", [{**VA, "source": "a"}, {**NOT_VA, "source": "a"}, {**VA, "source": "a"}])
    for cv, said in (("kfold", "5 folds need 5 dev postings or more, not 3"),
                     ("source", "leave-one-source-out needs postings from 2 sources or more")):
        result = CliRunner().invoke(command, [str(three), "--cv", cv])
        assert result.exit_code == 1 and said in result.output and "Traceback" not in result.output, result.output
    rows = [{**VA, "text": f"Virtual Assistant {i}\nManage the inbox {i}.", "source": "ab"[i % 2]} for i in range(6)]
    one_not_va = _jsonl(tmp_path / "one.jsonl", rows + [{**NOT_VA, "source": "a"}])
    for cv in ("kfold", "source"):  # a fold holds the only non-VA posting: the rest has one class
        result = CliRunner().invoke(command, [str(one_not_va), "--cv", cv])
        assert result.exit_code == 1 and "0 non-VA postings" in result.output, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
    rows = [{**VA, "text": f"Virtual Assistant {i}\nManage the inbox {i}.", "source": "ab"[i % 2]} for i in range(6)]
    rows += [{**NOT_VA, "text": f"Go Engineer {i}\nBuild services {i}.", "source": "ab"[i % 2]} for i in range(6)]
    fine = _jsonl(tmp_path / "fine.jsonl", rows + [{**VA, "source": ["a"]}])  # a list is no source: skipped
    result = CliRunner().invoke(command, [str(fine), "--cv", "source"])
    assert result.exit_code == 0 and f"{fine}:13: skipped (source must be text)" in result.stderr, result.output
    assert "postings=12" in result.stdout
    heldout_only = _jsonl(tmp_path / "held.jsonl", [{**VA, "split": "heldout"}])
    result = CliRunner().invoke(command, [str(heldout_only), "--cv", "kfold"])
    assert result.exit_code == 1 and "(split 'dev')" in result.output


def test_agreement_skips_and_names_ids_that_cannot_be_matched(tmp_path: Path) -> None:
    ours = _jsonl(tmp_path / "a.jsonl", [{**VA, "id": "x:1"}, {**NOT_VA, "id": ["x", 2]}, {**NOT_VA, "id": "x:3"}])
    theirs = _jsonl(tmp_path / "b.jsonl", [{"id": ["x:1"], "tags": [], "va_relevant": False},
                                           {"id": "x:1", "tags": ["email_management"], "va_relevant": True},
                                           {"id": {"n": 3}, "tags": [], "va_relevant": False}])
    result = CliRunner().invoke(command, [str(ours), "--agreement", str(theirs)])
    assert result.exit_code == 0, result.output
    assert f"{ours}:2: skipped (id must be text or a whole number, not ['x', 2])" in result.stderr
    assert f"{theirs}:1: skipped (id must be text or a whole number" in result.stderr
    assert f"{theirs}:3: skipped (id must be text or a whole number" in result.stderr
    assert "postings=1" in result.stdout and result.stdout.strip().splitlines()[-1] == "micro_f1=1.000"
    nothing = _jsonl(tmp_path / "c.jsonl", [{"id": "y:1", "tags": [], "va_relevant": False}])
    result = CliRunner().invoke(command, [str(ours), "--agreement", str(nothing)])
    assert result.exit_code == 1 and f"no posting of {ours} has a label in {nothing}" in result.output


def test_agreement_and_cross_validate_as_functions_do_not_crash_on_bad_input() -> None:
    import click

    from evaluation.tags import agreement

    s = agreement([{**VA, "id": ["x"]}, {**VA, "id": "x:1"}], [{"id": ["x"], "tags": []}, {"id": "x:1", **VA}])
    assert s.n == 1 and s.skipped == 1
    with pytest.raises(click.ClickException, match="5 folds need 5 dev postings or more, not 2"):
        cross_validate([VA, NOT_VA])
