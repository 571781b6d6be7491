"""The ninety-seventh held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=9701,
        articles={"9707", "9708", "9709", "9710", "9711", "9712"},
        languages={"pt", "ro", "az", "ru", "en", "de", "es", "uk", "hy", "tr"},
        quotes=(95, 125),
        min_languages=10,  # pt and en each carry a review and an article
    )
    check_quote_mix(golds, repairs=6)  # every review repairs a break
