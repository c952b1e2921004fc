"""The labelled files every evaluator reads: JSON Lines, maybe saved by a Windows editor."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def numbered_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of each non-blank line; a UTF-8 BOM is not part of line 1, CRLF ends are fine."""
    with open(path, encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                yield number, line
