"""Listing an inbox the way the pipeline does, for the bench scripts (no project imports)."""

from __future__ import annotations

import os
from pathlib import Path


def inbox_files(inbox: Path) -> list[Path]:
    """Return the inbox's files (recursively, hidden ones skipped) in a stable order."""
    found: list[Path] = []
    for directory, subdirectories, names in os.walk(inbox):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        found += [Path(directory) / n for n in names if not n.startswith(".")]
    return sorted(found)
