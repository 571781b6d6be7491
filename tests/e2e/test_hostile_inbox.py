"""A generated inbox of hostile files: each is parsed or rejected with a reason, good files load."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from tests.conftest import CLI, SAMPLE
from warehouse.batch import BatchJob, run_batch
from warehouse.plan import plan_run

OLD = 1_600_000_000
GOOD_NAMES = ("name with spaces.txt", "revue d'été «X».txt", "обзор прессы.md", 'quote"d.txt')


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("review.txt", SAMPLE.read_text("utf-8"))
    return buffer.getvalue()


def _hostile_files() -> dict[str, bytes]:
    text = SAMPLE.read_text("utf-8")
    return {
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\n   \r\n",
        "image.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "paper.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
        "bundle.zip": _zip_bytes(),
        "invalid-utf8.txt": b"Le pr\xc3sident a d\xe9clar\xe9 \xff\xfe \x80\x81 quelque chose.",
        "cp1252.txt": text.replace("'", "\u2019").encode("cp1252"),
        "utf16.txt": text.encode("utf-16"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
        "long-line.txt": ("Le ministre a parlé de coopération " * 150_000)[:5_000_000].encode(),
        "quotes.txt": ('« " “ „ » ” ' * 1_700)[:10_000].encode() + b" fin du texte",
        "nested.md": (
            "> " * 300 + "citation\n\n" + "<b>" * 3000 + "gras" + "**" * 3000 + "\n\n" + "[" * 3000
        ).encode(),
    }


@pytest.fixture
def hostile_inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, data in _hostile_files().items():
        (inbox / name).write_bytes(data)
    with open(inbox / "huge.txt", "wb") as handle:  # 100 MB: refused without reading it whole
        handle.truncate(100 * 1024 * 1024)
    for name in GOOD_NAMES:
        text = SAMPLE.read_text("utf-8") + f"\n\nFichier {name}.\n"
        (inbox / name).write_text(text, "utf-8")
    (inbox / "outside-link.txt").symlink_to("/etc/hostname")
    (inbox / "loop-a.txt").symlink_to(inbox / "loop-b.txt")
    (inbox / "loop-b.txt").symlink_to(inbox / "loop-a.txt")
    unreadable = inbox / "unreadable.txt"
    unreadable.write_text(SAMPLE.read_text("utf-8") + "\nillisible\n", "utf-8")
    unreadable.chmod(0)
    os.mkfifo(inbox / "pipe.txt")
    for path in inbox.iterdir():
        if not path.is_symlink() and path.is_file():
            os.utime(path, (OLD, OLD))
    return inbox


@pytest.mark.slow
def test_every_hostile_file_is_parsed_or_rejected_and_good_files_load(
    hostile_inbox: Path, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    warehouse = tmp_path / "wh"
    done = subprocess.run(
        [str(CLI), "ingest", str(hostile_inbox), "--warehouse", str(warehouse)],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=900,  # the bound on parse time: a pathological backtrack would blow it
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    con = duckdb.connect(str(warehouse / "pressreview.duckdb"), read_only=True)
    loaded = {Path(p).name for (p,) in con.execute("SELECT source_path FROM files").fetchall()}
    status = dict(con.execute("SELECT source_path, status FROM files").fetchall())
    rejected = dict(con.execute("SELECT source_path, reason FROM rejected_files").fetchall())
    con.close()
    accepted = {Path(p).name for p, s in status.items() if s == "loaded"}
    reasons = {Path(p).name: r for p, r in rejected.items()}
    for path in hostile_inbox.iterdir():
        assert path.name in accepted or reasons.get(path.name), path.name
    assert set(GOOD_NAMES) <= accepted
    assert "empty" in reasons["empty.txt"]
    assert "PNG" in reasons["image.png"] and "PDF" in reasons["paper.pdf"]
    assert "ZIP" in reasons["bundle.zip"]
    assert "too large" in reasons["huge.txt"]
    assert "outside the inbox" in reasons["outside-link.txt"]
    assert "loop" in reasons["loop-a.txt"] and "loop" in reasons["loop-b.txt"]
    assert "not a regular file" in reasons["pipe.txt"]
    assert {"cp1252.txt", "utf16.txt", "bom.txt", "crlf.txt", "long-line.txt"} <= accepted
    assert len(loaded) == len(list(hostile_inbox.iterdir())) - len(
        [r for r in reasons if r not in loaded]
    )


def test_a_file_deleted_between_listing_and_reading_is_rejected(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("keep.txt", "vanish.txt"):
        shutil.copy(SAMPLE, inbox / name)
        os.utime(inbox / name, (OLD, OLD))
    warehouse = tmp_path / "wh"
    plan = plan_run(inbox, warehouse, settle_seconds=0)
    (inbox / "vanish.txt").unlink()
    job = BatchJob(
        1, str(inbox), [f.path for f in plan.to_read], {}, str(warehouse), "r", datetime.now(UTC)
    )
    result = run_batch(job)
    assert result.files_parsed == 1
    assert [(Path(r.source_path).name, r.reason) for r in result.rejections] == [
        ("vanish.txt", "file disappeared before it could be read")
    ]


def test_a_file_still_being_written_waits_for_the_next_run(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLE, inbox / "settled.txt")
    os.utime(inbox / "settled.txt", (OLD, OLD))
    shutil.copy(SAMPLE, inbox / "fresh.txt")  # modified just now
    plan = plan_run(inbox, tmp_path / "wh", settle_seconds=30)
    assert [Path(f.path).name for f in plan.to_read] == ["settled.txt"]
    assert [Path(p).name for p in plan.settling] == ["fresh.txt"]
