"""The twenty-ninth held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent


def _gold(name: str) -> dict:
    return json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=2901,
        articles={"2909", "2910", "2911", "2912"},
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "pl", "nl", "uk", "cs"},
        quotes=(90, 120),
    )
    check_quote_mix(golds, repairs=8)  # every document repairs a break


def test_encodings_and_line_ends() -> None:
    assert _gold("2902_en_review_kiwifruit_macquarie_crlf")["line_endings"] == "crlf"
    assert _gold("2904_ru_obzor_pripyat_rezekne_bom")["encoding"] == "utf-8-sig"
    assert _gold("2905_es_revista_magallanes_arazati")["encoding"] == "cp1252"
    assert _gold("2912_cs_ctk_sumava_kurovec")["encoding"] == "utf-16"
    raw = (HERE / "2912_cs_ctk_sumava_kurovec.txt").read_bytes()
    assert raw[:2] == b"\xff\xfe"


def test_dated_file_name() -> None:
    gold = _gold("2906_it_rassegna_narta_corfu_20270918")
    assert gold["review_date"] == "2027-09-18"
    assert (HERE / gold["file"]).is_file()
