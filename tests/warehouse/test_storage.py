"""Local writes through warehouse.storage: whole files, safe when threads write the same one."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from warehouse.storage import open_storage


def test_threads_archiving_the_same_content_at_once_all_succeed(tmp_path: Path) -> None:
    """Two batches in one process may archive one content together (same name, same bytes)."""
    storage = open_storage(tmp_path)
    target = storage.path("raw", "ab", "abcdef")
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: storage.write_atomic(target, b"same bytes"), range(200)))
    assert Path(target).read_bytes() == b"same bytes"
    assert storage.list_files("raw") == [target]  # no temporary file left behind
