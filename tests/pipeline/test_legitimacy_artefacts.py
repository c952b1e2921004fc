"""The artefact guard: after cleaning, formatting alone must not tell EMSCAD fraud from EMSCAD legit.

EMSCAD's fraud rows keep newlines and HTML entities while the Kaggle legit rows
lost their newlines ("place.We"); a model on raw text could learn that. A
classifier on formatting-only features is strong on the raw text (so this test
has power) and near chance on ``text.clean`` output. A second test shows the
era does not make present-day postings look fake: a model fitted on EMSCAD
alone (2012–14, no board postings) flags few of the 2022–26 board postings.
"""
from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import cross_val_predict

from pipeline.legitimacy import data
from pipeline.legitimacy.text import clean

FORMAT = [re.compile(p) for p in (
    r"\n", r"\n\n", r"  ", r"[a-z][.!?:][A-Z]", r"&\w+;", r"#(?:URL|EMAIL|PHONE)_", r"<[a-z/]", r"\t", r"\r",
    r"[.!?] [A-Z]", r"[•·*] ", r"[‘’“”–—…]",
)]  # not non-ASCII letters: EMSCAD's legit rows include Greek postings, which is content, not layout


# verdicts from the harshest: a change that makes a fake look more legitimate moves it up this order
MILDER = {"likely_scam": 0, "caution": 1, "ok": 2, "insufficient_evidence": 3}


def _format_features(texts: list[str]) -> np.ndarray:
    return np.array([[len(p.findall(t)) / (1 + len(t) / 1000) for p in FORMAT] for t in texts])


def _raw(p) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(filter(None, [p.title, p.description]))


def _auc(texts: list[str], y: np.ndarray) -> float:
    X = _format_features(texts)
    proba = cross_val_predict(LogisticRegression(max_iter=2000, class_weight="balanced"), np.log1p(X), y, cv=5,
                              method="predict_proba")[:, 1]
    return float(roc_auc_score(y, proba))


def test_formatting_alone_is_near_chance_after_cleaning() -> None:
    fraud = data.read_emscad(data.EMSCAD_FRAUD)
    legit = data.read_emscad(data.EMSCAD_LEGIT)
    y = np.array([1] * len(fraud) + [0] * len(legit))
    raw = [_raw(p) for p in fraud + legit]
    assert _auc(raw, y) > 0.85  # the artefact is real on raw text
    cleaned = [clean(p.title) + " " + clean(p.description) for p in fraud + legit]
    assert "\n" not in "".join(cleaned) and "#URL_" not in "".join(cleaned)
    assert "zzlink" in "".join(cleaned)  # an anonymised link is a link, as a board's is (``text.LINK_WORD``)
    assert _auc(cleaned, y) < 0.65


@pytest.mark.slow
@pytest.mark.long  # (trains the model again, leaving boards out: 20–25 s)
def test_era_present_day_boards_never_seen_in_training_are_rarely_flagged(legitimacy_dev) -> None:
    """Leave one board out of training; its postings must not look fake for being 2022–26 postings.

    (A model fitted on EMSCAD alone flags most board postings — EMSCAD's legit
    rows are one 2012 job board's house style — which is why board postings
    are part of the legitimate training data at all.)
    """
    from pipeline.legitimacy import _cuts, combine, shift
    from pipeline.legitimacy import model as artefact
    platt = artefact.load().platt
    dev = legitimacy_dev
    cut = _cuts()["likely_scam"]
    flagged = 0
    rates = {}
    for held_out, test, m in dev.without_each_board():
        m.platt = platt
        scores = [combine(shift(m.decision(dev.parts[i].model_text, artefact.location_tokens(dev.postings[i].location))), 0)
                  for i in test]
        rates[held_out] = np.mean([s < cut for s in scores])
        flagged += sum(s < cut for s in scores)
    assert max(rates.values()) < 0.10, rates  # measured 0.0–0.057 (Remotive: 2 of 35)
    assert flagged / int((dev.src == "board").sum()) < 0.06, rates  # measured 0.008 since the 5 suspected scams left the legitimate side (0.013 before; 0.015 while the era was evidence; 0.004 while the boards' frames and link words were read, 0.010 with their place words too)


@pytest.mark.slow
@pytest.mark.long
def test_the_committed_model_is_what_the_training_command_makes(legitimacy_dev) -> None:
    """``python -m pipeline.legitimacy.train`` remakes ``model.json``: a change to the rules or the text cleaning
    changes what the model reads (disclaimer sentences are cut out, rule points move the scores the thresholds are
    chosen on), so it has to be retrained in the same commit."""
    import json

    from pipeline.legitimacy.model import ARTEFACT
    from pipeline.legitimacy.train import build

    made = build(legitimacy_dev).to_dict()
    committed = json.loads(ARTEFACT.read_text(encoding="utf-8"))
    assert made["meta"]["thresholds"] == committed["meta"]["thresholds"]
    assert made["weights"].keys() == committed["weights"].keys()
    assert made["platt"] == pytest.approx(committed["platt"], abs=1e-3)
    assert made["intercept"] == pytest.approx(committed["intercept"], abs=1e-3)
    assert max(abs(made["weights"][g] - w) for g, w in committed["weights"].items()) < 1e-3


def test_the_places_boards_write_weigh_nothing() -> None:
    """Only the legitimate class has board postings, whose places read "USA", "Anywhere", "Worldwide"; EMSCAD
    writes "US, TX, Houston". Learned, those words told the classes apart by format (``@loc:anywhere`` was the
    model's strongest legitimate evidence), so training reads no board posting's place."""
    from pipeline.legitimacy import assess
    from pipeline.legitimacy import model as artefact

    emscad = data.read_emscad(data.EMSCAD_FRAUD) + data.read_emscad(data.EMSCAD_LEGIT)
    board = data.read_jsonl(data.BOARD_LEGIT)
    emscad_words = set().union(*(artefact.location_tokens(p.location) for p in emscad))
    board_only = set().union(*(artefact.location_tokens(p.location) for p in board)) - emscad_words
    assert {"@loc:anywhere", "@loc:worldwide"} <= board_only
    weighed = {g for g in artefact.load().weights if isinstance(g, str) and g.startswith("@loc:")}
    assert weighed  # EMSCAD's own places still count ("@loc:houston")
    assert not weighed & board_only

    # (a place's words still count in the length norm, a hair's breadth: the score a seeker sees is the same)
    scores = {loc: assess(dataclasses.replace(board[0], location=loc)).score
              for loc in (None, "Anywhere", "Worldwide", "Anywhere in the World")}
    assert len(set(scores.values())) == 1, scores


def _model_grams(postings) -> set:  # type: ignore[no-untyped-def]
    from pipeline.legitimacy import assess_parts
    from pipeline.legitimacy.train import sample

    return set().union(*(sample(assess_parts(p, None, use_model=False).model_text)[0] for p in postings))


def test_words_only_present_day_postings_use_weigh_nothing() -> None:
    """Every fake the model learns from is an EMSCAD posting of 2012–14; only the legitimate class has present-day
    ones. Learned, the words only those use ("ai", "crypto", "fully remote") were strong legitimate evidence
    (``ai`` −171), though they tell the era, not the honesty: one such sentence appended to an unseen fake cut
    recall at 5 % of EMSCAD legit from 0.931 to 0.707 (``train.era_vocabulary``)."""
    from pipeline.legitimacy import assess
    from pipeline.legitimacy import model as artefact

    fakes = data.read_emscad(data.EMSCAD_FRAUD)
    present_day_only = _model_grams(data.read_jsonl(data.BOARD_LEGIT)) - _model_grams(
        fakes + data.read_emscad(data.EMSCAD_LEGIT))
    assert {"ai", "crypto", ("fully", "remote"), ("ai", "powered")} <= present_day_only
    assert not present_day_only & artefact.load().weights.keys()

    # (such words still count in the length norm, a hair's breadth, and as words of a text long enough for the model
    # alone to hide it: ``MODEL_VERDICT_WORDS``)
    for p in fakes[::8]:
        plain = assess(p)
        modern = assess(dataclasses.replace(p, description=f"{p.description or ''}\nAI-powered crypto, on-chain."))
        assert abs(modern.exact_score - plain.exact_score) < 1.5, p.title
        assert MILDER[modern.verdict] <= MILDER[plain.verdict], p.title


def test_a_words_pull_toward_legitimacy_is_capped_at_what_the_fakes_era_gives_it() -> None:
    from scipy.sparse import csr_matrix

    from pipeline.legitimacy.train import era_capped_ratios, nb_ratios

    # columns: "remote" (every present-day posting, 1 in 4 EMSCAD rows of either class), "fee" (fakes only),
    # "benefits" (EMSCAD's legitimate rows and the boards)
    fraud, emscad_legit, board = [[1, 1, 0], [0, 1, 0], [0, 1, 0], [0, 0, 0]], [[1, 0, 1], [0, 0, 1], [0, 0, 0],
                                                                             [0, 0, 0]], [[1, 0, 1]] * 8
    x = csr_matrix(np.array(fraud + emscad_legit + board, dtype=float))
    y = np.array([1] * 4 + [0] * 12)
    same_era = np.array([True] * 8 + [False] * 8)
    plain, capped = nb_ratios(x, y), era_capped_ratios(x, y, same_era)
    assert plain[0] < capped[0] < 0  # the era's word: legitimate evidence only as far as EMSCAD's rows give it
    assert capped[0] == pytest.approx(nb_ratios(x[same_era], y[same_era])[0])
    assert capped[1] == plain[1] > 0  # fraud evidence as all rows give it
    assert plain[2] <= capped[2] < 0  # legitimate evidence, as far as EMSCAD's own rows support it


@pytest.mark.parametrize("sentence", ["This is a fully remote role.", "Remote job. Location: Remote.",
                                      "We are an AI-first, fully remote crypto startup."])
def test_a_present_day_sentence_does_not_make_a_fake_look_legitimate(sentence: str) -> None:
    """Words both eras use can tell the era too: "remote" is in 62 % of the board postings and 2 % of EMSCAD's rows,
    fraud and legitimate alike, and the boards had made it strong legitimate evidence (−130), so one such sentence
    turned known fakes ``ok``. An n-gram's pull toward legitimacy is now capped at what EMSCAD's rows give it
    (``train.era_capped_ratios``)."""
    from pipeline.legitimacy import assess

    for p in data.read_emscad(data.EMSCAD_FRAUD)[::2]:
        plain = assess(p)
        modern = assess(dataclasses.replace(p, description=f"{p.description or ''}\n{sentence}"))
        assert MILDER[modern.verdict] <= MILDER[plain.verdict], (p.title, plain, modern)


REMOTEOK_NOTE = ("Please mention the word **HAPPINESS** and tag RMzguNjguMTM0LjE5NA== when applying to show you read "
                 "the job post completely (#RMzguNjguMTM0LjE5NA==). This is a beta feature to avoid spam applicants. "
                 "Companies can search these words to find applicants that read this and see they're human.")


def _in_remoteok_note(p):  # type: ignore[no-untyped-def]
    return dataclasses.replace(p, description=f"{p.description or ''}\n\n{REMOTEOK_NOTE}")


def _in_wwr_frame(p):  # type: ignore[no-untyped-def]
    return dataclasses.replace(p, description=f"Headquarters: Houston, TX URL: https://acme-staffing.com "
                                              f"{p.description or ''} To apply: "
                                              "https://weworkremotely.com/remote-jobs/acme-staffing-data-entry-clerk")


def _with_a_link(p):  # type: ignore[no-untyped-def]
    return dataclasses.replace(p, description=f"{p.description or ''} Apply here: https://acme-staffing.com/jobs/123")


@pytest.mark.parametrize("frame", [_in_remoteok_note, _in_wwr_frame, _with_a_link])
def test_a_boards_frame_does_not_make_a_fake_look_legitimate(frame) -> None:  # type: ignore[no-untyped-def]
    """Remote OK closes every posting with its note, We Work Remotely opens each with "Headquarters: … URL: …" and
    closes it with its link: the board's words, on scams as on the rest. Read by the model, they turned 460 (the
    note) and 352 (the frame) of the 641 EMSCAD fakes into ``ok``; so did one appended link for 44 of them, while
    its words ("https", "com", the domain) were evidence only the boards supplied (EMSCAD's links are anonymised:
    ``text.LINK_WORD`` now stands for every link on both sides)."""
    from pipeline.legitimacy import assess

    fakes = data.read_emscad(data.EMSCAD_FRAUD)[::4]
    plain = [assess(p) for p in fakes]
    framed = [assess(frame(p)) for p in fakes]
    assert sum(a.verdict == "ok" for a in framed) == sum(a.verdict == "ok" for a in plain) == 0
    # (a frame that comes first pushes the text past ``text.MAX_CHARS`` sooner: a point either way)
    assert all(f.exact_score <= p.exact_score + 1 and MILDER[f.verdict] <= MILDER[p.verdict]
               for p, f in zip(plain, framed) if p.verdict != "insufficient_evidence")


def test_board_postings_read_as_suspected_scams_are_not_legitimate_examples() -> None:
    """``tests/data/board_suspected_scams.json``: each entry names a posting of ``board_legit.jsonl`` and the signs
    it shows; training and the evaluations read the others as legitimate (``data.read_board_legit``)."""
    import json

    entries = json.loads(data.BOARD_SUSPECTED.read_text(encoding="utf-8"))
    every = data.read_jsonl(data.BOARD_LEGIT)
    by_id = {f"{p.source}:{p.source_id}": p for p in every}
    for entry in entries:
        assert entry["id"] in by_id, entry["id"]
        assert by_id[entry["id"]].title == entry["title"] and by_id[entry["id"]].company == entry["company"]
        assert re.search(r"\(R\d\b", entry["reason"]), entry  # a red flag of the research note's table
    legit, suspected = data.read_board_legit(), data.read_board_legit(suspected=True)
    assert len(suspected) == len(entries) == 5
    assert len(legit) + len(suspected) == len(every)
    assert not {f"{p.source}:{p.source_id}" for p in legit} & data.board_suspected_ids()


def test_the_suspected_board_scams_are_warned_about() -> None:
    """Trained on as legitimate, the committed model had learned these very texts as honest (all five ``ok``, 98–100);
    trained without them, it warns about each (one hidden: 'Virtual Data Entry Clerk Entry Level')."""
    from pipeline.legitimacy import assess

    verdicts = {p.title: assess(p).verdict for p in data.read_board_legit(suspected=True)}
    assert all(v in ("caution", "likely_scam") for v in verdicts.values()), verdicts
