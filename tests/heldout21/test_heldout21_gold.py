"""The twenty-first held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_set_shape

HERE = Path(__file__).resolve().parent
ARTICLES = {"2108", "2109", "2110", "2111", "2112"}


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=2101,
        articles=ARTICLES,
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "pl", "nl", "uk", "az"},
        quotes=(90, 120),
    )
    quotes = [q for g in golds for q in g["quotes"]]
    assert sum(1 for q in quotes if q["n_paragraphs"] >= 2) >= 3  # multi-paragraph quotations
    assert sum(1 for g in golds if g["paragraph_repairs"]) >= 10
    named = [q for q in quotes if q["speaker"] is not None]
    institutions = [q for q in quotes if q["speaker"] is None and q.get("institution")]
    anonymous = [q for q in quotes if q["speaker"] is None and not q.get("institution")]
    assert len(named) > 2 * (len(institutions) + len(anonymous))
    assert len(institutions) + len(anonymous) >= 10
    assert len(institutions) >= 5 and len(anonymous) >= 5
    # original-language quotations inside reviews written in another language
    reviews = [g for g in golds if g["file"][:4] not in ARTICLES]
    foreign = [g for g in reviews if any(q["language"] != g["language"] for q in g["quotes"])]
    assert len(foreign) >= 6
    # the articles quote only in their own language
    stories = [g for g in golds if g["file"][:4] in ARTICLES]
    assert all(q["language"] == g["language"] for g in stories for q in g["quotes"])
