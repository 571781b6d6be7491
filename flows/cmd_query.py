"""``pressreview search|sql|report``: read the warehouse, never blocking a run that loads it."""

from __future__ import annotations

import argparse
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any


def _location(args: argparse.Namespace) -> tuple[Path, str | None]:
    """The warehouse folder, and where its runs write the Parquet files (the fallback
    reader reads them there)."""
    from flows.settings import Settings

    settings = Settings()
    warehouse = Path(args.warehouse) if args.warehouse else settings.warehouse_dir
    return warehouse, settings.storage_uri or None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(commands: Any) -> None:
    """Add the ``search``, ``sql`` and ``report`` sub-commands."""
    search = commands.add_parser("search", help="full-text search of quotations and paragraphs")
    search.add_argument("query", help="words to find (any of them; accents and case ignored)")
    search.add_argument("--speaker", help="only quotations by this speaker (part of the name)")
    search.add_argument("--country", help="ISO 3166 code of the section, e.g. AZ")
    search.add_argument("--since", type=_day, help="reviews dated on or after YYYY-MM-DD")
    search.add_argument("--lang", help="ISO 639-1 language of the text, e.g. fr")
    search.add_argument("--in", dest="kind", choices=("all", "quotes", "paragraphs"), default="all")
    search.add_argument("--limit", type=_positive, default=20)
    search.add_argument("--warehouse", help="folder of the DuckDB file and Parquet tree")
    search.set_defaults(handler=run_search)

    sql = commands.add_parser("sql", help="run one read-only SQL query on the warehouse")
    sql.add_argument("query", help="one SELECT statement (views: quote_facts, ...)")
    sql.add_argument("--format", choices=("table", "csv", "json", "parquet"), default="table")
    sql.add_argument("--output", help="write to this file instead of printing")
    sql.add_argument("--warehouse", help="folder of the DuckDB file and Parquet tree")
    sql.set_defaults(handler=run_sql)

    report = commands.add_parser("report", help="write a self-contained HTML report")
    report.add_argument("--output", help="HTML file to write (default <warehouse>/report.html)")
    report.add_argument("--warehouse", help="folder of the DuckDB file and Parquet tree")
    report.set_defaults(handler=run_report)


def run_search(args: argparse.Namespace) -> int:
    """Print the ranked matches; 0 with matches, 1 without, 2 when search cannot run."""
    from warehouse.reader import open_reader
    from warehouse.search import SearchUnavailable, search

    with open_reader(*_location(args)) as reader:
        if reader.note:
            print(f"pressreview: {reader.note}", file=sys.stderr)
        try:
            hits = search(
                reader.con,
                args.query,
                speaker=args.speaker,
                country=args.country,
                since=args.since,
                lang=args.lang,
                kind=args.kind,
                limit=args.limit,
            )
        except SearchUnavailable as exc:
            print(f"pressreview: {exc}", file=sys.stderr)
            return 2
    if not hits:
        print(f"No match for {args.query!r}.")
        return 1
    for rank, hit in enumerate(hits, 1):
        where = " · ".join(
            part
            for part in (
                str(hit.day or "undated"),
                hit.country_code or "",
                hit.speaker or "(no speaker)",
                hit.language,
            )
            if part
        )
        print(f"{rank:>2}. [{hit.kind} {hit.score:.2f}] {where}")
        print(textwrap.indent(textwrap.fill(f"«{hit.text}»", 96, max_lines=6), "    "))
        print(f"    {hit.source_path} ({hit.ref_id})")
    return 0


def run_sql(args: argparse.Namespace) -> int:
    """Run one read-only query; 0 when it ran, 2 when refused or invalid."""
    from warehouse.reader import (
        QueryFailed,
        QueryRefused,
        open_reader,
        render,
        run_query,
        write_parquet,
    )

    if args.format == "parquet" and not args.output:
        print("pressreview: --format parquet needs --output FILE", file=sys.stderr)
        return 2
    searches = "search_" in args.query.lower()  # the index is rebuilt only if used
    with open_reader(*_location(args), with_search=searches) as reader:
        if reader.note:
            print(f"pressreview: {reader.note}", file=sys.stderr)
        try:
            if args.format == "parquet":
                rows = write_parquet(reader, args.query, Path(args.output))
                print(f"Wrote {rows} rows to {args.output}")
                return 0
            text = render(run_query(reader, args.query), args.format)
        except (QueryRefused, QueryFailed) as exc:
            print(f"pressreview: {exc}", file=sys.stderr)
            return 2
    if args.output:
        Path(args.output).write_text(text + "\n", "utf-8")
    else:
        print(text)
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Write the HTML report and print its path."""
    from warehouse.report import write_report

    output = Path(args.output) if args.output else None
    warehouse, storage_uri = _location(args)
    path = write_report(warehouse, output, storage_uri)
    print(f"Report: {path}")
    return 0
