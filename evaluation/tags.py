"""``vagigs eval tags FILE.jsonl``: task tags and VA relevance against labelled postings.

Each line is ``{"text": "<title>\\n<description>", "tags": [...], "va_relevant": true|false}``
(extra keys are ignored; ``--split`` keeps only lines whose ``split`` field matches). A line with
``title`` and ``description`` instead of ``text`` is read as that title, a newline, that description.
Prints per-tag precision/recall/F1 with support, micro- and macro-F1 over tags,
relevance precision/recall/F1, and as the last line ``micro_f1=0.NNN``.
``--cv kfold|source`` reports out-of-fold figures on the dev lines instead
(the relevance model and tag thresholds refitted without each fold);
``--agreement OTHER.jsonl`` scores a second annotator's labels of the same
postings (by ``id``) against FILE, to show how far two readers agree;
``--consensus OTHER.jsonl`` scores the tagger on what the two agree on only
(a tag both give or both withhold, relevance both give alike), to show how much
of its error is more than the readers' own disagreement.

A line that is not JSON, not an object, lacks its labels or has a field of the wrong type is skipped
and named on stderr (``FILE:LINE``); a file that is not UTF-8, a selection with no posting left, or
too few postings for ``--cv`` to refit the model without each fold stops it (exit code 1).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from evaluation.jsonl import read_objects

SPLITS = ("dev", "heldout", "new", "all")  # "new": annotator B's postings outside tags_dev.jsonl


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    rel: Counter = field(default_factory=Counter)  # tp/fp/fn/tn for relevance
    n: int = 0
    skipped: int = 0
    contested: Counter = field(default_factory=Counter)  # --consensus: "tags" and "relevance" decisions left out

    def add(self, gold: set[str], gold_relevant: bool, pred: set[str], pred_relevant: bool) -> None:
        self.add_tags(gold, pred)
        self.add_relevance(gold_relevant, pred_relevant)
        self.n += 1

    def add_tags(self, gold: set[str], pred: set[str]) -> None:
        for t in gold & pred:
            self.tp[t] += 1
        for t in pred - gold:
            self.fp[t] += 1
        for t in gold - pred:
            self.fn[t] += 1

    def add_relevance(self, gold: bool, pred: bool) -> None:
        self.rel["tp" if gold and pred else "fp" if pred else "fn" if gold else "tn"] += 1

    def micro(self) -> tuple[float, float, float]:
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        return _prf(tp, fp, fn)

    def per_tag(self) -> dict[str, tuple[float, float, float, int]]:
        tags = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        return {t: (*_prf(self.tp[t], self.fp[t], self.fn[t]), self.tp[t] + self.fn[t]) for t in tags}

    def macro_f1(self) -> float:
        per = self.per_tag()
        return sum(v[2] for v in per.values()) / len(per) if per else 0.0

    def relevance(self) -> tuple[float, float, float]:
        return _prf(self.rel["tp"], self.rel["fp"], self.rel["fn"])


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def split_text(text: str) -> tuple[str, str]:
    title, _, body = text.partition("\n")
    return title, body


def evaluate(lines: list[dict]) -> Scores:
    from pipeline.tags import tag_text

    s = Scores()
    for row in lines:
        title, body = split_text(row["text"])
        result = tag_text(title, body)
        s.add(set(row.get("tags") or []), bool(row.get("va_relevant")), set(result.tags), result.va_relevant)
    return s


def _id(row: dict) -> str | int | None:
    """The ``id`` a posting is matched by; None when absent or not text/a whole number (a list cannot be a key)."""
    value = row.get("id")
    return value if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def agreement(lines: list[dict], other: list[dict]) -> Scores:
    """Another annotator's labels (``other``, matched by ``id``) scored against ``lines`` as if they were
    predictions: how far two careful readers of the same rules agree. Lines ``other`` lacks are left out."""
    s = Scores()
    for row, o in _matched(lines, other, s):
        s.add(set(row.get("tags") or []), bool(row.get("va_relevant")), set(o.get("tags") or []),
              bool(o.get("va_relevant")))
    return s


def _matched(lines: list[dict], other: list[dict], s: Scores) -> Iterator[tuple[dict, dict]]:
    """Each of ``lines`` with the line of ``other`` of the same ``id``; those ``other`` lacks are counted in
    ``s.skipped``."""
    theirs = {_id(row): row for row in other if _id(row) is not None}
    for row in lines:
        o = theirs.get(_id(row))
        if o is None:
            s.skipped += 1
        else:
            yield row, o


def consensus(lines: list[dict], other: list[dict]) -> Scores:
    """The tagger scored on the decisions ``lines`` and a second annotator's labels (``other``, matched by
    ``id``) agree on: a tag one of them gives and the other does not is neither found nor missed, nor
    a false alarm; a posting whose relevance they judge differently does not count for relevance. Lines
    ``other`` lacks are left out."""
    from pipeline.tags import tag_text

    s = Scores()
    for row, o in _matched(lines, other, s):
        ours_tags, their_tags = set(row.get("tags") or []), set(o.get("tags") or [])
        disputed = ours_tags ^ their_tags
        result = tag_text(*split_text(row["text"]))
        s.add_tags(ours_tags & their_tags, set(result.tags) - disputed)
        s.contested["tags"] += len(disputed)
        if bool(row.get("va_relevant")) == bool(o.get("va_relevant")):
            s.add_relevance(bool(row.get("va_relevant")), result.va_relevant)
        else:
            s.contested["relevance"] += 1
        s.n += 1
    return s


def cross_validate(lines: list[dict], by: str = "kfold", k: int = 5, repeats: int = 3) -> Scores:
    """Out-of-fold scores: the relevance model and tag thresholds refitted without each fold.

    Only ``"split": "dev"`` lines take part (``pipeline.tags.train`` never reads held-out
    ones). ``by``: ``kfold`` (``repeats`` times ``k`` folds, stratified by source and
    relevance, reposts together) or ``source`` (leave one source out).
    """
    from pipeline.tags import train

    data = train.prepare(r for r in lines if r.get("split", "dev") == "dev")
    problem = cv_problem(data, by=by, k=k, repeats=repeats)
    if problem:
        raise click.ClickException(f"cannot cross-validate ({by}): {problem}")
    s = Scores()
    for p, relevant, tags in train.cross_validate(data, k=k, repeats=repeats, by=by):
        s.add(set(p.tags), p.relevant, set(tags), relevant)
    return s


def cv_problem(data: list, *, by: str = "kfold", k: int = 5, repeats: int = 3) -> str | None:
    """Why ``train.cross_validate`` cannot run on ``data`` (prepared dev postings), or None: each fold's model is
    fitted on the postings outside it, which must hold both VA and non-VA postings (the relevance model has two
    classes) and some feature; ``source`` needs at least two sources."""
    from pipeline.tags import train

    if not data:
        return 'no "dev" postings (lines without a split count as dev)'
    if by == "source":
        sources = sorted({p.source for p in data})
        if len(sources) < 2:
            return f"leave-one-source-out needs postings from 2 sources or more; all {len(data)} are from " \
                   f"{sources[0] or 'no source'!r} (give each line a \"source\")"
    if by == "kfold" and len(data) < k:
        return f"{k} folds need {k} dev postings or more, not {len(data)}"
    for rep in range(repeats if by == "kfold" else 1):
        for number, test in enumerate(train.folds(data, k, seed=rep, by=by), 1):
            held = set(test)
            rest = [p for i, p in enumerate(data) if i not in held]
            relevant = sum(p.relevant for p in rest)
            if not rest or relevant == 0 or relevant == len(rest):
                fold = f"source {data[test[0]].source!r}" if by == "source" and test else f"fold {number}"
                return (f"without {fold} the rest has {relevant} VA and {len(rest) - relevant} non-VA postings; "
                        "each fold needs both left to fit on (label more postings of both kinds)")
            if not any(p.features for p in rest):
                return f"without fold {number} the rest has no feature to fit on"
    return None


def load(path: Path, split: str | None = None, *, need_text: bool = True,
         need_id: bool = False) -> tuple[list[dict], int]:
    """Labelled lines of ``path`` and how many were malformed (each named on stderr as ``FILE:LINE``);
    ``need_text=False`` for a second annotator's file, whose lines are matched by ``id`` and need no text;
    ``need_id`` (``--agreement``) skips lines whose ``id`` is there but not text or a whole number."""

    def check(row: dict) -> None:
        if need_text and not isinstance(row.get("text"), str):
            if not isinstance(row.get("title"), str) and not isinstance(row.get("description"), str):
                raise ValueError("no text")
            # posting fields instead of "text": the same title, newline, description
            row["text"] = f"{_text_or_empty(row, 'title')}\n{_text_or_empty(row, 'description')}"
        _check_labels(row)
        if row.get("source") is not None and not isinstance(row["source"], str):
            raise ValueError("source must be text")
        if need_id and "id" in row and (not isinstance(row["id"], (str, int)) or isinstance(row["id"], bool)):
            raise ValueError(f"id must be text or a whole number, not {row['id']!r}")

    records, bad = read_objects(path, check)
    rows = [row for _, row in records if not split or split == "all" or row.get("split", split) == split]
    return rows, bad


def _text_or_empty(row: dict, key: str) -> str:
    value = row.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value or ""


def _check_labels(row: dict) -> None:
    """A labelled line says whether the posting is VA work (``va_relevant``: true or false; 1 or 0 too) and, if
    it has ``tags``, gives them as a list of tag ids. A line without the label is not read as "not VA work"."""
    relevant = row.get("va_relevant")
    if relevant not in (True, False) or isinstance(relevant, float):  # 1 == True and 0 == False, 1.0 too
        raise ValueError("no va_relevant label (true or false)" if relevant is None
                         else f"va_relevant must be true or false, not {relevant!r}")
    row["va_relevant"] = bool(relevant)
    tags = row.get("tags")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        raise ValueError("tags must be a list of tag ids")


def unknown_tags(rows: list[dict]) -> dict[str, int]:
    """Labelled tag ids the taxonomy does not have (a typo scores as a tag never found), with their counts."""
    from pipeline.tags.matcher import default_matcher

    known = set(default_matcher().tags)
    counts: dict[str, int] = {}
    for row in rows:
        for t in row.get("tags") or ():
            if t not in known:
                counts[t] = counts.get(t, 0) + 1
    return counts


def report(s: Scores) -> list[str]:
    out = [f"{'tag':22} {'prec':>6} {'rec':>6} {'f1':>6} {'support':>7}"]
    for t, (p, r, f, n) in s.per_tag().items():
        out.append(f"{t:22} {p:6.3f} {r:6.3f} {f:6.3f} {n:7d}")
    mp, mr, mf = s.micro()
    rp, rr, rf = s.relevance()
    out.append(f"postings={s.n}")
    if s.contested:
        out.append(f"left out where the annotators disagree: {s.contested['tags']} tag decisions, "
                   f"{s.contested['relevance']} relevance decisions")
    out.append(f"tags: micro precision={mp:.3f} recall={mr:.3f} f1={mf:.3f}; macro_f1={s.macro_f1():.3f}")
    out.append(f"relevance: precision={rp:.3f} recall={rr:.3f} f1={rf:.3f} "
               f"(tp={s.rel['tp']} fp={s.rel['fp']} fn={s.rel['fn']} tn={s.rel['tn']})")
    out.append(f"micro_f1={mf:.3f}")
    return out


@click.command(name="tags")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", type=click.Choice(SPLITS), default=None,
              help="Only lines whose 'split' field is this (a line without one is in every split); default all.")
@click.option("--cv", type=click.Choice(["kfold", "source"]), default=None,
              help="Cross-validate on the dev lines instead: refit the model without each fold "
                   "(kfold: 3 x 5 folds stratified by source; source: leave one source out).")
@click.option("--agreement", "other", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score another annotator's labels of the same postings (matched by id) instead of the tagger.")
@click.option("--consensus", "agreed", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score the tagger only on what FILE and another annotator's labels of the same postings "
                   "(matched by id) agree on.")
def command(file: Path, split: str | None, cv: str | None, other: Path | None, agreed: Path | None) -> None:
    """Tag precision/recall per tag, micro/macro F1 and VA-relevance precision/recall."""
    if sum(map(bool, (cv, other, agreed))) > 1:
        raise click.UsageError("--cv, --agreement and --consensus go one at a time")
    other = other or agreed
    selected = "dev" if cv else split
    rows, _ = load(file, selected, need_id=bool(other))
    if not rows:
        raise click.ClickException(f"no labelled postings in {file}"
                                   + (f" (split {selected!r})" if selected and selected != "all" else ""))
    for t, n in sorted(unknown_tags(rows).items()):
        click.echo(f"unknown tag {t!r} on {n} line{'' if n == 1 else 's'}: not in the taxonomy, so never predicted", err=True)
    if other:
        theirs, _ = load(other, need_text=False, need_id=True)
        scores = consensus(rows, theirs) if agreed else agreement(rows, theirs)
        if scores.skipped:
            click.echo(f"{scores.skipped} postings have no label in {other}", err=True)
        if not scores.n:
            raise click.ClickException(f"no posting of {file} has a label in {other} (matched by id)")
    else:
        scores = cross_validate(rows, by=cv) if cv else evaluate(rows)
    for line in report(scores):
        click.echo(line)
