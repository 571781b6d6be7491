"""Enormous and hostile inputs complete: every transform stays linear in its input.

No timing is asserted (speed is bench/'s job); a quadratic step or a backtracking regex would
make these run for hours instead of seconds, and the suite would hang visibly.
"""

from __future__ import annotations

import pytest

from transforms.document import parse_document
from transforms.quotes import find_quotes

PROSE = (
    "Le président Ilham Aliyev a rencontré son homologue à Bakou pour discuter de la "
    "situation régionale, « des grands projets énergétiques de la région » et du 5 mars. "
)


def quote_count(raw: bytes) -> int:
    document = parse_document(raw, "big.txt")
    return sum(len(item.quotes) for section in document.sections for item in section.items)


def test_a_million_characters_on_one_line() -> None:
    # A million characters cost about 15 s; a quadratic step would take half an hour and
    # meet the suite's ten-minute timeout.
    repeats = 1_000_000 // len(PROSE)
    assert quote_count((PROSE * repeats).encode()) == repeats  # one quotation per sentence


@pytest.mark.parametrize("mark", ["«", "»", '"', "“", "„", "‚", "—"])
def test_ten_thousand_unbalanced_marks(mark: str) -> None:
    text = "Il a dit : " + f"{mark} mot " * 10_000
    assert len(find_quotes([text])) <= 10_000
    assert quote_count(text.encode()) <= 10_000


def test_ten_thousand_marks_over_many_paragraphs() -> None:
    text = "\n\n".join(f"« Texte {i}, a-t-il dit. — Oui, — dit-il" for i in range(10_000))
    assert quote_count(text.encode()) > 0


def test_dash_speech_openers_inside_one_long_paragraph() -> None:
    # Each ". – " looks ahead for its closing verb and back for its lead: both are bounded.
    text = "Burmistrz mówi. – Nie będziemy czekać, aż ktoś to ustali. " * 20_000
    assert len(find_quotes([text])) <= 20_000


def test_hyphen_speech_openers_inside_one_long_line() -> None:
    # Each ". - " looks ahead a bounded stretch for its author's hyphen and sentence stop.
    # Two thousand attributed speeches in one paragraph cost about 8 s; the ". - " openers
    # with no author, a million characters of them, about 2 s.
    spoken = "Minister milczy: - Nie - powiedział Jan Nowak: - Tak - dodał Jan Nowak " * 1_000
    unspoken = "Burmistrz mówi. - Nie będziemy czekać, aż ktoś to ustali " * 17_000
    assert quote_count(spoken.encode()) > 0
    assert quote_count(unspoken.encode()) == 0
