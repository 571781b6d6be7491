"""The hundredth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the numbered sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
This is the first set numbered with five digits (10001-10012).
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=10001,
        articles={"10007", "10008", "10009", "10010", "10011", "10012"},
        languages={"de", "ru", "es", "ka", "pt", "ro", "uk", "hy", "az", "pl"},
        quotes=(95, 125),
        min_languages=10,  # ten languages: German and Spanish have a review and a story each
    )
    check_quote_mix(golds, repairs=6)  # every review repairs a break
    reviews = [g for g in golds if int(g["file"][:5]) <= 10006]
    assert all(len(g["paragraph_repairs"]) == 1 for g in reviews)
