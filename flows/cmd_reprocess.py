"""``pressreview reprocess``: rebuild Parquet and tables from the raw archive."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any


def register(commands: Any) -> None:
    """Add the ``reprocess`` sub-command."""
    reprocess = commands.add_parser(
        "reprocess", help="parse every archived document again with the current parser"
    )
    reprocess.add_argument("--warehouse", help="folder of the DuckDB file, Parquet and archive")
    reprocess.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the reprocess flow; 0 when it completed."""
    from flows.early_server import early_temporary_server
    from flows.settings import Settings

    settings = Settings()
    warehouse = Path(args.warehouse) if args.warehouse else settings.warehouse_dir
    if not (warehouse / "pressreview.duckdb").exists():
        print(f"pressreview: no warehouse at {warehouse}", file=sys.stderr)
        return 2
    with early_temporary_server() as server:
        from flows.compute import prefect_api_for_workers
        from flows.ingest import build_task_runner
        from flows.reprocess import reprocess

        flow = reprocess.with_options(task_runner=build_task_runner(settings))
        with server.in_use() if server else nullcontext(), prefect_api_for_workers(settings):
            state = flow(warehouse=str(warehouse), return_state=True)
    if not state.is_completed():
        print(
            f"pressreview: the reprocess run ended {state.name}: {state.message}", file=sys.stderr
        )
        return 1
    summary = state.result()
    loaded = summary.loaded
    if loaded is None:  # a completed run always loads; say so rather than crash if not
        print("pressreview: the reprocess run loaded nothing", file=sys.stderr)
        return 1
    print(
        f"Reprocessed {summary.files_seen} documents: {loaded.documents_loaded} documents, "
        f"{loaded.paragraphs_loaded} paragraphs, {loaded.quotes_loaded} quotations loaded."
    )
    return 0
