"""The raw archive: every accepted file's bytes, content-addressed, so tables can be rebuilt.

It lives in the warehouse's storage (:mod:`warehouse.storage`): the warehouse folder, or an
object store next to the Parquet tree.
"""

from __future__ import annotations

from warehouse.storage import Storage

ARCHIVE_DIR = "raw"


def archive_path(storage: Storage, content_sha256: str) -> str:
    """Return where the bytes with this hash are kept."""
    return storage.path(ARCHIVE_DIR, content_sha256[:2], content_sha256)


def archive_bytes(storage: Storage, content_sha256: str, data: bytes) -> None:
    """Keep ``data`` under its hash (once: the same content is never written twice)."""
    target = archive_path(storage, content_sha256)
    if storage.exists(target):
        return
    storage.write_atomic(target, data)


def read_archived(storage: Storage, content_sha256: str) -> bytes:
    """Return the archived bytes with this hash (FileNotFoundError when absent)."""
    return storage.read_bytes(archive_path(storage, content_sha256))
