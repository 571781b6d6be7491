"""Full-text search: per-language stemming, accents and case ignored, BM25, filters, offline."""

from __future__ import annotations

import os
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLE
from tests.warehouse.test_views import (
    OLD,
    ingest,
    put,
    writer_holding,
)
from transforms.document import PARSER_VERSION
from warehouse.batch import ReprocessJob, run_reprocess_batch
from warehouse.db import database_path, migrate
from warehouse.load import RunRecord, current_documents, derived_state_behind, load_run
from warehouse.reader import QueryRefused, open_reader, run_query
from warehouse.rows import FileFacts
from warehouse.search import SearchHit, fts_extension_file, load_fts, search


def _search(warehouse: Path, query: str, **filters: object) -> list[SearchHit]:
    with open_reader(warehouse) as reader:
        return search(reader.con, query, **filters)  # type: ignore[arg-type]


def test_fts_loads_from_the_wheel_with_no_extension_folder(tmp_path: Path) -> None:
    assert fts_extension_file() is not None
    con = duckdb.connect(
        config={
            "extension_directory": str(tmp_path / "empty"),  # nothing installed there
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
        }
    )
    try:
        load_fts(con)
        assert con.execute("SELECT stem('résolutions', 'french')").fetchone() == ("résolu",)
    finally:
        con.close()
    assert not (tmp_path / "empty").exists()  # loaded in place: nothing downloaded or copied


def test_index_per_stemmer_is_built_by_the_load(multilingual_warehouse: Path) -> None:
    con = duckdb.connect(str(database_path(multilingual_warehouse)), read_only=True)
    try:
        indexes = dict(con.execute("SELECT stemmer, texts FROM search_indexes").fetchall())
        texts = con.execute(
            "SELECT (SELECT count(*) FROM quotes) + (SELECT count(*) FROM paragraphs)"
        ).fetchone()
    finally:
        con.close()
    assert {"french", "english", "russian", "german"} <= set(indexes)
    assert texts is not None and sum(indexes.values()) == texts[0]


def test_accents_and_case_are_ignored(sample_warehouse: Path) -> None:
    plain = _search(sample_warehouse, "AZERBAIDJANAIS", kind="quotes")
    accented = _search(sample_warehouse, "azerbaïdjanais", kind="quotes")
    assert plain and [h.ref_id for h in plain] == [h.ref_id for h in accented]
    assert all("azerbaïdjan" in h.text.lower() for h in plain)


def test_french_stemming_finds_other_forms(sample_warehouse: Path) -> None:
    hits = _search(sample_warehouse, "résolution", kind="quotes")
    assert [h.ref_id.rsplit("-", 1)[1] for h in hits] == ["q4"]
    assert "résolutions" in hits[0].text and hits[0].speaker == "Hikmet Hajiyev"


def test_each_language_is_stemmed_its_own_way(multilingual_warehouse: Path) -> None:
    english = _search(multilingual_warehouse, "negotiation", lang="en")
    assert english and all(h.language == "en" for h in english)
    assert any("negotiations" in h.text.lower() for h in english)
    russian = _search(multilingual_warehouse, "президенты", lang="ru")
    assert russian and all(h.language == "ru" for h in russian)
    assert any("президент" in h.text.lower() for h in russian)


def test_ranked_by_bm25(sample_warehouse: Path) -> None:
    hits = _search(sample_warehouse, "Karabakh")
    assert [h.kind for h in hits] == ["paragraph", "paragraph"]
    assert hits[0].score >= hits[1].score > 0
    assert hits[1].speaker == "Hikmet Hajiyev"  # the quotation opening in that paragraph


def test_filters(multilingual_warehouse: Path) -> None:
    everyone = _search(multilingual_warehouse, "Azerbaijan Azerbaïdjan", limit=100)
    assert {h.language for h in everyone} >= {"fr", "en"}
    by_speaker = _search(multilingual_warehouse, "Azerbaïdjan", speaker="hajiyev", limit=100)
    assert by_speaker and {h.speaker for h in by_speaker} == {"Hikmet Hajiyev"}
    assert _search(multilingual_warehouse, "Azerbaïdjan", country="az", limit=100)
    assert not _search(multilingual_warehouse, "Azerbaïdjan", country="XX")
    assert not _search(multilingual_warehouse, "Azerbaïdjan", since=date(2999, 1, 1))
    french = _search(multilingual_warehouse, "Azerbaïdjan", lang="fr", limit=100)
    assert french and {h.language for h in french} == {"fr"}
    assert len(_search(multilingual_warehouse, "Azerbaïdjan", limit=2)) == 2


def test_a_new_load_is_searchable(tmp_path: Path) -> None:
    inbox, warehouse = tmp_path / "inbox", tmp_path / "wh"
    put(inbox, SAMPLE)
    ingest(inbox, warehouse, "run-1")
    assert not _search(warehouse, "Waffenruhe")
    put(inbox, SAMPLE.parents[1] / "tests" / "corpus" / "014_de_markdown_eu.md")
    ingest(inbox, warehouse, "run-2")
    hits = _search(warehouse, "waffenruhe")
    assert hits and hits[0].language == "de"


def test_search_while_a_run_holds_the_database(sample_warehouse: Path) -> None:
    expected = [h.ref_id for h in _search(sample_warehouse, "Karabakh")]
    with writer_holding(sample_warehouse), open_reader(sample_warehouse) as reader:
        assert reader.source == "snapshot"
        assert [h.ref_id for h in search(reader.con, "Karabakh")] == expected


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM quotes",
        "CREATE TABLE x AS SELECT 1",
        "COPY quotes TO 'out.csv'",
        "SELECT 1; SELECT 2",
        "ATTACH 'other.duckdb'",
        "SET enable_external_access = true",
    ],
)
def test_only_reads_are_run(sample_warehouse: Path, sql: str) -> None:
    with open_reader(sample_warehouse) as reader, pytest.raises(QueryRefused):
        run_query(reader, sql)


def test_queries_cannot_touch_files(sample_warehouse: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    os.utime(secret, (OLD, OLD))
    with open_reader(sample_warehouse) as reader, pytest.raises(Exception, match="disabled"):
        run_query(reader, "SELECT * FROM read_csv($path)".replace("$path", repr(str(secret))))


def _indexed_versus_loaded(warehouse: Path) -> tuple[list[tuple], list[tuple], int, int]:
    con = duckdb.connect(str(database_path(warehouse)), read_only=True)
    try:
        indexed = sorted(con.execute("SELECT * FROM search_documents").fetchall())
        loaded = sorted(con.execute("SELECT doc_id, run_id FROM documents").fetchall())
        texts = con.execute("SELECT count(*) FROM search_texts").fetchone()
        rows = con.execute(
            "SELECT (SELECT count(*) FROM quotes) + (SELECT count(*) FROM paragraphs)"
        ).fetchone()
    finally:
        con.close()
    assert texts is not None and rows is not None
    return indexed, loaded, int(texts[0]), int(rows[0])


def test_a_reprocess_indexes_the_new_rows_in_place_of_the_old(sample_warehouse: Path) -> None:
    documents = [FileFacts(*row) for row in current_documents(sample_warehouse)]
    started = datetime.now(UTC)
    job = ReprocessJob(1, documents, str(sample_warehouse), "run-2", started, "")
    result = run_reprocess_batch(job)
    staged = {table: [path] for table, path in result.parquet_files.items()}
    record = RunRecord("run-2", None, "reprocess", started, 1, 1, 0, 0, PARSER_VERSION)
    load_run(sample_warehouse, staged, record, replace_all=True)
    indexed, loaded, texts, rows = _indexed_versus_loaded(sample_warehouse)
    assert indexed == loaded and {run for _, run in indexed} == {"run-2"}
    assert texts == rows  # the old texts are gone, not doubled
    assert not derived_state_behind(sample_warehouse)
    assert [
        h.ref_id.rsplit("-", 1)[1] for h in _search(sample_warehouse, "résolution", kind="quotes")
    ] == ["q4"]


def test_an_index_out_of_step_with_the_tables_is_noticed(sample_warehouse: Path) -> None:
    assert not derived_state_behind(sample_warehouse)
    con = duckdb.connect(str(database_path(sample_warehouse)))
    try:  # as if a crash had struck between a load's commit and its search refresh
        con.execute("UPDATE search_documents SET run_id = 'an-earlier-run'")
    finally:
        con.close()
    assert derived_state_behind(sample_warehouse)


def test_query_words_are_read_as_the_index_reads_them(sample_warehouse: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "résolutions")
    assert decomposed != "résolutions"
    composed = [h.ref_id for h in _search(sample_warehouse, "résolutions")]
    assert composed and [h.ref_id for h in _search(sample_warehouse, decomposed)] == composed
    con = duckdb.connect()
    try:
        migrate(con)
        words = con.execute("SELECT search_words(?)", ["हिन्दी समाचार, l'ONU"]).fetchone()
    finally:
        con.close()
    assert words == (["हिन्दी", "समाचार", "l", "onu"],)  # combining marks stay in their word


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ,.;— ",
        "« Nous avons discuté », a-t-il ajouté.",
        "Заявил 3 марта: «Да»",
        "ՀՀ ԱԳՆ-ից՝ «խաղաղություն»",
        "l'ONU\u00a0et\u202fl’OTAN 2024-03-05",
        "ṭ\u0301est e\u0301te\u0301",
    ],
)
def test_search_words_finds_the_words_the_first_definition_found(text: str) -> None:
    """Migration 4 extracts the word runs; migration 3 split on the rest and dropped empties."""
    con = duckdb.connect()
    try:
        migrate(con)
        words, split = con.execute(
            "SELECT search_words($1), "
            r"list_filter(regexp_split_to_array(lower($1), '[^\p{L}\p{M}\p{N}]+'), w -> w <> '')",
            [text],
        ).fetchone()
    finally:
        con.close()
    assert words == split
