"""A file lock per warehouse, so two runs never load at once, even without a Prefect server."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".ingest.lock"

# Warehouses whose lock this process holds: a flow run inside the ingest command's head
# start (which took the lock before the flow run existed) passes through instead of waiting
# for itself (flock conflicts between two opens of one file in one process).
_held: set[Path] = set()


class RunInProgress(RuntimeError):
    """Another ingest run holds this warehouse."""


@contextmanager
def run_lock(warehouse_dir: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the warehouse's run lock for the duration of the block (re-entrant per process)."""
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    key = warehouse_dir.resolve()
    if key in _held:
        yield
        return
    path = warehouse_dir / LOCK_NAME
    with open(path, "a+") as handle:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown"
                    raise RunInProgress(
                        f"another ingest run (pid {holder}) is loading {warehouse_dir}; "
                        "this run did nothing, and the next one will pick up its files"
                    ) from None
                time.sleep(0.5)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        _held.add(key)
        try:
            yield
        finally:
            _held.discard(key)
            fcntl.flock(handle, fcntl.LOCK_UN)
