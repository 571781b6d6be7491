"""The hundred-and-fifty-third held-out set has the shape its README describes.

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
        first=15301,
        articles={"15307", "15308", "15309", "15310", "15311", "15312"},
        languages={"fr", "ru", "tr", "it", "ka", "en", "de", "es", "az", "hy", "uk", "pl"},
        quotes=(95, 125),
    )
    check_quote_mix(golds, repairs=6)  # every review repairs a break
