"""The sixteenth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; only the set's own shape is here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

GOLD_FILES = sorted(HERE.glob("*.gold.json"))
PREFIX = 4  # "1601_" ... "1612_"
ARTICLES = {"1605", "1606", "1607", "1608", "1609", "1610", "1611", "1612"}
FILE_NAME_RE = re.compile(r"^\d{4}_[a-z]{2}_[a-z0-9_]+\.(txt|md)$")


def _number(gold: dict[str, object]) -> str:
    return str(gold["file"])[:PREFIX]


def test_set_shape() -> None:
    assert len(GOLD_FILES) == 12
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    assert all(FILE_NAME_RE.match(g["file"]) for g in golds)
    assert all(g["file"][PREFIX] == "_" for g in golds)
    languages = {g["language"] for g in golds}
    assert {"fr", "en", "de", "ru", "es", "it", "tr", "pt"} <= languages
    assert len(languages & {"hy", "az", "uk", "ka", "pl", "nl"}) >= 3
    assert len(languages) >= 11
    assert [_number(g) for g in golds] == [str(n) for n in range(1601, 1613)]
    reviews = [g for g in golds if _number(g) not in ARTICLES]
    articles = [g for g in golds if _number(g) in ARTICLES]
    assert len(reviews) == 4
    assert len(articles) == 8
    assert all(len(g["sections"]) >= 2 for g in reviews)
    assert all(g["review_date"] is not None for g in reviews)
    assert all(len(g["sections"]) == 1 and g["n_items"] == 1 for g in articles)
    assert all(s["country_code"] is None for g in articles for s in g["sections"])
    assert all(g["review_date"] is not None for g in golds)  # every article has a dated dateline
    encodings = {g.get("encoding", "utf-8") for g in golds}
    assert {"utf-8", "utf-8-sig", "utf-16", "cp1252"} <= encodings
    assert any(g.get("line_endings") == "crlf" for g in golds)
    # a dated file name: digits after the four-digit number and its underscore
    assert any(any(ch.isdigit() for ch in g["file"][PREFIX + 1 :]) for g in golds)
    assert 85 <= sum(len(g["quotes"]) for g in golds) <= 110
    assert sum(len(g["paragraph_repairs"]) for g in golds) >= 3
    assert any(q["n_paragraphs"] >= 2 for g in golds for q in g["quotes"])
