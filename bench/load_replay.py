"""Replay the load of a finished run on a fresh warehouse: its time and peak memory alone.

    .venv/bin/python bench/load_replay.py WAREHOUSE

Takes the Parquet files of WAREHOUSE's latest run, copies them into a new warehouse folder
and runs ``load_run`` on them in this process, then prints one JSON line: seconds and the
process's peak RSS (``ru_maxrss``). It isolates the load from parsing and orchestration, so
that a change to the load can be measured on the same staged files, side by side.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warehouse.load import RunRecord, load_run


def latest_run_files(warehouse: Path) -> tuple[str, dict[str, list[str]]]:
    """Return the latest loading run's id and its Parquet files per table (warehouse-relative)."""
    con = duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True)
    try:
        row = con.execute(
            "SELECT run_id FROM ingest_runs WHERE run_id IN (SELECT run_id FROM parquet_files) "
            "ORDER BY started_at DESC"
        ).fetchone()
        if row is None:
            raise SystemExit(f"{warehouse} has no run")
        files = con.execute(
            "SELECT table_name, path FROM parquet_files WHERE run_id = ? ORDER BY path", [row[0]]
        ).fetchall()
    finally:
        con.close()
    staged: dict[str, list[str]] = {}
    for table, path in files:
        staged.setdefault(table, []).append(path)
    return str(row[0]), staged


def replay(warehouse: Path, scratch: Path) -> dict[str, float]:
    """Load the latest run's files of ``warehouse`` into a new warehouse under ``scratch``."""
    run_id, relative = latest_run_files(warehouse)
    target = scratch / "wh"
    staged: dict[str, list[str]] = {}
    for table, paths in relative.items():
        for path in paths:
            copy = target / path
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(warehouse / path, copy)
            staged.setdefault(table, []).append(str(copy))
    files = sum(len(p) for p in staged.values())
    record = RunRecord(run_id, None, "replay", datetime.now(UTC), 0, 0, 0, 0, "replay")
    start = time.perf_counter()
    result = load_run(target, staged, record)
    seconds = time.perf_counter() - start
    return {
        "parquet_files": files,
        "documents": result.documents_loaded,
        "seconds": round(seconds, 2),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, replay, print the JSON line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("warehouse", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        print(json.dumps(replay(args.warehouse, Path(scratch))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
