"""``pressreview serve INBOX``: a long-lived runner serving the ingest deployment on a schedule."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the CLI imports Prefect only when a command runs
    from prefect.deployments.runner import RunnerDeployment

    from flows.settings import Settings


def register(commands: Any) -> None:
    """Add the ``serve`` sub-command."""
    serve = commands.add_parser(
        "serve",
        help="serve the ingest deployment on a cron schedule (one run at a time) until stopped",
    )
    serve.add_argument("inbox", nargs="?", default="seeds", help="inbox folder (default: seeds)")
    serve.add_argument("--warehouse", help="folder of the DuckDB file and Parquet tree")
    serve.add_argument("--cron", help="cron schedule (default: PRESSREVIEW_SCHEDULE_CRON)")
    serve.add_argument("--timezone", help="IANA time zone of the cron schedule (default: UTC)")
    serve.set_defaults(handler=run)


def deployment_from_args(args: argparse.Namespace, settings: Settings) -> RunnerDeployment:
    """Build the deployment: flags win over PRESSREVIEW_* settings, which win over defaults."""
    from flows.serve import build_deployment

    warehouse = Path(args.warehouse) if args.warehouse else settings.warehouse_dir
    cron = args.cron or settings.schedule_cron
    timezone = args.timezone or settings.schedule_timezone
    return build_deployment(Path(args.inbox), warehouse, cron, timezone, settings)


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; 0 on a clean stop, 2 for a bad argument."""
    from flows.serve import FULL_NAME, describe, serve_forever
    from flows.settings import Settings

    settings = Settings()
    if not Path(args.inbox).is_dir():
        print(f"pressreview: inbox {args.inbox} is not a folder", file=sys.stderr)
        return 2
    try:
        deployment = deployment_from_args(args, settings)
    except ValueError as exc:
        print(f"pressreview: bad schedule: {exc}", file=sys.stderr)
        return 2
    facts = describe(deployment)
    [schedule] = facts["schedules"]
    print(
        f"Serving {FULL_NAME}: cron '{schedule['cron']}' ({schedule['timezone']}), "
        f"one run at a time; inbox {facts['parameters']['inbox']}, "
        f"warehouse {facts['parameters']['warehouse']}.",
        flush=True,
    )
    print(f"Run it now: prefect deployment run '{FULL_NAME}'", flush=True)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is the normal way to stop
        serve_forever(deployment)
    return 0
