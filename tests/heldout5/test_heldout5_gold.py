"""The fifth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; only the set's own shape is here.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

GOLD_FILES = sorted(HERE.glob("*.gold.json"))
WIRES = {"509", "510", "511", "512"}


def test_set_shape() -> None:
    assert len(GOLD_FILES) == 12
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    languages = {g["language"] for g in golds}
    assert {"fr", "en", "de", "ru", "es", "it", "tr", "pt", "hy", "az"} <= languages
    assert len(languages) >= 11
    assert [g["file"][:3] for g in golds] == [str(n) for n in range(501, 513)]
    reviews = [g for g in golds if g["file"][:3] not in WIRES]
    wires = [g for g in golds if g["file"][:3] in WIRES]
    assert len(reviews) == 8
    assert all(len(g["sections"]) >= 2 for g in reviews)
    assert all(g["review_date"] is not None for g in reviews)
    assert all(len(g["sections"]) == 1 and g["n_items"] == 1 for g in wires)
    assert all(s["country_code"] is None for g in wires for s in g["sections"])
    assert sum(g["review_date"] is None for g in golds) == 1  # 512: dateline without a date
    encodings = {g.get("encoding", "utf-8") for g in golds}
    assert {"utf-8", "utf-8-sig", "utf-16", "cp1252"} <= encodings
    assert any(g.get("line_endings") == "crlf" for g in golds)
    assert any(any(ch.isdigit() for ch in g["file"][4:]) for g in golds)  # a dated file name
    assert 80 <= sum(len(g["quotes"]) for g in golds) <= 110
