"""The ``pressreview`` command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXAMPLE_QUERY = "SELECT speaker, count(*) AS quotes FROM quotes GROUP BY 1 ORDER BY 2 DESC"
# Defaults for Prefect's embedded server, unless the user set them: its first start migrates
# a new database, which takes longer than Prefect's default wait on a small machine.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}


def _parse_command(args: argparse.Namespace) -> int:
    """Print one file's records as JSON, without Prefect or DuckDB."""
    from transforms.document import parse_file_to_dict
    from transforms.errors import RejectedInput

    path = Path(args.file)
    try:
        records = parse_file_to_dict(path)
    except RejectedInput as exc:
        print(f"pressreview: {path}: rejected: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"pressreview: {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _ingest_command(args: argparse.Namespace) -> int:
    """Run the ingest flow once over the inbox; 0 when the run completed."""
    from flows.ingest import build_task_runner, ingest
    from flows.report import print_run_report
    from flows.settings import Settings

    settings = Settings()
    warehouse = Path(args.warehouse) if args.warehouse else settings.warehouse_dir
    if not Path(args.inbox).is_dir():
        print(f"pressreview: inbox {args.inbox} is not a folder", file=sys.stderr)
        return 2
    flow = ingest.with_options(task_runner=build_task_runner(settings))
    state = flow(inbox=args.inbox, warehouse=str(warehouse), return_state=True)
    if not state.is_completed():
        print(f"pressreview: the ingest run ended {state.name}: {state.message}", file=sys.stderr)
        return 1
    print_run_report(state.result(), warehouse, EXAMPLE_QUERY)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every sub-command."""
    parser = argparse.ArgumentParser(prog="pressreview", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="run the ingest flow once over an inbox folder")
    ingest.add_argument("inbox", help="folder of press-review files")
    ingest.add_argument("--warehouse", help="folder of the DuckDB file and Parquet tree")
    ingest.set_defaults(handler=_ingest_command)
    parse = commands.add_parser("parse", help="print one file's records as JSON")
    parse.add_argument("file")
    parse.set_defaults(handler=_parse_command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pressreview`` console script."""
    args = build_parser().parse_args(argv)
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
