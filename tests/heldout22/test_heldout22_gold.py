"""The twenty-second held-out set has the shape its README describes.

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
        first=2201,
        articles={"2202", "2206", "2208", "2211"},
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "ro", "cs", "sv", "hy"},
        quotes=(90, 120),
    )
    assert len({g["language"] for g in golds}) == 12  # one language per document
    quotes = [q for g in golds for q in g["quotes"]]
    assert sum(1 for q in quotes if q["n_paragraphs"] >= 2) >= 2  # multi-paragraph quotations
    assert sum(1 for g in golds if g["paragraph_repairs"]) >= 6
    assert any(q["language"] != g["language"] for g in golds for q in g["quotes"])
    named = [q for q in quotes if q["speaker"] is not None]
    institutions = [q for q in quotes if q["speaker"] is None and q.get("institution")]
    anonymous = [q for q in quotes if q["speaker"] is None and not q.get("institution")]
    assert len(institutions) + len(anonymous) >= 10
    assert len(named) > 2 * (len(institutions) + len(anonymous))
    assert institutions and anonymous
    # reviews are real press-office shapes: rubrics with a null country next to countries
    reviews = [g for g in golds if g["file"][:4] not in {"2202", "2206", "2208", "2211"}]
    assert any(
        any(s["country_code"] is None for s in g["sections"])
        and any(s["country_code"] for s in g["sections"])
        for g in reviews
    )
