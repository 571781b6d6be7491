"""The seventeenth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_set_shape

HERE = Path(__file__).resolve().parent
ARTICLES = {"1704", "1705", "1706", "1707", "1708", "1709", "1710", "1711", "1712"}


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=1701,
        articles=ARTICLES,
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "pl", "uk", "ro", "sv"},
        quotes=(90, 120),
    )
    assert len({g["language"] for g in golds}) == 12  # one language per document
    quotes = [q for g in golds for q in g["quotes"]]
    assert all(q["language"] == g["language"] for g in golds for q in g["quotes"])
    assert sum(1 for q in quotes if q["n_paragraphs"] >= 2) >= 4  # multi-paragraph quotations
    # long news articles: 3 KB or more each, every one with a paragraph broken mid-sentence
    stories = [g for g in golds if g["file"][:4] in ARTICLES]
    assert all((HERE / g["file"]).stat().st_size >= 3 * 1024 for g in stories)
    assert all(g["paragraph_repairs"] for g in stories)
    assert sum(len(g["paragraph_repairs"]) for g in golds) == 11
    named = [q for q in quotes if q["speaker"] is not None]
    institutions = [q for q in quotes if q["speaker"] is None and q.get("institution")]
    anonymous = [q for q in quotes if q["speaker"] is None and not q.get("institution")]
    assert (len(named), len(institutions), len(anonymous)) == (86, 14, 16)
    assert all(any(q["speaker"] is None for q in g["quotes"]) for g in stories)
