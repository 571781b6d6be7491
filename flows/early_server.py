"""Prefect's temporary API server, started before the flow's imports so both boot at once.

Without ``PREFECT_API_URL`` Prefect starts a temporary server on the first API call: the
flow's process first imports Prefect, then its server stack (FastAPI, SQLAlchemy: about
2 s that process never uses otherwise), then launches the server and waits for it, seconds
more, with a core idle. Launched here first, the same server (Prefect's app factory under
uvicorn, in Prefect's ephemeral mode, state in ``PREFECT_HOME``) boots on one core while
the flow's modules import on the other. Once Prefect is imported, a server configured in
Prefect's own settings (profile, ``prefect.toml``, ``.env``) still wins.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Prefect's own default wait for its temporary server (the CLI sets it for slow machines).
STARTUP_TIMEOUT_ENV = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
PORT_TAKEN = 3  # uvicorn's exit status when it cannot bind its port


class EarlyServer:
    """A temporary server being started; :meth:`in_use` points the run at it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.process = _launch(port)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @contextmanager
    def in_use(self) -> Iterator[bool]:
        """Run the block against this server, unless Prefect's settings name one.

        Called once Prefect is imported: a server set in a profile, ``prefect.toml`` or
        ``.env`` wins, as it would without this module (the early server is then stopped
        unused). Otherwise Prefect's settings point here for the block, and so does
        ``PREFECT_API_URL`` for child processes (a temporary Dask cluster's workers).
        Yields whether this server is used.
        """
        from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

        if get_current_settings().api.url:
            self.stop()
            yield False
            return
        self.wait_ready()
        os.environ["PREFECT_API_URL"] = self.api_url
        try:
            with temporary_settings(updates={PREFECT_API_URL: self.api_url}):
                try:
                    yield True
                finally:
                    _drain_prefect_queues()
        finally:
            os.environ.pop("PREFECT_API_URL", None)

    def wait_ready(self) -> None:
        """Return once the server answers its health check; raise if it never does."""
        deadline = time.monotonic() + float(os.environ.get(STARTUP_TIMEOUT_ENV) or 180)
        while time.monotonic() < deadline:
            status = self.process.poll()
            if status == PORT_TAKEN:  # uvicorn could not bind: another process took the port
                self.port = _free_port()
                self.process = _launch(self.port)
                continue
            if status is not None:
                raise RuntimeError(
                    f"Prefect's temporary server exited with status {status} "
                    "before answering (see its messages above)"
                )
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as reply,
            ):
                if reply.status == 200:
                    return
            time.sleep(0.1)
        raise TimeoutError(f"Prefect's temporary server did not answer {self.api_url}/health")

    def stop(self) -> None:
        """Stop the server (idempotent)."""
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextmanager
def early_temporary_server() -> Iterator[EarlyServer | None]:
    """Start Prefect's temporary server now, unless ``PREFECT_API_URL`` names a server.

    Import Prefect within the block, then run the flow inside ``server.in_use()``. Yields
    None (and starts nothing) when ``PREFECT_API_URL`` is set.
    """
    if os.environ.get("PREFECT_API_URL"):
        yield None
        return
    server = EarlyServer(_free_port())
    try:
        yield server
    finally:
        server.stop()


def _drain_prefect_queues() -> None:
    """Wait (a few seconds at most) for Prefect's log and event queues to reach the server.

    Prefect drains them when the process exits; this server stops before that, so they are
    drained first, as Prefect's own test harness does before stopping its server.
    """
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        with contextlib.suppress(Exception):  # a queue never started has nothing to send
            worker.drain_all(timeout=5)


def _launch(port: int) -> subprocess.Popen[bytes]:
    """Run Prefect's server app under uvicorn on loopback, as Prefect's temporary server does."""
    spec = importlib.util.find_spec("prefect")  # found, not imported: that is the point
    if spec is None or spec.origin is None:
        raise RuntimeError("prefect is not installed")
    environment = {
        **os.environ,
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",  # the services of a temporary server only
        "PREFECT__SERVER_FINAL": "1",  # one app in this process: Prefect skips its caches
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--app-dir",
            str(Path(spec.origin).parent.parent),
            "--factory",
            "prefect.server.api.server:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "error",
            "--lifespan",
            "on",
        ],
        env=environment,
    )


def _free_port() -> int:
    """Return a loopback port free now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
