"""The Arrow schemas declared in warehouse/schemas.py match the DDL in warehouse/schema.sql."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from warehouse.db import MIGRATIONS, connect, migrate
from warehouse.schemas import SCHEMAS

DUCKDB_TYPE = {
    pa.string(): "VARCHAR",
    pa.int64(): "BIGINT",
    pa.int32(): "INTEGER",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    pa.timestamp("us", tz="UTC"): "TIMESTAMP WITH TIME ZONE",
    pa.list_(pa.string()): "VARCHAR[]",
}


@pytest.fixture(scope="module")
def described(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[str, str, str]]]:
    con = connect(Path(tmp_path_factory.mktemp("db")) / "schema.duckdb")
    migrate(con)
    tables = {}
    for table in SCHEMAS:
        rows = con.execute(f"DESCRIBE {table}").fetchall()
        tables[table] = [(r[0], r[1], r[2]) for r in rows]
    con.close()
    return tables


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_arrow_schema_matches_ddl(table: str, described: dict) -> None:
    schema = SCHEMAS[table]
    columns = described[table]
    assert [c[0] for c in columns] == schema.names
    for (name, kind, nullable), field in zip(columns, schema, strict=True):
        assert DUCKDB_TYPE[field.type] == kind, name
        assert (nullable == "YES") == field.nullable, name


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    for _ in range(2):
        con = connect(path)
        migrate(con)
        con.close()
    con = connect(path, read_only=True)
    recorded = con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
    assert recorded == [(version,) for version, _, _ in MIGRATIONS]
    con.close()


def test_a_version_1_warehouse_migrates_forward_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute(resources.files("warehouse").joinpath("schema.sql").read_text("utf-8"))
    con.execute("INSERT INTO schema_migrations VALUES (1, 'v1', now())")
    con.execute("INSERT INTO persons VALUES ('d1', 'Ilham Aliyev', ['Ilham Aliev'], 2, 'r1')")
    con.close()
    con = connect(path)
    migrate(con)
    assert con.execute("SELECT doc_id, name, person_key FROM person_mentions").fetchall() == [
        ("d1", "Ilham Aliyev", None)
    ]
    assert con.execute("SELECT count(*) FROM persons").fetchall() == [(0,)]
    columns = [r[0] for r in con.execute("DESCRIBE quotes").fetchall()]
    assert columns[-1] == "speaker_key"
    con.close()
