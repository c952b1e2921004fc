"""What a crawl could not use, kept on disk under ``config.quarantine_dir()`` so a drop never loses data: a
response no spider could read (its body, URL, status and headers), and a record or item a spider or a stage
refused (the record as the source sent it, with where it came from)."""
from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scrapy.http import Response

import config

log = logging.getLogger(__name__)


def _base(spider: str, reason: str) -> Path:
    """A new file's name in the spider's folder; the folders readable by their owner alone (a body kept may hold
    what a site should not have sent, a record a contact's details)."""
    folder = config.quarantine_dir() / spider
    folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%f')}-{reason}"


def _write(path: Path, data: bytes) -> None:
    """``data`` in a new file only its owner may read."""
    with os.fdopen(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600), "wb") as fh:
        fh.write(data)


def quarantine(spider: str, response: Response, reason: str) -> str:
    """Keep a dropped body on disk with its URL, status and headers: nothing is lost."""
    base = _base(spider, reason)
    _write(base.with_suffix(".body"), response.body)
    meta = {
        "url": response.url, "status": response.status, "reason": reason,
        "headers": {k.decode("latin-1"): [v.decode("latin-1") for v in vs]
                    for k, vs in response.headers.items()},
    }
    _write(base.with_suffix(".json"), json.dumps(meta, indent=1).encode("utf-8"))
    return str(base.with_suffix(".body"))


def keep_record(spider: str, reason: str, record: Any, **where: Any) -> str | None:
    """Keep one refused record (``<stamp>-<reason>.record.json``: the reason, ``where`` it came from, the record
    itself); its path, or ``None`` when the disk refused it (logged: the crawl goes on)."""
    if isinstance(record, str) and record[:1] in "[{":  # an item's payload: the record as canonical JSON text
        try:
            record = json.loads(record)
        except ValueError:
            pass
    try:
        path = _base(spider, reason).with_suffix(".record.json")
        _write(path, json.dumps({"reason": reason, **where, "record": record}, ensure_ascii=False, indent=1,
                                default=str).encode("utf-8"))
    except OSError as exc:
        log.warning("%s: cannot keep a %s record in quarantine (%s)", spider, reason, exc)
        return None
    return str(path)
