"""Imports point one way: flows -> warehouse -> transforms (checked with ast, not by convention)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

FORBIDDEN = {
    "transforms": {"prefect", "duckdb", "pyarrow", "warehouse", "flows"},
    "warehouse": {"prefect", "flows"},
}


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_reach_upward(layer: str) -> None:
    modules = sorted((ROOT / layer).rglob("*.py"))
    assert modules
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_roots(path) & FORBIDDEN[layer])
        for path in modules
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_only_warehouse_touches_duckdb_and_pyarrow() -> None:
    for path in sorted((ROOT / "flows").rglob("*.py")):
        assert not _imported_roots(path) & {"duckdb", "pyarrow"}, path
