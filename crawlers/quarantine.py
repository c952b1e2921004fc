"""What a crawl could not use, kept on disk under ``config.quarantine_dir()`` so a drop never loses data: a
response no spider could read (its body, URL, status and headers), and a record or item a spider or a stage
refused (the record as the source sent it, with where it came from)."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scrapy.http import Response

import config

log = logging.getLogger(__name__)


def _base(spider: str, reason: str) -> Path:
    folder = config.quarantine_dir() / spider
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%f')}-{reason}"


def quarantine(spider: str, response: Response, reason: str) -> str:
    """Keep a dropped body on disk with its URL, status and headers: nothing is lost."""
    base = _base(spider, reason)
    base.with_suffix(".body").write_bytes(response.body)
    meta = {
        "url": response.url, "status": response.status, "reason": reason,
        "headers": {k.decode("latin-1"): [v.decode("latin-1") for v in vs]
                    for k, vs in response.headers.items()},
    }
    base.with_suffix(".json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
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
        path.write_text(json.dumps({"reason": reason, **where, "record": record}, ensure_ascii=False, indent=1,
                                   default=str), encoding="utf-8")
    except OSError as exc:
        log.warning("%s: cannot keep a %s record in quarantine (%s)", spider, reason, exc)
        return None
    return str(path)
