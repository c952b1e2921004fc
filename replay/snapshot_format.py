"""Reading and writing the snapshot manifest, and mapping URLs to replay paths."""
from __future__ import annotations

import hashlib
import json
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


def load(directory: Path) -> dict[str, Entry]:
    """URL key → entry. Later lines win, so re-recording a URL replaces it."""
    entries: dict[str, Entry] = {}
    with open(directory / MANIFEST, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                entry = Entry(**json.loads(line))
                entries[key(entry.url)] = entry
    return entries


def append(directory: Path, entry: Entry, body: bytes) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / entry.body).parent.mkdir(parents=True, exist_ok=True)
    (directory / entry.body).write_bytes(body)
    with open(directory / MANIFEST, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")


def body_name(url: str) -> str:
    parts = urlsplit(url)
    digest = hashlib.sha1(url.encode()).hexdigest()[:12]
    return f"{parts.netloc}/{digest}"


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
