"""Two runs at once, and a DuckDB reader holding the file: nothing half-loaded, clear messages."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import CLI, SAMPLE
from tests.e2e.warehouse_snapshot import parquet_matches_tables

pytestmark = pytest.mark.slow
OLD = 1_600_000_000


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n in range(3):
        target = folder / f"review-{n}.txt"
        shutil.copy(SAMPLE, target)
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"\n\nDernier paragraphe numéro {n}.\n")
        os.utime(target, (OLD, OLD))
    return folder


def _ingest(inbox: Path, warehouse: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(CLI), "ingest", str(inbox), "--warehouse", str(warehouse)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _documents(warehouse: Path) -> int:
    con = duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True)
    try:
        row = con.execute("SELECT count(*) FROM documents").fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


def test_two_runs_started_at_once_never_both_load(
    inbox: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    warehouse = tmp_path / "wh"
    runs = [_ingest(inbox, warehouse, cli_env) for _ in range(2)]
    outcomes = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    con = duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True)
    loaded = con.execute("SELECT sum(documents_loaded) FROM ingest_runs").fetchone()
    con.close()
    assert loaded == (3,)
    assert _documents(warehouse) == 3
    for code, _, stderr in outcomes:
        assert code == 0 or "another ingest run" in stderr, stderr[-2000:]
    parquet_matches_tables(warehouse)


def test_a_run_holding_the_lock_makes_another_fail_at_once(
    inbox: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    warehouse = tmp_path / "wh"
    warehouse.mkdir()
    with open(warehouse / ".ingest.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        run = _ingest(inbox, warehouse, cli_env)
        code = run.wait(timeout=300)
        _, stderr = run.communicate()
    assert code == 1
    assert "another ingest run" in stderr and "did nothing" in stderr
    assert not (warehouse / "parquet").exists()


def test_a_reader_holding_the_database_fails_the_run_cleanly_then_next_run_loads(
    inbox: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    warehouse = tmp_path / "wh"
    first = _ingest(inbox, warehouse, cli_env)
    assert first.wait(timeout=300) == 0, first.communicate()[1][-2000:]
    new = inbox / "late.txt"
    new.write_text(SAMPLE.read_text("utf-8") + "\n\nUn ajout tardif.\n", "utf-8")
    os.utime(new, (OLD, OLD))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
            "print('ready', flush=True); time.sleep(120)",
            str(warehouse / "pressreview.duckdb"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        env = dict(cli_env, PRESSREVIEW_DB_LOCK_ATTEMPTS="2", PRESSREVIEW_LOAD_RETRIES="0")
        blocked = _ingest(inbox, warehouse, env)
        assert blocked.wait(timeout=300) == 1
        _, stderr = blocked.communicate()
        assert f"locked by process {holder.pid}" in stderr
        assert "nothing was loaded" in stderr
    finally:
        holder.kill()
        holder.wait()
    assert _documents(warehouse) == 3
    time.sleep(0.5)
    retry = _ingest(inbox, warehouse, cli_env)
    assert retry.wait(timeout=300) == 0, retry.communicate()[1][-2000:]
    assert _documents(warehouse) == 4
    parquet_matches_tables(warehouse)
