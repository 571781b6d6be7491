"""The thirty-fourth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent
ARTICLES = {"3408", "3409", "3410", "3411", "3412"}


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=3401,
        articles=ARTICLES,
        languages={"fr", "en", "uk", "ru", "hy", "ka", "az", "es", "it", "tr", "de"},
        quotes=(90, 120),
    )
    check_quote_mix(golds, repairs=12)  # every document repairs a break


def test_originals_in_other_languages() -> None:
    """Quotations kept in their original language: en, ru, kk, tg, ka and tr."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.gold.json"))]
    foreign = {q["language"] for g in golds for q in g["quotes"] if q["language"] != g["language"]}
    assert {"en", "ru", "kk", "tg", "ka", "tr"} <= foreign
