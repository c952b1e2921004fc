"""The web app's SQLite store is the file at the store's path, even after that file is replaced or removed.

A process keeps reading the file it opened whatever happens to its name: deleted (``rm store.db*``, after which the
next crawl makes a new store) or replaced (``mv backup.db store.db``), it had served the old postings, and
``/api/health`` said ok, until restarted, while crawls wrote to the new file. ``StoreFile.check`` compares the file
at the path with the one opened (device and inode) at most once a second, and reopens the engine on a new one.

A file replaced while the old one's ``-wal`` stays beside it is not opened: SQLite would read the new file through
the old one's WAL (pages of another database: a damaged store, runs that never were). It is a 503 until that WAL
is removed, as the README's restore steps do.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from store import db

#: Seconds between two looks at the store's file: a ``stat`` or two per second, whatever the traffic.
EVERY = 1.0

Identity = tuple[int, int] | None


def _identity(path: Path) -> Identity:
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


class StoreFile:
    def __init__(self, url: str, path: Path, log: logging.Logger, on_reopen: Callable[[], None] = lambda: None,
                 every: float | None = None) -> None:
        self.url, self.path, self.log, self.on_reopen = url, path, log, on_reopen
        self.every = EVERY if every is None else every
        self.wal_path = path.with_name(path.name + "-wal")
        self.opened, self.wal = _identity(path), _identity(self.wal_path)
        self.usable = self.opened is not None
        self.looked = time.monotonic()
        self.lock = threading.Lock()

    def check(self, now: bool = False) -> bool:
        """Whether the store's file can be read: there, and the engine reopened on it first when it is another file
        than the one opened. Looked at once per ``every`` seconds, unless ``now``."""
        if not now and time.monotonic() - self.looked < self.every:
            return self.usable
        with self.lock:
            self.looked = time.monotonic()
            found, wal = _identity(self.path), _identity(self.wal_path)
            if found == self.opened:
                self.wal = wal  # SQLite makes it anew after the last connection to the store closed
                return self.usable
            if found is None:
                self._say(f"the store's file {self.path} is gone: answering 503 until a store is there again")
                self.usable = False
            elif wal is not None and wal == self.wal:
                self._say(f"the store's file {self.path} was replaced while {self.wal_path.name} of the one "
                          f"opened stays beside it: answering 503 (SQLite would read the new file through the old "
                          f"one's WAL); stop every vagigs process, remove {self.wal_path.name} and "
                          f"{self.path.name}-shm, then start again (README)")
                self.usable = False
                return False  # looked at again, the WAL gone, next time
            else:
                self.log.warning("the store's file %s is %s: reopened on it", self.path,
                                 "there again" if self.opened is None else "another file than the one opened")
                self.usable = True
            db.engine(self.url).dispose()  # connections in use close as they are given back
            self.opened, self.wal = found, wal
            if self.usable:
                self.on_reopen()
            return self.usable

    def _say(self, line: str) -> None:
        if self.usable:  # once, not every second
            self.log.warning("%s", line)
