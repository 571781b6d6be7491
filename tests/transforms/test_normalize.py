"""normalize_text: line ends, spaces, invisible characters, mojibake; quotes untouched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.normalize import normalize_text

PROPERTY = settings(max_examples=300, deadline=None, derandomize=True)
# Characters that normalize_text removes or turns into a plain space after ftfy has run.
CLEANED_AFTER_FTFY = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
CLEANED_AFTER_FTFY += "\u200a\u200b\u200c\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad"
REVIEW_ALPHABET = (
    "abcXYZ019 .,;:!?-'\"«»“”„‘’‹›–—…()[]АБВабвёЁ\n\r\t\u00a0\u202f\u200b\u200c\u200d\u2060"
    "\ufeff\u00ad\u2028\u2029\u0085\u000b\u000c\u3000\u2009"
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("un\r\ndeux\rtrois\nquatre", "un\ndeux\ntrois\nquatre"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("a\u000bb\u000cc", "a\nb\nc"),
    ],
)
def test_line_breaks_become_lf(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["a\u00a0b", "a\u202fb", "a\tb", "a\u2009b", "a\u3000b", "a \u00a0 \u202f b"],
    ids=["nbsp", "narrow-nbsp", "tab", "thin", "ideographic", "run"],
)
def test_space_like_characters_become_one_space(raw: str) -> None:
    assert normalize_text(raw) == "a b"


def test_narrow_nbsp_inside_guillemets() -> None:
    assert normalize_text("«\u202fOui\u202f»") == "« Oui »"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("MÃ¤rz", "März"),
        ("Ã©tÃ© Ã\u00a0 Paris", "été à Paris"),
        ("lâ€™Azerbaïdjan", "l’Azerbaïdjan"),
        ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
    ],
)
def test_mojibake_is_repaired(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "raw", ["a\u200bb", "a\u200cb", "a\u200db", "a\u2060b", "a\ufeffb", "a\u00adb"]
)
def test_invisible_characters_are_removed(raw: str) -> None:
    assert normalize_text(raw) == "ab"


def test_quote_marks_and_apostrophes_are_kept() -> None:
    text = '“x” «y» ‘z’ "w" „v“ ‹u› l’Azerbaïdjan l\'Arménie'
    assert normalize_text(text) == text


def test_nfc_composition() -> None:
    assert normalize_text("e\u0301te\u0301") == "été"


def test_latin_ligatures_are_split() -> None:
    assert normalize_text("ﬁn ﬂeur") == "fin fleur"


def test_html_entities_are_left_alone() -> None:
    assert normalize_text("Tom &amp; Jerry") == "Tom &amp; Jerry"


def test_lines_are_stripped_and_spaces_collapsed_but_blank_lines_kept() -> None:
    assert normalize_text("  a   b  \n\n   c  ") == "a b\n\nc"


@PROPERTY
@given(st.text(st.characters(exclude_characters=CLEANED_AFTER_FTFY), max_size=80))
def test_idempotent_on_arbitrary_text_without_invisibles(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@PROPERTY
@given(st.text(st.sampled_from(REVIEW_ALPHABET), max_size=80))
def test_idempotent_on_review_like_text_with_invisibles(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@PROPERTY
@given(st.text(max_size=80))
def test_output_has_no_cr_nbsp_or_double_spaces(text: str) -> None:
    out = normalize_text(text)
    assert "\r" not in out
    assert "\u00a0" not in out and "\u202f" not in out
    assert "  " not in out
    assert all(line == line.strip() for line in out.split("\n"))


@pytest.mark.parametrize("raw", ["MÃ\u200b¤rz", "Ã\u202fb", "»\u200bü"])
def test_idempotent_when_invisibles_split_mojibake(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once
