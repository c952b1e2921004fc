"""``vagigs eval language FILE.jsonl``: the language stage on labelled real text.

Each line is ``{"text": ..., "lang": "uz" | "fa" | "en" | "other"}``, in any case; any other
language code counts as ``other`` (so does a prediction outside uz/fa/en), and a label that is
no language code ("russian") too, named on stderr with its count, as ``eval tags`` names an
unknown tag. Prints per-language
precision, recall and F1, Uzbek F1 per script, accuracy by length (≤60 chars,
61–300, longer) and by script, documents per second, and last ``macro_f1=0.NNN``
over those of {uz, fa, en, other} that occur in the gold labels or the predictions (a class
absent from both is no evidence either way and would only pull the average down).
``--detector`` scores one part of the detector alone (``ngram``, ``cld2``, ``rules``,
``py3langid``) to show what the combination adds.

A line that is not JSON, not an object or lacks string ``text`` and ``lang`` is skipped and
named on stderr (``FILE:LINE``); a file that is not UTF-8, or without a readable line, stops it.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

import click

from evaluation.jsonl import read_objects

CLASSES = ("uz", "fa", "en", "other")
LENGTHS = (("<=60", 0, 60), ("61-300", 61, 300), (">300", 301, None))


def as_class(code: str | None) -> str:
    return code if code in ("uz", "fa", "en") else "other"


def length_bucket(text: str) -> str:
    n = len(text)
    for name, lo, hi in LENGTHS:
        if n >= lo and (hi is None or n <= hi):
            return name
    return LENGTHS[-1][0]


@dataclass
class Report:
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (gold, predicted) classes
    lengths: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (gold, predicted code, text)
    seconds: float = 0.0

    def prf(self, cls: str, where: list[bool] | None = None) -> tuple[float, float, float, int]:
        pairs = [p for i, p in enumerate(self.pairs) if where is None or where[i]]
        tp = sum(1 for g, p in pairs if g == cls and p == cls)
        fp = sum(1 for g, p in pairs if g != cls and p == cls)
        fn = sum(1 for g, p in pairs if g == cls and p != cls)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1, tp + fn

    def classes(self) -> list[str]:
        """The classes that occur among the gold labels or the predictions, in ``CLASSES`` order."""
        seen = {c for pair in self.pairs for c in pair}
        return [c for c in CLASSES if c in seen]

    def macro_f1(self) -> float:
        present = self.classes()
        return sum(self.prf(c)[2] for c in present) / len(present) if present else 0.0

    def accuracy(self, where: list[bool]) -> tuple[float, int]:
        chosen = [g == p for i, (g, p) in enumerate(self.pairs) if where[i]]
        return (sum(chosen) / len(chosen) if chosen else 0.0), len(chosen)


def evaluate(rows: list[dict], predict) -> Report:
    from pipeline.language import script_of

    report = Report()
    started = time.process_time()  # CPU time of this process: one core, not disturbed by other load
    predictions = [predict(row["text"]) for row in rows]
    report.seconds = time.process_time() - started
    for row, code in zip(rows, predictions):
        gold, got = as_class(row["lang"]), as_class(code)
        report.pairs.append((gold, got))
        report.lengths.append(length_bucket(row["text"]))
        report.scripts.append(script_of(row["text"]) or "none")
        if gold != got:
            report.errors.append((row["lang"], code, row["text"]))
    return report


def render(report: Report, show_errors: int = 0) -> list[str]:
    n = len(report.pairs)
    lines = [f"documents: {n}", "", f"{'language':<10}{'precision':>10}{'recall':>8}{'F1':>8}{'n':>6}"]
    for cls in CLASSES:
        p, r, f1, support = report.prf(cls)
        lines.append(f"{cls:<10}{p:>10.3f}{r:>8.3f}{f1:>8.3f}{support:>6}")
    for script in ("Latn", "Cyrl"):
        where = [s == script for s in report.scripts]
        p, r, f1, support = report.prf("uz", where)
        lines.append(f"uz-{script} F1={f1:.3f} (precision {p:.3f}, recall {r:.3f}, n={support})")
    lines += ["", "accuracy by length:"]
    for name, _, _ in LENGTHS:
        acc, count = report.accuracy([b == name for b in report.lengths])
        lines.append(f"  {name:<8}{acc:.3f}  (n={count})")
    lines.append("accuracy by script:")
    for script in sorted(set(report.scripts)):
        acc, count = report.accuracy([s == script for s in report.scripts])
        lines.append(f"  {script:<8}{acc:.3f}  (n={count})")
    overall = sum(g == p for g, p in report.pairs) / n if n else 0.0
    lines.append(f"accuracy: {overall:.3f}")
    lines.append(f"docs_per_second: {n / report.seconds if report.seconds else 0.0:.0f}")
    if show_errors:
        lines += ["", f"errors (first {show_errors} of {len(report.errors)}):"]
        lines += [f"  {gold} -> {got}: {text[:90]!r}" for gold, got, text in report.errors[:show_errors]]
    absent = [c for c in CLASSES if c not in report.classes()]
    if absent:
        lines.append(f"macro_f1 over {', '.join(report.classes())} "
                     f"({', '.join(absent)}: neither labelled nor predicted)")
    lines.append(f"macro_f1={report.macro_f1():.3f}")
    return lines


def _check(row: dict) -> None:
    if not isinstance(row.get("text"), str) or not isinstance(row.get("lang"), str):
        raise ValueError("needs string fields text and lang")
    row["lang"] = row["lang"].strip().lower()  # "EN" is English, not another language


def unknown_labels(rows: list[dict]) -> Counter[str]:
    """Labels that are neither a class nor a language code (``web.i18n.known_language``): counted as ``other``, but
    more likely a slip ("russian", "englsh") than a language the detector should not name."""
    from web.i18n import known_language

    return Counter(r["lang"] for r in rows if r["lang"] not in CLASSES and not known_language(r["lang"]))


@click.command(name="language")
@click.argument("path", metavar="FILE", type=click.Path(exists=True, dir_okay=False))
@click.option("--detector", type=click.Choice(["combined", "ngram", "cld2", "rules", "py3langid"]),
              default="combined", show_default=True, help="Score the whole detector or one of its parts.")
@click.option("--errors", "show_errors", type=click.IntRange(0), default=0, metavar="N",
              help="Print this many misclassified texts.")
def command(path: str, detector: str, show_errors: int) -> None:
    """Per-language P/R/F1, accuracy by length and script, speed; last line macro_f1=."""
    from pipeline.language import PARTS

    rows = [row for _, row in read_objects(path, _check)[0]]
    if not rows:
        raise click.ClickException(f"no labelled lines in {path}")
    predict = PARTS[detector]
    for warm in ("Load the models", "Моделларни юклаш", "بارگذاری مدل‌ها"):  # outside the timing
        predict(warm)
    for label, n in sorted(unknown_labels(rows).items()):
        click.echo(f"unknown language label {label!r} on {n} line{'' if n == 1 else 's'}: no language code, "
                   "counted as other", err=True)
    counts = Counter(as_class(r["lang"]) for r in rows)
    click.echo(f"detector: {detector}; gold classes: " + ", ".join(f"{c}={counts[c]}" for c in CLASSES))
    for line in render(evaluate(rows, predict), show_errors):
        click.echo(line)
