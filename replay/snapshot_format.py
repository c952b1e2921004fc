"""Reading and writing the snapshot manifest, and mapping URLs to replay paths."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url

MANIFEST = "manifest.jsonl"


@dataclass
class Entry:
    url: str
    body: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


#: Each key of a manifest line (``url`` and ``body`` required): its type, and what it is called in an error.
_TYPES: dict[str, tuple[type | tuple[type, ...], str]] = {
    "url": (str, "text"), "body": (str, "text"), "status": (int, "whole number"), "headers": (dict, "JSON object"),
    "delay": ((int, float), "number")}


class ManifestError(ValueError):
    """A manifest line that is no entry; the message names the file, the line and what is wrong with it."""


def load(directory: Path) -> dict[str, Entry]:
    """URL key → entry. Later lines win, so re-recording a URL replaces it. A line that is no entry (a truncated
    write, a hand edit) raises ``ManifestError`` before anything is served."""
    entries: dict[str, Entry] = {}
    path = directory / MANIFEST
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, 1):
            if raw.strip():
                entry = _entry(raw.rstrip(b"\r\n"), f"{path}, line {number}")
                body_path(directory, entry.body)  # a body outside the snapshot is refused before anything is served
                entries[key(entry.url)] = entry
    return entries


def _entry(raw: bytes, where: str) -> Entry:
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{where}: not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{where}: not a JSON object ({exc.msg}, column {exc.colno})") from None
    if not isinstance(data, dict):
        raise ManifestError(f"{where}: not a JSON object")
    unknown = sorted(set(data) - set(_TYPES))
    if unknown:
        raise ManifestError(f"{where}: unknown key {unknown[0]!r} (an entry has {', '.join(_TYPES)})")
    for name in ("url", "body"):
        if name not in data:
            raise ManifestError(f"{where}: no {name!r}")
    for name, value in data.items():
        wanted, called = _TYPES[name]
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise ManifestError(f"{where}: {name} is {json.dumps(value)[:40]}, not a {called}")
    return Entry(**data)


def append(directory: Path, entry: Entry, body: bytes) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    path = body_path(directory, entry.body)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    with open(directory / MANIFEST, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")


def body_name(url: str) -> str:
    """Where a URL's body is kept in a snapshot: a folder named after its host (only letters, digits, dots and
    hyphens; "_" for a URL with none, as ``data:`` has), a file named by the URL's digest."""
    host = _HOST_UNSAFE.sub("_", urlsplit(url).netloc).strip(".") or "_"
    return f"{host}/{hashlib.sha1(url.encode()).hexdigest()[:12]}"


def body_path(directory: Path, body: str) -> Path:
    """The file ``body`` names inside the snapshot ``directory``; ``ManifestError`` for one outside it (an absolute
    path, "../…"): a shared snapshot must not make a replay serve, or a recording write, any other file."""
    root = directory.resolve()
    path = (root / body).resolve()
    if not path.is_relative_to(root) or path == root:
        raise ManifestError(f"{directory / MANIFEST}: body {body!r} is not a file inside the snapshot")
    return path


_HOST_UNSAFE = re.compile(r"[^A-Za-z0-9.-]")


def key(url: str) -> str:
    return canonicalize_url(url, keep_fragments=False)


def to_replay(base: str, url: str) -> str:
    """``https://host/p?q`` → ``{base}/https/host/p?q``."""
    parts = urlsplit(url)
    return f"{base.rstrip('/')}/{parts.scheme}/{parts.netloc}{parts.path or '/'}" + (
        f"?{parts.query}" if parts.query else ""
    )


def from_replay_path(path_and_query: str) -> str:
    """The inverse of ``to_replay`` for the path part a server receives."""
    parts = urlsplit(path_and_query)
    scheme, _, rest = parts.path.lstrip("/").partition("/")
    host, _, path = rest.partition("/")
    return urlunsplit((scheme, host, "/" + path, parts.query, ""))
