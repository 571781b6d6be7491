"""SIGKILL the ingest process at many points, re-run, and get the tables of a clean run."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import CLI, SAMPLE
from tests.e2e.warehouse_snapshot import parquet_matches_tables, snapshot

pytestmark = pytest.mark.slow
OLD = 1_600_000_000
CRASH_POINTS = ("mid-parse", "parquet-written", "inside-load", "after-commit")


def _make_inbox(folder: Path) -> Path:
    """Five documents in three batches of two, one changed copy, one duplicate, one bad file."""
    folder.mkdir()
    text = SAMPLE.read_bytes()
    files = {
        "a.txt": text,
        "b.txt": text + b"\n\nUne phrase de plus pour b.\n",
        "c.txt": text.replace(b"(...)", b"( )"),
        "d copy.txt": text,
        "e.txt": text + "\n\n«Une citation de plus», a déclaré **Ilham Aliyev**.\n".encode(),
        "z.pdf": b"%PDF-1.7 binary",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
        os.utime(folder / name, (OLD, OLD))
    return folder


def _env(cli_env: dict[str, str], **extra: str) -> dict[str, str]:
    env = dict(cli_env, PRESSREVIEW_BATCH_SIZE="2", PRESSREVIEW_PARSE_IN_PROCESSES="false")
    env.update(extra)
    return env


def _ingest(inbox: Path, warehouse: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), "ingest", str(inbox), "--warehouse", str(warehouse)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, prefect_api: str) -> dict:
    root = tmp_path_factory.mktemp("reference")
    inbox = _make_inbox(root / "inbox")
    env = _env(
        dict(os.environ, PREFECT_API_URL=prefect_api, PRESSREVIEW_SETTLE_SECONDS="0"),
    )
    done = _ingest(inbox, root / "wh", env)
    assert done.returncode == 0, done.stderr[-3000:]
    tables = snapshot(root / "wh", inbox)
    assert len(tables["documents"]) == 4 and len(tables["rejected_files"]) == 1
    return tables


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_kill_at_a_crash_point_then_rerun_equals_a_clean_run(
    point: str, reference: dict, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    inbox = _make_inbox(tmp_path / "inbox")
    warehouse = tmp_path / "wh"
    crashed = _ingest(inbox, warehouse, _env(cli_env, PRESSREVIEW_CRASH_AT=point))
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr[-2000:]
    rerun = _ingest(inbox, warehouse, _env(cli_env))
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert snapshot(warehouse, inbox) == reference
    parquet_matches_tables(warehouse)


def test_kill_at_random_moments_then_rerun_equals_a_clean_run(
    reference: dict, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    rng = random.Random(20261130)
    for attempt in range(3):
        inbox = _make_inbox(tmp_path / f"inbox{attempt}")
        warehouse = tmp_path / f"wh{attempt}"
        process = subprocess.Popen(
            [str(CLI), "ingest", str(inbox), "--warehouse", str(warehouse)],
            env=_env(cli_env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(1.0, 6.0))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        rerun = _ingest(inbox, warehouse, _env(cli_env))
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert snapshot(warehouse, inbox) == reference
        parquet_matches_tables(warehouse)
        shutil.rmtree(warehouse)
