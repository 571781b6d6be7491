"""langdetect's Detector against transforms' FastDetector, side by side, on the same texts.

    .venv/bin/python bench/langdetect_speed.py INBOX [--files 200] [--rounds 3]

Takes every ``--files``-th file of INBOX spread through it, and measures, alternating the two
detectors round by round (CPU time of this process, so other processes matter less):

- the detector alone on every paragraph of those files (as ``detect_language`` calls it:
  the first 1000 characters, the Latin or Cyrillic profiles), checking both give the same
  probabilities for every paragraph;
- ``parse_document`` over the files with each detector in place.

Prints one JSON line: ms per call and per file for each, and the number of differing answers
(0 is the only right value).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from langdetect.detector import Detector
from langdetect.lang_detect_exception import LangDetectException

import transforms.language as language
from transforms.decode import decode_bytes
from transforms.document import parse_document
from transforms.errors import RejectedInput
from transforms.langdetect_fast import FastDetector

PROFILES = {
    "Latin": language.MAIN_PROFILES["Latin"] + language.EXTRA_PROFILES["Latin"],
    "Cyrillic": language.MAIN_PROFILES["Cyrillic"] + language.EXTRA_PROFILES["Cyrillic"],
}


def paragraphs(files: list[tuple[str, bytes]]) -> list[tuple[str, tuple[str, ...]]]:
    """Every paragraph of the files, cut to MAX_CHARS, with the profiles of its script."""
    found = []
    for _, raw in files:
        try:
            text = decode_bytes(raw).text
        except RejectedInput:
            continue
        for line in text.splitlines():
            letters = language._letter_counts(line)
            if letters.total() >= language.MIN_LETTERS:
                script, _ = language._dominant_script(letters)
                if script in PROFILES:
                    found.append((line[: language.MAX_CHARS], PROFILES[script]))
    return found


def answer(cls: type[Detector], text: str, profiles: tuple[str, ...]) -> object:
    """One detector's probabilities for ``text``, or the error's name."""
    detector = cls(language._factory(profiles))
    detector.n_trial = language.N_TRIAL
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except LangDetectException as exc:
        return str(exc)


def time_detector(cls: type[Detector], texts: list[tuple[str, tuple[str, ...]]]) -> float:
    """CPU seconds for the detector over every text."""
    start = time.process_time()
    for text, profiles in texts:
        answer(cls, text, profiles)
    return time.process_time() - start


def time_parse(cls: type[Detector], files: list[tuple[str, bytes]]) -> float:
    """CPU seconds for parse_document over the files with ``cls`` as the detector."""
    language.FastDetector = cls  # the name _langdetect instantiates
    language._detect_cached.cache_clear()
    start = time.process_time()
    for name, raw in files:
        with contextlib.suppress(RejectedInput):
            parse_document(raw, name)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, measure, print the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inbox", type=Path)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.inbox.iterdir() if p.is_file())
    step = max(1, len(paths) // args.files)
    files = [(p.name, p.read_bytes()) for p in paths[::step][: args.files]]
    texts = paragraphs(files)
    differ = sum(answer(Detector, t, p) != answer(FastDetector, t, p) for t, p in texts)
    seconds: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, cls in (("langdetect", Detector), ("fast", FastDetector)):
            seconds[f"{name} detector"] = seconds.get(f"{name} detector", 0.0) + time_detector(
                cls, texts
            )
            seconds[f"{name} parse"] = seconds.get(f"{name} parse", 0.0) + time_parse(cls, files)
    language.FastDetector = FastDetector
    calls, parses = len(texts) * args.rounds, len(files) * args.rounds
    result = {
        "files": len(files),
        "paragraphs": len(texts),
        "differing answers": differ,
        "ms per call, langdetect": round(1000 * seconds["langdetect detector"] / calls, 3),
        "ms per call, fast": round(1000 * seconds["fast detector"] / calls, 3),
        "ms per file parse, langdetect": round(1000 * seconds["langdetect parse"] / parses, 2),
        "ms per file parse, fast": round(1000 * seconds["fast parse"] / parses, 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
