"""Parquet tree and raw archive on S3 (moto on loopback): same tables, sweep, archive, crashes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLE
from tests.e2e.warehouse_snapshot import snapshot
from tests.warehouse.test_load import _ingest as ingest_without_prefect
from tests.warehouse.test_load import _put
from tests.warehouse.test_views import writer_holding
from warehouse.archive import read_archived
from warehouse.batch import ReprocessJob, run_reprocess_batch
from warehouse.db import database_path
from warehouse.load import current_documents
from warehouse.plan import sweep_orphans
from warehouse.reader import open_reader
from warehouse.rows import FileFacts
from warehouse.search import search
from warehouse.storage import open_storage


def _ingest(inbox: Path, warehouse: Path, run_id: str, storage_uri: str = "") -> dict[str, str]:
    """The flow's steps without Prefect (as in test_load); return the staged files."""
    facts, _ = ingest_without_prefect(inbox, warehouse, run_id, storage_uri)
    files: dict[str, str] = facts["batch"].parquet_files
    return files


def _tables(warehouse: Path, inbox: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table without volatile columns, plus which Parquet files each table counts."""
    out = snapshot(warehouse, inbox)
    con = duckdb.connect(str(database_path(warehouse)), read_only=True)
    try:
        out["parquet_files"] = sorted(
            (p.split("/")[1], rows)
            for p, rows in con.execute("SELECT path, rows FROM parquet_files").fetchall()
        )
        return out
    finally:
        con.close()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    _put(folder, "sample.txt", SAMPLE.read_bytes())
    _put(folder, "copy.txt", SAMPLE.read_bytes())
    return folder


def test_tables_from_s3_equal_tables_from_local_disk(
    inbox: Path, tmp_path: Path, s3_storage_uri: str
) -> None:
    _ingest(inbox, tmp_path / "local", "run-1")
    staged = _ingest(inbox, tmp_path / "remote", "run-1", s3_storage_uri)
    assert _tables(tmp_path / "remote", inbox) == _tables(tmp_path / "local", inbox)
    storage = open_storage(tmp_path / "remote", s3_storage_uri)
    parquet = storage.list_files("parquet")
    assert sorted(staged.values()) == parquet and all(storage.exists(p) for p in parquet)
    assert not (tmp_path / "remote" / "parquet").exists()  # only DuckDB stays local
    assert not (tmp_path / "remote" / "raw").exists()


def test_reading_while_a_run_holds_the_database_reads_the_parquet_on_s3(
    inbox: Path, tmp_path: Path, s3_storage_uri: str
) -> None:
    warehouse = tmp_path / "wh"
    _ingest(inbox, warehouse, "run-1", s3_storage_uri)
    question = "SELECT speaker, count(*) FROM quotes GROUP BY 1 ORDER BY 2 DESC, 1"
    with open_reader(warehouse) as reader:
        expected = reader.con.execute(question).fetchall()
    assert expected
    with writer_holding(warehouse):
        with open_reader(warehouse, s3_storage_uri) as reader:
            assert reader.source == "snapshot"
            assert reader.con.execute(question).fetchall() == expected
            assert search(reader.con, "Karabakh")
        (warehouse / "committed_parquet.json").unlink()  # no snapshot: every file, listed
        with open_reader(warehouse, s3_storage_uri) as reader:
            assert reader.source == "parquet"
            assert reader.con.execute(question).fetchall() == expected


def test_sweep_on_s3_removes_orphans_and_keeps_committed(
    inbox: Path, tmp_path: Path, s3_storage_uri: str
) -> None:
    warehouse = tmp_path / "wh"
    _ingest(inbox, warehouse, "run-1", s3_storage_uri)
    storage = open_storage(warehouse, s3_storage_uri)
    committed = storage.list_files("parquet")
    some = storage.read_bytes(committed[0])
    storage.write_atomic(storage.path("parquet", "quotes", "crashed-b00001.parquet"), some)
    storage.write_atomic(storage.path("parquet", "quotes", ".x.parquet.tmp-1"), b"half")
    assert sweep_orphans(warehouse, s3_storage_uri) == 2
    assert storage.list_files("parquet") == committed


def test_reprocess_reads_the_archive_on_s3(
    inbox: Path, tmp_path: Path, s3_storage_uri: str
) -> None:
    warehouse = tmp_path / "wh"
    _ingest(inbox, warehouse, "run-1", s3_storage_uri)
    documents = [FileFacts(*row) for row in current_documents(warehouse)]
    storage = open_storage(warehouse, s3_storage_uri)
    assert read_archived(storage, documents[0].content_sha256) == SAMPLE.read_bytes()
    job = ReprocessJob(1, documents, str(warehouse), "run-2", datetime.now(UTC), s3_storage_uri)
    result = run_reprocess_batch(job)
    assert result.files_parsed == 1 and result.rows["quotes"] == 7
    assert all(storage.exists(path) for path in result.parquet_files.values())


def test_a_crash_before_the_upload_leaves_no_object(tmp_path: Path, s3_storage_uri: str) -> None:
    """SIGKILL at the crash point of a Parquet write: the object never appears, not even part."""
    script = (
        "import sys; from pathlib import Path; from warehouse.parquet import write_table_atomic;"
        "from warehouse.storage import open_storage;"
        "s = open_storage(Path(sys.argv[1]), sys.argv[2]);"
        "write_table_atomic([{'doc_id': 'd', 'ordinal': 0, 'text': 't', 'run_id': 'r'}],"
        " 'terms', s.path('parquet', 'terms', 'x.parquet'), s)"
    )
    env = dict(os.environ, PRESSREVIEW_CRASH_AT="parquet-written")
    crashed = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), s3_storage_uri], env=env, timeout=60
    )
    assert crashed.returncode == -signal.SIGKILL
    storage = open_storage(tmp_path, s3_storage_uri)
    assert storage.list_files("parquet") == []
    del env["PRESSREVIEW_CRASH_AT"]
    subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), s3_storage_uri], env=env, timeout=60
    ).check_returncode()
    assert storage.list_files("parquet") == [storage.path("parquet", "terms", "x.parquet")]
