"""One run's Parquet files -> DuckDB in one transaction: exactly once, versions replaced."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as pads

from warehouse.analytics import refresh_after_load
from warehouse.db import connect, database_path, migrate
from warehouse.faults import crash_point
from warehouse.parquet import parquet_row_count
from warehouse.people import refresh_persons
from warehouse.schemas import DOCUMENT_TABLES, KEYS, SCHEMAS
from warehouse.storage import Storage, open_storage

LOG = logging.getLogger(__name__)
# What DuckDB may hold while loading before it spills to a temporary file beside the
# database, so that a load fits next to Prefect's server and the flow's process. Not every
# operator spills: a primary-key index of a very large load (about a million paragraphs)
# needs more, and the load then runs again without a limit (see _load_once). 192 MB keeps
# the load's peak near the parse phase's, where the whole run's peak is: a 10,000-file load
# peaked at 610 MiB with 384 MB (DuckDB filled its cache to the limit) and at 415 MiB with
# this, no slower; 128 MB is too little for that load's indexes (it ran again unlimited).
DEFAULT_MEMORY_LIMIT = "192MB"


@dataclass(frozen=True, slots=True)
class RunRecord:
    """The facts of one ingest run that go into ``ingest_runs``."""

    run_id: str
    flow_run_id: str | None
    inbox: str
    started_at: datetime
    files_seen: int
    files_new: int
    files_unchanged: int
    files_rejected: int
    parser_version: str


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What the load added to the tables."""

    documents_loaded: int
    paragraphs_loaded: int
    quotes_loaded: int


def _read(table: str) -> str:
    """Return a SELECT over the staged Parquet files of ``table`` (see :func:`_stage`), one row
    per key: the first staged (batch order, then path), as the inbox order would have it.

    Table and column names come from the fixed schema, never from input.
    """
    keys = KEYS.get(table)
    if not keys:
        return f"SELECT * EXCLUDE (staged_order) FROM {_staged_name(table)}"
    order = "staged_order, source_path" if "source_path" in SCHEMAS[table].names else "staged_order"
    return (
        f"SELECT * EXCLUDE (staged_order) FROM {_staged_name(table)} "
        f"QUALIFY row_number() OVER (PARTITION BY {', '.join(keys)} ORDER BY {order}) = 1"
    )


def _insert_new(table: str) -> str:
    """Return the INSERT of the staged rows of ``table`` whose document is not loaded yet.

    The same content under two names in one run is staged twice. Its ``documents`` rows
    differ (the path), so the first staged wins by a window over that small table. Every
    other table's rows derive from the content alone: the twins are equal, and the primary
    key drops all but one as they stream in, with no window sorting the run (the key's
    index itself is held in memory).
    """
    new = "WHERE doc_id NOT IN (SELECT doc_id FROM present)"
    if table == "documents":
        return f"INSERT INTO {table} BY NAME SELECT * FROM ({_read(table)}) {new}"
    rows = f"SELECT * EXCLUDE (staged_order) FROM {_staged_name(table)}"
    return f"INSERT OR IGNORE INTO {table} BY NAME {rows} {new}"


def _staged_name(table: str) -> str:
    """Return the name of the view over the staged files of ``table``."""
    return f"staged_parquet_{table}"


def _stage(con: duckdb.DuckDBPyConnection, storage: Storage, staged: dict[str, list[str]]) -> None:
    """Make one view per table over its staged files, each row with its file's position.

    Local files are read by DuckDB (:func:`_stage_local`). Remote ones (S3, GCS...) are
    registered as Arrow datasets read with the one pyarrow filesystem the batches wrote them
    with, and DuckDB streams them (projections pushed down): no DuckDB extension, no second
    set of credentials. The position (``staged_order``) makes duplicates resolve the same
    way on every run.
    """
    for table, paths in staged.items():
        if not paths:
            continue
        if storage.local:
            _stage_local(con, table, paths)
            continue
        parts = []
        for n, path in enumerate(paths):
            name = f"{_staged_name(table)}_{n}"
            dataset = pads.dataset(
                path, schema=SCHEMAS[table], format="parquet", filesystem=storage.fs
            )
            con.register(name, dataset)
            parts.append(f"SELECT *, {n} AS staged_order FROM {name}")
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW {_staged_name(table)} AS " + " UNION ALL ".join(parts)
        )


def _stage_local(con: duckdb.DuckDBPyConnection, table: str, paths: list[str]) -> None:
    """Stage local files with DuckDB's own Parquet reader.

    Its reads count against the load's memory limit, where Arrow's buffers would not.
    """
    order = f"staged_order_{table}"
    con.execute(f"CREATE OR REPLACE TEMP TABLE {order} (path VARCHAR, staged_order INTEGER)")
    con.executemany(f"INSERT INTO {order} VALUES (?, ?)", [[p, n] for n, p in enumerate(paths)])
    con.execute(f"SET VARIABLE {order} = ?", [paths])
    columns = ", ".join(f"r.{name}" for name in SCHEMAS[table].names)
    # Table, column and variable names are the schema's; the paths are a bound variable.
    con.execute(
        f"CREATE OR REPLACE TEMP VIEW {_staged_name(table)} AS "
        f"SELECT {columns}, o.staged_order "
        f"FROM read_parquet(getvariable('{order}'), filename = true, union_by_name = true) r "
        f"JOIN {order} o ON o.path = r.filename"
    )


def load_run(
    warehouse_dir: Path,
    staged: dict[str, list[str]],
    run: RunRecord,
    *,
    replace_all: bool = False,
    lock_attempts: int = 6,
    storage_uri: str | None = None,
    memory_limit: str | None = DEFAULT_MEMORY_LIMIT,
) -> LoadResult:
    """Load the staged Parquet files and record the run, all in one transaction.

    With ``replace_all`` (a reprocess), the staged documents replace every document row, and
    the Parquet files of earlier runs stop counting for the document tables. The files are
    read from the warehouse's storage (``storage_uri``, else the warehouse folder).
    """
    storage = open_storage(warehouse_dir, storage_uri)
    con = connect(database_path(warehouse_dir), attempts=lock_attempts)
    # Insertion order means nothing to these tables; dropping it lets DuckDB stream the
    # staged rows instead of holding a whole run in memory.
    con.execute("SET preserve_insertion_order = false")
    row = con.execute("SELECT current_setting('memory_limit')").fetchone()
    unlimited = str(row[0]) if row else None  # DuckDB's own default: most of the RAM
    try:
        try:
            result = _load_once(con, storage, staged, run, replace_all, memory_limit)
        except duckdb.OutOfMemoryException as exc:
            LOG.warning(
                "the load needs more memory than %s (PRESSREVIEW_DB_MEMORY_LIMIT): "
                "loading again without a limit (%s)",
                memory_limit,
                exc,
            )
            result = _load_once(con, storage, staged, run, replace_all, unlimited)
    except BaseException:
        con.close()
        raise
    # Committed: nothing below may turn the run into a failure (a retry would then report
    # the committed rows as not loaded), so its errors are logged, not raised.
    try:
        crash_point("after-commit")
        con.execute("CHECKPOINT")
        # Always: a refresh with nothing new is cheap, and it repairs derived state a crash
        # right after an earlier commit left behind.
        refresh_after_load(con, warehouse_dir)  # views, search index, snapshot; never raises
    except duckdb.Error as exc:
        LOG.warning("loaded and committed, but the checkpoint failed: %s", exc)
    finally:
        con.close()
    return result


def _load_once(
    con: duckdb.DuckDBPyConnection,
    storage: Storage,
    staged: dict[str, list[str]],
    run: RunRecord,
    replace_all: bool,
    memory_limit: str | None,
) -> LoadResult:
    """One attempt at the load's transaction, under ``memory_limit``; rolled back on error."""
    try:
        if memory_limit:
            con.execute("SET memory_limit = ?", [memory_limit])
        migrate(con)
        _stage(con, storage, staged)
        con.execute("BEGIN TRANSACTION")
        if replace_all:
            _forget_documents(con, run.run_id)
        result = _load(con, staged, run, storage)
        _record_run(con, run, result, "completed")
        crash_point("inside-load")
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    return result


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction, if any."""
    with contextlib.suppress(duckdb.Error):  # nothing open: failed before BEGIN or after COMMIT
        con.execute("ROLLBACK")


def _forget_documents(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Delete every document row and uncount earlier document Parquet files (reprocess)."""
    for table in DOCUMENT_TABLES:
        con.execute(f"DELETE FROM {table}")
    con.execute(
        "DELETE FROM parquet_files WHERE table_name IN (SELECT unnest(?)) AND run_id <> ?",
        [list(DOCUMENT_TABLES), run_id],
    )


def _load(
    con: duckdb.DuckDBPyConnection, staged: dict[str, list[str]], run: RunRecord, storage: Storage
) -> LoadResult:
    """Insert new documents, replace changed files' versions, update the manifest."""
    con.execute("CREATE OR REPLACE TEMP TABLE present AS SELECT doc_id FROM documents")
    inserted: dict[str, int] = {}
    for table in DOCUMENT_TABLES:
        if staged.get(table):
            row = con.execute(_insert_new(table)).fetchone()
            inserted[table] = int(row[0]) if row else 0
    if staged.get("files"):
        _update_manifest(con)
    if staged.get("rejected_files"):
        con.execute(f"INSERT INTO rejected_files BY NAME {_read('rejected_files')}")
    if inserted.get("person_mentions") or staged.get("files"):
        refresh_persons(con)
    files = [(table, path, run.run_id) for table, paths in staged.items() for path in paths]
    register_parquet_files(con, storage, files)
    return LoadResult(
        inserted.get("documents", 0), inserted.get("paragraphs", 0), inserted.get("quotes", 0)
    )


def _update_manifest(con: duckdb.DuckDBPyConnection) -> None:
    """Point each path at its new document; drop documents no path holds any more."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE staged_files AS {_read('files')}")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE replaced AS SELECT f.doc_id FROM files f "
        "JOIN staged_files s USING (source_path) "
        "WHERE f.doc_id IS NOT NULL AND f.doc_id IS DISTINCT FROM s.doc_id"
    )
    con.execute("INSERT OR REPLACE INTO files BY NAME SELECT * FROM staged_files")
    con.execute(
        "INSERT INTO document_versions "
        "SELECT source_path, doc_id, content_sha256, run_id, now() FROM staged_files "
        "WHERE doc_id IS NOT NULL ON CONFLICT DO NOTHING"
    )
    for table in DOCUMENT_TABLES:
        con.execute(
            f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM replaced) "
            "AND doc_id NOT IN (SELECT doc_id FROM files WHERE doc_id IS NOT NULL)"
        )


def register_parquet_files(
    con: duckdb.DuckDBPyConnection, storage: Storage, files: list[tuple[str, str, str]]
) -> None:
    """Record ``(table, storage path, run id)`` files as ones that count, with row counts.

    One INSERT from an Arrow table: a statement per file cost about 3 ms each, seconds for
    the thousand files of a large run. Used by the load and by the rebuild from Parquet.
    """
    listed = pa.table(
        {
            "path": [storage.relative(path) for _, path, _ in files],
            "table_name": [table for table, _, _ in files],
            "rows": pa.array(
                [parquet_row_count(storage, path) for _, path, _ in files], pa.int64()
            ),
            "run_id": [run_id for _, _, run_id in files],
        }
    )
    con.register("registered_parquet_files", listed)
    try:
        con.execute(
            "INSERT OR REPLACE INTO parquet_files BY NAME SELECT * FROM registered_parquet_files"
        )
    finally:
        con.unregister("registered_parquet_files")


def _record_run(
    con: duckdb.DuckDBPyConnection, run: RunRecord, result: LoadResult, status: str
) -> None:
    """Insert the run's row into ingest_runs."""
    con.execute(
        "INSERT OR REPLACE INTO ingest_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            run.run_id,
            run.flow_run_id,
            run.inbox,
            run.started_at,
            datetime.now(UTC),
            run.files_seen,
            run.files_new,
            run.files_unchanged,
            run.files_rejected,
            result.documents_loaded,
            result.paragraphs_loaded,
            result.quotes_loaded,
            run.parser_version,
            status,
            None,
        ],
    )


def record_failed_run(warehouse_dir: Path, run: RunRecord, message: str) -> None:
    """Record a run whose load could not commit, in a transaction of its own."""
    con = connect(database_path(warehouse_dir), attempts=2)
    try:
        migrate(con)
        _record_run(con, run, LoadResult(0, 0, 0), "failed")
        con.execute("UPDATE ingest_runs SET message = ? WHERE run_id = ?", [message, run.run_id])
    finally:
        con.close()


def known_files(warehouse_dir: Path, attempts: int = 6) -> dict[str, tuple[int, int, str]]:
    """Return the manifest: path -> (size, mtime_ns, sha256). Empty for a new warehouse."""
    path = database_path(warehouse_dir)
    if not path.exists():
        return {}
    con = connect(path, read_only=True, attempts=attempts)
    try:
        # A rejected content's hash is withheld: touched, it is read and judged again rather
        # than passed as an unchanged (loaded) document.
        rows = con.execute(
            "SELECT source_path, size_bytes, mtime_ns, "
            "CASE WHEN doc_id IS NULL THEN '' ELSE content_sha256 END FROM files"
        ).fetchall()
    except duckdb.CatalogException:
        return {}
    finally:
        con.close()
    return {r[0]: (int(r[1]), int(r[2]), str(r[3])) for r in rows}


def derived_state_behind(warehouse_dir: Path, attempts: int = 6) -> bool:
    """Whether the search index differs from the tables (a crash right after a commit)."""
    con = connect(database_path(warehouse_dir), read_only=True, attempts=attempts)
    try:
        loaded, indexed = "SELECT doc_id, run_id FROM documents", "SELECT * FROM search_documents"
        row = con.execute(
            f"SELECT count(*) FROM (({loaded} EXCEPT {indexed}) UNION ALL "
            f"({indexed} EXCEPT {loaded}))"
        ).fetchone()
    except duckdb.CatalogException:  # not migrated yet: the next load migrates and indexes
        return True
    finally:
        con.close()
    return bool(row and row[0])


def committed_parquet(warehouse_dir: Path, attempts: int = 6) -> set[str] | None:
    """Return the warehouse-relative Parquet paths committed loads count; None without a DB."""
    path = database_path(warehouse_dir)
    if not path.exists():
        return None
    con = connect(path, read_only=True, attempts=attempts)
    try:
        return {row[0] for row in con.execute("SELECT path FROM parquet_files").fetchall()}
    except duckdb.CatalogException:
        return set()
    finally:
        con.close()


def current_documents(warehouse_dir: Path) -> list[tuple[str, int, int, str]]:
    """Return (source_path, size, mtime_ns, sha256) of every document the tables hold."""
    con = connect(database_path(warehouse_dir), read_only=True)
    try:
        rows = con.execute(
            "SELECT d.source_path, d.size_bytes, coalesce(f.mtime_ns, 0), d.content_sha256 "
            "FROM documents d LEFT JOIN files f USING (source_path) ORDER BY d.source_path"
        ).fetchall()
    finally:
        con.close()
    return [(str(r[0]), int(r[1]), int(r[2]), str(r[3])) for r in rows]


def ensure_database(warehouse_dir: Path) -> None:
    """Create and migrate the database if it does not exist yet (a new warehouse)."""
    path = database_path(warehouse_dir)
    if path.exists():
        return
    con = connect(path)
    try:
        migrate(con)
    finally:
        con.close()
