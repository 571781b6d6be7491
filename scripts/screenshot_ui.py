"""Screenshots of a served ingest run in the Prefect UI: docs/ui-run.png, ui-summary.png,
ui-rejected.png.

Needs a running server (``make server``) and Chromium. It serves a demo inbox (the seed review
and a refused PDF) with ``pressreview serve``, triggers one run, waits for it, stops the
runner, and has headless Chromium photograph the run page and its two artifacts:

    make server   # in another terminal
    .venv/bin/python scripts/screenshot_ui.py [--api http://127.0.0.1:4200/api] [--out docs]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from uuid import UUID

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
DEPLOYMENT = "ingest/pressreview-ingest"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    # The UI is a single-page app: give its API calls time to land before the picture.
    "--virtual-time-budget=15000",
]
T = TypeVar("T")


def find_chromium() -> str | None:
    """Return the Chromium executable, or None where there is none."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def wait_for(probe: Callable[[], T | None], timeout: float, what: str) -> T:
    """Call ``probe`` until it returns something truthy; TimeoutError after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(f"gave up waiting {timeout:.0f} s for {what}")
        time.sleep(0.5)


def screenshot(chromium: str, url: str, out: Path, height: int = 900) -> None:
    """Photograph ``url`` into ``out`` with a throw-away browser profile."""
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        flags = [f"--window-size=1400,{height}", f"--user-data-dir={profile}"]
        subprocess.run(
            [chromium, *CHROMIUM_FLAGS, *flags, f"--screenshot={out}", url],
            check=True,
            capture_output=True,
            timeout=120,
        )


def rendered_text(chromium: str, url: str) -> str:
    """Return the page's DOM once the UI has rendered it (to check what a screenshot shows)."""
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        done = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
    return done.stdout


def demo_inbox(folder: Path) -> Path:
    """Return a fresh inbox: the seed review and a PDF the ingest refuses."""
    shutil.rmtree(folder, ignore_errors=True)
    inbox = folder / "inbox"
    inbox.mkdir(parents=True)
    for seed in (ROOT / "seeds").iterdir():
        shutil.copy(seed, inbox / seed.name)
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4 a scan, not a review")
    old = time.time() - 3600  # settled: not still being written
    for path in inbox.iterdir():
        os.utime(path, (old, old))
    return inbox


def run_once(api: str, inbox: Path, warehouse: Path, log: Path) -> UUID:
    """Serve the inbox, trigger one run, wait for it to end, stop the runner; the run's id."""
    from prefect.client.orchestration import get_client

    env = dict(os.environ, PREFECT_API_URL=api, PREFECT_RUNNER_POLL_FREQUENCY="1")
    command = [str(BIN / "pressreview"), "serve", str(inbox), "--warehouse", str(warehouse)]
    with open(log, "wb") as out:
        runner = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        with get_client(sync_client=True) as client:

            def deployment_for_this_inbox() -> UUID | None:
                if runner.poll() is not None:
                    raise RuntimeError(f"pressreview serve exited: see {log}")
                try:
                    found = client.read_deployment_by_name(DEPLOYMENT)
                except Exception:
                    return None
                return found.id if found.parameters.get("inbox") == str(inbox) else None

            deployment_id = wait_for(deployment_for_this_inbox, 60, "the served deployment")
            run_id = client.create_flow_run_from_deployment(deployment_id).id

            def final() -> bool:
                state = client.read_flow_run(run_id).state
                return state is not None and state.is_final()

            wait_for(final, 120, "the run to end")
            time.sleep(3)  # let the run's last logs reach the server
            return run_id
    finally:
        runner.send_signal(signal.SIGTERM)  # graceful: the runner pauses its schedule
        runner.wait(timeout=30)


def artifact_ids(run_id: UUID) -> dict[str, UUID]:
    """Return the ids of the run's artifacts by key (ingest-summary, rejected-files, ...)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
    return {a.key: a.id for a in artifacts if a.key}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of a served run in the Prefect UI.")
    parser.add_argument("--api", default="http://127.0.0.1:4200/api")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--work", type=Path, default=ROOT / "data" / "ui-demo")
    args = parser.parse_args(argv)
    chromium = find_chromium()
    if chromium is None:
        print("screenshot_ui: no Chromium (apt-get install -y chromium)", file=sys.stderr)
        return 2
    os.environ["PREFECT_API_URL"] = args.api  # before Prefect reads its settings
    inbox = demo_inbox(args.work)
    run_id = run_once(args.api, inbox, args.work / "warehouse", args.work / "serve.log")
    ui = args.api.removesuffix("/api")
    args.out.mkdir(parents=True, exist_ok=True)
    run_page = f"{ui}/runs/flow-run/{run_id}"
    screenshot(chromium, run_page, args.out / "ui-run.png", 1500)  # tall: the logs with counts
    artifacts = artifact_ids(run_id)
    for key, name, height in (
        ("ingest-summary", "ui-summary.png", 1250),
        ("rejected-files", "ui-rejected.png", 600),
    ):
        screenshot(chromium, f"{ui}/artifacts/artifact/{artifacts[key]}", args.out / name, height)
    print(f"run {run_page}")
    print(f"wrote ui-run.png, ui-summary.png and ui-rejected.png in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
