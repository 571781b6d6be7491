"""Parquet files that appear only whole: written to a temporary name, then renamed."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.faults import crash_point
from warehouse.schemas import SCHEMAS

COMPRESSION = "zstd"


def write_table_atomic(rows: list[dict[str, object]], table: str, path: Path) -> int:
    """Write ``rows`` of ``table`` to ``path`` atomically; return the row count."""
    arrow = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        pq.write_table(arrow, temporary, compression=COMPRESSION)
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        crash_point("parquet-written")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return int(arrow.num_rows)


def parquet_root(warehouse_dir: Path) -> Path:
    """Return the root of the Parquet tree in a warehouse folder."""
    return warehouse_dir / "parquet"


def batch_path(warehouse_dir: Path, table: str, run_id: str, batch: int) -> Path:
    """Return where one batch's rows of ``table`` go."""
    return parquet_root(warehouse_dir) / table / f"{run_id}-b{batch:05d}.parquet"


def remove_orphans(warehouse_dir: Path, root: Path, committed: set[str]) -> int:
    """Delete files under ``root`` whose warehouse-relative path is not ``committed``."""
    removed = 0
    for path in root.rglob("*"):
        if path.is_file() and str(path.relative_to(warehouse_dir)) not in committed:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def remove_temporaries(root: Path) -> int:
    """Delete half-written temporary files (a crash between write and rename); return how many."""
    removed = 0
    for path in root.rglob(".*.tmp-*"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed
