"""docs/queries.md cannot rot: every SQL block runs on the ingested sample, answers match."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT
from tests.warehouse.test_views import build_warehouse
from warehouse.reader import Reader, open_reader, render_table, run_query

DOC = ROOT / "docs" / "queries.md"
SQL_BLOCK = re.compile(r"```sql\n(.*?)```\n(.*?)(?=^## |\Z)", re.DOTALL | re.MULTILINE)


def _examples() -> list[tuple[str, str, str | None]]:
    """Return (question, sql, answer table or None) for every section of the page."""
    examples = []
    for section in re.split(r"^## ", DOC.read_text("utf-8"), flags=re.MULTILINE)[1:]:
        question = section.splitlines()[0]
        found = SQL_BLOCK.search(section)
        assert found, f"no SQL block under {question!r}"
        table = [line for line in found[2].splitlines() if line.startswith("|")]
        examples.append((question, found[1].strip(), "\n".join(table) or None))
    return examples


EXAMPLES = _examples()


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reader]:
    warehouse = build_warehouse(tmp_path_factory.mktemp("doc"))
    with open_reader(warehouse) as opened:
        assert opened.source == "database"
        yield opened


def test_the_page_asks_at_least_ten_questions() -> None:
    assert len(EXAMPLES) >= 10
    assert sum(answer is not None for _, _, answer in EXAMPLES) >= 10


@pytest.mark.parametrize(("question", "sql", "answer"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_runs_and_gives_the_answer_shown(
    reader: Reader, question: str, sql: str, answer: str | None
) -> None:
    result = run_query(reader, sql)
    assert result.columns, question
    if answer is not None:
        assert render_table(result) == answer
