"""The thirty-second held-out set has the shape its README describes.

The corpus gold checks (form, encoding, agreement with the text) run on every held-out
folder from ``tests/corpus/test_heldout_golds.py``; the shape shared by the four-digit sets
is checked by ``tests/heldout_shape.py``; only this set's own numbers and extras are here:
which file carries which encoding and line ends, and the dated file name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.heldout_shape import check_quote_mix, check_set_shape

HERE = Path(__file__).resolve().parent

ARTICLES = {"3207", "3208", "3209", "3210", "3211", "3212"}
LANGUAGES = {"fr", "en", "de", "ru", "it", "pt", "es", "tr", "ro", "cs", "hr", "da"}
# file number -> (encoding, line ends); every other file is UTF-8 without BOM, LF
SPECIAL = {
    "3202": ("utf-8", "crlf"),
    "3203": ("utf-16", "lf"),
    "3204": ("utf-8-sig", "lf"),
    "3205": ("cp1252", "lf"),
}
DATED = "3205_it_rassegna_trasimeno_scutari_20270716.txt"


def _golds() -> list[dict[str, object]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.gold.json"))]


def test_set_shape() -> None:
    golds = check_set_shape(
        HERE,
        first=3201,
        articles=ARTICLES,
        languages=LANGUAGES,
        quotes=(90, 120),
    )
    check_quote_mix(golds, repairs=6)
    assert {g["language"] for g in golds} == LANGUAGES  # twelve languages, one each


def test_encodings_and_line_ends() -> None:
    for gold in _golds():
        name = str(gold["file"])
        encoding, line_ends = SPECIAL.get(name[:4], ("utf-8", "lf"))
        assert gold.get("encoding", "utf-8") == encoding, name
        assert gold.get("line_endings", "lf") == line_ends, name
        raw = (HERE / name).read_bytes()
        if encoding == "utf-16":
            assert raw.startswith(b"\xff\xfe"), f"{name}: not UTF-16 LE with BOM"
        text = raw.decode(encoding).lstrip("\ufeff")
        if line_ends == "crlf":
            assert text.count("\r\n") == text.count("\n"), name
        else:
            assert "\r" not in text, name


def test_dated_file_name() -> None:
    by_file = {str(g["file"]): g for g in _golds()}
    assert DATED in by_file
    stamp = DATED.rsplit("_", 1)[1].split(".", 1)[0]
    review_date = str(by_file[DATED]["review_date"])
    assert stamp == review_date.replace("-", "")
    others = [f for f in by_file if f != DATED]
    assert not any(re.search(r"\d{8}", f[5:]) for f in others)  # one dated name only


def test_articles_are_dated_by_their_dateline() -> None:
    for gold in _golds():
        if str(gold["file"])[:4] not in ARTICLES:
            continue
        (section,) = gold["sections"]  # type: ignore[misc]
        assert section["heading"] and section["country_code"] is None
        raw = (HERE / str(gold["file"])).read_bytes().decode("utf-8")
        lines = [line for line in raw.splitlines() if line.strip()]
        assert lines[0] == section["heading"]  # the headline is the first line
        day = str(gold["review_date"])[-2:].lstrip("0")
        assert f"{day}." in lines[1] or f"{day} " in lines[1]  # the dateline carries the day
