"""``pressreview search|sql|report`` as subprocesses, on real files, also while a run loads."""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import CLI
from tests.warehouse.test_views import build_multilingual, build_warehouse, writer_holding


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return build_warehouse(tmp_path)


def test_search_prints_ranked_quotations(warehouse: Path) -> None:
    done = _run(
        "search",
        "Azerbaïdjan",
        "--in",
        "quotes",
        "--speaker",
        "hajiyev",
        "--country",
        "AZ",
        "--limit",
        "2",
        "--warehouse",
        str(warehouse),
    )
    assert done.returncode == 0, done.stderr
    ranked = re.findall(r"^ *(\d+)\. \[quote (\d+\.\d+)\] (.*)$", done.stdout, re.MULTILINE)
    assert [r[0] for r in ranked] == ["1", "2"]
    assert float(ranked[0][1]) >= float(ranked[1][1])
    assert all("AZ · Hikmet Hajiyev · fr" in r[2] for r in ranked)
    assert "000_0f0d6b5f540838f0.txt" in done.stdout


def test_search_without_match_and_with_filters(warehouse: Path) -> None:
    assert (
        _run(
            "search", "Karabakh", "--since", "2999-01-01", "--warehouse", str(warehouse)
        ).returncode
        == 1
    )
    bad = _run("search", "Karabakh", "--since", "yesterday", "--warehouse", str(warehouse))
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_sql_formats(warehouse: Path, tmp_path: Path) -> None:
    query = "SELECT speaker, count(*) AS n FROM quote_facts GROUP BY 1 ORDER BY 2 DESC"
    table = _run("sql", query, "--warehouse", str(warehouse))
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[2] == "| Hikmet Hajiyev | 4   |"
    as_json = _run("sql", query, "--format", "json", "--warehouse", str(warehouse))
    assert json.loads(as_json.stdout)[0] == {"speaker": "Hikmet Hajiyev", "n": 4}
    as_csv = _run("sql", query, "--format", "csv", "--warehouse", str(warehouse))
    assert as_csv.stdout.splitlines()[:2] == ["speaker,n", "Hikmet Hajiyev,4"]
    out = tmp_path / "out" / "q.parquet"
    written = _run(
        "sql",
        "SELECT * FROM quote_facts",
        "--format",
        "parquet",
        "--output",
        str(out),
        "--warehouse",
        str(warehouse),
    )
    assert written.returncode == 0 and pq.read_table(out).num_rows == 7


def test_sql_refuses_writes(warehouse: Path) -> None:
    done = _run("sql", "DELETE FROM quotes", "--warehouse", str(warehouse))
    assert done.returncode == 2 and "only SELECT" in done.stderr
    bad = _run("sql", "SELECT nope FROM quotes", "--warehouse", str(warehouse))
    assert bad.returncode == 2 and "nope" in bad.stderr and "Traceback" not in bad.stderr


def test_commands_answer_at_once_while_a_run_holds_the_database(warehouse: Path) -> None:
    with writer_holding(warehouse):
        started = time.monotonic()
        done = _run(
            "sql", "SELECT count(*) AS quotes FROM quote_facts", "--warehouse", str(warehouse)
        )
        found = _run("search", "Karabakh", "--warehouse", str(warehouse))
        report = _run("report", "--warehouse", str(warehouse))
        elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "being written by a run" in done.stderr
    assert done.stdout.splitlines()[-1] == "| 7      |"  # committed rows, not the writer's
    assert found.returncode == 0 and "Hikmet Hajiyev" in found.stdout
    assert report.returncode == 0, report.stderr
    assert elapsed < 30


def test_report_is_self_contained(tmp_path: Path) -> None:
    warehouse = build_multilingual(tmp_path)
    out = tmp_path / "report.html"
    done = _run("report", "--output", str(out), "--warehouse", str(warehouse))
    assert done.returncode == 0, done.stderr
    page = out.read_text("utf-8")
    assert "<svg" in page and "<style>" in page
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page)  # no external asset
    assert "<link" not in page and "<script" not in page
    for heading in (
        "Quotations per country per week",
        "Top speakers",
        "Language mix",
        "Latest quotations",
    ):
        assert heading in page
    assert "Hikmet Hajiyev" in page and "Ильхам Алиев" in page
