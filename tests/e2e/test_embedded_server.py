"""Without PREFECT_API_URL the CLI boots Prefect's temporary server beside its own imports.

The run must reach that server whole (its state, logs and artifacts are in PREFECT_HOME's
database afterwards) and leave no server process behind.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from uuid import UUID

import duckdb
import psutil
import pytest

from tests.conftest import CLI, SAMPLE

pytestmark = pytest.mark.slow
OLD = 1_600_000_000

# Read the run back through Prefect (its own temporary server on the same database).
READ_BACK = """
import json, sys
from uuid import UUID
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter, ArtifactFilterFlowRunId, LogFilter, LogFilterFlowRunId,
)
with get_client(sync_client=True) as client:
    run = client.read_flow_run(UUID(sys.argv[1]))
    artifacts = client.read_artifacts(
        artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id]))
    )
    logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])))
print(json.dumps({
    "state": run.state.type.value if run.state else None,
    "artifacts": sorted(a.key for a in artifacts if a.key),
    "logs": [log.message for log in logs],
}))
"""


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PRESSREVIEW_SETTLE_SECONDS="0",
    )
    return env


def _servers_using(home: Path) -> list[int]:
    """Return the pids of live processes started with this PREFECT_HOME (the CLI's server)."""
    found = []
    for process in psutil.process_iter(["pid"]):
        try:
            if process.environ().get("PREFECT_HOME") == str(home):
                found.append(process.pid)
        except (psutil.AccessDenied, psutil.NoSuchProcess, psutil.ZombieProcess):
            continue
    return found


def _ingest_sample(tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], Path, str]:
    """Ingest the sample with the CLI, PREFECT_HOME in ``tmp_path``; return the run, the
    Prefect home and the flow-run id the warehouse recorded."""
    inbox, warehouse, home = tmp_path / "inbox", tmp_path / "wh", tmp_path / "prefect-home"
    inbox.mkdir()
    home.mkdir(exist_ok=True)
    shutil.copy(SAMPLE, inbox / SAMPLE.name)
    os.utime(inbox / SAMPLE.name, (OLD, OLD))
    done = subprocess.run(
        [str(CLI), "ingest", str(inbox), "--warehouse", str(warehouse)],
        env=_clean_env(home),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    with duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True) as con:
        row = con.execute("SELECT flow_run_id FROM ingest_runs").fetchone()
    assert row is not None
    return done, home, str(row[0])


def test_a_run_on_the_temporary_server_is_recorded_whole(tmp_path: Path) -> None:
    done, home, flow_run_id = _ingest_sample(tmp_path)

    output = done.stdout + done.stderr
    assert "7 quotations" in output
    assert "Error logging to API" not in output and "Traceback" not in output
    assert _servers_using(home) == []
    read = subprocess.run(
        [sys.executable, "-c", READ_BACK, flow_run_id],
        env=_clean_env(home),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert read.returncode == 0, read.stderr[-3000:]
    recorded = json.loads(read.stdout.strip().splitlines()[-1])
    assert recorded["state"] == "COMPLETED"
    assert {"ingest-summary", "warehouse-report"} <= set(recorded["artifacts"])
    # The last log lines, sent as the run ended, arrived before the server stopped.
    assert any("loaded 1 documents" in message for message in recorded["logs"])
    assert any("Finished in state Completed" in message for message in recorded["logs"])


def test_a_server_named_in_a_profile_is_used_instead(tmp_path: Path, prefect_api: str) -> None:
    """PREFECT_API_URL in the active profile, not in the environment: the run goes there."""
    from prefect.client.orchestration import get_client

    home = tmp_path / "prefect-home"
    home.mkdir()
    (home / "profiles.toml").write_text(
        f'active = "default"\n\n[profiles.default]\nPREFECT_API_URL = "{prefect_api}"\n'
    )

    done, _, flow_run_id = _ingest_sample(tmp_path)

    assert prefect_api.removesuffix("/api") in done.stdout + done.stderr  # "View at ..."
    with get_client(sync_client=True) as client:  # the test server: the run is there
        flow_run = client.read_flow_run(UUID(flow_run_id))
    assert flow_run.state is not None and flow_run.state.is_completed()
    assert _servers_using(home) == []
