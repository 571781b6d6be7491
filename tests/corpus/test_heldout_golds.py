"""Every held-out set is well formed: the corpus gold checks, pointed at each set's folder.

The checks live in ``test_corpus_gold.py`` and read that module's folder and file-name
pattern; each check here swaps both for the held-out folder of the gold it checks (a set
numbered with four digits, 1001-1012, gets a four-digit pattern). Each held-out folder keeps
only its own ``test_set_shape``. ``tests/heldout`` (the first set) predates the checks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import test_corpus_gold as corpus_checks  # a module alias: pytest does not re-collect it

TESTS = Path(__file__).resolve().parent.parent
GOLD_FILES = [
    gold
    for folder in sorted(TESTS.glob("heldout?*"))
    for gold in sorted(folder.glob("*.gold.json"))
]


def _point_checks_at(monkeypatch: pytest.MonkeyPatch, gold: Path) -> None:
    """Make the corpus checks read the gold's own folder and its file-name numbering."""
    digits = len(gold.name.split("_", 1)[0])
    pattern = re.compile(rf"^\d{{{digits}}}_[a-z]{{2}}_[a-z0-9_]+\.(txt|md)$")
    monkeypatch.setattr(corpus_checks, "CORPUS", gold.parent)
    monkeypatch.setattr(corpus_checks, "FILE_NAME_RE", pattern)


def _gold_id(gold: Path) -> str:
    return f"{gold.parent.name}/{gold.name}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=_gold_id)
def test_gold_form(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    _point_checks_at(monkeypatch, path)
    corpus_checks.test_gold_form(path)


@pytest.mark.parametrize("path", GOLD_FILES, ids=_gold_id)
def test_file_encoding(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    _point_checks_at(monkeypatch, path)
    corpus_checks.test_file_encoding(path)


@pytest.mark.parametrize("path", GOLD_FILES, ids=_gold_id)
def test_gold_agrees_with_text(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    _point_checks_at(monkeypatch, path)
    corpus_checks.test_gold_agrees_with_text(path)
