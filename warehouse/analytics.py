"""Analyst views and what a load refreshes after its commit: views, search index, snapshot.

``refresh_after_load`` runs on the load's connection right after COMMIT. It never makes a
committed load fail: an error is logged and the next load tries again (the views and the
committed-files snapshot are tiny; the search index is the part that can take time).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from warehouse.search import load_fts, refresh_search_index

VIEWS = ("quote_facts", "coverage_by_country_week", "speaker_directory", "language_mix")
# The Parquet files the last commit counts, readable while a writer holds the DuckDB file.
SNAPSHOT_NAME = "committed_parquet.json"
log = logging.getLogger(__name__)


def views_sql() -> str:
    """Return the DDL of the analyst views."""
    return resources.files("warehouse").joinpath("views.sql").read_text("utf-8")


def apply_views(con: duckdb.DuckDBPyConnection) -> None:
    """Create or replace the analyst views (they read the tables: never stale)."""
    # The search macro calls fts's stem(): without the extension loaded first, DuckDB tries
    # to download it, which fails offline on a machine whose ~/.duckdb does not have it.
    load_fts(con)
    con.execute(views_sql())


def snapshot_path(warehouse_dir: Path) -> Path:
    """Return the file listing the Parquet files of the last committed load."""
    return warehouse_dir / SNAPSHOT_NAME


def write_snapshot(con: duckdb.DuckDBPyConnection, warehouse_dir: Path) -> Path:
    """Write the committed Parquet files, oldest run first, atomically (temp file + rename)."""
    rows = con.execute(
        """
        SELECT p.path, p.table_name, p.run_id,
               dense_rank() OVER (ORDER BY coalesce(r.started_at, TIMESTAMPTZ '1970-01-01'),
                                           p.run_id) AS run_order
        FROM parquet_files p LEFT JOIN ingest_runs r USING (run_id)
        ORDER BY run_order, p.path
        """
    ).fetchall()
    document: dict[str, Any] = {
        "written_at": datetime.now(UTC).isoformat(),
        "files": [
            {"path": r[0], "table": r[1], "run_id": r[2], "run_order": int(r[3])} for r in rows
        ],
    }
    target = snapshot_path(warehouse_dir)
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        temporary.write_text(json.dumps(document, indent=1), "utf-8")
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target


def refresh_after_load(con: duckdb.DuckDBPyConnection, warehouse_dir: Path) -> bool:
    """Refresh views, search index and snapshot after a commit; False (logged) on failure."""
    try:
        write_snapshot(con, warehouse_dir)
        con.execute("BEGIN TRANSACTION")
        apply_views(con)
        refresh_search_index(con)
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        return True
    except Exception as exc:  # the load is committed: never undo it for a derived structure
        log.warning("views or search index not refreshed (the next load retries): %s", exc)
        with contextlib.suppress(duckdb.Error):  # nothing open when it failed before BEGIN
            con.execute("ROLLBACK")
        return False
