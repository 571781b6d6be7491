"""The compute floor: parse_document over every inbox file in a process pool, nothing else.

    .venv/bin/python bench/bare.py INBOX

No Prefect, no Parquet, no DuckDB: what the pipeline's parsing would cost if orchestration
and storage were free. Prints one JSON line (files, bytes, rejected, seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# Scripts under bench/ run from the checkout: make the project importable without install.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_paths import inbox_files

from transforms.document import parse_document
from transforms.errors import RejectedInput

CHUNKSIZE = 16  # files per round trip to a worker: small enough to keep both cores busy


def parse_one(path: Path) -> tuple[int, bool]:
    """Read and parse one file; return its size and whether it was rejected."""
    raw = path.read_bytes()
    try:
        parse_document(raw, path.name)
    except RejectedInput:
        return len(raw), True
    return len(raw), False


def run(inbox: Path, workers: int) -> dict[str, float]:
    """Parse every file of ``inbox`` on ``workers`` processes; return the counts and time."""
    files = inbox_files(inbox)
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(parse_one, files, chunksize=CHUNKSIZE))
    seconds = time.perf_counter() - start
    return {
        "files": len(files),
        "bytes": sum(size for size, _ in results),
        "rejected": sum(rejected for _, rejected in results),
        "seconds": seconds,
    }


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run, print the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inbox", type=Path)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.inbox, args.workers)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
