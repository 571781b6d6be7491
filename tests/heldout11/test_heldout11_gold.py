"""The eleventh held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_set_shape

HERE = Path(__file__).resolve().parent


def test_set_shape() -> None:
    check_set_shape(
        HERE,
        first=1101,
        articles={"1109", "1110", "1111", "1112"},
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "hy", "az", "pl", "ro"},
    )
