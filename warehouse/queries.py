"""Read-only questions the CLI asks the warehouse."""

from __future__ import annotations

from pathlib import Path

from warehouse.db import connect

COUNTED_TABLES = ("documents", "sections", "items", "paragraphs", "quotes", "rejected_files")


def table_counts(db_path: Path) -> dict[str, int]:
    """Return the row count of each main table."""
    con = connect(db_path, read_only=True)
    try:
        counts = {}
        for table in COUNTED_TABLES:
            row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
            counts[table] = int(row[0]) if row else 0
        return counts
    finally:
        con.close()
