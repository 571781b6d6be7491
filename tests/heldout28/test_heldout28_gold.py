"""The twenty-eighth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent
ARTICLES = {"2807", "2808", "2809", "2810", "2811", "2812"}


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=2801,
        articles=ARTICLES,
        languages={"fr", "en", "de", "ru", "tr", "pt", "es", "it", "pl", "ro", "sv"},
        quotes=(90, 120),
    )
    check_quote_mix(golds, repairs=6)  # every review repairs a break, and three articles


def test_encodings_line_ends_and_dated_names() -> None:
    golds = {
        g["file"][:4]: g
        for g in (json.loads(p.read_text(encoding="utf-8")) for p in HERE.glob("*.gold.json"))
    }
    assert golds["2801"]["encoding"] == "cp1252"
    assert golds["2804"]["encoding"] == "utf-8-sig"
    assert golds["2812"]["encoding"] == "utf-16"
    assert golds["2802"]["line_endings"] == "crlf"
    raw = (HERE / golds["2802"]["file"]).read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert (HERE / golds["2812"]["file"]).read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert (HERE / golds["2804"]["file"]).read_bytes()[:3] == b"\xef\xbb\xbf"
    # dated file names: the review date is the one in the name
    for number in ("2805", "2808"):
        gold = golds[number]
        assert gold["file"].rsplit(".", 1)[0].endswith(gold["review_date"].replace("-", ""))


def test_reviews_and_articles_sizes() -> None:
    for gold_path in HERE.glob("*.gold.json"):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        size = len((HERE / gold["file"]).read_bytes())
        assert 2048 <= size <= 6 * 1024, gold["file"]
        if gold["file"][:4] in ARTICLES:
            assert gold["sections"][0]["heading"] and gold["n_items"] == 1
