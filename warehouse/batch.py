"""One batch of inbox files -> parsed records -> Parquet files; returns only small facts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from transforms.document import MAX_INPUT_BYTES, PARSER_VERSION, parse_document
from transforms.errors import RejectedInput
from warehouse.archive import ArchiveWriter, read_archived
from warehouse.faults import crash_point
from warehouse.inbox import ReadFile, read_file
from warehouse.parquet import BatchTables, batch_path
from warehouse.rows import FileFacts, Row, doc_id_for, document_rows
from warehouse.storage import Storage, open_storage


@dataclass(frozen=True, slots=True)
class Rejection:
    """A file refused, and why, in words for a person."""

    source_path: str
    reason: str


@dataclass(slots=True)
class BatchResult:
    """Counts and file paths from one batch: small enough to cross process boundaries."""

    batch: int
    files_parsed: int = 0
    files_unchanged: int = 0
    parquet_files: dict[str, str] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    rows: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    speakers: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class BatchJob:
    """What a batch needs: its files, the manifest's hashes for them, where to write."""

    batch: int
    inbox: str
    paths: list[str]
    known_sha256: dict[str, str]
    warehouse_dir: str
    run_id: str
    started_at: datetime
    max_bytes: int = MAX_INPUT_BYTES
    storage_uri: str = ""  # Parquet and archive here instead of the warehouse folder

    def storage(self) -> Storage:
        """Return where the batch writes its Parquet and archive files."""
        return open_storage(Path(self.warehouse_dir), self.storage_uri)


def run_batch(job: BatchJob) -> BatchResult:
    """Parse every file of the batch and write its rows to Parquet, one file per table."""
    result = BatchResult(job.batch)
    tables = BatchTables()
    with ArchiveWriter(job.storage()) as archive:
        for path in job.paths:
            read = read_file(Path(job.inbox), path, job.max_bytes)
            if read.facts and job.known_sha256.get(path) == read.facts.content_sha256:
                result.files_unchanged += 1  # touched, not changed: only its mtime is new
                tables.add("files", _manifest_row(read.facts, job.run_id, "unchanged"))
                continue
            _parse_one(job, read, path, tables, result, archive)
            crash_point("mid-parse")
    _write_tables(job, tables, result)
    return result


@dataclass(frozen=True, slots=True)
class ReprocessJob:
    """A batch of known documents to parse again from the raw archive."""

    batch: int
    documents: list[FileFacts]
    warehouse_dir: str
    run_id: str
    started_at: datetime
    storage_uri: str = ""


def run_reprocess_batch(job: ReprocessJob) -> BatchResult:
    """Parse archived documents again with the current parser and write their Parquet files."""
    as_ingest = BatchJob(
        job.batch,
        "",
        [],
        {},
        job.warehouse_dir,
        job.run_id,
        job.started_at,
        storage_uri=job.storage_uri,
    )
    result = BatchResult(job.batch)
    tables = BatchTables()
    storage = as_ingest.storage()
    for facts in job.documents:
        data = read_archived(storage, facts.content_sha256)
        read = ReadFile(facts, data, None)
        _parse_one(as_ingest, read, facts.source_path, tables, result, archive=None)
    tables.clear("files")  # the manifest stays as it is: same paths, same contents
    _write_tables(as_ingest, tables, result)
    return result


def _write_tables(job: BatchJob, tables: BatchTables, result: BatchResult) -> None:
    """Write each non-empty table of the batch to its Parquet file."""
    storage = job.storage()
    for table, data in tables.finish().items():
        # The start time tells attempts of one flow run apart: a retried run never
        # overwrites the Parquet files its first attempt committed.
        attempt = f"{job.run_id}-{job.started_at:%Y%m%dT%H%M%S%f}"
        target = batch_path(storage, table, attempt, job.batch)
        storage.write_atomic(target, data, crash_at="parquet-written")
        result.rows[table] += tables.counts[table]
        result.parquet_files[table] = target


def _parse_one(
    job: BatchJob,
    read: ReadFile,
    path: str,
    tables: BatchTables,
    result: BatchResult,
    archive: ArchiveWriter | None,
) -> None:
    """Parse one read file into ``tables``, or record why it was rejected."""
    reason = read.error
    if read.facts and read.data is not None:
        try:
            document = parse_document(read.data, path)
        except RejectedInput as exc:
            reason = str(exc)
        except Exception as exc:  # a parser fault on one file must not stop the inbox
            reason = (
                f"the parser {PARSER_VERSION} failed on this file ({type(exc).__name__}: {exc}); "
                "touch the file to have it read again after an upgrade"
            )
        else:
            rows = document_rows(
                document,
                read.facts,
                run_id=job.run_id,
                ingested_at=job.started_at,
                parser_version=PARSER_VERSION,
            )
            for table, table_rows in rows.items():
                tables.extend(table, table_rows)
            if archive is not None:  # None: the bytes came from the archive (reprocess)
                archive.add(read.facts.content_sha256, read.data)
            tables.add("files", _manifest_row(read.facts, job.run_id, "loaded"))
            _tally(result, document.language.code, rows)
            return
    assert reason is not None
    result.rejections.append(Rejection(path, reason))
    if read.facts:  # remembered, so unchanged bad content is not read again every run
        tables.add("files", _manifest_row(read.facts, job.run_id, "rejected"))
    tables.add(
        "rejected_files",
        {
            "source_path": path,
            "content_sha256": read.facts.content_sha256 if read.facts else None,
            "size_bytes": read.facts.size_bytes if read.facts else None,
            "reason": reason,
            "run_id": job.run_id,
            "rejected_at": job.started_at,
        },
    )


def _manifest_row(facts: FileFacts, run_id: str, status: str) -> Row:
    """Return the manifest row saying which document a file path now holds."""
    return {
        "source_path": facts.source_path,
        "size_bytes": facts.size_bytes,
        "mtime_ns": facts.mtime_ns,
        "content_sha256": facts.content_sha256,
        "doc_id": None if status == "rejected" else doc_id_for(facts.content_sha256),
        "status": status,
        "run_id": run_id,
    }


def _tally(result: BatchResult, language: str, rows: dict[str, list[Row]]) -> None:
    """Add one document's figures to the batch summary."""
    result.files_parsed += 1
    result.languages[language] += 1
    for section in rows["sections"]:
        result.countries.setdefault(section["country_code"] or "-", 0)  # listed even if quiet
    section_country = {s["section_id"]: s["country_code"] or "-" for s in rows["sections"]}
    for quote in rows["quotes"]:
        result.countries[section_country[quote["section_id"]]] += 1
        if quote["speaker"]:
            result.speakers[quote["speaker"]] += 1
