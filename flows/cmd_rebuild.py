"""``pressreview rebuild``: a new DuckDB file from the Parquet files alone (no Prefect)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(commands: Any) -> None:
    """Add the ``rebuild`` sub-command."""
    rebuild = commands.add_parser(
        "rebuild",
        help="rebuild the DuckDB file from the Parquet files (the old file is kept beside it)",
    )
    rebuild.add_argument("--warehouse", help="folder of the DuckDB file and Parquet tree")
    rebuild.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Rebuild under the run lock; 0 when the new database is in place."""
    from flows.runlock import RunInProgress, run_lock
    from flows.settings import Settings
    from warehouse.rebuild import rebuild_database
    from warehouse.storage import open_storage

    settings = Settings()
    warehouse = (Path(args.warehouse) if args.warehouse else settings.warehouse_dir).resolve()
    storage = open_storage(warehouse, settings.storage_uri or None)
    if not storage.list_files("parquet"):
        print(f"pressreview: no Parquet files under {storage.path('parquet')}", file=sys.stderr)
        return 2
    try:
        with run_lock(warehouse, settings.lock_wait_seconds):
            result = rebuild_database(warehouse, storage)
    except RunInProgress as exc:
        print(f"pressreview: {exc}", file=sys.stderr)
        return 1
    source = (
        "the files the last commit counted (committed_parquet.json)"
        if result.source == "snapshot"
        else "every Parquet file (no committed_parquet.json)"
    )
    counts = ", ".join(f"{n} {table}" for table, n in result.rows.items())
    database = warehouse / "pressreview.duckdb"
    print(f"Rebuilt {database} from {result.parquet_files} files: {source}.")
    print(f"Tables: {counts}.")
    if result.previous:
        print(f"The previous database is kept as {result.previous}.")
    return 0
