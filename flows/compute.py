"""Where the CPU-bound parsing runs: the flow's task runner and a local process pool.

``local`` (the default): a ThreadPoolTaskRunner whose parse tasks hand each batch to a
process pool shared by the run (``flows.pool``). Prefect's own ProcessPoolTaskRunner starts
a Prefect client in every worker (and, in embedded mode, a temporary server each); plain
worker processes that import only transforms and warehouse start in a second and leave the
bookkeeping to the task threads.

``dask``: prefect-dask's DaskTaskRunner; each parse task runs ``run_batch`` in a Dask worker
process (no local pool), on an existing cluster or a temporary local one. Only the batch
jobs (paths, hashes) and results (counts, file paths) travel; rows never leave the worker.
Tasks called directly (sweep, discover, load, report) still run in the flow's process, next
to the DuckDB file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.settings import Settings


def build_task_runner(settings: Settings) -> TaskRunner[Any]:
    """Return the task runner of the parse tasks, as the settings choose."""
    if settings.task_runner == "dask":
        return _dask_task_runner(settings)
    return ThreadPoolTaskRunner(max_workers=settings.workers)


def _dask_task_runner(settings: Settings) -> TaskRunner[Any]:
    """Return a DaskTaskRunner on the configured cluster, or on a temporary local one."""
    # Imported only when asked for: distributed is a heavy import.
    from prefect_dask.task_runners import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": settings.dask_workers or settings.workers,
            "processes": True,  # parsing holds the GIL: one process per worker
            "threads_per_worker": 1,
            "host": "127.0.0.1",  # a run's throwaway cluster listens on loopback only
            "dashboard_address": ":0",  # any free port: two runs never fight over 8787
        },
    )


@contextmanager
def prefect_api_for_workers(settings: Settings) -> Iterator[None]:
    """Give a temporary local Dask cluster's workers the flow's Prefect API.

    Without ``PREFECT_API_URL`` the flow uses an embedded temporary server, and each Dask
    worker process (a fresh interpreter) would start one of its own on the same database:
    seconds each, and state written from several servers. Start the temporary server before
    the cluster and export its URL, which the worker processes inherit; the flow reuses the
    same server (Prefect keeps one per process) and stops it at exit.
    """
    from prefect.settings import get_current_settings

    if settings.task_runner != "dask" or get_current_settings().api.url:
        yield  # local runner, or a real server every process already reaches
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
