"""Score the parser on the hand-written evaluation corpus (``tests/corpus``).

Usage: ``python bench/score_corpus.py [--corpus DIR] [--json] [--details] [--only TEXT]``.

Every ``*.gold.json`` of the corpus names a review file next to it. Each file is parsed with
``transforms.document.parse_file_to_dict`` (or, when that cannot be imported, with
``pressreview parse FILE`` in a subprocess), scored with ``tests/corpus/scoring.py``, and a
per-document table then the aggregate are printed: quotation precision / recall / F1 and
strict recall, speaker, role and quotation-language accuracy (micro over the quotations),
and the per-document rates (document language, review date, headings, country codes,
exact item and paragraph counts, paragraph repairs, not-quotes kept out) averaged over the
documents. ``--details`` adds what went wrong in each document; ``--json`` prints all of it
as one JSON object instead. A file the parser rejects or crashes on is scored as an empty
prediction and its error is reported; it never stops the run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT / "tests" / "corpus"
for _path in (REPO_ROOT, DEFAULT_CORPUS):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from scoring import DocumentScore, aggregate, score_document  # noqa: E402

Parser = Callable[[Path], dict[str, Any]]


@dataclass
class Result:
    """One corpus document: its score, the parse time and the parser's error if any."""

    score: DocumentScore
    seconds: float
    error: str | None = None
    title: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _subprocess_parser(executable: str) -> Parser:
    def parse(path: Path) -> dict[str, Any]:
        done = subprocess.run(
            [executable, "parse", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            message = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
            raise RuntimeError(message)
        data = json.loads(done.stdout)
        if not isinstance(data, dict):
            raise RuntimeError("pressreview parse did not print a JSON object")
        return data

    return parse


def find_parser() -> tuple[str, Parser]:
    """The in-process parser when importable, else the ``pressreview`` command."""
    try:
        from transforms.document import parse_file_to_dict
    except ImportError as exc:
        executable = shutil.which("pressreview") or str(REPO_ROOT / ".venv" / "bin" / "pressreview")
        if not Path(executable).exists():
            raise SystemExit(f"no parser: {exc}; and no pressreview command") from exc
        return f"{executable} parse", _subprocess_parser(executable)
    return "transforms.document.parse_file_to_dict", parse_file_to_dict


def load_golds(corpus: Path, only: str | None = None) -> list[dict[str, Any]]:
    """The corpus golds, sorted by file name, optionally those whose name contains ``only``."""
    golds = []
    for path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if only and only not in str(gold.get("file", path.name)):
            continue
        golds.append(gold)
    return golds


def run(corpus: Path, parser: Parser, only: str | None = None) -> list[Result]:
    """Parse and score every document of the corpus."""
    results = []
    for gold in load_golds(corpus, only):
        path = corpus / str(gold["file"])
        started = time.perf_counter()
        error: str | None = None
        predicted: dict[str, Any]
        try:
            predicted = parser(path)
        except Exception as exc:  # a crash is a result to report, not a reason to stop
            predicted = {}
            error = f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - started
        score = score_document(gold, predicted)
        if error:
            score.problems.insert(0, f"parser error: {error}")
        title = predicted.get("title")
        results.append(Result(score, seconds, error, title if isinstance(title, str) else None))
    return results


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{100 * value:4.0f}"


COLUMNS = (
    ("P", "quote_precision"),
    ("R", "quote_recall"),
    ("F1", "quote_f1"),
    ("sR", "quote_strict_recall"),
    ("spk", "speaker_accuracy"),
    ("role", "role_accuracy"),
    ("qlng", "quote_language_accuracy"),
    ("head", "headings_found"),
    ("cc", "country_codes"),
    ("rep", "paragraph_repairs"),
    ("notq", "not_quotes_kept"),
)


def print_table(results: Sequence[Result], parser_name: str, details: bool) -> None:
    """The human-readable report."""
    print(f"parser: {parser_name}")
    name_width = max([len(r.score.file) for r in results] + [4])
    header = (
        f"{'file':{name_width}}  lang date  quotes  "
        + " ".join(f"{label:>4}" for label, _ in COLUMNS)
        + "  items  paras    ms"
    )
    print(header)
    print("-" * len(header))
    for result in results:
        s = result.score
        rates = s.rates()
        date = {None: "  - ", True: " ok ", False: "FAIL"}[s.review_date_right]
        line = (
            f"{s.file:{name_width}}  {'ok  ' if s.language_right else 'FAIL'} {date}"
            f" {s.predicted_quotes:3d}/{s.gold_quotes:<3d} "
            + " ".join(_pct(rates[key]) for _, key in COLUMNS)
            + f"  {s.predicted_items:2d}/{s.gold_items:<2d}  {s.predicted_paragraphs:2d}/"
            f"{s.gold_paragraphs:<2d} {1000 * result.seconds:5.0f}"
        )
        print(line)
        if details:
            for problem in s.problems:
                print(f"    - {problem}")
    print()
    print("aggregate (quotation metrics micro-averaged, document rates macro-averaged):")
    for key, value in aggregate([r.score for r in results]).items():
        integral = key in {"documents", "gold_quotes", "predicted_quotes"}
        shown = f"{value:.0f}" if integral else f"{value:.3f}"
        print(f"  {key:24} {shown}")
    errors = [r for r in results if r.error]
    if errors:
        print(f"\n{len(errors)} document(s) failed to parse:")
        for r in errors:
            print(f"  {r.score.file}: {r.error}")


def as_json(results: Sequence[Result], parser_name: str) -> dict[str, Any]:
    """Everything, for machines."""
    documents = []
    for r in results:
        s = r.score
        documents.append(
            {
                "file": s.file,
                "error": r.error,
                "seconds": round(r.seconds, 4),
                "rates": s.rates(),
                "counts": {
                    "gold_quotes": s.gold_quotes,
                    "predicted_quotes": s.predicted_quotes,
                    "matched_quotes": s.matched_quotes,
                    "strict_quotes": s.strict_quotes,
                    "speaker_right": s.speaker_right,
                    "gold_items": s.gold_items,
                    "predicted_items": s.predicted_items,
                    "gold_paragraphs": s.gold_paragraphs,
                    "predicted_paragraphs": s.predicted_paragraphs,
                },
                "problems": s.problems,
            }
        )
    return {
        "parser": parser_name,
        "documents": documents,
        "aggregate": aggregate([r.score for r in results]),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--details", action="store_true", help="list each document's problems")
    ap.add_argument("--only", help="score only the files whose name contains this text")
    args = ap.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"no such corpus folder: {corpus}", file=sys.stderr)
        return 2
    parser_name, parser = find_parser()
    results = run(corpus, parser, args.only)
    if not results:
        print(f"no *.gold.json in {corpus}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(results, parser_name), ensure_ascii=False, indent=2))
    else:
        print_table(results, parser_name, args.details)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        raise SystemExit(0) from None
