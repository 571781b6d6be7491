"""A batch's rows become Parquet as they come: every row kept, in order, in one file per table."""

from __future__ import annotations

import io

import pyarrow.parquet as pq

from warehouse.parquet import BatchTables


def _term(doc: int, ordinal: int) -> dict[str, object]:
    return {"doc_id": f"d{doc}", "ordinal": ordinal, "text": f"term {doc}.{ordinal}", "run_id": "r"}


def test_rows_across_flushes_make_one_file_with_every_row_in_order() -> None:
    tables = BatchTables(flush_rows=4)
    expected = [_term(doc, n) for doc in range(7) for n in range(3)]
    for doc in range(7):
        tables.extend("terms", [r for r in expected if r["doc_id"] == f"d{doc}"])
    files = tables.finish()
    assert set(files) == {"terms"}  # tables without rows write no file
    read = pq.read_table(io.BytesIO(files["terms"]))
    assert read.to_pylist() == expected
    assert tables.counts["terms"] == len(expected) == 21
    assert pq.ParquetFile(io.BytesIO(files["terms"])).metadata.num_row_groups > 1


def test_clear_drops_rows_already_compressed() -> None:
    tables = BatchTables(flush_rows=2)
    for n in range(5):
        tables.add("terms", _term(1, n))
    tables.clear("terms")
    tables.add("terms", _term(2, 0))
    files = tables.finish()
    assert pq.read_table(io.BytesIO(files["terms"])).to_pylist() == [_term(2, 0)]
    assert tables.counts["terms"] == 1
