"""The dlt peer: the same transforms, loaded into DuckDB by a dlt pipeline.

    .venv/bin/python bench/dlt_peer.py INBOX --db PATH --work DIR

Given its best chance: files are parsed in a process pool (all cores), each batch's rows
are handed to dlt as Arrow tables (dlt's fast path, no row-by-row normalisation), and dlt
extracts, normalises and loads them into DuckDB with ``write_disposition="append"``. Only
the document tables are loaded: dlt keeps its own load state instead of the manifest.
Prints one JSON line (files, rejected, seconds).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dlt
import pyarrow as pa
from bench_paths import inbox_files

from transforms.document import PARSER_VERSION, parse_document
from transforms.errors import RejectedInput
from warehouse.rows import FileFacts, Row, document_rows
from warehouse.schemas import DOCUMENT_TABLES, SCHEMAS

BATCH = 64  # files per worker round trip, as the pipeline's PRESSREVIEW_BATCH_SIZE


def parse_batch(paths: list[Path]) -> tuple[dict[str, pa.Table], int]:
    """Parse a batch of files in a worker; return its rows per table and the rejected count."""
    tables: dict[str, list[Row]] = {name: [] for name in DOCUMENT_TABLES}
    rejected = 0
    for path in paths:
        raw = path.read_bytes()
        try:
            document = parse_document(raw, path.name)
        except RejectedInput:
            rejected += 1
            continue
        facts = FileFacts(str(path), len(raw), path.stat().st_mtime_ns, _sha256(raw))
        rows = document_rows(
            document,
            facts,
            run_id="dlt",
            ingested_at=datetime.now(UTC),
            parser_version=PARSER_VERSION,
        )
        for table, table_rows in rows.items():
            tables[table] += table_rows
    arrow = {t: pa.Table.from_pylist(r, schema=SCHEMAS[t]) for t, r in tables.items() if r}
    return arrow, rejected


def _sha256(raw: bytes) -> str:
    """Return the hex SHA-256 of ``raw``."""
    return hashlib.sha256(raw).hexdigest()


def reviews(files: list[Path], counts: dict[str, int]) -> Iterator[object]:
    """Yield every batch's Arrow tables, each marked with the table it goes to."""
    batches = [files[i : i + BATCH] for i in range(0, len(files), BATCH)]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for arrow, rejected in pool.map(parse_batch, batches):
            counts["rejected"] += rejected
            for table, data in arrow.items():
                yield dlt.mark.with_table_name(data, table)


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run the dlt pipeline, print the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inbox", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True, help="dlt's pipelines folder")
    args = parser.parse_args(argv)
    files = inbox_files(args.inbox)
    counts = {"rejected": 0}
    start = time.perf_counter()
    pipeline = dlt.pipeline(
        pipeline_name="pressreview_bench",
        pipelines_dir=str(args.work),
        destination=dlt.destinations.duckdb(str(args.db)),
        dataset_name="pressreview",
    )
    resource = dlt.resource(reviews(files, counts), name="reviews", write_disposition="append")
    pipeline.run(resource)
    result = {"files": len(files), "rejected": counts["rejected"]}
    print(json.dumps(result | {"seconds": time.perf_counter() - start}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
