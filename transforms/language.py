"""Language detection: langdetect, seeded, with ``und`` for text too short to tell."""

from __future__ import annotations

from collections.abc import Iterable

from langdetect import DetectorFactory, LangDetectException, detect_langs

from transforms.records import UNDETERMINED, LanguageGuess

DetectorFactory.seed = 0
MIN_LETTERS = 12


def detect_language(text: str) -> LanguageGuess:
    """Return the language of ``text``, or ``und`` when it is too short to tell."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return UNDETERMINED
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return UNDETERMINED
    return LanguageGuess(best.lang.split("-")[0], round(best.prob, 4))


def combine_guesses(weighted: Iterable[tuple[LanguageGuess, int]]) -> LanguageGuess:
    """Return the language carrying most weight (e.g. letters) among ``weighted`` guesses."""
    totals: dict[str, float] = {}
    all_weight = 0
    for guess, weight in weighted:
        all_weight += weight
        if guess.code != "und":
            totals[guess.code] = totals.get(guess.code, 0.0) + weight * guess.prob
    if not totals or all_weight == 0:
        return UNDETERMINED
    code, score = max(totals.items(), key=lambda kv: kv[1])
    return LanguageGuess(code, round(score / all_weight, 4))
