"""Without PREFECT_API_URL the CLI boots Prefect's temporary server beside its own imports.

The run must reach that server whole (its state, logs and artifacts are in PREFECT_HOME's
database afterwards) and leave no server process behind.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path
from uuid import UUID

import duckdb
import psutil
import pytest

from tests.conftest import CLI, SAMPLE

pytestmark = pytest.mark.slow
OLD = 1_600_000_000


def _recorded(home: Path, flow_run_id: str) -> tuple[str | None, set[str], list[str]]:
    """Return the run's state, artifact keys and log messages as the temporary server
    stored them in PREFECT_HOME's database.

    Read with sqlite3, not through a second temporary server: booting one costs 20 s and
    would read the very same rows.
    """
    with closing(sqlite3.connect(home / "prefect.db")) as con:
        state = con.execute("SELECT state_type FROM flow_run WHERE id = ?", [flow_run_id])
        artifacts = con.execute("SELECT key FROM artifact WHERE flow_run_id = ?", [flow_run_id])
        logs = con.execute("SELECT message FROM log WHERE flow_run_id = ?", [flow_run_id])
        return (
            next(iter(state.fetchall()), (None,))[0],
            {row[0] for row in artifacts.fetchall() if row[0]},
            [row[0] for row in logs.fetchall()],
        )


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
    state, artifacts, logs = _recorded(home, flow_run_id)
    assert state == "COMPLETED"
    assert {"ingest-summary", "warehouse-report"} <= artifacts
    # The last log lines, sent as the run ended, arrived before the server stopped.
    assert any("loaded 1 documents" in message for message in logs)
    assert any("Finished in state Completed" in message for message in logs)


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
