"""Scaling out end to end: storage on S3 (moto on loopback) and parse batches on Dask.

Each run goes through the CLI and must give the tables of a default run (local Parquet,
thread + process-pool runner), row for row, ignoring run ids and clocks.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

from tests.conftest import S3_ENV
from tests.e2e.test_crash_safety import _env, _ingest, _make_inbox
from tests.e2e.warehouse_snapshot import snapshot
from warehouse.storage import Storage, open_storage

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, prefect_api: str) -> dict:
    """The tables of a default run: local storage, the default task runner."""
    root = tmp_path_factory.mktemp("reference")
    inbox = _make_inbox(root / "inbox")
    env = _env(dict(os.environ, PREFECT_API_URL=prefect_api, PRESSREVIEW_SETTLE_SECONDS="0"))
    done = _ingest(inbox, root / "wh", env)
    assert done.returncode == 0, done.stderr[-3000:]
    return snapshot(root / "wh", inbox)


def _s3_matches_tables(warehouse: Path, storage: Storage) -> None:
    """Assert the Parquet objects are exactly the committed ones, with the counted rows."""
    con = duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True)
    try:
        committed = dict(con.execute("SELECT path, rows FROM parquet_files").fetchall())
    finally:
        con.close()
    on_s3 = {storage.relative(p) for p in storage.list_files("parquet")}
    assert on_s3 == set(committed)
    for path, rows in committed.items():
        meta = pq.read_metadata(storage.path(path), filesystem=storage.fs)
        assert meta.num_rows == rows, path


def test_ingest_with_storage_on_s3_equals_local_storage(
    reference: dict, tmp_path: Path, cli_env: dict[str, str], s3_storage_uri: str
) -> None:
    inbox = _make_inbox(tmp_path / "inbox")
    warehouse = tmp_path / "wh"
    env = _env(dict(cli_env, **S3_ENV), PRESSREVIEW_STORAGE_URI=s3_storage_uri)
    done = _ingest(inbox, warehouse, env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert snapshot(warehouse, inbox) == reference
    storage = open_storage(warehouse, s3_storage_uri)
    _s3_matches_tables(warehouse, storage)
    assert not (warehouse / "parquet").exists() and not (warehouse / "raw").exists()
    assert len(storage.list_files("raw")) == 4  # one archived copy per distinct content


@pytest.mark.parametrize("point", ["parquet-written", "inside-load"])
def test_crash_with_storage_on_s3_then_rerun_equals_a_clean_run(
    point: str, reference: dict, tmp_path: Path, cli_env: dict[str, str], s3_storage_uri: str
) -> None:
    inbox = _make_inbox(tmp_path / "inbox")
    warehouse = tmp_path / "wh"
    env = _env(dict(cli_env, **S3_ENV), PRESSREVIEW_STORAGE_URI=s3_storage_uri)
    crashed = _ingest(inbox, warehouse, dict(env, PRESSREVIEW_CRASH_AT=point))
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr[-2000:]
    rerun = _ingest(inbox, warehouse, env)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert snapshot(warehouse, inbox) == reference
    _s3_matches_tables(warehouse, open_storage(warehouse, s3_storage_uri))


@pytest.fixture
def dask_cluster(prefect_api: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A real local Dask cluster: two worker processes that report to the test Prefect API."""
    from distributed import LocalCluster

    monkeypatch.setenv("PREFECT_API_URL", prefect_api)  # inherited by the worker processes
    cluster = LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
    )
    try:
        yield cluster
    finally:
        cluster.close(timeout=30)


def _tasks_per_worker(cluster: Any) -> dict[str, int]:
    """Return how many tasks each worker of the cluster has run."""
    from distributed import Client

    with Client(cluster) as client:
        return dict(client.run(lambda dask_worker: len(dask_worker.state.log)))


def test_ingest_on_a_dask_cluster_equals_the_default_runner(
    reference: dict, tmp_path: Path, cli_env: dict[str, str], dask_cluster: Any
) -> None:
    inbox = _make_inbox(tmp_path / "inbox")
    warehouse = tmp_path / "wh"
    address = str(dask_cluster.scheduler_address)
    env = _env(cli_env, PRESSREVIEW_TASK_RUNNER="dask", PRESSREVIEW_DASK_ADDRESS=address)
    done = _ingest(inbox, warehouse, env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert snapshot(warehouse, inbox) == reference
    # Three batches of two files went to the cluster; both workers took some.
    ran = _tasks_per_worker(dask_cluster)
    assert len(ran) == 2 and all(ran.values()), ran
