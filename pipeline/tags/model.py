"""The light statistical part: VA relevance from phrase scores and title words.

A logistic regression, trained by ``pipeline.tags.train`` on the labelled dev
set and stored as plain weights in ``model.json`` (a few KB), so tagging needs
neither scikit-learn nor numpy at run time. Features:

* per tag, the capped title and description phrase scores;
* hashed title words and word pairs (folded), which learn what phrases cannot
  list — "engineer", "developer", "razrabotchik", "داده" pull down, "assistant",
  "operator", "منشی" pull up;
* a not-VA title, or a description's duty of leading people (``matcher.titles.LEADS``), one feature.

When ``model.json`` is missing the relevance falls back to a transparent rule
(any title hit, or two description hits).
"""
from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("model.json")
HASH_DIM = 4096
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*", re.UNICODE)


def features_for(title_score: dict[str, float], body_score: dict[str, float], ftitle: str,
                 tags: list[str]) -> dict[str, float]:
    f: dict[str, float] = {}
    scored = title_score.keys() | body_score.keys()
    for t in [t for t in tags if t in scored]:  # (in the taxonomy's order: the relevance sums in it)
        ts = title_score.get(t, 0.0)
        bs = body_score.get(t, 0.0)
        if ts:
            f["t:" + t] = min(ts, 1.0)
        if bs:
            f["b:" + t] = math.log1p(min(bs, 6.0))
    if title_score.get("_not_va") or body_score.get("_leads"):
        # a not-VA title, or a duty of leading people (``matcher.titles.LEADS``), which makes the role a head's whatever
        # its title says ("Manager, Captioning Operations: … Manage a team of 6 leads")
        f["t:_not_va"] = 1.0
    f["t:any"] = min(sum(v for k, v in title_score.items() if k[0] != "_"), 2.0)  # not NOT_VA nor a mark
    f["b:total"] = math.log1p(sum(v for k, v in body_score.items() if k[0] != "_"))
    words = _WORD.findall(ftitle)[:20]
    for w in words:
        f[_word_feature(w)] = 1.0
    for a, b in zip(words, words[1:]):
        f[_pair_feature(a, b)] = 1.0
    return f


@lru_cache(maxsize=100_000)
def _word_feature(w: str) -> str:
    return f"h{_hash('w:' + _light_stem(w))}"


@lru_cache(maxsize=100_000)
def _pair_feature(a: str, b: str) -> str:
    return f"h{_hash('p:' + _light_stem(a) + ' ' + _light_stem(b))}"


def _light_stem(w: str) -> str:
    return w[:6]


def _hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) % HASH_DIM


@dataclass
class Model:
    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.5
    tag_thresholds: dict[str, float] = field(default_factory=dict)
    default_tag_threshold: float = 1.0
    boiler_weight: float = 0.25
    trained: bool = False
    taxonomy_version: str = ""  # the taxonomy it was trained with (``train.fit``)

    def relevance(self, f: dict[str, float]) -> float:
        if not self.trained:
            strong = f.get("t:any", 0.0) >= 1.0 or f.get("b:total", 0.0) >= math.log1p(2.0)
            return 0.75 if strong else 0.1
        # each feature's weight times its value, summed in the features' order (as a generator of them did)
        z = self.bias + sum(map(mul, map(self.weights.get, f, repeat(0.0)), f.values()))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def tag_threshold(self, tag: str) -> float:
        return self.tag_thresholds.get(tag, self.default_tag_threshold)


def load_model(path: Path | None = None) -> Model:
    path = path or MODEL_PATH
    if not path.exists():
        return Model()
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    return Model(weights=d["weights"], bias=d["bias"], threshold=d["threshold"],
                 tag_thresholds=d.get("tag_thresholds", {}),
                 default_tag_threshold=d.get("default_tag_threshold", 1.0),
                 boiler_weight=d.get("boiler_weight", 0.25), trained=True,
                 taxonomy_version=d.get("taxonomy_version", ""))


@lru_cache(maxsize=1)
def default_model() -> Model:
    return load_model()
