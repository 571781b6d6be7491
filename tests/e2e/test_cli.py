"""The CLI run as a subprocess against a real Prefect API, on real DuckDB and Parquet files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import duckdb
import pytest

from tests.conftest import CLI, SAMPLE

pytestmark = pytest.mark.slow
OLD = 1_600_000_000


def _run(
    args: list[str], env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=cwd,
    )


def _query(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    os.utime(folder / SAMPLE.name, (OLD, OLD))
    return folder


def test_ingest_twice_gives_same_tables_and_one_run_row_per_flow_run(
    inbox: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    warehouse = tmp_path / "wh"
    first = _run(["ingest", str(inbox), "--warehouse", str(warehouse)], cli_env)
    assert first.returncode == 0, first.stderr[-3000:]
    output = first.stdout + first.stderr
    assert "18 paragraphs" in output and "7 quotations" in output
    assert "Traceback" not in output and "| ERROR" not in output
    counts = _query(warehouse, "SELECT (SELECT count(*) FROM paragraphs), count(*) FROM quotes")
    # Relative paths, as `make run` gives them: the manifest holds absolute ones.
    relative = ["ingest", inbox.name, "--warehouse", str(warehouse.relative_to(inbox.parent))]
    idle = _run(relative, cli_env, cwd=inbox.parent)
    assert idle.returncode == 0, idle.stderr[-3000:]
    assert "Nothing new in" in idle.stdout and "1 files unchanged" in idle.stdout
    assert len(_query(warehouse, "SELECT run_id FROM ingest_runs")) == 1
    second = _run(["ingest", str(inbox), "--warehouse", str(warehouse), "--always-run"], cli_env)
    assert second.returncode == 0, second.stderr[-3000:]
    assert (
        _query(warehouse, "SELECT (SELECT count(*) FROM paragraphs), count(*) FROM quotes")
        == counts
        == [(18, 7)]
    )
    runs = _query(warehouse, "SELECT run_id, flow_run_id, status FROM ingest_runs")
    assert len(runs) == 2
    assert all(status == "completed" for _, _, status in runs)
    for run_id, flow_run_id, _ in runs:
        UUID(run_id)  # named by the command before Prefect was up (the head start)
        UUID(flow_run_id)  # a real Prefect flow-run id
    assert {row[0] for row in _query(warehouse, "SELECT DISTINCT run_id FROM documents")} <= {
        run_id for run_id, _, _ in runs
    }
    speakers = _query(warehouse, "SELECT speaker, count(*) FROM quotes GROUP BY 1 ORDER BY 2 DESC")
    assert speakers == [("Hikmet Hajiyev", 4), ("Ilham Aliyev", 2), ("Zakir Hasanov", 1)]


def test_run_is_visible_in_prefect_with_its_summary(
    inbox: Path, tmp_path: Path, cli_env: dict[str, str], prefect_api: str
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        LogFilter,
        LogFilterFlowRunId,
    )

    warehouse = tmp_path / "wh"
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.4 not a review")
    os.utime(inbox / "broken.pdf", (OLD, OLD))
    done = _run(["ingest", str(inbox), "--warehouse", str(warehouse)], cli_env)
    assert done.returncode == 0, done.stderr[-3000:]
    run_id = _query(warehouse, "SELECT flow_run_id FROM ingest_runs")[0][0]
    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(UUID(run_id))
        assert flow_run.state is not None and flow_run.state.is_completed()
        assert flow_run.name.startswith(f"ingest {inbox.name} ")
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run.id]))
        )
    by_key = {a.key: a for a in artifacts}
    summary = str(by_key["ingest-summary"].data)
    assert "Loaded: **1** documents" in summary and "**7** quotations" in summary
    assert "| Hikmet Hajiyev | 4 |" in summary
    rejected = by_key["rejected-files"].data
    assert "broken.pdf" in str(rejected) and "PDF" in str(rejected)
    # The batches parsed before the flow run began; its tasks say so in the run's logs.
    with get_client(sync_client=True) as client:
        of_this_run = LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run.id]))
        logs = client.read_logs(log_filter=of_this_run)
    head_started = [log.message for log in logs if "before the flow run began" in log.message]
    assert any("2 files, 2 new or changed" in message for message in head_started), head_started
    reasons = _query(warehouse, "SELECT reason FROM rejected_files")
    assert reasons == [("binary file: looks like a PDF document, not a text press review",)]


def test_ingest_of_a_missing_inbox_fails_clearly(tmp_path: Path, cli_env: dict[str, str]) -> None:
    done = _run(["ingest", str(tmp_path / "nowhere")], cli_env)
    assert done.returncode == 2
    assert "is not a folder" in done.stderr


def test_parse_prints_one_documents_records(cli_env: dict[str, str]) -> None:
    env = {k: v for k, v in cli_env.items() if k != "PREFECT_API_URL"}
    done = _run(["parse", str(SAMPLE)], env)
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)
    assert records["counts"] == {"sections": 1, "items": 5, "paragraphs": 18, "quotes": 7}
    assert records["sections"][0]["country_code"] == "AZ"


def test_parse_refuses_a_binary_file_with_a_reason(tmp_path: Path, cli_env: dict[str, str]) -> None:
    png = tmp_path / "x.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    done = _run(["parse", str(png)], cli_env)
    assert done.returncode == 2
    assert "PNG image" in done.stderr
