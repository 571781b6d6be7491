"""FastDetector gives langdetect's own answers, bit for bit, on real and awkward texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langdetect.detector import Detector

from transforms.decode import decode_bytes
from transforms.langdetect_fast import FastDetector
from transforms.language import EXTRA_PROFILES, MAIN_PROFILES, N_TRIAL, _factory

TESTS = Path(__file__).resolve().parents[1]
LATIN = MAIN_PROFILES["Latin"] + EXTRA_PROFILES["Latin"]
CYRILLIC = MAIN_PROFILES["Cyrillic"] + EXTRA_PROFILES["Cyrillic"]

# What the character loops must get right: capitals runs (acronyms, a capital after a
# capital inside a word), one-letter words, words at the very start and end, runs of
# spaces, punctuation and digits that become spaces, URLs and e-mails, Vietnamese marks
# (normalize_vi), Romanian comma letters (normalised to cedillas), CJK and kana folding,
# a Latin word inside Cyrillic text (cleaning_text) and no letters at all.
AWKWARD = [
    "NATO and the EU said the OSCE would send observers",
    "McDONALD's ABCs: the iPhone, eBay, AbC dEF",
    "a b c d e f g",
    "x",
    "  lead and trail  ",
    "words,separated;by.punctuation(and)digits 1234 5678",
    "see https://example.org/a?b=c or write to press@example.org today",
    "Tiếng Việt có dấu: người, được, những",
    "Guvernul României şi ţara, ș și ț, Şi Ţ",
    "中文测试 日本語のテキスト ひらがな カタカナ 한국어",
    "Правительство заявило, что NATO и OSCE приглашены",
    "« Nous refusons », a déclaré M. Dupont — c'est « inacceptable ».",
    "...!!! ??? --- 12 34",
    "ÀÉÎÕÜ àéîõü ÆØÅ æøå ĞŞİ ğşı",
]


def _texts() -> list[str]:
    """Every paragraph of the corpus and of one held-out set, cut as detection cuts them."""
    texts = list(AWKWARD)
    for folder in (TESTS / "corpus", TESTS / "heldout14"):
        for path in sorted(folder.iterdir()):
            if path.suffix in {".txt", ".md"}:
                text = decode_bytes(path.read_bytes()).text
                texts += [line[:1000] for line in text.splitlines() if line.strip()]
    return texts


def _answer(cls: type[Detector], profiles: tuple[str, ...], text: str, prior: bool) -> object:
    """The detector's probabilities (or the error it raised) and the text it kept."""
    detector = cls(_factory(profiles))
    detector.n_trial = N_TRIAL
    if prior:
        detector.set_prior_map(dict.fromkeys(profiles[:3], 1.0))
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()], detector.text
    except Exception as exc:  # the same failure is part of the same behaviour
        return type(exc).__name__, detector.text


@pytest.mark.parametrize("profiles", [LATIN, CYRILLIC], ids=["latin", "cyrillic"])
def test_same_answers_as_langdetect_on_real_paragraphs(profiles: tuple[str, ...]) -> None:
    texts = _texts()
    assert len(texts) > 500
    differ = [
        text
        for text in texts
        for prior in (False, True)
        if _answer(Detector, profiles, text, prior) != _answer(FastDetector, profiles, text, prior)
    ]
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("aAbBeEéÉiIşŞșț  .,-1«»яЯіwWxyzQ\n"),
        min_size=1,
        max_size=80,
    )
)
def test_same_answers_as_langdetect_on_any_text(text: str) -> None:
    assert _answer(Detector, LATIN, text, False) == _answer(FastDetector, LATIN, text, False)
