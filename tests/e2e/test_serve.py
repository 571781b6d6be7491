"""``pressreview serve`` against a real ``prefect server start`` process: schedule, runs, UI data.

One server per module (its first start migrates SQLite), one runner per test (a fresh
warehouse each). The runner's cron never fires during a test: runs are triggered by hand.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from uuid import UUID

import duckdb
import pytest

from flows.cli import build_parser
from flows.cmd_serve import deployment_from_args
from flows.serve import describe
from flows.settings import Settings
from tests.conftest import CLI, SAMPLE

OLD = 1_600_000_000
FAR_CRON = "0 0 1 1 *"  # once a year: no scheduled run can start while a test runs
DEPLOYMENT = "ingest/pressreview-ingest"
PREFECT = CLI.parent / "prefect"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _screenshot_module() -> Any:
    """Import scripts/screenshot_ui.py (a script, not a package)."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "scripts" / "screenshot_ui.py"
    spec = importlib.util.spec_from_file_location("screenshot_ui", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SHOTS = _screenshot_module()  # its wait_for and Chromium helpers serve the tests too


class Started:
    """A command started in its own process group, logging to a file; stopped on exit."""

    def __init__(self, command: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        with open(log, "wb") as out:
            self.process = subprocess.Popen(
                command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            tail = self.log.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"{self.process.args} exited {self.process.returncode}:\n{tail}")

    def stop(self) -> None:
        """SIGTERM the group this fixture started (graceful), SIGKILL it after 20 s."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


@contextmanager
def started(command: list[str], env: dict[str, str], log: Path) -> Iterator[Started]:
    process = Started(command, env, log)
    try:
        yield process
    finally:
        process.stop()


def wait_healthy(api_url: str, process: Started, timeout: float) -> None:
    def healthy() -> bool:
        process.check_alive()
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                return bool(response.status == 200)
        except OSError:
            return False

    SHOTS.wait_for(healthy, timeout=timeout, what=f"{api_url}/health")


@contextmanager
def prefect_client(api_url: str) -> Iterator[None]:
    """Point this process's Prefect client at ``api_url`` for the block."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        yield


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "PRESSREVIEW_"))}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start ``prefect server start`` on a free loopback port; yield its API URL."""
    home = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    env = _clean_env()
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    # The UI asks the API at the address in these settings (4200 unless set), not --port's.
    env.update(PREFECT_SERVER_API_HOST="127.0.0.1", PREFECT_SERVER_API_PORT=str(port))
    command = [str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    with started(command, env, home / "server.log") as process:
        url = f"http://127.0.0.1:{port}/api"
        wait_healthy(url, process, timeout=120)  # the first start migrates a new database
        yield url


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not a review")
    for path in folder.iterdir():
        os.utime(path, (OLD, OLD))
    return folder


@pytest.fixture
def served(server: str, inbox: Path, tmp_path: Path) -> Iterator[Path]:
    """Run ``pressreview serve`` against the server until the test ends; yield the warehouse."""
    warehouse = tmp_path / "wh"
    env = _clean_env()
    env.update(
        PREFECT_API_URL=server,
        PREFECT_HOME=str(tmp_path / "prefect-home"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_RUNNER_POLL_FREQUENCY="1",  # pick triggered runs up at once (default 10 s)
        PRESSREVIEW_SETTLE_SECONDS="0",
        PRESSREVIEW_WORKERS="1",
        PRESSREVIEW_BATCH_SIZE="1",  # two files, two batches: the progress bar moves twice
        # A busy database fails the load at once instead of after minutes of backoff.
        PRESSREVIEW_DB_LOCK_ATTEMPTS="1",
        PRESSREVIEW_LOAD_RETRIES="0",
    )
    command = [str(CLI), "serve", str(inbox), "--warehouse", str(warehouse)]
    command += ["--cron", FAR_CRON, "--timezone", "Europe/Paris"]
    with started(command, env, tmp_path / "serve.log") as process, prefect_client(server):
        ready = lambda: _deployment_ready(process, warehouse)  # noqa: E731
        SHOTS.wait_for(ready, timeout=60, what="the served deployment")
        yield warehouse


def _deployment_ready(process: Started, warehouse: Path) -> bool:
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    process.check_alive()
    with get_client(sync_client=True) as client:
        try:
            deployment = client.read_deployment_by_name(DEPLOYMENT)
        except ObjectNotFound:
            return False
    # ``serve`` registers the deployment (this test's parameters, schedules resumed after the
    # previous runner paused them), then polls: a run created before that would get stale ones.
    return (
        deployment.parameters.get("warehouse") == str(warehouse)
        and bool(deployment.schedules)
        and all(s.active for s in deployment.schedules)
    )


def _trigger() -> UUID:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(DEPLOYMENT)
        return client.create_flow_run_from_deployment(deployment.id).id


def _final(run_id: UUID, timeout: float = 90) -> Any:
    from prefect.client.orchestration import get_client

    def read() -> Any:
        with get_client(sync_client=True) as client:
            run = client.read_flow_run(run_id)
        return run if run.state is not None and run.state.is_final() else None

    return SHOTS.wait_for(read, timeout=timeout, what=f"flow run {run_id} to end")


def _artifacts(run_id: UUID) -> dict[str, Any]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
    return {a.key or a.type or "": a for a in artifacts}


def _logs(run_id: UUID) -> str:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    with get_client(sync_client=True) as client:
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])))
    return "\n".join(log.message for log in logs)


def _state_history(run_id: UUID) -> list[str]:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        states = client.read_flow_run_states(run_id)
    return [state.type.value for state in sorted(states, key=lambda st: st.timestamp)]


def _logs_with(run_id: UUID, text: str) -> str | None:
    logs = _logs(run_id)
    return logs if text in logs else None


def _query(warehouse: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_served_deployment_has_the_schedule_and_limit_on_the_server(
    served: Path, inbox: Path
) -> None:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(DEPLOYMENT)
    [schedule] = deployment.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone) == (FAR_CRON, "Europe/Paris")
    assert deployment.global_concurrency_limit is not None
    assert deployment.global_concurrency_limit.limit == 1
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.collision_strategy.value == "CANCEL_NEW"
    assert deployment.parameters == {"inbox": str(inbox), "warehouse": str(served)}


@pytest.mark.slow
def test_a_triggered_run_completes_with_counts_in_logs_and_artifacts(
    served: Path, inbox: Path
) -> None:
    run = _final(_trigger())
    assert run.state.is_completed(), run.state
    assert run.name.startswith(f"ingest {inbox.name} ")
    artifacts = _artifacts(run.id)
    summary = str(artifacts["ingest-summary"].data)
    assert "Loaded: **1** documents" in summary and "**7** quotations" in summary
    assert "| rejected | 1 |" in summary
    assert "broken.pdf" in str(artifacts["rejected-files"].data)
    progress = artifacts["parse-progress"]
    assert progress.type == "progress" and float(progress.data) == 100.0
    assert progress.description == "Parsed 2 of 2 batches"
    # The run's logs are shipped in batches and may land just after its final state.
    logs = SHOTS.wait_for(lambda: _logs_with(run.id, "loaded 1 documents"), 30, "the run's logs")
    for line in (
        "2 files, 2 new or changed",
        ": 1 files parsed, 0 unchanged, 0 rejected; 18 paragraphs, 7 quotations",
        ": 0 files parsed, 0 unchanged, 1 rejected; 0 paragraphs, 0 quotations",
        "loaded 1 documents, 18 paragraphs, 7 quotations",
    ):
        assert line in logs, logs
    assert _query(served, "SELECT flow_run_id, status FROM ingest_runs") == [
        (str(run.id), "completed")
    ]


def _running_interval(run_id: UUID) -> tuple[Any, Any]:
    """Return when a run entered RUNNING and when it reached its final state."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        states = sorted(client.read_flow_run_states(run_id), key=lambda st: st.timestamp)
    running = [st.timestamp for st in states if st.type.value == "RUNNING"]
    assert running and states[-1].is_final()
    return running[0], states[-1].timestamp


@pytest.mark.slow
def test_two_runs_at_once_one_runs_the_other_is_cancelled(served: Path) -> None:
    first, second = _trigger(), _trigger()
    runs = [_final(first), _final(second)]
    states = sorted(run.state.type.value for run in runs)
    if states == ["COMPLETED", "COMPLETED"]:
        # The runner polls every second: when a poll falls between the two triggers and the
        # first run ends before the next poll, the second starts after it. Rare (once in
        # several full-suite runs); what must hold then is that they did not overlap.
        earlier, later = sorted(_running_interval(r.id) for r in runs)
        assert earlier[1] <= later[0], "two runs of the deployment were RUNNING at once"
        return
    assert states == ["CANCELLED", "COMPLETED"], [run.state for run in runs]
    [done] = [run for run in runs if run.state.is_completed()]
    [skipped] = [run for run in runs if run.state.is_cancelled()]
    assert "concurrency limit" in (skipped.state.message or "")
    assert "RUNNING" not in _state_history(skipped.id)  # it never ran, so it cannot overlap
    assert _state_history(done.id)[-2:] == ["RUNNING", "COMPLETED"]
    assert "parse-progress" not in _artifacts(skipped.id)
    assert _query(served, "SELECT flow_run_id FROM ingest_runs") == [(str(done.id),)]
    assert _query(served, "SELECT count(*) FROM documents") == [(1,)]


@pytest.mark.slow
def test_a_run_whose_load_cannot_commit_fails_and_the_next_one_loads(
    served: Path, inbox: Path, tmp_path: Path
) -> None:
    assert _final(_trigger()).state.is_completed()
    changed = inbox / "second.txt"
    changed.write_text(SAMPLE.read_text(encoding="utf-8") + "\nPS.\n", encoding="utf-8")
    os.utime(changed, (OLD, OLD))
    # A DuckDB client holding the file: the load cannot open it for writing.
    hold = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
    hold += "print('ready', flush=True); time.sleep(60)"
    database = str(served / "pressreview.duckdb")
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, database], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        failed = _final(_trigger())
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert failed.state.is_failed(), failed.state
    assert "lock" in (failed.state.message or "").lower(), failed.state.message
    assert _query(served, "SELECT count(*) FROM documents") == [(1,)]  # nothing loaded
    again = _final(_trigger())
    assert again.state.is_completed(), again.state
    assert _query(served, "SELECT count(*) FROM documents") == [(2,)]  # picked up next time


@pytest.mark.slow
def test_serve_refuses_a_bad_schedule_before_touching_prefect(inbox: Path) -> None:
    env = _clean_env()
    done = subprocess.run(
        [str(CLI), "serve", str(inbox), "--cron", "every monday"],
        env={**env, "PREFECT_API_URL": "http://127.0.0.1:9/api"},  # nothing listens there
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "Invalid cron string" in done.stderr, done.stderr


def test_schedule_snapshot_needs_no_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PRESSREVIEW_SCHEDULE_CRON", "PRESSREVIEW_SCHEDULE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")  # nothing listens there
    args = build_parser().parse_args(["serve", str(tmp_path / "in"), "--warehouse", "wh"])
    monkeypatch.chdir(tmp_path)
    assert describe(deployment_from_args(args, Settings())) == {
        "name": "pressreview-ingest",
        "flow": "ingest",
        "entrypoint": "flows.ingest.ingest",
        "schedules": [{"cron": "*/15 * * * *", "timezone": "UTC", "active": True}],
        "parameters": {"inbox": str(tmp_path / "in"), "warehouse": str(tmp_path / "wh")},
        "concurrency_limit": 1,
        "collision_strategy": "CANCEL_NEW",
        "tags": ["pressreview", "scheduled"],
    }


def test_schedule_flags_win_over_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSREVIEW_SCHEDULE_CRON", "0 6 * * 1-5")
    monkeypatch.setenv("PRESSREVIEW_SCHEDULE_TIMEZONE", "Asia/Baku")
    from_settings = build_parser().parse_args(["serve", "seeds"])
    [schedule] = describe(deployment_from_args(from_settings, Settings()))["schedules"]
    assert (schedule["cron"], schedule["timezone"]) == ("0 6 * * 1-5", "Asia/Baku")
    flags = build_parser().parse_args(
        ["serve", "seeds", "--cron", "5 * * * *", "--timezone", "UTC"]
    )
    [schedule] = describe(deployment_from_args(flags, Settings()))["schedules"]
    assert (schedule["cron"], schedule["timezone"]) == ("5 * * * *", "UTC")


@pytest.mark.slow
@pytest.mark.skipif(SHOTS.find_chromium() is None, reason="no Chromium (apt-get install chromium)")
def test_the_ui_shows_a_completed_run(served: Path, server: str, tmp_path: Path) -> None:
    run = _final(_trigger())
    assert run.state.is_completed(), run.state
    url = f"{server.removesuffix('/api')}/runs/flow-run/{run.id}"
    chromium = SHOTS.find_chromium()

    def rendered() -> bool:
        # The first visit of a new server can outlast the render budget: look again.
        page = SHOTS.rendered_text(chromium, url)
        return run.name in page and "Completed" in page  # the timeline is a canvas

    SHOTS.wait_for(rendered, timeout=60, what="the run page to render")
    out = tmp_path / "run.png"
    SHOTS.screenshot(chromium, url, out)
    # A rendered run page (dark theme, timeline, logs) is far larger than a blank one.
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000
