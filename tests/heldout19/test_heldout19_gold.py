"""The nineteenth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_set_shape

HERE = Path(__file__).resolve().parent
ARTICLES = {"1909", "1910", "1911", "1912"}


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=1901,
        articles=ARTICLES,
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "pl", "ro", "cs", "sv"},
        quotes=(90, 120),
    )
    assert len({g["language"] for g in golds}) == 12  # one language per document
    quotes = [q for g in golds for q in g["quotes"]]
    assert sum(1 for q in quotes if q["n_paragraphs"] >= 2) >= 2  # multi-paragraph quotations
    assert all(g["paragraph_repairs"] for g in golds)  # every document has a broken paragraph
    assert any(g["not_quotes"] for g in golds)
    named = [q for q in quotes if q["speaker"] is not None]
    institutions = [q for q in quotes if q["speaker"] is None and q.get("institution")]
    anonymous = [q for q in quotes if q["speaker"] is None and not q.get("institution")]
    assert len(named) > len(institutions) + len(anonymous)
    assert len(institutions) >= 10 and len(anonymous) >= 10
    # a quotation in a language other than its document's (an English original in 1901)
    assert any(q["language"] != g["language"] for g in golds for q in g["quotes"])
    # 8 reviews of two sections or more, a rubric heading with a null code among them
    reviews = [g for g in golds if g["file"][:4] not in ARTICLES]
    assert len(reviews) == 8
    assert any(s["country_code"] is None for g in reviews for s in g["sections"])


def test_articles_are_two_to_five_kilobytes() -> None:
    for gold in sorted(HERE.glob("*.gold.json")):
        if gold.name[:4] in ARTICLES:
            text = HERE / gold.name.replace(".gold.json", ".txt")
            assert 2000 <= text.stat().st_size <= 5000, text.name
