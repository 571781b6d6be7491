"""The ingest command's head start: parse while Prefect's server boots.

A run of ``pressreview ingest`` on the embedded server spends its first seconds waiting:
the temporary server boots on one core (about 4 CPU-seconds), the flow's imports finish on
the other, and only then does the flow run list the inbox and start the workers. Everything
the parse needs (the run lock, the sweep of a crashed run's Parquet files, the plan, the
batches and a run id) needs no Prefect, so the command does it first and submits every batch
to the run's process pool before Prefect is even imported. The flow run then adopts the head
start: its sweep and discover tasks report what was done, its parse tasks collect the
batches' results, and the load, the report and the artifacts follow as before.

The run id is then the command's own (a UUID); ``ingest_runs.flow_run_id`` names the flow
run. Anything that goes wrong here drops the head start and the flow run does the same work
itself, where Prefect records the failure (another run holding the lock included).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from flows.batching import ingest_jobs
from flows.pool import close_pool, open_pool, submit_early
from flows.runlock import run_lock
from flows.settings import Settings
from warehouse.batch import BatchJob, run_batch
from warehouse.plan import RunPlan, plan_run, sweep_orphans


@dataclass(slots=True)
class HeadStart:
    """What the command did before the flow run began; the flow run adopts it once."""

    inbox: Path
    warehouse_dir: Path
    run_id: str
    started_at: datetime
    swept: int
    plan: RunPlan
    jobs: list[BatchJob]
    adopted: bool = False


_current: HeadStart | None = None


@contextmanager
def head_start(inbox: Path, warehouse_dir: Path, settings: Settings) -> Iterator[HeadStart | None]:
    """Lock, sweep, plan and start every batch now; yield None when there is no head start.

    There is none when batches do not run in a local process pool (Dask, or parsing in the
    flow's process), or when any step fails: the flow run then does the work itself.
    """
    global _current
    if not settings.parses_in_local_processes:
        yield None
        return
    with ExitStack() as stack:
        try:
            started: HeadStart | None = _begin(
                stack, inbox.resolve(), warehouse_dir.resolve(), settings
            )
        except Exception:
            stack.close()  # unlock and stop the pool: the flow run starts from scratch
            started = None
        _current = started
        try:
            yield started
        finally:
            _current = None


def adopt_head_start(inbox: Path, warehouse_dir: Path) -> HeadStart | None:
    """Return the head start of this inbox and warehouse for the flow run to continue, once."""
    started = _current
    if started is None or started.adopted:
        return None
    if (started.inbox, started.warehouse_dir) != (inbox.resolve(), warehouse_dir.resolve()):
        return None
    started.adopted = True
    return started


def _begin(stack: ExitStack, inbox: Path, warehouse_dir: Path, settings: Settings) -> HeadStart:
    """Do the run's first steps, each undone by ``stack`` when it closes."""
    stack.enter_context(run_lock(warehouse_dir))  # no wait: a busy lock is the flow's to report
    started_at = datetime.now(UTC)
    swept = sweep_orphans(warehouse_dir, settings.storage_uri or None)
    plan = plan_run(inbox, warehouse_dir, settings.settle_seconds)
    run_id = str(uuid.uuid4())
    jobs = ingest_jobs(plan, inbox, warehouse_dir, run_id, settings, started_at)
    if jobs:
        open_pool(min(settings.workers, len(jobs)))
        stack.callback(close_pool)
        for job in jobs:
            submit_early(run_batch, job)
    return HeadStart(inbox, warehouse_dir, run_id, started_at, swept, plan, jobs)
