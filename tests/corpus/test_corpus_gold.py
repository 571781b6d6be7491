"""The evaluation corpus is well formed: every gold loads, names its file and agrees with it.

These tests check the gold against the raw text (never against the parser): the quotation
boundaries, repairs, not-quotes and person names really occur in the file, the declared
encoding and line ends are the file's, and the counts are consistent.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parent
if str(CORPUS) not in sys.path:
    sys.path.insert(0, str(CORPUS))

from scoring import normalise  # noqa: E402

GOLD_FILES = sorted(CORPUS.glob("*.gold.json"))
REQUIRED: dict[str, type | tuple[type, ...]] = {
    "file": str,
    "language": str,
    "review_date": (str, type(None)),
    "sections": list,
    "n_items": int,
    "n_paragraphs": int,
    "paragraph_repairs": list,
    "quotes": list,
    "persons": list,
    "not_quotes": list,
}
QUOTE_REQUIRED = {
    "text_start",
    "text_end",
    "speaker",
    "cue",
    "n_paragraphs",
    "language",
}
LANG_RE = re.compile(r"^[a-z]{2}$")
ENCODINGS = {"utf-8", "utf-8-sig", "utf-16", "cp1252"}
FILE_NAME_RE = re.compile(r"^\d{3}_[a-z]{2}_[a-z0-9_]+\.(txt|md)$")


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _raw_text(gold: dict[str, Any]) -> str:
    raw = (CORPUS / str(gold["file"])).read_bytes()
    return raw.decode(str(gold.get("encoding", "utf-8"))).lstrip("\ufeff")


def _plain(text: str) -> str:
    """The text as a reader sees it: normalised, Markdown and tags gone."""
    return normalise(text)


def _blocks_kept(text: str) -> str:
    """Like _plain, but a blank line stays visible as a paragraph mark."""
    return _plain(re.sub(r"\r?\n[ \t]*\r?\n", " \u00b6 ", text))


def test_corpus_is_big_enough() -> None:
    assert len(GOLD_FILES) >= 14
    languages = {_load(p)["language"] for p in GOLD_FILES}
    assert {"fr", "en", "de", "ru", "es", "it", "tr"} <= languages


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_form(path: Path) -> None:
    gold = _load(path)
    for key, kind in REQUIRED.items():
        assert key in gold, f"{path.name}: missing {key}"
        assert isinstance(gold[key], kind), f"{path.name}: {key} has the wrong type"
    assert FILE_NAME_RE.match(gold["file"]), gold["file"]
    assert path.name == gold["file"].rsplit(".", 1)[0] + ".gold.json"
    assert (CORPUS / gold["file"]).is_file()
    assert LANG_RE.match(gold["language"])
    assert gold["file"].split("_")[1] == gold["language"]
    if gold["review_date"] is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["review_date"])
    assert gold["sections"], "at least one section"
    for section in gold["sections"]:
        assert set(section) >= {"heading", "country_code", "n_items"}
        cc = section["country_code"]
        assert cc is None or re.fullmatch(r"[A-Z]{2}", cc)
        assert section["n_items"] >= 1
    assert gold["n_items"] == sum(s["n_items"] for s in gold["sections"])
    assert gold["n_paragraphs"] >= gold["n_items"]
    for quote in gold["quotes"]:
        assert set(quote) >= QUOTE_REQUIRED, quote
        assert LANG_RE.match(quote["language"])
        assert quote["n_paragraphs"] >= 1
        if quote["speaker"] is None:
            assert quote.get("institution") or quote.get("note"), quote
        else:
            assert not quote.get("institution")
    names = [p["name"] for p in gold["persons"]]
    assert len(names) == len(set(names))
    for quote in gold["quotes"]:
        if quote["speaker"] is not None:
            assert quote["speaker"] in names, quote["speaker"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_file_encoding(path: Path) -> None:
    gold = _load(path)
    encoding = gold.get("encoding", "utf-8")
    assert encoding in ENCODINGS
    raw = (CORPUS / gold["file"]).read_bytes()
    assert 1024 <= len(raw) <= 6 * 1024, f"{gold['file']}: {len(raw)} bytes"
    if encoding == "utf-16":
        assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    elif encoding == "utf-8-sig":
        assert raw.startswith(b"\xef\xbb\xbf")
    elif encoding == "utf-8":
        assert not raw.startswith(b"\xef\xbb\xbf")
        raw.decode("utf-8")
    elif encoding == "cp1252":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    text = raw.decode(encoding)
    if gold.get("line_endings") == "crlf":
        assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    else:
        assert "\r" not in text


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_agrees_with_text(path: Path) -> None:
    gold = _load(path)
    text = _raw_text(gold)
    plain = _plain(text)
    kept = _blocks_kept(text)
    for section in gold["sections"]:
        assert normalise(section["heading"]) in plain, section["heading"]
    position = 0
    for quote in gold["quotes"]:
        start, end = normalise(quote["text_start"]), normalise(quote["text_end"])
        assert plain.count(start) == 1, f"text_start not found once: {quote['text_start']}"
        i = plain.index(start)
        assert i >= position, f"quotes out of order at {quote['text_start']}"
        j = plain.find(end, i)
        assert j >= 0, f"text_end not after text_start: {quote['text_end']}"
        assert j - i < 1500, "quotation implausibly long"
        position = i
        for raw in (quote["text_start"], quote["text_end"]):
            assert raw == raw.strip() and not raw.endswith(","), raw
            assert raw[:1] not in '«»“”„"', raw
    for repair in gold["paragraph_repairs"]:
        needle = normalise(repair)
        assert needle in plain, f"repair not in text: {repair}"
        assert needle not in kept, f"repair already whole in a raw block: {repair}"
    starts = [normalise(q["text_start"]) for q in gold["quotes"]]
    for not_quote in gold["not_quotes"]:
        needle = normalise(not_quote)
        assert needle in plain, f"not_quote not in text: {not_quote}"
        assert not any(s.startswith(needle) for s in starts), not_quote
    for person in gold["persons"]:
        for name in [person["name"], *person["variants"]]:
            assert normalise(name) in plain, f"person name not in text: {name}"
