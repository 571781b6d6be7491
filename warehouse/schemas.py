"""The Arrow schema of every table written to Parquet, declared once (a test checks the DDL)."""

from __future__ import annotations

import pyarrow as pa

TIMESTAMP = pa.timestamp("us", tz="UTC")
STRINGS = pa.list_(pa.string())


def _schema(*fields: tuple[str, pa.DataType, bool]) -> pa.Schema:
    """Return a schema from (name, type, nullable) triples."""
    return pa.schema([pa.field(name, kind, nullable=nullable) for name, kind, nullable in fields])


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema(
        ("doc_id", pa.string(), False),
        ("source_path", pa.string(), False),
        ("content_sha256", pa.string(), False),
        ("size_bytes", pa.int64(), False),
        ("encoding", pa.string(), False),
        ("title", pa.string(), True),
        ("language", pa.string(), False),
        ("language_prob", pa.float64(), False),
        ("review_date", pa.date32(), True),
        ("parser_version", pa.string(), False),
        ("n_sections", pa.int32(), False),
        ("n_items", pa.int32(), False),
        ("n_paragraphs", pa.int32(), False),
        ("n_quotes", pa.int32(), False),
        ("ingested_at", TIMESTAMP, False),
        ("run_id", pa.string(), False),
    ),
    "sections": _schema(
        ("section_id", pa.string(), False),
        ("doc_id", pa.string(), False),
        ("ordinal", pa.int32(), False),
        ("heading", pa.string(), True),
        ("country_code", pa.string(), True),
        ("run_id", pa.string(), False),
    ),
    "items": _schema(
        ("item_id", pa.string(), False),
        ("section_id", pa.string(), False),
        ("doc_id", pa.string(), False),
        ("ordinal", pa.int32(), False),
        ("sources", STRINGS, False),
        ("run_id", pa.string(), False),
    ),
    "paragraphs": _schema(
        ("paragraph_id", pa.string(), False),
        ("item_id", pa.string(), False),
        ("section_id", pa.string(), False),
        ("doc_id", pa.string(), False),
        ("ordinal", pa.int32(), False),
        ("text", pa.string(), False),
        ("language", pa.string(), False),
        ("language_prob", pa.float64(), False),
        ("repaired", pa.bool_(), False),
        ("run_id", pa.string(), False),
    ),
    "quotes": _schema(
        ("quote_id", pa.string(), False),
        ("doc_id", pa.string(), False),
        ("section_id", pa.string(), False),
        ("item_id", pa.string(), False),
        ("ordinal", pa.int32(), False),
        ("text", pa.string(), False),
        ("speaker", pa.string(), True),
        ("speaker_as_written", pa.string(), True),
        ("speaker_role", pa.string(), True),
        ("institution", pa.string(), True),
        ("cue", pa.string(), True),
        ("language", pa.string(), False),
        ("language_prob", pa.float64(), False),
        ("n_paragraphs", pa.int32(), False),
        ("first_paragraph_id", pa.string(), False),
        ("closed", pa.bool_(), False),
        ("run_id", pa.string(), False),
        ("speaker_key", pa.string(), True),
    ),
    "person_mentions": _schema(
        ("doc_id", pa.string(), False),
        ("name", pa.string(), False),
        ("variants", STRINGS, False),
        ("mentions", pa.int32(), False),
        ("run_id", pa.string(), False),
        ("person_key", pa.string(), True),
    ),
    "terms": _schema(
        ("doc_id", pa.string(), False),
        ("ordinal", pa.int32(), False),
        ("text", pa.string(), False),
        ("run_id", pa.string(), False),
    ),
    "files": _schema(
        ("source_path", pa.string(), False),
        ("size_bytes", pa.int64(), False),
        ("mtime_ns", pa.int64(), False),
        ("content_sha256", pa.string(), False),
        ("doc_id", pa.string(), True),
        ("status", pa.string(), False),
        ("run_id", pa.string(), False),
    ),
    "rejected_files": _schema(
        ("source_path", pa.string(), False),
        ("content_sha256", pa.string(), True),
        ("size_bytes", pa.int64(), True),
        ("reason", pa.string(), False),
        ("run_id", pa.string(), False),
        ("rejected_at", TIMESTAMP, False),
    ),
}
# Tables whose rows belong to one document: replaced together when a document is reloaded.
DOCUMENT_TABLES = (
    "documents",
    "sections",
    "items",
    "paragraphs",
    "quotes",
    "person_mentions",
    "terms",
)
# The key of each table: a batch holding the same content twice keeps one row per key.
KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "sections": ("section_id",),
    "items": ("item_id",),
    "paragraphs": ("paragraph_id",),
    "quotes": ("quote_id",),
    "person_mentions": ("doc_id", "name"),
    "terms": ("doc_id", "ordinal"),
    "files": ("source_path",),
}
