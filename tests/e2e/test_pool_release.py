"""The ingest flow stops the head start's worker processes once every batch is parsed.

The head start's pool belongs to the command and used to live until the command ended, so
its idle workers sat through the load, where the run's memory peaks. The flow runs here
in-process against the session's real Prefect API, with a real head start (spawned workers)
and a real DuckDB warehouse.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from flows import pool
from flows.head_start import head_start
from flows.settings import Settings
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow

OLD = 1_600_000_000


def test_the_flow_closes_the_head_start_pool_before_the_load(
    prefect_api: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.ingest import ingest
    from warehouse import load

    monkeypatch.setenv("PRESSREVIEW_BATCH_SIZE", "1")  # several batches: a pool is opened
    monkeypatch.setenv("PRESSREVIEW_SETTLE_SECONDS", "0")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, source in enumerate(sorted(SEEDS.iterdir()) * 3):
        target = inbox / f"{n:02d}_{source.name}"
        # distinct contents: the same bytes under two names are one document
        target.write_bytes(source.read_bytes() + f"\n\nÉdition {n}.\n".encode())
        os.utime(target, (OLD, OLD))
    warehouse = tmp_path / "wh"
    pool_open_at_load: list[bool] = []
    real_load = load.load_run

    def load_and_note_the_pool(*args: object, **kwargs: object) -> load.LoadResult:
        pool_open_at_load.append(pool._pool is not None)
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("flows.ingest.load_run", load_and_note_the_pool)
    with head_start(inbox, warehouse, Settings()) as started:
        assert started is not None and pool._pool is not None
        summary = ingest(str(inbox), str(warehouse))
    assert pool_open_at_load == [False]
    assert summary.loaded is not None
    assert summary.loaded.documents_loaded == len(list(inbox.iterdir()))
    with duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM documents").fetchone()
    assert row is not None and row[0] == len(list(inbox.iterdir()))
