"""``vagigs eval legitimacy``: output format, last line, and honest floors on the dev data.

Dev data: ``tests/data`` (see PROVENANCE.md there). The model was trained on
these very rows, so the in-sample eval only guards the plumbing; the honest
floor is the out-of-fold figure of a cross-validation grouped by
near-duplicate templates (``train.out_of_fold``).
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pytest

from evaluation.legitimacy import recall_at_fpr, roc_auc
from pipeline.legitimacy import data
from tests.helpers import vagigs


def _subset_csv(src: Path, dst: Path, n: int) -> Path:
    with open(src, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = [r for _, r in zip(range(n), reader)]
        fields = reader.fieldnames
    with open(dst, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    return dst


def test_eval_prints_per_file_rates_and_recall_last(tmp_path: Path) -> None:
    fraud = _subset_csv(data.EMSCAD_FRAUD, tmp_path / "fraud.csv", 40)
    legit = _subset_csv(data.EMSCAD_LEGIT, tmp_path / "legit.csv", 40)
    jsonl = tmp_path / "board.jsonl"
    jsonl.write_text("\n".join(data.BOARD_LEGIT.read_text(encoding="utf-8").split("\n")[:40]) + "\n", encoding="utf-8")
    # a hand-made JSONL posting with only the basic fields works too, and so does a line of a tags eval file
    with open(jsonl, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"title": "Virtual assistant", "company": "Acme", "description": "Calendar work."}) + "\n")
        fh.write(json.dumps({"text": "Data entry clerk\nType invoices into our system.", "tags": ["data_entry"],
                             "va_relevant": True}) + "\n")
    out = vagigs("eval", "legitimacy", "--fraud", str(fraud), "--legit", str(legit), "--legit", str(jsonl)).stdout
    lines = out.strip().splitlines()
    assert lines[0].startswith("fraud ") and "n=40 recall_likely_scam=" in lines[0]
    assert any(str(legit) in ln and "n=40 fpr_likely_scam=" in ln for ln in lines)
    assert any(str(jsonl) in ln and "n=42 fpr_likely_scam=" in ln for ln in lines)
    assert re.fullmatch(r"roc_auc=[01]\.\d{3}", lines[-2])
    assert re.fullmatch(r"recall_at_fpr5=[01]\.\d{3}", lines[-1])


def test_a_bad_line_is_skipped_and_said_and_an_unreadable_file_stops_with_its_name(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from evaluation.legitimacy import command

    fraud = _subset_csv(data.EMSCAD_FRAUD, tmp_path / "fraud.csv", 20)
    legit = tmp_path / "legit.jsonl"
    good = json.dumps({"title": "Office assistant", "company": "Acme", "description": "Answer the phone."})
    legit.write_text("\n".join([good, "{broken", json.dumps({"title": 5}), "[1, 2]", good]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(command, ["--fraud", str(fraud), "--legit", str(legit)])
    assert result.exit_code == 0, result.output
    assert f"{legit}: n=2 fpr_likely_scam=" in result.output  # the two good lines, none lost
    assert f"{legit}:2: skipped (not JSON: Expecting property name enclosed in double quotes at column 2)" \
        in result.output  # as every `vagigs eval` says it (it had lacked "not JSON:")
    assert f"{legit}:3: skipped (title must be text)" in result.output
    assert f"3 malformed lines skipped in {legit}" in result.output
    assert result.output.strip().splitlines()[-1].startswith("recall_at_fpr5=")

    not_emscad = tmp_path / "other.csv"
    not_emscad.write_text("name,age\nAnn,3\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.jsonl"
    latin1.write_bytes(json.dumps({"title": "Café"}, ensure_ascii=False).encode("utf-8").replace(b"\xc3\xa9", b"\xe9") + b"\n")
    for args, said in ((["--fraud", str(not_emscad)], f"{not_emscad}: not EMSCAD's columns"),
                       (["--fraud", str(fraud), "--legit", str(latin1)], f"{latin1}: not UTF-8")):
        result = CliRunner().invoke(command, args + ([] if "--legit" in args else ["--legit", str(legit)]))
        assert result.exit_code == 1 and said in result.output and "Traceback" not in result.output, result.output
    latin1_csv = tmp_path / "latin1.csv"
    latin1_csv.write_bytes("title,description\nCafé,Serve coffee\n".encode("latin-1"))
    for bad in (latin1, latin1_csv):  # with the advice every `vagigs eval` gives
        result = CliRunner().invoke(command, ["--fraud", str(fraud), "--legit", str(bad)])
        assert result.exit_code == 1
        assert result.output.endswith(f"{bad}: not UTF-8 (byte 0xe9); save it as UTF-8 first, e.g. iconv -f cp1251 "
                                      "-t utf-8\n")


def test_training_data_readers_refuse_a_bad_line_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "board.jsonl"
    bad.write_text(json.dumps({"title": "Assistant"}) + "\n" + json.dumps({"description": ["a list"]}) + "\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match=r"board\.jsonl:2: description must be text"):
        data.read_jsonl(bad)


def test_metric_helpers() -> None:
    fraud = np.array([0.0, 10.0, 20.0, 90.0])
    legit = np.array([15.0] + [95.0] * 19)
    assert recall_at_fpr(fraud, legit, 0.05) == 1.0  # a cut of 95 flags 1/20 legit and every fraud
    assert recall_at_fpr(fraud, legit, 0.0) == 0.5
    assert roc_auc(np.array([1.0, 2.0]), np.array([3.0, 4.0])) == 1.0
    assert roc_auc(np.array([3.0]), np.array([3.0])) == 0.5


@pytest.mark.slow
def test_eval_on_the_committed_dev_data() -> None:
    out = vagigs("eval", "legitimacy", "--fraud", str(data.EMSCAD_FRAUD), "--legit", str(data.EMSCAD_LEGIT),
                 str(data.BOARD_LEGIT)).stdout
    last = out.strip().splitlines()[-1]
    assert float(last.split("=")[1]) >= 0.95  # in-sample (trained on these rows); measured 0.99+


@pytest.mark.slow
@pytest.mark.long
def test_honest_floor_out_of_fold_by_near_duplicate_groups(legitimacy_dev) -> None:
    from pipeline.legitimacy.train import out_of_fold

    dev = legitimacy_dev
    y, src = dev.y, dev.src
    oof = out_of_fold(*dev.training_set(np.arange(len(y))))[:len(y)]  # trained with the cut copies, as ``main``
    cut = np.quantile(oof[src == "emscad_legit"], 0.95)
    recall = float((oof[y == 1] > cut).mean())
    board_fpr = float((oof[src == "board"] > cut).mean())
    # measured 0.982 (0.985 while the era was evidence: ``train.era_vocabulary``, ``era_capped_ratios``; 0.991 while
    # board formatting was read)
    assert roc_auc(-oof[y == 1], -oof[y == 0]) > 0.98
    # at 5 % of EMSCAD legit flagged (model alone); measured 0.880 (0.883 while the era was evidence; plain LR: 0.877)
    assert recall > 0.86, recall
    # measured 0.019; 0.002 while the model read the frame each board puts around its postings, a shortcut
    # (``test_a_boards_frame_does_not_make_a_fake_look_legitimate``), 0.010 while the era was evidence
    assert board_fpr < 0.02, board_fpr


@pytest.mark.slow
@pytest.mark.long
def test_heldout_splits_trains_on_three_quarters_and_scores_the_rest(legitimacy_dev,  # type: ignore[no-untyped-def]
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m pipeline.legitimacy.train --heldout-splits N``: one random 75/25 split here (14 in the README)."""
    from pipeline.legitimacy.train import heldout_splits

    heldout_splits(legitimacy_dev, 1, "We are an AI-first, fully remote crypto startup.")
    out = capsys.readouterr()
    line, appended = out.out.strip().splitlines()[-2:]
    m = re.fullmatch(r"1 random 75/25 splits: recall_at_fpr5 emscad_legit mean=(0\.\d{3}) min=0\.\d{3}; "
                     r"with the \(trained-on\) board postings mean=(0\.\d{3})", line)
    assert m, line
    assert float(m.group(1)) >= 0.85  # split 0 measured 0.912 (mean of 14: 0.930, min 0.875)
    assert float(m.group(2)) >= float(m.group(1))  # more legitimate postings, more room at 5 %
    assert "split 0: recall_at_fpr5" in out.err
    m = re.fullmatch(r"with 'We are an AI-first, fully remote crypto startup\.' appended to each held-out fake: "
                     r"recall_at_fpr5 emscad_legit mean=(0\.\d{3}) min=0\.\d{3}", appended)
    assert m, appended
    # a present-day sentence is no shield (``train.era_vocabulary``, ``era_capped_ratios``): split 0 measured 0.875
    # (mean of 6: 0.919; 0.707 while the era was evidence)
    assert float(m.group(1)) >= 0.8


@pytest.mark.slow
@pytest.mark.long
def test_the_learning_curve_trains_on_a_growing_share_of_each_splits_rows(legitimacy_dev,  # type: ignore[no-untyped-def]
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m pipeline.legitimacy.train --learning-curve N``: at the whole share it is ``heldout_splits``' own
    split (the same rows, the same model, the same figure); on half of them it learns less (14 splits in the README:
    0.887 at 37.5 % of the dev EMSCAD rows, 0.930 at 75 %)."""
    from pipeline.legitimacy.train import heldout_splits, learning_curve

    means = learning_curve(legitimacy_dev, 1, (0.5, 1.0))
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["trained on 37.5% of the dev EMSCAD rows",
                                                      "trained on 75.0% of the dev EMSCAD rows"]
    assert list(means) == [0.375, 0.75]
    heldout_splits(legitimacy_dev, 1)
    split0 = re.search(r"emscad_legit mean=(0\.\d{3})", capsys.readouterr().out)
    assert split0 and round(means[0.75], 3) == float(split0.group(1))  # measured 0.912 on split 0
    assert means[0.375] <= means[0.75] + 0.02  # split 0 measured 0.900 against 0.912


@pytest.mark.slow
@pytest.mark.long  # (trains the model again, leaving boards out: 20–25 s)
def test_va_postings_from_a_board_the_model_never_saw_are_rarely_warned_about(legitimacy_dev) -> None:
    """``python -m evaluation.legitimacy_unseen_boards``: the 90 VA-relevant board postings, whole and cut short (the
    5 suspected scams of ``tests/data/board_suspected_scams.json`` are not among them)."""
    from evaluation.legitimacy_unseen_boards import verdicts
    from pipeline.legitimacy.data import va_gig_ids
    got = verdicts(legitimacy_dev, va_gig_ids())
    assert len(got[None]) >= 80
    # measured 0.033 (3 of 90); 0.053 of 95 while the suspected scams counted, which were 3 of the 5 (0.021 while
    # the era was legitimate evidence: ``train.era_vocabulary``)
    assert np.mean([v == "likely_scam" for v in got[None]]) <= 0.05
    # measured 0.100; warned at all 0.133, within the caution cut's 15 % of these (``train.CAUTION_VA_FPR``): 0.244
    # at the EMSCAD cut alone once the suspected scams no longer taught the model that their VA wording is honest,
    # 0.147 + 0.053 before (with the scams among them)
    assert np.mean([v == "caution" for v in got[None]]) <= 0.12
    assert np.mean([v != "ok" for v in got[None]]) <= 0.15
    for n in (40, 25):
        assert "likely_scam" not in got[n]  # the model alone never hides a short ad
        assert np.mean([v == "caution" for v in got[n]]) <= 0.15  # measured 0.111 / 0.111 (40 words: 0.368 before the cut copies)


def _written_set(name: str) -> tuple[dict[str, float], str]:
    """``vagigs eval legitimacy`` on a written set of ``tests/data`` (its ``scams.jsonl`` against its ``legit.jsonl``):
    its figures by name (``recall_likely_scam``, ``fpr_caution_or_worse``, …), and the output for a failure's message."""
    from click.testing import CliRunner

    from evaluation.legitimacy import command

    d = data.DATA / name
    out = CliRunner().invoke(command, ["--fraud", str(d / "scams.jsonl"), "--legit", str(d / "legit.jsonl")]).output
    return {k: float(v) for k, v in re.findall(r"(recall_likely_scam|recall_caution_or_worse|fpr_likely_scam|"
                                                 r"fpr_caution_or_worse)=([\d.]+)", out)}, out


# Each written set of ``tests/data`` (its scams against its honest posts: ``_written_set``) and its floors: the figures
# it must reach at least (of its scams hidden or warned about) and at most (of its honest posts; a share is never
# below 0, so at most 0.0 is none). What each set is and what was measured on it is said above it.
WRITTEN_SETS = (
    # Scam and legitimate phrasings the rules' wording was not written from (``tests/data/legitimacy_phrasings``):
    # measured 0.84 of the scams hidden and none of the legitimate lines (0.52 before rules for the kinds its README
    # names as missed, 0.40 and 0.16 before the rules' 2026-12-03 morning changes).
    pytest.param("legitimacy_phrasings", {"recall_likely_scam": 0.76}, {"fpr_likely_scam": 0.04},
                 id="legitimacy_phrasings"),
    # 80 posts a second writer wrote blind from the research note's scam kinds (``tests/data/legitimacy_phrasings_b``,
    # Uzbek in both scripts, Russian, Persian, English): measured 0.925 of the scams hidden and none of the 40
    # legitimate lines, 0.075 of them warned about (blind, before rules for the kinds it showed missing: 0.575 hidden,
    # 0.80 warned about).
    pytest.param("legitimacy_phrasings_b", {"recall_likely_scam": 0.875, "recall_caution_or_worse": 0.875},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.10}, id="legitimacy_phrasings_b"),
    # 80 posts a third writer wrote blind, avoiding textbook phrasings (``tests/data/legitimacy_phrasings_c``; no rule
    # was written for its scams): measured 0.325 of the scams hidden and 0.525 warned about, 1 of the 40 legitimate
    # lines hidden (by the English text model) and 2 warned about (0.100 / 0.125 hidden / warned before two phrases
    # that meant something else were mended and duties' sentences read further back); 0.375 hidden and 0.575 warned
    # about since rules were written from a fourth writer's set of the same kind (``legitimacy_phrasings_d``), 0.775
    # and 0.90 since rules were written from the later sets (still unread: the floors are its early figures).
    pytest.param("legitimacy_phrasings_c", {"recall_caution_or_worse": 0.50},
                 {"fpr_likely_scam": 0.025, "fpr_caution_or_worse": 0.075}, id="legitimacy_phrasings_c"),
    # ``tests/data/legitimacy_phrasings_d``, read to write rules (not a test of generalisation: the third writer's set
    # is): 0.900 of its 60 scams hidden (0.500 before), 2 of its 40 legitimate lines hidden.
    pytest.param("legitimacy_phrasings_d", {"recall_likely_scam": 0.85}, {"fpr_likely_scam": 0.05},
                 id="legitimacy_phrasings_d"),
    # 46 Telegram posts in Uzbek, Russian and Persian (``tests/data/written_e``): blind, 12 of its 14 scams hidden and 3
    # of its 32 honest posts warned about (an @handle the only contact, no company named), none hidden; 14 of 14
    # hidden since rules were written for the two it missed.
    pytest.param("written_e", {"recall_likely_scam": 0.92}, {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.10},
                 id="written_e"),
    # 63 posts a bilingual reviewer wrote (``tests/data/legitimacy_phrasings_f``): blind, 27 of its 33 scams hidden and
    # 1 of its 30 honest posts hidden, 3 warned about; 33 of 33 hidden and none of the honest posts since rules were
    # written for what it showed missing (not blind).
    pytest.param("legitimacy_phrasings_f", {"recall_likely_scam": 0.93},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.134}, id="legitimacy_phrasings_f"),
    # 60 posts a help-desk volunteer wrote blind (``tests/data/legitimacy_phrasings_g``): blind, 24 of its 30 scams
    # hidden, 29 warned about, and 1 of its 30 honest posts hidden, 3 warned about; 30 of 30 hidden and none of the
    # honest posts, 2 warned about, since rules were written for the kinds it showed missing (not blind: these floors
    # are the figures after them).
    pytest.param("legitimacy_phrasings_g", {"recall_likely_scam": 0.96},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.067}, id="legitimacy_phrasings_g"),
    # 60 posts a journalist and a colleague wrote blind (``tests/data/legitimacy_phrasings_h``): blind, 20 of its 30
    # scams hidden, 24 warned about, and 1 of its 30 honest posts hidden, 2 warned about; 30 of 30 hidden and none of
    # the honest posts hidden or warned about since rules were written for the kinds it showed missing (not blind:
    # these floors are the figures after them).
    pytest.param("legitimacy_phrasings_h", {"recall_likely_scam": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.0}, id="legitimacy_phrasings_h"),
    # 60 posts a labour-migration compliance officer and an Iranian freelancers' group moderator wrote blind
    # (``tests/data/legitimacy_phrasings_i``): blind, 14 of its 30 scams hidden, 18 warned about (the others asked for
    # money with no fee word: a priced permit, an advance with the rest at the visa, a course with the job
    # "guaranteed", a dealer's programme, a partner clinic, a representative's account, a minimum balance, a paid
    # channel, a service wallet, a paid screening), and 3 of its 30 honest posts hidden (a quoted scam line in a
    # warning, a Persian negated list, an ID asked for after a written offer), 4 warned about; 30 of 30 hidden and none
    # of the honest posts hidden, 1 warned about (the text model on an urgent one-line data-entry post), since rules
    # were written for the kinds it showed missing (not blind: these floors are the figures after them).
    pytest.param("legitimacy_phrasings_i", {"recall_likely_scam": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.034}, id="legitimacy_phrasings_i"),
    # 60 posts a bank fraud analyst in Tashkent and a Mashhad online-business coach wrote blind
    # (``tests/data/legitimacy_phrasings_j``): blind, 12 of its 30 scams hidden, 16 warned about (the others asked for
    # money as a step of a task platform or of hiring with no fee word: an account activated at a price, a stake back
    # "with 30 %", a sum refunded with the first salary, a guarantee sum, a check at the candidate's cost, money put
    # into one's own account or wallet, a starter stock, a tax before the payout, a payment through Payme, a laptop
    # deposit "returned when the contract ends" read as a contract duty, the rest of an equipment transfer kept,
    # payments on one's own card, a login code handed over), and 2 of its 30 honest posts hidden (an antifraud
    # analyst's duties naming mule cards, bank details asked for after a signed offer "and only then"), 2 warned about;
    # 29 of 30 hidden, 30 of 30 warned about, and none of the honest posts hidden or warned about since rules were
    # written for the kinds it showed missing (not blind: these floors are the figures after them; the one left warned
    # about is a one-line post that asks for nothing: no interview, a WhatsApp number, high pay).
    pytest.param("legitimacy_phrasings_j", {"recall_likely_scam": 0.966, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.0}, id="legitimacy_phrasings_j"),
    # 60 posts a labour-migration advice desk's volunteer in Samarkand and a Tehran HR recruiter wrote blind
    # (``tests/data/legitimacy_phrasings_k``): blind, 12 of its 30 scams hidden, 14 warned about (the others asked for
    # money with other words than "fee": an interview slot or a place reserved at a price, a key, a licence or a
    # partner package "activated" at a price, a uniform's sum "added" to a manager's card, a paid test "thrown" via
    # Payme, a guarantee pledge for the company laptop, a packaging set paid card to card, a wallet kept charged with
    # USDT, "30 % in advance", a guarantee cheque signed over, a price "credited back" or paid to a "screening
    # partner"; or ran money and cards through the seeker: a card and its SIM handed over, the rest of each transfer
    # "thrown on", gift cards bought for a "CEO", cash loaded at a Bitcoin ATM), and 1 of its 30 honest posts hidden, 1
    # warned about (a part-time data-entry post, by the text model alone); 30 of 30 hidden, 30 of 30 warned about, and
    # that one honest post still hidden since rules were written for the kinds it showed missing (not blind: these
    # floors are the figures after them; the model is left as it is).
    pytest.param("legitimacy_phrasings_k", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.034, "fpr_caution_or_worse": 0.034}, id="legitimacy_phrasings_k"),
    # 60 posts a bank fraud analyst in Uzbekistan and a caseworker for Afghan and Iranian seekers in Mashhad wrote
    # blind (``tests/data/legitimacy_phrasings_l``): blind, 17 of its 30 scams hidden, 22 warned about (the others ran
    # money and identities through the seeker: P2P USDT "arbitrage", clients' cash put on a coordinator's cards or
    # into a crypto wallet, a transfer "mystery shopper", phones on instalments and a microloan taken out in the
    # seeker's name, a selfie with the passport; or asked for money with other words: a file's "cost" in Dari, a
    # crypto escrow, a "minimum working balance", a "выкуп" review farm, access to the order database, a working
    # account to buy, a card "authorization" and the code the bank texts), and 3 of its 30 honest posts hidden, 4
    # warned about (a warning telling of scammers' asks without a negation, an ID and SSN asked for after an offer, and
    # two by the text model alone); 30 of 30 hidden, 30 of 30 warned about, 1 honest post hidden and 2 warned about
    # since rules were written for the kinds it showed missing (not blind: these floors are the figures after them;
    # the model is left as it is).
    pytest.param("legitimacy_phrasings_l", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.034, "fpr_caution_or_worse": 0.067}, id="legitimacy_phrasings_l"),
    # 60 posts a Tashkent university career counsellor and an Iranian freelancers' community moderator wrote blind
    # (``tests/data/legitimacy_phrasings_m``): blind, 14 of its 30 scams hidden, 18 warned about (the others asked for
    # money with other words: a course "returned from the first salary", a certificate from a "partner centre", an
    # agency's price paid as the invitation comes, an activation package, a starter set, the first batch of goods, a
    # sum "held in trust" sent by hawala, a verified account opened for a price, goods ordered with one's own card, a
    # balance topped up to withdraw, a refundable deposit after an emoji; or ran money and identities through the
    # seeker: a "mystery shopper" of money transfers, an overpayment's rest sent on, phones on instalments on the
    # seeker's passport, a company registered in the seeker's name), and 3 of its 30 honest posts hidden (two warnings
    # listing what is never asked for with the verb at the end, a university's own application fee); 30 of 30 hidden,
    # 30 of 30 warned about, and none of the honest posts hidden or warned about since rules were written for the
    # kinds it showed missing (not blind: these floors are the figures after them).
    pytest.param("legitimacy_phrasings_m", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.0}, id="legitimacy_phrasings_m"),
    # 60 posts a labour-rights lawyer in Tashkent and an HR manager of a Tehran outsourcing firm wrote blind
    # (``tests/data/legitimacy_phrasings_n``: 36 honest posts that name alarming things honestly, 24 scams dressed like
    # them): blind, 10 of its 36 honest posts hidden, 12 warned about (a salary card or payroll bank details after the
    # offer, a warning's list with the verb at its end or with no "and", a support desk handling customers' SMS codes,
    # an exam paid to the exam body, a passport uploaded to a platform after the offer), 19 of its 24 scams hidden
    # (exam money to the recruiter, a notary paid to a person's account, parcels relabelled at home, an equipment
    # deposit to a "contractor's" coordinator); 24 of 24 hidden and warned about, no honest post hidden and 2 warned
    # about (by the text model alone) since rules were written for the kinds it showed (not blind: these floors are
    # the figures after them; the model is left as it is).
    pytest.param("legitimacy_phrasings_n", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.056}, id="legitimacy_phrasings_n"),
    # 60 posts an HR operations manager of a remote staffing company and a former fraud investigator of a job board
    # wrote blind (``tests/data/legitimacy_phrasings_o``: 36 honest posts in onboarding and HR language, 24 scams
    # borrowing it): blind, 10 of its 36 honest posts hidden, 12 warned about (scam messages quoted whole as warnings,
    # lists negated by "ham … ham", "نه … نه" or a heading's "never", a card asked for only to be paid into, an ID
    # checked inside Deel, an SSN on a vendor's portal after the offer, "it is not us"), 22 of its 24 scams hidden (a
    # commission kept and the rest forwarded, a deposit in roubles to a manager's card); 24 of 24 hidden, 1 honest post
    # hidden and 4 warned about (by the text model alone) since rules were written for the kinds it showed (not blind:
    # these floors are the figures after them; the model is left as it is), and none hidden since a post that warns
    # of a scam in its name (a fake quoted as one, look-alike addresses disowned) is never hidden by the model alone.
    pytest.param("legitimacy_phrasings_o", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.112}, id="legitimacy_phrasings_o"),
    # 60 posts an accountant of small Tashkent and Samarkand businesses and an Iranian e-commerce consultant wrote blind
    # (``tests/data/legitimacy_phrasings_p``: 36 honest posts whose work is money between a business and its customers,
    # 24 scams dressed as it): blind, 15 of its 24 scams hidden (customers' money on the seeker's own card forwarded, a
    # shop's or panel's balance topped up from it, clients' orders and tickets bought with it for a percentage, a first
    # consignment bought, "$30 to unlock your account"), 3 of its 36 honest posts hidden (customers' complaints of SMS
    # codes quoted, a shop's own card number, a deposit paid under the seeker's duties heading); 24 of 24 hidden, no
    # honest post hidden and 3 warned about (by the text model alone) since rules were written for the kinds it showed
    # (not blind: these floors are the figures after them; the model is left as it is).
    pytest.param("legitimacy_phrasings_p", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.084}, id="legitimacy_phrasings_p"),
    # 60 posts a Tashkent fintech's compliance officer and an organiser of Iranian remote workers wrote blind
    # (``tests/data/legitimacy_phrasings_q``: 36 honest posts whose work is KYC review, chargebacks, AML alerts and
    # salaries in USDT, 24 scams borrowing it): blind, 9 of its 24 scams hidden (a check fee paid by the candidate and
    # "reimbursed with the first salary", a "test transfer" to connect a staff cabinet, accounts opened in the seeker's
    # name and handed over, accounts verified with the seeker's own face, a tax before a withdrawal, a wallet activated
    # by a deposit, P2P buyers paying into the seeker's card), 3 of its 36 honest posts hidden (AML analysts' alerts on
    # drops and rented cards, users' messages quoted to a support desk); 24 of 24 hidden, no honest post hidden or
    # warned about since rules were written for the kinds it showed (not blind: these floors are the figures after
    # them; the model is left as it is).
    pytest.param("legitimacy_phrasings_q", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.0}, id="legitimacy_phrasings_q"),
    # 60 posts a careers adviser of a Tashkent vocational college and an Isfahan accountant of freelancers' taxes wrote
    # blind (``tests/data/legitimacy_phrasings_r``: 36 honest posts naming costs a seeker bears to others, a headset
    # from any shop, a check at any clinic, the state's tax, a notary's or a bank's own fee, 24 scams sending the same
    # money to the employer's people, its partner or its own academy): blind, 14 of its 24 scams hidden (missed: a tax
    # or a check's price to an HR department's or a clinic administrator's card, the employer's own headset paid to a
    # curator or a technical manager or bought from its IT desk, its academy's price below a promised job, its partner
    # notary, an evaluation fee for a trial task), no honest post hidden and 1 warned about (by the English text model
    # alone); 24 of 24 hidden, none hidden and the same 1 warned about since rules were written for the kinds it showed
    # (not blind: these floors are the figures after them; the model is left as it is).
    pytest.param("legitimacy_phrasings_r", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.028}, id="legitimacy_phrasings_r"),
    # 60 posts an HR compliance officer of a Tashkent outsourcing company and a Tehran data-protection consultant wrote
    # blind (``tests/data/legitimacy_phrasings_s``: 36 honest posts asking for documents, data and accounts at the time
    # and through the channel the job needs, 24 scams asking for the same at the wrong one): blind, 16 of its 24 scams
    # hidden, 17 warned about (missed: an E-IMZO key file or an ЭЦП token with its password or PIN handed to HR, a
    # Госуслуги, ثنا or OneID login given to the employer, AnyDesk or TeamViewer on the seeker's own phone with its
    # code asked for on the next line, Wise and PayPal accounts opened "in their own name" with the logins shared), 2
    # of its 36 honest posts hidden, 3 warned about (a Persian warning whose negated list's first item ran on past the
    # match, "شماره‌ی کارت با CVV2، …"; two by the English text model alone); 24 of 24 hidden, 1 honest post hidden and
    # 2 warned about (the text model's, on the job's own words) since rules were written for the kinds it showed (not
    # blind: these floors are the figures after them; the model is left as it is).
    pytest.param("legitimacy_phrasings_s", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.056}, id="legitimacy_phrasings_s"),
    # 60 posts a moderator of an Uzbek Telegram job channel and a volunteer checking ads for Iranian women's remote work
    # wrote blind (``tests/data/legitimacy_phrasings_t``: 24 scams with soft signals only, no fee, document, card or code
    # asked, and 36 honest posts that share one of those signals each): blind, 11 of its 24 scams hidden, 17 warned
    # about (pay far above the market for work that needs no experience read only in the sentence of "no experience"
    # and only per month, no dollars; a promise negated by the "no experience" before it; "no interview", a few places,
    # earning from the phone, likes and reviews for money and a manager in Telegram in other words; a number for
    # WhatsApp only counted as a phone to check), 1 of its 36 honest posts hidden and 6 warned about (the English text
    # model alone, and a Telegram handle with no company); 23 of 24 hidden, 24 of 24 warned about, and the same honest
    # posts hidden and warned about since rules were written for the kinds it showed (not blind: these floors are the
    # figures after them; the model is left as it is; the one scam only warned about, likes for pay with a WhatsApp
    # number, has nothing more an honest post does not say too).
    pytest.param("legitimacy_phrasings_t", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.167}, id="legitimacy_phrasings_t"),
    # 60 posts a moderator of an Uzbek Telegram job channel and the admin of an Iranian page reposting remote-work ads
    # wrote blind (``tests/data/legitimacy_phrasings_u``: every post formatted as channels format ads, emoji bullets, no
    # full stops, items run on one line with " | ", each scam's ask inside one item): blind, 19 of its 24 scams hidden,
    # 22 warned about (missed: a cabinet's or an account's activation said as a noun with its price, in Uzbek and in
    # Russian after "после"; a uniform and a delivery bag paid to the admin, "refunded with the first salary"; parcels
    # relabelled unopened at home under a warehouse's title, in Uzbek Cyrillic; a card's number, expiry and SMS code
    # asked "for payroll" in a support job whose duties are customers'), no honest post hidden and 3 warned about (a
    # one-line salon post with a handle, an address and no company field, by messaging-only contact and no company; two
    # English posts by the text model alone); 24 of 24 hidden and warned about, and the same 3 honest posts warned about
    # and none hidden, since rules were written for the kinds it showed (not blind: these floors are the figures after
    # them; the model is left as it is).
    pytest.param("legitimacy_phrasings_u", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.084}, id="legitimacy_phrasings_u"),
    # 60 long, formal postings an HR compliance reviewer of a job board wrote blind
    # (``tests/data/legitimacy_phrasings_v``: 350-900 words as hh.uz, Jobinja, corporate remote boards and Uzbek full
    # vacancies write them, each scam's give-away buried in one item of the duties, the benefits, a hiring step, an FAQ
    # answer or a P.S.; the honest posts carry the scams' words honestly): blind, 11 of its 24 scams hidden, 15 warned
    # about (missed: parcels received at home in one duty item and stripped of their invoices or relabelled in a later
    # one, a cheque or a sum on the card paid on to "our vendor", customers' payments into the seeker's personal account
    # or card, a card handed over with its SIM, a deposit to "our accountant's" card read as an accountant's duty, pay
    # far above no-experience work unread beside an age asked), 6 of its 36 honest posts hidden and 7 warned about
    # ("garov pulisiz", without a deposit, read as one; the employer paying a list of fees by its name; a long
    # anti-fraud list past a negation's reach; cardholders' codes a support desk handles; documents on the day of the
    # contract; users' IDs a KYC desk reviews); 22 of 24 hidden, 24 of 24 warned about, no honest post hidden and 1
    # warned about (the English text model alone) since rules were written for the kinds it showed (not blind: these
    # floors are the figures after them; the model is left as it is; the two scams only warned about have soft signs
    # only, as the writer says).
    pytest.param("legitimacy_phrasings_v", {"recall_likely_scam": 0.91, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.028}, id="legitimacy_phrasings_v"),
    # 60 posts a bank's fraud analyst, who follows the warnings of Iran's cyber police, wrote blind
    # (``tests/data/legitimacy_phrasings_w``: borrowed trust and recruit-your-friends, scams leaning on a ministry's
    # programme, a bank or a payment service, a marketplace, a trust badge or a registration number, and pyramids; honest
    # posts of job centres, banks and marketplaces hiring, a real eNamad badge, employer-paid referral bonuses, official
    # scam warnings quoted): blind, 17 of its 24 scams hidden, 19 warned about (missed: a fee sent to "the card the bot
    # gives you"; an initial package priced in Persian; an insurance deposit priced past a dash, under a heading below the
    # customers of the duties; a balance topped up "in USDT"; a Russian "принимай" read as an Uzbek negative verb in a
    # mule's gap), 2 of its 36 honest posts hidden and 3 warned about (two channel posts forwarding an official warning
    # whose asks stood past the warning's reach inside a long quotation); 22 of 24 hidden, 23 of 24 warned about, no
    # honest post hidden and 2 warned about (a warning post with only a handle, by messaging-only contact and no
    # company; an English post by the text model alone) since rules were written for the kinds it showed (not blind:
    # these floors are the figures after them; the model is left as it is; the scam not warned about and the one only
    # warned about have soft signs only, as the writer says).
    pytest.param("legitimacy_phrasings_w", {"recall_likely_scam": 0.91, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.056}, id="legitimacy_phrasings_w"),
    # 60 posts a consumer-protection investigator of job scams wrote blind with the HR manager of a Tashkent BPO
    # (``tests/data/legitimacy_phrasings_y``: the English remote-board posting and the hiring process around it, scams
    # whose give-away is a step of that process — a text-only interview, a cheque or money on the card for "our
    # vendor's" equipment, gift cards for the boss, customers' payments through the seeker's account, a background
    # check or onboarding paid to a named site, a bank login or code "for direct deposit", a borrowed name — and honest
    # posts using the same words honestly): blind, 17 of its 24 scams hidden, 18 warned about (missed: gift cards bought
    # with the seeker's money or their codes sent to the boss, in English and Uzbek; an ID and a Social Security card
    # photographed into a Teams chat "after the interview"; a check paid to "our partner" or on a named site, in Russian
    # and Uzbek; electronics ordered in the seeker's name and forwarded; an offer with no call at all), 4 of its 36
    # honest posts hidden and 8 warned about (bank details "Deel collects … inside its own app" read as asked; three
    # clerk and assistant posts by the English text model alone); 24 of 24 hidden, 3 honest posts hidden and 7 warned
    # about, all by the text model, since rules were written for the kinds it showed (not blind: these floors are the
    # figures after them; the model is left as it is).
    pytest.param("legitimacy_phrasings_y", {"recall_likely_scam": 0.99, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.084, "fpr_caution_or_worse": 0.195}, id="legitimacy_phrasings_y"),
    # 60 posts a caseworker of a migrant workers' help line in Tashkent wrote blind (``tests/data/legitimacy_phrasings_z``:
    # work abroad and relocation around remote admin jobs: visa, permit, processing and ticket money, deposits "refunded
    # on arrival", the recruiter's own translator or clinic, passports by chat; honest employers paying the visa and the
    # ticket, licensed agencies taking no fee, the state's own fees, passport copies after an offer): blind, 13 of its 24
    # scams hidden, 14 warned about (missed: a deposit or a bond given back on arrival, ticket money sent ahead, a fee for
    # reviewing the form, the processing's or the recruiter's price paid in parts as the papers come, a prepayment to a
    # lawyer's or a manager's card, money to a named person's card number, a case officer paid card to card), 3 of its 36
    # honest posts hidden and 7 warned about; 23 of 24 hidden and warned about (left: a certificate bought from the
    # partner institute before the trial month, in Persian), 2 honest posts hidden (a help line's job listing every red
    # flag after a colon; a licensed agency's hotel post by the English text model alone) and 6 warned about, since rules
    # were written for the kinds it showed (not blind: these floors are a little under the figures after them).
    pytest.param("legitimacy_phrasings_z", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.056, "fpr_caution_or_worse": 0.167}, id="legitimacy_phrasings_z"),
    # 60 Telegram-style posts a moderator of Uzbek, Russian-language and Iranian job channels wrote blind
    # (``tests/data/legitimacy_phrasings_aa``: the ordinary asks hidden in how the text is typed — stylised Unicode
    # letters, letters spelled out with spaces, dots or hyphens, look-alike letters of the other script, digits and
    # signs for letters, zero-width spaces and soft hyphens, keycap digits, kashida — and honest posts, warnings quoting
    # the styled asks among them, styled just as heavily): blind, 19 of its 24 scams hidden, 23 warned about (missed:
    # a card rented out spelled with dots or with a Latin letter inside, a deposit with zero-width spaces inside, a fee
    # priced in keycap digits "to the curator's card", a work account charged with tether), 3 of its 36 honest posts
    # hidden and 4 warned about (a warning's quoted passport ask disowned by «Это НЕ МЫ»); 24 of 24 hidden, 2 honest
    # posts hidden and 3 warned about since the checker reads a styled word as the word (``styled.unstyled``) and the
    # few phrases it then showed were written (not blind: these floors are the figures after them; the honest posts
    # still hidden are no styling: a Sheba number taken "only then", after the contract, in colloquial Persian; a
    # branch till's money transfers read as a mule's).
    pytest.param("legitimacy_phrasings_aa", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.084, "fpr_caution_or_worse": 0.112}, id="legitimacy_phrasings_aa"),
    # 60 posts a trust-and-safety lead of a data-annotation company and a Persian moderator of a freelancers' group wrote
    # blind (``tests/data/legitimacy_phrasings_x``: gig apps, microtasks and tasks for pay: order-boosting apps with
    # top-ups, paid likes then a deposit, AI-training jobs charging for a course, certificate or verification, verified
    # accounts rented; honest microtask and annotation platforms with KYC inside their own site, card payouts, referral
    # bonuses, company-paid work SIMs): blind, 15 of its 24 scams hidden, 20 warned about (missed: paid courses whose
    # hiring is "100% kafolatlanadi" or «استخدام شما تضمینی», a payment "refunded with your 4th weekly payout", a balance
    # topped up to "the card support gives" or "the difference in USDT", an account's "login codes", «коды из SMS» and
    # «в аренду верифицированные аккаунты»), 7 of its 36 honest posts hidden and 8 warned about (an ID check or a payout
    # card inside the platform's own portal, cabinet or panel, or through its KYC provider; scam ads a moderator
    # removes quoted as "suspicious"; a pinned reminder quoting scams not to answer but to report); 22 of 24 hidden,
    # 24 of 24 warned about, no honest post hidden and 1 warned about (the English text model alone) since rules were
    # written for the kinds it showed (not blind: these floors are the figures after them; the model is left as it
    # is; the two scams only warned about have soft signs only, as the writer says).
    pytest.param("legitimacy_phrasings_x", {"recall_likely_scam": 0.91, "recall_caution_or_worse": 0.99},
                 {"fpr_likely_scam": 0.0, "fpr_caution_or_worse": 0.028}, id="legitimacy_phrasings_x"),
    # 60 posts an Iranian consumer-rights volunteer wrote blind, all in Persian (``tests/data/legitimacy_phrasings_ab``:
    # home typing, packaging and assembly with a fee, a deposit or a kit first; pyramids; a course with a "guaranteed"
    # job; a bank account, card, chequebook or SIMs rented out; an exchange's identity check passed for others; P2P
    # "agents"; a Sayad cheque to the firm; ID and selfie, SMS codes, the one-time PIN and card data; an APK that reads
    # SMS; reshipping and overpayment; honest employers' warnings, paperwork after hiring, a promissory note for a
    # laptop, KYC reviewers, a company SIM): blind, 17 of its 24 scams hidden and warned about (missed: the rest of the
    # money paid into the seeker's account sent on, SIMs bought on the seeker's national card and posted, a purchase as
    # the condition of starting, a hiring test's fee, a trading account charged on the platform, an APK given SMS
    # access, the seeker's own cheques paying the firm's suppliers), 1 of its 36 honest posts hidden and warned about
    # (an employer's warning of IDs "with its name" asking for SMS codes); 24 of 24 hidden, no honest post hidden or
    # warned about, since rules were written for the kinds it showed (not blind: these floors are a little under the
    # figures after them).
    pytest.param("legitimacy_phrasings_ab", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.028}, id="legitimacy_phrasings_ab"),
    # 60 posts an anti-fraud officer of an Uzbek payments company wrote blind (``tests/data/legitimacy_phrasings_ac``:
    # recruiting money mules and identity renters in Uzbekistan and the Russian-speaking Telegram: card rental, wallets
    # opened on the seeker's MyID, a YaTT or an LLC in the seeker's name, SIMs on the seeker's passport, cash-out and
    # USDT "processing" for a percentage; honest KYC, anti-fraud and chargeback staff, card couriers, bank agents,
    # accountants, warnings against "drops", a card number for salary after the contract): blind, 15 of its 24 scams
    # hidden, 17 warned about (missed: clients' payments onto personal cards, a card lent for the company's turnover or
    # handed over with its PIN, a courier collecting cards with PINs, a YaTT or an LLC registered in the seeker's name,
    # a verified account handed over, «коды подтверждения» sent by "the new employee"), 8 of its 36 honest posts
    # hidden and 8 warned about (a salary card number asked after the contract, drop words in a bank's warning, a
    # trainer's course, an analyst's known schemes and «почему нельзя сдавать карту», a brand "… Pay" before its "hech
    # qachon:", a KYC desk's onboarding applications); 24 of 24 hidden, no honest post hidden or warned about, since
    # rules were written for the kinds it showed (not blind: these floors are a little under the figures after them).
    pytest.param("legitimacy_phrasings_ac", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.056}, id="legitimacy_phrasings_ac"),
    # 60 posts a volunteer of an Uzbek job-seekers' Telegram group for Fergana and Namangan wrote blind
    # (``tests/data/legitimacy_phrasings_ad``: all Uzbek as people in the regions type it, every apostrophe or none,
    # Cyrillic on a Russian keyboard, spoken forms, Russian words inside; fees, card and login codes, cards lent,
    # accounts in the seeker's name, parcels, passport photos, investment, task apps; honest regional employers hiring by
    # Telegram with warnings, salary cards after the contract, employer-paid training, "avans" as mid-month pay): blind,
    # 16 of its 24 scams hidden, 19 warned about (missed: an amount in thousands with no currency paid to hold a place,
    # "200 ming oldindan tashlaysiz"; a service's fee "oldindan to'lanadi"; an "avans" for the papers; an investment to
    # start; a certificate's price with the Russian "oplata"; an exchange account opened "with your passport" and its
    # login handed over; a card lent, "berib turasiz", and money sent to the numbers "biz aytgan"; a Telegram login
    # code "written" to us), 1 of its 36 honest posts hidden and warned about (an IT school's "our courses are paid,
    # but this vacancy costs candidates nothing", on a Russian keyboard); 24 of 24 hidden, the same honest post hidden,
    # since rules were written for the kinds it showed (not blind: these floors are a little under the figures after
    # them).
    pytest.param("legitimacy_phrasings_ad", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.056}, id="legitimacy_phrasings_ad"),
    # 60 posts an investigator of fraudulent call centres and an Iranian freelancers' group moderator wrote blind
    # (``tests/data/legitimacy_phrasings_ae``: call-centre and chat-operator jobs: operators phoning people as their
    # bank's security, as investment advisers under an alias or as a "funds recovery" desk, abroad with ticket and flat
    # or remote with scripts; paid chatter training and "verification"; sham exchange desks on the seeker's card; SIM
    # cards, numbers and codes for the office; beside honest bank, telecom and delivery call centres, chat support,
    # telesales, dating-app moderators and warnings quoting the scams' words): blind, 15 of its 24 scams hidden, 17
    # warned about (missed: six whose job itself defrauds those called — a bank's security service «от имени … его
    # банка» with a "safe account", aliases and withdrawals kept in, guaranteed returns, money "found and frozen"; a
    # verification fee "refunded with your first payout" in a sentence of its own; each code forwarded to a supervisor;
    # SIM cards on the seeker's passport with their count between), 2 of its 36 honest posts hidden and warned about
    # (an investigator's article and a group moderator's warning telling what such call centres offer); 24 of 24
    # hidden, no honest post hidden or warned about, since rules were written for the kinds it showed (not blind: these
    # floors are a little under the figures after them).
    pytest.param("legitimacy_phrasings_ae", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.028}, id="legitimacy_phrasings_ae"),
    # 60 posts the HR manager of a Tashkent family office wrote blind (``tests/data/legitimacy_phrasings_af``: jobs
    # assisting one person or family, personal assistants to travelling executives, carers for a parent whose children
    # live abroad, errand runners, mystery shoppers; rent or cheques forwarded, "our vendors" paid beside the seeker's
    # own account, gift cards, parcels, a notary contract or a background check paid in advance where the employer
    # chooses, cards with their PIN and SIM handed to a courier, accounts opened in the seeker's name; honest family
    # offices paying the family's bills from its own accounts, NDAs, company cards, reimbursement after receipts,
    # channel warnings):
    # blind, 14 of its 24 scams hidden, 16 warned about (missed: the rest sent to the cards "I" name; a contract's price
    # paid by the candidate to a notary's or an office expert's card; a fee "paid by the candidate", reimbursed with the
    # first paycheck; a card handed over with a PIN envelope and a SIM in a list; a bot's form over the card number and
    # the SMS code, its closing line "Anketa to'ldirilmasa suhbat o'tkazilmaydi" read as the list's "not"; the address
    # given after payment; three accounts opened in the seeker's name; the employer's money spent on phones shipped to
    # the addresses it gives; "our vendors" paid beside "your own bank account" for a "busy CEO"), 5 of its 36 honest
    # posts hidden (warnings: a checklist answering "Scam", lists of what the fakes or "they" usually do, asks told as
    # made "in these ads"; a passport copy taken "when signing the contract") and 9 warned about; 24 of 24 hidden, no
    # honest post hidden and 3 warned about (the English text model alone: a payments assistant, a one-line agency
    # post, a daughter abroad) since rules were written for the kinds it showed (not blind: these floors are a little
    # under the figures after them).
    pytest.param("legitimacy_phrasings_af", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.111}, id="legitimacy_phrasings_af"),
    # 60 posts a job-seekers' help-line volunteer wrote blind (``tests/data/legitimacy_phrasings_ag``: pasted
    # conversations, an ad and the chat with the recruiter that followed it, "[14:02] HR Manager Dilnoza: …", «Вы: …»,
    # "Siz, 19:50", «من: …», forwarded warnings, stickers; in the scams the ask comes in the chat, sometimes only in the
    # seeker's question and the recruiter's answer; in the honest posts a real hiring, with warnings and the seeker's
    # "do I have to pay anything?" answered no): blind, 20 of its 24 scams hidden (missed: a fee said in a voice message,
    # seen only in the seeker's "why must I pay 200 000?" and the answer; a second payment in the seeker's own question,
    # the recruiter answering "yes"; a top-up that unlocks tasks and "send a screenshot after the transfer"; packages
    # at home under printed prepaid labels), 18 of its 36 honest posts hidden and 1 more warned about (the seeker's questions answered no,
    # warnings on a chat line after the speaker's name, "if you get a code … don't send it", customers' card numbers,
    # impostors' asks told in a forwarded warning, an ID brought to the office or taken by the courier on delivery, the
    # seeker's "is it normal that they want …?"); 24 of 24 hidden, no honest post hidden and 2 warned about (the
    # English text model alone: a store owner's payments chat, a six-line recruiter reply) since rules were written for
    # the kinds it showed (not blind: these floors are a little under the figures after them).
    pytest.param("legitimacy_phrasings_ag", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.084}, id="legitimacy_phrasings_ag"),
    # 60 posts a careers adviser at a vocational college wrote blind (``tests/data/legitimacy_phrasings_ah``: training
    # first, jobs with courses, certificates, exams, internships and probation; scams charge for the training, a
    # certificate, an exam, a starter kit, a licence or "trial access" before work, often through a "partner academy"
    # and "refunded from the first salary"; honest posts pair them with employer-paid training, stipends, reimbursed
    # certification, state programmes and honest course adverts): blind, 13 of its 24 scams hidden (missed: a deposit
    # to enter probation beside the clients' base it opens; a course with "100% placed" or "guaranteed job" three
    # lines above its price, "the course is paid ($39), the job is free"; trial access, a materials pack, a starter
    # set or a licence priced; a sum renamed "not a fee to us"; "buy through our partner store"; a sum taken "as a
    # deposit"), 2 of its 36 honest posts hidden (a warning of fake ads in the employer's name saying what "they" ask;
    # an exam fee paid on the state organisation's official portal); 24 of 24 hidden, no honest post hidden and 1
    # warned about (the English text model alone, on the data-entry post under that warning) since rules were written
    # for the kinds it showed (not blind: these floors are a little under the figures after them).
    pytest.param("legitimacy_phrasings_ah", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.056}, id="legitimacy_phrasings_ah"),
    # 60 posts a moderator of freelancers' communities wrote blind (``tests/data/legitimacy_phrasings_ai``: freelance
    # marketplaces and the move off them; scams ask a fee or deposit to the client or its "escrow partner", sell
    # connects, kits or licences, want the platform login, a 2FA/SMS code or a remote-access app, overpay and ask for
    # the difference, pass customers' payments through the seeker's card or want an account opened in the seeker's
    # name; honest posts name the platforms' own fees, escrow, paid tests and the client's own password manager):
    # blind, 17 of its 24 scams hidden (missed: an overpayment with a part sent on to "our" photographer or editor; a
    # platform account in "their own name" with the login handed over in the next sentence; a test kit, a «комплект»
    # or «کیت» priced; "read us the verification code Upwork sends you"), 4 of its 36 honest posts hidden (the
    # client's own 2FA codes in its company password manager, twice; Parscoders' own membership fee; a student's
    # overpayment refunded from the school's Stripe), roc_auc 0.821; 24 of 24 hidden, no honest post hidden or warned
    # about, roc_auc 1.000 since rules were written for the kinds it showed (not blind: these floors are a little
    # under the figures after them).
    pytest.param("legitimacy_phrasings_ai", {"recall_likely_scam": 0.95, "recall_caution_or_worse": 0.95},
                 {"fpr_likely_scam": 0.028, "fpr_caution_or_worse": 0.028}, id="legitimacy_phrasings_ai"),
)


@pytest.mark.parametrize(("name", "at_least", "at_most"), WRITTEN_SETS)
def test_a_written_set_keeps_its_floors(name: str, at_least: dict[str, float], at_most: dict[str, float]) -> None:
    figures, out = _written_set(name)
    for figure, floor in at_least.items():
        assert figures[figure] >= floor, f"{figure} below {floor}:\n{out}"
    for figure, ceiling in at_most.items():
        assert figures[figure] <= ceiling, f"{figure} above {ceiling}:\n{out}"
