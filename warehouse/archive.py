"""The raw archive: every accepted file's bytes, content-addressed, so tables can be rebuilt."""

from __future__ import annotations

import os
from pathlib import Path

ARCHIVE_DIR = "raw"


def archive_path(warehouse_dir: Path, content_sha256: str) -> Path:
    """Return where the bytes with this hash are kept."""
    return warehouse_dir / ARCHIVE_DIR / content_sha256[:2] / content_sha256


def archive_bytes(warehouse_dir: Path, content_sha256: str, data: bytes) -> None:
    """Keep ``data`` under its hash (once: the same content is never written twice)."""
    target = archive_path(warehouse_dir, content_sha256)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def read_archived(warehouse_dir: Path, content_sha256: str) -> bytes:
    """Return the archived bytes with this hash (FileNotFoundError when absent)."""
    return archive_path(warehouse_dir, content_sha256).read_bytes()
