"""The raw archive written on a background thread: every file durable, failures not lost."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from warehouse.archive import ARCHIVE_DIR, ArchiveWriter, read_archived
from warehouse.batch import BatchJob, run_batch
from warehouse.storage import open_storage

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_0f0d6b5f540838f0.txt"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_every_queued_file_is_archived_once_when_the_block_ends(tmp_path: Path) -> None:
    storage = open_storage(tmp_path)
    contents = [f"review {n}".encode() * 200 for n in range(40)]
    with ArchiveWriter(storage) as archive:
        for data in [*contents, contents[0]]:  # one content twice, as two equal files
            archive.add(_sha(data), data)
    assert all(read_archived(storage, _sha(data)) == data for data in contents)
    assert len(storage.list_files(ARCHIVE_DIR)) == len(contents)  # no temporaries left


def test_a_failed_archive_write_is_raised_when_the_block_ends(tmp_path: Path) -> None:
    (tmp_path / ARCHIVE_DIR).write_text("a file where the archive's folder should be")
    with pytest.raises(OSError), ArchiveWriter(open_storage(tmp_path)) as archive:
        archive.add(_sha(b"bytes"), b"bytes")


def test_a_batch_whose_archive_fails_writes_no_parquet(tmp_path: Path) -> None:
    """Its Parquet files would name documents whose bytes the archive does not hold."""
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    (warehouse / ARCHIVE_DIR).write_text("not a folder")
    job = BatchJob(
        1, str(SAMPLE.parent), [str(SAMPLE)], {}, str(warehouse), "run", datetime.now(UTC)
    )
    with pytest.raises(OSError):
        run_batch(job)
    assert not (warehouse / "parquet").exists()
