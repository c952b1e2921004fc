"""A short fingerprint of the files a stage runs on: the version stamped on what it writes.

The tags stage and the legitimacy stage stamp each posting they curate (``postings.tags_version``,
``postings.legitimacy_version``), so that ``vagigs health`` can count the postings an older version curated. A
hand-kept version number is forgotten when a rule changes; the files' bytes are not. Any edit counts, a comment's
too: re-curating then changes nothing but the stamp. A missing file (a model not trained) counts as empty.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

PIPELINE = Path(__file__).resolve().parent


def of_files(*paths: Path, releases: tuple[str, ...] = ()) -> str:
    """Eight hex digits of the SHA-256 of these files' bytes, in the order given, and of ``releases`` (a compiled
    library's name and release, whose bytes differ between platforms and Python versions that run it alike: two
    crawl nodes of one release must stamp alike); read again only when a file's size or modification time changed
    (asked once per curated posting)."""
    return _digest(tuple(_stat(p) for p in paths), tuple(paths), releases)


def _stat(path: Path) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return (-1, -1)
    return (st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=16)
def _digest(_stats: tuple, paths: tuple[Path, ...], releases: tuple[str, ...] = ()) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"")
    for release in releases:
        digest.update(b"\0" + release.encode())
    return digest.hexdigest()[:8]
