"""The thirty-first held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent
ARTICLES = {"3107", "3108", "3109", "3110", "3111", "3112"}
LANGUAGES = {"fr", "en", "de", "ru", "es", "tr", "it", "pt", "uk", "sv", "hu", "el"}


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.gold.json"))]


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=3101,
        articles=ARTICLES,
        languages=LANGUAGES,
        quotes=(90, 120),
    )
    check_quote_mix(golds, repairs=6)
    # every document, review or article, repairs a paragraph broken mid-sentence
    assert all(g["paragraph_repairs"] for g in golds)


def test_encodings_and_line_ends() -> None:
    """One file per special encoding, one CRLF file, the rest plain UTF-8 with LF."""
    by_number = {g["file"][:4]: g for g in _golds()}
    assert by_number["3103"]["line_endings"] == "crlf"
    assert by_number["3105"]["encoding"] == "cp1252"
    assert by_number["3106"]["encoding"] == "utf-8-sig"
    assert by_number["3110"]["encoding"] == "utf-16"
    raw = (HERE / by_number["3110"]["file"]).read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 little-endian with its BOM
    crlf = [g for g in by_number.values() if g["line_endings"] == "crlf"]
    assert [g["file"][:4] for g in crlf] == ["3103"]
    plain = set(by_number) - {"3105", "3106", "3110"}
    assert all(by_number[n]["encoding"] == "utf-8" for n in plain)


def test_dated_file_name() -> None:
    """The date in 3102's file name is its review date (the title gives no year)."""
    dated = [g for g in _golds() if any(ch.isdigit() for ch in g["file"][5:])]
    assert [g["file"][:4] for g in dated] == ["3102"]
    digits = dated[0]["file"].rsplit("_", 1)[1].split(".")[0]
    assert digits == dated[0]["review_date"].replace("-", "")
    title = (HERE / dated[0]["file"]).read_text(encoding="utf-8").splitlines()[0]
    assert "2027" not in title
