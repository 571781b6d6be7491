"""The ninety-ninth held-out set has the shape its README describes.

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
        first=9901,
        articles={"9907", "9908", "9909", "9910", "9911", "9912"},
        languages={"fr", "en", "tr", "az", "pl", "it", "ru", "ka"},
        quotes=(95, 125),
        min_languages=8,  # six review languages; the stories repeat fr, en, it, tr
    )
    check_quote_mix(golds, repairs=6)  # every review repairs a break
    quotes = [q for g in golds for q in g["quotes"]]
    nulls = [q for q in quotes if q["speaker"] is None]
    # the README's totals
    assert len(quotes) == 119
    assert len(quotes) - len(nulls) == 80
    assert sum(1 for q in nulls if q.get("institution")) == 24
    assert sum(1 for q in nulls if not q.get("institution")) == 15
    assert sum(1 for g in golds for q in g["quotes"] if q["language"] != g["language"]) == 12
    assert sum(1 for q in quotes if q["n_paragraphs"] >= 2) == 5
    # one review and one story dated by their file names only
    dated_names = sorted(g["file"] for g in golds if any(c.isdigit() for c in g["file"][5:]))
    assert dated_names == [
        "9905_pl_przeglad_polaga_hrensko_20310317.md",
        "9907_fr_afp_etretat_falaise_20310312.txt",
    ]
