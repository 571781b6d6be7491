"""The ingest flow: discover -> parse in batches -> Parquet -> load DuckDB -> report."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.futures import as_completed
from prefect.runtime import flow_run
from prefect.task_runners import TaskRunner

from flows.batching import ingest_jobs
from flows.compute import build_task_runner as _build_task_runner
from flows.head_start import adopt_head_start
from flows.pool import close_pool, compute_pool, run_somewhere
from flows.runlock import run_lock
from flows.settings import Settings
from flows.summary import RunSummary, render_markdown
from transforms.document import PARSER_VERSION
from warehouse.batch import BatchJob, BatchResult, ReprocessJob, run_batch
from warehouse.load import (
    DEFAULT_MEMORY_LIMIT,
    LoadResult,
    RunRecord,
    load_run,
    record_failed_run,
)
from warehouse.plan import RunPlan, plan_run, sweep_orphans
from warehouse.report import write_report

IO_RETRIES = 3
# exponential backoff for the tasks that touch disk or DuckDB
IO_RETRY_DELAYS: list[float] = [1, 4, 16]
HEAD_START = "done by the command before the flow run began (head start)"


@task(name="sweep-orphan-parquet", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS)
def sweep_task(warehouse_dir: Path, storage_uri: str = "", swept_before: int | None = None) -> int:
    """Remove Parquet files a crashed run left behind (or report the head start's sweep)."""
    if swept_before is not None:  # sweeping now would delete the head start's batches
        get_run_logger().info("%s: swept %d Parquet files", HEAD_START, swept_before)
        return swept_before
    swept = sweep_orphans(warehouse_dir, storage_uri)
    get_run_logger().info("swept %d Parquet files left by a crashed run", swept)
    return swept


@task(name="discover-new-files", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS)
def discover_task(
    inbox: Path, warehouse_dir: Path, settle_seconds: float, planned: RunPlan | None = None
) -> RunPlan:
    """List the inbox and keep the files that are new or changed (or report the head start's)."""
    plan = planned or plan_run(inbox, warehouse_dir, settle_seconds)
    get_run_logger().info(
        "%sinbox %s: %d files, %d new or changed, %d unchanged, %d still being written",
        f"{HEAD_START}: " if planned else "",
        inbox,
        plan.files_seen,
        len(plan.to_read),
        plan.unchanged,
        len(plan.settling),
    )
    return plan


@task(name="parse-batch", task_run_name="parse-batch-{job.batch}")
def parse_task(job: BatchJob) -> BatchResult:
    """Parse one batch of files and write its Parquet files (deterministic: no retries)."""
    result = run_somewhere(run_batch, job)
    get_run_logger().info(
        "batch %d: %d files parsed, %d unchanged, %d rejected; %d paragraphs, %d quotations",
        job.batch,
        result.files_parsed,
        result.files_unchanged,
        len(result.rejections),
        result.rows["paragraphs"],
        result.rows["quotes"],
    )
    return result


@task(name="load-duckdb", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS)
def load_task(
    warehouse_dir: Path,
    staged: dict[str, list[str]],
    run: RunRecord,
    replace_all: bool = False,
    lock_attempts: int = 6,
    storage_uri: str = "",
    memory_limit: str | None = DEFAULT_MEMORY_LIMIT,
) -> LoadResult:
    """Load the run's Parquet files into DuckDB in one transaction."""
    result = load_run(
        warehouse_dir,
        staged,
        run,
        replace_all=replace_all,
        lock_attempts=lock_attempts,
        storage_uri=storage_uri,
        memory_limit=memory_limit,
    )
    get_run_logger().info(
        "loaded %d documents, %d paragraphs, %d quotations",
        result.documents_loaded,
        result.paragraphs_loaded,
        result.quotes_loaded,
    )
    return result


def load_or_record_failure(
    settings: Settings,
    warehouse_dir: Path,
    staged: dict[str, list[str]],
    run: RunRecord,
    replace_all: bool = False,
) -> LoadResult:
    """Run the load task; when it cannot commit, record the failed run if the database allows."""
    loader = load_task.with_options(retries=settings.load_retries)
    try:
        return loader(
            warehouse_dir,
            staged,
            run,
            replace_all,
            settings.db_lock_attempts,
            settings.storage_uri,
            settings.db_memory_limit or None,
        )
    except Exception as exc:
        with contextlib.suppress(Exception):  # the database may be the very thing that failed
            record_failed_run(warehouse_dir, run, f"{type(exc).__name__}: {exc}")
        raise


def _run_name() -> str:
    """Return a readable flow-run name: the time and the inbox."""
    inbox = Path(str(flow_run.parameters.get("inbox", "inbox"))).name or "inbox"
    return f"ingest {inbox} {datetime.now(UTC):%Y-%m-%d %H:%M:%S}Z"


def build_task_runner(settings: Settings) -> TaskRunner[Any]:
    """Return the task runner of the parse tasks (threads + process pool, or Dask)."""
    return _build_task_runner(settings)


def run_batches(batch_task: Any, jobs: Sequence[BatchJob | ReprocessJob]) -> list[BatchResult]:
    """Run batch tasks on the flow's task runner, showing progress in the UI as each ends."""
    files = sum(len(job.paths) if isinstance(job, BatchJob) else len(job.documents) for job in jobs)
    progress = create_progress_artifact(
        progress=0.0 if jobs else 100.0,
        key="parse-progress",
        description=f"Parsing {files} files in {len(jobs)} batches",
    )
    assert isinstance(progress, UUID)  # called from a synchronous flow: the id, no coroutine
    futures = batch_task.map(jobs)
    for done, _ in enumerate(as_completed(list(futures)), start=1):
        update_progress_artifact(
            progress, 100.0 * done / len(jobs), f"Parsed {done} of {len(jobs)} batches"
        )
    return [future.result() for future in futures]


def staged_files(batches: list[BatchResult]) -> dict[str, list[str]]:
    """Return the Parquet files written by the batches, per table."""
    staged: dict[str, list[str]] = {}
    for batch in batches:
        for table, path in batch.parquet_files.items():
            staged.setdefault(table, []).append(path)
    return staged


@task(name="write-html-report", retries=IO_RETRIES, retry_delay_seconds=IO_RETRY_DELAYS)
def report_task(warehouse_dir: Path, storage_uri: str = "") -> str:
    """Write the warehouse's HTML report; return its file URI."""
    return write_report(warehouse_dir, storage_uri=storage_uri or None).as_uri()


def publish_summary(summary: RunSummary) -> None:
    """Publish the run's summary, report link and rejected files as artifacts in the UI."""
    if summary.report_path:
        create_link_artifact(
            key="warehouse-report",
            link=summary.report_path,
            link_text="Warehouse report (HTML)",
            description="Quotations per country and week, top speakers, language mix",
        )
    create_markdown_artifact(
        key="ingest-summary",
        markdown=render_markdown(summary),
        description=f"Ingest summary of {summary.inbox}",
    )
    if summary.rejections:
        create_table_artifact(
            key="rejected-files",
            table=[{"file": r.source_path, "reason": r.reason} for r in summary.rejections],
            description="Files refused by this run, with the reason",
        )


@flow(name="ingest", flow_run_name=_run_name, persist_result=False)
def ingest(inbox: str, warehouse: str | None = None) -> RunSummary:
    """Ingest every new or changed file of ``inbox`` into the warehouse."""
    settings = Settings()
    inbox_dir = Path(inbox).resolve()
    warehouse_dir = Path(warehouse or settings.warehouse_dir).resolve()
    head = adopt_head_start(inbox_dir, warehouse_dir)  # batches already parsing, maybe
    if head:
        run_id, started_at = head.run_id, head.started_at
    else:
        run_id = str(flow_run.id or f"local-{datetime.now(UTC):%Y%m%dT%H%M%S%f}")
        started_at = datetime.now(UTC)
    summary = RunSummary(run_id=run_id, inbox=str(inbox_dir))
    with run_lock(warehouse_dir, settings.lock_wait_seconds):  # the head start's, if any
        sweep_task(warehouse_dir, settings.storage_uri, head.swept if head else None)
        plan = discover_task(
            inbox_dir, warehouse_dir, settings.settle_seconds, head.plan if head else None
        )
        summary.files_seen, summary.files_settling = plan.files_seen, len(plan.settling)
        summary.files_unchanged = plan.unchanged
        if head:
            jobs = head.jobs
        else:
            jobs = ingest_jobs(plan, inbox_dir, warehouse_dir, run_id, settings, started_at)
        with compute_pool(settings.local_processes, len(jobs)):
            batches = run_batches(parse_task, jobs)
        # The head start's pool outlives that block; its workers (about 150 MiB each) would
        # sit idle through the load, where the run's memory peaks.
        close_pool()
        for batch in batches:
            summary.add(batch)
        staged = staged_files(batches)
        run = RunRecord(
            run_id=run_id,
            flow_run_id=str(flow_run.id) if flow_run.id else None,
            inbox=str(inbox_dir),
            started_at=started_at,
            files_seen=summary.files_seen,
            files_new=summary.files_new,
            files_unchanged=summary.files_unchanged,
            files_rejected=len(summary.rejections),
            parser_version=PARSER_VERSION,
        )
        summary.loaded = load_or_record_failure(settings, warehouse_dir, staged, run)
    summary.report_path = report_task(warehouse_dir, settings.storage_uri)
    publish_summary(summary)
    return summary
