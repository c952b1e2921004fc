"""Run a store-wide pass in batches: read and write here, in order; compute in forked worker processes.

The shape of ``vagigs retag`` and ``vagigs reassess``. ``next_batch`` reads the next batch (empty when done),
``work`` turns a batch into results, ``write`` stores them; ``write`` sees the batches in the order they were read.
With ``workers`` > 1 the first batch is computed here, which also loads the models and compiles the patterns every
worker needs, once, before the fork; then ``work`` runs in that many forked processes while this one reads and
writes. The store's pooled connections are dropped before the fork (a connection must not cross it): a ``work``
that reads the store opens its own in each worker. ``work`` must be picklable (a module-level function, or a
``functools.partial`` of one).

Stopping: ``stop`` is asked before each batch is read; once it says so no batch is handed out, the batches under way
are computed and written, and ``run`` returns. The workers ignore SIGINT and SIGTERM (a terminal's Ctrl-C reaches
the whole process group, a service manager's stop every process of the service): only this process hears a stop,
and a worker ends when its last batch is done, with no traceback, instead of dying with its batch half computed.
"""
from __future__ import annotations

import multiprocessing as mp
import signal
from collections import deque
from collections.abc import Callable
from typing import Any

Batch = list[Any]


def run(url: str, next_batch: Callable[[], Batch], work: Callable[[Batch], Batch],
        write: Callable[[Batch], None], *, workers: int = 1, progress: Callable[[int], None] | None = None,
        stop: Callable[[], bool] | None = None) -> None:
    """Every batch of the store at ``url``, through ``work`` and ``write``, or those read before ``stop`` said so;
    ``progress`` is told how many results have been written after each ``write``."""
    written = 0

    def write_counted(results: Batch) -> None:
        nonlocal written
        write(results)
        written += len(results)
        if progress is not None:
            progress(written)

    def next_unless_stopped() -> Batch:
        return [] if stop is not None and stop() else next_batch()

    _run(url, next_unless_stopped, work, write_counted, workers)


def _run(url: str, next_batch: Callable[[], Batch], work: Callable[[Batch], Batch],
         write: Callable[[Batch], None], workers: int) -> None:
    batch = next_batch()
    if not batch:
        return
    write(work(batch))
    if workers <= 1:
        while batch := next_batch():
            write(work(batch))
        return
    from store import db

    db.engine(url).dispose()
    with mp.get_context("fork").Pool(workers, initializer=_hear_no_stop) as pool:
        pending: deque = deque()
        exhausted = False
        while True:
            if not exhausted:
                batch = next_batch()
                if batch:
                    pending.append(pool.apply_async(work, (batch,)))
                else:
                    exhausted = True
            if pending and (exhausted or len(pending) > workers):
                write(pending.popleft().get())
            elif exhausted and not pending:
                break
        pool.close()
        pool.join()  # each worker ends by itself: they hear no SIGTERM


def _hear_no_stop() -> None:
    """A stop is for the process that forked the worker (``run``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
