"""The thirtieth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent


def _gold(number: str) -> dict:
    (path,) = HERE.glob(f"{number}_*.gold.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=3001,
        articles={"3007", "3008", "3009", "3010", "3011", "3012"},
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "pl", "nl", "ro", "cs"},
        quotes=(90, 120),
    )
    check_quote_mix(golds, repairs=6)


def test_encodings_and_line_ends() -> None:
    assert _gold("3002")["line_endings"] == "crlf"
    assert (HERE / _gold("3002")["file"]).read_bytes().count(b"\r\n") > 20
    assert _gold("3003")["encoding"] == "utf-16"
    assert (HERE / _gold("3003")["file"]).read_bytes()[:2] == b"\xff\xfe"
    assert _gold("3004")["encoding"] == "utf-8-sig"
    assert (HERE / _gold("3004")["file"]).read_bytes()[:3] == b"\xef\xbb\xbf"
    assert _gold("3006")["encoding"] == "cp1252"


def test_dated_file_name() -> None:
    gold = _gold("3006")
    assert "20270924" in gold["file"]
    assert gold["review_date"] == "2027-09-24"
