"""The tables from the Parquet files alone: for readers while a run writes, and for a rebuild.

Which files: the ones the last commit counts (``committed_parquet.json``, written after every
commit), or, without that snapshot, every ``parquet/<table>/*.parquet``, a run's files ordered
by when they were written. Their rows are put back into the shape of the tables: one row per
key, and only documents some inbox path still points at (a changed file's old version is
dropped, as the load drops it).

:func:`rebuild_database` writes a new DuckDB file that way and swaps it in, keeping the old
one beside it: the way back when the database file is lost or damaged.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.analytics import apply_views, snapshot_path, write_snapshot
from warehouse.db import database_path, migrate
from warehouse.load import register_parquet_files
from warehouse.parquet import PARQUET_DIR
from warehouse.people import refresh_persons
from warehouse.schemas import DOCUMENT_TABLES, KEYS, SCHEMAS
from warehouse.search import refresh_search_index
from warehouse.storage import Storage

# (table, storage path, run order): a Parquet file to read and how recent its run is.
SourceFile = tuple[str, str, int]


def fill_from_parquet(
    con: duckdb.DuckDBPyConnection, warehouse_dir: Path, storage: Storage
) -> tuple[str, list[SourceFile]]:
    """Fill the (migrated, empty) tables of ``con`` from the warehouse's Parquet files.

    Returns where the file list came from ("snapshot" or "parquet") and the files read; they
    are also left in the temporary table ``source_files``.
    """
    source, files = _parquet_files(warehouse_dir, storage)
    con.execute("CREATE TEMP TABLE source_files (table_name VARCHAR, path VARCHAR, run_order INT)")
    if files:
        con.executemany("INSERT INTO source_files VALUES (?, ?, ?)", files)
    # Table and column names come from the fixed schema; paths are bound parameters.
    for table in ("files", *DOCUMENT_TABLES, "rejected_files"):
        paths = [f[1] for f in files if f[0] == table]
        if not paths:
            continue
        keys = ", ".join(KEYS.get(table, ()))
        # The manifest keeps a path's latest version; a document's rows are the first loaded.
        newest_first = "DESC" if table == "files" else "ASC"
        dedupe = (
            f"QUALIFY row_number() OVER (PARTITION BY {keys} ORDER BY s.run_order {newest_first})"
            " = 1"
            if keys
            else ""
        )
        live = (
            "WHERE r.doc_id IN (SELECT doc_id FROM files WHERE doc_id IS NOT NULL)"
            if table in DOCUMENT_TABLES
            else ""
        )
        columns = ", ".join(f"r.{name}" for name in SCHEMAS[table].names)
        rows, params = _table_source(con, storage, table, paths)
        con.execute(
            f"INSERT INTO {table} BY NAME SELECT {columns} "
            f"FROM {rows} r JOIN source_files s ON s.path = r.filename {live} {dedupe}",
            params,
        )
    return source, files


def _parquet_files(warehouse_dir: Path, storage: Storage) -> tuple[str, list[SourceFile]]:
    """Return the source kind and (table, storage path, run order) of the files to read."""
    snapshot = snapshot_path(warehouse_dir)
    if snapshot.is_file():
        files = json.loads(snapshot.read_text("utf-8"))["files"]
        listed = [(f["table"], storage.path(f["path"]), int(f["run_order"])) for f in files]
        if storage.local:  # a file deleted by hand is skipped; remote, a look costs a request
            listed = [f for f in listed if Path(f[1]).is_file()]
        return "snapshot", listed
    # No snapshot: every file; a run's files are ordered by when they were written.
    found = [
        (path.rsplit("/", 2)[-2], path)
        for path in storage.list_files(PARQUET_DIR)
        if path.endswith(".parquet") and path.rsplit("/", 2)[-2] in SCHEMAS
    ]
    infos = storage.fs.get_file_info([path for _, path in found])
    written: dict[str, float] = {}
    for (_, path), info in zip(found, infos, strict=True):
        run = _run_of(path)
        mtime = info.mtime.timestamp() if info.mtime else 0.0
        written[run] = min(written.get(run, mtime), mtime)
    order = {run: n for n, run in enumerate(sorted(written, key=lambda r: (written[r], r)), 1)}
    return "parquet", [(table, path, order[_run_of(path)]) for table, path in found]


def _run_of(path: str) -> str:
    """Return the run (and attempt) a batch's Parquet file name starts with."""
    return path.rsplit("/", 1)[-1].rsplit("-b", 1)[0]


def _table_source(
    con: duckdb.DuckDBPyConnection, storage: Storage, table: str, paths: list[str]
) -> tuple[str, list[object]]:
    """Return a FROM item reading ``paths`` with a ``filename`` column, and its parameters.

    Local files go through DuckDB's reader; remote ones are read with the storage's pyarrow
    filesystem (no DuckDB extension, no second set of credentials) and registered.
    """
    if storage.local:
        return "read_parquet(?, filename = true)", [paths]
    parts = []
    for path in paths:
        part = pq.read_table(path, filesystem=storage.fs, schema=SCHEMAS[table])
        parts.append(part.append_column("filename", pa.array([path] * part.num_rows)))
    name = f"remote_parquet_{table}"  # the schema's table name, never input
    con.register(name, pa.concat_tables(parts))
    return name, []


@dataclass(frozen=True, slots=True)
class RebuildResult:
    """What a rebuild read and wrote, and where the previous database went."""

    source: str  # "snapshot" or "parquet"
    parquet_files: int
    rows: dict[str, int]
    previous: Path | None  # the database file replaced, kept under this name


def rebuild_database(warehouse_dir: Path, storage: Storage) -> RebuildResult:
    """Write a new DuckDB file from the Parquet files alone and put it in place.

    The caller holds the run lock: no load may commit meanwhile. The new file is written
    under a temporary name and renamed over the old one only when complete; the old file is
    kept as ``pressreview.duckdb.before-rebuild-<time>``, with its write-ahead log beside it
    (left next to the new file, DuckDB would replay it into the rebuilt database).
    ``ingest_runs`` is not in Parquet: the rebuild records one row per run whose files it
    read (status ``rebuilt``), started when its file names say, with the documents,
    paragraphs and quotations each run contributes; ``document_versions`` is rebuilt from
    every manifest row of the files read.
    """
    target = database_path(warehouse_dir)
    for stale in warehouse_dir.glob(f".{target.name}.rebuild-*"):
        stale.unlink()  # a rebuild killed before its swap (the run lock says none runs now)
    temporary = target.with_name(f".{target.name}.rebuild-{os.getpid()}")
    con = duckdb.connect(str(temporary))
    try:
        con.execute("SET enable_progress_bar = false")
        migrate(con)
        con.execute("BEGIN TRANSACTION")
        source, files = fill_from_parquet(con, warehouse_dir, storage)
        runs = _runs_of(warehouse_dir, storage, files)
        register_parquet_files(con, storage, [(t, p, runs[p].run_id) for t, p, _ in files])
        _record_rebuilt_runs(con, runs)
        _rebuild_versions(con, storage, files)
        refresh_persons(con)
        apply_views(con)
        refresh_search_index(con)
        con.execute("COMMIT")
        rows = {table: _count(con, table) for table in ("files", *DOCUMENT_TABLES)}
        con.execute("CHECKPOINT")
    except BaseException:
        con.close()
        for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
            leftover.unlink(missing_ok=True)
        raise
    con.close()
    stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%S}"
    previous = target.with_name(f"{target.name}.before-rebuild-{stamp}")
    log = target.with_name(target.name + ".wal")
    if log.exists():
        os.replace(log, previous.with_name(previous.name + ".wal"))
    if target.exists():
        os.replace(target, previous)
    os.replace(temporary, target)
    with duckdb.connect(str(target), read_only=True) as check:
        write_snapshot(check, warehouse_dir)
    return RebuildResult(source, len(files), rows, previous if previous.exists() else None)


# A batch file's name: ``<run_id>-<attempt start, UTC>-b<batch>.parquet`` (older runs wrote
# ``<run_id>-b<batch>.parquet``, without the attempt).
BATCH_NAME = re.compile(r"^(?P<run>.+)-(?P<attempt>\d{8}T\d{12})-b\d+\.parquet$")


@dataclass(frozen=True, slots=True)
class _Run:
    """A run whose files a rebuild reads: its id, when it started, its place in order."""

    run_id: str
    started_at: datetime
    order: int


def _runs_of(warehouse_dir: Path, storage: Storage, files: list[SourceFile]) -> dict[str, _Run]:
    """Return each file's run (by storage path), in the order the files were committed.

    The run id is the snapshot's when there is one, else the file name's. The start is the
    attempt time in the name; a name without one (older runs) gets a start in 1970 that
    keeps its place in the order, so that later loads' snapshots keep ordering runs right.
    """
    recorded: dict[str, str] = {}
    snapshot = snapshot_path(warehouse_dir)
    if snapshot.is_file():
        for entry in json.loads(snapshot.read_text("utf-8"))["files"]:
            recorded[storage.path(entry["path"])] = str(entry["run_id"])
    runs: dict[str, _Run] = {}
    for _, path, order in files:
        name = path.rsplit("/", 1)[-1]
        match = BATCH_NAME.match(name)
        run_id = recorded.get(path) or (match["run"] if match else name.rsplit("-b", 1)[0])
        if match:
            started = datetime.strptime(match["attempt"], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        else:
            started = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=order)
        runs[path] = _Run(run_id, started, order)
    return runs


def _record_rebuilt_runs(con: duckdb.DuckDBPyConnection, runs: dict[str, _Run]) -> None:
    """Add an ``ingest_runs`` row (status ``rebuilt``) for every run whose files were read."""
    starts: dict[str, datetime] = {}
    for run in runs.values():
        starts[run.run_id] = min(run.started_at, starts.get(run.run_id, run.started_at))
    con.execute("CREATE TEMP TABLE rebuilt_runs (run_id VARCHAR, started_at TIMESTAMPTZ)")
    if starts:
        con.executemany("INSERT INTO rebuilt_runs VALUES (?, ?)", list(starts.items()))
    con.execute(
        """
        INSERT INTO ingest_runs
        SELECT p.run_id, NULL, '(rebuilt from Parquet)', p.started_at, p.started_at,
               coalesce(f.n, 0), coalesce(f.n, 0), 0,
               coalesce(r.n, 0), coalesce(d.n, 0), coalesce(pa.n, 0), coalesce(q.n, 0),
               coalesce(d.version, ''), 'rebuilt',
               'rebuilt from its Parquet files: file counts are those the tables still hold'
        FROM rebuilt_runs p
        LEFT JOIN (SELECT run_id, count(*) AS n, max(parser_version) AS version
                   FROM documents GROUP BY run_id) d USING (run_id)
        LEFT JOIN (SELECT run_id, count(*) AS n FROM files GROUP BY run_id) f USING (run_id)
        LEFT JOIN (SELECT run_id, count(*) AS n FROM rejected_files GROUP BY run_id) r
            USING (run_id)
        LEFT JOIN (SELECT run_id, count(*) AS n FROM paragraphs GROUP BY run_id) pa USING (run_id)
        LEFT JOIN (SELECT run_id, count(*) AS n FROM quotes GROUP BY run_id) q USING (run_id)
        """
    )


def _rebuild_versions(
    con: duckdb.DuckDBPyConnection, storage: Storage, files: list[SourceFile]
) -> None:
    """Fill ``document_versions`` from every manifest row read: each (path, document) once,
    as first loaded (the load's own rule), dated by its run's start."""
    paths = [path for table, path, _ in files if table == "files"]
    if not paths:
        return
    rows, params = _table_source(con, storage, "files", paths)
    con.execute(
        f"""
        INSERT INTO document_versions
        SELECT r.source_path, r.doc_id, r.content_sha256, r.run_id, coalesce(x.started_at, now())
        FROM {rows} r JOIN source_files s ON s.path = r.filename
        LEFT JOIN rebuilt_runs x ON x.run_id = r.run_id
        WHERE r.doc_id IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY r.source_path, r.doc_id ORDER BY s.run_order) = 1
        """,
        params,
    )


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Return the rows of one of the schema's tables."""
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()  # a schema name, not input
    return int(row[0]) if row else 0
