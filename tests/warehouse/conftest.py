"""Warehouses built once per test from the sample (and three corpus reviews), for tests here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.warehouse.test_views import build_multilingual, build_warehouse


@pytest.fixture
def sample_warehouse(tmp_path: Path) -> Path:
    return build_warehouse(tmp_path)


@pytest.fixture
def multilingual_warehouse(tmp_path: Path) -> Path:
    return build_multilingual(tmp_path)
