"""DuckDB connections: opened late, retried while another process holds the lock, migrated."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

DATABASE_NAME = "pressreview.duckdb"
MIGRATIONS = (
    (1, "schema.sql", "output contract tables"),
    (2, "migration_002_persons.sql", "persons across documents, person_mentions per document"),
    (3, "migration_003_search.sql", "incremental full-text search index"),
    (4, "migration_004_search_words.sql", "search_words() extracts words in one regex pass"),
)
LOCK_ERROR = re.compile(r"Could not set lock on file|Conflicting lock", re.IGNORECASE)
LOCK_HOLDER = re.compile(r"held in (?P<program>[^\n]*?) \(PID (?P<pid>\d+)\)")


class DatabaseBusy(RuntimeError):
    """Another process holds the DuckDB file; the message says which and what to do."""


def database_path(warehouse_dir: Path) -> Path:
    """Return the DuckDB file of a warehouse folder."""
    return warehouse_dir / DATABASE_NAME


def connect(
    path: Path, *, read_only: bool = False, attempts: int = 6, first_wait: float = 0.5
) -> duckdb.DuckDBPyConnection:
    """Open the database, retrying with exponential backoff while another process locks it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wait = first_wait
    for attempt in range(1, attempts + 1):
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            # DuckDB draws a progress bar on stdout for statements over two seconds: noise
            # in a run's output and logs. Set per connection: a differing connect() config
            # would conflict with other connections to the same file in this process.
            con.execute("SET enable_progress_bar = false")
            return con
        except duckdb.IOException as exc:
            if not LOCK_ERROR.search(str(exc)):
                raise
            if attempt == attempts:
                raise DatabaseBusy(_busy_message(path, str(exc))) from exc
            time.sleep(wait)
            wait *= 2
    raise AssertionError("unreachable")


def _busy_message(path: Path, error: str) -> str:
    """Return what a person needs to know when the database stays locked."""
    holder = LOCK_HOLDER.search(error)
    who = f"process {holder['pid']} ({holder['program']})" if holder else "another process"
    return (
        f"{path} is locked by {who} (a DuckDB client or another ingest run). Close that "
        "client or wait for the run to finish, then re-run: nothing was loaded, and the next "
        "run picks up the same files."
    )


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Apply the numbered DDL files not yet recorded in schema_migrations."""
    con.execute(resources.files("warehouse").joinpath("schema.sql").read_text("utf-8"))
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    for version, file_name, description in MIGRATIONS:
        if version in applied:
            continue
        con.execute("BEGIN TRANSACTION")  # a migration applies whole or not at all
        con.execute(resources.files("warehouse").joinpath(file_name).read_text("utf-8"))
        con.execute(
            "INSERT INTO schema_migrations VALUES (?, ?, ?)",
            [version, description, datetime.now(UTC)],
        )
        con.execute("COMMIT")
