"""The hundred-and-third held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the numbered sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=10301,
        articles={"10307", "10308", "10309", "10310", "10311", "10312"},
        languages={"es", "uk", "fr", "ka", "it", "az", "en", "pl", "hy", "ru", "tr", "de"},
        quotes=(95, 125),
    )
    check_quote_mix(golds, repairs=6)  # every review repairs a break
