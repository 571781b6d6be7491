"""Measure the numbers of docs/scaling.md: parse on a process pool vs Dask, and the load.

Runs the flow's steps without Prefect (plan -> run_batch on N workers -> load_run), so that
the parse phase and the single-writer DuckDB load are timed apart, on a generated inbox:

    .venv/bin/python bench/scaling_measure.py --files 200 800 1600 --workers 1 2 --repeat 2

Configurations are interleaved (pool 1, dask 1, pool 2, dask 2, then again) so that a
shared, noisy machine slows them alike; the report gives the best of the repeats. Cluster
and pool start-up are timed apart from the parse. Then, per size, an incremental run: 64 new
files loaded into the warehouse of that size (the steady state of a scheduled ingest).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.document import PARSER_VERSION  # noqa: E402
from warehouse.analytics import refresh_after_load  # noqa: E402
from warehouse.batch import BatchJob, BatchResult, run_batch  # noqa: E402
from warehouse.db import connect, database_path  # noqa: E402
from warehouse.load import RunRecord, load_run  # noqa: E402
from warehouse.plan import plan_run, sweep_orphans  # noqa: E402

BATCH = 64
Runner = Callable[[list[BatchJob]], list[tuple[BatchResult, float]]]


def timed_batch(job: BatchJob) -> tuple[BatchResult, float]:
    """Run one batch; return its result and the CPU seconds it took in its worker.

    CPU seconds are what a busy shared machine distorts least: wall times there depend on
    what else runs, CPU time mostly on the work itself.
    """
    t0 = time.process_time()
    result = run_batch(job)
    return result, time.process_time() - t0


@contextmanager
def pool_runner(workers: int) -> Iterator[Runner]:
    """The default runner's compute: a spawn process pool, as flows/compute.py opens it."""
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    list(pool.map(abs, range(workers)))  # start the processes (timed as start-up)
    try:
        yield lambda jobs: list(pool.map(timed_batch, jobs))
    finally:
        pool.shutdown()


@contextmanager
def dask_runner(workers: int) -> Iterator[Runner]:
    """A local Dask cluster of ``workers`` processes, one thread each, as the setting makes."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=workers,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
    )
    client = Client(cluster)
    try:
        yield lambda jobs: list(client.gather(client.map(timed_batch, jobs, pure=False)))
    finally:
        client.close()
        cluster.close()


def jobs_for(inbox: Path, warehouse: Path, run_id: str) -> list[BatchJob]:
    """Plan the run and cut it in batches of BATCH files, as the flow does."""
    plan = plan_run(inbox, warehouse, settle_seconds=0)
    paths = [f.path for f in plan.to_read]
    started = datetime.now(UTC)
    return [
        BatchJob(n, str(inbox), paths[i : i + BATCH], {}, str(warehouse), run_id, started)
        for n, i in enumerate(range(0, len(paths), BATCH), start=1)
    ]


def one_run(inbox: Path, warehouse: Path, runner: Runner, run_id: str) -> dict[str, float]:
    """Parse and load ``inbox`` into ``warehouse``; return the phase times in seconds."""
    sweep_orphans(warehouse)
    jobs = jobs_for(inbox, warehouse, run_id)
    t0 = time.perf_counter()
    timed = runner(jobs)
    t1 = time.perf_counter()
    staged: dict[str, list[str]] = {}
    for result, _ in timed:
        for table, path in result.parquet_files.items():
            staged.setdefault(table, []).append(path)
    files = sum(len(j.paths) for j in jobs)
    run = RunRecord(run_id, None, str(inbox), datetime.now(UTC), files, files, 0, 0, PARSER_VERSION)
    c1 = time.process_time()
    load_run(warehouse, staged, run)
    t2, c2 = time.perf_counter(), time.process_time()
    refresh = refresh_seconds(warehouse)
    return {
        "files": files,
        "parse_s": t1 - t0,
        "parse_cpu_s": sum(cpu for _, cpu in timed),
        "load_s": t2 - t1,
        "load_cpu_s": c2 - c1,
        "refresh_s": refresh,
    }


def refresh_seconds(warehouse: Path) -> float:
    """Time what the load does after its commit (views, search index, snapshot) once more."""
    con = connect(database_path(warehouse))
    try:
        t0 = time.perf_counter()
        refresh_after_load(con, warehouse)
        return time.perf_counter() - t0
    finally:
        con.close()


def generate(files: int, out: Path, seed: int) -> None:
    """Write a seeded inbox with bench/generate.py (read only: not changed here)."""
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "generate.py"),
            *("--files", str(files)),
            *("--out", str(out), "--seed", str(seed)),
        ],
        check=True,
        capture_output=True,
    )


def measure(
    sizes: list[int], workers: list[int], repeat: int, work: Path, kinds: list[str]
) -> list[dict[str, Any]]:
    """Return one record per (size, runner, workers, repeat)."""
    records: list[dict[str, Any]] = []
    runners = {k: v for k, v in {"pool": pool_runner, "dask": dask_runner}.items() if k in kinds}
    for size in sizes:
        inbox = work / f"inbox{size}"
        if not inbox.exists():
            generate(size, inbox, seed=7)
        for attempt in range(repeat):
            for n in workers:
                for name, make in runners.items():
                    warehouse = work / f"wh-{size}-{name}-{n}"
                    shutil.rmtree(warehouse, ignore_errors=True)
                    t0 = time.perf_counter()
                    with make(n) as runner:
                        startup = time.perf_counter() - t0
                        times = one_run(inbox, warehouse, runner, f"r{attempt}")
                    record = {"size": size, "runner": name, "workers": n, "repeat": attempt}
                    records.append({**record, "startup_s": startup, **times})
                    print(json.dumps(records[-1]), flush=True)
        records.extend(incremental(size, work, inbox))
    return records


def incremental(size: int, work: Path, inbox: Path) -> list[dict[str, Any]]:
    """Load BATCH new files into the warehouse of ``size`` files: the per-run cost later on."""
    extra = work / f"extra{size}"
    shutil.rmtree(extra, ignore_errors=True)
    generate(BATCH, extra, seed=1000 + size)
    target = inbox / "later"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(extra, target)
    warehouse = sorted(work.glob(f"wh-{size}-*"))[0]
    with pool_runner(1) as runner:
        times = one_run(inbox, warehouse, runner, "incremental")
    shutil.rmtree(target)
    record = {"size": size, "runner": "incremental", "workers": 1, "repeat": 0, **times}
    print(json.dumps(record), flush=True)
    return [record]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, nargs="+", default=[200, 800])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--runners", nargs="+", default=["pool", "dask"])
    parser.add_argument("--work", type=Path, default=Path("/tmp/pressreview-scaling"))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    records = measure(args.files, args.workers, args.repeat, args.work, args.runners)
    if args.out:
        args.out.write_text(json.dumps(records, indent=1))


if __name__ == "__main__":
    main()
