"""Bytes -> text: BOMs, UTF-8, UTF-16, legacy code pages, and a refusal for binaries."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from transforms.errors import RejectedInput

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Magic numbers of the binaries that most often land in an inbox by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document"),
    (b"{\\rtf", "an RTF document"),
)
# Code pages tried when the bytes are not UTF-8, most likely first for this domain.
LEGACY_ENCODINGS = ["cp1252", "cp1251", "cp1250", "cp1254", "iso8859_9", "koi8_r", "latin_1"]
SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes, with the encoding that was used."""

    text: str
    encoding: str


def decode_bytes(raw: bytes) -> DecodedText:
    """Return the text of ``raw``, or raise RejectedInput saying why it is not text."""
    if not raw.strip():
        raise RejectedInput("empty file: no text to parse")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return _decode_strict(raw, encoding)
    kind = _binary_kind(raw)
    if kind:
        raise RejectedInput(f"binary file: looks like {kind}, not a text press review")
    utf16 = _bomless_utf16(raw[:SNIFF_BYTES])
    if utf16:
        return _decode_strict(raw, utf16)
    if b"\x00" in raw[:SNIFF_BYTES]:
        raise RejectedInput("binary file: contains NUL bytes, not a text press review")
    try:
        return DecodedText(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(raw)


def _decode_strict(raw: bytes, encoding: str) -> DecodedText:
    """Decode with a known encoding, turning failure into a readable rejection."""
    try:
        return DecodedText(raw.decode(encoding), encoding.replace("-sig", ""))
    except UnicodeDecodeError as exc:
        raise RejectedInput(f"invalid {encoding} text at byte {exc.start}") from exc


def _binary_kind(raw: bytes) -> str | None:
    """Return what binary format ``raw`` starts with, if a known one."""
    for signature, kind in BINARY_SIGNATURES:
        if raw.startswith(signature):
            return kind
    return None


def _bomless_utf16(head: bytes) -> str | None:
    """Return utf-16-le/be when NUL bytes sit in every other position, as in UTF-16 text."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _decode_legacy(raw: bytes) -> DecodedText:
    """Decode non-UTF-8 bytes with the code page charset-normalizer finds likeliest."""
    match = from_bytes(raw[:SNIFF_BYTES], cp_isolation=LEGACY_ENCODINGS).best()
    if match is None:
        raise RejectedInput("undecodable text: neither UTF-8 nor a known legacy code page")
    try:
        text = raw.decode(match.encoding)
    except UnicodeDecodeError as exc:
        raise RejectedInput(
            f"undecodable text: invalid UTF-8 and invalid {match.encoding} at byte {exc.start}"
        ) from exc
    # Where the bytes read the same in cp1252 (often, for Western text), name the common one.
    if match.encoding != "cp1252" and raw.decode("cp1252", errors="replace") == text:
        return DecodedText(text, "cp1252")
    return DecodedText(text, match.encoding)
