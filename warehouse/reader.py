"""Read the warehouse without ever failing or blocking a run that is loading it.

:func:`open_reader` opens the DuckDB file read-only. When a writer holds it ("Could not set
lock on file") or it cannot be read at all, it builds an in-memory DuckDB instead from the
Parquet files: the ones the last commit counts (``committed_parquet.json``, written after
every commit), or, without that snapshot, every ``parquet/<table>/*.parquet``. Those rows are
put back into the shape of the tables: one row per key, and only documents some inbox path
still points at (a changed file's old version is dropped, as the load drops it).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from warehouse.analytics import apply_views
from warehouse.db import LOCK_ERROR, database_path, migrate
from warehouse.people import refresh_persons
from warehouse.rebuild import fill_from_parquet
from warehouse.search import SearchUnavailable, load_fts, refresh_search_index
from warehouse.storage import Storage, open_storage

# Statement types a read-only query may be.
READ_STATEMENTS = frozenset({"SELECT", "EXPLAIN"})


class QueryRefused(ValueError):
    """The SQL is not one read-only statement."""


class QueryFailed(RuntimeError):
    """DuckDB could not run the query (syntax, unknown column...): its message."""


@dataclass(slots=True)
class Reader:
    """A connection to query, and where its rows come from."""

    con: duckdb.DuckDBPyConnection
    source: str  # "database", "snapshot" (committed Parquet) or "parquet" (every file)
    note: str = ""  # why the database was not used, for the user
    locked: bool = False  # file access and settings frozen (lock_down)

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_reader(
    warehouse_dir: Path, storage_uri: str | None = None, *, with_search: bool = True
) -> Reader:
    """Open the warehouse for reading; fall back to its Parquet files, never wait for a lock.

    The Parquet files are read where the runs write them: ``storage_uri`` (S3...), else the
    warehouse folder. Rebuilding the search index from them costs seconds per 10,000
    documents: a reader that will not search says so with ``with_search=False``.
    """
    path = database_path(warehouse_dir)
    note = f"{path} does not exist"
    if path.exists():
        try:
            con = duckdb.connect(str(path), read_only=True)
            con.execute("SET enable_progress_bar = false")  # stdout may be a CSV or JSON
        except duckdb.Error as exc:
            busy = LOCK_ERROR.search(str(exc))
            note = (
                "the database is being written by a run: reading the committed Parquet files"
                if busy
                else f"the database cannot be read ({exc}): reading the Parquet files"
            )
        else:
            if _has_views(con):
                with contextlib.suppress(SearchUnavailable):  # stem() for search_matches
                    load_fts(con)
                return Reader(con, "database")
            con.close()
            note = "the database predates the analyst views: reading the Parquet files"
    storage = open_storage(warehouse_dir, storage_uri)
    return _parquet_reader(warehouse_dir, storage, note, with_search)


def _has_views(con: duckdb.DuckDBPyConnection) -> bool:
    """Return whether the analyst views exist (a warehouse loaded before they did lacks them)."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_views() WHERE view_name = 'quote_facts'"
    ).fetchone()
    return bool(row and row[0])


def _parquet_reader(
    warehouse_dir: Path, storage: Storage, note: str, with_search: bool = True
) -> Reader:
    """Return an in-memory DuckDB holding the tables rebuilt from Parquet, views and search."""
    con = duckdb.connect(":memory:")
    con.execute("SET enable_progress_bar = false")
    migrate(con)
    source, _ = fill_from_parquet(con, warehouse_dir, storage)
    con.execute("INSERT INTO parquet_files SELECT path, table_name, 0, '' FROM source_files")
    refresh_persons(con)  # derived, never written to Parquet: rebuilt here as the load does
    apply_views(con)
    if with_search:
        with contextlib.suppress(SearchUnavailable):  # queries and reports work without it
            refresh_search_index(con)
    return Reader(con, source, note)


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse anything but one SELECT (or EXPLAIN) statement."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryRefused(str(exc)) from exc
    if len(statements) != 1:
        raise QueryRefused(f"give exactly one statement, not {len(statements)}")
    kind = statements[0].type.name
    if kind not in READ_STATEMENTS:
        raise QueryRefused(f"only SELECT queries are run here, not {kind}")


def lock_down(reader: Reader) -> None:
    """Forbid file access and further setting changes on a reader's connection."""
    if not reader.locked:
        reader.con.execute("SET enable_external_access = false")
        reader.con.execute("SET lock_configuration = true")
        reader.locked = True


FORMATS = ("table", "csv", "json", "parquet")


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Columns and rows of a query."""

    columns: list[str]
    rows: list[tuple[object, ...]]


def run_query(reader: Reader, sql: str) -> QueryResult:
    """Run one read-only statement on a locked-down connection and return its rows."""
    check_read_only(reader.con, sql)
    lock_down(reader)
    try:
        cursor = reader.con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        return QueryResult(columns, [tuple(r) for r in cursor.fetchall()])
    except duckdb.Error as exc:
        raise QueryFailed(str(exc)) from exc


def render_cell(value: object) -> str:
    """Return a value as the table shows it (NULL, lists in brackets, dates in ISO)."""
    if value is None:
        return "NULL"
    if isinstance(value, list):
        return "[" + ", ".join(render_cell(v) for v in value) + "]"
    if isinstance(value, float):
        return repr(round(value, 4))
    return str(value)


def render_table(result: QueryResult) -> str:
    """Return a Markdown table (aligned, so it also reads well in a terminal)."""
    cells = [
        [render_cell(v).replace("|", "\\|").replace("\n", " ") for v in row] for row in result.rows
    ]
    widths = [
        max([len(name), 3, *(len(row[i]) for row in cells)])
        for i, name in enumerate(result.columns)
    ]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    out = [line(result.columns), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(row) for row in cells]
    return "\n".join(out)


def _json_value(value: object) -> object:
    """Return a JSON-ready value: dates and decimals as text, lists kept."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    return str(value)


def render(result: QueryResult, fmt: str) -> str:
    """Return the rows as text: a table, CSV or JSON (an array of objects)."""
    if fmt == "table":
        return render_table(result)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if v is None else render_cell(v) for v in row])
        return buffer.getvalue().rstrip("\n")
    if fmt == "json":
        records = [
            {c: _json_value(v) for c, v in zip(result.columns, row, strict=True)}
            for row in result.rows
        ]
        return json.dumps(records, ensure_ascii=False, indent=1)
    raise ValueError(f"format must be one of {FORMATS[:-1]} to print")


def write_parquet(reader: Reader, sql: str, output: Path) -> int:
    """Run one read-only statement and write its rows to a Parquet file; return the row count."""
    check_read_only(reader.con, sql)
    lock_down(reader)
    try:
        table = reader.con.execute(sql).fetch_arrow_table()
    except duckdb.Error as exc:
        raise QueryFailed(str(exc)) from exc
    output.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, output, compression="zstd")
    return int(table.num_rows)
