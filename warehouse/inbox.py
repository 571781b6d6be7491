"""The inbox: listing files, and reading one safely (links out, vanished, unreadable)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from warehouse.rows import FileFacts

IGNORED_PREFIXES = (".", "~$")


@dataclass(frozen=True, slots=True)
class ListedFile:
    """A file found in the inbox, with the cheap facts ``stat`` gives."""

    path: str
    size_bytes: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class ReadFile:
    """A file's bytes and facts, or the reason it could not be read."""

    facts: FileFacts | None
    data: bytes | None
    error: str | None


def list_inbox(inbox: Path) -> list[ListedFile]:
    """Return the regular files under ``inbox`` (recursively, hidden files skipped), sorted."""
    found: list[ListedFile] = []
    for directory, subdirectories, names in os.walk(inbox):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in names:
            if name.startswith(IGNORED_PREFIXES):
                continue
            path = Path(directory) / name
            try:
                stat = path.stat()
            except OSError:
                stat = None
            size, mtime = (stat.st_size, stat.st_mtime_ns) if stat else (-1, -1)
            found.append(ListedFile(str(path), size, mtime))
    return sorted(found, key=lambda f: f.path)


def read_file(inbox: Path, path: str, max_bytes: int) -> ReadFile:
    """Return the bytes of ``path`` with their SHA-256, or a readable reason why not.

    A file over ``max_bytes`` is hashed in chunks but not kept in memory.
    """
    target = Path(path)
    try:
        resolved = target.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        return ReadFile(None, None, _os_reason(exc, "cannot resolve the path"))
    if not resolved.is_relative_to(inbox.resolve()):
        return ReadFile(None, None, f"symbolic link pointing outside the inbox, to {resolved}")
    if not resolved.is_file():
        return ReadFile(None, None, "not a regular file")
    try:
        stat = resolved.stat()
        if stat.st_size > max_bytes:
            digest = _hash_in_chunks(resolved)
            facts = FileFacts(path, stat.st_size, stat.st_mtime_ns, digest)
            reason = f"file too large: {stat.st_size:,} bytes, the limit is {max_bytes:,}"
            return ReadFile(facts, None, reason)
        data = resolved.read_bytes()
    except OSError as exc:
        return ReadFile(None, None, _os_reason(exc, "cannot read the file"))
    facts = FileFacts(path, len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest())
    return ReadFile(facts, data, None)


def _hash_in_chunks(path: Path) -> str:
    """Return the SHA-256 of a file read 1 MiB at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _os_reason(exc: BaseException, what: str) -> str:
    """Return a person-readable reason for an OS error."""
    if isinstance(exc, FileNotFoundError):
        return "file disappeared before it could be read"
    if isinstance(exc, PermissionError):
        return "permission denied: the file is not readable by the ingest process"
    if isinstance(exc, RuntimeError):
        return "symbolic link loop"
    detail = getattr(exc, "strerror", None) or str(exc)
    return f"{what}: {detail}"
