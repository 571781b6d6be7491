"""The twenty-fifth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent
ARTICLES = {"2502", "2505", "2507", "2509"}


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=2501,
        articles=ARTICLES,
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "pl", "uk", "nl", "ro"},
        quotes=(90, 120),
    )
    reviews = [g for g in golds if g["file"][:4] not in ARTICLES]
    assert all(g["paragraph_repairs"] for g in reviews)  # every review repairs a break
    check_quote_mix(golds, repairs=len(reviews))
    # a review mixing rubric (null) and country headings
    assert any({s["country_code"] is None for s in g["sections"]} == {True, False} for g in reviews)
