"""Run a store-wide pass in batches: read and write here, in order; compute in forked worker processes.

The shape of ``vagigs retag`` and ``vagigs reassess``. ``next_batch`` reads the next batch (empty when done),
``work`` turns a batch into results, ``write`` stores them; ``write`` sees the batches in the order they were read.
With ``workers`` > 1 the first batch is computed here, which also loads the models and compiles the patterns every
worker needs, once, before the fork; then ``work`` runs in that many forked processes while this one reads and
writes. The store's pooled connections are dropped before the fork (a connection must not cross it): a ``work``
that reads the store opens its own in each worker. ``work`` must be picklable (a module-level function, or a
``functools.partial`` of one).
"""
from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable
from typing import Any

Batch = list[Any]


def run(url: str, next_batch: Callable[[], Batch], work: Callable[[Batch], Batch],
        write: Callable[[Batch], None], *, workers: int = 1) -> None:
    """Every batch of the store at ``url``, through ``work`` and ``write``."""
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
    with mp.get_context("fork").Pool(workers) as pool:
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
