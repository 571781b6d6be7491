"""A run-independent snapshot of the warehouse, to compare interrupted and clean runs."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq

# Columns that differ between two correct runs: run ids, clocks and mtimes.
VOLATILE = {"run_id", "ingested_at", "rejected_at", "loaded_at", "mtime_ns"}
TABLES = (
    "documents",
    "sections",
    "items",
    "paragraphs",
    "quotes",
    "persons",
    "person_mentions",
    "terms",
    "files",
    "document_versions",
    "rejected_files",
)


def _relative(value: object, inbox: str) -> object:
    """Return ``value`` with the inbox folder written as ``<inbox>``, so two inboxes compare."""
    return value.replace(inbox, "<inbox>") if isinstance(value, str) else value


def snapshot(warehouse: Path, inbox: Path) -> dict[str, list[tuple]]:
    """Return every table's rows, sorted, without the volatile columns or the inbox folder."""
    con = duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True)
    try:
        result = {}
        for table in TABLES:
            columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            kept = ", ".join(c for c in columns if c not in VOLATILE)
            rows = con.execute(f"SELECT {kept} FROM {table}").fetchall()
            portable = [tuple(_relative(v, str(inbox)) for v in row) for row in rows]
            result[table] = sorted(portable, key=repr)
        return result
    finally:
        con.close()


def parquet_matches_tables(warehouse: Path) -> None:
    """Assert the Parquet files on disk are exactly the committed ones, none counted twice."""
    con = duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True)
    try:
        committed = dict(con.execute("SELECT path, rows FROM parquet_files").fetchall())
        documents = con.execute("SELECT count(*) FROM documents").fetchone()
    finally:
        con.close()
    on_disk = {
        str(p.relative_to(warehouse)) for p in (warehouse / "parquet").rglob("*") if p.is_file()
    }
    assert on_disk == set(committed)
    for path, rows in committed.items():
        assert pq.ParquetFile(warehouse / path).metadata.num_rows == rows, path
    staged_docs = sum(rows for path, rows in committed.items() if "/documents/" in f"/{path}")
    assert documents is not None and staged_docs >= documents[0]
