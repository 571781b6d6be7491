"""The run's local process pool, and batches handed to it before the flow run began.

Prefect-free on purpose: the ingest command opens the pool and submits the first batches
while Prefect's server boots (``flows.head_start``), long before Prefect is imported. The
parse tasks then collect those batches' results instead of submitting them again.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Protocol, TypeVar

from warehouse.batch import BatchResult


class Batch(Protocol):
    """A parse job: a run and a batch number name it."""

    @property
    def batch(self) -> int: ...

    @property
    def run_id(self) -> str: ...


J = TypeVar("J", bound=Batch)

_pool: ProcessPoolExecutor | None = None
# Batches submitted before their parse task existed, by (run id, batch number).
_submitted: dict[tuple[str, int], Future[BatchResult]] = {}


def open_pool(processes: int) -> ProcessPoolExecutor:
    """Open the run's pool of ``processes`` workers (spawned: fork is unsafe under threads)."""
    global _pool
    if _pool is not None:
        raise RuntimeError("a process pool is already open in this process")
    _pool = ProcessPoolExecutor(
        max_workers=processes, mp_context=multiprocessing.get_context("spawn")
    )
    return _pool


def close_pool() -> None:
    """Shut the pool down, cancelling what no task collected (idempotent)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(cancel_futures=True)
        _pool = None
    _submitted.clear()


@contextmanager
def compute_pool(processes: int, jobs: int) -> Iterator[None]:
    """Open the pool for the block when there are several jobs and processes to share them.

    A pool already open (a head start's) serves the block and outlives it: its owner
    closes it.
    """
    if _pool is not None or processes < 2 or jobs < 2:
        yield
        return
    open_pool(min(processes, jobs))
    try:
        yield
    finally:
        close_pool()


def submit_early(work: Callable[[J], BatchResult], job: J) -> None:
    """Start ``job`` in the open pool now; its parse task collects the result later."""
    if _pool is None:
        raise RuntimeError("no process pool is open")
    _submitted[(job.run_id, job.batch)] = _pool.submit(work, job)


def run_somewhere(work: Callable[[J], BatchResult], job: J) -> BatchResult:
    """Return the batch's result: submitted early, run in the pool, or run in this process."""
    early = _submitted.pop((job.run_id, job.batch), None)
    if early is not None:
        return early.result()
    if _pool is None:
        return work(job)
    return _pool.submit(work, job).result()
