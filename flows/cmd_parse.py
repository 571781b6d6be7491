"""``pressreview parse FILE``: one document's records as JSON, without Prefect or DuckDB."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(commands: Any) -> None:
    """Add the ``parse`` sub-command."""
    parse = commands.add_parser("parse", help="print one file's records as JSON")
    parse.add_argument("file")
    parse.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print one file's records; 2 with a reason when the file is refused."""
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
