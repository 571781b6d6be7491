"""langdetect's detector, with its per-character loops written for speed; same answers.

Language detection is half of a parse, and most of langdetect's time goes to loops over
every character in interpreted code: collapsing spaces (``append``), counting Latin letters
(``cleaning_text``) and feeding an ``NGram`` object one character at a time, with a Unicode
block look-up per character (``_extract_ngrams``), then a probability update per sampled
n-gram. :class:`FastDetector` keeps langdetect's profiles, algorithm, seeded random sampling
and arithmetic, and only computes the same values with fewer interpreter steps:

- a character's normalised form and class are computed once per distinct character;
- n-grams come out word by word from slices, in the order ``NGram`` would emit them;
- the probability updates are list comprehensions doing the same multiplications in the
  same order.

The result is the same n-gram list, the same random draws and the same floating-point
operations, so the same probabilities bit for bit: ``tests/transforms/test_langdetect_fast.py``
compares both detectors on every text of the corpus and held-out sets, and
``bench/langdetect_speed.py`` measures the difference.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from langdetect.detector import Detector
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram
from langdetect.utils.unicode_block import unicode_block

_SPACE_RUN = re.compile(" {2,}")
_NOT_LATIN_EXTENDED_ADDITIONAL = "Latin Extended Additional"


@cache
def _normalised(char: str) -> str:
    """langdetect's normal form of one character (a pure function of it: cached)."""
    return str(NGram.normalize(char))


@cache
def _counts_as_non_latin(char: str) -> bool:
    """Whether ``cleaning_text`` counts ``char`` as a letter of another script."""
    return char >= "\u0300" and unicode_block(char) != _NOT_LATIN_EXTENDED_ADDITIONAL


class FastDetector(Detector):  # type: ignore[misc]  # langdetect ships no type hints
    """A langdetect ``Detector`` that computes langdetect's own result faster."""

    text: str  # set by Detector.__init__; declared for the type checker

    def append(self, text: str) -> None:
        """Add ``text`` as ``Detector.append`` does: URLs and e-mails out, spaces collapsed."""
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += _SPACE_RUN.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        """Drop Latin letters from a text mostly in another script, as langdetect does."""
        latin = non_latin = 0
        for char, n in Counter(self.text).items():
            if "A" <= char <= "z":
                latin += n
            elif _counts_as_non_latin(char):
                non_latin += n
        if latin * 2 < non_latin:
            self.text = "".join(ch for ch in self.text if ch < "A" or ch > "z")

    def _extract_ngrams(self) -> list[str]:
        """The 1- to 3-grams of the text known to the profiles, in ``NGram``'s order."""
        known = self.word_lang_prob_map
        normal = "".join(map(_normalised, self.text))
        words = normal.split(" ")
        last = len(words) - 1
        result: list[str] = []
        for index, word in enumerate(words):
            if not word:
                continue
            padded = " " + word + " " if index < last else " " + word
            _word_ngrams(padded, len(word), known, result)
        return result

    def _detect_block(self) -> None:
        """langdetect's sampling loop, with the same draws and the same arithmetic."""
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        known = self.word_lang_prob_map
        total = [0.0] * len(self.langlist)
        lanes = range(len(self.langlist))
        self.random.seed(self.seed)
        # random.choice(seq) is seq[_randbelow(len(seq))]: the same draw, one call fewer.
        draw, count = self.random._randbelow, len(ngrams)
        for _ in range(self.n_trial):
            prob = self._init_probability()
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            i = 0
            while True:
                update = known[ngrams[draw(count)]]
                for j in lanes:
                    prob[j] *= weight + update[j]
                if i % 5 == 0:
                    whole = sum(prob)
                    prob = [p / whole for p in prob]
                    if max(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                i += 1
            for j, p in enumerate(prob):
                total[j] += p / self.n_trial
        self.langprob = total


def _word_ngrams(padded: str, length: int, known: dict[str, Any], out: list[str]) -> None:
    """Append the known n-grams of one word, ``padded`` with the spaces around it.

    ``NGram`` emits, at the word's i-th letter, the letter, the two letters ending there and
    the three (a space stands before the first letter), except inside a run of capitals
    (the letter and the one before both upper case); at the space after the word, its last
    letter with the space and the two last letters with the space.
    """
    for i in range(1, length + 1):
        letter = padded[i]
        if i > 1 and letter.isupper() and padded[i - 1].isupper():
            continue  # NGram.capitalword: acronyms and words in capitals say little
        if letter in known:
            out.append(letter)
        pair = padded[i - 1 : i + 1]
        if pair in known:
            out.append(pair)
        if i > 1:
            triple = padded[i - 2 : i + 1]
            if triple in known:
                out.append(triple)
    if len(padded) > length + 1:  # a space follows the word
        pair = padded[length : length + 2]
        if pair in known:
            out.append(pair)
        triple = padded[length - 1 : length + 2]
        if triple in known:
            out.append(triple)
