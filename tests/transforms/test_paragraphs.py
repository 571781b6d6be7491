"""Paragraph repair and line grouping: joins mid-sentence breaks, never loses a letter."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.markup import Line
from transforms.paragraphs import (
    ends_sentence,
    join_lines,
    lines_to_paragraphs,
    looks_hard_wrapped,
    repair_paragraphs,
    starts_lowercase,
    starts_new_paragraph,
    wrap_width,
)
from transforms.records import Span

PROPERTY = settings(max_examples=300, deadline=None, derandomize=True)
LINE_TEXT = st.text(
    st.sampled_from(list("abcdeXYZ éèàÀÉ019.,;:!?«»\"“”()—-•…'")), min_size=0, max_size=30
)
LINES = st.lists(LINE_TEXT.map(lambda t: Line(t.strip())), max_size=10)


def lines(*texts: str) -> list[Line]:
    return [Line(text) for text in texts]


def letters(texts: list[str]) -> str:
    return "".join(ch for text in texts for ch in text if not ch.isspace())


def test_repair_joins_a_sentence_broken_before_a_lowercase_word() -> None:
    (only,) = repair_paragraphs(lines("elle a déjà de grandes", "traditions."))
    assert only.line.text == "elle a déjà de grandes traditions."
    assert only.repaired is True


def test_repair_keeps_a_paragraph_that_ends_with_a_full_stop() -> None:
    repaired = repair_paragraphs(lines("Fin de phrase.", "suite en minuscule"))
    assert [(r.line.text, r.repaired) for r in repaired] == [
        ("Fin de phrase.", False),
        ("suite en minuscule", False),
    ]


def test_repair_keeps_a_paragraph_followed_by_a_capital() -> None:
    repaired = repair_paragraphs(lines("de grandes", "Traditions"))
    assert [r.line.text for r in repaired] == ["de grandes", "Traditions"]
    assert not any(r.repaired for r in repaired)


@pytest.mark.parametrize("end", [".", "!", "?", "…", ":", ";", "»", '"', "”", ")"])
def test_terminal_marks_stop_repair(end: str) -> None:
    repaired = repair_paragraphs(lines(f"Il a dit{end}", "ensuite il est parti."))
    assert len(repaired) == 2


def test_repair_chains_several_breaks() -> None:
    (only,) = repair_paragraphs(lines("un", "deux", "trois."))
    assert only.line.text == "un deux trois."
    assert only.repaired


def test_repair_joins_before_an_anaphoric_cue() -> None:
    (only,) = repair_paragraphs(lines("«Nous mettons à jour la liste,", "a-t-il ajouté."))
    assert only.line.text == "«Nous mettons à jour la liste, a-t-il ajouté."


def test_repair_does_not_join_a_digit_start() -> None:
    assert len(repair_paragraphs(lines("plus de", "25 ans."))) == 2


def test_repair_keeps_bold_spans_on_the_joined_text() -> None:
    first = Line("a déclaré le", ())
    second = Line("porte-parole Hikmet Hajiyev.", (Span(13, 27),))
    (only,) = repair_paragraphs([first, second])
    (span,) = only.line.bold
    assert only.line.text[span.start : span.end] == "Hikmet Hajiyev"


def test_join_lines_with_an_empty_first_line() -> None:
    second = Line("texte", (Span(0, 5),))
    assert join_lines(Line(""), second) == second


def test_lines_to_paragraphs_splits_after_a_sentence_end_and_a_capital() -> None:
    paragraphs = lines_to_paragraphs(
        tuple(lines("Un.", "Deux.", "trois", "«Quatre»", "— Tiret.", "• Puce.")), False
    )
    assert [p.text for p in paragraphs] == [
        "Un.",
        "Deux. trois «Quatre»",
        "— Tiret.",
        "• Puce.",
    ]


def test_lines_to_paragraphs_joins_everything_when_hard_wrapped() -> None:
    paragraphs = lines_to_paragraphs(tuple(lines("Un.", "Deux.")), True)
    assert [p.text for p in paragraphs] == ["Un. Deux."]


def test_looks_hard_wrapped() -> None:
    wrapped = (*(Line("x" * 70) for _ in range(6)), Line("fin."))
    assert looks_hard_wrapped([wrapped]) is True
    short = tuple(Line("x" * 20) for _ in range(6))
    assert looks_hard_wrapped([short]) is False
    # Three lines, each a whole sentence: nothing says they were wrapped.
    assert looks_hard_wrapped([tuple(Line("x" * 69 + ".") for _ in range(3))]) is False
    # Short lines cut mid-sentence twice: wrapped by hand, even if only three.
    assert looks_hard_wrapped([tuple(Line("x" * 70) for _ in range(3))]) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Fin.", True), ("fin", False), ("«oui»", True), ("dit : ", True), ("", False)],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("traditions.", True), ("«elle", True), ("Traditions", False), ("25 ans", False), ("", False)],
)
def test_starts_lowercase(text: str, expected: bool) -> None:
    assert starts_lowercase(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Le", True), ("«Le", True), ("— Oui", True), ("2017", True), ("le", False), ("", False)],
)
def test_starts_new_paragraph(text: str, expected: bool) -> None:
    assert starts_new_paragraph(text) is expected


@PROPERTY
@given(LINES)
def test_repair_never_loses_or_adds_a_letter(paragraphs: list[Line]) -> None:
    repaired = repair_paragraphs(paragraphs)
    assert letters([r.line.text for r in repaired]) == letters([p.text for p in paragraphs])
    assert len(repaired) <= len(paragraphs)


@PROPERTY
@given(LINES, st.booleans())
def test_lines_to_paragraphs_never_loses_or_adds_a_letter(
    block: list[Line], hard_wrapped: bool
) -> None:
    paragraphs = lines_to_paragraphs(tuple(block), hard_wrapped)
    assert letters([p.text for p in paragraphs]) == letters([line.text for line in block])


@PROPERTY
@given(LINES)
def test_repair_is_idempotent(paragraphs: list[Line]) -> None:
    """Repairing repaired paragraphs (each with a letter or digit) changes nothing."""
    worded = [p for p in paragraphs if any(ch.isalnum() for ch in p.text)]
    once = [r.line for r in repair_paragraphs(worded)]
    twice = [r.line for r in repair_paragraphs(once)]
    assert twice == once


@PROPERTY
@given(st.lists(st.tuples(LINE_TEXT, st.booleans()), min_size=1, max_size=6))
def test_joined_bold_spans_still_cover_their_words(parts: list[tuple[str, bool]]) -> None:
    source = [Line(t, (Span(0, len(t)),) if bold and t else ()) for t, bold in parts]
    expected = [t for t, bold in parts if bold and t]
    for mode in (True, False):
        joined = lines_to_paragraphs(tuple(source), mode)
        covered = [p.text[s.start : s.end] for p in joined for s in p.bold]
        assert covered == expected


def test_block_ending_on_a_comma_or_dash_is_joined_to_the_next() -> None:
    pieces = [Line("Le président,"), Line("Vahagn Khatchatourian, a reçu l'ambassadeur.")]
    (joined,) = repair_paragraphs(pieces)
    assert joined.line.text == "Le président, Vahagn Khatchatourian, a reçu l'ambassadeur."
    assert joined.repaired
    (dated,) = repair_paragraphs([Line("BAKU (Reuters) -"), Line("The talks began.")])
    assert dated.line.text == "BAKU (Reuters) - The talks began."


def test_bullet_line_starts_a_paragraph_even_in_wrapped_text() -> None:
    lines = (Line("Une phrase."), Line("► Une autre."), Line("suite"))
    assert [p.text for p in lines_to_paragraphs(lines, True)] == [
        "Une phrase.",
        "► Une autre. suite",
    ]
    assert len(lines_to_paragraphs((Line("Fin."), Line("– Tiret.")), True)) == 2


def test_short_line_ending_a_sentence_in_wrapped_text_ends_the_paragraph() -> None:
    lines = (
        Line("Le parti au pouvoir a présenté lundi sa liste de candidats pour les élections"),
        Line("législatives d'octobre. La liste est conduite par le Premier ministre Irakli"),
        Line("Kobakhidze."),
        Line("Selon le site, l'opposition n'a pas encore arrêté de stratégie commune."),
    )
    texts = [p.text for p in lines_to_paragraphs(lines, True, 78)]
    assert len(texts) == 2 and texts[1].startswith("Selon")
    # A full line ending with a full stop is only a wrap.
    full = (Line("x" * 70 + " fin."), Line("Suite du paragraphe."))
    assert len(lines_to_paragraphs(full, True, 78)) == 1


def test_wrap_width_is_the_median_inner_line() -> None:
    lines = (Line("x" * 70), Line("x" * 72), Line("x" * 140), Line("fin."))
    assert wrap_width([lines]) == 72
