"""The second held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; only the set's own shape is here.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

GOLD_FILES = sorted(HERE.glob("*.gold.json"))


def test_set_shape() -> None:
    assert len(GOLD_FILES) == 12
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    languages = {g["language"] for g in golds}
    assert {"fr", "en", "de", "ru", "es", "it", "tr", "pt", "hy"} <= languages
    assert [g["file"][:3] for g in golds] == [str(n) for n in range(201, 213)]
    assert sum(g["review_date"] is not None for g in golds[:7]) >= 5
    encodings = {g.get("encoding", "utf-8") for g in golds}
    assert {"utf-8", "utf-8-sig", "cp1252"} <= encodings
    assert any(g.get("line_endings") == "crlf" for g in golds)
