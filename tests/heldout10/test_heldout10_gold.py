"""The tenth held-out set is well formed: the corpus gold checks, pointed at this folder.

The checks themselves live in ``tests/corpus/test_corpus_gold.py``; this module runs them on
``tests/heldout10`` by swapping that module's folder and its file-name pattern (this set's
files are numbered with four digits, 1001-1012, where the corpus uses three). Only the
size/language check differs, since the set has its own shape (12 documents: 8 reviews, 4
wire articles).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
if str(CORPUS) not in sys.path:
    sys.path.insert(0, str(CORPUS))

import test_corpus_gold as corpus_checks  # noqa: E402  (a module alias: pytest does not re-collect it)

GOLD_FILES = sorted(HERE.glob("*.gold.json"))
PREFIX = 4  # "1001_" ... "1012_"
WIRES = {"1009", "1010", "1011", "1012"}
FILE_NAME_RE = re.compile(r"^\d{4}_[a-z]{2}_[a-z0-9_]+\.(txt|md)$")


@pytest.fixture(autouse=True)
def _point_checks_here(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(corpus_checks, "CORPUS", HERE)
    monkeypatch.setattr(corpus_checks, "FILE_NAME_RE", FILE_NAME_RE)
    yield


def _number(gold: dict[str, object]) -> str:
    return str(gold["file"])[:PREFIX]


def test_set_shape() -> None:
    assert len(GOLD_FILES) == 12
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    assert all(FILE_NAME_RE.match(g["file"]) for g in golds)
    assert all(g["file"][PREFIX] == "_" for g in golds)
    languages = {g["language"] for g in golds}
    assert {"fr", "en", "de", "ru", "es", "it", "tr", "pt", "hy", "az"} <= languages
    assert len(languages) >= 11
    assert [_number(g) for g in golds] == [str(n) for n in range(1001, 1013)]
    reviews = [g for g in golds if _number(g) not in WIRES]
    wires = [g for g in golds if _number(g) in WIRES]
    assert len(reviews) == 8
    assert len(wires) == 4
    assert all(len(g["sections"]) >= 2 for g in reviews)
    assert all(g["review_date"] is not None for g in reviews)
    assert all(len(g["sections"]) == 1 and g["n_items"] == 1 for g in wires)
    assert all(s["country_code"] is None for g in wires for s in g["sections"])
    assert all(g["review_date"] is not None for g in golds)  # every wire has a dated dateline
    encodings = {g.get("encoding", "utf-8") for g in golds}
    assert {"utf-8", "utf-8-sig", "utf-16", "cp1252"} <= encodings
    assert any(g.get("line_endings") == "crlf" for g in golds)
    # a dated file name: digits after the four-digit number and its underscore
    assert any(any(ch.isdigit() for ch in g["file"][PREFIX + 1 :]) for g in golds)
    assert 80 <= sum(len(g["quotes"]) for g in golds) <= 110


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_form(path: Path) -> None:
    corpus_checks.test_gold_form(path)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_file_encoding(path: Path) -> None:
    corpus_checks.test_file_encoding(path)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_agrees_with_text(path: Path) -> None:
    corpus_checks.test_gold_agrees_with_text(path)
