"""BENCHMARKS.md: the measured tables, between markers so a written reading survives re-runs."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from measure import Measurement
    from run import Results

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
MiB = 2**20
GiB = 2**30
PACKAGES = ("prefect", "duckdb", "pyarrow", "langdetect", "ftfy", "dlt", "psutil")
EMBEDDED, SERVER, RERUN = "pipeline (embedded)", "pipeline (server)", "pipeline re-run (unchanged)"
RERUN_FORCED = "pipeline re-run, flow forced"


def load_average() -> str:
    """Return the 1/5/15-minute load averages: how busy the shared machine was."""
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def machine_facts() -> dict[str, str]:
    """Return what the numbers depend on: cores, memory, Python, library versions, commit."""
    facts = {
        "cores (nproc)": str(os.cpu_count()),
        "cpu": _cpu_model(),
        "memory": f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / GiB:.1f} GiB",
        "python": platform.python_version(),
        "load average before": load_average(),
        "commit": _commit(),
    }
    for package in PACKAGES:
        try:
            facts[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            facts[package] = "not installed"
    return facts


def _commit() -> str:
    """Return the commit measured: the snapshot's, or the checkout's and whether it is dirty."""
    root = Path(__file__).resolve().parents[1]
    if root.name.startswith("src-"):  # bench/run.py --source head runs from a git archive
        return f"{root.name.removeprefix('src-')} (snapshot of HEAD)"
    dirty = _git("status", "--porcelain", "--", "transforms", "warehouse", "flows")
    return _git("rev-parse", "--short", "HEAD") + (" (working tree, dirty)" if dirty else "")


def _cpu_model() -> str:
    """Return the CPU model name from /proc/cpuinfo, or the platform's guess."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git(*args: str) -> str:
    """Return git's output in the checkout, or "" outside one."""
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return done.stdout.strip()


def _runs_table(runs: dict[str, Measurement]) -> list[str]:
    """Return the table of every run at one size."""
    lines = [
        "| run | files | MB | wall s | files/s | MB/s | CPU s | peak RSS MiB | note |",
        "|---|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for m in runs.values():
        lines.append(
            f"| {m.name} | {m.files} | {m.bytes / 1e6:.1f} | {m.wall:.1f} | "
            f"{m.files_per_second:.1f} | {m.megabytes_per_second:.2f} | {m.cpu:.1f} | "
            f"{m.peak_rss / MiB:.0f} | {m.note} |"
        )
    return lines


def _ratio(a: Measurement | None, b: Measurement | None, attr: str) -> float | None:
    """Return a.attr / b.attr when both runs exist and succeeded."""
    if a is None or b is None or a.returncode or b.returncode:
        return None
    denominator = getattr(b, attr)
    return getattr(a, attr) / denominator if denominator else None


def _ratio_rows(
    runs: dict[str, Measurement],
) -> list[tuple[str, float | None, float | None, str, bool | None]]:
    """Return (ratio, by wall, by CPU, target, met) for each target that has its runs."""
    bare, embedded = runs.get("bare"), runs.get(EMBEDDED)
    # the peers and re-runs compare with the embedded run, or the server's when the
    # benchmark ran against a given server (--api-url) and booted none
    named = EMBEDDED if embedded is not None else SERVER
    first = runs.get(named)
    rows = []
    for label, top, bottom, target, ok in (
        ("pipeline (embedded) / bare", embedded, bare, "<= 1.15", lambda r: r <= 1.15),
        ("pipeline (server) / bare", runs.get(SERVER), bare, "<= 1.15", lambda r: r <= 1.15),
        (f"naive / {named}", runs.get("naive peer"), first, ">= 3", lambda r: r >= 3),
        ("dlt / pipeline (embedded)", runs.get("dlt peer"), embedded, "> 1", lambda r: r > 1),
        ("re-run / first run", runs.get(RERUN), first, "<= 0.05", lambda r: r <= 0.05),
        (
            "re-run with a flow run / first run",
            runs.get(RERUN_FORCED),
            first,
            "<= 0.05",
            lambda r: r <= 0.05,
        ),
        ("dlt / pipeline (server)", runs.get("dlt peer"), runs.get(SERVER), "> 1", lambda r: r > 1),
    ):
        wall, cpu = _ratio(top, bottom, "wall"), _ratio(top, bottom, "cpu")
        if wall is not None:
            rows.append((label, wall, cpu, target, ok(wall)))
    return rows


def _ratios_table(runs: dict[str, Measurement]) -> list[str]:
    """Return the ratios and targets at one size."""
    lines = [
        "| ratio | by wall time | by CPU time | target | met (wall) |",
        "|---|--:|--:|--:|---|",
    ]
    for label, wall, cpu, target, met in _ratio_rows(runs):
        cpu_text = f"{cpu:.2f}" if cpu is not None else "-"
        lines.append(f"| {label} | {wall:.2f} | {cpu_text} | {target} | {_verdict(met)} |")
    first = runs.get(EMBEDDED)
    if first is not None and not first.returncode:
        rate = first.files_per_second
        lines.append(f"| end to end, documents/s | {rate:.1f} | - | ~30 | {_verdict(rate >= 30)} |")
        peak = first.peak_rss
        lines.append(f"| peak RSS, MiB | {peak / MiB:.0f} | - | < 1024 | {_verdict(peak < GiB)} |")
    return lines


def _verdict(met: bool | None) -> str:
    """Return the word for a target met or missed."""
    return "-" if met is None else ("yes" if met else "**no**")


def _phases_table(phases: dict[str, dict[str, float]]) -> list[str]:
    """Return the split of each pipeline run's wall time."""
    columns = list(next(iter(phases.values())))
    lines = ["| run | " + " | ".join(f"{c} s" for c in columns) + " | total s |"]
    lines.append("|---|" + "--:|" * (len(columns) + 1))
    for name, p in phases.items():
        cells = [f"{p[c]:.1f}" for c in columns] + [f"{sum(p.values()):.1f}"]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def _memory_table(results: Results) -> list[str]:
    """Return the peak RSS of every run by size, and the growth between the sizes."""
    sizes = sorted(results.runs)
    names = list(dict.fromkeys(n for size in sizes for n in results.runs[size]))
    lines = ["| run | " + " | ".join(f"{s} files" for s in sizes) + " |"]
    lines.append("|---|" + "--:|" * len(sizes))
    for name in names:
        cells = [results.runs[s].get(name) for s in sizes]
        text = [f"{m.peak_rss / MiB:.0f} MiB" if m else "-" for m in cells]
        lines.append(f"| {name} | " + " | ".join(text) + " |")
    return lines


def _profile_section(profile: dict[str, object]) -> list[str]:
    """Return the profile: parse stages, storage, imports, hottest functions."""
    if not profile:
        return []
    files = int(profile["files"])  # type: ignore[call-overload]
    stages: dict[str, float] = profile["stages"]  # type: ignore[assignment]
    total = stages["total"] or 1.0
    lines = [
        f"In-process, one core, on {files} files ({int(profile['bytes']) / 1e3:.0f} KB) "  # type: ignore[call-overload]
        "spread through the inbox. Stages of `parse_document`:",
        "",
        "| stage | ms per file | share of parse |",
        "|---|--:|--:|",
    ]
    for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        if stage != "total":
            lines.append(f"| {stage} | {seconds / files * 1e3:.1f} | {seconds / total:.0%} |")
    lines.append(f"| **parse_document, total** | **{total / files * 1e3:.1f}** | 100% |")
    storage: dict[str, float] = profile["storage"]  # type: ignore[assignment]
    lines += ["", "After parsing, same sample (one batch, one process):", ""]
    lines += ["| step | s for the sample | ms per file |", "|---|--:|--:|"]
    for step, seconds in storage.items():
        lines.append(f"| {step} | {seconds:.2f} | {seconds / files * 1e3:.1f} |")
    imports: dict[str, float] = profile["imports"]  # type: ignore[assignment]
    lines += ["", "Fresh interpreter importing (median of 3, includes interpreter start):", ""]
    lines += [f"- `{module}`: {seconds:.2f} s" for module, seconds in imports.items()]
    lines += ["", "cProfile, parse_document over the sample, by own time:", "", "```"]
    lines += list(profile["top"])  # type: ignore[call-overload]
    return [*lines, "```"]


def render(results: Results, machine: dict[str, str], command: str, began: datetime) -> str:
    """Return the measured part of BENCHMARKS.md."""
    lines = [BEGIN, f"## Measured {began:%Y-%m-%d %H:%M} UTC", ""]
    lines += [f"Command: `.venv/bin/python {command}`", ""]
    lines += ["| machine | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in machine.items()]
    for size, runs in sorted(results.runs.items()):
        lines += ["", f"### {size} files", "", *_runs_table(runs), "", *_ratios_table(runs)]
        if results.phases.get(size):
            lines += ["", "Where the pipeline's wall time went (timestamps the run wrote):", ""]
            lines += _phases_table(results.phases[size])
    if len(results.runs) > 1:
        lines += ["", "### Peak memory (RSS of the whole process tree) by inbox size", ""]
        lines += _memory_table(results)
    lines += ["", "### Profile", "", *_profile_section(results.profile)]
    lines += [f"- {note}" for note in results.notes]
    return "\n".join([*lines, END]) + "\n"


def write(path: Path, measured: str) -> None:
    """Put ``measured`` between the markers of ``path``, keeping the text around them."""
    old = path.read_text("utf-8") if path.exists() else ""
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        text = head + measured + ("\n" + tail if tail else "")
    else:
        text = "# Benchmarks\n\n" + measured
    path.write_text(text, "utf-8")
