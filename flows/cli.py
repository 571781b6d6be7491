"""The ``pressreview`` command line: each sub-command lives in its own ``flows/cmd_*.py``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from importlib import import_module

# Sub-command modules; each has register(subparsers) and sets a ``handler`` default.
COMMAND_MODULES = (
    "flows.cmd_ingest",
    "flows.cmd_parse",
    "flows.cmd_reprocess",
    "flows.cmd_rebuild",
    "flows.cmd_serve",
    "flows.cmd_query",
)
# Defaults for Prefect's embedded server, unless the user set them: its first start migrates
# a new database, which takes longer than Prefect's default wait on a small machine.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every sub-command."""
    parser = argparse.ArgumentParser(
        prog="pressreview", description="Scheduled ETL for press reviews."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        register: Callable[[argparse._SubParsersAction], None] = import_module(name).register  # type: ignore[type-arg]
        register(commands)
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
