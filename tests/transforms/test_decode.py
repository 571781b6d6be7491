"""decode_bytes: BOMs, UTF-8/16, legacy code pages, and readable refusals of non-text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.decode import decode_bytes
from transforms.errors import RejectedInput

FRENCH = "L’Azerbaïdjan a déclaré : « C’est l’œuvre du cœur », à Noël — déjà été.\n"
FRENCH_SHORT = "Le président a déclaré que l’Azerbaïdjan est prêt à Bakou."
RUSSIAN = "Президент Азербайджана Ильхам Алиев заявил, что переговоры продолжаются.\n"
GERMAN = "Der Außenminister sagte, die Lage sei ernst. „Wir müssen handeln“, betonte er am 3. März."
TESTS = Path(__file__).resolve().parent.parent
PROPERTY = settings(max_examples=200, deadline=None, derandomize=True)


def test_utf8_plain() -> None:
    decoded = decode_bytes(FRENCH.encode("utf-8"))
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-8"


def test_utf8_bom_is_stripped_and_named_utf8() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + FRENCH.encode("utf-8"))
    assert decoded.text == FRENCH
    assert not decoded.text.startswith("\ufeff")
    assert decoded.encoding == "utf-8"


@pytest.mark.parametrize(
    "raw",
    [
        codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"),
    ],
    ids=["le", "be"],
)
def test_utf16_with_bom(raw: bytes) -> None:
    decoded = decode_bytes(raw)
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-16"


def test_utf32_with_bom() -> None:
    decoded = decode_bytes(FRENCH.encode("utf-32"))
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-32"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_latin_text(codec: str) -> None:
    decoded = decode_bytes(FRENCH.encode(codec))
    assert decoded.text == FRENCH
    assert decoded.encoding == codec


def test_bomless_utf16_cyrillic_text() -> None:
    assert decode_bytes(RUSSIAN.encode("utf-16-le")).text == RUSSIAN


def test_cp1252_short_french_line() -> None:
    decoded = decode_bytes(FRENCH_SHORT.encode("cp1252"))
    assert decoded.text == FRENCH_SHORT
    assert decoded.encoding == "cp1252"


@pytest.mark.parametrize(
    "text",
    [FRENCH, "Le cœur du problème: l’État.", "Le président a déclaré que l’Azerbaïdjan est prêt."],
)
def test_cp1252_french_with_oe_and_curly_apostrophe(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_cp1252_german() -> None:
    decoded = decode_bytes(GERMAN.encode("cp1252"))
    assert decoded.text == GERMAN
    assert decoded.encoding == "cp1252"


def test_cp1252_italian_that_reads_as_cp1250_too() -> None:
    # A real case (held-out 82): charset-normalizer finds cp1250 more coherent, which makes
    # every "è" a "č" ("la costa di Ksamil č parte"); a lone č is no word in any language.
    raw = (TESTS / "heldout82" / "8202_it_rassegna_ksamil_ulcinj_cp1252.txt").read_bytes()
    decoded = decode_bytes(raw)
    assert decoded.encoding == "cp1252"
    assert "la costa di Ksamil è parte" in decoded.text


def test_czech_cp1250_with_its_number_abbreviation() -> None:
    text = (
        "Starosta obce Dolní Věstonice Jiří Dvořák řekl, že dům č. 12 na náměstí bude "
        "opraven do září. Město čeká na peníze z kraje, přičemž žádost podalo už v lednu.\n"
    )
    decoded = decode_bytes(text.encode("cp1250"))
    assert decoded.text == text


def test_cp1251_russian() -> None:
    decoded = decode_bytes(RUSSIAN.encode("cp1251"))
    assert decoded.text == RUSSIAN
    assert decoded.encoding == "cp1251"


def test_koi8r_russian() -> None:
    assert decode_bytes(RUSSIAN.encode("koi8_r")).text == RUSSIAN


@pytest.mark.parametrize("raw", [b"", b" ", b"   \n\t\r\n "], ids=["empty", "space", "blank"])
def test_empty_or_blank_is_rejected_with_a_reason(raw: bytes) -> None:
    with pytest.raises(RejectedInput, match="empty file"):
        decode_bytes(raw)


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"{\\rtf1\\ansi Hello}", "RTF"),
    ],
)
def test_binary_magic_is_rejected_naming_the_format(raw: bytes, kind: str) -> None:
    with pytest.raises(RejectedInput, match=kind) as caught:
        decode_bytes(raw)
    assert "binary file" in str(caught.value)


def test_nul_bytes_are_rejected() -> None:
    with pytest.raises(RejectedInput, match="NUL bytes"):
        decode_bytes(b"Revue de presse\x00\x01\x02 du jour, pas du texte\x00\xff")


def test_invalid_utf16_after_bom_is_rejected_with_byte_offset() -> None:
    # A lone high surrogate cannot be decoded.
    with pytest.raises(RejectedInput, match=r"invalid utf-16 text at byte \d+"):
        decode_bytes(codecs.BOM_UTF16_BE + b"\x00a\xd8\x00")


def test_rejection_is_a_value_error_with_a_readable_message() -> None:
    with pytest.raises(ValueError) as caught:
        decode_bytes(b"%PDF-1.7")
    message = str(caught.value)
    assert message and message[0].isalpha() and "\\x" not in message


@PROPERTY
@given(
    st.text(
        st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufeff"),
        min_size=1,
        max_size=200,
    )
)
def test_any_utf8_text_round_trips(text: str) -> None:
    raw = text.encode("utf-8")
    if not raw.strip() or raw.startswith((b"%PDF", b"GIF8", b"{\\rtf")):
        return
    assert decode_bytes(raw).text == text


@PROPERTY
@given(st.binary(max_size=300))
def test_arbitrary_bytes_decode_or_reject(raw: bytes) -> None:
    try:
        decoded = decode_bytes(raw)
    except RejectedInput as exc:
        assert str(exc)
    else:
        assert isinstance(decoded.text, str)
        assert decoded.encoding
