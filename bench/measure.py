"""Run one command as a measured subprocess: wall time, CPU time and the tree's peak RSS."""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil

SAMPLE_SECONDS = 0.2  # RSS sampling period: short next to any run worth measuring


@dataclass(slots=True)
class Measurement:
    """What one measured run cost, and what its last JSON line said, if any."""

    name: str
    files: int
    bytes: int
    wall: float
    cpu: float  # user + system seconds of the whole process tree
    peak_rss: int  # bytes: the largest sum of RSS over the tree at one sample
    returncode: int
    started: float  # time.time() at launch, to line up with timestamps the run wrote
    output: dict[str, object] = field(default_factory=dict)
    note: str = ""

    @property
    def files_per_second(self) -> float:
        """Return the throughput in files per second of wall time."""
        return self.files / self.wall if self.wall else 0.0

    @property
    def megabytes_per_second(self) -> float:
        """Return the throughput in MB (10^6 bytes) per second of wall time."""
        return self.bytes / 1e6 / self.wall if self.wall else 0.0


def tree_rss(process: psutil.Process) -> int:
    """Return the summed RSS of ``process`` and all its descendants; 0 once it is gone."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:  # a worker that ended between listing and reading
            continue
    return total


def _children_cpu() -> float:
    """Return the CPU seconds of every reaped descendant of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_measured(
    name: str,
    command: list[str],
    env: dict[str, str],
    log: Path,
    *,
    files: int,
    size: int,
    timeout: float,
) -> Measurement:
    """Run ``command`` to its end, sampling the tree's RSS; its output goes to ``log``."""
    log.parent.mkdir(parents=True, exist_ok=True)
    cpu_before, started = _children_cpu(), time.time()
    start = time.perf_counter()
    with open(log, "wb") as sink:
        child = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT)
        peak = _sample_until_done(child, timeout)
    wall = time.perf_counter() - start
    # CPU from getrusage, not from sampling: it counts workers that lived between samples.
    cpu = _children_cpu() - cpu_before
    return Measurement(
        name, files, size, wall, cpu, peak, child.returncode, started, _last_json(log)
    )


def _sample_until_done(child: subprocess.Popen[bytes], timeout: float) -> int:
    """Wait for ``child`` (killing it after ``timeout`` s); return the peak tree RSS seen."""
    process, peak = psutil.Process(child.pid), 0
    deadline = time.monotonic() + timeout
    while child.poll() is None:
        peak = max(peak, tree_rss(process))
        if time.monotonic() > deadline:
            child.kill()
            child.wait()
            break
        time.sleep(SAMPLE_SECONDS)
    return peak


def _last_json(log: Path) -> dict[str, object]:
    """Return the last line of ``log`` parsed as JSON when it is an object, else {}."""
    lines = log.read_bytes().decode("utf-8", "replace").strip().splitlines()
    if not lines:
        return {}
    try:
        value = json.loads(lines[-1])
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def free_port() -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(slots=True)
class Server:
    """A ``prefect server start`` subprocess this benchmark owns."""

    process: subprocess.Popen[bytes]
    api_url: str
    startup_seconds: float

    def rss(self) -> int:
        """Return the server tree's RSS now."""
        return tree_rss(psutil.Process(self.process.pid))

    def stop(self) -> None:
        """Stop the server and its workers: SIGTERM to its own process group, then SIGKILL."""
        if self.process.poll() is not None:
            return
        group = os.getpgid(self.process.pid)
        os.killpg(group, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(group, signal.SIGKILL)
            self.process.wait()


def start_server(prefect: Path, env: dict[str, str], log: Path, timeout: float) -> Server:
    """Start a Prefect server on a free port and wait until /api/health answers."""
    port = free_port()
    log.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with open(log, "wb") as sink:
        process = subprocess.Popen(
            [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group, so stop() reaches uvicorn's children
        )
    api_url = f"http://127.0.0.1:{port}/api"
    server = Server(process, api_url, 0.0)
    try:
        _wait_healthy(api_url, process, timeout)
    except BaseException:
        server.stop()
        raise
    server.startup_seconds = time.perf_counter() - start
    return server


def _wait_healthy(api_url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    """Return once the server answers its health check; raise if it dies or times out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"prefect server exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass  # not listening yet
        time.sleep(0.5)
    raise TimeoutError(f"prefect server did not answer {api_url}/health in {timeout:.0f} s")
