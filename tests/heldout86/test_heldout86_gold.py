"""The eighty-sixth held-out set has the shape its README describes.

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
        first=8601,
        articles={"8607", "8608", "8609", "8610", "8611", "8612"},
        languages={"en", "fr", "es", "it", "ka", "tr", "ru", "uk", "pl", "ro", "de", "hu"},
        quotes=(95, 125),
    )
    check_quote_mix(golds, repairs=6)  # every review repairs a break
