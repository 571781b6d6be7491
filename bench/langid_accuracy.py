"""Accuracy and speed of ``transforms.language.detect_language`` on the lingua test data.

Usage: ``python bench/langid_accuracy.py [DATA_DIR] [--limit N] [--markdown] [--baseline]``.
DATA_DIR defaults to ``../shared/langid`` relative to the repository root (where CI puts it).
For each set (sentences, word pairs, single words, plus synthetic paragraphs made of
consecutive sentences, to exercise long texts) and language it reports the share of texts
detected right, detected ``und`` and detected wrong, the average over the languages and the
mean time per call. ``--baseline`` also runs the previous implementation (plain
``langdetect.detect_langs`` behind a 12-letter minimum) on the same texts, for comparison.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from langdetect import DetectorFactory, LangDetectException, detect_langs

from transforms.language import detect_language
from transforms.records import UNDETERMINED, LanguageGuess

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "langid"
# The 15 languages of the test data (its README.md).
LANGUAGES = (
    *("ar", "az", "de", "en", "es", "fr", "hy", "it"),
    *("ka", "nl", "pl", "pt", "ru", "tr", "uk"),
)
FILE_SETS = ("sentences", "word-pairs", "single-words")
# Synthetic long texts: this many consecutive sentences joined (about 2000 characters), so
# that the length cap applied before langdetect is measured too.
PARAGRAPH_SET = "paragraphs"
PARAGRAPH_SENTENCES = 20
BASELINE_MIN_LETTERS = 12

Detect = Callable[[str], LanguageGuess]


@dataclass
class Score:
    """Counts for one (set, language) cell, and the time spent detecting."""

    right: int = 0
    und: int = 0
    wrong: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        """Number of texts scored."""
        return self.right + self.und + self.wrong

    def add(self, code: str, lang: str) -> None:
        """Count one answer ``code`` for a text whose language is ``lang``."""
        if code == lang:
            self.right += 1
        elif code == "und":
            self.und += 1
        else:
            self.wrong += 1

    def rates(self) -> tuple[float, float, float]:
        """Right, und and wrong shares of the texts."""
        n = self.total or 1
        return self.right / n, self.und / n, self.wrong / n


def baseline_detect(text: str) -> LanguageGuess:
    """The implementation this bench replaced: global langdetect behind a letter minimum."""
    DetectorFactory.seed = 0
    if sum(ch.isalpha() for ch in text) < BASELINE_MIN_LETTERS:
        return UNDETERMINED
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return UNDETERMINED
    return LanguageGuess(best.lang.split("-")[0], round(best.prob, 4))


def read_lines(path: Path, limit: int | None) -> list[str]:
    """Lines of ``path`` split on "\\n" only (some lines hold U+0085), trailing blank dropped."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines[:limit] if limit is not None else lines


def paragraphs(sentences: Sequence[str]) -> list[str]:
    """Join consecutive sentences into paragraph-sized texts."""
    step = PARAGRAPH_SENTENCES
    return [" ".join(sentences[i : i + step]) for i in range(0, len(sentences), step)]


def load_texts(data_dir: Path, limit: int | None) -> dict[str, dict[str, list[str]]]:
    """Texts per set and language."""
    texts: dict[str, dict[str, list[str]]] = {name: {} for name in (*FILE_SETS, PARAGRAPH_SET)}
    for name in FILE_SETS:
        for lang in LANGUAGES:
            texts[name][lang] = read_lines(data_dir / name / f"{lang}.txt", limit)
    for lang in LANGUAGES:
        texts[PARAGRAPH_SET][lang] = paragraphs(texts["sentences"][lang])
    return texts


def score(detectors: Mapping[str, Detect], lang: str, texts: Sequence[str]) -> dict[str, Score]:
    """Run every detector over ``texts`` (true language ``lang``), taking turns per text.

    Taking turns, rather than one detector after the other, exposes both to the same machine
    load, so that their times per call compare fairly.
    """
    results = {name: Score() for name in detectors}
    for text in texts:
        for name, detect in detectors.items():
            start = time.perf_counter()
            code = detect(text).code
            results[name].seconds += time.perf_counter() - start
            results[name].add(code, lang)
    return results


def run(
    detectors: Mapping[str, Detect], texts: dict[str, dict[str, list[str]]]
) -> dict[str, dict[str, dict[str, Score]]]:
    """Scores per detector, set and language."""
    scores: dict[str, dict[str, dict[str, Score]]] = {name: {} for name in detectors}
    for set_name, per_lang in texts.items():
        for name in detectors:
            scores[name][set_name] = {}
        for lang in LANGUAGES:
            for name, cell in score(detectors, lang, per_lang[lang]).items():
                scores[name][set_name][lang] = cell
    return scores


def average(cells: dict[str, Score]) -> tuple[float, float, float]:
    """Unweighted mean of the per-language rates."""
    rates = [cell.rates() for cell in cells.values()]
    n = len(rates) or 1
    return (
        sum(r[0] for r in rates) / n,
        sum(r[1] for r in rates) / n,
        sum(r[2] for r in rates) / n,
    )


def ms_per_call(cells: dict[str, Score]) -> float:
    """Mean milliseconds per detection over all texts of a set."""
    calls = sum(cell.total for cell in cells.values())
    return 1000 * sum(cell.seconds for cell in cells.values()) / (calls or 1)


def fmt(rates: tuple[float, float, float]) -> str:
    """``right / und / wrong`` with three decimals."""
    return " / ".join(f"{r:.3f}" for r in rates)


def table_rows(scores: dict[str, dict[str, Score]]) -> list[list[str]]:
    """Header, one row per language, the average and the time per call."""
    sets = list(scores)
    rows = [["language", *(f"{name} (right / und / wrong)" for name in sets)]]
    for lang in LANGUAGES:
        rows.append([lang, *(fmt(scores[name][lang].rates()) for name in sets)])
    rows.append(["**average**", *(fmt(average(scores[name])) for name in sets)])
    rows.append(["ms per call", *(f"{ms_per_call(scores[name]):.3f}" for name in sets)])
    return rows


def render(rows: list[list[str]], markdown: bool) -> str:
    """A markdown table, or a plain aligned one."""
    if markdown:
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "|".join("---" for _ in rows[0]) + "|")
        return "\n".join(lines)
    plain = [[cell.replace("**", "") for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in plain) for i in range(len(plain[0]))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in plain
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="lines per file (quick run)")
    parser.add_argument("--markdown", action="store_true", help="print markdown tables")
    parser.add_argument(
        "--baseline", action="store_true", help="also run the previous implementation"
    )
    return parser.parse_args(argv)


def warm_up(detectors: Iterable[Detect], texts: dict[str, dict[str, list[str]]]) -> None:
    """Detect a first text of each file, so that profile loading is not timed."""
    firsts = [lines[0] for per_lang in texts.values() for lines in per_lang.values() if lines]
    for detect in detectors:
        for text in firsts:
            detect(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the bench and print the tables."""
    args = parse_args(argv)
    texts = load_texts(args.data_dir, args.limit)
    detectors: dict[str, Detect] = {"detect_language": detect_language}
    if args.baseline:
        detectors["baseline"] = baseline_detect
    warm_up(detectors.values(), texts)
    scores = run(detectors, texts)
    print(f"detect_language on {args.data_dir} ({args.limit or 'all'} lines per file)\n")
    print(render(table_rows(scores["detect_language"]), args.markdown))
    if args.baseline:
        print("\nbaseline (previous implementation): langdetect.detect_langs, all 55 profiles,")
        print("12-letter minimum; timed taking turns with detect_language on the same texts\n")
        print(render(table_rows(scores["baseline"]), args.markdown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
