"""The naive peer: the tutorial pattern, one Prefect task per file that parses and inserts.

    .venv/bin/python bench/naive_peer.py INBOX --db PATH

Each task reads one file, runs the same transforms, and inserts that document's rows into
DuckDB through its own connection, as the getting-started examples do. The tasks run on
Prefect's default thread pool, so the CPU-bound parsing shares one interpreter (the GIL).
Rows are inserted as Arrow tables, not row by row: the peer is naive about orchestration,
not deliberately slow at DuckDB. Prints one JSON line (files, rejected, seconds).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb
import pyarrow as pa
from bench_paths import inbox_files
from prefect import flow, task, unmapped
from prefect.futures import wait

from transforms.document import PARSER_VERSION, parse_document
from transforms.errors import RejectedInput
from warehouse.db import migrate
from warehouse.rows import FileFacts, document_rows
from warehouse.schemas import SCHEMAS

WRITE_LOCK = threading.Lock()


@task(name="parse-and-insert")
def parse_and_insert(path: str, db: str) -> bool:
    """Parse one file and insert its rows; return False when the file is rejected."""
    raw = Path(path).read_bytes()
    try:
        document = parse_document(raw, Path(path).name)
    except RejectedInput:
        return False
    facts = FileFacts(path, len(raw), Path(path).stat().st_mtime_ns, _sha256(raw))
    rows = document_rows(
        document,
        facts,
        run_id="naive",
        ingested_at=datetime.now(UTC),
        parser_version=PARSER_VERSION,
    )
    # One writer at a time, as DuckDB wants: two threads opening the file at once fail with
    # "Unique file handle conflict" (seen in a quick run), which a tutorial user meets too.
    with WRITE_LOCK:
        con = duckdb.connect(db)
        try:
            for table, table_rows in rows.items():
                if table_rows:
                    arrow = pa.Table.from_pylist(table_rows, schema=SCHEMAS[table])
                    con.register("staged", arrow)
                    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM staged")
                    con.unregister("staged")
        finally:
            con.close()
    return True


def _sha256(raw: bytes) -> str:
    """Return the hex SHA-256 of ``raw``."""
    return hashlib.sha256(raw).hexdigest()


@flow(name="naive-ingest", persist_result=False)
def naive_ingest(inbox: str, db: str) -> int:
    """Map one task over every file; return how many were loaded."""
    con = duckdb.connect(db)
    migrate(con)
    con.close()
    paths = [str(p) for p in inbox_files(Path(inbox))]
    futures = parse_and_insert.map(paths, unmapped(db))
    wait(list(futures))
    return sum(bool(f.result()) for f in futures)


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run the flow, print the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inbox", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args(argv)
    args.db.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    loaded = naive_ingest(str(args.inbox), str(args.db))
    files = len(inbox_files(args.inbox))
    result = {"files": files, "rejected": files - loaded, "seconds": time.perf_counter() - start}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
