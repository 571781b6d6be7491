"""``pressreview ingest INBOX``: run the ingest flow once."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flows.settings import Settings

EXAMPLE_QUERY = "SELECT speaker, count(*) AS quotes FROM quotes GROUP BY 1 ORDER BY 2 DESC"


def register(commands: Any) -> None:
    """Add the ``ingest`` sub-command."""
    ingest = commands.add_parser("ingest", help="run the ingest flow once over an inbox folder")
    ingest.add_argument("inbox", help="folder of press-review files")
    ingest.add_argument("--warehouse", help="folder of the DuckDB file and Parquet tree")
    ingest.add_argument(
        "--always-run",
        action="store_true",
        help="start a flow run even when nothing in the inbox is new or changed",
    )
    ingest.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the flow; 0 when the run completed, 1 when it failed, 2 for a bad argument."""
    from flows.settings import Settings

    settings = Settings()
    warehouse = Path(args.warehouse) if args.warehouse else settings.warehouse_dir
    if not Path(args.inbox).is_dir():
        print(f"pressreview: inbox {args.inbox} is not a folder", file=sys.stderr)
        return 2
    # Resolved as the flow resolves them: the manifest keeps absolute paths.
    if not args.always_run and _nothing_new(
        Path(args.inbox).resolve(), warehouse.resolve(), settings
    ):
        return 0
    from flows.early_server import early_temporary_server
    from flows.head_start import head_start

    with (
        early_temporary_server() as server,
        head_start(Path(args.inbox), warehouse, settings),  # the batches start parsing now
    ):
        # Imported only now, while the server boots: Prefect's import and its temporary
        # server cost seconds a no-op scheduled run should not pay.
        from flows.compute import prefect_api_for_workers
        from flows.ingest import build_task_runner, ingest
        from flows.report import print_run_report

        flow = ingest.with_options(task_runner=build_task_runner(settings))
        with server.in_use() if server else nullcontext(), prefect_api_for_workers(settings):
            state = flow(inbox=args.inbox, warehouse=str(warehouse), return_state=True)
    if not state.is_completed():
        print(f"pressreview: the ingest run ended {state.name}: {state.message}", file=sys.stderr)
        return 1
    print_run_report(state.result(), warehouse, EXAMPLE_QUERY)
    return 0


def _nothing_new(inbox: Path, warehouse: Path, settings: Settings) -> bool:
    """Say so and return True when a run would change nothing (no flow run is started)."""
    from warehouse.plan import idle_plan

    plan = idle_plan(inbox, warehouse, settings.settle_seconds, settings.storage_uri or None)
    if plan is None:
        return False
    waiting = f", {len(plan.settling)} still being written" if plan.settling else ""
    print(
        f"Nothing new in {inbox}: {plan.unchanged} files unchanged{waiting}. "
        "No flow run started (--always-run starts one anyway)."
    )
    return True
