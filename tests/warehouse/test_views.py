"""Analyst views on real DuckDB and Parquet files, and the reader that never waits for a run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from tests.conftest import ROOT, SAMPLE
from tests.warehouse.test_load import _ingest
from warehouse.analytics import VIEWS, apply_views, snapshot_path
from warehouse.db import database_path, migrate
from warehouse.reader import open_reader, render_table, run_query

OLD = 1_600_000_000
# A few corpus reviews in other languages, beside the sample (French).
CORPUS = ("003_en_sources_crlf.txt", "005_ru_dash_speech_bom.txt", "014_de_markdown_eu.md")


def put(inbox: Path, source: Path, name: str | None = None) -> Path:
    """Copy a file into the inbox with an old mtime (so it is not 'still being written')."""
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / (name or source.name)
    shutil.copy(source, target)
    os.utime(target, (OLD, OLD))
    return target


def ingest(inbox: Path, warehouse: Path, run_id: str = "run-1") -> None:
    """Plan, parse and load without Prefect (the flow's steps)."""
    _ingest(inbox, warehouse, run_id)


def build_warehouse(folder: Path, *sources: Path) -> Path:
    """Ingest the sample and ``sources`` into ``folder/wh``; return the warehouse folder."""
    for source in (SAMPLE, *sources):
        put(folder / "inbox", source)
    ingest(folder / "inbox", folder / "wh")
    return folder / "wh"


def build_multilingual(folder: Path) -> Path:
    """The sample (French) and three corpus reviews (English, Russian, German)."""
    return build_warehouse(folder, *(ROOT / "tests" / "corpus" / name for name in CORPUS))


@contextmanager
def writer_holding(warehouse: Path) -> Iterator[subprocess.Popen[str]]:
    """Hold a write connection on the database from another process, like a loading run."""
    code = (
        "import sys, time, duckdb\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('BEGIN TRANSACTION')\n"
        "con.execute('DELETE FROM quotes')\n"  # uncommitted: readers must not see it
        "print('locked', flush=True)\n"
        "time.sleep(120)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(database_path(warehouse))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        proc.kill()
        proc.wait()


def _view_rows(warehouse: Path) -> tuple[str, dict[str, list[tuple[object, ...]]]]:
    with open_reader(warehouse) as reader:
        return reader.source, {
            view: sorted(
                (tuple(r) for r in reader.con.execute(f"SELECT * FROM {view}").fetchall()),
                key=repr,
            )
            for view in VIEWS
        }


def test_every_view_and_column_is_documented(sample_warehouse: Path) -> None:
    con = duckdb.connect(str(database_path(sample_warehouse)), read_only=True)
    try:
        views = dict(
            con.execute(
                "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"
            ).fetchall()
        )
        undocumented = con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() "
            "WHERE table_name IN (SELECT unnest(?)) AND comment IS NULL",
            [list(VIEWS)],
        ).fetchall()
    finally:
        con.close()
    assert all(views.get(v) for v in VIEWS), views
    assert undocumented == []


def test_views_apply_where_duckdb_cannot_fetch_extensions() -> None:
    # A clean machine offline: nothing in ~/.duckdb, no download. The search macro's stem()
    # must come from the fts wheel, loaded before the views are created.
    offline = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    con = duckdb.connect(":memory:", config=offline)
    migrate(con)
    apply_views(con)
    names = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
    assert set(VIEWS) <= names
    assert con.execute("SELECT * FROM search_matches('résolution')").fetchall() == []


def test_views_on_the_sample(sample_warehouse: Path) -> None:
    with open_reader(sample_warehouse) as reader:
        assert reader.source == "database" and reader.note == ""
        rows = run_query(
            reader,
            "SELECT speaker, count(*), any_value(country_code), any_value(section_heading) "
            "FROM quote_facts GROUP BY 1 ORDER BY 2 DESC",
        ).rows
        assert rows == [
            ("Hikmet Hajiyev", 4, "AZ", "Azerbaïdjan"),
            ("Ilham Aliyev", 2, "AZ", "Azerbaïdjan"),
            ("Zakir Hasanov", 1, "AZ", "Azerbaïdjan"),
        ]
    with open_reader(sample_warehouse) as reader:
        directory = run_query(
            reader,
            "SELECT name, variants, countries, quotations, mentions FROM speaker_directory "
            "ORDER BY quotations DESC, name LIMIT 3",
        ).rows
    assert directory == [
        ("Hikmet Hajiyev", ["Hajiyev"], ["AZ"], 4, 3),
        ("Ilham Aliyev", ["Ilham Aliev"], ["AZ"], 2, 2),
        ("Zakir Hasanov", ["Gal Hasanov"], ["AZ"], 1, 3),
    ]
    with open_reader(sample_warehouse) as reader:
        mix = run_query(reader, "SELECT * FROM language_mix").rows
        coverage = run_query(
            reader,
            "SELECT country_code, documents, paragraphs, quotations, speakers "
            "FROM coverage_by_country_week",
        ).rows
    assert mix == [("fr", 1, 18, 7, 100.0)]
    assert coverage == [("AZ", 1, 18, 7, 3)]


def test_language_mix_adds_up(multilingual_warehouse: Path) -> None:
    with open_reader(multilingual_warehouse) as reader:
        sums = reader.con.execute(
            "SELECT sum(documents), sum(paragraphs), sum(quotations), round(sum(paragraph_pct)) "
            "FROM language_mix"
        ).fetchone()
        counts = reader.con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM paragraphs), "
            "(SELECT count(*) FROM quotes)"
        ).fetchone()
        languages = {r[0] for r in reader.con.execute("FROM language_mix").fetchall()}
    assert sums is not None and counts is not None
    assert sums[:3] == counts and sums[3] == 100
    assert {"fr", "en", "ru", "de"} <= languages


def test_parquet_fallback_gives_the_same_views(multilingual_warehouse: Path) -> None:
    source, expected = _view_rows(multilingual_warehouse)
    assert source == "database"
    database_path(multilingual_warehouse).write_bytes(b"not a database" * 100)
    source, rows = _view_rows(multilingual_warehouse)
    assert source == "snapshot" and rows == expected
    snapshot_path(multilingual_warehouse).unlink()
    source, rows = _view_rows(multilingual_warehouse)
    assert source == "parquet" and rows == expected


def test_fallback_drops_a_changed_files_old_version(tmp_path: Path) -> None:
    inbox, warehouse = tmp_path / "inbox", tmp_path / "wh"
    path = put(inbox, SAMPLE, "review.txt")
    ingest(inbox, warehouse, "run-1")
    path.write_bytes(SAMPLE.read_bytes().replace(b"Hikmet Hajiyev", b"H. Hajiyev", 1))
    os.utime(path, (OLD + 100, OLD + 100))
    ingest(inbox, warehouse, "run-2")
    source, expected = _view_rows(warehouse)
    assert source == "database" and len(expected["quote_facts"]) == 7
    shutil.copy(database_path(warehouse), tmp_path / "keep.duckdb")
    database_path(warehouse).write_bytes(b"garbage")
    assert _view_rows(warehouse) == ("snapshot", expected)
    snapshot_path(warehouse).unlink()
    assert _view_rows(warehouse) == ("parquet", expected)


def test_reading_while_a_run_holds_the_database(sample_warehouse: Path) -> None:
    _, expected = _view_rows(sample_warehouse)
    with writer_holding(sample_warehouse):
        started = time.monotonic()
        with open_reader(sample_warehouse) as reader:
            assert reader.source == "snapshot"
            assert "being written" in reader.note
            table = render_table(run_query(reader, "SELECT count(*) AS quotes FROM quote_facts"))
        assert time.monotonic() - started < 10  # never waits for the lock
        assert _view_rows(sample_warehouse) == ("snapshot", expected)
    assert table.splitlines()[-1].split("|")[1].strip() == "7"  # committed rows only
