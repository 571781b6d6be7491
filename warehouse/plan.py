"""What a run must read: new or changed files, by a cheap stat check against the manifest."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from warehouse.db import DatabaseBusy, database_path
from warehouse.inbox import ListedFile, list_inbox
from warehouse.load import committed_parquet, derived_state_behind, ensure_database, known_files
from warehouse.parquet import PARQUET_DIR, remove_orphans, remove_temporaries
from warehouse.storage import is_temporary, open_storage


@dataclass(slots=True)
class RunPlan:
    """The inbox split into files to read, files unchanged since last run, files still moving."""

    to_read: list[ListedFile] = field(default_factory=list)
    unchanged: int = 0
    settling: list[str] = field(default_factory=list)
    known_sha256: dict[str, str] = field(default_factory=dict)

    @property
    def files_seen(self) -> int:
        return len(self.to_read) + self.unchanged + len(self.settling)


def plan_run(
    inbox: Path, warehouse_dir: Path, settle_seconds: float, lock_attempts: int = 6
) -> RunPlan:
    """Return which inbox files are new or changed (size or mtime differ from the manifest).

    A file modified less than ``settle_seconds`` ago may still be being written: it waits for
    the next run.
    """
    if not inbox.is_dir():
        raise FileNotFoundError(f"inbox {inbox} is not a folder")
    manifest = known_files(warehouse_dir, lock_attempts)
    plan = RunPlan()
    newest_allowed = time.time_ns() - int(settle_seconds * 1e9)
    for listed in list_inbox(inbox):
        known = manifest.get(listed.path)
        if known and known[:2] == (listed.size_bytes, listed.mtime_ns):
            plan.unchanged += 1
        elif listed.mtime_ns > newest_allowed:
            plan.settling.append(listed.path)
        else:
            plan.to_read.append(listed)
            if known and known[2]:
                plan.known_sha256[listed.path] = known[2]
    return plan


def idle_plan(
    inbox: Path, warehouse_dir: Path, settle_seconds: float, storage_uri: str | None = None
) -> RunPlan | None:
    """Return the plan when a run would change nothing, else None (a run has work to do).

    Read-only and quick (a stat per file, a few queries, a listing of the Parquet tree), so
    that a scheduled no-op run can stop before paying for orchestration. Work means: files
    to read, a Parquet tree holding files no commit counts (a crashed run's, to sweep), or a
    search index out of step with the tables (a crash right after a commit). Anything
    unsure, such as a database another process holds, counts as work: the run itself then
    decides and reports.
    """
    if not database_path(warehouse_dir).exists():
        return None
    try:
        plan = plan_run(inbox, warehouse_dir, settle_seconds, lock_attempts=1)
        committed = committed_parquet(warehouse_dir, attempts=1)
        if plan.to_read or committed is None or derived_state_behind(warehouse_dir, attempts=1):
            return None
        storage = open_storage(warehouse_dir, storage_uri)
        stray = (
            path
            for path in storage.list_files(PARQUET_DIR)
            if is_temporary(path) or storage.relative(path) not in committed
        )
        return None if any(stray) else plan
    except (duckdb.Error, DatabaseBusy, OSError):
        return None


class OrphanedParquetTree(RuntimeError):
    """A Parquet tree without its database: refusing to run keeps its files safe."""


def sweep_orphans(warehouse_dir: Path, storage_uri: str | None = None) -> int:
    """Delete Parquet files no committed load counts (left by a crashed run); return how many.

    Half-written temporary files always go. Whole files go only when a database says what was
    committed: a Parquet tree without its database is all there is, and is never deleted from.
    The first run creates the database before writing any Parquet, so a crash always leaves one.
    The tree is in the warehouse's storage (``storage_uri``, else the warehouse folder); one
    storage prefix belongs to one warehouse, whose database alone says what counts there.
    """
    storage = open_storage(warehouse_dir, storage_uri)
    files = storage.list_files(PARQUET_DIR)
    if not files:
        ensure_database(warehouse_dir)
        return 0
    removed = remove_temporaries(storage, files)
    committed = committed_parquet(warehouse_dir)
    if committed is None:
        if any(not is_temporary(path) for path in files):
            raise OrphanedParquetTree(
                f"{database_path(warehouse_dir)} is missing but its Parquet tree has files: "
                "a new database would not know them and a later run would sweep them. "
                "Restore the database, or move the parquet folder aside, then re-run."
            )
        ensure_database(warehouse_dir)
        return removed
    whole = [path for path in files if not is_temporary(path)]
    return removed + remove_orphans(storage, whole, committed)
