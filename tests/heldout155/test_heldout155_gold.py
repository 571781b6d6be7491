"""The hundred-and-fifty-fifth held-out set has the shape its README describes.

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
        first=15501,
        articles={"15507", "15508", "15509", "15510", "15511", "15512"},
        languages={"en", "it", "ka", "pt", "nl", "ru", "tr", "fr", "es", "az", "de", "hy"},
        quotes=(95, 125),
    )
    check_quote_mix(golds, repairs=6)  # every review repairs a break
