"""The labelled files every evaluator reads: JSON Lines, maybe saved by a Windows editor.

One convention for every ``vagigs eval``: a line that cannot be read (broken JSON, not an object, a missing
label, a field of the wrong type) is skipped and named on stderr as ``FILE:LINE: skipped (why)``, with a count
at the end; a file that cannot be read at all (not UTF-8, not readable) stops the evaluation with a
``click.ClickException`` naming the file (exit code 1), and so does a file with nothing left to score.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import click

CONVERT_HINT = "save it as UTF-8 first, e.g. iconv -f cp1251 -t utf-8"


def numbered_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of each non-blank line; a UTF-8 BOM is not part of line 1, CRLF ends are fine.

    A file that is not UTF-8 (cp1251, UTF-16, …) or cannot be opened raises ``click.ClickException`` naming it."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            for number, line in enumerate(fh, 1):
                if "\x00" in line:  # JSON text never holds a raw NUL; UTF-16 of ASCII text is full of them
                    raise click.ClickException(f"{path}: not UTF-8 (a NUL byte on line {number}: UTF-16?); "
                                               f"{CONVERT_HINT.replace('cp1251', 'utf-16')}")
                if line.strip():
                    yield number, line
    except UnicodeDecodeError as exc:
        if exc.start == 0 and bytes(exc.object[:2]) in (b"\xff\xfe", b"\xfe\xff"):
            raise click.ClickException(f"{path}: not UTF-8 but UTF-16 (its byte-order mark); "
                                       f"{CONVERT_HINT.replace('cp1251', 'utf-16')}") from None
        byte = exc.object[exc.start] if exc.start < len(exc.object) else None
        what = f"byte 0x{byte:02x}" if isinstance(byte, int) else exc.reason
        raise click.ClickException(f"{path}: not UTF-8 ({what}); {CONVERT_HINT}") from None
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot be read ({exc.strerror or exc})") from None


def not_json(exc: json.JSONDecodeError) -> str:
    """Why a line is no JSON, with its column: ``json``'s own words, some of which end in "at" ("Invalid control
    character at") that the column then completes, not doubles."""
    return f"not JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}"


def skipped_line(path: str | Path, number: int, why: object) -> None:
    """Say on stderr that line ``number`` of ``path`` is left out, and why."""
    click.echo(f"{path}:{number}: skipped ({why})", err=True)


def skipped_total(path: str | Path, count: int, what: str = "malformed lines") -> None:
    if count:
        click.echo(f"{count} {what if count != 1 else what.removesuffix('s')} skipped in {path}", err=True)


def read_objects(path: str | Path, check: Callable[[dict], object] | None = None,
                 ) -> tuple[list[tuple[int, dict]], int]:
    """``(line number, object)`` of each line of ``path`` that is a JSON object ``check`` accepts (it raises
    ``ValueError``/``TypeError`` with the reason for a bad line, and may fill in or normalise fields), and how
    many lines were skipped; each skipped line is named on stderr, then their count."""
    out, bad = [], 0
    for number, line in numbered_lines(path):
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError(f"not a JSON object but {type(row).__name__}")
            if check is not None:
                check(row)
        except json.JSONDecodeError as exc:
            bad += 1
            skipped_line(path, number, not_json(exc))
            continue
        except (ValueError, TypeError) as exc:
            bad += 1
            skipped_line(path, number, exc)
            continue
        out.append((number, row))
    skipped_total(path, bad)
    return out, bad
