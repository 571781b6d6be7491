"""What the CLI prints after a run: this run's figures, the tables' totals, a query to try."""

from __future__ import annotations

import sys
from pathlib import Path

from flows.summary import RunSummary
from warehouse.db import database_path
from warehouse.queries import table_counts


def print_run_report(summary: RunSummary, warehouse_dir: Path, example_query: str) -> None:
    """Print the run's outcome in a few lines a person reads at a glance."""
    loaded = summary.loaded
    db = database_path(warehouse_dir.resolve())
    print()
    print(
        f"Run {summary.run_id}: {summary.files_seen} files seen, {summary.files_new} parsed, "
        f"{summary.files_unchanged} unchanged, {len(summary.rejections)} rejected."
    )
    if loaded:
        print(
            f"Loaded {loaded.documents_loaded} documents, {loaded.paragraphs_loaded} paragraphs, "
            f"{loaded.quotes_loaded} quotations."
        )
    for rejection in summary.rejections:
        print(f"  rejected {rejection.source_path}: {rejection.reason}")
    totals = table_counts(db)
    print("Warehouse " + str(db) + ": " + ", ".join(f"{n} {t}" for t, n in totals.items()))
    print(f"Parquet tree: {warehouse_dir.resolve() / 'parquet'}")
    shell = Path(sys.executable).parent / "duckdb"
    print("Try:")
    print(f'  {shell if shell.exists() else "duckdb"} -readonly {db} "{example_query}"')
