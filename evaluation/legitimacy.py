"""``vagigs eval legitimacy --fraud FRAUD.csv --legit FILE [FILE…]``.

Fraudulent rows come in EMSCAD's CSV columns; legitimate postings as EMSCAD
CSV or JSONL lines of posting fields (``tests/data/board_legit.jsonl``), or of
``text`` alone as ``vagigs eval tags`` files hold it (title, newline, description).
Prints recall on the fraud and the false-positive rate on each legitimate
file at the stage's own ``likely_scam`` verdict, the ROC-AUC of the score,
and last ``recall_at_fpr5=…``: recall on the fraud at the score cut where at
most 5 % of all the legitimate postings given are flagged. Postings are
ranked by the unrounded score (``Assessment.exact_score``): on the 0–100
integer scale many postings tie, and a cut can only fall between integers.
"""
from __future__ import annotations

from pathlib import Path

import click
import numpy as np

from pipeline.legitimacy import Assessment, assess
from evaluation.jsonl import CONVERT_HINT, read_objects
from pipeline.legitimacy.data import posting_from_dict, read_postings
from pipeline.legitimacy.metrics import recall_at_fpr, roc_auc

__all__ = ["command", "recall_at_fpr", "roc_auc"]


def _ranked(a: Assessment) -> float:
    """The score the postings are ranked by: unrounded, so postings that round to the same score keep their order."""
    return float(a.score if a.exact_score is None else a.exact_score)


def _read(path: str, only: str) -> list:
    """The postings of one file; a line that cannot be read is skipped and said (stderr), a file that cannot be
    read at all (not UTF-8, not EMSCAD's columns) stops the evaluation with its name. JSON Lines are read as every
    ``vagigs eval`` reads them (``evaluation.jsonl``), in the same words."""
    if not path.endswith(".csv"):
        stem = Path(path).stem
        rows, _ = read_objects(path, lambda row: posting_from_dict(row, 0, stem))
        return [posting_from_dict(row, number - 1, stem) for number, row in rows]
    try:
        return read_postings(path, only=only)
    except ValueError as exc:
        cause = exc.__cause__
        if isinstance(cause, UnicodeDecodeError):  # in the words every `vagigs eval` uses
            raise click.ClickException(f"{path}: not UTF-8 (byte 0x{cause.object[cause.start]:02x}); "
                                       f"{CONVERT_HINT}") from exc
        raise click.ClickException(str(exc)) from exc


@click.command()
@click.option("--fraud", "fraud_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--legit", "legit_paths", required=True, multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="EMSCAD CSV or JSONL of postings; repeatable.")
@click.argument("more_legit", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def command(fraud_path: str, legit_paths: tuple[str, ...], more_legit: tuple[str, ...]) -> None:
    """Recall on fraud, false positives on legit postings, ROC-AUC; last line recall_at_fpr5."""
    fraud = [assess(p) for p in _read(fraud_path, "fraud")]
    if not fraud:
        raise click.ClickException(f"no fraudulent rows in {fraud_path}")
    fs = np.array([_ranked(a) for a in fraud])
    click.echo(f"fraud {fraud_path}: n={len(fraud)} recall_likely_scam="
               f"{np.mean([a.verdict == 'likely_scam' for a in fraud]):.3f} "
               f"recall_caution_or_worse={np.mean([a.verdict in ('likely_scam', 'caution') for a in fraud]):.3f}")
    all_legit = []
    for path in legit_paths + more_legit:
        got = [assess(p) for p in _read(path, "legit")]
        all_legit.extend(got)
        click.echo(f"legit {path}: n={len(got)} fpr_likely_scam="
                   f"{np.mean([a.verdict == 'likely_scam' for a in got]) if got else 0:.3f} "
                   f"fpr_caution_or_worse={np.mean([a.verdict in ('likely_scam', 'caution') for a in got]) if got else 0:.3f}")
    if not all_legit:
        raise click.ClickException("no legitimate postings in " + ", ".join(legit_paths + more_legit))
    ls = np.array([_ranked(a) for a in all_legit])
    click.echo(f"roc_auc={roc_auc(fs, ls):.3f}")
    click.echo(f"recall_at_fpr5={recall_at_fpr(fs, ls):.3f}")
