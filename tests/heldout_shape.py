"""The shape every numbered held-out set (held-out 10 onwards) promises in its README.

Each set's ``test_set_shape`` calls ``check_set_shape`` with its own numbers, articles and
languages, then adds the checks only that set makes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

SET_SIZE = 12
FILE_NAME_RE = re.compile(r"^\d{4,5}_[a-z]{2}_[a-z0-9_]+\.(txt|md)$")


def check_set_shape(
    folder: Path,
    first: int,
    articles: set[str],
    languages: set[str],
    quotes: tuple[int, int] = (80, 110),
    min_languages: int = 11,
) -> list[dict[str, Any]]:
    """Assert the shared shape of the set in ``folder`` and return its golds.

    Twelve documents numbered ``first`` onwards; the ``articles`` (wires, news articles)
    are one section and one item each, the rest are reviews of two sections or more; every
    document dated; ``min_languages`` languages or more, ``languages`` among them; the four
    encodings, a CRLF file, a dated file name, and a number of quotations within ``quotes``.
    """
    paths = sorted(folder.glob("*.gold.json"))
    assert len(paths) == SET_SIZE
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    width = len(str(first))  # "1001_" ... "1012_", "10001_" ... "10012_"
    assert all(FILE_NAME_RE.match(g["file"]) for g in golds)
    assert all(g["file"][width] == "_" for g in golds)
    found = {g["language"] for g in golds}
    assert languages <= found
    assert len(found) >= min_languages
    numbers = [g["file"][:width] for g in golds]
    assert numbers == [str(n) for n in range(first, first + SET_SIZE)]
    reviews = [g for g, n in zip(golds, numbers, strict=True) if n not in articles]
    stories = [g for g, n in zip(golds, numbers, strict=True) if n in articles]
    assert len(reviews) == SET_SIZE - len(articles)
    assert len(stories) == len(articles)
    assert all(len(g["sections"]) >= 2 for g in reviews)
    assert all(len(g["sections"]) == 1 and g["n_items"] == 1 for g in stories)
    assert all(s["country_code"] is None for g in stories for s in g["sections"])
    assert all(g["review_date"] is not None for g in golds)  # articles have dated datelines
    encodings = {g.get("encoding", "utf-8") for g in golds}
    assert {"utf-8", "utf-8-sig", "utf-16", "cp1252"} <= encodings
    assert any(g.get("line_endings") == "crlf" for g in golds)
    # a dated file name: digits after the number and its underscore
    assert any(any(ch.isdigit() for ch in g["file"][width + 1 :]) for g in golds)
    low, high = quotes
    assert low <= sum(len(g["quotes"]) for g in golds) <= high
    return golds


def check_quote_mix(golds: list[dict[str, Any]], repairs: int) -> None:
    """Check what the quotations of a blind set of twelve must include: three quotations over
    several paragraphs, a paragraph repair in ``repairs`` documents, four quotations in
    another language than their document, ten institutions and anonymous sources together
    (both kinds), and named speakers more than twice as many."""
    quotes = [q for g in golds for q in g["quotes"]]
    assert sum(1 for q in quotes if q["n_paragraphs"] >= 2) >= 3
    assert sum(1 for g in golds if g["paragraph_repairs"]) >= repairs
    assert sum(1 for g in golds for q in g["quotes"] if q["language"] != g["language"]) >= 4
    named = [q for q in quotes if q["speaker"] is not None]
    institutions = [q for q in quotes if q["speaker"] is None and q.get("institution")]
    anonymous = [q for q in quotes if q["speaker"] is None and not q.get("institution")]
    assert len(institutions) + len(anonymous) >= 10
    assert len(named) > 2 * (len(institutions) + len(anonymous))
    assert institutions and anonymous
