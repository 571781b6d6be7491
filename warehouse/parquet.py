"""Parquet files that appear only whole: on local disk temp + rename, on object storage one PUT."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


class BatchTables:
    """A batch's rows per table, compressed into Parquet as they come: memory stays bounded.

    Rows wait in lists of at most ``flush_rows`` per table, then become one row group of an
    in-memory Parquet file. A batch of 512 files held every row as a dict until its end
    (about 40 MB more per worker than a batch of 64); now what a batch holds is its
    compressed Parquet and a few thousand rows, whatever its size.
    """

    def __init__(self, flush_rows: int = 2048) -> None:
        self.flush_rows = flush_rows
        self._rows: dict[str, list[dict[str, object]]] = {name: [] for name in SCHEMAS}
        self._sinks: dict[str, Any] = {}  # pyarrow BufferOutputStream per table
        self._writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = dict.fromkeys(SCHEMAS, 0)

    def add(self, table: str, row: dict[str, object]) -> None:
        """Add one row of ``table``."""
        self.extend(table, [row])

    def extend(self, table: str, rows: list[dict[str, object]]) -> None:
        """Add rows of ``table``; compress them once enough are waiting."""
        pending = self._rows[table]
        pending.extend(rows)
        if len(pending) >= self.flush_rows:
            self._flush(table)

    def clear(self, table: str) -> None:
        """Drop every row of ``table`` added so far."""
        self._rows[table].clear()
        self._writers.pop(table, None)
        self._sinks.pop(table, None)
        self.counts[table] = 0

    def _flush(self, table: str) -> None:
        pending = self._rows[table]
        if not pending:
            return
        if table not in self._writers:
            self._sinks[table] = pa.BufferOutputStream()
            self._writers[table] = pq.ParquetWriter(
                self._sinks[table], SCHEMAS[table], compression=COMPRESSION
            )
        self._writers[table].write_table(pa.Table.from_pylist(pending, schema=SCHEMAS[table]))
        self.counts[table] += len(pending)
        pending.clear()

    def finish(self) -> dict[str, bytes]:
        """Return each non-empty table's whole Parquet file; the buffer is spent."""
        files: dict[str, bytes] = {}
        for table in SCHEMAS:
            self._flush(table)
            writer = self._writers.pop(table, None)
            if writer is not None:
                writer.close()
                files[table] = self._sinks.pop(table).getvalue().to_pybytes()
        return files


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
