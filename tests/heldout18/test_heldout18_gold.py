"""The eighteenth held-out set has the shape its README describes.

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
        first=1801,
        articles={"1807", "1808", "1809", "1810", "1811", "1812"},
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "pl", "uk", "cs", "ro"},
        quotes=(90, 120),
    )
    assert len({g["language"] for g in golds}) == 12  # one language per document
    quotes = [q for g in golds for q in g["quotes"]]
    assert sum(1 for q in quotes if q["n_paragraphs"] >= 2) >= 3  # multi-paragraph quotations
    assert sum(1 for g in golds if g["paragraph_repairs"]) >= 8
    assert sum(1 for g in golds if g["not_quotes"]) >= 11
    named = [q for q in quotes if q["speaker"] is not None]
    institutions = [q for q in quotes if q["speaker"] is None and q.get("institution")]
    anonymous = [q for q in quotes if q["speaker"] is None and not q.get("institution")]
    assert len(named) > 3 * (len(institutions) + len(anonymous))
    assert len(institutions) >= 12 and len(anonymous) >= 12
    assert all(any(q.get("institution") for q in g["quotes"]) for g in golds)
    # foreign originals: the two English quotations inside the French and Italian reviews
    foreign = [(g["language"], q["language"]) for g in golds for q in g["quotes"]]
    assert sorted(f for f in foreign if f[0] != f[1]) == [("fr", "en"), ("it", "en")]
    # a quotation with a speaker but no speech verb, and a dated file name without a year
    # in the text (1811)
    assert any(q["speaker"] and q["cue"] is None for q in quotes)
    assert any(g.get("dates") for g in golds)
