"""The parser's records for a few sentences, as the attribution tests read them."""

from __future__ import annotations

from transforms.document import document_to_dict, parse_document


def quotes(text: str) -> list[dict[str, object]]:
    """Return the quotation records of ``text`` parsed as a one-item review."""
    doc = document_to_dict(parse_document((text + "\n").encode("utf-8")))
    found = doc["quotes"]
    assert isinstance(found, list)
    return found


def speakers(text: str) -> list[object]:
    """Return the speaker of each quotation of ``text``."""
    return [q["speaker"] for q in quotes(text)]


def attributions(text: str) -> list[tuple[object, object]]:
    """Return (speaker, institution) for each quotation of ``text``."""
    return [(q["speaker"], q["institution"]) for q in quotes(text)]


def speakers_and_roles(text: str) -> list[tuple[object, object]]:
    """Return (speaker, role) for each quotation of ``text``."""
    return [(q["speaker"], q["speaker_role"]) for q in quotes(text)]


def speaker_and_role(text: str) -> tuple[object, object]:
    """Return (speaker, role) of the one quotation of ``text``."""
    (quote,) = quotes(text)
    return quote["speaker"], quote["speaker_role"]


def headings(text: str) -> list[object]:
    """Return the heading of each section of ``text``."""
    sections = document_to_dict(parse_document(text.encode("utf-8")))["sections"]
    assert isinstance(sections, list)
    return [section["heading"] for section in sections]


def paragraph_texts(text: str) -> list[str]:
    """Return the text of every paragraph of ``text``, in order."""
    doc = document_to_dict(parse_document((text + "\n").encode("utf-8")))
    return [
        str(p["text"])
        for section in doc["sections"]  # type: ignore[union-attr]
        for item in section["items"]
        for p in item["paragraphs"]
    ]


def title(text: str) -> object:
    """Return the title the parser reads in ``text``."""
    return document_to_dict(parse_document(text.encode("utf-8")))["title"]
