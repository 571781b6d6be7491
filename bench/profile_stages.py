"""Where one file's time goes: parse_document's stages, row building, Parquet and the load.

Run in-process on a sample of the inbox. The stage functions that ``transforms.document``
imports are wrapped with timers in that module's namespace only (the code under test is not
changed), so every call parse_document makes is counted where it happens.
"""

from __future__ import annotations

import contextlib
import cProfile
import hashlib
import io
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import transforms.document as document_module
from transforms.document import PARSER_VERSION, parse_document
from transforms.errors import RejectedInput
from warehouse.load import RunRecord, load_run
from warehouse.parquet import write_table_atomic
from warehouse.rows import FileFacts, Row, document_rows

# Stage -> the names parse_document calls for it (imported into transforms.document).
STAGES: dict[str, tuple[str, ...]] = {
    "decode (charset, ftfy)": ("decode_bytes",),
    "normalise": ("normalize_text",),
    "markup (CommonMark)": ("parse_blocks",),
    "sections and items": ("build_outline",),
    "paragraph repair": ("repair_paragraphs",),
    "quotations": ("find_quotes",),
    "speakers": (
        "after_window",
        "attribute_after",
        "before_window",
        "attribute_before",
        "name_before_quote",
        "role_after",
        "role_before",
        "institutions_in",
        "is_impersonal",
    ),
    "persons": ("find_names", "build_registry", "is_title_word"),
    "language detection": ("detect_language", "combine_guesses"),
    "dates": ("find_date", "date_in_file_name"),
}
OTHER = "records and glue (rest of parse_document)"


def _timed(function: Callable[..., Any], totals: dict[str, float], stage: str) -> Any:
    """Return ``function`` wrapped so that its time adds to ``totals[stage]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[stage] += time.perf_counter() - start

    return wrapper


def _parse_all(samples: list[tuple[str, bytes]]) -> None:
    """Parse every sample, ignoring rejections (they cost time like any other file)."""
    for name, raw in samples:
        with contextlib.suppress(RejectedInput):
            parse_document(raw, name)


def stage_times(samples: list[tuple[str, bytes]]) -> dict[str, float]:
    """Return seconds per stage of parse_document over ``samples``, plus the total."""
    totals = dict.fromkeys([*STAGES, OTHER, "total"], 0.0)
    # parse_document changes; a stage function it no longer imports is simply not timed.
    originals = {
        name: getattr(document_module, name)
        for names in STAGES.values()
        for name in names
        if hasattr(document_module, name)
    }
    for stage, names in STAGES.items():
        for name in names:
            if name in originals:
                setattr(document_module, name, _timed(originals[name], totals, stage))
    try:
        start = time.perf_counter()
        _parse_all(samples)
        totals["total"] = time.perf_counter() - start
    finally:
        for name, function in originals.items():
            setattr(document_module, name, function)
    totals[OTHER] = totals["total"] - sum(totals[s] for s in STAGES)
    return totals


def storage_times(samples: list[tuple[str, bytes]]) -> dict[str, float]:
    """Return seconds for row building, Parquet writing and the DuckDB load of ``samples``."""
    now, run_id = datetime.now(UTC), "profile"
    tables: dict[str, list[Row]] = {}
    build = 0.0
    for name, raw in samples:
        try:
            document = parse_document(raw, name)
        except RejectedInput:
            continue
        facts = FileFacts(name, len(raw), 0, hashlib.sha256(raw).hexdigest())
        start = time.perf_counter()
        rows = document_rows(
            document, facts, run_id=run_id, ingested_at=now, parser_version=PARSER_VERSION
        )
        build += time.perf_counter() - start
        for table, table_rows in rows.items():
            tables.setdefault(table, []).extend(table_rows)
    with tempfile.TemporaryDirectory() as folder:
        parquet, staged = _timed_parquet(Path(folder), tables, run_id)
        load = _timed_load(Path(folder), staged, run_id, len(samples), now)
    return {"rows": build, "parquet": parquet, "load (DuckDB)": load}


def _timed_parquet(
    warehouse: Path, tables: dict[str, list[Row]], run_id: str
) -> tuple[float, dict[str, list[str]]]:
    """Write one Parquet file per table as a batch does; return the seconds and the files."""
    staged: dict[str, list[str]] = {}
    start = time.perf_counter()
    for table, table_rows in tables.items():
        if table_rows:
            target = warehouse / "parquet" / table / f"{run_id}-b00001.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            write_table_atomic(table_rows, table, target)
            staged[table] = [str(target)]
    return time.perf_counter() - start, staged


def _timed_load(
    warehouse: Path, staged: dict[str, list[str]], run_id: str, files: int, now: datetime
) -> float:
    """Load the staged files into a new DuckDB warehouse; return the seconds (NaN on error).

    The warehouse API moves while others work on it: a signature this script no longer
    matches costs this one number, not the whole benchmark.
    """
    record = RunRecord(run_id, None, "profile", now, files, files, 0, 0, "profile")
    start = time.perf_counter()
    try:
        load_run(warehouse, staged, record)
    except Exception as exc:  # reported on stderr; the table shows nan
        print(f"profile: the load could not be timed: {exc!r}", file=sys.stderr)
        return float("nan")
    return time.perf_counter() - start


def top_functions(samples: list[tuple[str, bytes]], limit: int = 10) -> list[str]:
    """Return cProfile's ``limit`` most expensive functions (own time) over ``samples``."""
    profiler = cProfile.Profile()
    profiler.enable()
    _parse_all(samples)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (path, line, function), entry in stats.stats.items():  # type: ignore[attr-defined]
        own, cumulative = entry[2], entry[3]
        where = f"{Path(path).parent.name}/{Path(path).name}:{line}({function})"
        rows.append((own, cumulative, entry[1], where))
    rows.sort(reverse=True)
    return [
        f"{own / total:5.1%} own, {cum / total:5.1%} cumulative, {calls:>8} calls  {where}"
        for own, cum, calls, where in rows[:limit]
    ]


def import_seconds(python: Path, module: str) -> float:
    """Return the wall time of a fresh interpreter importing ``module`` (median of 3)."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([str(python), "-c", f"import {module}"], check=True)
        times.append(time.perf_counter() - start)
    return sorted(times)[1]
