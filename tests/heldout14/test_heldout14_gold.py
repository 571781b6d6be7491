"""The fourteenth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_set_shape

HERE = Path(__file__).resolve().parent


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=1401,
        articles={"1406", "1407", "1408", "1409", "1410", "1411", "1412"},
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "hy", "az", "uk", "nl"},
    )
    quotes = [q for g in golds for q in g["quotes"]]
    assert any(q["n_paragraphs"] >= 2 for q in quotes)  # one multi-paragraph quotation
    assert sum(1 for g in golds if g["paragraph_repairs"]) >= 5
    named = [q for q in quotes if q["speaker"] is not None]
    institutions = [q for q in quotes if q["speaker"] is None and q.get("institution")]
    anonymous = [q for q in quotes if q["speaker"] is None and not q.get("institution")]
    assert len(named) > len(institutions) + len(anonymous)
    assert institutions and anonymous
