"""Bytes -> text: BOMs, UTF-8, UTF-16, legacy code pages, and a refusal for binaries."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes

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
# A one-letter word outside ASCII that no language writes alone: what a wrong code page makes
# of Italian "è", "à" (cp1250: "č", "ŕ"). à è é ì ò ù á í ó ú ä ö ü å are words (or a mark
# standing alone) somewhere; these are not (but Czech "č." abbreviates číslo).
STRAY_LONE_LETTER = re.compile(r"(?<![^\W\d_])[čŕěňůĺľřďťśźłćńşğ](?![^\W\d_]|\.)")
TIE = 0.01


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
    """Return utf-16-le/be when every other byte is a high byte of one script, as in UTF-16.

    Latin text has NUL high bytes; Cyrillic or Armenian text has 0x04/0x05 with NULs for the
    spaces and digits: in both, a handful of values fill the high-byte positions.
    """
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) > 0.8 * len(high) and low.count(0) < 0.1 * len(low):
            return codec
        if _few_high_bytes(high) and low.count(0) < 0.1 * len(low) and _decodes(head, codec):
            return codec
    return None


def _few_high_bytes(high: bytes) -> bool:
    """Return True when NULs and at most two other values make up the high bytes."""
    counts = sorted((high.count(value) for value in set(high) if value), reverse=True)
    zeros = high.count(0)
    return zeros >= 0.05 * len(high) and zeros + sum(counts[:2]) >= 0.97 * len(high)


def _decodes(head: bytes, codec: str) -> bool:
    """Return True when ``head`` decodes as ``codec`` into printable text."""
    try:
        text = head[: len(head) - len(head) % 2].decode(codec)
    except UnicodeDecodeError:
        return False
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    return printable >= 0.98 * len(text)


def _likeliest(head: bytes) -> CharsetMatch | None:
    """Return the likeliest code page; ties go to the earlier one in LEGACY_ENCODINGS.

    charset-normalizer scores cp1250 and cp1252 alike on French text (œ/ś, à/ŕ both pass),
    and its own tie-break may pick cp1250; Western text is far more common in this inbox.
    """
    matches = list(from_bytes(head, cp_isolation=LEGACY_ENCODINGS))
    if not matches:
        return None
    chaos = min(m.chaos for m in matches)
    near = [m for m in matches if m.chaos <= chaos + TIE]
    if len(near) > 1:
        # A code page that reads a lone letter no language writes alone ("Ksamil č parte"
        # for cp1252's "è") is wrong, however coherent its letters look otherwise.
        near = [m for m in near if not STRAY_LONE_LETTER.search(str(m))] or near
    coherence = max(m.coherence for m in near)
    tied = [m for m in near if m.coherence >= coherence - TIE]
    return min(tied, key=lambda m: _rank(m.encoding))


def _rank(encoding: str) -> int:
    """Return the position of ``encoding`` in LEGACY_ENCODINGS (unknown ones last)."""
    return (
        LEGACY_ENCODINGS.index(encoding) if encoding in LEGACY_ENCODINGS else len(LEGACY_ENCODINGS)
    )


def _decode_legacy(raw: bytes) -> DecodedText:
    """Decode non-UTF-8 bytes with the code page charset-normalizer finds likeliest."""
    match = _likeliest(raw[:SNIFF_BYTES])
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
