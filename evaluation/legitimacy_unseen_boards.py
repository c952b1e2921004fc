"""How often real VA postings from a board the model never saw get a warning: ``python -m evaluation.legitimacy_unseen_boards``.

The postings a seeker of this feed actually reads are VA gigs, and the text
model learned EMSCAD's fakes, many of them "assistant" and "data entry" ads.
For each of the four boards in ``tests/data/board_legit.jsonl`` the model is
trained (as ``pipeline.legitimacy.train`` does, cut copies included) without
that board; its postings that ``tests/data/tags_dev.jsonl`` labels VA-relevant
are then given their verdict whole and cut to their first 40 and 25 words (a
short ad's length), with the thresholds of the committed artefact. Prints the
share given ``likely_scam`` and ``caution`` for each length.
"""
from __future__ import annotations

import argparse
import numpy as np

from pipeline.legitimacy import MODEL_VERDICT_WORDS, verdict_for
from pipeline.legitimacy import model as artefact
from pipeline.legitimacy.data import va_gig_ids
from pipeline.legitimacy.model import first_words
from pipeline.legitimacy.text import letter_words
from pipeline.legitimacy.train import Dev, decision_before_platt, sample

LENGTHS: tuple[int | None, ...] = (None, 40, 25)


def verdicts(dev: Dev, relevant: set[str]) -> dict[int | None, list[str]]:
    m0 = artefact.load()
    ab = m0.platt if m0 else (1.0, 0.0)
    out: dict[int | None, list[str]] = {n: [] for n in LENGTHS}
    for _, rows, m in dev.without_each_board():
        for i in rows:
            p = dev.postings[i]
            if f"{p.source}:{p.source_id}" not in relevant:
                continue
            points, hard = dev.parts[i].rule_points, dev.parts[i].hard_rule
            for n in LENGTHS:
                text = first_words(dev.parts[i].model_text, n)
                score = dev.scores(np.array([i]), np.array([decision_before_platt(m, sample(text, p.location))]), ab)[0]
                short = not points and len(set(letter_words(text))) < MODEL_VERDICT_WORDS
                out[n].append(verdict_for(round(score), True, hard, model_only_short=short))
    return out


def main() -> None:
    argparse.ArgumentParser(prog="python -m evaluation.legitimacy_unseen_boards",
                            description=__doc__.split("\n\n")[0].split(": ``")[0] + ".").parse_args()
    got = verdicts(Dev.load(), va_gig_ids())
    for n, vs in got.items():
        name = "whole" if n is None else f"first {n} words"
        print(f"{name}: n={len(vs)} likely_scam={np.mean([v == 'likely_scam' for v in vs]):.3f} "
              f"caution={np.mean([v == 'caution' for v in vs]):.3f}")


if __name__ == "__main__":
    main()
