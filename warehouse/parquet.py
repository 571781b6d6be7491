"""Parquet files that appear only whole: on local disk temp + rename, on object storage one PUT."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.schemas import SCHEMAS
from warehouse.storage import Storage, is_temporary, open_storage

COMPRESSION = "zstd"
PARQUET_DIR = "parquet"


def write_table_atomic(
    rows: list[dict[str, object]], table: str, path: Path | str, storage: Storage | None = None
) -> int:
    """Write ``rows`` of ``table`` to ``path`` atomically; return the row count.

    Without ``storage``, ``path`` is a local file. The file is serialised in memory first (a
    batch's files are small) so that it reaches any filesystem in one piece.
    """
    arrow = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
    buffer = pa.BufferOutputStream()
    pq.write_table(arrow, buffer, compression=COMPRESSION)
    target = storage or open_storage(Path(path).parent)
    target.write_atomic(str(path), buffer.getvalue().to_pybytes(), crash_at="parquet-written")
    return int(arrow.num_rows)


def batch_path(storage: Storage, table: str, run_id: str, batch: int) -> str:
    """Return where one batch's rows of ``table`` go."""
    return storage.path(PARQUET_DIR, table, f"{run_id}-b{batch:05d}.parquet")


def parquet_row_count(storage: Storage, path: str) -> int:
    """Return the rows of a Parquet file, from its footer only."""
    return int(pq.read_metadata(path, filesystem=storage.fs).num_rows)


def remove_orphans(storage: Storage, files: list[str], committed: set[str]) -> int:
    """Delete the ``files`` whose warehouse-relative path is not ``committed``; return how many."""
    removed = 0
    for path in files:
        if storage.relative(path) not in committed:
            storage.delete(path)
            removed += 1
    return removed


def remove_temporaries(storage: Storage, files: list[str]) -> int:
    """Delete half-written temporary files (a crash between write and rename); return how many."""
    temporaries = [path for path in files if is_temporary(path)]
    for path in temporaries:
        storage.delete(path)
    return len(temporaries)


def parquet_root(warehouse_dir: Path) -> Path:
    """Return the root of the Parquet tree in a local warehouse folder (the default storage)."""
    return warehouse_dir / PARQUET_DIR
