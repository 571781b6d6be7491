"""Throughput benchmark: the pipeline next to its compute floor and its peers, one command.

    .venv/bin/python bench/run.py                       # 1,000 files, writes BENCHMARKS.md
    .venv/bin/python bench/run.py --files 1000,10000 --sizes 1000,10000
    .venv/bin/python bench/run.py --quick --skip-server --skip-dlt --out /tmp/B.md
    .venv/bin/python bench/run.py --quick --api-url http://127.0.0.1:4200/api --skip-dlt

Every contender runs as its own subprocess on the same generated inbox, one after the
other in one invocation, so that ratios compare runs that shared the machine's weather.
Speed is measured here and reported; no test asserts it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import generate
import profile_stages
import report
from bench_paths import inbox_files
from measure import Measurement, Server, run_measured, start_server

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BIN = Path(sys.executable).parent
TIMEOUT = 4 * 3600.0  # per run: a 10,000-file naive run on 2 busy cores takes a while
SERVER_START_TIMEOUT = 300.0


@dataclass(slots=True)
class Options:
    """The benchmark's arguments, resolved."""

    sizes: list[int]  # full comparison at each
    memory_sizes: list[int]  # pipeline-only runs, for peak memory
    peer_max: int  # naive and dlt peers only at sizes up to this
    seed: int
    work: Path
    out: Path
    inbox: Path | None
    profile_files: int
    quick: bool
    skip_server: bool
    skip_dlt: bool
    api_url: str | None  # a running server for every Prefect contender: no server boots
    source: str
    command: str


@dataclass(slots=True)
class Results:
    """Everything measured, by size; what report.py renders."""

    runs: dict[int, dict[str, Measurement]] = field(default_factory=dict)
    phases: dict[int, dict[str, dict[str, float]]] = field(default_factory=dict)
    profile: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def base_env() -> dict[str, str]:
    """Return the environment of every run: offline, quiet, no settling delay."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180",
        PRESSREVIEW_SETTLE_SECONDS="0",  # files were just written: do not wait for them
        RUNTIME__DLTHUB_TELEMETRY="false",
        DO_NOT_TRACK="1",
        PYTHONPATH=str(ROOT),
    )
    return env


def prefect_env(home: Path, api_url: str | None = None) -> dict[str, str]:
    """Return the environment of a Prefect run: its own PREFECT_HOME, maybe a server."""
    home.mkdir(parents=True, exist_ok=True)
    env = base_env() | {"PREFECT_HOME": str(home)}
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def make_inbox(options: Options, size: int) -> Path:
    """Return an inbox of ``size`` generated files (reused when already there)."""
    if options.inbox is not None:
        return options.inbox
    inbox = options.work / f"inbox-{size}-seed{options.seed}"
    present = len(inbox_files(inbox)) if inbox.is_dir() else 0
    if present != size:
        shutil.rmtree(inbox, ignore_errors=True)
        generate.generate(inbox, size, options.seed)
    return inbox


def inbox_bytes(inbox: Path) -> int:
    """Return the total size of the inbox's files."""
    return sum(p.stat().st_size for p in inbox_files(inbox))


class Bench:
    """Runs the contenders at one size and keeps their measurements."""

    def __init__(self, options: Options, results: Results, size: int, inbox: Path) -> None:
        self.options, self.results, self.inbox = options, results, inbox
        self.files, self.bytes = len(inbox_files(inbox)), inbox_bytes(inbox)
        self.size = size
        self.dir = options.work / f"run-{size}"
        shutil.rmtree(self.dir, ignore_errors=True)
        self.runs = results.runs.setdefault(size, {})
        self.phases = results.phases.setdefault(size, {})

    def measure(self, name: str, command: list[str], env: dict[str, str]) -> Measurement:
        """Run one contender, record it, print a line of progress."""
        log = self.dir / "logs" / f"{_slug(name)}.log"
        result = run_measured(
            name, command, env, log, files=self.files, size=self.bytes, timeout=TIMEOUT
        )
        if result.returncode != 0:
            result.note = f"exit status {result.returncode}, see {log}"
        self.runs[name] = result
        print(
            f"[{self.size}] {name}: {result.wall:.1f} s, {result.files_per_second:.1f} files/s, "
            f"peak {result.peak_rss / 2**20:.0f} MiB, exit {result.returncode}",
            flush=True,
        )
        return result

    def bare(self) -> None:
        """The compute floor: parse_document in a process pool."""
        self.measure("bare", [sys.executable, str(BENCH / "bare.py"), str(self.inbox)], base_env())

    def ingest(self, name: str, warehouse: Path, env: dict[str, str], *extra: str) -> Measurement:
        """One ``pressreview ingest`` run, and the phases its warehouse recorded."""
        command = [str(BIN / "pressreview"), "ingest", str(self.inbox), *extra, "--warehouse"]
        result = self.measure(name, [*command, str(warehouse)], env)
        phases = pipeline_phases(warehouse, result)
        if phases:
            self.phases[name] = phases
        return result

    def embedded(self, rerun: bool) -> None:
        """The pipeline on Prefect's embedded server: a cold start, a first run, a re-run."""
        env = prefect_env(self.dir / "prefect-embedded")
        empty = self.dir / "empty-inbox"
        empty.mkdir(parents=True, exist_ok=True)
        cold = [str(BIN / "pressreview"), "ingest", str(empty), "--warehouse"]
        self.measure("cold start (empty inbox)", [*cold, str(self.dir / "wh-empty")], env)
        self.ingest("pipeline (embedded)", self.dir / "wh-embedded", env)
        if rerun:
            self.reruns(self.dir / "wh-embedded", env)

    def reruns(self, warehouse: Path, env: dict[str, str]) -> None:
        """Two runs over the unchanged inbox into the first run's warehouse.

        By default a run with nothing new stops before Prefect starts; the forced re-run
        shows what a flow run over the unchanged inbox costs.
        """
        self.ingest("pipeline re-run (unchanged)", warehouse, env)
        self.ingest("pipeline re-run, flow forced", warehouse, env, "--always-run")

    def given_server(self, api_url: str) -> None:
        """The pipeline and its re-runs against a server the caller runs (--api-url)."""
        env = prefect_env(self.dir / "prefect-client", api_url)
        self.ingest("pipeline (server)", self.dir / "wh-server", env)
        self.reruns(self.dir / "wh-server", env)

    def server(self) -> None:
        """The pipeline against a running Prefect server that this benchmark starts."""
        home = self.dir / "prefect-server"
        server_env = prefect_env(home)
        server: Server = start_server(
            BIN / "prefect", server_env, self.dir / "logs" / "server.log", SERVER_START_TIMEOUT
        )
        try:
            idle = server.rss()
            result = self.ingest(
                "pipeline (server)",
                self.dir / "wh-server",
                prefect_env(self.dir / "prefect-client", server.api_url),
            )
            result.note = (
                f"server started in {server.startup_seconds:.1f} s (not counted), "
                f"server RSS {idle / 2**20:.0f} MiB idle, {server.rss() / 2**20:.0f} MiB after"
            )
        finally:
            server.stop()

    def naive(self) -> None:
        """The tutorial pattern: a Prefect task per file that parses and inserts."""
        command = [sys.executable, str(BENCH / "naive_peer.py"), str(self.inbox)]
        db = self.dir / "naive" / "naive.duckdb"
        env = prefect_env(self.dir / "ph-naive", self.options.api_url)
        self.measure("naive peer", [*command, "--db", str(db)], env)

    def dlt(self) -> None:
        """dlt over the same transforms, into DuckDB."""
        try:
            import dlt  # noqa: F401  (only to know whether it is installed)
        except ImportError:
            self.results.notes.append("dlt is not installed: the dlt peer was not run.")
            return
        work = self.dir / "dlt"
        command = [sys.executable, str(BENCH / "dlt_peer.py"), str(self.inbox)]
        args = ["--db", str(work / "dlt.duckdb"), "--work", str(work / "pipelines")]
        self.measure("dlt peer", [*command, *args], base_env())


def _slug(name: str) -> str:
    """Return a file name for a run's name."""
    return "".join(ch if ch.isalnum() else "-" for ch in name).strip("-")


def pipeline_phases(warehouse: Path, run: Measurement) -> dict[str, float]:
    """Split a pipeline run's wall time with the timestamps its warehouse recorded.

    to run start: process start -> ingest_runs.started_at: the head start's imports, lock
    and plan (before it, Prefect's imports, server boot and flow-run start came first);
    parse: -> last Parquet file written (Prefect's server boot and the flow run's start
    now overlap it);
    load: -> ingest_runs.finished_at (one DuckDB transaction);
    teardown: -> process exit (artifacts, report, server shutdown).
    """
    path = warehouse / "pressreview.duckdb"
    if not path.exists():
        return {}
    con = duckdb.connect(str(path), read_only=True)
    try:
        row = con.execute(
            "SELECT run_id, epoch(started_at), epoch(finished_at) FROM ingest_runs "
            "ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return {}
        paths = con.execute("SELECT path FROM parquet_files WHERE run_id = ?", [row[0]]).fetchall()
    finally:
        con.close()
    started, finished = float(row[1]), float(row[2])
    if started < run.started:  # no flow ran (nothing new): the row is an earlier run's
        return {}
    mtimes = [(warehouse / p[0]).stat().st_mtime for p in paths if (warehouse / p[0]).exists()]
    parsed = max(mtimes) if mtimes else started
    return {
        "to run start": started - run.started,
        "parse + Parquet": parsed - started,
        "load": finished - parsed,
        "teardown": run.started + run.wall - finished,
    }


def profile(options: Options, inbox: Path, results: Results) -> None:
    """Time parse_document's stages, rows, Parquet and the load on a sample, in-process."""
    files = inbox_files(inbox)
    step = max(1, len(files) // max(1, options.profile_files))
    samples = [(p.name, p.read_bytes()) for p in files[::step][: options.profile_files]]
    results.profile = {
        "files": len(samples),
        "bytes": sum(len(raw) for _, raw in samples),
        "stages": profile_stages.stage_times(samples),
        "storage": profile_stages.storage_times(samples),
        "top": profile_stages.top_functions(samples),
        "imports": {}
        if options.quick  # three fresh interpreters per module: not for a smoke run
        else {
            m: profile_stages.import_seconds(Path(sys.executable), m)
            for m in ("transforms.document", "prefect", "flows.ingest")
        },
    }
    print(f"profile: {len(samples)} files", flush=True)


def run_size(options: Options, results: Results, size: int, full: bool) -> None:
    """Run every contender at one size (``full``), or only bare and the pipeline."""
    inbox = make_inbox(options, size)
    bench = Bench(options, results, size, inbox)
    bench.bare()
    if options.api_url:
        bench.given_server(options.api_url)
    else:
        bench.embedded(rerun=True)
    if not full:  # a size for scaling and memory: the floor and the pipeline only
        return
    if not options.skip_server and not options.api_url:
        bench.server()
    if size <= options.peer_max:  # a thread per file: 2.5 GiB and 100 s at 1,000 already
        bench.naive()
    if not options.skip_dlt:
        bench.dlt()


def parse_sizes(text: str) -> list[int]:
    """Return the sizes of a comma-separated list, e.g. "1000,10000"."""
    return [int(part) for part in text.split(",") if part.strip()]


def _public(argv: list[str]) -> list[str]:
    """Return the arguments as the person typed them, without what the re-exec added."""
    if "--source" in argv and argv[-2:] == ["--source", "worktree"]:
        return argv[:-6]  # --out OUT --work WORK --source worktree
    return argv


def parse_args(argv: list[str] | None) -> Options:
    """Return the options; --quick shrinks everything to a smoke run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", default="1000", help="sizes for the full comparison: 1000,10000")
    parser.add_argument(
        "--sizes", default="", help="more sizes, bare and pipeline only (scaling, memory)"
    )
    parser.add_argument(
        "--peer-max", type=int, default=1000, help="largest size for the naive peer"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--inbox", type=Path, help="use this inbox instead of generating one")
    parser.add_argument("--work", type=Path, default=BENCH / "out", help="scratch folder")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--profile-files", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="a tiny smoke run (5 files)")
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--skip-dlt", action="store_true")
    parser.add_argument(
        "--api-url",
        help="run every Prefect contender against this running server instead of booting "
        "embedded ones (the pipeline is then measured as 'pipeline (server)')",
    )
    parser.add_argument(
        "--source",
        choices=("head", "worktree"),
        default="head",
        help="measure the committed HEAD (a snapshot; default) or the working tree as it is",
    )
    args = parser.parse_args(argv)
    sizes = [5] if args.quick else parse_sizes(args.files)
    if args.inbox is not None:
        sizes = [len(inbox_files(args.inbox))]
    memory = [s for s in parse_sizes(args.sizes) if s not in sizes and not args.quick]
    return Options(
        sizes=sizes,
        memory_sizes=memory,
        peer_max=max(args.peer_max, *sizes) if args.quick else args.peer_max,
        seed=args.seed,
        work=args.work.resolve(),
        out=args.out,
        inbox=args.inbox.resolve() if args.inbox else None,
        profile_files=min(args.profile_files, 5) if args.quick else args.profile_files,
        quick=args.quick,
        skip_server=args.skip_server,
        skip_dlt=args.skip_dlt,
        api_url=args.api_url,
        source=args.source,
        command=" ".join(["bench/run.py", *_public(argv if argv is not None else sys.argv[1:])]),
    )


def snapshot_head(work: Path) -> Path:
    """Return a copy of the committed HEAD (``git archive``), made once per commit.

    Others edit the shared checkout while a long run goes on; a snapshot measures one commit
    from the first run to the last, and BENCHMARKS.md can name it.
    """
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    source = work / f"src-{commit}"
    if not (source / "bench" / "run.py").exists():
        shutil.rmtree(source, ignore_errors=True)
        source.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "HEAD"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
    return source


def reexec_from(source: Path, argv: list[str]) -> int:
    """Run the snapshot's own bench/run.py on the snapshot's code; return its exit status."""
    env = os.environ | {"PYTHONPATH": str(source)}  # before the editable install's finder
    command = [sys.executable, str(source / "bench" / "run.py"), *argv, "--source", "worktree"]
    return subprocess.run(command, env=env, cwd=ROOT, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the report; 1 when a contender failed."""
    arguments = list(argv if argv is not None else sys.argv[1:])
    options = parse_args(arguments)
    if options.source == "head":
        out = ["--out", str(options.out.resolve()), "--work", str(options.work)]
        return reexec_from(snapshot_head(options.work), [*arguments, *out])
    results = Results()
    machine = report.machine_facts()
    began = datetime.now(UTC)
    profile(options, make_inbox(options, options.sizes[0]), results)
    for size in options.sizes:
        run_size(options, results, size, full=True)
    for size in options.memory_sizes:
        run_size(options, results, size, full=False)
    machine["load average after"] = report.load_average()
    machine["duration"] = f"{(datetime.now(UTC) - began).total_seconds() / 60:.1f} min"
    report.write(options.out, report.render(results, machine, options.command, began))
    print(f"wrote {options.out}")
    failed = [m.name for runs in results.runs.values() for m in runs.values() if m.returncode]
    return 1 if failed else 0


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"benchmark took {time.perf_counter() - started:.0f} s")
    sys.exit(code)
