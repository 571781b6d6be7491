"""The ingest command's head start: lock, sweep, plan and parse before Prefect is imported.

Real worker processes, a real DuckDB-backed plan and real Parquet files; the flow run that
adopts a head start is covered end to end in tests/e2e/test_cli.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows import pool
from flows.head_start import adopt_head_start, head_start
from flows.runlock import LOCK_NAME, run_lock
from flows.settings import Settings
from tests.conftest import SAMPLE, SEEDS
from warehouse.batch import run_batch

OLD = 1_600_000_000
# Another process trying the warehouse's lock without waiting: prints "free" or "held".
TRY_LOCK = """
import fcntl, sys
with open(sys.argv[1], "a+") as handle:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        print("free")
    except BlockingIOError:
        print("held")
"""

# Another run holding the warehouse's lock for a minute.
HOLD_LOCK = """
import fcntl, sys, time
handle = open(sys.argv[1], "a+")
fcntl.flock(handle, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(60)
"""


def _lock_seen_from_another_process(warehouse: Path) -> str:
    lock = warehouse / LOCK_NAME
    done = subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(lock)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n, source in enumerate(sorted(SEEDS.iterdir()) * 3):
        target = folder / f"{n:02d}_{source.name}"
        shutil.copy(source, target)
        os.utime(target, (OLD, OLD))  # older than the settling delay
    return folder


def test_head_start_parses_every_batch_before_the_flow_and_holds_the_lock(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSREVIEW_BATCH_SIZE", "1")  # one batch per file: several batches
    warehouse = tmp_path / "wh"
    with head_start(inbox, warehouse, Settings()) as started:
        assert started is not None
        assert len(started.jobs) == len(list(inbox.iterdir())) >= 2
        assert {job.run_id for job in started.jobs} == {started.run_id}
        assert _lock_seen_from_another_process(warehouse) == "held"
        with run_lock(warehouse):  # the flow run's own lock passes through in this process
            pass
        assert adopt_head_start(tmp_path / "elsewhere", warehouse) is None
        assert adopt_head_start(inbox, warehouse) is started
        assert adopt_head_start(inbox, warehouse) is None  # adopted once only
        results = [pool.run_somewhere(run_batch, job) for job in started.jobs]
        assert sum(r.files_parsed for r in results) == len(started.jobs)
        for result in results:
            assert all(Path(path).is_file() for path in result.parquet_files.values())
    assert _lock_seen_from_another_process(warehouse) == "free"
    assert pool._pool is None and not pool._submitted


def test_no_head_start_while_another_run_holds_the_warehouse(inbox: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "wh"
    warehouse.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            HOLD_LOCK,
            str(warehouse / LOCK_NAME),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with head_start(inbox, warehouse, Settings()) as started:
            assert started is None  # the flow run waits for the lock, or reports it taken
            assert pool._pool is None
    finally:
        holder.kill()
        holder.wait()


def test_no_head_start_for_a_missing_inbox_and_nothing_left_open(tmp_path: Path) -> None:
    warehouse = tmp_path / "wh"
    with head_start(tmp_path / "missing", warehouse, Settings()) as started:
        assert started is None  # the flow's discover task reports the error in Prefect
    assert _lock_seen_from_another_process(warehouse) == "free"
    assert pool._pool is None


def test_no_head_start_when_batches_are_parsed_in_the_flow_process(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSREVIEW_PARSE_IN_PROCESSES", "false")
    with head_start(inbox, tmp_path / "wh", Settings()) as started:
        assert started is None
    monkeypatch.delenv("PRESSREVIEW_PARSE_IN_PROCESSES")
    monkeypatch.setenv("PRESSREVIEW_TASK_RUNNER", "dask")
    with head_start(inbox, tmp_path / "wh", Settings()) as started:
        assert started is None


def test_a_pool_already_open_serves_compute_pool_and_outlives_it() -> None:
    opened = pool.open_pool(2)
    try:
        with pool.compute_pool(2, 10):
            assert pool._pool is opened
        assert pool._pool is opened
    finally:
        pool.close_pool()
    assert pool._pool is None


def test_the_sample_is_one_batch_of_its_own(tmp_path: Path) -> None:
    single = tmp_path / "one"
    single.mkdir()
    shutil.copy(SAMPLE, single / SAMPLE.name)
    os.utime(single / SAMPLE.name, (OLD, OLD))
    with head_start(single, tmp_path / "wh", Settings()) as started:
        assert started is not None and len(started.jobs) == 1
        (result,) = [pool.run_somewhere(run_batch, job) for job in started.jobs]
        assert result.files_parsed == 1 and result.rows["quotes"] == 7
