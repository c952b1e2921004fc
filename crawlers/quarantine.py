"""What a crawl could not use, kept on disk under ``config.quarantine_dir()`` so a drop never loses data: a
response no spider could read (its body, URL, status and headers), and a record or item a spider or a stage
refused (the record as the source sent it, with where it came from).

Keeping it is the last step of a drop, after the drop is counted and its error recorded on the run: a quarantine
the disk refuses (full, read-only, no permission) costs the copy, never the count. Such a failure is logged as one
error naming the path and why ("disk full (ENOSPC)"), counted (``QUARANTINE_FAILED_KEY``), the first of a run kept
among the run's errors (``quarantine_failed: …``), and the crawl goes on."""
from __future__ import annotations

import errno
import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.http import Response

import config
from crawlers.extensions import QUARANTINE_FAILED_KEY, record_error

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)

#: an operator's words for the errors a full or closed disk gives
_PLAIN = {errno.ENOSPC: "disk full", errno.EROFS: "read-only file system", errno.EACCES: "permission denied",
          errno.EPERM: "not permitted", errno.ENOTDIR: "not a folder", errno.EEXIST: "a file is in the way",
          errno.EIO: "input/output error"}
if hasattr(errno, "EDQUOT"):
    _PLAIN[errno.EDQUOT] = "disk quota exceeded"


def _base(spider: str, reason: str) -> Path:
    """A new file's name in the spider's folder; the folders readable by their owner alone (a body kept may hold
    what a site should not have sent, a record a contact's details)."""
    folder = config.quarantine_dir() / spider
    folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%f')}-{reason}"


def _write(path: Path, data: bytes) -> None:
    """``data`` in a new file only its owner may read; no file when the disk refuses any of it (it had been left
    empty or cut short, a 0-byte body beside the logged error)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        try:
            left = memoryview(data)
            while left:  # a write may take part of it (a disk filling up), the next one then fails
                left = left[os.write(fd, left):]
        finally:
            os.close(fd)
    except BaseException:
        _remove(path)
        raise


def _remove(*paths: Path) -> None:
    """Take away what a failed write left (the error that made it fail is the one told)."""
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot remove %s, left by a failed write to quarantine: %s", path, exc)


def why_not_kept(exc: OSError, path: Path | None = None) -> str:
    """``<path>: disk full (ENOSPC)``: where the disk refused a write, and why, for an operator."""
    code = errno.errorcode.get(exc.errno or 0, str(exc.errno))
    plain = _PLAIN.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
    return f"{exc.filename or path or config.quarantine_dir()}: {plain} ({code})"


def _not_kept(spider: str, what: str, exc: OSError, path: Path | None, crawler: Crawler | None) -> None:
    """Say that ``what`` could not be kept: one error in the log; counted, and the run's first such failure kept
    among its errors, when the ``crawler`` is known."""
    why = why_not_kept(exc, path)
    log.error("%s: cannot keep %s in quarantine: %s; the drop is counted, its copy is lost", spider, what, why)
    if crawler is None:
        return
    if not crawler.stats.get_value(QUARANTINE_FAILED_KEY):
        record_error(crawler, f"quarantine_failed: {why}")
    crawler.stats.inc_value(QUARANTINE_FAILED_KEY)


def quarantine(spider: str, response: Response, reason: str, *, crawler: Crawler | None = None) -> str | None:
    """Keep a dropped body on disk with its URL, status and headers: nothing is lost. Its path, or ``None`` when
    the disk refused it (logged, and recorded on ``crawler``'s run: the crawl goes on)."""
    meta = {
        "url": response.url, "status": response.status, "reason": reason,
        "headers": {k.decode("latin-1"): [v.decode("latin-1") for v in vs]
                    for k, vs in response.headers.items()},
    }
    path = None
    try:
        base = _base(spider, reason)
        path = base.with_suffix(".body")
        _write(path, response.body)
        path = base.with_suffix(".json")
        _write(path, json.dumps(meta, indent=1).encode("utf-8"))
    except OSError as exc:
        if path is not None and path.suffix == ".json":  # a body is kept with its URL and headers, or not at all
            _remove(path.with_suffix(".body"))
        _not_kept(spider, f"the {reason} body of {response.url}", exc, path, crawler)
        return None
    return str(base.with_suffix(".body"))


def keep_record(spider: str, reason: str, record: Any, *, crawler: Crawler | None = None, **where: Any) -> str | None:
    """Keep one refused record (``<stamp>-<reason>.record.json``: the reason, ``where`` it came from, the record
    itself); its path, or ``None`` when the disk refused it (logged, and recorded on ``crawler``'s run: the crawl
    goes on)."""
    if isinstance(record, str) and record[:1] in "[{":  # an item's payload: the record as canonical JSON text
        try:
            record = json.loads(record)
        except (ValueError, RecursionError):
            pass
    data = _record_json({"reason": reason, **where, "record": record})
    path = None
    try:
        path = _base(spider, reason).with_suffix(".record.json")
        _write(path, data)
    except OSError as exc:
        place = where.get("url") or where.get("source_id")
        _not_kept(spider, f"a {reason} record" + (f" of {place}" if place else ""), exc, path, crawler)
        return None
    return str(path)


def _record_json(kept: dict[str, Any]) -> bytes:
    """``kept`` as UTF-8 JSON, whatever the record holds: a lone surrogate (half an emoji) as its JSON escape
    ("\\ud83d", read back as it was), a record nested past what ``json`` follows or holding itself as its
    ``repr``. It had raised, and the spider's page lost every record after the refused one."""
    try:
        text = json.dumps(kept, ensure_ascii=False, indent=1, default=str)
    except (ValueError, RecursionError) as exc:
        try:
            record = repr(kept["record"])
        except RecursionError:
            record = f"(not kept: {type(exc).__name__})"
        text = json.dumps({**kept, "record": record}, ensure_ascii=False, indent=1, default=str)
    return text.encode("utf-8", "backslashreplace")


def prune(older_than_days: int, *, dry_run: bool = False, root: Path | None = None) -> tuple[int, int]:
    """Remove the quarantined files (bodies, their URL and headers, records) last written more than
    ``older_than_days`` days ago, and the spider folders left empty; ``(files, bytes)`` removed (or, ``dry_run``,
    that would be). Nothing else grows there: a source failing every run keeps each body it refused."""
    root = config.quarantine_dir() if root is None else root
    cutoff = datetime.now(timezone.utc).timestamp() - older_than_days * 86400
    files = size = 0
    if not root.is_dir():
        return 0, 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for path in sorted(folder.iterdir()):
            try:
                stat = path.stat()
                if not path.is_file() or stat.st_mtime >= cutoff:
                    continue
                if not dry_run:
                    path.unlink()
            except OSError as exc:
                log.warning("cannot remove %s from quarantine: %s", path, why_not_kept(exc))
                continue
            files += 1
            size += stat.st_size
        if not dry_run and not any(folder.iterdir()):
            folder.rmdir()
    return files, size
