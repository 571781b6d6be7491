"""Compare two parser trees on the same documents: what each scores, and what changed.

Usage::

    python bench/compare_parsers.py --old /tmp/snapshot [--new .] [--details] DIR [DIR ...]

``--old`` and ``--new`` are folders holding a ``transforms`` package (a ``git archive`` of an
earlier commit, for instance); ``--new`` defaults to this repository. Every ``*.txt`` and
``*.md`` file in the folders is parsed by both trees, each in its own process (the two run
side by side). Files with a ``*.gold.json`` beside them are also scored with
``tests/corpus/scoring.py`` of this repository, so both trees are judged by one scorer.

It prints the summed counts of the scored files for both trees (quotations found and whole,
speakers, roles, institutions, quotation languages, exact paragraph counts, document
languages), then every file whose output differs, quotation by quotation. A parser change
that should change nothing is checked by "0 files differ"; a rule's reach by the list.
``--json FILE`` keeps both dumps for later reading.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SCORING_DIR = REPO_ROOT / "tests" / "corpus"
DOCUMENT_SUFFIXES = (".txt", ".md")
# The counts summed over scored files, in the order printed.
SUMMED = (
    "gold_quotes",
    "predicted_quotes",
    "matched_quotes",
    "strict_quotes",
    "speaker_right",
    "role_right",
    "role_total",
    "institution_right",
    "institution_total",
    "quote_language_right",
    "quote_language_total",
    "paragraphs_exact",
    "language_right",
    "errors",
)


def documents_in(folders: Sequence[Path]) -> list[Path]:
    """Every review file of the folders (or the file itself when given one), in order."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_file():
            found.append(folder)
            continue
        found.extend(
            path
            for path in sorted(folder.iterdir())
            if path.is_file() and path.suffix in DOCUMENT_SUFFIXES
        )
    return found


def _gold_for(path: Path) -> dict[str, Any] | None:
    gold_path = path.with_name(path.stem + ".gold.json")
    if not gold_path.exists():
        return None
    gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    return gold


def _summary(predicted: dict[str, Any]) -> dict[str, Any]:
    """What a reader compares between two trees: quotations with their attribution."""
    paragraphs = sum(
        len(item.get("paragraphs") or [])
        for section in predicted.get("sections") or []
        for item in section.get("items") or []
    )
    return {
        "language": predicted.get("language"),
        "paragraphs": paragraphs,
        "quotes": [
            [
                str(quote.get("text") or "")[:70],
                quote.get("speaker"),
                quote.get("speaker_role"),
                quote.get("institution"),
                quote.get("language"),
            ]
            for quote in predicted.get("quotes") or []
        ],
    }


def dump_tree(root: Path, paths: Sequence[Path]) -> dict[str, Any]:
    """Parse and score every path with the ``transforms`` package found under ``root``.

    Runs in the worker process: ``root`` is first on ``sys.path`` there, so the import
    below takes that tree's parser, not this repository's.
    """
    sys.path.insert(0, str(root))
    sys.path.insert(1, str(SCORING_DIR))
    from scoring import score_document  # type: ignore[import-not-found]

    from transforms.document import parse_file_to_dict

    out: dict[str, Any] = {}
    for path in paths:
        entry: dict[str, Any]
        try:
            predicted = parse_file_to_dict(path)
            entry = _summary(predicted)
        except Exception as exc:  # a crash is a result to compare, not a reason to stop
            predicted = {}
            entry = {"error": f"{type(exc).__name__}: {exc}", "quotes": []}
        gold = _gold_for(path)
        if gold is not None:
            score = score_document(gold, predicted)
            counts = {key: getattr(score, key) for key in SUMMED if hasattr(score, key)}
            counts["paragraphs_exact"] = int(score.gold_paragraphs == score.predicted_paragraphs)
            counts["language_right"] = int(score.language_right)
            counts["errors"] = int("error" in entry)
            entry["score"] = counts
        out[str(path)] = entry
    return out


def _run_worker(root: Path, paths: Sequence[Path]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", str(root), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the worker for {root} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def totals(dump: dict[str, Any]) -> dict[str, int]:
    """The summed counts of the scored files of one dump."""
    sums = dict.fromkeys(SUMMED, 0)
    for entry in dump.values():
        for key, value in (entry.get("score") or {}).items():
            sums[key] += int(value)
    return sums


def _quote_lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    old_quotes = {q[0]: q for q in old.get("quotes", [])}
    new_quotes = {q[0]: q for q in new.get("quotes", [])}
    lines = []
    for text, quote in old_quotes.items():
        if text not in new_quotes:
            lines.append(f"    - {quote}")
        elif new_quotes[text] != quote:
            lines.append(f"    ~ {quote[1:]} -> {new_quotes[text][1:]}  «{text[:40]}»")
    lines.extend(f"    + {q}" for text, q in new_quotes.items() if text not in old_quotes)
    for key in ("language", "paragraphs", "error"):
        if old.get(key) != new.get(key):
            lines.append(f"    {key}: {old.get(key)!r} -> {new.get(key)!r}")
    return lines


def report(old: dict[str, Any], new: dict[str, Any], details: bool) -> int:
    """Print the totals side by side and the files that differ; return how many differ."""
    old_sums, new_sums = totals(old), totals(new)
    scored = sum(1 for entry in new.values() if "score" in entry)
    print(f"{len(new)} files, {scored} with gold")
    print(f"{'count':24} {'old':>7} {'new':>7} {'change':>7}")
    for key in SUMMED:
        change = new_sums[key] - old_sums[key]
        print(f"{key:24} {old_sums[key]:7d} {new_sums[key]:7d} {change:+7d}")
    differing = [path for path in new if old.get(path) != new[path]]
    print(f"\n{len(differing)} files differ")
    for path in differing:
        old_score = (old.get(path) or {}).get("score") or {}
        new_score = new[path].get("score") or {}
        moved = {
            key: new_score[key] - old_score.get(key, 0)
            for key in new_score
            if new_score[key] != old_score.get(key, 0)
        }
        print(f"  {path} {moved if moved else ''}")
        if details:
            for line in _quote_lines(old.get(path) or {}, new[path]):
                print(line)
    return len(differing)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("folders", nargs="*", type=Path, help="folders of review files")
    ap.add_argument("--old", type=Path, help="the earlier tree (holds transforms/)")
    ap.add_argument("--new", type=Path, default=REPO_ROOT, help="the later tree")
    ap.add_argument("--details", action="store_true", help="show each changed quotation")
    ap.add_argument("--json", type=Path, help="write both dumps to this file")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        files = [Path(name) for name in args.folders]
        json.dump(dump_tree(args.worker, files), sys.stdout, ensure_ascii=False)
        return 0
    if args.old is None or not args.folders:
        ap.error("give --old and at least one folder")
    paths = documents_in(args.folders)
    with ThreadPoolExecutor(max_workers=2) as pool:
        old_future = pool.submit(_run_worker, args.old.resolve(), paths)
        new_future = pool.submit(_run_worker, args.new.resolve(), paths)
        old, new = old_future.result(), new_future.result()
    if args.json:
        args.json.write_text(json.dumps({"old": old, "new": new}, ensure_ascii=False))
    report(old, new, args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
