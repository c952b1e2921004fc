"""The two figures the legitimacy stage is judged by, shared by training and ``vagigs eval legitimacy``.

Scores are ``Assessment`` scores: low means suspicious; a posting is flagged when its score is below a cut.
"""
from __future__ import annotations

import numpy as np


def recall_at_fpr(fraud_scores: np.ndarray, legit_scores: np.ndarray, fpr: float = 0.05) -> float:
    """Recall when flagging ``score < cut`` with the highest cut that flags at most ``fpr`` of legit."""
    cuts = np.unique(np.concatenate([fraud_scores, legit_scores, [np.inf]]))
    best = 0.0
    for cut in cuts:
        if (legit_scores < cut).mean() <= fpr:
            best = max(best, float((fraud_scores < cut).mean()))
    return best


def roc_auc(fraud_scores: np.ndarray, legit_scores: np.ndarray) -> float:
    """P(a fraud scores lower than a legit posting), ties counting half."""
    f = fraud_scores[:, None]
    l_ = legit_scores[None, :]
    return float(((f < l_).sum() + 0.5 * (f == l_).sum()) / (len(fraud_scores) * len(legit_scores)))
