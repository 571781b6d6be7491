"""ParsedDocument -> rows per table, with stable ids derived from the content hash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from transforms.document import quote_fields
from transforms.persons import person_key
from transforms.records import Item, ParsedDocument

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class FileFacts:
    """What the flow knows of a file before parsing it."""

    source_path: str
    size_bytes: int
    mtime_ns: int
    content_sha256: str


def doc_id_for(content_sha256: str) -> str:
    """Return the document id of a content hash: the same bytes are the same document."""
    return content_sha256[:20]


def document_rows(
    document: ParsedDocument,
    facts: FileFacts,
    *,
    run_id: str,
    ingested_at: datetime,
    parser_version: str,
) -> dict[str, list[Row]]:
    """Return the rows of every document table for one parsed document."""
    doc_id = doc_id_for(facts.content_sha256)
    tables: dict[str, list[Row]] = {name: [] for name in ("sections", "items", "paragraphs")}
    tables["quotes"] = []
    for section in document.sections:
        section_id = f"{doc_id}-s{section.ordinal}"
        tables["sections"].append(
            {
                "section_id": section_id,
                "doc_id": doc_id,
                "ordinal": section.ordinal,
                "heading": section.heading,
                "country_code": section.country_code,
                "run_id": run_id,
            }
        )
        for item in section.items:
            _item_rows(tables, doc_id, section_id, item, run_id)
    tables["documents"] = [
        {
            "doc_id": doc_id,
            "source_path": facts.source_path,
            "content_sha256": facts.content_sha256,
            "size_bytes": facts.size_bytes,
            "encoding": document.encoding,
            "title": document.title,
            "language": document.language.code,
            "language_prob": document.language.prob,
            "review_date": date.fromisoformat(document.review_date)
            if document.review_date
            else None,
            "parser_version": parser_version,
            "n_sections": len(tables["sections"]),
            "n_items": len(tables["items"]),
            "n_paragraphs": len(tables["paragraphs"]),
            "n_quotes": len(tables["quotes"]),
            "ingested_at": ingested_at,
            "run_id": run_id,
        }
    ]
    tables["person_mentions"] = [
        {
            "doc_id": doc_id,
            "name": p.name,
            "variants": list(p.variants),
            "mentions": p.mentions,
            "run_id": run_id,
            "person_key": person_key(p.name),
        }
        for p in document.persons
    ]
    tables["terms"] = [
        {"doc_id": doc_id, "ordinal": n, "text": text, "run_id": run_id}
        for n, text in enumerate(document.terms, start=1)
    ]
    return tables


def _item_rows(
    tables: dict[str, list[Row]], doc_id: str, section_id: str, item: Item, run_id: str
) -> None:
    """Append the rows of one item, its paragraphs and quotations."""
    item_id = f"{doc_id}-i{item.ordinal}"
    tables["items"].append(
        {
            "item_id": item_id,
            "section_id": section_id,
            "doc_id": doc_id,
            "ordinal": item.ordinal,
            "sources": list(item.sources),
            "run_id": run_id,
        }
    )
    for p in item.paragraphs:
        tables["paragraphs"].append(
            {
                "paragraph_id": f"{doc_id}-p{p.ordinal}",
                "item_id": item_id,
                "section_id": section_id,
                "doc_id": doc_id,
                "ordinal": p.ordinal,
                "text": p.text,
                "language": p.language.code,
                "language_prob": p.language.prob,
                "repaired": p.repaired,
                "run_id": run_id,
            }
        )
    for q in item.quotes:
        tables["quotes"].append(
            {
                "quote_id": f"{doc_id}-q{q.ordinal}",
                "doc_id": doc_id,
                "section_id": section_id,
                "item_id": item_id,
                **quote_fields(q),
                "first_paragraph_id": f"{doc_id}-p{q.first_paragraph}",
                "closed": q.closed,
                "run_id": run_id,
                "speaker_key": person_key(q.speaker) if q.speaker else None,
            }
        )
