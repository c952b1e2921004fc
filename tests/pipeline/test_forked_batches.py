"""``forked_batches.run``: batches read and written here in order, computed in forked workers."""
from __future__ import annotations

import os
import time

from pipeline import forked_batches


def _work(batch: list[int]) -> list[tuple[int, int]]:
    time.sleep(0.02 * (batch[0] % 3))  # later batches may finish first
    return [(n * n, os.getpid()) for n in batch]


def _run(url: str, workers: int) -> list[list[tuple[int, int]]]:
    batches = iter([[1, 2], [3], [4, 5, 6], [7], [8], [9, 10]])
    written: list[list[tuple[int, int]]] = []
    forked_batches.run(url, lambda: next(batches, []), _work, written.append, workers=workers)
    return written


def test_batches_are_written_in_the_order_they_were_read(sqlite_url: str) -> None:
    written = _run(sqlite_url, workers=2)
    assert [[n for n, _ in batch] for batch in written] == [[1, 4], [9], [16, 25, 36], [49], [64], [81, 100]]
    pids = {pid for batch in written[1:] for _, pid in batch}
    assert written[0][0][1] == os.getpid()  # the first here: it loads what the workers share before the fork
    assert pids and os.getpid() not in pids


def test_one_worker_computes_everything_here(sqlite_url: str) -> None:
    written = _run(sqlite_url, workers=1)
    assert len(written) == 6 and {pid for batch in written for _, pid in batch} == {os.getpid()}


def test_an_empty_store_writes_nothing(sqlite_url: str) -> None:
    written: list = []
    forked_batches.run(sqlite_url, lambda: [], _work, written.append, workers=2)
    assert written == []


def test_a_stop_hands_out_no_more_batches_and_writes_those_under_way(sqlite_url: str) -> None:
    batches = iter([[1, 2], [3], [4, 5, 6], [7], [8], [9, 10]])
    written: list[list[tuple[int, int]]] = []
    told: list[int] = []
    forked_batches.run(sqlite_url, lambda: next(batches, []), _work, written.append, workers=2,
                       progress=told.append, stop=lambda: len(written) >= 2)
    assert [[n for n, _ in batch] for batch in written] == [[1, 4], [9], [16, 25, 36], [49]]  # 2 workers, 2 more
    assert told == [2, 3, 6, 7] and next(batches) == [8]  # nothing read after the stop
