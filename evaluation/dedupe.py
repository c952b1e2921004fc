"""``vagigs eval dedupe FILE.jsonl``: pairwise precision, recall and F1 of the dedupe stage.

Each line is ``{"a": {posting}, "b": {posting}, "duplicate": true|false}``; a posting
has ``title``, ``company``, ``description``, ``url``, ``source``, ``location`` and
``salary`` (any may be empty). A pair is judged exactly as the pipeline judges two
stored postings (``pipeline.dedupe.decide_pair``: a shared key — same page, exact
hash, title+company or an LSH band — then the verified check). Lines may carry a
``split`` (dev/heldout) and ``kind``; ``--split`` selects one and ``--by-kind``
breaks the figures down. The last line printed is ``f1=0.NNN``.

``duplicate`` must be JSON ``true`` or ``false`` (``1``/``0`` too); a line with another label, a side that is not
an object or a field that is not text is skipped and named on stderr (``FILE:LINE``), as is broken JSON. A file
that is not UTF-8, or with no labelled pair left (in the ``--split`` asked for), stops the evaluation.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import click

from evaluation.jsonl import read_objects
from pipeline.dedupe import decide_pair

_TEXT_FIELDS = ("title", "company", "description", "url", "source", "location", "salary", "salary_raw")


def _posting(raw: dict | None, side: str = "a") -> dict:
    """The posting fields of one side of a pair; ``ValueError`` if the side is not an object (or absent/null)
    or one of its fields is neither text nor null."""
    raw = {} if raw is None else raw
    if not isinstance(raw, dict):
        raise ValueError(f'"{side}" must be an object of posting fields, not {type(raw).__name__}')
    wrong = [k for k in _TEXT_FIELDS if raw.get(k) is not None and not isinstance(raw[k], str)]
    if wrong:
        raise ValueError(f'"{side}": {", ".join(wrong)} must be text')
    return {
        "title": raw.get("title") or "", "company": raw.get("company") or "",
        "description": raw.get("description") or "", "url": raw.get("url") or "",
        "source": raw.get("source") or "", "location": raw.get("location") or "",
        "salary_raw": raw.get("salary") or raw.get("salary_raw") or "",
    }


def _label(rec: dict) -> bool:
    """The ``duplicate`` label: JSON true/false, or 1/0; anything else (``"no"``, null, 2, 1.0) is not a label."""
    if "duplicate" not in rec:
        raise ValueError("no duplicate label (true or false)")
    value = rec["duplicate"]
    if isinstance(value, bool) or (type(value) is int and value in (0, 1)):
        return bool(value)
    raise ValueError(f"duplicate must be true or false, not {value!r}")


def _check(rec: dict) -> None:
    rec["duplicate"] = _label(rec)
    rec["_a"], rec["_b"] = _posting(rec.get("a"), "a"), _posting(rec.get("b"), "b")


def score(rows: list[dict]) -> dict[str, float]:
    tp = fp = fn = tn = 0
    for r in rows:
        if r["predicted"] and r["duplicate"]:
            tp += 1
        elif r["predicted"]:
            fp += 1
        elif r["duplicate"]:
            fn += 1
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(rows), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": precision, "recall": recall, "f1": f1}


def judge(path: Path, split: str | None = None) -> list[dict]:
    """Each labelled pair of ``path`` (of ``split``, if given; a line without one is ``dev``) with the verdict.
    Bad lines are skipped and named on stderr; no pair left stops with ``click.ClickException``."""
    records, _ = read_objects(path, _check)
    rows = []
    for n, rec in records:
        if split and rec.get("split", "dev") != split:
            continue
        verdict = decide_pair(rec["_a"], rec["_b"])
        rows.append({"line": n, "duplicate": rec["duplicate"], "predicted": verdict.duplicate,
                     "reason": verdict.reason, "kind": str(rec.get("kind", "-")), "id": rec.get("id")})
    if not rows:
        if split and records:
            present = ", ".join(sorted({str(r.get("split", "dev")) for _, r in records}))
            raise click.ClickException(f"no labelled pairs in {path} (split {split!r}; the file has: {present})")
        raise click.ClickException(f"no labelled pairs in {path}")
    return rows


SPLITS = ("dev", "heldout")  # the splits of tests/data/dedupe_pairs.jsonl; a line without one is dev


@click.command(name="dedupe")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", type=click.Choice(SPLITS), default=None, help="Only pairs of this split.")
@click.option("--by-kind", is_flag=True, help="Also break the figures down by the pairs' kind.")
@click.option("--errors", "show_errors", is_flag=True, help="List the pairs judged wrongly.")
def command(file: Path, split: str | None, by_kind: bool, show_errors: bool) -> None:
    """Pairwise precision, recall and F1 of dedupe on labelled pairs."""
    rows = judge(file, split)
    if by_kind:
        groups: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            groups[r["kind"]].append(r)
        for kind, group in sorted(groups.items()):
            s = score(group)
            click.echo(f"  {kind:30} pairs={s['pairs']:4} tp={s['tp']:3} fp={s['fp']:3} fn={s['fn']:3} tn={s['tn']:3}")
    if show_errors:
        for r in rows:
            if r["predicted"] != r["duplicate"]:
                click.echo(f"  line {r['line']} ({r['kind']}): labelled {r['duplicate']}, judged {r['reason']}")
    s = score(rows)
    reasons = Counter(r["reason"].split(":")[0] if not r["reason"].startswith("not") else r["reason"] for r in rows)
    click.echo(f"pairs: {s['pairs']} (duplicates {s['tp'] + s['fn']}); decided by: "
               + ", ".join(f"{k}={v}" for k, v in sorted(reasons.items())))
    click.echo(f"precision: {s['precision']:.3f} (tp={s['tp']} fp={s['fp']})")
    click.echo(f"recall: {s['recall']:.3f} (fn={s['fn']})")
    click.echo(f"f1={s['f1']:.3f}")
