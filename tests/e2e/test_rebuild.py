"""``pressreview rebuild``: the DuckDB file again from the Parquet files alone (the contract)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.runlock import run_lock
from tests.conftest import CLI, ROOT
from tests.warehouse.test_views import CORPUS, OLD, build_multilingual, ingest, put
from warehouse.analytics import snapshot_path
from warehouse.db import database_path
from warehouse.reader import _parquet_reader, open_reader
from warehouse.search import load_fts
from warehouse.storage import open_storage

# Every table a load writes or derives, with an order that makes the rows comparable.
TABLES = {
    "files": "source_path",
    "documents": "doc_id",
    "sections": "section_id",
    "items": "item_id",
    "paragraphs": "paragraph_id",
    "quotes": "quote_id",
    "person_mentions": "doc_id, name",
    "terms": "doc_id, ordinal",
    "rejected_files": "source_path, run_id",
    "persons": "person_key",
    "parquet_files": "path",
    "document_versions": "source_path, doc_id",
}
# Columns a rebuild cannot know: when each version was loaded (it dates it by its run).
UNKNOWABLE = {"document_versions": "source_path, doc_id, content_sha256, run_id"}


def _rebuild(warehouse: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), "rebuild", "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _contents(warehouse: Path) -> dict[str, list[tuple[object, ...]]]:
    with duckdb.connect(str(database_path(warehouse)), read_only=True) as con:
        return {
            table: con.execute(
                f"SELECT {UNKNOWABLE.get(table, '*')} FROM {table} ORDER BY {order}"
            ).fetchall()
            for table, order in TABLES.items()
        }


def _search_hits(warehouse: Path, words: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(database_path(warehouse)), read_only=True) as con:
        load_fts(con)  # from the wheel: a clean machine has no ~/.duckdb copy
        return con.execute(
            "SELECT ref_id, round(score, 6) FROM search_matches(?) ORDER BY 2 DESC, 1", [words]
        ).fetchall()


@pytest.mark.slow
def test_a_lost_database_comes_back_from_parquet(tmp_path: Path) -> None:
    warehouse = build_multilingual(tmp_path)
    before, hits = _contents(warehouse), _search_hits(warehouse, "Azerbaïdjan ministry")
    assert hits and len(before["documents"]) == 1 + len(CORPUS)
    database_path(warehouse).unlink()

    done = _rebuild(warehouse)

    assert done.returncode == 0, done.stderr
    assert f"from {len(before['parquet_files'])} files:" in done.stdout
    assert "the files the last commit counted" in done.stdout
    assert _contents(warehouse) == before
    assert _search_hits(warehouse, "Azerbaïdjan ministry") == hits
    with duckdb.connect(str(database_path(warehouse)), read_only=True) as con:
        runs = con.execute("SELECT run_id, status, documents_loaded FROM ingest_runs").fetchall()
    assert runs == [("run-1", "rebuilt", len(before["documents"]))]


@pytest.mark.slow
def test_rebuild_keeps_the_old_file_and_drops_replaced_versions(tmp_path: Path) -> None:
    """Without the snapshot every file is read; a changed file's old version stays out."""
    inbox, warehouse = tmp_path / "inbox", tmp_path / "wh"
    put(inbox, ROOT / "tests" / "corpus" / CORPUS[0], "review.txt")
    ingest(inbox, warehouse, "run-1")
    put(inbox, ROOT / "tests" / "corpus" / CORPUS[1], "review.txt")  # same path, new content
    ingest(inbox, warehouse, "run-2")
    before = _contents(warehouse)
    assert len(before["documents"]) == 1
    snapshot_path(warehouse).unlink()

    done = _rebuild(warehouse)

    assert done.returncode == 0, done.stderr
    assert "every Parquet file" in done.stdout
    kept = list(warehouse.glob("pressreview.duckdb.before-rebuild-*"))
    assert len(kept) == 1 and f"kept as {kept[0]}" in done.stdout
    after = _contents(warehouse)
    # Both runs' files now count (the snapshot that said which did is gone); the rows agree.
    assert {t: rows for t, rows in after.items() if t != "parquet_files"} == {
        t: rows for t, rows in before.items() if t != "parquet_files"
    }
    assert snapshot_path(warehouse).is_file()  # written again for readers


def test_rebuild_refuses_without_parquet_or_while_a_run_loads(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = _rebuild(empty)
    assert nothing.returncode == 2 and "no Parquet files" in nothing.stderr

    warehouse = build_multilingual(tmp_path)
    original = database_path(warehouse).read_bytes()
    with run_lock(warehouse):
        busy = _rebuild(warehouse)
    assert busy.returncode == 1 and "another ingest run" in busy.stderr
    assert database_path(warehouse).read_bytes() == original
    assert not list(warehouse.glob("pressreview.duckdb.before-rebuild-*"))


@pytest.mark.slow
def test_rebuilt_runs_keep_their_order_through_a_second_rebuild(tmp_path: Path) -> None:
    """A run that only touched a file sits between the two versions' runs, twice over."""
    inbox, warehouse = tmp_path / "inbox", tmp_path / "wh"
    first = put(inbox, ROOT / "tests" / "corpus" / CORPUS[0], "review.txt")
    ingest(inbox, warehouse, "run-1")
    os.utime(first, (OLD + 60, OLD + 60))  # touched, same content
    ingest(inbox, warehouse, "run-2")
    put(inbox, ROOT / "tests" / "corpus" / CORPUS[1], "review.txt")  # changed
    ingest(inbox, warehouse, "run-3")
    before = _contents(warehouse)

    assert _rebuild(warehouse).returncode == 0
    assert _rebuild(warehouse).returncode == 0

    assert {t: r for t, r in _contents(warehouse).items() if t != "parquet_files"} == {
        t: r for t, r in before.items() if t != "parquet_files"
    }
    with open_reader(warehouse):  # the Parquet fallback orders runs the same way
        fallback = _parquet_reader(warehouse, open_storage(warehouse), "test", False)
        documents = fallback.con.execute("SELECT doc_id FROM documents").fetchall()
    assert documents == [(before["documents"][0][0],)]
    with duckdb.connect(str(database_path(warehouse)), read_only=True) as con:
        runs = con.execute("SELECT run_id FROM ingest_runs ORDER BY started_at").fetchall()
    assert runs == [("run-1",), ("run-2",), ("run-3",)]


def test_a_write_ahead_log_stays_with_the_old_file(tmp_path: Path) -> None:
    warehouse = build_multilingual(tmp_path)
    quotes = len(_contents(warehouse)["quotes"])
    commit_to_log_only = (
        "import sys, duckdb\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('PRAGMA disable_checkpoint_on_shutdown')\n"
        "con.execute('DELETE FROM quotes')\n"
        "con.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", commit_to_log_only, str(database_path(warehouse))], check=True
    )
    assert database_path(warehouse).with_name("pressreview.duckdb.wal").exists()

    done = _rebuild(warehouse)

    assert done.returncode == 0, done.stderr
    assert len(_contents(warehouse)["quotes"]) == quotes  # the log was not replayed here
    (kept,) = warehouse.glob("pressreview.duckdb.before-rebuild-*[0-9]")
    assert kept.with_name(kept.name + ".wal").exists()
    with duckdb.connect(str(kept), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM quotes").fetchone() == (0,)
