"""Where the Parquet tree and the raw archive live: the warehouse folder, or any pyarrow URI.

By default both sit in the warehouse folder next to the DuckDB file. With a storage URI
(``s3://bucket/prefix``, ``gs://...``, ``file:///mnt/share``; see :func:`open_storage`) they
live there instead while the DuckDB file stays local. Every file appears only whole:

- on a local filesystem, written to a temporary name, fsynced, then renamed;
- on an object store, the whole object is sent in one upload: S3 makes an object visible
  only when its PUT (or multipart completion) succeeds, so a reader or a crash never sees a
  partial object, and there is no temporary object to clean up.

pyarrow's own filesystems are used (not fsspec/s3fs): pyarrow already ships S3, GCS and
Azure, the same objects feed DuckDB through Arrow datasets (:mod:`warehouse.load`), and
nothing else needs installing on the workers.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow.fs as pafs

from warehouse.faults import crash_point

TEMPORARY_MARK = ".tmp-"


@dataclass(frozen=True, slots=True)
class Storage:
    """A filesystem and the root folder (or bucket prefix) of the warehouse's files in it."""

    fs: Any  # a pyarrow.fs.FileSystem (pyarrow ships no type stubs)
    root: str
    local: bool

    def path(self, *parts: str) -> str:
        """Return the filesystem path of a warehouse-relative path."""
        return "/".join([self.root, *parts])

    def relative(self, path: str) -> str:
        """Return the warehouse-relative form of a path (as ``parquet_files`` keeps it)."""
        if self.local:
            return os.path.relpath(path, self.root)
        return path.removeprefix(self.root + "/")

    def exists(self, path: str) -> bool:
        """Return whether a file exists at ``path``."""
        return bool(self.fs.get_file_info(path).type == pafs.FileType.File)

    def read_bytes(self, path: str) -> bytes:
        """Return a file's bytes (FileNotFoundError when absent)."""
        if not self.exists(path):
            raise FileNotFoundError(path)
        with self.fs.open_input_stream(path) as stream:
            return bytes(stream.read())

    def write_atomic(self, path: str, data: bytes, crash_at: str | None = None) -> None:
        """Write ``data`` to ``path`` so that it appears whole or not at all."""
        if self.local:
            _write_local(Path(path), data, crash_at)
            return
        if crash_at:
            crash_point(crash_at)  # before the upload: as a local crash before the rename
        with self.fs.open_output_stream(path) as stream:
            stream.write(data)  # one buffer, one upload: the object exists only once complete

    def list_files(self, folder: str) -> list[str]:
        """Return the paths of every file under a warehouse-relative folder (none if absent)."""
        selector = pafs.FileSelector(self.path(folder), recursive=True, allow_not_found=True)
        infos = self.fs.get_file_info(selector)
        return sorted(i.path for i in infos if i.type == pafs.FileType.File)

    def delete(self, path: str) -> None:
        """Delete a file; a file already gone is fine (another sweep got there first)."""
        with contextlib.suppress(FileNotFoundError):
            self.fs.delete_file(path)


def is_temporary(path: str) -> bool:
    """Return whether ``path`` is a local write's temporary file (left by a crash)."""
    name = path.rsplit("/", 1)[-1]
    return name.startswith(".") and TEMPORARY_MARK in name


def _write_local(target: Path, data: bytes, crash_at: str | None) -> None:
    """Write to a temporary name, fsync, rename: the file appears whole or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # Unique per writer, not per process: two parse threads may archive the same content at
    # once, and a shared temporary name let one rename the other's file away.
    unique = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
    temporary = target.with_name(f".{target.name}{TEMPORARY_MARK}{unique}")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if crash_at:
            crash_point(crash_at)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def open_storage(warehouse_dir: Path, uri: str | None = None) -> Storage:
    """Return the storage of a warehouse: ``uri`` when given, else the warehouse folder.

    ``uri`` is anything ``pyarrow.fs.FileSystem.from_uri`` takes; options go in the query,
    e.g. ``s3://bucket/prefix?endpoint_override=http://127.0.0.1:9000&region=us-east-1``.
    Credentials come from the usual places (AWS_ACCESS_KEY_ID..., instance roles), never
    from the URI, so they stay out of logs and task parameters.
    """
    return _open(str(warehouse_dir), uri or "")


@lru_cache(maxsize=16)
def _open(warehouse_dir: str, uri: str) -> Storage:
    """Build a filesystem once per process (an S3 client is not free to create)."""
    if not uri:
        return Storage(pafs.LocalFileSystem(), warehouse_dir, local=True)
    fs, root = pafs.FileSystem.from_uri(uri)
    local = isinstance(fs, pafs.LocalFileSystem)
    return Storage(fs, root.rstrip("/") or root, local=local)
