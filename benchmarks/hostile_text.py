"""Hostile text: what each stage costs on a long run of one repeated piece, at two lengths.

``python -m benchmarks.hostile_text`` feeds every stage that reads a posting's text (or a page's, for the
spiders' parsers) each piece below repeated to 10,000 and to 100,000 characters, and prints per stage the
slowest piece, its two times and their ratio. Time in proportion to the length gives a ratio near 10; a
pattern that reads a run again from each of its characters gives near 100 (the cases fixed on 2026-12-04
took from seconds to minutes at these lengths). ``--pieces a,@`` times only those pieces.
"""
from __future__ import annotations

import argparse
import gc
import logging
import time
from collections.abc import Callable

from crawlers.items import PostingItem
from crawlers.spiders import structured, telegram_text
from pipeline import language, legitimacy, normalize, pay, remote, tags
from pipeline.dedupe.verify import features as dedupe_features
from pipeline.textnorm import search_text

SIZES = (10_000, 100_000)
PIECES = (
    "a", " ", "@", ".", "1", "1 ", "a ", "a-", "a.", "a@", "$1", "1 $", "http", "www.", "<div>", "<ul><li>",
    "<b><i><div></b>", "ا", "ا ", "\u200c", "telegram", "تلگرام", "predoplat", "cash", "کد", "@.", "a.@", "#a", "ё",
    '<script type="application/ld+json">{}',
    "hybrid ", "not hybrid ", "except ", "dan tashqari ", "(",
)


def _posting(text: str) -> PostingItem:
    return PostingItem(source="t", source_id="1", title="Assistant", company=None, description=text)


STAGES: dict[str, Callable[[str], object]] = {
    "normalize (HTML description)": lambda t: normalize.normalize(PostingItem(
        source="t", source_id="1", title="Assistant", description_html=t, location=t[:300])),
    "remote (location)": lambda t: (remote.allowed_regions(t), remote.remote_scope(location=t, description=t)),
    "pay": pay.parse_salary,
    "language": language.detect,
    "legitimacy": lambda t: legitimacy.assess(_posting(t)),
    "tags": lambda t: tags.tag_text("Virtual assistant", t),
    "search text": lambda t: search_text("Assistant", None, t + " удалённо ماهان\u200cنت"),
    "dedupe features": lambda t: dedupe_features({"title": "Assistant", "description": t, "salary_raw": t}).shingles,
    "telegram message": telegram_text.split,
    "json-ld page": structured.json_ld,
}


def _seconds(stage: Callable[[str], object], text: str, rounds: int = 3) -> float:
    """The best of ``rounds`` runs, each with the garbage collector off: a collection of the loaded models' objects,
    due by chance during one run, is not the stage's growth (it had put "dedupe features" at a ratio of 13–20 while
    the stage alone grows linearly)."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            stage(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pieces", help="comma-separated pieces to time (default: all)")
    args = parser.parse_args()
    pieces = tuple(args.pieces.split(",")) if args.pieces else PIECES
    logging.disable(logging.WARNING)  # a hostile page is logged for each run; the figures are the point here
    legitimacy.assess(_posting("warm up: load the model"))
    tags.tag_text("Virtual assistant", "warm up")
    worst_ratio = 0.0
    for name, stage in STAGES.items():
        rows = []
        for piece in pieces:
            # each text opens with its own mark: a stage's cache of a run it read before (tags keeps one per
            # whitespace-free chunk) must not stand in for reading this one
            small, big = (f"x{n}" + (piece * (n // len(piece) + 1))[:n] for n in SIZES)
            t_small, t_big = _seconds(stage, small), _seconds(stage, big)
            rows.append((t_big, t_small, piece))
        t_big, t_small, piece = max(rows)
        ratio = t_big / max(t_small, 1e-3)  # (a millisecond floor: tiny times say nothing of growth)
        worst_ratio = max(worst_ratio, ratio)
        print(f"{name:30} slowest piece {piece[:20]!r:24} {SIZES[0]:,} chars {t_small * 1000:8.1f} ms   "
              f"{SIZES[1]:,} chars {t_big * 1000:8.1f} ms   ratio {ratio:5.1f}")
    print(f"worst_ratio={worst_ratio:.1f}")


if __name__ == "__main__":
    main()
