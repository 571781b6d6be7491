"""A process pool for the CPU-bound parsing, shared by the parse tasks of one run.

Prefect's own ProcessPoolTaskRunner starts a Prefect client in every worker (and, in embedded
mode, a temporary server each); plain worker processes that import only transforms and
warehouse start in a second and leave the bookkeeping to the task threads.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from warehouse.batch import BatchResult

J = TypeVar("J")

_pool: ProcessPoolExecutor | None = None


@contextmanager
def compute_pool(processes: int, jobs: int) -> Iterator[None]:
    """Open the pool for the block when there are several jobs and processes to share them."""
    global _pool
    if processes < 2 or jobs < 2:
        yield
        return
    context = multiprocessing.get_context("spawn")  # fork is unsafe under Prefect's threads
    _pool = ProcessPoolExecutor(max_workers=min(processes, jobs), mp_context=context)
    try:
        yield
    finally:
        _pool.shutdown(cancel_futures=True)
        _pool = None


def run_somewhere(work: Callable[[J], BatchResult], job: J) -> BatchResult:
    """Run one batch in the pool when one is open, else in this process."""
    if _pool is None:
        return work(job)
    return _pool.submit(work, job).result()
