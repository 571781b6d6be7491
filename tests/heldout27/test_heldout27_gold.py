"""The twenty-seventh held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent


def _gold(name: str) -> dict[str, object]:
    data = json.loads((HERE / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=2701,
        articles={"2710", "2711", "2712"},
        languages={"fr", "en", "de", "ru", "es", "it", "tr", "pt", "nl", "pl", "uk", "sv"},
        quotes=(90, 120),
    )
    check_quote_mix(golds, repairs=9)  # every review repairs a break


def test_encodings_and_names() -> None:
    """The special files are where the README says they are."""
    raw = (HERE / "2703_de_pressespiegel_paks_mochovce.txt").read_bytes()
    assert raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff")
    raw = (HERE / "2704_ru_obzor_ostrovets_bom.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    raw = (HERE / "2701_fr_revue_rhin_basses_eaux.txt").read_bytes()
    assert b"\r" not in raw
    raw.decode("cp1252")
    raw = (HERE / "2702_en_review_military_highway_crlf.txt").read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert _gold("2706_it_rassegna_greenstream_20271005.gold.json")["review_date"] == "2027-10-05"


def test_headings_of_many_kinds() -> None:
    """A two-country rubric and the rubrics have no country code; countries have one."""
    codes = {
        s["heading"]: s["country_code"]
        for path in sorted(HERE.glob("*.gold.json"))
        for s in json.loads(path.read_text(encoding="utf-8"))["sections"]
    }
    assert codes["Armenia and Azerbaijan"] is None
    assert codes["Politique étrangère"] is None
    assert codes["Les Pays-Bas"] == "NL"
    assert codes["Türkiye"] == "TR"
    assert codes["República Checa"] == "CZ"
    assert codes["GEORGIA"] == "GE"
