"""The eightieth held-out set has the shape its README describes.

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
        first=8001,
        articles={"8007", "8008", "8009", "8010", "8011", "8012"},
        languages={"pl", "ro", "pt", "cs", "ka", "it", "tr", "uk", "az", "de", "en", "hy"},
        quotes=(95, 120),
    )
    check_quote_mix(golds, repairs=6)  # every review repairs a break
