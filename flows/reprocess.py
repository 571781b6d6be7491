"""The reprocess flow: rebuild Parquet and tables from the raw archive with today's parser."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.runtime import flow_run

from flows.batching import batch_bounds
from flows.ingest import load_or_record_failure, publish_summary, run_batches, staged_files
from flows.pool import compute_pool, run_somewhere
from flows.runlock import run_lock
from flows.settings import Settings
from flows.summary import RunSummary
from transforms.document import PARSER_VERSION
from warehouse.batch import BatchResult, ReprocessJob, run_reprocess_batch
from warehouse.load import RunRecord, current_documents
from warehouse.plan import sweep_orphans
from warehouse.rows import FileFacts


@task(name="list-archived-documents")
def list_documents_task(warehouse_dir: Path) -> list[FileFacts]:
    """Return the documents the tables hold, to parse again from the archive."""
    documents = [FileFacts(*row) for row in current_documents(warehouse_dir)]
    get_run_logger().info(
        "%d documents to reprocess with parser %s", len(documents), PARSER_VERSION
    )
    return documents


def _reprocess_jobs(
    documents: list[FileFacts],
    warehouse_dir: Path,
    run_id: str,
    settings: Settings,
    started: datetime,
) -> list[ReprocessJob]:
    """Return the reprocess batches."""
    bounds = batch_bounds(len(documents), settings.parallel_batches, settings.batch_size)
    return [
        ReprocessJob(
            n,
            documents[start:stop],
            str(warehouse_dir),
            run_id,
            started,
            storage_uri=settings.storage_uri,
        )
        for n, (start, stop) in enumerate(bounds, start=1)
    ]


@task(name="reparse-batch", task_run_name="reparse-batch-{job.batch}")
def reparse_task(job: ReprocessJob) -> BatchResult:
    """Parse one batch of archived documents again (deterministic: no retries)."""
    return run_somewhere(run_reprocess_batch, job)


@flow(name="reprocess", flow_run_name="reprocess {warehouse}", persist_result=False)
def reprocess(warehouse: str) -> RunSummary:
    """Parse every archived document again and replace all document rows in one transaction."""
    settings = Settings()
    warehouse_dir = Path(warehouse).resolve()
    run_id = str(flow_run.id or f"local-{datetime.now(UTC):%Y%m%dT%H%M%S%f}")
    started_at = datetime.now(UTC)
    summary = RunSummary(run_id=run_id, inbox=f"archive of {warehouse_dir}")
    with run_lock(warehouse_dir, settings.lock_wait_seconds):
        documents = list_documents_task(warehouse_dir)
        jobs = _reprocess_jobs(documents, warehouse_dir, run_id, settings, started_at)
        with compute_pool(settings.local_processes, len(jobs)):
            batches = run_batches(reparse_task, jobs)
        for batch in batches:
            summary.add(batch)
        summary.files_seen = len(documents)
        if summary.rejections:  # replacing all rows would drop these documents for good
            refused = "; ".join(f"{r.source_path}: {r.reason}" for r in summary.rejections[:5])
            raise RuntimeError(
                f"the current parser rejects {len(summary.rejections)} archived documents, "
                f"so nothing was replaced: {refused}"
            )
        run = RunRecord(
            run_id=run_id,
            flow_run_id=str(flow_run.id) if flow_run.id else None,
            inbox=summary.inbox,
            started_at=started_at,
            files_seen=len(documents),
            files_new=summary.files_new,
            files_unchanged=0,
            files_rejected=len(summary.rejections),
            parser_version=PARSER_VERSION,
        )
        summary.loaded = load_or_record_failure(
            settings, warehouse_dir, staged_files(batches), run, replace_all=True
        )
        # The earlier document Parquet files no longer count.
        sweep_orphans(warehouse_dir, settings.storage_uri)
    publish_summary(summary)
    return summary
