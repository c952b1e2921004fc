"""Train the text model and choose the verdict thresholds: ``python -m pipeline.legitimacy.train``.

Data (all committed under ``tests/data``, see PROVENANCE.md there): EMSCAD
DEV fraud (641) as fraud; EMSCAD DEV legit (321) and the present-day board
postings (``board_legit.jsonl``) as legitimate. Nothing else.

1. Texts go through ``text.posting_text`` + ``fold`` (tokens stripped, HTML and
   whitespace normalised — the artefact guard).
2. Near-duplicate groups: word 5-shingle MinHash (LSH, Jaccard ≈ 0.7) joined
   into connected components, so one template never sits on both sides of a
   fold.
3. 5-fold group cross-validation gives out-of-fold decisions: the honest dev
   figures (printed and stored in ``model.json`` → ``meta.dev``), the Platt
   scaling, and the thresholds on the combined (model + rules) score.
4. The final model is fit on everything; only the ``KEEP`` n-grams with the
   largest weights are kept, and the model is refit on exactly that
   featurisation so the artefact is exact (about 150 KB of JSON). A small
   vocabulary also keeps ``assess`` fast (its look-ups stay in the CPU cache:
   about 15 % more assessments a second than with 30,000). Out of fold, with
   ``C`` = 200: 5,000 kept gives recall at 5 % 0.936, ROC-AUC 0.985;
   10,000: 0.922, 0.987; 15,000: 0.928, 0.987; 30,000: 0.930, 0.987 — within
   noise of each other (one fraud row is 0.0016 of recall). Tried and not
   better out of fold: ``C`` 5–50, no class weights, no idf, title words and
   employment type / location-completeness / symbol tokens, character 4-grams,
   a character 3–5-gram model alone (0.889) or averaged in, Bernoulli NB and
   NB-SVM (0.928, AUC 0.987), weighting rows by 1 / template size, and a
   stacked model on length, salary and employment-type fields (0.90).
"""
from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter

import numpy as np
from datasketch import MinHash, MinHashLSH
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from pipeline.legitimacy import data
from pipeline.legitimacy.model import ARTEFACT, TextModel, features, gram_text, location_tokens, ngrams
from pipeline.legitimacy.text import folded, posting_text

C = 200.0  # the length-normalised features are small (idf < default_idf): little regularisation
KEEP = 5000
FOLDS = 5
SCAM_FPR = 0.075    # likely_scam: at most this share of EMSCAD legit dev rows (out of fold)
CAUTION_FPR = 0.15  # caution: at most this share
_W = re.compile(r"[^\W_]+")


def near_duplicate_groups(texts: list[str], threshold: float = 0.7) -> np.ndarray:
    lsh = MinHashLSH(threshold=threshold, num_perm=64)
    sigs = []
    for i, t in enumerate(texts):
        w = _W.findall(t)
        m = MinHash(num_perm=64, seed=7)
        for j in range(max(1, len(w) - 4)):
            m.update(" ".join(w[j:j + 5]).encode())
        sigs.append(m)
        lsh.insert(i, m)
    parent = list(range(len(texts)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, m in enumerate(sigs):
        for j in lsh.query(m):
            parent[find(i)] = find(j)
    return np.array([find(i) for i in range(len(texts))])


def _matrix(counts: list[set[str]], idf: dict[str, float], default_idf: float,
            index: dict[str, int]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for r, c in enumerate(counts):
        values, norm = features(c, idf, default_idf)
        for tok, v in values.items():
            rows.append(r)
            cols.append(index[tok])
            vals.append(v / norm)
    return csr_matrix((vals, (rows, cols)), shape=(len(counts), len(index)))


def fit(counts: list[set[str]], y: np.ndarray, keep: int | None = KEEP) -> TextModel:
    n = len(counts)
    df = Counter(t for c in counts for t in c)
    default_idf = math.log((1 + n) / 2) + 1
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items() if d >= 2}

    def _fit(idf_: dict[str, float]) -> tuple[LogisticRegression, dict[str, int]]:
        index = {t: i for i, t in enumerate(sorted(idf_, key=gram_text))}
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        clf.fit(_matrix(counts, idf_, default_idf, index), y)
        return clf, index

    clf, index = _fit(idf)
    if keep and len(idf) > keep:
        coef = clf.coef_[0]
        top = np.argsort(-np.abs(coef))[:keep]
        inv = {i: t for t, i in index.items()}
        idf = {inv[i]: idf[inv[i]] for i in top}
        clf, index = _fit(idf)
    weight = {t: float(clf.coef_[0][i]) for t, i in index.items()}
    return TextModel(idf, weight, default_idf, float(clf.intercept_[0]), (1.0, 0.0), {})


def platt(decisions: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    lr = LogisticRegression(C=1e4).fit(decisions.reshape(-1, 1), y)
    return float(lr.coef_[0][0]), float(lr.intercept_[0])


def load_dev() -> tuple[list, np.ndarray, np.ndarray]:
    fraud = data.read_emscad(data.EMSCAD_FRAUD)
    legit = data.read_emscad(data.EMSCAD_LEGIT)
    board = data.read_jsonl(data.BOARD_LEGIT)
    postings = fraud + legit + board
    y = np.array([1] * len(fraud) + [0] * (len(legit) + len(board)))
    src = np.array(["fraud"] * len(fraud) + ["emscad_legit"] * len(legit) + ["board"] * len(board))
    return postings, y, src


def out_of_fold(counts: list[set[str]], y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    oof = np.zeros(len(counts))
    for tr, te in GroupKFold(FOLDS).split(counts, y, groups):
        m = fit([counts[i] for i in tr], y[tr])
        for i in te:
            values, norm = features(counts[i], m.idf, m.default_idf)
            oof[i] = m.intercept + sum(m.weight[t] * v for t, v in values.items()) / norm  # = decision() before Platt
    return oof


def _threshold(scores: np.ndarray, legit: np.ndarray, fpr: float) -> int:
    """The highest integer score cut (verdict when score < cut) flagging at most ``fpr`` of ``legit``."""
    best = 0
    for cut in range(1, 101):
        if (scores[legit] < cut).mean() <= fpr:
            best = cut
    return best


def report(scores: np.ndarray, y: np.ndarray, src: np.ndarray, scam: int, caution: int) -> dict:
    out: dict = {"roc_auc": round(float(roc_auc_score(y, -scores)), 4)}
    legit_scores = scores[y == 0]
    thr = np.quantile(legit_scores, 0.05)
    out["recall_at_fpr5_all_legit"] = round(float((scores[y == 1] < thr).mean()), 4)
    for name, cut in (("likely_scam", scam), ("caution_or_worse", caution)):
        out[name] = {"cut": cut, "recall": round(float((scores[y == 1] < cut).mean()), 4)}
        for s in ("emscad_legit", "board"):
            out[name][f"fpr_{s}"] = round(float((scores[src == s] < cut).mean()), 4)
    return out


def main() -> None:
    from pipeline.legitimacy import MODEL_VERDICT_WORDS, assess_parts, combine, shrink

    postings, y, src = load_dev()
    parts = [assess_parts(p, None, use_model=False) for p in postings]
    texts = [pt[5] for pt in parts]  # folded text, disclaimer sentences cut out (as ``assess`` feeds the model)
    counts = [ngrams(t) | location_tokens(p.location) for t, p in zip(texts, postings)]
    groups = near_duplicate_groups(texts)
    print(f"{len(postings)} postings, {len(set(groups))} near-duplicate groups", file=sys.stderr)
    oof = out_of_fold(counts, y, groups)
    if len(sys.argv) > 2 and sys.argv[1] == "--dump-oof":  # for experiments: out-of-fold decisions
        np.savez(sys.argv[2], oof=oof, y=y, src=src)
    a, b = platt(oof, y)
    model_logit = np.array([shrink(float(d), pt[6]) for d, pt in zip(a * oof + b, parts)])
    rule_points = np.array([pt[1] for pt in parts])
    hard = np.array([pt[4] for pt in parts])
    scores = np.array([combine(float(ml), int(pts), bool(h)) for ml, pts, h in zip(model_logit, rule_points, hard)])
    scores = np.where(hard, np.minimum(scores, 0), scores)  # a hard rule is likely_scam on its own
    scam = _threshold(scores, src == "emscad_legit", SCAM_FPR)
    caution = max(scam, _threshold(scores, src == "emscad_legit", CAUTION_FPR))
    dev = report(scores, y, src, scam, caution)
    n_words = np.array([pt[6] for pt in parts])
    likely = (scores < scam) & ~((rule_points == 0) & (n_words < MODEL_VERDICT_WORDS))
    dev["likely_scam_verdict"] = {"recall": round(float(likely[y == 1].mean()), 4)}
    for s in ("emscad_legit", "board"):
        dev["likely_scam_verdict"][f"fpr_{s}"] = round(float(likely[src == s].mean()), 4)
    dev["model_only_roc_auc"] = round(float(roc_auc_score(y, oof)), 4)
    for s in ("fraud", "emscad_legit", "board"):
        dev[f"hard_rule_rate_{s}"] = round(float(hard[src == s].mean()), 4)
        dev[f"any_rule_rate_{s}"] = round(float((rule_points[src == s] > 0).mean()), 4)
    print(json.dumps(dev, indent=1))

    final = fit(counts, y)
    final.platt = (a, b)
    final.meta = {
        "trained_on": {"fraud": int((y == 1).sum()), "emscad_legit": int((src == "emscad_legit").sum()),
                       "board": int((src == "board").sum())},
        "C": C, "keep": KEEP, "folds": FOLDS, "groups": int(len(set(groups))),
        "thresholds": {"likely_scam": scam, "caution": caution,
                       "likely_scam_fpr_target": SCAM_FPR, "caution_fpr_target": CAUTION_FPR},
        "dev": dev,
    }
    ARTEFACT.write_text(json.dumps(final.to_dict(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {ARTEFACT} ({ARTEFACT.stat().st_size // 1024} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
