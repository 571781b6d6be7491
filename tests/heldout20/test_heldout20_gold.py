"""The twentieth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_shape import check_set_shape

HERE = Path(__file__).resolve().parent
ARTICLES = {"2007", "2008", "2009", "2010", "2011", "2012"}


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=2001,
        articles=ARTICLES,
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "pl", "ro", "sv", "cs"},
        quotes=(90, 120),
    )
    assert len({g["language"] for g in golds}) == 12  # one language per document
    quotes = [q for g in golds for q in g["quotes"]]
    assert sum(1 for q in quotes if q["n_paragraphs"] >= 2) >= 3  # multi-paragraph quotations
    assert all(g["paragraph_repairs"] for g in golds)  # every document has a broken paragraph
    named = [q for q in quotes if q["speaker"] is not None]
    institutions = [q for q in quotes if q["speaker"] is None and q.get("institution")]
    anonymous = [q for q in quotes if q["speaker"] is None and not q.get("institution")]
    assert len(named) > 2 * (len(institutions) + len(anonymous))
    assert len(institutions) >= 10 and len(anonymous) >= 10
    # a review quotes an original in another language than its own
    assert any(q["language"] != g["language"] for g in golds for q in g["quotes"])


def test_articles_are_wire_stories() -> None:
    golds = check_set_shape(
        HERE,
        first=2001,
        articles=ARTICLES,
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "pl", "ro", "sv", "cs"},
        quotes=(90, 120),
    )
    for gold in golds:
        path = HERE / gold["file"]
        if gold["file"][:4] in ARTICLES:
            assert 2 * 1024 <= path.stat().st_size <= 5 * 1024, gold["file"]
            assert len(gold["quotes"]) >= 6, gold["file"]
            assert gold["sections"][0]["heading"] == gold["sections"][0]["heading"].strip()
        else:
            assert all(s["country_code"] for s in gold["sections"]), gold["file"]
